"""Views whose records arrive with later versions: an honest empty state, never fake data."""

from __future__ import annotations

from dpo_desk.ui.widgets import EmptyState, Page, Retranslating


class _ComingView(Retranslating, Page):
    icon_name = ""

    def __init__(self, desk, parent=None):
        super().__init__(parent)
        self.desk = desk
        self.empty = EmptyState(self.icon_name)
        self.body.addWidget(self.empty, 1)
        self.retranslate()


    def refresh(self) -> None:
        """Nothing stored here yet."""

    def retranslate(self) -> None:
        raise NotImplementedError


class ReportsView(_ComingView):
    name, icon_name = "reports", "reports"

    def retranslate(self) -> None:
        self.title.setText(self.tr("Reports"))
        self.subtitle.setText(self.tr(
            "Printable reports of the register, complaints and incidents, and incident "
            "packets for auditors."))
        self.empty.heading.setText(self.tr("Reports are not available in this version yet"))
        self.empty.text.setText(self.tr(
            "Reports are drawn from the register, complaints and incidents, which arrive in "
            "later versions."))
