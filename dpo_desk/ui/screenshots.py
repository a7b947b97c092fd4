"""`dpo-desk gui --screenshot DIR`: every main view and dialog rendered to PNG, offscreen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from dpo_desk.core import settings
from dpo_desk.core.errors import ValidationError
from dpo_desk.ui.dialogs.first_run import FirstRunDialog

SIZE = (1280, 800)


def _save(widget: QWidget, folder: Path, name: str, written: list[Path]) -> None:
    if widget.isWindow() and widget.parent() is not None:
        widget.show()
        QApplication.processEvents()
        widget.adjustSize()
    QApplication.processEvents()
    path = folder / f"{name}.png"
    if not widget.grab().save(str(path)):
        raise OSError(f"cannot write {path}")
    written.append(path)


def capture_all(window, folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    window.resize(*SIZE)
    window.show()
    from dpo_desk.ui.main_window import VIEW_NAMES

    for name in VIEW_NAMES:
        window.show_view(name)
        _save(window, folder, f"view-{name}", written)

    dialog = FirstRunDialog(window.desk, window)
    dialog.form.set_values({})
    _save(dialog, folder, "dialog-first-run", written)
    dialog.form.set_values({"company_name": "Công ty TNHH Sen Vàng", "tax_code": "03123",
                            "address": "", "dpo_name": "Nguyễn Thị Lan",
                            "dpo_phone": "12", "dpo_email": "lan@"})
    try:
        settings.validate(dialog.form.values())
    except ValidationError as error:
        dialog.form.show_errors(error)
    _save(dialog, folder, "dialog-first-run-errors", written)
    dialog.hide()
    dialog.deleteLater()

    about = window.about_dialog()
    _save(about, folder, "dialog-about", written)
    about.hide()
    check = window.check_dialog()
    _save(check, folder, "dialog-check", written)
    check.hide()
    window.hide()
    return written
