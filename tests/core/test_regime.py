"""Which law answers each question, by date (DOMAIN D1; `rules`): every boundary between
31/12/2025 and 01/01/2026, and the incidents and cases that ask it, on a real database."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from dpo_desk.core import clock, complaints, demo, incidents, rules
from dpo_desk.core.catalogue import Lookup, shipped
from dpo_desk.core.errors import ValidationError

ICT = timezone(timedelta(hours=7))
LAST_2025 = date(2025, 12, 31)
FIRST_2026 = date(2026, 1, 1)


@pytest.mark.parametrize(("day", "regime"), [
    (date(2023, 7, 1), rules.REGIME_DECREE_13), (LAST_2025, rules.REGIME_DECREE_13),
    (FIRST_2026, rules.REGIME_LAW_91), (date(2027, 6, 1), rules.REGIME_LAW_91)])
def test_the_law_in_force_on_a_day(day, regime):
    assert rules.regime_on(day) == regime


def test_the_notice_form_follows_the_sending_day():
    assert rules.notice_form(LAST_2025) == rules.FORM_03
    assert rules.notice_form(FIRST_2026) == rules.FORM_08


def test_the_minutes_cite_the_law_of_the_day_they_are_drawn_up():
    assert rules.MINUTES_BASIS[rules.minutes_basis(LAST_2025)].vi.startswith(
        "khoản 5 Điều 23 Nghị định số 13/2023/NĐ-CP")
    assert rules.MINUTES_BASIS[rules.minutes_basis(FIRST_2026)].vi.startswith(
        "khoản 2 Điều 23 Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15")


def test_the_discovery_day_in_vietnam_decides_a_breach():
    # 23:30 on 31/12/2025 in Vietnam is 16:30 UTC; 00:30 on 1/1/2026 is 17:30 UTC
    assert rules.breach_regime(datetime(2025, 12, 31, 16, 30, tzinfo=UTC), ICT) == \
        rules.REGIME_DECREE_13
    assert rules.breach_regime(datetime(2025, 12, 31, 17, 30, tzinfo=UTC), ICT) == \
        rules.REGIME_LAW_91


def test_72_hours_from_occurrence_or_from_discovery():
    occurred = datetime(2025, 12, 30, 8, 0, tzinfo=ICT)
    detected = datetime(2025, 12, 31, 20, 0, tzinfo=ICT)
    assert rules.notify_by(rules.REGIME_DECREE_13, occurred=occurred, detected=detected) == \
        datetime(2026, 1, 2, 8, 0, tzinfo=ICT)
    assert rules.notify_by(rules.REGIME_DECREE_13, occurred=None, detected=detected) == \
        datetime(2026, 1, 3, 20, 0, tzinfo=ICT)
    assert rules.notify_by(rules.REGIME_LAW_91, occurred=occurred, detected=detected) == \
        datetime(2026, 1, 3, 20, 0, tzinfo=ICT)


def test_no_notification_is_an_assessment_only_law_91_allows():
    assert rules.no_notify_allowed(rules.REGIME_LAW_91)
    assert not rules.no_notify_allowed(rules.REGIME_DECREE_13)


# -- the catalogue by law -------------------------------------------------------------------

@pytest.mark.parametrize(("code", "before", "after"), [
    ("ORDER_HISTORY", ("basic", "Điều 2 khoản 3 điểm k"), ("sensitive", "Điều 4 khoản 1 điểm l")),
    ("CMND_NUMBER", ("basic", "Điều 2 khoản 3 điểm g"), ("basic", "Điều 3 khoản 11")),
    ("CCCD_IMAGE", ("basic", "Điều 2 khoản 3 điểm g"), ("sensitive", "Điều 4 khoản 1 điểm i")),
    ("TAX_CODE_PERSONAL", ("basic", "Điều 2 khoản 3 điểm g"), ("basic", "Điều 3 khoản 11")),
    ("IP_ADDRESS", ("basic", "Điều 2 khoản 3 điểm k"), ("sensitive", "Điều 4 khoản 1 điểm l")),
    ("GPS_LOCATION", ("sensitive", "Điều 2 khoản 4 điểm i"),
     ("sensitive", "Điều 4 khoản 1 điểm h")),
    ("HEALTH_RECORD", ("sensitive", "Điều 2 khoản 4 điểm b"),
     ("sensitive", "Điều 4 khoản 1 điểm d")),
    ("FINGERPRINT", ("sensitive", "Điều 2 khoản 4 điểm đ"),
     ("sensitive", "Điều 4 khoản 1 điểm đ")),
    ("BANK_CARD", ("sensitive", "Điều 2 khoản 4 điểm h"), ("sensitive", "Điều 4 khoản 1 điểm k")),
])
def test_each_item_is_classified_by_the_list_of_its_law(code, before, after):
    item = next(i for i in shipped() if i.code == code)
    old = item.under(rules.catalogue_regime(rules.REGIME_DECREE_13))
    assert (old.category_type, old.article) == before
    # cited in the Vietnamese order: "điểm k khoản 3 Điều 2 Nghị định số 13/2023/NĐ-CP"
    assert old.reason("vi") == f"{rules.vietnamese_order(before[1])} Nghị định số 13/2023/NĐ-CP"
    assert old.reason("en") == f"{old.article_en} of Decree No. 13/2023/NĐ-CP"
    assert old.decree == "13/2023/NĐ-CP"
    new = old.under(rules.catalogue_regime(rules.REGIME_LAW_91))
    assert (new.category_type, new.article) == after and new.decree == "356/2025/NĐ-CP"


def test_every_item_names_a_point_of_decree_13():
    from dpo_desk.core.catalogue import decree_13_points

    points = decree_13_points()
    assert len([p for p in points.values() if p.category_type == "basic"]) == 11  # 2(3)(a)-(l)
    assert len([p for p in points.values() if p.category_type == "sensitive"]) == 10  # 2(4)
    for item in shipped():
        assert item.decree_13 in points, item.code


# -- incidents and cases on a database ----------------------------------------------------

FACTS = {
    "title": "Email bảng lương gửi nhầm", "location": "Hệ thống email nội bộ",
    "description": "Bảng lương gửi nhầm cho toàn công ty", "data_categories": ["Hồ sơ nhân sự"],
    "subjects_count": 86, "consequences": "Lộ thu nhập", "measures": "Thu hồi email",
}


@pytest.fixture
def shop(desk):
    clock.freeze(datetime(2026, 1, 2, 3, 0, tzinfo=UTC))  # 10:00 on 2/1/2026 in Vietnam
    demo.fill(desk, seed=1, incidents=False)
    return desk


def test_a_2025_incident_cannot_be_assessed_as_not_to_notify(shop):
    old = incidents.create(shop, {**FACTS, "occurred_at": "2025-12-31T08:00:00+07:00",
                                  "detected_at": "2025-12-31T21:00:00+07:00"})
    with pytest.raises(ValidationError) as caught:
        incidents.transition(shop, old, "assessed", decision="no_notify",
                             assessment="Không gây thiệt hại")
    assert [e.field for e in caught.value.errors] == ["notify_decision"]
    with pytest.raises(ValidationError):
        incidents.update(shop, old, {"notify_decision": "no_notify"})
    # the clock runs regardless: 72 h from occurrence end at 08:00 on 3/1/2026
    clock.freeze(datetime(2026, 1, 3, 2, 0, tzinfo=UTC))
    assert incidents.get(shop, old)["late"] is True
    assert [i["id"] for i in incidents.awaiting_notice(shop)] == [old]


def test_a_2025_no_notify_on_file_is_still_late_and_awaiting_notice(shop):
    """A decision recorded before this rule existed (an older version, a hand edit) does not
    stop the clock of a Decree 13 incident."""
    old = incidents.create(shop, {**FACTS, "occurred_at": "2025-12-30T08:00:00+07:00",
                                  "detected_at": "2025-12-30T09:00:00+07:00"})
    with shop.conn:
        shop.conn.execute("UPDATE incidents SET notify_decision = 'no_notify', status = "
                          "'assessed' WHERE id = ?", (old,))
    assert incidents.get(shop, old)["late"] is True
    assert old in [i["id"] for i in incidents.awaiting_notice(shop)]
    with pytest.raises(ValidationError) as caught:
        incidents.transition(shop, old, "closed")
    assert [e.field for e in caught.value.errors] == ["state"]  # notify before closing


def test_a_2026_incident_may_be_assessed_as_not_to_notify(shop):
    new = incidents.create(shop, {**FACTS, "occurred_at": "2025-12-31T23:00:00+07:00",
                                  "detected_at": "2026-01-01T00:10:00+07:00"})
    found = incidents.transition(shop, new, "assessed", decision="no_notify",
                                 assessment="Email nội bộ đã thu hồi, không gây thiệt hại")
    assert found["regime"] == "law-91-2025" and found["late"] is False
    assert found["notify_by"] == "2026-01-04T00:10:00+07:00"  # from discovery


def test_a_2025_breach_is_classified_by_decree_13(shop):
    facts = {**FACTS, "data_categories": ["Khách hàng mua hàng trực tuyến"]}
    old = incidents.get(shop, incidents.create(shop, {
        **facts, "occurred_at": "2025-12-31T08:00:00+07:00",
        "detected_at": "2025-12-31T09:00:00+07:00"}))
    new = incidents.get(shop, incidents.create(shop, {
        **facts, "occurred_at": "2026-01-01T08:00:00+07:00",
        "detected_at": "2026-01-01T09:00:00+07:00"}))
    # the entry holds order history: basic under Decree 13 Art. 2(3)(k), sensitive after
    assert old["sensitive"] is False and new["sensitive"] is True


def test_free_text_categories_find_the_catalogue_through_aliases(shop):
    found = incidents.get(shop, incidents.create(shop, {
        **FACTS, "data_categories": ["GPS", "số CMND", "Vân tay", "ho va ten"],
        "occurred_at": "2026-01-01T08:00:00+07:00", "detected_at": "2026-01-01T09:00:00+07:00"}))
    assert [c["catalogue_item"] for c in found["categories"]] == [
        "GPS_LOCATION", "CMND_NUMBER", "FINGERPRINT", "B01"]
    assert found["sensitive"] is True
    assert found["subjects_notify_by"] == "2026-01-04T09:00:00+07:00"  # Decree 356 Art. 29


@pytest.mark.parametrize(("received", "kind", "legal_due"), [
    ("2025-12-29", "deletion", "2026-01-01"),     # 72 h: received + 3 days, a holiday or not
    ("2025-12-31", "provide", "2026-01-03"),
    ("2025-12-31", "correction", None),           # Decree 13: "as soon as possible"
    ("2026-01-01", "deletion", "2026-01-21"),     # Decree 356 Art. 5(4): 20 days
])
def test_requests_take_the_law_of_their_receipt_day(shop, received, kind, legal_due):
    case = complaints.get(shop, complaints.create(shop, {
        "received_on": received, "channel": "email", "requester_name": "Lê Thị Mai",
        "kind": kind, "complexity": "simple", "summary": "Xóa tài khoản"}))
    assert case["legal_due"] == legal_due
    if legal_due and received < "2026":
        assert case["binding"] == "law" and case["due"] == legal_due and case["ack_due"] is None


def test_a_2025_deletion_answered_in_5_days_was_late(shop):
    case_id = complaints.create(shop, {
        "received_on": "2025-12-26", "channel": "email", "requester_name": "Lê Thị Mai",
        "kind": "deletion", "complexity": "simple", "summary": "Xóa tài khoản"})
    assert complaints.get(shop, case_id, today=date(2025, 12, 31))["overdue"] is True
    with pytest.raises(ValidationError) as caught:  # Decree 13 knew no extension
        complaints.extend(shop, case_id, 5, "Chờ bên xử lý")
    assert "khoản 5 Điều 16 Nghị định số 13/2023/NĐ-CP" in str(caught.value.errors[0].params)


def test_the_lookup_classifies_by_the_law_asked(shop):
    assert Lookup(shop).find("lịch sử mua hàng").sensitive
    assert not Lookup(shop, law=rules.CATALOGUE_DECREE_13).find("lịch sử mua hàng").sensitive
