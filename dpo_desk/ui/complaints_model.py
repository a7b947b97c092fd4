"""The complaints table: an id-backed model in the manner of Anki's browser table. It holds
the ordered ids that `complaints.ids` returns for a `Query` and fills a row cache a page at a
time from `complaints.rows_by_id` as rows scroll into view. Filtering and sorting re-query
SQL (STYLE: never a QSortFilterProxyModel over a big table).

Also the words of the complaints screens (kinds, statuses, channels ...) in the interface
language, shared by the view and its dialogs, and the masking of names for screen sharing.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from dpo_desk.core import clock, complaints, rules
from dpo_desk.ui.models import RecordsModel

PAGE_SIZE = 200
CACHE_LIMIT = 5_000  # rows kept; scrolling far away starts a fresh cache
TONE_ROLE = Qt.ItemDataRole.UserRole + 1  # "overdue", "soon", "ok", "on_time", "late", ""
TONES = {  # (ink, paper) per tone of the days-left cell
    "overdue": (QColor("#a11d1d"), QColor("#fde3e3")),
    "soon": (QColor("#8a5a00"), QColor("#fff1d6")),
    "ok": (QColor("#1b6b35"), QColor("#e3f4e8")),
    "on_time": (QColor("#5b6680"), None),
    "late": (QColor("#a11d1d"), None),
}
# Its own colour: receipt not acknowledged within 2 working days (core's `ack_overdue`).
ACK_TONE = (QColor("#6a2c91"), QColor("#f1e6fa"))


# -- words ----------------------------------------------------------------------------------

def kind_labels() -> dict[str, str]:
    return {
        "access": QCoreApplication.translate("ComplaintWords", "Access (view data)"),
        "correction": QCoreApplication.translate("ComplaintWords", "Correction"),
        "provide": QCoreApplication.translate("ComplaintWords", "Copy of the data"),
        "deletion": QCoreApplication.translate("ComplaintWords", "Deletion"),
        "withdraw_consent": QCoreApplication.translate("ComplaintWords", "Withdraw consent"),
        "restriction": QCoreApplication.translate("ComplaintWords", "Restrict processing"),
        "objection": QCoreApplication.translate("ComplaintWords", "Object to processing"),
        "protection": QCoreApplication.translate("ComplaintWords", "Protection measures"),
        "complaint": QCoreApplication.translate("ComplaintWords", "Complaint"),
        "other": QCoreApplication.translate("ComplaintWords", "Other request"),
    }


def status_labels() -> dict[str, str]:
    return {
        "new": QCoreApplication.translate("ComplaintWords", "New"),
        "acknowledged": QCoreApplication.translate("ComplaintWords", "Acknowledged"),
        "identity_check": QCoreApplication.translate("ComplaintWords", "Checking identity"),
        "in_progress": QCoreApplication.translate("ComplaintWords", "In progress"),
        "on_hold": QCoreApplication.translate("ComplaintWords", "On hold"),
        "answered": QCoreApplication.translate("ComplaintWords", "Answered"),
        "closed": QCoreApplication.translate("ComplaintWords", "Closed"),
    }


def status_text(status: str) -> str:
    """A status as the list and the detail show it: on hold says the clock keeps running."""
    if status == "on_hold":
        return QCoreApplication.translate("ComplaintWords", "On hold (deadline still running)")
    return status_labels().get(status, status)


def channel_labels() -> dict[str, str]:
    return {
        "email": QCoreApplication.translate("ComplaintWords", "Email"),
        "phone": QCoreApplication.translate("ComplaintWords", "Phone"),
        "letter": QCoreApplication.translate("ComplaintWords", "Letter"),
        "in_person": QCoreApplication.translate("ComplaintWords", "In person"),
        "web_form": QCoreApplication.translate("ComplaintWords", "Web form"),
        "other": QCoreApplication.translate("ComplaintWords", "Other channel"),
    }


def outcome_labels() -> dict[str, str]:
    return {
        "completed": QCoreApplication.translate("ComplaintWords", "Completed"),
        "rejected": QCoreApplication.translate("ComplaintWords", "Rejected"),
        "identity_not_verified": QCoreApplication.translate(
            "ComplaintWords", "Identity not verified"),
        "withdrawn": QCoreApplication.translate("ComplaintWords", "Withdrawn by the requester"),
        "duplicate": QCoreApplication.translate("ComplaintWords", "Duplicate"),
    }


def complexity_labels() -> dict[str, str]:
    return {"simple": QCoreApplication.translate("ComplaintWords", "Simple"),
            "complex": QCoreApplication.translate("ComplaintWords", "Complex")}


def binding_labels() -> dict[str, str]:
    return {"policy": QCoreApplication.translate("ComplaintWords", "Company policy"),
            "law": QCoreApplication.translate("ComplaintWords", "Law")}


def binding_short_labels() -> dict[str, str]:
    """Which deadline binds, in the narrow column of the list."""
    return {"policy": QCoreApplication.translate("ComplaintWords", "Promise"),
            "law": QCoreApplication.translate("ComplaintWords", "Law")}


def identity_labels() -> dict[str, str]:
    return {"verified": QCoreApplication.translate("ComplaintWords", "Verified"),
            "failed": QCoreApplication.translate("ComplaintWords", "Failed")}


def day_text(iso: str | None) -> str:
    """A stored date (YYYY-MM-DD) as dd/mm/yyyy."""
    if not iso:
        return ""
    try:
        return date.fromisoformat(iso[:10]).strftime("%d/%m/%Y")
    except ValueError:
        return iso


def tone(case: dict) -> str:
    """How the days left look: red when overdue, amber when due soon (`rules.due_soon`),
    green otherwise; a settled case shows whether it was settled on time (`rules.days_late`)."""
    if case["status"] in complaints.OPEN_STATUSES:
        if case["days_left"] < 0:
            return "overdue"
        return "soon" if rules.due_soon(case["days_left"]) else "ok"
    late = rules.days_late(case)
    if late is None:
        return ""
    return "late" if late > 0 else "on_time"


class ComplaintWords(QObject):
    """The counted words of a case (context "ComplaintWords"): `self.tr` so that lupdate
    gives them their plural forms ("1 day overdue", "55 days overdue")."""

    def overdue(self, days: int) -> str:
        return self.tr("%n day(s) overdue", "", days)

    def left(self, days: int) -> str:
        return self.tr("%n day(s) left", "", days)

    def settled_late(self, days: int) -> str:
        return self.tr("Settled %n day(s) late", "", days)


WORDS = ComplaintWords()


def days_left_text(case: dict) -> str:
    kind = tone(case)
    if kind in ("overdue", "soon", "ok"):
        days = case["days_left"]
        if days < 0:
            return WORDS.overdue(-days)
        if days == 0:
            return QCoreApplication.translate("ComplaintWords", "Due today")
        return WORDS.left(days)
    if kind == "on_time":
        return QCoreApplication.translate("ComplaintWords", "Settled on time")
    if kind == "late":
        return WORDS.settled_late(rules.days_late(case))
    return "—"


def ack_overdue_text(case: dict) -> str:
    """What a missed acknowledgement means, with its date (Decree 356 Art. 5)."""
    return QCoreApplication.translate(
        "ComplaintWords", "Receipt not acknowledged: it was due by {0} (2 working days, "
                          "Decree 356 Art. 5).").format(day_text(case["ack_due"]))


# -- masking for screen sharing -------------------------------------------------------------

_WORD = re.compile(r"\w+")


def mask(text: str) -> str:
    """Each word keeps its first letter: "Nguyễn Văn An" -> "N*** V** A*". At most three
    stars, so the length of a name does not give it away either."""
    return _WORD.sub(lambda m: m.group()[0] + "*" * min(len(m.group()) - 1, 3), text or "")


# -- the model ------------------------------------------------------------------------------

class ComplaintsModel(RecordsModel):
    """Cases matching `query`, in its order (`ids`); rows are read from core a page at a
    time."""

    COLUMNS = ("id", "received_on", "requester_name", "kind", "status", "due", "days_left",
               "binding")
    SORT_FIELDS = {"id": "id", "received_on": "received_on", "requester_name": "requester_name",
                   "kind": "kind", "status": "status", "due": "due", "days_left": "due",
                   "binding": "binding"}

    def __init__(self, desk, parent=None):
        super().__init__(desk, parent)
        self.query = complaints.Query()
        self.ids: list[int] = []
        self.cache: dict[int, dict] = {}
        self.today = clock.today()
        self.masked = False
        self.words: dict[str, dict[str, str]] = {}
        self.retranslate()

    # -- querying ----------------------------------------------------------------------------

    def set_filters(self, *, status: str = "", kind: str = "", overdue: bool = False,
                    due_within_days: int | None = None, text: str = "",
                    ack_overdue: bool = False) -> None:
        self.query = dataclasses.replace(self.query, status=status, kind=kind, overdue=overdue,
                                         due_within_days=due_within_days, text=text,
                                         ack_overdue=ack_overdue)
        self.reload()

    def sortable(self, column: int) -> bool:
        return 0 <= column < len(self.COLUMNS)

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """Re-query in the database's order (Query.order_by), never sort in Qt."""
        if not self.sortable(column):
            return
        self.query = dataclasses.replace(
            self.query, order_by=self.SORT_FIELDS[self.COLUMNS[column]],
            descending=order == Qt.SortOrder.DescendingOrder)
        self.reload()

    def sort_column(self) -> int:
        return next(i for i, c in enumerate(self.COLUMNS)
                    if self.SORT_FIELDS[c] == self.query.order_by)

    def reload(self) -> None:
        self.beginResetModel()
        self.today = clock.today()
        self.ids = complaints.ids(self.desk, self.query, today=self.today)
        self.cache = {}
        self.endResetModel()

    def set_masked(self, masked: bool) -> None:
        self.masked = masked
        self._all_changed()

    # -- rows --------------------------------------------------------------------------------

    def case(self, row: int) -> dict | None:
        """The case shown in `row`, read with its page if it is not cached yet."""
        if not 0 <= row < len(self.ids):
            return None
        case_id = self.ids[row]
        if case_id not in self.cache:
            self._fetch_page(row)
        return self.cache.get(case_id)

    def _fetch_page(self, row: int) -> None:
        start = row - row % PAGE_SIZE
        wanted = [i for i in self.ids[start:start + PAGE_SIZE] if i not in self.cache]
        if len(self.cache) + len(wanted) > CACHE_LIMIT:
            self.cache = {}
        self.cache.update(complaints.rows_by_id(self.desk, wanted, today=self.today))

    record = case

    def row_of(self, case_id: int) -> int:
        try:
            return self.ids.index(case_id)
        except ValueError:
            return -1

    # -- texts -------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.headers = (self.tr("#"), self.tr("Received"), self.tr("Requester"), self.tr("Kind"),
                        self.tr("Status"), self.tr("Due"), self.tr("Days left"),
                        self.tr("Binds"))
        self.words = {"kind": kind_labels(), "binding": binding_short_labels(),
                      "outcome": outcome_labels(),
                      "status": {code: status_text(code) for code in complaints.STATUSES}}
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)
        self._all_changed()

    def _all_changed(self) -> None:
        if self.ids:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.ids) - 1, len(self.COLUMNS) - 1))

    def text(self, case: dict, column: str) -> str:
        if column == "id":
            return str(case["id"])
        if column == "received_on":
            return day_text(case["received_on"])
        if column == "requester_name":
            return mask(case["requester_name"]) if self.masked else case["requester_name"]
        if column == "kind":
            return self.words["kind"].get(case["kind"], case["kind"])
        if column == "status":
            status = self.words["status"].get(case["status"], case["status"])
            if case["ack_overdue"]:
                return self.tr("{0} · not acknowledged").format(status)
            if not case["outcome"]:
                return status
            return self.tr("{0} · {1}").format(
                status, self.words["outcome"].get(case["outcome"], case["outcome"]))
        if column == "due":
            extra = f" (+{case['extension_days']})" if case["extension_days"] else ""
            return day_text(case["due"]) + extra
        if column == "days_left":
            return days_left_text(case)
        return self.words["binding"].get(case["binding"], case["binding"])

    def tooltip(self, case: dict, column: str) -> str:
        if column == "status" and case["ack_overdue"]:
            return ack_overdue_text(case)
        if column == "requester_name":
            contact = case["requester_contact"]
            return mask(contact) if self.masked else contact
        if column == "status" and case["status"] == "on_hold":
            return self.tr("Waiting: {0}\nThe deadline keeps running while the case is on "
                           "hold.").format(case["hold_reason"])
        if column == "status" and case["outcome"]:
            return self.words["outcome"].get(case["outcome"], case["outcome"])
        if column == "due" and case["extension_days"]:
            return self.tr("Extended from {0}: {1}").format(day_text(case["original_due"]),
                                                            case["extension_reason"])
        if column == "binding":  # after an extension, both limits extended (DOMAIN D3.8)
            extended = bool(case["extension_days"] and case["extended_policy_due"])
            policy = case["extended_policy_due"] if extended else case["policy_due"]
            legal = day_text(case["extended_legal_due"] if extended else case["legal_due"]) \
                or self.tr("none")
            return self.tr("Binding: {0}\nCompany's promise: {1}\nLegal deadline: {2}").format(
                binding_labels()[case["binding"]], day_text(policy), legal)
        return self.text(case, column)

    # -- Qt model ----------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.ids)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.UserRole and index.isValid():  # without reading the row
            return self.ids[index.row()] if index.row() < len(self.ids) else None
        return super().data(index, role)

    def cell(self, case: dict, column: str, role):
        if role == TONE_ROLE:
            return tone(case)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "id":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if column in ("days_left", "due") and role in (Qt.ItemDataRole.ForegroundRole,
                                                       Qt.ItemDataRole.BackgroundRole):
            return self._colour(case, column, role)
        if column == "status" and case["ack_overdue"] and role in (
                Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole):
            return QBrush(ACK_TONE[0 if role == Qt.ItemDataRole.ForegroundRole else 1])
        if column == "status" and role == Qt.ItemDataRole.FontRole and \
                case["status"] == "on_hold":
            font = QFont()
            font.setItalic(True)
            return font
        return None

    @staticmethod
    def _colour(case: dict, column: str, role) -> QBrush | None:
        ink, paper = TONES.get(tone(case), (None, None))
        if column == "due":  # only an overdue due date is inked, the days-left cell says more
            return QBrush(ink) if role == Qt.ItemDataRole.ForegroundRole and \
                tone(case) == "overdue" else None
        colour = ink if role == Qt.ItemDataRole.ForegroundRole else paper
        return QBrush(colour) if colour is not None else None
