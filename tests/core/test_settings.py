"""The company profile and preferences: validation naming the field, all-or-nothing writes."""

import json

import pytest

from dpo_desk.core import audit, demo, settings
from dpo_desk.core.errors import ValidationError


def rejected(desk, values: dict) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        settings.update(desk, values)
    return caught.value


@pytest.mark.parametrize("value", ["0312345678", "0312345678-001", " 0109876543 "])
def test_tax_code_accepted(desk, value):
    settings.update(desk, {"tax_code": value})
    assert settings.get(desk, "tax_code") == value.strip()


@pytest.mark.parametrize("value", ["031234567", "03123456AB", "0312345678-01",
                                   "0312345678-0012", "0312 345 678"])
def test_tax_code_rejected(desk, value):
    error = rejected(desk, {"tax_code": value})
    assert [e.field for e in error.errors] == ["tax_code"]
    assert str(error).startswith("tax_code: Tax code must be 10 digits")


@pytest.mark.parametrize(("key", "good", "bad", "words"), [
    ("email", "lienhe@senvang.vn", "lienhe.senvang.vn", "Email address"),
    ("dpo_email", "dpo@hoasua.com.vn", "dpo@hoasua", "Email address"),
    ("phone", "+84 28 3822 1234", "028-38ab", "Phone number"),
    ("dpo_phone", "0912.345.678", "1234567", "8 to 15 digits"),
    ("language", "en", "fr", "Must be one of: vi, en"),
    ("complaint_day_mode", "working", "weekly", "Must be one of: calendar, working"),
    ("timezone", "Asia/Bangkok", "Asia/Hà_Nội", "Unknown time zone"),
])
def test_checked_values(desk, key, good, bad, words):
    error = rejected(desk, {key: bad})
    assert [e.field for e in error.errors] == [key]
    assert words in str(error)
    settings.update(desk, {key: good})
    assert settings.get(desk, key) == good


@pytest.mark.parametrize("value", [1, "1", "90", 45])
def test_days_accepted(desk, value):
    settings.update(desk, {"complaint_days_simple": value})
    assert settings.get(desk, "complaint_days_simple") == int(value)


@pytest.mark.parametrize("value", ["0", "91", "-1", "7.5", "bảy", True])
def test_days_rejected(desk, value):
    error = rejected(desk, {"complaint_days_complex": value})
    assert [e.field for e in error.errors] == ["complaint_days_complex"]
    assert settings.get(desk, "complaint_days_complex") == 15


def test_defaults_and_types(desk):
    values = settings.get_all(desk)
    assert values["language"] == "vi"
    assert values["complaint_days_simple"] == 7 and values["complaint_days_complex"] == 15
    assert values["complaint_day_mode"] == "calendar"
    assert values["timezone"] == "Asia/Ho_Chi_Minh"
    assert list(values) == [s.key for s in settings.SETTINGS]


def test_unknown_key_is_named(desk):
    error = rejected(desk, {"colour": "đỏ"})
    assert [e.field for e in error.errors] == ["colour"]
    assert "Unknown setting" in str(error) and "company_name" in str(error)


def test_essentials_cannot_be_emptied_but_others_reset(desk):
    demo.fill(desk, seed=1)
    for key in settings.ESSENTIAL_KEYS:
        error = rejected(desk, {key: "  "})
        assert str(error) == f"{key}: Required"
    settings.update(desk, {"language": "en", "complaint_days_simple": "10"})
    settings.update(desk, {"language": "", "complaint_days_simple": ""})
    assert settings.get(desk, "language") == "vi"
    assert settings.get(desk, "complaint_days_simple") == 7


