"""The live web server: Starlette on uvicorn, in a background thread, on one address.

``LiveServer(host, address)`` binds a socket on the address the facilitator chose
(and on no other), serves the phone page and its small JSON API there, and answers
only with the session code. It reads what the phones may see from ``host.state()``
and hands their changes to ``host.submit``, which applies them where the plan lives
and says when they are on disk; the server never touches the plan itself.

The API (JSON; every call but the page, its files, its words and joining carries the
headers ``X-Session-Code`` and ``Authorization: Bearer TOKEN``):

- ``POST /api/join`` ``{"code", "token"?}`` → ``{"token"}``: the device token (the same
  one when it is still valid, so a phone that reconnects keeps its ballot);
- ``GET /api/state?v=N`` → the phone's view, or 204 when version N is still current;
- ``PUT /api/ballot`` ``{"round", "dots": {card: n}, "stakeholder_type"?, "sex"?}``;
- ``POST /api/ideas`` ``{"quadrant", "text"}``; ``DELETE /api/ideas/ID``;
- ``PUT /api/vote`` ``{"draft": id or null}``.

A refused change answers 4xx with ``{"error": reason}`` and the phone's current view.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import ipaddress
import json
import logging
import socket
import sys
import threading
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any, Protocol

from cluster_planner.domain.errors import NotFound, PlanError, ReadOnlyPlan
from cluster_planner.domain.participation import ParticipationRefused
from cluster_planner.live import phrases, tokens
from cluster_planner.live.changes import (
    Ballot,
    Change,
    DraftVote,
    Idea,
    Withdrawal,
    read_ballot,
    read_idea,
    read_vote,
)
from cluster_planner.live.limits import Buckets, Limits
from cluster_planner.live.state import Kind, LiveState, Status, view_for

log = logging.getLogger(__name__)

DEFAULT_PORT = 8421
ASSETS = Path(__file__).parent / "assets"
# The page's files (name: where it is, its type); the icon is the app's own.
_FILES = {
    "phone.js": (ASSETS / "phone.js", "text/javascript; charset=utf-8"),
    "phone.css": (ASSETS / "phone.css", "text/css; charset=utf-8"),
    "icon.svg": (
        ASSETS.parent.parent / "resources" / "icons" / "cluster-planner.svg",
        "image/svg+xml",
    ),
}
SECURITY_HEADERS = [
    (
        b"content-security-policy",
        b"default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
        b"connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    ),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cache-control", b"no-store"),
    (b"cross-origin-resource-policy", b"same-origin"),
]


class Host(Protocol):
    """Where the plan lives: the app's UI thread, or the headless worker."""

    def state(self) -> LiveState:
        """What the phones may see now (immutable; read from any thread)."""
        ...

    def secret(self) -> bytes:
        """The plan's secret for device tokens."""
        ...

    def submit(self, change: Change) -> concurrent.futures.Future[object]:
        """Apply ``change`` to the plan; the future is done when it is on disk (or refused)."""
        ...


class Refusal(Exception):
    """An HTTP answer other than success: status, reason key, and the phone's view or not."""

    def __init__(self, status: int, reason: str, with_view: bool = False) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason
        self.with_view = with_view


def bind(address: str, port: int) -> socket.socket:
    """A listening socket on ``address`` (one interface), at ``port`` or the next free one.

    Tries ``port`` and the nine after it, then any free port; raises OSError when the
    address is not one of this computer's.
    """
    family = socket.AF_INET6 if ipaddress.ip_address(address).version == 6 else socket.AF_INET
    last: OSError | None = None
    for candidate in [*range(port, port + 10), 0] if port else [0]:
        sock = socket.socket(family, socket.SOCK_STREAM)
        try:
            if sys.platform == "win32":
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_EXCLUSIVEADDRUSE, 1)  # type: ignore[attr-defined]
            else:
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            if family == socket.AF_INET6:
                sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
            sock.bind((address, candidate))
            sock.listen(128)
            sock.setblocking(False)
            return sock
        except OSError as error:
            sock.close()
            last = error
            if error.errno not in (98, 48, 10048, 13, 10013):  # in use / not allowed: next port
                raise
    assert last is not None
    raise last


