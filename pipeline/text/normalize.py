"""One normaliser for lexicon terms and document text alike, with a map back to the original.

Folds what OCR and typing vary on, so a term matches however it was written:
case, Latin accents (OCR often drops them), curly apostrophes, hyphenation across line breaks,
runs of white space, Arabic diacritics (harakat), tatweel, alef/yaa/taa-marbuta
variants, Arabic-Indic digits, compatibility forms (ligatures, presentation
forms). Every character of the normalised text remembers the offset of the
original character it came from, so a match in normalised text is quoted
verbatim from the page.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# A character of the Arabic script (base block, supplement and presentation forms): the
# one test of "is this Arabic" for terms, tokens and pages.
ARABIC_SCRIPT = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")

# Persian letter forms (keheh, Farsi yeh) that stand for Arabic letters in Arabic text: OCR's
# Arabic-script model writes them, and some typed texts do.
PERSIAN_FORMS = {"ک": "ك", "ی": "ي"}

_ARABIC_FOLD = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
    "ى": "ي", "ئ": "ي", "ؤ": "و", "ة": "ه",
    **PERSIAN_FORMS,
}
_HYPHENS = "-\u00ad\u2010\u2011"
_APOSTROPHES = {"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00b4": "'", "`": "'"}
_DROP = {"\u0640", "\u200c", "\u200d", "\u200e", "\u200f", "\ufeff"}


@lru_cache(maxsize=8192)
def fold_char(ch: str) -> str:
    """The folded form of one character: possibly empty, possibly several characters."""
    if ch in _DROP:
        return ""
    if ch.isspace():
        return " "
    if ch in _ARABIC_FOLD:
        return _ARABIC_FOLD[ch]
    if ch in _APOSTROPHES:
        return _APOSTROPHES[ch]
    if ch.isdigit() and not ch.isascii():
        value = unicodedata.digit(ch, None)
        return str(value) if value is not None else ch
    decomposed = unicodedata.normalize("NFKD", ch)
    base = "".join(c for c in decomposed if not unicodedata.combining(c))
    base = "".join(_ARABIC_FOLD.get(c, c) for c in base)
    return base.lower()


@dataclass(frozen=True)
class Normalized:
    """Normalised text and, for each of its characters, the original offset."""

    text: str
    offsets: tuple[int, ...]
    original_length: int

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Half-open original offsets covering normalised `text[start:end]`."""
        if end <= start:
            pos = self.offsets[start] if start < len(self.offsets) else self.original_length
            return pos, pos
        return self.offsets[start], self.offsets[end - 1] + 1

    def normalized_index(self, original: int) -> int:
        """The first normalised position at or after an original offset."""
        return bisect.bisect_left(self.offsets, original)


def normalize(text: str) -> Normalized:
    """Fold `text` (see module doc); white space collapses to one space, hyphenated breaks join."""
    out: list[str] = []
    offsets: list[int] = []
    n = len(text)
    i = 0
    while i < n:
        ch = text[i]
        if ch in _HYPHENS and out and out[-1].isalnum():
            j = i + 1
            while j < n and text[j] in " \t\r":
                j += 1
            if j < n and text[j] == "\n":
                j += 1
                while j < n and text[j].isspace():
                    j += 1
                if j < n and text[j].isalpha() and text[j].islower() and out[-1].isalpha():
                    i = j  # "extor-\ntion" reads "extortion"
                    continue
                if j < n and text[j].isalnum():
                    out.append("-")  # "Jean-\nPierre", "311-\n8": the hyphen is real
                    offsets.append(i)
                    i = j
                    continue
        folded = fold_char(ch)
        if folded == " ":
            if out and out[-1] != " ":
                out.append(" ")
                offsets.append(i)
        else:
            for c in folded:
                out.append(c)
                offsets.append(i)
        i += 1
    if out and out[-1] == " ":
        out.pop()
        offsets.pop()
    return Normalized("".join(out), tuple(offsets), n)


@lru_cache(maxsize=65536)
def normalize_term(term: str) -> str:
    """A lexicon term folded exactly like document text (cached: readers fold the same
    words and terms over and over)."""
    return normalize(term).text.strip()
