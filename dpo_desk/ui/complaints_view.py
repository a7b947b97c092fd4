"""Khiếu nại & yêu cầu: complaints and data-subject requests (DOMAIN D3). The list, filtered
and sorted in SQL by core over an id-backed model, with each case's days left coloured; the
selected case in full (facts, both deadlines and which binds, identity check, reply,
outcome), the steps its status allows, and its timeline from the audit trail.

Saved e-mails (.eml, Outlook .msg) dropped on the view, or chosen with File > New case from
e-mail, open the intake form filled in from the message, one after another."""

from __future__ import annotations

from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFrame,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QWidget,
)

from dpo_desk.core import attachments, clock, complaints, register, rules
from dpo_desk.core.errors import ConflictError, DeskError, ValidationError
from dpo_desk.ui.complaints_model import (
    ComplaintsModel,
    ack_overdue_text,
    binding_labels,
    channel_labels,
    complexity_labels,
    day_text,
    days_left_text,
    identity_labels,
    kind_labels,
    mask,
    outcome_labels,
    status_labels,
    status_text,
    tone,
)
from dpo_desk.ui.formatting import file_size, local_time
from dpo_desk.ui.i18n import core_message, event_text
from dpo_desk.ui.widgets import (
    FlowLayout,
    ListPage,
    Retranslating,
    hbox,
    keep_wrapped_height,
    label,
    push_button,
    row_of,
    search_box,
    vbox,
)

# Pixel widths; the requester column takes whatever room is left.
COLUMN_WIDTHS = (52, 92, 0, 165, 200, 110, 140, 90)
STRETCH_COLUMN = 2
DEFAULT_STATUS = "open"  # the DPO's working list: every case whose clock runs
# The steps of the detail pane: a status to move to, or "extend". The first two need no form.
STEPS = ("acknowledged", "identity_check", "in_progress", "on_hold", "answered", "closed",
         "extend", "erase")
DIRECT_STEPS = ("in_progress",)
BADGES = {"overdue": "badgeBad", "soon": "badgeWarn", "ok": "badgeOk", "late": "badgeBad",
          "on_time": "badgeOk", "": "badgeNeutral"}
STYLE = """
QPushButton#overdueToggle:checked, QPushButton#weekToggle:checked,
QPushButton#ackToggle:checked, QPushButton#maskToggle:checked {
    background: #dce6fb; border: 1px solid #3567d8; color: #17233d; }
QFrame#complaintDetail { background: #ffffff; border: 1px solid #dfe4ee; border-radius: 8px; }
QLabel#complaintNotice { color: #8a5a00; }
QLabel#badgeNeutral { background: #eef1f6; color: #34405a; border-radius: 8px; padding: 2px 8px; }
QLabel#detailTitle { font-size: 12.5pt; font-weight: bold; color: #17233d; }
QTextBrowser#complaintFacts, QTextBrowser#complaintTimeline { border: 1px solid #dfe4ee;
    border-radius: 6px; background: #ffffff; }
QPushButton#stepButton { padding: 5px 10px; }
"""


class Bold(str):
    """A value the detail pane prints in bold."""


