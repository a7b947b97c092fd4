"""The items a breach exposed (DOMAIN D4.3): pre-filled from the register entries chosen as
the data concerned, ticked off or added to by the DPO. The notice, the minutes and the
people's notice list these only, never every item of an entry.

Core matches a typed name (catalogue code, label or everyday phrasing: "GPS", "họ tên")
and classifies each item by the list of the incident's law; this widget only shows it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QCheckBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from dpo_desk.core import incidents, rules
from dpo_desk.ui.register_model import SENSITIVE_INK, SENSITIVE_MARK, ui_language
from dpo_desk.ui.widgets import hbox, label, push_button, vbox

CODE = Qt.ItemDataRole.UserRole


class ExposedItems(QWidget):
    """A ticked list of items: the chosen ones, then the register's other proposals."""

    changed = Signal()

    def __init__(self, desk, parent=None):
        super().__init__(parent)
        self.desk = desk
        self.regime = rules.REGIME_LAW_91
        self.proposed: list[str] = []
        self.caption = label("muted")
        self.caption.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("exposedItems")
        self.list.setMinimumHeight(150)
        self.list.itemChanged.connect(self._on_changed)
        self.input = QLineEdit()
        self.input.setObjectName("exposedItemInput")
        self.input.setMinimumHeight(32)
        self.input.returnPressed.connect(self.add_typed)
        self.add_button = push_button("addExposedItem", self.add_typed)
        # Until the DPO confirms them, the items stay a proposal (None in core): the
        # documents are drafts that say so, and nothing is declared (DOMAIN D4.3)
        self.confirmed = QCheckBox()
        self.confirmed.setObjectName("exposedConfirmed")
        self.confirmed.toggled.connect(self.changed)
        row = hbox((self.input, 1), self.add_button)
        vbox(self.caption, self.list, row, self.confirmed, margins=0, parent=self)
        self.retranslate()

    # -- values ------------------------------------------------------------------------------

    def set_items(self, chosen: list[str] | None, proposed: list[str], regime: str) -> None:
        """`chosen` None (never confirmed): every proposal is ticked (the pre-fill)."""
        self.regime, self.proposed = regime, list(proposed)
        ticked = list(proposed) if chosen is None else list(chosen)
        self._show(ticked + [c for c in proposed if c not in ticked], set(ticked))
        self.confirmed.blockSignals(True)
        self.confirmed.setChecked(chosen is not None)
        self.confirmed.blockSignals(False)

    def propose(self, proposed: list[str], regime: str) -> None:
        """The register's proposal after the data concerned changed: new proposals come
        ticked, unticked ones no longer proposed go."""
        ticked = self.codes()
        new = [c for c in proposed if c not in self.proposed and c not in ticked]
        keep = [c for c in self._all() if c in ticked or c in proposed]
        self.regime, self.proposed = regime, list(proposed)
        self._show(keep + new, set(ticked) | set(new))

    def codes(self) -> list[str]:
        """The ticked items as stored: codes (or own names), in the list's order."""
        return [self.list.item(r).data(CODE) for r in range(self.list.count())
                if self.list.item(r).checkState() == Qt.CheckState.Checked]

    def value(self) -> list[str] | None:
        """What to store: the ticked items once confirmed, else None (still a proposal)."""
        return self.codes() if self.confirmed.isChecked() else None

    def details(self) -> list[dict]:
        return incidents.item_details(self.desk, self.codes(), regime_=self.regime)

    def add_typed(self) -> None:
        """The typed name, matched by core; ticked (added when new)."""
        text = self.input.text().strip()
        if not text:
            return
        [code] = incidents.match_items(self.desk, [text])
        ticked = set(self.codes()) | {code}
        order = self._all()
        self._show(order + ([code] if code not in order else []), ticked)
        self.input.clear()
        self.confirmed.setChecked(True)  # chosen by hand
        self.changed.emit()

    def check(self, code: str, checked: bool = True) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(CODE) == code:
                self.list.item(row).setCheckState(
                    Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                return
        raise KeyError(code)

    # -- display -----------------------------------------------------------------------------

    def _all(self) -> list[str]:
        return [self.list.item(r).data(CODE) for r in range(self.list.count())]

    def _show(self, codes: list[str], ticked: set[str]) -> None:
        language = ui_language()
        self.list.blockSignals(True)
        self.list.clear()
        for detail in incidents.item_details(self.desk, codes, regime_=self.regime):
            text = detail["label_en"] if language == "en" else detail["label_vi"]
            if not detail["known"]:
                text = self.tr("{0} (own item, not in the catalogue)").format(text)
            node = QListWidgetItem((f"{SENSITIVE_MARK} " if detail["sensitive"] else "") + text)
            node.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            node.setData(CODE, detail["name"])
            node.setCheckState(Qt.CheckState.Checked if detail["name"] in ticked
                               else Qt.CheckState.Unchecked)
            node.setToolTip(text)
            if detail["sensitive"]:
                node.setForeground(QBrush(SENSITIVE_INK))
            self.list.addItem(node)
        self.list.blockSignals(False)

    def _on_changed(self, _node) -> None:
        self.confirmed.setChecked(True)  # ticked or unticked by hand
        self.changed.emit()

    def retranslate(self) -> None:
        self.caption.setText(self.tr(
            "What this breach exposed: the notice to the Ministry, the minutes and the "
            "people's notice list these items only. Pre-filled from the register entries "
            "above; untick what was not exposed, add what is missing."))
        self.input.setPlaceholderText(self.tr("Add an item, e.g. “GPS”, “họ tên”, “số CCCD”…"))
        self.add_button.setText(self.tr("Add item"))
        self.confirmed.setText(self.tr(
            "Confirmed: these are the items this breach exposed (until then the documents "
            "are drafts)"))
        if self.list.count():
            self._show(self._all(), set(self.codes()))
