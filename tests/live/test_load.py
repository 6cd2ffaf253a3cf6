"""A full hall: 60 phones vote within a minute over loopback; nothing is lost or counted twice."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.live_load import simulate_hall
from cluster_planner.domain.prioritisation import phone_dots_cast, phone_voters
from cluster_planner.live.limits import Limits
from cluster_planner.services.plan_document import PlanDocument
from tests.live.conftest import serve


@pytest.mark.slow
def test_sixty_phones_vote_within_a_minute_and_every_dot_is_kept_once(hall_path: Path) -> None:
    running = serve(hall_path, limits=Limits())  # the limits a real hall gets
    try:
        result = simulate_hall(running.server.port, running.server.code, phones=60, spread_s=15)
        round_id = running.host.activity.round_id
    finally:
        running.server.stop()
        running.host.close()
    assert result.problems == []
    assert len(result.ballots) == 60 and result.seconds < 60
    assert result.reconnects_kept > 0
    document = PlanDocument.open(hall_path, read_only=True)
    try:
        voting_round = document.voting_round(round_id)
    finally:
        document.close()
    stored = {b.device: {d.item_id: d.count for d in b.dots} for b in voting_round.phone_ballots}
    assert stored == result.ballots  # each phone's last ballot, exactly once
    assert phone_voters(voting_round) == 60
    assert phone_dots_cast(voting_round) == sum(sum(b.values()) for b in result.ballots.values())
    print(
        f"\n60 phones: {result.requests} requests in {result.seconds:.1f} s, "
        f"median {result.median():.1f} ms, p95 {result.percentile(0.95):.1f} ms"
    )
