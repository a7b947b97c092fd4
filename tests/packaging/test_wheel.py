"""The Python packages carry everything the app needs: `python -m build` makes an sdist and a
wheel from it; the wheel, installed into a fresh virtual environment, runs from a folder outside
the repository (CLI, letters and every screen), so nothing works only from the source tree.

A wheel in dist/ newer than every source (`make wheel`) is used as it is; otherwise the test
builds one from a copy of the sources as a clean clone has them (no .venv, no compiled .qm), so
the build finds Qt's lrelease in its own isolated environment. It needs PyPI (or pip's cache)
for hatchling and the app's dependencies: when those cannot be had, it fails and says so; it
never skips.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import textwrap
import venv
import zipfile
from pathlib import Path

import pytest

import dpo_desk

ROOT = Path(__file__).resolve().parents[2]
RESOURCES = ROOT / "resources"
MIGRATIONS = ROOT / "dpo_desk" / "core" / "migrations"
VERSION = dpo_desk.__version__
WHEEL_NAME = f"dpo_desk-{VERSION}-py3-none-any.whl"
SDIST_NAME = f"dpo_desk-{VERSION}.tar.gz"
BIN = "Scripts" if os.name == "nt" else "bin"
NETWORK_HINT = ("it needs PyPI or pip's cache for hatchling, `build` and the app's dependencies "
                "(PySide6-Essentials, reportlab, holidays, ...)")


def run(argv: list, *, cwd: Path, env: dict, timeout: float = 600, what: str = ""):
    """Run a command; on failure, fail the test with the command's own last words."""
    try:
        result = subprocess.run([str(a) for a in argv], cwd=cwd, env=env, capture_output=True,
                                text=True, encoding="utf-8", errors="replace", timeout=timeout)
    except subprocess.TimeoutExpired:
        pytest.fail(f"{what or argv} took more than {timeout:.0f} s")
    if result.returncode != 0:
        lines = [line for line in (result.stdout + result.stderr).strip().splitlines()
                 if "is ignored: it is neither a file nor a directory" not in line]
        tail = "\n".join(lines[-25:])
        pytest.fail(f"{what or argv} failed (exit {result.returncode}):\n{tail}")
    return result


def source_files() -> list[Path]:
    """What the packages are made of: a prebuilt wheel older than any of these is stale."""
    found = [ROOT / "pyproject.toml", ROOT / "README.md", ROOT / "packaging" / "hatch_build.py"]
    for folder in (ROOT / "dpo_desk", RESOURCES):
        found += [p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts]
    return found


def expected_resources() -> list[str]:
    """Every file of resources/ the app reads, the compiled translations included."""
    files = [p.relative_to(RESOURCES).as_posix() for p in RESOURCES.rglob("*")
             if p.is_file() and p.suffix != ".qm" and "__pycache__" not in p.parts]
    files += [f"i18n/{ts.stem}.qm" for ts in (RESOURCES / "i18n").glob("*.ts")]
    return sorted(files)


def clean_env(tmp: Path) -> dict:
    """The environment of a DPO's shell: nothing pointing into the repository or its .venv."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "DPO_DESK_DB")}
    venv_bin = str(Path(sys.executable).parent)
    env["PATH"] = os.pathsep.join(p for p in env.get("PATH", "").split(os.pathsep)
                                  if p != venv_bin)
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[name] = str(tmp / "home" / name.lower())
    # tests/conftest.py moved XDG_CACHE_HOME into a throw-away folder; pip keeps the real cache.
    env["PIP_CACHE_DIR"] = os.environ.get("PIP_CACHE_DIR") or str(Path.home() / ".cache" / "pip")
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONIOENCODING"] = "utf-8"
    return env


def prebuilt() -> tuple[Path, Path] | None:
    wheel, sdist = ROOT / "dist" / WHEEL_NAME, ROOT / "dist" / SDIST_NAME
    if not (wheel.is_file() and sdist.is_file()):
        return None
    newest = max(p.stat().st_mtime for p in source_files())
    return (wheel, sdist) if min(wheel.stat().st_mtime, sdist.stat().st_mtime) > newest else None


def make_venv(path: Path) -> Path:
    """A new, empty virtual environment. Without pip of its own: ensurepip takes 5-10 s here,
    and the test's own pip installs into it just as well (`pip --python`)."""
    venv.EnvBuilder(with_pip=False, clear=True).create(path)
    python = path / BIN / ("python.exe" if os.name == "nt" else "python")
    assert python.is_file(), f"no interpreter in the new venv {path}"
    return python


def pip_install(python: Path, *requirements, cwd: Path, env: dict, what: str):
    run([sys.executable, "-m", "pip", "--python", python, "install", "--quiet", "--no-compile",
         *requirements], cwd=cwd, env=env, timeout=900, what=f"{what} ({NETWORK_HINT})")


# What a clean clone lacks: git-ignored build outputs and environments.
NOT_IN_A_CLONE = (".git", ".venv", "dist", "build", "*.qm", "__pycache__", "*.pyc", "*.egg-info",
                  ".pytest_cache", ".ruff_cache", ".hypothesis", ".import_linter_cache")


