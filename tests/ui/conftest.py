"""Fixtures for the widget tests: the real app set-up (fonts, style, translations) over a real
database file, driven with pytest-qt offscreen."""

from __future__ import annotations

import os
from pathlib import Path

# A 1920x1200 offscreen screen (the default is 800x800, smaller than the window).
os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={Path(__file__).with_name('screen.json')}"

import pytest  # noqa: E402
from PySide6.QtCore import QCoreApplication, QEvent, QSettings  # noqa: E402

from dpo_desk.core import demo, settings  # noqa: E402
from dpo_desk.ui.app import apply_preferences, build_window, create_app  # noqa: E402


@pytest.fixture
def app(qapp):
    application = create_app()
    QSettings().clear()  # no geometry or view remembered from another test
    return application


@pytest.fixture
def profiled_desk(desk):
    """A database with the demo company profile filled in."""
    demo.fill(desk, seed=1)
    return desk


@pytest.fixture
def window(app, qtbot, profiled_desk):
    apply_preferences(app, profiled_desk)
    main = build_window(profiled_desk)
    main.show()
    qtbot.waitExposed(main)
    qtbot.waitUntil(lambda: main.started)  # the work done right after the first paint
    yield main
    main.desk.unsubscribe(main._on_data_changed)
    close_now(main)


def close_now(widget) -> None:
    """Close and delete a window before its database is closed."""
    widget.close()
    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def set_language(desk, language: str) -> None:
    settings.update(desk, {"language": language})
