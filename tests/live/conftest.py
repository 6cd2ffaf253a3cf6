"""Live participation tests: a real server on loopback, phones as real HTTP clients.

Every server here listens on 127.0.0.1 (or ::1) and every request goes there: no
other address is ever contacted.
"""

from __future__ import annotations

import datetime as dt
import http.client
import json
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from cluster_planner.live.headless import DocumentHost
from cluster_planner.live.limits import Limits, Rate
from cluster_planner.live.server import LiveServer
from cluster_planner.live.state import Activity, Kind
from cluster_planner.services.plan_document import PlanDocument

LOOPBACK = "127.0.0.1"
# Generous limits for tests that are not about limits (every phone here is 127.0.0.1).
EASY = Limits(
    requests=Rate(10_000, 10_000),
    changes=Rate(10_000, 10_000),
    joins=Rate(10_000, 10_000),
)


@pytest.fixture(scope="session")
def hall_template(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> Path:
    """The demo plan with an open (not yet revealed) round of three dots per voter."""
    path = tmp_path_factory.mktemp("live") / "hall.clusterplan"
    shutil.copy(demo_template, path)
    document = PlanDocument.open(path)
    meeting = document.meetings()[-1].id
    document.add_voting_round(meeting_id=meeting, title="Today's priorities", dots_per_voter=3)
    document.add_meeting(title="Live workshop", date=dt.date(2026, 5, 4))
    document.close()
    return path


@pytest.fixture
def hall_path(hall_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "hall.clusterplan"
    shutil.copy(hall_template, path)
    return path


def open_round_number(path: Path) -> int:
    document = PlanDocument.open(path, read_only=True)
    try:
        return len(document.voting_rounds())
    finally:
        document.close()


@dataclass
class Served:
    """A running server and the host behind it."""

    host: DocumentHost
    server: LiveServer

    @property
    def url(self) -> str:
        return self.server.url

    def phone(self, source: str = LOOPBACK) -> Phone:
        return Phone(self.server.port, self.server.code, source)


def serve(path: Path, activity: Activity | None = None, **options: Any) -> Served:
    if activity is None:
        host = DocumentHost(path, round_number=open_round_number(path))
    else:
        host = DocumentHost(path, activity)
    options.setdefault("limits", EASY)
    server = LiveServer(host, options.pop("address", LOOPBACK), 0, **options)
    try:
        server.start()
    except BaseException:
        host.close()
        raise
    return Served(host, server)


@pytest.fixture
def served(hall_path: Path) -> Iterator[Served]:
    """The open round of the hall plan, served on loopback."""
    running = serve(hall_path)
    yield running
    running.server.stop()
    running.host.close()


@pytest.fixture
def capture(hall_path: Path) -> Iterator[Served]:
    """The SWOT capture of the hall plan, served on loopback."""
    running = serve(hall_path, Activity(Kind.CAPTURE))
    yield running
    running.server.stop()
    running.host.close()


@dataclass
class Phone:
    """A participant's phone: an HTTP client (one kept-alive connection) on loopback."""

    port: int
    code: str
    source: str = LOOPBACK
    token: str | None = None
    host_header: str | None = None
    _connection: http.client.HTTPConnection | None = field(default=None, repr=False)

    def connection(self) -> http.client.HTTPConnection:
        if self._connection is None:
            self._connection = http.client.HTTPConnection(
                LOOPBACK, self.port, timeout=20, source_address=(self.source, 0)
            )
        return self._connection

    def drop(self) -> None:
        """Lose the connection (the phone left the Wi-Fi); the next call reconnects."""
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    def call(
        self,
        method: str,
        path: str,
        body: Any = None,
        *,
        code: str | None = None,
        raw: bytes | None = None,
        headers: dict[str, str] | None = None,
    ) -> tuple[int, Any]:
        sent = {"Host": self.host_header or f"{LOOPBACK}:{self.port}"}
        given = self.code if code is None else code
        if given:
            sent["X-Session-Code"] = given
        if self.token:
            sent["Authorization"] = f"Bearer {self.token}"
        payload = raw if raw is not None else None
        if body is not None:
            payload = json.dumps(body).encode()
            sent["Content-Type"] = "application/json"
        sent.update(headers or {})
        for attempt in (1, 2):
            connection = self.connection()
            try:
                connection.request(method, path, body=payload, headers=sent)
                response = connection.getresponse()
                data = response.read()
                break
            except (ConnectionError, http.client.RemoteDisconnected, http.client.BadStatusLine):
                self.drop()
                if attempt == 2:
                    raise
        if response.getheader("connection", "").lower() == "close":
            self.drop()
        kind = response.getheader("content-type") or ""
        parsed = json.loads(data) if data and kind.startswith("application/json") else data
        self.last_headers = dict(response.getheaders())
        return response.status, parsed

    def join(self) -> str:
        status, data = self.call("POST", "/api/join", {"code": self.code, "token": self.token})
        assert status == 200, data
        self.token = data["token"]
        return self.token

    def state(self) -> dict[str, Any]:
        status, data = self.call("GET", "/api/state")
        assert status == 200, data
        return data

    def vote(self, round_id: int, dots: dict[int, int], **group: str) -> tuple[int, Any]:
        body = {"round": round_id, "dots": {str(k): v for k, v in dots.items()}, **group}
        return self.call("PUT", "/api/ballot", body)
