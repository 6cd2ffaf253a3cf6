"""A hall of simulated phones voting over loopback, for the load test and the benchmark.

Each phone has its own loopback address (127.0.0.10, .11, …: every one of them is
this computer), loads the page, joins with the code, reads the round, places its
dots, and every third one drops its connection, comes back with its token, finds its
ballot and changes it. Everything is bounded: a fixed number of phones, each with a
fixed script, a deadline for the whole hall; it stops by itself.
"""

from __future__ import annotations

import concurrent.futures
import http.client
import json
import random
import statistics
import threading
import time
from dataclasses import dataclass, field
from typing import Any

LOOPBACK = "127.0.0.1"


@dataclass
class HallResult:
    """What the hall did: each phone's last ballot, request times, problems."""

    ballots: dict[str, dict[int, int]] = field(default_factory=dict)  # device -> dots
    latencies_ms: list[float] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    reconnects_kept: int = 0
    seconds: float = 0.0
    requests: int = 0

    def percentile(self, share: float) -> float:
        ordered = sorted(self.latencies_ms)
        if not ordered:
            return 0.0
        return ordered[min(len(ordered) - 1, int(share * len(ordered)))]

    def median(self) -> float:
        return statistics.median(self.latencies_ms) if self.latencies_ms else 0.0


class _Phone:
    def __init__(self, port: int, code: str, source: str, result: HallResult, lock: Any):
        self.port, self.code, self.source = port, code, source
        self.result, self.lock = result, lock
        self.token: str | None = None
        self.connection: http.client.HTTPConnection | None = None

    def call(self, method: str, path: str, body: Any = None) -> tuple[int, Any]:
        headers = {"X-Session-Code": self.code, "Host": f"{LOOPBACK}:{self.port}"}
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        payload = None
        if body is not None:
            payload = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        for attempt in (1, 2):
            if self.connection is None:
                self.connection = http.client.HTTPConnection(
                    LOOPBACK, self.port, timeout=30, source_address=(self.source, 0)
                )
            started = time.perf_counter()
            try:
                self.connection.request(method, path, body=payload, headers=headers)
                response = self.connection.getresponse()
                data = response.read()
            except (ConnectionError, http.client.HTTPException):
                self.drop()
                if attempt == 2:
                    raise
                continue
            elapsed = (time.perf_counter() - started) * 1000
            with self.lock:
                self.result.latencies_ms.append(elapsed)
                self.result.requests += 1
            if response.getheader("connection", "").lower() == "close":
                self.drop()
            kind = response.getheader("content-type") or ""
            return response.status, (
                json.loads(data) if kind.startswith("application/json") else data
            )
        raise AssertionError("unreachable")

    def drop(self) -> None:
        if self.connection is not None:
            self.connection.close()
            self.connection = None


def _ballot(rng: random.Random, cards: list[int], dots: int) -> dict[int, int]:
    ballot: dict[int, int] = {}
    for _ in range(rng.randint(1, dots)):
        card = rng.choice(cards)
        ballot[card] = ballot.get(card, 0) + 1
    return ballot


