"""Qt translations: the app's own (`dpo_desk_<lang>.qm`) and Qt's standard strings
(`qt_<lang>.qm`: OK, Cancel, file dialogs), both built by `make translations`."""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from dpo_desk.core.paths import resource

if TYPE_CHECKING:
    from dpo_desk.core.audit import Problem
    from dpo_desk.core.errors import DatabaseRefused, FieldError

LANGUAGES = {"vi": "Tiếng Việt", "en": "English"}
DEFAULT_LANGUAGE = "vi"
# The interface language is the user's (QSettings, per user and computer); the database's
# `language` setting only chooses the default language of its letters and reports, so that
# opening another file does not switch the whole interface.
PREFERENCE = "interface/language"
log = logging.getLogger(__name__)


class Translations:
    """Installs the translators of one language; switching sends LanguageChange to every
    widget, which then re-reads its texts."""

    def __init__(self, app: QCoreApplication):
        self.app = app
        self.language = "en"  # the source strings
        self.missing: list[str] = []
        self._translators: list[QTranslator] = []

    @property
    def chosen(self) -> bool:
        """Whether a language was installed (before any database is open, none is)."""
        return bool(self._translators)

    def set_language(self, language: str) -> bool:
        """Switch to `language`; returns False (and stays on English) when a file is missing."""
        for translator in self._translators:
            self.app.removeTranslator(translator)
        self._translators = []
        self.missing = []
        for name in (f"dpo_desk_{language}", f"qt_{language}"):
            path = resource("i18n", f"{name}.qm")
            translator = QTranslator(self.app)
            if translator.load(str(path)):
                self.app.installTranslator(translator)
                self._translators.append(translator)
            elif language != "en":
                self.missing.append(str(path))
        if self.missing:
            log.warning("translation files missing or damaged (English is used instead; in a "
                        "source checkout, `make translations` builds them): %s", self.missing)
        self.language = language if not self.missing or language == "en" else "en"
        QLocale.setDefault(QLocale(QLocale.Language.Vietnamese if self.language == "vi"
                                   else QLocale.Language.English))
        # Deliver the LanguageChange events now: every widget shows the new language on return.
        from PySide6.QtCore import QEvent  # its ~2 ms enum, not before the window's first paint

        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        return not self.missing


def preferred_language(database_language: str | None = None, *, remember: bool = True) -> str:
    """The interface language the user chose; before any choice, the database's language
    (then remembered as the user's, unless not `remember`), else the default."""
    from PySide6.QtCore import QSettings

    chosen = QSettings().value(PREFERENCE)
    if chosen in LANGUAGES:
        return chosen
    language = database_language if database_language in LANGUAGES else DEFAULT_LANGUAGE
    if remember:
        remember_language(language)
    return language


def remember_language(language: str) -> None:
    from PySide6.QtCore import QSettings

    QSettings().setValue(PREFERENCE, language)


def core_message(error: FieldError | Problem | DatabaseRefused) -> str:
    """A core message (validation error, check problem, a refused file: "<path>: <why>") in
    the interface language."""
    from dpo_desk.core.errors import DatabaseRefused

    text = QCoreApplication.translate("core", error.template).format(**error.params)
    return f"{error.path}: {text}" if isinstance(error, DatabaseRefused) else text


def event_text(entry: dict, words: dict | None = None) -> str | None:
    """The timeline event of an audit entry (a row of audit_log, or a step of a case's or an
    incident's timeline) in the interface language, its parameters shown by `words` (e.g.
    status codes as status names); None for an entry without one (core/eventlog.py)."""
    from dpo_desk.core import eventlog

    if "params" not in entry:
        entry = eventlog.fields(entry)
    if not entry["event"]:
        return None
    return eventlog.describe(eventlog.Event(entry["event"], entry["params"]),
                             _translate_event, words)


def _translate_event(template: str) -> str:
    from dpo_desk.core import eventlog

    return QCoreApplication.translate(eventlog.CONTEXT, template)


_CITATION = re.compile(r"(?:điểm (\S+) )?(?:khoản (\d+) )?Điều (\d+) (.+)")


def acts_in_english() -> dict[str, str]:
    """The English short names of the acts core cites (core/rules.py, imported on first use:
    not before the window's first paint)."""
    from dpo_desk.core import rules

    return {rules.DECREE_356: "Decree 356", rules.DECREE_13: "Decree 13",
            rules.LAW_91: "Law 91", rules.LABOUR_CODE: "Labour Code"}


def citation(source: str) -> str:
    """A citation of core's, written in the Vietnamese order ("khoản 3 Điều 5 Nghị định số
    356/2025/NĐ-CP"), in the interface language: as it is in Vietnamese, "Decree 356,
    Art. 5(3)" in English. Text that is not such a citation is returned as it is."""
    found = _CITATION.fullmatch(source.strip())
    if QLocale().language() == QLocale.Language.Vietnamese or not found:
        return source
    point, clause, article, act = found.groups()
    if (name := acts_in_english().get(act)) is None:
        return source
    return f"{name}, Art. {article}" + (f"({clause})" if clause else "") + \
        (f"({point})" if point else "")
