"""The one form frame of the app's forms and dialogs: rows of a caption, the field and the
field's error under it; a summary line for what no row shows.

Core checks the values (STYLE: the UI never re-implements a rule). `show_errors` puts each
of core's messages under its field (the field framed in red, the first wrong one focused)
and the rest in the summary. A field's error clears as soon as the field is fixed: when the
frame has a `check` (core's validation of the values as typed) it asks core again on each
edit of a wrong field and keeps only what core still says of it; without one, editing the
field clears its error, and core checks again on Save.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QTextEdit,
    QWidget,
)

from dpo_desk.core.errors import ValidationError
from dpo_desk.ui.i18n import core_message
from dpo_desk.ui.widgets import vbox


def error_label() -> QLabel:
    """A field's error: red text under the field, hidden until there is one."""
    error = QLabel()
    error.setObjectName("fieldError")
    error.setWordWrap(True)
    error.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    error.hide()
    return error


def mark_invalid(widget: QWidget, invalid: bool) -> None:
    """The red frame of a wrong field (app.qss: [invalid="true"])."""
    widget.setProperty("invalid", invalid)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def form_layout(*, top_captions: bool = False, spacing: int | None = None,
                grow: QFormLayout.FieldGrowthPolicy =
                QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow) -> QFormLayout:
    """A form of caption/field rows that never wraps (captions on top of tall fields where
    `top_captions`)."""
    form = QFormLayout()
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    form.setFieldGrowthPolicy(grow)
    if top_captions:
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    if spacing is not None:
        form.setVerticalSpacing(spacing)
    return form


def box_form(box: QWidget) -> QFormLayout:
    """The rows of one group box of a long form, captions on top of tall fields."""
    form = form_layout(top_captions=True, spacing=10)
    box.setLayout(form)
    return form


def line_field(key: str) -> QLineEdit:
    """A one-line field named after its key (`field_<key>`)."""
    edit = QLineEdit()
    edit.setObjectName(f"field_{key}")
    edit.setMinimumHeight(32)
    return edit


def text_field(key: str, height: int = 74) -> QPlainTextEdit:
    """A field for a few lines (`height` pixels) named after its key; Tab moves on."""
    edit = QPlainTextEdit()
    edit.setObjectName(f"field_{key}")
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(height)
    return edit


def edited_signal(widget: QWidget):
    """The signal a field sends when the DPO changes it (None for a field we cannot watch)."""
    if isinstance(widget, QLineEdit):
        return widget.textEdited
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return widget.textChanged
    if isinstance(widget, QComboBox):
        return widget.currentTextChanged
    if isinstance(widget, QDateTimeEdit):
        return widget.dateTimeChanged
    if isinstance(widget, QAbstractSpinBox) and hasattr(widget, "valueChanged"):
        return widget.valueChanged
    if isinstance(widget, QAbstractButton):
        return widget.toggled
    if isinstance(widget, QListWidget):
        return widget.itemChanged
    return None


