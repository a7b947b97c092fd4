"""Nhật ký: the audit trail, newest first, filterable by record and text, with the detail of
the selected entry (before and after, and its place in the hash chain)."""

from __future__ import annotations

import re
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
)

from dpo_desk.core import audit
from dpo_desk.ui.complaints_model import day_text
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
        names["complaints"].update(self._case_fields())
        names["register_entries"].update(self._entry_fields())
        names["documents"].update({
            "year": self.tr("Year"), "number": self.tr("Number in the year"),
            "reference": self.tr("Reference"), "kind": self.tr("Kind of document"),
            "record_table": self.tr("Record of"), "record_id": self.tr("Record number"),
            "issued_on": self.tr("Dated")})
        names["complaint_register_links"].update({"complaint_id": self.tr("Case"),
                                                  "entry_id": self.tr("Register entry")})
        names["attachments"].update({
            "owner_table": self.tr("Attached to"), "owner_id": self.tr("Record number"),
            "filename": self.tr("File name"), "sha256": "SHA-256",
            "bytes": self.tr("Size (bytes)"), "content": self.tr("Content"),
            "added_at": self.tr("Added at"), "title": self.tr("Title"),
            "with_notice": self.tr("Sent with the notice"), "document": self.tr("Document")})
        names["custom_items"].update({"code": self.tr("Code"), "label": self.tr("Name"),
                                      "category_type": self.tr("Type")})
        names["calendar_overrides"].update({"date": self.tr("Date"), "kind": self.tr("Kind"),
                                            "name": self.tr("Name")})
        names["policy_gaps"].update({
            "source": self.tr("Policy file"), "code": self.tr("Code"), "text": self.tr("Gap"),
            "text_en": self.tr("Gap (English)"), "evidence": self.tr("The policy's sentence"),
            "resolved_at": self.tr("Resolved at")})
        return names

    def value_words(self) -> dict[tuple[str, str], dict]:
        """The words of the coded values a field stores ((table, field) -> code -> word):
        the statuses, kinds and channels as the forms show them, not "in_progress"."""
        from dpo_desk.core import vocab
        from dpo_desk.ui import complaints_model as case
        from dpo_desk.ui.dialogs.incident_form import WORDS
        from dpo_desk.ui.register_model import ui_language

        yes_no = {1: self.tr("Yes"), 0: self.tr("No")}
        language = ui_language()
        return {
            ("complaints", "status"): case.status_labels(),
            ("complaints", "kind"): case.kind_labels(),
            ("complaints", "channel"): case.channel_labels(),
            ("complaints", "outcome"): case.outcome_labels(),
            ("complaints", "complexity"): case.complexity_labels(),
            ("complaints", "binding"): case.binding_labels(),
            ("complaints", "identity_result"): case.identity_labels(),
            ("complaints", "policy_day_mode"): {"calendar": self.tr("Calendar days"),
                                                "working": self.tr("Working days")},
            ("complaints", "third_party_involved"): yes_no,
            ("incidents", "status"): WORDS.statuses(),
            ("incidents", "regime"): WORDS.regimes(),
            ("register_entries", "legal_basis"): {
                code: vocab.label(vocab.LEGAL_BASES, code, language) for code in vocab.LEGAL_BASES},
            ("register_entries", "category_type"): {"basic": self.tr("Basic"),
                                                    "sensitive": self.tr("Sensitive")},
            ("register_entries", "cross_border"): yes_no,
            ("attachments", "with_notice"): yes_no,
        }

    def value_text(self, table: str, field: str, value) -> str:
        """A stored value as the DPO reads it (the list's summary)."""
        return shown_value(value, self.model.value_words.get((table, field)))[0]

    def _case_fields(self) -> dict[str, str]:
        """The stored columns of a case (core/complaints.py), as the DPO names them."""
        return {
            "received_on": self.tr("Received on"), "channel": self.tr("Channel"),
            "requester_name": self.tr("Requester"), "requester_contact": self.tr("Contact"),
            "kind": self.tr("Kind of request"), "complexity": self.tr("Complexity"),
            "third_party_involved": self.tr("Third party"), "summary": self.tr("What is asked"),
            "policy_days": self.tr("Company's promise (days)"),
            "policy_day_mode": self.tr("Promise counted in"),
            "policy_due": self.tr("Company's promise"), "legal_due": self.tr("Legal deadline"),
            "ack_due": self.tr("Acknowledge by"), "original_due": self.tr("Original due date"),
            "due": self.tr("Due"), "binding": self.tr("Binding deadline"),
            "hold_reason": self.tr("Reason for the hold"),
            "extension_days": self.tr("Extended by (days)"),
            "extension_reason": self.tr("Reason for the extension"),
            "extended_at": self.tr("Extended at"),
            "extended_legal_due": self.tr("Extended legal deadline"),
            "extended_policy_due": self.tr("Extended company's promise"),
            "identity_method": self.tr("Identity check method"),
            "identity_checked_by": self.tr("Identity checked by"),
            "identity_checked_at": self.tr("Identity checked at"),
            "identity_result": self.tr("Identity check result"),
            "reply_text": self.tr("Reply"), "outcome": self.tr("Outcome"),
            "outcome_reason": self.tr("Reason for the outcome"),
            "acknowledged_at": self.tr("Acknowledged at"), "answered_at": self.tr("Answered at"),
            "closed_at": self.tr("Closed at"), "entered_by": self.tr("Entered by"),
            "search": self.tr("Search text"), "status_at": self.tr("Status since")}

    def _entry_fields(self) -> dict[str, str]:
        """The stored columns of a register entry (core/register.py)."""
        return {
            "name": self.tr("Name"), "subjects": self.tr("Data subjects"),
            "items": self.tr("Data items"), "category_type": self.tr("Type"),
            "purpose": self.tr("Purposes"), "legal_basis": self.tr("Legal basis"),
            "source": self.tr("Source of the data"),
            "storage_location": self.tr("Storage location"), "recipients": self.tr("Recipients"),
            "cross_border": self.tr("Transfer abroad"),
            "cross_border_countries": self.tr("Countries"),
            "retention": self.tr("Retention period"),
            "security_measures": self.tr("Security measures"),
            "owner_department": self.tr("Owner department"), "notes": self.tr("Notes")}

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
        self.model.value_words = self.value_words()
        self.model.value_text = self.value_text
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
        table = entry["table_name"]
        names = self.model.field_names.get(table, {})
        words = self.model.value_words
        rows = "".join(
            f"<tr><td><b>{escape(str(names.get(key, key)))}</b></td>"
            f"<td>{_cell(old, words.get((table, key)))}</td>"
            f"<td>{_cell(new, words.get((table, key)))}</td></tr>"
            for key, old, new in audit.changes(entry))
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


_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_MOMENT = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?([+-]\d{2}:\d{2}|Z)")


def shown_value(value, words: dict | None = None) -> tuple[str, str | None]:
    """(what the DPO reads, the value as stored when it is a code the word stands for):
    a code by its word, a date as dd/mm/yyyy, a time in the display zone; the rest as
    stored."""
    if value is None:
        return "∅", None
    if words is not None and not isinstance(value, (dict, list)) and value in words:
        return words[value], str(value)
    if isinstance(value, str):
        if _DAY.fullmatch(value):
            return day_text(value), None
        if _MOMENT.fullmatch(value):
            return local_time(value, seconds=True), None
    return str(value), None


def _cell(value, words: dict | None = None) -> str:
    """A value in the detail's table: its word, the stored code beside it in grey (the
    trail records the code)."""
    if value is None:
        return "<span style='color:#9aa6c0'>∅</span>"
    text, code = shown_value(value, words)
    if code is None or code == text:
        return escape(text)
    return f"{escape(text)} <span style='color:#9aa6c0'>({escape(code)})</span>"
