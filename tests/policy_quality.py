"""Issue 18's quality figures on hand-labelled policies: items recall and precision, gaps
recall and precision, against a folder's `labels.json`. Used by the tests (with the issue's
thresholds) and run by hand to report the figures:

    .venv/bin/python -m tests.policy_quality tests/fixtures/policies_heldout
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent / "fixtures"


@dataclass
class Figures:
    item_hits: int = 0
    item_extra: int = 0
    item_missed: int = 0
    gap_hits: int = 0
    gap_extra: int = 0
    gap_missed: int = 0
    fooled: dict[str, dict] = field(default_factory=dict)  # policy -> what it got wrong

    @staticmethod
    def _ratio(hits: int, other: int) -> float:
        return hits / (hits + other) if hits + other else 1.0

    @property
    def items_recall(self) -> float:
        return self._ratio(self.item_hits, self.item_missed)

    @property
    def items_precision(self) -> float:
        return self._ratio(self.item_hits, self.item_extra)

    @property
    def gaps_recall(self) -> float:
        return self._ratio(self.gap_hits, self.gap_missed)

    @property
    def gaps_precision(self) -> float:
        return self._ratio(self.gap_hits, self.gap_extra)

    def summary(self) -> str:
        return (f"items recall {self.items_recall:.2f} ({self.item_hits}/"
                f"{self.item_hits + self.item_missed}), precision {self.items_precision:.2f} "
                f"({self.item_hits}/{self.item_hits + self.item_extra}); gaps recall "
                f"{self.gaps_recall:.2f} ({self.gap_hits}/{self.gap_hits + self.gap_missed}), "
                f"precision {self.gaps_precision:.2f} ({self.gap_hits}/"
                f"{self.gap_hits + self.gap_extra})")


def labels(folder: Path) -> dict[str, dict]:
    return json.loads((folder / "labels.json").read_text(encoding="utf-8"))["policies"]


def measure(folder: Path, names: list[str] | None = None) -> Figures:
    """The figures of the policies `names` (all labelled ones by default) of `folder`."""
    from dpo_desk.core.policy.analyse import analyse_file

    wanted_all = labels(folder)
    figures = Figures()
    for name in names or sorted(wanted_all):
        label = wanted_all[name]
        result = analyse_file(folder / name)
        found, wanted = set(result.item_codes), set(label["items"])
        gaps, wanted_gaps = {g["code"] for g in result.gaps}, set(label["gaps"])
        figures.item_hits += len(found & wanted)
        figures.item_extra += len(found - wanted)
        figures.item_missed += len(wanted - found)
        figures.gap_hits += len(gaps & wanted_gaps)
        figures.gap_extra += len(gaps - wanted_gaps)
        figures.gap_missed += len(wanted_gaps - gaps)
        wrong = {"items_missed": sorted(wanted - found), "items_extra": sorted(found - wanted),
                 "gaps_missed": sorted(wanted_gaps - gaps),
                 "gaps_extra": sorted(gaps - wanted_gaps)}
        if any(wrong.values()):
            figures.fooled[name] = {k: v for k, v in wrong.items() if v}
    return figures


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else FIXTURES / "policies_heldout"
    groups: dict[str, list[str]] = {}
    for name, label in labels(folder).items():
        groups.setdefault(str(label.get("batch", label.get("held_out", "tuned"))),
                          []).append(name)
    for group, names in sorted(groups.items()):
        figures = measure(folder, names)
        print(f"{folder.name} batch {group} ({len(names)} policies): {figures.summary()}")
        for name, wrong in figures.fooled.items():
            print(f"  {name}: {wrong}")
    print(f"{folder.name} all: {measure(folder).summary()}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
