"""One home per rule (issue 16): the legal numbers and the verdicts the screens show live in
core/rules.py; the UI, the CLI and the other core modules ask it. This scans their source
(AST, not text) for the ways a rule was copied before: a 72-hour or day-count timedelta, a
"due soon" window or promise written as a number, the Art. 29 kinds spelled out, the
settled-on-time SQL, a verdict function defined again."""

from __future__ import annotations

import ast
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from dpo_desk.core import rules

PACKAGE = Path(__file__).resolve().parents[2] / "dpo_desk"
HOME = PACKAGE / "core" / "rules.py"
# demo data and the benchmarks make up dates on purpose; they decide no deadline
EXEMPT = {PACKAGE / "core" / "demo.py", PACKAGE / "bench.py"}

# every period of DOMAIN D3-D4 in days, and the breach clocks in hours
LEGAL_DAYS = {rules.DUE_SOON_DAYS, rules.DUE_WEEK_DAYS, rules.POLICY_MAX_EXTENSION_DAYS,
              rules.DECREE_13_REQUEST_DAYS, *rules.DEFAULT_POLICY_DAYS.values(),
              *(d.complete_days for d in rules.LEGAL_DEADLINES.values() if d),
              *(d.third_party_days for d in rules.LEGAL_DEADLINES.values()
                if d and d.third_party_days)}
LEGAL_HOURS = {rules.BREACH_NOTICE_HOURS, rules.SUBJECT_NOTICE_HOURS,
               rules.DECREE_13_REQUEST_HOURS, rules.CLOCK_URGENT_HOURS}
# the verdicts of rules.py; a module may wrap one under the same name where listed
VERDICTS = {"clock_state", "notice_clock", "subjects_clock", "clock_urgent", "due_soon",
            "settled_on", "days_late", "extension_limit", "subject_notice_kinds",
            "on_time_verdict"}
WRAPPERS = {("complaints.py", "extension_limit")}  # (case) -> rules.extension_limit(kind, day)
NAMED_NUMBER = ("SOON", "DUE", "DAYS", "HOURS", "EXTENSION")


def _int(node: ast.AST) -> int | None:
    if isinstance(node, ast.Constant) and type(node.value) is int:
        return node.value
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mult):  # 3 * 24, 72 * 60
        left, right = _int(node.left), _int(node.right)
        if left is not None and right is not None:
            return left * right
    if isinstance(node, ast.IfExp):  # 7 if week else None
        return _int(node.body) if _int(node.body) is not None else _int(node.orelse)
    return None


def _call_name(node: ast.Call) -> str:
    func = node.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def findings(source: str, name: str = "<code>") -> list[str]:
    """Each place in `source` that holds a rule of rules.py by itself."""
    found = []
    tree = ast.parse(source)
    for node in ast.walk(tree):
        line = f"{name}:{getattr(node, 'lineno', 0)}"
        if isinstance(node, ast.Call):
            called = _call_name(node)
            for keyword in node.keywords:
                value = _int(keyword.value)
                if called == "timedelta" and (
                        keyword.arg == "hours" and value in LEGAL_HOURS
                        or keyword.arg == "days" and value in LEGAL_DAYS):
                    found.append(f"{line}: timedelta({keyword.arg}={value})")
                if keyword.arg == "due_within_days" and value is not None:
                    found.append(f"{line}: due_within_days={value}")
            if called == "Setting" and node.args and isinstance(node.args[0], ast.Constant) \
                    and str(node.args[0].value).startswith("complaint_days_") \
                    and len(node.args) > 1 and isinstance(node.args[1], ast.Constant):
                found.append(f"{line}: the promise's default written as {node.args[1].value!r}")
        elif isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            value = _int(node.value) if node.value is not None else None
            for target in targets:
                if isinstance(target, ast.Name) and target.id.isupper() and \
                        any(word in target.id for word in NAMED_NUMBER) and \
                        value in LEGAL_DAYS | LEGAL_HOURS:
                    found.append(f"{line}: {target.id} = {value}")
        elif isinstance(node, ast.Compare):
            sides = [node.left, *node.comparators]
            numbers = [v for v in map(_int, sides) if v]
            named = any("days_left" in ast.unparse(s) or "hours_left" in ast.unparse(s)
                        for s in sides)
            if named and set(numbers) & (LEGAL_DAYS | LEGAL_HOURS):
                found.append(f"{line}: {ast.unparse(node)}")
        elif isinstance(node, ast.Tuple | ast.List | ast.Set):
            words = {e.value for e in node.elts if isinstance(e, ast.Constant)}
            if set(rules.SUBJECT_NOTICE_KINDS) <= words:
                found.append(f"{line}: the Art. 29 kinds spelled out")
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            if rules.SETTLED_AT_SQL in node.value or "substr(answered_at" in node.value:
                found.append(f"{line}: the settled-on-time rule in SQL")
        elif isinstance(node, ast.FunctionDef) and node.name in VERDICTS and \
                (Path(name).name, node.name) not in WRAPPERS:
            found.append(f"{line}: def {node.name} (rules.{node.name} decides that)")
    return found


def sources() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if p != HOME and p not in EXEMPT)


