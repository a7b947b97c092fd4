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
    "exposed_items": ["Họ và tên", "Số điện thoại", "GPS"],
    "minutes_at": "2026-03-03T15:00:00+07:00", "minutes_place": "Phòng họp tầng 3",
    "minutes_participants": ["Bà Lê Hoàng Yến, người phụ trách bảo vệ dữ liệu cá nhân",
                             "Ông Võ Thành Nam, Giám đốc"],
    "minutes_findings": "Tệp sao lưu đã được tải 3 lần từ một địa chỉ IP lạ",
    "notify_decision": "notify", "assessment": "Có thể gây thiệt hại cho khách hàng",
    "severity": "Nghiêm trọng: lộ vị trí có thể giúp kẻ gian theo dõi lộ trình",
    # The programs run on the real clock, by which this notice is late: it says why.
    "late_reason": "Chờ nhà cung cấp xác nhận phạm vi dữ liệu",
}
EVIDENCE = "nhật-ký.log"
EVIDENCE_TITLE = "Nhật ký truy cập kho lưu trữ"


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
        attachments.add(desk, "incidents", complete, tmp_path / EVIDENCE,
                        title=EVIDENCE_TITLE, with_notice=True)
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
                     "a) Biên bản xác nhận", f"b) {EVIDENCE_TITLE}",
                     "TM. TỔ CHỨC, DOANH NGHIỆP"):
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
        # DOMAIN D4.4: the minutes need their meeting and the decision
        meeting = ["minutes_at", "minutes_place", "notify_decision"] if kind == "minutes" \
            else []
        assert [e.split("error: ")[1].split(":")[0] for e in errors] == [
            "exposed_items", "subjects_count", "measures", *meeting, *late], result.stderr
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
    # DOMAIN D4.5: one notice per group, each about data of theirs: the couriers' location
    # is told to the employees only
    notices = pdf_text(people).split("Kính gửi: ")[1:]
    assert [n.split(" có dữ liệu")[0] for n in notices] == ["Khách hàng", "Người lao động"]
    assert "dữ liệu vị trí" not in notices[0] and "Vị trí GPS" not in notices[0]
    assert "Sự cố có liên quan đến dữ liệu vị trí của Quý vị." in notices[1]
    # not recorded as sent: a draft, without a number, and the CLI says how to make the final
    assert "Draft written" in result.stdout and "subjects_notified" in result.stderr
    assert "BẢN NHÁP / DRAFT" in pdf_text(people)
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


# -- what the breach exposed, and the documents as sent (issue 15 points 4 and 6) ------------

def test_exposed_items_are_matched_and_an_unknown_one_is_warned(run, db_path, tmp_path):
    with Desk.create(db_path) as desk:
        demo.fill(desk, seed=1, incidents=False)
    facts = tmp_path / "facts.json"
    facts.write_text(json.dumps({**FACTS, "exposed_items": [
        "họ tên", "Vị trí GPS", "Sở thích ăn uống"]}, ensure_ascii=False), encoding="utf-8")
    added = run("incidents", "add", "--from-json", facts, "--json", db=db_path)
    assert added.returncode == 0, added.stderr
    warnings = [line for line in added.stderr.splitlines() if line.startswith("warning:")]
    assert warnings == ["warning: exposed item 'Sở thích ăn uống' matches no catalogue item; "
                        "kept as the company's own item (mark the incident sensitive if it "
                        "is)"]
    incident_id = json.loads(added.stdout)["id"]
    shown = json.loads(run("incidents", "show", incident_id, db=db_path).stdout)
    assert shown["exposed_items"] == ["B01", "GPS_LOCATION", "Sở thích ăn uống"]
    # the location item flags the incident and starts the people's clock (Art. 29)
    assert shown["sensitive"] is True and shown["subjects_notify_by"]
    # the register entries' other items (e-mail, order history) are offered, not declared
    assert "ORDER_HISTORY" in shown["proposed_items"]
    update = tmp_path / "update.json"
    update.write_text(json.dumps({"exposed_items": ["Họ và tên", "Số điện thoại"]},
                                 ensure_ascii=False), encoding="utf-8")
    changed = run("incidents", "update", incident_id, "--from-json", update, db=db_path)
    assert changed.returncode == 0 and "warning" not in changed.stderr
    shown = json.loads(run("incidents", "show", incident_id, db=db_path).stdout)
    assert shown["exposed_items"] == ["B01", "PHONE"]
    assert shown["subjects_notify_by"] is None


