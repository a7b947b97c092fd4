"""Tổng quan, the DPO's cockpit: every running clock first (open breach incidents with their
72-hour clocks, the complaints overdue, due soon or not acknowledged in time), the gaps in the
register and the privacy policy's checklist, then the last twelve months, the company profile,
the database file and its integrity. Every named record opens with a click.

After every change the cockpit is re-read from core's indexed queries (`overview.cockpit`,
a few milliseconds on 100,000 cases); the figures that scan every case (`overview.figures`)
follow from a worker thread with its own connection, so a step on a case never waits for
them. The incident clocks move on every minute without a query."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QScrollArea,
    QToolTip,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.core import clock, complaints, overview, rules, settings, stats
from dpo_desk.ui.complaints_model import (
    ACK_TONE,
    TONES,
    ack_overdue_text,
    day_text,
    days_left_text,
    status_labels,
    tone,
)
from dpo_desk.ui.formatting import file_size, local_time
from dpo_desk.ui.profile_form import long_captions
from dpo_desk.ui.widgets import Card, Page, Retranslating, hbox, label, push_button, vbox

LIST_LIMIT = overview.LIST_LIMIT  # records named in each list
ID_ROLE = Qt.ItemDataRole.UserRole
TICK_MS = 60_000  # the incident clocks move on every minute
INK, MUTED, GRID = QColor("#17233d"), QColor("#6b7590"), QColor("#e6eaf2")
BAR, LINE = QColor("#3567d8"), QColor("#1b8a4a")
LOCAL_STYLE = """
QFrame#statTile { background: #ffffff; border: 1px solid #dfe4ee; border-radius: 10px; }
QFrame#statTile[tone="bad"] { background: #fdf1f1; border-color: #f1c4c4; }
QFrame#statTile[tone="warn"] { background: #fff8e8; border-color: #f0dcae; }
QFrame#statTile[tone="ok"] { background: #f0f9f3; border-color: #c7e6d1; }
QLabel#statValue { font-size: 20pt; font-weight: bold; color: #17233d; }
QFrame#statTile[tone="bad"] QLabel#statValue { color: #a11d1d; }
QFrame#statTile[tone="warn"] QLabel#statValue { color: #8a5a00; }
QFrame#statTile[tone="ok"] QLabel#statValue { color: #1b6b35; }
QLabel#statCaption { color: #34405a; font-weight: bold; }
QLabel#statNote { color: #6b7590; font-size: 9pt; }
QTreeWidget#caseList { border: none; background: #ffffff; }
QTreeWidget#caseList::item { padding: 3px 0; }
QTreeWidget#caseList::item:hover { background: #eef2fa; }
QLabel#listEmpty { color: #1b6b35; padding: 10px 2px; }
QPushButton#linkButton { border: none; background: transparent; color: #3567d8;
    padding: 2px 4px; }
