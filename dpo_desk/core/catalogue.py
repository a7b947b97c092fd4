"""The catalogue of personal data items (DOMAIN D2: Decree 356 Art. 3-4), shipped in
`resources/catalogue/catalogue.json`, plus the company's own items kept in `custom_items`.

Items are named by a stable code; a name typed by a person (code, Vietnamese or English
label) is matched after Unicode NFC and case folding.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

from dpo_desk.core.errors import DeskError
from dpo_desk.core.paths import resource
from dpo_desk.core.text import fold

if TYPE_CHECKING:
    from dpo_desk.core.desk import Desk

CATALOGUE_FORMAT = "dpo-desk-catalogue/1"
CUSTOM_PREFIX = "CUSTOM_"


@dataclass(frozen=True)
class Item:
    code: str
    category_type: str  # "basic" or "sensitive"
    vi: str
    en: str
    kind: str = "custom"  # "legal", "common" or "custom"
    article: str = ""
    article_en: str = ""
    parent: str | None = None
    special: tuple[str, ...] = field(default=())  # "location", "biometric" (Decree 356 Art. 29)

    @property
    def sensitive(self) -> bool:
        return self.category_type == "sensitive"

    @property
    def custom(self) -> bool:
        return self.kind == "custom"

    def label(self, language: str = "vi") -> str:
        return self.en if language == "en" else self.vi

    def reason(self, language: str = "vi") -> str:
        """Why the item is sensitive (or basic): the article of Decree 356 it falls under."""
        if self.custom:
            return "" if not self.sensitive else (
                "company's own item, marked sensitive" if language == "en"
                else "mục riêng của doanh nghiệp, đánh dấu nhạy cảm")
        article = self.article_en if language == "en" else self.article
        return f"{'Decree 356/2025' if language == 'en' else 'Nghị định 356/2025'}, {article}"


@cache
def shipped() -> tuple[Item, ...]:
    path = resource("catalogue", "catalogue.json")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise DeskError(f"{path}: the data catalogue is missing or damaged ({exc}); "
                        "reinstall DPO Desk to repair it") from exc
    if not isinstance(data, dict) or data.get("format") != CATALOGUE_FORMAT:
        raise DeskError(f"{path}: not a DPO Desk catalogue (expected {CATALOGUE_FORMAT})")
    return tuple(Item(code=i["code"], category_type=i["category_type"], vi=i["vi"], en=i["en"],
                      kind=i["kind"], article=i["article"], article_en=i["article_en"],
                      parent=i.get("parent"), special=tuple(i.get("special", ())))
                 for i in data["items"])


@cache
def _shipped_index() -> dict[str, Item]:
    index: dict[str, Item] = {}
    for item in shipped():
        for name in (item.code, item.vi, item.en):
            index.setdefault(fold(name), item)
    # A label's short form, without its explanation in brackets ("Thông tin thẻ ngân hàng"
    # for "Thông tin thẻ ngân hàng (số thẻ, ngày hết hạn)"), when no other item claims it.
    for item in shipped():
        for name in (item.vi, item.en):
            short = re.sub(r"\s*\([^()]*\)\s*$", "", name)
            if short != name:
                index.setdefault(fold(short), item)
    return index


def custom_items(desk: Desk) -> list[Item]:
    rows = desk.rows("SELECT code, label, category_type FROM custom_items ORDER BY label")
    return [Item(code=r["code"], category_type=r["category_type"], vi=r["label"], en=r["label"])
            for r in rows]


class Lookup:
    """Resolves item names against the catalogue and this database's own items."""

    def __init__(self, desk: Desk):
        self.by_code: dict[str, Item] = {i.code: i for i in shipped()}
        self.index = dict(_shipped_index())
        for item in custom_items(desk):
            self.add(item)

    def add(self, item: Item) -> None:
        self.by_code[item.code] = item
        self.index.setdefault(fold(item.code), item)
        self.index.setdefault(fold(item.vi), item)

    def find(self, name: str) -> Item | None:
        return self.index.get(fold(name))

    def get(self, code: str) -> Item:
        """The item with this code; an unknown code (a damaged file) shows as itself."""
        return self.by_code.get(code) or Item(code=code, category_type="basic", vi=code, en=code)


def custom_code(label: str, taken: set[str]) -> str:
    """A stable code for a new custom item, from its label."""
    ascii_name = unicodedata.normalize("NFKD", label.replace("đ", "d").replace("Đ", "D"))
    slug = re.sub(r"[^A-Z0-9]+", "_", ascii_name.encode("ascii", "ignore").decode().upper())
    base = CUSTOM_PREFIX + (slug.strip("_")[:40] or "ITEM")
    code, n = base, 2
    while code in taken:
        code, n = f"{base}_{n}", n + 1
    return code
