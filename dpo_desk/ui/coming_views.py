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


class RegisterView(_ComingView):
    name, icon_name = "register", "register"

    def retranslate(self) -> None:
        self.title.setText(self.tr("Data category register"))
        self.subtitle.setText(self.tr(
            "What personal data the company collects, whose, why, on which legal basis, "
            "where it is stored, who receives it and how long it is kept."))
        self.empty.heading.setText(self.tr("The register is not available in this version yet"))
        self.empty.text.setText(self.tr(
            "Nothing has been recorded here. The register of data categories, with the "
            "catalogue of basic and sensitive data of Decree 356, comes in a later version."))


class ComplaintsView(_ComingView):
    name, icon_name = "complaints", "complaints"

    def retranslate(self) -> None:
        self.title.setText(self.tr("Complaints and requests"))
        self.subtitle.setText(self.tr(
            "Complaints and data-subject requests, each answered within its deadline."))
        self.empty.heading.setText(self.tr(
            "Complaints and requests are not available in this version yet"))
        self.empty.text.setText(self.tr(
            "Nothing has been recorded here. Intake, deadlines under Decree 356, reminders "
            "and letters come in a later version."))


class IncidentsView(_ComingView):
    name, icon_name = "incidents", "incidents"

    def retranslate(self) -> None:
        self.title.setText(self.tr("Breach incidents"))
        self.subtitle.setText(self.tr(
            "Personal data breaches, the 72-hour clock and the notice to the Ministry of "
            "Public Security."))
        self.empty.heading.setText(self.tr("Incidents are not available in this version yet"))
        self.empty.text.setText(self.tr(
            "Nothing has been recorded here. The incident log, the 72-hour clock and the "
            "notice on form 08 come in a later version."))


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
