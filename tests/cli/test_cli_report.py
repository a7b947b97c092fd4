"""`dpo-desk report register|complaints|incidents` through the real program."""

import unicodedata
from datetime import UTC, datetime

import pytest
from pypdf import PdfReader

from dpo_desk.core import clock, demo
from dpo_desk.core.desk import Desk


def pdf_text(path) -> str:
    text = " ".join(page.extract_text() for page in PdfReader(path).pages)
    return " ".join(unicodedata.normalize("NFC", text).split())


@pytest.fixture
def demo_db(db_path):
    """The demo company with 60 cases, made on 25 November 2026; the commands then run on
    the real clock."""
    clock.freeze(datetime(2026, 11, 25, 3, 0, tzinfo=UTC))
    with Desk.create(db_path) as desk:
        profile = demo.fill(desk, seed=1, complaints=60)
    clock.set_clock(None)
    return {"path": db_path, "profile": profile}


@pytest.mark.parametrize(("kind", "title"), [
    ("register", "DANH MỤC HOẠT ĐỘNG XỬ LÝ DỮ LIỆU CÁ NHÂN"),
    ("complaints", "BÁO CÁO TIẾP NHẬN VÀ GIẢI QUYẾT YÊU CẦU, KHIẾU NẠI"),
    ("incidents", "BÁO CÁO SỰ CỐ VI PHẠM DỮ LIỆU CÁ NHÂN"),
])
def test_report_writes_the_pdf(run, demo_db, tmp_path, kind, title):
    out = tmp_path / f"báo cáo {kind}.pdf"
    result = run("report", kind, "--out", out, db=demo_db["path"])
    assert result.returncode == 0, result.stderr
    assert out.is_file() and str(out) in result.stdout
    text = pdf_text(out)
    assert title in text and demo_db["profile"]["company_name"] in text and "Trang 1/" in text


def test_complaints_report_for_a_period_in_english(run, demo_db, tmp_path):
    out = tmp_path / "complaints.pdf"
    result = run("report", "complaints", "--out", out, "--from", "2026-01-01",
                 "--to", "2026-06-30", "--language", "en", db=demo_db["path"])
    assert result.returncode == 0, result.stderr
    text = pdf_text(out)
    assert "From 01/01/2026 to 30/06/2026" in text and "Page 1 of" in text


def test_incidents_report_for_a_period(run, demo_db, tmp_path):
    out = tmp_path / "incidents.pdf"
    result = run("report", "incidents", "--out", out, "--from", "2025-01-01",
                 "--to", "2025-12-31", db=demo_db["path"])
    assert result.returncode == 0, result.stderr
    text = pdf_text(out)
    assert "Số sự cố phát hiện trong kỳ 2" in text and "Trễ hạn 47 giờ" in text


@pytest.mark.parametrize("option", ["--from", "--to"])
def test_a_bad_date_is_refused_naming_it(run, demo_db, tmp_path, option):
    out = tmp_path / "c.pdf"
    result = run("report", "complaints", "--out", out, option, "2026-02-30",
                 db=demo_db["path"])
    assert result.returncode == 2
    assert f"{option}: not a real date" in result.stderr
    assert not out.exists()


def test_from_after_to_is_refused(run, demo_db, tmp_path):
    out = tmp_path / "i.pdf"
    result = run("report", "incidents", "--out", out, "--from", "2026-05-01",
                 "--to", "2026-04-01", db=demo_db["path"])
    assert result.returncode == 2
    assert "--from" in result.stderr and "--to" in result.stderr
    assert not out.exists()


def test_a_start_after_today_is_refused_naming_from(run, demo_db, tmp_path):
    result = run("report", "complaints", "--out", tmp_path / "c.pdf", "--from", "2999-01-01",
                 db=demo_db["path"])
    assert result.returncode == 2 and "--from:" in result.stderr


def test_a_missing_folder_is_refused_naming_out(run, demo_db, tmp_path):
    result = run("report", "register", "--out", tmp_path / "nowhere" / "r.pdf",
                 db=demo_db["path"])
    assert result.returncode == 2 and "--out:" in result.stderr


def test_the_register_takes_no_period(run, demo_db, tmp_path):
    result = run("report", "register", "--out", tmp_path / "r.pdf", "--from", "2026-01-01",
                 db=demo_db["path"])
    assert result.returncode == 2 and "--from" in result.stderr
