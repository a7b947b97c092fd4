"""The register's legal bases and recipient roles in Law 91/2025's own terms (issue 15 point
7): the old stored values are migrated once (0012_law_91_terms.sql), with an audit entry for
each changed entry; CSV and JSON still accept the old values."""

import json
import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from dpo_desk.core import anchors, audit, backup, clock, register, register_csv, vocab
from dpo_desk.core.desk import Desk
from dpo_desk.core.migrations import ERASABLE_SCHEMA, LAW_91_TERMS_SCHEMA, MIGRATIONS

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
# each value stored before schema 12 -> the Law 91 term it becomes
OLD_BASES = {"contract": "agreement", "legal_obligation": "other_law",
             "vital_interest": "emergency", "public_task": "state_activity",
             "consent": "consent", "Camera an ninh tại lối vào": "Camera an ninh tại lối vào"}
OLD_ROLES = {"joint_controller": "controller", "authority": "third_party",
             "internal": "controller_processor", "processor": "processor",
             "third_party": "third_party", "": ""}


def old_entry(number: int, basis: str, roles: list[str]) -> dict:
    now = "2025-06-01T00:00:00+00:00"
    return {"name": f"Hoạt động {number}", "subjects": json.dumps(["customers"]),
            "items": json.dumps(["ho_ten"]), "category_type": "basic",
            "purpose": json.dumps(["Giao hàng"]), "legal_basis": basis,
            "recipients": json.dumps([{"name": f"Bên nhận {n}", "role": r}
                                      for n, r in enumerate(roles)], ensure_ascii=False),
            "created_at": now, "updated_at": now}


def test_each_old_value_is_migrated_and_audited(tmp_path):
    clock.freeze(datetime(2025, 6, 1, tzinfo=UTC))
    path = tmp_path / "old.sqlite3"
    with Desk.create(path, migrations=MIGRATIONS[:LAW_91_TERMS_SCHEMA - 1]) as old:
        for number, basis in enumerate(OLD_BASES):
            old.insert("register_entries", old_entry(number, basis, list(OLD_ROLES)))
        before = old.scalar("SELECT count(*) FROM audit_log")
    with Desk.open(path) as desk:
        assert desk.schema_version >= LAW_91_TERMS_SCHEMA
        entries = desk.rows("SELECT * FROM register_entries ORDER BY id")
        assert [e["legal_basis"] for e in entries] == list(OLD_BASES.values())
        for entry in entries:  # order, names and every other key kept
            assert json.loads(entry["recipients"]) == [
                {"name": f"Bên nhận {n}", "role": r} for n, r in enumerate(OLD_ROLES.values())]
        notes = [r["note"] for r in desk.rows(
            "SELECT note FROM audit_log WHERE table_name = 'register_entries' AND id > ?",
            (before,))]
        assert notes == [f"schema upgrade to {MIGRATIONS[-1].version}"] * len(entries)
        assert audit.verify(desk) == []


def test_an_entry_in_todays_terms_is_left_alone(tmp_path):
    path = tmp_path / "old.sqlite3"
    with Desk.create(path, migrations=MIGRATIONS[:LAW_91_TERMS_SCHEMA - 1]) as old:
        old.insert("register_entries", old_entry(1, "consent", ["processor"]))
        stored = old.get("register_entries", 1)
    with Desk.open(path) as desk:
        assert desk.get("register_entries", 1) == stored
        assert desk.scalar("SELECT count(*) FROM audit_log WHERE table_name = "
                           "'register_entries'") == 1  # its insert only


FROZEN_WITH_REGISTER = [p for p in sorted(FIXTURES.glob("schema-*.sqlite3"))
                        if 2 <= int(p.stem.split("-")[1]) < LAW_91_TERMS_SCHEMA]


