"""Reading a privacy policy for what it says: data items, purposes, recipients, transfers
abroad, retention, deadlines, rights, breach commitment, contact, date, and the gaps against
Law 91/2025 and Decree 356/2025 (`law.GAPS`).

Rules only, no model: the phrasings live in `resources/policy/lexicon.json` (plus the
catalogue's labels and aliases). Text is compared after NFC and case folding, with doubled
words collapsed ("khách hàng khách hàng"); a phrase of two or more words also matches with
some diacritics left out ("so dien thoai", "sô điên thoại"), never with others ("mà khách
hàng" is not "mã khách hàng"). Every finding quotes the sentence it rests on exactly as the
extracted text has it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path

from dpo_desk.core import catalogue, rules
from dpo_desk.core.paths import resource
from dpo_desk.core.policy import law
from dpo_desk.core.text import fold

LEXICON_FORMAT = "dpo-desk-policy-lexicon/1"

# -- text -----------------------------------------------------------------------------------


class _Unmarked(dict):
    """A `str.translate` table filled as characters come: each to itself without marks."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        base = "d" if char == "đ" else "D" if char == "Đ" else "".join(
            c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c))
        self[code] = base
        return base


_UNMARKED = _Unmarked()


def plain(text: str) -> str:
    """Folded text without its diacritics ("số điện thoại" -> "so dien thoai")."""
    return unicodedata.normalize("NFC", text).translate(_UNMARKED)


