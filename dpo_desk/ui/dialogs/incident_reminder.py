"""The start-up reminder of breach notices not yet sent (issue 6: "a reminder on start-up for
every open incident whose notice is not yet sent"), with each one's 72-hour clock."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
)

from dpo_desk.core import clock, incidents, rules
from dpo_desk.ui.dialogs.incident_form import WORDS
from dpo_desk.ui.formatting import local_time
from dpo_desk.ui.widgets import (
    Retranslating,
    add_record_row,
    close_buttons,
    label,
    push_button,
    report_layout,
    row_id,
    tree_ids,
)

RED, AMBER = QColor("#a11d1d"), QColor("#8a5a00")


def awaiting(desk) -> list[dict]:
    return incidents.awaiting_notice(desk)


class IncidentReminderDialog(Retranslating, QDialog):
    open_incidents = Signal()
    incident_requested = Signal(int)

    def __init__(self, pending: list[dict], parent=None):
        super().__init__(parent)
        self.setObjectName("incidentReminderDialog")
        self.setModal(False)
        self.setMinimumSize(680, 260)
        self.pending = pending
        self.badge = QLabel()
        self.badge.setObjectName("badgeBad")
        self.summary = label(wrap=True)
        self.list = QTreeWidget()
        self.list.setObjectName("reminderIncidents")
        self.list.setRootIsDecorated(False)
        self.list.setAllColumnsShowFocus(True)  # the whole row current, not a boxed first cell
        self.list.setColumnCount(4)
        header = self.list.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.list.itemDoubleClicked.connect(self._open_incident)
        self.list.itemActivated.connect(self._open_incident)
        self.open_button = push_button("primary", self._open_list)
        self.buttons = close_buttons(self, self.open_button)
        report_layout(self, self.badge, self.summary, self.list, self.buttons)
        self.retranslate()

    def incident_ids(self) -> list[int]:
        return tree_ids(self.list)

    def message(self) -> str:
        return self.tr("%n breach notice(s) to the Ministry of Public Security not sent yet",
                       "", len(self.pending))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Breach notices to send"))
        self.badge.setText(self.tr("72-hour deadline"))
        self.summary.setText(self.message() + ". " + self.tr(
            "The notice is due 72 hours after discovery (Law 91/2025, Art. 23); a late notice "
            "must give the reason for the delay."))
        self.open_button.setText(self.tr("Open the incidents"))
        self.list.setHeaderLabels(["#", self.tr("Incident"), self.tr("Notify by"),
                                   self.tr("Time left")])
        self.list.clear()
        now = clock.now()
        for incident in self.pending:
            state, minutes = rules.notice_clock(incident, now)
            left = WORDS.clock(state, minutes)
            item = add_record_row(self.list, incident["id"], [
                incident["title"], local_time(incident["notify_by"]), left])
            item.setForeground(3, RED if state == "overdue" else AMBER
                               if rules.clock_urgent(state, minutes) else QColor("#1b6b35"))

    def _open_incident(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        self.incident_requested.emit(row_id(item))
        self.accept()

    def _open_list(self) -> None:
        self.open_incidents.emit()
        self.accept()
