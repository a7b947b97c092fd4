"""The incidents table (DOMAIN D4): one row per breach with both 72-hour clocks, the
authority's (D4.2) and the people's where location or biometric data are involved (D4.5).
The clock cells are computed when painted, so the clocks tick without a query."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from dpo_desk.core import clock, incidents, rules
from dpo_desk.core.text import fold
from dpo_desk.ui.dialogs.incident_form import TONES, WORDS, clock_tone
from dpo_desk.ui.formatting import local_time
from dpo_desk.ui.models import RecordsModel
from dpo_desk.ui.register_model import SENSITIVE_MARK

CLOCK_ROLE = Qt.ItemDataRole.UserRole + 1  # (state, minutes) of a clock cell
TONE_ROLE = Qt.ItemDataRole.UserRole + 2  # "ok", "warn", "bad", "plain" or "muted"
ID_ROLE = Qt.ItemDataRole.UserRole


def special_kinds(incident: dict) -> list[str]:
    """Location and/or biometric data among the items the breach exposed (DOMAIN D4.3,
    D4.5): what starts the people's clock in core (`incidents.subjects_notify_by`)."""
    return sorted(rules.subject_notice_kinds(incident["exposed"]))


class IncidentsModel(RecordsModel):
    """The incidents (a company has a handful): rows from `incidents.list_incidents`, the
    text filter applied in Python. The clock cells are computed when painted, so `tick()`
    moves them on without a query."""

    COLUMNS = ("id", "detected_at", "title", "status", "regime", "notify_by", "countdown",
               "sensitive", "subjects")

    def __init__(self, desk, parent=None):
        super().__init__(desk, parent)
        self.total = 0
        self.now = clock.now()
        self.filters = {"status": "", "open_only": False, "text": ""}
        self.retranslate()

    def set_filters(self, *, status: str = "", open_only: bool = False, text: str = "") -> None:
        self.filters = {"status": status, "open_only": open_only, "text": text}
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.now = clock.now()
        rows = incidents.list_incidents(self.desk, status=self.filters["status"],
                                        open_only=self.filters["open_only"], now=self.now)
        self.total = len(incidents.list_incidents(self.desk)) if any(
            self.filters.values()) else len(rows)
        wanted = fold(self.filters["text"])
        self.rows = [r for r in rows if not wanted or wanted in self._haystack(r)]
        self.endResetModel()

    @staticmethod
    def _haystack(incident: dict) -> str:
        parts = [str(incident["id"]), *(incident[k] or "" for k in incidents.TEXT_FIELDS),
                 *incident["data_categories"]]
        return fold(" ".join(parts))

    def tick(self) -> None:
        """Move the clocks on to now (every 30 s): repaint the two clock columns only."""
        self.now = clock.now()
        if self.rows:
            for column in ("countdown", "subjects"):
                index = self.COLUMNS.index(column)
                self.dataChanged.emit(self.index(0, index), self.index(len(self.rows) - 1, index),
                                      [Qt.ItemDataRole.DisplayRole, CLOCK_ROLE, TONE_ROLE,
                                       Qt.ItemDataRole.ForegroundRole,
                                       Qt.ItemDataRole.BackgroundRole])

    incident = RecordsModel.record

    # -- cells -------------------------------------------------------------------------------

    def clock(self, incident: dict, column: str) -> tuple[str, int] | None:
        if column == "countdown":
            return rules.notice_clock(incident, self.now)
        if column == "subjects":
            return rules.subjects_clock(incident, self.now)
        return None

    def tone(self, incident: dict, column: str) -> str | None:
        if column == "sensitive":
            return "bad" if incident["sensitive"] else None
        stand = self.clock(incident, column)
        return clock_tone(*stand) if stand else None

    def text(self, incident: dict, column: str) -> str:
        if column == "id":
            return str(incident["id"])
        if column in ("detected_at", "notify_by"):
            return local_time(incident[column])
        if column == "status":
            return WORDS.statuses()[incident["status"]]
        if column == "regime":
            return WORDS.regimes(short=True)[incident["regime"]]
        if column == "countdown":
            return WORDS.clock(*rules.notice_clock(incident, self.now))
        if column == "sensitive":
            return f"{SENSITIVE_MARK} {self.words['sensitive']}" if incident["sensitive"] else ""
        if column == "subjects":
            kinds = ", ".join(WORDS.specials()[k] for k in special_kinds(incident))
            stand = rules.subjects_clock(incident, self.now)
            return f"{kinds}: {WORDS.clock(*stand)}" if kinds and stand else kinds
        return incident[column] or ""

    def tooltip(self, incident: dict, column: str) -> str:
        if column == "title":
            return incident["title"]
        if column in ("countdown", "notify_by"):
            basis = WORDS.deadline_basis(incident["regime"], bool(incident["occurred_at"]))
            tip = self.tr("Notify the Ministry of Public Security by {0} ({1}).").format(
                local_time(incident["notify_by"]), basis)
            if incident["notified_at"]:
                tip += "\n" + self.tr("Notice sent {0}.").format(
                    local_time(incident["notified_at"]))
            elif incident["notify_decision"] == "no_notify":
                tip += "\n" + self.tr("Assessed: no notice to the authority.")
            return tip
        if column == "sensitive" and incident["sensitive"]:
            names = [c["name"] for c in incident["categories"] if c["sensitive"]]
            if not names:
                return self.tr("Marked sensitive by the DPO.")
            return "\n".join([self.tr("Sensitive personal data:"),
                              *(f"\u2022 {n}" for n in names)])
        if column == "subjects" and special_kinds(incident):
            kinds = WORDS.special_data(special_kinds(incident))
            if incident["subjects_notify_by"]:
                return self.tr("Involves {0}: the people affected must be told within {1} hours "
                               "of discovery, by {2} (Decree 356, Art. 29).").format(
                    kinds, rules.SUBJECT_NOTICE_HOURS,
                    local_time(incident["subjects_notify_by"]))
            return self.tr("Involves {0}. Decree 13 sets no deadline for telling the people "
                           "affected; telling them is good practice.").format(kinds)
        return ""

    # -- Qt model ----------------------------------------------------------------------------

    def cell(self, incident: dict, column: str, role):
        if role == CLOCK_ROLE:
            return self.clock(incident, column)
        tone = self.tone(incident, column)
        if role == TONE_ROLE:
            return tone
        if role == Qt.ItemDataRole.ForegroundRole:
            if tone:
                return QBrush(QColor(TONES[tone][0]))
            return QBrush(QColor("#6b7590")) if incident["status"] == "closed" else None
        if role == Qt.ItemDataRole.BackgroundRole and tone and tone != "plain":
            return QBrush(QColor(TONES[tone][1]))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "id":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def retranslate(self) -> None:
        self.headers = (self.tr("#"), self.tr("Discovered"), self.tr("Title"),
                        self.tr("Status"), self.tr("Law"), self.tr("Notify by"),
                        self.tr("Time left"), self.tr("Data"),
                        self.tr("Location/biometric"))
        self.words = {"sensitive": self.tr("Sensitive")}
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.rows) - 1, len(self.COLUMNS) - 1))