def test_one_bad_value_changes_nothing_and_every_bad_field_is_named(desk):
    settings.update(desk, {"company_name": "Sen Vàng"})
    count = audit.count(desk)
    error = rejected(desk, {"company_name": "Hoa Sữa", "email": "sai", "address": "Huế",
                            "complaint_days_simple": "100"})
    assert sorted(e.field for e in error.errors) == ["complaint_days_simple", "email"]
    assert error.for_field("email") and not error.for_field("address")
    assert settings.get(desk, "company_name") == "Sen Vàng"
    assert settings.get(desk, "address") == ""
    assert audit.count(desk) == count


def test_missing_essentials(desk):
    assert settings.missing_essentials(desk) == list(settings.ESSENTIAL_KEYS)
    settings.update(desk, {"company_name": "Sen Vàng", "tax_code": "0312345678"})
    assert settings.missing_essentials(desk) == [
        k for k in settings.ESSENTIAL_KEYS if k not in ("company_name", "tax_code")]
    demo.fill(desk, seed=2)
    assert settings.missing_essentials(desk) == []


# -- import ------------------------------------------------------------------------------------

def write_json(path, document) -> None:
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")


def test_import_sets_everything(desk, tmp_path):
    source = tmp_path / "profile.json"
    write_json(source, {"company_name": "Ánh Dương", "tax_code": "0401122334",
                        "complaint_days_complex": 20})
    assert settings.import_file(desk, source)["tax_code"] == "0401122334"
    values = settings.get_all(desk)
    assert (values["company_name"], values["complaint_days_complex"]) == ("Ánh Dương", 20)
    assert audit.count(desk) == 3


def test_import_with_bom(desk, tmp_path):
    source = tmp_path / "bom.json"
    source.write_bytes(b"\xef\xbb\xbf" + json.dumps({"company_name": "Hoa Sữa"}).encode())
    settings.import_file(desk, source)
    assert settings.get(desk, "company_name") == "Hoa Sữa"


def test_import_is_all_or_nothing(desk, tmp_path):
    settings.update(desk, {"company_name": "Sen Vàng"})
    source = tmp_path / "half.json"
    write_json(source, {"company_name": "Hoa Sữa", "tax_code": "12345"})
    with pytest.raises(ValidationError) as caught:
        settings.import_file(desk, source)
    assert [e.field for e in caught.value.errors] == ["tax_code"]
    assert settings.get(desk, "company_name") == "Sen Vàng"
    assert audit.count(desk) == 1


@pytest.mark.parametrize(("content", "words"), [
    (b'{"company_name": "Sen', "is not valid JSON"),
    (b"\xff\xfe\x00n\x00o", "is not valid JSON"),
    (b'["company_name", "Sen V\xc3\xa0ng"]', "must hold one JSON object"),
    (b'"Sen V\xc3\xa0ng"', "must hold one JSON object"),
])
def test_import_of_a_bad_file_names_it(desk, tmp_path, content, words):
    source = tmp_path / "bad.json"
    source.write_bytes(content)
    with pytest.raises(ValidationError) as caught:
        settings.import_file(desk, source)
    assert [e.field for e in caught.value.errors] == [str(source)]
    assert words in str(caught.value)
    assert audit.count(desk) == 0


@pytest.mark.parametrize("name", ["missing.json", "a-folder"])
def test_import_of_an_unreadable_file_names_it(desk, tmp_path, name):
    (tmp_path / "a-folder").mkdir()
    source = tmp_path / name
    with pytest.raises(ValidationError) as caught:
        settings.import_file(desk, source)
    assert [e.field for e in caught.value.errors] == [str(source)]
    assert "cannot be read" in str(caught.value)


def test_demo_is_deterministic_for_a_seed(tmp_path):
    from dpo_desk.core.desk import Desk

    profiles = []
    for name, seed in (("a", 1), ("b", 1), ("c", 2)):
        with Desk.create(tmp_path / f"{name}.sqlite3") as desk:
            demo.fill(desk, seed=seed)
            profiles.append(settings.get_all(desk))
    assert profiles[0] == profiles[1]
    assert profiles[0] != profiles[2]
    assert settings.validate({k: v for k, v in profiles[2].items()})  # every value valid