def _trie_pattern(words: Iterable[str]) -> str:
    """One regular expression for many phrases, as a trie: Python's `re` tries the branches
    of an alternation one by one, a trie shares their common beginnings."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def pattern(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(char) + pattern(child) for char, child in sorted(node.items())
                    if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:  # greedy: the longer phrase first, the shorter if the longer fails
            return f"(?:{body})?"
        return body

    return pattern(trie)


_DOUBLED = re.compile(r"\b(\w+)(?:\s+\1\b)+")
_PLAIN_VIETNAMESE = re.compile(r"\b(?:va|cua|cac|duoc|chung toi|thong tin|khach hang|nhung|"
                               r"trong|theo|cho)\b")


@dataclass
class Sentence:
    text: str  # exactly as in the extracted text
    section: str  # the kind of the section it is in ("collect", "purpose", ...) or ""
    heading: bool = False
    folded: str = field(init=False)
    key: str = field(init=False)  # folded, doubled words collapsed, without diacritics

    def __post_init__(self):
        self.folded = _DOUBLED.sub(r"\1", fold(self.text))
        self.key = plain(self.folded)  # as long as `folded`: positions are shared
        # Vietnamese typed without diacritics (not English, where "ten" is not "tên")
        self.unmarked = self.key == self.folded and bool(_PLAIN_VIETNAMESE.search(self.key))
        self._has: dict[int, bool] = {}
        self.item_matches: list | None = None  # filled once by _item_matches

    def has(self, matcher: Matcher) -> bool:
        found = self._has.get(id(matcher))
        if found is None:
            found = self._has[id(matcher)] = next(matcher.find(self), None) is not None
        return found


class Matcher:
    """Finds any of many phrases in a sentence, longest first, on whole words."""

    def __init__(self, pairs: Iterable[tuple[str, object]]):
        self.by_plain: dict[str, list[tuple[str, object]]] = {}
        for phrase, target in pairs:
            folded = fold(phrase)
            self.by_plain.setdefault(plain(folded), []).append((folded, target))
        if not self.by_plain:
            self.regex = re.compile(r"(?!x)x")
            return
        # a lookahead finds a match at every word start, so overlapping phrases all show
        # (an English "s" may follow: "records", "requests")
        self.regex = re.compile(
            rf"(?<!\w)(?=({_trie_pattern(self.by_plain)})(?:e?s)?(?!\w))")

    def find(self, sentence: Sentence) -> Iterator[tuple[object, int, int]]:
        """(target, start, end) in `sentence.key` for each phrase found."""
        for match in self.regex.finditer(sentence.key):
            written = sentence.folded[match.start(1):match.end(1)]
            for folded, target in self.by_plain[match.group(1)]:
                if written == folded or sentence.unmarked or (
                        " " in folded and _dropped_marks(written, folded)):
                    yield target, match.start(1), match.end(1)
                    break


def _marks(word: str) -> set[str]:
    decomposed = unicodedata.normalize("NFD", word)
    return {c for c in decomposed if unicodedata.combining(c)} | ({"đ"} if "đ" in word else set())


def _dropped_marks(written: str, phrase: str) -> bool:
    """Whether `written` is the phrase of several words with some diacritics left out (a
    typo, "sô điên thoại"), not another phrase ("mà khách hàng" is not "mã khách hàng"): each
    word keeps only marks the phrase's word has. One word must be written exactly ("tuổi" is
    not "tuoi", "ảnh" not "anh") unless the sentence has no diacritics at all."""
    pairs = list(zip(written.split(), phrase.split(), strict=False))
    return len(pairs) == len(phrase.split()) and all(
        _marks(w) <= _marks(p) for w, p in pairs)


# -- the lexicon ----------------------------------------------------------------------------


@dataclass(frozen=True)
class OwnItem:
    code: str
    vi: str
    en: str
    category_type: str


class Lexicon:
    def __init__(self, data: dict):
        self.data = data
        lists = {k: v for k, v in data.items() if isinstance(v, list) and v and
                 isinstance(v[0], str)}
        self.terms = {name: Matcher((t, name) for t in terms) for name, terms in lists.items()}
        self.own = {}
        item_phrases: list[tuple[str, str]] = []
        # a phrase naming a whole clause of the decree ("usage data"): dropped when a concrete
        # item under it is found too
        self.clause_phrases = {plain(fold(p)) for e in data["items"]
                               for p in e.get("clause_phrases", ())}
        for entry in data["items"]:
            item_phrases += [(p, entry["code"]) for p in
                             [*entry["phrases"], *entry.get("clause_phrases", ())]]
        for entry in data["own_items"]:
            code = catalogue.custom_code(entry["vi"], set())
            self.own[code] = OwnItem(code, entry["vi"], entry["en"], entry["category_type"])
            item_phrases += [(p, code) for p in entry["phrases"]]
        known = {fold(p) for p, _ in item_phrases} | {fold(p) for p in
                                                      data.get("catalogue_alias_skip", ())}
        for item in catalogue.shipped():  # the catalogue's own names and aliases
            names = [re.sub(r"\s*\([^()]*\)\s*$", "", n) for n in (item.vi, item.en)]
            # an alias names an item typed in a field ("Ảnh", "Đơn hàng"); in prose only the
            # longer phrases (three syllables or more) say it
            names += [a for a in getattr(item, "aliases", ()) if len(a.split()) >= 3]
            for name in names:
                if len(name.split()) <= 5 and fold(name) not in known:
                    known.add(fold(name))
                    item_phrases.append((name, item.code))
        # phrases that look like an item and are not ("vị trí ứng tuyển" is a job, not a place):
        # matched as no item, so they win over the shorter item inside them
        self.items = Matcher(item_phrases + [(p, "") for p in data.get("not_items", ())])
        self.tracking = {e["code"] for e in data["items"] if e.get("tracking")}
        # items whose very naming says they are collected ("có camera an ninh")
        self.self_collecting = {e["code"] for e in data["items"] if e.get("self_collecting")}
        self.purposes = Matcher((p, e) for e in data["purposes"] for p in e["phrases"])
        self.recipients = Matcher(
            [(p, (e, None)) for e in data["recipients"] for p in e["phrases"]]
            + [(n, (e, n)) for e in data["recipients"] for n in e.get("names", ())])
        self.platforms = Matcher((p, e) for e in data["foreign_platforms"] for p in e["phrases"])
        self.countries = Matcher((p, e) for e in data["foreign_countries"] for p in e["phrases"])
        self.rights = Matcher((p, e) for e in data["rights"] for p in e["phrases"])
        self.subjects = Matcher((p, e["code"]) for e in data["subjects"] for p in e["phrases"])

    def has(self, sentence: Sentence, name: str) -> bool:
        return sentence.has(self.terms[name])


@cache
def lexicon() -> Lexicon:
    return Lexicon(catalogue.bundled_json(resource("policy", "lexicon.json"), fmt=LEXICON_FORMAT,
                                          what="the policy lexicon", kind="policy lexicon"))


# -- sections and sentences -----------------------------------------------------------------

# Which kind of section a heading opens, first match wins ("Mục đích thu thập thông tin" is
# about purposes, not collection).
SECTION_KINDS = (("purpose", "purpose_headings"), ("retention", "retention_terms"),
                 ("recipients", "recipient_headings"), ("rights", "rights_terms"),
                 ("collect", "collection_headings"))
_ABBREVIATIONS = {"tp", "q", "p", "ms", "mr", "mrs", "dr", "co", "ltd", "st", "no", "tx", "e.g",
                  "i.e", "v.v", "vs", "inc", "corp", "ths", "ts", "gs"}
_SENTENCE_END = re.compile(r"[.!?…]+[\"”')]*\s+")


def split_sentences(line: str) -> list[str]:
    """A line cut after . ! ? when the next word starts with a capital or a digit (or, after a
    plain full stop, a small letter); not after an abbreviation ("TP. Hồ Chí Minh") or a list
    number ("1. Mục đích")."""
    parts, start = [], 0
    for match in _SENTENCE_END.finditer(line):
        following = line[match.end():match.end() + 1]
        before = line[start:match.start()].split()
        token = before[-1].lower().strip("(\"“") if before else ""
        # a sentence of a messy policy may start in lower case after a plain full stop
        lower_start = following.islower() and match.group().strip() == "." and \
            len(token) >= 3 and token[-1:].isalpha()
        if not following or not (following.isupper() or following.isdigit() or
                                 following in "\"“(-•" or lower_start):
            continue
        if token in _ABBREVIATIONS or re.fullmatch(r"\d{1,2}|[ivxlc]{1,4}|[a-zđ]", token):
            continue
        parts.append(line[start:match.end()].strip())
        start = match.end()
    parts.append(line[start:].strip())
    return [p for p in parts if p]


_NUMBERED = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.?\s|[IVXLC]{1,4}\.\s|"
                       r"(?:Điều|Mục|Phần|Chương)\s+\d)", re.IGNORECASE)


def _heading_case(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) > 0.8 * len(letters)


def _is_heading(line: str) -> bool:
    words = line.split()
    return len(line) <= 90 and len(words) <= 14 and not re.search(r"[.;,:!?]$", line) and \
        not re.search(r"\S+@\S+|\d{6,}", line)


def _kind(line: str, lex: Lexicon) -> str:
    probe = Sentence(line, "")
    return next((kind for kind, terms in SECTION_KINDS if lex.has(probe, terms)), "")


def sentences(text: str, lex: Lexicon) -> list[Sentence]:
    found: list[Sentence] = []
    section = ""
    for line in text.split("\n"):
        if _is_heading(line):
            kind = _kind(line, lex)
            # a short line of no known kind is a heading only when it looks like one (a list
            # item without its full stop stays in its section)
            if kind or _NUMBERED.match(line) or _heading_case(line):
                # "1.2 Thông tin kỹ thuật" under "1. Thông tin thu thập" stays in its section
                section = kind or (section if re.match(r"\d+\.\d", line) else "")
                found.append(Sentence(line, section, heading=True))
                continue
        parts = split_sentences(line)
        # a run-in heading opens its paragraph: "<b>Mục đích.</b> Tích điểm, đổi quà ..."
        if len(parts) > 1 and len(parts[0].split()) <= 6 and parts[0][-1] in ".:":
            kind = _kind(parts[0].rstrip(".:"), lex)
            if kind:
                section = kind
                found.append(Sentence(parts.pop(0), section, heading=True))
        found += [Sentence(part, section) for part in parts]
    return found


# -- findings -------------------------------------------------------------------------------

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
_PHONE = re.compile(r"(?<!\d)(?:\+84|0)\d(?:[ .-]?\d){7,10}(?!\d)")
# Read in a sentence's key (folded, without diacritics: "7 ngay" is "7 ngày").
_DAYS = re.compile(r"(?<![\d/.])(\d{1,3})(?:\s*(?:-|–|den|toi|to)\s*(\d{1,3}))?\s*"
                   r"(?:ngay|days?|business days?|working days?)\b")
_WITHIN_HOURS = re.compile(r"(?:trong vong|trong|within|cham nhat|toi da|khong qua)\s+"
                           r"(\d{1,3})\s*(?:gio|tieng|h|hours?)\b")
_HOURS = re.compile(r"(?<![\d/.])(\d{1,3})\s*(?:gio|tieng|h|hours?)\b")
_DURATION = re.compile(r"\d+\s*(?:nam|thang|ngay|tuan|years?|months?|days?|weeks?)\b")
_MONTHS_EN = ("january", "february", "march", "april", "may", "june", "july", "august",
              "september", "october", "november", "december")
_DATES = (
    re.compile(r"(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)"),
    re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})", re.IGNORECASE),
)
_MONTH_YEAR = re.compile(r"(?<![\d/.])(\d{1,2})\s*/\s*(\d{4})(?!\d)|"
                         r"tháng\s+(\d{1,2})\s*(?:năm|/)\s*(\d{4})", re.IGNORECASE)
_DATE_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
_DATE_EN = re.compile(r"(?<!\d)(\d{1,2})\s+(" + "|".join(_MONTHS_EN) + r")\s+(\d{4})|("
                      + "|".join(_MONTHS_EN) + r")\s+(\d{1,2}),?\s+(\d{4})", re.IGNORECASE)
# Request kinds named next to a promised number of days -> the law's deadline (Decree 356
# Art. 5; DOMAIN D3.2). Plain complaints have only the company's promise.
_KIND_WORDS = (
    ("deletion", ("xoa", "huy bo", "delete", "erase")),
    ("withdraw_consent", ("rut lai", "han che", "phan doi", "withdraw", "restrict", "object")),
    ("access", ("xem", "truy cap", "chinh sua", "sua", "cung cap", "ban sao", "access",
                "correct", "copy")),
)
_REQUEST_WORDS = ("yeu cau", "request", "tra loi", "phan hoi")
_COMPLAINT_WORDS = ("khieu nai", "complaint")


@dataclass
class Finding:
    kind: str
    value: object
    evidence: str

    def as_dict(self) -> dict:
        return {"kind": self.kind, "value": self.value, "evidence": self.evidence}


@dataclass
class Analysis:
    text: str
    company: str | None = None
    company_evidence: str | None = None
    items: list[dict] = field(default_factory=list)
    purposes: list[Finding] = field(default_factory=list)
    recipients: list[Finding] = field(default_factory=list)
    transfers: list[Finding] = field(default_factory=list)
    cross_border: bool | None = None
    retention: Finding | None = None
    request_days: list[Finding] = field(default_factory=list)
    rights: list[Finding] = field(default_factory=list)
    breach: Finding | None = None
    dpo_contact: Finding | None = None
    updated: Finding | None = None
    subjects: list[Finding] = field(default_factory=list)
    gaps: list[dict] = field(default_factory=list)
    findings_extra: list[Finding] = field(default_factory=list)

    @property
    def item_codes(self) -> list[str]:
        return [i["code"] for i in self.items]

    def as_dict(self) -> dict:
        """The CONTRACT's shape (`policy import --json`), plus every finding's sentence."""
        company = [Finding("company", self.company, self.company_evidence)] \
            if self.company else []
        findings = [*company, *self.purposes, *self.recipients, *self.transfers,
                    *self.request_days, *self.rights, *self.subjects,
                    *(f for f in (self.retention, self.breach, self.dpo_contact, self.updated)
                      if f)]
        return {
            "company": self.company,
            "items": self.items,
            "purposes": [f.value for f in self.purposes],
            "recipients": [f.value for f in self.recipients],
            "cross_border": self.cross_border,
            "retention": self.retention.evidence if self.retention else None,
            "request_days": sorted({d for f in self.request_days for d in f.value["days"]}),
            "rights": [f.value for f in self.rights],
            "gaps": self.gaps,
            "updated": self.updated.value if self.updated else None,
            "dpo_contact": self.dpo_contact.evidence if self.dpo_contact else None,
            "transfers": [f.value | {"evidence": f.evidence} for f in self.transfers],
            "findings": [f.as_dict() for f in findings],
        }


def analyse(text: str, *, register: list[dict] | None = None) -> Analysis:
    """What the policy `text` (as `reader.read_policy` gives it) says and lacks. With the
    register's entries, also where policy and register disagree."""
    lex = lexicon()
    found = sentences(text, lex)
    result = Analysis(text=text)
    _company(found, result)
    _items(found, lex, result)
    _purposes(found, lex, result)
    _recipients(found, lex, result)
    _retention(found, lex, result)
    _deadlines(found, lex, result)
    _rights(found, lex, result)
    _breach(found, lex, result)
    _dpo(found, lex, result)
    _updated(found, lex, result)
    _subjects(found, lex, result)
    result.gaps = _gaps(found, lex, result)
    if register is not None:
        result.gaps += register_mismatches(result, register)
    return result


