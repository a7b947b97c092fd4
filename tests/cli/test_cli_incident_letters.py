"""`dpo-desk letter authority / minutes / subjects`, `packet` and `verify-packet` through the
real program."""

from __future__ import annotations

import json
import unicodedata
import zipfile
from datetime import UTC, datetime

import pytest
from pypdf import PdfReader

from dpo_desk.core import attachments, clock, demo, incidents, settings
from dpo_desk.core.desk import Desk

FACTS = {
    "title": "Lộ dữ liệu khách hàng do cấu hình sai kho lưu trữ",
    "occurred_at": "2026-03-01T22:10:00+07:00", "detected_at": "2026-03-03T08:30:00+07:00",
    "location": "Kho lưu trữ đám mây (Singapore)", "description": "Thư mục sao lưu công khai",
    "cause": "Cấu hình sai", "data_categories": ["Khách hàng mua hàng trực tuyến",
                                                 "Định vị nhân viên giao hàng"],
    "subjects_count": 1200, "records_count": 5400, "consequences": "Nguy cơ lừa đảo",
    "measures": "Đã khóa thư mục", "reporter": "Trần Minh Đức",
    # The programs run on the real clock, by which this notice is late: it says why.
    "late_reason": "Chờ nhà cung cấp xác nhận phạm vi dữ liệu",
}
EVIDENCE = "nhật-ký.log"


def pdf_text(path) -> str:
    text = " ".join(page.extract_text() for page in PdfReader(path).pages)
    return " ".join(unicodedata.normalize("NFC", text).split())


@pytest.fixture
def shop(db_path, tmp_path):
    """The demo company (without its incidents), one complete incident with evidence and
    one that lacks its counts and measures."""
    clock.freeze(datetime(2026, 3, 4, 1, 0, tzinfo=UTC))
    with Desk.create(db_path) as desk:
        demo.fill(desk, seed=1, incidents=False)
        settings.update(desk, {"website": "senvang.vn"})
        complete = incidents.create(desk, dict(FACTS))
        (tmp_path / EVIDENCE).write_text("log", encoding="utf-8")
        attachments.add(desk, "incidents", complete, tmp_path / EVIDENCE)
        thin = incidents.create(desk, {"title": "Đăng nhập bất thường",
                                       "detected_at": "2026-03-04T07:15:00+07:00",
                                       "location": "Trang quản trị",
                                       "description": "Đăng nhập từ nước ngoài",
                                       "data_categories": ["Tài khoản khách hàng"],
                                       "consequences": "Đang đánh giá"})
        profile = settings.get_all(desk)
    clock.set_clock(None)
    return {"complete": complete, "thin": thin, "profile": profile}


def pdfs_in(folder) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if ".pdf" in p.name or ".txt" in p.name)


def test_authority_notice_on_form_08(run, db_path, shop, tmp_path):
    out = tmp_path / "thông báo.pdf"
    result = run("letter", "authority", "--incident", shop["complete"], "--out", out,
                 db=db_path)
    assert result.returncode == 0, result.stderr
    assert str(out) in result.stdout
    text = pdf_text(out)
    profile = shop["profile"]
    for expected in ("VI PHẠM QUY ĐỊNH BẢO VỆ DỮ LIỆU CÁ NHÂN",
                     "Kính gửi: Cơ quan chuyên trách bảo vệ dữ liệu cá nhân, Bộ Công an.",
                     f"Tên tổ chức, doanh nghiệp: {profile['company_name']}",
                     f"Mã số thuế: {profile['tax_code']}", "Website: senvang.vn",
                     f"Họ và tên: {profile['dpo_name']}", f"Email: {profile['dpo_email']}",
                     "phát hiện lúc 08 giờ 30 phút ngày 03/03/2026",
                     "1.200 chủ thể dữ liệu cá nhân; 5.400 bản ghi dữ liệu",
                     "Lý do thông báo chậm, muộn: Chờ nhà cung cấp xác nhận phạm vi dữ liệu",
                     f"a) {EVIDENCE}", "TM. TỔ CHỨC, DOANH NGHIỆP"):
        assert expected in text, expected
    assert "BẢN NHÁP" not in text


def test_missing_facts_exit_2_naming_each_and_write_nothing(run, db_path, shop, tmp_path):
    for kind in ("authority", "minutes", "subjects"):
        public = ["--public-text", tmp_path / "x.txt"] if kind == "subjects" else []
        result = run("letter", kind, "--incident", shop["thin"], "--out", tmp_path / "x.pdf",
                     *public, db=db_path)
        assert result.returncode == 2, (kind, result.stderr)
        errors = [line for line in result.stderr.splitlines() if "error:" in line]
        # by the real clock the notice is late too: only the notice must give the reason
        late = ["late_reason"] if kind == "authority" else []
        assert [e.split("error: ")[1].split(":")[0] for e in errors] == [
            "subjects_count", "measures", *late], result.stderr
        assert pdfs_in(tmp_path) == []


