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
SYMBOLS2, EMOJI = "symbols2", "emoji"
FILES: dict[str, tuple[str, str]] = {  # (regular, bold)
    LATIN: ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
    ETHIOPIC: ("NotoSansEthiopic-Regular.ttf", "NotoSansEthiopic-Bold.ttf"),
    ARABIC: ("NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf"),
    # Arrows and mathematical signs (→ ≤ ≠) that Noto Sans lacks; no bold face.
    SYMBOLS: ("NotoSansMath-Regular.ttf", "NotoSansMath-Regular.ttf"),
    # Signs, dingbats and the pictures of control characters (⚠ ✓ ␀); no bold face.
    SYMBOLS2: ("NotoSansSymbols2-Regular.ttf", "NotoSansSymbols2-Regular.ttf"),
    # Emoji in black and white (👞 👠 ☕): printed on any printer; no bold face.
    EMOJI: ("NotoEmoji-Regular.ttf", "NotoEmoji-Regular.ttf"),
}
# The faces tried, in order, for a character Noto Sans lacks outside a script of its own.
FALLBACKS = (SYMBOLS, SYMBOLS2, EMOJI)
REPLACEMENT = "\ufffd"  # � (in Noto Sans): what prints for a character no face has

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
# Letters of right-to-left scripts other than Arabic (Hebrew, Syriac, Thaana, N'Ko …).
_RIGHT_TO_LEFT = re.compile("[\u0590-\u05ff\u0700-\u07bf\u07c0-\u07ff\ufb1d-\ufb4f]")
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")
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
    """True when Noto Sans draws all of ``text`` (and it holds no directional controls)."""
    return _not_latin().search(text) is None and not _BIDI.search(text)


def has_arabic(text: str) -> bool:
    """True when ``text`` holds Arabic letters."""
    return _ARABIC_LETTER.search(text) is not None


def _face_of(char: str) -> str | None:
    """The face that draws ``char`` outside a script of its own, or None."""
    code = ord(char)
    if code in coverage(LATIN):
        return LATIN
    return next((face for face in FALLBACKS if code in coverage(face)), None)


def invisible(char: str) -> bool:
    """True for a character meant to show nothing (joiners, variation selectors, directional
    controls, format characters): it needs no glyph."""
    return (
        unicodedata.category(char) == "Cf"
        or 0xFE00 <= ord(char) <= 0xFE0F
        or (0xE0100 <= ord(char) <= 0xE01EF)
    )


def printed(text: str) -> str:
    """What the documents print of ``text``, in reading order: its characters but those
    meant to show nothing (directional controls included: they only reorder), and � for
    each one no bundled face draws (``missing``)."""
    absent = set(missing(text))
    return "".join(
        REPLACEMENT if c in absent else c
        for c in text
        if c in "\n\t" or not (invisible(c) or _BIDI.match(c))
    )


def missing(text: str) -> list[str]:
    """The characters of ``text`` no bundled face draws, each once, in order (what prints
    as �). Line breaks, tabs and characters meant to show nothing are not missing."""
    if latin_only(text):
        return []
    found: dict[str, None] = {}
    for char in text:
        if char in "\n\t" or invisible(char):
            continue
        if script_of(char) in (ARABIC, ETHIOPIC) and ord(char) in coverage(script_of(char) or ""):
            continue
        if _face_of(char) is None:
            found[char] = None
    return list(found)


@functools.cache
def coverage(script: str) -> frozenset[int]:
    """The characters the regular face of ``script`` has glyphs for."""
    from reportlab.pdfbase.ttfonts import TTFontFile

    return frozenset(TTFontFile(str(font_path(script))).charToGlyph)


def direction(text: str) -> str:
    """A paragraph's base direction: "R" when its first strong letter is right-to-left
    (Arabic, Hebrew), "L" otherwise (the Unicode bidi rule P2–P3, looking into isolated
    names too: a cell holding only an Arabic name reads right to left)."""
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
    """One line of ``text`` ready to draw left to right: Arabic joined, in display order,
    the directional controls (overrides, embeddings, isolates) applied and taken out.

    The base direction is the paragraph's (``base``), else the line's own first strong
    letter. Wrap a paragraph in logical order first, then put each line in display
    order: reordering a whole paragraph before cutting it into lines moves words
    between lines.
    """
    if not has_arabic(text) and not _RIGHT_TO_LEFT.search(text) and not _BIDI.search(text):
        return text
    from arabic_reshaper import reshape

    lines = (_display(reshape(line), base or direction(line)) for line in text.split("\n"))
    return "\n".join(_BIDI.sub("", line) for line in lines)


def runs(text: str) -> list[tuple[str, str]]:
    """``text`` cut into (script, piece) runs, each drawn with one face.

    Neutral characters stay in the run they are in when its face has them (the space
    between two Amharic words), and go to Noto Sans otherwise; a character Noto Sans lacks
    goes to Noto Sans Math (→ ≤), Noto Sans Symbols 2 (⚠ ␀) or Noto Emoji (👞), and one
    no face has is replaced by �. Characters meant to show nothing are left out.
    """
    if latin_only(text):
        return [(LATIN, text)] if text else []  # the usual case, quickly
    found: list[tuple[str, str]] = []
    current, piece = LATIN, list[str]()
    for char in text:
        script = script_of(char)
        code = ord(char)
        if script is None:
            script = current if code in coverage(current) else LATIN
        if script == LATIN and code not in coverage(LATIN):
            face = _face_of(char)
            if face is None:
                if _BIDI.match(char):
                    face = current  # kept for Word, which applies it (a PDF's text has none)
                elif invisible(char):
                    continue  # nothing to show
                else:
                    char = REPLACEMENT  # shown, and reported by the export (``missing``)
            if face is not None:
                script = face
        elif script in (ARABIC, ETHIOPIC) and code not in coverage(script):
            script, char = LATIN, REPLACEMENT
        if script != current and piece:
            found.append((current, "".join(piece)))
            piece = []
        current = script
        piece.append(char)
    if piece:
        found.append((current, "".join(piece)))
    return found
