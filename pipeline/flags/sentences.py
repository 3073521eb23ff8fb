"""Sentences and tokens of a page view, for the windows the flag rules look in.

Sentence breaks are found in the stored page text, where line structure still
exists (a blank line, a new `Label:` line, end punctuation), and mapped into
the normalised text the lexicon hits index into.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache, cached_property

from pipeline.lexicons.words import words
from pipeline.text.normalize import normalize_term
from pipeline.understand.pageview import PageView

# A blank line, or a line that starts a new "Label:" field: where a paragraph ends ...
_PARAGRAPH_BREAK = r"\n[ \t]*\n\s*|\n(?=[ \t]*[^\W\d_][^\n:]{0,40}:)"
_PARAGRAPH = re.compile(_PARAGRAPH_BREAK)
# ... and a sentence too, as does end punctuation then space.
_BREAK = re.compile(rf"(?<=[.!?؟؛;])\s+(?=\S)|{_PARAGRAPH_BREAK}")

# A full stop after one capital letter is an initial, not the end of a sentence: notices
# name victims and witnesses by their initials ("la víctima, R. A. O. M., exteniente ...",
# "the journalist J. K."), and breaking there cut the person's status off from the role
# word before it ("víctima", "victim", "المجني عليه").
# Arabic initials ("المجني عليه (س. ج. ر.)") likewise; "م." after a year (Gregorian era) ends
# a sentence. Initials written together count too ("the market trader R.I. Mammadli stated").
_INITIAL = re.compile(r"(?:^|(?<=[\s(,\"'«“.]))(?:[A-ZÀ-ÖØ-Þ]|(?!م)[ء-ي])\.$")
# The capitalised word before a full stop ("Mr." in "an interview with Mr. Zheng").
_LAST_WORD = re.compile(r"(?:^|(?<=[\s(,\"'«“]))([^\W\d_]+)\.$")


@cache
def _titles() -> frozenset[str]:
    """Titles abbreviated before a name (`flag-words` `word.title-abbreviation`)."""
    return frozenset(words("flag-words", "word.title-abbreviation"))


def _after_title(text: str, end: int) -> bool:
    """Whether the full stop just before `end` closes a title written before a name."""
    m = _LAST_WORD.search(text, max(0, end - 12), end)
    return bool(m) and m.group(1)[0].isupper() and normalize_term(m.group(1)) in _titles()


@cache
def _citation_words() -> frozenset[str]:
    """Abbreviations of a citation (`charge-words` `word.dot-abbreviation`: "art.", "exp.")."""
    return frozenset(words("charge-words", "word.dot-abbreviation"))


def _before_figure(text: str, end: int, after: int) -> bool:
    """Whether the full stop just before `end` closes a citation's abbreviation, written in
    lower case, and a figure follows at `after` ("exp. 412/2022", "art. 228 CP"): the file or
    article number goes on the same sentence. A capitalised one ("Warrant No. 112/2022") may
    stand in a heading, whose lines the full stop is then the only thing to part."""
    m = _LAST_WORD.search(text, max(0, end - 12), end)
    return bool(m) and m.group(1).islower() and text[after : after + 1].isdigit() \
        and normalize_term(m.group(1)) in _citation_words()


@dataclass
class PageText:
    """Sentence bounds and token starts of one view (normalised offsets)."""

    view: PageView

    @cached_property
    def sentence_starts(self) -> list[int]:
        text = self.view.page.text
        starts = [0]
        for m in _BREAK.finditer(text):
            if _INITIAL.search(text, max(0, m.start() - 3), m.start()) or _after_title(
                text, m.start()
            ) or _before_figure(text, m.start(), m.end()):
                continue
            starts.append(self.view.norm.normalized_index(m.end()))
        return sorted(set(starts))

    @cached_property
    def token_starts(self) -> list[int]:
        return self.view.doc.to_array("IDX").tolist()

    def sentence(self, pos: int) -> tuple[int, int]:
        """Normalised [start, end) of the sentence holding `pos`."""
        return self._span(self.sentence_starts, pos)

    def _span(self, starts: list[int], pos: int) -> tuple[int, int]:
        """The [start, end) between the two of `starts` around `pos` (the page's end last)."""
        i = bisect.bisect_right(starts, pos) - 1
        end = starts[i + 1] if i + 1 < len(starts) else len(self.view.text)
        return starts[i], end

    @cached_property
    def paragraph_starts(self) -> list[int]:
        """Starts of paragraphs (a blank line, or a new `Label:` line, opens one); a scan's
        page is one paragraph (OCR sets blank lines between the lines of one)."""
        if self.view.page.method == "ocr":
            return [0]
        found = (m.end() for m in _PARAGRAPH.finditer(self.view.page.text))
        return sorted({0, *(self.view.norm.normalized_index(i) for i in found)})

    def paragraph(self, pos: int) -> tuple[int, int]:
        """Normalised [start, end) of the paragraph holding `pos`."""
        return self._span(self.paragraph_starts, pos)

    def token(self, pos: int) -> int:
        """Index of the token holding normalised offset `pos`."""
        return max(0, bisect.bisect_right(self.token_starts, pos) - 1)


def page_text(view: PageView) -> PageText:
    """The view's `PageText`, made once per view."""
    found = view.memo.get("page_text")
    if not isinstance(found, PageText):
        found = view.memo["page_text"] = PageText(view)
    return found
