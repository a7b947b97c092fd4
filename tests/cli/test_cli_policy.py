"""`dpo-desk policy import|generate|gaps|resolve` run as the real program (CONTRACT: Privacy
policy and register)."""

import json
import zipfile
from pathlib import Path

import pypdf
import pytest

POLICIES = Path(__file__).resolve().parent.parent / "fixtures" / "policies"


def test_import_prints_the_contract_json_without_touching_a_database(run, tmp_path):
    result = run("policy", "import", POLICIES / "messy_no_headings.txt", "--json")
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    for key in ("company", "items", "purposes", "recipients", "cross_border", "retention",
                "request_days", "rights", "gaps"):
        assert key in document
    assert all(set(i) >= {"code", "label", "evidence"} for i in document["items"])
    assert all(set(g) >= {"code", "text", "evidence"} for g in document["gaps"])
    assert document["cross_border"] is True and document["request_days"] == [7, 15]
    assert {"CMND_NUMBER", "IP_ADDRESS"} <= {i["code"] for i in document["items"]}
    assert not list(tmp_path.rglob("*.sqlite3"))  # reading a policy writes nothing


def test_import_in_words_names_the_sentence_behind_each_finding(run):
    result = run("policy", "import", POLICIES / "clinic.docx")
    assert result.returncode == 0, result.stderr
    assert "Company: Công ty TNHH Y tế An Tâm" in result.stdout
    assert "request_deadline_exceeds_law" in result.stdout
    assert "“Phòng khám giải quyết yêu cầu trong vòng 15 ngày" in result.stdout


def test_apply_round_trip(run, tmp_path):
    db = tmp_path / "desk.sqlite3"
    assert run("init", "--no-encryption", db=db).returncode == 0
    applied = run("policy", "import", POLICIES / "cosmetics.html", "--apply", "--json", db=db)
    assert applied.returncode == 0, applied.stderr
    ids = json.loads(applied.stdout)["applied"]["entries"]
    listed = json.loads(run("register", "list", "--json", db=db).stdout)
    assert [e["id"] for e in listed] == sorted(ids)
    again = json.loads(run("policy", "import", POLICIES / "cosmetics.html", "--json",
                           db=db).stdout)
    assert [g for g in again["gaps"] if g["code"] == "register_mismatch"] == []
    checklist = json.loads(run("policy", "gaps", "--json", db=db).stdout)
    assert checklist == []  # the cosmetics policy has no gaps


def test_register_mismatch_with_db(run, tmp_path):
    db = tmp_path / "desk.sqlite3"
    assert run("init", "--no-encryption", db=db).returncode == 0
    run("policy", "import", POLICIES / "recruitment.html", "--apply", db=db)
    other = json.loads(run("policy", "import", POLICIES / "english_saas.txt", "--json",
                           db=db).stdout)
    mismatches = [g for g in other["gaps"] if g["code"] == "register_mismatch"]
    assert any("Bank card" in g["text_en"] for g in mismatches)
    assert any("in the register, not in the policy" in g["text_en"] for g in mismatches)
    gaps = json.loads(run("policy", "gaps", "--json", db=db).stdout)
    assert run("policy", "resolve", str(gaps[0]["id"]), db=db).returncode == 0
    assert len(json.loads(run("policy", "gaps", "--json", db=db).stdout)) == len(gaps) - 1


@pytest.mark.parametrize("kind", ["big", "bomb", "script", "scan", "fifo"])
def test_hostile_input_exit_2_and_nothing_written(run, tmp_path, kind):
    import os

    db = tmp_path / "desk.sqlite3"
    if kind == "big":
        path = tmp_path / "big.txt"
        path.write_bytes(b"x" * (10 * 1024 * 1024))
    elif kind == "bomb":
        path = tmp_path / "bomb.docx"
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("word/document.xml", b"\0" * (100 * 1024 * 1024))
    elif kind == "script":
        path = tmp_path / "only-scripts.html"
        path.write_text("<html><script>alert('số điện thoại')</script></html>")
    elif kind == "scan":
        from reportlab.pdfgen import canvas

        path = tmp_path / "scan.pdf"
        page = canvas.Canvas(str(path))
        page.rect(50, 50, 200, 200, fill=1)
        page.save()
    else:
        path = tmp_path / "pipe.txt"
        os.mkfifo(path)
    result = run("policy", "import", path, "--apply", db=db)
    assert result.returncode == 2
    assert result.stderr.startswith(f"dpo-desk: error: {path}: ")
    assert not db.exists()


