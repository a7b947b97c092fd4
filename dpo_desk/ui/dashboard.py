"""Tổng quan: the company profile, the database file and its integrity at a glance."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton

from dpo_desk.core import overview, settings
from dpo_desk.ui.formatting import file_size, local_time
from dpo_desk.ui.profile_form import long_captions
from dpo_desk.ui.widgets import Card, Page, Retranslating, label


class DashboardView(Retranslating, Page):
    name, icon_name = "dashboard", "dashboard"
    edit_profile_requested = Signal()
    check_requested = Signal()

    def __init__(self, desk, parent=None):
        super().__init__(parent)
        self.desk = desk
        self.check_result: tuple[int, str] | None = None  # (problems, when) of the last check
        grid = QGridLayout()
        grid.setSpacing(14)

        self.profile_card = Card()
        self.profile_badge = QLabel()
        self.profile_card.header.addWidget(self.profile_badge)
        self.profile_text = label(wrap=True)
        self.profile_button = QPushButton()
        self.profile_button.clicked.connect(self.edit_profile_requested)
        self.profile_card.layout_.addWidget(self.profile_text)
        self.profile_card.layout_.addStretch(1)
        self.profile_card.layout_.addWidget(self.profile_button)

        self.db_card = Card()
        self.db_text = label(wrap=True)
        self.db_card.layout_.addWidget(self.db_text)
        self.db_card.layout_.addStretch(1)

        self.check_card = Card()
        self.check_badge = QLabel()
        self.check_card.header.addWidget(self.check_badge)
        self.check_text = label(wrap=True)
        self.check_button = QPushButton()
        self.check_button.setObjectName("primary")
        self.check_button.clicked.connect(self.check_requested)
        self.check_card.layout_.addWidget(self.check_text)
        self.check_card.layout_.addStretch(1)
        self.check_card.layout_.addWidget(self.check_button)

        grid.addWidget(self.profile_card, 0, 0)
        grid.addWidget(self.db_card, 0, 1)
        grid.addWidget(self.check_card, 1, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.body.addLayout(grid)
        self.body.addStretch(1)
        self.retranslate()

    def set_desk(self, desk) -> None:
        self.desk = desk
        self.check_result = None
        self.refresh()

    def set_check_result(self, problems: int, when: str) -> None:
        self.check_result = (problems, when)
        self.refresh()


    def retranslate(self) -> None:
        self.title.setText(self.tr("Dashboard"))
        self.subtitle.setText(self.tr("Your company's data protection desk at a glance."))
        self.profile_card.title.setText(self.tr("Company profile"))
        self.profile_button.setText(self.tr("Edit the profile"))
        self.db_card.title.setText(self.tr("Database file"))
        self.check_card.title.setText(self.tr("Integrity and audit trail"))
        self.check_button.setText(self.tr("Check the database now"))
        self.refresh()

    def refresh(self) -> None:
        self._show_profile()
        self._show_database()
        self._show_check()

    def _show_profile(self) -> None:
        values = settings.get_all(self.desk)
        missing = settings.missing_essentials(self.desk)
        if missing:
            self.profile_badge.setObjectName("badgeWarn")
            self.profile_badge.setText(self.tr("Incomplete"))
        else:
            self.profile_badge.setObjectName("badgeOk")
            self.profile_badge.setText(self.tr("Complete"))
        self._repolish(self.profile_badge)
        dash = "—"
        lines = [
            f"<b>{_html(values['company_name']) or dash}</b>",
            self.tr("Tax code: {0}").format(_html(values["tax_code"]) or dash),
            _html(values["address"]) or dash,
            self.tr("Responsible for data protection: {0}").format(
                _html(values["dpo_name"]) or dash),
            " · ".join(x for x in (_html(values["dpo_phone"]), _html(values["dpo_email"])) if x),
        ]
        if missing:
            lines.append("<span style='color:#8a5a00'>" + self.tr(
                "Still missing: {0}. The notices to the authority need them.").format(
                ", ".join(long_captions()[key] for key in missing)) + "</span>")
        self.profile_text.setText("<br>".join(line for line in lines if line))

    def _show_database(self) -> None:
        info = overview.database_summary(self.desk)
        rows = [
            (self.tr("File"), _html(info["path"])),
            (self.tr("Size"), file_size(info["bytes"])),
            (self.tr("Schema version"), str(info["schema_version"])),
            (self.tr("Created"), local_time(info["created_at"])),
            (self.tr("Audit entries"), str(info["audit_entries"])),
            (self.tr("Last change"), self.tr("{0} by {1}").format(
                local_time(info["last_change_at"]), _html(info["last_change_by"]))
                if info["last_change_at"] else self.tr("none yet")),
        ]
        self.db_text.setText("<table cellspacing='0' cellpadding='2'>" + "".join(
            f"<tr><td style='color:#6b7590; padding-right:12px'>{k}</td><td>{v}</td></tr>"
            for k, v in rows) + "</table>")

    def _show_check(self) -> None:
        if self.check_result is None:
            self.check_badge.setObjectName("badgeWarn")
            self.check_badge.setText(self.tr("Not checked yet"))
            self.check_text.setText(self.tr(
                "The check verifies the file with SQLite, recomputes the hash chain of the "
                "audit trail and compares every record with its last audited state, so that "
                "edits made outside DPO Desk show up."))
        else:
            problems, when = self.check_result
            self.check_badge.setObjectName("badgeBad" if problems else "badgeOk")
            self.check_badge.setText(self.tr("{0} problem(s)").format(problems) if problems
                                     else self.tr("Intact"))
            self.check_text.setText(
                self.tr("Last checked {0}: {1} problem(s) found.").format(when, problems)
                if problems else self.tr("Last checked {0}: the file and its audit trail are "
                                         "intact.").format(when))
        self._repolish(self.check_badge)

    @staticmethod
    def _repolish(widget) -> None:
        widget.style().unpolish(widget)
        widget.style().polish(widget)


def _html(text) -> str:
    from html import escape

    return escape(str(text)) if text else ""
