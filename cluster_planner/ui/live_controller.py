"""LiveController: live participation for one open plan, run from the UI thread.

One controller per ``PlanSession`` (``controller_for``). It is the web server's host:
it publishes what the phones may see as an immutable ``LiveState`` after every change
of the plan (built here, on the UI thread, from the session's cached answers), and
applies what the phones send on the UI thread, through the plan's own actions: the
server thread only reads the state and queues changes, never touches SQLite. A
phone's change is one transaction like any other and the session's ``changed``
signal refreshes the pages, but it is not put on the facilitator's undo stack: Ctrl+Z
undoes the facilitator's own steps, not a participant's vote.

The server itself (``cluster_planner.live.server``, Starlette and uvicorn) is imported
when live participation is first turned on, never at start-up.
"""

from __future__ import annotations

import concurrent.futures
import threading
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal

from cluster_planner.live.state import Activity, Kind, LiveState, Status, build_state

if TYPE_CHECKING:
    from cluster_planner.domain.changes import ChangeRecord
    from cluster_planner.live.changes import Change
    from cluster_planner.live.server import LiveServer
    from cluster_planner.ui.plan_session import PlanSession

# The tables whose changes the phones may see.
LIVE_TABLES = frozenset(
    {
        "swot_item",
        "voting_round",
        "phone_ballot",
        "phone_dot",
        "vision_draft",
        "phone_draft_vote",
        "pending_card",
        "cluster_profile",
    }
)
GRACE_S = 4.0  # after turning off, phones are told so for this long before the port closes


def _tr(text: str) -> str:
    return QCoreApplication.translate("live", text)


class _Hub(QObject):
    """Tells every view that live participation changed anywhere (pages built before the
    controller was made, such as the audience view's, hear it too)."""

    changed = Signal()


_hub: _Hub | None = None


def hub() -> _Hub:
    """The one hub of the application."""
    global _hub
    if _hub is None:
        _hub = _Hub(QCoreApplication.instance())
    return _hub


def phone_votes_hidden(session: PlanSession) -> bool:
    """True while phones vote on the drafts: their votes stay hidden until the vote stops."""
    controller = existing_controller(session)
    return controller is not None and controller.is_live(Kind.DRAFTS)


def controller_for(session: PlanSession) -> LiveController:
    """The live controller of ``session`` (made on first use)."""
    controller = getattr(session, "_live_controller", None)
    if controller is None:
        controller = LiveController(session)
        session._live_controller = controller  # type: ignore[attr-defined]
    return controller


def existing_controller(session: PlanSession) -> LiveController | None:
    """The live controller of ``session`` when one was made (nothing is built)."""
    return getattr(session, "_live_controller", None)


