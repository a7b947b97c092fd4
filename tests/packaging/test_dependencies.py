"""Reviewed versions: requirements.lock covers pyproject.toml exactly (`make lock` refreshes
it), every module the app imports comes with its runtime dependencies, and the installed
`holidays` knows every year whose days off were reviewed (tests/core/test_deadlines.py)."""

from __future__ import annotations

import ast
import re
import sys
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from tests.core.test_deadlines import DAYS_OFF, NOT_COUNTED

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import lock  # noqa: E402  (packaging/lock.py)

PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;]+)\s*(?:;\s*(.+?))?\s*\\?$")


def pins() -> dict[str, tuple[str, str | None, int]]:
    """{name: (version, marker, number of hashes)} of requirements.lock."""
    found, name = {}, None
    for line in lock.LOCK.read_text(encoding="utf-8").splitlines():
        matched = PIN.match(line)
        if matched:
            name = canonicalize_name(matched[1])
            found[name] = (matched[2], matched[3], 0)
        elif name and line.strip().startswith("--hash=sha256:"):
            version, marker, hashes = found[name]
            found[name] = (version, marker, hashes + 1)
    return found


def pyproject() -> list[Requirement]:
    return [Requirement(text) for text in lock.requirements()]


def test_the_lock_is_as_fresh_as_pyproject():
    assert lock.recorded() == lock.digest(lock.requirements()), (
        "requirements.lock is older than pyproject.toml's requirements: run `make lock`")


def test_the_lock_pins_every_requirement_within_its_bounds_with_hashes():
    locked = pins()
    assert locked, "requirements.lock pins nothing"
    missing = [str(r) for r in pyproject() if canonicalize_name(r.name) not in locked]
    assert not missing, f"requirements.lock lacks {missing}: run `make lock`"
    outside = [f"{r} (locked {locked[canonicalize_name(r.name)][0]})" for r in pyproject()
               if locked[canonicalize_name(r.name)][0] not in r.specifier]
    assert not outside, f"requirements.lock pins versions pyproject.toml refuses: {outside}"
    unhashed = [name for name, (_, _, hashes) in locked.items() if not hashes]
    assert not unhashed, f"pins without a hash in requirements.lock: {unhashed}"


def test_a_stale_lock_is_named_with_the_command_that_refreshes_it(tmp_path, capsys):
    assert lock.check() == 0  # the real one is fresh ...
    edited = tmp_path / "pyproject.toml"
    text = lock.PYPROJECT.read_text(encoding="utf-8")
    edited.write_text(text.replace("dependencies = [\n", 'dependencies = [\n    "six>=1",\n', 1),
                      encoding="utf-8")
    assert lock.check(edited) == 1  # ... one with a new dependency is not
    assert lock.check(lock.PYPROJECT, tmp_path / "requirements.lock") == 1  # nor a missing one
    said = capsys.readouterr().err
    assert "older than pyproject.toml" in said and "is missing" in said and "make lock" in said


def imported_packages() -> dict[str, str]:
    """{top-level package: first file importing it} of every import in dpo_desk, lazy ones
    (inside functions) included, less the standard library and dpo_desk itself."""
    found: dict[str, str] = {}
    for path in sorted((ROOT / "dpo_desk").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                top = name.partition(".")[0]
                if top not in sys.stdlib_module_names and top != "dpo_desk":
                    found.setdefault(top, path.relative_to(ROOT).as_posix())
    return found


def test_every_module_the_app_imports_comes_with_its_runtime_dependencies():
    runtime = {canonicalize_name(Requirement(r).name)
               for r in metadata.metadata("dpo-desk").get_all("Requires-Dist")
               if "extra ==" not in r}
    providers = metadata.packages_distributions()
    unprovided = {}
    for package, where in imported_packages().items():
        names = {canonicalize_name(d) for d in providers.get(package, [])}
        if not names & runtime:
            unprovided[package] = (where, sorted(names))
    assert not unprovided, (
        f"imported by the app but not a runtime dependency in pyproject.toml: {unprovided}")


def test_the_installed_holidays_knows_every_reviewed_year():
    import holidays

    version = metadata.version("holidays")
    floor = next(str(r.specifier) for r in pyproject() if r.name == "holidays")
    for year, counted in DAYS_OFF.items():
        reviewed = sorted(counted + list(NOT_COUNTED[year]))  # all proposed, tagged by source
        table = holidays.country_holidays("VN", years=year)
        given = sorted(d.isoformat() for d in table if d.year == year)
        assert given == reviewed, (
            f"holidays {version} lacks Vietnam's days off of {year} as reviewed (missing "
            f"{sorted(set(reviewed) - set(given))}, unexpected {sorted(set(given) - set(reviewed))}"
            f"): the calendar of {year} would be wrong. pyproject.toml asks for holidays{floor}; "
            f"reinstall with `make test` (requirements.lock), or review a newer release.")