class FormFrame:
    """The fields of one form by the names core gives them: `inputs` (the part framed and
    focused), `errors` (their labels), `captions` and `rows` (what holds field and error).

    `summary` shows a headline and the messages no row shows (hidden while empty when
    `hide_empty_summary`); `names(field)` names such a field in the summary; `scroll` is
    scrolled to the first wrong field; `check()` raises core's ValidationError for the values
    as typed; `fit_errors`: an error keeps all its lines at its field's width (a
    QFormLayout alone may cut a second line)."""

    def __init__(self, summary: QLabel | None = None, *, hide_empty_summary: bool = False,
                 names: Callable[[], dict[str, str]] | None = None,
                 scroll: QScrollArea | None = None,
                 check: Callable[[], object] | None = None, fit_errors: bool = False):
        self.summary = summary
        self.hide_empty_summary = hide_empty_summary
        self.names, self.scroll, self.check = names, scroll, check
        self.fit_errors = fit_errors
        self.inputs: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.captions: dict[str, QLabel] = {}
        self.rows: dict[str, QWidget] = {}
        self._focus: dict[str, QWidget] = {}

    # -- building ----------------------------------------------------------------------------

    def wrap(self, key: str, widget: QWidget, focus: QWidget | None = None, *,
             first: QWidget | None = None, spacing: int = 3) -> QWidget:
        """`widget` with its (hidden) error under it; `focus` is the part of a composite field
        that is framed in red and focused on error (`first` is focused instead, if given)."""
        error = error_label()
        holder = QWidget()
        vbox(widget, error, margins=0, spacing=spacing, parent=holder)
        self.add(key, focus or widget, error, first=first)
        self.rows[key] = holder
        return holder

    def row(self, form: QFormLayout, key: str, widget: QWidget,
            focus: QWidget | None = None, *, first: QWidget | None = None,
            caption_width: int = 170, caption_top: int = 0, spacing: int = 3) -> QLabel:
        """A row of `form`: the caption (returned, its text set by the form's retranslate),
        the field and its error."""
        holder = self.wrap(key, widget, focus, first=first, spacing=spacing)
        caption = QLabel()
        caption.setBuddy(focus or widget)
        if caption_width:
            caption.setMinimumWidth(caption_width)
        if caption_top:
            caption.setContentsMargins(0, caption_top, 0, 0)
        form.addRow(caption, holder)
        self.captions[key] = caption
        return caption

    def add(self, key: str, field: QWidget, error: QLabel, *,
            first: QWidget | None = None) -> None:
        """A field laid out by the form itself, with its error label; `first` gets the focus
        on error when it is not `field` (a frame around check boxes)."""
        self.inputs[key], self.errors[key] = field, error
        if first is not None:
            self._focus[key] = first
        signal = edited_signal(first or field)
        if signal is not None:
            signal.connect(lambda *_: self._edited(key))

    # -- errors ------------------------------------------------------------------------------

    def show_errors(self, error: ValidationError, headline: str = "") -> None:
        """Each message under its field, the first wrong field focused; `headline` and the
        messages of fields not in the form go to the summary."""
        self.clear_errors()
        first, elsewhere = None, []
        names = self.names() if self.names else {}
        for field in dict.fromkeys(e.field for e in error.errors):
            messages = [core_message(e) for e in error.for_field(field)]
            if field not in self.errors:
                elsewhere += [f"{names[field]}: {m}" if field in names else m
                              for m in messages]
                continue
            self._show(field, messages)
            first = first or self._focus.get(field, self.inputs[field])
        self.set_summary("\n".join(filter(None, [headline, *elsewhere])))
        if first is not None:
            first.setFocus()
            if self.scroll is not None:
                self.scroll.ensureWidgetVisible(first, 50, 80)

    def clear_errors(self) -> None:
        for field in self.errors:
            self._show(field, [])
        self.set_summary("")

    def set_summary(self, text: str) -> None:
        if self.summary is None:
            return
        self.summary.setText(text)
        if self.hide_empty_summary:
            self.summary.setVisible(bool(text))

    def error_text(self, field: str) -> str:
        if field in self.errors:
            return self.errors[field].text()
        return self.summary.text() if self.summary is not None else ""

    def shown(self) -> set[str]:
        """The fields showing an error."""
        return {key for key, shown in self.errors.items() if not shown.isHidden()}

    def _show(self, field: str, messages: list[str]) -> None:
        shown = self.errors[field]
        shown.setText("\n".join(messages))
        shown.setVisible(bool(messages))
        if self.fit_errors:
            shown.ensurePolished()
            shown.setMinimumHeight(shown.heightForWidth(self.inputs[field].width())
                                   if messages else 0)
        mark_invalid(self.inputs[field], bool(messages))

    def _edited(self, field: str) -> None:
        """A wrong field was changed: its error stays only while core still finds it wrong."""
        if self.errors[field].isHidden():
            return
        messages = []
        if self.check is not None:
            try:
                self.check()
            except ValidationError as error:
                messages = [core_message(e) for e in error.for_field(field)]
        self._show(field, messages)


class FramedForm:
    """Mixin for a dialog whose fields are in `self.frame`: `show_errors` (under
    `headline()`, "Not saved" by default), `clear_errors` and `error_text`, as the dialogs
    and their tests call them."""

    def headline(self) -> str:
        return QCoreApplication.translate("FormFrame",
                                          "Not saved: correct the fields marked in red.")

    def show_errors(self, error: ValidationError) -> None:
        self.frame.show_errors(error, self.headline())

    def clear_errors(self) -> None:
        self.frame.clear_errors()

    def error_text(self, field: str) -> str:
        return self.frame.error_text(field)
