"""The presented look over any page: type scaled to the screen, and a high-contrast theme.

Pages are not written for presentation; the look is laid over one from outside and taken
off again. Every font in the page is scaled by one factor, so titles stay larger than body
text, and any text still below the body size is raised to it. The text roles of the app's
style sheet (titles, hints …) get scaled sizes in a style sheet on the page itself, which
Qt prefers to the application's. The palette uses the Okabe–Ito blue for selection: it
stays distinct for colour-blind viewers and on a washed-out beam.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsScene,
    QGraphicsView,
    QHeaderView,
    QLabel,
    QWidget,
)

from cluster_planner.ui import theme
from cluster_planner.ui.presentation.preferences import HIGH_CONTRAST, PresentationPreferences

REFERENCE_SCREEN_HEIGHT = 1080
INK = "#000000"
PAPER = "#ffffff"
SELECTION = "#0072b2"  # Okabe–Ito blue: white text on it has a contrast of 5:1
FOCUS = "#d55e00"  # Okabe–Ito vermillion: the focus frame differs from the selection in hue too
# Secondary text (an option's marks and rating, an empty cell's hint, a card's tags): dark
# enough for 7:1 on white and on the light greys of tags and headers.
SECONDARY_INK = "#333333"
# Labels a page colours grey in its own style sheet (which Qt prefers to the page's): inked.
INKED_LABELS = ("tows_corner", "quadrant_count")


FIXED_COLUMNS_SHARE = 0.6
# Text a page draws extra large (a vision statement) stays within this many times the body
# size: the type is already large, and the words must fit the screen.
MAX_TEXT_SCALE = 1.35


def _fixed(header: QHeaderView, index: int) -> bool:
    """True for a shown section sized in pixels (not stretched, not fitted to its contents)."""
    if header.isSectionHidden(index):
        return False
    if header.stretchLastSection() and index == header.count() - 1:
        return False
    return header.sectionResizeMode(index) in (
        QHeaderView.ResizeMode.Interactive,
        QHeaderView.ResizeMode.Fixed,
    )


def body_pixels(setting: int, screen_height: int) -> float:
    """The body text height on a screen ``screen_height`` pixels high (``setting`` at 1080)."""
    return setting * screen_height / REFERENCE_SCREEN_HEIGHT


def pixels_of(font: QFont, dpi: float) -> float:
    """The height of ``font`` in pixels at ``dpi`` dots per inch."""
    if font.pixelSize() > 0:
        return float(font.pixelSize())
    return font.pointSizeF() * dpi / 72.0


def high_contrast_palette(base: QPalette) -> QPalette:
    """``base`` with black on white and a colour-blind-safe selection."""
    palette = QPalette(base)
    ink, paper = QColor(INK), QColor(PAPER)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for role in (
            QPalette.ColorRole.WindowText,
            QPalette.ColorRole.Text,
            QPalette.ColorRole.ButtonText,
            QPalette.ColorRole.PlaceholderText,
        ):
            palette.setColor(group, role, ink)
        for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
            palette.setColor(group, role, paper)
        palette.setColor(group, QPalette.ColorRole.AlternateBase, QColor("#eef3f8"))
        palette.setColor(group, QPalette.ColorRole.Highlight, QColor(SELECTION))
        palette.setColor(group, QPalette.ColorRole.HighlightedText, paper)
    palette.setColor(
        QPalette.ColorGroup.Active, QPalette.ColorRole.PlaceholderText, QColor("#333333")
    )
    return palette


def presented_style_sheet(base_points: float, factor: float, contrast: str) -> str:
    """The style sheet laid on a presented page: scaled text roles, and the contrast rules."""
    roles = "".join(
        f'QLabel[role="{role}"] {{ font-size: {base_points * scale * factor:.1f}pt; }}\n'
        for role, scale in theme.ROLE_SCALES.items()
    )
    if contrast != HIGH_CONTRAST:
        return roles
    border = max(2, round(factor * 1.5))
    return (
        roles
        + f"""
    QLabel[role="title"], QLabel[role="heading"] {{ color: {INK}; font-weight: 700; }}
    QLabel[role="subtitle"], QLabel[role="hint"] {{ color: {INK}; }}
    QLabel[role="banner"] {{
        background: #fff0b3; color: {INK}; border: {border}px solid {INK};
    }}
    QAbstractItemView {{
        color: {INK}; selection-background-color: {SELECTION}; selection-color: {PAPER};
        placeholder-text-color: {SECONDARY_INK};
    }}
    QLineEdit {{ placeholder-text-color: {SECONDARY_INK}; }}
    QAbstractItemView:focus {{ border: {border}px solid {FOCUS}; }}
    QHeaderView::section {{
        color: {INK}; background: #e6e6e6; font-weight: 700;
        border: none; border-bottom: {border}px solid {INK};
    }}
    QTabBar::tab {{ color: {INK}; }}
    QTabBar::tab:selected {{ font-weight: 700; border-bottom: {border + 2}px solid {INK}; }}
    QLineEdit:focus, QAbstractSpinBox:focus {{ border: {border}px solid {FOCUS}; }}
    """
    )


class _CardInk:
    """The SWOT cards' secondary ink (tags, dots) made darker while a high-contrast page
    shows them: the cards paint it from their module's colours, not from a palette."""

    users = 0
    original: QColor | None = None

    @classmethod
    def darken(cls) -> None:
        from cluster_planner.ui import swot_card_delegate as cards

        if cls.users == 0:
            cls.original = QColor(cards.MUTED)
            cards.MUTED = QColor(SECONDARY_INK)
        cls.users += 1

    @classmethod
    def restore(cls) -> None:
        from cluster_planner.ui import swot_card_delegate as cards

        cls.users = max(0, cls.users - 1)
        if cls.users == 0 and cls.original is not None:
            cards.MUTED = cls.original
            cls.original = None


