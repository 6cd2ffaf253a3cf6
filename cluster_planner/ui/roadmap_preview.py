"""The roadmap's PDF pages on screen and on the printer, drawn by PDFium (pypdfium2).

Qt's own PDF module is not part of the PySide6 wheels the app ships with; PDFium
renders a page in a few milliseconds, so pages are drawn when they are shown.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QImage,
    QKeySequence,
    QPainter,
    QPixmap,
    QResizeEvent,
    QShortcut,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cluster_planner.ui import theme
from cluster_planner.ui.formats import format_percent
from cluster_planner.ui.key_names import modifier_name

PRINT_DPI_LIMIT = 300  # pages are sent to the printer as pictures of at most this resolution
ZOOM_STEP = 1.25  # one step of Ctrl+wheel, Ctrl++ or Ctrl+-
ZOOM_RANGE = (0.5, 4.0)  # of the page's width fitted to the preview's


def tr(text: str) -> str:
    """``text`` translated in the roadmap page's context."""
    return QCoreApplication.translate("roadmap_page", text)


class PdfPages:
    """A PDF held in memory, page by page: its count, page sizes and pictures of pages."""

    def __init__(self, data: bytes) -> None:
        import pypdfium2

        self.data = data  # PDFium reads from this buffer for as long as the document lives
        self._document = pypdfium2.PdfDocument(data)

    def __len__(self) -> int:
        return len(self._document)

    def page_size(self, index: int) -> tuple[float, float]:
        """(width, height) of page ``index`` in points."""
        width, height = self._document[index].get_size()
        return float(width), float(height)

    def image(self, index: int, dpi: float) -> QImage:
        """Page ``index`` as a picture at ``dpi`` dots per inch."""
        page = self._document[index]
        bitmap = page.render(scale=dpi / 72)
        picture = bitmap.to_pil().convert("RGB")
        data = picture.tobytes()
        image = QImage(
            data, picture.width, picture.height, 3 * picture.width, QImage.Format.Format_RGB888
        )
        return image.copy()  # own the pixels: ``data`` goes away

    def close(self) -> None:
        """Let PDFium free the document (once)."""
        if self._document.raw is not None:
            self._document.close()


def print_pages(pages: PdfPages, printer: object, first: int = 1, last: int = 0) -> int:
    """Print pages ``first``…``last`` (1-based; 0: to the end) on ``printer``; return how many.

    Each page is fitted to the printable area in its own orientation (landscape pages of
    the action plan print turned), as a picture of at most PRINT_DPI_LIMIT.
    """
    from PySide6.QtGui import QPageLayout
    from PySide6.QtPrintSupport import QPrinter

    assert isinstance(printer, QPrinter)
    last = last or len(pages)
    numbers = range(max(first, 1) - 1, min(last, len(pages)))
    if not len(numbers):
        return 0
    dpi = min(printer.resolution(), PRINT_DPI_LIMIT)

    def orient(index: int) -> None:
        width, height = pages.page_size(index)
        landscape = width > height
        printer.setPageOrientation(
            QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
        )

    orient(numbers[0])
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be started")
    try:
        for count, index in enumerate(numbers):
            if count:
                orient(index)
                printer.newPage()
            image = pages.image(index, dpi)
            area = QRectF(painter.viewport())
            scale = min(area.width() / image.width(), area.height() / image.height())
            size = QSize(round(image.width() * scale), round(image.height() * scale))
            target = QRectF(area.left(), area.top(), size.width(), size.height())
            painter.drawImage(target, image)
    finally:
        painter.end()
    return len(numbers)


def _close(held: dict[str, PdfPages | None]) -> None:
    pages, held["pages"] = held["pages"], None
    if pages is not None:
        pages.close()


