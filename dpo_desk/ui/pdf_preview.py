"""A PDF shown as it will print: the pages, a zoom (fit width, smaller, larger), the page
count, "Save as PDF…" and "Print…"; embedded in a screen (`PdfPreview`) or in a window of its
own (`PdfPreviewDialog`).

PySide6-Essentials has no QtPdf, so pages are rasterised with pdfium (pypdfium2). Only the
pages in view are rendered, at the zoom shown, so a report of hundreds of pages scrolls
without delay; printing renders each page again at the printer's resolution (at most
PRINT_DPI) and paints it on the printer's page. pdfium is not thread-safe: every call to it
stays on the GUI thread. The document is held in memory, so no file stays open or locked.
"""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QWidget,
)

from dpo_desk.ui.widgets import (
    FlowLayout,
    Retranslating,
    hbox,
    label,
    push_button,
    resize_on_screen,
    row_of,
    tell_saved,
    vbox,
)

POINTS_PER_INCH = 72
ZOOMS = (0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0)
GAP = 14  # pixels between pages and around them
PRINT_DPI = 300  # enough for text on paper; 1200 dpi pages would take 550 MB each
CACHE_PAGES = 16  # rendered pages kept in memory
STYLE = """
QWidget#pdfToolbar QPushButton { padding: 4px 10px; min-width: 18px; }
QPushButton#zoomFit:checked { background: #dce6fb; border: 1px solid #3567d8; }
QScrollArea#pdfScroll { background: #5b6680; border: 1px solid #c9d1e1; border-radius: 6px; }
QWidget#pdfPages { background: #5b6680; }
QLabel#pdfZoom { color: #34405a; min-width: 44px; }
"""


def bitmap_image(bitmap) -> QImage:
    """A pdfium bitmap (4-byte BGRx, as `render(prefer_bgrx=True)` gives on every
    little-endian machine) as a QImage that owns its pixels."""
    image = QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride,
                   QImage.Format.Format_RGB32)
    return image.copy()


def render_page(document, index: int, pixels_per_point: float) -> QImage:
    page = document[index]
    try:
        bitmap = page.render(scale=pixels_per_point, prefer_bgrx=True)
        try:
            return bitmap_image(bitmap)
        finally:
            bitmap.close()
    finally:
        page.close()


