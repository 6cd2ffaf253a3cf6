"""Live participation benchmark: the facilitator's own edits while 60 phones vote.

The app's side is real: a PlanSession over the demo plan with the Diagnostic page
built and shown (offscreen), live participation started from the voting panel on
127.0.0.1, the phones' ballots applied on the UI thread. The phones are another
process (``bench.live_load``: 60 of them from their own loopback addresses, starting
within 40 seconds), so they do not share the app's interpreter. Meanwhile the
facilitator types a card's statement again and again: each edit is timed from the
action to the page having processed it (``PlanSession.run`` and the change signal
with every page's refresh), p95 against the same edits with no server running.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _edits(
    session: Any, app: Any, item_id: int, seconds: float, done: Any
) -> tuple[list[float], list[float]]:
    """Edit a card's statement every 50 ms for ``seconds`` (or until ``done()``).

    Returns each edit's commit time (the action's transaction, on disk: what the edit
    benchmark's budget holds) and its time until the page has shown it (the change signal
    with every page's refresh, and the events pending then, phones' ballots included).
    """
    committed: list[float] = []
    shown: list[float] = []
    stamps: list[float] = []
    # Heard first after each commit, before the session and the pages refresh.
    session.document._listeners.insert(0, lambda _record: stamps.append(time.perf_counter()))
    end = time.perf_counter() + seconds
    n = 0
    while time.perf_counter() < end and not done():
        n += 1
        stamps.clear()
        start = time.perf_counter()
        session.run(
            session.document.update_swot_item, item_id, statement=f"Skilled knitters, take {n}"
        )
        app.processEvents()
        shown.append((time.perf_counter() - start) * 1000)
        committed.append((stamps[0] - start) * 1000)
        pause = time.perf_counter() + 0.05
        while time.perf_counter() < pause:
            app.processEvents()  # the phones' ballots are applied here, on this thread
            time.sleep(0.002)
    session.document._listeners.pop(0)
    return committed, shown


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1]


def measure(phones: int = 60, spread_s: float = 40.0) -> dict[str, Any]:
    from PySide6.QtWidgets import QApplication

    from cluster_planner.live.state import Activity, Kind
    from cluster_planner.services.demo import create_demo_plan
    from cluster_planner.services.plan_document import PlanDocument
    from cluster_planner.ui.diagnostic_page import DiagnosticPage
    from cluster_planner.ui.live_controller import controller_for
    from cluster_planner.ui.plan_session import PlanSession
    from cluster_planner.ui.prompter import Prompter

    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="bench-live-"))
    try:
        path = folder / "hall.clusterplan"
        create_demo_plan(path).close()
        session = PlanSession(PlanDocument.open(path))
        meeting = session.meetings()[-1].id
        session.run(
            session.document.add_voting_round, meeting_id=meeting, title="Bench", dots_per_voter=3
        )
        round_id = session.voting_rounds()[-1].id
        page = DiagnosticPage(session, Prompter())
        page.resize(1280, 800)
        page.show()
        page.voting.choose_round(round_id)
        app.processEvents()
        item_id = next(i.id for i in session.swot_items() if i.status.value == "active")
        quiet = _edits(session, app, item_id, 10.0, lambda: False)
        live = controller_for(session)
        assert live.start(Activity(Kind.VOTE, round_id=round_id), "127.0.0.1", 0)
        port = int(live.url.rsplit(":", 1)[1])
        hall = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "bench.live_load",
                "--port",
                str(port),
                "--code",
                live.code,
                "--phones",
                str(phones),
                "--spread",
                str(spread_s),
                "--deadline",
                "75",
            ],
            stdout=subprocess.PIPE,
            text=True,
        )
        serving = _edits(session, app, item_id, 90.0, lambda: hall.poll() is not None)
        out, _ = hall.communicate(timeout=30)
        app.processEvents()
        result = json.loads(out)
        stored = session.voting_rounds()[-1]
        kept = {b.device: {str(d.item_id): d.count for d in b.dots} for b in stored.phone_ballots}
        live.stop()
        page.close()
        session.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    quiet_commit, quiet = quiet
    serving_commit, serving = serving
    return {
        "phones": result["phones"],
        "problems": len(result["problems"]),
        "all_kept_once": kept == result["ballots"],
        "hall_seconds": result["seconds"],
        "requests": result["requests"],
        "phone_median_ms": result["median_ms"],
        "phone_p95_ms": result["p95_ms"],
        "commit_quiet_p95_ms": p95(quiet_commit),
        "commit_quiet_median_ms": statistics.median(quiet_commit),
        "commit_serving_p95_ms": p95(serving_commit),
        "commit_serving_median_ms": statistics.median(serving_commit),
        "edits_quiet": len(quiet),
        "edit_quiet_p95_ms": p95(quiet),
        "edit_quiet_median_ms": statistics.median(quiet),
        "edits_serving": len(serving),
        "edit_serving_p95_ms": p95(serving),
        "edit_serving_median_ms": statistics.median(serving),
    }


if __name__ == "__main__":
    for key, value in measure().items():
        print(f"{key}: {value:.2f}" if isinstance(value, float) else f"{key}: {value}")
