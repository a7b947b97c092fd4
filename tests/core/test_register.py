"""The register of data categories: validation naming each field, derived sensitivity,
audited writes, filters and sorting in SQL, references that block deletion."""

from __future__ import annotations

import pytest

from dpo_desk.core import audit, register
from dpo_desk.core.catalogue import Lookup, shipped
from dpo_desk.core.errors import DeskError, ValidationError
from dpo_desk.core.text import sort_key

CUSTOMERS = {
    "name": "Khách hàng mua hàng trực tuyến",
    "subjects": ["Khách hàng"],
    "items": ["B01", "EMAIL", "PHONE", "DELIVERY_ADDRESS"],
    "purpose": ["Giao hàng", "Chăm sóc khách hàng"],
    "legal_basis": "contract",
    "storage_location": "Máy chủ web (Việt Nam)",
    "recipients": ["Giao Hàng Nhanh (processor)"],
    "retention": "5 năm",
}


def fields_of(error: ValidationError) -> set[str]:
    return {e.field for e in error.errors}


def test_create_stores_a_clean_entry_through_the_audit_trail(desk):
    entry_id = register.create(desk, CUSTOMERS)
    entry = register.get(desk, entry_id)
    assert entry["subjects"] == ["customers"]  # a known label becomes its code
    assert entry["category_type"] == "basic"
    assert entry["recipients"] == [{"name": "Giao Hàng Nhanh", "role": "processor"}]
    assert entry["cross_border"] is False
    [last] = audit.entries(desk, table="register_entries", limit=1)
    assert last["action"] == "insert" and last["record_id"] == str(entry_id)
    assert "Khách hàng mua hàng trực tuyến" in last["after"]
    assert audit.verify(desk) == []


def test_one_sensitive_item_makes_the_entry_sensitive(desk):
    entry_id = register.create(desk, {**CUSTOMERS, "items": ["EMAIL", "CCCD_IMAGE"]})
    entry = register.get(desk, entry_id)
    assert entry["category_type"] == "sensitive"
    [item] = register.sensitive_items(desk, entry)
    assert item.code == "CCCD_IMAGE"
    assert "Điều 4" in item.reason("vi") and "Art. 4" in item.reason("en")


def test_basic_declared_with_a_sensitive_item_is_refused(desk):
    with pytest.raises(ValidationError) as caught:
        register.create(desk, {**CUSTOMERS, "category_type": "basic", "items": ["BANK_CARD"]})
    assert fields_of(caught.value) == {"category_type"}
    assert register.count(desk) == 0


def test_every_wrong_field_is_named_and_nothing_is_saved(desk):
    entries = audit.count(desk)
    with pytest.raises(ValidationError) as caught:
        register.create(desk, {"name": " ", "subjects": [], "items": ["NO_SUCH_ITEM"],
                               "purpose": [], "legal_basis": "", "cross_border": "maybe",
                               "recipients": [{"name": "", "role": "processor"}],
                               "colour": "blue"})
    assert fields_of(caught.value) == {"name", "subjects", "items", "purpose", "legal_basis",
                                       "cross_border", "recipients", "colour"}
    assert register.count(desk) == 0 and audit.count(desk) == entries


def test_cross_border_needs_countries_and_countries_need_cross_border(desk):
    with pytest.raises(ValidationError) as caught:
        register.create(desk, {**CUSTOMERS, "cross_border": True})
    assert fields_of(caught.value) == {"cross_border_countries"}
    with pytest.raises(ValidationError) as caught:
        register.create(desk, {**CUSTOMERS, "cross_border_countries": ["Singapore"]})
    assert fields_of(caught.value) == {"cross_border_countries"}
    entry_id = register.create(desk, {**CUSTOMERS, "cross_border": "yes",
                                      "cross_border_countries": "Singapore; Hoa Kỳ"})
    assert register.get(desk, entry_id)["cross_border_countries"] == ["Singapore", "Hoa Kỳ"]