def build(tmp: Path, env: dict) -> tuple[Path, Path]:
    """`python -m build` in a copy of the sources as a clean clone has them: the sdist, then the
    wheel built from that sdist. The translations are compiled by the lrelease of the build
    environment's PySide6 (a build requirement), nothing from the project's .venv."""
    source = tmp / "clone"
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(*NOT_IN_A_CLONE))
    assert not list(source.glob("resources/i18n/*.qm"))
    builder = make_venv(tmp / "builder")
    pip_install(builder, "pip", "build>=1.2", cwd=tmp, env=env, what="pip install build")
    build_env = {k: v for k, v in env.items() if k != "DPO_DESK_LRELEASE"}
    out = tmp / "dist"
    run([builder, "-m", "build", "--outdir", out, source], cwd=tmp, env=build_env,
        what=f"python -m build ({NETWORK_HINT})")
    return out / WHEEL_NAME, out / SDIST_NAME


@pytest.fixture(scope="module")
def installed():
    """(python, dpo-desk, work folder, env, wheel, sdist) of a fresh venv with the wheel."""
    tmp = Path(tempfile.mkdtemp(prefix="dpo-desk-wheel-"))
    try:
        assert not tmp.resolve().is_relative_to(ROOT.resolve())
        env = clean_env(tmp)
        wheel, sdist = prebuilt() or build(tmp, env)
        python = make_venv(tmp / "venv")
        pip_install(python, wheel, cwd=tmp, env=env, what=f"pip install {wheel.name}")
        work = tmp / "work"
        work.mkdir()
        program = python.parent / ("dpo-desk.exe" if os.name == "nt" else "dpo-desk")
        yield python, program, work, env, wheel, sdist
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def test_wheel_holds_every_resource_and_migration(installed):
    *_, wheel, _sdist = installed
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    missing = [f"dpo_desk/resources/{name}" for name in expected_resources()
               if f"dpo_desk/resources/{name}" not in names]
    missing += [f"dpo_desk/core/migrations/{sql.name}" for sql in MIGRATIONS.glob("*.sql")
                if f"dpo_desk/core/migrations/{sql.name}" not in names]
    assert not missing, f"missing from {wheel.name}: {missing}"
    for required in ("fonts/OFL.txt", "i18n/dpo_desk_vi.qm", "style/app.qss",
                     "catalogue/catalogue.json", "letters/vi/complaint_acknowledge.txt",
                     "icons/hicolor/256x256/apps/dpo-desk.png"):
        assert f"dpo_desk/resources/{required}" in names


def test_sdist_holds_the_sources_translations_and_fixtures(installed):
    *_, sdist = installed
    prefix = f"dpo_desk-{VERSION}/"
    with tarfile.open(sdist) as archive:
        names = {name.removeprefix(prefix) for name in archive.getnames()}
    wanted = [f"resources/{name}" for name in expected_resources()]
    wanted += [f"dpo_desk/core/migrations/{sql.name}" for sql in MIGRATIONS.glob("*.sql")]
    wanted += [f"tests/fixtures/{f.name}" for f in (ROOT / "tests" / "fixtures").glob("*.sqlite3")]
    wanted += ["packaging/hatch_build.py", "packaging/lock.py", "pyproject.toml", "README.md",
               "requirements.lock"]
    missing = [name for name in wanted if name not in names]
    assert not missing, f"missing from {sdist.name}: {missing}"


def test_installed_package_runs_from_site_packages(installed):
    python, _, work, env, *_ = installed
    script = textwrap.dedent("""
        import sys
        from pathlib import Path
        from PySide6.QtCore import QTranslator
        from PySide6.QtGui import QFontDatabase, QGuiApplication
        import dpo_desk
        from dpo_desk.core.paths import resources_dir
        app = QGuiApplication(sys.argv[:1])
        res = resources_dir()
        print(Path(dpo_desk.__file__).parent)
        print(res)
        for qm in sorted(res.glob("i18n/*.qm")):
            translator = QTranslator()
            assert translator.load(str(qm)) and not translator.isEmpty(), qm
            print(qm.name)
        for ttf in sorted(res.glob("fonts/*.ttf")):
            assert QFontDatabase.addApplicationFont(str(ttf)) >= 0, ttf
    """)
    out = run([python, "-c", script], cwd=work, env=env, what="import dpo_desk").stdout
    package, resources, *translations = out.split("\n")[:-1]
    site = Path(python).parent.parent
    assert Path(package).resolve().is_relative_to(site.resolve()), package
    assert Path(resources) == Path(package) / "resources"
    assert sorted(translations) == sorted(f"{ts.stem}.qm" for ts in RESOURCES.glob("i18n/*.ts"))


def test_installed_command_line_and_window(installed):
    _, program, work, env, *_ = installed
    db = work / "demo.sqlite3"
    version = run([program, "--version"], cwd=work, env=env).stdout
    assert version.startswith(f"dpo-desk {VERSION} ")
    run([program, "--db", db, "demo", "--complaints", "10"], cwd=work, env=env)
    run([program, "--db", db, "letter", "acknowledge", "--complaint", "1", "--out", "a.pdf"],
        cwd=work, env=env)
    assert (work / "a.pdf").read_bytes().startswith(b"%PDF-")
    gui = run([program, "--db", db, "gui", "--screenshot", "shots"], cwd=work, env=env)
    shots = sorted((work / "shots").glob("*.png"))
    assert len(shots) >= 5 and all(p.stat().st_size > 1000 for p in shots), gui.stdout
    assert "missing" not in gui.stderr.lower(), gui.stderr


def test_installed_bench_runs_from_the_wheel(installed):
    """`dpo-desk bench` is a user command: everything it imports comes with the wheel."""
    _, program, work, env, *_ = installed
    done = run([program, "bench", "--only", "letter_pdf", "--json"], cwd=work, env=env,
               what="dpo-desk bench from the wheel")
    assert '"letter_pdf"' in done.stdout, done.stdout
