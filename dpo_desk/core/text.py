"""Comparing and sorting Vietnamese text, and whether a text can be stored at all."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# The Vietnamese alphabet: letters with breve, circumflex, horn and đ are letters of their
# own (a < ă < â < b ...); the five tone marks only break ties.
ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
TONES = "\u0300\u0301\u0309\u0303\u0323"  # huyền, sắc, hỏi, ngã, nặng


def storable(text: str) -> bool:
    """False for text with a lone surrogate (JSON "\\ud800"), which SQLite cannot store."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """How names are compared: NFC, case-folded, inner spaces collapsed."""
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def fold_sql(value):
    """fold() for SQL: NULL and numbers pass through."""
    return fold(value) if isinstance(value, str) else value


def _letter(base: str, marks: str) -> str:
    if base == "a" and "\u0306" in marks:
        return "ă"
    if base in "aeo" and "\u0302" in marks:
        return {"a": "â", "e": "ê", "o": "ô"}[base]
    if base in "ou" and "\u031b" in marks:
        return {"o": "ơ", "u": "ư"}[base]
    return base


def sort_key(text: str) -> tuple:
    """Vietnamese dictionary order: letters first, then tones, then the text itself."""
    letters, tones = [], []
    for char in unicodedata.normalize("NFD", fold(text).replace("đ", "\x00")):
        if unicodedata.combining(char):
            if char in TONES:
                tones[-1:] = [TONES.index(char) + 1] if tones else []
            elif letters:
                letters[-1] = _letter(letters[-1], char)
            continue
        letters.append("đ" if char == "\x00" else char)
        tones.append(0)
    primary = tuple((0, ALPHABET.index(c)) if c in ALPHABET else (1, ord(c)) for c in letters)
    return primary, tuple(tones), text


def collate(left: str, right: str) -> int:
    """A SQLite collation ("VI") with the order of `sort_key`."""
    a, b = sort_key(left or ""), sort_key(right or "")
    return (a > b) - (a < b)