def _member_sha(packet, name: str) -> str:
    import hashlib

    with zipfile.ZipFile(packet) as zipped:
        manifest = json.loads(zipped.read("manifest.json"))
        data = zipped.read(name)
    [listed] = [f for f in manifest["files"] if f["path"] == name]
    assert listed["sha256"] == hashlib.sha256(data).hexdigest()
    return listed["sha256"]


def test_the_sending_steps_keep_the_documents_and_the_packet_carries_them(run, db_path, shop,
                                                                         tmp_path):
    incident = shop["complete"]
    sent = run("incidents", "status", incident, "authority_notified", "--channel", "portal",
               db=db_path)
    assert sent.returncode == 0, sent.stderr
    assert "Kept as sent: authority-notice.pdf" in sent.stdout
    sent_pdf = tmp_path / "thông báo gửi người dân.pdf"
    sent_pdf.write_bytes(b"%PDF-1.7 the notice as the DPO e-mailed it")
    told = run("incidents", "status", incident, "subjects_notified", "--file", sent_pdf,
               db=db_path)
    assert told.returncode == 0, told.stderr
    final = run("letter", "minutes", "--incident", incident, "--out", tmp_path / "bb.pdf",
                "--final", db=db_path)
    assert final.returncode == 0, final.stderr
    again = run("letter", "minutes", "--incident", incident, "--out", tmp_path / "bb2.pdf",
                "--final", db=db_path)
    assert again.returncode == 2 and "final already" in again.stderr
    # printed again later, the minutes are the kept bytes, not a new rendering
    run("letter", "minutes", "--incident", incident, "--out", tmp_path / "bb3.pdf", db=db_path)
    assert (tmp_path / "bb3.pdf").read_bytes() == (tmp_path / "bb.pdf").read_bytes()
    minutes = pdf_text(tmp_path / "bb.pdf")
    assert "Hôm nay, vào hồi 15 giờ 00 phút ngày 03/03/2026, tại Phòng họp tầng 3" in minutes
    assert "1. Bà Lê Hoàng Yến, người phụ trách bảo vệ dữ liệu cá nhân; 2. Ông Võ Thành Nam, "\
        "Giám đốc." in minutes
    assert "Kết quả xác minh: Tệp sao lưu đã được tải 3 lần từ một địa chỉ IP lạ" in minutes
    shown = json.loads(run("incidents", "show", incident, db=db_path).stdout)
    kept = {a["document"]: a for a in shown["attachments"] if a["document"]}
    assert set(kept) == {"authority", "minutes", "subjects"}
    assert kept["subjects"]["filename"] == sent_pdf.name
    packet = tmp_path / "packet.zip"
    assert run("packet", "--incident", incident, "--out", packet, db=db_path).returncode == 0
    for member, kind in (("documents/authority-notice.pdf", "authority"),
                         ("documents/minutes.pdf", "minutes"),
                         ("documents/subject-notice.pdf", "subjects")):
        assert _member_sha(packet, member) == kept[kind]["sha256"], member
    with zipfile.ZipFile(packet) as zipped:
        assert zipped.read("documents/subject-notice.pdf") == sent_pdf.read_bytes()
        names = zipped.namelist()
    assert not any(n.endswith(sent_pdf.name) for n in names if n.startswith("attachments/"))
    assert run("verify-packet", packet).returncode == 0


