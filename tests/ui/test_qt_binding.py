"""The Qt binding in use keeps Python's own objects intact.

PySide6-Essentials 6.12.0 under CPython 3.11 drops a reference to None on every Qt call that
returns nothing and aborts the interpreter after ~20,000 of them (pyproject pins < 6.12). On
Python 3.12 and later None is immortal, so its reference count proves nothing there: what
every version must show is that a program making many such calls lives on.
"""

import subprocess
import sys

CALLS = 60_000  # three times what aborted 6.12.0

PROGRAM = f"""
from PySide6.QtWidgets import QApplication, QLineEdit
app = QApplication([])
edit = QLineEdit()
for _ in range({CALLS}):
    edit.setText("Nguyễn")
print("alive", edit.text())
"""


def test_many_void_qt_calls_leave_the_interpreter_alive():
    done = subprocess.run([sys.executable, "-c", PROGRAM], capture_output=True, text=True,
                          encoding="utf-8", timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "alive Nguyễn"