def _company(found: list[Sentence], result: Analysis) -> None:
    stops = (r"(?=\s*[,;:()\"“”\[\]]|\.\s|\.$|\s+(?:là|thuộc|có|tại|cam kết|tiếp nhận|thực hiện|"
             r"cung cấp|quản lý|địa chỉ|mã số|xin|sẽ|được|với|trân trọng|chịu|sở hữu|điều hành|"
             r"vận hành|phát triển|phát hành|xây dựng|kinh doanh|operates|makes|is)\b|$)")
    vietnamese = re.compile(
        r"(?<!\w)((?:Công ty|CÔNG TY|Cong ty|CONG TY)\s+(?:TNHH|tnhh|Cổ phần|cổ phần|CỔ PHẦN|"
        r"Co phan|co phan|CP|Trách nhiệm hữu hạn)[^\n]*?|"
        r"(?:Hộ kinh doanh|Doanh nghiệp tư nhân|HỘ KINH DOANH|Ho kinh doanh)[^\n]*?)" + stops)
    english = re.compile(r"((?:[A-Z][\w&'-]*\s+){1,8}(?:Joint Stock Company|Company Limited|"
                         r"Co\., Ltd\.?|JSC|Ltd\.?|LLC))")
    bare = re.compile(r"(?<!\w)((?:Công ty|CÔNG TY|Cong ty)\s+[A-ZĐÀ-Ỹ][^\n]*?)" + stops)
    for pattern in (vietnamese, english, bare):
        for sentence in found:
            match = pattern.search(sentence.text)
            if match and 2 <= len(match.group(1).split()) <= 14:
                result.company = match.group(1).strip()
                result.company_evidence = sentence.text
                return


