"""Session codes and signed device tokens.

A phone joins with the 4-digit code shown on the audience screen and receives a
device token: a random id and its HMAC-SHA256 under the plan's secret. The id names
the phone's ballot; the signature means only this server issued it, so a phone
cannot vote twice by inventing ids, and a phone that drops and reconnects (or the
app that restarts) finds its ballot again. Comparisons take constant time.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

CODE_DIGITS = 4
_CONTEXT = b"cluster-planner live device "


def new_code() -> str:
    """A fresh session code: four random digits (leading zeros kept)."""
    return f"{secrets.randbelow(10**CODE_DIGITS):0{CODE_DIGITS}d}"


def code_matches(given: object, code: str) -> bool:
    """True when ``given`` is the session code (constant time)."""
    if not isinstance(given, str) or len(given) > 16:
        return False
    return hmac.compare_digest(given.strip().encode(), code.encode())


def _signature(secret: bytes, device: str) -> str:
    digest = hmac.new(secret, _CONTEXT + device.encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest[:18]).decode().rstrip("=")


def new_token(secret: bytes) -> str:
    """A token for a new device: ``id.signature``."""
    device = secrets.token_urlsafe(16)
    return f"{device}.{_signature(secret, device)}"


def device_of(token: object, secret: bytes) -> str | None:
    """The device id a token names, or None when it is not one this plan signed."""
    if not isinstance(token, str) or len(token) > 128 or token.count(".") != 1:
        return None
    device, signature = token.split(".")
    if not 16 <= len(device) <= 64:
        return None
    if not hmac.compare_digest(signature.encode(), _signature(secret, device).encode()):
        return None
    return device
