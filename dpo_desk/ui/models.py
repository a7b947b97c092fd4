"""Table models over core queries. They hold pages of rows fetched on demand; filtering and
sorting happen in SQL (STYLE: never a QSortFilterProxyModel over a big table)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from dpo_desk.core import audit
from dpo_desk.ui.formatting import local_time

PAGE_SIZE = 200


class RecordsModel(QAbstractTableModel):
    """Records read from core (dicts with an "id"), `rows` in their order, a column per name
    in `COLUMNS`, captioned by `headers` (in the interface language)."""

    COLUMNS: tuple[str, ...] = ()

    def __init__(self, desk, parent=None):
        super().__init__(parent)
        self.desk = desk
        self.rows: list[dict] = []
        self.headers: tuple[str, ...] = self.COLUMNS

    def record(self, row: int) -> dict | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, record_id: int) -> int:
        return next((i for i, r in enumerate(self.rows) if r["id"] == record_id), -1)

    # -- Qt model ----------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        """A cell's `text` and `tooltip` (which the model defines), its record's id
        (UserRole); the other roles (colours, fonts) from `cell`."""
        record = self.record(index.row()) if index.isValid() else None
        if record is None:
            return None
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(record, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(record, column) or None
        if role == Qt.ItemDataRole.UserRole:
            return record["id"]
        return self.cell(record, column, role)

    def cell(self, record: dict, column: str, role):
        return None


class AuditModel(RecordsModel):
    """Audit entries, newest first, filtered by text and record, fetched a page at a time."""

    COLUMNS = ("at", "actor", "action", "record", "changes")

    def __init__(self, desk, parent=None):
        super().__init__(desk, parent)
        self.filters: dict = {}
        self.total = 0
        self.table_names: dict[str, str] = {}
        self.action_names: dict[str, str] = {}
        self.field_names: dict[str, dict[str, str]] = {}  # table -> column -> its name
        self.value_words: dict[tuple[str, str], dict] = {}  # (table, column) -> code -> word
        self.value_text = lambda _table, _field, value: str(value)  # set by the view

    def set_desk(self, desk) -> None:
        self.desk = desk
        self.reload()

    def set_filters(self, *, text: str = "", table: str = "", record_id: str = "") -> None:
        self.filters = {"text": text or None, "table": table or None,
                        "record_id": record_id or None}
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.total = audit.count(self.desk, **self.filters)
        self.rows = audit.entries(self.desk, **self.filters, limit=PAGE_SIZE)
        self.endResetModel()

    entry = RecordsModel.record

    # -- Qt model ----------------------------------------------------------------------------

    def canFetchMore(self, parent: QModelIndex) -> bool:  # noqa: N802
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: QModelIndex) -> None:  # noqa: N802
        more = audit.entries(self.desk, **self.filters, limit=PAGE_SIZE, offset=len(self.rows))
        if more:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
            self.rows.extend(more)
            self.endInsertRows()

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.ToolTipRole):
            return None
        entry = self.rows[index.row()]
        column = self.COLUMNS[index.column()]
        if column == "at":
            return local_time(entry["at"], seconds=True)
        if column == "actor":
            return entry["actor"]
        if column == "action":
            return self.action_names.get(entry["action"], entry["action"])
        if column == "record":
            return self.record_text(entry)
        return summarize(entry, self.field_names.get(entry["table_name"], {}),
                         self.value_text)

    def record_text(self, entry: dict) -> str:
        """"Sự cố · 4"; a setting by its name: "Cài đặt · Tên tổ chức, doanh nghiệp"."""
        kind = self.table_names.get(entry["table_name"], entry["table_name"])
        record = entry["record_id"]
        if entry["table_name"] == "settings":
            record = self.field_names.get("settings", {}).get(record, record)
        return f"{kind} · {record}"


def summarize(entry: dict, names: dict[str, str] | None = None, shown=None) -> str:
    """One line: the changed fields (by their `names` where known) and their new values
    (each as `shown(table, field, value)` writes it: a status by its word)."""
    parts = []
    table = entry["table_name"]

    def short(key, value) -> str:
        return _short("∅" if value is None else shown(table, key, value) if shown else value)

    for key, old, new in audit.changes(entry):
        name = (names or {}).get(key, key)
        if entry["action"] == "update":
            parts.append(f"{name}: {short(key, old)} → {short(key, new)}")
        else:
            parts.append(f"{name}: {short(key, new if entry['action'] == 'insert' else old)}")
    return "; ".join(parts)


def _short(value) -> str:
    text = str(value)
    return text if len(text) <= 48 else text[:45] + "…"
