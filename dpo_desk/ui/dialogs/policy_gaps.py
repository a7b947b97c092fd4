"""The privacy policy checklist (issue 18): the gaps a policy import saved, each with the law
it rests on and the policy's sentence behind it, open ones first; each is marked resolved
with its own button (core `policy.apply.resolve`, audited like any write; CLI: `dpo-desk
policy resolve ID`). Opened from the dashboard's card."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from dpo_desk.core.errors import DeskError
from dpo_desk.core.policy import apply, law
from dpo_desk.ui.formatting import local_time
from dpo_desk.ui.register_model import ui_language
from dpo_desk.ui.widgets import Retranslating, label, with_detail

ID_ROLE = Qt.ItemDataRole.UserRole


class PolicyGapsDialog(Retranslating, QDialog):
    changed = Signal()  # a gap was resolved

    def __init__(self, desk, parent=None):
        super().__init__(parent)
        self.desk = desk
        self.message: QMessageBox | None = None  # the last error shown (tests read it)
        self.setObjectName("policyGapsDialog")
        self.resize(1100, 640)
        self.rows: dict[int, dict] = {}  # the gaps shown, by id
        self.heading = label("pageTitle")
        self.intro = label("pageSubtitle", wrap=True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("policyGaps")
        self.tree.setColumnCount(4)
        self.tree.setRootIsDecorated(False)
        self.tree.setWordWrap(True)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.tree.currentItemChanged.connect(self._show_detail)
        # the selected gap in full: its reason, the law, the policy's sentence, the file
        splitter, self.detail = with_detail(self.tree, "policyGapDetail", (420, 160))
        self.show_resolved = QCheckBox()
        self.show_resolved.toggled.connect(self.reload)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.show_resolved)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Privacy policy checklist"))
        self.heading.setText(self.tr("Privacy policy checklist"))
        self.intro.setText(self.tr(
            "What the law asks and your published privacy policy lacks, found when the policy "
            "was imported. Fix the policy (or the register), then mark each point resolved; "
            "the dashboard shows the open ones until then."))
        self.tree.setHeaderLabels([self.tr("Gap"), self.tr("The policy's sentence"),
                                   self.tr("Code"), ""])
        self.show_resolved.setText(self.tr("Show the resolved ones too"))
        self.close_button.setText(self.tr("Close"))
        self.reload()

    def gap_ids(self) -> list[int]:
        return [self.tree.topLevelItem(n).data(0, ID_ROLE)
                for n in range(self.tree.topLevelItemCount())]

    def resolve_button(self, gap_id: int) -> QPushButton | None:
        for n in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(n)
            if item.data(0, ID_ROLE) == gap_id:
                return self.tree.itemWidget(item, 3)
        return None

    @staticmethod
    def _text(gap: dict) -> str:
        return gap["text_en"] if ui_language() == "en" and gap["text_en"] else gap["text"]

    def reload(self) -> None:
        self.tree.clear()
        self.rows = {}
        for gap in apply.gaps(self.desk, include_resolved=self.show_resolved.isChecked()):
            self.rows[gap["id"]] = gap
            text = self._text(gap)
            evidence = gap["evidence"] or self.tr("(not found in the policy)")
            item = QTreeWidgetItem([text, f"“{evidence}”" if gap["evidence"] else evidence,
                                    gap["code"], ""])
            item.setData(0, ID_ROLE, gap["id"])
            item.setToolTip(0, text)
            item.setToolTip(1, evidence)
            self.tree.addTopLevelItem(item)
            if gap["status"] == "open":
                button = QPushButton(self.tr("Mark resolved"))
                button.setObjectName("resolveGap")
                button.clicked.connect(lambda _=False, i=gap["id"]: self.resolve(i))
                self.tree.setItemWidget(item, 3, button)
            else:
                item.setText(3, self.tr("Resolved {0}").format(local_time(gap["resolved_at"])))
                for column in range(3):
                    item.setForeground(column, Qt.GlobalColor.gray)

        if self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        else:
            self.detail.setHtml(escape(self.tr("Nothing is left on the checklist.")))

    def _show_detail(self, item: QTreeWidgetItem | None, _previous=None) -> None:
        gap = self.rows.get(item.data(0, ID_ROLE)) if item is not None else None
        if gap is None:
            return
        spec = law.GAPS.get(gap["code"])
        lines = [f"<p><b>{escape(self._text(gap))}</b></p>"]
        if spec is not None:
            source = self.tr("Law: {0}").format(spec.source)
            lines.append(f"<p>{escape(source)}</p>")
        lines.append("<p>" + (escape(self.tr("The policy says: “{0}”").format(gap["evidence"]))
                              if gap["evidence"] else
                              escape(self.tr("The policy says nothing about it."))) + "</p>")
        lines.append("<p style='color:#6b7590'>" + escape(self.tr(
            "Found in {0} on {1}").format(gap["source"] or "—", local_time(gap["created_at"])))
            + "</p>")
        self.detail.setHtml("".join(lines))

    def resolve(self, gap_id: int) -> None:
        try:
            apply.resolve(self.desk, gap_id)
        except DeskError as exc:
            self.message = QMessageBox(QMessageBox.Icon.Warning, self.windowTitle(), str(exc),
                                       parent=self)
            self.message.open()
            return
        self.reload()
        self.changed.emit()
