"""The selected case in full (DOMAIN D3): its facts, both deadlines and which binds, the
identity check, the reply, the outcome, its files and its timeline from the audit trail, with
the buttons of the steps its status allows and of its letters, which the complaints view
carries out. Every verdict is core's (`complaints`, `rules`, `attachments`); this pane shows."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFileDialog, QFrame, QPushButton, QSplitter, QWidget

from dpo_desk.core import attachments, complaints, register, rules
from dpo_desk.core.errors import DeskError
from dpo_desk.ui.complaints_model import (
    ack_overdue_text,
    binding_labels,
    channel_labels,
    complexity_labels,
    day_text,
    days_left_text,
    identity_labels,
    kind_labels,
    mask,
    outcome_labels,
    status_labels,
    status_text,
    tone,
)
from dpo_desk.ui.formatting import file_size, local_time
from dpo_desk.ui.i18n import citation, event_text
from dpo_desk.ui.widgets import (
    FlowLayout,
    hbox,
    keep_wrapped_height,
    label,
    push_button,
    set_badge,
    text_browser,
    vbox,
)

# The steps of the pane: a status to move to, "extend" or "erase".
STEPS = ("acknowledged", "identity_check", "in_progress", "on_hold", "answered", "closed",
         "extend", "erase")
LETTERS = ("acknowledge", "identity", "extension", "reply")
BADGES = {"overdue": "badgeBad", "soon": "badgeWarn", "ok": "badgeOk", "late": "badgeBad",
          "on_time": "badgeOk", "": "badgeNeutral"}
STYLE = """
QFrame#complaintDetail { background: #ffffff; border: 1px solid #dfe4ee; border-radius: 8px; }
QLabel#badgeNeutral { background: #eef1f6; color: #34405a; border-radius: 8px; padding: 2px 8px; }
QLabel#detailTitle { font-size: 12.5pt; font-weight: bold; color: #17233d; }
QTextBrowser#complaintFacts, QTextBrowser#complaintTimeline { border: 1px solid #dfe4ee;
    border-radius: 6px; background: #ffffff; }