def test_generate_the_notice_in_each_format(run, tmp_path):
    db = tmp_path / "desk.sqlite3"
    assert run("init", "--no-encryption", db=db).returncode == 0
    assert run("settings", "set", "company_name", "Công ty TNHH Mỹ phẩm Sen Việt",
               db=db).returncode == 0
    run("policy", "import", POLICIES / "cosmetics.html", "--apply", db=db)
    for suffix in ("pdf", "docx", "html"):
        out = tmp_path / f"notice.{suffix}"
        result = run("policy", "generate", "--out", out, db=db)
        assert result.returncode == 0, result.stderr
        assert "left blank): dpo_name" in result.stderr  # the profile has no DPO yet
        assert "company_name" not in result.stderr
    text = " ".join(p.extract_text() for p in pypdf.PdfReader(tmp_path / "notice.pdf").pages)
    assert "Công ty TNHH Mỹ phẩm Sen Việt" in text and "72 giờ" in text
    # tracking data marked sensitive, with its article in the Vietnamese order
    assert "điểm l khoản 1 Điều 4" in " ".join(text.split())
    # Law 91 Art. 9(2)(c): the person's obligations too, not only their rights
    assert "Bạn có các nghĩa vụ sau (khoản 2 Điều 4 Luật Bảo vệ dữ liệu cá nhân" in " ".join(
        text.split())
    # Art. 28(3): advertising needs the person to know its content, form and frequency,
    # which the register does not hold: a visible blank, named on stderr
    assert "marketing content, form and frequency" in result.stderr
    import docx

    document = docx.Document(str(tmp_path / "notice.docx"))
    cells = " ".join(c.text for t in document.tables for r in t.rows for c in r.cells)
    assert "Viettel Post" in cells and "……" in cells
    deadlines = next(t for t in document.tables if t.cell(0, 0).text == "Yêu cầu")
    access = [c.text for c in deadlines.rows[1].cells]
    # the company's 15 days for complex cases never outlast the law's 10 (Decree 356 Art. 5)
    assert access == ["Xem, chỉnh sửa, cung cấp dữ liệu", "10 ngày", "7 ngày (phức tạp: 10 ngày)"]
    assert any("Quảng cáo, tiếp thị (khoản 3 Điều 28 Luật" in p.text and "……" in p.text
               for p in document.paragraphs)
    page = (tmp_path / "notice.html").read_text(encoding="utf-8")
    assert '<span class="blank">' in page and "TikTok" in page
    english = tmp_path / "notice-en.pdf"
    assert run("policy", "generate", "--out", english, "--language", "en",
               db=db).returncode == 0
    assert "PRIVACY NOTICE" in pypdf.PdfReader(english).pages[0].extract_text()


def test_generate_refuses_an_empty_register_and_an_unknown_format(run, tmp_path):
    db = tmp_path / "desk.sqlite3"
    assert run("init", "--no-encryption", db=db).returncode == 0
    empty = run("policy", "generate", "--out", tmp_path / "n.pdf", db=db)
    assert empty.returncode == 2 and "register is empty" in empty.stderr
    run("policy", "import", POLICIES / "recruitment.html", "--apply", db=db)
    wrong = run("policy", "generate", "--out", tmp_path / "n.odt", db=db)
    assert wrong.returncode == 2 and "--out" in wrong.stderr
    assert not (tmp_path / "n.pdf").exists() and not (tmp_path / "n.odt").exists()


def test_docs_formats_name_every_field_of_the_import(run):
    import re

    formats = (Path(__file__).resolve().parents[2] / "docs" / "formats.md").read_text(
        encoding="utf-8")
    section = formats.split("\n## Privacy policy import\n", 1)[1].split("\n## ", 1)[0]
    documented = set(re.findall(r"`([a-z0-9_]+)`", section))
    document = json.loads(run("policy", "import", POLICIES / "shop_ecommerce.txt",
                              "--json").stdout)
    fields = set(document) | {k for g in document["gaps"] for k in g} | {
        k for i in document["items"] for k in i} | {g["code"] for g in document["gaps"]}
    from dpo_desk.core.policy.law import GAPS

    fields |= set(GAPS) | {"applied"}
    assert sorted(fields - documented) == []
