"""Tools > Check database: what the check found, each problem named."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QListWidget

from dpo_desk.core.audit import Problem
from dpo_desk.ui.i18n import core_message
from dpo_desk.ui.widgets import Retranslating, close_buttons, label, report_layout


class CheckResultDialog(Retranslating, QDialog):
    """`read_only`: the problems found when the file was opened, which keep it read-only
    (a planted trigger, a rolled-back copy, a damaged head: issue 14)."""

    def __init__(self, problems: list[Problem], entries: int, path: str, parent=None, *,
                 read_only: bool = False):
        super().__init__(parent)
        self.setObjectName("checkDialog")
        self.problems, self.entries, self.path = problems, entries, path
        self.read_only = read_only
        self.setMinimumSize(640, 300 if problems else 200)
        self.badge = QLabel()
        self.badge.setObjectName("badgeBad" if problems else "badgeOk")
        self.summary = label(wrap=True)
        self.summary.setMinimumWidth(590)
        self.list = QListWidget()
        self.list.setObjectName("problemList")
        self.list.setWordWrap(True)
        self.list.setVisible(bool(problems))
        self.buttons = close_buttons(self)
        layout = report_layout(self, self.badge, self.summary, self.list)
        if not problems:
            layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.retranslate()


    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Check database"))
        self.list.clear()
        self.list.addItems([core_message(p) for p in self.problems])
        if self.problems and self.read_only:
            self.setWindowTitle(self.tr("Opened read-only"))
            self.badge.setText(self.tr("Read-only: %n problem(s) found", "",
                                       len(self.problems)))
            self.summary.setText(self.tr(
                "{0} was opened read-only: you can read and print, but nothing can be saved "
                "until the problems below are resolved. Restore a backup (File > Restore); if "
                "you put an older copy back on purpose, restore it through File > Restore so "
                "that this computer accepts it.").format(self.path))
        elif self.problems:
            self.badge.setText(self.tr("%n problem(s) found", "", len(self.problems)))
            self.summary.setText(self.tr(
                "{0} does not match its audit trail or is damaged. Each problem below names "
                "the record and what differs. Restore a backup or investigate who changed the "
                "file outside DPO Desk.").format(self.path))
        else:
            self.badge.setText(self.tr("Intact"))
            self.summary.setText(self.tr(
                "SQLite finds {0} intact, the audit trail's {1} entries form an unbroken hash "
                "chain, and every record matches its last audited state.").format(
                    self.path, self.entries))
