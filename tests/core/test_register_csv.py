"""Register CSV import and export on real files (CONTRACT: Register CSV)."""

from __future__ import annotations

import csv
import json

import pytest

from dpo_desk.core import audit, demo, register, register_csv
from dpo_desk.core.desk import Desk
from dpo_desk.core.errors import ValidationError

HEADER = ("name,subjects,category_type,items,purpose,legal_basis,source,storage_location,"
          "recipients,cross_border,cross_border_countries,retention,security_measures,notes")
GOOD = [
    "Khách hàng,Khách hàng,basic,EMAIL; Số điện thoại; delivery or contact ADDRESS,"
    "Giao hàng,contract,Website,Máy chủ VN,Giao Hàng Nhanh (processor),no,,5 năm,Mã hóa TLS,",
    "Thanh toán,customers,sensitive,Họ tên khai sinh? ; BANK_CARD,Thanh toán,Hợp đồng,"
    "Cổng thanh toán,VNPAY,VNPAY (Bên xử lý dữ liệu),yes,Singapore,10 năm,,ghi chú",
]


def write(path, lines, *, bom=False):
    path.write_bytes(("\ufeff" if bom else "").encode() + "\n".join(lines).encode("utf-8"))
    return path


def problems(error: ValidationError) -> list[str]:
    return [str(e) for e in error.errors]


@pytest.mark.parametrize("bom", [False, True])
def test_import_with_and_without_bom(desk, tmp_path, bom):
    path = write(tmp_path / "register.csv", [HEADER, *GOOD], bom=bom)
    ids = register_csv.import_csv(desk, path)
    assert len(ids) == 2
    first, second = (register.get(desk, i) for i in ids)
    assert first["items"] == ["EMAIL", "PHONE", "DELIVERY_ADDRESS"]  # code, vi and en labels
    assert first["subjects"] == ["customers"] and first["legal_basis"] == "agreement"
    assert second["recipients"] == [{"name": "VNPAY", "role": "processor"}]
    assert second["cross_border"] is True and second["category_type"] == "sensitive"
    # "Họ tên khai sinh?" is no catalogue label: it became the company's own item
    [custom] = [c for c in second["items"] if c.startswith("CUSTOM_")]
    assert desk.scalar("SELECT label FROM custom_items WHERE code = ?", (custom,)) == \
        "Họ tên khai sinh?"
    assert audit.verify(desk) == []


def test_one_bad_row_among_many_changes_nothing_and_is_named(desk, tmp_path):
    rows = [HEADER] + [
        f"Mục {n},customers,basic,EMAIL,Mục đích {n},consent,,,,no,,,," for n in range(1, 300)]
    rows[150] = "Mục lỗi,customers,basic,BANK_CARD,Mục đích,consent,,,,maybe,,,,"
    before = audit.count(desk)
    with pytest.raises(ValidationError) as caught:
        register_csv.import_csv(desk, write(tmp_path / "r.csv", rows))
    assert problems(caught.value) == [
        "row 151, column category_type: Marked basic but holds sensitive data: "
        "Thông tin thẻ ngân hàng (số thẻ, ngày hết hạn)",
        "row 151, column cross_border: Must be yes or no",
    ]
    assert register.count(desk) == 0 and audit.count(desk) == before


def test_every_kind_of_bad_cell_is_reported(desk, tmp_path):
    register.create(desk, {"name": "Đã có", "subjects": ["customers"], "items": ["EMAIL"],
                           "purpose": ["x"], "legal_basis": "consent"})
    rows = [HEADER,
            ",customers,basic,EMAIL,p,consent,,,,no,,,,",          # 2: no name
            "A,customers,secret,EMAIL,p,consent,,,,no,,,,",        # 3: bad enum
            "B,customers,basic,EMAIL,,consent,,,,no,,,,",           # 4: no purpose
            "ĐÃ CÓ,customers,basic,EMAIL,p,consent,,,,no,,,,",     # 5: name taken
            "C,customers,basic,EMAIL,p,consent,,,,yes,,,,",         # 6: abroad, no country
            "D,customers,basic,EMAIL,p,consent,,,,no,,,,,extra",    # 7: too many cells
            "E,customers,basic,EMAIL,p,consent,,,,no,,,,",
            "e,customers,basic,EMAIL,p,consent,,,,no,,,,"]          # 9: duplicate in file
    with pytest.raises(ValidationError) as caught:
        register_csv.import_csv(desk, write(tmp_path / "r.csv", rows))
    found = problems(caught.value)
    assert [p.split(":")[0] for p in found] == [
        "row 2, column name", "row 3, column category_type", "row 4, column purpose",
        "row 5, column name", "row 6, column cross_border_countries", "row 7",
        "row 9, column name"]
    assert register.count(desk) == 1


def test_unknown_and_missing_columns_are_named(desk, tmp_path):
    path = write(tmp_path / "r.csv", ["name,items,colour", "A,EMAIL,blue"])
    with pytest.raises(ValidationError) as caught:
        register_csv.import_csv(desk, path)
    found = problems(caught.value)
    assert found[0].startswith("row 1, column colour: unknown column")
    assert "row 1, column subjects: missing column" in found


