"""Rate limits: token buckets per address, per device and for the whole hall.

The numbers leave a phone that is used normally far from any limit (a poll every
few seconds, a change now and then) and stop a script from flooding the laptop or
guessing the code: ten thousand codes at five wrong guesses a minute per address and
sixty a minute in all would take hours, and the code changes every session.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Rate:
    """At most ``burst`` at once, then ``per_second`` on average."""

    burst: float
    per_second: float


@dataclass(frozen=True, slots=True)
class Limits:
    """The limits a server applies (tests may loosen or tighten them)."""

    requests: Rate = Rate(40, 10)  # any request, per address
    changes: Rate = Rate(12, 1)  # ballots, ideas, votes, per device
    joins: Rate = Rate(6, 1 / 60)  # new device tokens, per address
    wrong_codes: Rate = Rate(5, 1 / 12)  # per address
    wrong_codes_in_all: Rate = Rate(60, 1)  # from the whole hall
    max_body: int = 4096  # bytes of a request's body
    max_keys: int = 4096  # addresses and devices remembered at once


@dataclass
class _Bucket:
    tokens: float
    stamp: float


@dataclass
class Buckets:
    """Token buckets by key, safe to use from the server's threads."""

    rate: Rate
    max_keys: int = 4096
    clock: Callable[[], float] = time.monotonic
    _buckets: dict[str, _Bucket] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def has(self, key: str) -> bool:
        """True when ``key``'s bucket holds at least one token (nothing is spent)."""
        return self.take(key, 0.0, at_least=1.0)

    def take(self, key: str, amount: float = 1.0, *, at_least: float = 0.0) -> bool:
        """Spend ``amount`` from ``key``'s bucket; False (nothing spent) when it is empty."""
        now = self.clock()
        with self._lock:
            bucket = self._buckets.get(key)
            if bucket is None:
                if len(self._buckets) >= self.max_keys:
                    self._forget_full(now)
                bucket = self._buckets[key] = _Bucket(self.rate.burst, now)
            bucket.tokens = min(
                self.rate.burst, bucket.tokens + (now - bucket.stamp) * self.rate.per_second
            )
            bucket.stamp = now
            if bucket.tokens < max(amount, at_least):
                return False
            bucket.tokens -= amount
            return True

    def _forget_full(self, now: float) -> None:
        """Drop the buckets that have filled up again (they hold no memory worth keeping)."""
        refill = self.rate.per_second
        full = [
            k
            for k, b in self._buckets.items()
            if b.tokens + (now - b.stamp) * refill >= self.rate.burst
        ]
        for key in full or list(self._buckets)[: len(self._buckets) // 2]:
            del self._buckets[key]
