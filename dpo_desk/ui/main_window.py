"""The main window: sidebar of views, menus, status bar, shortcuts, remembered geometry."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, QSize, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.core.errors import DeskError
from dpo_desk.ui.widgets import hbox, icon, tell_saved, vbox

if TYPE_CHECKING:
    # core's storage (SQLCipher, the audit trail) is imported where the file is opened:
    # after the window's first paint on the everyday start (ui/app.py `run`)
    from dpo_desk.core.desk import Desk

DATABASE_FILTER = "DPO Desk (*.sqlite3 *.db);;*"
# (name, icon, "module:class"). A view is built the first time it is shown, so the window
# paints without importing or querying what the first screen does not need.
VIEWS = (
    ("dashboard", "dashboard", "dpo_desk.ui.dashboard:DashboardView"),
    ("register", "register", "dpo_desk.ui.register_view:RegisterView"),
    ("complaints", "complaints", "dpo_desk.ui.complaints_view:ComplaintsView"),
    ("incidents", "incidents", "dpo_desk.ui.incidents_view:IncidentsView"),
    ("reports", "reports", "dpo_desk.ui.reports_view:ReportsView"),
    ("audit", "audit", "dpo_desk.ui.audit_view:AuditLogView"),
    ("settings", "settings", "dpo_desk.ui.settings_view:SettingsView"),
)
VIEW_NAMES = tuple(name for name, _, _ in VIEWS)


class MainWindow(QMainWindow):
    language_requested = Signal(str)
    database_changed = Signal(object)  # the new Desk
    first_painted = Signal()  # once, when the window has been painted for the first time
    ready = Signal()  # once, when the work right after the first paint is done (`started`)
    open_failed = Signal()  # the file given without a desk could not be opened (or cancelled)

    def __init__(self, desk: Desk | None, parent: QWidget | None = None, *,
                 path: Path | None = None,
                 opener: Callable[[Path, QWidget], Desk | None] | None = None):
        """The window on `desk`; or, with `desk` None, on the file at `path`, which
        `opener(path, window)` opens right after the first paint (None: it could not be
        opened, or the DPO cancelled: `open_failed`). Until then the window shows its
        frame, its menus disabled."""
        super().__init__(parent)
        self.desk = desk
        self._opening = (path, opener) if desk is None else None
        self.setObjectName("mainWindow")
        self.setWindowIcon(icon("dpo-desk"))
        self.setMinimumSize(QSize(960, 620))

        self._views: dict[str, QWidget] = {}
        self._painted = False
        self._stale: set[str] = set()  # built views to refresh when next shown
        self.started = False  # True once the first paint and the work after it are done
        self.stack = QStackedWidget()
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setFixedWidth(236)
        for _name, icon_name, _path in VIEWS:
            self.stack.addWidget(QWidget())  # replaced by the view when first shown
            self.sidebar.addItem(QListWidgetItem(icon(icon_name), ""))
        self.sidebar.currentRowChanged.connect(self._on_row_changed)
        self.sidebar_title = QLabel("DPO Desk")
        self.sidebar_title.setObjectName("sidebarTitle")
        self.sidebar_subtitle = QLabel()
        self.sidebar_subtitle.setObjectName("sidebarSubtitle")
        self.sidebar_subtitle.setWordWrap(True)
        side = QWidget()
        side.setFixedWidth(236)
        side.setObjectName("sidePanel")  # app.qss: a widget style sheet would cost ~10 ms at start
        vbox(self.sidebar_title, self.sidebar_subtitle, (self.sidebar, 1), margins=0, spacing=0,
             parent=side)
        content = QWidget()
        hbox(side, (self.stack, 1), margins=0, spacing=0, parent=content)
        # The window's two faces: the work, and the lock screen of an encrypted file.
        self.pages = QStackedWidget()
        self.pages.addWidget(content)
        self.setCentralWidget(self.pages)
        self.lock_panel = None  # built the first time the window locks
        self.locked = False
        self.idle_timer = QTimer(self)  # auto-lock (issue 13), armed after the first paint
        self.idle_timer.setSingleShot(True)
        self.idle_timer.timeout.connect(self.lock)
        self._idle_watch = None

        self.status_path = QLabel()
        self.statusBar().addPermanentWidget(self.status_path)
        self._build_actions()
        if desk is not None:
            desk.subscribe(self._on_data_changed)
        else:
            self._enable_menus(False)
        self.retranslate()
        self._restore_geometry()

    @property
    def file_path(self) -> Path:
        """The database file shown (or being opened)."""
        return self.desk.path if self.desk is not None else self._opening[0]

    def _enable_menus(self, enabled: bool) -> None:
        """The menus and every action but Quit (while the file is locked or opening)."""
        self.menuBar().setEnabled(enabled)
        for act in self.actions():
            act.setEnabled(enabled or act is self.act_quit)

    def close_desk(self) -> None:
        """Close the file (the window's end); nothing when none was opened."""
        if self.desk is not None:
            self.desk.close()

    # -- construction ------------------------------------------------------------------------

    def _build_actions(self) -> None:
        # Shortcuts are set right after the first paint (`_fill_views`): building a
        # QKeySequence makes PySide6 create the ~90 enums of the Qt namespace (~50 ms), and
        # its StandardKey enum alone ~2 ms, so a standard key is named here ("Open") and
        # looked up there.
        self._shortcuts: list[tuple[QAction, str]] = []

        def action(slot, shortcut=None) -> QAction:
            act = QAction(self)
            act.triggered.connect(slot)
            if shortcut:
                self._shortcuts.append((act, shortcut))
            self.addAction(act)
            return act

        self.act_new_db = action(self.new_database)
        self.act_from_email = action(self.new_case_from_email)
        self.act_open_db = action(self.open_database, "Open")
        self.act_backup = action(self.backup_database)
        self.act_restore = action(self.restore_database)
        self.act_lock = action(self.lock, "Ctrl+L")
        self.act_forget_key = action(self.forget_remembered_key)
        self.act_quit = action(self.close, "Quit")
        self.act_check = action(self.check_database)
        self.act_about = action(self.show_about)
        self.act_find = action(self.focus_search, "Find")
        self.act_new_record = action(self.new_record, "New")
        self.view_actions = []
        for number in range(1, len(VIEWS) + 1):
            act = action(lambda _=False, n=number - 1: self.show_view(n), f"Ctrl+{number}")
            self.view_actions.append(act)

        bar = self.menuBar()
        self.menu_file = bar.addMenu("")
        for act in (self.act_new_db, self.act_open_db, None, self.act_from_email, None,
                    self.act_backup, self.act_restore,
                    None, self.act_lock, self.act_forget_key, self.act_quit):
            self.menu_file.addSeparator() if act is None else self.menu_file.addAction(act)
        self.menu_edit = bar.addMenu("")
        self.menu_edit.addAction(self.act_new_record)
        self.menu_edit.addAction(self.act_find)
        self.menu_view = bar.addMenu("")
        for act in self.view_actions:
            self.menu_view.addAction(act)
        self.menu_tools = bar.addMenu("")
        self.menu_tools.addAction(self.act_check)
        self.menu_help = bar.addMenu("")
        self.menu_help.addAction(self.act_about)

    def _connect_view(self, view: QWidget) -> None:
        if view.name == "dashboard":
            view.edit_profile_requested.connect(lambda: self.show_view("settings"))
            view.check_requested.connect(self.check_database)
            view.complaints_requested.connect(lambda: self.show_view("complaints"))
            view.case_requested.connect(self.open_case)
            view.incident_requested.connect(self.open_incident)
            view.entry_requested.connect(self.open_entry)
        elif view.name == "settings":
            view.saved.connect(self._on_settings_saved)
            view.language_chosen.connect(self.language_requested)

    # -- navigation --------------------------------------------------------------------------

    def open_case(self, case_id: int) -> None:
        """The complaints view with this case selected (from the dashboard, a reminder)."""
        self.show_view("complaints")
        target = self.view("complaints")
        if hasattr(target, "show_case"):
            target.show_case(case_id)

    def new_case_from_email(self) -> None:
        """File > New case from e-mail: the complaints view, then the message to take in."""
        self.show_view("complaints")
        self.view("complaints").new_case_from_email()

    def open_incident(self, incident_id: int) -> None:
        """The incidents view with this incident selected (dashboard, reminder)."""
        self.show_view("incidents")
        self.view("incidents").show_incident(incident_id)

    def open_entry(self, entry_id: int) -> None:
        """The register with this entry selected, showing all entries if needed (dashboard)."""
        self.show_view("register")
        register_view = self.view("register")
        if not register_view.select_entry(entry_id):
            register_view.clear_filters()
            register_view.select_entry(entry_id)

    @property
    def views(self) -> list[QWidget]:
        """The views built so far, in sidebar order."""
        return [self._views[name] for name in VIEW_NAMES if name in self._views]

    def view(self, name: str) -> QWidget:
        """The view called `name`, built on first use."""
        if name not in self._views:
            import importlib

            index = VIEW_NAMES.index(name)
            module, cls = VIEWS[index][2].split(":")
            view = getattr(importlib.import_module(module), cls)(self.desk)
            self._connect_view(view)
            placeholder = self.stack.widget(index)
            showing = self.stack.currentIndex() == index
            self.stack.removeWidget(placeholder)
            self.stack.insertWidget(index, view)
            placeholder.deleteLater()
            if showing:
                self.stack.setCurrentIndex(index)
            self._views[name] = view
            if self.started and hasattr(view, "fill_after_paint"):
                view.fill_after_paint()
        elif name in self._stale:  # data changed while it was hidden
            self._stale.discard(name)
            self._views[name].refresh()
        return self._views[name]

    def _on_row_changed(self, row: int) -> None:
        if row >= 0 and self.desk is not None:  # before the file opens, `_fill_views` does
            self.view(VIEW_NAMES[row])
            self.stack.setCurrentIndex(row)

    def current_view(self) -> QWidget:
        return self.stack.currentWidget()

    def show_view(self, which: int | str) -> None:
        index = which if isinstance(which, int) else VIEW_NAMES.index(which)
        self.sidebar.setCurrentRow(index)

    def focus_search(self) -> None:
        view = self.current_view()
        if hasattr(view, "focus_search"):
            view.focus_search()
        else:
            self.statusBar().showMessage(self.tr("There is nothing to search in this view yet."),
                                         4000)

    def new_record(self) -> None:
        view = self.current_view()
        if hasattr(view, "new_record"):
            view.new_record()
        else:
            self.statusBar().showMessage(
                self.tr("There is nothing to create in this view yet."), 4000)

    # -- data --------------------------------------------------------------------------------

    def _on_data_changed(self, tables: set[str]) -> None:
        """The view on screen shows the change at once; a hidden one when it is next shown
        or asked for (on 100,000 cases the dashboard's figures take a few tenths of a
        second: a step on a case must not wait for screens nobody is looking at)."""
        self._refresh_shown(view for view in self.views if view.name != "settings")
        self._update_status()

    def _refresh_shown(self, views) -> None:
        """The one of `views` on screen refreshes now; the others when next shown (`view`)."""
        current = self.current_view()
        for view in views:
            if view is current:
                view.refresh()
            else:
                self._stale.add(view.name)

    def _on_settings_saved(self, values: dict) -> None:
        if "timezone" in values:
            from dpo_desk.core import clock

            clock.set_zone(values["timezone"])
        if "auto_lock_minutes" in values:
            self._arm_auto_lock()

    def set_desk(self, desk: Desk) -> None:
        """Show another database; the previous one is closed."""
        self.desk.unsubscribe(self._on_data_changed)
        self.desk.close()
        self._attach(desk)

    def _attach(self, desk: Desk) -> None:
        self.desk = desk
        desk.subscribe(self._on_data_changed)
        for view in self.views:
            view.desk = desk
            if hasattr(view, "set_desk"):
                view.set_desk(desk)
        self._refresh_shown(view for view in self.views if not hasattr(view, "set_desk"))
        self.retranslate()
        self._arm_auto_lock()
        self._update_forget_action()
        self.database_changed.emit(desk)

    def _update_status(self) -> None:
        if self.locked:  # the file is closed
            return
        if self.desk is None:
            self.status_path.setText(self.tr("Opening {0}…").format(self.file_path))
            return
        self.status_path.setText(self.tr("{0} · schema {1}").format(
            self.desk.path, self.desk.schema_version))

    # -- file menu ---------------------------------------------------------------------------

    def _choose_and_open(self, path: str | None, *, create: bool = False) -> bool:
        from dpo_desk.core.desk import Desk
        from dpo_desk.ui.app import create_desk, readable, unlock

        if not path:
            return False
        try:
            if create:
                desk = create_desk(Path(path).absolute(), self)
            elif unlock(Path(path), self):
                desk = readable(Desk.open(path))
            else:
                desk = None
        except DeskError as error:
            self._error(self.tr("Cannot open the database"), str(error))
            return False
        if desk is None:  # cancelled
            return False
        self.set_desk(desk)
        self.announce_upgrade()
        self.statusBar().showMessage(self.tr("Opened {0}").format(desk.path), 5000)
        self.announce_refusal()
        self.offer_first_run()
        return True

    def new_database(self) -> bool:
        from PySide6.QtWidgets import QFileDialog  # not needed to start (issue 8)

        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("New database"), str(self.desk.path.parent / "dpo-desk.sqlite3"),
            DATABASE_FILTER)
        if path and Path(path).exists():
            self._error(self.tr("New database"), self.tr(
                "{0} already exists. Use File > Open to open it, or choose another name.")
                .format(path))
            return False
        return self._choose_and_open(path, create=True)

    def open_database(self) -> bool:
        from PySide6.QtWidgets import QFileDialog  # not needed to start (issue 8)

        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open database"), str(self.desk.path.parent), DATABASE_FILTER)
        return self._choose_and_open(path)

    def backup_database(self) -> bool:
        from PySide6.QtWidgets import QFileDialog  # not needed to start (issue 8)

        from dpo_desk.core import backup, clock

        stamp = clock.now().strftime("%Y-%m-%d")
        suggestion = self.desk.path.parent / f"{self.desk.path.stem}-backup-{stamp}.sqlite3"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Back up the database"),
                                              str(suggestion), DATABASE_FILTER)
        if not path:
            return False
        try:
            target = backup.backup(self.desk, path, overwrite=True)
        except (DeskError, OSError) as error:
            self._error(self.tr("Backup failed"), str(error))
            return False
        self.statusBar().showMessage(self.tr("Backup written to {0}").format(target), 8000)
        self.saved_box = tell_saved(self, target)
        return True

    def restore_database(self) -> bool:
        from PySide6.QtWidgets import QFileDialog  # not needed to start (issue 8)

        path, _ = QFileDialog.getOpenFileName(self, self.tr("Restore a backup"),
                                              str(self.desk.path.parent), DATABASE_FILTER)
        return bool(path) and self.restore_from(path)

    def restore_from(self, path: str, *, confirm: bool = True) -> bool:
        from dpo_desk.core import backup  # not needed to start
        from dpo_desk.core.desk import Desk
        from dpo_desk.ui.app import unlock

        if not unlock(Path(path), self):  # a backup made under another passphrase
            return False
        try:
            backup.check_candidate(Path(path))
        except DeskError as error:
            self._error(self.tr("Cannot restore this file"), str(error))
            return False
        if confirm and not self._confirm(self.tr("Restore a backup"), self.tr(
                "Replace the current database {0} with the backup {1}? The current file will "
                "be kept as {2}.").format(self.desk.path, path,
                                          backup.kept_name(self.desk.path.resolve(),
                                                           "YYYYmmdd-HHMMSS").name)):
            return False
        target = self.desk.path
        dashboard = self._views.get("dashboard")
        if dashboard is not None and hasattr(dashboard, "wait_for_figures"):
            dashboard.wait_for_figures()  # its worker's connection must not hold the file
        self.desk.unsubscribe(self._on_data_changed)
        self.desk.close()
        try:
            backup.restore(target, path)
            desk = Desk.open(target)
        except (DeskError, OSError) as error:
            self._error(self.tr("Restore failed"), str(error))
            self._attach(Desk.open(target))
            return False
        self._attach(desk)
        self.statusBar().showMessage(self.tr("Restored {0}").format(path), 8000)
        self.announce_refusal()
        return True

    # -- locking (issue 13) --------------------------------------------------------------------

    def lock(self) -> bool:
        """Lock now (Ctrl+L, or idle time): close the file, forget its key, drop every view
        and its data, and show the unlock form. A plain file has nothing to lock."""
        if self.locked:
            return True
        if self.desk.key is None:
            self.statusBar().showMessage(self.tr(
                "This database has no passphrase, so there is nothing to lock. Encrypt it "
                "with `dpo-desk encrypt`."), 8000)
            return False
        from PySide6.QtWidgets import QDialog

        from dpo_desk.ui.dialogs.passphrase import UnlockPanel

        self._stop_jobs()
        for dialog in self.findChildren(QDialog):  # forms and reminders show data too
            dialog.reject()
        self.idle_timer.stop()
        self._drop_views()
        self.desk.unsubscribe(self._on_data_changed)
        self.desk.close()
        from dpo_desk.core import cipher

        cipher.forget()
        if self.lock_panel is None:
            self.lock_panel = UnlockPanel(self.desk.path)
            self.lock_panel.unlocked.connect(self._unlocked)
            holder = QWidget()
            holder.setObjectName("lockScreen")
            column = QVBoxLayout(holder)
            column.addStretch(1)
            self.lock_panel.setMaximumWidth(560)
            row = hbox(None, self.lock_panel, None)
            column.addLayout(row)
            column.addStretch(2)
            self.pages.addWidget(holder)
        self.lock_panel.path = self.desk.path
        self.lock_panel.file_label.setText(str(self.desk.path))
        self.lock_panel.offer_remember()
        self.pages.setCurrentIndex(1)
        self._enable_menus(False)
        self.locked = True
        self.lock_panel.field.setFocus()
        return True

    def forget_remembered_key(self) -> bool:
        """File > Forget the remembered passphrase: the key of this file kept in the system
        keyring (the unlock form's "Remember on this computer") is removed; the next start
        asks for the passphrase."""
        from dpo_desk.core import keychain

        if self.desk is None or self.desk.key is None:
            return False
        salt = self.desk.key.salt
        forgotten = keychain.forget(salt)
        self._update_forget_action()
        if not forgotten:
            self._error(self.tr("Forget the remembered passphrase"), self.tr(
                "The system keyring did not remove the key of this file (see the log). Try "
                "again, or remove the entry \u201c{0}\u201d of \u201c{1}\u201d with the "
                "keyring's own app.").format(keychain.account(salt), keychain.SERVICE))
            return False
        self.statusBar().showMessage(self.tr(
            "The passphrase of this file is no longer remembered on this computer: the next "
            "start asks for it."), 8000)
        return True

    def _update_forget_action(self) -> None:
        """File > Forget the remembered passphrase is enabled while a key of the open file is
        kept (read from keychain's list of files: the keyring itself is not asked)."""
        from dpo_desk.core import keychain

        self.act_forget_key.setEnabled(
            not self.locked and self.desk is not None and self.desk.key is not None
            and keychain.is_remembered(self.desk.key.salt))

    def _stop_jobs(self) -> None:
        """No background job goes on reading or writing the file once it is locked: each
        is asked to stop (an import rolls back) and waited for, and what they end with is
        delivered now, while the views and dialogs that would show it are still there to
        be cleared (issue 13)."""
        from PySide6.QtCore import QCoreApplication

        from dpo_desk.ui.jobs import stop_jobs

        stop_jobs()
        QCoreApplication.processEvents()

    def _unlocked(self) -> None:
        from dpo_desk.core.desk import Desk

        try:
            desk = Desk.open(self.desk.path)
        except DeskError as error:
            self.lock_panel.status.setText(str(error))
            return
        self.locked = False
        self.pages.setCurrentIndex(0)
        self._enable_menus(True)
        self._attach(desk)
        self._on_row_changed(self.sidebar.currentRow())

    def _drop_views(self) -> None:
        """Every built view gives way to an empty page: nothing read from the file stays in
        the window while it is locked."""
        for name, view in list(self._views.items()):
            index = VIEW_NAMES.index(name)
            showing = self.stack.currentIndex() == index
            self.stack.removeWidget(view)
            self.stack.insertWidget(index, QWidget())
            if showing:
                self.stack.setCurrentIndex(index)
            view.deleteLater()
        self._views.clear()
        self._stale.clear()

    def _arm_auto_lock(self) -> None:
        """Lock after the idle minutes of the setting (0: never); any key or mouse use
        starts the count again. Only an encrypted file locks."""
        from dpo_desk.core import settings

        self.idle_timer.stop()
        if self.desk.key is None or self.locked:
            return
        minutes = settings.get(self.desk, "auto_lock_minutes")
        if not minutes:
            return
        if self._idle_watch is None:
            from PySide6.QtWidgets import QApplication

            self._idle_watch = _IdleWatch(self.idle_timer, self)
            QApplication.instance().installEventFilter(self._idle_watch)
        self.idle_timer.start(int(minutes) * 60_000)

    # -- tools and help ----------------------------------------------------------------------

    def run_check(self) -> tuple[list, int]:
        from dpo_desk.core import audit, clock

        problems = audit.verify(self.desk)
        self.view("dashboard").set_check_result(
            len(problems), clock.now().strftime("%d/%m/%Y %H:%M"))
        return problems, audit.count(self.desk)

    def check_dialog(self):
        from dpo_desk.ui.dialogs.check_result import CheckResultDialog

        problems, entries = self.run_check()
        return CheckResultDialog(problems, entries, str(self.desk.path), self)

    def check_database(self) -> None:
        self.check_dialog().exec()

    def about_dialog(self):
        from dpo_desk.ui.dialogs.about import AboutDialog

        return AboutDialog(str(self.desk.path), self)

    def show_about(self) -> None:
        self.about_dialog().exec()

    def announce_refusal(self):
        """A file whose quick checks failed at opening is read-only: say why (issue 14).
        Window-modal, not blocking; returns the dialog (None when all is well)."""
        if not self.desk.refusal:
            return None
        from PySide6.QtCore import Qt

        from dpo_desk.core import audit
        from dpo_desk.ui.dialogs.check_result import CheckResultDialog

        dialog = CheckResultDialog(self.desk.refusal, audit.count(self.desk),
                                   str(self.desk.path), self, read_only=True)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.statusBar().showMessage(self.tr("Read-only: {0}").format(
            self.desk.refusal[0].message), 0)
        return dialog

    def announce_upgrade(self) -> None:
        if self.desk.backup_path:
            self._info(self.tr("Database upgraded"), self.tr(
                "The file was upgraded to the current version. A copy of it as it was has "
                "been saved as {0}.").format(self.desk.backup_path))

    def offer_first_run(self) -> None:
        from dpo_desk.core import settings

        if not self.desk.refusal and settings.missing_essentials(self.desk):
            from dpo_desk.ui.dialogs.first_run import FirstRunDialog

            FirstRunDialog(self.desk, self).exec()

    def _remind_incidents(self):
        """Every open incident whose notice to the authority is not sent yet (a second,
        non-modal dialog); None when there is none."""
        from dpo_desk.ui.dialogs.incident_reminder import IncidentReminderDialog, awaiting

        pending = awaiting(self.desk)
        if not pending:
            return None
        dialog = IncidentReminderDialog(pending, self)
        dialog.open_incidents.connect(lambda: self.show_view("incidents"))
        dialog.incident_requested.connect(self.open_incident)
        dialog.show()
        return dialog

    def show_reminders(self):
        """At start: the cases overdue or due within two days in a non-modal dialog and a tray
        notification. Returns the dialog, or None when nothing is due."""
        from PySide6.QtWidgets import QSystemTrayIcon

        from dpo_desk.ui.dialogs.reminder import ReminderDialog, due_cases

        self.incident_reminder = self._remind_incidents()
        overdue, soon, unacknowledged = due_cases(self.desk)
        if not (overdue or soon or unacknowledged):
            return None
        dialog = ReminderDialog(overdue, soon, self, unacknowledged=unacknowledged)
        dialog.open_complaints.connect(lambda: self.show_view("complaints"))
        dialog.case_requested.connect(self.open_case)
        dialog.show()
        if QSystemTrayIcon.isSystemTrayAvailable():
            tray = getattr(self, "reminder_tray", None)
            if tray is None:
                tray = self.reminder_tray = QSystemTrayIcon(self.windowIcon(), self)
                tray.setToolTip("DPO Desk")

                def bring_up() -> None:
                    self.showNormal()
                    self.raise_()
                    self.activateWindow()
                    self.show_view("complaints")

                tray.messageClicked.connect(bring_up)
            tray.show()
            tray.showMessage(dialog.windowTitle(), dialog.message(),
                             QSystemTrayIcon.MessageIcon.Warning, 15000)
        return dialog

    # -- messages ----------------------------------------------------------------------------

    def _error(self, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(self, title, text)

    def _info(self, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(self, title, text)

    def _confirm(self, title: str, text: str) -> bool:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self)
        yes = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is yes

    # -- texts and geometry ------------------------------------------------------------------


    def nav_texts(self) -> list[str]:
        return [self.tr("Dashboard"), self.tr("Data register"), self.tr("Complaints & requests"),
                self.tr("Incidents"), self.tr("Reports"), self.tr("Audit log"),
                self.tr("Settings")]

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("DPO Desk · {0}").format(self.file_path.name))
        self.sidebar_subtitle.setText(self.tr("Personal data protection"))
        for number, text in enumerate(self.nav_texts()):
            self.sidebar.item(number).setText(text)
            self.view_actions[number].setText(text.replace("&", "&&"))  # not a mnemonic
        self.menu_file.setTitle(self.tr("&File"))
        self.menu_edit.setTitle(self.tr("&Edit"))
        self.menu_view.setTitle(self.tr("&View"))
        self.menu_tools.setTitle(self.tr("&Tools"))
        self.menu_help.setTitle(self.tr("&Help"))
        self.act_new_db.setText(self.tr("&New database…"))
        self.act_from_email.setText(self.tr("New case from &e-mail…"))
        self.act_open_db.setText(self.tr("&Open database…"))
        self.act_backup.setText(self.tr("&Back up…"))
        self.act_restore.setText(self.tr("&Restore a backup…"))
        self.act_lock.setText(self.tr("&Lock now"))
        self.act_forget_key.setText(self.tr("&Forget the remembered passphrase"))
        self.act_quit.setText(self.tr("&Quit"))
        self.act_check.setText(self.tr("&Check database"))
        self.act_about.setText(self.tr("&About DPO Desk"))
        self.act_find.setText(self.tr("&Search"))
        self.act_new_record.setText(self.tr("New &record"))
        self._update_status()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            # after this whole repaint (the children paint after us) has reached the screen
            QTimer.singleShot(0, self, self._on_first_paint)

    def _on_first_paint(self) -> None:
        self.first_painted.emit()
        QTimer.singleShot(0, self, self._open_file if self.desk is None else self._fill_views)

    def _open_file(self) -> None:
        """Open the file the window was given (its passphrase asked over the window), then
        fill the window; `open_failed` when it cannot be opened or the DPO cancels."""
        path, opener = self._opening
        desk = opener(path, self)
        if desk is None:
            self.open_failed.emit()
            return
        self._opening = None
        self._enable_menus(True)
        self._attach(desk)  # its `database_changed` applies the file's preferences
        self.retranslate()  # in the file's language, if it chose the interface's (first use)
        self._fill_views()

    def _fill_views(self) -> None:
        """What the first paint does not need (issue 8, cold start): the shortcuts, the
        remembered view and, if it is the one shown, the dashboard's figures. Done once; an
        error on the way (a storage error shown by the error hook) still leaves the window
        started, so that views opened later fill themselves."""
        if self.started or self.desk is None:
            return
        from PySide6.QtGui import QKeySequence

        try:
            # the interface language followed from now on: a Python `changeEvent` would be
            # called before the first paint, and its QEvent makes PySide6 create its ~50
            # event classes (~13 ms of the cold start, issue 13)
            self.installEventFilter(_LanguageWatch(self))
            for act, shortcut in self._shortcuts:
                act.setShortcut(QKeySequence(shortcut) if "+" in shortcut
                                else QKeySequence(getattr(QKeySequence.StandardKey, shortcut)))
            self._on_row_changed(self.sidebar.currentRow())
        finally:
            self.started = True
            try:
                self._refresh_shown(view for view in self.views
                                    if hasattr(view, "fill_after_paint"))
                self._arm_auto_lock()
                self._update_forget_action()
            finally:  # started, whatever the first fill met (shown by the error hook)
                self.ready.emit()

    def finish_start(self) -> None:
        """Do at once what follows the first paint (a window that is never painted: the
        screenshots of a headless run)."""
        self._painted = True
        self._fill_views()

    def _restore_geometry(self) -> None:
        store = QSettings()
        geometry = store.value("main_window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        view = store.value("main_window/view", 0)
        index = int(view) if str(view).isdigit() and int(view) < len(VIEWS) else 0
        # The remembered view is built right after the first paint (`_fill_views`): the
        # window appears without waiting for a view's imports, widgets and first query
        # (issue 8, cold start). Until then its place holds an empty page.
        self.sidebar.blockSignals(True)
        self.sidebar.setCurrentRow(index)
        self.sidebar.blockSignals(False)
        self.stack.setCurrentIndex(index)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        store = QSettings()
        store.setValue("main_window/geometry", self.saveGeometry())
        store.setValue("main_window/view", self.sidebar.currentRow())
        if self._idle_watch is not None:  # no app-wide filter outliving the window
            from PySide6.QtWidgets import QApplication

            self.idle_timer.stop()
            QApplication.instance().removeEventFilter(self._idle_watch)
            self._idle_watch = None
        super().closeEvent(event)



class _LanguageWatch(QObject):
    """Re-reads the window's texts when the interface language changes (what the
    `Retranslating` mixin of the views does), installed once the window is started."""

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            watched.retranslate()
        return False


class _IdleWatch(QObject):
    """Restarts the auto-lock count on every key press and mouse use in the app."""

    def __init__(self, timer: QTimer, parent: QObject):
        super().__init__(parent)
        self.timer = timer
        self.ACTIVITY = (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress,
                         QEvent.Type.MouseMove, QEvent.Type.Wheel)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if self.timer.isActive() and event.type() in self.ACTIVITY:
            self.timer.start()
        return False
