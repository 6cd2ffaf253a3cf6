"""Edit benchmark: one user action committed to disk, on a large generated plan."""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from bench.generate import generate_plan
from cluster_planner.services.plan_document import PlanDocument


def measure(edits: int = 200, scale: int = 2) -> dict[str, float]:
    """Median and p95 milliseconds of one committed edit (and of its undo)."""
    with tempfile.TemporaryDirectory() as folder:
        path = generate_plan(Path(folder) / "large.clusterplan", scale)
        document = PlanDocument.open(path)
        try:
            people = document.people()
            edit_times, undo_times = [], []
            for i in range(edits):
                person = people[i % len(people)]
                start = time.perf_counter()
                record = document.update_person(person.id, role=f"Role {i}")
                edit_times.append(time.perf_counter() - start)
                start = time.perf_counter()
                document.undo(record)
                undo_times.append(time.perf_counter() - start)
        finally:
            document.close()
    return {
        "people": float(len(people)),
        "edit_median_ms": statistics.median(edit_times) * 1000,
        "edit_p95_ms": statistics.quantiles(edit_times, n=20)[-1] * 1000,
        "undo_p95_ms": statistics.quantiles(undo_times, n=20)[-1] * 1000,
    }


if __name__ == "__main__":
    for key, value in measure().items():
        print(f"{key}: {value:.2f}")
