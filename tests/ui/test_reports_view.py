"""The Reports screen on a real database: each report made in the worker and shown in the
embedded preview, the period (core's default, none for the register), and Cancel, at once
and while a report over thousands of cases is being made. Checks read states, object
names and the PDFs, never the wording of the interface."""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest
from pypdf import PdfReader

from dpo_desk.core import clock, demo, reports, settings
from dpo_desk.ui.app import apply_preferences, build_window
from dpo_desk.ui.reports_view import KINDS
from tests.ui.conftest import close_now


@pytest.fixture
def window(app, qtbot, desk):
    demo.fill(desk, seed=1, complaints=20)
    apply_preferences(app, desk)
    main = build_window(desk)
    main.show()
    qtbot.waitExposed(main)
    qtbot.waitUntil(lambda: main.started)  # shortcuts, first view: right after the paint
    main.show_view("reports")
    yield main
    main.desk.unsubscribe(main._on_data_changed)
    close_now(main)


@pytest.fixture
def view(window):
    return window.view("reports")


def pdf_text(path) -> str:
    text = " ".join(page.extract_text() for page in PdfReader(path).pages)
    return " ".join(unicodedata.normalize("NFC", text).split())


def test_the_reports_screen_replaces_the_placeholder(window, view):
    assert type(view).__name__ == "ReportsView" and view.name == "reports"
    assert window.current_view() is view
    assert not view.preview.has_document() and view.preview.placeholder.isVisible()


@pytest.mark.parametrize("kind", KINDS)
def test_each_report_is_made_in_the_worker_and_shown(view, kind, tmp_path):
    view.set_kind(kind)
    view.generate()
    assert view.state == "running" and view.cancel_button.isVisible()
    assert not view.generate_button.isEnabled()
    view.wait_until_idle()
    assert view.state == "shown" and view.shown_kind == kind
    saved = view.preview.save_to(tmp_path / f"{kind}.pdf")
    assert view.preview.page_count() == len(PdfReader(saved).pages) >= 1
    assert settings.get(view.desk, "company_name") in pdf_text(saved)
    assert view.preview.save_button.isEnabled() and view.preview.print_button.isEnabled()
    assert not view.progress.isVisible() and not view.cancel_button.isVisible()


def test_the_period_defaults_to_core_and_is_off_for_the_register(view):
    assert view.period() == reports.default_range(clock.today())
    view.set_kind("register")
    assert not view.start_edit.isEnabled() and not view.end_edit.isEnabled()
    view.set_kind("incidents")
    assert view.start_edit.isEnabled() and view.end_edit.isEnabled()


def test_a_period_that_ends_before_it_starts_is_refused(view):
    view.set_kind("complaints")
    view.set_period(date(2026, 3, 1), date(2026, 1, 1))
    view.generate()
    view.wait_until_idle()
    assert view.state == "refused" and not view.preview.has_document()
    assert view.status.isVisible()


def test_cancel_at_once_makes_no_report(view):
    view.set_kind("complaints")
    view.generate()
    view.cancel_button.click()
    view.wait_until_idle()
    assert view.state == "cancelled" and not view.preview.has_document()
    assert view.generate_button.isEnabled()


def test_cancel_while_a_long_report_is_being_made(app, qtbot, desk):
    """Thousands of cases: Cancel, pressed at the first progress the worker reports, stops
    the report at its next step."""
    demo.fill(desk, seed=2, complaints=3000)
    apply_preferences(app, desk)
    main = build_window(desk)
    try:
        main.show_view("reports")
        view = main.view("reports")
        seen = []

        def cancel(done: int, total: int) -> None:
            seen.append((done, total))
            view.cancel()

        view.runner.progressed.connect(cancel)
        view.set_kind("complaints")
        view.generate()
        view.wait_until_idle()
        assert seen and seen[0][0] < seen[0][1]  # cancelled part-way
        assert view.state == "cancelled" and not view.preview.has_document()
    finally:
        main.desk.unsubscribe(main._on_data_changed)
        close_now(main)


def test_a_change_of_data_marks_the_report_shown_as_out_of_date(view):
    view.set_kind("register")
    view.generate()
    view.wait_until_idle()
    assert view.state == "shown" and not view.stale
    settings.update(view.desk, {"phone": "028 1111 2222"})
    assert view.stale and view.preview.has_document()