def _phone_script(phone: _Phone, rng: random.Random, delay: float) -> tuple[str, dict[int, int]]:
    time.sleep(delay)
    for path in ("/", "/static/phone.js", "/static/phone.css", "/api/words?lang=es"):
        status, _ = phone.call("GET", path)
        assert status == 200, (path, status)
    status, data = phone.call("POST", "/api/join", {"code": phone.code})
    assert status == 200, data
    phone.token = data["token"]
    device = phone.token.split(".")[0]
    status, view = phone.call("GET", "/api/state")
    assert status == 200, view
    round_id, dots = view["round"]["id"], view["round"]["dots"]
    cards = [c["id"] for c in view["cards"]]
    group = {
        "stakeholder_type": rng.choice([None, "enterprise", "cooperative", "ngo"]),
        "sex": rng.choice([None, "female", "male"]),
    }
    ballot = _ballot(rng, cards, dots)
    body = {"round": round_id, "dots": {str(k): v for k, v in ballot.items()}, **group}
    status, view = phone.call("PUT", "/api/ballot", body)
    assert status == 200, view
    for _ in range(2):  # the page polls every few seconds
        time.sleep(rng.uniform(0.5, 1.5))
        status, _ = phone.call("GET", f"/api/state?v={view['version']}")
        assert status in (200, 204), status
    if rng.random() < 1 / 3:
        phone.drop()  # the phone left the Wi-Fi …
        time.sleep(rng.uniform(0.2, 1.0))
        status, data = phone.call("POST", "/api/join", {"code": phone.code, "token": phone.token})
        assert status == 200 and data["token"] == phone.token, data  # … and came back
        status, view = phone.call("GET", "/api/state")
        assert view["ballot"] == {str(k): v for k, v in ballot.items()}, (view["ballot"], ballot)
        with phone.lock:
            phone.result.reconnects_kept += 1
        ballot = _ballot(rng, cards, dots)
        body = {"round": round_id, "dots": {str(k): v for k, v in ballot.items()}, **group}
        status, view = phone.call("PUT", "/api/ballot", body)
        assert status == 200, view
    phone.drop()
    return device, ballot


def simulate_hall(
    port: int,
    code: str,
    *,
    phones: int = 60,
    spread_s: float = 20.0,
    deadline_s: float = 60.0,
    seed: int = 24,
) -> HallResult:
    """``phones`` phones start within ``spread_s`` seconds and vote; all must be done within
    ``deadline_s`` (what is not done then is reported as a problem, never waited for)."""
    if phones > 200:
        raise ValueError("at most 200 simulated phones (127.0.0.10 to 127.0.0.209)")
    result = HallResult()
    lock = threading.Lock()
    rng = random.Random(seed)
    started = time.perf_counter()
    pool = concurrent.futures.ThreadPoolExecutor(phones, thread_name_prefix="phone")
    futures = {}
    for n in range(phones):
        phone = _Phone(port, code, f"127.0.0.{10 + n}", result, lock)
        delay = spread_s * n / max(1, phones - 1)
        futures[pool.submit(_phone_script, phone, random.Random(rng.random()), delay)] = n
    done, not_done = concurrent.futures.wait(futures, timeout=deadline_s)
    for future in done:
        try:
            device, ballot = future.result()
            result.ballots[device] = ballot
        except Exception as error:  # noqa: BLE001 - every failure is a finding to report
            result.problems.append(f"phone {futures[future]}: {error!r}")
    for future in not_done:
        result.problems.append(f"phone {futures[future]}: not done within {deadline_s:.0f} s")
        future.cancel()
    pool.shutdown(wait=False, cancel_futures=True)
    result.seconds = time.perf_counter() - started
    return result


def main() -> int:
    """Run a hall against a server already running on loopback; print the result as JSON."""
    import argparse

    parser = argparse.ArgumentParser(description="Simulated phones over loopback.")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--code", required=True)
    parser.add_argument("--phones", type=int, default=60)
    parser.add_argument("--spread", type=float, default=40.0)
    parser.add_argument("--deadline", type=float, default=60.0)
    args = parser.parse_args()
    result = simulate_hall(
        args.port,
        args.code,
        phones=args.phones,
        spread_s=args.spread,
        deadline_s=args.deadline,
    )
    print(
        json.dumps(
            {
                "phones": len(result.ballots),
                "ballots": {
                    d: {str(k): v for k, v in b.items()} for d, b in result.ballots.items()
                },
                "problems": result.problems,
                "requests": result.requests,
                "seconds": result.seconds,
                "median_ms": result.median(),
                "p95_ms": result.percentile(0.95),
                "reconnects_kept": result.reconnects_kept,
            }
        )
    )
    return 0 if not result.problems else 1


if __name__ == "__main__":
    raise SystemExit(main())
