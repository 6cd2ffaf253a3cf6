"""User text made safe for documents: what was typed comes out as typed, never as markup.

Every piece of user text a roadmap shows passes through ``clean`` or ``one_line``: control
characters are shown (as the pictures of control characters, ␀ ␛, or �), never silently
dropped, and a piece that could reorder the words around it (a right-to-left name, a
directional override) is isolated (``domain.text.isolate``).
"""

from __future__ import annotations

import re

from cluster_planner.domain.text import isolate

# Characters XML 1.0 forbids (C0 controls other than tab, newline and carriage return,
# lone surrogates, U+FFFE and U+FFFF) and the other invisible controls (DEL, the C1
# block): Word files cannot hold the first, and neither prints as anything. Each is shown.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def _shown(match: re.Match[str]) -> str:
    code = ord(match.group(0))
    if code < 0x20:
        return chr(0x2400 + code)  # ␀ … ␟
    if code == 0x7F:
        return "\u2421"  # ␡
    return "\ufffd"


def shown(text: str) -> str:
    """``text`` with its control characters shown, and nothing else changed (for a writer
    putting out text the roadmap has already cleaned)."""
    return _CONTROLS.sub(_shown, text)


def clean(text: str) -> str:
    """``text`` with its control characters shown, line breaks kept, isolated when it could
    reorder its neighbours."""
    text = _CONTROLS.sub(_shown, text)
    return isolate(text.replace("\r\n", "\n").replace("\r", "\n"))


def one_line(text: str) -> str:
    """``text`` cleaned and on one line (for table cells, headers and bookmarks)."""
    return isolate(" ".join(_CONTROLS.sub(_shown, text).split()))
