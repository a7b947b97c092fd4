"""Tools > Check database: what the check found, each problem named."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QVBoxLayout

from dpo_desk.core.audit import Problem
from dpo_desk.ui.i18n import core_message
from dpo_desk.ui.widgets import Retranslating, label


class CheckResultDialog(Retranslating, QDialog):
    def __init__(self, problems: list[Problem], entries: int, path: str, parent=None):
        super().__init__(parent)
        self.setObjectName("checkDialog")
        self.problems, self.entries, self.path = problems, entries, path
        self.setMinimumSize(640, 300 if problems else 200)
        self.badge = QLabel()
        self.badge.setObjectName("badgeBad" if problems else "badgeOk")
        self.summary = label(wrap=True)
        self.summary.setMinimumWidth(590)
        self.list = QListWidget()
        self.list.setObjectName("problemList")
        self.list.setWordWrap(True)
        self.list.setVisible(bool(problems))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 14)
        layout.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        if not problems:
            layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.retranslate()


    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Check database"))
        self.list.clear()
        self.list.addItems([core_message(p) for p in self.problems])
        if self.problems:
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
