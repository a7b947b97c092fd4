"""The Qt binding in use keeps Python's own objects intact.

PySide6-Essentials 6.12.0 under CPython 3.11 drops a reference to None on every Qt call that
returns nothing and aborts the interpreter after ~20,000 of them (pyproject pins < 6.12).
"""

import sys

from PySide6.QtWidgets import QLineEdit


def test_void_qt_calls_do_not_eat_references_to_none(qapp):
    edit = QLineEdit()
    before = sys.getrefcount(None)
    for _ in range(5000):
        edit.setText("Nguyễn")
    assert sys.getrefcount(None) >= before - 50