def _contact_line(sentence: Sentence) -> bool:
    """A sentence that gives a way to reach the company (its "email" is not data collected)."""
    return bool(_EMAIL.search(sentence.text) or _PHONE.search(sentence.text)) or \
        sentence.has(lexicon().terms["contact_terms"])


def _negated_spans(sentence: Sentence, lex: Lexicon) -> list[tuple[int, int]]:
    """From a negation ("không thu thập") to the end of its clause; from an animal ("Đối với
    thú cưng: tên, tuổi, cân nặng") to the end of the sentence: not a person's data."""
    spans = [(start, len(sentence.key))
             for _, start, _ in lex.terms["not_a_person_terms"].find(sentence)]
    for _, start, _ in lex.terms["negations"].find(sentence):
        ends = (sentence.key.find(mark, start) for mark in (";", ".", " nhung ", " but "))
        end = min((i for i in ends if i >= 0), default=len(sentence.key))
        spans.append((start, end))
    return spans


def _item_matches(sentence: Sentence, lex: Lexicon) -> list[tuple[str, int, int]]:
    """Items named in a sentence, a phrase inside a longer one dropped ("ảnh chụp CCCD" is
    one item, not also "CCCD"), negated ones and channels ("qua email") dropped."""
    if sentence.item_matches is not None:
        return sentence.item_matches
    matches = sorted(lex.items.find(sentence), key=lambda m: (m[1] - m[2], m[1]))
    kept: list[tuple[str, int, int]] = []
    for code, start, end in matches:  # longest first; a match overlapping a kept one drops
        if not any(start < e and s < end for _, s, e in kept):
            kept.append((code, start, end))
    kept.sort(key=lambda m: m[1])
    negated = _negated_spans(sentence, lex)
    # what a sentence says is not kept is not kept where it names it first either ("thanh
    # toán qua thẻ ngân hàng, chúng tôi không lưu số thẻ")
    denied = {m[0] for m in kept if any(s <= m[1] < e for s, e in negated)}
    sentence.item_matches = [m for m in kept if m[0] and m[0] not in denied and
                             not _channel(sentence, *m)]
    return sentence.item_matches


