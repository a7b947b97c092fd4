"""A letter or breach document, generated and shown as it will print (DOMAIN D3, D4): the
acknowledgement and the reply of a complaint; the notice to the authority (Mẫu số 08 or
Mẫu số 03 by regime), the minutes and the notice to the people affected of an incident.

Generation runs in a worker thread with its own connection to the database (SQLite
connections belong to the thread that opened them). Measured on the demo company: 40-120 ms
per document, but 350 ms for the first one of a session (reportlab loads its fonts), above
the 300 ms a click may take; so every document is made off the GUI thread. When core
refuses (facts missing, no reply text) the dialog names each missing fact in words and,
where core allows one, offers a draft: watermarked, the missing facts marked.

`DeskJob` and `JobRunner` are the worker used by the packet dialogs and the Reports screen
as well: one job, its outcome (a result or the exception), progress polled by a timer, and
a cancel flag that the job's progress callback turns into False.
"""

from __future__ import annotations

import io
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.core import complaints, incidents, letters, settings
from dpo_desk.core.desk import Desk
from dpo_desk.core.errors import DeskError, ValidationError
from dpo_desk.ui.i18n import LANGUAGES
from dpo_desk.ui.pdf_preview import PdfPreviewDialog
from dpo_desk.ui.widgets import Retranslating, label

log = logging.getLogger(__name__)

COMPLAINT_LETTERS = ("acknowledge", "reply", "extension", "identity")
BREACH_DOCUMENTS = ("authority", "minutes", "subjects")
# Core refuses these whatever the draft flag: a draft would not help.
NO_DRAFT_FIELDS = ("reply_text", "language", "out")
STYLE = """
QLabel#refusalTitle { font-size: 11.5pt; font-weight: bold; color: #8a5a00; }
QListWidget#missingFacts { background: #fffaf0; border: 1px solid #f0d9a8; border-radius: 6px;
    color: #5c3d00; padding: 4px; }
QListWidget#missingFacts::item { padding: 4px 2px; }
QLabel#draftBanner, QLabel#lateNote { background: #fff1d6; color: #8a5a00; border-radius: 6px;
    padding: 6px 10px; }
QProgressBar#jobProgress { border: 1px solid #c9d1e1; border-radius: 6px; background: #ffffff;
    text-align: center; min-height: 22px; }
QProgressBar#jobProgress::chunk { background: #3567d8; border-radius: 5px; }
QPlainTextEdit#publicNotice { font-size: 10.5pt; }
"""


def writer(kind: str):
    """The core function that writes document `kind`."""
    return {**letters.COMPLAINT_WRITERS,
            "authority": letters.authority_notice, "minutes": letters.minutes,
            "subjects": letters.subject_notice}[kind]


# -- the worker ---------------------------------------------------------------------------

class DeskJob(QThread):
    """Runs `job(desk, self)`, `desk` being a connection of its own to `db_path` (None when
    no database is needed). `outcome` holds the result, or the exception raised, once the
    thread has finished; `done`/`total` the last progress reported."""

    def __init__(self, db_path: Path | None, job):
        super().__init__()
        self.db_path, self.job = db_path, job
        self.cancelled = False
        self.outcome = None
        self.done = self.total = 0

    def run(self) -> None:
        try:
            if self.db_path is None:
                self.outcome = self.job(None, self)
            else:
                with Desk.open(self.db_path) as desk:
                    self.outcome = self.job(desk, self)
        except DeskError as error:
            self.outcome = error
        except Exception as error:  # a bug must reach the user, not die with the thread
            log.exception("worker job failed")
            self.outcome = error

    def report(self, done: int, total: int) -> bool:
        """The progress callback core functions take: False asks them to stop."""
        self.done, self.total = done, total
        return not self.cancelled


class _Keeper(QObject):
    """Holds every running job until its thread has ended, whatever became of the window
    that started it (a QThread destroyed while running aborts the program); on quitting,
    asks them all to stop and waits for them."""

    running: set[DeskJob] = set()
    _instance: _Keeper | None = None

    @classmethod
    def keep(cls, job: DeskJob) -> None:
        if cls._instance is None:
            app = QCoreApplication.instance()
            cls._instance = cls(app)
            app.aboutToQuit.connect(cls._instance.stop_all)
        cls.running.add(job)
        keeper = cls._instance
        # the job itself, not sender(): that is None when `finished` is delivered inside a
        # nested event loop (a lock waiting for the jobs, issue 13)
        job.finished.connect(lambda: keeper.release(job))

    def release(self, job: DeskJob) -> None:
        job.wait()  # `finished` comes just before the thread really ends
        self.running.discard(job)

    def stop_all(self) -> None:
        for job in list(self.running):
            job.cancelled = True
            job.wait()
        self.running.clear()


