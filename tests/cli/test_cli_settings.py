"""`dpo-desk settings show / set / import` through the real program."""

import json

import pytest

from dpo_desk.core import audit, settings
from dpo_desk.core.desk import Desk


def test_show_prints_every_setting(run, db_path):
    run("init", "--no-encryption", db=db_path)
    result = run("settings", "show", db=db_path)
    assert result.returncode == 0, result.stderr
    shown = dict((line.split(maxsplit=1) + [""])[:2] for line in result.stdout.splitlines())
    assert list(shown) == [s.key for s in settings.SETTINGS]
    assert (shown["language"], shown["complaint_days_simple"], shown["company_name"]) == (
        "vi", "7", "")


def test_set_then_show_json(run, db_path):
    run("init", "--no-encryption", db=db_path)
    result = run("settings", "set", "company_name", "Công ty Sen Vàng", db=db_path)
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")
    result = run("settings", "show", "--json", db=db_path)
    assert result.returncode == 0
    document = json.loads(result.stdout)  # exactly one JSON document
    assert set(document) == {s.key for s in settings.SETTINGS}
    assert document["company_name"] == "Công ty Sen Vàng"
    assert document["complaint_days_simple"] == 7


def test_import_sets_several_at_once(run, db_path, tmp_path):
    source = tmp_path / "profile.json"
    source.write_text(json.dumps({"company_name": "Ánh Dương", "tax_code": "0401122334-002",
                                  "complaint_days_complex": 30}), encoding="utf-8")
    run("init", "--no-encryption", db=db_path)
    result = run("settings", "import", source, db=db_path)
    assert result.returncode == 0, result.stderr
    with Desk.open(db_path) as desk:
        values = settings.get_all(desk)
        assert audit.count(desk) == 3
    assert (values["company_name"], values["tax_code"], values["complaint_days_complex"]) == (
        "Ánh Dương", "0401122334-002", 30)


@pytest.fixture
def profiled(db_path):
    with Desk.create(db_path) as desk:
        settings.update(desk, {"company_name": "Sen Vàng", "tax_code": "0312345678"})
    return db_path


@pytest.mark.parametrize(("key", "value"), [
    ("tax_code", "031234567"),
    ("email", "lienhe-senvang.vn"),
    ("complaint_days_simple", "91"),
    ("company_name", " "),
    ("colour", "đỏ"),
])
def test_bad_value_exits_2_naming_the_key(run, profiled, key, value):
    before = profiled.read_bytes()
    result = run("settings", "set", key, value, db=profiled)
    assert result.returncode == 2
    assert result.stdout == ""
    [line] = result.stderr.splitlines()
    assert line.startswith(f"dpo-desk: error: {key}: ")
    assert profiled.read_bytes() == before


def test_import_with_bad_values_changes_nothing_and_names_each(run, profiled, tmp_path):
    source = tmp_path / "half.json"
    source.write_text(json.dumps({"company_name": "Hoa Sữa", "tax_code": "12",
                                  "dpo_email": "không-phải-email"}), encoding="utf-8")
    before = profiled.read_bytes()
    result = run("settings", "import", source, db=profiled)
    assert result.returncode == 2
    lines = result.stderr.splitlines()
    assert sorted(line.split(":")[2].strip() for line in lines) == ["dpo_email", "tax_code"]
    assert profiled.read_bytes() == before


def test_import_of_a_broken_file_names_the_file(run, profiled, tmp_path):
    source = tmp_path / "broken.json"
    source.write_text('{"company_name": ', encoding="utf-8")
    result = run("settings", "import", source, db=profiled)
    assert result.returncode == 2
    [line] = result.stderr.splitlines()
    assert str(source) in line and "not valid JSON" in line
