"""The one form frame: each of core's messages under its field, the rest in the summary, and
a field's error gone as soon as the field is fixed (core asked again), not before."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from dpo_desk.core.errors import FieldError, ValidationError
from dpo_desk.ui.form import FormFrame


def test_a_wrong_field_clears_once_core_accepts_it_and_stays_while_it_is_wrong(window,
                                                                                qtbot):
    view = window.view("settings")
    window.show_view("settings")
    form = view.form
    form.inputs["dpo_email"].setText("not-an-email")
    form.inputs["tax_code"].setText("12345")
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert form.frame.shown() == {"dpo_email", "tax_code"}

    email = form.inputs["dpo_email"]
    email.clear()
    qtbot.keyClicks(email, "dpo@")  # still not an address: the error stays
    assert "dpo_email" in form.frame.shown()
    assert email.property("invalid") is True
    qtbot.keyClicks(email, "congty.vn")  # fixed: gone at once, the other one stays
    assert form.frame.shown() == {"tax_code"}
    assert email.property("invalid") is False
    assert form.inputs["tax_code"].property("invalid") is True


def test_without_a_check_editing_a_field_clears_its_error_and_others_go_to_the_summary(qtbot):
    holder = QWidget()
    qtbot.addWidget(holder)
    summary = QLabel()
    frame = FormFrame(summary, names=lambda: {"other": "Other field"})
    form = QFormLayout(holder)
    edit = QLineEdit()
    frame.row(form, "name", edit)
    frame.show_errors(ValidationError([FieldError("name", "Required"),
                                       FieldError("other", "Too long")]), "Not saved.")
    assert frame.shown() == {"name"} and frame.error_text("name")
    assert summary.text().splitlines()[0] == "Not saved."
    assert summary.text().splitlines()[1].startswith("Other field: ")
    qtbot.keyClicks(edit, "An")
    assert frame.shown() == set() and edit.property("invalid") is False
    frame.clear_errors()
    assert summary.text() == ""
