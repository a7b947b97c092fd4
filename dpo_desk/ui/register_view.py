"""Danh mục dữ liệu: the register of personal data categories (DOMAIN D2), filtered and
sorted by core, with the entry editor, CSV import and CSV/JSON export."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QSplitter,
    QToolButton,
    QWidget,
)

from dpo_desk.core import clock, register, register_csv, vocab
from dpo_desk.core.errors import DeskError
from dpo_desk.ui.register_model import (
    RegisterModel,
    item_text,
    recipient_text,
    subjects_text,
    ui_language,
)
from dpo_desk.ui.widgets import (
    FlowLayout,
    ListPage,
    Retranslating,
    hbox,
    push_button,
    record_table,
    row_of,
    search_box,
    tell_saved,
    text_browser,
    vbox,
)

EXPORT_FORMATS = ("csv", "csv_bom", "json")
COLUMN_WIDTHS = (210, 105, 150, 250, 170, 150, 170, 110, 120)


class RegisterView(Retranslating, ListPage):
    name, icon_name = "register", "register"

    def __init__(self, desk, parent=None):
        super().__init__(parent)
        self.desk = desk
        self.model = RegisterModel(desk, self)
        self.message: QMessageBox | None = None  # the last error shown (tests read it)

        self.add_pages(self._build_register(), self._build_empty_state())
        self.retranslate()

        self._debounce = self.debounce(self.apply_filters, 250, self.search, self.recipient_filter)
        for combo in (self.subject_filter, self.type_filter, self.abroad_filter):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.refresh()

    # -- construction ------------------------------------------------------------------------

    def _build_register(self) -> QWidget:
        self.search = search_box("registerSearch")
        self.subject_filter = QComboBox()
        self.subject_filter.setObjectName("registerSubjectFilter")
        self.subject_filter.setMinimumWidth(170)
        self.type_filter = QComboBox()
        self.type_filter.setObjectName("registerTypeFilter")
        self.abroad_filter = QComboBox()
        self.abroad_filter.setObjectName("registerAbroadFilter")
        for combo in (self.type_filter, self.abroad_filter):
            for data in ("", "yes", "no"):
                combo.addItem("", data)
        self.recipient_filter = search_box("registerRecipientFilter")
        self.count_label = QLabel()
        self.count_label.setObjectName("muted")
        filters = hbox((self.search, 3), (self.subject_filter, 1), self.type_filter,
                       self.abroad_filter, (self.recipient_filter, 1), spacing=8)

        self.new_button = push_button("primary", self.new_record)
        self.duplicate_button = push_button(clicked=self.duplicate_selected)
        self.delete_button = push_button("danger", lambda: self.delete_selected())
        self.import_button = push_button(clicked=self.import_csv)
        self.policy_button = push_button("importPolicyButton", self.import_policy)
        self.export_button = QToolButton()
        self.export_button.setObjectName("exportButton")
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.export_menu = QMenu(self.export_button)
        self.export_actions: dict[str, QAction] = {}
        for fmt in EXPORT_FORMATS:
            act = self.export_menu.addAction("")
            act.triggered.connect(lambda _=False, f=fmt: self.export(f))
            self.export_actions[fmt] = act
        self.export_button.setMenu(self.export_menu)
        self.status = QLabel()
        self.status.setObjectName("muted")
        # Editing on the left, files on the right; in a narrow window (960 pixels) the file
        # buttons go under the others instead of squeezing their texts.
        actions = FlowLayout(spacing=8, last_right=True)
        actions.addWidget(row_of(self.new_button, self.duplicate_button, self.delete_button, 12,
                                 self.count_label, self.status))
        actions.addWidget(row_of(self.policy_button, self.import_button, self.export_button))

        self.table = record_table("registerTable", self.model, row_height=30,
                                  sorted_by=self._on_sort_clicked)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate(COLUMN_WIDTHS):
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        open_action = QAction(self.table)
        open_action.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        open_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        open_action.triggered.connect(self.edit_selected)
        self.table.addAction(open_action)
        delete_action = QAction(self.table)
        delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete_action.triggered.connect(lambda: self.delete_selected())
        self.table.addAction(delete_action)

        self.detail = text_browser("registerDetail")
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([430, 170])
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)

        page = QWidget()
        vbox(filters, actions, (splitter, 1), margins=0, spacing=10, parent=page)
        return page

    def _build_empty_state(self) -> QWidget:
        self.empty_import_button = push_button(clicked=self.import_csv)
        return super()._build_empty_state(self.empty_import_button)

    # -- view protocol -----------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read the register, keeping the filters and the selected entry."""
        selected = self.current_id()
        self._fill_subject_filter()
        self._query()
        if selected is not None:
            self.select_entry(selected)

    def new_record(self) -> None:
        self.edit_entry(None)

    # -- filters and table -------------------------------------------------------------------

    def filters(self) -> dict:
        yes_no = {"": None, "yes": True, "no": False}
        return {"text": self.search.text().strip(),
                "subject": self.subject_filter.currentData() or "",
                "sensitive": yes_no[self.type_filter.currentData() or ""],
                "cross_border": yes_no[self.abroad_filter.currentData() or ""],
                "recipient": self.recipient_filter.text().strip()}

    def apply_filters(self) -> None:
        self._query()
        if self.model.rowCount():
            self.table.selectRow(0)

    def _query(self) -> None:
        self._debounce.stop()
        self.model.set_filters(**self.filters())
        empty = register.count(self.desk) == 0
        self.pages.setCurrentIndex(1 if empty else 0)
        self._update_count()
        self._on_current_changed()

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), register.count(self.desk)
        if shown == total:
            self.count_label.setText(self.tr("%n entries", "", total))
        else:
            self.count_label.setText(self.tr("%n of {0} entries shown", "", shown).format(total))

    def _fill_subject_filter(self) -> None:
        current = self.subject_filter.currentData()
        language = ui_language()
        self.subject_filter.blockSignals(True)
        self.subject_filter.clear()
        self.subject_filter.addItem(self.tr("All data subjects"), "")
        for code in register.subjects_in_use(self.desk):
            self.subject_filter.addItem(vocab.label(vocab.SUBJECTS, code, language), code)
        self.subject_filter.setCurrentIndex(max(self.subject_filter.findData(current or ""), 0))
        self.subject_filter.blockSignals(False)

    def _on_sort_clicked(self, column: int, order: Qt.SortOrder) -> None:
        if self.model.sortable(column):
            selected = self.current_id()
            self.model.sort(column, order)
            if selected is not None:
                self.select_entry(selected)
            return
        header = self.table.horizontalHeader()  # lists cannot be sorted: keep the old order
        header.blockSignals(True)
        header.setSortIndicator(self.model.sort_column(), Qt.SortOrder.DescendingOrder
                                if self.model.descending else Qt.SortOrder.AscendingOrder)
        header.blockSignals(False)

    select_entry = ListPage.select_record

    def _on_current_changed(self, *_) -> None:
        has = self.current_id() is not None
        self.duplicate_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        self._show_detail()

    def _show_detail(self) -> None:
        entry = self.model.entry(self.table.currentIndex().row())
        if entry is None:
            hint = escape(self.tr("Select an entry to see all its details. Double-click or "
                                  "press Enter to edit it."))
            self.detail.setHtml(f"<p style='color:#6b7590'>{hint}</p>")
            return
        language = ui_language()
        rows = [
            (self.tr("Data subjects"), subjects_text(entry["subjects"], language)),
            (self.tr("Data items"), "; ".join(item_text(i, language)
                                              for i in self.model.items(entry))),
            (self.tr("Purposes"), "; ".join(entry["purpose"])),
            (self.tr("Legal basis"), vocab.label(vocab.LEGAL_BASES, entry["legal_basis"],
                                                 language)),
            (self.tr("Source"), entry["source"]),
            (self.tr("Storage location"), entry["storage_location"]),
            (self.tr("Recipients"), "; ".join(recipient_text(r, language)
                                              for r in entry["recipients"])),
            (self.tr("Transfer abroad"), self.model.text(entry, "cross_border", language)),
            (self.tr("Retention period"), entry["retention"]),
            (self.tr("Security measures"), "; ".join(entry["security_measures"])),
            (self.tr("Owner department"), entry["owner_department"]),
            (self.tr("Notes"), entry["notes"]),
        ]
        cells = "".join(f"<tr><td style='color:#5b6680; padding-right:14px'>{escape(k)}</td>"
                        f"<td>{escape(v)}</td></tr>" for k, v in rows if v)
        sensitive = self.model.sensitive_items(entry)
        why = ""
        if sensitive:
            reasons = "; ".join(f"{i.label(language)} ({i.reason(language)})" for i in sensitive)
            heading = escape(self.tr("Sensitive personal data"))
            why = (f"<p style='color:#a11d1d'><b>{heading}"
                   f"</b>: {escape(reasons)}</p>")
        self.detail.setHtml(f"<p><b>{escape(entry['name'])}</b> · "
                            f"{escape(self.model.text(entry, 'category_type', language))}</p>"
                            f"{why}<table cellspacing='0' cellpadding='2'>{cells}</table>")

    # -- actions -----------------------------------------------------------------------------

    def entry_dialog(self, entry_id: int | None = None):
        from dpo_desk.ui.dialogs.register_entry import RegisterEntryDialog

        return RegisterEntryDialog(self.desk, entry_id, self)

    def edit_entry(self, entry_id: int | None) -> int | None:
        """Open the editor; returns the id of the saved entry, None when cancelled."""
        return self.edit_record(self.entry_dialog(entry_id))

    def edit_selected(self) -> None:
        entry_id = self.current_id()
        if entry_id is not None:
            self.edit_entry(entry_id)

    def clear_filters(self) -> None:
        for edit in (self.search, self.recipient_filter):
            edit.blockSignals(True)
            edit.clear()
            edit.blockSignals(False)
        for combo in (self.subject_filter, self.type_filter, self.abroad_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self._query()

    def duplicate_selected(self) -> int | None:
        entry_id = self.current_id()
        if entry_id is None:
            return None
        try:
            new_id = register.duplicate(self.desk, entry_id, copy_word=self.tr("copy"))
        except DeskError as error:
            self.show_error(self.tr("Cannot duplicate the entry"), str(error))
            return None
        self.after_save(new_id)
        self.status.setText(self.tr("Copy created: edit it to tell it apart."))
        return new_id

    def delete_selected(self, *, confirm: bool = True) -> bool:
        entry = self.model.entry(self.table.currentIndex().row())
        if entry is None:
            return False
        if confirm and not self.confirm_delete(entry["name"]):
            return False
        try:
            register.delete(self.desk, entry["id"])
        except DeskError as error:
            self.show_error(self.tr("Cannot delete the entry"), self.tr(
                "“{0}” was not deleted: other records refer to it.\n\n{1}").format(
                    entry["name"], error))
            return False
        if self.model.row_of(entry["id"]) >= 0:
            self.refresh()
        self.status.setText(self.tr("Deleted “{0}”.").format(entry["name"]))
        return True

    def confirm_delete(self, name: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete the entry"), self.tr(
            "Delete “{0}” from the register? The deletion is kept in the audit log.")
            .format(name), parent=self)
        yes = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole))
        box.exec()
        return box.clickedButton() is yes

    def show_error(self, title: str, text: str) -> None:
        """A window-modal message that does not block the caller."""
        self.message = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=self)
        self.message.addButton(self.tr("Close"), QMessageBox.ButtonRole.AcceptRole)
        self.message.open()

    def import_dialog(self, path: str | None = None):
        from dpo_desk.ui.dialogs.register_import import RegisterImportDialog

        dialog = RegisterImportDialog(self.desk, self)
        dialog.imported.connect(self._on_imported)
        if path:
            dialog.check_file(path)
        return dialog

    def import_csv(self) -> None:
        dialog = self.import_dialog()
        dialog.exec()
        dialog.deleteLater()

    def policy_dialog(self, path: str | None = None):
        from dpo_desk.ui.dialogs.policy_import import PolicyImportDialog

        dialog = PolicyImportDialog(self.desk, self)
        dialog.applied.connect(self._on_imported)
        if path:
            dialog.read_file(path)
        return dialog

    def import_policy(self) -> None:
        dialog = self.policy_dialog()
        dialog.exec()
        dialog.deleteLater()

    def _on_imported(self, ids: list) -> None:
        self.refresh()
        self.status.setText(self.tr("Imported %n entries.", "", len(ids)))

    def export(self, fmt: str) -> str | None:
        """Ask where to write the register, then write it; returns the path written."""
        stamp = clock.now().strftime("%Y-%m-%d")
        suffix = "json" if fmt == "json" else "csv"
        stem = self.tr("data-register")  # a file name: no spaces or marks
        suggestion = Path(self.desk.path).parent / f"{stem}-{stamp}.{suffix}"
        kinds = {"json": self.tr("JSON files (*.json)"), "csv": self.tr("CSV files (*.csv)")}
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the register"),
                                              str(suggestion), kinds[suffix])
        return self.export_to(path, fmt) if path else None

    def export_to(self, path: str, fmt: str) -> str | None:
        try:
            if fmt == "json":
                register_csv.write_json(self.desk, path)
            else:
                register_csv.export_csv(self.desk, path, bom=fmt == "csv_bom",
                                        language=ui_language())
        except (DeskError, OSError) as error:
            self.show_error(self.tr("Export failed"), str(error))
            return None
        self.status.setText(self.tr("Exported to {0}").format(path))
        self.saved_box = tell_saved(self, path)
        return path

    # -- texts -------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.set_heading(self.tr("Data category register"), self.tr(
            "What personal data the company collects, whose, why, on which legal basis, "
            "where it is stored, who receives it and how long it is kept."))
        self.search.setPlaceholderText(self.tr("Search names, items, purposes… (Ctrl+F)"))
        self.recipient_filter.setPlaceholderText(self.tr("Recipient"))
        for index, text in enumerate((self.tr("All types"), self.tr("Sensitive"),
                                      self.tr("Basic only"))):
            self.type_filter.setItemText(index, text)
        for index, text in enumerate((self.tr("Abroad or not"), self.tr("Sent abroad"),
                                      self.tr("Not sent abroad"))):
            self.abroad_filter.setItemText(index, text)
        self.new_button.setText(self.tr("New entry"))
        self.new_button.setToolTip(self.tr("Add a data category (Ctrl+N)"))
        self.duplicate_button.setText(self.tr("Duplicate"))
        self.delete_button.setText(self.tr("Delete"))
        self.import_button.setText(self.tr("Import CSV…"))
        self.policy_button.setText(self.tr("Import privacy policy…"))
        self.export_button.setText(self.tr("Export"))
        self.export_actions["csv"].setText(self.tr("CSV…"))
        self.export_actions["csv_bom"].setText(self.tr("CSV for Excel (UTF-8 with BOM)…"))
        self.export_actions["json"].setText(self.tr("JSON…"))
        self.empty.heading.setText(self.tr("The register is empty"))
        self.empty.text.setText(self.tr(
            "List each kind of personal data the company processes: whose it is, which items, "
            "why, on which legal basis, who receives it and how long it is kept. Start from "
            "the catalogue of basic and sensitive data of Decree 356, or import the register "
            "you already keep in a spreadsheet."))
        text = self.empty.text  # a wrapped label in a box layout: reserve all its lines
        text.setMinimumHeight(text.heightForWidth(text.width()))
        self.start_button.setText(self.tr("Start from the catalogue"))
        self.empty_import_button.setText(self.tr("Import a CSV"))
        self.model.retranslate()
        if hasattr(self, "_debounce"):  # not during construction
            self._fill_subject_filter()
            self._update_count()
            self._show_detail()
