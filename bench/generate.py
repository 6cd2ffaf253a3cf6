"""Generate large, realistic-looking plans for benchmarks.

``python -m bench.generate OUT.clusterplan [--scale N]`` writes one; the
benchmarks call ``generate_plan`` directly. The plan is built as a snapshot and
loaded in one transaction (building 10,000 rows action by action would measure
the generator, not the app).
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
from pathlib import Path
from typing import Any

from cluster_planner.domain.enums import BodyRole, MeetingType, Sex, SizeClass, StakeholderType
from cluster_planner.domain.snapshot import FORMAT_VERSION, PlanSnapshot
from cluster_planner.services.plan_document import PlanDocument

TOWNS = ["Atuntaqui", "Otavalo", "Ibarra", "Cotacachi", "Andrade Marín", "Natabuela", "Quito"]
FIRST = ["Ana", "Luis", "María", "Jorge", "Rosa", "Diego", "Carmen", "Marco", "Luz", "Iván"]
LAST = ["Cevallos", "Andrade", "Salazar", "Guerrero", "Pabón", "Morales", "Yépez", "Terán"]


def large_snapshot(scale: int = 1, seed: int = 7) -> dict[str, Any]:
    """A snapshot of a national programme: 200·scale organisations, 800·scale people."""
    rng = random.Random(seed)
    organisations = []
    for i in range(1, 200 * scale + 1):
        stype = rng.choice(list(StakeholderType))
        organisations.append(
            {
                "id": i,
                "name": f"{rng.choice(['Textiles', 'Confecciones', 'Tejidos', 'Moda'])} "
                f"{rng.choice(LAST)} {i}",
                "stakeholder_type": stype.value,
                "size_class": rng.choice(list(SizeClass)).value
                if stype is StakeholderType.ENTERPRISE
                else None,
                "women_led": rng.random() < 0.3,
                "town": rng.choice(TOWNS),
                "notes": "Generated for benchmarks.",
            }
        )
    people = []
    for i in range(1, 800 * scale + 1):
        people.append(
            {
                "id": i,
                "name": f"{rng.choice(FIRST)} {rng.choice(LAST)} {i}",
                "sex": rng.choice([Sex.FEMALE, Sex.MALE, Sex.UNSPECIFIED]).value,
                "organisation_id": rng.randint(1, len(organisations)),
                "role": "Manager",
                "email": f"person{i}@example.org",
                "commission_role": (BodyRole.MEMBER if i % 40 == 0 else BodyRole.NONE).value,
            }
        )
    meetings = []
    start = dt.date(2026, 1, 15)
    for i in range(1, 40 * scale + 1):
        attendees = sorted(rng.sample(range(1, len(people) + 1), 30))
        meetings.append(
            {
                "id": i,
                "title": f"Workshop {i}",
                "date": (start + dt.timedelta(days=14 * i)).isoformat(),
                "meeting_type": rng.choice(list(MeetingType)).value,
                "venue": rng.choice(TOWNS),
                "facilitator_id": attendees[0],
                "attendee_ids": attendees,
            }
        )
    return {
        "format_version": FORMAT_VERSION,
        "profile": {"name": "National garment programme", "country": "Ecuador", "currency": "USD"},
        "organisations": organisations,
        "people": people,
        "meetings": meetings,
    }


def generate_plan(path: Path, scale: int = 1) -> Path:
    """Write a large plan to ``path`` (replacing it) and return the path."""
    document = PlanDocument.create(path, overwrite=True)
    try:
        document.load_snapshot(PlanSnapshot.from_dict(large_snapshot(scale)))
    finally:
        document.close()
    return path


def main() -> None:
    """Command line: write one generated plan."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--scale", type=int, default=1)
    args = parser.parse_args()
    generate_plan(args.out, args.scale)
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