def _items(found: list[Sentence], lex: Lexicon, result: Analysis) -> None:
    seen: set[str] = set()
    named: set[str] = set()  # codes named by a concrete phrase, not a clause's name
    for sentence in found:
        if _contact_line(sentence) or sentence.heading:
            continue
        matches = _item_matches(sentence, lex)
        # a sentence that lists two or more items lists data collected, verb or not
        # ("Identity and contact data: your name, date of birth, ...")
        if sentence.section != "collect" and not lex.has(sentence, "collection_terms") and \
                len({code for code, _, _ in matches}) < 2 and \
                not any(code in lex.self_collecting for code, _, _ in matches):
            continue
        # "sđt hoặc zalo": a messaging app listed with an item is an account on it
        if any(_MESSAGING.match(sentence.key, end) for _, _, end in matches):
            matches = [*matches, ("SOCIAL_ACCOUNT_ID", len(sentence.key), len(sentence.key))]
        cards = [start for code, start, _ in matches
                 if _contextual(code, sentence, start) == "CCCD_IMAGE" != code]
        for code, start, end in matches:
            if code in ("B06", "PORTRAIT_PHOTO") and any(
                    0 <= card - end < 40 and not re.search(r"[,;:(]", sentence.key[end:card])
                    for card in cards):
                continue  # "ảnh chụp 2 mặt CMND": the card's image, not a portrait
            code = _contextual(code, sentence, start)
            if sentence.key[start:end] not in lex.clause_phrases:
                named.add(code)
            if code in seen:
                continue
            seen.add(code)
            result.items.append(_item_dict(code, sentence.text, lex))
    # a clause of the decree named alongside a concrete item under it adds nothing
    # ("usage data: device identifiers, IP address" is S_L by its items), unless something
    # of the clause itself is named too ("nội dung trò chuyện")
    parents = {i.parent for i in catalogue.shipped() if i.code in seen}
    result.items = [i for i in result.items if i["code"] not in parents or i["code"] in named]


_MESSAGING = re.compile(r"\s*(?:,|/|hoac|va|or|and)\s*(?:zalo|facebook|fb|skype|telegram|viber|"
                        r"whatsapp|line|wechat|kakaotalk)(?=\s*(?:[,.;)/]|$)|\s+(?:hoac|va|or|and|"
                        r"de|to|cua|of)\b)")
_IMAGE_OF = re.compile(r"\b(?:anh|hinh|hinh anh|ban chup|ban sao|scan|photo|copy|image)\b"
                       r"(?:\s+\S+){0,3}\s*$")
# a verb of copying that governs a list: "cho chúng tôi chụp lại bằng lái xe, căn cước ..."
_COPYING = re.compile(r"(?<!anh )(?<!hinh )(?<!ban )\b(?:chup|chup lai|scan|photocopy|"
                      r"photograph|sao chup)\b")  # the verb, not "ảnh chụp" (a photo)


_CHANNELS = {"email", "e-mail", "e mail", "mail", "dien thoai", "phone", "telephone", "zalo"}


def _channel(sentence: Sentence, code: str, start: int, end: int) -> bool:
    """"Yêu cầu qua email", "by phone": the way to reach someone, not data collected."""
    return sentence.key[start:end] in _CHANNELS and bool(
        re.search(r"\b(?:qua|bang|via|by)\s+$", sentence.key[max(0, start - 8):start]))


def _contextual(code: str, sentence: Sentence, start: int = 0) -> str:
    """"lịch sử giao dịch" of a wallet or bank account is financial data (Decree 356 Art.
    4(1)(k)), of a shop an order history (Art. 4(1)(l)). An ID card number named just after
    a picture ("ảnh chụp 2 mặt CMND/CCCD") is the card's image (Art. 4(1)(i))."""
    if code in ("CCCD_NUMBER", "CMND_NUMBER") and (_IMAGE_OF.search(
            re.split(r"[,;:(]", sentence.key[max(0, start - 40):start])[-1]) or _COPYING.search(
            re.split(r"[;:.]", sentence.key[max(0, start - 80):start])[-1])):
        return "CCCD_IMAGE"
    if code == "ORDER_HISTORY" and re.search(r"\b(vi|ngan hang|tai khoan|the|wallet|bank)\b",
                                             sentence.key) and "giao dich" in sentence.key:
        return "BANK_TRANSACTION_HISTORY"
    return code


def _item_dict(code: str, evidence: str, lex: Lexicon) -> dict:
    own = lex.own.get(code)
    if own:
        return {"code": code, "label": own.vi, "label_en": own.en, "sensitive":
                own.category_type == "sensitive", "article": "", "evidence": evidence}
    item = next(i for i in catalogue.shipped() if i.code == code)
    return {"code": code, "label": item.vi, "label_en": item.en, "sensitive": item.sensitive,
            "article": item.reason("vi"), "evidence": evidence}


def _purposes(found: list[Sentence], lex: Lexicon, result: Analysis) -> None:
    seen: set[str] = set()
    for sentence in found:
        if sentence.heading or (sentence.section != "purpose" and
                                not lex.has(sentence, "purpose_terms")):
            continue
        for entry, _, _ in lex.purposes.find(sentence):
            if entry["key"] not in seen:
                seen.add(entry["key"])
                result.purposes.append(Finding("purpose", entry["vi"], sentence.text))