def stop_jobs() -> None:
    """Ask every running job to stop at its next progress report and wait until each has
    ended (the window is locking: no job may go on with the file, issue 13). Their outcomes
    reach their runners through the event loop."""
    if _Keeper._instance is not None:
        _Keeper._instance.stop_all()


class JobRunner(QObject):
    """One job at a time for a window: `start()`, `progressed(done, total)` while it runs
    (polled every 100 ms), `finished(outcome)` when it ends, `cancel()` to stop it at its
    next progress report."""

    progressed = Signal(int, int)
    finished = Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.job: DeskJob | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(100)
        self._timer.timeout.connect(self._poll)

    def busy(self) -> bool:
        return self.job is not None

    def start(self, db_path: Path | None, job) -> None:
        if self.busy():
            raise RuntimeError("a job is already running")
        thread = DeskJob(db_path, job)
        thread.finished.connect(self._on_finished)
        _Keeper.keep(thread)
        self.job = thread
        thread.start()
        self._timer.start()

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancelled = True

    def cancelled(self) -> bool:
        return self.job is not None and self.job.cancelled

    def wait(self) -> None:
        """Block until the job has ended and its outcome is delivered (scripts, tests)."""
        while self.job is not None:
            self.job.wait(50)
            QCoreApplication.processEvents()

    def _poll(self) -> None:
        if self.job is not None and self.job.total:
            self.progressed.emit(self.job.done, self.job.total)

    def _on_finished(self) -> None:
        self._timer.stop()
        job, self.job = self.job, None
        if job is not None:
            self.finished.emit(job.outcome)


# -- naming what is missing ---------------------------------------------------------------

class FactNames(QObject):
    """Missing facts, as core names them, in the DPO's words."""

    def name(self, key: str) -> str:
        from dpo_desk.ui.dialogs.incident_form import WORDS
        from dpo_desk.ui.profile_form import long_captions

        profile = long_captions()
        if key == "profile.dpo_phone_or_email":
            return self.tr("Company profile: the DPO's phone or email")
        if key.startswith("profile.") or key in profile:
            name = key.removeprefix("profile.")
            return self.tr("Company profile: {0}").format(profile.get(name, name))
        if key == "reply_text":
            return self.tr("The reply text of the case")
        return WORDS.captions().get(key, key)


# -- the dialog ---------------------------------------------------------------------------

