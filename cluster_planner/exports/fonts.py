"""The fonts shipped for the roadmaps, and which of them draws each piece of a text.

Noto Sans covers Latin, Cyrillic and Greek; Ethiopic and Arabic letters need their own
faces. A text is cut into runs of one face each. Arabic is joined (contextual letter
forms) and put in display order here, line by line after wrapping, because the PDF's
text is laid out left to right; Word does both itself (told which paragraphs run
right to left).
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


def direction(text: str) -> str:
    """A paragraph's base direction: "R" when its first strong letter is right-to-left
    (Arabic, Hebrew), "L" otherwise (the Unicode bidi rule P2–P3)."""
    if not has_arabic(text) and latin_only(text):
        return "L"
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return "R"
        if kind == "L":
            return "L"
    return "L"


_LEVEL = re.compile(r"Level\(\s*(\d+)")


def _display(line: str, base: str) -> str:
    """``line`` in display order under base direction ``base`` ("L" or "R").

    python-bidi resolves the embedding levels (brackets paired as Unicode 6.3 says) but
    its display string leaves brackets unmirrored, so the levels are read back and the
    line is reordered (rule L2) and its brackets mirrored (rule L4) here.
    """
    from bidi import get_display
    from bidi.mirror import MIRRORED

    info = str(get_display(line, base_dir=base, debug=True))
    listed = info[info.index("levels: [") :]
    by_byte = [int(n) for n in _LEVEL.findall(listed)]
    levels: list[int] = []
    offset = 0
    for char in line:  # the levels are listed per UTF-8 byte: take each letter's first
        levels.append(by_byte[offset])
        offset += len(char.encode())
    chars = [MIRRORED.get(c, c) if level % 2 else c for c, level in zip(line, levels, strict=True)]
    # Trailing spaces take the paragraph's level (rule L1).
    paragraph = 1 if base == "R" else 0
    end = len(line)
    while end and line[end - 1].isspace():
        end -= 1
        levels[end] = paragraph
    highest = max(levels, default=0)
    lowest_odd = min((lv for lv in levels if lv % 2), default=highest + 1)
    for level in range(highest, lowest_odd - 1, -1):
        start = None
        for index in range(len(chars) + 1):
            inside = index < len(chars) and levels[index] >= level
            if inside and start is None:
                start = index
            elif not inside and start is not None:
                chars[start:index] = chars[start:index][::-1]
                levels[start:index] = levels[start:index][::-1]
                start = None
    return "".join(chars)


def visual(text: str, base: str | None = None) -> str:
    """One line of ``text`` ready to draw left to right: Arabic joined, in display order.

    The base direction is the paragraph's (``base``), else the line's own first strong
    letter. Wrap a paragraph in logical order first, then put each line in display
    order: reordering a whole paragraph before cutting it into lines moves words
    between lines.
    """
    if not has_arabic(text):
        return text
    from arabic_reshaper import reshape

    return "\n".join(_display(reshape(line), base or direction(line)) for line in text.split("\n"))


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