def purpose_keys(texts: Iterable[str]) -> set[str]:
    """The lexicon's purposes that free texts (a register's purposes) speak of."""
    lex = lexicon()
    return {entry["key"] for text in texts for entry, _, _ in lex.purposes.find(
        Sentence(text, "purpose"))} | {entry["key"] for entry in lex.data["purposes"]
                                       if any(fold(entry["vi"]) == fold(t) for t in texts)}


def _recipients(found: list[Sentence], lex: Lexicon, result: Analysis) -> None:
    names: set[str] = set()
    for sentence in found:
        items = [(s, e) for _, s, e in _item_matches(sentence, lex)]
        outside = [m for m in lex.recipients.find(sentence)
                   if not any(s <= m[1] < e for s, e in items)]
        if outside and not sentence.heading and (
                sentence.section == "recipients" or lex.has(sentence, "recipient_terms")):
            for (entry, brand), start, end in outside:
                name = entry["name"] + (f" {_original(sentence, start, end)}" if brand else "")
                if fold(entry["name"]) in names and not brand:
                    continue
                names.add(fold(entry["name"]))
                result.recipients = [f for f in result.recipients
                                     if f.value != entry["name"]]  # a named one is better
                if fold(name) not in {fold(f.value) for f in result.recipients}:
                    result.recipients.append(Finding("recipient", name, sentence.text))
        for platform, start, _ in lex.platforms.find(sentence):
            if any(s <= start < e for s, e in items):
                continue  # "tài khoản Google" is an item, not a transfer
            if platform["name"] not in {f.value["name"] for f in result.transfers}:
                result.transfers.append(Finding("transfer", {
                    "name": platform["name"], "country": platform["country"],
                    "country_en": platform["country_en"], "kind": platform["kind"]},
                    sentence.text))
                result.recipients.append(Finding("recipient", platform["name"], sentence.text))
    for sentence in found:
        if sentence.heading or not (lex.has(sentence, "storage_terms") or
                                    lex.has(sentence, "recipient_terms")):
            continue
        for country, start, _ in lex.countries.find(sentence):
            if _denied(sentence, start) or country["country"] in {
                    f.value["country"] for f in result.transfers}:
                continue
            result.transfers.append(Finding("transfer", {
                "name": "", "country": country["country"], "country_en": country["country_en"],
                "kind": "abroad"}, sentence.text))
    # "khách nước ngoài" (foreign guests) is whose data, not where it goes
    abroad = [(s, start) for s in found for _, start, _ in lex.terms["abroad_terms"].find(s)
              if not any(f <= start < e for _, f, e in lex.terms["foreigner_terms"].find(s))]
    said = next((s for s, start in abroad if not _denied(s, start)), None)
    if said and not result.transfers:
        result.transfers.append(Finding("transfer", {"name": "", "country": "",
                                                     "country_en": "", "kind": "abroad"},
                                        said.text))
    if result.transfers:
        result.cross_border = True
    elif abroad or any(lex.has(s, "stay_terms") and lex.has(s, "retention_terms")
                       for s in found):
        result.cross_border = False  # "không chuyển ra nước ngoài", "lưu trữ tại Việt Nam"


def _denied(sentence: Sentence, start: int) -> bool:
    """Whether the words just before `start`, in the same clause, deny it ("dữ liệu không
    được chuyển ra nước ngoài", "is never sent abroad")."""
    clause = re.split(r"[,;:.]", sentence.key[max(0, start - 50):start])[-1]
    return bool(re.search(r"\b(?:khong|not|never|no)\b", clause))


def _original(sentence: Sentence, start: int, end: int) -> str:
    """The words of `sentence.text` that a match in its key covers (same word positions)."""
    words_before = len(sentence.key[:start].split())
    count = len(sentence.key[start:end].split())
    words = sentence.text.split()
    shown = " ".join(words[words_before:words_before + count]).strip(".,;:()\"“”")
    return shown or sentence.key[start:end]


def _retention(found: list[Sentence], lex: Lexicon, result: Analysis) -> None:
    vague = None
    for sentence in found:
        if sentence.heading or not (lex.has(sentence, "retention_terms") or
                                    sentence.section == "retention"):
            continue
        if _DURATION.search(sentence.key) or lex.has(sentence, "retention_definite"):
            result.retention = Finding("retention", sentence.text, sentence.text)
            return
        vague = vague or sentence
    if vague is not None:
        result.findings_extra.append(Finding("retention_vague", vague.text, vague.text))


