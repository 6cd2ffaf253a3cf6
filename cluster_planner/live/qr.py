"""The join address as a QR code, made here (segno): no service is asked for a picture."""

from __future__ import annotations

QUIET_ZONE = 4  # modules of white around the code, as the standard asks


def qr_matrix(text: str) -> tuple[tuple[bool, ...], ...]:
    """The QR code of ``text`` as rows of dark (True) and light modules, without the quiet
    zone (the painter leaves it)."""
    import segno

    code = segno.make_qr(text, error="m")
    return tuple(tuple(bool(module) for module in row) for row in code.matrix)