class LiveServer:
    """The phone page and its API on one address, served by a background thread."""

    def __init__(
        self,
        host: Host,
        address: str,
        port: int = DEFAULT_PORT,
        *,
        limits: Limits | None = None,
        code: str | None = None,
        apply_timeout: float = 15.0,
    ) -> None:
        self.host = host
        self.address = address
        self.requested_port = port
        self.port = 0
        self.code = code or tokens.new_code()
        self.limits = limits or Limits()
        self.apply_timeout = apply_timeout
        self._requests = Buckets(self.limits.requests, self.limits.max_keys)
        self._changes = Buckets(self.limits.changes, self.limits.max_keys)
        self._joins = Buckets(self.limits.joins, self.limits.max_keys)
        self._wrong = Buckets(self.limits.wrong_codes, self.limits.max_keys)
        self._wrong_in_all = Buckets(self.limits.wrong_codes_in_all, 1)
        self._seen: dict[str, float] = {}
        self._files = {name: (path.read_bytes(), kind) for name, (path, kind) in _FILES.items()}
        self._index = (ASSETS / "index.html").read_bytes()
        self._server: Any = None
        self._thread: threading.Thread | None = None
        self._stopping = False
        self._allowed_hosts: set[str] = set()

    # --- running ---------------------------------------------------------------------------

    @property
    def url(self) -> str:
        """The short address phones type: ``http://ADDRESS:PORT``."""
        host = f"[{self.address}]" if ":" in self.address else self.address
        return f"http://{host}:{self.port}"

    @property
    def join_url(self) -> str:
        """The address with the code, for the QR code (the code never reaches the server's
        logs: it travels after the ``#``)."""
        return f"{self.url}/#{self.code}"

    @property
    def running(self) -> bool:
        """True while the server answers."""
        return self._thread is not None and self._thread.is_alive() and not self._stopping

    def start(self) -> None:
        """Bind and serve in a background thread; return once it answers (OSError if not)."""
        import uvicorn

        sock = bind(self.address, self.requested_port)
        self.port = sock.getsockname()[1]
        shown = f"[{self.address}]" if ":" in self.address else self.address
        self._allowed_hosts = {f"{shown}:{self.port}".lower()}
        if self.port == 80:
            self._allowed_hosts.add(shown.lower())
        self._app = self._build_app()
        config = uvicorn.Config(
            self._asgi,
            log_level="warning",
            access_log=False,
            lifespan="off",
            interface="asgi3",
            loop="asyncio",
            http="h11",
            ws="none",
            server_header=False,
            date_header=False,
            proxy_headers=False,
            timeout_keep_alive=10,
            timeout_graceful_shutdown=2,
            limit_concurrency=300,
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [sock]}, name="live-server", daemon=True
        )
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                sock.close()
                raise OSError(f"the live server did not start on {self.address}:{self.port}")
            time.sleep(0.01)

    def stop(self, grace: float = 0.0) -> None:
        """Stop: for ``grace`` seconds every call is told that live participation ended (so
        the phones that poll show that page), then the socket closes."""
        self._stopping = True
        if grace > 0 and self._thread is not None:
            time.sleep(grace)
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=10)
        self._thread = None
        self._server = None

    def phones_seen(self, seconds: float = 60.0) -> int:
        """How many phones asked for anything in the last ``seconds``."""
        since = time.monotonic() - seconds
        return sum(1 for stamp in list(self._seen.values()) if stamp >= since)

    # --- the ASGI application ----------------------------------------------------------------

    def _build_app(self) -> Any:
        from starlette.applications import Starlette
        from starlette.routing import Route

        return Starlette(
            routes=[
                Route("/", self._page),
                Route("/static/{name}", self._static),
                Route("/api/words", self._words),
                Route("/api/join", self._handle(self._join), methods=["POST"]),
                Route("/api/state", self._handle(self._state), methods=["GET"]),
                Route("/api/ballot", self._handle(self._ballot), methods=["PUT"]),
                Route("/api/ideas", self._handle(self._idea), methods=["POST"]),
                Route("/api/ideas/{card_id:int}", self._handle(self._withdraw), methods=["DELETE"]),
                Route("/api/vote", self._handle(self._vote), methods=["PUT"]),
            ]
        )

    async def _asgi(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        """Every request: the Host header, the request rate, then the app; the security
        headers on every answer."""
        if scope["type"] != "http":
            return

        async def send_with_headers(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *SECURITY_HEADERS]
            await send(message)

        headers = dict(scope.get("headers") or [])
        host = headers.get(b"host", b"").decode("latin-1").lower()
        client = (scope.get("client") or ("?", 0))[0]
        if host not in self._allowed_hosts:
            await _plain(send_with_headers, 421, b"Use the address shown on the screen.")
            return
        if not self._requests.take(client):
            await _plain(send_with_headers, 429, b"Too many requests.")
            return
        await self._app(scope, receive, send_with_headers)

    async def _page(self, request: Any) -> Any:
        from starlette.responses import Response

        return Response(self._index, media_type="text/html; charset=utf-8")

    async def _static(self, request: Any) -> Any:
        from starlette.responses import Response

        name = request.path_params["name"]
        if name not in _FILES:
            return Response(b"Not found", status_code=404, media_type="text/plain")
        content, kind = self._files[name]
        return Response(content, media_type=kind)

    async def _words(self, request: Any) -> Any:
        from starlette.responses import JSONResponse

        language = request.query_params.get("lang") or request.headers.get("accept-language", "")
        return JSONResponse(phrases.words(phrases.pick_language(language[:64])))

    def _handle(
        self, handler: Callable[[Any], Awaitable[tuple[int, dict[str, Any]]]]
    ) -> Callable[[Any], Awaitable[Any]]:
        from starlette.responses import JSONResponse, Response

        async def endpoint(request: Any) -> Any:
            try:
                status, body = await handler(request)
            except Refusal as refusal:
                body = {"error": refusal.reason}
                if refusal.with_view:
                    with contextlib.suppress(Refusal):
                        body["view"] = self._view(self._device(request))
                return JSONResponse(body, status_code=refusal.status)
            if status == 204:
                return Response(status_code=204)
            return JSONResponse(body, status_code=status)

        return endpoint

    # --- the calls -----------------------------------------------------------------------------

    async def _join(self, request: Any) -> tuple[int, dict[str, Any]]:
        data = await self._json(request)
        if not isinstance(data, dict):
            raise Refusal(400, "form")
        self._check_code(request, data.get("code"))
        secret = self.host.secret()
        device = tokens.device_of(data.get("token"), secret)
        if device is not None:
            return 200, {"token": data["token"]}
        if not self._joins.take(_client(request)):
            raise Refusal(429, "too_many_tries")
        return 200, {"token": tokens.new_token(secret)}

    async def _state(self, request: Any) -> tuple[int, dict[str, Any]]:
        device = self._device(request)
        state = self._current()
        if request.query_params.get("v") == str(state.version):
            return 204, {}
        return 200, view_for(state, device)

    async def _ballot(self, request: Any) -> tuple[int, dict[str, Any]]:
        device = self._device(request)
        change = _read(read_ballot, device, await self._json(request))
        state = self._current()
        if state.activity.kind is not Kind.VOTE or state.activity.round_id != change.round_id:
            raise Refusal(409, "changed", with_view=True)
        if state.status is Status.REVEALED:
            raise Refusal(409, "revealed", with_view=True)
        return await self._apply(change)

    async def _idea(self, request: Any) -> tuple[int, dict[str, Any]]:
        device = self._device(request)
        change = _read(read_idea, device, await self._json(request))
        if self._current().activity.kind is not Kind.CAPTURE:
            raise Refusal(409, "changed", with_view=True)
        return await self._apply(change)

    async def _withdraw(self, request: Any) -> tuple[int, dict[str, Any]]:
        device = self._device(request)
        return await self._apply(Withdrawal(device, int(request.path_params["card_id"])))

    async def _vote(self, request: Any) -> tuple[int, dict[str, Any]]:
        device = self._device(request)
        change = _read(read_vote, device, await self._json(request))
        state = self._current()
        offered = {d.id for d in state.drafts}
        if state.activity.kind is not Kind.DRAFTS or (
            change.draft_id is not None and change.draft_id not in offered
        ):
            raise Refusal(409, "changed", with_view=True)
        return await self._apply(change)

    # --- helpers -------------------------------------------------------------------------------

    def _current(self) -> LiveState:
        state = self.host.state()
        return state.ended() if self._stopping else state

    def _view(self, device: str) -> dict[str, Any]:
        return view_for(self._current(), device)

    def _check_code(self, request: Any, given: object) -> None:
        client = _client(request)
        if not self._wrong.has(client) or not self._wrong_in_all.has("all"):
            raise Refusal(429, "too_many_tries")
        if not tokens.code_matches(given, self.code):
            self._wrong.take(client)
            self._wrong_in_all.take("all")
            raise Refusal(403, "code")

    def _device(self, request: Any) -> str:
        """The calling phone's device id: the code and a token this plan signed."""
        self._check_code(request, request.headers.get("x-session-code"))
        authorization = request.headers.get("authorization", "")
        token = authorization[7:] if authorization.lower().startswith("bearer ") else ""
        device = tokens.device_of(token, self.host.secret())
        if device is None:
            raise Refusal(401, "token")
        self._seen[device] = time.monotonic()
        if len(self._seen) > self.limits.max_keys:
            self._seen.pop(next(iter(self._seen)))
        return device

    async def _json(self, request: Any) -> Any:
        length = request.headers.get("content-length", "")
        if length and (not length.isdigit() or int(length) > self.limits.max_body):
            raise Refusal(413, "too_large")
        body = b""
        async for chunk in request.stream():
            body += chunk
            if len(body) > self.limits.max_body:
                raise Refusal(413, "too_large")
        try:
            return json.loads(body)
        except (ValueError, UnicodeDecodeError):
            raise Refusal(400, "form") from None

    async def _apply(self, change: Change) -> tuple[int, dict[str, Any]]:
        if self._stopping:
            raise Refusal(409, "ended", with_view=True)
        if not self._changes.take(change.device):
            raise Refusal(429, "slow_down", with_view=True)
        future = self.host.submit(change)
        try:
            await asyncio.wait_for(asyncio.wrap_future(future), self.apply_timeout)
        except TimeoutError:
            raise Refusal(503, "busy", with_view=True) from None
        except ParticipationRefused as refused:
            raise Refusal(422, refused.reason, with_view=True) from None
        except NotFound:
            raise Refusal(409, "changed", with_view=True) from None
        except ReadOnlyPlan:
            raise Refusal(503, "read_only", with_view=True) from None
        except PlanError as error:
            log.info("a phone's change was refused: %s", error)
            raise Refusal(409, "changed", with_view=True) from None
        status = 201 if isinstance(change, Idea) else 200
        return status, view_for(self._current(), change.device)


def _read(reader: Callable[[str, Any], Any], device: str, data: Any) -> Any:
    try:
        return reader(device, data)
    except ParticipationRefused as refused:
        raise Refusal(422, refused.reason, with_view=True) from None


def _client(request: Any) -> str:
    return request.client.host if request.client is not None else "?"


async def _plain(
    send: Callable[[dict[str, Any]], Awaitable[None]], status: int, text: bytes
) -> None:
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [(b"content-type", b"text/plain; charset=utf-8")],
        }
    )
    await send({"type": "http.response.body", "body": text})


__all__ = ["DEFAULT_PORT", "Ballot", "DraftVote", "Host", "LiveServer", "bind"]
