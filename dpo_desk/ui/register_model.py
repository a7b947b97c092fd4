"""The register table: entries from `register.list_entries`, filtered and sorted in SQL
(STYLE: no QSortFilterProxyModel), shown in the interface language with sensitive entries
and items flagged (DOMAIN D2)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QApplication

from dpo_desk.core import register, vocab
from dpo_desk.core.catalogue import Item, Lookup
from dpo_desk.ui.models import RecordsModel

SENSITIVE_MARK = "\u26a0"  # ⚠ before every sensitive item, wherever items are listed
SENSITIVE_INK = QColor("#a11d1d")
SENSITIVE_PAPER = QColor("#fde3e3")
BASIC_INK = QColor("#1b6b35")


def ui_language() -> str:
    """"vi" or "en": the language the interface is showing."""
    translations = getattr(QApplication.instance(), "translations", None)
    return translations.language if translations is not None else "vi"


def item_text(item: Item, language: str) -> str:
    return f"{SENSITIVE_MARK} {item.label(language)}" if item.sensitive else item.label(language)


def items_text(items: list[Item], language: str) -> str:
    """Sensitive items first: their flag stays visible when a table cell is cut short."""
    return "; ".join(item_text(i, language) for i in sorted(items, key=lambda i: not i.sensitive))


def recipient_text(recipient: dict, language: str) -> str:
    role = vocab.label(vocab.RECIPIENT_ROLES, recipient.get("role", ""), language)
    return f"{recipient['name']} ({role})" if role else recipient["name"]


def subjects_text(codes: list[str], language: str) -> str:
    return "; ".join(vocab.label(vocab.SUBJECTS, code, language) for code in codes)


class RegisterModel(RecordsModel):
    """One row per register entry. Columns that core can sort map to an ORDER BY field;
    the others (lists kept as JSON) are not sortable."""

    COLUMNS = ("name", "category_type", "subjects", "items", "legal_basis", "storage_location",
               "recipients", "cross_border", "retention")
    SORT_FIELDS = {"name": "name", "category_type": "category_type",
                   "legal_basis": "legal_basis", "storage_location": "storage_location",
                   "cross_border": "cross_border", "retention": "retention"}

    def __init__(self, desk, parent=None):
        super().__init__(desk, parent)
        self.filters: dict = {}
        self.order_by = "name"
        self.descending = False
        self.lookup: Lookup | None = None
        self.words: dict[str, str] = {}
        self.retranslate()

    # -- querying ----------------------------------------------------------------------------

    def set_filters(self, *, text: str = "", subject: str = "", sensitive: bool | None = None,
                    cross_border: bool | None = None, recipient: str = "") -> None:
        self.filters = {"text": text, "subject": subject, "sensitive": sensitive,
                        "cross_border": cross_border, "recipient": recipient}
        self.reload()

    def sortable(self, column: int) -> bool:
        return self.COLUMNS[column] in self.SORT_FIELDS

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """Re-query in the database's order; columns core cannot sort are ignored."""
        if not self.sortable(column):
            return
        self.order_by = self.SORT_FIELDS[self.COLUMNS[column]]
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def sort_column(self) -> int:
        return next(i for i, c in enumerate(self.COLUMNS) if self.SORT_FIELDS.get(c) ==
                    self.order_by)

    def reload(self) -> None:
        self.beginResetModel()
        self.lookup = Lookup(self.desk)
        self.rows = register.list_entries(self.desk, **self.filters, order_by=self.order_by,
                                          descending=self.descending)
        self.endResetModel()

    entry = RecordsModel.record

    def sensitive_items(self, entry: dict) -> list[Item]:
        return [i for i in self.items(entry) if i.sensitive]

    def items(self, entry: dict) -> list[Item]:
        return [self.lookup.get(code) for code in entry["items"]]

    # -- texts -------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.headers = (self.tr("Name"), self.tr("Type"), self.tr("Data subjects"),
                        self.tr("Data items"), self.tr("Legal basis"), self.tr("Storage"),
                        self.tr("Recipients"), self.tr("Abroad"), self.tr("Retention"))
        self.words = {"sensitive": self.tr("Sensitive"), "basic": self.tr("Basic"),
                      "no": self.tr("No"), "yes": self.tr("Yes")}
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.rows) - 1, len(self.COLUMNS) - 1))

    def text(self, entry: dict, column: str, language: str = "") -> str:
        language = language or ui_language()
        if column == "category_type":
            word = self.words[entry["category_type"]]
            return f"{SENSITIVE_MARK} {word}" if entry["category_type"] == "sensitive" else word
        if column == "subjects":
            return subjects_text(entry["subjects"], language)
        if column == "items":
            return items_text(self.items(entry), language)
        if column == "legal_basis":
            return vocab.label(vocab.LEGAL_BASES, entry["legal_basis"], language)
        if column == "recipients":
            return "; ".join(recipient_text(r, language) for r in entry["recipients"])
        if column == "cross_border":
            if not entry["cross_border"]:
                return self.words["no"]
            return f"{self.words['yes']}: {', '.join(entry['cross_border_countries'])}"
        return str(entry[column])

    def tooltip(self, entry: dict, column: str, language: str = "") -> str:
        language = language or ui_language()
        sensitive = self.sensitive_items(entry)
        if column == "category_type" and sensitive:
            lines = [self.tr("Sensitive personal data, because of:")]
            lines += [f"\u2022 {i.label(language)} \u2014 {i.reason(language)}" for i in sensitive]
            return "\n".join(lines)
        if column == "category_type" and entry["category_type"] == "sensitive":
            return self.tr("Marked sensitive by the DPO.")
        if column == "category_type":
            return self.tr("Basic personal data only.")
        if column == "items":
            lines = [f"\u2022 {item_text(i, language)}" for i in self.items(entry)]
            if sensitive:
                lines += ["", self.tr("{0} marks sensitive personal data (Decree 356, Art. 4):")
                          .format(SENSITIVE_MARK)]
                lines += [f"{i.label(language)} \u2014 {i.reason(language)}" for i in sensitive]
            return "\n".join(lines)
        return self.text(entry, column, language)

    # -- Qt model ----------------------------------------------------------------------------

    def cell(self, entry: dict, column: str, role):
        sensitive = entry["category_type"] == "sensitive"
        if column == "category_type" and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(SENSITIVE_INK if sensitive else BASIC_INK)
        if column == "category_type" and role == Qt.ItemDataRole.BackgroundRole and sensitive:
            return QBrush(SENSITIVE_PAPER)
        if column in ("name", "category_type") and role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(column == "name" or sensitive)
            return font
        return None
