"""Nhật ký: the audit trail, newest first, filterable by record and text, with the detail of
the selected entry (before and after, and its place in the hash chain)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
)

from dpo_desk.core import audit
from dpo_desk.ui.formatting import local_time
from dpo_desk.ui.i18n import event_text
from dpo_desk.ui.models import AuditModel
from dpo_desk.ui.widgets import (
    ListPage,
    Retranslating,
    hbox,
    record_table,
    search_box,
    with_detail,
)


class AuditLogView(Retranslating, ListPage):
    name, icon_name = "audit", "audit"

    def __init__(self, desk, parent=None):
        super().__init__(parent)
        self.desk = desk
        self.model = AuditModel(desk, self)

        self.search = search_box("auditSearch")
        self.table_filter = QComboBox()
        self.table_filter.setObjectName("auditTableFilter")
        self.record_filter = search_box("auditRecordFilter")
        self.record_filter.setMaximumWidth(220)
        self.count_label = QLabel()
        self.count_label.setObjectName("muted")
        bar = hbox((self.search, 3), (self.table_filter, 1), (self.record_filter, 1),
                   self.count_label)
        self.body.addLayout(bar)

        self.view = record_table("auditTable", self.model)
        self.view.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((150, 150, 90, 220)):
            self.view.setColumnWidth(column, width)
        splitter, self.detail = with_detail(self.view, "auditDetail", (420, 200))
        self.body.addWidget(splitter, 1)

        self._debounce = self.debounce(self.apply_filters, 200, self.search, self.record_filter)
        self.table_filter.currentIndexChanged.connect(self.apply_filters)
        self.view.selectionModel().currentRowChanged.connect(self._show_detail)
        self.retranslate()
        self.apply_filters()

    # -- view protocol -----------------------------------------------------------------------

    def refresh(self) -> None:
        self._fill_table_filter()
        self.apply_filters()

    def show_record(self, table: str, record_id: str) -> None:
        """Narrow the log to one record (other views link here)."""
        self.search.clear()
        self._fill_table_filter()
        self.table_filter.setCurrentIndex(max(self.table_filter.findData(table), 0))
        self.record_filter.setText(str(record_id))
        self.apply_filters()

    def apply_filters(self) -> None:
        self._debounce.stop()
        self.model.set_filters(text=self.search.text().strip(),
                               table=self.table_filter.currentData() or "",
                               record_id=self.record_filter.text().strip())
        self.count_label.setText(self.tr("%n entries", "", self.model.total))
        if self.model.rowCount():
            self.view.selectRow(0)
        else:
            self._show_detail()

    # -- texts -------------------------------------------------------------------------------

    def table_names(self) -> dict[str, str]:
        """What each audited table holds, as the DPO names it (not "attachments · 17")."""
        return {"settings": self.tr("Setting"), "attachments": self.tr("Attachment"),
                "calendar_overrides": self.tr("Calendar day"),
                "complaint_register_links": self.tr("Case–register link"),
                "complaints": self.tr("Case"), "custom_items": self.tr("Custom data item"),
                "documents": self.tr("Document"), "incidents": self.tr("Incident"),
                "policy_gaps": self.tr("Policy gap"),
                "register_entries": self.tr("Register entry")}

    def field_names(self) -> dict[str, dict[str, str]]:
        """The names the forms give the fields (settings, incidents), and the columns every
        record has; a column without one shows as stored."""
        from dpo_desk.ui.dialogs.incident_form import WORDS
        from dpo_desk.ui.profile_form import captions

        common = {"id": self.tr("Number"), "created_at": self.tr("Created at"),
                  "updated_at": self.tr("Changed at"), "status": self.tr("Status")}
        names = {table: dict(common) for table in self.table_names()}
        names["incidents"].update(WORDS.captions())
        names["settings"].update(captions())
        names["settings"].update({"key": self.tr("Setting"), "value": self.tr("Value")})
        return names

    def retranslate(self) -> None:
        self.set_heading(self.tr("Audit log"), self.tr(
            "Every change, who made it and when, chained by SHA-256 hashes so that edits made "
            "behind the app's back are detected."))
        self.search.setPlaceholderText(self.tr("Search who, what, values… (Ctrl+F)"))
        self.record_filter.setPlaceholderText(self.tr("Record id"))
        self.model.table_names = self.table_names()
        self.model.action_names = {"insert": self.tr("Created"), "update": self.tr("Changed"),
                                   "delete": self.tr("Deleted")}
        self.model.field_names = self.field_names()
        self.model.headers = (self.tr("Time"), self.tr("Who"), self.tr("Action"),
                              self.tr("Record"), self.tr("Changes"))
        self._fill_table_filter()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 4)
        self.count_label.setText(self.tr("%n entries", "", self.model.total))
        self._show_detail()

    def _fill_table_filter(self) -> None:
        current = self.table_filter.currentData()
        names = self.table_names()
        self.table_filter.blockSignals(True)
        self.table_filter.clear()
        self.table_filter.addItem(self.tr("All records"), "")
        for table in audit.audited_tables(self.desk):
            self.table_filter.addItem(names.get(table, table), table)
        self.table_filter.setCurrentIndex(max(self.table_filter.findData(current or ""), 0))
        self.table_filter.blockSignals(False)

    def _show_detail(self, *_) -> None:
        index = self.view.currentIndex()
        entry = self.model.entry(index.row()) if index.isValid() else None
        if entry is None:
            hint = escape(self.tr("Select an entry to see what it changed."))
            self.detail.setHtml(f"<p style='color:#6b7590'>{hint}</p>")
            return
        names = self.model.field_names.get(entry["table_name"], {})
        rows = "".join(
            f"<tr><td><b>{escape(str(names.get(key, key)))}</b></td><td>{_cell(old)}</td>"
            f"<td>{_cell(new)}</td></tr>" for key, old, new in audit.changes(entry))
        action = self.model.action_names.get(entry["action"], entry["action"])
        head = self.tr("Entry #{0} · {1} · {2} {3} · by {4}").format(
            entry["id"], local_time(entry["at"], seconds=True), escape(action),
            escape(self.model.record_text(entry).replace(" · ", " ")), escape(entry["actor"]))
        # the step the entry records, in the interface language (core/eventlog.py); a note no
        # event writes is shown as recorded
        def field_list(text: str) -> str:  # a correction's fields, named as the table's
            return ", ".join(str(names.get(f.strip(), f.strip())) for f in text.split(","))

        what = (event_text(entry, {"fields": field_list}) or entry["note"]) \
            if entry.get("note") else ""
        note = f"<p>{escape(what)}</p>" if what else ""
        field, before, after = self.tr("Field"), self.tr("Before"), self.tr("After")
        follows = self.tr("follows")
        self.detail.setHtml(
            f"<p><b>{head}</b></p>{note}"
            "<table cellspacing='0' cellpadding='4' border='1' style='border-color:#dfe4ee'>"
            f"<tr><th>{escape(field)}</th><th>{escape(before)}</th>"
            f"<th>{escape(after)}</th></tr>{rows}</table>"
            f"<p style='color:#6b7590; font-family:monospace'>SHA-256 {entry['hash']}<br>"
            f"{escape(follows)} {entry['prev_hash']}</p>")


def _cell(value) -> str:
    return "<span style='color:#9aa6c0'>∅</span>" if value is None else escape(str(value))
