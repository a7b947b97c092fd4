"""Small building blocks shared by the views: page header, card, empty state."""

from __future__ import annotations

import os

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize

# `Qt` (the namespace) is imported where it is used: touching it makes PySide6 build its ~90
# Python enums at once (~50 ms), and the window's first paint does not need them (issue 8).
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.core.paths import resource


def icon(name: str) -> QIcon:
    """A view's or the app's icon: the PNG renderings where they exist (the sidebar and the
    window icon appear at the first paint without loading Qt's SVG engine, ~9 ms), else the
    SVG (packaging/render_icons.py renders them)."""
    # listed without glob's patterns, whose compiling cost ~10 ms of the window's start
    if name == "dpo-desk":
        folder = resource("icons", "hicolor")
        pngs = sorted(png for size in _listing(folder)
                      if (png := folder / size / "apps" / "dpo-desk.png").is_file())
    else:
        folder = resource("icons", "png")
        pngs = sorted(folder / n for n in _listing(folder)
                      if n.startswith(f"{name}-") and n.endswith(".png"))
    if not pngs:
        return QIcon(str(resource("icons", f"{name}.svg")))
    found = QIcon()
    for png in pngs:
        found.addFile(str(png))
    return found


def _listing(folder) -> list[str]:
    try:
        return os.listdir(folder)
    except OSError:  # a missing resource folder: the SVG stands in
        return []


def ask_reload(parent: QWidget, reload) -> QWidget:
    """The record a form edits was saved elsewhere (another window or program) since it was
    opened, so nothing was saved: say so; Reload (`reload`) shows it as saved now instead of
    overwriting it (issue 8, two writers). Returns the (non-modal) message box."""
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Warning,
                      QCoreApplication.translate("Conflict", "Not saved"),
                      QCoreApplication.translate(
                          "Conflict", "The record was changed elsewhere. Reload it."),
                      parent=parent)
    box.setObjectName("conflictBox")
    box.addButton(QCoreApplication.translate("Conflict", "Reload"),
                  QMessageBox.ButtonRole.AcceptRole)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.finished.connect(reload)
    box.open()
    return box


def warn(parent: QWidget, title: str, text: str) -> QWidget:
    """A window-modal warning that does not block the caller; returns the message box (the
    views keep it as `message`, which tests read)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
    box.addButton(QCoreApplication.translate("Message", "Close"),
                  QMessageBox.ButtonRole.AcceptRole)
    box.open()
    return box


def ask(parent: QWidget, title: str, text: str, action: str) -> bool:
    """Ask before an action that cannot be taken back: True when the DPO chose `action`
    (Cancel is the default)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    yes = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(box.addButton(QCoreApplication.translate("Message", "Cancel"),
                                       QMessageBox.ButtonRole.RejectRole))
    box.exec()
    return box.clickedButton() is yes


def open_folder(path) -> bool:
    """The folder holding `path` in the system's file manager."""
    from pathlib import Path

    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path).parent)))


def tell_saved(parent: QWidget, path) -> QWidget:
    """After every save (a PDF, a print to a file, an export, a backup): "Saved to …" with an
    Open folder button. Non-modal, so nothing waits on it; returns the message box."""
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Information,
                      QCoreApplication.translate("Saved", "Saved"),
                      QCoreApplication.translate("Saved", "Saved to {0}").format(path),
                      parent=parent)
    box.setObjectName("savedBox")
    folder = box.addButton(QCoreApplication.translate("Saved", "Open folder"),
                           QMessageBox.ButtonRole.ActionRole)
    folder.setObjectName("openFolder")
    folder.clicked.connect(lambda: open_folder(path))
    box.addButton(QMessageBox.StandardButton.Ok)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


