"""A realistic demo company (Vietnamese), deterministic for a seed and a `now`: the
company profile, the register of an online shop (customers, staff, partners, premises), two
years of complaints and requests with their register links and files, and breach incidents
across both regimes: four written by hand, plus a generated history, with evidence files,
that grows with the number of cases."""

from __future__ import annotations

import functools
import hashlib
import io
import json
import random
import zlib
from collections import Counter
from datetime import date, datetime, time, timedelta
from email.utils import format_datetime
from typing import TYPE_CHECKING

from dpo_desk.core import clock, register, rules, settings
from dpo_desk.core.catalogue import fold
from dpo_desk.core.eventlog import Event
from dpo_desk.core.paths import resource

if TYPE_CHECKING:
    from dpo_desk.core.desk import Desk


def _data(name: str) -> dict:
    """The demo company's facts: resources/demo/<name>.json."""
    return json.loads(resource("demo", f"{name}.json").read_text(encoding="utf-8"))


COMPANIES = _data("company")["COMPANIES"]
DPO_NAMES = _data("company")["DPO_NAMES"]
DPO_TITLES = _data("company")["DPO_TITLES"]
# Each company's legal representative, their position and the issuer of its registration
# certificate (DOMAIN D4.3: the notice's signer and required facts).
REPRESENTATIVES = _data("company")["REPRESENTATIVES"]


# The register of an online shop: customers, employees, candidates, marketing, payments
# through a gateway, shipping partners, a cloud host abroad. The first 15 entries are the
# original ones (tests and fuzzers name them); the others complete the picture.
REGISTER = _data("register")["REGISTER"]


# -- people and places ----------------------------------------------------------------------

FAMILY = _data("people")["FAMILY"]
MIDDLE = _data("people")["MIDDLE"]
GIVEN = _data("people")["GIVEN"]
ASCII = str.maketrans("àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ",
                      "aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd")
# Wards as they are named since the 2025 reorganisation (no more districts), by city, with
# how many of the shop's customers live there (weights).
CITIES = _data("people")["CITIES"]
STREETS = _data("people")["STREETS"]


def address(rng: random.Random) -> tuple[str, str]:
    """A Vietnamese postal address and its city: "25/7 Lê Văn Sỹ, Phường Tân Định, TP. Hồ
    Chí Minh" (an alley number in Ho Chi Minh City, a lane in Hanoi)."""
    city, _, wards = rng.choices(CITIES, [c[1] for c in CITIES])[0]
    street, number = rng.choice(STREETS), rng.randint(1, 399)
    if city == "TP. Hồ Chí Minh" and rng.random() < 0.5:
        house = f"{number}/{rng.randint(1, 60)} {street}"
    elif city == "Hà Nội" and rng.random() < 0.4:
        house = f"Số {rng.randint(1, 80)}, ngõ {number} {street}"
    else:
        house = f"Số {number} {street}"
    return f"{house}, Phường {rng.choice(wards)}, {city}", city


# -- complaints and requests ------------------------------------------------------------

SUMMARIES = _data("complaints")["SUMMARIES"]
KIND_WEIGHTS = _data("complaints")["KIND_WEIGHTS"]
REPLIES = _data("complaints")["REPLIES"]


def complaints_rows(desk: Desk, count: int, *, seed: int = 1,
                    now: datetime | None = None) -> list[dict]:
    """`count` cases received over the two years before `now` (default: the clock's), in
    every state, ready to insert; no step lies after `now`."""
    from dpo_desk.core import complaints, deadlines

    rng = random.Random(seed * 7919 + 17)
    places = random.Random(seed * 7907 + 3)  # its own stream: the cases stay as they were
    now = now or clock.now()
    today = now.date()
    zone = now.tzinfo
    desk_settings = settings.get_all(desk)
    calendar = deadlines.load_calendar(desk)
    kinds = list(KIND_WEIGHTS)
    weights = list(KIND_WEIGHTS.values())
    rows = []
    for _ in range(count):
        received = today - timedelta(days=int(rng.triangular(0, 730, 0)))
        kind = rng.choices(kinds, weights)[0]
        name = f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"
        slug = name.lower().translate(ASCII).replace(" ", ".")
        contact = (f"{slug}{rng.randint(1, 99)}@gmail.com" if rng.random() < 0.6
                   else f"09{rng.randint(10000000, 99999999)}")
        values = {"received_on": received.isoformat(),
                  "channel": rng.choice(complaints.CHANNELS[:5]), "requester_name": name,
                  "requester_contact": contact, "kind": kind,
                  "complexity": "complex" if rng.random() < 0.25 else "simple",
                  "third_party_involved": rng.random() < 0.15, "summary": SUMMARIES[kind]}
        if values["channel"] == "letter":  # a letter comes with the sender's postal address
            values["requester_contact"] = address(places)[0]
        row = complaints.new_record(values, desk_settings=desk_settings, calendar=calendar,
                                    entered_by=desk_settings["dpo_name"] or "demo",
                                    now=now.isoformat(timespec="seconds"), today=today)
        _advance(row, rng, now, zone, calendar)
        rows.append(row)
    rows.sort(key=lambda r: r["received_on"])
    return rows


