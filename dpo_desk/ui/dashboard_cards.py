"""The cards of the dashboard (`DashboardView`): the figure tiles, the short lists of records
that open with a click, the monthly chart, and one card per subject (the breach clocks, the
complaints lists, the register, the policy checklist, the cases by status, the company
profile, the database file, its integrity check). Each shows what core computed
(`overview.cockpit`, `overview.figures`); none queries or decides."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QProgressBar,
    QToolTip,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.core import clock, complaints, rules
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
from dpo_desk.ui.widgets import (
    Card,
    Retranslating,
    add_record_row,
    hbox,
    label,
    push_button,
    record_tree,
    repolish,
    row_id,
    set_badge,
    tree_ids,
)

INK, MUTED, GRID = QColor("#17233d"), QColor("#6b7590"), QColor("#e6eaf2")
BAR, LINE = QColor("#3567d8"), QColor("#1b8a4a")
RED = QColor("#a11d1d")
# a breach clock's ink by its tone (`clock_tone`): red once passed, sent late or urgent
CLOCK_INKS = {"bad": RED, "warn": RED, "ok": QColor("#1b6b35"), "muted": MUTED,
              "plain": QColor("#24417f")}
STYLE = """
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
        self.caption = label("statCaption", wrap=True)  # four side by side at 960 px
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
            repolish(widget)


