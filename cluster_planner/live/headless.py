"""``cluster-planner live``: the same page served without the app, from a plan file.

The plan is opened, read and written by one worker thread (SQLite stays on one
thread), which applies the phones' changes one at a time, each in its own
transaction, and rebuilds the live state after each. Used for tests, and to serve
from a second laptop while the facilitator's own shows the board.
"""

from __future__ import annotations

import concurrent.futures
import signal
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from cluster_planner.live.changes import Change, apply_change
from cluster_planner.live.server import DEFAULT_PORT, LiveServer
from cluster_planner.live.state import Activity, Kind, LiveState, build_state

if TYPE_CHECKING:
    from cluster_planner.live.limits import Limits
    from cluster_planner.services.plan_document import PlanDocument


class NoSuchActivity(ValueError):
    """The round or drafts asked for are not in the plan (the sentence says what is)."""


class DocumentHost:
    """A plan file opened by its own worker thread, serving one activity."""

    def __init__(self, path: Path, activity: Activity | None = None, *, round_number: int = 0):
        self._worker = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="live-plan")
        self._version = 0
        self._document: PlanDocument = self._run(_open, path)
        try:
            self.activity = activity or self._run(self._resolve, round_number)
            self._secret: bytes = self._run(self._document.live_secret)
            self._state: LiveState = self._run(self._build)
        except BaseException:
            self.close()
            raise

    def _run(self, call: Callable[..., Any], *args: Any) -> Any:
        return self._worker.submit(call, *args).result()

    def _resolve(self, round_number: int) -> Activity:
        rounds = self._document.voting_rounds()
        if not rounds:
            raise NoSuchActivity("the plan has no voting round yet (the Diagnostic step adds one)")
        if not 1 <= round_number <= len(rounds):
            listed = "; ".join(f"{n}: {r.title}" for n, r in enumerate(rounds, start=1))
            raise NoSuchActivity(f"there is no round {round_number}; the rounds are {listed}")
        return Activity(Kind.VOTE, round_id=rounds[round_number - 1].id)

    def _build(self) -> LiveState:
        document = self._document
        self._version += 1
        drafts = document.vision_drafts()
        activity = self.activity
        if activity.kind is Kind.DRAFTS and not activity.draft_ids:
            activity = self.activity = Activity(Kind.DRAFTS, draft_ids=tuple(d.id for d in drafts))
        return build_state(
            activity,
            version=self._version,
            cluster=document.profile().name,
            items=document.swot_items(),
            rounds=document.voting_rounds(),
            drafts=drafts,
            pending=document.pending_cards(),
        )

    def _apply(self, change: Change) -> object:
        record = apply_change(self._document, change)
        self._state = self._build()
        return record

    # --- the Host protocol -------------------------------------------------------------------

    def state(self) -> LiveState:
        """What the phones may see now."""
        return self._state

    def secret(self) -> bytes:
        """The plan's secret for device tokens."""
        return self._secret

    def submit(self, change: Change) -> concurrent.futures.Future[object]:
        """Apply ``change`` on the worker thread."""
        return self._worker.submit(self._apply, change)

    def edit(self, action: Callable[[PlanDocument], object]) -> None:
        """Run ``action(document)`` on the worker, as the facilitator would change the plan
        (a reveal, a deleted round), and let the phones see the result."""

        def run() -> None:
            action(self._document)
            self._state = self._build()

        self._run(run)

    def describe(self) -> str:
        """What is served, in words."""
        state = self._state
        if self.activity.kind is Kind.VOTE:
            return f"the voting round “{state.title}”"
        if self.activity.kind is Kind.DRAFTS:
            return f"the vote on {len(state.drafts)} vision drafts"
        return "the SWOT capture (ideas wait as pending cards)"

    def close(self) -> None:
        """Close the plan (releasing its lock) and the worker."""
        document = getattr(self, "_document", None)
        if document is not None:
            self._run(document.close)
            self._document = None  # type: ignore[assignment]
        self._worker.shutdown(wait=True)


def _open(path: Path) -> PlanDocument:
    from cluster_planner.services.plan_document import PlanDocument

    return PlanDocument.open(path)


def serve(
    path: Path,
    *,
    kind: Kind,
    round_number: int = 0,
    address: str = "127.0.0.1",
    port: int = DEFAULT_PORT,
    out: TextIO,
    stop: threading.Event | None = None,
    limits: Limits | None = None,
    grace: float = 3.0,
) -> None:
    """Serve ``kind`` from the plan at ``path`` until ``stop`` is set (or Ctrl+C / SIGTERM).

    Raises the plan's typed errors, NoSuchActivity, or OSError when the address cannot
    be listened on; prints the address and the code when serving.
    """
    activity = None if kind is Kind.VOTE else Activity(kind)
    host = DocumentHost(path, activity, round_number=round_number)
    server = LiveServer(host, address, port, limits=limits)
    try:
        server.start()
    except BaseException:
        host.close()
        raise
    stop = stop or threading.Event()
    restore = _on_signals(stop)
    try:
        print(f"Serving {host.describe()} of {path.name}.", file=out)
        print(f"Phones join at {server.url} with the code {server.code}.", file=out)
        if address.startswith("127.") or address == "::1":
            print("Only this computer can reach that address (--host serves the hall).", file=out)
        print("Press Ctrl+C to stop.", file=out, flush=True)
        while not stop.wait(0.5):
            pass
    finally:
        restore()
        server.stop(grace=grace)
        host.close()
        print("Stopped; everything the phones sent is in the plan.", file=out, flush=True)


def _on_signals(stop: threading.Event) -> Callable[[], None]:
    """Set ``stop`` on Ctrl+C and SIGTERM (main thread only); return what puts them back."""
    if threading.current_thread() is not threading.main_thread():
        return lambda: None
    kinds = [signal.SIGINT] + ([signal.SIGTERM] if hasattr(signal, "SIGTERM") else [])
    previous = {kind: signal.signal(kind, lambda *_: stop.set()) for kind in kinds}

    def restore() -> None:
        for kind, handler in previous.items():
            signal.signal(kind, handler)

    return restore