def test_no_rule_is_kept_outside_rules_py():
    found = [f for path in sources()
             for f in findings(path.read_text(encoding="utf-8"), str(path.relative_to(PACKAGE)))]
    assert found == []


def test_the_scan_covers_the_ui_the_cli_and_core():
    scanned = {p.relative_to(PACKAGE).parts[0] for p in sources()}
    assert {"ui", "cli", "core"} <= scanned
    assert PACKAGE / "ui" / "dashboard.py" in sources()


@pytest.mark.parametrize("copied", [
    "from datetime import timedelta\nby = detected + timedelta(hours=72)",
    "import datetime\nby = detected + datetime.timedelta(hours=3 * 24)",
    "due = received + timedelta(days=15)",
    "SOON_DAYS = 2",
    "soon = complaints.Query(due_within_days=2)",
    "query = Query(due_within_days=7 if week.isChecked() else None)",
    "tone = 'soon' if case['days_left'] <= 2 else 'ok'",
    "KINDS = ('biometric', 'location')",
    "SQL = 'SELECT count(*) FROM complaints WHERE COALESCE(answered_at, closed_at) <= due'",
    "Setting('complaint_days_simple', '7', check)",
    "def clock_state(deadline, done_at, now):\n    return 'open', 0",
])
def test_the_scan_finds_a_rule_copied_back(copied):
    assert findings(copied)


@pytest.mark.parametrize("innocent", [
    "ZONE = timezone(timedelta(hours=7))",  # Vietnam's UTC offset, not a deadline
    "COLUMN_WIDTHS = {'regime': 72}",
    "POINTS_PER_INCH = 72",
    "LIST_LIMIT = 10",
    "day += timedelta(days=1)",
    "soon = complaints.Query(due_within_days=rules.DUE_SOON_DAYS)",
    "overdue = case['days_left'] < 0",
    "kinds = rules.SUBJECT_NOTICE_KINDS",
])
def test_the_scan_leaves_other_numbers_alone(innocent):
    assert findings(innocent) == []


# -- the verdicts themselves ---------------------------------------------------------------

def test_settled_on_time_counts_a_case_closed_without_an_answer():
    """DOMAIN D3.1: a case is settled when answered, or closed without an answer (withdrawn,
    duplicate...); the dashboard, the report and the list all use this one rule."""
    closed = {"status": "closed", "answered_at": None, "closed_at": "2026-03-05T10:00:00+07:00",
              "due": "2026-03-03"}
    assert rules.settled_on(closed).isoformat() == "2026-03-05" and rules.days_late(closed) == 2
    answered = closed | {"status": "answered", "answered_at": "2026-03-03T23:00:00+07:00"}
    assert rules.days_late(answered) == 0  # the local day the DPO saw
    assert rules.days_late(closed | {"status": "in_progress"}) is None


def test_the_on_time_verdict_of_the_dashboard():
    assert [rules.on_time_verdict(r) for r in (None, 1.0, 0.9, 0.89, 0.7, 0.69, 0.0)] == [
        "", "good", "good", "fair", "fair", "poor", "poor"]


def test_due_soon_is_today_to_the_day_after_tomorrow():
    assert [rules.due_soon(d) for d in (-1, 0, 2, 3)] == [False, True, True, False]


def test_no_notice_stops_the_clock_only_where_the_law_allows_it():
    """DOMAIN D4.3: Law 91 allows assessing that no notice is due; Decree 13 did not."""
    now = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
    incident = {"notified_at": None, "notify_decision": "no_notify",
                "notify_by": "2026-03-05T12:00:00+00:00", "regime": rules.REGIME_LAW_91}
    assert rules.notice_clock(incident, now) == ("not_required", 0)
    old = incident | {"regime": rules.REGIME_DECREE_13}
    assert rules.notice_clock(old, now) == ("overdue", 5 * 24 * 60)
    assert rules.clock_urgent("open", 23 * 60) and not rules.clock_urgent("open", 24 * 60)


def test_the_extension_limit_follows_the_law_of_the_day_received():
    assert rules.extension_limit("deletion", date(2026, 2, 1))[0] == 20
    assert rules.extension_limit("deletion", date(2025, 12, 1))[0] == 0  # Decree 13: none
    assert rules.extension_limit("complaint", date(2026, 2, 1)) == (
        rules.POLICY_MAX_EXTENSION_DAYS, "")


def test_the_intake_preview_is_what_intake_stores(desk):
    from dpo_desk.core import clock, complaints, deadlines, settings

    clock.freeze(datetime(2026, 2, 12, 3, 0, tzinfo=UTC))
    facts = {"received_on": "2026-02-10", "channel": "email", "kind": "deletion",
             "requester_name": "Phạm Văn Lâm", "complexity": "complex",
             "third_party_involved": True}
    shown = complaints.preview(settings.get_all(desk), deadlines.load_calendar(desk),
                               received=date(2026, 2, 10), kind="deletion",
                               complexity="complex", third_party=True)
    case = complaints.get(desk, complaints.create(desk, facts))
    assert (shown.found.policy_due.isoformat(), shown.found.legal_due.isoformat(),
            shown.found.due.isoformat(), shown.policy_days) == (
        case["policy_due"], case["legal_due"], case["due"], case["policy_days"])
    assert shown.legal.max_extension_days == 20 and not shown.before_law_91
