"""Khiếu nại & yêu cầu: complaints and data-subject requests (DOMAIN D3). The list, filtered
and sorted in SQL by core over an id-backed model, with each case's days left coloured; the
selected case in full (facts, both deadlines and which binds, identity check, reply,
outcome), the steps its status allows, and its timeline from the audit trail.

Saved e-mails (.eml, Outlook .msg) dropped on the view, or chosen with File > New case from
e-mail, open the intake form filled in from the message, one after another."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QWidget,
)

from dpo_desk.core import clock, complaints, rules
from dpo_desk.core.errors import ConflictError, DeskError, ValidationError
from dpo_desk.ui.complaint_detail import STYLE as DETAIL_STYLE
from dpo_desk.ui.complaint_detail import ComplaintDetail
from dpo_desk.ui.complaints_model import ComplaintsModel, kind_labels, status_labels, status_text
from dpo_desk.ui.i18n import core_message
from dpo_desk.ui.widgets import (
    FlowLayout,
    ListPage,
    Retranslating,
    hbox,
    label,
    push_button,
    record_table,
    row_of,
    search_box,
    vbox,
)

# Pixel widths; the requester column takes whatever room is left.
COLUMN_WIDTHS = (52, 92, 0, 165, 200, 110, 140, 90)
STRETCH_COLUMN = 2
DEFAULT_STATUS = "open"  # the DPO's working list: every case whose clock runs
DIRECT_STEPS = ("in_progress",)  # the steps of the detail pane that need no form
STYLE = """
QPushButton#overdueToggle:checked, QPushButton#weekToggle:checked,
QPushButton#ackToggle:checked, QPushButton#maskToggle:checked {
    background: #dce6fb; border: 1px solid #3567d8; color: #17233d; }
