"""From a read policy to the register: proposed entries grouped by whose data and why, and the
gaps kept as a checklist (table `policy_gaps`) until the DPO resolves them. Every write goes
through `register.create` and `Desk.write`, so it is audited; an import is one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from dpo_desk.core import clock, register, vocab
from dpo_desk.core.eventlog import Event
from dpo_desk.core.policy import GAPS_TABLE
from dpo_desk.core.policy.analyse import Analysis, lexicon, register_mismatches

if TYPE_CHECKING:
    from dpo_desk.core.desk import Desk

TABLE = GAPS_TABLE
UNKNOWN_COUNTRY = "Chưa xác định (cần bổ sung)"
NO_PURPOSE = "Theo chính sách bảo mật (cần bổ sung mục đích)"
# Which purposes (by their lexicon group) belong to which group of people.
GROUP_PURPOSES = {"customers": ("service", "legal", "marketing"),
                  "website_users": ("analytics", "marketing"),
                  "candidates": ("recruitment", "legal")}
RECRUITMENT_ITEMS = {"CV_EMPLOYMENT_HISTORY", "EDUCATION"}


@dataclass
class Proposal:
    """One register entry to create, with the sentences it rests on (shown in the preview)."""

    values: dict
    evidence: dict[str, str] = field(default_factory=dict)  # item code or purpose -> sentence

    def as_dict(self) -> dict:
        return {**self.values, "evidence": self.evidence}


def propose(analysis: Analysis, *, source: str = "", taken: set[str] | None = None
            ) -> list[Proposal]:
    """The register entries the policy describes: one per group of people (customers, users
    tracked online, job candidates), each with its items, purposes and recipients."""
    lex = lexicon()
    subjects = {f.value for f in analysis.subjects}
    main = "candidates" if "candidates" in subjects and "customers" not in subjects \
        else "customers"
    groups: dict[str, list[dict]] = {}
    for item in analysis.items:
        if item["code"] in lex.tracking:
            group = "website_users"
        elif item["code"] in RECRUITMENT_ITEMS and "candidates" in subjects:
            group = "candidates"
        else:
            group = main
        groups.setdefault(group, []).append(item)
    purpose_group = {e["vi"]: e["group"] for e in lex.data["purposes"]}
    taken = set(taken or ())
    proposals = []
    for group, items in groups.items():
        purposes = [f for f in analysis.purposes
                    if purpose_group.get(f.value) in GROUP_PURPOSES[group]] or analysis.purposes
        recipients, platforms = _recipients(analysis, group, "website_users" in groups)
        countries = sorted({p["country"] for p in platforms} or
                           ({UNKNOWN_COUNTRY} if group == main and any(
                               not t.value["name"] for t in analysis.transfers) else set()))
        service = any(purpose_group.get(f.value) == "service" for f in purposes)
        values = {
            "name": _unique_name(vocab.label(vocab.SUBJECTS, group) + " (chính sách bảo mật)",
                                 taken),
            "subjects": [group],
            "items": [i["code"] for i in items],
            "purpose": [f.value for f in purposes] or [NO_PURPOSE],
            "legal_basis": "agreement" if group == "customers" and service else "consent",
            "source": "Chủ thể dữ liệu cung cấp" if group != "website_users"
            else "Thu thập tự động khi truy cập website/ứng dụng",
            "recipients": recipients,
            "cross_border": bool(countries),
            "cross_border_countries": countries,
            "retention": (analysis.retention.evidence[:300] if analysis.retention else ""),
            "notes": f"Đề xuất từ chính sách bảo mật {source}".strip() +
                     "; kiểm tra lại cơ sở pháp lý, bên nhận và thời hạn lưu trữ.",
        }
        evidence = {i["code"]: i["evidence"] for i in items}
        evidence.update({f.value: f.evidence for f in purposes})
        proposals.append(Proposal(values, evidence))
    return proposals


def _recipients(analysis: Analysis, group: str, tracking_entry: bool
                ) -> tuple[list[dict], list[dict]]:
    """The recipients of a group's entry, and the foreign platforms among them: advertising
    and analytics platforms receive what is tracked online (when an entry holds it), the
    others everything else."""
    tracked = group == "website_users"
    platforms = [t.value for t in analysis.transfers if t.value["name"] and (
        (t.value["kind"] in ("ads", "analytics") and tracking_entry) == tracked)]
    names = {p["name"] for t in analysis.transfers for p in [t.value]}
    roles = {e["name"]: e["role"] for e in lexicon().data["recipients"]}
    out = [] if tracked else [
        {"name": f.value, "role": next((role for name, role in roles.items()
                                        if f.value.startswith(name)), "third_party")}
        for f in analysis.recipients if f.value not in names]
    out += [{"name": p["name"], "role": "processor" if p["kind"] in ("cloud", "email")
             else "third_party"} for p in platforms]
    return out, platforms


def _unique_name(name: str, taken: set[str]) -> str:
    from dpo_desk.core.text import fold

    candidate, n = name, 2
    while fold(candidate) in taken:
        candidate, n = f"{name} {n}", n + 1
    taken.add(fold(candidate))
    return candidate


def apply(desk: Desk, analysis: Analysis, proposals: list[Proposal], *,
          source: str = "", compare: bool = False) -> tuple[list[int], list[int]]:
    """Create the entries (and the company's own items they need) and save the gaps as a
    checklist, all in one transaction. Returns the new entry ids and gap ids. `compare`:
    also where the policy and the register, entries now added, still disagree (added to
    `analysis.gaps` and saved)."""
    lex = lexicon()
    with desk.transaction():
        known = {r["code"] for r in desk.rows("SELECT code FROM custom_items")}
        for code in {c for p in proposals for c in p.values["items"]} - known:
            own = lex.own.get(code)
            if own is not None:
                desk.insert("custom_items", {"code": code, "label": own.vi,
                                             "category_type": own.category_type,
                                             "created_at": clock.iso_now()})
        event = Event("policy_import", {"source": source})
        ids = [register.create(desk, p.values, note=event) for p in proposals]
        if compare:
            analysis.gaps = [g for g in analysis.gaps if g["code"] != "register_mismatch"]
            analysis.gaps += register_mismatches(analysis, register.list_entries(desk))
        now = clock.iso_now()
        gap_ids = [desk.insert(TABLE, {"source": source, "code": g["code"], "text": g["text"],
                                       "text_en": g["text_en"], "evidence": g["evidence"],
                                       "status": "open", "created_at": now})
                   for g in analysis.gaps]
    return ids, gap_ids


def gaps(desk: Desk, *, include_resolved: bool = False) -> list[dict]:
    """The checklist: open gaps first (the dashboard shows them until resolved)."""
    where = "" if include_resolved else " WHERE status = 'open'"
    return desk.rows(f"SELECT * FROM {TABLE}{where} ORDER BY status, id")


def resolve(desk: Desk, gap_id: int) -> None:
    from dpo_desk.core.errors import NotFound

    row = desk.get(TABLE, gap_id)
    if row is None:
        raise NotFound(f"policy gap {gap_id} does not exist")
    if row["status"] != "resolved":
        desk.update(TABLE, gap_id, {"status": "resolved", "resolved_at": clock.iso_now()})