def _advance(row: dict, rng, now, zone, calendar) -> None:
    """Move a case along its workflow as a diligent DPO would have by `now`: within the
    binding due date, which for a 2025 deletion, access, restriction or objection is Decree
    13's 72 hours (DOMAIN D3.7), never extended where the law allowed no extension."""
    from dpo_desk.core import complaints

    today = now.date()
    received = date.fromisoformat(row["received_on"])
    due = date.fromisoformat(row["due"])
    age = (today - received).days
    legal = rules.legal_deadline(row["kind"], received)
    extensible = legal is None or legal.max_extension_days > 0

    def at(day: date, hour: int) -> str:
        moment = datetime.combine(min(day, today), time(hour, rng.randint(0, 59)), zone)
        return min(moment, now).isoformat(timespec="seconds")

    if age >= 1:
        row["acknowledged_at"] = at(received + timedelta(days=1), 9)
        row["status"] = "acknowledged"
    if age >= 3:
        row["status"] = "in_progress"
    if rng.random() < 0.08 and age >= 5 and extensible:
        row["extension_days"] = min(10, max(1, (due - received).days // 2))
        row["extension_reason"] = "Cần phối hợp với bên xử lý dữ liệu"
        row["extended_at"] = at(received + timedelta(days=4), 14)
        row |= complaints.compute_dues(row, calendar)
        due = date.fromisoformat(row["due"])
    span = max(1, (due - received).days)
    if rng.random() < 0.04:  # now and then a reply goes out late: the on-time rate shows it
        answer_day = due + timedelta(days=rng.randint(1, 12))
    else:
        answer_day = received + timedelta(days=int(rng.triangular(1, span, span * 0.5)))
    stuck = age <= 40 and rng.random() < 0.01  # a few recent cases wait longer than they may
    if answer_day < today and not stuck:
        row["status"] = "answered"
        row["reply_text"] = rng.choice(REPLIES)
        row["answered_at"] = at(answer_day, 16)
        if (today - answer_day).days > 7:
            row |= {"status": "closed", "outcome": "completed",
                    "closed_at": at(answer_day + timedelta(days=7), 10)}
    elif age > 10 and rng.random() < 0.3:
        outcome = rng.choice(("withdrawn", "duplicate", "rejected"))
        row |= {"status": "closed", "outcome": outcome, "closed_at": at(received + timedelta(
            days=min(5, span)), 11), "outcome_reason": "Yêu cầu không thuộc phạm vi dữ liệu "
            "công ty lưu giữ" if outcome == "rejected" else ""}
    elif age >= 3 and rng.random() < 0.1:
        row["status"] = "on_hold"
        row["hold_reason"] = "Chờ người yêu cầu bổ sung giấy tờ tùy thân"


# What the DPO files with a case: the register entries it is about, and now and then the
# documents that came with it.
KIND_ENTRIES = _data("complaints")["KIND_ENTRIES"]
# DOMAIN D3.6: requests about one's own data need the requester's identity verified.
IDENTITY_KINDS = ("access", "correction", "provide", "deletion", "restriction", "objection")
IDENTITY_METHOD = "Đối chiếu ảnh CCCD gửi kèm với thông tin tài khoản"
CASE_FILE_SHARE = 0.02
CASE_LINK_SHARE = 0.25


def case_evidence(rows: list[dict], *, seed: int, company: str, checked_by: str
                  ) -> tuple[dict[int, list[tuple[str, bytes, str]]], dict[int, list[str]]]:
    """For cases about to be inserted (by their index in `rows`): the files that came with
    about 2 % of them (an ID card scan for a request about one's own data, the request
    letter), as (file name, content, added at), and the register entries about a quarter of
    them are linked to, by name. A case with a scan gets the identity check it served for."""
    rng = random.Random(seed * 104729 + 7)
    today = clock.today().isoformat()
    files: dict[int, list[tuple[str, bytes, str]]] = {}
    links: dict[int, list[str]] = {}
    for n, row in enumerate(rows):
        if rng.random() < CASE_FILE_SHARE and row["received_on"] < today:
            received = date.fromisoformat(row["received_on"])
            added = datetime.combine(received, time(rng.randint(8, 16), rng.randint(0, 59)),
                                     clock.zone()).isoformat(timespec="seconds")
            files[n] = [(name, content, added) for name, content in
                        _case_files(row, rng, company)]
            if row["kind"] in IDENTITY_KINDS and row["acknowledged_at"]:
                row |= {"identity_method": IDENTITY_METHOD, "identity_checked_by": checked_by,
                        "identity_checked_at": row["acknowledged_at"],
                        "identity_result": "verified"}
        if rng.random() < CASE_LINK_SHARE:
            choices = KIND_ENTRIES[row["kind"]]
            links[n] = rng.sample(choices, 2 if rng.random() < 0.25 else 1)
    return files, links


def _case_files(row: dict, rng: random.Random, company: str) -> list[tuple[str, bytes]]:
    found = []
    if row["kind"] in IDENTITY_KINDS:
        found.append(("cccd-mat-truoc.png", id_card_scan(rng)))
        if rng.random() < 0.6:
            found.append(("cccd-mat-sau.png", id_card_scan(rng, back=True)))
    if row["channel"] in ("letter", "email") or not found:
        found.append(("don-de-nghi.txt", request_letter(row, rng, company)))
    return found


def request_letter(row: dict, rng: random.Random, company: str) -> bytes:
    """The requester's letter as the DPO typed it in (or as it came by email)."""
    if row["channel"] == "letter":
        where, city = row["requester_contact"], row["requester_contact"].rsplit(", ", 1)[-1]
        contact = ""
    else:
        where, city = address(rng)
        contact = f"Điện thoại/email: {row['requester_contact']}\n"
    written = date.fromisoformat(row["received_on"]) - timedelta(days=rng.randint(0, 3))
    identity = ("Tôi gửi kèm ảnh chụp thẻ căn cước để công ty xác minh danh tính.\n"
                if row["kind"] in IDENTITY_KINDS else "")
    return (f"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
            f"{city}, ngày {written.day:02d} tháng {written.month:02d} năm {written.year}\n\n"
            f"ĐƠN ĐỀ NGHỊ VỀ DỮ LIỆU CÁ NHÂN\n\n"
            f"Kính gửi: {company}\nBộ phận bảo vệ dữ liệu cá nhân\n\n"
            f"Tôi tên là: {row['requester_name']}\nĐịa chỉ: {where}\n{contact}\n"
            f"Nội dung đề nghị: {row['summary']}.\n\n{identity}"
            f"Đề nghị công ty trả lời trong thời hạn pháp luật về bảo vệ dữ liệu cá nhân quy "
            f"định.\n\nNgười làm đơn\n(đã ký)\n{row['requester_name']}\n").encode()


def attachment_row(owner_table: str, owner_id: int, filename: str, content: bytes,
                   added_at: str) -> dict:
    """An `attachments` row as `attachments.add` writes it, for a bulk insert."""
    return {"owner_table": owner_table, "owner_id": owner_id, "filename": filename,
            "sha256": hashlib.sha256(content).hexdigest(), "bytes": len(content),
            "content": content, "added_at": added_at}


# -- generated files ------------------------------------------------------------------------
# Small grey PNG pictures (a few KB) drawn from the seed: scans and screenshots look like
# what a DPO files, without shipping real images.

class _Canvas:
    """A grey picture drawn with Pillow."""

    def __init__(self, width: int, height: int, background: int | bytes):
        from PIL import Image

        self.image = (Image.frombytes("L", (width, height), background)
                      if isinstance(background, bytes)
                      else Image.new("L", (width, height), background))

    def box(self, left: int, top: int, right: int, bottom: int, shade: int) -> None:
        if right > left and bottom > top:
            self.image.paste(shade, (left, top, right, bottom))

    def grain(self, left: int, top: int, right: int, bottom: int, rng: random.Random,
              shades: bytes) -> None:
        """A textured area (a photo) in the given shades."""
        from PIL import Image

        size = (right - left, bottom - top)
        noise = rng.randbytes(size[0] * size[1]).translate(shades)
        self.image.paste(Image.frombytes("L", size, noise), (left, top))

    def png(self) -> bytes:
        out = io.BytesIO()
        # run-length deflate: flat areas and grain compress as well as with the default, at
        # a third of the time (the 100k demo files about a thousand pictures)
        self.image.save(out, "PNG", compress_level=1, compress_type=zlib.Z_RLE)
        return out.getvalue()


SKIN = bytes(150 + (n % 48) for n in range(256))  # the shades of a grey portrait


def _text_lines(canvas: _Canvas, rng: random.Random, left: int, top: int, count: int,
                longest: int, shade: int, step: int = 16) -> None:
    for line in range(count):
        y = top + line * step
        canvas.box(left, y, left + rng.randint(longest // 3, longest), y + 6, shade)


@functools.cache
def _blank_card(back: bool) -> bytes:
    card = _Canvas(360, 230, 236)
    card.box(14, 14, 346, 216, 128)
    card.box(15, 15, 345, 215, 248)
    card.box(15, 15, 345, 46, 200)
    if back:
        card.box(30, 60, 110, 140, 40)  # the chip
        card.box(30, 168, 330, 200, 215)  # the machine-readable zone
    return card.image.tobytes()


def id_card_scan(rng: random.Random, *, back: bool = False) -> bytes:
    """A scanned ID card (a few KB): the card on a light page, the holder's photo and the
    lines of text, drawn over a blank card made once."""
    card = _Canvas(360, 230, _blank_card(back))
    if back:
        _text_lines(card, rng, 130, 64, 5, 190, 80)
    else:
        card.grain(28, 62, 110, 168, rng, SKIN)
        _text_lines(card, rng, 126, 64, 7, 200, 70)
    return card.png()


def screenshot(rng: random.Random) -> bytes:
    """A screenshot of an admin screen: title bar, menu, a table with one row marked."""
    screen = _Canvas(480, 300, 246)
    screen.box(0, 0, 480, 24, 55)
    screen.box(0, 24, 100, 300, 226)
    _text_lines(screen, rng, 12, 40, 8, 70, 110, step=24)
    marked = rng.randrange(12)
    for row in range(12):
        y = 40 + row * 20
        if row == marked:
            screen.box(104, y - 5, 476, y + 13, 205)
        screen.box(112, y, 112 + rng.randint(60, 160), y + 7, 90)
        screen.box(300, y, 300 + rng.randint(30, 150), y + 7, 125)
    return screen.png()


def scene_photo(rng: random.Random) -> bytes:
    """A photo of the place: wall, floor, and the empty spot where the device was."""
    photo = _Canvas(400, 300, 190)
    photo.box(0, 190, 400, 300, 120)
    left = rng.randint(40, 220)
    photo.box(left, 90, left + 140, 190, 150)
    photo.box(left + 30, 110, left + 110, 170, 215)
    for _ in range(rng.randint(3, 6)):
        x, y = rng.randint(0, 360), rng.randint(200, 280)
        photo.box(x, y, x + rng.randint(10, 40), y + rng.randint(4, 12), rng.randint(60, 100))
    return photo.png()


# -- incidents ----------------------------------------------------------------------------

def incidents_facts(now: datetime) -> list[tuple[dict, list[tuple]]]:
    """A few realistic breaches across 2025-2026 (both regimes), each with its steps:
    (state, days after discovery, extra arguments). The newest was discovered three hours
    before `now`, whatever the hour: a demo made at night has it too."""
    today = now.date()
    fresh = now.replace(minute=now.minute // 15 * 15, second=0, microsecond=0)
    found = fresh - timedelta(hours=3)

    def when(days_ago: int, hour: int) -> str:
        return f"{(today - timedelta(days=days_ago)).isoformat()}T{hour:02d}:15:00+07:00"

    return [
        ({"title": "Thư mục sao lưu đơn hàng để công khai trên kho lưu trữ đám mây",
          "occurred_at": "2025-06-02T21:40:00+07:00", "detected_at": "2025-06-04T09:10:00+07:00",
          "location": "Amazon Web Services, vùng Singapore (bucket sao lưu)",
          "description": "Một thư mục sao lưu chứa tệp đơn hàng bị cấu hình cho phép truy cập "
                         "công khai; nhật ký cho thấy có 3 lượt tải từ địa chỉ IP lạ.",
          "cause": "Cấu hình sai quyền truy cập khi chuyển hệ thống sao lưu",
          "data_categories": ["Khách hàng mua hàng trực tuyến", "Lưu trữ đám mây và sao lưu"],
          "exposed_items": ["B01", "PHONE", "EMAIL", "DELIVERY_ADDRESS", "ORDER_HISTORY"],
          "subjects_count": 4210, "records_count": 12630,
          "consequences": "Nguy cơ khách hàng bị lừa đảo qua điện thoại, email",
          "measures": "Khóa quyền truy cập công khai; rà soát toàn bộ bucket; đổi khóa truy cập",
          "measures_planned": "Kiểm tra cấu hình tự động hằng tuần",
          "reporter": "Phòng Công nghệ", "parties_involved": "Amazon Web Services (bên xử lý)"},
         [("assessed", 0.2, {"decision": "notify", "assessment": "Có thể gây thiệt hại về tài "
                             "sản cho khách hàng"}),
          ("contained", 0.3, {}), ("authority_notified", 3.5, {
              "channel": "portal", "reference": "PDP-2025-004217",
              "late_reason": "Cần xác minh phạm vi dữ liệu với nhà cung cấp dịch vụ đám mây"}),
          ("closed", 30, {})]),
        ({"title": "Email bảng lương gửi nhầm cho toàn bộ nhân viên",
          "occurred_at": "2025-11-14T16:05:00+07:00", "detected_at": "2025-11-14T16:40:00+07:00",
          "location": "Hệ thống email nội bộ",
          "description": "Bảng lương tháng 10 kèm số tài khoản ngân hàng được gửi nhầm tới "
                         "danh sách email toàn công ty.", "cause": "Nhầm lẫn của nhân viên",
          "data_categories": ["Hồ sơ nhân sự"], "subjects_count": 86, "records_count": 86,
          # DOMAIN D4.3: the payroll, not every item of the HR file (no ID-card images)
          "exposed_items": ["B01", "EMPLOYEE_ID", "SALARY", "BANK_ACCOUNT_NUMBER"],
          "consequences": "Lộ thông tin thu nhập của người lao động",
          "measures": "Thu hồi email; yêu cầu xóa; nhắc nhở quy trình gửi",
          "reporter": "Phòng Nhân sự"},
         [("assessed", 0.1, {"decision": "notify", "assessment": "Ảnh hưởng danh dự, bí mật "
                             "đời tư của người lao động"}),
          ("contained", 0.2, {}),
          ("authority_notified", 1, {"channel": "agency",
                                       "reference": "Phiếu tiếp nhận số 215/A05"}),
          ("closed", 20, {})]),
        ({"title": "Mất điện thoại của nhân viên giao hàng có ứng dụng định vị",
          "occurred_at": when(40, 18), "detected_at": when(40, 20),
          "location": "Quận 7, TP. Hồ Chí Minh",
          "description": "Điện thoại công ty có ứng dụng giao hàng đang đăng nhập bị mất.",
          "cause": "Mất cắp", "data_categories": ["Định vị nhân viên giao hàng",
                                                  "Khách hàng mua hàng trực tuyến"],
          "exposed_items": ["B01", "PHONE", "DELIVERY_ADDRESS", "GPS_LOCATION"],
          "subjects_count": 1, "records_count": 35,
          "consequences": "Lộ vị trí và lịch giao hàng trong ngày",
          "severity": "Nghiêm trọng với nhân viên giao hàng: lộ trình trong ngày bị biết",
          "measures": "Khóa thiết bị từ xa; thu hồi phiên đăng nhập",
          "reporter": "Tổ giao hàng"},
         [("assessed", 0.1, {"decision": "notify", "assessment": "Dữ liệu vị trí (Điều 29)"}),
          ("contained", 0.1, {}),
          ("authority_notified", 1.5, {"channel": "portal",
                                         "reference": "PDP-2026-000358"}),
          ("subjects_notified", 1.6, {})]),
        ({"title": "Tài khoản quản trị website đăng nhập bất thường",
          "occurred_at": (found - timedelta(hours=8)).isoformat(),
          "detected_at": found.isoformat(),
          "location": "Trang quản trị website bán hàng",
          "description": "Phát hiện đăng nhập từ nước ngoài vào tài khoản quản trị lúc nửa đêm.",
          "cause": "Đang điều tra", "data_categories": ["Tài khoản khách hàng"],
          "consequences": "Đang đánh giá", "reporter": "Phòng Công nghệ"}, []),
    ]


def _add_incidents(desk: Desk, now: datetime) -> None:
    from dpo_desk.core import incidents

    for facts, steps in incidents_facts(now):
        detected = datetime.fromisoformat(facts["detected_at"])
        if detected > now:
            continue  # a demo dated before 2025's breaches (the frozen test fixtures)
        incident_id = incidents.create(desk, facts)
        for state, days, extra in steps:
            at = min(detected + timedelta(days=days), now)
            # the demo's history predates documents kept as sent (DOMAIN D4.7): none is
            # kept, so no number of the yearly sequence is taken behind the DPO's letters
            incidents.transition(desk, incident_id, state, at=at.isoformat(), keep=False,
                                 **extra)


# -- the breach history ---------------------------------------------------------------------
# Kinds of breach an online shop meets, each with its facts as the DPO records them. An
# incident takes the n-th title and place of its kind (places: (short, full location)), a
# number of people and records in the ranges given, and the workflow its assessment
# implies: `decision` notify or no_notify; `lag`: hours from occurrence to discovery;
# `tell`: how likely the people affected are told too; `evidence`: the files filed.

INCIDENT_TEMPLATES = _data("incidents")["INCIDENT_TEMPLATES"]


CASES_PER_INCIDENT = 2500  # the history grows with the company: one breach per so many cases
MAX_GENERATED_INCIDENTS = 80
# The newest incidents are still being handled, one in each state: (state reached, decision,
# discovered so many days ago).
OPEN_ENDINGS = (("discovered", "notify", 1), ("assessed", "notify", 2),
                ("contained", "notify", 3), ("assessed", "no_notify", 6),
                ("authority_notified", "notify", 9), ("subjects_notified", "notify", 14))
LATE_REASONS = _data("incidents")["LATE_REASONS"]
FOUND_LATE = _data("incidents")["FOUND_LATE"]


def incident_plans(today: date, count: int, *, seed: int = 1) -> list[tuple[dict, list, tuple]]:
    """`count` breaches over the two years before `today`, oldest first, as (facts, steps,
    evidence kinds); a step is (state, time, arguments of `incidents.transition`). The older
    ones have run their course (DOMAIN D4: notified in time or late with the reason, people
    told where their location or biometric data was involved, or assessed as not to notify);
    the newest are still open, one in each state. Every step lies before `today`."""
    rng = random.Random(seed * 6151 + 29)
    midnight = datetime.combine(today, time(0), clock.zone())
    endings = OPEN_ENDINGS[:count]
    older = count - len(endings)
    order = rng.sample(INCIDENT_TEMPLATES, len(INCIDENT_TEMPLATES))
    slots = [(730 - 700 * (n + rng.random()) / older, order[n % len(order)], None)
             for n in range(older)]  # evenly over the two years, up to a month ago
    for state, decision, days_ago in reversed(endings):
        fits = [t for t in INCIDENT_TEMPLATES if t["decision"] == decision
                and (state != "subjects_notified" or t["tell"] == 1)]
        slots.append((days_ago, rng.choice(fits), state))
    used: Counter = Counter()
    numbers: Counter = Counter()
    plans = []
    for days_ago, template, ending in slots:
        detected = datetime.combine(today - timedelta(days=int(days_ago)),
                                    time(rng.randint(7, 21), rng.randint(0, 59)), clock.zone())
        facts = _incident_facts(template, used[template["key"]], detected, rng)
        used[template["key"]] += 1
        steps = [s for s in _incident_steps(template, facts, rng, ending) if s[1] < midnight]
        for state, at, extra in steps:
            if state == "authority_notified":
                numbers[at.year] += 1
                # the portal's receipt code (the notice keeps its own number)
                extra["reference"] = f"PDP-{at.year}-{numbers[at.year]:06d}"
        plans.append((facts, steps, template["evidence"]))
    return plans


def _incident_facts(template: dict, nth: int, detected: datetime, rng: random.Random) -> dict:
    short, location = template["places"][nth % len(template["places"])]
    occurred = detected - timedelta(minutes=round(rng.uniform(*template["lag"]) * 60))
    subjects = rng.randint(*template["subjects"])
    return {"title": template["titles"][nth % len(template["titles"])].format(place=short),
            "occurred_at": occurred.isoformat(timespec="seconds"),
            "detected_at": detected.isoformat(timespec="seconds"), "location": location,
            "description": template["description"], "cause": template["cause"],
            "data_categories": list(template["categories"]),
            "exposed_items": list(template["items"]), "subjects_count": subjects,
            "records_count": subjects * rng.randint(*template["per_subject"]),
            "consequences": template["consequences"], "severity": template.get("severity", ""),
            "measures": template["measures"],
            "measures_planned": template["planned"], "reporter": template["reporter"],
            "parties_involved": template["parties"]}


def _incident_steps(template: dict, facts: dict, rng: random.Random,
                    ending: str | None) -> list[tuple[str, datetime, dict]]:
    """The workflow as the DPO ran it; cut after `ending` for an incident still open."""
    from dpo_desk.core import incidents

    detected = datetime.fromisoformat(facts["detected_at"])

    def after(hours: float) -> datetime:
        return detected + timedelta(minutes=round(hours * 60))

    judged = {"decision": template["decision"], "assessment": template["assessment"]}
    if not rules.no_notify_allowed(incidents.regime(facts)):  # DOMAIN D4.3: no threshold
        judged = {"decision": "notify", "assessment": f"{template['assessment']} "
                  "Nghị định 13/2023/NĐ-CP yêu cầu thông báo mọi vi phạm."}
    if template.get("contain_first"):  # wipe the device first, judge the harm afterwards
        contained = rng.uniform(0.5, 4)
        assessed = contained + rng.uniform(1, 12)
        steps = [("contained", after(contained), {}), ("assessed", after(assessed), judged)]
    else:
        assessed = rng.uniform(1, 10)
        contained = assessed + rng.uniform(1, 20)
        steps = [("assessed", after(assessed), judged), ("contained", after(contained), {})]
    handled = max(assessed, contained)
    if judged["decision"] == "no_notify":
        steps.append(("closed", after(handled + rng.uniform(48, 400)), {}))
    else:
        late = ending is None and rng.random() < 0.2
        sent = rng.uniform(80, 150) if late else rng.uniform(max(handled + 1, 18), 60)
        notice = {"channel": "portal" if rng.random() < 0.7 else "agency"}
        if after(sent) > incidents.notify_by(facts):  # DOMAIN D4.2: say why it is late
            found_after = detected - datetime.fromisoformat(facts["occurred_at"])
            hours = found_after.total_seconds() / 3600
            if incidents.regime(facts) == rules.REGIME_DECREE_13 and hours >= 24:
                # under Decree 13 the clock ran from the occurrence, before anyone knew
                delay = f"{round(hours)} giờ" if hours < 48 else f"{round(hours / 24)} ngày"
                notice["late_reason"] = FOUND_LATE.format(delay=delay)
            else:
                notice["late_reason"] = rng.choice(LATE_REASONS)
        steps.append(("authority_notified", after(sent), notice))
        if ending == "subjects_notified" or rng.random() < template["tell"]:
            steps.append(("subjects_notified", after(sent + rng.uniform(1, 8)), {}))
        steps.append(("closed", after(sent + rng.uniform(240, 1000)), {}))
    if ending is not None:
        reached = [n for n, step in enumerate(steps) if step[0] == ending]
        steps = steps[:reached[-1] + 1] if reached else []
    return steps


def _add_generated_incidents(desk: Desk, count: int, *, seed: int, profile: dict,
                             today: date) -> None:
    """The breach history (`incident_plans`), written through the incident workflow, with
    the evidence of most incidents inserted in one go."""
    from dpo_desk.core import incidents

    files = random.Random(seed * 7717 + 11)
    midnight = datetime.combine(today, time(0), clock.zone())
    rows = []
    for facts, steps, evidence in incident_plans(today, count, seed=seed):
        incident_id = incidents.create(desk, facts)
        for state, at, extra in steps:  # the history: its documents are not kept
            incidents.transition(desk, incident_id, state,
                                 at=at.isoformat(timespec="seconds"), keep=False, **extra)
        if files.random() < 0.1:
            continue  # not every incident has files
        detected = datetime.fromisoformat(facts["detected_at"])
        last = steps[-1][1] if steps else midnight - timedelta(minutes=1)
        for kind in evidence:
            added = min(detected + timedelta(minutes=files.randint(20, 240)), last)
            name, content = _evidence_file(kind, facts, files, profile, added)
            rows.append(attachment_row("incidents", incident_id, name, content,
                                       added.isoformat(timespec="seconds")))
    desk.insert_many("attachments", rows, note=Event("demo_evidence"))


def _evidence_file(kind: str, facts: dict, rng: random.Random, profile: dict,
                   at: datetime) -> tuple[str, bytes]:
    if kind == "log":
        return "nhat-ky-truy-cap.log", access_log(facts, rng)
    if kind == "screenshot":
        return "anh-chup-man-hinh.png", screenshot(rng)
    if kind == "photo":
        return "anh-hien-truong.png", scene_photo(rng)
    if kind == "email":
        return "email-bao-cao.eml", report_email(facts, profile, at)
    return "bien-ban-ghi-nhan.txt", incident_minutes(facts, profile, at)


def access_log(facts: dict, rng: random.Random) -> bytes:
    """The system's access log around the incident, as exported for the file."""
    start = datetime.fromisoformat(facts["occurred_at"]) - timedelta(minutes=30)
    end = datetime.fromisoformat(facts["detected_at"]) + timedelta(minutes=30)
    span = max(60, int((end - start).total_seconds()))
    users = ("nv.cskh07", "nv.kho12", "admin", "svc-backup", "nv.kd03", "unknown")
    actions = (("login", "success"), ("login", "failed"), ("view", "ok"), ("search", "ok"),
               ("export", "ok"), ("download", "ok"))
    lines = []
    for offset in sorted(rng.randrange(span) for _ in range(rng.randint(40, 90))):
        moment = (start + timedelta(seconds=offset)).isoformat(timespec="seconds")
        action, result = rng.choice(actions)
        ip = (f"203.0.113.{rng.randint(2, 254)}" if rng.random() < 0.3
              else f"10.0.{rng.randint(0, 9)}.{rng.randint(2, 254)}")
        level = "WARN" if result == "failed" or action == "export" else "INFO"
        lines.append(f"{moment} {level:<4} user={rng.choice(users)} ip={ip} action={action} "
                     f"result={result}")
    return ("\n".join(lines) + "\n").encode("utf-8")


def report_email(facts: dict, profile: dict, at: datetime) -> bytes:
    """The first report of the incident as it reached the DPO's mailbox."""
    domain = profile["email"].partition("@")[2] or "example.vn"
    return (f"From: {facts['reporter']} <baocao@{domain}>\n"
            f"To: {profile['dpo_name']} <{profile['dpo_email'] or profile['email']}>\n"
            f"Subject: Báo cáo sự cố: {facts['title']}\n"
            f"Date: {format_datetime(at)}\nMIME-Version: 1.0\n"
            f"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
            f"Kính gửi bộ phận bảo vệ dữ liệu cá nhân,\n\n{facts['description']}\n\n"
            f"Thời điểm phát hiện: {facts['detected_at']}\nĐịa điểm: {facts['location']}\n"
            f"Biện pháp ban đầu: {facts['measures']}\n\nTrân trọng,\n{facts['reporter']}\n"
            ).encode()


def incident_minutes(facts: dict, profile: dict, at: datetime) -> bytes:
    """The internal record drawn up when the incident was reported."""
    return (f"{profile['company_name']}\n\nBIÊN BẢN GHI NHẬN SỰ CỐ DỮ LIỆU CÁ NHÂN\n\n"
            f"Thời gian lập: {at.strftime('%H:%M ngày %d/%m/%Y')}\n"
            f"Địa điểm xảy ra: {facts['location']}\n"
            f"Thành phần: {profile['dpo_name']} (bảo vệ dữ liệu cá nhân); đại diện "
            f"{facts['reporter']}\n\n1. Diễn biến: {facts['description']}\n"
            f"2. Nguyên nhân ban đầu: {facts['cause']}\n"
            f"3. Dữ liệu liên quan: {'; '.join(facts['data_categories'])}\n"
            f"4. Số chủ thể dữ liệu: {facts['subjects_count']}\n"
            f"5. Biện pháp đã áp dụng: {facts['measures']}\n\n"
            f"Biên bản lập thành 02 bản, mỗi bên giữ 01 bản.\n").encode()


# -- filling a database ---------------------------------------------------------------------

BATCH = 5000


def _add_complaints(desk: Desk, count: int, *, seed: int, profile: dict,
                    now: datetime) -> None:
    """`count` cases with their register links and files, inserted in bulk."""
    rows = complaints_rows(desk, count, seed=seed, now=now)
    files, links = case_evidence(rows, seed=seed, company=profile["company_name"],
                                 checked_by=profile["dpo_name"] or "demo")
    ids = []
    for start in range(0, len(rows), BATCH):
        ids += desk.insert_many("complaints", rows[start:start + BATCH], note=Event("demo_data"))
    entries = {fold(r["name"]): r["id"] for r in desk.rows("SELECT id, name FROM register_entries")}
    link_rows = [{"complaint_id": ids[n], "entry_id": entries[fold(name)]}
                 for n, names in links.items() for name in names if fold(name) in entries]
    file_rows = [attachment_row("complaints", ids[n], name, content, added)
                 for n, found in files.items() for name, content, added in found]
    for table, batch in (("complaint_register_links", link_rows), ("attachments", file_rows)):
        for start in range(0, len(batch), BATCH):
            desk.insert_many(table, batch[start:start + BATCH], note=Event("demo_data"))


def fill(desk: Desk, *, seed: int = 1, complaints: int = 0, incidents: bool = True,
         generated_incidents: int | None = None, now: datetime | None = None
         ) -> dict[str, str]:
    """Write the demo company (audited): its profile, its register, its incidents and
    `complaints` cases; returns the profile. Entries already in the register (by name) are
    left as they are; incidents are added only to a database without any.

    The incidents: the four written by hand, plus a generated breach history of
    `generated_incidents`, by default one per 2,500 cases (at most 80): a company that
    receives 100,000 requests in two years is a big one, while the small demos keep their
    four incidents (and the figures of reports made from them).

    Everything is dated up to `now` (default: the clock's), never after it."""
    now = now or clock.now()
    rng = random.Random(seed)
    company = rng.choice(COMPANIES)
    name, tax_code, address_line, domain = company
    representative, position, issuer = REPRESENTATIVES[COMPANIES.index(company)]
    profile = {
        "company_name": name,
        "tax_code": tax_code,
        "address": address_line,
        "phone": f"028 {rng.randint(3800, 3999)} {rng.randint(1000, 9999)}",
        "email": f"lienhe@{domain}",
        "dpo_name": rng.choice(DPO_NAMES),
        "dpo_title": rng.choice(DPO_TITLES),
        "dpo_phone": f"09{rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(100, 999)}",
        "dpo_email": f"dpo@{domain}",
        # the enterprise code is the registration number (Law on Enterprises 2020, Art. 29)
        "registration_number": tax_code, "registration_issuer": issuer,
        "legal_representative": representative, "legal_representative_title": position,
    }
    if generated_incidents is None:
        generated_incidents = min(complaints // CASES_PER_INCIDENT, MAX_GENERATED_INCIDENTS)
    with desk.transaction():
        stored = settings.update(desk, profile)
        present = register.folded_names(desk)
        for entry in REGISTER:
            if fold(entry["name"]) not in present:
                register.create(desk, entry)
        if incidents and not desk.scalar("SELECT count(*) FROM incidents"):
            _add_incidents(desk, now)
            _add_generated_incidents(desk, generated_incidents, seed=seed, profile=stored,
                                     today=now.date())
        if complaints:
            _add_complaints(desk, complaints, seed=seed, profile=stored, now=now)
    return stored