class SavesThroughCore:
    """The Save of a long editing dialog: `write(values)` creates or updates the record
    through core; a refusal shows each message next to its field (`show_errors`) and saves
    nothing; a record changed elsewhere since the dialog opened is not overwritten: the
    DPO is told and offered Reload (`reload`). The dialog names `CORE`, the core module of
    its records (`TABLE`, `get`, `create`, `update`), and provides `values`, `set_values`
    and `show_errors`."""

    CORE = None

    def open_record(self, record_id: int | None) -> None:
        """The record to edit (None: a new one) as core shows it (`record`) and its row as
        stored (`stored`, read first so never newer: saving refuses it if it changed)."""
        self.record_id = record_id
        self.stored = self.record = None
        if record_id is not None:
            self.stored = self.desk.get(self.CORE.TABLE, record_id)
            self.record = self.CORE.get(self.desk, record_id)

    def write(self, values: dict) -> None:
        if self.record_id is None:
            self.record_id = self.CORE.create(self.desk, values)
        else:
            self.CORE.update(self.desk, self.record_id, values, expected=self.stored,
                             **self.update_options())

    def update_options(self) -> dict:
        """More of core's `update` keywords (the incident form: a correction's reason)."""
        return {}

    def reload(self, *_) -> None:
        """The record as saved elsewhere, instead of what was typed."""
        from dpo_desk.core.errors import NotFound

        try:
            self.open_record(self.record_id)
        except NotFound:  # deleted elsewhere: nothing left to edit
            self.reject()
            return
        self.retranslate()
        self.set_values(self.record)

    def save(self) -> bool:
        from dpo_desk.core.errors import ConflictError, ValidationError

        values = self.values()
        try:
            self.write(values)
        except ValidationError as error:
            self.show_errors(error)
            return False
        except ConflictError:
            ask_reload(self, self.reload)
            return False
        self.accept()
        return True


def label(object_name: str = "", text: str = "", *, wrap: bool = False) -> QLabel:
    from PySide6.QtCore import Qt

    widget = QLabel(text)
    if object_name:
        widget.setObjectName(object_name)
    widget.setWordWrap(wrap)
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return widget


def push_button(name: str = "", clicked=None, *, default: bool = False) -> QPushButton:
    """A push button with its object name (the style sheet's and the tests' handle) and what
    a click does; its text comes from the owner's retranslate. `default`: Enter presses it."""
    widget = QPushButton()
    if name:
        widget.setObjectName(name)
    if clicked is not None:
        widget.clicked.connect(clicked)
    if default:
        widget.setDefault(True)
    return widget


def hbox(*items, margins: int | tuple | None = None, spacing: int | None = None,
         parent: QWidget | None = None) -> QHBoxLayout:
    """A row of `items` (see `fill`)."""
    return fill(QHBoxLayout(parent) if parent is not None else QHBoxLayout(), items,
                margins, spacing)


def vbox(*items, margins: int | tuple | None = None, spacing: int | None = None,
         parent: QWidget | None = None) -> QVBoxLayout:
    """A column of `items` (see `fill`)."""
    return fill(QVBoxLayout(parent) if parent is not None else QVBoxLayout(), items,
                margins, spacing)


def fill(layout, items, margins: int | tuple | None = None, spacing: int | None = None):
    """Lay out `items` in order: a widget or a layout, None for a stretch, a whole number for
    a fixed gap, or (widget or layout, stretch). `margins` is one number or four."""
    if margins is not None:
        layout.setContentsMargins(*((margins,) * 4 if isinstance(margins, int) else margins))
    if spacing is not None:
        layout.setSpacing(spacing)
    for item in items:
        item, stretch = item if isinstance(item, tuple) else (item, 0)
        if item is None:
            layout.addStretch(1)
        elif isinstance(item, int):
            layout.addSpacing(item)
        elif isinstance(item, QLayout):
            layout.addLayout(item, stretch)
        else:
            layout.addWidget(item, stretch)
    return layout


