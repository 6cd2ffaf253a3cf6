"""The Timeline step: the action plan as a Gantt chart, to read, reschedule and export."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QPoint, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)

from cluster_planner.domain.action_plan import counted
from cluster_planner.domain.timeline import Scale, plan_span
from cluster_planner.ui import theme
from cluster_planner.ui.accessible import fit_combo
from cluster_planner.ui.formats import format_date, format_number, plural
from cluster_planner.ui.gantt.view import ChartTooLarge, GanttView
from cluster_planner.ui.key_names import key_name
from cluster_planner.ui.page_header import page_header, show_page_message
from cluster_planner.ui.prompter import PLAN_SUFFIX
from cluster_planner.ui.read_only_guard import mark_view_control

if TYPE_CHECKING:
    from cluster_planner.domain.changes import ChangeRecord
    from cluster_planner.domain.timeline import TimeGrid
    from cluster_planner.ui.plan_session import PlanSession
    from cluster_planner.ui.prompter import Prompter
    from cluster_planner.ui.settings import AppSettings

COLOUR_BY_KEY = "timeline/colour_by"
SCALE_KEY = "timeline/scale"
MOVE_SUCCESSORS_KEY = "timeline/move_successors"
BASELINE_KEY = "timeline/show_baseline"
COLOUR_BY = ("status", "lead", "category")
_SUMMARY_TABLES = frozenset({"action", "objective"})


def tr(text: str) -> str:
    """``text`` translated in the Timeline's context."""
    return QCoreApplication.translate("timeline", text)


def scale_label(scale: Scale) -> str:
    """The name of a scale on its button."""
    labels = {
        Scale.WEEK: tr("&Weeks"),
        Scale.MONTH: tr("&Months"),
        Scale.QUARTER: tr("&Quarters"),
        Scale.YEAR: tr("&Years"),
    }
    return labels[scale]


def colour_by_label(key: str) -> str:
    """The name of a way of colouring the bars."""
    labels = {
        "status": tr("Status"),
        "lead": tr("Lead organisation"),
        "category": tr("Category"),
    }
    return labels[key]


def _with_suffix(path: str, suffix: str) -> Path:
    """``path`` ending in ``suffix`` (a save dialog for plans may have added its own)."""
    chosen = Path(path)
    if chosen.suffix.lower() == PLAN_SUFFIX:
        chosen = chosen.with_suffix("")
    if chosen.suffix.lower() != suffix:
        chosen = chosen.with_name(chosen.name + suffix)
    return chosen


def _flag(value: object) -> bool:
    """A stored yes/no (an INI file gives text back)."""
    if isinstance(value, str):
        return value.strip().lower() in ("true", "1", "yes")
    return bool(value)


