"""Reading "label → value" layouts and prose cues from the `field-labels` lexicon.

A label is a `field-labels` hit (the longest one where several overlap); its
field is the entry's `code`. A label followed by a colon opens a value that
runs to the end of its line (or fills the next line when the label ends the
line); a label without a colon is a prose cue ("born on", "le nommé").
All offsets are normalised offsets of the page view; `found()` quotes the
stored page text verbatim.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from pipeline.lexicons.loader import load_lexicon
from pipeline.records import Evidence, Found
from pipeline.text.normalize import normalize_term
from pipeline.understand.dates import DateHit, dates_on
from pipeline.understand.pageview import Hit, PageView

LEXICON = "field-labels"
# a colon, or the dot leaders of a form ("Family name ........ NAME")
_COLON = re.compile(
    r"\s?(?:\((?:s|es|e)\)\s?)?(?:n[o°º]\.?\s?)?(?:[:：]|\s?(?:\.{3,}|…+)[ \t]?)\s?"
)
_LEAD = " \t|‘’'\"«»“”-–—:;,.•*،"
_TRAIL = " \t|‘’'\"«»“”-–—:;,.•*(،"
_CACHE_KEY = "_field_labels"
# Fields whose terms are values ("M", "male") or prose, never labels that open a value.
_VALUE_FIELDS = {"male", "female", "dated", "subject-cue", "offence-date", "in-absentia",
                 "in-absentia-weak", "not-a-name"}
_HEADING_FIELDS = {"family-name", "given-names", "full-name", "patronymic"}
# a heading label's line holds nothing else but separators, maybe after its section number
# ("1. PERSONA INVESTIGADA", "II - WANTED PERSON")
_HEADING_REST = re.compile(
    r"\s*(?:(?:\d{1,2}(?:\.\d{1,2})*|[ivx]{1,4}|[a-h])[.)\-–—]\s)?(?:[\s/|,;:()\-–—]|\((?:s|es|e)\))*")
_LINE_PREFIX = re.compile(r"^[\W\d_]*(?:[^\W\d_]{1,2}[\W\d_]+)?$")
# ... where one or two letters are an item's number only with a sign after them ("a)", "b.")
_LINE_ENUM = re.compile(r"^[\W\d_]*(?:[^\W\d_]{1,2}[^\w\s][\W\d_]*)?$")


@dataclass(frozen=True)
class Label:
    """One label or cue on a page (normalised offsets)."""

    view: PageView
    hit: Hit
    field: str
    colon: bool
    value_start: int
    line_start: bool

    @property
    def start(self) -> int:
        return self.hit.start

    @property
    def end(self) -> int:
        return self.hit.end


@cache
def _codes() -> dict[str, str]:
    return {e.id: e.code or e.id for e in load_lexicon(LEXICON).entries}


@cache
def country_codes() -> dict[str, str]:
    """countries-names entry id → ISO code."""
    return {e.id: e.code or "" for e in load_lexicon("countries-names").entries}


@cache
def place_countries() -> dict[str, str]:
    """places entry id → the country code of its parent."""
    return {e.id: e.parent or "" for e in load_lexicon("places").entries}


@cache
def geo_terms() -> dict[str, str]:
    """Normalised country and place term → ISO country code (for words with prefixes)."""
    out: dict[str, str] = {}
    for entry, _lang, term in load_lexicon("places").iter_terms():
        out.setdefault(normalize_term(term), entry.parent or "")
    for entry, _lang, term in load_lexicon("countries-names").iter_terms():
        out.setdefault(normalize_term(term), entry.code or "")
    return out


def geo_code(hit: Hit) -> str | None:
    """ISO code of a countries-names or places hit."""
    if hit.lexicon == "countries-names":
        return country_codes().get(hit.entry_id) or None
    if hit.lexicon == "places":
        return place_countries().get(hit.entry_id) or None
    return None


def longest(hits: list[Hit]) -> list[Hit]:
    """Drop hits inside a longer hit (and duplicates), keep reading order."""
    hits = sorted(hits, key=lambda h: (h.start, -h.end))
    out: list[Hit] = []
    reach = -1
    for h in hits:
        if h.end <= reach:
            continue
        if out and h.start < out[-1].end:  # partial overlap: keep the earlier, longer one
            if h.end - h.start <= out[-1].end - out[-1].start:
                continue
            out.pop()
        out.append(h)
        reach = h.end
    return out


def _line_aware(view: PageView, hits: list[Hit]) -> list[Hit]:
    """Drop a hit that runs over a line break into another label starting that line.

    ("WARRANT OF ARREST\nWarrant No.:" is the heading and a label, not "arrest warrant no.")
    """
    crossing = [h for h in hits if "\n" in view.quote(h.start, h.end)]
    if not crossing:
        return hits
    # a word that is no name ("detención") opens no label: "orden de\ndetención" is one cue;
    # nor does one after a short word ("connu également sous\nle nom de « X »")
    starts = {h.start for h in hits
              if h.entry_id != "field.not-a-name" and _at_line_start(view, h.start, _LINE_ENUM)}
    out = []
    for h in hits:
        if h in crossing and any(h.start < s < h.end for s in starts):
            continue
        out.append(h)
    return out


def _at_line_start(view: PageView, start: int, prefix: re.Pattern[str] = _LINE_PREFIX) -> bool:
    a, _ = view.original_span(start, start + 1)
    raw = view.page.text
    line_from = raw.rfind("\n", 0, a) + 1
    return bool(prefix.match(raw[line_from:a]))


def labels(view: PageView, fields: set[str] | None = None) -> list[Label]:
    """The labels and cues of a page (longest match), optionally of some fields only."""
    cached: list[Label] | None = view.__dict__.get(_CACHE_KEY)
    if cached is None:
        cached = _read_labels(view)
        view.__dict__[_CACHE_KEY] = cached  # computed once per page view
    return cached if fields is None else [lab for lab in cached if lab.field in fields]


def _read_labels(view: PageView) -> list[Label]:
    codes = _codes()
    out = []
    text = view.text
    hits = longest(_line_aware(view, view.hits(LEXICON)))
    for i, hit in enumerate(hits):
        field = codes.get(hit.entry_id, hit.entry_id)
        if hit.text.endswith(":"):
            colon, value_start = True, hit.end
        else:
            m = _COLON.match(text, hit.end)
            colon, value_start = (True, m.end()) if m else (False, hit.end)
            if not m and field in _HEADING_FIELDS and _heading(view, hits, i):
                colon, value_start = True, view.line_end(hit.start)
            elif not m and field not in _VALUE_FIELDS:
                cell = _next_cell(view, hits, i)
                colon, value_start = (True, cell) if cell is not None else (colon, value_start)
        while value_start < len(text) and text[value_start] == " ":
            value_start += 1
        out.append(Label(view, hit, field, colon, value_start, _at_line_start(view, hit.start)))
    return out


_ROW_OPEN = re.compile(r"[ \t]*\|[ \t]*")
_CELL_BAR = re.compile(r"[ \t]*\|[ \t]*(?=[^\s|])")


def _next_cell(view: PageView, hits: list[Hit], i: int) -> int | None:
    """Where the value of a label alone in the first cell of a table row starts: in the
    next cell ("| Nationality | Chinese |"), unless that cell is a label too (a header
    row "| Charge | Law |")."""
    raw = view.page.text
    a, b = view.original_span(hits[i].start, hits[i].end)
    if not _ROW_OPEN.fullmatch(raw, raw.rfind("\n", 0, a) + 1, a):
        return None
    m = _CELL_BAR.match(raw, b)
    if m is None or m.group().count("\n") or (
            i + 1 < len(hits) and view.original_span(hits[i + 1].start, hits[i + 1].end)[0]
            == m.end()):
        return None
    return view.norm.normalized_index(m.end())


def _heading(view: PageView, hits: list[Hit], i: int) -> bool:
    """A label alone on its line, or with its translations ("Family name / Nom / Apellido").

    Its value is on the next line, as if the label ended with a colon.
    """
    hit = hits[i]
    raw = view.page.text
    a, _ = view.original_span(hit.start, hit.start + 1)
    begin = view.norm.normalized_index(raw.rfind("\n", 0, a) + 1)
    end = view.line_end(hit.start)
    rest = list(view.text[begin:end])
    for other in hits:  # the whole line is labels and separators: a header row
        if other.start >= end:
            break
        if other.end <= begin:
            continue
        for k in range(max(other.start, begin) - begin, min(other.end, end) - begin):
            rest[k] = " "
    return bool(_HEADING_REST.fullmatch("".join(rest)))


def block_labels(view: PageView, fields: set[str] | None = None) -> list[Label]:
    """Labels that open a value: followed by a colon and at the start of a line."""
    return [lab for lab in labels(view, fields) if lab.colon and lab.line_start]


def inline_labels(view: PageView, fields: set[str] | None = None) -> list[Label]:
    """Block labels plus colon labels that follow another block label on the same line.

    ("Nom : ATTAL Prénoms : Raphaël David" holds two fields.)
    """
    out = []
    line_opened = -1  # line end of the last block label seen
    for lab in labels(view):
        if not lab.colon or lab.field in _VALUE_FIELDS:
            continue
        if lab.line_start:
            line_opened = view.line_end(lab.start)
        elif lab.start >= line_opened:
            continue
        if fields is None or lab.field in fields:
            out.append(lab)
    return out


def _next_colon_label(view: PageView, start: int, end: int) -> int:
    """Where the next label with a colon starts in `[start, end)` (else `end`)."""
    for lab in labels(view):
        if lab.start >= end:
            break
        if lab.start >= start and lab.colon and lab.field not in _VALUE_FIELDS:
            return lab.start
    return end


def value_span(label: Label, lines: int = 1) -> tuple[int, int]:
    """The value after a block label: the rest of its line (or the next line if empty).

    A value never holds another label: it ends where a second "Label:" starts on
    its line, and a following line that opens with its own label is no value.
    """
    view = label.view
    start = label.value_start
    end = view.line_end(label.end - 1) if label.end > 0 else view.line_end(0)
    if start >= end:  # the value is on the following line
        start = min(end + 1, len(view.text))
        end = view.line_end(start) if start < len(view.text) else start
        a, _ = trim(view, start, end)
        if _next_colon_label(view, a, a + 1) == a:
            return start, start
    for _ in range(lines - 1):
        if end < len(view.text):
            end = view.line_end(end + 1)
    end = _next_colon_label(view, start, end)
    return trim(view, start, end)


def trim(view: PageView, start: int, end: int) -> tuple[int, int]:
    """Shrink a span past leading/trailing spaces and punctuation."""
    text = view.text
    while start < end and text[start] in _LEAD:
        start += 1
    while end > start and text[end - 1] in _TRAIL:
        end -= 1
    return start, end


def clean(text: str) -> str:
    """Collapse white space (values are reported on one line)."""
    return " ".join(text.split())


def found(
    view: PageView,
    start: int,
    end: int,
    normalized: str | None = None,
    kind: str | None = None,
    confidence: float | None = None,
) -> Found:
    """A Found for normalised `[start, end)`: value as written, verbatim evidence."""
    ev = view.evidence(start, end)
    return Found(
        value=clean(ev.quote), normalized=normalized, kind=kind, confidence=confidence,
        evidence=ev,
    )


def found_original(
    view: PageView,
    a: int,
    b: int,
    normalized: str | None = None,
    kind: str | None = None,
    confidence: float | None = None,
) -> Found:
    """A Found for original page offsets `[a, b)`."""
    quote = view.page.text[a:b]
    ev = Evidence(document_id=view.document_id, page=view.page.number, start=a, end=b, quote=quote)
    return Found(
        value=clean(quote), normalized=normalized, kind=kind, confidence=confidence, evidence=ev,
    )


def hits_in(view: PageView, lexicon: str, start: int, end: int) -> list[Hit]:
    """Hits of a lexicon inside `[start, end)`, longest first at each place."""
    return longest([h for h in view.hits(lexicon) if h.start >= start and h.end <= end])


def view_dates(view: PageView, month_first: bool = False) -> list[DateHit]:
    """`dates_on` for a page, computed once per page view."""
    key = f"_field_dates_{month_first}"
    cached: list[DateHit] | None = view.__dict__.get(key)
    if cached is None:
        cached = dates_on(view, month_first)
        view.__dict__[key] = cached
    return cached
