"""User text made safe for documents: what was typed comes out as typed, never as markup."""

from __future__ import annotations

import re

# Characters XML 1.0 forbids (C0 controls other than tab, newline and carriage return,
# lone surrogates, U+FFFE and U+FFFF): Word files cannot hold them, so they are dropped.
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# Other invisible controls (DEL and the C1 block) print as boxes or nothing; dropped too.
_INVISIBLE = re.compile("[\x7f-\x9f]")


def clean(text: str) -> str:
    """``text`` without the control characters a document cannot hold; line breaks kept."""
    text = _FORBIDDEN.sub("", text)
    text = _INVISIBLE.sub("", text)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def one_line(text: str) -> str:
    """``text`` cleaned and on one line (for table cells, headers and bookmarks)."""
    return " ".join(clean(text).split())
