"""The catalogue of personal data items (DOMAIN D2: Decree 356 Art. 3-4), shipped in
`resources/catalogue/catalogue.json`, plus the company's own items kept in `custom_items`.
Each item also names the point of Decree 13 Art. 2(3)-(4) it fell under before 2026: a
breach under Decree 13 is classified by that list (DOMAIN D4.3; `rules.catalogue_regime`).

Items are named by a stable code; a name typed by a person (code, Vietnamese or English
label, or one of the everyday phrasings of the item's `aliases`: "Họ và tên", "số CMND",
"GPS") is matched after Unicode NFC and case folding. A name typed without diacritics ("ho
ten", "dia chi") matches too when it stands for one item only: no two names of the
catalogue fold to it (a phrase, not a word, is compared, so a false match needs two whole
phrases that differ only in their marks).
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from dpo_desk.core import rules
from dpo_desk.core.errors import DeskError
from dpo_desk.core.paths import resource
from dpo_desk.core.text import fold

if TYPE_CHECKING:
    from dpo_desk.core.desk import Desk

CATALOGUE_FORMAT = "dpo-desk-catalogue/2"
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
    decree_13: str = ""  # the point of Decree 13 Art. 2(3)-(4) (a key of `decree_13_points`)
    aliases: tuple[str, ...] = field(default=())
    law: str = rules.CATALOGUE_DECREE_356  # the list that classifies it here

    @property
    def sensitive(self) -> bool:
        return self.category_type == "sensitive"

    @property
    def custom(self) -> bool:
        return self.kind == "custom"

    def label(self, language: str = "vi") -> str:
        return self.en if language == "en" else self.vi

    @property
    def decree(self) -> str:
        """The number of the decree whose list classifies the item: "356/2025/NĐ-CP"."""
        return DECREES[self.law]

    def reason(self, language: str = "vi") -> str:
        """Why the item is sensitive (or basic): the article of the decree it falls under."""
        if self.custom:
            return "" if not self.sensitive else (
                "company's own item, marked sensitive" if language == "en"
                else "mục riêng của doanh nghiệp, đánh dấu nhạy cảm")
        if language == "en":  # "Art. 4(1)(dd) of Decree No. 356/2025/NĐ-CP"
            return f"{self.article_en} of Decree No. {self.decree}"
        # in the Vietnamese order: "điểm đ khoản 1 Điều 4 Nghị định số 356/2025/NĐ-CP"
        return f"{rules.vietnamese_order(self.article)} Nghị định số {self.decree}"

    def under(self, law: str) -> Item:
        """The item as the list of `law` (`rules.CATALOGUE_*`) classifies it; the company's
        own items keep their own type under every law."""
        if self.custom or law == self.law or not self.decree_13:
            return self
        if law == rules.CATALOGUE_DECREE_13:
            point = decree_13_points()[self.decree_13]
            return replace(self, category_type=point.category_type, article=point.article,
                           article_en=point.article_en, special=(), law=law)
        return next(i for i in shipped() if i.code == self.code)


DECREES = {rules.CATALOGUE_DECREE_356: "356/2025/NĐ-CP",
           rules.CATALOGUE_DECREE_13: "13/2023/NĐ-CP"}


@dataclass(frozen=True)
class Point:
    """One point of Decree 13 Art. 2(3) (basic) or 2(4) (sensitive)."""

    point: str
    category_type: str
    article: str
    article_en: str
    vi: str
    en: str


def bundled_json(path: Path, *, fmt: str, what: str, kind: str) -> dict:
    """A JSON resource of ours (catalogue, policy lexicon): its object, or a DeskError naming
    the file when it is missing, damaged or of another format."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise DeskError(f"{path}: {what} is missing or damaged ({exc}); "
                        "reinstall DPO Desk to repair it") from exc
    if not isinstance(data, dict) or data.get("format") != fmt:
        raise DeskError(f"{path}: not a DPO Desk {kind} (expected {fmt})")
    return data


def _load() -> dict:
    return bundled_json(resource("catalogue", "catalogue.json"), fmt=CATALOGUE_FORMAT,
                        what="the data catalogue", kind="catalogue")


@cache
def decree_13_points() -> dict[str, Point]:
    return {p["point"]: Point(**p) for p in _load()["decree_13"]}


@cache
def shipped() -> tuple[Item, ...]:
    return tuple(Item(code=i["code"], category_type=i["category_type"], vi=i["vi"], en=i["en"],
                      kind=i["kind"], article=i["article"], article_en=i["article_en"],
                      parent=i.get("parent"), special=tuple(i.get("special", ())),
                      decree_13=i["decree_13"], aliases=tuple(i["aliases"]))
                 for i in _load()["items"])


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
    for item in shipped():  # everyday phrasings come after every label
        for name in item.aliases:
            index.setdefault(fold(name), item)
    return index


def unmarked(text: str) -> str:
    """fold() without diacritics: "Họ và tên" -> "ho va ten"."""
    plain = unicodedata.normalize("NFD", fold(text).replace("đ", "d"))
    return "".join(c for c in plain if not unicodedata.combining(c))


@cache
def _shipped_unmarked() -> dict[str, Item | None]:
    """Names without diacritics -> the one item they stand for (None: more than one)."""
    return _unmarked_index(_shipped_index())


def _unmarked_index(index: dict[str, Item]) -> dict[str, Item | None]:
    out: dict[str, Item | None] = {}
    for name, item in index.items():
        key = unmarked(name)
        out[key] = item if out.get(key, item) is item else None
    return out


def custom_items(desk: Desk) -> list[Item]:
    rows = desk.rows("SELECT code, label, category_type FROM custom_items ORDER BY label")
    return [Item(code=r["code"], category_type=r["category_type"], vi=r["label"], en=r["label"])
            for r in rows]


class Lookup:
    """Resolves item names against the catalogue and this database's own items."""

    def __init__(self, desk: Desk, *, law: str = rules.CATALOGUE_DECREE_356):
        """`law`: the list that classifies the items found (`rules.catalogue_regime`)."""
        self.law = law
        self.by_code: dict[str, Item] = {i.code: i for i in shipped()}
        self.index = dict(_shipped_index())
        self.unmarked = dict(_shipped_unmarked())
        for item in custom_items(desk):
            self.add(item)

    def add(self, item: Item) -> None:
        self.by_code[item.code] = item
        for name in (item.code, item.vi):
            self.index.setdefault(fold(name), item)
            key = unmarked(name)
            self.unmarked[key] = item if self.unmarked.get(key, item) is item else None

    def find(self, name: str) -> Item | None:
        """The item a typed name stands for: exactly (after NFC and case folding), else
        without diacritics when only one item answers to it; None when none does."""
        item = self.index.get(fold(name)) or self.unmarked.get(unmarked(name))
        return item.under(self.law) if item is not None else None

    def get(self, code: str) -> Item:
        """The item with this code; an unknown code (a damaged file) shows as itself."""
        item = self.by_code.get(code) or Item(code=code, category_type="basic", vi=code,
                                              en=code)
        return item.under(self.law)


def custom_code(label: str, taken: set[str]) -> str:
    """A stable code for a new custom item, from its label."""
    ascii_name = unicodedata.normalize("NFKD", label.replace("đ", "d").replace("Đ", "D"))
    slug = re.sub(r"[^A-Z0-9]+", "_", ascii_name.encode("ascii", "ignore").decode().upper())
    base = CUSTOM_PREFIX + (slug.strip("_")[:40] or "ITEM")
    code, n = base, 2
    while code in taken:
        code, n = f"{base}_{n}", n + 1
    return code
