"""The view of an open plan: the workshop steps on the left, the current step's page beside."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QScrollArea,
    QStackedWidget,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from cluster_planner.ui import theme
from cluster_planner.ui.accessible import give_keyboard
from cluster_planner.ui.bidi import direct_views
from cluster_planner.ui.cluster_page import ClusterPage
from cluster_planner.ui.formats import set_isolation
from cluster_planner.ui.language import window_direction
from cluster_planner.ui.workshop_steps import workshop_steps

if TYPE_CHECKING:
    from cluster_planner.ui.plan_session import PlanSession
    from cluster_planner.ui.prompter import Prompter
    from cluster_planner.ui.register_tab import RegisterTab
    from cluster_planner.ui.settings import AppSettings


def _tr(text: str) -> str:
    return QCoreApplication.translate("plan_view", text)


def first_field(page: QWidget) -> QWidget | None:
    """The first widget of ``page``'s Tab cycle that is shown and takes the keyboard (tab
    bars aside: the page's content, not its tabs)."""
    widget: QWidget | None = page.nextInFocusChain()
    while widget is not None and widget is not page and page.isAncestorOf(widget):
        if (
            widget.isVisible()
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and not isinstance(widget, (QTabBar, QScrollArea))  # their content, not them
        ):
            return widget
        widget = widget.nextInFocusChain()
    return None