@pytest.mark.parametrize("frozen", FROZEN_WITH_REGISTER, ids=lambda p: p.name)
def test_the_frozen_registers_speak_law_91(frozen, tmp_path, monkeypatch):
    """The demo register of every frozen file (contract, legal obligation, consent;
    processors, joint controllers, authorities) comes out in Law 91's terms. A computer of
    its own: other tests upgrade the same files (same database ids) on this one."""
    monkeypatch.setenv(anchors.STATE_ENV, str(tmp_path / "state"))
    copy = tmp_path / frozen.name
    shutil.copyfile(frozen, copy)
    if int(frozen.stem.split("-")[1]) >= ERASABLE_SCHEMA:  # sealed elsewhere: adopt it
        backup.restore(tmp_path / "adopted.sqlite3", copy)
        copy = tmp_path / "adopted.sqlite3"
    conn = sqlite3.connect(f"file:{frozen}?mode=ro", uri=True)
    old = {i: (basis, json.loads(recipients)) for i, basis, recipients in conn.execute(
        "SELECT id, legal_basis, recipients FROM register_entries")}
    conn.close()
    assert {"contract", "legal_obligation"} <= {basis for basis, _ in old.values()}
    with Desk.open(copy) as desk:
        new = {e["id"]: e for e in register.list_entries(desk)}
        for entry_id, (basis, recipients) in old.items():
            assert new[entry_id]["legal_basis"] == OLD_BASES.get(basis, basis)
            assert new[entry_id]["recipients"] == [
                r | {"role": OLD_ROLES[r["role"]]} for r in recipients]
        assert audit.verify(desk) == []


@pytest.mark.parametrize(("given", "code"), [
    ("contract", "agreement"), ("Performance of a contract", "agreement"),
    ("Thực hiện nghĩa vụ theo quy định của pháp luật", "other_law"),
    ("vital_interest", "emergency"), ("Public task", "state_activity"),
    ("agreement", "agreement"),
    ("Trường hợp khác theo quy định của luật", "other_law"),
    ("Sự đồng ý của chủ thể dữ liệu cá nhân", "consent")])
def test_old_and_new_legal_bases_are_read(given, code):
    assert vocab.to_code(vocab.LEGAL_BASES, given) == code


@pytest.mark.parametrize(("given", "code"), [
    ("joint_controller", "controller"), ("Bên kiểm soát chung", "controller"),
    ("authority", "third_party"), ("Internal department", "controller_processor"),
    ("Bên kiểm soát và xử lý dữ liệu cá nhân", "controller_processor"),
    ("bên xử lý dữ liệu cá nhân", "processor"), ("Bên thứ ba", "third_party")])
def test_old_and_new_roles_are_read(given, code):
    assert vocab.to_code(vocab.RECIPIENT_ROLES, given) == code


def test_csv_import_accepts_old_values_and_export_shows_law_91_terms(desk, tmp_path):
    source = tmp_path / "old.csv"
    source.write_text(
        "name,subjects,category_type,items,purpose,legal_basis,recipients\n"
        "Bảng lương,employees,basic,ho_ten,Trả lương,legal_obligation,"
        "Cơ quan thuế (authority); Kế toán (internal)\n"
        "Đơn hàng,customers,basic,ho_ten,Giao hàng,Bên thứ ba,"
        "GHN (Bên xử lý dữ liệu cá nhân); Meta (joint_controller)\n", encoding="utf-8")
    register_csv.import_csv(desk, source)
    entries = {e["name"]: e for e in desk.rows("SELECT * FROM register_entries")}
    assert entries["Bảng lương"]["legal_basis"] == "other_law"
    assert json.loads(entries["Bảng lương"]["recipients"]) == [
        {"name": "Cơ quan thuế", "role": "third_party"},
        {"name": "Kế toán", "role": "controller_processor"}]
    assert json.loads(entries["Đơn hàng"]["recipients"])[1]["role"] == "controller"
    out = tmp_path / "out.csv"
    register_csv.export_csv(desk, out, language="vi")
    text = out.read_text(encoding="utf-8")
    assert "Trường hợp khác theo quy định của luật" in text
    assert "Cơ quan thuế (Bên thứ ba)" in text and "Kế toán (Bên kiểm soát và xử lý dữ " \
        "liệu cá nhân)" in text
    assert "joint_controller" not in text and "Legal obligation" not in text


def test_each_legal_basis_cites_law_91_in_vietnamese_order():
    assert vocab.basis_citation("agreement") == \
        "điểm d khoản 1 Điều 19 Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15"
    assert vocab.basis_citation("agreement", "en") == \
        "Article 19(1)(d) of the Law on Personal Data Protection No. 91/2025/QH15"
    assert vocab.basis_citation("Tự ghi") == ""
    assert set(vocab.LEGAL_BASIS_ARTICLES) == set(vocab.LEGAL_BASES)
