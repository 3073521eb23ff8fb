"""Arabic text layers in reading order, rebuilt from PDFium's characters and their positions.

PDFium gives a page's characters in content-stream order, and PDF producers cut an Arabic
line into several runs (around diacritics such as tanwin "ً", around Latin words and
numbers). `get_text_range()` then returns such a line in pieces and out of order ("ً" and
the words after it on a line of their own, before the words that precede them). Here each
character is placed by its baseline and horizontal position instead: characters are
grouped into lines by baseline, ordered right to left, runs of Latin letters and digits
are turned back left to right, and brackets drawn mirrored are read as written.

Only pages with Arabic letters take this path; every other page keeps PDFium's own text.
"""

from __future__ import annotations

import ctypes
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

ARABIC_LETTER = re.compile(r"[\u0620-\u064a\u0671-\u06d3\u06fa-\u06fc]")
LINE_TOLERANCE = 0.45  # of the font size: how far a baseline may move within one line
MIN_SIZE = 2.0  # points: smaller characters are PDFium's own fillers, not the page's
WORD_GAP = 0.25  # of the font size: a gap this wide with no space glyph is a space
_MIRROR = str.maketrans("()[]{}<>«»", ")(][}{><»«")


@dataclass
class _Char:
    index: int  # PDFium's character index (for boxes), -1 for an inserted space
    text: str
    x: float
    y: float
    left: float
    right: float
    size: float


def has_arabic(text: str) -> bool:
    return ARABIC_LETTER.search(text) is not None


def reading_order(textpage: Any) -> tuple[str, list[int]]:
    """The page's text in reading order, and for each character of it PDFium's character
    index (-1 for a space or line break inserted here). Caller holds the PDFium lock."""
    import pypdfium2.raw as pdfium_c

    chars: list[_Char] = []
    x, y = ctypes.c_double(), ctypes.c_double()
    for i in range(textpage.count_chars()):
        if pdfium_c.FPDFText_IsGenerated(textpage, i):
            continue
        code = pdfium_c.FPDFText_GetUnicode(textpage, i)
        if code in (0, 0xFFFE, 0xFFFF) or chr(code) in "\r\n":
            continue
        pdfium_c.FPDFText_GetCharOrigin(textpage, i, ctypes.byref(x), ctypes.byref(y))
        left, _bottom, right, _top = textpage.get_charbox(i)
        size = pdfium_c.FPDFText_GetFontSize(textpage, i)
        if size < MIN_SIZE:
            continue  # a space PDFium made up between runs, placed anywhere
        chars.append(_Char(i, chr(code), x.value, y.value, left, right, size))
    letters = [c.text for c in chars if c.text.isalpha()]
    arabic = sum(1 for t in letters if ARABIC_LETTER.match(t))
    rtl = arabic * 2 > len(letters)  # the paragraphs' direction: the page's main script
    text: list[str] = []
    index: list[int] = []
    for k, line in enumerate(_lines(chars)):
        if k:
            text.append("\n")
            index.append(-1)
        for c in _ordered(line, rtl):
            text.append(c.text)
            index.append(c.index)
    return "".join(text), index


def _lines(chars: list[_Char]) -> list[list[_Char]]:
    """Characters grouped by baseline, top line first. Lines are formed by the letters;
    each mark (a diacritic, drawn above or below its letter) joins the nearest line."""
    lines: list[list[_Char]] = []
    tops: list[float] = []
    for c in sorted((c for c in chars if not _mark(c.text)), key=lambda c: -c.y):
        if lines and tops[-1] - c.y <= LINE_TOLERANCE * c.size:
            lines[-1].append(c)
        else:
            lines.append([c])
            tops.append(c.y)
    for c in chars:
        if _mark(c.text) and lines:
            k = min(range(len(lines)), key=lambda k: abs(tops[k] - c.y))
            lines[k].append(c)
    return lines