class UnbuiltStepPage(QWidget):
    """A workshop step that is not built yet, saying what it will do."""

    def __init__(self, name: str, purpose: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(name)
        theme.set_role(title, theme.TITLE)
        self.sentence = QLabel(
            _tr("The {step} step is not built yet. {purpose}").format(step=name, purpose=purpose),
            wordWrap=True,
        )
        self.sentence.setObjectName("unbuilt_step_sentence")
        theme.set_role(self.sentence, theme.SUBTITLE)
        self.sentence.setMaximumWidth(760)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(self.sentence)
        layout.addStretch(1)


Factory = Callable[["PlanSession", "Prompter", "AppSettings | None"], QWidget]


def _page_factories() -> dict[str, Factory]:
    """The built steps' pages, imported when first shown (each pulls in its own modules)."""

    def diagnostic(session: PlanSession, prompter: Prompter, _: AppSettings | None) -> QWidget:
        from cluster_planner.ui.diagnostic_page import DiagnosticPage

        return DiagnosticPage(session, prompter)

    def options(session: PlanSession, prompter: Prompter, _: AppSettings | None) -> QWidget:
        from cluster_planner.ui.options_page import OptionsPage

        return OptionsPage(session, prompter)

    def vision(session: PlanSession, prompter: Prompter, _: AppSettings | None) -> QWidget:
        from cluster_planner.ui.vision_page import VisionPage

        return VisionPage(session, prompter)

    def action_plan(
        session: PlanSession, prompter: Prompter, settings: AppSettings | None
    ) -> QWidget:
        from cluster_planner.ui.action_plan_page import ActionPlanPage

        return ActionPlanPage(session, prompter, settings)

    def timeline(session: PlanSession, prompter: Prompter, settings: AppSettings | None) -> QWidget:
        from cluster_planner.ui.timeline_page import TimelinePage

        return TimelinePage(session, prompter, settings)

    def review(session: PlanSession, prompter: Prompter, _: AppSettings | None) -> QWidget:
        from cluster_planner.ui.review_page import ReviewPage

        return ReviewPage(session, prompter)

    def roadmap(session: PlanSession, prompter: Prompter, _: AppSettings | None) -> QWidget:
        from cluster_planner.ui.roadmap_page import RoadmapPage

        return RoadmapPage(session, prompter)

    return {
        "diagnostic": diagnostic,
        "options": options,
        "vision": vision,
        "action_plan": action_plan,
        "timeline": timeline,
        "review": review,
        "roadmap": roadmap,
    }


class PlanView(QWidget):
    """The workshop steps of one open plan."""

    current_register_changed = Signal()
    status_message = Signal(str)  # a page's sentence for the window's status bar
    open_revision_requested = Signal(int)  # a past revision to open read-only

    def __init__(
        self,
        session: PlanSession,
        prompter: Prompter,
        settings: AppSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._prompter = prompter
        self._settings = settings
        self._factories = _page_factories()
        self._built: dict[str, QWidget] = {}
        self._follow_plan_language()  # before the pages write their dates and counts
        self.steps = QListWidget()
        self.steps.setObjectName("workshop_steps")
        self.steps.setAccessibleName(_tr("Workshop steps"))
        self.steps.setFixedWidth(self.steps.fontMetrics().horizontalAdvance("M") * 13)
        self.pages = QStackedWidget()
        self.cluster_page = ClusterPage(session, prompter)
        direct_views(self.cluster_page)
        self._keys: list[str] = []
        for key, name, purpose in workshop_steps():
            self._keys.append(key)
            self.steps.addItem(name)
            if key == "cluster":
                page: QWidget = self.cluster_page
            elif key in self._factories:
                page = QWidget()  # replaced by the real page when first shown
            else:
                page = UnbuiltStepPage(name, purpose)
            page.setObjectName(f"step_{key}")
            self.pages.addWidget(page)
        self.steps.currentRowChanged.connect(self._on_step_changed)
        self.cluster_page.current_register_changed.connect(self.current_register_changed)

        self.read_only_banner = QLabel(
            _tr(
                "This plan is open read-only: you can look at everything, but not change it. "
                "To edit, close it and open it again when nobody else is editing it."
            ),
            wordWrap=True,
        )
        self.read_only_banner.setObjectName("read_only_banner")
        theme.set_role(self.read_only_banner, theme.BANNER)
        self.read_only_banner.setVisible(session.read_only)
        session.changed.connect(self._on_plan_changed)
        if session.read_only:
            from cluster_planner.ui.read_only_guard import ReadOnlyGuard

            self.read_only_guard = ReadOnlyGuard(self)

        right = QVBoxLayout()
        right.setContentsMargins(12, 12, 12, 0)
        right.addWidget(self.read_only_banner)
        right.addWidget(self.pages, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.steps)
        layout.addLayout(right, 1)
        self.steps.setCurrentRow(0)

    def _on_plan_changed(self, record: object) -> None:
        if "cluster_profile" in getattr(record, "tables", ()):
            self._follow_plan_language()

    def _follow_plan_language(self) -> None:
        """A plan written in a right-to-left language (Arabic …) is laid out mirrored."""
        code = self._session.profile().language.strip().replace("-", "_")
        right_to_left = bool(code) and (
            QLocale(code).textDirection() == Qt.LayoutDirection.RightToLeft
        )
        direction = Qt.LayoutDirection.RightToLeft if right_to_left else window_direction()
        set_isolation(direction == Qt.LayoutDirection.RightToLeft)
        if self.layoutDirection() != direction:
            self.setLayoutDirection(direction)

    def go_to_step(self, row: int) -> None:
        """Show step ``row`` (0: Cluster)."""
        self.steps.setCurrentRow(row)

    def focus_page(self) -> None:
        """Put the keyboard in the page shown, where its work starts (its ``keyboard_entry``,
        else its first field that takes the keyboard), so that its keys (Insert …) answer."""
        page = self.pages.currentWidget()
        if page is None:
            return
        entry = getattr(page, "keyboard_entry", None)
        widget = entry() if callable(entry) else first_field(page)
        if isinstance(widget, QWidget):
            give_keyboard(widget)

    def go_to_key(self, key: str) -> None:
        """Show the step named ``key`` ("cluster", "vision" …)."""
        self.steps.setCurrentRow(self._keys.index(key))

    def current_step(self) -> int:
        """The row of the step shown."""
        return self.steps.currentRow()

    def current_key(self) -> str:
        """The key of the step shown ("cluster", "vision" …)."""
        return self._keys[self.current_step()]

    def step_is_built(self, row: int) -> bool:
        """True when step ``row`` has a page (it is not a step still to come)."""
        return self._keys[row] == "cluster" or self._keys[row] in self._factories

    def new_page(self, key: str) -> QWidget:
        """Another page of step ``key`` over the same session: a second live view (for the
        audience window), independent of this view's page."""
        if key == "cluster":
            page: QWidget = ClusterPage(self._session, self._prompter)
        elif key in self._factories:
            page = self._factories[key](self._session, self._prompter, self._settings)
        else:
            name, purpose = next((n, p) for k, n, p in workshop_steps() if k == key)
            page = UnbuiltStepPage(name, purpose)
        page.setObjectName(f"step_{key}")
        return page

    def page(self, key: str) -> QWidget:
        """The page of step ``key`` ("cluster", "options" …), built if need be."""
        if key == "cluster":
            return self.cluster_page
        if key in self._factories and key not in self._built:
            index = self._keys.index(key)
            placeholder = self.pages.widget(index)
            built = self._factories[key](self._session, self._prompter, self._settings)
            built.setObjectName(f"step_{key}")
            message = getattr(built, "status_message", None)
            if message is not None:
                message.connect(self.status_message)
            step_requested = getattr(built, "step_requested", None)
            if step_requested is not None:
                step_requested.connect(self.go_to_key)
            open_revision = getattr(built, "open_revision_requested", None)
            if open_revision is not None:
                open_revision.connect(self.open_revision_requested)
            self._built[key] = built
            direct_views(built)
            guard = getattr(self, "read_only_guard", None)
            if guard is not None:
                guard.cover(built)
            current = self.pages.currentIndex()
            self.pages.insertWidget(index, built)
            if placeholder is not None:
                self.pages.removeWidget(placeholder)
                placeholder.deleteLater()
            self.pages.setCurrentIndex(current)
        shown = self._built.get(key) or self.pages.widget(self._keys.index(key))
        assert shown is not None
        return shown

    def edit_actions(self) -> list[QAction]:
        """The page's own commands for the Edit menu (Add, Delete …), if it has any."""
        current = self.pages.currentWidget()
        if current is self.cluster_page:
            register = self.cluster_page.current_register()
            return [register.add_action, register.delete_action]
        actions = getattr(current, "edit_actions", None)
        return list(actions()) if callable(actions) else []

    def current_register(self) -> RegisterTab | None:
        """The register the Edit menu's Add/Delete apply to, if the page shown has one."""
        if self.pages.currentWidget() is self.cluster_page:
            return self.cluster_page.current_register()
        return None

    def _on_step_changed(self, row: int) -> None:
        self.page(self._keys[row])
        self.pages.setCurrentIndex(row)
        self.current_register_changed.emit()