def test_names_are_unique_ignoring_case(desk):
    register.create(desk, CUSTOMERS)
    with pytest.raises(ValidationError) as caught:
        register.create(desk, {**CUSTOMERS, "name": CUSTOMERS["name"].upper()})
    assert fields_of(caught.value) == {"name"}


def test_update_changes_only_what_was_asked_and_is_audited(desk):
    entry_id = register.create(desk, CUSTOMERS)
    before = audit.count(desk)
    register.update(desk, entry_id, {"retention": "10 năm"})
    entry = register.get(desk, entry_id)
    assert entry["retention"] == "10 năm" and entry["items"] == CUSTOMERS["items"]
    assert audit.count(desk) == before + 1
    register.update(desk, entry_id, {"retention": "10 năm"})  # no change, no entry
    assert audit.count(desk) == before + 1


def test_duplicate_gets_a_fresh_name(desk):
    first = register.create(desk, CUSTOMERS)
    copy = register.duplicate(desk, first)
    again = register.duplicate(desk, first)
    names = [register.get(desk, i)["name"] for i in (copy, again)]
    assert names == [f"{CUSTOMERS['name']} (bản sao)", f"{CUSTOMERS['name']} (bản sao 2)"]
    assert register.get(desk, copy)["items"] == CUSTOMERS["items"]


def test_delete_is_audited_and_refused_while_referenced(desk):
    entry_id = register.create(desk, CUSTOMERS)
    # A later table (complaints, incidents) refers to register entries by foreign key.
    desk.conn.execute("CREATE TABLE case_links (id INTEGER PRIMARY KEY, entry_id INTEGER "
                      "REFERENCES register_entries (id))")
    desk.insert("case_links", {"entry_id": entry_id})
    with pytest.raises(DeskError, match="case_links 1"):
        register.delete(desk, entry_id)
    assert register.count(desk) == 1
    desk.delete("case_links", 1)
    register.delete(desk, entry_id)
    assert register.count(desk) == 0
    assert audit.entries(desk, table="register_entries", limit=1)[0]["action"] == "delete"
    # the test's own table is not of the schema, and check says so (issue 14)
    assert [p.kind for p in audit.verify(desk)] == ["schema"]
    desk.conn.execute("DROP TABLE case_links")
    assert audit.verify(desk) == []


def test_filters_and_sorting_run_in_sql(desk):
    register.create(desk, CUSTOMERS)
    register.create(desk, {"name": "Hồ sơ nhân sự", "subjects": ["employees"],
                           "items": ["B01", "HEALTH_RECORD"], "purpose": ["Quản lý nhân sự"],
                           "legal_basis": "legal_obligation"})
    register.create(desk, {"name": "Lưu trữ đám mây", "subjects": ["customers"],
                           "items": ["EMAIL"], "purpose": ["Sao lưu"], "legal_basis": "contract",
                           "recipients": ["Amazon Web Services (processor)"],
                           "cross_border": True, "cross_border_countries": ["Singapore"]})
    names = lambda **f: [e["name"] for e in register.list_entries(desk, **f)]  # noqa: E731
    assert names() == sorted(names(), key=sort_key)  # Vietnamese dictionary order
    assert names()[0] == "Hồ sơ nhân sự"
    assert names(descending=True) == list(reversed(names()))
    assert names(sensitive=True) == ["Hồ sơ nhân sự"]
    assert names(cross_border=True) == ["Lưu trữ đám mây"]
    assert names(subject="Người lao động") == ["Hồ sơ nhân sự"]
    assert names(recipient="amazon") == ["Lưu trữ đám mây"]
    assert names(text="giao hàng") == ["Khách hàng mua hàng trực tuyến"]
    # item labels are searched too, not only the stored codes
    assert names(text="sức khỏe") == ["Hồ sơ nhân sự"]