class ComplaintsView(Retranslating, ListPage):
    name, icon_name = "complaints", "complaints"

    def __init__(self, desk, parent=None):
        super().__init__(parent)
        self.desk = desk
        self.model = ComplaintsModel(desk, self)
        self.dialog = None  # the open intake or step form (tests drive it)
        self.case: dict | None = None  # the case shown in the detail pane
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
        self._day_timer = QTimer(self)
        self._day_timer.setInterval(60_000)
        self._day_timer.timeout.connect(self._check_date)
        self._day_timer.start()
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

        self.table = QTableView()
        self.table.setObjectName("complaintTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(STRETCH_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(self.model.sort_column(), Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(self._on_sort_clicked)
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
        self.splitter.addWidget(self._build_detail())
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

    def _build_detail(self) -> QWidget:
        self.detail = QFrame()
        self.detail.setObjectName("complaintDetail")
        self.detail_title = label("detailTitle")
        self.status_badge = label("badgeOk")
        self.due_badge = label("badgeOk")
        head = hbox(self.detail_title, self.status_badge, self.due_badge, None, spacing=8)
        self.letter_buttons: dict[str, QPushButton] = {}
        for kind in ("acknowledge", "identity", "extension", "reply"):
            button = push_button("letterButton")
            button.setProperty("letter", kind)
            button.clicked.connect(lambda _=False, k=kind: self.open_letter(k))
            self.letter_buttons[kind] = button

        # the steps, then files and letters: one row that wraps in a narrow window
        self.step_buttons: dict[str, QPushButton] = {}
        steps = FlowLayout(spacing=6)
        for step in STEPS:
            button = push_button("stepButton")
            button.setProperty("step", step)
            button.clicked.connect(lambda _=False, s=step: self.run_step(s))
            self.step_buttons[step] = button
            steps.addWidget(button)
        self.attach_button = push_button("attachButton", self.choose_files)
        steps.addWidget(self.attach_button)
        for button in self.letter_buttons.values():
            steps.addWidget(button)
        self.step_message = label("fieldError", wrap=True)
        self.step_message.hide()

        self.facts = QTextBrowser()
        self.facts.setObjectName("complaintFacts")
        self.facts.setOpenLinks(False)
        self.timeline = QTextBrowser()
        self.timeline.setObjectName("complaintTimeline")
        self.timeline.setOpenLinks(False)
        self.timeline_rows: list[tuple[str, str, str]] = []  # (when, who, what), oldest first
        self.timeline_title = label("cardTitle")
        timeline_box = QWidget()
        vbox(self.timeline_title, (self.timeline, 1), margins=0, spacing=4, parent=timeline_box)
        inner = QSplitter(Qt.Orientation.Horizontal)
        inner.addWidget(self.facts)
        inner.addWidget(timeline_box)
        inner.setStretchFactor(0, 5)
        inner.setStretchFactor(1, 4)
        inner.setSizes([520, 420])

        vbox(head, steps, self.step_message, (inner, 1), margins=(14, 10, 14, 12), spacing=8,
             parent=self.detail)
        keep_wrapped_height(self.detail)
        return self.detail

    # -- view protocol -----------------------------------------------------------------------

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
        self._show_detail()

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.data(index, Qt.ItemDataRole.UserRole) if index.isValid() else None

    def select_case(self, case_id: int) -> bool:
        row = self.model.row_of(case_id)
        if row < 0:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        self._show_detail()
        return True

    def open_detail(self) -> None:
        """Enter on a row: bring the detail pane into view and move the focus into it."""
        sizes = self.splitter.sizes()
        if sizes[1] < 120:
            self.splitter.setSizes([sum(sizes) // 2, sum(sizes) - sum(sizes) // 2])
        enabled = [b for b in self.step_buttons.values() if b.isEnabled()]
        (enabled[0] if enabled else self.facts).setFocus()

    # -- steps -------------------------------------------------------------------------------

    def step_allowed(self, step: str, case: dict) -> bool:
        """Which buttons the case's status allows (core's `allowed_next`); the identity
        check can also be recorded while checking, an open case can be extended once."""
        if step == "extend":
            return complaints.can_extend(case)
        if step == "identity_check" and case["status"] == "identity_check":
            return True
        if step == "erase":  # DOMAIN D6: a closed case's personal data (core/erasure.py)
            from dpo_desk.core import erasure

            return case["status"] == "closed" and not erasure.is_erased(case)
        return step in complaints.allowed_next(case["status"])

    def run_step(self, step: str) -> None:
        if self.case is None:
            return
        case = complaints.get(self.desk, self.case["id"])
        if step in DIRECT_STEPS:
            self._write(case["id"], lambda: complaints.transition(
                self.desk, case["id"], step, expected=self.case_row))
            return
        from dpo_desk.ui.dialogs.complaint_step import STEP_DIALOGS

        self._open(STEP_DIALOGS[step](self.desk, case, self))

    def _write(self, case_id: int, action) -> None:
        before, row = self._refreshes, self.table.currentIndex().row()
        try:
            action()
        except ValidationError as error:
            self.step_message.setText("\n".join(core_message(e) for e in error.errors))
            self.step_message.show()
            return
        except ConflictError:
            self._show_detail()  # the case as it is stored now
            self.step_message.setText(self.tr(
                "Not done: this case was changed elsewhere (another window or program). It "
                "has been reloaded; check it and try again."))
            self.step_message.show()
            return
        except DeskError as error:
            self.step_message.setText(core_message(error) if hasattr(error, "template")
                                      else str(error))
            self.step_message.show()
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
        if self.case is None:
            return None
        from dpo_desk.ui.dialogs.document import DocumentDialog

        dialog = DocumentDialog(self.desk, kind, self.case["id"], self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.document_dialog = dialog
        dialog.show()
        return dialog

    # -- detail ------------------------------------------------------------------------------

    def _show_detail(self, *_) -> None:
        case_id = self.current_id()
        self.case = None
        self.step_message.hide()
        if case_id is not None:
            try:
                self.case = complaints.get(self.desk, case_id)
                # as stored when shown: a step is refused if the case changed elsewhere since
                self.case_row = self.desk.get(complaints.TABLE, case_id)
            except DeskError:
                self.case = None
        for step, button in self.step_buttons.items():
            button.setEnabled(self.case is not None and self.step_allowed(step, self.case))
        for kind, button in self.letter_buttons.items():
            button.setEnabled(self.case is not None and (
                kind != "extension" or bool(self.case["extension_days"])))
        self.attach_button.setEnabled(self.case is not None)
        if self.case is None:
            self.detail_title.setText(self.tr("No case selected"))
            self.status_badge.hide()
            self.due_badge.hide()
            hint = escape(self.tr("Select a case to see its facts, deadlines and timeline. "
                                  "Press Enter to work on it."))
            self.facts.setHtml(f"<p style='color:#6b7590'>{hint}</p>")
            self.timeline_rows = []
            self.timeline.clear()
            return
        case = self.case
        name = mask(case["requester_name"]) if self.model.masked else case["requester_name"]
        self.detail_title.setText(f"#{case['id']} · {name}")
        self._badge(self.status_badge, status_text(case["status"]),
                    "badgeWarn" if case["status"] == "on_hold" else "badgeNeutral")
        due = self.tr("Due {0}").format(day_text(case["due"]))
        if tone(case):
            due = self.tr("{0} · {1}").format(due, days_left_text(case))
        self._badge(self.due_badge, due, BADGES[tone(case)])
        self.facts.setHtml(self.facts_html(case))
        self._fill_timeline(case["id"])

    @staticmethod
    def _badge(badge: QLabel, text: str, style: str) -> None:
        badge.setText(text)
        badge.setObjectName(style)
        badge.style().unpolish(badge)
        badge.style().polish(badge)
        badge.show()

    def facts_html(self, case: dict) -> str:
        masked = self.model.masked
        yes, no = self.tr("Yes"), self.tr("No")
        entries = []
        for entry_id in complaints.linked_entries(self.desk, case["id"]):
            try:
                entries.append(register.get(self.desk, entry_id)["name"])
            except DeskError:
                entries.append(f"#{entry_id}")
        facts = [
            (self.tr("Kind"), kind_labels().get(case["kind"], case["kind"])),
            (self.tr("Channel"), channel_labels().get(case["channel"], case["channel"])),
            (self.tr("Received"), day_text(case["received_on"])),
            (self.tr("Requester"), mask(case["requester_name"]) if masked
             else case["requester_name"]),
            (self.tr("Contact"), mask(case["requester_contact"]) if masked
             else case["requester_contact"]),
            (self.tr("Complexity"), complexity_labels().get(case["complexity"], "")),
            (self.tr("Third party must act"), yes if case["third_party_involved"] else no),
            (self.tr("Data concerned"), "; ".join(entries)),
            (self.tr("What is asked"), case["summary"]),
            (self.tr("Entered by"), self.tr("{0} on {1}").format(
                case["entered_by"], local_time(case["created_at"]))),
        ]
        if case["status"] == "on_hold":
            facts.append((self.tr("Waiting for"), case["hold_reason"] + " — " + self.tr(
                "the deadline keeps running")))
        sections = [(self.tr("Deadlines"), self.deadline_rows(case))]
        if case["status"] == "closed":
            sections.append((self.tr("Outcome"), [
                (self.tr("Outcome"), outcome_labels().get(case["outcome"] or "", "")),
                (self.tr("Reason"), case["outcome_reason"]),
                (self.tr("Closed"), local_time(case["closed_at"]))]))
        sections += [(self.tr("Case"), facts),
                     (self.tr("Identity check"), self.identity_rows(case)),
                     (self.tr("Reply"), [("", case["reply_text"] or
                                          self.tr("No reply written yet."))]),
                     (self.tr("Files"), self.file_rows(case))]
        # One table for every section, so that the values line up.
        body = "".join(self._section(title, rows) for title, rows in sections)
        return f"<table cellspacing='0' cellpadding='2' width='100%'>{body}</table>"

    def file_rows(self, case: dict) -> list[tuple[str, str]]:
        """The case's files (the request letter, ID copies, the reply sent), each with its
        size and the start of its SHA-256; ✗ when the stored copy no longer matches it."""
        rows = []
        for item in attachments.list_for(self.desk, "complaints", case["id"]):
            mark = "✓" if attachments.intact(self.desk, item["id"]) else "✗"
            rows.append((item["filename"], f"{file_size(item['bytes'])} · SHA-256 "
                                           f"{item['sha256'][:12]}… {mark}"))
        return rows or [("", self.tr("No file attached."))]

    def choose_files(self) -> None:
        if self.case is None:
            return
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach files to the case"))
        if paths:
            self.attach_files(paths)

    def attach_files(self, paths: list[str]) -> list[int]:
        """Store files with the selected case (audited); errors shown under the steps."""
        added, errors = [], []
        for path in paths:
            try:
                added.append(attachments.add(self.desk, "complaints", self.case["id"], path))
            except DeskError as error:
                errors.append(str(error))
        self._show_detail()
        if errors:
            self.step_message.setText("\n".join(errors))
            self.step_message.show()
        return added

    def deadline_rows(self, case: dict) -> list[tuple[str, str]]:
        if case["policy_day_mode"] == "working":
            promise = self.tr("%n working day(s)", "", case["policy_days"])
        else:
            promise = self.tr("%n calendar day(s)", "", case["policy_days"])
        legal = rules.legal_deadline(case["kind"], date.fromisoformat(case["received_on"]))
        # DOMAIN D3.8: after an extension, the extended promise and the extended legal limit
        # side by side, each with the date it replaced
        policy_due, legal_due = case["policy_due"], case["legal_due"]
        if case["extension_days"] and case["extended_policy_due"]:
            policy_due, legal_due = case["extended_policy_due"], case["extended_legal_due"]
            promise = self.tr("{0}; extended from {1}").format(promise,
                                                                day_text(case["policy_due"]))
        rows = [(self.tr("Company's promise"), f"{day_text(policy_due)} ({promise})")]
        if legal is None:
            rows.append((self.tr("Legal deadline"), self.tr("none for this kind of request")))
        else:
            source = legal.source if legal_due == case["legal_due"] else self.tr(
                "{0}; extended from {1}").format(legal.source, day_text(case["legal_due"]))
            rows.append((self.tr("Legal deadline"), f"{day_text(legal_due)} ({source})"))
        if legal is not None and case["ack_due"]:  # Decree 13 set none (DOMAIN D3.7)
            acknowledged = local_time(case["acknowledged_at"]) if case["acknowledged_at"] \
                else self.tr("not yet")
            ack = self.tr("{0} (acknowledged: {1})").format(day_text(case["ack_due"]),
                                                           acknowledged)
            rows.append((self.tr("Acknowledge by"), Bold(ack_overdue_text(case))
                         if case["ack_overdue"] else ack))
        binds = binding_labels()[case["binding"]]
        rows.append((self.tr("Due"), Bold(self.tr("{0} · binding: {1}").format(
            day_text(case["due"]), binds))))
        if case["extension_days"]:
            rows.append((self.tr("Original due date"), day_text(case["original_due"])))
            rows.append((self.tr("Extension"), self.tr("%n day(s): {0}", "",
                                                       case["extension_days"]).format(
                case["extension_reason"])))
        return rows

    def identity_rows(self, case: dict) -> list[tuple[str, str]]:
        if not case["identity_result"]:
            return [(self.tr("Result"), self.tr("not recorded"))]
        return [(self.tr("Result"), identity_labels().get(case["identity_result"], "")),
                (self.tr("Method"), case["identity_method"]),
                (self.tr("Checked by"), self.tr("{0} on {1}").format(
                    case["identity_checked_by"], local_time(case["identity_checked_at"])))]

    @staticmethod
    def _section(title: str, rows: list[tuple[str, str]]) -> str:
        """A heading row and a row per fact; a fact without a name spans both columns."""
        out = [f"<tr><td colspan='2' style='padding-top:8px'><b>{escape(title)}</b></td></tr>"]
        for key, value in rows:
            if not value:
                continue
            text = f"<b>{escape(value)}</b>" if isinstance(value, Bold) else escape(value)
            if not key:
                out.append(f"<tr><td colspan='2' style='white-space:pre-wrap'>{text}</td></tr>")
                continue
            out.append(f"<tr><td style='color:#5b6680; padding-right:14px; white-space:nowrap'>"
                       f"{escape(key)}</td><td>{text}</td></tr>")
        return "".join(out)

    def _fill_timeline(self, case_id: int) -> None:
        self.timeline_rows = [(local_time(e["at"]), e["actor"], self.describe(e))
                              for e in complaints.timeline(self.desk, case_id)]
        head = "".join(f"<th align='left' style='color:#34405a'>{escape(h)}</th>"
                       for h in self.timeline_headers)
        rows = "".join(
            f"<tr><td style='color:#5b6680; white-space:nowrap'>{escape(when)}</td>"
            f"<td style='white-space:nowrap'>{escape(who)}</td><td>{escape(what)}</td></tr>"
            for when, who, what in self.timeline_rows)
        self.timeline.setHtml(f"<table width='100%' cellspacing='0' cellpadding='3'>"
                              f"<tr>{head}</tr>{rows}</table>")

    def describe(self, event: dict) -> str:
        """One step of the timeline in words (its event, core/eventlog.py), status names in
        the interface language."""
        if event["action"] == "insert":
            return self.tr("Case recorded")
        statuses, outcomes, results = status_labels(), outcome_labels(), identity_labels()
        text = event_text(event, {"from": lambda c: statuses.get(c, c),
                                  "to": lambda c: statuses.get(c, c),
                                  "outcome": lambda c: outcomes.get(c, c),
                                  "result": lambda c: results.get(c, c), "due": day_text})
        if text is not None:
            return text
        changed = {name for name, _old, _new in event["changes"]} - {"updated_at"}
        if not event["note"] and changed == {"reply_text"}:
            return self.tr("Reply text saved")
        return event["note"] or ", ".join(sorted(changed))

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
        texts = {"acknowledged": self.tr("Acknowledge"),
                 "identity_check": self.tr("Identity check…"),
                 "in_progress": self.tr("Start work"),
                 "on_hold": self.tr("Put on hold…"),
                 "answered": self.tr("Answer…"),
                 "closed": self.tr("Close…"),
                 "extend": self.tr("Extend…"),
                 "erase": self.tr("Erase personal data…")}
        for step, button in self.step_buttons.items():
            button.setText(texts[step])
        self.step_buttons["on_hold"].setToolTip(self.tr(
            "Wait for the requester; the deadline keeps running"))
        self.step_buttons["erase"].setToolTip(self.tr(
            "Erase the requester's personal data from this closed case and its audit trail"))
        self.attach_button.setText(self.tr("Attach files…"))
        self.letter_buttons["acknowledge"].setText(self.tr("Acknowledgement letter…"))
        self.letter_buttons["acknowledge"].setToolTip(self.tr(
            "The letter confirming receipt: case number, due date, the DPO's contact"))
        self.letter_buttons["reply"].setText(self.tr("Reply letter…"))
        self.letter_buttons["reply"].setToolTip(self.tr(
            "The letter carrying the reply text of the case; a refusal gives its reasons and "
            "the requester's recourse"))
        self.letter_buttons["identity"].setText(self.tr("Identity request…"))
        self.letter_buttons["identity"].setToolTip(self.tr(
            "The letter asking the requester to prove their identity"))
        self.letter_buttons["extension"].setText(self.tr("Extension notice…"))
        self.letter_buttons["extension"].setToolTip(self.tr(
            "The letter telling the requester of the extension, its reason and the new date"))
        self.timeline_title.setText(self.tr("Timeline"))
        self.timeline_headers = (self.tr("When"), self.tr("Who"), self.tr("What"))
        self.model.retranslate()
        self._update_count()
        self._show_detail()