class _NewWidgets(QObject):
    """Notices widgets a presented page makes later (a rebuilt column, a new row's editor)."""

    def __init__(self, look: PresentedLook) -> None:
        super().__init__()
        self._look = look
        self._pending = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Polish or self._pending or not isinstance(watched, QWidget):
            return False
        try:
            inside = self._look.root.isAncestorOf(watched)
        except RuntimeError:  # the page went: nothing more to watch
            return False
        if inside:
            self._pending = True
            QTimer.singleShot(0, self._catch_up)
        return False

    def _catch_up(self) -> None:
        self._pending = False
        with contextlib.suppress(RuntimeError):  # the page went meanwhile
            self._look.catch_up()


@dataclass
class PresentedLook:
    """The look laid over one page; ``remove()`` gives the page its own look back."""

    root: QWidget
    factor: float
    body_points: float
    _fonts: list[tuple[QWidget, QFont | None]] = field(default_factory=list)
    _headers: list[tuple[QHeaderView, int, list[int]]] = field(default_factory=list)
    _fixed_sizes: list[tuple[QWidget, QSize]] = field(default_factory=list)
    _scenes: list[tuple[QGraphicsScene, QFont]] = field(default_factory=list)
    _style_sheet: str = ""
    _styled_background: bool = False
    _minimum_size: QSize = field(default_factory=QSize)
    _palette: QPalette | None = None
    _watcher: _NewWidgets | None = None
    _dark_card_ink: bool = False
    _inked: list[tuple[QLabel, str]] = field(default_factory=list)

    @classmethod
    def lay_over(
        cls, root: QWidget, screen_height: int, preferences: PresentationPreferences
    ) -> PresentedLook:
        """Scale and restyle ``root`` for a screen ``screen_height`` pixels high."""
        dpi = float(root.logicalDpiY()) or 96.0
        base = QApplication.font()
        base_points = base.pointSizeF() if base.pointSizeF() > 0 else 11.0
        body_points = body_pixels(preferences.body_pixels, screen_height) * 72.0 / dpi
        look = cls(root, body_points / base_points, body_points)
        look._style_sheet = root.styleSheet()
        look._styled_background = root.testAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        extra = presented_style_sheet(base_points, look.factor, preferences.contrast)
        if preferences.contrast == HIGH_CONTRAST:
            look._palette = QPalette(root.palette())
            root.setPalette(high_contrast_palette(root.palette()))
            _CardInk.darken()
            look._dark_card_ink = True
            for name in INKED_LABELS:
                for label in root.findChildren(QLabel, name):
                    look._inked.append((label, label.styleSheet()))
                    label.setStyleSheet(f"{label.styleSheet()}\nQLabel {{ color: {INK}; }}")
            root.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
            extra += (
                f"#{root.objectName()} {{ background: {PAPER}; }}\n" if root.objectName() else ""
            )
        root.setStyleSheet(f"{look._style_sheet}\n{extra}")
        # Larger type raises the page's minimum size, hidden tabs included; the screen does not
        # grow with it, so the page takes the room it is given and its lists scroll.
        look._minimum_size = root.minimumSize()
        root.setMinimumSize(1, 1)
        look._scale_scenes()
        look._scale_fonts(scale=True)
        look._scale_headers()
        look._watcher = _NewWidgets(look)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(look._watcher)
        return look

    def _scale_scenes(self) -> None:
        # Before the widgets: a chart lays out its labels again when its rows grow.
        for view in self.root.findChildren(QGraphicsView):
            scene = view.scene()
            if scene is not None and all(scene is not s for s, _f in self._scenes):
                self._scenes.append((scene, QFont(scene.font())))
                font = QFont(scene.font())
                font.setPointSizeF(max(self.body_points, font.pointSizeF() * self.factor))
                scene.setFont(font)

    def _scale_fonts(self, *, scale: bool) -> None:
        """Scale the fonts of widgets not seen before; with ``scale`` False only raise small ones
        (a widget made while presented took its size from an already scaled parent)."""
        seen = {id(widget) for widget, _font in self._fonts}
        widgets = [self.root, *self.root.findChildren(QWidget)]
        fresh = [w for w in widgets if id(w) not in seen]
        originals = [
            (w, QFont(w.font()) if w.testAttribute(Qt.WidgetAttribute.WA_SetFont) else None)
            for w in fresh
        ]
        self._fonts.extend(originals)
        if scale:
            # Small fixed-size text boxes (a quadrant's letter) grow with their text.
            for widget, _font in originals:
                box = widget.minimumSize()
                if (
                    isinstance(widget, QLabel)
                    and box == widget.maximumSize()
                    and 0 < box.height() < 200
                ):
                    self._fixed_sizes.append((widget, QSize(box)))
                    widget.setFixedSize(box * self.factor)
            # Explicit fonts first (each keeps its own proportion), then the ones that inherit.
            for widget, font in originals:
                if font is not None or widget is self.root:
                    scaled_font = QFont(widget.font())
                    size = widget.font().pointSizeF() * self.factor
                    scaled_font.setPointSizeF(min(size, self.body_points * MAX_TEXT_SCALE))
                    widget.setFont(scaled_font)
        for widget, _font in originals:
            size = widget.font().pointSizeF()
            if 0 < size < self.body_points - 0.01:
                raised = QFont(widget.font())
                raised.setPointSizeF(self.body_points)
                widget.setFont(raised)

    def _scale_headers(self) -> None:
        """Rows and columns sized in pixels grow with the type (a tally table's rows, say); in a
        table with a stretching column the others take at most ``FIXED_COLUMNS_SHARE`` of its
        width, so the stretching one (an action's title) keeps room."""
        seen = {id(header) for header, _size, _sections in self._headers}
        for header in self.root.findChildren(QHeaderView):
            if id(header) in seen:
                continue
            sections = [header.sectionSize(i) for i in range(header.count())]
            self._headers.append((header, header.defaultSectionSize(), sections))
            fixed = [i for i in range(header.count()) if _fixed(header, i)]
            scale = self.factor
            if header.orientation() == Qt.Orientation.Horizontal:
                total = sum(sections[i] for i in fixed)
                if total > 0 and len(fixed) < header.count() - header.hiddenSectionCount():
                    room = FIXED_COLUMNS_SHARE * header.width() / total
                    scale = max(1.0, min(self.factor, room))
            else:
                header.setDefaultSectionSize(round(header.defaultSectionSize() * scale))
            for index in fixed:
                size = round(sections[index] * scale)
                if header.orientation() == Qt.Orientation.Horizontal:
                    size = max(size, header.sectionSizeFromContents(index).width())
                header.resizeSection(index, size)

    def catch_up(self) -> None:
        """Bring widgets made since the look was laid up to the body size."""
        self._scale_scenes()
        self._scale_fonts(scale=False)

    def detach(self) -> None:
        """Stop following the page (it is about to go, or the look is being removed)."""
        app = QApplication.instance()
        if app is not None and self._watcher is not None:
            app.removeEventFilter(self._watcher)
        self._watcher = None

    def remove(self) -> None:
        """Give the page its fonts, sizes, palette and style sheet back."""
        self.detach()
        for scene, scene_font in self._scenes:
            try:
                scene.setFont(scene_font)
            except RuntimeError:
                continue
        self._scenes.clear()
        for widget, font in reversed(self._fonts):
            try:
                if font is not None:
                    widget.setFont(font)
                else:
                    widget.setFont(QFont())
                    widget.setAttribute(Qt.WidgetAttribute.WA_SetFont, False)
            except RuntimeError:  # deleted while presented (a row's editor, a rebuilt form)
                continue
        self._fonts.clear()
        for widget, box in self._fixed_sizes:
            with contextlib.suppress(RuntimeError):
                widget.setFixedSize(box)
        self._fixed_sizes.clear()
        for header, default, sections in self._headers:
            try:
                if header.orientation() == Qt.Orientation.Vertical:
                    header.setDefaultSectionSize(default)
                for index, size in enumerate(sections):
                    if index < header.count() and _fixed(header, index):
                        header.resizeSection(index, size)
            except RuntimeError:
                continue
        self._headers.clear()
        self.root.setStyleSheet(self._style_sheet)
        self.root.setMinimumSize(self._minimum_size)
        self.root.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, self._styled_background)
        if self._palette is not None:
            self.root.setPalette(self._palette)
        if self._dark_card_ink:
            _CardInk.restore()
            self._dark_card_ink = False
        for label, sheet in self._inked:
            with contextlib.suppress(RuntimeError):
                label.setStyleSheet(sheet)
        self._inked.clear()