def close_buttons(dialog: QWidget, *actions: QPushButton) -> QWidget:
    """A dialog's Close button (it rejects the dialog), after its `actions` (which accept)."""
    from PySide6.QtWidgets import QDialogButtonBox

    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    for action in actions:
        buttons.addButton(action, QDialogButtonBox.ButtonRole.AcceptRole)
    buttons.rejected.connect(dialog.reject)
    return buttons


def report_layout(dialog: QWidget, badge: QLabel, summary: QLabel, found: QWidget,
                  *below: QWidget, spacing: int | None = None) -> QVBoxLayout:
    """A dialog that reports what was found (a check, the start-up reminders): its badge at
    the top left, the summary, the list of what was found, then `below` it (a hint, the
    buttons)."""
    from PySide6.QtCore import Qt

    layout = vbox(margins=(22, 18, 22, 14), spacing=spacing, parent=dialog)
    layout.addWidget(badge, 0, Qt.AlignmentFlag.AlignLeft)
    layout.addWidget(summary)
    layout.addWidget(found, 1)
    for widget in below:
        layout.addWidget(widget)
    return layout


def set_heading(dialog: QWidget, heading: str, intro: str, *,
                window_title: str | None = None) -> None:
    """The texts of a dialog's `heading` and `intro` labels; its window is named after the
    heading unless `window_title` is given."""
    dialog.setWindowTitle(window_title or heading)
    dialog.heading.setText(heading)
    dialog.intro.setText(intro)


def resize_on_screen(window: QWidget, width: int, height: int) -> None:
    """Open `window` at width x height, or smaller on a smaller screen (room left for the
    title bar and the task bar): a 760 px tall form on a 768 px laptop screen would hide
    its buttons below the screen's edge."""
    from PySide6.QtGui import QGuiApplication

    parent = window.parentWidget()
    screen = (parent.screen() if parent is not None else None) or \
        QGuiApplication.primaryScreen()
    if screen is not None:
        room = screen.availableGeometry()
        width, height = min(width, room.width()), min(height, room.height() - SCREEN_CHROME)
    window.resize(width, height)


SCREEN_CHROME = 60  # a window's title bar and frame, and a task bar


def long_form_frame(dialog: QWidget, builders: dict, save) -> None:
    """The frame of a long editing dialog: heading and intro, a group box per builder (which
    fills it) in a scroll area, then a status line with Cancel and Save (`save` is called by
    Save). Sets on `dialog`: boxes, heading, intro, scroll, status, cancel_button,
    save_button; its form frame's summary is the status line."""
    from PySide6.QtWidgets import QGroupBox, QScrollArea

    dialog.boxes = boxes = {name: QGroupBox() for name in builders}
    for name, build in builders.items():
        build(boxes[name])
    dialog.heading = label("pageTitle")
    dialog.intro = label("pageSubtitle", wrap=True)
    form = QWidget()
    form.setObjectName("page")
    column = vbox(margins=(0, 0, 10, 0), spacing=12, parent=form)
    for box in boxes.values():
        column.addWidget(box)
    column.addStretch(1)
    dialog.scroll = QScrollArea()
    dialog.scroll.setWidgetResizable(True)
    dialog.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    dialog.scroll.setWidget(form)
    dialog.status = label("fieldError", wrap=True)
    dialog.cancel_button = push_button(clicked=dialog.reject)
    dialog.save_button = push_button("primary", save, default=True)
    buttons = hbox((dialog.status, 1), dialog.cancel_button, dialog.save_button)
    vbox(dialog.heading, dialog.intro, (dialog.scroll, 1), buttons,
         margins=(22, 16, 16, 14), parent=dialog)
    dialog.frame.summary, dialog.frame.scroll = dialog.status, dialog.scroll


