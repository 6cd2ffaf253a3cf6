"""The mutation score of the last ``./dev mutate`` run, and each survivor's change.

Reads mutmut's results (``mutants/``): killed (a test failed), survived (every test passed),
timeouts and suspicious runs (counted as caught: the mutant changed behaviour), and mutants
no test covers. The score is caught / (caught + survived + not covered).
"""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MUTMUT = [sys.executable, "-m", "mutmut"]


def results() -> dict[str, str]:
    """Each mutant's status, by its name."""
    found = subprocess.run(
        [*MUTMUT, "results", "--all", "true"], cwd=ROOT, capture_output=True, text=True
    ).stdout
    statuses = {}
    for line in found.splitlines():
        name, _, status = line.strip().rpartition(": ")
        if name:
            statuses[name] = status
    return statuses


def main() -> int:
    """Print the counts, the score and every survivor's diff; exit 1 below 90 %."""
    statuses = results()
    counts = Counter(statuses.values())
    caught = counts["killed"] + counts["timeout"] + counts["suspicious"] + counts["segfault"]
    missed = counts["survived"] + counts["no tests"]
    print("| mutants | killed | timeout | survived | no tests | not checked | score |")
    print("|---|---|---|---|---|---|---|")
    score = caught / (caught + missed) if caught + missed else 0.0
    print(
        f"| {len(statuses)} | {counts['killed']} | {counts['timeout']} | {counts['survived']} "
        f"| {counts['no tests']} | {counts['not checked']} | {score:.1%} |"
    )
    for name, status in sorted(statuses.items()):
        if status in ("survived", "no tests"):
            diff = subprocess.run(
                [*MUTMUT, "show", name], cwd=ROOT, capture_output=True, text=True
            ).stdout
            changed = [
                line
                for line in diff.splitlines()
                if line[:1] in "+-" and not line.startswith(("+++", "---"))
            ]
            print(f"\n{name} ({status})")
            for line in changed:
                print(f"    {line.strip()}")
    return 0 if score >= 0.9 else 1


if __name__ == "__main__":
    sys.exit(main())
