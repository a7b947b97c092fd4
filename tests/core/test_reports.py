"""The printable reports (DOMAIN D5) on a real demo database, read back with pypdf: headers,
figures checked against the database, diacritics, page numbers, periods, cancelling."""

import subprocess
import sys
import unicodedata
from datetime import UTC, date, datetime

import pytest
from pypdf import PdfReader

from dpo_desk.core import clock, complaints, demo, register, reports
from dpo_desk.core.catalogue import Lookup
from dpo_desk.core.errors import ValidationError

OVERDUE_REQUESTER = "Lưu Thị Ánh Tuyết"  # a name the demo does not make
LATE_REQUESTER = "Quách Văn Đạt"


def pdf_text(path) -> str:
    """Every page's text, NFC, whitespace collapsed (pypdf breaks lines where PDF does)."""
    text = " ".join(page.extract_text() for page in PdfReader(path).pages)
    return " ".join(unicodedata.normalize("NFC", text).split())


def vi_number(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def vi_rate(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}".replace(".", ",") + "%"


@pytest.fixture
def profile(desk):
    """The demo company with 60 cases, on 25 November 2026 at 10:00 in Vietnam; plus a case
    left overdue and one answered late."""
    clock.freeze(datetime(2026, 11, 25, 3, 0, tzinfo=UTC))
    found = demo.fill(desk, seed=1, complaints=60)
    complaints.create(desk, {"received_on": "2026-10-01", "channel": "email",
                             "requester_name": OVERDUE_REQUESTER, "kind": "access",
                             "complexity": "simple"})
    late = complaints.create(desk, {"received_on": "2026-09-01", "channel": "phone",
                                    "requester_name": LATE_REQUESTER, "kind": "complaint",
                                    "complexity": "simple"})
    complaints.transition(desk, late, "answered", reply_text="Công ty xin lỗi vì trả lời chậm.")
    return found


@pytest.fixture
def folder(tmp_path):
    out = tmp_path / "reports"
    out.mkdir()
    return out


def cases_in(desk, start: date, end: date) -> list[dict]:
    return desk.rows("SELECT * FROM complaints WHERE received_on BETWEEN ? AND ?",
                     (start.isoformat(), end.isoformat()))


# -- the register -------------------------------------------------------------------------

def test_register_report_summarises_then_lists_every_entry(desk, profile, folder):
    out = reports.register_report(desk, folder / "sổ đăng ký.pdf")
    text = pdf_text(out)
    entries = register.list_entries(desk)
    count = desk.scalar("SELECT count(*) FROM register_entries")
    sensitive = desk.scalar("SELECT count(*) FROM register_entries "
                            "WHERE category_type = 'sensitive'")
    abroad = desk.scalar("SELECT count(*) FROM register_entries WHERE cross_border = 1")
    assert count == len(entries) and 0 < sensitive < count and abroad > 0
    for expected in (profile["company_name"], "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                     "TP. Hồ Chí Minh, ngày 25 tháng 11 năm 2026",
                     "DANH MỤC HOẠT ĐỘNG XỬ LÝ DỮ LIỆU CÁ NHÂN", "Trang 1/",
                     "Thời điểm lập báo cáo 10:00 25/11/2026",
                     f"Số danh mục dữ liệu {count}",
                     f"Danh mục chỉ có dữ liệu cá nhân cơ bản {count - sensitive}",
                     f"Danh mục có dữ liệu cá nhân nhạy cảm {sensitive}",
                     f"Danh mục chuyển dữ liệu ra nước ngoài {abroad}",
                     # the article of Decree 356 that makes an item sensitive (DOMAIN D2)
                     "Vân tay điểm đ khoản 1 Điều 4 Nghị định số 356/2025/NĐ-CP Chấm công "
                     "bằng vân tay",
                     "điểm d khoản 1 Điều 4 Nghị định số 356/2025/NĐ-CP Khám sức khỏe định kỳ",
                     "Lưu trữ đám mây và sao lưu Singapore Amazon Web Services (Bên xử lý "
                     "dữ liệu cá nhân)",
                     "TopCV Bên thứ ba Tuyển dụng", "II. CHI TIẾT TỪNG DANH MỤC",
                     "Vân tay [nhạy cảm]",
                     "Cơ sở pháp lý Trường hợp khác theo quy định của luật (điểm đ khoản 1 "
                     "Điều 19 Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15)",
                     "Chuyển ra nước ngoài Có: Hoa Kỳ", "Thời hạn lưu trữ 14 tháng",
                     "Bộ phận phụ trách Chăm sóc khách hàng", "NGƯỜI LẬP BÁO CÁO",
                     profile["dpo_name"]):
        assert expected in text, expected
    for number, entry in enumerate(entries, start=1):  # every entry, in the list's order
        assert f"{number}. {entry['name']}" in text, entry["name"]
    pages = len(PdfReader(out).pages)
    assert f"Trang {pages}/{pages}" in text


def test_register_report_marks_each_sensitive_item(desk, profile, folder):
    text = pdf_text(reports.register_report(desk, folder / "register.pdf"))
    lookup = Lookup(desk)
    marked = sum(lookup.get(code).sensitive for entry in register.list_entries(desk)
                 for code in entry["items"])
    assert text.count("[nhạy cảm]") == marked > 0


def test_register_report_in_english(desk, profile, folder):
    text = pdf_text(reports.register_report(desk, folder / "register-en.pdf", language="en"))
    for expected in ("RECORD OF PERSONAL DATA PROCESSING", "SOCIALIST REPUBLIC OF VIETNAM",
                     "Page 1 of", "Art. 4(1)(dd) of Decree No. 356/2025/NĐ-CP",
                     "Fingerprints [sensitive]",
                     "Processor", "Legal basis Consent of the data subject",
                     "Hồ sơ nhân sự"):  # names stay as the DPO wrote them
        assert expected in text, expected


def test_an_empty_register_still_prints(desk, folder):
    text = pdf_text(reports.register_report(desk, folder / "empty.pdf"))
    assert "Số danh mục dữ liệu 0" in text and "Danh mục dữ liệu chưa có mục nào." in text


# -- complaints -----------------------------------------------------------------------------

def test_complaints_report_figures_match_the_database(desk, profile, folder):
    start, end = date(2026, 1, 1), date(2026, 11, 25)
    text = pdf_text(reports.complaints_report(desk, folder / "complaints.pdf", start=start,
                                              end=end))
    cases = cases_in(desk, start, end)
    settled = [c for c in cases if c["status"] in ("answered", "closed")]
    settled_on = {c["id"]: (c["answered_at"] or c["closed_at"])[:10] for c in settled}
    on_time = [c for c in settled if settled_on[c["id"]] <= c["due"]]
    assert 0 < len(on_time) < len(settled)  # the late answer counts against the rate
    days = {c["id"]: (date.fromisoformat(settled_on[c["id"]])
                      - date.fromisoformat(c["received_on"])).days for c in settled}
    worst = max(days.values())
    for expected in ("BÁO CÁO TIẾP NHẬN VÀ GIẢI QUYẾT YÊU CẦU, KHIẾU NẠI",
                     "Từ ngày 01/01/2026 đến ngày 25/11/2026", "Trang 1/",
                     f"Số hồ sơ nhận trong kỳ {vi_number(len(cases))}",
                     f"Đã giải quyết (đã trả lời hoặc đã đóng) {len(settled)}",
                     f"Giải quyết đúng hạn {len(on_time)}/{len(settled)} hồ sơ "
                     f"({vi_rate(len(on_time), len(settled))})",
                     f"Thời gian giải quyết lâu nhất {worst} ngày (hồ sơ số",
                     f"Cộng {len(cases)} 100,0%"):
        assert expected in text, expected
    for status in complaints.STATUSES:  # counts by status equal the database's
        count = sum(c["status"] == status for c in cases)
        label = reports.CODES["vi"][f"status.{status}"]
        assert f"{label} {count} {vi_rate(count, len(cases))}" in text, status
    for kind in reports.KINDS:
        count = sum(c["kind"] == kind for c in cases)
        label = reports.CODES["vi"][f"kind.{kind}"]
        assert f"{label} {count} {vi_rate(count, len(cases))}" in text, kind
    october = [c for c in cases if c["received_on"].startswith("2026-10")]
    assert f"10/2026 {len(october)} " in text


def test_complaints_report_lists_overdue_and_late_cases(desk, profile, folder):
    text = pdf_text(reports.complaints_report(desk, folder / "c.pdf", start=date(2026, 1, 1)))
    overdue = text[text.index("II. HỒ SƠ QUÁ HẠN"):text.index("III. DANH SÁCH HỒ SƠ")]
    assert OVERDUE_REQUESTER in overdue and "Đang giải quyết 1 hồ sơ, trong đó 1 quá hạn" in text
    # the overdue request was never acknowledged either (Decree 356 Art. 5: 2 working days)
    assert "Chưa xác nhận tiếp nhận đúng hạn 1 hồ sơ đang giải quyết quá hạn xác nhận tiếp " \
           "nhận (02 ngày làm việc)" in text
    assert LATE_REQUESTER not in overdue
    case = complaints.list_cases(desk, complaints.Query(text=LATE_REQUESTER))[0]
    late_by = (date(2026, 11, 25) - date.fromisoformat(case["due"])).days
    assert f"{LATE_REQUESTER} Khiếu nại Đã trả lời" in text and f"Trễ {late_by} ngày" in text
    for chart_word in ("3. Theo tháng nhận hồ sơ", "Hồ sơ nhận", "Tỷ lệ đúng hạn", "100%"):
        assert chart_word in text, chart_word


def test_complaints_report_defaults_to_this_month_and_the_eleven_before(desk, profile, folder):
    text = pdf_text(reports.complaints_report(desk, folder / "c.pdf"))
    assert "Từ ngày 01/12/2025 đến ngày 25/11/2026" in text
    received = len(cases_in(desk, date(2025, 12, 1), date(2026, 11, 25)))
    assert f"Số hồ sơ nhận trong kỳ {received}" in text


def test_a_long_case_list_is_cut_and_says_so(desk, profile, folder, monkeypatch):
    monkeypatch.setattr(reports, "LIST_LIMIT", 10)
    start, end = date(2025, 1, 1), date(2026, 11, 25)
    total = len(cases_in(desk, start, end))
    text = pdf_text(reports.complaints_report(desk, folder / "c.pdf", start=start, end=end))
    assert f"Danh sách in 10 hồ sơ nhận gần nhất trong tổng số {total}; {total - 10} hồ sơ " \
           "còn lại" in text
    listed = text[text.index("III. DANH SÁCH HỒ SƠ"):]
    newest = desk.rows("SELECT id FROM complaints ORDER BY received_on DESC, id DESC LIMIT 11")
    assert all(f" {r['id']} " in listed for r in newest[:10])
    assert f" {newest[10]['id']} " not in listed


def test_complaints_report_in_english_for_an_empty_period(desk, profile, folder):
    text = pdf_text(reports.complaints_report(desk, folder / "c.pdf", start=date(2020, 1, 1),
                                              end=date(2020, 3, 31), language="en"))
    for expected in ("REPORT ON DATA SUBJECT REQUESTS AND COMPLAINTS",
                     "From 01/01/2020 to 31/03/2020", "Cases received in the period 0",
                     "Receipt not acknowledged in time 0 open case(s) past the 2 working days",
                     "No case was received in the period.", "Page 1 of 1"):
        assert expected in text, expected


# -- incidents ------------------------------------------------------------------------------

def test_incidents_report_shows_each_clock_and_notice(desk, profile, folder):
    text = pdf_text(reports.incidents_report(desk, folder / "sự cố.pdf",
                                             start=date(2025, 1, 1), end=date(2026, 11, 25)))
    count = desk.scalar("SELECT count(*) FROM incidents")
    for expected in ("BÁO CÁO SỰ CỐ VI PHẠM DỮ LIỆU CÁ NHÂN", "Trang 1/",
                     "Từ ngày 01/01/2025 đến ngày 25/11/2026",
                     f"Số sự cố phát hiện trong kỳ {count}",
                     "Đã thông báo cơ quan chức năng đúng hạn 72 giờ 2",
                     "Đã thông báo nhưng trễ hạn 1", "Chưa thông báo, còn trong hạn 1",
                     # the late notice of June 2025 under Decree 13, with its reason
                     "Chế độ pháp lý 72 giờ kể từ khi xảy ra (khoản 1 Điều 23 Nghị định số "
                     "13/2023/NĐ-CP)",
                     "Hạn thông báo cơ quan chức năng 21:40 05/06/2025",
                     "Thời điểm thông báo cơ quan chức năng 21:10 07/06/2025",
                     "Thời hạn 72 giờ Trễ hạn 47 giờ",
                     "Lý do thông báo trễ hạn Cần xác minh phạm vi dữ liệu với nhà cung cấp",
                     # the items the notice declared (review P3), not the register entries
                     "Lịch sử mua hàng trên cửa hàng trực tuyến",
                     "Số chủ thể dữ liệu 4.210", "Số bản ghi 12.630",
                     "Hình thức gửi thông báo Cổng thông tin quốc gia về bảo vệ dữ liệu cá nhân",
                     "Mã tiếp nhận của cơ quan, cổng thông tin PDP-2025-004217",
                     "Trạng thái Đã đóng",
                     "Chế độ pháp lý 72 giờ kể từ khi phát hiện (khoản 1 Điều 23 Luật Bảo vệ "
                     "dữ liệu cá nhân số 91/2025/QH15)",
                     "Thông báo chủ thể dữ liệu Đã thông báo lúc",
                     "Chưa thông báo, còn 2,8 ngày"):  # 69 h: 2.875 days, rounded down
        assert expected in text, expected


def test_incidents_report_keeps_to_its_period(desk, profile, folder):
    text = pdf_text(reports.incidents_report(desk, folder / "i.pdf", start=date(2026, 1, 1),
                                             end=date(2026, 11, 25)))
    assert "Số sự cố phát hiện trong kỳ 2" in text
    assert "Email bảng lương gửi nhầm" not in text
    assert "Mất điện thoại của nhân viên giao hàng" in text


# -- cancelling and refusing ------------------------------------------------------------------

PERIOD = {"start": date(2025, 1, 1), "end": date(2026, 11, 25)}


@pytest.mark.parametrize("name", sorted(reports.REPORTS))
def test_progress_runs_to_the_end(desk, profile, folder, name):
    calls = []
    kwargs = PERIOD if name != "register" else {}
    reports.REPORTS[name](desk, folder / "r.pdf", progress=lambda d, t: calls.append((d, t)),
                          **kwargs)
    done = [d for d, _ in calls]
    assert done == sorted(done) and calls[0][0] == 0 and calls[-1][0] == calls[-1][1] > 1
    assert all(d <= t for d, t in calls)


@pytest.mark.parametrize("name", sorted(reports.REPORTS))
@pytest.mark.parametrize("when", ["at once", "while laying out the last page"])
def test_cancelling_writes_nothing(desk, profile, folder, name, when):
    def progress(done, total):
        return False if when == "at once" or done == total else None

    kwargs = PERIOD if name != "register" else {}
    with pytest.raises(reports.ReportCancelled):
        reports.REPORTS[name](desk, folder / "r.pdf", progress=progress, **kwargs)
    assert list(folder.iterdir()) == []  # no report, no temp file


def test_a_period_that_ends_before_it_starts_is_refused(desk, profile, folder):
    with pytest.raises(ValidationError) as error:
        reports.complaints_report(desk, folder / "c.pdf", start=date(2026, 5, 1),
                                  end=date(2026, 4, 30))
    assert [e.field for e in error.value.errors] == ["start"]
    with pytest.raises(ValidationError):  # a start after today, the default end
        reports.incidents_report(desk, folder / "i.pdf", start=date(2026, 12, 1))
    assert list(folder.iterdir()) == []


def test_unknown_language_and_missing_folder_are_refused(desk, profile, folder):
    with pytest.raises(ValidationError) as error:
        reports.register_report(desk, folder / "r.pdf", language="fr")
    assert error.value.errors[0].field == "language"
    with pytest.raises(ValidationError) as error:
        reports.register_report(desk, folder / "nowhere" / "r.pdf")
    assert error.value.errors[0].field == "out"


def test_default_range_is_twelve_months():
    assert reports.default_range(date(2026, 11, 25)) == (date(2025, 12, 1), date(2026, 11, 25))
    assert reports.default_range(date(2026, 1, 31)) == (date(2025, 2, 1), date(2026, 1, 31))
    assert reports.default_range(date(2026, 11, 25), date(2026, 3, 10)) == \
        (date(2025, 4, 1), date(2026, 3, 10))


def test_importing_reports_does_not_load_reportlab():
    probe = ("import sys, dpo_desk.core.reports; "
             "print(any(m.startswith('reportlab') for m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            timeout=60)
    assert result.stdout.strip() == "False", result.stderr