def test_custom_items_are_named_once_and_flagged(desk):
    item = register.add_custom_item(desk, "Số thẻ thành viên", "basic")
    assert item.code.startswith("CUSTOM_")
    with pytest.raises(ValidationError):
        register.add_custom_item(desk, "số thẻ THÀNH VIÊN", "basic")
    with pytest.raises(ValidationError) as caught:
        register.add_custom_item(desk, "Email", "basic")  # the catalogue has it
    assert fields_of(caught.value) == {"label"}
    secret = register.add_custom_item(desk, "Nhật ký đăng nhập", "sensitive")
    entry_id = register.create(desk, {**CUSTOMERS, "items": [item.code, secret.code]})
    assert register.get(desk, entry_id)["category_type"] == "sensitive"
    assert Lookup(desk).find("số thẻ thành viên").code == item.code


def test_catalogue_covers_decree_356_articles_3_and_4():
    items = shipped()
    legal = [i for i in items if i.kind == "legal"]
    assert len([i for i in legal if i.category_type == "basic"]) == 11  # Art. 3(1)-(11)
    assert len([i for i in legal if i.category_type == "sensitive"]) == 12  # Art. 4(1)(a)-(m)
    codes = {i.code for i in items}
    assert len(codes) == len(items)
    for item in items:
        if item.parent:
            assert item.parent in codes
    location = [i for i in items if "location" in i.special]
    assert location and all(i.sensitive for i in location)


def test_list_values_are_encoded_exactly_whatever_was_seen_before():
    """The JSON of list values is cached (imports repeat them): equal-comparing but different
    values (1 and True) and values that cannot be keys (a hand-edited recipient holding a
    list) are encoded as they are, never from the cache or with a traceback."""
    assert register._encoded([1]) == "[1]"
    assert register._encoded([True]) == "[true]"
    assert register._encoded([{"name": ["x"], "role": ""}]) == '[{"name": ["x"], "role": ""}]'
    assert register._encoded([{"role": "b", "name": "a"}]) == '[{"role": "b", "name": "a"}]'
    assert register._encoded([{"name": "a", "role": "b"}]) == '[{"name": "a", "role": "b"}]'


def test_an_entry_whose_stored_recipients_were_damaged_can_be_corrected(desk):
    entry_id = register.create(desk, CUSTOMERS)
    with desk.conn:  # a hand edit behind the app's back
        desk.conn.execute("UPDATE register_entries SET recipients = ? WHERE id = ?",
                          ('[{"name": ["x"], "role": ""}]', entry_id))
    register.update(desk, entry_id, {"recipients": ["VNPAY (processor)"]})
    assert register.get(desk, entry_id)["recipients"] == [{"name": "VNPAY", "role": "processor"}]


def test_every_alias_names_its_own_item_only(desk):
    """resources/catalogue/README.md: aliases are NFC, hold no ";", and each finds its own
    item, with or without diacritics (no two items answer to the same unmarked name)."""
    import unicodedata

    from dpo_desk.core.catalogue import _shipped_unmarked, unmarked

    lookup = Lookup(desk)
    for item in shipped():
        for alias in item.aliases:
            assert alias == unicodedata.normalize("NFC", alias) and ";" not in alias
            assert lookup.find(alias).code == item.code, alias
            assert lookup.find(alias.upper()).code == item.code, alias
            assert lookup.find(unmarked(alias)).code == item.code, alias
    assert [k for k, v in _shipped_unmarked().items() if v is None] == []


def test_a_name_without_diacritics_that_two_items_answer_to_matches_neither(desk):
    from dpo_desk.core.catalogue import Item

    first = register.add_custom_item(desk, "Mã thẻ", "basic")
    with pytest.raises(ValidationError):  # "Mã the" is taken for "Mã thẻ" typed plainly
        register.add_custom_item(desk, "Mã the", "basic")
    lookup = Lookup(desk)
    assert lookup.find("ma the").code == first.code
    lookup.add(Item(code="CUSTOM_MA_THE_2", category_type="basic", vi="Mà thé", en="Mà thé"))
    assert lookup.find("mã thẻ").code == first.code and lookup.find("mà thé").code == \
        "CUSTOM_MA_THE_2"
    assert lookup.find("ma the") is None
