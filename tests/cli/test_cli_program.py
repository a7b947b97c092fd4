"""The `dpo-desk` program itself: version, where the database is, `--db`, demo, usage errors."""

import shutil
import sys
from pathlib import Path

import pytest

from dpo_desk import __version__
from dpo_desk.core import settings
from dpo_desk.core.desk import Desk
from dpo_desk.core.migrations import SCHEMA_VERSION

REPO = Path(__file__).resolve().parents[2]
VERSION_LINE = f"dpo-desk {__version__} (database schema {SCHEMA_VERSION})"


def setting(path: Path, key: str):
    with Desk.open(path) as desk:
        return settings.get(desk, key)


def test_version_names_program_and_schema(run):
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == VERSION_LINE


def test_main_py_is_the_same_program(run):
    result = run("--version", command=[sys.executable, str(REPO / "main.py")])
    assert result.returncode == 0
    assert result.stdout.strip() == VERSION_LINE


def test_console_script_is_the_same_program(run):
    script = shutil.which("dpo-desk", path=str(Path(sys.executable).parent))
    if script is None:
        pytest.skip("the dpo-desk console script is not installed beside this Python")
    result = run("--version", command=[script])
    assert result.stdout.strip() == VERSION_LINE


def test_default_database_is_in_the_user_data_folder(run, cli_env):
    assert run("init", "--no-encryption").returncode == 0
    result = run("settings", "set", "company_name", "Mặc định")
    assert result.returncode == 0, result.stderr
    default = Path(cli_env["XDG_DATA_HOME"]) / "dpo-desk" / "dpo-desk.sqlite3"
    assert setting(default, "company_name") == "Mặc định"


def test_dpo_desk_db_is_honoured_and_db_wins_over_it(run, tmp_path, cli_env):
    from_env, from_option = tmp_path / "env.sqlite3", tmp_path / "option.sqlite3"
    assert run("init", "--no-encryption", env={"DPO_DESK_DB": str(from_env)}).returncode == 0
    assert run("init", "--no-encryption", db=from_option,
               env={"DPO_DESK_DB": str(from_env)}).returncode == 0
    result = run("settings", "set", "company_name", "Từ biến môi trường",
                 env={"DPO_DESK_DB": str(from_env)})
    assert result.returncode == 0, result.stderr
    assert setting(from_env, "company_name") == "Từ biến môi trường"
    assert not (Path(cli_env["XDG_DATA_HOME"]) / "dpo-desk").exists()

    result = run("settings", "set", "company_name", "Từ --db", db=from_option,
                 env={"DPO_DESK_DB": str(from_env)})
    assert result.returncode == 0, result.stderr
    assert setting(from_option, "company_name") == "Từ --db"
    assert setting(from_env, "company_name") == "Từ biến môi trường"


def test_db_before_or_after_the_subcommand(run, tmp_path):
    path = tmp_path / "positions.sqlite3"
    assert run("init", "--no-encryption", db=path).returncode == 0
    calls = [
        ("--db", path, "settings", "set", "company_name", "Trước"),
        ("settings", "--db", path, "set", "address", "Giữa"),
        ("settings", "set", "dpo_name", "Sau", "--db", path),
    ]
    for args in calls:
        result = run(*args)
        assert result.returncode == 0, (args, result.stderr)
    assert [setting(path, k) for k in ("company_name", "address", "dpo_name")] == [
        "Trước", "Giữa", "Sau"]
    assert [p.name for p in tmp_path.glob("*.sqlite3")] == [path.name]


def test_demo_is_deterministic_for_a_seed(run, tmp_path):
    profiles = []
    for name, seed in (("a", 1), ("b", 1), ("c", 2)):
        path = tmp_path / f"{name}.sqlite3"
        result = run("demo", "--seed", seed, db=path)
        assert result.returncode == 0, result.stderr
        with Desk.open(path) as desk:
            profiles.append(settings.get_all(desk))
            assert settings.missing_essentials(desk) == []
        assert profiles[-1]["company_name"] in result.stdout
    assert profiles[0] == profiles[1]
    assert profiles[0] != profiles[2]


def test_usage_errors_exit_2(run, db_path):
    result = run("demo", "--complaints", "-1", db=db_path)
    assert result.returncode == 2
    assert "--complaints" in result.stderr
    result = run("no-such-command")
    assert result.returncode == 2
    assert "no-such-command" in result.stderr


def test_the_plain_window_start_reads_the_command_line_as_argparse_does():
    """`dpo-desk [gui] [--db PATH]` is read without argparse (issue 8, cold start); it must
    agree with the full parser, and leave everything else to it."""
    from dpo_desk import cli
    from dpo_desk.cli import cmd_gui

    plain = [[], ["gui"], ["--db", "a.sqlite3"], ["--db", "a.sqlite3", "gui"],
             ["gui", "--db", "a.sqlite3"], ["--db=a.sqlite3"], ["gui", "--db=đ ữ.sqlite3"]]
    for argv in plain:
        fast = cli._plain_window_start(argv)
        full = cli.build_parser().parse_args(argv)
        assert fast is not None, argv
        assert fast.db == getattr(full, "db", None), argv
        assert (fast.func, fast.screenshot) == (cmd_gui.run, None)
    for argv in (["--db"], ["--db", "-x"], ["gui", "--screenshot", "d"], ["--help"],
                 ["gui", "gui"], ["--db", "a", "gui", "x"], ["--db="], ["settings", "show"],
                 ["--version"], ["gui", "--help"]):
        assert cli._plain_window_start(argv) is None, argv


def test_the_command_modules_share_only_the_context():
    """No import cycles in the CLI (issue 16): a command module imports the shared context and
    core, never the dispatcher (`dpo_desk.cli`) or another command module."""
    import ast
    from pathlib import Path

    from dpo_desk import cli

    folder = Path(cli.__file__).parent
    modules = sorted(folder.glob("cmd_*.py"))
    assert [m.stem for m in modules] == sorted(f"cmd_{name}" for name in cli.COMMANDS)
    for path in [*modules, folder / "context.py"]:
        imported = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                imported |= {node.module} | {f"{node.module}.{a.name}" for a in node.names}
            elif isinstance(node, ast.Import):
                imported |= {a.name for a in node.names}
        cli_imports = {name for name in imported if name.startswith("dpo_desk.cli")}
        allowed = set() if path.name == "context.py" else {"dpo_desk.cli.context"}
        assert cli_imports <= allowed | {f"dpo_desk.cli.context.{n}" for n in dir(cli.context)}, \
            path.name
