"""The one way the app runs work off the GUI thread (STYLE: long work never freezes the
window): `JobRunner` runs one job at a time for a window, the job getting a database
connection of its own (SQLite connections belong to the thread that opened them); its
outcome is a result or the exception raised, its progress is polled by a timer, and its
cancel flag is turned into False by the job's progress callback. Documents, packets,
reports, the dashboard's figures and the register import use it."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, Signal

from dpo_desk.core.desk import Desk
from dpo_desk.core.errors import DeskError

log = logging.getLogger(__name__)


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
    """Ask every running job to stop at its next progress report (an import rolls back) and
    wait until each has ended (the window is locking: no job may go on with the file, issue
    13). Their outcomes reach their runners through the event loop."""
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


class RunsAJob:
    """Mixin (before QDialog) for a dialog whose job runs in `self.runner` (a JobRunner)
    with a progress bar (`self.progress`): the progress shown as it comes, and Cancel (or
    Esc, or closing the window) stops the running job, the dialog closing once the job has
    ended (the dialog calls `job_ended()` after showing the outcome). The dialog provides
    `cancel()`."""

    _close_when_idle = False

    def show_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def reject(self) -> None:
        if self.runner.busy():
            self.cancel()
            self._close_when_idle = True
            return
        super().reject()

    def job_ended(self) -> None:
        if self._close_when_idle:
            super().reject()

    def wait_until_idle(self) -> None:
        """Block until the job has ended and its outcome is shown (scripts, tests)."""
        self.runner.wait()
