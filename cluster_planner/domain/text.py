"""User text set among other words: kept apart for the bidirectional algorithm.

A name typed in Arabic, or one holding a right-to-left override (U+202E) or embedding,
changes how the words *after* it are ordered when both sit in one line: "RLO‮, Genet"
shows as "teneG ,OLR". Wrapped in a first-strong isolate (U+2068 … U+2069), a piece
of text is laid out on its own and cannot reorder its neighbours, and an override left
open inside it ends with it. The screen (Qt), Word and LibreOffice honour isolates; the
PDF writer resolves them itself (``exports.fonts``).
"""

from __future__ import annotations

import re

FSI, PDI = "\u2068", "\u2069"  # first-strong isolate … pop directional isolate
# The explicit directional formatting characters (embeddings, overrides, isolates, marks).
BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
# Directional formatting characters, and the blocks of right-to-left scripts (Hebrew,
# Arabic, Syriac, Thaana, N'Ko, Samaritan, Mandaic, their presentation forms, and the
# historic scripts of the supplementary planes): one search instead of a look-up per letter.
_REORDERING = re.compile(
    f"[{BIDI_CONTROLS}"
    "\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\U00010800-\U00010fff\U0001e800-\U0001efff]"
)
_CONTROL = re.compile(f"[{BIDI_CONTROLS}]")


def needs_isolation(text: str) -> bool:
    """True when ``text`` could reorder the words around it: it holds a right-to-left
    letter or a directional formatting character."""
    return not text.isascii() and _REORDERING.search(text) is not None


def isolate(text: str) -> str:
    """``text`` wrapped in an isolate when it could reorder its neighbours, else as it is."""
    return f"{FSI}{text}{PDI}" if needs_isolation(text) else text


def without_bidi_controls(text: str) -> str:
    """``text`` without directional formatting characters (for search and comparison)."""
    return _CONTROL.sub("", text)