def _ordered(line: list[_Char], rtl: bool) -> list[_Char]:
    """One line's characters in reading order, with spaces where words are apart: by
    position in the paragraph's direction, then the runs written the other way turned
    back (Latin and digits in an Arabic line, Arabic words in a Latin one)."""
    sign = -1.0 if rtl else 1.0
    at = _ligatures(line)
    turned = _ltr if rtl else _arabic  # runs turned back below: their glyphs' order too

    # within one glyph, the order written ("fi" in a Latin run of an Arabic line as well);
    # producers differ on lam-alef, always lam first
    def key(c: _Char) -> tuple[float, bool, int]:
        x = at[c.index] if c.index in at else _position(c, line)
        if turned(c.text):
            return sign * x, c.text == "ل", -c.index
        return sign * x, c.text != "ل", c.index

    seq = sorted(line, key=key)
    spaced: list[_Char] = []
    last: _Char | None = None  # the last letter or sign placed, marks aside
    for c in seq:
        if last is not None and not last.text.isspace() and not c.text.isspace() and not (
            _mark(c.text)
        ):
            gap = (last.left - c.right) if rtl else (c.left - last.right)
            if gap > WORD_GAP * max(c.size, last.size) and not spaced[-1].text.isspace():
                spaced.append(_Char(-1, " ", c.x, c.y, c.left, c.right, c.size))
        spaced.append(c)
        if not _mark(c.text):
            last = c
    while spaced and spaced[0].text.isspace():
        spaced.pop(0)
    while spaced and spaced[-1].text.isspace():
        spaced.pop()
    out = spaced[:]
    runs = _runs(spaced, _ltr if rtl else _arabic, _arabic if rtl else _ltr)
    for a, b in runs:
        out[a:b] = reversed(spaced[a:b])
    inside = {k for a, b in runs for k in range(a, b)}
    for k, c in enumerate(out):
        if (k not in inside) == rtl:  # drawn right to left: brackets were mirrored
            c.text = c.text.translate(_MIRROR)
    return out


def _ligatures(line: list[_Char]) -> dict[int, float]:
    """Characters of one glyph ("لا" is one lam-alef glyph, its two characters one box):
    each after the first takes the first's position, so they stay together."""
    at: dict[int, float] = {}
    prev: _Char | None = None
    for c in sorted(line, key=lambda c: c.index):
        if prev is not None and c.index == prev.index + 1 and not _mark(c.text):
            overlap = min(c.right, prev.right) - max(c.left, prev.left)
            if overlap > 0.5 * min(c.right - c.left, prev.right - prev.left):
                at[c.index] = at.get(prev.index, prev.x)
        prev = c
    return at


def _position(c: _Char, line: list[_Char]) -> float:
    """Where a character sits along its line; a mark sits just after the letter it is
    drawn on (its own origin may fall on either side of that letter)."""
    if not _mark(c.text):
        return c.x
    centre = (c.left + c.right) / 2
    bases = [b for b in line if not _mark(b.text) and b.left <= centre <= b.right]
    if not bases:
        return c.x
    base = min(bases, key=lambda b: b.right - b.left)
    rtl = ARABIC_LETTER.match(base.text) is not None
    return base.x - 0.001 if rtl else base.x + 0.001


def _mark(ch: str) -> bool:
    return unicodedata.category(ch) == "Mn"


def _arabic(ch: str) -> bool:
    return ARABIC_LETTER.match(ch) is not None


def _ltr(ch: str) -> bool:
    """Read left to right inside an Arabic line: Latin letters and digits of any script."""
    return ch.isdigit() or (ch.isalpha() and not _arabic(ch))


def _runs(seq: list[_Char], member: Any, breaker: Any) -> list[tuple[int, int]]:
    """[a, b) spans that start and end with a `member` character and hold no `breaker`:
    "Rami Georges EL KHOURY", "2023/9/3", "A-9124/8-2023" in an Arabic line."""
    runs: list[tuple[int, int]] = []
    start = last = None
    for k, c in enumerate(seq):
        if member(c.text):
            if start is None:
                start = k
            last = k
        elif breaker(c.text):
            if start is not None and last is not None:
                runs.append((start, last + 1))
            start = last = None
    if start is not None and last is not None:
        runs.append((start, last + 1))
    return runs
