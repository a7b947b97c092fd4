"""The start-up reminder: the cases overdue or due within two days, and those whose receipt was
not acknowledged in time (DOMAIN D3), non-modal, with a way into the complaints list."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QTreeWidgetItem,
)

from dpo_desk.core import clock, complaints, rules
from dpo_desk.ui.complaints_model import (
    ACK_TONE,
    TONES,
    ack_overdue_text,
    day_text,
    days_left_text,
    kind_labels,
    tone,
)
from dpo_desk.ui.widgets import (
    Retranslating,
    add_record_row,
    close_buttons,
    label,
    push_button,
    record_tree,
    report_layout,
    row_id,
    tree_ids,
)


def due_cases(desk) -> tuple[list[dict], list[dict], list[dict]]:
    """(overdue, due within two days, receipt not acknowledged in time and not already in
    the first two), most urgent first."""
    today = clock.today()
    overdue = complaints.list_cases(desk, complaints.Query(overdue=True), today=today)
    soon = complaints.list_cases(desk, complaints.Query(due_within_days=rules.DUE_SOON_DAYS),
                                 today=today)
    shown = {c["id"] for c in (*overdue, *soon)}
    unacknowledged = [c for c in complaints.list_cases(
        desk, complaints.Query(ack_overdue=True, order_by="received_on"), today=today)
        if c["id"] not in shown]
    return overdue, soon, unacknowledged


class ReminderDialog(Retranslating, QDialog):
    open_complaints = Signal()
    case_requested = Signal(int)

    def __init__(self, overdue: list[dict], soon: list[dict], parent=None, *,
                 unacknowledged: list[dict] = ()):
        super().__init__(parent)
        self.setObjectName("reminderDialog")
        self.setModal(False)
        self.setMinimumSize(800, 320)  # room for a name beside "Quá hạn 55 ngày · chưa xác nhận…"
        self.setStyleSheet("QTreeWidget#reminderCases { background: #ffffff; }"
                           "QTreeWidget#reminderCases::item { padding: 3px 0; }")
        self.overdue, self.soon, self.unacknowledged = overdue, soon, list(unacknowledged)
        self.badge = QLabel()
        self.badge.setObjectName("badgeBad" if overdue or unacknowledged else "badgeWarn")
        self.summary = label(wrap=True)
        self.cases = record_tree("reminderCases", 5)
        self.cases.itemActivated.connect(self._open_case)
        self.cases.itemDoubleClicked.connect(self._open_case)
        self.hint = label("muted", wrap=True)
        self.open_button = push_button("primary", self._open_list, default=True)
        self.buttons = close_buttons(self, self.open_button)
        report_layout(self, self.badge, self.summary, self.cases, self.hint, self.buttons,
                      spacing=10)
        self.retranslate()

    def case_ids(self) -> list[int]:
        return tree_ids(self.cases)

    def message(self) -> str:
        """The counts in one sentence (also the tray notification's text)."""
        parts = []
        if self.overdue:
            parts.append(self.tr("%n case(s) overdue", "", len(self.overdue)))
        if self.soon:
            parts.append(self.tr("%n case(s) due within 2 days", "", len(self.soon)))
        acks = sum(c["ack_overdue"] for c in (*self.overdue, *self.soon, *self.unacknowledged))
        if acks:
            parts.append(self.tr("%n case(s) whose receipt was not acknowledged in time", "",
                                 acks))
        return "; ".join(parts) + "."

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Deadlines to watch"))
        self.badge.setText(self.tr("Overdue") if self.overdue or self.unacknowledged
                           else self.tr("Due soon"))
        self.summary.setText(self.message() + " " + self.tr(
            "The law's deadlines keep running while a case waits; answer or extend these "
            "cases first."))
        self.hint.setText(self.tr("Double-click a case to open it."))
        self.open_button.setText(self.tr("Open the complaints list"))
        self.cases.setHeaderLabels(["#", self.tr("Requester"), self.tr("Kind"), self.tr("Due"),
                                    self.tr("Days left")])
        self._fill()

    def _fill(self) -> None:
        self.cases.clear()
        kinds = kind_labels()
        bold = QFont(self.cases.font())
        bold.setBold(True)
        for case in (*self.overdue, *self.soon, *self.unacknowledged):
            left = days_left_text(case)
            if case["ack_overdue"]:
                left = self.tr("{0} · not acknowledged").format(left)
            item = add_record_row(self.cases, case["id"], [
                case["requester_name"], kinds.get(case["kind"], case["kind"]),
                day_text(case["due"]), left])
            ink, _ = ACK_TONE if case["ack_overdue"] else TONES.get(tone(case), (None, None))
            if ink is not None:
                item.setForeground(4, ink)
            if case["ack_overdue"]:
                item.setToolTip(4, ack_overdue_text(case))
            item.setFont(4, bold)

    def _open_case(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        self.case_requested.emit(row_id(item))
        self.accept()

    def _open_list(self) -> None:
        self.open_complaints.emit()
        self.accept()
