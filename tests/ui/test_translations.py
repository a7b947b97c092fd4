"""Both languages are complete: every user-visible string in the code has a finished
Vietnamese and English translation, and the built .qm files load."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest

from dpo_desk.core.paths import resource

ROOT = Path(__file__).resolve().parents[2]
LUPDATE = Path(sys.executable).with_name("pyside6-lupdate")


def sources() -> list[str]:
    return sorted(str(p) for p in (ROOT / "dpo_desk").rglob("*.py"))


@pytest.mark.parametrize("language", ["vi", "en"])
def test_every_string_in_the_code_is_translated(tmp_path, language):
    copy = tmp_path / f"dpo_desk_{language}.ts"
    shutil.copy(resource("i18n", f"dpo_desk_{language}.ts"), copy)
    done = subprocess.run([str(LUPDATE), "-locations", "none", "-no-obsolete", *sources(),
                           "-ts", str(copy)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    unfinished = []
    for context in ElementTree.parse(copy).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
            if translation.get("type") in ("unfinished", "vanished", "obsolete") or \
                    not all(forms):
                unfinished.append(f"{context.findtext('name')}: {message.findtext('source')}")
    assert unfinished == []


def test_vietnamese_core_messages_keep_their_placeholders():
    tree = ElementTree.parse(resource("i18n", "dpo_desk_vi.ts"))
    import re

    for message in tree.getroot().iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
        for form in forms:
            assert set(re.findall(r"\{\w*\}", source)) == set(re.findall(r"\{\w*\}", form)), \
                source


def test_built_translations_load(qapp):
    from dpo_desk.ui.app import create_app

    translations = create_app().translations
    assert translations.set_language("vi"), translations.missing
    assert qapp.translate("MainWindow", "Dashboard") == "Tổng quan"
    assert qapp.translate("QPlatformTheme", "Cancel") == "Hủy"
    assert translations.set_language("en")
    assert qapp.translate("MainWindow", "Dashboard") == "Dashboard"


def test_qt_own_dialogs_speak_vietnamese(app, qtbot):
    """The file, print, page set-up and colour dialogs Qt draws itself: every string they ask
    for has a Vietnamese translation (resources/i18n/qt_vi.ts; Qt ships none). Left out: paper
    size names (A4, Letter), key names (Ctrl, Shift) and two internal strings."""
    from PySide6.QtCore import QTranslator
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
    from PySide6.QtWidgets import QColorDialog, QFileDialog

    missed: set[tuple[str, str]] = set()

    class Recorder(QTranslator):
        """Installed first, so asked last: it sees only what no translation answered."""

        def translate(self, context, source, disambiguation=None, n=-1):
            missed.add((context, source))

        def isEmpty(self) -> bool:  # noqa: N802 - Qt override
            return False

    recorder = Recorder(app)
    app.translations.set_language("en")  # removes ours, so that the recorder is asked last
    app.installTranslator(recorder)
    try:
        assert app.translations.set_language("vi")
        printer = QPrinter()
        save = QFileDialog(None, "", "", "PDF (*.pdf)")
        save.setOption(QFileDialog.Option.DontUseNativeDialog)
        save.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        for dialog in (save, QPrintDialog(printer), QPrintPreviewDialog(printer),
                       QColorDialog()):
            qtbot.addWidget(dialog)
            dialog.show()
            app.processEvents()
            dialog.hide()
    finally:
        app.removeTranslator(recorder)
    untranslated = sorted((c, s) for c, s in missed if c.startswith("Q") and s and c not in (
        "QPageSize", "QShortcut", "QGuiApplication", "QMimeType"))
    assert untranslated == []
    assert app.translate("QFileDialog", "Files of &type:") == "&Loại tệp:"
    assert app.translate("QPrintDialog", "Print to File (PDF)") == "In ra tệp (PDF)"


def test_a_citation_of_core_is_written_in_the_interface_language(app, qtbot):
    """The extension dialog's "At most 10 days (…)" cited the decree in Vietnamese in the
    English interface."""
    from dpo_desk.core import rules
    from dpo_desk.ui.i18n import citation

    source = f"khoản 3 Điều 5 {rules.DECREE_356}"
    app.translations.set_language("en")
    assert citation(source) == "Decree 356, Art. 5(3)"
    assert citation(f"điểm đ khoản 1 Điều 4 {rules.DECREE_356}") == "Decree 356, Art. 4(1)(đ)"
    assert citation(f"Điều 23 {rules.LAW_91}") == "Law 91, Art. 23"
    assert citation("company practice") == "company practice"
    app.translations.set_language("vi")
    assert citation(source) == source


def test_days_left_and_overdue_have_their_plural_forms(app, qtbot):
    """The reminder said "55 day(s) overdue" in English."""
    from dpo_desk.ui.complaints_model import WORDS

    app.translations.set_language("en")
    assert (WORDS.overdue(1), WORDS.overdue(55)) == ("1 day overdue", "55 days overdue")
    assert (WORDS.left(1), WORDS.settled_late(3)) == ("1 day left", "Settled 3 days late")
    app.translations.set_language("vi")
    assert (WORDS.overdue(55), WORDS.left(1)) == ("Quá hạn 55 ngày", "Còn 1 ngày")
