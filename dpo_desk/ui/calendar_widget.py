"""Lịch làm việc: the working-day calendar every deadline is counted on (DOMAIN D3.4).

The weekly rest days, the year's days off (from the `holidays` package, each with its source:
law, government or unconfirmed; and the DPO's own) and the worked rest days (swapped
Saturdays). Only the law's days and the DPO's count; a government or unconfirmed day is
shown greyed and counts once the DPO adds it ("Count this day", one click). Every change
goes through core.deadlines or core.settings, which recompute the deadlines of open
complaints at once.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from dpo_desk.core import clock, deadlines, settings
from dpo_desk.core.errors import ValidationError
from dpo_desk.ui.form import FormFrame
from dpo_desk.ui.i18n import core_message
from dpo_desk.ui.widgets import FlowLayout, Retranslating, hbox, label, push_button, row_of, vbox

DAY_ROLE = Qt.ItemDataRole.UserRole  # the ISO date of a row
SOURCE_ROLE = Qt.ItemDataRole.UserRole + 1  # "law", "government", "unconfirmed",
# "override" or "removed" (a law holiday the DPO struck out)
MUTED = QColor("#8a93a8")
DOUBT = QColor("#8a5a00")
NOT_COUNTED = ("government", "unconfirmed")  # DOMAIN D3.4: listed, not counted
YEARS_AROUND = 10  # the year selector offers this many years before and after this one


def weekday_names() -> list[str]:
    from PySide6.QtCore import QCoreApplication

    translate = QCoreApplication.translate
    return [translate("CalendarSection", "Monday"), translate("CalendarSection", "Tuesday"),
            translate("CalendarSection", "Wednesday"), translate("CalendarSection", "Thursday"),
            translate("CalendarSection", "Friday"), translate("CalendarSection", "Saturday"),
            translate("CalendarSection", "Sunday")]


class DayTable(QTableWidget):
    """Days of the calendar: date, weekday, name, where the day comes from."""

    def __init__(self, object_name: str, parent: QWidget | None = None):
        super().__init__(0, 4, parent)
        self.setObjectName(object_name)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(26)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

    def set_days(self, days: list[dict], source_names: dict[str, str],
                 doubt: str = "") -> None:
        """`days`: [{"date", "name", "source", "basis"}]; a struck-out law holiday shows
        crossed out, a day that does not count (government, unconfirmed) in amber with
        `doubt` and its basis as its tooltip."""
        names = weekday_names()
        self.clearSelection()
        self.setRowCount(len(days))
        for row, day in enumerate(days):
            when = date.fromisoformat(day["date"])
            cells = [when.strftime("%d/%m/%Y"), names[when.weekday()], day["name"],
                     source_names.get(day["source"], day["source"])]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                basis = day.get("basis", "")
                # long names are elided in narrow tables; the basis says where the day is from
                item.setToolTip(f"{day['name']}\n{basis}" if basis else day["name"])
                item.setData(DAY_ROLE, day["date"])
                item.setData(SOURCE_ROLE, day["source"])
                if day["source"] == "removed":
                    font = QFont(self.font())
                    font.setStrikeOut(column < 3)
                    item.setFont(font)
                    item.setForeground(MUTED)
                elif day["source"] in NOT_COUNTED:
                    item.setForeground(DOUBT)
                    item.setToolTip("\n".join(t for t in (day["name"], basis, doubt) if t))
                self.setItem(row, column, item)
        self.fit_height()

    def fit_height(self) -> None:
        """As tall as its rows (at least one): the settings page scrolls, not the table."""
        rows = max(self.rowCount(), 1)
        height = self.horizontalHeader().sizeHint().height() + 2 * self.frameWidth()
        height += sum(self.rowHeight(r) for r in range(self.rowCount())) or \
            self.verticalHeader().defaultSectionSize() * rows
        self.setFixedHeight(height + 2)

    def dates(self) -> list[str]:
        return [self.item(r, 0).data(DAY_ROLE) for r in range(self.rowCount())]

    def sources(self) -> list[str]:
        return [self.item(r, 0).data(SOURCE_ROLE) for r in range(self.rowCount())]

    def selected_day(self) -> tuple[str, str, str] | None:
        """(ISO date, name, source) of the selected row."""
        rows = self.selectionModel().selectedRows()
        if not rows:
            return None
        row = rows[0].row()
        return (self.item(row, 0).data(DAY_ROLE), self.item(row, 2).text(),
                self.item(row, 0).data(SOURCE_ROLE))

    def select_date(self, iso: str) -> bool:
        for row, day in enumerate(self.dates()):
            if day == iso:
                self.selectRow(row)
                return True
        return False


class DayDialog(Retranslating, QDialog):
    """Add a day off, or declare a rest day worked: a date and a name, checked by core."""

    def __init__(self, desk, kind: str, year: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk, self.kind = desk, kind  # "day_off" or "working_day"
        self.setObjectName("dayDialog")
        self.setMinimumWidth(460)
        today = clock.today()
        start = today if today.year == year else date(year, 1, 1)
        self.date = QDateEdit(QDate(start.year, start.month, start.day))
        self.date.setObjectName("dayDate")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd/MM/yyyy")
        self.name = QLineEdit()
        self.name.setObjectName("dayName")
        self.intro = label(wrap=True)
        self.frame = FormFrame()
        self.errors = self.frame.errors
        form = QFormLayout()
        self.date_label = self.frame.row(form, "date", self.date, caption_width=0, spacing=2)
        self.name_label = self.frame.row(form, "name", self.name, caption_width=0, spacing=2)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save |
                                        QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        vbox(self.intro, form, self.buttons, margins=(20, 16, 20, 12), parent=self)
        self.retranslate()

    def iso_date(self) -> str:
        return self.date.date().toString("yyyy-MM-dd")

    def save(self) -> bool:
        """Store the day through core; on error show each message next to its field."""
        store = deadlines.add_day_off if self.kind == "day_off" else deadlines.add_working_day
        try:
            store(self.desk, self.iso_date(), self.name.text())
        except ValidationError as error:
            self.frame.show_errors(error)
            return False
        self.accept()
        return True

    def retranslate(self) -> None:
        self.date_label.setText(self.tr("Date"))
        self.name_label.setText(self.tr("Name"))
        if self.kind == "day_off":
            self.setWindowTitle(self.tr("Add a day off"))
            self.intro.setText(self.tr(
                "A day nobody works, e.g. a bridge day the Prime Minister announced or the "
                "company's own holiday. Deadlines that end on it move to the next working "
                "day."))
            self.name.setPlaceholderText(self.tr("e.g. Day off after National Day"))
        else:
            self.setWindowTitle(self.tr("Declare a working day"))
            self.intro.setText(self.tr(
                "A weekly rest day that is worked, e.g. a Saturday swapped for a bridge day. "
                "It counts as a working day for every deadline."))
            self.name.setPlaceholderText(self.tr("e.g. Working Saturday for 2 September"))


class CalendarSection(Retranslating, QGroupBox):
    """The working-day calendar in Settings."""

    changed = Signal()  # the calendar changed; core has recomputed the open cases' deadlines

    def __init__(self, desk, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk = desk
        self.setObjectName("calendarSection")
        self.intro = label("muted", wrap=True)

        self.year_label = QLabel()
        self.year = QComboBox()
        self.year.setObjectName("calendarYear")
        this_year = clock.today().year
        for year in range(this_year - YEARS_AROUND, this_year + YEARS_AROUND + 1):
            self.year.addItem(str(year), year)
        self.year.setCurrentIndex(YEARS_AROUND)
        self.year.currentIndexChanged.connect(self.refresh)

        self.rest_label = QLabel()
        self.rest_boxes = {day: QCheckBox() for day in deadlines.WEEKDAYS}
        for day, box in self.rest_boxes.items():
            box.setObjectName(f"rest_{day}")
            box.toggled.connect(self._rest_edited)
        self.rest_button = push_button("saveRest", self.save_weekly_rest)

        self.days_off_label = label("cardTitle")
        self.days_off = DayTable("daysOff")
        self.working_label = label("cardTitle")
        self.working = DayTable("workingDays")
        self.working_empty = label("muted", wrap=True)
        for table, other in ((self.days_off, self.working), (self.working, self.days_off)):
            table.itemSelectionChanged.connect(
                lambda table=table, other=other: self._selected(table, other))

        self.add_off_button = push_button("addDayOff", lambda: self.day_dialog("day_off").exec())
        self.add_work_button = push_button("addWorkingDay",
                                           lambda: self.day_dialog("working_day").exec())
        self.remove_button = push_button("removeDay", lambda: self.remove_selected())
        self.count_button = push_button("countDay", lambda: self.count_selected())
        self.status = label("calendarStatus", wrap=True)
        self.hint = label("muted", wrap=True)
        self.hint.setObjectName("calendarHint")
        self.status.hide()
        self._build_layout()
        self.retranslate()

    def _build_layout(self) -> None:
        # Rows that wrap in a narrow window (960 pixels) instead of widening the page.
        top = FlowLayout(spacing=8)
        top.addWidget(row_of(self.year_label, self.year, right=16))
        top.addWidget(row_of(self.rest_label, *self.rest_boxes.values(), right=16))
        top.addWidget(self.rest_button)

        left = vbox(self.days_off_label, self.days_off, None)
        right = vbox(self.working_label, self.working, self.working_empty, None)
        tables = hbox((left, 3), (right, 2), spacing=16)

        buttons = FlowLayout(spacing=6)
        buttons.addWidget(self.add_off_button)
        buttons.addWidget(self.add_work_button)
        buttons.addWidget(self.count_button)
        buttons.addWidget(self.remove_button)

        vbox(self.intro, top, tables, buttons, self.status, self.hint, spacing=10, parent=self)

    # -- showing -----------------------------------------------------------------------------

    def set_desk(self, desk) -> None:
        self.desk = desk
        self._set_status("", "ok")
        self.refresh()

    def set_year(self, year: int) -> None:
        if self.year.findData(year) < 0:  # a date typed far from this year
            years = [self.year.itemData(i) for i in range(self.year.count())]
            self.year.insertItem(sum(y < year for y in years), str(year), year)
        self.year.setCurrentIndex(self.year.findData(year))

    def source_names(self) -> dict[str, str]:
        return {"law": self.tr("Law"), "override": self.tr("Your change"),
                "removed": self.tr("Struck out by you"),
                "government": self.tr("Government (not counted)"),
                "unconfirmed": self.tr("Unconfirmed (not counted)")}

    def refresh(self) -> None:
        calendar = deadlines.load_calendar(self.desk)
        year = self.year.currentData()
        days_off = list(calendar.days_off(year))
        # a law holiday the DPO struck out stays visible, crossed out, so it can be restored
        days_off += [{"date": day.isoformat(), "name": override.name, "source": "removed"}
                     for day, override in calendar.overrides.items()
                     if day.year == year and override.kind == "removed"]
        days_off.sort(key=lambda d: d["date"])
        working = calendar.working_days(year)
        names = self.source_names()
        doubt = self.tr("Does not count for deadlines unless you add it: select it and click "
                        "“Count this day”.")
        self.days_off.set_days(days_off, names, doubt)
        self.working.set_days(working, names, doubt)
        self.working.setVisible(bool(working))
        self.working_empty.setVisible(not working)
        self._show_weekly_rest(calendar.weekly_rest)
        self._update_buttons()

    def _show_weekly_rest(self, rest: tuple[str, ...]) -> None:
        for day, box in self.rest_boxes.items():
            box.blockSignals(True)
            box.setChecked(day in rest)
            box.blockSignals(False)
        self.rest_button.setEnabled(False)

    def chosen_rest(self) -> str:
        return ",".join(day for day, box in self.rest_boxes.items() if box.isChecked())

    def _rest_edited(self) -> None:
        # nothing ticked would store the empty value, which core reads as "the default"
        chosen = self.chosen_rest()
        stored = settings.get(self.desk, "weekly_rest")
        self.rest_button.setEnabled(bool(chosen) and deadlines.parse_weekly_rest(stored) !=
                                    deadlines.parse_weekly_rest(chosen))
        self.rest_button.setToolTip("" if chosen else self.tr("Tick at least one rest day."))

    def _selected(self, table: DayTable, other: DayTable) -> None:
        if table.selectionModel().hasSelection():
            other.blockSignals(True)
            other.clearSelection()
            other.blockSignals(False)
        self._update_buttons()

    def selected_day(self) -> tuple[str, str, str, str] | None:
        """(ISO date, name, source, "day_off"/"working_day") of the selected row."""
        for table, kind in ((self.days_off, "day_off"), (self.working, "working_day")):
            chosen = table.selected_day()
            if chosen is not None:
                return (*chosen, kind)
        return None

    def _update_buttons(self) -> None:
        chosen = self.selected_day()
        doubtful = chosen is not None and chosen[2] in NOT_COUNTED
        self.remove_button.setEnabled(chosen is not None and not doubtful)
        self.remove_button.setText(self.tr("Restore selected")
                                   if chosen is not None and chosen[2] == "removed"
                                   else self.tr("Remove selected"))
        self.remove_button.setToolTip(self.tr(
            "This day does not count, so there is nothing to remove.") if doubtful else "")
        self.count_button.setEnabled(doubtful)
        self.count_button.setToolTip(self.tr(
            "Make the selected day count for every deadline (your change, which you can "
            "remove later).") if doubtful else self.tr(
            "Select a government or unconfirmed day first."))

    def count_selected(self) -> bool:
        """One click: a government or unconfirmed day becomes the DPO's own (DOMAIN D3.4)."""
        chosen = self.selected_day()
        if chosen is None or chosen[2] not in NOT_COUNTED:
            return False
        iso, name, _source, kind = chosen
        store = deadlines.add_day_off if kind == "day_off" else deadlines.add_working_day
        try:
            store(self.desk, iso, name)
        except ValidationError as error:
            self._show_error(error)
            return False
        self._done(self.tr("{0} now counts as a day off.") if kind == "day_off"
                   else self.tr("{0} now counts as a working day."), date.fromisoformat(iso))
        (self.days_off if kind == "day_off" else self.working).select_date(iso)
        return True

    # -- changing ----------------------------------------------------------------------------

    def day_dialog(self, kind: str) -> DayDialog:
        """The form to add a day off or a working day; the calendar shows the result."""
        dialog = DayDialog(self.desk, kind, self.year.currentData(), self)
        dialog.accepted.connect(lambda: self._after_add(dialog))
        return dialog

    def _after_add(self, dialog: DayDialog) -> None:
        day = date.fromisoformat(dialog.iso_date())
        self.set_year(day.year)
        self._done(self.tr("{0} added as a day off.") if dialog.kind == "day_off"
                   else self.tr("{0} declared a working day."), day)
        table = self.days_off if dialog.kind == "day_off" else self.working
        table.select_date(day.isoformat())

    def remove_selected(self, *, confirm: bool = True) -> bool:
        """Undo a change of the DPO's, or strike a law holiday from the calendar (or restore
        one struck out): asks first, explaining what it means for deadlines."""
        chosen = self.selected_day()
        if chosen is None:
            return False
        iso, name, source, _kind = chosen
        day = date.fromisoformat(iso)
        shown = day.strftime("%d/%m/%Y")
        if source == "law":
            question = self.tr(
                "Strike {0} ({1}) from the calendar? It will count as an ordinary working day "
                "for every deadline. You can restore it later.").format(name, shown)
        elif source == "removed":
            question = self.tr("Restore {0} ({1}) as a day off?").format(name, shown)
        else:
            question = self.tr(
                "Remove your change of {0} ({1})? The day goes back to how the official "
                "calendar has it.").format(shown, name)
        if confirm and QMessageBox.question(self, self.title(), question) != \
                QMessageBox.StandardButton.Yes:
            return False
        try:
            deadlines.remove_day(self.desk, iso)
        except ValidationError as error:
            self._show_error(error)
            return False
        self._done(self.tr("{0} restored.") if source == "removed"
                   else self.tr("{0} removed."), day)
        return True

    def save_weekly_rest(self) -> bool:
        try:
            settings.update(self.desk, {"weekly_rest": self.chosen_rest()})
        except ValidationError as error:
            self._show_error(error)
            return False
        self.refresh()
        self._set_status(self.tr("Weekly rest days saved. The deadlines of open complaints "
                                 "were recomputed."), "ok")
        self.changed.emit()
        return True

    def _done(self, template: str, day: date) -> None:
        self.refresh()
        self._set_status(template.format(day.strftime("%d/%m/%Y")) + " " + self.tr(
            "The deadlines of open complaints were recomputed."), "ok")
        self.changed.emit()

    def _show_error(self, error: ValidationError) -> None:
        self._set_status(self.tr("Not saved: {0}").format(
            "; ".join(core_message(e) for e in error.errors)), "bad")

    def _set_status(self, text: str, tone: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))
        self.status.setStyleSheet("color: #1b6b35;" if tone == "ok" else "color: #c62828;")

    def retranslate(self) -> None:
        self.setTitle(self.tr("Working-day calendar"))
        self.intro.setText(self.tr(
            "Every deadline is counted on this calendar: the weekly rest days, the public "
            "holidays of the Labour Code (Lunar New Year and substitute days included) and "
            "your own changes. Days the Government sets for the civil service and days not "
            "yet in the Labour Code are shown in amber and do not count unless you add them. "
            "Changes in this section are saved at once (the Save button below is for the "
            "profile)."))
        self.year_label.setText(self.tr("Year"))
        self.rest_label.setText(self.tr("Weekly rest days:"))
        short = [self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"),
                 self.tr("Fri"), self.tr("Sat"), self.tr("Sun")]
        for box, text, name in zip(self.rest_boxes.values(), short, weekday_names(),
                                   strict=True):
            box.setText(text)
            box.setToolTip(name)
            box.setAccessibleName(name)  # a screen reader says "Monday", not "Mon"
        self.rest_button.setText(self.tr("Save rest days"))
        self.days_off_label.setText(self.tr("Days off"))
        self.working_label.setText(self.tr("Worked rest days"))
        self.working_empty.setText(self.tr("No rest day is worked this year."))
        for table in (self.days_off, self.working):
            table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Weekday"),
                                             self.tr("Name"), self.tr("Source")])
        self.add_off_button.setText(self.tr("Add a day off…"))
        self.add_work_button.setText(self.tr("Declare a working day…"))
        self.count_button.setText(self.tr("Count this day"))
        self.hint.setText(self.tr(
            "Only days that bind every employer count: a day off wrongly counted would move a "
            "legal deadline later. Government: a bridge or swap day set for the civil "
            "service (e.g. Monday 31/08/2026 off for Saturday 22/08/2026). Unconfirmed: "
            "announced but not yet in the Labour Code (24 November, Vietnamese Culture Day). "
            "If your company observes such a day, select it and click “Count this day”. "
            "Removing a law holiday strikes it from the calendar until you restore it."))
        self.refresh()