QLabel#complaintNotice { color: #8a5a00; }
""" + DETAIL_STYLE


class ComplaintsView(Retranslating, ListPage):
    name, icon_name = "complaints", "complaints"

    def __init__(self, desk, parent=None):
        super().__init__(parent)
        self.desk = desk
        self.model = ComplaintsModel(desk, self)
        self.dialog = None  # the open intake or step form (tests drive it)
        self.document_dialog = None  # the last letter previewed (tests read it)
        self.email_queue: list[str] = []  # messages waiting for their intake form
        self.email_box = None  # the last list of refused messages
        self._refreshes = 0
        self.setAcceptDrops(True)
        self.setStyleSheet(STYLE)

        self.add_pages(self._build_list(), self._build_empty_state())

        self._debounce = self.debounce(self.apply_filters, 200, self.search)
        self.status_filter.currentIndexChanged.connect(self.apply_filters)
        self.kind_filter.currentIndexChanged.connect(self.apply_filters)
        self.overdue_toggle.toggled.connect(lambda on: self._toggle(self.week_toggle, on))
        self.week_toggle.toggled.connect(lambda on: self._toggle(self.overdue_toggle, on))
        # Days left change at midnight: re-read the list when the date turns.
        self._day_timer = self.every(60_000, self._check_date)
        self.retranslate()
        self.apply_filters()

    # -- construction ------------------------------------------------------------------------

    def _build_list(self) -> QWidget:
        self.search = search_box("complaintSearch")
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("complaintStatusFilter")
        for data in ("", "open", *complaints.STATUSES):
            self.status_filter.addItem("", data)
        self.status_filter.setCurrentIndex(self.status_filter.findData(DEFAULT_STATUS))
        self.kind_filter = QComboBox()
        self.kind_filter.setObjectName("complaintKindFilter")
        for data in ("", *complaints.KINDS):
            self.kind_filter.addItem("", data)
        self.kind_filter.setMinimumWidth(190)
        self.overdue_toggle = self._toggle_button("overdueToggle")
        self.week_toggle = self._toggle_button("weekToggle")
        self.ack_toggle = self._toggle_button("ackToggle")
        self.ack_toggle.toggled.connect(self.apply_filters)
        self.mask_toggle = self._toggle_button("maskToggle")
        self.mask_toggle.toggled.connect(self.set_masked)
        self.new_button = push_button("primary", self.new_record)
        self.count_label = QLabel()
        self.count_label.setObjectName("muted")
        self.notice = label("muted")
        self.notice.setObjectName("complaintNotice")
        self.notice.setTextFormat(Qt.TextFormat.RichText)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.notice.linkActivated.connect(lambda link: self.show_case(int(link)))
        self.notice.hide()
        filters = hbox((self.search, 3), (self.status_filter, 1), (self.kind_filter, 1), spacing=8)
        # one row that wraps in a narrow window (960 pixels, English) instead of squeezing
        # the toggles' texts; the masking toggle at its right end
        actions = FlowLayout(spacing=8, last_right=True)
        actions.addWidget(row_of(self.new_button, 12, self.overdue_toggle, self.week_toggle,
                                 self.ack_toggle, 8, self.count_label))
        actions.addWidget(self.notice)
        actions.addWidget(self.mask_toggle)

        self.table = record_table("complaintTable", self.model, row_height=30,
                                  sorted_by=self._on_sort_clicked)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(STRETCH_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        for column, width in enumerate(COLUMN_WIDTHS):
            if column != STRETCH_COLUMN:
                self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(lambda _index: self.open_detail())
        open_action = QAction(self.table)
        open_action.setShortcuts([QKeySequence(Qt.Key.Key_Return),
                                  QKeySequence(Qt.Key.Key_Enter)])
        open_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        open_action.triggered.connect(self.open_detail)
        self.table.addAction(open_action)
        self.table.selectionModel().currentRowChanged.connect(self._show_detail)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("complaintSplitter")
        self.splitter.addWidget(self.table)
        self.detail = ComplaintDetail(self.desk)
        self.detail.step_requested.connect(self.run_step)
        self.detail.letter_requested.connect(self.open_letter)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([300, 340])

        page = QWidget()
        vbox(filters, actions, (self.splitter, 1), margins=0, spacing=10, parent=page)
        return page

    @staticmethod
    def _toggle_button(object_name: str) -> QPushButton:
        button = QPushButton()
        button.setCheckable(True)
        button.setObjectName(object_name)
        return button

    # -- view protocol -----------------------------------------------------------------------

    def set_desk(self, desk) -> None:
        self.detail.desk = desk
        super().set_desk(desk)

    def refresh(self) -> None:
        """Re-read the list (the data changed), keeping filters, order and selection."""
        self._refreshes += 1
        selected = self.current_id()
        self._query()
        if selected is None or not self.select_case(selected):
            self._show_detail()

    def new_record(self) -> None:
        from dpo_desk.ui.dialogs.complaint_intake import ComplaintIntakeDialog

        self._open(ComplaintIntakeDialog(self.desk, self))

    # -- cases from e-mail --------------------------------------------------------------------

    @staticmethod
    def email_paths(mime) -> list[str]:
        from dpo_desk.core.email_intake import SUFFIXES

        return [url.toLocalFile() for url in mime.urls()
                if url.isLocalFile() and url.toLocalFile().lower().endswith(SUFFIXES)]

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self.email_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt override
        paths = self.email_paths(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.open_emails(paths)

    def new_case_from_email(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("New case from e-mail"), "",
            self.tr("Saved e-mails (*.eml *.msg);;All files (*)"))
        if paths:
            self.open_emails(paths)

    def open_emails(self, paths: list[str]) -> None:
        """The intake form of each message in turn; a refused file is named in the notice."""
        self.email_queue += paths
        if not (self.dialog is not None and self.dialog.isVisible()):
            self._next_email()

    def _next_email(self) -> None:
        from dpo_desk.core import email_intake
        from dpo_desk.ui.dialogs.complaint_intake import ComplaintIntakeDialog

        refused = []
        while self.email_queue:
            path = self.email_queue.pop(0)
            try:
                draft = email_intake.read(path)
            except ValidationError as error:
                refused.append(f"{Path(path).name}: "
                               + "; ".join(core_message(e) for e in error.errors))
                continue
            dialog = ComplaintIntakeDialog(self.desk, self, draft=draft)
            self._open(dialog)
            dialog.finished.connect(lambda _result: QTimer.singleShot(0, self._next_email))
            break
        if refused:
            from PySide6.QtWidgets import QMessageBox

            self.email_box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Not taken in"),
                                         self.tr("These files were not taken in; nothing was "
                                                 "saved from them."), parent=self)
            self.email_box.setInformativeText("\n".join(refused))
            self.email_box.open()  # window-modal, without blocking the queue

    def show_case(self, case_id: int) -> bool:
        """Select case `case_id`, clearing the filters if they hide it."""
        self.notice.hide()
        if self.model.row_of(case_id) < 0:
            self.clear_filters()
        return self.select_case(case_id)

    # -- filters and table -------------------------------------------------------------------

    def filters(self) -> dict:
        return {"text": self.search.text().strip(),
                "status": self.status_filter.currentData() or "",
                "kind": self.kind_filter.currentData() or "",
                "overdue": self.overdue_toggle.isChecked(),
                "due_within_days": rules.DUE_WEEK_DAYS if self.week_toggle.isChecked() else None,
                "ack_overdue": self.ack_toggle.isChecked()}

    def apply_filters(self) -> None:
        self.notice.hide()
        self._query()
        if self.model.rowCount():
            self.table.selectRow(0)
        else:
            self._show_detail()

    def clear_filters(self) -> None:
        widgets = (self.search, self.status_filter, self.kind_filter, self.overdue_toggle,
                   self.week_toggle, self.ack_toggle)
        for widget in widgets:
            widget.blockSignals(True)
        self.search.clear()
        self.status_filter.setCurrentIndex(0)  # all: the case asked for may be closed
        self.kind_filter.setCurrentIndex(0)
        self.overdue_toggle.setChecked(False)
        self.week_toggle.setChecked(False)
        self.ack_toggle.setChecked(False)
        for widget in widgets:
            widget.blockSignals(False)
        self._query()

    def _toggle(self, other: QPushButton, on: bool) -> None:
        """Overdue and due this week exclude each other; either one re-queries."""
        if on and other.isChecked():
            other.blockSignals(True)
            other.setChecked(False)
            other.blockSignals(False)
        self.apply_filters()

    def _query(self) -> None:
        self._debounce.stop()
        self.model.set_filters(**self.filters())
        self.pages.setCurrentIndex(0 if self.model.rowCount() or self._any_case() else 1)
        self._update_count()

    def _any_case(self) -> bool:
        return bool(complaints.list_cases(self.desk, complaints.Query(order_by="id"), limit=1))

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%n case(s)", "", self.model.rowCount()))

    def _check_date(self) -> None:
        if clock.today() != self.model.today:
            self.refresh()

    def _on_sort_clicked(self, column: int, order: Qt.SortOrder) -> None:
        selected = self.current_id()
        self.model.sort(column, order)
        if selected is None or not self.select_case(selected):
            self._show_detail()

    def set_masked(self, masked: bool) -> None:
        """Hide requesters' names and contacts (screen sharing, a visitor at the desk)."""
        self.model.set_masked(masked)
        self.detail.masked = masked
        self._show_detail()

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.data(index, Qt.ItemDataRole.UserRole) if index.isValid() else None

    def select_case(self, case_id: int) -> bool:
        if not self.select_record(case_id):
            return False
        self._show_detail()
        return True

    def open_detail(self) -> None:
        """Enter on a row: bring the detail pane into view and move the focus into it."""
        sizes = self.splitter.sizes()
        if sizes[1] < 120:
            self.splitter.setSizes([sum(sizes) // 2, sum(sizes) - sum(sizes) // 2])
        self.detail.focus_first()

    # -- steps -------------------------------------------------------------------------------

    def run_step(self, step: str) -> None:
        if self.detail.case is None:
            return
        case = complaints.get(self.desk, self.detail.case["id"])
        if step in DIRECT_STEPS:
            self._write(case["id"], lambda: complaints.transition(
                self.desk, case["id"], step, expected=self.detail.case_row))
            return
        from dpo_desk.ui.dialogs.complaint_step import STEP_DIALOGS

        self._open(STEP_DIALOGS[step](self.desk, case, self))

    def _write(self, case_id: int, action) -> None:
        before, row = self._refreshes, self.table.currentIndex().row()
        try:
            action()
        except ValidationError as error:
            self.detail.show_message("\n".join(core_message(e) for e in error.errors))
            return
        except ConflictError:
            self._show_detail()  # the case as it is stored now
            self.detail.show_message(self.tr(
                "Not done: this case was changed elsewhere (another window or program). It "
                "has been reloaded; check it and try again."))
            return
        except DeskError as error:
            self.detail.show_message(core_message(error) if hasattr(error, "template")
                                     else str(error))
            return
        self._after_step(before, case_id, row)

    def _after_step(self, refreshes_before: int, case_id: int, row_before: int) -> None:
        """Keep the DPO's filters: the case stays selected while it matches them; when it
        no longer does (closed, answered), the next case takes its row and a note says
        where it went, with a link back to it."""
        self._refresh_if_needed(refreshes_before)
        if self.select_case(case_id):
            return
        if self.model.rowCount():
            self.table.selectRow(min(max(row_before, 0), self.model.rowCount() - 1))
        status = status_text(complaints.get(self.desk, case_id)["status"])
        note = escape(self.tr("Case #{0} is now “{1}” and no longer matches the filters.")
                      .format(case_id, status))
        link = escape(self.tr("Show it"))
        self.notice.setText(f"{note} <a href='{case_id}'>{link}</a>")
        self.notice.show()

    def _refresh_if_needed(self, refreshes_before: int) -> None:
        """The main window refreshes every view after a write; alone, refresh here."""
        if self._refreshes == refreshes_before:
            self.refresh()

    def _open(self, dialog) -> None:
        """Show a form window-modally without blocking (tests fill it in and press its
        buttons); the list follows what it saved."""
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = dialog
        before, row = self._refreshes, self.table.currentIndex().row()
        if hasattr(dialog, "case_id"):  # the intake: show the new case, whatever the filters
            dialog.accepted.connect(lambda: (self._refresh_if_needed(before),
                                             self.show_case(dialog.case_id)))
        else:
            dialog.accepted.connect(lambda: self._after_step(before, dialog.case["id"], row))
        dialog.open()

    def open_letter(self, kind: str):
        """The acknowledgement ("acknowledge") or the reply ("reply") of the shown case, made
        and previewed in a window of its own that stays open beside the list."""
        if self.detail.case is None:
            return None
        from dpo_desk.ui.dialogs.document import DocumentDialog

        dialog = DocumentDialog(self.desk, kind, self.detail.case["id"], self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.document_dialog = dialog
        dialog.show()
        return dialog

    # -- detail ------------------------------------------------------------------------------

    def _show_detail(self, *_) -> None:
        self.detail.show_case(self.current_id())

    # -- texts -------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.set_heading(self.tr("Complaints and requests"), self.tr(
            "Complaints and data-subject requests, each answered within its deadline."))
        self.search.setPlaceholderText(self.tr("Search name, contact, summary or #number… "
                                               "(Ctrl+F)"))
        statuses = status_labels()
        self.status_filter.setItemText(0, self.tr("All statuses"))
        self.status_filter.setItemText(1, self.tr("Open (deadline running)"))
        for index in range(2, self.status_filter.count()):
            self.status_filter.setItemText(index, statuses[self.status_filter.itemData(index)])
        kinds = kind_labels()
        self.kind_filter.setItemText(0, self.tr("All kinds"))
        for index in range(1, self.kind_filter.count()):
            self.kind_filter.setItemText(index, kinds[self.kind_filter.itemData(index)])
        self.overdue_toggle.setText(self.tr("Overdue"))
        self.week_toggle.setText(self.tr("Due within %n day(s)", "", rules.DUE_WEEK_DAYS))
        self.ack_toggle.setText(self.tr("Not acknowledged"))
        self.ack_toggle.setToolTip(self.tr(
            "Open cases whose receipt was not acknowledged within 2 working days"))
        self.mask_toggle.setText(self.tr("Hide names"))
        self.mask_toggle.setToolTip(self.tr(
            "Mask requesters' names and contacts, e.g. while sharing the screen"))
        self.new_button.setText(self.tr("New case…"))
        self.start_button.setText(self.tr("Record the first case…"))
        self.empty.heading.setText(self.tr("No complaints or requests yet"))
        self.empty.text.setText(self.tr(
            "Record each complaint or data-subject request as it arrives: the deadlines under "
            "Decree 356 and the company's promise are computed for you, and every step is "
            "kept in the case's timeline."))
        self.detail.retranslate()
        self.model.retranslate()
        self._update_count()
        self._show_detail()
