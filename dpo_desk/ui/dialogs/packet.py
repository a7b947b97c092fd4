"""Incident packets (CONTRACT: Incident packet): export one, with a progress bar and Cancel,
and verify one received back, naming every missing, extra or altered file. Both run in a
worker (`JobRunner`); core does the work (`packets.build`, `packets.verify`)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QListWidget,
    QProgressBar,
)

from dpo_desk.core import clock, files, incidents, packets
from dpo_desk.ui.dialogs.document import STYLE as DOCUMENT_STYLE
from dpo_desk.ui.dialogs.document import FactNames
from dpo_desk.ui.jobs import JobRunner, RunsAJob
from dpo_desk.ui.widgets import (
    Retranslating,
    hbox,
    label,
    open_folder,
    push_button,
    set_heading,
    vbox,
)

STYLE = DOCUMENT_STYLE + """
QLabel#packetResult { font-weight: bold; color: #17233d; }
QLabel#packetResult[tone="ok"] { color: #1b6b35; }
QLabel#packetResult[tone="bad"] { color: #a11d1d; }
QLabel#packetResult[tone="warn"] { color: #8a5a00; }
QListWidget#packetProblems { background: #ffffff; border: 1px solid #c9d1e1; border-radius: 6px;
    color: #a11d1d; }