def test_evidence_sent_with_the_notice_needs_a_title(run, db_path, shop, tmp_path):
    photo = tmp_path / "IMG_2041.png"
    photo.write_bytes(b"png")
    untitled = run("incidents", "attach", shop["complete"], photo, "--with-notice", db=db_path)
    assert untitled.returncode == 2 and "title" in untitled.stderr
    attached = run("incidents", "attach", shop["complete"], photo, db=db_path)
    assert attached.returncode == 0, attached.stderr
    attachment = int(attached.stdout.split("attachment ")[1].rstrip(")\n"))
    chosen = run("incidents", "evidence", shop["complete"], attachment, "--title",
                 "Ảnh chụp cấu hình kho lưu trữ", "--with-notice", db=db_path)
    assert chosen.returncode == 0, chosen.stderr
    out = tmp_path / "notice.pdf"
    assert run("letter", "authority", "--incident", shop["complete"], "--out", out,
               db=db_path).returncode == 0
    text = pdf_text(out)
    assert "c) Ảnh chụp cấu hình kho lưu trữ" in text and "IMG_2041" not in text
    wrong = run("incidents", "evidence", shop["thin"], attachment, "--title", "x", db=db_path)
    assert wrong.returncode == 2 and "attachment" in wrong.stderr


def test_a_fact_corrected_after_the_notice_needs_the_reason(run, db_path, shop, tmp_path):
    """DOMAIN D4.7 through the program: `incidents update --correction`, `--revise-late`."""
    sent = run("incidents", "status", shop["complete"], "authority_notified", "--channel",
               "portal", "--at", "2026-03-04T07:00:00+07:00", db=db_path)
    assert sent.returncode == 0, sent.stderr
    facts = tmp_path / "sửa.json"
    facts.write_text(json.dumps({"occurred_at": "2026-02-28T20:00:00+07:00",
                                 "detected_at": "2026-03-01T06:00:00+07:00"}),
                     encoding="utf-8")
    refused = run("incidents", "update", shop["complete"], "--from-json", facts, db=db_path)
    assert refused.returncode == 2 and "correction" in refused.stderr
    done = run("incidents", "update", shop["complete"], "--from-json", facts,
               "--correction", "Nhật ký máy chủ: phát hiện sớm hơn", db=db_path)
    assert done.returncode == 0, done.stderr
    assert "stays judged on time" in done.stderr and "would make it late" in done.stderr
    shown = json.loads(run("incidents", "show", shop["complete"], db=db_path).stdout)
    assert (shown["late"], shown["late_by_facts"]) == (False, True)
    assert shown["timeline"][-1]["event"] == "corrected"
    assert shown["timeline"][-1]["params"]["reason"] == "Nhật ký máy chủ: phát hiện sớm hơn"
    again = run("incidents", "update", shop["complete"], "--from-json", facts, "--correction",
                "Đánh giá lại", "--revise-late", db=db_path)
    assert again.returncode == 2 and "revise_late" in again.stderr  # nothing corrected now


def test_steps_in_order_late_as_of_the_step_and_the_reference_apart(run, db_path, shop,
                                                                     tmp_path):
    """Issue 15 review P13 and P4, through the program (its clock: December 2026, long
    after the notice's deadline of 06/03/2026 08:30)."""
    incident = shop["complete"]
    assessed = run("incidents", "status", incident, "assessed", "--decision", "notify",
                   "--at", "2026-03-03T11:00:00+07:00", db=db_path)
    assert assessed.returncode == 0, assessed.stderr
    assert assessed.stdout.strip() == f"Incident {incident} is now assessed"  # not late then
    early = run("incidents", "status", incident, "contained", "--at",
                "2026-03-03T10:00:00+07:00", db=db_path)
    assert early.returncode == 2 and "Traceback" not in early.stderr
    assert "at: Comes before the incident's previous step (2026-03-03 11:00)" in early.stderr
    sent = run("incidents", "status", incident, "authority_notified", "--channel", "portal",
               "--at", "2026-03-04T09:00:00+07:00", "--reference", "PDP-2026-000123",
               db=db_path)
    assert sent.returncode == 0, sent.stderr
    assert "(notice late)" not in sent.stdout
    out = tmp_path / "notice.pdf"
    assert run("letter", "authority", "--incident", incident, "--out", out,
               db=db_path).returncode == 0
    text = pdf_text(out)
    assert "Số: 01/2026/TB-" in text and "PDP-2026-000123" not in text
    shown = json.loads(run("incidents", "show", incident, db=db_path).stdout)
    assert shown["notice_reference"] == "PDP-2026-000123"
    assert any(tuple(change) == ("notice_reference", "", "PDP-2026-000123")
               for step in shown["timeline"] for change in step["changes"])