class RecordList(QTreeWidget):
    """A short list of records, as tall as its rows; a click (or Enter) on a row emits the
    record's id."""

    record_clicked = Signal(int)

    def __init__(self, object_name: str, columns: int = 4, parent: QWidget | None = None):
        super().__init__(parent)
        record_tree("caseList", columns, self)
        self.setProperty("list", object_name)
        self.setSelectionMode(QTreeWidget.SelectionMode.NoSelection)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMouseTracking(True)
        self.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
        self.itemClicked.connect(self._emit)
        self.itemActivated.connect(self._emit)
        self.bold = QFont(self.font())
        self.bold.setBold(True)

    def add_row(self, record_id: int, texts: list[str], inks: dict[int, QColor],
                tip: str = "") -> QTreeWidgetItem:
        item = add_record_row(self, record_id, texts)
        item.setForeground(0, MUTED)
        for column, ink in inks.items():
            item.setForeground(column, ink)
            item.setFont(column, self.bold)
        if tip:
            item.setToolTip(1, tip)
        return item

    def record_ids(self) -> list[int]:
        return tree_ids(self)

    def _emit(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        self.record_clicked.emit(row_id(item))

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
                late = complaints.ack_days_late(case, today)
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



def link_button(clicked=None):
    """A button that looks like a link ("Open the list")."""
    button = push_button("linkButton", clicked)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    return button


def _html(text) -> str:
    return escape(str(text)) if text else ""


class BadgeCard(Card):
    """A card with a badge at the right of its title."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.badge = QLabel()
        self.header.addWidget(self.badge)


class IncidentsCard(BadgeCard):
    """The breach clocks (DOMAIN D4.2, D4.5): each open incident, its notice to the
    authority and, where location or biometric data are involved, to the people."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.records = RecordList("incidents")
        self.empty = label("listEmpty", wrap=True)
        self.layout_.addWidget(self.records)
        self.layout_.addWidget(self.empty)

    def show_incidents(self, found: list[dict], now) -> None:
        from dpo_desk.ui.dialogs.incident_form import WORDS

        self.records.clear()
        urgent = 0
        for incident in found:
            notice = rules.notice_clock(incident, now)
            people = rules.subjects_clock(incident, now)
            texts = [incident["title"], WORDS.clock(*notice),
                     WORDS.clock(*people) if people else "—"]
            inks = {2: clock_ink(*notice)}
            if people:
                inks[3] = clock_ink(*people)
            urgent += any(ink == RED for ink in inks.values())
            self.records.add_row(incident["id"], texts, inks, incident["title"])
        self.records.fit_height()
        self.records.setVisible(bool(found))
        self.empty.setVisible(not found)
        self.badge.setVisible(bool(found))
        set_badge(self.badge, "badgeBad" if urgent else "badgeNeutral",
                  self.tr("%n open", "", len(found)))

    def retranslate(self) -> None:
        self.title.setText(self.tr("Breach incidents: the 72-hour clocks"))
        self.records.setHeaderLabels(["#", self.tr("Incident"),
                                      self.tr("Notice to the authority"),
                                      self.tr("Notice to the people (Art. 29)")])
        self.empty.setText(self.tr("No incident is open."))


def clock_ink(state: str, minutes: int) -> QColor:
    """Red once passed, sent late, or urgent (`rules.clock_urgent`, DOMAIN D4.2)."""
    from dpo_desk.ui.dialogs.incident_form import clock_tone

    return CLOCK_INKS[clock_tone(state, minutes)]


class CasesCard(BadgeCard):
    """The most urgent cases of one list (overdue, due soon, not acknowledged), its size in
    the badge and a link to the whole list (`more_button`)."""

    def __init__(self, object_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.more_button = link_button()
        self.header.addWidget(self.more_button)
        self.cases = CaseList(object_name)
        self.empty = label("listEmpty", wrap=True)
        self.layout_.addWidget(self.cases, 1)
        self.layout_.addWidget(self.empty)
        self.layout_.addStretch(0)

    def show_cases(self, rows: list[dict], total: int, badge_name: str, *,
                   acknowledgement: bool = False) -> None:
        self.cases.set_cases(rows, acknowledgement=acknowledgement)
        self.cases.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        badge = self.badge
        badge.setVisible(bool(total))
        badge.setToolTip(self.tr("The {0} most urgent of {1}; open the list for all of them.")
                         .format(len(rows), total) if total > len(rows) else "")
        set_badge(badge, badge_name, self.tr("{0} of {1}").format(len(rows), total)
                  if total > len(rows) else str(total))

    def set_texts(self, title: str, headers: list[str], empty: str) -> None:
        self.title.setText(title)
        self.cases.setHeaderLabels(headers)
        self.empty.setText(empty)
        self.more_button.setText(self.tr("Open the list"))


class RegisterCard(BadgeCard):
    """The register's gaps: the entries without a legal basis, retention or security."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.counts = label(wrap=True)
        self.records = RecordList("register", columns=3)
        self.note = label("statNote", wrap=True)
        self.layout_.addWidget(self.counts)
        self.layout_.addWidget(self.records)
        self.layout_.addWidget(self.note)

    def show_health(self, health: dict) -> None:
        gaps = health["gaps"]
        names = self.gap_names()
        self.counts.setText(self.tr(
            "{0} entries. Without a legal basis: {1}; without a retention period: {2}; "
            "without security measures: {3}.").format(
            health["entries_total"], gaps["no_legal_basis"], gaps["no_retention"],
            gaps["no_security_measures"]))
        self.records.clear()
        for entry in health["with_gaps"]:
            self.records.add_row(entry["id"], [
                entry["name"], ", ".join(names[g] for g in entry["gaps"])], {2: RED})
        self.records.fit_height()
        self.records.setVisible(bool(health["with_gaps"]))
        self.note.setText(self.tr(
            "{0} sensitive entries and {1} entries sent abroad: the register has no field yet "
            "for the access rules of sensitive data or the date of a transfer dossier, so "
            "those cannot be checked here.").format(health["sensitive"],
                                                    health["cross_border"]))
        missing = health["entries_with_gaps"]
        set_badge(self.badge, "badgeWarn" if missing else "badgeOk",
                  self.tr("%n incomplete", "", missing) if missing else self.tr("Complete"))

    def gap_names(self) -> dict[str, str]:
        return {"no_legal_basis": self.tr("legal basis"),
                "no_retention": self.tr("retention period"),
                "no_security_measures": self.tr("security measures")}

    def retranslate(self) -> None:
        self.title.setText(self.tr("The register"))
        self.records.setHeaderLabels(["#", self.tr("Entry"), self.tr("Missing")])


class PolicyCard(BadgeCard):
    """The privacy policy's gaps still open (issue 18), until each is resolved."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.text = label(wrap=True)
        self.button = link_button()
        self.layout_.addWidget(self.text)
        self.layout_.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)

    def show_checklist(self, checklist: dict) -> None:
        self.setVisible(bool(checklist["total"]))  # once a policy was imported
        left = checklist["open"]
        set_badge(self.badge, "badgeWarn" if left else "badgeOk",
                  self.tr("%n open", "", left) if left else self.tr("All resolved"))
        self.text.setText(self.tr(
            "%n point(s) where your published privacy policy falls short of the law are "
            "still open.", "", left) if left else self.tr(
            "Every point found in your published privacy policy is resolved."))

    def retranslate(self) -> None:
        self.title.setText(self.tr("Privacy policy checklist"))
        self.button.setText(self.tr("Open the checklist"))


class ChartCard(Card):
    """The last twelve months: the chart, and the year's totals at the right of its title."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.badge = label("muted")
        self.header.addWidget(self.badge)
        self.chart = MonthlyChart()
        self.layout_.addWidget(self.chart, 1)

    def show_months(self, months: list[dict], year: dict) -> None:
        self.chart.set_rows(months)
        self.badge.setText(self.tr("{0} received, {1} answered or closed").format(
            year["received"], year["settled"]))

    def retranslate(self) -> None:
        self.title.setText(self.tr("The last 12 months"))


class StatusCard(Card):
    """How many cases are in each status, with a bar each."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(7)
        self.names: dict[str, QLabel] = {}
        self.counts: dict[str, QLabel] = {}
        self.bars: dict[str, QProgressBar] = {}
        for number, status in enumerate(complaints.STATUSES):
            self.names[status] = label()
            self.counts[status] = label()
            self.counts[status].setAlignment(Qt.AlignmentFlag.AlignRight)
            bar = QProgressBar()
            bar.setObjectName("statusBar")
            bar.setTextVisible(False)
            bar.setFixedHeight(8)
            self.bars[status] = bar
            grid.addWidget(self.names[status], number, 0)
            grid.addWidget(bar, number, 1)
            grid.addWidget(self.counts[status], number, 2)
        grid.setColumnStretch(1, 1)
        self.layout_.addLayout(grid)
        self.layout_.addStretch(1)

    def show_statuses(self, by_status: dict) -> None:
        names = status_labels()
        most = max(by_status.values()) or 1
        for status, count in by_status.items():
            self.names[status].setText(names.get(status, status))
            self.counts[status].setText(str(count))
            self.bars[status].setRange(0, most)
            self.bars[status].setValue(count)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Cases by status"))


class ActionCard(BadgeCard):
    """A text and, under it at the left, the card's button."""

    def __init__(self, button_name: str = "", clicked=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.text = label(wrap=True)
        self.button = push_button(button_name, clicked)
        self.layout_.addWidget(self.text)
        self.layout_.addStretch(1)
        self.layout_.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)


class ProfileCard(ActionCard):
    """The company profile the notices need, and what of it is still missing."""

    def show_profile(self, values: dict, missing: list[str]) -> None:
        set_badge(self.badge, "badgeWarn" if missing else "badgeOk",
                  self.tr("Incomplete") if missing else self.tr("Complete"))
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
        self.text.setText("<br>".join(line for line in lines if line))

    def retranslate(self) -> None:
        self.title.setText(self.tr("Company profile"))
        self.button.setText(self.tr("Edit the profile"))


class CheckCard(ActionCard):
    """The last integrity check of the file and its audit trail."""

    def show_check(self, result: tuple[int, str] | None) -> None:
        if result is None:
            set_badge(self.badge, "badgeWarn", self.tr("Not checked yet"))
            self.text.setText(self.tr(
                "The check verifies the file with SQLite, recomputes the hash chain of the "
                "audit trail and compares every record with its last audited state, so that "
                "edits made outside DPO Desk show up."))
            return
        problems, when = result
        set_badge(self.badge, "badgeBad" if problems else "badgeOk",
                  self.tr("{0} problem(s)").format(problems) if problems
                  else self.tr("Intact"))
        self.text.setText(
            self.tr("Last checked {0}: {1} problem(s) found.").format(when, problems)
            if problems else self.tr("Last checked {0}: the file and its audit trail are "
                                     "intact.").format(when))

    def retranslate(self) -> None:
        self.title.setText(self.tr("Integrity and audit trail"))
        self.button.setText(self.tr("Check the database now"))


class DatabaseCard(Card):
    """The file: where, how large, which schema, its audit trail; and the closed cases past
    their retention, to erase (DOMAIN D6, core/erasure.py)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.text = label(wrap=True)
        self.layout_.addWidget(self.text)
        self.erase_button = link_button()
        self.layout_.addWidget(self.erase_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.layout_.addStretch(1)

    def show_database(self, info: dict) -> None:
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
        self.text.setText("<table cellspacing='0' cellpadding='2'>" + "".join(
            f"<tr><td style='color:#6b7590; padding-right:12px'>{k}</td><td>{v}</td></tr>"
            for k, v in rows) + "</table>")

    def show_erasable(self, erasable: dict) -> None:
        """Closed cases past `erase_after_years` (DOMAIN D6): a link to the complaints."""
        self.erase_button.setVisible(bool(erasable["count"]))
        self.erase_button.setText(self.tr(
            "%n closed case(s) older than %1 years: erase their personal data", "",
            erasable["count"]).replace("%1", str(erasable["years"])))

    def retranslate(self) -> None:
        self.title.setText(self.tr("Database file"))
