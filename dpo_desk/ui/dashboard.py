"""Tổng quan, the DPO's cockpit: every running clock first (open breach incidents with their
72-hour clocks, the complaints overdue, due soon or not acknowledged in time), the gaps in the
register and the privacy policy's checklist, then the last twelve months, the company profile,
the database file and its integrity. Every named record opens with a click.

After every change the cockpit is re-read from core's indexed queries (`overview.cockpit`,
a few milliseconds on 100,000 cases); the figures that scan every case (`overview.figures`)
follow from a worker thread with its own connection, so a step on a case never waits for
them. The incident clocks move on every minute without a query."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QBoxLayout, QGridLayout, QHBoxLayout, QScrollArea, QWidget

from dpo_desk.core import clock, overview, rules, settings, stats
from dpo_desk.ui.dashboard_cards import (
    STYLE,
    CasesCard,
    ChartCard,
    CheckCard,
    DatabaseCard,
    IncidentsCard,
    PolicyCard,
    ProfileCard,
    RegisterCard,
    StatTile,
    StatusCard,
)
from dpo_desk.ui.widgets import Card, Page, Retranslating, hbox, label, push_button, vbox

TICK_MS = 60_000  # the incident clocks move on every minute
NARROW = 900  # px of the view (a 1100 px window): the chart row stands in a column below
RATE_TONES = {"good": "ok", "fair": "warn", "poor": "bad"}  # the on-time tile's tint


class DashboardView(Retranslating, Page):
    name, icon_name = "dashboard", "dashboard"
    edit_profile_requested = Signal()
    check_requested = Signal()
    case_requested = Signal(int)  # the id of a case clicked in a list
    incident_requested = Signal(int)  # the id of an incident clicked
    entry_requested = Signal(int)  # the id of a register entry clicked
    complaints_requested = Signal()  # "open the complaints list"

    def __init__(self, desk, parent=None):
        super().__init__(parent)
        self.desk = desk
        self.check_result: tuple[int, str] | None = None  # (problems, when) of the last check
        self.shown_day = None  # the day the figures were computed for
        self.cockpit: dict | None = None  # the last `overview.cockpit`
        self.figures: dict | None = None  # the last `overview.figures`
        self.figures_runner = None  # the worker computing them (built on first use)
        self._figures_again = False  # data changed while the worker ran
        self.setStyleSheet(STYLE)
        content = QWidget()
        content.setObjectName("page")
        tiles = self._build_tiles()
        self.incidents_card = IncidentsCard()
        self.incidents_card.records.record_clicked.connect(self.incident_requested)
        column = vbox(tiles, self.incidents_card, margins=(0, 0, 10, 4), spacing=14,
                      parent=content)
        self.empty_card = self._build_empty_card()
        column.addWidget(self.empty_card)
        self.complaint_area = QWidget()
        vbox(self._build_lists(), margins=0, spacing=14, parent=self.complaint_area)
        column.addWidget(self.complaint_area)
        self.register_card = RegisterCard()
        self.register_card.records.record_clicked.connect(self.entry_requested)
        row = hbox((self.ack_card, 1), (self.register_card, 1), spacing=14)
        column.addLayout(row)
        self.policy_card = PolicyCard()
        self.policy_card.button.clicked.connect(self.open_policy_gaps)
        column.addWidget(self.policy_card)
        self.chart_area = QWidget()
        vbox(self._build_chart_row(), margins=0, parent=self.chart_area)
        column.addWidget(self.chart_area)
        column.addLayout(self._build_desk_cards())
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("dashboardScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        self.body.addWidget(scroll, 1)
        self._filled = False
        self.ticker = self.every(TICK_MS, self.tick)
        self.retranslate()

    def fill_after_paint(self) -> None:
        """The figures: the main window calls this right after its first paint, so the start
        never waits for the queries over a large file (issue 8, cold start), or at once when
        the view is opened later."""
        if not self._filled:
            self.refresh()

    # -- construction ------------------------------------------------------------------------

    def _build_tiles(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(14)
        self.tiles = {key: StatTile(key) for key in ("open", "overdue", "due_soon",
                                                     "ack_overdue", "on_time")}
        for key, tile in self.tiles.items():
            if key != "on_time":  # beside the chart (`_build_chart_row`)
                row.addWidget(tile, 1)
        return row

    def _build_empty_card(self) -> Card:
        card = Card()
        card.setObjectName("card")
        self.empty_text = label(wrap=True)
        self.empty_button = push_button(clicked=self.complaints_requested)
        card.layout_.addWidget(self.empty_text)
        card.layout_.addWidget(self.empty_button, 0, Qt.AlignmentFlag.AlignLeft)
        return card

    def open_policy_gaps(self):
        from dpo_desk.ui.dialogs.policy_gaps import PolicyGapsDialog

        dialog = PolicyGapsDialog(self.desk, self)
        dialog.changed.connect(self.refresh)
        dialog.open()
        return dialog

    def _cases_card(self, object_name: str) -> CasesCard:
        card = CasesCard(object_name)
        card.more_button.clicked.connect(self.complaints_requested)
        card.cases.record_clicked.connect(self.case_requested)
        return card

    def _build_lists(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(14)
        self.overdue_card = self._cases_card("overdue")
        self.soon_card = self._cases_card("due_soon")
        self.ack_card = self._cases_card("ack_overdue")
        row.addWidget(self.overdue_card, 1)
        row.addWidget(self.soon_card, 1)
        return row

    def _build_chart_row(self) -> QHBoxLayout:
        row = self.chart_row = QHBoxLayout()
        row.setSpacing(14)
        self.chart_card = ChartCard()
        self.status_card = StatusCard()
        side = vbox(self.tiles["on_time"], (self.status_card, 1), spacing=14)
        row.addWidget(self.chart_card, 5)
        row.addLayout(side, 3)
        return row

    def _build_desk_cards(self) -> QGridLayout:
        self.profile_card = ProfileCard(clicked=self.edit_profile_requested)
        self.db_card = DatabaseCard()
        self.db_card.erase_button.clicked.connect(self.complaints_requested)
        self.check_card = CheckCard("primary", self.check_requested)
        grid = QGridLayout()
        grid.setSpacing(14)
        grid.addWidget(self.profile_card, 0, 0)
        grid.addWidget(self.db_card, 0, 1)
        grid.addWidget(self.check_card, 1, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        return grid

    # -- state -------------------------------------------------------------------------------

    def set_desk(self, desk) -> None:
        self.desk = desk
        self.check_result = None
        self.figures = None
        self.refresh()

    def set_check_result(self, problems: int, when: str) -> None:
        self.check_result = (problems, when)
        self.check_card.show_check(self.check_result)

    def retranslate(self) -> None:
        self.set_heading(self.tr("Dashboard"),
                         self.tr("Every running clock of your data protection desk."))
        self.tiles["open"].caption.setText(self.tr("Open cases"))
        self.tiles["overdue"].caption.setText(self.tr("Overdue"))
        self.tiles["due_soon"].caption.setText(self.tr("Due within %n day(s)", "",
                                                       rules.DUE_SOON_DAYS))
        self.tiles["ack_overdue"].caption.setText(self.tr("Not acknowledged"))
        self.tiles["on_time"].caption.setText(self.tr("Settled on time"))
        self.empty_card.title.setText(self.tr("Complaints and requests"))
        self.empty_text.setText(self.tr(
            "No complaint or request has been recorded yet. When you record one under "
            "Complaints & requests, its deadline, the cases overdue or due soon and the "
            "figures of the last twelve months appear here."))
        self.empty_button.setText(self.tr("Go to complaints and requests"))
        due = ["#", self.tr("Requester"), self.tr("Due"), self.tr("Days left")]
        self.overdue_card.set_texts(self.tr("Overdue"), due, self.tr("Nothing is overdue."))
        self.soon_card.set_texts(self.tr("Due within %n day(s)", "", rules.DUE_SOON_DAYS), due,
                                 self.tr("Nothing falls due in the next two days."))
        self.ack_card.set_texts(self.tr("Receipt not acknowledged"), [
            "#", self.tr("Requester"), self.tr("Acknowledge by"), self.tr("Late")],
            self.tr("Every request was acknowledged in time."))
        for card in (self.incidents_card, self.register_card, self.policy_card,
                     self.chart_card, self.status_card, self.profile_card, self.db_card,
                     self.check_card):
            card.retranslate()
        if self._filled:
            self._show_cockpit()
            self._show_figures()
            self._show_profile()
            self.check_card.show_check(self.check_result)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Narrower than NARROW, the 12-month chart and its side column stand one above
        the other: side by side the months' labels ran into each other and the statuses and
        the chart's caption were cut."""
        super().resizeEvent(event)
        direction = QBoxLayout.Direction.TopToBottom if event.size().width() < NARROW \
            else QBoxLayout.Direction.LeftToRight
        if self.chart_row.direction() != direction:
            self.chart_row.setDirection(direction)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        # left open overnight: the days left moved
        if self._filled and self.shown_day != clock.today():
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        """The cockpit now (indexed queries), the figures from the worker."""
        self._filled = True
        self.shown_day = clock.today()
        self.cockpit = overview.cockpit(self.desk, now=clock.now())
        self._show_cockpit()
        self._show_profile()
        self.check_card.show_check(self.check_result)
        self.refresh_figures()

    def tick(self) -> None:
        """Every minute: the incident clocks move on (no query)."""
        if self.cockpit is not None and self.cockpit["incidents"]:
            self.cockpit["now"] = clock.now()
            self._show_incidents()

    # -- the figures, off the GUI thread -------------------------------------------------------

    def refresh_figures(self) -> None:
        from dpo_desk.ui.jobs import JobRunner

        if self.figures_runner is None:
            self.figures_runner = JobRunner(self)
            self.figures_runner.finished.connect(self._on_figures)
        if self.figures_runner.busy():
            self._figures_again = True
            return
        today = self.shown_day
        self.figures_runner.start(self.desk.path,
                                  lambda desk, _job: overview.figures(desk, today=today))

    def wait_for_figures(self) -> None:
        """Block until the figures shown are those of the data now (tests, screenshots)."""
        while self.figures_runner is not None and self.figures_runner.busy():
            self.figures_runner.wait()

    def _on_figures(self, outcome) -> None:
        if self._figures_again:
            self._figures_again = False
            self.refresh_figures()
            return
        if isinstance(outcome, dict) and outcome["database"]["path"] == str(self.desk.path):
            self.figures = outcome
            self._show_figures()

    # -- the cockpit ---------------------------------------------------------------------------

    def _show_cockpit(self) -> None:
        if self.cockpit is None:
            return
        counts = self.cockpit["complaints"]
        recorded = counts["total"] > 0
        self.empty_card.setVisible(not recorded)
        for widget in (self.complaint_area, self.chart_area, self.ack_card,
                       *self.tiles.values()):
            widget.setVisible(recorded)
        self._show_incidents()
        self.register_card.show_health(self.cockpit["register"])
        self.policy_card.show_checklist(self.cockpit["policy_gaps"])
        if not recorded:
            return
        self._show_tiles(counts)
        self.overdue_card.show_cases(counts["overdue_cases"], counts["overdue"], "badgeBad")
        self.soon_card.show_cases(counts["due_soon_cases"], counts["due_soon"], "badgeWarn")
        self.ack_card.show_cases(counts["ack_overdue_cases"], counts["ack_overdue"],
                                 "badgeBad", acknowledgement=True)

    def _show_incidents(self) -> None:
        self.incidents_card.show_incidents(self.cockpit["incidents"], self.cockpit["now"])

    def _show_tiles(self, counts: dict) -> None:
        tiles = self.tiles
        tiles["open"].value.setText(str(counts["open"]))
        tiles["open"].note.setText(self.tr("of {0} recorded").format(counts["total"]))
        tiles["open"].set_tone("")
        tiles["overdue"].value.setText(str(counts["overdue"]))
        tiles["overdue"].note.setText(self.tr("past the binding due date"))
        tiles["overdue"].set_tone("bad" if counts["overdue"] else "ok")
        tiles["due_soon"].value.setText(str(counts["due_soon"]))
        tiles["due_soon"].note.setText(self.tr("from today to the day after tomorrow"))
        tiles["due_soon"].set_tone("warn" if counts["due_soon"] else "ok")
        tiles["ack_overdue"].value.setText(str(counts["ack_overdue"]))
        tiles["ack_overdue"].note.setText(self.tr("past the 2 working days to acknowledge"))
        tiles["ack_overdue"].set_tone("bad" if counts["ack_overdue"] else "ok")

    def _show_rate_tile(self, year: dict) -> None:
        tile = self.tiles["on_time"]
        if year["rate"] is None:
            tile.value.setText("—")
            tile.note.setText(self.tr("none settled in 12 months"))
            tile.set_tone("")
        else:
            tile.value.setText(f"{round(100 * year['rate'])}%")
            tile.note.setText(self.tr("{0} of {1} settled in 12 months")
                              .format(year["on_time"], year["settled"]))
            tile.set_tone(RATE_TONES[rules.on_time_verdict(year["rate"])])

    def _show_figures(self) -> None:
        if self.figures is None:
            return
        year = stats.totals(self.figures["months"])
        self._show_rate_tile(year)
        self.chart_card.show_months(self.figures["months"], year)
        self.status_card.show_statuses(self.figures["by_status"])
        self.db_card.show_database(self.figures["database"])
        self.db_card.show_erasable(self.figures["erasable"])

    def _show_profile(self) -> None:
        self.profile_card.show_profile(settings.get_all(self.desk),
                                       settings.missing_essentials(self.desk))
