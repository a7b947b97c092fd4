"""The register entry editor (new or existing): every field of an entry, the data items
picked from the catalogue of Decree 356 (DOMAIN D2) or the company's own, each error shown
next to its field. Core validates and derives the type; this form only collects values."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.core import register, rules, vocab
from dpo_desk.core.catalogue import Item, Lookup, fold, shipped
from dpo_desk.ui.dialogs.custom_item import CustomItemDialog
from dpo_desk.ui.form import (
    FormFrame,
    FramedForm,
    box_form,
    error_label,
    line_field,
    text_field,
)
from dpo_desk.ui.register_model import SENSITIVE_INK, SENSITIVE_MARK, item_text, ui_language
from dpo_desk.ui.widgets import (
    Retranslating,
    SavesThroughCore,
    hbox,
    label,
    long_form_frame,
    push_button,
    resize_on_screen,
    vbox,
)

CODE = Qt.ItemDataRole.UserRole


def lines(edit: QPlainTextEdit) -> list[str]:
    return [line.strip() for line in edit.toPlainText().splitlines() if line.strip()]


class ItemPicker(QWidget):
    """The catalogue as a tree (basic and sensitive groups, each legal item of Decree 356
    with its common examples below it) plus the company's own items; sensitive items in red
    with their article as tooltip. Keeps the order in which items were ticked.

    `on_change` is a plain callback, not a Qt signal: PySide6 6.12.0 on Python 3.11 loses a
    reference to True/False on every emit of a Python-declared signal, and a tick is
    frequent."""

    def __init__(self, desk, parent=None):
        super().__init__(parent)
        self.desk = desk
        self.on_change = None  # called after any item is ticked or unticked
        self.order: list[str] = []
        self.nodes: dict[str, QTreeWidgetItem] = {}
        self.search = QLineEdit()
        self.search.setObjectName("itemSearch")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.filter)
        self.add_button = push_button("addOwnItem")
        self.tree = QTreeWidget()
        self.tree.setObjectName("itemTree")
        self.tree.setColumnCount(2)
        self.tree.setUniformRowHeights(True)
        self.tree.setMinimumHeight(300)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemChanged.connect(self._on_item_changed)
        top = hbox((self.search, 1), self.add_button)
        vbox(top, self.tree, margins=0, parent=self)
        self.groups = {name: self._group() for name in ("basic", "sensitive", "custom")}
        self._lookup = Lookup(desk)  # read once: texts are redrawn without the database
        self._fill()

    def _group(self) -> QTreeWidgetItem:
        node = QTreeWidgetItem(self.tree)
        node.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = node.font(0)
        font.setBold(True)
        node.setFont(0, font)
        return node

    def _fill(self) -> None:
        self.tree.blockSignals(True)
        catalogue = shipped()
        for item in catalogue:
            if item.kind == "legal":
                self._add(self.groups[item.category_type], item)
        for item in catalogue:
            if item.kind != "legal":
                parent = self.nodes.get(item.parent or "") or self.groups[item.category_type]
                self._add(parent, item)
        for item in self._lookup.by_code.values():
            if item.custom:
                self._add(self.groups["custom"], item)
        self.tree.expandAll()
        self.tree.blockSignals(False)
        self.relabel()

    def _add(self, parent: QTreeWidgetItem, item: Item, checked: bool = False) -> QTreeWidgetItem:
        node = QTreeWidgetItem(parent)
        node.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        node.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        node.setData(0, CODE, item.code)
        if item.sensitive:
            for column in (0, 1):
                node.setForeground(column, QBrush(SENSITIVE_INK))
        if item.kind == "legal":
            font = node.font(0)
            font.setWeight(QFont.Weight.DemiBold)
            node.setFont(0, font)
        self.nodes[item.code] = node
        return node

    # -- values ------------------------------------------------------------------------------

    def lookup(self) -> Lookup:
        return self._lookup

    def set_checked(self, codes: list[str]) -> None:
        lookup = self.lookup()
        self.tree.blockSignals(True)
        for code in codes:
            if code not in self.nodes:  # an unknown code from a damaged file: show it as is
                self._add(self.groups["custom"], lookup.get(code))
            self.nodes[code].setCheckState(0, Qt.CheckState.Checked)
        self.tree.blockSignals(False)
        self.order = list(dict.fromkeys(codes))
        self.relabel()
        self._changed()

    def checked_codes(self) -> list[str]:
        return list(self.order)

    def add_custom(self, item: Item) -> None:
        """A new own item, ticked."""
        self._lookup.add(item)
        self.tree.blockSignals(True)
        node = self._add(self.groups["custom"], item, checked=True)
        self.tree.blockSignals(False)
        self.order.append(item.code)
        self.relabel()
        self.search.clear()
        self.tree.scrollToItem(node)
        self._changed()

    def _changed(self) -> None:
        if self.on_change is not None:
            self.on_change()

    def check(self, code: str, checked: bool = True) -> None:
        self.nodes[code].setCheckState(0, Qt.CheckState.Checked if checked
                                       else Qt.CheckState.Unchecked)

    def _on_item_changed(self, node: QTreeWidgetItem, column: int) -> None:
        code = node.data(0, CODE)
        if column != 0 or not code:
            return
        if node.checkState(0) == Qt.CheckState.Checked and code not in self.order:
            self.order.append(code)
        elif node.checkState(0) != Qt.CheckState.Checked and code in self.order:
            self.order.remove(code)
        self._changed()

    # -- search and texts --------------------------------------------------------------------

    def filter(self, text: str = "") -> None:
        """Show the items whose code, label or article (either language) holds the text, with
        their groups; a matching legal item shows its examples too."""
        wanted = fold(text or self.search.text())
        lookup = self.lookup()

        def matches(node: QTreeWidgetItem) -> bool:
            code = node.data(0, CODE)
            if not code:
                return False
            item = lookup.get(code)
            return any(wanted in fold(t) for t in (item.code, item.vi, item.en, item.article,
                                                   item.article_en))

        def walk(node: QTreeWidgetItem, parent_shown: bool) -> bool:
            own = not wanted or matches(node) or parent_shown
            children = [walk(node.child(i), own and bool(node.data(0, CODE)))
                        for i in range(node.childCount())]
            shown = own or any(children)
            node.setHidden(not shown)
            return shown

        for index in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(index)
            walk(group, False)
        self.tree.expandAll()

    def relabel(self) -> None:
        language = ui_language()
        lookup = self.lookup()
        titles = {"basic": self.tr("Basic personal data (Decree 356, Art. 3)"),
                  "sensitive": self.tr("Sensitive personal data (Decree 356, Art. 4)"),
                  "custom": self.tr("The company's own items")}
        for name, group in self.groups.items():
            group.setText(0, titles[name])
            group.setHidden(name == "custom" and group.childCount() == 0 and
                            not self.search.text())
        for code, node in self.nodes.items():
            item = lookup.get(code)
            mark = f"{SENSITIVE_MARK} " if item.sensitive else ""
            node.setText(0, mark + item.label(language))
            # "khoản 1 Điều 3": the Vietnamese order of legal citations
            article = item.article_en if language == "en" else \
                rules.vietnamese_order(item.article)
            node.setText(1, article if not item.custom else (
                self.tr("own item, sensitive") if item.sensitive else self.tr("own item")))
            if item.sensitive:
                tip = self.tr("Sensitive personal data: {0}").format(item.reason(language))
            elif item.custom:
                tip = self.tr("The company's own item, basic personal data")
            else:
                tip = self.tr("Basic personal data: {0}").format(item.reason(language))
            node.setToolTip(0, tip)
            node.setToolTip(1, tip)
        self.tree.setHeaderLabels([self.tr("Data item"), self.tr("Decree 356")])
        self.search.setPlaceholderText(self.tr("Find an item: name, e.g. “CCCD”, “email”…"))
        self.add_button.setText(self.tr("Add own item…"))


class RegisterEntryDialog(SavesThroughCore, FramedForm, Retranslating, QDialog):
    CORE = register

    def __init__(self, desk, entry_id: int | None = None, parent=None):
        super().__init__(parent)
        self.desk = desk
        self.open_record(entry_id)
        self.setObjectName("registerEntryDialog")
        resize_on_screen(self, 920, 760)
        self.frame = FormFrame(check=lambda: register.clean(self.desk, self.values(),
                                                            entry_id=self.record_id))
        self.inputs, self.errors = self.frame.inputs, self.frame.errors
        self.captions = self.frame.captions
        self._manual_sensitive = False

        long_form_frame(self, {"entry": self._build_entry, "items": self._build_items,
                               "processing": self._build_processing,
                               "sharing": self._build_sharing, "other": self._build_other},
                        self.save)

        self.retranslate()
        self.set_values(self.record or {})

    # -- construction ------------------------------------------------------------------------

    def _row(self, form: QFormLayout, key: str, widget: QWidget,
             focus: QWidget | None = None, *, first: QWidget | None = None) -> None:
        """A caption, the field and its error label below it; `focus` is the part of a
        composite field that is marked red and focused on error."""
        self.frame.row(form, key, widget, focus, first=first, caption_width=150,
                       caption_top=6)

    def _build_entry(self, box: QGroupBox) -> None:
        form = box_form(box)
        self.name_edit = line_field("name")
        self._row(form, "name", self.name_edit)
        self.subject_boxes: dict[str, QCheckBox] = {}
        subjects = QWidget()
        self.subjects_frame = QFrame()
        self.subjects_frame.setObjectName("subjectsBox")
        grid = QGridLayout(self.subjects_frame)
        grid.setContentsMargins(6, 4, 6, 4)
        grid.setHorizontalSpacing(16)
        for index, code in enumerate(vocab.SUBJECTS):
            check = QCheckBox()
            check.setObjectName(f"subject_{code}")
            self.subject_boxes[code] = check
            grid.addWidget(check, index // 3, index % 3)
        self.other_subjects = line_field("subjects")
        vbox(self.subjects_frame, self.other_subjects, margins=0, parent=subjects)
        self._row(form, "subjects", subjects, self.subjects_frame,
                  first=next(iter(self.subject_boxes.values())))

    def _build_items(self, box: QGroupBox) -> None:
        layout = QVBoxLayout(box)
        self.picker = ItemPicker(self.desk)
        self.picker.on_change = self._update_type
        self.picker.add_button.clicked.connect(self.add_custom_item)
        self.items_error = error_label()
        self.frame.add("items", self.picker.tree, self.items_error)
        self.chosen_line = label("muted", wrap=True)  # the ticked items, in order
        self.type_line = QLabel()
        self.type_line.setObjectName("typeLine")
        self.type_line.setWordWrap(True)
        self.mark_sensitive = QCheckBox()
        self.mark_sensitive.setObjectName("markSensitive")
        self.mark_sensitive.toggled.connect(self._on_mark_toggled)
        self.type_error = error_label()
        self.frame.add("category_type", self.mark_sensitive, self.type_error)
        layout.addWidget(self.picker)
        layout.addWidget(self.items_error)
        layout.addWidget(self.chosen_line)
        layout.addWidget(self.type_line)
        layout.addWidget(self.mark_sensitive)
        layout.addWidget(self.type_error)

    def _build_processing(self, box: QGroupBox) -> None:
        form = box_form(box)
        self.purpose_edit = text_field("purpose")
        self._row(form, "purpose", self.purpose_edit)
        self.basis_combo = QComboBox()
        self.basis_combo.setObjectName("field_legal_basis")
        self.basis_combo.setEditable(True)
        self.basis_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.basis_combo.setMinimumHeight(32)
        self.basis_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        for code in vocab.LEGAL_BASES:
            self.basis_combo.addItem("", code)
        self._row(form, "legal_basis", self.basis_combo)
        self.source_edit = line_field("source")
        self._row(form, "source", self.source_edit)
        self.storage_edit = line_field("storage_location")
        self._row(form, "storage_location", self.storage_edit)
        self.retention_combo = QComboBox()
        self.retention_combo.setObjectName("field_retention")
        self.retention_combo.setEditable(True)
        self.retention_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.retention_combo.setMinimumHeight(32)
        self.retention_combo.setSizePolicy(QSizePolicy.Policy.Expanding,
                                           QSizePolicy.Policy.Fixed)
        self._row(form, "retention", self.retention_combo)
        self.security_edit = text_field("security_measures")
        self._row(form, "security_measures", self.security_edit)

    def _build_sharing(self, box: QGroupBox) -> None:
        form = box_form(box)
        self.recipients = QTableWidget(0, 2)
        self.recipients.setObjectName("field_recipients")
        self.recipients.verticalHeader().hide()
        self.recipients.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.recipients.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch)
        self.recipients.setColumnWidth(1, 210)
        self.recipients.setFixedHeight(150)
        self.add_recipient_button = push_button(clicked=lambda: self.add_recipient())
        self.remove_recipient_button = push_button(clicked=self.remove_recipient)
        recipients = QWidget()
        recipients_layout = vbox(self.recipients, margins=0, parent=recipients)
        row = hbox(self.add_recipient_button, self.remove_recipient_button, None)
        recipients_layout.addLayout(row)
        self._row(form, "recipients", recipients, self.recipients)
        self.abroad_check = QCheckBox()
        self.abroad_check.setObjectName("field_cross_border")
        self.abroad_check.toggled.connect(self._on_abroad_toggled)
        self._row(form, "cross_border", self.abroad_check)
        self.countries_edit = line_field("cross_border_countries")
        self._row(form, "cross_border_countries", self.countries_edit)

    def _build_other(self, box: QGroupBox) -> None:
        form = box_form(box)
        self.department_edit = line_field("owner_department")
        self._row(form, "owner_department", self.department_edit)
        self.notes_edit = text_field("notes", 64)
        self._row(form, "notes", self.notes_edit)

    # -- recipients --------------------------------------------------------------------------

    def add_recipient(self, name: str = "", role: str = "") -> None:
        row = self.recipients.rowCount()
        self.recipients.insertRow(row)
        self.recipients.setItem(row, 0, QTableWidgetItem(name))
        combo = QComboBox()
        combo.addItem("", "")
        for code in vocab.RECIPIENT_ROLES:
            combo.addItem(vocab.label(vocab.RECIPIENT_ROLES, code, ui_language()), code)
        if role and combo.findData(role) < 0:  # a role typed as free text is kept
            combo.addItem(role, role)
        combo.setCurrentIndex(max(combo.findData(role), 0))
        self.recipients.setCellWidget(row, 1, combo)
        if not name:
            self.recipients.setCurrentCell(row, 0)
            self.recipients.editItem(self.recipients.item(row, 0))

    def remove_recipient(self) -> None:
        row = self.recipients.currentRow()
        if row >= 0:
            self.recipients.removeRow(row)

    def recipient_values(self) -> list[dict]:
        out = []
        for row in range(self.recipients.rowCount()):
            cell = self.recipients.item(row, 0)
            name = cell.text().strip() if cell else ""
            role = self.recipients.cellWidget(row, 1).currentData() or ""
            if name or role:
                out.append({"name": name, "role": role})
        return out

    # -- values ------------------------------------------------------------------------------

    def subjects(self) -> list[str]:
        """The ticked and typed subjects, those already stored keeping their order (an entry
        saved unchanged stays unchanged)."""
        ticked = [code for code, check in self.subject_boxes.items() if check.isChecked()]
        chosen = ticked + register.split_list(self.other_subjects.text())
        stored = (self.record or {}).get("subjects", [])
        return [s for s in stored if s in chosen] + [s for s in chosen if s not in stored]

    def values(self) -> dict:
        subjects = self.subjects()
        abroad = self.abroad_check.isChecked()
        return {
            "name": self.name_edit.text().strip(),
            "subjects": subjects,
            "items": self.picker.checked_codes(),
            "category_type": "sensitive" if self.mark_sensitive.isChecked() else "basic",
            "purpose": lines(self.purpose_edit),
            "legal_basis": self.basis_combo.currentText().strip(),
            "source": self.source_edit.text().strip(),
            "storage_location": self.storage_edit.text().strip(),
            "recipients": self.recipient_values(),
            "cross_border": abroad,
            "cross_border_countries": (register.split_list(self.countries_edit.text())
                                       if abroad else []),
            "retention": self.retention_combo.currentText().strip(),
            "security_measures": lines(self.security_edit),
            "owner_department": self.department_edit.text().strip(),
            "notes": self.notes_edit.toPlainText().strip(),
        }

    def set_values(self, entry: dict) -> None:
        language = ui_language()
        self.name_edit.setText(entry.get("name", ""))
        subjects = entry.get("subjects", [])
        for code, check in self.subject_boxes.items():
            check.setChecked(code in subjects)
        self.other_subjects.setText("; ".join(s for s in subjects
                                              if s not in self.subject_boxes))
        self._manual_sensitive = entry.get("category_type") == "sensitive"
        self.picker.set_checked(entry.get("items", []))
        self.purpose_edit.setPlainText("\n".join(entry.get("purpose", [])))
        self.basis_combo.setCurrentText(
            vocab.label(vocab.LEGAL_BASES, entry.get("legal_basis", ""), language))
        if not entry.get("legal_basis"):
            self.basis_combo.setCurrentIndex(-1)
            self.basis_combo.setEditText("")
        self.source_edit.setText(entry.get("source", ""))
        self.storage_edit.setText(entry.get("storage_location", ""))
        self.recipients.setRowCount(0)
        for recipient in entry.get("recipients", []):
            self.add_recipient(recipient["name"], recipient.get("role", ""))
        self.abroad_check.setChecked(bool(entry.get("cross_border")))
        self.countries_edit.setText("; ".join(entry.get("cross_border_countries", [])))
        self._on_abroad_toggled(self.abroad_check.isChecked())
        self.retention_combo.setCurrentIndex(-1)
        self.retention_combo.setEditText(entry.get("retention", ""))
        self.security_edit.setPlainText("\n".join(entry.get("security_measures", [])))
        self.department_edit.setText(entry.get("owner_department", ""))
        self.notes_edit.setPlainText(entry.get("notes", ""))
        self._update_type()
        self.clear_errors()

    # -- saving ------------------------------------------------------------------------------

    @property
    def entry_id(self) -> int | None:
        """The entry edited; after saving a new one, its id."""
        return self.record_id


    # -- live feedback -----------------------------------------------------------------------

    def _on_abroad_toggled(self, abroad: bool) -> None:
        self.countries_edit.setEnabled(abroad)

    def _on_mark_toggled(self, checked: bool) -> None:
        if self.mark_sensitive.isEnabled():
            self._manual_sensitive = checked
            self._update_type()

    def sensitive_items(self) -> list[Item]:
        lookup = self.picker.lookup()
        return [lookup.get(c) for c in self.picker.checked_codes() if lookup.get(c).sensitive]

    def _update_type(self) -> None:
        """The type core will derive (DOMAIN D2: sensitive as soon as one item is)."""
        language = ui_language()
        sensitive = self.sensitive_items()
        self.mark_sensitive.blockSignals(True)
        self.mark_sensitive.setEnabled(not sensitive)
        self.mark_sensitive.setChecked(bool(sensitive) or self._manual_sensitive)
        self.mark_sensitive.blockSignals(False)
        codes = self.picker.checked_codes()
        lookup = self.picker.lookup()
        self.chosen_line.setText("; ".join(item_text(lookup.get(c), language) for c in codes))
        self.chosen_line.setVisible(bool(codes))
        chosen = self.tr("%n item(s) chosen.", "", len(codes))
        if sensitive:
            names = "; ".join(f"{i.label(language)} ({i.reason(language)})" for i in sensitive)
            text = self.tr("Type: sensitive personal data, because of: {0}").format(names)
        elif self.mark_sensitive.isChecked():
            text = self.tr("Type: sensitive personal data (marked by you)")
        else:
            text = self.tr("Type: basic personal data")
        self.type_line.setText(f"{chosen} {text}")
        self.type_line.setProperty("sensitive", self.mark_sensitive.isChecked())
        self.type_line.style().unpolish(self.type_line)
        self.type_line.style().polish(self.type_line)

    def add_custom_item(self) -> Item | None:
        dialog = self.custom_item_dialog()
        added = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        return dialog.item if added else None

    def custom_item_dialog(self) -> CustomItemDialog:
        dialog = CustomItemDialog(self.desk, self.picker.search.text().strip(), self)
        dialog.accepted.connect(lambda: self.picker.add_custom(dialog.item))
        return dialog

    # -- texts -------------------------------------------------------------------------------

    def retranslate(self) -> None:
        language = ui_language()
        if self.record is None:
            self.setWindowTitle(self.tr("New register entry"))
            self.heading.setText(self.tr("New register entry"))
        else:
            self.setWindowTitle(self.tr("Edit register entry"))
            self.heading.setText(self.record["name"])
        self.intro.setText(self.tr(
            "One kind of personal data the company processes. Fields marked * are required."))
        self.boxes["entry"].setTitle(self.tr("What and whose"))
        self.boxes["items"].setTitle(self.tr("Data items *"))
        self.boxes["processing"].setTitle(self.tr("Why, where and how long"))
        self.boxes["sharing"].setTitle(self.tr("Recipients and transfer abroad"))
        self.boxes["other"].setTitle(self.tr("Responsibility and notes"))
        captions = {
            "name": self.tr("Name *"),
            "subjects": self.tr("Data subjects *"),
            "owner_department": self.tr("Owner department"),
            "purpose": self.tr("Purposes *"),
            "legal_basis": self.tr("Legal basis *"),
            "source": self.tr("Source of the data"),
            "storage_location": self.tr("Storage location"),
            "retention": self.tr("Retention period"),
            "security_measures": self.tr("Security measures"),
            "recipients": self.tr("Recipients"),
            "cross_border": self.tr("Transfer abroad"),
            "cross_border_countries": self.tr("Countries"),
            "notes": self.tr("Notes"),
        }
        for key, caption in self.captions.items():
            caption.setText(captions[key])
        self.name_edit.setPlaceholderText(self.tr("e.g. Online shop customers"))
        self.other_subjects.setPlaceholderText(self.tr("Others, separated by ; (e.g. Tenants)"))
        for code, check in self.subject_boxes.items():
            check.setText(vocab.label(vocab.SUBJECTS, code, language))
        self.department_edit.setPlaceholderText(self.tr("e.g. Sales"))
        self.purpose_edit.setPlaceholderText(self.tr("One purpose per line"))
        basis = vocab.to_code(vocab.LEGAL_BASES, self.basis_combo.currentText())
        for index in range(self.basis_combo.count()):
            code = self.basis_combo.itemData(index)
            self.basis_combo.setItemText(index, vocab.label(vocab.LEGAL_BASES, code, language))
        if basis in vocab.LEGAL_BASES:
            self.basis_combo.setCurrentIndex(self.basis_combo.findData(basis))
        self.basis_combo.lineEdit().setPlaceholderText(
            self.tr("Choose, or describe another basis"))
        self.source_edit.setPlaceholderText(self.tr("e.g. Given by the customer when ordering"))
        self.storage_edit.setPlaceholderText(self.tr("e.g. Order system (server in Vietnam)"))
        retention = self.retention_combo.currentText()
        self.retention_combo.clear()
        self.retention_combo.addItems([
            self.tr("6 months"), self.tr("1 year"), self.tr("2 years"), self.tr("5 years"),
            self.tr("10 years"), self.tr("Until the data subject asks for deletion"),
            self.tr("Until the data subject withdraws consent")])
        self.retention_combo.setCurrentIndex(-1)
        self.retention_combo.setEditText(retention)
        self.retention_combo.lineEdit().setPlaceholderText(self.tr("e.g. 5 years"))
        self.security_edit.setPlaceholderText(self.tr("One measure per line"))
        self.recipients.setHorizontalHeaderLabels([self.tr("Recipient"), self.tr("Role")])
        for row in range(self.recipients.rowCount()):
            combo = self.recipients.cellWidget(row, 1)
            for index in range(1, combo.count()):
                code = combo.itemData(index)
                combo.setItemText(index, vocab.label(vocab.RECIPIENT_ROLES, code, language))
        self.add_recipient_button.setText(self.tr("Add recipient"))
        self.remove_recipient_button.setText(self.tr("Remove"))
        self.abroad_check.setText(self.tr("The data is transferred abroad"))
        self.countries_edit.setPlaceholderText(self.tr("Separated by ; (e.g. Singapore; USA)"))
        self.mark_sensitive.setText(self.tr(
            "Treat as sensitive even though no item is sensitive"))
        self.notes_edit.setPlaceholderText("")
        self.cancel_button.setText(self.tr("Cancel"))
        self.save_button.setText(self.tr("Save"))
        self.picker.relabel()
        self._update_type()
