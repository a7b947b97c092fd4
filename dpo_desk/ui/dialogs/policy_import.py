"""Register > Import privacy policy…: the company's published policy read by core
(`core/policy`), a preview of every proposed register entry and every gap, each editable (an
entry's name, which items it keeps, which gaps go to the checklist), the sentence behind the
selected finding highlighted in the policy's text; Apply writes it all in one transaction."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
)

from dpo_desk.core import register
from dpo_desk.core.errors import DeskError, ValidationError
from dpo_desk.core.policy import analyse, apply, reader
from dpo_desk.ui.register_model import ui_language
from dpo_desk.ui.widgets import (
    Retranslating,
    hbox,
    label,
    push_button,
    resize_on_screen,
    set_heading,
    vbox,
    with_detail,
)

EVIDENCE = Qt.ItemDataRole.UserRole  # the sentence a row rests on
KEY = Qt.ItemDataRole.UserRole + 1  # ("entry", n), ("item", n, code) or ("gap", n)
HIGHLIGHT = "#ffe27a"


class PolicyImportDialog(Retranslating, QDialog):
    applied = Signal(list)  # the new entry ids

    def __init__(self, desk, parent=None):
        super().__init__(parent)
        self.desk = desk
        self.path = ""
        self.analysis: analyse.Analysis | None = None
        self.proposals: list[apply.Proposal] = []
        self.ids: list[int] = []
        self.message: QMessageBox | None = None  # the last error shown (tests read it)
        self.setObjectName("policyImportDialog")
        resize_on_screen(self, 1100, 700)

        self.heading = label("pageTitle")
        self.intro = label("pageSubtitle", wrap=True)
        self.file_edit = QLineEdit()
        self.file_edit.setReadOnly(True)
        self.file_edit.setObjectName("policyFile")
        self.choose_button = push_button(clicked=self.choose_file)
        file_row = hbox((self.file_edit, 1), self.choose_button)
        self.summary = label("importSummary", wrap=True)

        self.tree = QTreeWidget()
        self.tree.setObjectName("policyFindings")
        self.tree.setColumnCount(2)
        self.tree.setColumnWidth(0, 380)
        self.tree.setAlternatingRowColors(True)
        self.tree.currentItemChanged.connect(self._show_evidence)
        splitter, self.source = with_detail(self.tree, "policySource", (600, 480), beside=True)

        self.cancel_button = push_button(clicked=self.reject)
        self.apply_button = push_button("primary")
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self.apply_changes)
        buttons = hbox(None, self.cancel_button, self.apply_button)

        vbox(self.heading, self.intro, file_row, self.summary, (splitter, 1), buttons, parent=self)
        self.retranslate()

    # -- reading ---------------------------------------------------------------------------

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the published privacy policy"), "",
            self.tr("Policies (*.txt *.html *.htm *.docx *.pdf);;All files (*)"))
        if path:
            self.read_file(path)

    def read_file(self, path: str) -> bool:
        """Read and analyse the policy at `path` (a few hundred milliseconds at most) and
        show the proposal; a file core refuses is named in a message, nothing changes."""
        self.path = path
        self.file_edit.setText(path)
        try:
            text = reader.read_policy(path)
            self.analysis = analyse.analyse(text)
            self.proposals = apply.propose(self.analysis, source=_name(path),
                                           taken=register.folded_names(self.desk))
        except DeskError as error:
            self.analysis, self.proposals = None, []
            self._fill()
            self.show_error(self.tr("The policy cannot be read"), _message(error))
            return False
        self._fill()
        return True

    def _fill(self) -> None:
        self.tree.clear()
        self.apply_button.setEnabled(self.analysis is not None)
        if self.analysis is None:
            self.source.clear()
            self.summary.clear()
            return
        english = ui_language() == "en"
        entries = QTreeWidgetItem(self.tree, [self.tr("Proposed register entries"), ""])
        for n, proposal in enumerate(self.proposals):
            values = proposal.values
            row = QTreeWidgetItem(entries, [values["name"], "; ".join(values["purpose"])])
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsEditable)
            row.setData(0, KEY, ("entry", n))
            row.setData(0, EVIDENCE, next(iter(proposal.evidence.values()), ""))
            items = {i["code"]: i for i in self.analysis.items}
            for code in values["items"]:
                item = items[code]
                text = item["label_en"] if english else item["label"]
                flag = self.tr("sensitive: {0}").format(item["article"]) \
                    if item["sensitive"] else ""
                child = QTreeWidgetItem(row, [text, flag])
                child.setFlags(child.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                child.setCheckState(0, Qt.CheckState.Checked)
                child.setData(0, KEY, ("item", n, code))
                child.setData(0, EVIDENCE, item["evidence"])
        gaps = QTreeWidgetItem(self.tree, [self.tr("Gaps against the law"), ""])
        for n, gap in enumerate(self.analysis.gaps):
            child = QTreeWidgetItem(gaps, [gap["text_en"] if english else gap["text"],
                                           gap["code"]])
            child.setFlags(child.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            child.setCheckState(0, Qt.CheckState.Checked)
            child.setToolTip(0, gap["text_en"] if english else gap["text"])
            child.setData(0, KEY, ("gap", n))
            child.setData(0, EVIDENCE, gap["evidence"] or "")
        self.tree.expandAll()
        company = self.analysis.company or self.tr("(no company named)")
        self.summary.setText(self.tr(
            "{0}: {1} data items in {2} proposed entries, {3} gaps. Untick what should not be "
            "added; double-click an entry to rename it or change its purposes.").format(
                company, len(self.analysis.items), len(self.proposals), len(self.analysis.gaps)))
        self._show_text("")

    def _show_evidence(self, current: QTreeWidgetItem | None, _previous=None) -> None:
        self._show_text(current.data(0, EVIDENCE) or "" if current else "")

    def _show_text(self, sentence: str) -> None:
        """The policy's text with `sentence` highlighted and scrolled into view."""
        text = self.analysis.text if self.analysis else ""
        where = text.find(sentence) if sentence else -1
        if where < 0:
            body = escape(text)
        else:
            body = (escape(text[:where]) + f'<a name="found"></a><span style="background:'
                    f'{HIGHLIGHT}">{escape(sentence)}</span>'
                    + escape(text[where + len(sentence):]))
        self.source.setHtml("<div style='white-space: pre-wrap'>" + body + "</div>")
        if where >= 0:
            self.source.scrollToAnchor("found")

    # -- applying --------------------------------------------------------------------------

    def chosen(self) -> tuple[list[apply.Proposal], list[dict]]:
        """The proposals as edited (names, purposes separated by ";", items left ticked) and
        the gaps left ticked."""
        proposals, gaps = [], []
        for top in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(top)
            for index in range(group.childCount()):
                row = group.child(index)
                key = row.data(0, KEY)
                if key[0] == "gap":
                    if row.checkState(0) == Qt.CheckState.Checked:
                        gaps.append(self.analysis.gaps[key[1]])
                    continue
                proposal = self.proposals[key[1]]
                codes = [row.child(i).data(0, KEY)[2] for i in range(row.childCount())
                         if row.child(i).checkState(0) == Qt.CheckState.Checked]
                if codes:
                    purposes = [p.strip() for p in row.text(1).split(";") if p.strip()]
                    values = proposal.values | {"name": row.text(0).strip(), "items": codes,
                                                "purpose": purposes}
                    proposals.append(apply.Proposal(values, proposal.evidence))
        return proposals, gaps

    def apply_changes(self) -> bool:
        if self.analysis is None:
            return False
        proposals, gaps = self.chosen()
        self.analysis.gaps = gaps
        try:
            self.ids, _ = apply.apply(self.desk, self.analysis, proposals, source=_name(self.path))
        except (ValidationError, DeskError) as error:
            self.show_error(self.tr("Nothing was added"), _message(error))
            return False
        self.applied.emit(self.ids)
        self.accept()
        return True

    def show_error(self, title: str, text: str) -> None:
        self.message = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=self)
        self.message.addButton(self.tr("Close"), QMessageBox.ButtonRole.AcceptRole)
        self.message.open()

    def retranslate(self) -> None:
        set_heading(self, self.tr("Import the published privacy policy"), self.tr(
            "DPO Desk reads the policy (.txt, .html, .docx or .pdf) and proposes register "
            "entries and the gaps against Law 91/2025 and Decree 356/2025. Select a finding to "
            "see the sentence it rests on."), window_title=self.tr("Import privacy policy"))
        self.choose_button.setText(self.tr("Choose file…"))
        self.tree.setHeaderLabels([self.tr("Finding"), self.tr("Details")])
        self.cancel_button.setText(self.tr("Cancel"))
        self.apply_button.setText(self.tr("Add to the register"))


def _name(path: str) -> str:
    from pathlib import Path

    return Path(path).name


def _message(error: DeskError) -> str:
    if isinstance(error, ValidationError):
        return "\n".join(f"{e.field}: {e.message}" for e in error.errors)
    return str(error)
