"""Start-up of the desktop app: QApplication, fonts, style, translations, the database."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from dpo_desk.core.errors import DeskError
from dpo_desk.core.paths import resource
from dpo_desk.ui.i18n import (
    Translations,
    core_message,
    preferred_language,
    remember_language,
)
from dpo_desk.ui.widgets import icon

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from dpo_desk.core.desk import Desk
    from dpo_desk.ui.main_window import MainWindow

log = logging.getLogger(__name__)
FONT_FILES = ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-Italic.ttf")
UI_FONT = "Noto Sans"


def create_app(argv: list[str] | None = None) -> QApplication:
    """The QApplication with our fonts, style and names (idempotent)."""
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    QCoreApplication.setOrganizationName("DPO Desk")
    QCoreApplication.setApplicationName("dpo-desk")
    app.setApplicationDisplayName("DPO Desk")
    app.setWindowIcon(icon("dpo-desk"))
    app.setDesktopFileName("dpo-desk")  # matches packaging/linux/dpo-desk.desktop
    missing = load_fonts()
    if len(missing) < len(FONT_FILES):
        app.setFont(QFont(UI_FONT, 10))
    from PySide6.QtCore import QDir

    QDir.setSearchPaths("style", [str(resource("style"))])  # app.qss's url(style:...) images
    try:
        app.setStyleSheet(resource("style", "app.qss").read_text(encoding="utf-8"))
    except OSError as exc:  # a missing style only costs looks
        log.warning("style sheet missing: %s", exc)
        missing.append(str(resource("style", "app.qss")))
    app.missing_resources = missing
    if not hasattr(app, "translations"):
        app.translations = Translations(app)
    return app


def load_fonts() -> list[str]:
    """Bundled Noto Sans keeps Vietnamese diacritics right on machines without good fonts.
    Returns the font files that could not be loaded (the system font stands in)."""
    missing = [str(resource("fonts", name)) for name in FONT_FILES
               if QFontDatabase.addApplicationFont(str(resource("fonts", name))) < 0]
    if missing:
        log.warning("bundled fonts missing or damaged, using the system font: %s", missing)
    return missing


def missing_resources_message(app: QApplication) -> str | None:
    """What failed to load at start and what stands in, for one warning; None if all is well."""
    missing = list(getattr(app, "missing_resources", [])) + list(app.translations.missing)
    if not missing:
        return None
    return QCoreApplication.translate(
        "App", "DPO Desk could not load these files (missing or damaged):\n{0}\n\nIt uses "
        "the system font and English texts instead where needed. Reinstalling DPO Desk "
        "repairs them.").format("\n".join(missing))


def apply_preferences(app: QApplication, desk: Desk) -> None:
    from dpo_desk.core import clock, settings

    values = settings.get_all(desk)
    app.translations.set_language(preferred_language(values.get("language")))
    clock.set_zone(values["timezone"])


def open_desk(db_path: str | Path | None, parent=None, *, ask: bool = True,
              create: bool = True) -> Desk | None:
    """Open the database, or explain in a message box why not (None).

    The first start (no file yet) creates it, asking for its passphrase (unless not
    `create`: the window that found the file, which is gone, says so); an encrypted file
    is unlocked with `DPO_DESK_PASSPHRASE` if set, else its passphrase is asked for. Cancel
    in either dialog: None, and nothing was written. Without `ask` (a headless run: the
    screenshots) nothing is asked: a new file is encrypted with `DPO_DESK_PASSPHRASE` if
    set, else plain, as `dpo-desk demo` does."""
    from dpo_desk.core import cipher
    from dpo_desk.core.desk import Desk

    path = database_path(db_path)
    given = given_passphrase()
    if ask and not _speaks_a_language():
        # No database is open yet to say its language: the first-start and unlock dialogs
        # speak the default one (Vietnamese), not the English of the source strings.
        QApplication.instance().translations.set_language(
            preferred_language(remember=False))
    try:
        if not path.exists() and create:
            if not ask:
                return Desk.create(path, passphrase=given)
            return create_desk(path, parent)
        if not ask:
            return _said(readable(Desk.open(path, passphrase=given)))
        if path.exists() and cipher.is_encrypted(path) and not unlock(path, parent):
            return None
        return _said(readable(Desk.open(path)))
    except DeskError as error:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Critical,
                          QCoreApplication.translate("App", "Cannot open the database"),
                          core_message(error) if hasattr(error, "template") else str(error),
                          parent=parent)
        box.exec() if not _offscreen() else None
        print(f"dpo-desk: error: {error}", file=sys.stderr)
        return None


def readable(desk: Desk) -> Desk:
    """`desk`, once the first read the window makes holds: a damaged page or a table
    dropped behind the app's back is refused here, naming the file (as the command line
    does), not met as a traceback in a window already showing the file."""
    from dpo_desk.core import cipher, settings
    from dpo_desk.core.errors import DatabaseBroken
    from dpo_desk.core.i18n import QT_TRANSLATE_NOOP

    try:
        settings.get_all(desk)
    except (cipher.DatabaseError, OSError) as exc:
        desk.close()
        raise DatabaseBroken(desk.path, QT_TRANSLATE_NOOP(
            "core", "cannot read the database ({error}); run `dpo-desk check`, and restore a "
            "backup if needed"), error=str(exc)) from exc
    return desk


_GIVEN: list[str] = []  # `gui --passphrase-file F`'s passphrase (cli/cmd_gui.py)


def given_passphrase() -> str | None:
    """The passphrase the command line gave (CONTRACT: `--passphrase-file`, else
    `DPO_DESK_PASSPHRASE`), None when it gave none: then the window asks."""
    return _GIVEN[0] if _GIVEN else (os.environ.get("DPO_DESK_PASSPHRASE") or None)


def database_path(db_path: str | Path | None) -> Path:
    """The file the window opens: the one given, else the per-user default."""
    from dpo_desk.core.paths import default_db_path

    return Path(db_path).expanduser().absolute() if db_path else default_db_path()


def _said(desk: Desk) -> Desk:
    """Files that opening made private (issue 13) are named once, in the log."""
    if desk.narrowed:
        log.warning(desk.narrowed_message())
    return desk


def _speaks_a_language() -> bool:
    """Whether a language was chosen already (another file was open before this one)."""
    translations = getattr(QApplication.instance(), "translations", None)
    return bool(translations and translations.chosen)


def create_desk(path: Path, parent=None) -> Desk | None:
    """A new database at `path`, encrypted with the passphrase the DPO chooses (or plain,
    when they choose so explicitly); None when they cancel."""
    from dpo_desk.core.desk import Desk
    from dpo_desk.ui.dialogs.passphrase import NewPassphraseDialog

    dialog = NewPassphraseDialog(path, parent)
    if dialog.exec() != NewPassphraseDialog.DialogCode.Accepted:
        return None
    return Desk.create(path, passphrase=dialog.passphrase)


def unlock(path: Path, parent=None) -> bool:
    """Make the key of the encrypted file at `path` known to this process: from
    `--passphrase-file` or `DPO_DESK_PASSPHRASE` (CONTRACT: the same places as the CLI;
    `given_passphrase`), else the key the DPO chose
    to remember in the system keyring (core/keychain.py; one that no longer opens the file is
    forgotten), else by asking. False when the DPO cancels. (The lock screen does not come
    here: after a lock the passphrase is always asked.)"""
    from dpo_desk.core import cipher, keychain
    from dpo_desk.core.desk import key_for
    from dpo_desk.core.errors import WrongPassphrase

    salt = cipher.file_salt(path)
    if salt is None or cipher.known_key(salt) is not None:
        return True
    given = given_passphrase()
    if given:
        try:
            key_for(path, given)
            return True
        except WrongPassphrase:
            pass  # ask instead
    remembered = keychain.recall(path)
    if remembered is not None:
        cipher.remember(remembered)
        return True
    from dpo_desk.ui.dialogs.passphrase import UnlockDialog

    return UnlockDialog(path, parent).exec() == UnlockDialog.DialogCode.Accepted


_SHOWN: set[QMessageBox] = set()  # error boxes on screen: kept until closed


def install_error_hook():
    """A DeskError that escapes a slot (a full disk, a read-only or vanished file, a record
    changed elsewhere) is shown in a message box and the app keeps running; nothing of the
    failed change was saved. Anything else is a bug and goes to the previous hook.
    Returns the hook."""
    previous = sys.excepthook

    def hook(kind, error, trace) -> None:
        if isinstance(error, DeskError) and QApplication.instance() is not None:
            show_error(error)
        else:
            previous(kind, error, trace)

    sys.excepthook = hook
    return hook


def show_error(error: DeskError) -> QMessageBox:
    """The error in the interface language, over the active window, without blocking the
    slot that failed."""
    from PySide6.QtWidgets import QMessageBox

    print(f"dpo-desk: error: {error}", file=sys.stderr)
    text = core_message(error) if hasattr(error, "template") else str(error)
    box = QMessageBox(QMessageBox.Icon.Critical,
                      QCoreApplication.translate("App", "The action could not be completed"),
                      text, parent=QApplication.activeWindow())
    box.setObjectName("deskErrorBox")
    _SHOWN.add(box)
    box.finished.connect(lambda _result: _SHOWN.discard(box))
    box.finished.connect(box.deleteLater)
    box.open()
    return box


def _offscreen() -> bool:
    return QApplication.platformName() in ("offscreen", "minimal")


def build_window(desk: Desk | None, path: Path | None = None) -> MainWindow:
    """The main window on `desk`; or, without one, on the file at `path`, which the window
    opens right after its first paint (`open_desk`: the passphrase asked over it, an error
    shown and the window closed, `MainWindow.open_failed`)."""
    from dpo_desk.ui.main_window import MainWindow

    app = QApplication.instance()
    window = MainWindow(desk, path=path,
                        opener=lambda found, parent: open_desk(found, parent, create=False))
    def choose(language: str) -> None:
        remember_language(language)
        app.translations.set_language(language)

    window.language_requested.connect(choose)
    window.database_changed.connect(lambda new: apply_preferences(app, new))
    return window


def run(db_path: str | Path | None = None, screenshot_dir: Path | None = None, *,
        screenshot_size: tuple[int, int] = (1280, 800), language: str | None = None,
        passphrase: str | None = None) -> int:
    """The window on the file at `db_path`; `passphrase`: the one `--passphrase-file` gave
    (else `DPO_DESK_PASSPHRASE`, else it is asked for)."""
    _GIVEN[:] = [passphrase] if passphrase else []
    app = create_app()
    install_error_hook()
    path = database_path(db_path)
    failed = []
    if screenshot_dir is None and path.exists():
        # The everyday start (issues 8 and 13, cold start): the window is painted first, in
        # the user's language, and opens its file right after, asking for the passphrase
        # over it; the ~25 ms of SQLCipher, core's imports and the file's checks come after
        # the paint. A first start (no file yet) asks for the new file's passphrase first.
        app.translations.set_language(preferred_language(remember=False))
        window = build_window(None, path)
        window.open_failed.connect(lambda: (failed.append(2), app.exit(2)))
    else:
        desk = open_desk(path, ask=screenshot_dir is None)
        if desk is None:
            return 2
        apply_preferences(app, desk)
        if language:  # this run only, not remembered
            app.translations.set_language(language)
        window = build_window(desk)
    if screenshot_dir is not None:
        from dpo_desk.ui.screenshots import capture_all

        written = capture_all(window, Path(screenshot_dir), screenshot_size)
        print(f"{len(written)} screenshots written to {screenshot_dir}")
        window.close_desk()
        return 0
    if os.environ.get("DPO_DESK_EXIT_WHEN_PAINTED"):  # `dpo-desk bench` times the start
        import time

        from PySide6.QtCore import QTimer

        def painted() -> None:
            print(f"painted-at {time.time():.6f}", flush=True)

        def ready() -> None:  # the remembered view built and filled
            print(f"ready-at {time.time():.6f}", flush=True)
            app.quit()

        window.first_painted.connect(painted)
        window.ready.connect(ready)
        QTimer.singleShot(60_000, app.quit)  # a screen that never shows the window
        window.show()
        app.exec()
        window.close_desk()
        return failed[0] if failed else 0

    def greet() -> None:
        """Once the window is up and filled: what the DPO must know before working."""
        warning = missing_resources_message(app)
        if warning:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(window, QCoreApplication.translate("App", "Missing files"),
                                warning)
        window.announce_upgrade()
        window.announce_refusal()
        window.offer_first_run()
        window.show_reminders()  # non-modal: the overdue and soon-due cases, a tray message

    window.ready.connect(greet)
    window.show()
    code = app.exec()
    QSettings().sync()
    window.close_desk()
    return failed[0] if failed else code