def test_a_draft_is_written_with_the_watermark(run, db_path, shop, tmp_path):
    out = tmp_path / "nháp.pdf"
    result = run("letter", "authority", "--incident", shop["thin"], "--out", out, "--draft",
                 db=db_path)
    assert result.returncode == 0, result.stderr
    assert "Draft written" in result.stdout
    text = pdf_text(out)
    assert "BẢN NHÁP / DRAFT" in text and "[cần bổ sung]" in text


def test_english_translation(run, db_path, shop, tmp_path):
    out = tmp_path / "notice-en.pdf"
    result = run("letter", "authority", "--incident", shop["complete"], "--out", out,
                 "--language", "en", db=db_path)
    assert result.returncode == 0, result.stderr
    text = pdf_text(out)
    assert "(English translation for internal use)" in text and "Tax code:" in text


def test_minutes_and_subject_notice_with_public_text(run, db_path, shop, tmp_path):
    minutes = tmp_path / "biên bản.pdf"
    result = run("letter", "minutes", "--incident", shop["complete"], "--out", minutes,
                 db=db_path)
    assert result.returncode == 0, result.stderr
    assert "BIÊN BẢN" in pdf_text(minutes)
    people, public = tmp_path / "people.pdf", tmp_path / "website.txt"
    result = run("letter", "subjects", "--incident", shop["complete"], "--out", people,
                 "--public-text", public, db=db_path)
    assert result.returncode == 0, result.stderr
    assert "Kính gửi: Quý khách hàng / người lao động bị ảnh hưởng" in pdf_text(people)
    text = public.read_text(encoding="utf-8")
    assert text.startswith("THÔNG BÁO VỀ SỰ CỐ DỮ LIỆU CÁ NHÂN")
    assert "dữ liệu vị trí" in text and shop["profile"]["dpo_phone"] in text


@pytest.mark.parametrize(("args", "words"), [
    (["authority", "--incident", "999"], "incident 999 does not exist"),
    (["minutes", "--incident", "1", "--language", "fr"], "invalid choice"),
    (["subjects", "--incident", "1", "--public-text", "/không/có/x.txt"], "--public-text"),
    (["authority", "--incident", "1"], "--out"),
])
def test_bad_input_exits_2(run, db_path, shop, tmp_path, args, words):
    if words != "--out":
        args = [*args, "--out", tmp_path / "x.pdf"]
    result = run("letter", *args, db=db_path)
    assert result.returncode == 2 and words in result.stderr
    assert pdfs_in(tmp_path) == []


def test_packet_then_verify_packet(run, db_path, shop, tmp_path):
    out = tmp_path / "gói" / "packet.zip"
    result = run("packet", "--incident", shop["complete"], "--out", out, db=db_path)
    assert result.returncode == 0, result.stderr
    assert str(out) in result.stdout
    intact = run("verify-packet", out, "--json")
    assert intact.returncode == 0, intact.stderr
    found = json.loads(intact.stdout)
    assert (found["ok"], found["problems"], found["company_key"]) == (True, [], None)
    assert len(found["signer"]) == 19  # the fingerprint it found, printed without --db/--key
    ours = run("verify-packet", out, db=db_path)
    assert ours.returncode == 0, ours.stderr
    assert f"signed with key {found['signer']} (the company's)" in ours.stdout
    assert run("verify-packet", out, "--key", found["signer"].replace(" ", "-").lower()
               ).returncode == 0
    foreign = run("verify-packet", out, "--key", "0000 1111 2222 3333")
    assert foreign.returncode == 1
    assert f"foreign key: signed with key {found['signer']}, not the company's key " \
           "0000 1111 2222 3333" in foreign.stdout
    bad = run("verify-packet", out, "--key", "not-a-key")
    assert bad.returncode == 2 and "--key" in bad.stderr
    with zipfile.ZipFile(out, "a") as zipped:
        zipped.writestr("extra.txt", b"x")
    broken = run("verify-packet", out)
    assert broken.returncode == 1
    assert "extra: extra.txt (not in the manifest)" in broken.stdout


def test_packet_of_a_missing_incident_exits_2(run, db_path, shop, tmp_path):
    result = run("packet", "--incident", "999", "--out", tmp_path / "p.zip", db=db_path)
    assert result.returncode == 2 and "incident 999 does not exist" in result.stderr
    assert not (tmp_path / "p.zip").exists()