class PageColumn(QWidget):
    """The pages one under the other, drawn at `pixels_per_point`; a page is rendered when
    it first comes into view and kept while it stays near it."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("pdfPages")
        self.document = None
        self.sizes: list[tuple[float, float]] = []  # page sizes in points
        self.pixels_per_point = 1.0
        self.cache: dict[int, QImage] = {}
        self.setAutoFillBackground(True)

    def set_document(self, document, sizes: list[tuple[float, float]]) -> None:
        self.document, self.sizes = document, sizes
        self.cache.clear()
        self._resize()

    def set_scale(self, pixels_per_point: float) -> None:
        if abs(pixels_per_point - self.pixels_per_point) > 1e-6:
            self.pixels_per_point = pixels_per_point
            self.cache.clear()
            self._resize()

    def page_rect(self, index: int) -> QRect:
        """Where page `index` is drawn, in this widget's pixels (centred)."""
        scale = self.pixels_per_point
        top = GAP
        for _width, height in self.sizes[:index]:
            top += round(height * scale) + GAP
        width, height = self.sizes[index]
        left = max(GAP, (self.width() - round(width * scale)) // 2)
        return QRect(left, top, round(width * scale), round(height * scale))

    def page_at(self, y: int) -> int:
        """The page shown at height `y` (the last one above it in a gap)."""
        top, found = GAP, 0
        for index, (_width, height) in enumerate(self.sizes):
            if y < top:
                break
            found = index
            top += round(height * self.pixels_per_point) + GAP
        return found

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        scale = self.pixels_per_point
        width = max((round(w * scale) for w, _ in self.sizes), default=0) + 2 * GAP
        height = sum(round(h * scale) + GAP for _, h in self.sizes) + GAP
        return QSize(width, height)

    def _resize(self) -> None:
        self.setMinimumSize(self.sizeHint())
        self.resize(max(self.sizeHint().width(), self.width()), self.sizeHint().height())
        self.update()

    def image(self, index: int) -> QImage:
        """Page `index` at the current zoom, rendered now unless it is cached."""
        if index not in self.cache:
            ratio = self.devicePixelRatioF()
            image = render_page(self.document, index, self.pixels_per_point * ratio)
            image.setDevicePixelRatio(ratio)
            if len(self.cache) >= CACHE_PAGES:
                self.cache.pop(next(iter(self.cache)))  # the oldest
            self.cache[index] = image
        return self.cache[index]

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self.document is None:
            return
        painter = QPainter(self)
        area = event.rect()
        for index in range(len(self.sizes)):
            rect = self.page_rect(index)
            if rect.top() > area.bottom():
                break
            if not rect.intersects(area):
                continue
            painter.fillRect(rect.translated(2, 3), QColor(0, 0, 0, 60))  # a soft shadow
            # At its own size: pdfium may round the page a pixel up, and scaling the image
            # by that pixel would drop a row of every line of text.
            painter.drawImage(rect.topLeft(), self.image(index))
        painter.end()


class PdfPreview(Retranslating, QWidget):
    """Scrollable pages of one PDF with zoom controls, the page count, "Save as PDF…" and
    "Print…". `load_bytes()` shows a document; `page_count()`, `pages()`, `save_to()` and
    `print_to()` work without any file or print dialog (scripts, tests)."""

    page_changed = Signal(int)
    saved = Signal(str)  # the path written
    printed = Signal(bool)  # False: cancelled, or the printer could not be opened

    def __init__(self, parent=None, *, file_name: str = "document.pdf"):
        super().__init__(parent)
        self.setStyleSheet(STYLE)
        self.file_name = file_name  # what "Save as PDF…" suggests
        self.message: QMessageBox | None = None  # the last error shown (tests read it)
        self.data: bytes = b""
        self.document = None
        self.fit_width = True
        self.zoom = 1.0
        self.current_page = 0

        self.pages_widget = PageColumn()
        self.scroll = QScrollArea()
        self.scroll.setObjectName("pdfScroll")
        self.scroll.setWidget(self.pages_widget)
        self.scroll.setWidgetResizable(False)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.scroll.viewport().setBackgroundRole(QPalette.ColorRole.Dark)
        self.scroll.viewport().installEventFilter(self)
        self.scroll.verticalScrollBar().valueChanged.connect(self._on_scrolled)
        self.placeholder = label("muted", wrap=True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.fit_button = push_button("zoomFit")
        self.fit_button.setCheckable(True)
        self.fit_button.setChecked(True)
        self.fit_button.toggled.connect(self.set_fit_width)
        self.zoom_out_button = QPushButton("\u2212")
        self.zoom_out_button.setObjectName("zoomOut")
        self.zoom_out_button.clicked.connect(lambda: self.step_zoom(-1))
        self.zoom_in_button = QPushButton("+")
        self.zoom_in_button.setObjectName("zoomIn")
        self.zoom_in_button.clicked.connect(lambda: self.step_zoom(1))
        self.zoom_label = QLabel()
        self.zoom_label.setObjectName("pdfZoom")
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page_label = label("muted")
        self.page_label.setObjectName("pdfPageCount")
        self.save_button = push_button("savePdf", self.choose_and_save)
        self.print_button = push_button("printPdf", self.choose_and_print)
        self.toolbar = QWidget()
        self.toolbar.setObjectName("pdfToolbar")
        # The zoom on the left, the page count and the file's buttons on the right; in a
        # narrow window (the reports screen at 960 pixels) the second group goes under the
        # first instead of squeezing the buttons' texts.
        bar = FlowLayout(self.toolbar, spacing=8, last_right=True)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(row_of(self.fit_button, 6, self.zoom_out_button, self.zoom_label,
                             self.zoom_in_button, spacing=4))
        bar.addWidget(row_of(self.page_label, 12, self.save_button, self.print_button,
                             spacing=4))

        vbox(self.toolbar, (self.scroll, 1), (self.placeholder, 1), margins=0, spacing=6,
             parent=self)
        self.retranslate()
        self._show_state()

    # -- the document ------------------------------------------------------------------------

    def load_bytes(self, data: bytes) -> int:
        """Show the PDF in `data`; returns its page count. Raises pdfium.PdfiumError for
        bytes that are not a PDF."""
        document = pdfium.PdfDocument(data)
        self.clear()
        self.data, self.document = data, document
        sizes = [document.get_page_size(i) for i in range(len(document))]
        self.pages_widget.set_document(document, sizes)
        self.current_page = 0
        self._apply_zoom()
        self.scroll.verticalScrollBar().setValue(0)
        self._show_state()
        return len(sizes)

    def load(self, path: Path | str) -> int:
        return self.load_bytes(Path(path).read_bytes())

    def clear(self) -> None:
        self.pages_widget.set_document(None, [])
        if self.document is not None:
            self.document.close()
        self.document, self.data = None, b""
        self._show_state()

    def has_document(self) -> bool:
        return self.document is not None

    def page_count(self) -> int:
        return len(self.pages_widget.sizes)

    def pages(self, pixels_per_point: float | None = None) -> list[QImage]:
        """Every page rendered (at the zoom shown unless `pixels_per_point` is given)."""
        scale = pixels_per_point or self.pages_widget.pixels_per_point
        return [render_page(self.document, i, scale) for i in range(self.page_count())]

    def save_to(self, path: Path | str) -> Path:
        """Write the shown PDF, byte for byte, to `path`: privately and atomically, never over
        the open database (core/files.py)."""
        from dpo_desk.core import files

        path = files.atomic_write(path, self.data)
        self.saved.emit(str(path))
        return path

    def set_placeholder(self, text: str) -> None:
        """What the area says while it shows no document."""
        self.placeholder.setText(text)

    # -- zoom --------------------------------------------------------------------------------

    def pixels_per_point(self) -> float:
        return self.pages_widget.pixels_per_point

    def set_fit_width(self, on: bool) -> None:
        self.fit_width = on
        if self.fit_button.isChecked() != on:
            self.fit_button.setChecked(on)
        self._apply_zoom()

    def step_zoom(self, direction: int) -> None:
        """One step smaller (-1) or larger (+1) from the zoom shown (fit width ends)."""
        current = self.zoom_factor()
        if direction > 0:
            self.zoom = next((z for z in ZOOMS if z > current + 0.01), ZOOMS[-1])
        else:
            self.zoom = next((z for z in reversed(ZOOMS) if z < current - 0.01), ZOOMS[0])
        self.set_fit_width(False)

    def zoom_factor(self) -> float:
        """The zoom shown: 1.0 is the paper's real size on this screen."""
        return self.pages_widget.pixels_per_point / self._screen_scale()

    def _screen_scale(self) -> float:
        return self.logicalDpiX() / POINTS_PER_INCH

    def _apply_zoom(self) -> None:
        if self.fit_width and self.pages_widget.sizes:
            widest = max(w for w, _ in self.pages_widget.sizes)
            room = self.scroll.viewport().width() - 2 * GAP
            scale = max(0.2, room / widest)
        else:
            scale = self.zoom * self._screen_scale()
        anchor = self._scroll_fraction()
        self.pages_widget.set_scale(scale)
        self.pages_widget.resize(max(self.pages_widget.sizeHint().width(),
                                     self.scroll.viewport().width()),
                                 self.pages_widget.sizeHint().height())
        self._restore_scroll(anchor)
        self.zoom_label.setText(f"{round(self.zoom_factor() * 100)}%")
        self.zoom_out_button.setEnabled(self.zoom_factor() > ZOOMS[0] + 0.01)
        self.zoom_in_button.setEnabled(self.zoom_factor() < ZOOMS[-1] - 0.01)

    def _scroll_fraction(self) -> float:
        bar = self.scroll.verticalScrollBar()
        return bar.value() / bar.maximum() if bar.maximum() else 0.0

    def _restore_scroll(self, fraction: float) -> None:
        bar = self.scroll.verticalScrollBar()
        bar.setValue(round(fraction * bar.maximum()))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if watched is self.scroll.viewport():
            if event.type() == event.Type.Resize and self.fit_width:
                self._apply_zoom()
            elif event.type() == event.Type.Resize:
                self.pages_widget.resize(max(self.pages_widget.sizeHint().width(),
                                             event.size().width()),
                                         self.pages_widget.sizeHint().height())
            elif event.type() == event.Type.Wheel and \
                    event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.step_zoom(1 if event.angleDelta().y() > 0 else -1)
                return True
        return super().eventFilter(watched, event)

    # -- showing -----------------------------------------------------------------------------

    def _on_scrolled(self, value: int) -> None:
        if not self.page_count():
            return
        middle = value + self.scroll.viewport().height() // 3
        page = self.pages_widget.page_at(middle)
        if page != self.current_page:
            self.current_page = page
            self._show_page_label()
            self.page_changed.emit(page)

    def _show_state(self) -> None:
        shown = self.has_document()
        self.scroll.setVisible(shown)
        self.placeholder.setVisible(not shown)
        for widget in (self.fit_button, self.zoom_in_button, self.zoom_out_button,
                       self.zoom_label, self.save_button, self.print_button):
            widget.setEnabled(shown)
        self._show_page_label()

    def _show_page_label(self) -> None:
        count = self.page_count()
        if not count:
            self.page_label.clear()
            return
        if count == 1:
            self.page_label.setText(self.tr("%n page(s)", "", count))
        else:
            self.page_label.setText(self.tr("Page {0} of %n", "", count).format(
                self.current_page + 1))

    def retranslate(self) -> None:
        self.fit_button.setText(self.tr("Fit width"))
        self.fit_button.setToolTip(self.tr("Zoom so that the page fills the width"))
        self.zoom_out_button.setToolTip(self.tr("Smaller (Ctrl+wheel)"))
        self.zoom_in_button.setToolTip(self.tr("Larger (Ctrl+wheel)"))
        # the buttons show only "−" and "+": screen readers read these names (Qt accessibility)
        self.zoom_out_button.setAccessibleName(self.zoom_out_button.toolTip())
        self.zoom_in_button.setAccessibleName(self.zoom_in_button.toolTip())
        self.save_button.setText(self.tr("Save as PDF…"))
        self.print_button.setText(self.tr("Print…"))
        self._show_page_label()

    # -- saving and printing -----------------------------------------------------------------

    def choose_and_save(self) -> Path | None:
        """Ask where to save (the file dialog), then save there."""
        start = str(Path.home() / self.file_name)
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"), start,
                                              self.tr("PDF documents (*.pdf)"))
        if not path:
            return None
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        from dpo_desk.core.errors import DeskError

        try:
            saved = self.save_to(path)
        except (OSError, DeskError) as error:  # a full disk; the open database chosen
            self.show_error(self.tr("The PDF was not saved"), str(error))
            return None
        self.message = tell_saved(self, saved)
        return saved

    def choose_and_print(self) -> bool:
        """The print dialog (printer, copies, page range), then print."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.file_name)
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, self.page_count())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        done = self.print_to(printer)
        if done and printer.outputFileName():  # "Print to file": say where it went
            self.message = tell_saved(self, printer.outputFileName())
        return done

    def print_to(self, printer) -> bool:
        """Print on `printer`, a page per sheet: each page rendered at the printer's
        resolution (at most PRINT_DPI) and scaled to the printable area. Honours the page
        range of the print dialog; a progress dialog lets the DPO cancel between pages.
        Returns False when cancelled or when the printer could not be opened."""
        from PySide6.QtPrintSupport import QPrinter

        count = self.page_count()
        first, last = 1, count
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage():
            first, last = max(1, printer.fromPage()), min(count, printer.toPage() or count)
        painter = QPainter()
        if not count or not painter.begin(printer):
            self.printed.emit(False)
            return False
        dpi = min(printer.resolution(), PRINT_DPI)
        progress = QProgressDialog(self.tr("Printing…"), self.tr("Cancel"), 0,
                                   last - first + 1, self)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(500)
        done = True
        try:
            for number in range(first, last + 1):
                if progress.wasCanceled():
                    printer.abort()
                    done = False
                    break
                if number > first:
                    printer.newPage()
                self._print_page(painter, number - 1, dpi)
                progress.setValue(number - first + 1)
        finally:
            painter.end()
            progress.close()
            progress.deleteLater()
        self.printed.emit(done)
        return done

    def _print_page(self, painter: QPainter, index: int, dpi: int) -> None:
        image = render_page(self.document, index, dpi / POINTS_PER_INCH)
        area = QRectF(painter.viewport())
        size = image.size().toSizeF().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
        target = QRectF(area.x() + (area.width() - size.width()) / 2, area.y(),
                        size.width(), size.height())
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(target, image)

    def show_error(self, title: str, text: str) -> None:
        """A window-modal message that does not block the caller."""
        self.message = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=self)
        self.message.open()


class PdfPreviewDialog(Retranslating, QDialog):
    """A document in a window of its own. Modeless-capable (`show()`); `save_to()`,
    `pages()` and `print_to()` work without any file or print dialog."""

    def __init__(self, parent=None, *, title: str = "", file_name: str = "document.pdf"):
        super().__init__(parent)
        self.setObjectName("pdfPreviewDialog")
        self.file_name = file_name
        resize_on_screen(self, 880, 940)
        self.heading = label("cardTitle", title)
        self.heading.setWordWrap(True)
        self.preview = PdfPreview(file_name=file_name)
        self.preview.saved.connect(lambda path: self.status.setText(
            self.tr("Saved to {0}").format(path)))
        self.preview.printed.connect(self._on_printed)
        self.status = label("muted", wrap=True)
        self.status.setObjectName("previewStatus")
        self.close_button = push_button("closePreview", self.reject)
        self.buttons = hbox((self.status, 1), self.close_button, spacing=8)
        self.content = vbox(self.heading, (self.preview, 1), self.buttons, margins=(18, 14, 18, 14),
                            spacing=8, parent=self)
        self.retranslate_dialog()

    def load_bytes(self, data: bytes) -> int:
        return self.preview.load_bytes(data)

    def pages(self) -> list[QImage]:
        return self.preview.pages()

    def page_count(self) -> int:
        return self.preview.page_count()

    def save_to(self, path: Path | str) -> Path:
        return self.preview.save_to(path)

    def print_to(self, printer) -> bool:
        return self.preview.print_to(printer)

    def _on_printed(self, done: bool) -> None:
        self.status.setText(self.tr("Sent to the printer.") if done else self.tr(
            "Printing was cancelled, or the printer could not be opened."))

    def retranslate_dialog(self) -> None:
        self.close_button.setText(self.tr("Close"))

    def retranslate(self) -> None:
        self.retranslate_dialog()