def repolish(widget: QWidget, object_name: str | None = None) -> None:
    """Apply the style sheets again after a change of a property they select on, or of the
    object name (`object_name`, when given)."""
    if object_name is not None:
        widget.setObjectName(object_name)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def set_badge(badge: QLabel, style: str, text: str) -> None:
    """A badge's text and look ("badgeOk", "badgeWarn", "badgeBad", "badgeNeutral")."""
    badge.setText(text)
    repolish(badge, style)


def keep_wrapped_height(widget: QWidget) -> None:
    """`widget` never gets less height than its layout needs at its width: a row of buttons
    that wraps (FlowLayout) in a narrow window is not squeezed under the pane below it by a
    splitter or a short window (minimum sizes alone ignore wrapping)."""
    widget.installEventFilter(_WrappedHeight(widget))


class _WrappedHeight(QObject):
    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Resize:
            layout = watched.layout()
            need = layout.totalMinimumHeightForWidth(watched.width()) if layout is not None \
                else watched.heightForWidth(watched.width())  # a label that wraps
            if need > 0 and need != watched.minimumHeight():
                watched.setMinimumHeight(need)
        return False


class Retranslating:
    """Mixin for widgets whose texts follow the interface language: `retranslate()` runs
    whenever a translator is installed or removed (put it before the Qt base class)."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class Page(QWidget):
    """A view's frame: title and subtitle on top, content below."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("page")
        self.title = label("pageTitle")
        self.subtitle = label("pageSubtitle", wrap=True)
        self.body = QVBoxLayout()
        self.body.setSpacing(12)
        vbox(self.title, self.subtitle, 8, (self.body, 1), margins=(28, 22, 28, 18),
             spacing=6, parent=self)

    def set_heading(self, title: str, subtitle: str) -> None:
        self.title.setText(title)
        self.subtitle.setText(subtitle)

    def add_pages(self, *pages: QWidget) -> None:
        """The view's pages (its list and its empty state), one shown at a time: `pages`."""
        from PySide6.QtWidgets import QStackedWidget

        self.pages = QStackedWidget()
        for page in pages:
            self.pages.addWidget(page)
        self.body.addWidget(self.pages, 1)

    def debounce(self, slot, interval: int, *edits):
        """Filter as the user types, but query once they pause: typing in `edits` runs `slot`
        `interval` ms after the last key. Returns the timer (stop it when querying anyway)."""
        timer = self._timer(slot, interval)
        timer.setSingleShot(True)
        for edit in edits:
            edit.textChanged.connect(timer.start)
        return timer

    def every(self, interval: int, slot):
        """Run `slot` every `interval` ms while the page lives (clocks that move on, a date
        that turns). Returns the running timer."""
        timer = self._timer(slot, interval)
        timer.start()
        return timer

    def _timer(self, slot, interval: int):
        from PySide6.QtCore import QTimer

        timer = QTimer(self)
        timer.setInterval(interval)
        timer.timeout.connect(slot)
        return timer


class ListPage(Page):
    """A view over one list of records (`model`, which reads `desk`), searched in `search`:
    another database, Ctrl+F, and the empty state whose start button records the first one
    (`new_record`)."""

    def set_desk(self, desk) -> None:
        self.desk = desk
        self.model.desk = desk
        self.refresh()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def current_record(self) -> dict | None:
        """The record of the current row of `table`, None when no row is current."""
        return self.model.record(self.table.currentIndex().row())

    def current_id(self) -> int | None:
        record = self.current_record()
        return record["id"] if record else None

    def select_record(self, record_id: int) -> bool:
        """Select record `record_id` and scroll to it; False when the list does not hold it."""
        row = self.model.row_of(record_id)
        if row < 0:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def edit_record(self, dialog) -> int | None:
        """Run an editing dialog (`SavesThroughCore`); once it saved, select its record
        (`after_save`). Returns the record's id, None when cancelled."""
        if not run_dialog(dialog):
            return None
        self.after_save(dialog.record_id)
        return dialog.record_id

    def after_save(self, record_id: int) -> None:
        """Select a record just saved: the list re-read if the window has not yet, every
        record shown if the filters hide it."""
        if self.model.row_of(record_id) < 0:
            self.refresh()
        if not self.select_record(record_id):
            self.clear_filters()
            self.select_record(record_id)

    def _build_empty_state(self, *more: QWidget) -> QWidget:
        self.empty = EmptyState(self.icon_name)
        self.start_button = push_button("primary", self.new_record)
        self.empty.add_buttons(self.start_button, *more)
        return self.empty