def _deadlines(found: list[Sentence], lex: Lexicon, result: Analysis) -> None:
    heading = ""
    for n, sentence in enumerate(found):
        if sentence.heading:
            heading = sentence.key
        if sentence.heading or not lex.has(sentence, "deadline_terms") or \
                lex.has(sentence, "deadline_exclude") or lex.has(sentence, "breach_terms"):
            continue
        # what the days answer may be said just before ("... gửi email khiếu nại. Chúng tôi
        # phản hồi trong 15 ngày.") or in the heading ("Cơ chế giải quyết khiếu nại")
        before = found[n - 1].key if n and not found[n - 1].heading else ""
        for key in sentence.key.split(";"):
            days = []
            for match in _DAYS.finditer(key):
                days += [int(match[1])] + ([int(match[2])] if match[2] else [])
            # "trong vòng 48 giờ": the days it takes, started days counted whole
            days = days or [-(-int(h) // 24) for h in _WITHIN_HOURS.findall(key)]
            if not days:
                continue
            working = bool(re.search(r"lam viec|working|business", key))
            limit = _legal_limit(key) or _legal_limit(sentence.key)
            if not _kind_named(sentence.key) and _complaint(before or heading):
                limit = _legal_limit(before or heading)
            result.request_days.append(Finding("request_days", {
                "days": days, "working_days": working, "legal_days": limit}, sentence.text))


def _kind_named(key: str) -> bool:
    return any(re.search(rf"\b{w}\b", key) for _, words in _KIND_WORDS for w in words) or \
        any(w in key for w in _COMPLAINT_WORDS)


def _complaint(key: str) -> bool:
    return any(w in key for w in _COMPLAINT_WORDS)


def _legal_limit(key: str) -> int | None:
    """The shortest deadline of the law among the request kinds a text names (Decree 356
    Art. 5); a request of no named kind may be an access request (the shortest); a plain
    complaint has none."""
    limits = [rules.LEGAL_DEADLINES[kind].complete_days for kind, words in _KIND_WORDS
              if any(re.search(rf"\b{w}\b", key) for w in words)]
    if limits:
        return min(limits)
    if any(w in key for w in _COMPLAINT_WORDS) and not any(w in key for w in ("yeu cau",
                                                                             "request")):
        return None
    return rules.LEGAL_DEADLINES["access"].complete_days


def _rights(found: list[Sentence], lex: Lexicon, result: Analysis) -> None:
    seen: set[str] = set()
    for sentence in found:
        in_rights = sentence.section == "rights" or lex.has(sentence, "rights_terms")
        for entry, _, _ in lex.rights.find(sentence):
            # withdrawing consent is a right wherever it is said
            if (in_rights or entry["key"] == "withdraw_consent") and entry["key"] not in seen:
                seen.add(entry["key"])
                result.rights.append(Finding("right", entry["key"], sentence.text))


def _breach(found: list[Sentence], lex: Lexicon, result: Analysis) -> None:
    for sentence in found:
        if lex.has(sentence, "breach_terms") and lex.has(sentence, "notify_terms"):
            hours = [int(h) for h in _HOURS.findall(sentence.key)]
            result.breach = Finding("breach", {"hours": min(hours) if hours else None},
                                    sentence.text)
            if hours:
                return


def _dpo(found: list[Sentence], lex: Lexicon, result: Analysis) -> None:
    for n, sentence in enumerate(found):
        following = found[n + 1] if n + 1 < len(found) else None
        named = lex.has(sentence, "dpo_terms") and (
            _contact_line(sentence) or (following and _contact_line(following)))
        # "Liên hệ bảo vệ dữ liệu: Bộ phận Pháp chế, email ...": a contact for data protection
        if named or (lex.has(sentence, "dpo_generic_terms") and _contact_line(sentence)):
            result.dpo_contact = Finding("dpo_contact", sentence.text, sentence.text)
            return


def _dates(text: str) -> list[date]:
    found = []
    for pattern in _DATES:
        for d, m, y in pattern.findall(text):
            found.append((int(y), int(m), int(d)))
    found += [(int(y), int(m), int(d)) for y, m, d in _DATE_ISO.findall(text)]
    for match in _MONTH_YEAR.finditer(text):  # "12/2024": the month's first day
        month, year = (match[1], match[2]) if match[1] else (match[3], match[4])
        found.append((int(year), int(month), 1))
    for match in _DATE_EN.finditer(text):
        if match[1]:
            found.append((int(match[3]), _MONTHS_EN.index(match[2].lower()) + 1, int(match[1])))
        else:
            found.append((int(match[6]), _MONTHS_EN.index(match[4].lower()) + 1, int(match[5])))
    out = []
    for y, m, d in found:
        try:
            out.append(date(y, m, d))
        except ValueError:
            continue
    return out


def _updated(found: list[Sentence], lex: Lexicon, result: Analysis) -> None:
    best: tuple[date, str] | None = None
    for sentence in found:
        if lex.has(sentence, "date_terms") or len(sentence.text) < 40:
            for day in _dates(sentence.text):
                if best is None or day > best[0]:
                    best = (day, sentence.text)
    if best:
        result.updated = Finding("updated", best[0].isoformat(), best[1])


def _subjects(found: list[Sentence], lex: Lexicon, result: Analysis) -> None:
    seen: set[str] = set()
    for sentence in found:
        for code, _, _ in lex.subjects.find(sentence):
            if code not in seen:
                seen.add(code)
                result.subjects.append(Finding("subject", code, sentence.text))


# -- gaps -----------------------------------------------------------------------------------


def gap(code: str, evidence: str | None, **params) -> dict:
    spec = law.GAPS[code]
    return {"code": code, "text": spec.vi.format(**params), "text_en": spec.en.format(**params),
            "source": spec.source, "evidence": evidence}


def _gaps(found: list[Sentence], lex: Lexicon, result: Analysis) -> list[dict]:
    gaps = []

    def first(name: str) -> str | None:
        return next((s.text for s in found if lex.has(s, name)), None)

    if result.company is None:
        gaps.append(gap("no_company_identity", None))
    if result.retention is None:
        vague = next((f for f in result.findings_extra if f.kind == "retention_vague"), None)
        gaps.append(gap("no_retention_period", vague.evidence if vague else None))
    if not result.request_days:
        gaps.append(gap("no_request_deadline", None))
    for finding in result.request_days:
        value = finding.value
        limit, longest = value["legal_days"], max(value["days"])
        if value["working_days"]:  # n working days last at least n + 2 per week
            longest += 2 * (longest // 5)
        if limit is not None and longest > limit:
            gaps.append(gap("request_deadline_exceeds_law", finding.evidence))
            break
    if result.breach is None:
        gaps.append(gap("no_breach_commitment", first("breach_terms")))
    elif result.breach.value["hours"] is None or \
            result.breach.value["hours"] > rules.BREACH_NOTICE_HOURS:
        gaps.append(gap("breach_notice_not_72h", result.breach.evidence))
    if result.dpo_contact is None:
        gaps.append(gap("no_dpo_contact", first("dpo_terms")))
    tracking = [i for i in result.items if i["code"] in lex.tracking]
    said_sensitive = any(lex.has(s, "sensitive_terms") and (lex.has(s, "tracking_terms") or any(
        code in lex.tracking for code, _, _ in _item_matches(s, lex))) for s in found)
    if tracking and not said_sensitive:
        gaps.append(gap("tracking_is_sensitive", tracking[0]["evidence"]))
    keys = {f.value for f in result.rights}
    if "withdraw_consent" not in keys:
        rights = next((f.evidence for f in result.rights), None)
        gaps.append(gap("no_withdraw_consent_right", rights))
    if not keys:
        gaps.append(gap("no_rights_stated", None))
    predates = _predates(found, lex, result)
    if predates:
        gaps.append(gap("predates_law_91", predates))
    if result.cross_border and not any(lex.has(s, "dossier_terms") for s in found):
        gaps.append(gap("cross_border_needs_dossier", result.transfers[0].evidence))
    profiling = first("profiling_terms")
    if profiling and not any(lex.has(s, "opt_out_terms") and (
            lex.has(s, "tracking_terms") or lex.has(s, "profiling_terms")) for s in found):
        gaps.append(gap("profiling_without_opt_out", profiling))
    return gaps


def _predates(found: list[Sentence], lex: Lexicon, result: Analysis) -> str | None:
    """The sentence showing the policy is older than Law 91 (DOMAIN D1): a date before 2026,
    or a repealed basis (Decree 13/2023, or Decree 52/2013 alone) with no word of Law 91."""
    if result.updated and date.fromisoformat(result.updated.value) < rules.LAW_91_FROM:
        return result.updated.evidence
    if not any(lex.has(s, "law91_terms") for s in found):
        return next((s.text for s in found if lex.has(s, "old_law_terms")), None)
    return None


# -- policy and register --------------------------------------------------------------------


def register_mismatches(result: Analysis, entries: list[dict]) -> list[dict]:
    """Where the policy and the register disagree: an item, purpose or recipient in one and
    not the other (CONTRACT: `register_mismatch`, the text says on what)."""
    gaps = []

    def mismatch(evidence, kind: tuple[str, str], name: tuple[str, str], in_policy: bool
                 ) -> None:
        sides = ("có trong chính sách, không có trong sổ đăng ký",
                 "in the policy, not in the register") if in_policy else \
            ("có trong sổ đăng ký, không có trong chính sách",
             "in the register, not in the policy")
        gaps.append(gap("register_mismatch", evidence,
                        what=f"{kind[0]} “{name[0]}” {sides[0]}",
                        what_en=f"{kind[1]} “{name[1]}” {sides[1]}"))

    item_kind, purpose_kind = ("mục dữ liệu", "data item"), ("mục đích", "purpose")
    in_register = {code for e in entries for code in e["items"]}
    for item in result.items:
        if item["code"] not in in_register:
            mismatch(item["evidence"], item_kind, (item["label"], item["label_en"]), True)
    labels = {i.code: (i.vi, i.en) for i in catalogue.shipped()}
    for code in sorted(in_register - set(result.item_codes)):
        mismatch(None, item_kind, labels.get(code, (code, code)), False)
    register_purposes = purpose_keys(p for e in entries for p in e["purpose"])
    policy_purposes = purpose_keys(f.value for f in result.purposes)
    names = {e["key"]: (e["vi"], e["en"]) for e in lexicon().data["purposes"]}
    for key in sorted(policy_purposes - register_purposes):
        evidence = next((f.evidence for f in result.purposes if f.value == names[key][0]),
                        None)
        mismatch(evidence, purpose_kind, names[key], True)
    for key in sorted(register_purposes - policy_purposes):
        mismatch(None, purpose_kind, names[key], False)
    held = [fold(r["name"]) for e in entries for r in e["recipients"]]
    for finding in result.recipients:
        wanted = fold(finding.value)
        if not any(n in wanted or wanted in n for n in held):
            mismatch(finding.evidence, ("bên nhận", "recipient"),
                     (finding.value, finding.value), True)
    return gaps


def analyse_file(path: Path | str, *, register: list[dict] | None = None) -> Analysis:
    from dpo_desk.core.policy.reader import read_policy

    return analyse(read_policy(path), register=register)
