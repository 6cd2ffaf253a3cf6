"""LivePanel: turn live participation on and off where it is used (a round, the capture,
the drafts), pick the network, and see how phones join and how many take part.

The panel asks its page for the activity (``activity``: a function returning what the
phones should do here, or None when there is nothing to do yet). Nothing of the web
server is imported until the facilitator starts it; the networks are read when the
panel is first shown.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cluster_planner.live.state import Activity, Kind
from cluster_planner.ui import theme
from cluster_planner.ui.accessible import fit_combo, lead_to
from cluster_planner.ui.live_controller import controller_for, existing_controller, hub

if TYPE_CHECKING:
    from cluster_planner.ui.live_controller import LiveController
    from cluster_planner.ui.plan_session import PlanSession


def _tr(text: str) -> str:
    return QCoreApplication.translate("live", text)


def activity_name(activity: Activity, session: PlanSession) -> str:
    """What the phones are doing, in words."""
    if activity.kind is Kind.CAPTURE:
        return _tr("the SWOT capture")
    if activity.kind is Kind.DRAFTS:
        return _tr("the vote on the vision drafts")
    title = next((r.title for r in session.voting_rounds() if r.id == activity.round_id), "")
    return _tr("the voting round “{title}”").format(title=title)


class LivePanel(QWidget):
    """Start, move or stop live participation for this place's activity."""

    def __init__(
        self,
        session: PlanSession,
        kind: Kind,
        activity: Callable[[], Activity | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"live_panel_{kind.value}")
        self._session = session
        self._kind = kind
        self._activity = activity
        self._networks_read = False

        self.start_button = QPushButton(_tr("&Start Live Participation"))
        self.start_button.setObjectName("live_start")
        self.start_button.setToolTip(
            _tr(
                "Phones in the hall join a page this laptop serves on the network you "
                "choose: no internet, no account, no app."
            )
        )
        self.start_button.clicked.connect(self.start)
        self.stop_button = QPushButton(_tr("Stop Live Participation"))
        self.stop_button.setObjectName("live_stop")
        self.stop_button.clicked.connect(self.stop)
        self.network = QComboBox()
        self.network.setObjectName("live_network")
        self.network.setToolTip(
            _tr("The network the phones are on (the hall's Wi-Fi or this laptop's hotspot)")
        )
        fit_combo(self.network, letters=12)
        self.network_label = lead_to(QLabel(_tr("Net&work:")), self.network)
        self.info = QLabel(wordWrap=True)
        self.info.setObjectName("live_info")
        self.info.setTextFormat(Qt.TextFormat.PlainText)
        theme.set_role(self.info, theme.HINT)
        # The button on a row of its own (translated, it and the network did not fit a
        # side panel at 1280 pixels), then, while off, the network; a line under it while on.
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        row.addWidget(self.start_button)
        row.addWidget(self.stop_button)
        row.addStretch(1)
        network_row = QHBoxLayout()
        network_row.setContentsMargins(0, 0, 0, 0)
        network_row.setSpacing(6)
        network_row.addWidget(self.network_label)
        network_row.addWidget(self.network, 3)
        network_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addLayout(network_row)
        layout.addWidget(self.info)
        QWidget.setTabOrder(self.start_button, self.stop_button)
        QWidget.setTabOrder(self.stop_button, self.network)

        hub().changed.connect(self.refresh)
        controller = existing_controller(session)
        if controller is not None:
            self._watch(controller)
        self.refresh()

    # --- reading -----------------------------------------------------------------------------

    def controller(self) -> LiveController | None:
        """The plan's live controller, if live participation was ever started."""
        return existing_controller(self._session)

    def live_here(self) -> bool:
        """True when the phones are doing this panel's activity now."""
        controller = self.controller()
        wanted = self._activity()
        return (
            controller is not None
            and wanted is not None
            and controller.running
            and controller.activity == wanted
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.window().objectName() == "audience_window":
            self.hide()  # the hall sees the join card instead
            return
        if not self._networks_read:
            self._read_networks()

    def _read_networks(self) -> None:
        from cluster_planner.live.interfaces import interfaces

        self._networks_read = True
        self.network.clear()
        for interface in interfaces():
            if interface.loopback:
                text = _tr("This computer only ({address})").format(address=interface.address)
            else:
                text = f"{interface.name} ({interface.address})"
            self.network.addItem(text, interface.address)

    # --- commands ------------------------------------------------------------------------------

    def start(self) -> None:
        """Start live participation for this activity, or move the phones here."""
        activity = self._activity()
        if activity is None or self._session.read_only:
            return
        if not self._networks_read:
            self._read_networks()
        address = self.network.currentData() or "127.0.0.1"
        controller = controller_for(self._session)
        self._watch(controller)
        controller.start(activity, address)
        self._watch_presentation()
        self.refresh()

    def stop(self) -> None:
        """Turn live participation off."""
        controller = self.controller()
        if controller is not None:
            controller.stop()
        self.refresh()

    def _watch(self, controller: LiveController) -> None:
        controller.failed.connect(self._tell, Qt.ConnectionType.UniqueConnection)

    def _watch_presentation(self) -> None:
        window = self.window()
        presentation = getattr(window, "presentation", None)
        controller = self.controller()
        if presentation is None or controller is None:
            return
        from cluster_planner.ui.join_card import attach_join_overlay

        attach_join_overlay(presentation, controller)

    def _tell(self, sentence: str) -> None:
        self.info.setText(sentence)

    def refresh(self) -> None:
        """Show whether phones are here, elsewhere or not at all."""
        controller = self.controller()
        wanted = self._activity()
        running = controller is not None and controller.running
        here = self.live_here()
        editable = not self._session.read_only and wanted is not None
        self.start_button.setVisible(not here)
        self.start_button.setEnabled(editable)
        self.start_button.setText(
            _tr("Move the Phones Her&e") if running else _tr("&Start Live Participation")
        )
        self.stop_button.setVisible(running)
        self.network.setEnabled(not running)
        self.network_label.setVisible(not running)
        self.network.setVisible(not running)
        if controller is not None and here:
            self.info.setText(self._counts(controller))
        elif controller is not None and running and controller.activity is not None:
            self.info.setText(
                _tr("Phones are on {activity} now.").format(
                    activity=activity_name(controller.activity, self._session)
                )
            )
        elif self._session.read_only:
            self.info.setText(_tr("A plan opened read-only cannot take input from phones."))
        elif wanted is None:
            self.info.setText(self._nothing_yet())
        else:
            self.info.setText("")  # the button's tooltip says what it does
        self.info.setVisible(bool(self.info.text()))

    def _nothing_yet(self) -> str:
        if self._kind is Kind.VOTE:
            return _tr("Open a voting round first.")
        if self._kind is Kind.DRAFTS:
            return _tr("Write a draft first.")
        return ""

    def _counts(self, controller: LiveController) -> str:
        from cluster_planner.ui.formats import plural

        parts = [
            _tr("Phones join at {url} with the code {code}.").format(
                url=controller.url.removeprefix("http://"), code=controller.code
            ),
            plural("live", "%n phone(s) connected", controller.phones()),
        ]
        if self._kind is Kind.VOTE:
            parts.append(plural("live", "%n phone(s) have placed dots", controller.participants()))
        elif self._kind is Kind.DRAFTS:
            parts.append(plural("live", "%n phone(s) have voted", controller.participants()))
        return " ".join(parts[:1]) + "\n" + " · ".join(parts[1:])