class LiveController(QObject):
    """Starts and stops the server, publishes the state, applies the phones' changes."""

    changed = Signal()  # started, stopped, the activity or the number of phones changed
    failed = Signal(str)  # a sentence: the server could not start
    _incoming = Signal(object)  # (change, future), emitted from the server's thread

    def __init__(self, session: PlanSession) -> None:
        super().__init__(session)
        self._session = session
        self._server: LiveServer | None = None
        self._activity: Activity | None = None
        self._state = LiveState(Activity(Kind.CAPTURE), Status.ENDED)
        self._version = 0
        self._secret = b""
        self._phones = 0
        self._incoming.connect(self._apply, Qt.ConnectionType.QueuedConnection)
        session.changed.connect(self._on_changed)
        session.closing.connect(self.stop)
        self._census = QTimer(self)
        self._census.setInterval(2000)
        self._census.timeout.connect(self._count_phones)
        self.changed.connect(hub().changed)

    # --- what the facilitator sees ------------------------------------------------------------

    @property
    def running(self) -> bool:
        """True while phones can join."""
        return self._server is not None

    @property
    def activity(self) -> Activity | None:
        """What the phones are asked to do (None: live participation is off)."""
        return self._activity if self.running else None

    @property
    def url(self) -> str:
        """The short address phones type."""
        return self._server.url if self._server is not None else ""

    @property
    def join_url(self) -> str:
        """The address with the code, for the QR code."""
        return self._server.join_url if self._server is not None else ""

    @property
    def code(self) -> str:
        """The session's 4-digit code."""
        return self._server.code if self._server is not None else ""

    @property
    def address(self) -> str:
        """The address listened on."""
        return self._server.address if self._server is not None else ""

    def phones(self) -> int:
        """Phones that asked for anything in the last minute."""
        return self._phones

    def participants(self) -> int:
        """Phones that placed a dot or voted in the current activity (a count)."""
        return self._state.phones

    # --- starting and stopping ----------------------------------------------------------------

    def start(self, activity: Activity, address: str, port: int | None = None) -> bool:
        """Serve ``activity`` on ``address``; False (and ``failed``) when it cannot."""
        if self._session.read_only:
            self.failed.emit(_tr("A plan opened read-only cannot take input from phones."))
            return False
        if self._server is not None:
            self.set_activity(activity)
            return True
        from cluster_planner.live.server import DEFAULT_PORT, LiveServer

        self._secret = self._session.document.live_secret()
        self._activity = activity
        self._publish()
        server = LiveServer(self, address, DEFAULT_PORT if port is None else port)
        try:
            server.start()
        except OSError as error:
            self._activity = None
            self.failed.emit(
                _tr("Live participation cannot listen on {address}: {problem}").format(
                    address=address, problem=error.strerror or str(error)
                )
            )
            return False
        self._server = server
        self._census.start()
        self.changed.emit()
        return True

    def stop(self) -> None:
        """Turn live participation off: phones are told it ended, then the port closes."""
        server, self._server = self._server, None
        if server is None:
            return
        self._census.stop()
        self._state = self._state.ended()
        self._activity = None
        self._phones = 0
        # The server answers "ended" for a few seconds (so polling phones say so), then
        # closes; a thread waits for that, so the window never does.
        threading.Thread(
            target=server.stop, kwargs={"grace": GRACE_S}, name="live-stop", daemon=True
        ).start()
        self.changed.emit()

    def set_activity(self, activity: Activity) -> None:
        """Ask the phones to do something else (same address, same code)."""
        if activity == self._activity:
            return
        self._activity = activity
        self._publish()
        self.changed.emit()

    def is_live(self, kind: Kind, round_id: int | None = None) -> bool:
        """True when the phones are doing ``kind`` (in round ``round_id``) now."""
        activity = self.activity
        if activity is None or activity.kind is not kind:
            return False
        return kind is not Kind.VOTE or activity.round_id == round_id

    # --- the Host protocol (called from the server's thread) -------------------------------------

    def state(self) -> LiveState:
        """What the phones may see now."""
        return self._state

    def secret(self) -> bytes:
        """The plan's secret for device tokens."""
        return self._secret

    def submit(self, change: Change) -> concurrent.futures.Future[object]:
        """Queue ``change`` for the UI thread; the future is done when it is on disk."""
        future: concurrent.futures.Future[object] = concurrent.futures.Future()
        self._incoming.emit((change, future))
        return future

    # --- on the UI thread ------------------------------------------------------------------------

    def _apply(self, item: tuple[Change, concurrent.futures.Future[object]]) -> None:
        from cluster_planner.live.changes import apply_change

        change, future = item
        if not future.set_running_or_notify_cancel():
            return
        try:
            if self._server is None or self._session.read_only:
                from cluster_planner.domain.participation import ParticipationRefused

                raise ParticipationRefused("changed", "live participation is off")
            record: ChangeRecord = apply_change(self._session.document, change)
        except Exception as error:  # noqa: BLE001 - handed to the server, which words it
            future.set_exception(error)
            return
        future.set_result(record)

    def _on_changed(self, record: Any) -> None:
        if self._activity is not None and record.tables & LIVE_TABLES:
            self._publish()

    def _publish(self) -> None:
        if self._activity is None:
            return
        session = self._session
        self._version += 1
        before = self._state.phones
        self._state = build_state(
            self._activity,
            version=self._version,
            cluster=session.profile().name,
            items=session.swot_items(),
            rounds=session.voting_rounds(),
            drafts=session.vision_drafts(),
            pending=session.pending_cards(),
        )
        if self._state.phones != before:
            self.changed.emit()

    def _count_phones(self) -> None:
        if self._server is None:
            return
        seen = self._server.phones_seen(60)
        if seen != self._phones:
            self._phones = seen
            self.changed.emit()