def record_table(name: str, model, *, wrap: bool = False, row_height: int = 0,
                 sorted_by=None) -> QWidget:
    """A read-only table of `model`'s records, one row selected at a time, in alternating
    colours, without row numbers, its columns widened by hand; with `sorted_by`, a click on a
    column's header calls it (column, order) to sort in core."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(wrap)
    table.verticalHeader().hide()
    if row_height:
        table.verticalHeader().setDefaultSectionSize(row_height)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    if sorted_by is not None:
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(model.sort_column(), Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(sorted_by)
    return table


def record_tree(name: str, columns: int, tree: QWidget | None = None) -> QWidget:
    """A short list of records (`tree`, else a new QTreeWidget), a column per fact, the
    second taking the room left and the others as wide as their texts; each row's record id
    kept in column 0 (`ID_ROLE`, read back by `tree_ids`)."""
    from PySide6.QtWidgets import QHeaderView, QTreeWidget

    tree = tree if tree is not None else QTreeWidget()
    tree.setObjectName(name)
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    tree.setAllColumnsShowFocus(True)
    tree.setColumnCount(columns)
    header = tree.header()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    header.setStretchLastSection(False)
    return tree


def add_record_row(tree, record_id: int, texts: list[str]):
    """A row of a `record_tree`: "#id", then `texts`. Returns the row (a QTreeWidgetItem)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QTreeWidgetItem

    item = QTreeWidgetItem([f"#{record_id}", *texts])
    item.setData(0, Qt.ItemDataRole.UserRole, record_id)
    tree.addTopLevelItem(item)
    return item


def row_id(item) -> int:
    """The record id of a `record_tree`'s row."""
    from PySide6.QtCore import Qt

    return item.data(0, Qt.ItemDataRole.UserRole)


def tree_ids(tree) -> list[int]:
    """The record ids of a `record_tree`'s rows, top to bottom."""
    return [row_id(tree.topLevelItem(i)) for i in range(tree.topLevelItemCount())]


def text_browser(name: str) -> QWidget:
    """A read-only rich text pane whose links the view handles itself (none opens)."""
    from PySide6.QtWidgets import QTextBrowser

    browser = QTextBrowser()
    browser.setObjectName(name)
    browser.setOpenLinks(False)
    return browser


def search_box(name: str) -> QWidget:
    """A search field with a clear button."""
    from PySide6.QtWidgets import QLineEdit

    widget = QLineEdit()
    widget.setObjectName(name)
    widget.setClearButtonEnabled(True)
    return widget


def run_dialog(dialog) -> bool:
    """Run a modal form to its end; True when it was saved. The dialog is deleted later."""
    saved = dialog.exec() == dialog.DialogCode.Accepted
    dialog.deleteLater()
    return saved


class Card(QFrame):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("card")
        self.title = label("cardTitle")
        self.layout_ = vbox(margins=(18, 14, 18, 16), spacing=6, parent=self)
        header = hbox(self.title, None)
        self.header = header
        self.layout_.addLayout(header)


