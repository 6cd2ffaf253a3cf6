"""The fonts shipped for the roadmaps, and which of them draws each piece of a text.

Noto Sans covers Latin, Cyrillic and Greek; Ethiopic and Arabic letters need their own
faces. A text is cut into runs of one face each. Arabic is joined (contextual letter
forms) and put in visual order here, because the PDF's text is laid out left to right;
Word does both itself.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from pathlib import Path

FONT_FOLDER = Path(__file__).resolve().parent.parent / "resources" / "fonts"

LATIN, ETHIOPIC, ARABIC, SYMBOLS = "latin", "ethiopic", "arabic", "symbols"
FILES: dict[str, tuple[str, str]] = {  # (regular, bold)
    LATIN: ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
    ETHIOPIC: ("NotoSansEthiopic-Regular.ttf", "NotoSansEthiopic-Bold.ttf"),
    ARABIC: ("NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf"),
    # Arrows and mathematical signs (→ ≤ ≠) that Noto Sans lacks; no bold face.
    SYMBOLS: ("NotoSansMath-Regular.ttf", "NotoSansMath-Regular.ttf"),
}

_ETHIOPIC = ((0x1200, 0x139F), (0x2D80, 0x2DDF), (0xAB00, 0xAB2F), (0x1E7E0, 0x1E7FF))
_ARABIC = (
    (0x0600, 0x06FF),
    (0x0750, 0x077F),
    (0x0870, 0x08FF),
    (0xFB50, 0xFDFF),
    (0xFE70, 0xFEFF),
)


def font_path(script: str, bold: bool = False) -> Path:
    """The file of the face for ``script`` (latin, ethiopic or arabic)."""
    return FONT_FOLDER / FILES[script][1 if bold else 0]


def _class(ranges: tuple[tuple[int, int], ...]) -> str:
    return "".join(f"{chr(low)}-{chr(high)}" for low, high in ranges)


_ARABIC_LETTER = re.compile(f"[{_class(_ARABIC)}]")
_ETHIOPIC_LETTER = re.compile(f"[{_class(_ETHIOPIC)}]")


def script_of(char: str) -> str | None:
    """The face a letter needs, or None for a neutral character (space, digit, mark)."""
    if _ARABIC_LETTER.match(char):
        return ARABIC
    if _ETHIOPIC_LETTER.match(char):
        return ETHIOPIC
    if unicodedata.category(char)[0] in "LS":
        return LATIN
    return None


@functools.cache
def _not_latin() -> re.Pattern[str]:
    """Any character Noto Sans has no glyph for (line breaks and tabs aside)."""
    covered = sorted(coverage(LATIN) | {9, 10, 13})
    ranges: list[tuple[int, int]] = []
    for code in covered:
        if ranges and code == ranges[-1][1] + 1:
            ranges[-1] = (ranges[-1][0], code)
        else:
            ranges.append((code, code))
    return re.compile(
        "[^" + "".join(f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges) + "]"
    )


def latin_only(text: str) -> bool:
    """True when Noto Sans draws all of ``text``."""
    return _not_latin().search(text) is None


def has_arabic(text: str) -> bool:
    """True when ``text`` holds Arabic letters."""
    return _ARABIC_LETTER.search(text) is not None


@functools.cache
def coverage(script: str) -> frozenset[int]:
    """The characters the regular face of ``script`` has glyphs for."""
    from reportlab.pdfbase.ttfonts import TTFontFile

    return frozenset(TTFontFile(str(font_path(script))).charToGlyph)


def visual(text: str) -> str:
    """``text`` ready to lay out left to right: Arabic joined and in visual order."""
    if not has_arabic(text):
        return text
    from arabic_reshaper import reshape
    from bidi import get_display

    # The documents read left to right (English for now): runs of Arabic sit inside
    # left-to-right lines, so the base direction is left to right.
    return "\n".join(str(get_display(reshape(line), base_dir="L")) for line in text.split("\n"))


def runs(text: str) -> list[tuple[str, str]]:
    """``text`` cut into (script, piece) runs, each drawn with one face.

    Neutral characters stay in the run they are in when its face has them (the space
    between two Amharic words), and go to Noto Sans otherwise; arrows and mathematical
    signs Noto Sans lacks go to Noto Sans Math.
    """
    if latin_only(text):
        return [(LATIN, text)] if text else []  # the usual case, quickly
    found: list[tuple[str, str]] = []
    current, piece = LATIN, list[str]()
    for char in text:
        script = script_of(char)
        if script is None:
            script = current if ord(char) in coverage(current) else LATIN
        code = ord(char)
        if script == LATIN and code not in coverage(LATIN) and code in coverage(SYMBOLS):
            script = SYMBOLS
        if script != current and piece:
            found.append((current, "".join(piece)))
            piece = []
        current = script
        piece.append(char)
    if piece:
        found.append((current, "".join(piece)))
    return found