QPushButton#stepButton { padding: 5px 10px; }
"""


class Bold(str):
    """A value the pane prints in bold."""


class ComplaintDetail(QFrame):
    """The detail pane of the complaints view. Its step and letter buttons ask the view to
    carry them out; files are attached here."""

    step_requested = Signal(str)
    letter_requested = Signal(str)

    def __init__(self, desk, parent=None):
        super().__init__(parent)
        self.desk = desk
        self.case: dict | None = None  # the case shown
        self.case_row: dict | None = None  # as stored when shown (a step checks it)
        self.masked = False  # requesters' names and contacts hidden
        self.timeline_rows: list[tuple[str, str, str]] = []  # (when, who, what), oldest first
        self.timeline_headers: tuple[str, ...] = ()
        self.setObjectName("complaintDetail")
        self._build()

    def _build(self) -> None:
        self.detail_title = label("detailTitle")
        self.status_badge = label("badgeOk")
        self.due_badge = label("badgeOk")
        head = hbox(self.detail_title, self.status_badge, self.due_badge, None, spacing=8)
        # the steps, then files and letters: one row that wraps in a narrow window
        steps = FlowLayout(spacing=6)
        self.step_buttons = self._buttons(steps, "step", STEPS, self.step_requested)
        self.attach_button = push_button("attachButton", self.choose_files)
        steps.addWidget(self.attach_button)
        self.letter_buttons = self._buttons(steps, "letter", LETTERS, self.letter_requested)
        self.step_message = label("fieldError", wrap=True)
        self.step_message.hide()

        self.facts = text_browser("complaintFacts")
        self.timeline = text_browser("complaintTimeline")
        self.timeline_title = label("cardTitle")
        timeline_box = QWidget()
        vbox(self.timeline_title, (self.timeline, 1), margins=0, spacing=4, parent=timeline_box)
        inner = QSplitter(Qt.Orientation.Horizontal)
        inner.addWidget(self.facts)
        inner.addWidget(timeline_box)
        inner.setStretchFactor(0, 5)
        inner.setStretchFactor(1, 4)
        inner.setSizes([520, 420])

        vbox(head, steps, self.step_message, (inner, 1), margins=(14, 10, 14, 12), spacing=8,
             parent=self)
        keep_wrapped_height(self)

    @staticmethod
    def _buttons(row: FlowLayout, kind: str, names: tuple[str, ...],
                 signal) -> dict[str, QPushButton]:
        """A button per name (its `kind` property set to it) that emits `signal` with it."""
        buttons = {}
        for name in names:
            button = push_button(f"{kind}Button")
            button.setProperty(kind, name)
            button.clicked.connect(lambda _=False, n=name: signal.emit(n))
            buttons[name] = button
            row.addWidget(button)
        return buttons

    # -- showing a case ----------------------------------------------------------------------

    def show_case(self, case_id: int | None) -> None:
        """Read case `case_id` (None: no case) and show it in full."""
        self.case = None
        self.step_message.hide()
        if case_id is not None:
            try:
                self.case = complaints.get(self.desk, case_id)
                # as stored when shown: a step is refused if the case changed elsewhere since
                self.case_row = self.desk.get(complaints.TABLE, case_id)
            except DeskError:
                self.case = None
        case = self.case
        for step, button in self.step_buttons.items():
            button.setEnabled(case is not None and complaints.step_allowed(case, step))
        for kind, button in self.letter_buttons.items():
            button.setEnabled(case is not None and complaints.letter_allowed(case, kind))
        self.attach_button.setEnabled(case is not None)
        if case is None:
            self.detail_title.setText(self.tr("No case selected"))
            self.status_badge.hide()
            self.due_badge.hide()
            hint = escape(self.tr("Select a case to see its facts, deadlines and timeline. "
                                  "Press Enter to work on it."))
            self.facts.setHtml(f"<p style='color:#6b7590'>{hint}</p>")
            self.timeline_rows = []
            self.timeline.clear()
            return
        name = mask(case["requester_name"]) if self.masked else case["requester_name"]
        self.detail_title.setText(f"#{case['id']} · {name}")
        set_badge(self.status_badge, "badgeWarn" if case["status"] == "on_hold"
                  else "badgeNeutral", status_text(case["status"]))
        self.status_badge.show()
        due = self.tr("Due {0}").format(day_text(case["due"]))
        if tone(case):
            due = self.tr("{0} · {1}").format(due, days_left_text(case))
        set_badge(self.due_badge, BADGES[tone(case)], due)
        self.due_badge.show()
        self.facts.setHtml(self.facts_html(case))
        self._fill_timeline(case["id"])

    def show_message(self, text: str) -> None:
        """An error under the steps (a step or a file refused)."""
        self.step_message.setText(text)
        self.step_message.show()

    def focus_first(self) -> None:
        """The first step the case allows takes the focus, else its facts."""
        enabled = [b for b in self.step_buttons.values() if b.isEnabled()]
        (enabled[0] if enabled else self.facts).setFocus()

    # -- the facts ---------------------------------------------------------------------------

    def facts_html(self, case: dict) -> str:
        masked = self.masked
        yes, no = self.tr("Yes"), self.tr("No")
        entries = []
        for entry_id in complaints.linked_entries(self.desk, case["id"]):
            try:
                entries.append(register.get(self.desk, entry_id)["name"])
            except DeskError:
                entries.append(f"#{entry_id}")
        facts = [
            (self.tr("Kind"), kind_labels().get(case["kind"], case["kind"])),
            (self.tr("Channel"), channel_labels().get(case["channel"], case["channel"])),
            (self.tr("Received"), day_text(case["received_on"])),
            (self.tr("Requester"), mask(case["requester_name"]) if masked
             else case["requester_name"]),
            (self.tr("Contact"), mask(case["requester_contact"]) if masked
             else case["requester_contact"]),
            (self.tr("Complexity"), complexity_labels().get(case["complexity"], "")),
            (self.tr("Third party must act"), yes if case["third_party_involved"] else no),
            (self.tr("Data concerned"), "; ".join(entries)),
            (self.tr("What is asked"), case["summary"]),
            (self.tr("Entered by"), self.tr("{0} on {1}").format(
                case["entered_by"], local_time(case["created_at"]))),
        ]
        if case["status"] == "on_hold":
            facts.append((self.tr("Waiting for"), case["hold_reason"] + " — " + self.tr(
                "the deadline keeps running")))
        sections = [(self.tr("Deadlines"), self.deadline_rows(case))]
        if case["status"] == "closed":
            sections.append((self.tr("Outcome"), [
                (self.tr("Outcome"), outcome_labels().get(case["outcome"] or "", "")),
                (self.tr("Reason"), case["outcome_reason"]),
                (self.tr("Closed"), local_time(case["closed_at"]))]))
        sections += [(self.tr("Case"), facts),
                     (self.tr("Identity check"), self.identity_rows(case)),
                     (self.tr("Reply"), [("", case["reply_text"] or
                                          self.tr("No reply written yet."))]),
                     (self.tr("Files"), self.file_rows(case))]
        # One table for every section, so that the values line up.
        body = "".join(self._section(title, rows) for title, rows in sections)
        return f"<table cellspacing='0' cellpadding='2' width='100%'>{body}</table>"

    def deadline_rows(self, case: dict) -> list[tuple[str, str]]:
        if case["policy_day_mode"] == "working":
            promise = self.tr("%n working day(s)", "", case["policy_days"])
        else:
            promise = self.tr("%n calendar day(s)", "", case["policy_days"])
        legal = rules.legal_deadline(case["kind"], date.fromisoformat(case["received_on"]))
        # DOMAIN D3.8: after an extension, the extended promise and the extended legal limit
        # side by side, each with the date it replaced
        policy_due, legal_due = case["policy_due"], case["legal_due"]
        if case["extension_days"] and case["extended_policy_due"]:
            policy_due, legal_due = case["extended_policy_due"], case["extended_legal_due"]
            promise = self.tr("{0}; extended from {1}").format(promise,
                                                                day_text(case["policy_due"]))
        rows = [(self.tr("Company's promise"), f"{day_text(policy_due)} ({promise})")]
        if legal is None:
            rows.append((self.tr("Legal deadline"), self.tr("none for this kind of request")))
        else:
            source = citation(legal.source)
            if legal_due != case["legal_due"]:
                source = self.tr("{0}; extended from {1}").format(source,
                                                                  day_text(case["legal_due"]))
            rows.append((self.tr("Legal deadline"), f"{day_text(legal_due)} ({source})"))
        if legal is not None and case["ack_due"]:  # Decree 13 set none (DOMAIN D3.7)
            acknowledged = local_time(case["acknowledged_at"]) if case["acknowledged_at"] \
                else self.tr("not yet")
            ack = self.tr("{0} (acknowledged: {1})").format(day_text(case["ack_due"]),
                                                           acknowledged)
            rows.append((self.tr("Acknowledge by"), Bold(ack_overdue_text(case))
                         if case["ack_overdue"] else ack))
        binds = binding_labels()[case["binding"]]
        rows.append((self.tr("Due"), Bold(self.tr("{0} · binding: {1}").format(
            day_text(case["due"]), binds))))
        if case["extension_days"]:
            rows.append((self.tr("Original due date"), day_text(case["original_due"])))
            rows.append((self.tr("Extension"), self.tr("%n day(s): {0}", "",
                                                       case["extension_days"]).format(
                case["extension_reason"])))
        return rows

    def identity_rows(self, case: dict) -> list[tuple[str, str]]:
        if not case["identity_result"]:
            return [(self.tr("Result"), self.tr("not recorded"))]
        return [(self.tr("Result"), identity_labels().get(case["identity_result"], "")),
                (self.tr("Method"), case["identity_method"]),
                (self.tr("Checked by"), self.tr("{0} on {1}").format(
                    case["identity_checked_by"], local_time(case["identity_checked_at"])))]

    def file_rows(self, case: dict) -> list[tuple[str, str]]:
        """The case's files (the request letter, ID copies, the reply sent), each with its
        size and the start of its SHA-256; ✗ when the stored copy no longer matches it."""
        rows = []
        for item in attachments.list_for(self.desk, "complaints", case["id"]):
            mark = "✓" if attachments.intact(self.desk, item["id"]) else "✗"
            rows.append((item["filename"], f"{file_size(item['bytes'])} · SHA-256 "
                                           f"{item['sha256'][:12]}… {mark}"))
        return rows or [("", self.tr("No file attached."))]

    @staticmethod
    def _section(title: str, rows: list[tuple[str, str]]) -> str:
        """A heading row and a row per fact; a fact without a name spans both columns."""
        out = [f"<tr><td colspan='2' style='padding-top:8px'><b>{escape(title)}</b></td></tr>"]
        for key, value in rows:
            if not value:
                continue
            text = f"<b>{escape(value)}</b>" if isinstance(value, Bold) else escape(value)
            if not key:
                out.append(f"<tr><td colspan='2' style='white-space:pre-wrap'>{text}</td></tr>")
                continue
            out.append(f"<tr><td style='color:#5b6680; padding-right:14px; white-space:nowrap'>"
                       f"{escape(key)}</td><td>{text}</td></tr>")
        return "".join(out)

    # -- files -------------------------------------------------------------------------------

    def choose_files(self) -> None:
        if self.case is None:
            return
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach files to the case"))
        if paths:
            self.attach_files(paths)

    def attach_files(self, paths: list[str]) -> list[int]:
        """Store files with the shown case (audited); errors shown under the steps."""
        added, errors = [], []
        for path in paths:
            try:
                added.append(attachments.add(self.desk, "complaints", self.case["id"], path))
            except DeskError as error:
                errors.append(str(error))
        self.show_case(self.case["id"])
        if errors:
            self.show_message("\n".join(errors))
        return added

    # -- the timeline ------------------------------------------------------------------------

    def _fill_timeline(self, case_id: int) -> None:
        self.timeline_rows = [(local_time(e["at"]), e["actor"], self.describe(e))
                              for e in complaints.timeline(self.desk, case_id)]
        head = "".join(f"<th align='left' style='color:#34405a'>{escape(h)}</th>"
                       for h in self.timeline_headers)
        rows = "".join(
            f"<tr><td style='color:#5b6680; white-space:nowrap'>{escape(when)}</td>"
            f"<td style='white-space:nowrap'>{escape(who)}</td><td>{escape(what)}</td></tr>"
            for when, who, what in self.timeline_rows)
        self.timeline.setHtml(f"<table width='100%' cellspacing='0' cellpadding='3'>"
                              f"<tr>{head}</tr>{rows}</table>")

    def describe(self, event: dict) -> str:
        """One step of the timeline in words (its event, core/eventlog.py), status names in
        the interface language."""
        if event["action"] == "insert":
            return self.tr("Case recorded")
        statuses, outcomes, results = status_labels(), outcome_labels(), identity_labels()
        text = event_text(event, {"from": lambda c: statuses.get(c, c),
                                  "to": lambda c: statuses.get(c, c),
                                  "outcome": lambda c: outcomes.get(c, c),
                                  "result": lambda c: results.get(c, c), "due": day_text})
        if text is not None:
            return text
        changed = {name for name, _old, _new in event["changes"]} - {"updated_at"}
        if not event["note"] and changed == {"reply_text"}:
            return self.tr("Reply text saved")
        return event["note"] or ", ".join(sorted(changed))

    # -- texts -------------------------------------------------------------------------------

    def retranslate(self) -> None:
        texts = {"acknowledged": self.tr("Acknowledge"),
                 "identity_check": self.tr("Identity check…"),
                 "in_progress": self.tr("Start work"),
                 "on_hold": self.tr("Put on hold…"),
                 "answered": self.tr("Answer…"),
                 "closed": self.tr("Close…"),
                 "extend": self.tr("Extend…"),
                 "erase": self.tr("Erase personal data…")}
        for step, button in self.step_buttons.items():
            button.setText(texts[step])
        self.step_buttons["on_hold"].setToolTip(self.tr(
            "Wait for the requester; the deadline keeps running"))
        self.step_buttons["erase"].setToolTip(self.tr(
            "Erase the requester's personal data from this closed case and its audit trail"))
        self.attach_button.setText(self.tr("Attach files…"))
        letters = self.letter_buttons
        letters["acknowledge"].setText(self.tr("Acknowledgement letter…"))
        letters["acknowledge"].setToolTip(self.tr(
            "The letter confirming receipt: case number, due date, the DPO's contact"))
        letters["reply"].setText(self.tr("Reply letter…"))
        letters["reply"].setToolTip(self.tr(
            "The letter carrying the reply text of the case; a refusal gives its reasons and "
            "the requester's recourse"))
        letters["identity"].setText(self.tr("Identity request…"))
        letters["identity"].setToolTip(self.tr(
            "The letter asking the requester to prove their identity"))
        letters["extension"].setText(self.tr("Extension notice…"))
        letters["extension"].setToolTip(self.tr(
            "The letter telling the requester of the extension, its reason and the new date"))
        self.timeline_title.setText(self.tr("Timeline"))
        self.timeline_headers = (self.tr("When"), self.tr("Who"), self.tr("What"))