def test_not_utf8_and_empty_files_are_refused(desk, tmp_path):
    latin = tmp_path / "latin.csv"
    latin.write_bytes((HEADER + "\nKhách,customers").encode("cp1258", errors="replace"))
    with pytest.raises(ValidationError, match="not UTF-8"):
        register_csv.import_csv(desk, latin)
    with pytest.raises(ValidationError, match="empty"):
        register_csv.import_csv(desk, write(tmp_path / "e.csv", []))


def test_export_reimport_round_trip_gives_the_same_register(desk, tmp_path):
    demo.fill(desk, seed=1)
    card = register.add_custom_item(desk, "Số thẻ thành viên", "basic")
    register.update(desk, 1, {"items": register.get(desk, 1)["items"] + [card.code]})
    for language, bom in (("vi", True), ("en", False)):
        out = tmp_path / f"register-{language}.csv"
        register_csv.export_csv(desk, out, bom=bom, language=language)
        assert out.read_bytes().startswith(b"\xef\xbb\xbf") is bom
        with Desk.create(tmp_path / f"fresh-{language}.sqlite3") as fresh:
            register_csv.import_csv(fresh, out)
            assert comparable(fresh) == comparable(desk)


def comparable(desk) -> list[dict]:
    """Entries without ids and times, custom item codes replaced by their labels."""
    labels = {r["code"]: r["label"] for r in desk.rows("SELECT code, label FROM custom_items")}
    return [{k: ([labels.get(i, i) for i in e[k]] if k == "items" else e[k])
             for k in register.FIELDS if k != "owner_department"}
            for e in register.list_entries(desk)]


def test_csv_export_is_readable_and_json_export_has_codes(desk, tmp_path):
    demo.fill(desk, seed=1)
    out = tmp_path / "r.csv"
    register_csv.export_csv(desk, out, language="vi")
    with out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == register.count(desk)
    payment = next(r for r in rows if r["name"] == "Thanh toán trực tuyến")
    assert "Thông tin thẻ ngân hàng" in payment["items"]
    assert payment["recipients"].startswith("VNPAY (Bên xử lý dữ liệu cá nhân)")
    data = json.loads(register_csv.write_json(desk, tmp_path / "r.json"))
    entry = next(e for e in data if e["name"] == "Thanh toán trực tuyến")
    assert "BANK_CARD" in entry["items"] and entry["category_type"] == "sensitive"
    assert {s["code"] for s in entry["sensitive_items"]} == {"BANK_CARD",
                                                              "BANK_TRANSACTION_HISTORY"}
    assert json.loads((tmp_path / "r.json").read_text(encoding="utf-8")) == data


def test_cancelled_import_writes_nothing(desk, tmp_path):
    rows = [HEADER] + [f"Mục {n},customers,basic,EMAIL,p,consent,,,,no,,,," for n in range(500)]
    plan = register_csv.plan_import(desk, write(tmp_path / "r.csv", rows))
    with pytest.raises(register_csv.ImportCancelled):
        register_csv.apply_import(desk, plan, progress=lambda done, total: done < 400)
    assert register.count(desk) == 0


def test_everyday_phrasings_map_to_catalogue_codes(desk, tmp_path):
    """CONTRACT Register CSV, issue 15 point 8: what people write in a spreadsheet ("Họ và
    tên", "số CMND", "Zalo", "GPS"), with or without diacritics, in any case, is the catalogue
    item, not a new own item."""
    rows = [HEADER,
            '"Nhân viên giao hàng",employees,sensitive,"Họ và tên; SĐT; số CMND; CCCD; '
            'Ảnh CCCD; địa chỉ; Zalo; GPS; vị trí; email; MST; số BHXH",Giao hàng,contract,'
            ',,,no,,3 năm,,',
            '"Khách hàng (không dấu)",customers,sensitive,"ho va ten; so dien thoai; dia chi; '
            'lich su mua hang; VÂN TAY",Bán hàng,contract,,,,no,,5 năm,,']
    first, second = (register.get(desk, i)
                     for i in register_csv.import_csv(desk, write(tmp_path / "r.csv", rows)))
    assert first["items"] == ["B01", "PHONE", "CMND_NUMBER", "CCCD_NUMBER", "CCCD_IMAGE",
                              "DELIVERY_ADDRESS", "SOCIAL_ACCOUNT_ID", "GPS_LOCATION",
                              "EMAIL", "TAX_CODE_PERSONAL", "SOCIAL_INSURANCE_NUMBER"]
    assert second["items"] == ["B01", "PHONE", "DELIVERY_ADDRESS", "ORDER_HISTORY",
                               "FINGERPRINT"]
    assert desk.scalar("SELECT count(*) FROM custom_items") == 0


def test_a_basic_row_naming_a_sensitive_item_by_its_alias_is_refused(desk, tmp_path):
    rows = [HEADER, "Xe công ty,employees,basic,Họ tên; GPS,Quản lý xe,contract,,,,no,,,,"]
    with pytest.raises(ValidationError) as caught:
        register_csv.import_csv(desk, write(tmp_path / "r.csv", rows))
    assert problems(caught.value) == [
        "row 2, column category_type: Marked basic but holds sensitive data: "
        "Vị trí GPS từ điện thoại, ứng dụng, thiết bị định vị"]
