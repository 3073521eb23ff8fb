"""A page as the understanding stage reads it: normalised text, spaCy spans, evidence.

Everything here is offsets into the *normalised* text; `evidence()` turns them
into an `Evidence` quoting the stored page text verbatim.
"""

from __future__ import annotations

import threading
import unicodedata
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from pipeline.records import Evidence, Page
from pipeline.text.normalize import Normalized, normalize
from pipeline.understand.nlp import PATTERNS_KEY, TERMS_KEY, nlp_for, run

TATWEEL = "\u0640"

if TYPE_CHECKING:
    from spacy.tokens import Doc


@dataclass(frozen=True)
class Hit:
    """A lexicon term or pattern found on a page (normalised offsets)."""

    lexicon: str
    entry_id: str
    start: int
    end: int
    text: str
    kind: str = "term"  # "term" or "pattern"


@dataclass
class PageView:
    document_id: str
    page: Page
    lang: str
    norm: Normalized
    doc: Doc
    _hits: list[Hit] = field(default_factory=list)
    # What later stages derive from the page alone (sentence bounds, live cues), computed
    # once per view: the flag rules ask for the same page many times.
    memo: dict[str, object] = field(default_factory=dict, repr=False, compare=False)

    @property
    def text(self) -> str:
        """The normalised text the spans index into."""
        return self.norm.text

    def hits(self, lexicon: str | None = None, kind: str | None = None) -> list[Hit]:
        """Hits of one lexicon (all if None), in reading order."""
        return [
            h for h in self._hits
            if (lexicon is None or h.lexicon == lexicon) and (kind is None or h.kind == kind)
        ]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Stored offsets of normalised `[start, end)`; the end takes in the marks the
        normaliser dropped right after the span's last letter (Arabic vowel signs, tatweel,
        combining accents; not the invisible direction marks), so a quote ends where its word
        does ("نارياً", not "ناريا")."""
        a, b = self.norm.original_span(start, end)
        raw = self.page.text
        if end > start:
            while b < len(raw) and (raw[b] == TATWEEL or unicodedata.category(raw[b]) == "Mn"):
                b += 1
        return a, b

    def quote(self, start: int, end: int) -> str:
        a, b = self.original_span(start, end)
        return self.page.text[a:b]

    def evidence(self, start: int, end: int) -> Evidence:
        """Evidence for normalised `[start, end)`: physical page, stored offsets, verbatim quote."""
        a, b = self.original_span(start, end)
        return Evidence(
            document_id=self.document_id, page=self.page.number, start=a, end=b,
            quote=self.page.text[a:b],
        )

    def head_end(self, lines: int, blank: bool = True) -> int:
        """Normalised offset just past the first `lines` lines of the page (its header);
        `blank=False` counts only lines with text (OCR puts blank lines between lines)."""
        cut = head_cut(self.page.text, lines, blank)
        return len(self.norm.text) if cut is None else self.norm.normalized_index(cut)

    def same_line(self, start: int, end: int) -> bool:
        """Normalised `[start, end)` lies on one line of the page (normalising folds line
        breaks into spaces, so the stored text is asked)."""
        a, b = self.original_span(start, end)
        return "\n" not in self.page.text[a:b]

    def line_start(self, start: int) -> int:
        """Normalised offset of the start of the original line containing `start` (the
        normalised text folds line breaks into spaces, so the stored text is asked)."""
        a, _ = self.original_span(start, start + 1)
        return self.norm.normalized_index(self.page.text.rfind("\n", 0, a) + 1)

    def line_end(self, start: int) -> int:
        """Normalised offset of the end of the original line containing `start`."""
        a, _ = self.original_span(start, start + 1)
        nl = self.page.text.find("\n", a)
        if nl < 0:
            return len(self.norm.text)
        return self.norm.normalized_index(nl)


def head_cut(text: str, lines: int, blank: bool = True) -> int | None:
    """Offset in `text` just past its first `lines` lines (`blank=False` counts only lines
    with text), or None when the text has fewer."""
    cut, seen = 0, 0
    while seen < lines:
        nl = text.find("\n", cut)
        if nl < 0:
            return None
        seen += blank or bool(text[cut:nl].strip())
        cut = nl + 1
    return cut


_VIEWS: OrderedDict[tuple[str, int, str, str | None], PageView] = OrderedDict()
_VIEWS_MAX = 256
_views_lock = threading.Lock()


def view_page(document_id: str, page: Page, lang: str | None) -> PageView:
    """The page as the rule components see it; the last few hundred are kept, since the
    understanding and flag stages read the same pages one after the other."""
    key = (document_id, page.number, page.text, lang)
    with _views_lock:
        view = _VIEWS.get(key)
        if view is not None:
            _VIEWS.move_to_end(key)
            return view
    view = _view(document_id, page, lang)
    with _views_lock:
        _VIEWS[key] = view
        while len(_VIEWS) > _VIEWS_MAX:
            _VIEWS.popitem(last=False)
    return view


def forget_views() -> None:
    """Drop every kept view, so that a benchmark's repeated runs each build the page views
    (normalising, tokenising, lexicon matching) as a single run does."""
    with _views_lock:
        _VIEWS.clear()


def forget_derived() -> None:
    """Drop what later stages derived from the kept views (`PageView.memo`), so that a
    benchmark's repeated runs each compute it as a single run does."""
    with _views_lock:
        for view in _VIEWS.values():
            view.memo.clear()


def _view(document_id: str, page: Page, lang: str | None) -> PageView:
    """Normalise the page text and run the language's pipeline over it."""
    norm = normalize(page.text)
    nlp = nlp_for(lang)
    doc = run(nlp, norm.text)
    hits = [
        Hit(s.label_, s.id_, s.start_char, s.end_char, s.text, kind)
        for key, kind in ((TERMS_KEY, "term"), (PATTERNS_KEY, "pattern"))
        for s in doc.spans.get(key, [])
    ]
    hits.sort(key=lambda h: (h.start, -h.end))
    return PageView(document_id, page, nlp.lang, norm, doc, _without_law_words(hits))


def _without_law_words(hits: list[Hit]) -> list[Hit]:
    """Hits less the offences and acts named only inside a law reference: "violación" in
    "violación al artículo 196" (breach of the article, `cue.charge-end`) is no rape."""
    refs = [h for h in hits if h.entry_id == LAW_REFERENCE]
    if not refs:
        return hits
    return [
        h for h in hits
        if not (h.lexicon in NAMING_LEXICONS or h.lexicon.startswith("flags-"))
        or not any(r.start <= h.start and h.end <= r.end for r in refs)
    ]


LAW_REFERENCE = "cue.charge-end"
NAMING_LEXICONS = frozenset({"iccs", "context-cues"})  # lexicons that name offences and acts
