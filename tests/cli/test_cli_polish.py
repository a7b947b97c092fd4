"""The CLI's manners (issue 17 point 4): unknown filter values, closed pipes, `--json` on
every data command, counts that read right."""

import json
import subprocess
import sys

import pytest

from dpo_desk.core import demo
from dpo_desk.core.desk import Desk


@pytest.fixture(scope="module")
def shop(tmp_path_factory):
    path = tmp_path_factory.mktemp("shop") / "shop.sqlite3"
    with Desk.create(path) as desk:
        demo.fill(desk, seed=1, complaints=1200)
    return path


@pytest.mark.parametrize(("args", "named", "valid"), [
    (("complaints", "list", "--status", "bogus"), "status", "in_progress"),
    (("complaints", "list", "--kind", "bogus"), "kind", "withdraw_consent"),
    (("incidents", "list", "--status", "bogus"), "status", "authority_notified"),
])
def test_an_unknown_filter_value_is_refused_listing_the_valid_ones(run, shop, args, named,
                                                                     valid):
    done = run(*args, db=shop)
    assert done.returncode == 2 and done.stdout == ""
    assert f"error: {named}: unknown value 'bogus'; valid: " in done.stderr
    assert valid in done.stderr


def test_the_valid_filters_still_filter(run, shop):
    done = run("complaints", "list", "--status", "open", "--kind", "deletion", "--json", db=shop)
    cases = json.loads(done.stdout)
    assert cases and {c["kind"] for c in cases} == {"deletion"}


def test_a_reader_that_goes_away_ends_the_output_quietly(shop, cli_env, tmp_path):
    """`dpo-desk complaints list | head -1`: the rest is dropped, exit 0, nothing on stderr."""
    child = subprocess.Popen([sys.executable, "-m", "dpo_desk", "complaints", "list",
                              "--db", str(shop)], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, env=cli_env, cwd=tmp_path)
    first = child.stdout.readline()
    child.stdout.close()  # far more than a pipe's 64 KB is still to come
    errors = child.stderr.read().decode()
    assert child.wait(timeout=60) == 0, errors
    assert first.startswith(b"#") and errors == ""


@pytest.mark.parametrize("group", ["register", "complaints", "incidents"])
def test_show_takes_json_like_every_data_command(run, shop, group):
    done = run(group, "show", "1", "--json", db=shop)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["id"] == 1


def test_counts_read_right(run, shop, tmp_path):
    listed = run("register", "list", db=shop).stdout.splitlines()
    assert listed[-1] == "46 entries"
    assert any(line.endswith("Camera an ninh  [1 item]") for line in listed)
    assert any(line.endswith("[6 items]") for line in listed)
    one = run("register", "list", "--search", "Định vị nhân viên", db=shop).stdout.splitlines()
    assert one[-1] == "1 entry"
    none = run("complaints", "list", "--status", "new", "--kind", "other", db=shop)
    assert none.stdout.splitlines()[-1].endswith((" case", " cases"))
    assert "(s)" not in run("incidents", "list", db=shop).stdout
