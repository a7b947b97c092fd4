"""A missing font or translation at start-up: a clear message naming the files, and the app
falls back (system font, English texts) instead of crashing."""

import shutil

from dpo_desk.core import paths
from dpo_desk.ui.app import create_app, missing_resources_message


def test_missing_font_and_translation_are_named_and_english_is_used(qapp, tmp_path,
                                                                     monkeypatch):
    broken = tmp_path / "resources"
    shutil.copytree(paths.resources_dir(), broken)
    (broken / "fonts" / "NotoSans-Bold.ttf").unlink()
    (broken / "i18n" / "dpo_desk_vi.qm").write_bytes(b"not a translation")
    monkeypatch.setattr(paths, "resources_dir", lambda: broken)
    app = create_app()
    try:
        assert app.translations.set_language("vi") is False
        assert app.translations.language == "en"  # the fallback
        message = missing_resources_message(app)
        assert "NotoSans-Bold.ttf" in message and "dpo_desk_vi.qm" in message
    finally:
        monkeypatch.undo()
        create_app()
        app.translations.set_language("vi")
    assert missing_resources_message(app) is None