class PagePreview(QWidget):
    """One page of the PDF at a time, fitted to the width (or the whole page, or zoomed in
    with Ctrl+wheel), with page-by-page navigation.

    Contract: ``show_document`` takes the pages to show (None: nothing yet, with a
    sentence in its place); the picture is drawn for the page shown only.
    """

    page_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roadmap_preview")
        self.pages: PdfPages | None = None
        self.picture = QLabel()
        self.picture.setObjectName("roadmap_preview_page")
        self.picture.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.picture.setWordWrap(True)
        self.scroller = QScrollArea()
        self.scroller.setWidget(self.picture)
        self.scroller.setWidgetResizable(True)
        self.scroller.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.previous_button = QPushButton(tr("◀ Previous page"))
        self.previous_button.setObjectName("roadmap_previous_page")
        self.next_button = QPushButton(tr("Next page ▶"))
        self.next_button.setObjectName("roadmap_next_page")
        self.page_number = QSpinBox()
        self.page_number.setObjectName("roadmap_page_number")
        self.page_number.setMinimum(1)
        self.page_number.setAccessibleName(tr("Page"))
        self.page_count = QLabel()
        caption = QLabel(tr("Page"))
        caption.setBuddy(self.page_number)
        # Zoom: the page fitted to the width (the default), the whole page, or larger
        # (Ctrl+wheel, Ctrl++ and Ctrl+-) to read body text on a small screen.
        self.zoom = 1.0  # times the width-fitted size
        self.fit_page = False
        self.fit_width_button = QPushButton(tr("Fit wi&dth"))
        self.fit_width_button.setObjectName("roadmap_fit_width")
        self.fit_width_button.setToolTip(
            tr("Page as wide as the preview ({modifier}+wheel zooms)").format(
                modifier=modifier_name("Ctrl")
            )
        )
        self.fit_page_button = QPushButton(tr("Fit p&age"))
        self.fit_page_button.setObjectName("roadmap_fit_page")
        self.fit_page_button.setToolTip(tr("The whole page in view"))
        self.zoom_label = QLabel()
        self.zoom_label.setObjectName("roadmap_zoom")
        self.fit_width_button.clicked.connect(lambda: self.set_zoom(1.0))
        self.fit_page_button.clicked.connect(self.show_whole_page)
        # Two rows, the pages and the zoom: in one, translated buttons pushed the last
        # ones past a laptop's screen.
        row = QHBoxLayout()
        row.addWidget(self.previous_button)
        row.addStretch(1)
        row.addWidget(caption)
        row.addWidget(self.page_number)
        row.addWidget(self.page_count)
        row.addStretch(1)
        row.addWidget(self.next_button)
        zoom_row = QHBoxLayout()
        zoom_row.addStretch(1)
        zoom_row.addWidget(self.fit_width_button)
        zoom_row.addWidget(self.fit_page_button)
        zoom_row.addWidget(self.zoom_label)
        zoom_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroller, 1)
        layout.addLayout(row)
        layout.addLayout(zoom_row)
        self.previous_button.clicked.connect(lambda: self.show_page(self.current() - 1))
        self.next_button.clicked.connect(lambda: self.show_page(self.current() + 1))
        self.page_number.valueChanged.connect(lambda n: self.show_page(n - 1))
        for keys, step in (
            (QKeySequence.StandardKey.MoveToPreviousPage, -1),
            (QKeySequence.StandardKey.MoveToNextPage, 1),
        ):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self._stepper(step))
        for keys, factor in (
            (QKeySequence.StandardKey.ZoomIn, ZOOM_STEP),
            (QKeySequence.StandardKey.ZoomOut, 1 / ZOOM_STEP),
        ):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self._zoomer(factor))
        self.scroller.viewport().installEventFilter(self)
        self._shown = -1
        self.show_message(tr("The preview appears here."))
        # The pages shown, closed when the widget goes (PDFium would complain at exit).
        held: dict[str, PdfPages | None] = {"pages": None}
        self._held = held
        self.destroyed.connect(lambda *_: _close(held))

    def _zoomer(self, factor: float) -> Callable[[], None]:
        return lambda: self.set_zoom(self.zoom * factor)

    def set_zoom(self, zoom: float) -> None:
        """Show the page ``zoom`` times as wide as the preview (1: fitted to the width)."""
        low, high = ZOOM_RANGE
        self.zoom = min(max(zoom, low), high)
        self.fit_page = False
        self._draw()

    def show_whole_page(self) -> None:
        """Fit the whole page, its height too, in the preview."""
        self.fit_page = True
        self._draw()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+wheel over the page zooms in and out."""
        if (
            event.type() == QEvent.Type.Wheel
            and isinstance(event, QWheelEvent)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            steps = event.angleDelta().y() / 120
            if steps:
                base = self.zoom if not self.fit_page else self._page_fit_zoom()
                self.set_zoom(base * ZOOM_STEP**steps)
            return True
        return super().eventFilter(watched, event)

    def _page_fit_zoom(self) -> float:
        """The zoom (times the width-fitted size) at which the whole page is in view."""
        if self.pages is None or self._shown < 0:
            return 1.0
        width_pt, height_pt = self.pages.page_size(self._shown)
        viewport = self.scroller.viewport()
        room_w = max(viewport.width() - 24, 200)
        room_h = max(viewport.height() - 8, 150)
        return min(1.0, room_h / (height_pt * room_w / width_pt))

    def _stepper(self, step: int) -> Callable[[], None]:
        return lambda: self.show_page(self.current() + step)

    def current(self) -> int:
        """The index of the page shown (0 for the first)."""
        return max(self._shown, 0)

    def show_message(self, text: str) -> None:
        """A sentence instead of a page (before the first preview, or when it failed)."""
        self.picture.setPixmap(QPixmap())
        self.picture.setText(text)
        theme.set_role(self.picture, theme.HINT)

    def show_document(self, pages: PdfPages | None, keep_page: bool = True) -> None:
        """Show ``pages`` (at the same page number when ``keep_page``), or nothing."""
        old = self.pages
        self.pages = pages
        self._held["pages"] = pages
        if old is not None and old is not pages:
            old.close()
        count = len(pages) if pages is not None else 0
        self.page_number.blockSignals(True)
        self.page_number.setMaximum(max(count, 1))
        self.page_number.blockSignals(False)
        self.page_count.setText(tr("of {count}").format(count=count))
        target = min(self.current(), count - 1) if keep_page else 0
        self._shown = -1
        if count:
            self.show_page(max(target, 0))
        self._enable()

    def show_page(self, index: int) -> None:
        """Draw page ``index`` (clamped to the document), fitted to the width."""
        if self.pages is None or not len(self.pages):
            return
        index = min(max(index, 0), len(self.pages) - 1)
        self._shown = index
        self._draw()
        self.page_number.blockSignals(True)
        self.page_number.setValue(index + 1)
        self.page_number.blockSignals(False)
        self._enable()
        self.page_changed.emit(index)

    def _draw(self) -> None:
        if self.pages is None or self._shown < 0:
            return
        width_pt, _ = self.pages.page_size(self._shown)
        zoom = self._page_fit_zoom() if self.fit_page else self.zoom
        room = max(self.scroller.viewport().width() - 24, 200) * zoom
        self.zoom_label.setText(tr("whole page") if self.fit_page else format_percent(zoom * 100))
        ratio = self.devicePixelRatioF()
        dpi = room / width_pt * 72 * ratio
        image = self.pages.image(self._shown, dpi)
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(ratio)
        self.picture.setText("")
        self.picture.setPixmap(pixmap)

    def _enable(self) -> None:
        count = len(self.pages) if self.pages is not None else 0
        self.previous_button.setEnabled(count > 0 and self._shown > 0)
        self.next_button.setEnabled(count > 0 and self._shown < count - 1)
        self.page_number.setEnabled(count > 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Fit the page shown to the new width."""
        super().resizeEvent(event)
        if self.pages is not None and self._shown >= 0:
            self._draw()
