"""The Cluster step: profile, organisations, people and meetings of the cluster."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QApplication, QLabel, QTabWidget, QVBoxLayout, QWidget

from cluster_planner.domain.text import isolate
from cluster_planner.ui import theme
from cluster_planner.ui.accessible import give_keyboard
from cluster_planner.ui.attendance_panel import AttendancePanel
from cluster_planner.ui.profile_tab import ProfileTab
from cluster_planner.ui.register_tab import RegisterTab
from cluster_planner.ui.registers import MEETINGS, ORGANISATIONS, PEOPLE

if TYPE_CHECKING:
    from cluster_planner.domain.changes import ChangeRecord
    from cluster_planner.ui.plan_session import PlanSession
    from cluster_planner.ui.prompter import Prompter


REGISTER_KEYS = ("organisations", "people", "meetings")


def _tr(text: str) -> str:
    return QCoreApplication.translate("cluster_page", text)


class ClusterPage(QWidget):
    """The first workshop step: who and where the cluster is, and who takes part."""

    current_register_changed = Signal()

    def __init__(
        self, session: PlanSession, prompter: Prompter, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("cluster_page")
        self._session = session
        self.title = QLabel()
        self.title.setObjectName("cluster_title")
        theme.set_role(self.title, theme.TITLE)
        self.subtitle = QLabel(wordWrap=True)
        theme.set_role(self.subtitle, theme.SUBTITLE)

        self._prompter = prompter
        self.profile_tab = ProfileTab(session, prompter)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.profile_tab, _tr("&Profile"))
        # The registers are built when first shown: opening a plan stays quick.
        self._built: dict[str, RegisterTab] = {}
        for key in REGISTER_KEYS:
            placeholder = QWidget()
            placeholder.setObjectName(f"unbuilt_{key}")
            self.tabs.addTab(placeholder, self._tab_label(key))
        self.tabs.currentChanged.connect(self._on_tab_changed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 8)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addSpacing(10)
        layout.addWidget(self.tabs, 1)
        self._show_profile()
        session.changed.connect(self._on_changed)

    @property
    def organisations_tab(self) -> RegisterTab:
        """The Organisations register (built on first use)."""
        return self._register_tab("organisations")

    @property
    def people_tab(self) -> RegisterTab:
        """The People register (built on first use)."""
        return self._register_tab("people")

    @property
    def meetings_tab(self) -> RegisterTab:
        """The Meetings register with its attendance panel (built on first use)."""
        return self._register_tab("meetings")

    @property
    def attendance(self) -> AttendancePanel:
        """The attendance panel beside the Meetings register."""
        extra = self.meetings_tab.extra
        assert isinstance(extra, AttendancePanel)
        return extra

    def _register_tab(self, key: str) -> RegisterTab:
        if key not in self._built:
            index = 1 + REGISTER_KEYS.index(key)
            if key == "meetings":
                panel = AttendancePanel(self._session)
                tab = RegisterTab(self._session, MEETINGS, self._prompter, extra=panel)
            else:
                register = ORGANISATIONS if key == "organisations" else PEOPLE
                tab = RegisterTab(self._session, register, self._prompter)
            self._built[key] = tab
            placeholder = self.tabs.widget(index)
            current = self.tabs.currentIndex()
            self.tabs.blockSignals(True)
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, tab, self._tab_label(key))
            self.tabs.setCurrentIndex(current)
            self.tabs.blockSignals(False)
            if placeholder is not None:
                placeholder.deleteLater()
        return self._built[key]

    @staticmethod
    def _tab_label(key: str) -> str:
        labels = {
            "organisations": _tr("&Organisations"),
            "people": _tr("Peop&le"),
            "meetings": _tr("&Meetings"),
        }
        return labels[key]

    def _on_tab_changed(self, index: int) -> None:
        widget = self.tabs.widget(index)
        name = widget.objectName() if widget is not None else ""
        if name.startswith("unbuilt_"):
            self._register_tab(name.removeprefix("unbuilt_"))
        self.current_register_changed.emit()
        # A tab chosen with Alt+letter leaves the keyboard where it was: bring it to the
        # register, so that Insert adds and the arrows move through its rows.
        focus = QApplication.focusWidget()
        shown = self.tabs.currentWidget()
        inside = focus is not None and shown is not None and shown.isAncestorOf(focus)
        if shown is not None and self.isVisible() and not inside:
            entry = self.keyboard_entry()
            if entry is not None:
                give_keyboard(entry)

    def keyboard_entry(self) -> QWidget | None:
        """Where the keyboard goes on this page: the register's table (on Profile, the
        first field of the profile)."""
        widget = self.tabs.currentWidget()
        if isinstance(widget, ProfileTab):
            return widget.form.first_field()
        return widget.table if isinstance(widget, RegisterTab) else None

    def current_register(self) -> RegisterTab:
        """The register whose Add/Delete commands apply (baseline figures on Profile)."""
        widget = self.tabs.currentWidget()
        if isinstance(widget, ProfileTab):
            return widget.baseline
        assert isinstance(widget, RegisterTab)
        return widget

    def registers(self) -> list[RegisterTab]:
        """Every register on the page."""
        return [
            self.profile_tab.baseline,
            self.organisations_tab,
            self.people_tab,
            self.meetings_tab,
        ]

    def _show_profile(self) -> None:
        profile = self._session.profile()
        self.title.setText(profile.name or _tr("Unnamed cluster"))
        place = ", ".join(isolate(p) for p in (profile.town, profile.region, profile.country) if p)
        horizon = ""
        if profile.horizon_start and profile.horizon_end:
            horizon = _tr("planning {start}–{end}").format(
                start=profile.horizon_start, end=profile.horizon_end
            )
        parts = [p for p in (profile.sector, place, horizon) if p]
        self.subtitle.setText(
            " · ".join(parts) if parts else _tr("Describe the cluster on the Profile tab.")
        )

    def _on_changed(self, record: ChangeRecord) -> None:
        if "cluster_profile" in record.tables:
            self._show_profile()