QListWidget#packetProblems::item { padding: 3px 2px; border-bottom: 1px solid #f3e3e3; }
QLabel#packetPath { color: #34405a; }
QLabel#packetSigner[tone="ok"] { color: #1b6b35; }
QLabel#packetSigner[tone="bad"] { color: #a11d1d; font-weight: bold; }
QLabel#packetSigner[tone="warn"] { color: #8a5a00; }
"""
ZIP_FILTER = "(*.zip)"


def _set_tone(widget, tone: str) -> None:
    widget.setProperty("tone", tone)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class PacketExportDialog(RunsAJob, Retranslating, QDialog):
    """Write the packet of incident `incident_id` to a zip chosen by the DPO. States: idle,
    running, done, cancelled, failed. Cancel stops the worker at its next file; nothing is
    written then (core builds under a temporary name)."""

    def __init__(self, desk, incident_id: int, parent=None):
        super().__init__(parent)
        self.setObjectName("packetExportDialog")
        self.setStyleSheet(STYLE)
        self.desk, self.incident_id = desk, incident_id
        self.path: Path | None = None
        self.written: Path | None = None
        self.error: Exception | None = None
        self.state = "idle"
        self.missing: list[str] = []  # what the notice lacks: its documents are drafts
        self.cancel_requested = False
        self.runner = JobRunner(self)
        self.runner.progressed.connect(self.show_progress)
        self.runner.finished.connect(self._on_finished)
        self.resize(620, 300)

        self.heading = label("cardTitle", wrap=True)
        self.intro = label("muted", wrap=True)
        self.path_label = label("packetPath", wrap=True)
        self.progress = QProgressBar()
        self.progress.setObjectName("jobProgress")
        self.result = label("packetResult", wrap=True)
        self.note = label("muted", wrap=True)
        self.open_folder_button = push_button("openFolder", self.open_folder)
        self.cancel_button = push_button("cancelJob", self.reject)
        buttons = hbox(None, self.open_folder_button, self.cancel_button)
        vbox(self.heading, self.intro, self.path_label, self.progress, self.result, self.note, None,
             buttons, margins=(20, 16, 20, 14), spacing=10, parent=self)
        self.retranslate()

    def suggested_path(self) -> Path:
        stamp = clock.today().isoformat()
        return Path(self.desk.path).parent / f"incident-{self.incident_id}-packet-{stamp}.zip"

    def ask_target(self) -> str:
        """The file dialog; "" when the DPO cancels it."""
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the incident packet"), str(self.suggested_path()),
            self.tr("Zip archives") + f" {ZIP_FILTER}")
        if path and not path.lower().endswith(".zip"):
            path += ".zip"
        return path

    def start(self, path: Path | str) -> None:
        """Build the packet into `path` in the worker."""
        if self.runner.busy():
            return
        self.path, self.written, self.error = Path(path), None, None
        self.state, self.cancel_requested = "running", False
        self.missing = incidents.missing_notice_facts(
            self.desk, incidents.get(self.desk, self.incident_id))
        incident_id, target = self.incident_id, self.path
        self.runner.start(self.desk.path, lambda desk, job: packets.build(
            desk, incident_id, target, progress=job.report))
        self._show_state()

    def cancel(self) -> None:
        self.cancel_requested = True
        self.runner.cancel()
        self.progress.setFormat(self.tr("Cancelling…"))

    def _on_finished(self, outcome) -> None:
        if isinstance(outcome, Path):
            self.written, self.state = outcome, "done"
        elif self.cancel_requested:
            self.state = "cancelled"
        else:
            self.error, self.state = outcome, "failed"
        self._show_state()
        self.job_ended()

    def open_folder(self) -> None:
        if self.written is not None:
            open_folder(self.written)

    def _show_state(self) -> None:
        state = self.state
        running = state == "running"
        self.progress.setVisible(running)
        if running:
            self.progress.setRange(0, 0)
            self.progress.setValue(0)
            self.progress.setFormat(self.tr("%v of %m files"))
        self.path_label.setVisible(self.path is not None)
        if self.path is not None:
            self.path_label.setText(self.tr("To: {0}").format(self.path))
        self.open_folder_button.setVisible(state == "done")
        self.cancel_button.setText(self.tr("Cancel") if running else self.tr("Close"))
        self.result.setVisible(state not in ("idle", "running"))
        self.note.setVisible(state == "done" and bool(self.missing))
        if state == "done":
            self.result.setText(self.tr("The packet was written to {0}").format(self.written))
            _set_tone(self.result, "ok")
            names = FactNames()
            self.note.setText(self.tr(
                "Its documents are drafts: the notice still lacks {0}.").format(
                "; ".join(names.name(key) for key in self.missing)))
        elif state == "cancelled":
            self.result.setText(self.tr("Cancelled: nothing was written."))
            _set_tone(self.result, "warn")
        elif state == "failed":
            self.result.setText(self.tr("The packet was not written: {0}").format(self.error))
            _set_tone(self.result, "bad")

    def retranslate(self) -> None:
        title = self.tr("Export the packet of incident #{0}").format(self.incident_id)
        set_heading(self, title, self.tr(
            "One zip for the authority or an auditor: the incident record, its timeline and "
            "audit trail, the notice, the minutes, the notice to the people affected and "
            "every evidence file, each listed with its SHA-256 hash in manifest.json so "
            "that any later change is detected."))
        self.open_folder_button.setText(self.tr("Show in folder"))
        self._show_state()


class PacketVerifyDialog(Retranslating, QDialog):
    """Check a packet: every file against the hash in its manifest, and its signature: who
    signed it and whether that is this company's key (`company_key`, the open database's
    fingerprint). States: idle, running, intact, damaged (the problems listed), refused
    (not a readable zip)."""

    def __init__(self, parent=None, *, company_key: str | None = None):
        super().__init__(parent)
        self.setObjectName("packetVerifyDialog")
        self.setStyleSheet(STYLE)
        self.company_key = company_key
        self.path: Path | None = None
        self.problems: list[str] = []
        self.verdict: packets.Verdict | None = None
        self.error: Exception | None = None
        self.state = "idle"
        self.runner = JobRunner(self)
        self.runner.finished.connect(self._on_finished)
        self.resize(680, 420)

        self.heading = label("cardTitle")
        self.intro = label("muted", wrap=True)
        self.path_label = label("packetPath", wrap=True)
        self.progress = QProgressBar()
        self.progress.setObjectName("jobProgress")
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.result = label("packetResult", wrap=True)
        self.signer = label("packetSigner", wrap=True)
        self.signer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem_list = QListWidget()
        self.problem_list.setObjectName("packetProblems")
        self.problem_list.setWordWrap(True)
        self.problem_list.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.problem_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.choose_button = push_button(clicked=self.choose_and_start)
        self.close_button = push_button(clicked=self.reject)
        buttons = hbox(self.choose_button, None, self.close_button)
        layout = vbox(self.heading, self.intro, self.path_label, self.progress, self.result,
                      self.signer, (self.problem_list, 1), margins=(20, 16, 20, 14), spacing=10,
                      parent=self)
        layout.addStretch(0)
        layout.addLayout(buttons)
        self.retranslate()

    def ask_source(self, folder: Path | str = "") -> str:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Verify an incident packet"), str(folder),
            self.tr("Zip archives") + f" {ZIP_FILTER}")
        return path

    def choose_and_start(self) -> None:
        path = self.ask_source(self.path.parent if self.path else "")
        if path:
            self.start(path)

    def start(self, path: Path | str) -> None:
        if self.runner.busy():
            return
        self.path, self.problems, self.error, self.verdict = Path(path), [], None, None
        self.state = "running"
        target, key = self.path, self.company_key
        self.runner.start(None, lambda _desk, _job: packets.check(
            files.require_regular(target), company_key=key))  # a pipe or device would hang
        self._show_state()

    def wait_until_idle(self) -> None:
        self.runner.wait()

    def _on_finished(self, outcome) -> None:
        if isinstance(outcome, packets.Verdict):
            self.verdict, self.problems = outcome, outcome.problems
            self.state = "damaged" if outcome.problems else "intact"
        else:
            self.error, self.state = outcome, "refused"
        self._show_state()

    def problem_text(self, problem: str) -> str:
        """A problem as core names it, in the interface language where it has a known
        form; the file names stay as they are."""
        forms = (
            (r"missing: (.+)", self.tr("Missing: {0}")),
            (r"extra: (.+) \(not in the manifest\)", self.tr("Extra, not in the manifest: {0}")),
            (r"altered: (.+) \(cannot be read\)", self.tr("Damaged, cannot be read: {0}")),
            (r"altered: (.+) \(SHA-256 or size differs from the manifest\)",
             self.tr("Altered: {0} (its SHA-256 hash or size differs from the manifest)")),
            (r"manifest\.json is missing", self.tr("manifest.json is missing: this is not a "
                                                   "DPO Desk packet, or it was stripped")),
            (r"unsigned: signature\.json is missing", self.tr(
                "Unsigned: signature.json is missing, so nothing proves who made the packet")),
            (r"forged: the signature does not match manifest\.json", self.tr(
                "Forged: the signature does not match manifest.json (the list of files was "
                "changed after signing)")),
            (r"foreign key: signed with key (.+), not the company's key (.+)", self.tr(
                "Signed with another key ({0}), not this company's key ({1})")),
            (r"unsafe member: (.+) is a (.+), not a regular file", self.tr(
                "Refused: {0} is a {1}, not a regular file")),
            (r"twin names: (.+) are the same name after Unicode normalisation or case folding",
             self.tr("Refused: {0} are the same name once case and accents are normalised")),
            (r"duplicate: (.+) is listed twice in manifest\.json", self.tr(
                "{0} is listed twice in manifest.json")),
            (r"incomplete: the packet has no authority notice \((.+)\)", self.tr(
                "Incomplete: the packet has no authority notice ({0})")),
        )
        for pattern, text in forms:
            found = re.fullmatch(pattern, problem, re.S)
            if found:
                return text.format(*found.groups())
        return problem

    def _show_state(self) -> None:
        state = self.state
        self.progress.setVisible(state == "running")
        self.choose_button.setEnabled(state != "running")
        self.path_label.setVisible(self.path is not None)
        if self.path is not None:
            self.path_label.setText(self.tr("Packet: {0}").format(self.path))
        self.result.setVisible(state not in ("idle", "running"))
        self._show_signer()
        self.problem_list.clear()
        self.problem_list.setVisible(state == "damaged")
        if state == "intact":
            self.result.setText(self.tr("Intact: every file matches the hash in its manifest."))
            _set_tone(self.result, "ok")
        elif state == "damaged":
            self.result.setText(self.tr("%n problem(s) found: the packet was changed after "
                                        "it was made.", "", len(self.problems)))
            _set_tone(self.result, "bad")
            self.problem_list.addItems([self.problem_text(p) for p in self.problems])
        elif state == "refused":
            self.result.setText(self.tr("This file cannot be checked: {0}").format(self.error))
            _set_tone(self.result, "bad")

    def _show_signer(self) -> None:
        """Who signed: the key's fingerprint and whether it is this company's."""
        verdict = self.verdict
        self.signer.setVisible(verdict is not None)
        if verdict is None:
            return
        if verdict.signer is None:
            self.signer.setText(self.tr("No valid signature: nothing proves who made it."))
            _set_tone(self.signer, "bad")
        elif verdict.company:
            self.signer.setText(self.tr("Signed by this company's key {0}.").format(
                verdict.signer))
            _set_tone(self.signer, "ok")
        elif verdict.company is False:
            self.signer.setText(self.tr(
                "Signed with key {0}, which is NOT this company's key ({1}).").format(
                verdict.signer, self.company_key))
            _set_tone(self.signer, "bad")
        else:
            self.signer.setText(self.tr(
                "Signed with key {0}; compare it with the fingerprint printed on the authority "
                "notice.").format(verdict.signer))
            _set_tone(self.signer, "warn")

    def retranslate(self) -> None:
        set_heading(self, self.tr("Verify an incident packet"), self.tr(
            "Every file of the packet is hashed again and compared with its manifest, and the "
            "manifest's signature is checked: a missing, added or altered file is named, and "
            "so is who signed it."))
        self.choose_button.setText(self.tr("Choose another packet…"))
        self.close_button.setText(self.tr("Close"))
        self._show_state()
