"""Review-cycle benchmark: adopting a revision and comparing two, on a 2,000-action plan.

Adoption reads the whole plan, freezes it (JSON, compressed) and writes it in one
transaction. Comparing reads both frozen plans back (no cache: a fresh document
each run) and works out the changes between them.
"""

from __future__ import annotations

import datetime as dt
import statistics
import tempfile
import time
from pathlib import Path

ACTIONS = 2000
RUNS = 5


def measure() -> dict[str, float]:
    """Median adoption and comparison times in milliseconds, and the revision's size."""
    from bench.generate import generate_plan
    from cluster_planner.services.plan_document import PlanDocument

    with tempfile.TemporaryDirectory() as folder:
        path = generate_plan(Path(folder) / "plan.clusterplan", actions=ACTIONS)
        document = PlanDocument.open(path)
        adopt: list[float] = []
        for run in range(RUNS):
            start = time.perf_counter()
            document.adopt_revision(f"Revision {run + 1}", dt.date(2027, 1, 1))
            adopt.append(time.perf_counter() - start)
        first = document.revisions()[0].number
        actions = document.actions()
        for action in actions[::20]:  # a hundred actions slip by two weeks
            if action.start_date is not None and action.end_date is not None:
                shift = dt.timedelta(days=14)
                document.reschedule_action(
                    action.id, action.start_date + shift, action.end_date + shift
                )
        document.adopt_revision("After the review", dt.date(2027, 6, 1))
        last = document.revisions()[-1].number
        document.close()
        size = path.stat().st_size
        compare: list[float] = []
        changes = 0
        for _ in range(RUNS):
            fresh = PlanDocument.open(path, read_only=True)
            start = time.perf_counter()
            changes = len(fresh.compare(first, last))
            compare.append(time.perf_counter() - start)
            fresh.close()
        fresh = PlanDocument.open(path, read_only=True)
        start = time.perf_counter()
        fresh.compare(last)
        with_plan = time.perf_counter() - start
        fresh.close()
    return {
        "adopt_median_ms": statistics.median(adopt) * 1000,
        "adopt_max_ms": max(adopt) * 1000,
        "compare_median_ms": statistics.median(compare) * 1000,
        "compare_max_ms": max(compare) * 1000,
        "compare_with_plan_ms": with_plan * 1000,
        "changes": float(changes),
        "file_mb": size / 1e6,
    }


if __name__ == "__main__":
    for key, value in measure().items():
        print(f"{key}: {value:.1f}")