QPushButton#linkButton:hover { text-decoration: underline; }
QProgressBar#statusBar { background: #eef1f6; border: none; border-radius: 4px; }
QProgressBar#statusBar::chunk { background: #7d9ee6; border-radius: 4px; }
"""


class StatTile(QFrame):
    """One figure with its caption and a note, tinted by tone ("bad", "warn", "ok", "")."""

    def __init__(self, key: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("statTile")
        self.setProperty("key", key)
        self.caption = label("statCaption")
        self.value = label("statValue")
        self.note = label("statNote", wrap=True)
        words = QVBoxLayout()
        words.setSpacing(0)
        # centred by stretches: with an alignment flag the wrapped note lost its height
        words.addStretch(1)
        words.addWidget(self.caption)
        words.addWidget(self.note)
        words.addStretch(1)
        hbox(self.value, (words, 1), margins=(14, 8, 14, 8), spacing=12, parent=self)

    def set_tone(self, tone_name: str) -> None:
        if self.property("tone") == tone_name:
            return  # re-polishing costs a millisecond a tile, at every refresh
        self.setProperty("tone", tone_name)
        for widget in (self, self.value):
            widget.style().unpolish(widget)
            widget.style().polish(widget)


class RecordList(QTreeWidget):
    """A short list of records, as tall as its rows; a click (or Enter) on a row emits the
    record's id."""

    record_clicked = Signal(int)

    def __init__(self, object_name: str, columns: int = 4, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("caseList")
        self.setProperty("list", object_name)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAllColumnsShowFocus(True)
        self.setSelectionMode(QTreeWidget.SelectionMode.NoSelection)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMouseTracking(True)
        self.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
        self.setColumnCount(columns)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.itemClicked.connect(self._emit)
        self.itemActivated.connect(self._emit)
        self.bold = QFont(self.font())
        self.bold.setBold(True)

    def add_row(self, record_id: int, texts: list[str], inks: dict[int, QColor],
                tip: str = "") -> QTreeWidgetItem:
        item = QTreeWidgetItem([f"#{record_id}", *texts])
        item.setData(0, ID_ROLE, record_id)
        item.setForeground(0, MUTED)
        for column, ink in inks.items():
            item.setForeground(column, ink)
            item.setFont(column, self.bold)
        if tip:
            item.setToolTip(1, tip)
        self.addTopLevelItem(item)
        return item

    def record_ids(self) -> list[int]:
        return [self.topLevelItem(i).data(0, ID_ROLE) for i in range(self.topLevelItemCount())]

    def _emit(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        self.record_clicked.emit(item.data(0, ID_ROLE))

    def fit_height(self) -> None:
        """As tall as its rows: the page scrolls, not the list."""
        rows = self.topLevelItemCount()
        row_height = self.sizeHintForRow(0) if rows else 0
        self.setFixedHeight(self.header().sizeHint().height() + row_height * rows + 4)


class CaseList(RecordList):
    """Cases: #id, requester, due date, days left; or, for the acknowledgements, the day to
    acknowledge by and how late."""

    def set_cases(self, cases: list[dict], *, acknowledgement: bool = False) -> None:
        self.clear()
        today = clock.today()
        for case in cases:
            if acknowledgement:
                late = (today - date.fromisoformat(case["ack_due"])).days
                texts = [case["requester_name"], day_text(case["ack_due"]),
                         self.tr("%n day(s) late", "", late)]
                ink, tip = ACK_TONE[0], ack_overdue_text(case)
            else:
                texts = [case["requester_name"], day_text(case["due"]), days_left_text(case)]
                ink, tip = TONES.get(tone(case), (INK, None))[0], case["summary"]
            self.add_row(case["id"], texts, {3: ink}, tip or case["requester_name"])
        self.fit_height()

    def case_ids(self) -> list[int]:
        return self.record_ids()


class MonthlyChart(Retranslating, QWidget):
    """Bars: complaints received per month; line: the share settled on time that month."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("monthlyChart")
        self.rows: list[dict] = []
        self.setMinimumHeight(190)
        self.setMouseTracking(True)

    def set_rows(self, rows: list[dict]) -> None:
        self.rows = rows
        self.update()

    def retranslate(self) -> None:
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(560, 200)

    # -- geometry ----------------------------------------------------------------------------

    def _plot(self) -> QRectF:
        return QRectF(self.rect()).adjusted(34, 30, -44, -26)

    def _scale_max(self) -> int:
        """A round top for the count axis, so that its four steps are whole numbers."""
        top = max([r["received"] for r in self.rows] + [1])
        for step in (1, 2, 3, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000):
            if step * 4 >= top:
                return step * 4
        return -(-top // 4) * 4

    def _slot(self, index: int) -> QRectF:
        plot = self._plot()
        width = plot.width() / max(len(self.rows), 1)
        return QRectF(plot.left() + index * width, plot.top(), width, plot.height())

    # -- painting ----------------------------------------------------------------------------

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        small = QFont(self.font())
        small.setPointSizeF(max(small.pointSizeF() - 1.5, 7))
        painter.setFont(small)
        if not any(r["received"] or r["settled"] for r in self.rows):
            painter.setPen(MUTED)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr(
                "No complaints were received or settled in the last 12 months."))
            return
        self._draw_axes(painter)
        self._draw_bars(painter)
        self._draw_rate(painter)
        self._draw_legend(painter)

    def _draw_axes(self, painter: QPainter) -> None:
        plot, top = self._plot(), self._scale_max()
        for step in range(5):
            y = plot.bottom() - plot.height() * step / 4
            painter.setPen(QPen(GRID, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(MUTED)
            painter.drawText(QRectF(0, y - 8, plot.left() - 6, 16),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             str(top * step // 4))
            painter.setPen(LINE)
            painter.drawText(QRectF(plot.right() + 6, y - 8, 40, 16),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             f"{25 * step}%")
        painter.setPen(MUTED)
        for index, row in enumerate(self.rows):
            slot = self._slot(index)
            year, month = row["month"].split("-")
            painter.drawText(QRectF(slot.left(), plot.bottom() + 4, slot.width(), 18),
                             Qt.AlignmentFlag.AlignCenter, f"{month}/{year[2:]}")

    def _draw_bars(self, painter: QPainter) -> None:
        plot, top = self._plot(), self._scale_max()
        for index, row in enumerate(self.rows):
            if not row["received"]:
                continue
            slot = self._slot(index)
            height = plot.height() * row["received"] / top
            width = min(slot.width() * 0.56, 34)
            bar = QRectF(slot.center().x() - width / 2, plot.bottom() - height, width, height)
            path = QPainterPath()
            path.addRoundedRect(bar.adjusted(0, 0, 0, 4), 3, 3)
            painter.save()
            painter.setClipRect(QRectF(plot.left(), plot.top() - 20, plot.width(),
                                       plot.height() + 20))
            painter.fillPath(path, BAR)
            painter.restore()
            # the count sits inside a tall bar, where the on-time line cannot cover it
            inside = height >= 22
            painter.setPen(QColor("#ffffff") if inside else INK)
            painter.drawText(QRectF(slot.left(), bar.top() + 2 if inside else bar.top() - 17,
                                    slot.width(), 16), Qt.AlignmentFlag.AlignCenter,
                             str(row["received"]))

    def _rate_point(self, index: int) -> QPointF:
        plot = self._plot()
        return QPointF(self._slot(index).center().x(),
                       plot.bottom() - plot.height() * self.rows[index]["rate"])

    def _draw_rate(self, painter: QPainter) -> None:
        points = [self._rate_point(i) for i, r in enumerate(self.rows) if r["rate"] is not None]
        painter.setPen(QPen(LINE, 2))
        for start, end in zip(points, points[1:], strict=False):
            painter.drawLine(start, end)
        painter.setBrush(QColor("#ffffff"))
        for point in points:
            painter.drawEllipse(point, 3.5, 3.5)

    def _draw_legend(self, painter: QPainter) -> None:
        x, y = self._plot().left(), 6.0
        painter.fillRect(QRectF(x, y + 3, 12, 12), BAR)
        painter.setPen(INK)
        received = self.tr("Received")
        width = painter.fontMetrics().horizontalAdvance(received)
        painter.drawText(QRectF(x + 18, y, width + 4, 18), Qt.AlignmentFlag.AlignVCenter,
                         received)
        x += 18 + width + 22
        painter.setPen(QPen(LINE, 2))
        painter.drawLine(QPointF(x, y + 9), QPointF(x + 18, y + 9))
        painter.setBrush(QColor("#ffffff"))
        painter.drawEllipse(QPointF(x + 9, y + 9), 3.5, 3.5)
        painter.setPen(INK)
        painter.drawText(QRectF(x + 24, y, self.width() - x - 24, 18),
                         Qt.AlignmentFlag.AlignVCenter,
                         self.tr("Settled on time (% of the cases answered or closed that "
                                 "month)"))

    # -- tooltips ----------------------------------------------------------------------------

    def month_at(self, x: float) -> int | None:
        for index in range(len(self.rows)):
            slot = self._slot(index)
            if slot.left() <= x < slot.right():
                return index
        return None

    def describe(self, index: int) -> str:
        row = self.rows[index]
        year, month = row["month"].split("-")
        text = self.tr("{0}/{1}: {2} received, {3} answered or closed").format(
            month, year, row["received"], row["settled"])
        if row["rate"] is not None:
            text += "\n" + self.tr("{0} of them by the due date ({1}%)").format(
                row["on_time"], round(100 * row["rate"]))
        return text

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 - Qt override
        index = self.month_at(event.position().x())
        if index is None or not self.rows:
            QToolTip.hideText()
        else:
            QToolTip.showText(event.globalPosition().toPoint(), self.describe(index), self)
        super().mouseMoveEvent(event)


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
        self.setStyleSheet(LOCAL_STYLE)
        content = QWidget()
        content.setObjectName("page")
        column = vbox(self._build_tiles(), self._build_incidents_card(), margins=(0, 0, 10, 4),
                      spacing=14, parent=content)
        self.empty_card = self._build_empty_card()
        column.addWidget(self.empty_card)
        self.complaint_area = QWidget()
        vbox(self._build_lists(), margins=0, spacing=14, parent=self.complaint_area)
        column.addWidget(self.complaint_area)
        row = hbox((self.ack_card, 1), (self._build_register_card(), 1), spacing=14)
        column.addLayout(row)
        column.addWidget(self._build_policy_card())
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
        self.ticker = QTimer(self)
        self.ticker.setInterval(TICK_MS)
        self.ticker.timeout.connect(self.tick)
        self.ticker.start()
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

    def _build_incidents_card(self) -> Card:
        """The breach clocks (DOMAIN D4.2, D4.5): each open incident, its notice to the
        authority and, where location or biometric data are involved, to the people."""
        self.incidents_card = card = Card()
        self.incidents_badge = QLabel()
        card.header.addWidget(self.incidents_badge)
        self.incident_list = RecordList("incidents")
        self.incident_list.record_clicked.connect(self.incident_requested)
        self.incidents_empty = label("listEmpty", wrap=True)
        card.layout_.addWidget(self.incident_list)
        card.layout_.addWidget(self.incidents_empty)
        return card

    def _build_register_card(self) -> Card:
        self.register_card = card = Card()
        self.register_badge = QLabel()
        card.header.addWidget(self.register_badge)
        self.register_counts = label(wrap=True)
        self.register_list = RecordList("register", columns=3)
        self.register_list.record_clicked.connect(self.entry_requested)
        self.register_note = label("statNote", wrap=True)
        card.layout_.addWidget(self.register_counts)
        card.layout_.addWidget(self.register_list)
        card.layout_.addWidget(self.register_note)
        return card

    def _build_policy_card(self) -> Card:
        """The privacy policy's gaps still open (issue 18), until each is resolved."""
        self.policy_card = card = Card()
        self.policy_badge = QLabel()
        card.header.addWidget(self.policy_badge)
        self.policy_text = label(wrap=True)
        self.policy_button = push_button("linkButton", self.open_policy_gaps)
        self.policy_button.setCursor(Qt.CursorShape.PointingHandCursor)
        card.layout_.addWidget(self.policy_text)
        card.layout_.addWidget(self.policy_button, 0, Qt.AlignmentFlag.AlignLeft)
        return card

    def open_policy_gaps(self):
        from dpo_desk.ui.dialogs.policy_gaps import PolicyGapsDialog

        dialog = PolicyGapsDialog(self.desk, self)
        dialog.changed.connect(self.refresh)
        dialog.open()
        return dialog

    def _list_card(self, object_name: str) -> tuple[Card, CaseList, QLabel, QLabel]:
        card = Card()
        badge = QLabel()
        more = push_button("linkButton")
        more.setCursor(Qt.CursorShape.PointingHandCursor)
        more.clicked.connect(self.complaints_requested)
        card.header.addWidget(badge)
        card.header.addWidget(more)
        cases = CaseList(object_name)
        cases.record_clicked.connect(self.case_requested)
        empty = label("listEmpty", wrap=True)
        card.layout_.addWidget(cases, 1)
        card.layout_.addWidget(empty)
        card.layout_.addStretch(0)
        card.more_button = more
        return card, cases, badge, empty

    def _build_lists(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(14)
        (self.overdue_card, self.overdue_list, self.overdue_badge,
         self.overdue_empty) = self._list_card("overdue")
        (self.soon_card, self.soon_list, self.soon_badge,
         self.soon_empty) = self._list_card("due_soon")
        (self.ack_card, self.ack_list, self.ack_badge,
         self.ack_empty) = self._list_card("ack_overdue")
        row.addWidget(self.overdue_card, 1)
        row.addWidget(self.soon_card, 1)
        return row

    def _build_chart_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(14)
        self.chart_card = Card()
        self.chart_badge = label("muted")
        self.chart_card.header.addWidget(self.chart_badge)
        self.chart = MonthlyChart()
        self.chart_card.layout_.addWidget(self.chart, 1)
        self.status_card = Card()
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(7)
        self.status_names: dict[str, QLabel] = {}
        self.status_counts: dict[str, QLabel] = {}
        self.status_bars: dict[str, QProgressBar] = {}
        for number, status in enumerate(complaints.STATUSES):
            self.status_names[status] = label()
            self.status_counts[status] = label()
            self.status_counts[status].setAlignment(Qt.AlignmentFlag.AlignRight)
            bar = QProgressBar()
            bar.setObjectName("statusBar")
            bar.setTextVisible(False)
            bar.setFixedHeight(8)
            self.status_bars[status] = bar
            grid.addWidget(self.status_names[status], number, 0)
            grid.addWidget(bar, number, 1)
            grid.addWidget(self.status_counts[status], number, 2)
        grid.setColumnStretch(1, 1)
        self.status_card.layout_.addLayout(grid)
        self.status_card.layout_.addStretch(1)
        side = vbox(self.tiles["on_time"], (self.status_card, 1), spacing=14)
        row.addWidget(self.chart_card, 5)
        row.addLayout(side, 3)
        return row

    def _build_desk_cards(self) -> QGridLayout:
        self.profile_card = Card()
        self.profile_badge = QLabel()
        self.profile_card.header.addWidget(self.profile_badge)
        self.profile_text = label(wrap=True)
        self.profile_button = push_button(clicked=self.edit_profile_requested)
        self.profile_card.layout_.addWidget(self.profile_text)
        self.profile_card.layout_.addStretch(1)
        self.profile_card.layout_.addWidget(self.profile_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.db_card = Card()
        self.db_text = label(wrap=True)
        self.db_card.layout_.addWidget(self.db_text)
        # DOMAIN D6: closed cases past the retention setting, to erase (core/erasure.py)
        self.erase_button = push_button("linkButton")
        self.erase_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.erase_button.clicked.connect(self.complaints_requested)
        self.db_card.layout_.addWidget(self.erase_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.db_card.layout_.addStretch(1)

        self.check_card = Card()
        self.check_badge = QLabel()
        self.check_card.header.addWidget(self.check_badge)
        self.check_text = label(wrap=True)
        self.check_button = push_button("primary", self.check_requested)
        self.check_card.layout_.addWidget(self.check_text)
        self.check_card.layout_.addStretch(1)
        self.check_card.layout_.addWidget(self.check_button, 0, Qt.AlignmentFlag.AlignLeft)

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
        self._show_check()

    def retranslate(self) -> None:
        self.set_heading(self.tr("Dashboard"),
                         self.tr("Every running clock of your data protection desk."))
        self.tiles["open"].caption.setText(self.tr("Open cases"))
        self.tiles["overdue"].caption.setText(self.tr("Overdue"))
        self.tiles["due_soon"].caption.setText(self.tr("Due within %n day(s)", "",
                                                              rules.DUE_SOON_DAYS))
        self.tiles["ack_overdue"].caption.setText(self.tr("Not acknowledged"))
        self.tiles["on_time"].caption.setText(self.tr("Settled on time"))
        self.incidents_card.title.setText(self.tr("Breach incidents: the 72-hour clocks"))
        self.incident_list.setHeaderLabels(["#", self.tr("Incident"),
                                            self.tr("Notice to the authority"),
                                            self.tr("Notice to the people (Art. 29)")])
        self.incidents_empty.setText(self.tr("No incident is open."))
        self.empty_card.title.setText(self.tr("Complaints and requests"))
        self.empty_text.setText(self.tr(
            "No complaint or request has been recorded yet. When you record one under "
            "Complaints & requests, its deadline, the cases overdue or due soon and the "
            "figures of the last twelve months appear here."))
        self.empty_button.setText(self.tr("Go to complaints and requests"))
        self.overdue_card.title.setText(self.tr("Overdue"))
        self.soon_card.title.setText(self.tr("Due within %n day(s)", "", rules.DUE_SOON_DAYS))
        self.ack_card.title.setText(self.tr("Receipt not acknowledged"))
        for card in (self.overdue_card, self.soon_card, self.ack_card):
            card.more_button.setText(self.tr("Open the list"))
        for cases in (self.overdue_list, self.soon_list):
            cases.setHeaderLabels(["#", self.tr("Requester"), self.tr("Due"),
                                   self.tr("Days left")])
        self.ack_list.setHeaderLabels(["#", self.tr("Requester"), self.tr("Acknowledge by"),
                                       self.tr("Late")])
        self.overdue_empty.setText(self.tr("Nothing is overdue."))
        self.soon_empty.setText(self.tr("Nothing falls due in the next two days."))
        self.ack_empty.setText(self.tr("Every request was acknowledged in time."))
        self.register_card.title.setText(self.tr("The register"))
        self.register_list.setHeaderLabels(["#", self.tr("Entry"), self.tr("Missing")])
        self.policy_card.title.setText(self.tr("Privacy policy checklist"))
        self.policy_button.setText(self.tr("Open the checklist"))
        self.chart_card.title.setText(self.tr("The last 12 months"))
        self.status_card.title.setText(self.tr("Cases by status"))
        self.profile_card.title.setText(self.tr("Company profile"))
        self.profile_button.setText(self.tr("Edit the profile"))
        self.db_card.title.setText(self.tr("Database file"))
        self.check_card.title.setText(self.tr("Integrity and audit trail"))
        self.check_button.setText(self.tr("Check the database now"))
        if self._filled:
            self._show_cockpit()
            self._show_figures()
            self._show_profile()
            self._show_check()

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
        self._show_check()
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
        self._show_register()
        self._show_policy_gaps()
        if not recorded:
            return
        self._show_tiles(counts)
        self._fill_list(self.overdue_list, self.overdue_badge, self.overdue_empty,
                        counts["overdue_cases"], counts["overdue"], "badgeBad")
        self._fill_list(self.soon_list, self.soon_badge, self.soon_empty,
                        counts["due_soon_cases"], counts["due_soon"], "badgeWarn")
        self._fill_list(self.ack_list, self.ack_badge, self.ack_empty,
                        counts["ack_overdue_cases"], counts["ack_overdue"], "badgeBad",
                        acknowledgement=True)

    def _show_incidents(self) -> None:
        from dpo_desk.ui.dialogs.incident_form import WORDS

        now, found = self.cockpit["now"], self.cockpit["incidents"]
        self.incident_list.clear()
        urgent = 0
        for incident in found:
            notice = rules.notice_clock(incident, now)
            people = rules.subjects_clock(incident, now)
            texts = [incident["title"], WORDS.clock(*notice),
                     WORDS.clock(*people) if people else "—"]
            inks = {2: _clock_ink(*notice)}
            if people:
                inks[3] = _clock_ink(*people)
            urgent += any(ink == RED for ink in inks.values())
            self.incident_list.add_row(incident["id"], texts, inks, incident["title"])
        self.incident_list.fit_height()
        self.incident_list.setVisible(bool(found))
        self.incidents_empty.setVisible(not found)
        self.incidents_badge.setVisible(bool(found))
        self.incidents_badge.setObjectName("badgeBad" if urgent else "badgeNeutral")
        self.incidents_badge.setText(self.tr("%n open", "", len(found)))
        self._repolish(self.incidents_badge)

    def _show_register(self) -> None:
        health = self.cockpit["register"]
        gaps = health["gaps"]
        names = self.gap_names()
        self.register_counts.setText(self.tr(
            "{0} entries. Without a legal basis: {1}; without a retention period: {2}; "
            "without security measures: {3}.").format(
            health["entries_total"], gaps["no_legal_basis"], gaps["no_retention"],
            gaps["no_security_measures"]))
        self.register_list.clear()
        for entry in health["with_gaps"]:
            self.register_list.add_row(entry["id"], [
                entry["name"], ", ".join(names[g] for g in entry["gaps"])], {2: RED})
        self.register_list.fit_height()
        self.register_list.setVisible(bool(health["with_gaps"]))
        self.register_note.setText(self.tr(
            "{0} sensitive entries and {1} entries sent abroad: the register has no field yet "
            "for the access rules of sensitive data or the date of a transfer dossier, so "
            "those cannot be checked here.").format(health["sensitive"],
                                                    health["cross_border"]))
        missing = health["entries_with_gaps"]
        self.register_badge.setObjectName("badgeWarn" if missing else "badgeOk")
        self.register_badge.setText(self.tr("%n incomplete", "", missing) if missing
                                    else self.tr("Complete"))
        self._repolish(self.register_badge)

    def _show_policy_gaps(self) -> None:
        checklist = self.cockpit["policy_gaps"]
        self.policy_card.setVisible(bool(checklist["total"]))  # once a policy was imported
        left = checklist["open"]
        self.policy_badge.setObjectName("badgeWarn" if left else "badgeOk")
        self.policy_badge.setText(self.tr("%n open", "", left) if left
                                  else self.tr("All resolved"))
        self.policy_text.setText(self.tr(
            "%n point(s) where your published privacy policy falls short of the law are "
            "still open.", "", left) if left else self.tr(
            "Every point found in your published privacy policy is resolved."))
        self._repolish(self.policy_badge)

    def gap_names(self) -> dict[str, str]:
        return {"no_legal_basis": self.tr("legal basis"),
                "no_retention": self.tr("retention period"),
                "no_security_measures": self.tr("security measures")}

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
            tile.set_tone("ok" if year["rate"] >= 0.9 else
                          "warn" if year["rate"] >= 0.7 else "bad")

    def _fill_list(self, cases: CaseList, badge: QLabel, empty: QLabel, rows: list[dict],
                   total: int, badge_name: str, *, acknowledgement: bool = False) -> None:
        cases.set_cases(rows, acknowledgement=acknowledgement)
        cases.setVisible(bool(rows))
        empty.setVisible(not rows)
        badge.setVisible(bool(total))
        badge.setObjectName(badge_name)
        badge.setText(self.tr("{0} of {1}").format(len(rows), total) if total > len(rows)
                      else str(total))
        badge.setToolTip(self.tr("The {0} most urgent of {1}; open the list for all of them.")
                         .format(len(rows), total) if total > len(rows) else "")
        self._repolish(badge)

    def _show_figures(self) -> None:
        if self.figures is None:
            return
        year = stats.totals(self.figures["months"])
        self._show_rate_tile(year)
        self.chart.set_rows(self.figures["months"])
        self.chart_badge.setText(self.tr("{0} received, {1} answered or closed").format(
            year["received"], year["settled"]))
        self._show_statuses(self.figures["by_status"])
        self._show_database(self.figures["database"])
        self._show_erasable(self.figures["erasable"])

    def _show_statuses(self, by_status: dict) -> None:
        names = status_labels()
        most = max(by_status.values()) or 1
        for status, count in by_status.items():
            self.status_names[status].setText(names.get(status, status))
            self.status_counts[status].setText(str(count))
            self.status_bars[status].setRange(0, most)
            self.status_bars[status].setValue(count)

    # -- the desk ----------------------------------------------------------------------------

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

    def _show_database(self, info: dict) -> None:
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

    def _show_erasable(self, erasable: dict) -> None:
        """Closed cases past `erase_after_years` (DOMAIN D6): a link to the complaints."""
        self.erase_button.setVisible(bool(erasable["count"]))
        self.erase_button.setText(self.tr(
            "%n closed case(s) older than %1 years: erase their personal data", "",
            erasable["count"]).replace("%1", str(erasable["years"])))

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


RED = QColor("#a11d1d")
CLOCK_INKS = {"sent": QColor("#1b6b35"), "not_required": MUTED, "open": QColor("#24417f")}


def _clock_ink(state: str, minutes: int) -> QColor:
    """Red once passed, sent late, or urgent (`rules.clock_urgent`, DOMAIN D4.2)."""
    if state in ("overdue", "sent_late") or rules.clock_urgent(state, minutes):
        return RED
    return CLOCK_INKS.get(state, INK)


def _html(text) -> str:
    from html import escape

    return escape(str(text)) if text else ""