class DocumentDialog(PdfPreviewDialog):
    """Document `kind` of complaint or incident `record_id`: made in a worker, then shown.
    States: working, shown, refused (what is missing, and a draft when core allows one),
    failed."""

    generated = Signal()

    def __init__(self, desk, kind: str, record_id: int, parent=None, *,
                 language: str | None = None):
        self.desk, self.kind, self.record_id = desk, kind, record_id
        self.record = complaints.get(desk, record_id) if kind in COMPLAINT_LETTERS else \
            incidents.get(desk, record_id)
        super().__init__(parent, file_name=self._file_name())
        self.setObjectName("documentDialog")
        self.setStyleSheet(STYLE)
        self.state = "idle"
        self.draft = False
        self.error: Exception | None = None
        self.missing: list[str] = []  # the fields core named, in its order
        self.runner = JobRunner(self)
        self.runner.finished.connect(self._on_generated)

        self.language_caption = QLabel()
        self.language = QComboBox()
        self.language.setObjectName("documentLanguage")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        default = language or (settings.get(desk, "language") if kind in COMPLAINT_LETTERS
                               else letters.BREACH_LANGUAGE)
        self.language.setCurrentIndex(max(0, self.language.findData(default)))
        self.language.currentIndexChanged.connect(lambda _i: self.generate(draft=self.draft))
        self.draft_banner = label("draftBanner", wrap=True)
        self.draft_banner.hide()
        self.late_note = label("lateNote", wrap=True)
        self.late_note.hide()
        options = QHBoxLayout()
        options.setSpacing(8)
        options.addWidget(self.language_caption)
        options.addWidget(self.language)
        options.addStretch(1)

        self.stack = QStackedWidget()
        self.stack.addWidget(self._build_working())
        self.stack.addWidget(self._build_refusal())
        self.content.removeWidget(self.preview)
        self.stack.addWidget(self.preview)
        self.content.insertLayout(1, options)
        self.content.insertWidget(2, self.draft_banner)
        self.content.insertWidget(3, self.late_note)
        self.content.insertWidget(4, self.stack, 1)
        self.retranslate()
        self.generate()

    def _file_name(self) -> str:
        names = {"acknowledge": "case-{0}-acknowledgement.pdf", "reply": "case-{0}-reply.pdf",
                 "extension": "case-{0}-extension.pdf", "identity": "case-{0}-identity.pdf",
                 "authority": "incident-{0}-authority-notice.pdf",
                 "minutes": "incident-{0}-minutes.pdf",
                 "subjects": "incident-{0}-subject-notice.pdf"}
        return names[self.kind].format(self.record_id)

    def _build_working(self) -> QWidget:
        self.working_label = label("muted")
        self.working_bar = QProgressBar()
        self.working_bar.setObjectName("jobProgress")
        self.working_bar.setRange(0, 0)
        self.working_bar.setTextVisible(False)
        self.working_bar.setMaximumWidth(360)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.working_label, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.working_bar, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        return page

    def _build_refusal(self) -> QWidget:
        self.refusal_title = label("refusalTitle", wrap=True)
        self.refusal_text = label("", wrap=True)
        self.missing_list = QListWidget()
        self.missing_list.setObjectName("missingFacts")
        self.missing_list.setWordWrap(True)
        self.missing_list.setMaximumHeight(220)
        self.refusal_hint = label("muted", wrap=True)
        self.draft_button = QPushButton()
        self.draft_button.setObjectName("primary")
        self.draft_button.clicked.connect(lambda: self.generate(draft=True))
        self.edit_button = QPushButton()
        self.edit_button.setObjectName("editFacts")
        self.edit_button.clicked.connect(self.edit_facts)
        self.edit_button.setVisible(self.kind in BREACH_DOCUMENTS)
        self.form = None  # the incident form opened from here
        buttons = QHBoxLayout()
        buttons.addWidget(self.draft_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        page = QWidget()
        page.setObjectName("refusalPage")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(8, 24, 8, 8)
        layout.setSpacing(10)
        layout.addWidget(self.refusal_title)
        layout.addWidget(self.refusal_text)
        layout.addWidget(self.missing_list)
        layout.addWidget(self.refusal_hint)
        layout.addLayout(buttons)
        layout.addStretch(1)
        return page

    # -- generating --------------------------------------------------------------------------

    def current_language(self) -> str:
        return self.language.currentData()

    def generate(self, *, draft: bool = False) -> None:
        """Make the document (a draft when `draft`) in the worker; shown when it is done.
        A request while one runs is dropped: the combo is disabled meanwhile."""
        if self.runner.busy():
            return
        self.draft, self.error = draft, None
        if not draft:  # a draft keeps the list of what it lacks for its banner
            self.missing = []
        self.state = "working"
        make, record_id, language = writer(self.kind), self.record_id, self.current_language()

        def job(desk, _worker) -> bytes:
            out = io.BytesIO()  # in memory: no copy of the document on the disk
            make(desk, record_id, out, language=language, draft=draft)
            return out.getvalue()

        self._show_state()
        self.runner.start(self.desk.path, job)

    def wait_until_idle(self) -> None:
        self.runner.wait()

    def _on_generated(self, outcome) -> None:
        if isinstance(outcome, ValidationError):
            self.error, self.state = outcome, "refused"
            self.missing = [e.field for e in outcome.errors]
        elif isinstance(outcome, Exception):
            self.error, self.state = outcome, "failed"
        else:
            self.load_bytes(outcome)
            self.state = "shown"
        self._show_state()
        if self.state == "shown":
            self.generated.emit()

    def edit_facts(self) -> None:
        """The incident's form; once saved, the document is made again."""
        from dpo_desk.ui.dialogs.incident_form import IncidentFormDialog

        self.form = IncidentFormDialog(self.desk, self.record_id, self)
        self.form.accepted.connect(lambda: self.generate())
        self.form.finished.connect(self.form.deleteLater)
        self.form.open()

    def draft_allowed(self) -> bool:
        return isinstance(self.error, ValidationError) and not any(
            e.field in NO_DRAFT_FIELDS for e in self.error.errors)

    def missing_names(self) -> list[str]:
        names = FactNames()
        return [names.name(key) for key in self.missing]

    # -- showing -----------------------------------------------------------------------------

    def _show_state(self) -> None:
        state = self.state
        self.language.setEnabled(state != "working")
        self.stack.setCurrentIndex({"working": 0, "refused": 1, "failed": 1}.get(state, 2))
        self.draft_banner.setVisible(state == "shown" and self.draft)
        self._show_draft_banner()
        self._show_late_note()
        self.status.clear()
        if state in ("refused", "failed"):
            self._show_refusal()

    def _show_late_note(self) -> None:
        """A complaint letter dated after its deadline (DOMAIN D3.9): made all the same, and
        said so."""
        late = letters.late_letter(self.desk, self.record_id, self.kind) \
            if self.state == "shown" and self.kind in COMPLAINT_LETTERS else None
        self.late_note.setVisible(late is not None)
        if late is not None:
            self.late_note.setText(self.tr(
                "This letter is dated {0}, after its deadline {1}. It carries the date of the "
                "step it belongs to (today while that step is not recorded); record the step "
                "with the day it happened if it was done in time.").format(
                    late[0].strftime("%d/%m/%Y"), late[1].strftime("%d/%m/%Y")))

    def _show_refusal(self) -> None:
        self.missing_list.clear()
        error = self.error
        if self.state == "failed":
            self.refusal_title.setText(self.tr("The document could not be made"))
            self.refusal_text.setText(str(error))
            self.missing_list.hide()
            self.refusal_hint.hide()
            self.draft_button.hide()
            return
        fields = [e.field for e in error.errors]
        if "reply_text" in fields:
            self.refusal_title.setText(self.tr("The case has no reply text yet"))
            self.refusal_text.setText(self.tr(
                "A reply letter carries the DPO's reply. Write it first with “Answer…” on "
                "the case, then make the letter again."))
            self.missing_list.hide()
            self.refusal_hint.hide()
            self.draft_button.hide()
            return
        self.refusal_title.setText(self.tr("Facts are missing for this document"))
        self.refusal_text.setText(self.tr(
            "The law requires these facts in the document; they are not recorded yet:"))
        self.missing_list.addItems([f"\u2022 {name}" for name in self.missing_names()])
        rows = sum(self.missing_list.sizeHintForRow(i) for i in range(self.missing_list.count()))
        self.missing_list.setFixedHeight(min(220, rows + 2 * self.missing_list.frameWidth()
                                             + 12))
        self.missing_list.show()
        if self.kind in BREACH_DOCUMENTS:
            hint = self.tr("Record them with “Edit facts…”; the company's details are "
                           "under Settings.")
        else:
            hint = self.tr("Fill in the company profile under Settings.")
        if self.draft_allowed():
            hint += " " + self.tr("Or generate a draft now: every page is marked as a draft "
                                  "and each missing fact is marked where it goes.")
        self.refusal_hint.setText(hint)
        self.refusal_hint.show()
        self.draft_button.setVisible(self.draft_allowed())

    def _show_draft_banner(self) -> None:
        text = self.tr("Draft: marked as a draft on every page. Do not send it; fill in the "
                       "missing facts and make the document again.")
        if self.missing:
            text += " " + self.tr("Missing: {0}.").format("; ".join(self.missing_names()))
        self.draft_banner.setText(text)

    def title_text(self) -> str:
        number = self.record_id
        if self.kind == "acknowledge":
            return self.tr("Acknowledgement of receipt · case #{0}").format(number)
        if self.kind == "reply":
            return self.tr("Reply letter · case #{0}").format(number)
        if self.kind == "extension":
            return self.tr("Extension notice · case #{0}").format(number)
        if self.kind == "identity":
            return self.tr("Identity request · case #{0}").format(number)
        if self.kind == "authority":
            form = self.record["notice_form"]
            return self.tr("Notice to the authority (Mẫu số {0}) · incident #{1}").format(
                form, number)
        if self.kind == "minutes":
            return self.tr("Minutes confirming the violation · incident #{0}").format(number)
        return self.tr("Notice to the people affected · incident #{0}").format(number)

    def retranslate(self) -> None:
        super().retranslate()
        title = self.title_text()
        self.setWindowTitle(title)
        self.heading.setText(title)
        self.language_caption.setText(self.tr("Language:"))
        if self.kind in BREACH_DOCUMENTS:
            self.language.setToolTip(self.tr(
                "Official documents are sent in Vietnamese; English is a translation for "
                "internal use."))
        self.working_label.setText(self.tr("Preparing the document…"))
        self._show_draft_banner()
        self.draft_button.setText(self.tr("Generate a draft anyway"))
        self.edit_button.setText(self.tr("Edit facts…"))
        if self.state in ("refused", "failed"):
            self._show_refusal()

    def reject(self) -> None:
        """Closing while the document is being made: it is dropped when it arrives."""
        self.runner.cancel()
        super().reject()


# -- the public notice --------------------------------------------------------------------

class PublicNoticeDialog(Retranslating, QDialog):
    """The text of a public notice (website, app) for incident `incident_id`, to copy
    (Decree 356 Art. 29(3)). Filling a template takes milliseconds: no worker."""

    def __init__(self, desk, incident_id: int, parent=None, *, language: str | None = None):
        super().__init__(parent)
        self.setObjectName("publicNoticeDialog")
        self.setStyleSheet(STYLE)
        self.desk, self.incident_id = desk, incident_id
        self.draft = False
        self.error: ValidationError | None = None
        self.missing: list[str] = []
        self.resize(760, 640)
        self.heading = label("cardTitle", wrap=True)
        self.intro = label("muted", wrap=True)
        self.language_caption = QLabel()
        self.language = QComboBox()
        self.language.setObjectName("documentLanguage")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(
            language or letters.BREACH_LANGUAGE)))
        self.language.currentIndexChanged.connect(lambda _i: self.generate(draft=self.draft))
        self.text = QPlainTextEdit()
        self.text.setObjectName("publicNotice")
        self.text.setReadOnly(True)
        self.refusal = label("refusalTitle", wrap=True)
        self.missing_list = QListWidget()
        self.missing_list.setObjectName("missingFacts")
        self.missing_list.setMaximumHeight(160)
        self.draft_button = QPushButton()
        self.draft_button.setObjectName("draftButton")
        self.draft_button.clicked.connect(lambda: self.generate(draft=True))
        self.copy_button = QPushButton()
        self.copy_button.setObjectName("primary")
        self.copy_button.clicked.connect(self.copy)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.reject)
        self.status = label("muted")
        options = QHBoxLayout()
        options.addWidget(self.language_caption)
        options.addWidget(self.language)
        options.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.draft_button)
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(8)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(options)
        layout.addWidget(self.refusal)
        layout.addWidget(self.missing_list)
        layout.addWidget(self.text, 1)
        layout.addLayout(buttons)
        self.retranslate()
        self.generate()

    def generate(self, *, draft: bool = False) -> None:
        self.draft, self.error, self.missing = draft, None, []
        try:
            text = letters.public_notice_text(self.desk, self.incident_id,
                                              self.language.currentData(), draft=draft)
        except ValidationError as error:
            self.error, self.missing = error, [e.field for e in error.errors]
            text = ""
        self.text.setPlainText(text)
        names = FactNames()
        self.missing_list.clear()
        self.missing_list.addItems([names.name(key) for key in self.missing])
        refused = self.error is not None
        self.refusal.setVisible(refused)
        self.missing_list.setVisible(refused)
        self.draft_button.setVisible(refused)
        self.text.setVisible(not refused)
        self.copy_button.setEnabled(not refused)
        self.status.clear()

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text.toPlainText())
        self.status.setText(self.tr("Copied."))

    def retranslate(self) -> None:
        title = self.tr("Public notice · incident #{0}").format(self.incident_id)
        self.setWindowTitle(title)
        self.heading.setText(title)
        self.intro.setText(self.tr(
            "For the company's website or app, when the people affected cannot all be told "
            "in time (Decree 356, Art. 29(3)). Copy it and publish it as it is or adapted."))
        self.language_caption.setText(self.tr("Language:"))
        self.refusal.setText(self.tr("Facts are missing for this notice:"))
        self.draft_button.setText(self.tr("Generate a draft anyway"))
        self.copy_button.setText(self.tr("Copy the text"))
        self.close_button.setText(self.tr("Close"))