class TimelinePage(QWidget):
    """The sixth workshop step: every action as a bar under its objective, on a calendar.

    Contract: every edit is one undo step made by the chart (a drag, Alt+arrows);
    refusals arrive as a sentence on ``session.failed`` and show in the page's message
    line, never in a dialog. The colour-by choice, the scale and "move successors along"
    are the person's preferences, kept in the settings.
    """

    status_message = Signal(str)

    def __init__(
        self,
        session: PlanSession,
        prompter: Prompter,
        settings: AppSettings | None = None,
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("timeline_page")
        self._session = session
        self._prompter = prompter
        self._store: QSettings | None = settings.store if settings is not None else None
        self._placed = False

        self.title = QLabel(tr("Timeline"))
        self.title.setObjectName("timeline_title")
        theme.set_role(self.title, theme.TITLE)
        self.subtitle = QLabel(wordWrap=True)
        self.subtitle.setObjectName("timeline_subtitle")
        theme.set_role(self.subtitle, theme.SUBTITLE)
        self.message = QLabel(wordWrap=True)
        self.message.setObjectName("timeline_message")
        theme.set_role(self.message, theme.BANNER)
        self.message.hide()

        self.gantt = GanttView(session, scale=self._stored_scale(), today=today)
        self._make_actions()
        self._build_toolbar()
        self._layout()

        self.gantt.grid_changed.connect(self._grid_changed)
        session.changed.connect(self._on_changed)
        session.failed.connect(self.show_message)
        self._apply_colour_by(self.colour_by.currentData())
        self.gantt.set_move_successors(self.move_successors.isChecked())
        self._show_baseline()
        self._show_summary()
        self._grid_changed(self.gantt.grid)

    # --- building ------------------------------------------------------------------------------

    def _action(
        self, name: str, text: str, slot: Any, shortcuts: list[QKeySequence] | None = None
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcuts:
            action.setShortcuts(shortcuts)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        keys = QKeySequence.StandardKey
        self.zoom_in_action = self._action(
            "timeline_zoom_in",
            tr("Zoom in"),
            self.gantt.zoom_in,
            _unique([QKeySequence("Ctrl+="), *QKeySequence.keyBindings(keys.ZoomIn)]),
        )
        self.zoom_out_action = self._action(
            "timeline_zoom_out",
            tr("Zoom out"),
            self.gantt.zoom_out,
            _unique([QKeySequence("Ctrl+-"), *QKeySequence.keyBindings(keys.ZoomOut)]),
        )
        self.fit_action = self._action(
            "timeline_fit", tr("Fit to plan"), self.fit_to_plan, [QKeySequence("Ctrl+0")]
        )
        self.today_action = self._action("timeline_today", tr("Go to today"), self.go_to_today)
        self.export_png_action = self._action(
            "timeline_export_png", tr("Export the timeline as PNG…"), self.export_png
        )
        self.export_svg_action = self._action(
            "timeline_export_svg", tr("Export the timeline as SVG…"), self.export_svg
        )

    def _build_toolbar(self) -> None:
        self.scale_buttons: dict[Scale, QPushButton] = {}
        self.scale_group = QButtonGroup(self)
        self.scale_group.setExclusive(True)
        for scale in Scale:
            button = QPushButton(scale_label(scale))
            button.setObjectName(f"timeline_scale_{scale.value}")
            button.setCheckable(True)
            button.setToolTip(
                tr("Show the chart in {unit}").format(
                    unit=scale_label(scale).replace("&", "").lower()
                )
            )
            button.clicked.connect(lambda _checked=False, s=scale: self.set_scale(s))
            self.scale_group.addButton(button)
            self.scale_buttons[scale] = button
        self.fit_button = QPushButton(tr("Fit to pla&n"))
        self.fit_button.setObjectName("timeline_fit_button")
        self.fit_button.setToolTip(
            tr("Show the whole plan across the chart ({keys})").format(keys=key_name("Ctrl+0"))
        )
        self.fit_button.clicked.connect(self.fit_to_plan)
        self.today_button = QPushButton(tr("&Today"))
        self.today_button.setObjectName("timeline_today_button")
        self.today_button.setToolTip(tr("Scroll to today"))
        self.today_button.clicked.connect(self.go_to_today)

        self.colour_by = QComboBox()
        mark_view_control(self.colour_by)
        self.colour_by.setObjectName("timeline_colour_by")
        fit_combo(self.colour_by, tr("Colour by"))
        for key in COLOUR_BY:
            self.colour_by.addItem(colour_by_label(key), key)
        stored = self._value(COLOUR_BY_KEY)
        self.colour_by.setCurrentIndex(COLOUR_BY.index(stored) if stored in COLOUR_BY else 0)
        self.colour_by.currentIndexChanged.connect(self._colour_by_chosen)
        self.colour_by_label = QLabel(tr("&Colour by"))
        self.colour_by_label.setBuddy(self.colour_by)

        self.move_successors = QCheckBox(tr("Move &successors along"))
        self.move_successors.setObjectName("timeline_move_successors")
        self.move_successors.setToolTip(
            tr("When a bar moves later, the actions that wait for it move later too")
        )
        self.move_successors.setChecked(_flag(self._value(MOVE_SUCCESSORS_KEY, False)))
        self.move_successors.toggled.connect(self._move_successors_toggled)
        self.move_successors.setEnabled(not self._session.read_only)

        self.show_baseline = QCheckBox(tr("Show baseline"))
        mark_view_control(self.show_baseline)
        self.show_baseline.setObjectName("timeline_show_baseline")
        self.show_baseline.setChecked(_flag(self._value(BASELINE_KEY, False)))
        self.show_baseline.toggled.connect(self._baseline_toggled)

        self.export_png_button = QPushButton(tr("Export &PNG…"))
        self.export_png_button.setObjectName("timeline_export_png_button")
        self.export_png_button.clicked.connect(self.export_png)
        self.export_svg_button = QPushButton(tr("Export SV&G…"))
        self.export_svg_button.setObjectName("timeline_export_svg_button")
        self.export_svg_button.clicked.connect(self.export_svg)

    def _layout(self) -> None:
        # Two rows, so the page fits a 1280-pixel laptop screen beside the step list.
        toolbar = QHBoxLayout()
        toolbar.setSpacing(6)
        for button in self.scale_buttons.values():
            toolbar.addWidget(button)
        toolbar.addSpacing(12)
        toolbar.addWidget(self.fit_button)
        toolbar.addWidget(self.today_button)
        toolbar.addStretch(1)
        toolbar.addWidget(self.export_png_button)
        toolbar.addWidget(self.export_svg_button)
        options = QHBoxLayout()
        options.setSpacing(6)
        options.addWidget(self.colour_by_label)
        options.addWidget(self.colour_by)
        options.addSpacing(18)
        options.addWidget(self.move_successors)
        options.addSpacing(12)
        options.addWidget(self.show_baseline)
        options.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(4)
        layout.addLayout(page_header(self.title, self.subtitle, self.message))
        layout.addSpacing(6)
        # Room above the chart, made only while a presentation's timer would cover the
        # calendar (see keep_clear_of).
        self._clearance = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        layout.addItem(self._clearance)
        layout.addLayout(toolbar)
        layout.addLayout(options)
        layout.addSpacing(4)
        layout.addWidget(self.gantt, 1)

        chain: list[QWidget] = [
            *self.scale_buttons.values(),
            self.fit_button,
            self.today_button,
            self.colour_by,
            self.move_successors,
            self.show_baseline,
            self.export_png_button,
            self.export_svg_button,
            self.gantt.tree,
            self.gantt.chart,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # --- commands --------------------------------------------------------------------------------

    def keyboard_entry(self) -> QWidget:
        """Where the keyboard goes on this page: the chart, where the arrows pick actions."""
        return self.gantt.chart

    def edit_actions(self) -> list[QAction]:
        """The commands the main window puts in its Edit menu while this page is shown."""
        return [
            self.zoom_in_action,
            self.zoom_out_action,
            self.fit_action,
            self.today_action,
            self.export_png_action,
            self.export_svg_action,
        ]

    def set_scale(self, scale: Scale) -> None:
        """Show the chart in weeks, months, quarters or years."""
        self.gantt.set_scale(scale)

    def fit_to_plan(self) -> None:
        """Show the whole plan across the chart."""
        self.gantt.fit_to_plan()

    def go_to_today(self) -> None:
        """Scroll the chart to today."""
        self.gantt.go_to_today()

    def keep_clear_of(self, bottom: int | None) -> None:
        """Start the chart below ``bottom`` (a presentation timer's lower edge, in this page's
        coordinates), or where it belongs (None)."""
        layout = self.layout()
        if layout is None:
            return
        current = self._clearance.sizeHint().height()
        natural_top = self.gantt.mapTo(self, QPoint(0, 0)).y() - current
        needed = max(0, bottom + 8 - natural_top) if bottom is not None else 0
        if needed != current:
            self._clearance.changeSize(
                0, needed, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed
            )
            layout.invalidate()

    def show_message(self, sentence: str) -> None:
        """Show a refusal or a problem in the page, without interrupting anyone."""
        show_page_message(self.message, sentence)
        self.status_message.emit(sentence)

    def export_png(self) -> Path | None:
        """Ask where, then write the chart as a PNG; the path written, or None."""
        return self._export(tr("Export the timeline as PNG"), ".png")

    def export_svg(self) -> Path | None:
        """Ask where, then write the chart as an SVG drawing; the path written, or None."""
        return self._export(tr("Export the timeline as SVG"), ".svg")

    def _export(self, caption: str, suffix: str) -> Path | None:
        plan = self._session.path
        suggestion = str(plan.with_name(tr("{plan} timeline").format(plan=plan.stem) + suffix))
        kinds = {".png": tr("PNG pictures (*.png)"), ".svg": tr("SVG drawings (*.svg)")}
        answer = self._prompter.export_path(self, caption, suggestion, kinds[suffix])
        if not answer:
            return None
        path = _with_suffix(answer, suffix)
        try:
            if suffix == ".png":
                self.gantt.export_png(path)
            else:
                self.gantt.export_svg(path)
        except ChartTooLarge as error:
            self.show_message(
                tr(
                    "At this zoom the chart would be a picture of {width} × {height} pixels, "
                    "too large to open or print, so nothing was written. Zoom out (Fit or "
                    "Years) for a picture, or export it as SVG, which has no size limit."
                ).format(width=format_number(error.width), height=format_number(error.height))
            )
            return None
        except OSError as error:
            self.show_message(
                tr(
                    "The chart could not be saved as {path} ({reason}). Nothing was written "
                    "there; choose another folder, or free some space, and try again."
                ).format(path=path, reason=error.strerror or error)
            )
            return None
        self.message.hide()
        self.status_message.emit(tr("Timeline saved as {path}").format(path=path))
        return path

    # --- preferences -----------------------------------------------------------------------------

    def _value(self, key: str, default: object = None) -> object:
        return self._store.value(key, default) if self._store is not None else default

    def _remember(self, key: str, value: object) -> None:
        if self._store is not None:
            self._store.setValue(key, value)

    def _stored_scale(self) -> Scale:
        stored = self._value(SCALE_KEY)
        return Scale(stored) if stored in {s.value for s in Scale} else Scale.MONTH

    def _colour_by_chosen(self, _row: int) -> None:
        key = str(self.colour_by.currentData())
        self._remember(COLOUR_BY_KEY, key)
        self._apply_colour_by(key)

    def _apply_colour_by(self, key: str) -> None:
        self.gantt.set_colour_by(key)

    def _move_successors_toggled(self, checked: bool) -> None:
        self._remember(MOVE_SUCCESSORS_KEY, checked)
        self.gantt.set_move_successors(checked)

    def _baseline_toggled(self, checked: bool) -> None:
        self._remember(BASELINE_KEY, checked)
        self._show_baseline()

    def _show_baseline(self) -> None:
        """Offer the baseline once a revision is adopted; draw it when asked."""
        revisions = self._session.revisions()
        self.show_baseline.setEnabled(bool(revisions))
        if not revisions:
            self.show_baseline.setToolTip(
                tr("Available once the plan has an adopted revision (Review step)")
            )
            self.gantt.scene.set_baseline(None)
            return
        self.show_baseline.setToolTip(
            tr("Show the dates of revision {number} under each bar, to see what slipped").format(
                number=revisions[-1].number
            )
        )
        baseline = self._session.baseline() if self.show_baseline.isChecked() else None
        spans = (
            {
                a.id: (a.start_date, a.end_date)
                for a in baseline.actions
                if a.start_date is not None and a.end_date is not None
            }
            if baseline is not None
            else None
        )
        self.gantt.scene.set_baseline(
            spans,
            tr("Adopted dates (revision {number})").format(number=revisions[-1].number),
        )

    def _grid_changed(self, grid: TimeGrid) -> None:
        button = self.scale_buttons[grid.scale]
        if not button.isChecked():
            button.setChecked(True)
        self._remember(SCALE_KEY, grid.scale.value)

    # --- refreshing ------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._placed:
            self._placed = True
            self._first_view()

    def _first_view(self) -> None:
        """Start where the work is: today when the plan is under way, else its first day."""
        span = plan_span(self._session.actions())
        today = self.gantt.today
        if span is None or span[0] <= today <= span[1]:
            self.gantt.go_to_today()
        else:
            self.gantt.scroll_to_date(span[0] - dt.timedelta(days=14), 0.0)

    def _on_changed(self, record: ChangeRecord) -> None:
        self.message.hide()
        if "revision" in record.tables:
            self._show_baseline()
        if record.tables & _SUMMARY_TABLES:
            self._show_summary()

    def _show_summary(self) -> None:
        actions = counted(self._session.actions())
        span = plan_span(actions)
        parts = [plural("timeline", "%n action(s)", len(actions))]
        if span is not None:
            parts.append(
                tr("from {start} to {end}").format(
                    start=format_date(span[0]), end=format_date(span[1])
                )
            )
        undated = sum(1 for a in actions if a.start_date is None or a.end_date is None)
        if undated:
            parts.append(plural("timeline", "%n without dates", undated))
        if self._session.read_only:
            parts.append(tr("read-only"))
        self.subtitle.setText(" · ".join(parts))


def _unique(sequences: list[QKeySequence]) -> list[QKeySequence]:
    """The key sequences without repeats (a key bound twice to one action is ambiguous)."""
    seen: list[QKeySequence] = []
    for sequence in sequences:
        if sequence not in seen:
            seen.append(sequence)
    return seen
