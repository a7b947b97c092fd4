"""Báo cáo: the printable reports (DOMAIN D5; CONTRACT: report) — the register (the record of
processing), the complaints and requests of a period, the breaches of a period. The DPO
chooses one, its period and language; core writes it in a worker (a report over 100,000
cases takes seconds) with a progress bar and Cancel; the result is shown as it will print,
ready to save or print."""

from __future__ import annotations

import io
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QLabel,
    QProgressBar,
    QRadioButton,
)

from dpo_desk.core import clock, settings
from dpo_desk.core.errors import ValidationError
from dpo_desk.ui.dialogs.document import STYLE as JOB_STYLE
from dpo_desk.ui.i18n import LANGUAGES, core_message
from dpo_desk.ui.jobs import JobRunner
from dpo_desk.ui.pdf_preview import PdfPreview
from dpo_desk.ui.widgets import Page, Retranslating, hbox, label, push_button, vbox

KINDS = ("register", "complaints", "incidents")
DATED = ("complaints", "incidents")  # the register is printed as it stands today
STYLE = JOB_STYLE + """
QFrame#reportOptions { background: #ffffff; border: 1px solid #dfe4ee; border-radius: 10px; }
QRadioButton#reportChoice { font-weight: bold; color: #17233d; spacing: 8px; }
QLabel#reportChoiceText { color: #6b7590; padding-left: 26px; }
QLabel#reportSection { font-weight: bold; color: #34405a; padding-top: 6px; }
QLabel#reportStatus[tone="ok"] { color: #1b6b35; }
QLabel#reportStatus[tone="bad"] { color: #a11d1d; }
QLabel#reportStatus[tone="warn"] { color: #8a5a00; }
QDateEdit, QComboBox { min-height: 22px; }
"""


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class ReportsView(Retranslating, Page):
    name, icon_name = "reports", "reports"

    def __init__(self, desk, parent=None):
        super().__init__(parent)
        self.desk = desk
        self.setStyleSheet(STYLE)
        self.state = "idle"  # running, shown, cancelled, refused, failed
        self.error: Exception | None = None
        self.shown_kind: str | None = None  # the report in the preview
        self.running_kind = ""  # the report being made
        self.running_path = None  # of the database it is made from
        self.cancel_requested = False
        self.stale = False  # the data changed after the report shown was made
        self.runner = JobRunner(self)
        self.runner.progressed.connect(self._on_progress)
        self.runner.finished.connect(self._on_finished)

        self.preview = PdfPreview(file_name="report.pdf")
        self.preview.setObjectName("reportPreview")
        row = hbox(self._build_options(), (self.preview, 1), spacing=16)
        self.body.addLayout(row, 1)
        self.retranslate()
        self.reset_period()
        self._show_state()

    # -- construction ------------------------------------------------------------------------

    def _build_options(self) -> QFrame:
        box = QFrame()
        box.setObjectName("reportOptions")
        box.setFixedWidth(320)
        self.report_caption = label("reportSection")
        self.choices = QButtonGroup(self)
        self.choice_buttons: dict[str, QRadioButton] = {}
        self.choice_texts: dict[str, QLabel] = {}
        layout = vbox(self.report_caption, margins=(16, 12, 16, 14), spacing=6, parent=box)
        for kind in KINDS:
            button = QRadioButton()
            button.setObjectName("reportChoice")
            button.toggled.connect(self._update_period)
            self.choices.addButton(button)
            self.choice_buttons[kind] = button
            text = label("reportChoiceText", wrap=True)
            text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            self.choice_texts[kind] = text
            layout.addWidget(button)
            layout.addWidget(text)

        self.period_caption = label("reportSection")
        self.start_edit, self.end_edit = QDateEdit(), QDateEdit()
        for edit, name in ((self.start_edit, "reportStart"), (self.end_edit, "reportEnd")):
            edit.setObjectName(name)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
        self.start_caption, self.end_caption = QLabel(), QLabel()
        self.period_note = label("muted", wrap=True)
        period = QFormLayout()
        period.setContentsMargins(0, 0, 0, 0)
        period.addRow(self.start_caption, self.start_edit)
        period.addRow(self.end_caption, self.end_edit)
        self.language_caption = label("reportSection")
        self.language = QComboBox()
        self.language.setObjectName("reportLanguage")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(
            settings.get(self.desk, "language"))))

        self.generate_button = push_button("primary", self.generate)
        self.cancel_button = push_button("cancelReport", self.cancel)
        self.progress = QProgressBar()
        self.progress.setObjectName("jobProgress")
        self.status = label("reportStatus", wrap=True)
        buttons = hbox((self.generate_button, 1), self.cancel_button)

        layout.addSpacing(4)
        layout.addWidget(self.period_caption)
        layout.addLayout(period)
        layout.addWidget(self.period_note)
        layout.addSpacing(4)
        layout.addWidget(self.language_caption)
        layout.addWidget(self.language)
        layout.addSpacing(10)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.choice_buttons["complaints"].setChecked(True)
        return box

    # -- view protocol -----------------------------------------------------------------------

    def set_desk(self, desk) -> None:
        """Another database: a report running on the old one is dropped."""
        if self.runner.busy():
            self.cancel()
        self.desk = desk
        self.preview.clear()
        self.state, self.shown_kind, self.stale = "idle", None, False
        self.language.setCurrentIndex(max(0, self.language.findData(
            settings.get(desk, "language"))))
        self.reset_period()
        self._show_state()

    def refresh(self) -> None:
        """The data changed: a report shown is now out of date (it is not made again
        unasked: a long report would start on every edit)."""
        if self.preview.has_document():
            self.stale = True
            self._show_state()

    # -- choices -----------------------------------------------------------------------------

    def kind(self) -> str:
        return next(k for k, b in self.choice_buttons.items() if b.isChecked())

    def set_kind(self, kind: str) -> None:
        self.choice_buttons[kind].setChecked(True)

    def reset_period(self) -> None:
        """This month and the eleven before it, up to today (core's default)."""
        from dpo_desk.core import reports

        start, end = reports.default_range(clock.today())
        self.start_edit.setDate(qdate(start))
        self.end_edit.setDate(qdate(end))

    def period(self) -> tuple[date, date]:
        return pydate(self.start_edit.date()), pydate(self.end_edit.date())

    def set_period(self, start: date, end: date) -> None:
        self.start_edit.setDate(qdate(start))
        self.end_edit.setDate(qdate(end))

    def _update_period(self) -> None:
        dated = self.kind() in DATED
        for widget in (self.start_edit, self.end_edit, self.start_caption, self.end_caption):
            widget.setEnabled(dated and not self.runner.busy())
        self.period_note.setVisible(not dated)

    # -- generating --------------------------------------------------------------------------

    def generate(self) -> None:
        """Make the chosen report in the worker; shown when it is done."""
        if self.runner.busy():
            return
        from dpo_desk.core import reports

        kind, language = self.kind(), self.language.currentData()
        make = reports.REPORTS[kind]
        options = {"language": language}
        if kind in DATED:
            options["start"], options["end"] = self.period()

        def job(desk, worker) -> bytes:
            out = io.BytesIO()  # in memory: no copy of the report on the disk
            make(desk, out, progress=worker.report, **options)
            return out.getvalue()

        self.state, self.error, self.cancel_requested = "running", None, False
        self.running_kind, self.running_path = kind, self.desk.path
        self.runner.start(self.desk.path, job)
        self._show_state()

    def _file_name(self, kind: str) -> str:
        stamp = clock.today().isoformat()
        if kind not in DATED:
            return f"report-{kind}-{stamp}.pdf"
        start, end = self.period()
        return f"report-{kind}-{start.isoformat()}-{end.isoformat()}.pdf"

    def cancel(self) -> None:
        if self.runner.busy():
            self.cancel_requested = True
            self.runner.cancel()
            self.progress.setFormat(self.tr("Cancelling…"))

    def wait_until_idle(self) -> None:
        self.runner.wait()

    def _on_progress(self, done: int, total: int) -> None:
        if not self.cancel_requested:
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(min(done, total))

    def _on_finished(self, outcome) -> None:
        from dpo_desk.core import reports

        if self.running_path != self.desk.path:  # made from a database no longer shown
            outcome = reports.ReportCancelled("another database was opened")
        if isinstance(outcome, bytes):
            self.preview.file_name = self._file_name(self.running_kind)
            self.preview.load_bytes(outcome)
            self.state, self.shown_kind, self.stale = "shown", self.running_kind, False
        elif isinstance(outcome, reports.ReportCancelled) or self.cancel_requested:
            self.state = "cancelled"
        elif isinstance(outcome, ValidationError):
            self.error, self.state = outcome, "refused"
        else:
            self.error, self.state = outcome, "failed"
        self._show_state()

    # -- showing -----------------------------------------------------------------------------

    def _show_state(self) -> None:
        running = self.state == "running"
        self.generate_button.setEnabled(not running)
        self.cancel_button.setVisible(running)
        self.progress.setVisible(running)
        for button in self.choice_buttons.values():
            button.setEnabled(not running)
        self.language.setEnabled(not running)
        self._update_period()
        if running:
            self.progress.setRange(0, 0)  # busy until the first report of progress
            self.progress.setValue(0)
            self.progress.setFormat("%p%")
        tone, text = self._status()
        self.status.setText(text)
        self.status.setVisible(bool(text))
        self.status.setProperty("tone", tone)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.preview.set_placeholder(self.tr(
            "Choose a report, its period and language, then press “Generate”. The report "
            "is shown here as it will print, ready to save as PDF or print."))

    def _status(self) -> tuple[str, str]:
        if self.state == "running":
            return "", self.tr("Making the report…")
        if self.state == "cancelled":
            return "warn", self.tr("Cancelled: no report was made.")
        if self.state == "refused":
            return "bad", "\n".join(core_message(e) for e in self.error.errors)
        if self.state == "failed":
            return "bad", self.tr("The report could not be made: {0}").format(self.error)
        if self.state == "shown" and self.stale:
            return "warn", self.tr("The data changed after this report was made; generate "
                                   "it again to include the changes.")
        if self.state == "shown":
            return "ok", self.tr("Shown: {0}, %n page(s).", "", self.preview.page_count()
                                 ).format(self.report_names()[self.shown_kind])
        return "", ""

    def report_names(self) -> dict[str, str]:
        return {"register": self.tr("Register of personal data"),
                "complaints": self.tr("Complaints and requests"),
                "incidents": self.tr("Breach incidents")}

    def retranslate(self) -> None:
        self.set_heading(self.tr("Reports"), self.tr(
            "Printable reports of the register, complaints and incidents, on the company "
            "letterhead."))
        self.report_caption.setText(self.tr("Report"))
        names = self.report_names()
        texts = {"register": self.tr("The record of processing as it stands today: every "
                                     "data category, sensitive data, recipients, transfers "
                                     "abroad."),
                 "complaints": self.tr("Cases received in the period: counts by kind and "
                                       "status, deadlines met or missed, overdue cases."),
                 "incidents": self.tr("Breaches discovered in the period: the 72-hour "
                                      "clock, notices sent, data affected.")}
        for kind in KINDS:
            self.choice_buttons[kind].setText(names[kind])
            self.choice_texts[kind].setText(texts[kind])
        self.period_caption.setText(self.tr("Period"))
        self.start_caption.setText(self.tr("From"))
        self.end_caption.setText(self.tr("To"))
        self.period_note.setText(self.tr("The register has no period: it is printed as it "
                                         "stands today."))
        self.language_caption.setText(self.tr("Language"))
        self.generate_button.setText(self.tr("Generate"))
        self.cancel_button.setText(self.tr("Cancel"))
        self._show_state()