class EmptyState(QWidget):
    """An honest empty state: what will be here, and that nothing is here yet."""

    def __init__(self, icon_name: str, parent: QWidget | None = None):
        from PySide6.QtCore import Qt

        super().__init__(parent)
        self.picture = QLabel()
        self.picture.setPixmap(_tinted(icon_name).pixmap(64, 64))
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heading = label("emptyTitle")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text = label("emptyText", wrap=True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setFixedWidth(560)
        # Centred by stretches, not by an alignment flag: a layout item with an alignment
        # gets its height from sizeHint, not heightForWidth, and a long (Vietnamese) text
        # lost its last lines.
        centred = hbox(None, self.text, None)
        layout = vbox(None, self.picture, self.heading, centred, parent=self)
        layout.addStretch(2)

    def add_buttons(self, *buttons: QWidget) -> None:
        """The way out of the empty state (e.g. "Record an incident"), centred under the text."""
        layout = self.layout()
        layout.insertSpacing(layout.count() - 1, 10)
        layout.insertLayout(layout.count() - 1, hbox(None, *buttons, None))


def _tinted(name: str) -> QIcon:
    """The sidebar's light icon redrawn in the page's dark ink."""
    svg = resource("icons", f"{name}.svg").read_text(encoding="utf-8")
    from PySide6.QtCore import QByteArray
    from PySide6.QtGui import QPixmap

    pixmap = QPixmap()
    pixmap.loadFromData(QByteArray(svg.replace("#e3e9f7", "#9aa6c0")
                                   .replace('width="24" height="24"', 'width="64" height="64"')
                                   .encode()), "SVG")
    return QIcon(pixmap)


def row_of(*parts, spacing: int = 8, right: int = 0) -> QWidget:
    """Widgets side by side in one widget (ints are gaps in pixels): a group that a FlowLayout
    keeps together on one line; `right`: room after it."""
    group = QWidget()
    row = hbox(margins=(0, 0, right, 0), spacing=spacing, parent=group)
    for part in parts:
        row.addSpacing(part) if isinstance(part, int) else row.addWidget(part)
    return group


def with_detail(view: QWidget, detail_name: str, sizes: tuple[int, int], *,
                beside: bool = False):
    """A list and, below it (or `beside` it), the selected record in full: the splitter to
    lay out and the text browser that shows the record."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QSplitter, QTextBrowser

    detail = QTextBrowser()
    detail.setObjectName(detail_name)
    splitter = QSplitter(Qt.Orientation.Horizontal if beside else Qt.Orientation.Vertical)
    splitter.addWidget(view)
    splitter.addWidget(detail)
    splitter.setSizes(list(sizes))
    return splitter, detail


class FlowLayout(QLayout):
    """Widgets in a row that wraps onto the next line when the width runs out (Qt's "Flow
    Layout" example), so a row of action buttons never clips its labels in a narrow window."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6, *,
                 last_right: bool = False):
        super().__init__(parent)
        self._items: list = []
        self.last_right = last_right  # the last widget at the right end of its line
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item) -> None:  # noqa: N802 - Qt override
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int):  # noqa: N802 - Qt override
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int):  # noqa: N802 - Qt override
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self):  # noqa: N802 - Qt override
        from PySide6.QtCore import Qt

        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt override
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return self.minimumSize()

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt override
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, line = area.x(), area.y(), 0
        shown = [item for item in self._items
                 if item.widget() is None or not item.widget().isHidden()]
        placed: list[tuple] = []  # (item, x, y of its line, size) of the line being filled

        def finish_line() -> None:  # each item centred in its line's height
            for item, left, top, size in placed:
                item.setGeometry(QRect(QPoint(left, top + (line - size.height()) // 2), size))
            placed.clear()

        for item in shown:
            hint = item.sizeHint()
            if x + hint.width() > area.right() + 1 and line > 0:  # wrap
                if move:
                    finish_line()
                x, y, line = area.x(), y + line + self.spacing(), 0
            if self.last_right and item is shown[-1]:
                x = max(x, area.right() + 1 - hint.width())
            placed.append((item, x, y, hint))
            x += hint.width() + self.spacing()
            line = max(line, hint.height())
        if move:
            finish_line()
        return y + line - rect.y() + margins.bottom()
