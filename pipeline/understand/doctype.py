"""Document types: classify pages from the `doctypes` lexicon, split bundles, link translations.

A page's type rests on its cues (hits of the `doctypes` lexicon). Heading cues
(entries of weight >= 2) count fully only where a title stands: near the top
of the page (its first 30% or 15 non-empty lines: titles often sit below the
state, ministry, court, references, addressee and date), opening their line
after nothing but OCR noise, and written in capitals, alone on the line,
followed by a number or by whom they concern, maybe after a gloss in brackets
("WARRANT OF ARREST", "Request for the extradition of Mr DOE", "حكم غيابي"); a title
written letter by letter, or glued into one word by OCR, counts too ("O R D E N  D E
C A P T U R A", "ORDENDECAPTURA"). A letter's subject line ("Subject:",
"Objet :", "Asunto:", "الموضوع:") carries a title only for the types that are
letters (an extradition request, a police report); elsewhere it names what the
letter is about. Field labels ("Arrest warrant: No. 12") and list items ("1.
Judgment of ...") are not titles. A page with a title is *strong*; a page
without one continues the document before it. Body cues (weight < 2: operative
formulas at 1.5, shared wording at 1) support a type wherever they stand and,
when no page of a document has a title, a clear majority of them types it with
moderate confidence (formulas vote first; a phrase said again adds nothing).

Scores are a few passes over a page's hits; nothing here reads the page twice.
"""

from __future__ import annotations

import math
import re
from collections import Counter, OrderedDict
from dataclasses import dataclass, field, replace
from functools import cache

from pipeline.lexicons.loader import load_lexicon
from pipeline.lexicons.words import word_alternation, word_start_alternation, written_alternation
from pipeline.records import DocType, Document, Evidence
from pipeline.text.normalize import normalize_term
from pipeline.understand.pageview import Hit, PageView, view_page

LEXICON = "doctypes"
WORDS = "notice-words"  # small words around a title (not matched)
TRANSLATION = "translation"
DOC_TYPES: tuple[DocType, ...] = (
    "red-notice", "diffusion", "arrest-warrant", "indictment", "judgment",
    "police-report", "extradition-request", "other",
)
HEADING_WEIGHT = 2.0  # entries at or above this weight are titles
TOP_FRACTION = 0.3  # the top of a page: its first 30% ...
TOP_LINES = 15  # ... or its first 15 non-empty lines (emblem, state, ministry, court,
# file references, addressee, date: titles often stand below a dozen header lines) ...
TOP_MIN_CHARS = 1000  # ... though the line rule never reaches past this or half the page
TOP_MAX_SHARE = 0.5
# Score factors by where a heading cue stands.
TITLE_FACTOR = 3.0  # opens a line near the top, in capitals or alone on the line
LINE_START_FACTOR = 1.2  # opens a line near the top
TOP_FACTOR = 0.8  # elsewhere near the top
BODY_HEADING_FACTOR = 0.2  # a heading word in running text
BODY_MIN_SCORE = 1.5  # body cues alone must reach this to type a document ...
FORMULA_WEIGHT = 1.5  # body entries from this weight are operative formulas (they vote first)
BODY_MAJORITY = 2.0  # ... and beat the runner-up this many times over
BODY_MAX_CONFIDENCE = 0.5  # a type read from the body alone is never more than this sure
# Types whose title may stand on a subject line ("Subject: Request for the extradition of ...",
# "Objet : rapport d'enquête", "Subject: Withdrawal of diffusion", "الموضوع: تعميم بشأن
# المطلوب ..."): letters and messages by nature (a diffusion is an NCB's message). Any other
# type named there ("Re: Red Notice against our client") is what the letter is about, not
# what it is.
SUBJECT_TYPES = frozenset({"extradition-request", "police-report", "diffusion", "other"})
SPLIT_MIN_CONFIDENCE = 0.6  # a declared document splits only on a page this sure
LANGUAGE_CONFIDENCE = 0.8  # a language change splits same-type pages only when this sure
CONTINUED = "continued"  # the type of the "(continued)" cues
OTHER_CONFIDENCE = 0.2

_WORD = re.compile(r"[^\W\d_]{2,}")


def _written(entry_id: str) -> str:
    """An entry of this reader's word lexicon, its terms as written (for the stored text)."""
    return written_alternation(WORDS, entry_id)


# A subject line's label, all that may stand before a title on its line.
@cache
def _subject() -> re.Pattern[str]:
    """A subject label (`word.subject-label`) and its colon, or the short Iraqi label before
    its slash (`word.subject-label-short`: "م/"), alone before a title on its line."""
    return re.compile(
        rf"^[\W\d_]*(?:{_written('word.subject-label')})\s*[:.\-–—]+[\W\d_]*$"
        rf"|^[\W\d_]*(?:{_written('word.subject-label-short')})\s*/[\W\d_]*$",
        re.IGNORECASE,
    )


# Capitals before a capitals title on its line, ending with a separator: one heading line
# naming the organisation or an alternative title ("INTERPOL — RED NOTICE",
# "STATEMENT OF FACTS / POLICE REPORT"). No digits (a list item, a reference), no annex.
_HEADING_RUN = re.compile(r"^[^\d]*[^\W\d_][^\d]*?\s[—–\-/|]\s*$")


@cache
def _annex() -> re.Pattern[str]:
    """An annex word (`word.annex`), maybe plural."""
    return re.compile(rf"\b(?:{_written('word.annex')})s?\b", re.IGNORECASE)


@cache
def _annexed_to() -> re.Pattern[str]:
    """What a document is annexed to, on its translator's title line (`word.annexed-to`)."""
    return re.compile(word_start_alternation(WORDS, "word.annexed-to"))


# A short gloss in brackets right after a title, often the title in another language
# ("نشرة انتشار (Diffusion) بشأن ...", "MANDAT D'ARRÊT (Arrest Warrant)"): read past it.
_GLOSS = re.compile(r"\s*[(\[][^()\[\]\n]{1,40}[)\]]")

# A short Arabic title, then the opening bracket of its gloss in Latin letters: the gloss
# names the title's type ("نشرة نشر (Diffusion) – شخص مطلوب"). A right-to-left text layer
# may give the closing bracket mirrored ("(Diffusion(").
_GLOSSED_TITLE = re.compile(r"^[^\W\d_][^\d()\[\]\n]{0,40}?\s*[(\[]\s*$")
_GLOSS_END = re.compile(r"\s*[)\]([]")

# An item of a list ("1.", "b)", "iv -"), not a title.
_ENUMERATION = re.compile(r"^\W*(?:\d{1,3}|[a-z]|[ivx]{1,4})\s*[.)\-–—]\W*$", re.IGNORECASE)


# A title naming whom it concerns: "Request for the extradition of Mr John DOE".
@cache
def _title_of() -> re.Pattern[str]:
    """A word naming whom a title concerns (`word.title-of`), not before a date."""
    return re.compile(
        rf"\s*(?:{_written('word.title-of')})(?=[\s\W])(?![\s\W]*\d)",  # not a date
        re.IGNORECASE,
    )


TITLE_OF_MAX = 90  # such a title line's rest, at most, with no sentence ending in it
_SENTENCE_END = re.compile(r"[.;!?۔]\s+\S|[.;]$")


@cache
def _number_label() -> str:
    """A number label: the start of one (`word.number-lead`: "n°", "num", "رقم") or a short
    one as a whole word (`word.number-word`: "no", "nr")."""
    return rf"(?:{_written('word.number-lead')})|(?:{_written('word.number-word')})\b"


# A field label rather than a title: "Arrest warrant: No. 12/2020", "Arrest warrant:" (value below).
@cache
def _label_tail() -> re.Pattern[str]:
    """A colon, then nothing, a figure, a number label or "of" (`word.label-of`)."""
    return re.compile(
        rf"\s*[:：]\s*(?:$|\d|{_number_label()}|(?:{_written('word.label-of')})\b)",
        re.IGNORECASE,
    )


_LETTER = re.compile(r"[^\W\d_]")


# What may follow a title on its line: a number ("ARREST WARRANT No. 12/2020").
@cache
def _title_tail() -> re.Pattern[str]:
    """A number label after a title, maybe after a bracket, dash or slash."""
    return re.compile(rf"\s*[(\-–—/]?\s*(?:{_number_label()})", re.IGNORECASE)


TITLE_TAIL_MAX = 40  # a title line's rest after a number, or a capitals title's after ':'
CAPITALS_TAIL_MAX = 60  # longer, a capitals cue is a field label ("ARREST WARRANT: NO. 1 OF ...")
COVER_MIN_CHARS = 200  # an untitled first page shorter than this is no document of its own
_ARABIC = re.compile(r"[\u0600-\u06ff]")


@cache
def _reference() -> re.Pattern[str]:
    """The reference a translation's title gives of its original, after a number label: a
    whole word (`word.translation-ref-word`) or the start of one
    (`word.translation-ref-lead`; an Arabic one anywhere)."""
    word = word_alternation(WORDS, "word.translation-ref-word")
    lead = word_alternation(WORDS, "word.translation-ref-lead", script="latin")
    arabic = word_alternation(WORDS, "word.translation-ref-lead", script="arabic")
    return re.compile(
        rf"(?:\b(?:{word})\b\.?|\b(?:{lead})|{arabic})\s*[:.]?\s*"
        r"([a-z0-9][a-z0-9/.\-]*\d[a-z0-9/.\-]*)"
    )


@dataclass(frozen=True)
class _Entry:
    type: str  # a DocType, or "translation"
    weight: float

    @property
    def heading(self) -> bool:
        return self.weight >= HEADING_WEIGHT


@cache
def _entries() -> dict[str, _Entry]:
    """Entry id → (type, weight) from the lexicon (type: `parent`, else `code`)."""
    out: dict[str, _Entry] = {}
    for entry in load_lexicon(LEXICON).entries:
        kind = entry.parent or entry.code
        if kind is None:
            continue
        out[entry.id] = _Entry(kind, entry.weight if entry.weight is not None else 1.0)
    return out


@dataclass(frozen=True)
class Cue:
    """One cue on a page, scored by where it stands."""

    hit: Hit
    type: str
    score: float
    strong: bool  # a title near the top of the page
    top: bool
    mention: bool = False  # a heading word in running text (names a type, is not one)


@dataclass
class PageCues:
    """Everything the type rules need to know about one page."""

    cues: list[Cue]
    scores: dict[str, float] = field(default_factory=dict)
    best: DocType | None = None  # best type among the page's strong cues
    confidence: float = 0.0
    translation: Cue | None = None  # a translation title near the top
    continued: bool = False  # "(continued)" on the page's title line

    def strong(self, kind: str) -> list[Cue]:
        return [c for c in self.cues if c.strong and c.type == kind]

    def of(self, kind: str) -> list[Cue]:
        """Cues of one type, best first."""
        return sorted((c for c in self.cues if c.type == kind), key=lambda c: -c.score)


def _top_end(view: PageView) -> int:
    """Normalised offset where the top of the page ends."""
    n = len(view.text)
    raw = view.page.text
    pos, seen = 0, 0
    while seen < TOP_LINES:
        nl = raw.find("\n", pos)
        if nl < 0:
            pos = len(raw)
            break
        if raw[pos:nl].strip():
            seen += 1
        pos = nl + 1
    by_lines = view.norm.normalized_index(pos) if pos < len(raw) else n
    return max(int(TOP_FRACTION * n), min(by_lines, max(TOP_MIN_CHARS, int(TOP_MAX_SHARE * n))))


def _placement(view: PageView, hit: Hit) -> tuple[bool, bool, bool]:
    """(opens its line, reads as a title, stands on a subject line) for a hit.

    Judged on the page text as stored. What stands before the hit on its line may be
    OCR noise (single letters, rules, bullets, numbering) but no word; or a subject label
    ("Subject:", "Objet :", "Asunto:", "الموضوع:"), which makes the line a subject line.
    """
    raw = view.page.text
    a, b = view.original_span(hit.start, hit.end)
    line_start = raw.rfind("\n", 0, a) + 1
    line_end = raw.find("\n", b)
    if line_end < 0:
        line_end = len(raw)
    before = raw[line_start:a]
    quote, rest = raw[a:b], raw[b:line_end]
    closing = _GLOSS_END.match(rest)
    if (
        closing and _GLOSSED_TITLE.match(before)
        and _ARABIC.search(before) and not _ARABIC.search(quote)
    ):  # the cue is the Latin gloss of an Arabic title: the line reads as that title
        before, rest = "", rest[closing.end():]
    gloss = _GLOSS.match(rest)  # "نشرة انتشار (Diffusion) بشأن ...": the title's gloss
    if gloss:
        rest = rest[gloss.end():]
    if _caption_versus().match(before) and quote.upper() == quote and quote.lower() != quote:
        before = ""  # "v.      JUDGMENT OF CONVICTION": the title in a caption's right column
    if _WORD.search(before):  # "the arrest warrant", "Re: Red Notice ..."
        if _subject().match(before):
            return True, False, True
        if _title_continued(raw, line_start, before):
            return True, True, False
        if not _heading_run(before, quote) and not _letterhead(before, quote, rest):
            return False, False, False
    if _ENUMERATION.match(before):  # "1. Arrest warrant No. 12/2020": a list names documents
        return False, False, False
    tail = rest.strip()
    if _label_tail().match(rest):  # "Arrest warrant: No. 12/2020 issued on ..."
        return True, False, False
    if quote.upper() == quote and quote.lower() != quote:
        return True, len(tail) <= CAPITALS_TAIL_MAX, False  # capitals
    if len(_LETTER.findall(tail)) <= 3 or len(tail) <= 15:
        return True, True, False  # alone on its line
    if len(tail) <= TITLE_TAIL_MAX and _title_tail().match(rest):
        return True, True, False  # followed by its number
    if len(tail) <= TITLE_OF_MAX and _title_of().match(rest) and not _SENTENCE_END.search(tail):
        return True, True, False  # "Request for the extradition of Mr John DOE"
    if _ARABIC.search(quote) and len(tail) <= 25:
        return True, True, False
    return True, False, False


@cache
def _caption_versus() -> re.Pattern[str]:
    """A case caption's "v." alone before a title on its line (`word.caption-versus`)."""
    return re.compile(rf"^\s*(?:{_written('word.caption-versus')})\.?\s+$", re.IGNORECASE)


@cache
def _decision_word_line() -> re.Pattern[str]:
    """A line holding nothing but a decision's bare name (`word.decision-title`)."""
    return re.compile(rf"^[\W\d_]*(?:{_written('word.decision-title')})[\W\d_]*$", re.IGNORECASE)


@cache
def _decides_on() -> re.Pattern[str]:
    """What opens a title's second line: what the decision is on (`word.title-on`)."""
    return re.compile(rf"^[\W\d_]*(?:{_written('word.title-on')})\b", re.IGNORECASE)


def _title_continued(raw: str, line_start: int, before: str) -> bool:
    """Whether a line goes on with the title above it: the line above holds a decision's
    bare name ("RULING", "AUTO", "ORDONNANCE") and this one opens with what it decides on
    ("on the selection of a preventive measure in the form of detention")."""
    if line_start < 1 or len(before) > TITLE_OF_MAX or not _decides_on().match(before):
        return False
    above = raw[raw.rfind("\n", 0, line_start - 1) + 1 : line_start - 1]
    return bool(_decision_word_line().match(above))


def _heading_run(before: str, quote: str) -> bool:
    """Whether capitals before a capitals cue are one heading line with it
    ("INTERPOL — NOTIFICACIÓN ROJA", "STATEMENT OF FACTS / POLICE REPORT")."""
    cased = before.upper() == before and before.lower() != before
    return (
        cased and quote.upper() == quote and quote.lower() != quote
        and bool(_HEADING_RUN.match(before)) and not _annex().search(before)
    )


@cache
def _bureau() -> re.Pattern[str]:
    """The bureau's name opening a letterhead line (`word.letterhead`)."""
    return re.compile(rf"^[\W\d_]*(?:{_written('word.letterhead')})\b", re.IGNORECASE)


@cache
def _to_bureau() -> re.Pattern[str]:
    """An addressee line naming the bureau ("إلى / مديرية الشرطة العربية والدولية
    (الإنتربول)", "To: INTERPOL ..."): `word.addressee-label`, then `word.letterhead`."""
    return re.compile(
        rf"^[\W\d_]*(?:{_written('word.addressee-label')})\s*[:/]"
        rf"[^\n]*?(?<!\w)(?:{_written('word.letterhead')})(?!\w)",
        re.IGNORECASE | re.MULTILINE,
    )


def _asks_bureau(view: PageView, hit: Hit) -> bool:
    """Whether a diffusion named on a subject line is what the letter asks the bureau for:
    the letter is addressed to the bureau and its head above names no bureau (a police
    unit's letter "إلى / ... (الإنتربول) — م / تعميم متهم هارب"), not the bureau's own message
    ("INTERPOL LISBON ... To: all NCBs")."""
    raw = view.page.text
    a, _ = view.original_span(hit.start, hit.end)
    if not _subject().match(raw[raw.rfind("\n", 0, a) + 1 : a]):
        return False  # not on a subject line ("م / تعميم ...", "Subject: Diffusion ...")
    to = _to_bureau().search(raw, 0, a)
    return to is not None and _named_bureau().search(raw, 0, to.start()) is None


@cache
def _named_bureau() -> re.Pattern[str]:
    """The bureau's name anywhere (`word.letterhead`)."""
    return re.compile(rf"(?<!\w)(?:{_written('word.letterhead')})(?!\w)", re.IGNORECASE)


def _letterhead(before: str, quote: str, rest: str) -> bool:
    """Whether a capitals cue ends a capitals line that the bureau's name opens: the
    message's type at the right of its letterhead ("INTERPOL LA HABANA      DIFUSIÓN"; OCR
    drops the gap)."""
    return (
        before.upper() == before and quote.upper() == quote and quote.lower() != quote
        and not rest.strip() and bool(_bureau().match(before))
    )


def _dedupe(hits: list[Hit]) -> list[Hit]:
    """The longest of overlapping hits (hits come sorted by start, longest first)."""
    kept: list[Hit] = []
    for h in sorted(hits, key=lambda h: (h.start, -(h.end - h.start))):
        if kept and h.start < kept[-1].end:
            continue
        kept.append(h)
    return kept


_NOT_LETTER = re.compile(r"[\W\d_]+")
COMPACT_MIN = 5  # letters a spaced-out or glued title must have


@cache
def _compact_titles() -> dict[str, str]:
    """Each heading term's letters alone, folded (no spaces, apostrophes or dashes) → its
    entry id: "orden de aprehensión" → "ordendeaprehension"."""
    out: dict[str, str] = {}
    for entry in load_lexicon(LEXICON).entries:
        if (entry.weight if entry.weight is not None else 1.0) < HEADING_WEIGHT:
            continue
        for terms in entry.terms.values():
            for term in terms:
                key = _NOT_LETTER.sub("", normalize_term(term))
                if len(key) >= COMPACT_MIN:
                    out.setdefault(key, entry.id)
    return out


def _compact_hits(view: PageView, top_end: int, hits: list[Hit]) -> list[Hit]:
    """Titles near the top written letter by letter ("O R D E N   D E   A P R E H E N S I Ó N",
    "أ م ر   إ ح ا ل ة") or, once OCR drops those spaces, glued into one word
    ("ORDENDEAPREHENSIÓN", "أمرإحالة"): a line with no hit whose letters alone spell a heading
    term, as a hit spanning its letters."""
    raw, text, titles = view.page.text, view.text, _compact_titles()
    out: list[Hit] = []
    pos = 0
    while pos < len(raw):
        nl = raw.find("\n", pos)
        nl = len(raw) if nl < 0 else nl
        a, b = view.norm.normalized_index(pos), view.norm.normalized_index(nl)
        pos = nl + 1
        if a >= top_end:
            break
        letters = [i for i in range(a, min(b, len(text))) if text[i].isalpha()]
        if len(letters) < COMPACT_MIN or any(h.start < b and a < h.end for h in hits):
            continue
        entry_id = titles.get("".join(text[i] for i in letters))
        if entry_id is not None:
            start, end = letters[0], letters[-1] + 1
            out.append(Hit(LEXICON, entry_id, start, end, text[start:end], "pattern"))
    return out


def page_cues(view: PageView) -> PageCues:
    """Score every cue of a page and pick its type (None when no title stands on it)."""
    entries = _entries()
    top_end = max(_top_end(view), 1)
    cues: list[Cue] = []
    title_line_end = -1  # "Translation of the arrest warrant No. 12": the rest is a title too
    title_from = 0
    hits = view.hits(LEXICON)
    for hit in _dedupe(hits + _compact_hits(view, top_end, hits)):
        entry = entries.get(hit.entry_id)
        if entry is None:
            continue
        kind = entry.type
        top = hit.start < top_end
        strong = mention = False
        if not entry.heading:
            factor = 1.0
        elif top:
            opens, title, subject = _placement(view, hit)
            if subject:  # a letter's subject line: the letter's own type, or what it is about
                title = entry.type in SUBJECT_TYPES
                opens = title
            if title and entry.type == "diffusion" and _asks_bureau(view, hit):
                kind = "police-report"  # a police unit's request to its bureau, not the message
            if entry.type == TRANSLATION and opens:
                title, title_line_end = True, view.line_end(hit.start)
                title_from = hit.end
            elif hit.start < title_line_end:
                # "[Traduction - pièce jointe à une demande d'extradition]": after
                # `word.annexed-to` the type named is what the document is annexed to
                title = not _annexed_to().search(view.text, title_from, hit.start)
            decay = 1.0 - 0.5 * hit.start / top_end  # the higher, the more a heading
            if title:
                factor, strong = TITLE_FACTOR * decay, True
            elif opens:
                factor = LINE_START_FACTOR * decay
            else:
                factor, mention = TOP_FACTOR, True
        else:
            factor, mention = BODY_HEADING_FACTOR, True
        cues.append(Cue(hit, kind, entry.weight * factor, strong, top, mention))
    result = PageCues(cues)
    first_title = next((c for c in cues if c.strong and c.type in DOC_TYPES), None)
    title_end = view.line_end(first_title.hit.start) if first_title else len(view.text)
    for cue in cues:
        if cue.type in DOC_TYPES:
            result.scores[cue.type] = result.scores.get(cue.type, 0.0) + cue.score
        elif cue.type == CONTINUED:
            result.continued |= first_title is not None and cue.hit.start <= title_end
        elif cue.strong and result.translation is None and cue.hit.start <= title_end:
            result.translation = cue  # above the document's title, or on its line
    strong_types = {c.type for c in cues if c.strong and c.type in DOC_TYPES}
    if strong_types:
        best = max(strong_types, key=lambda t: result.scores[t])
        result.best = best  # type: ignore[assignment]
        result.confidence = _confidence(result.scores, best)
    return result


def _confidence(scores: dict[str, float], best: str) -> float:
    """How sure: the best score's share against the runner-up, times its size."""
    top = scores.get(best, 0.0)
    second = max((s for t, s in scores.items() if t != best), default=0.0)
    if top <= 0:
        return 0.0
    return round((top / (top + second)) * (1.0 - math.exp(-top / 4.0)), 3)


def classify_page(view: PageView) -> tuple[DocType | None, float, list[Hit]]:
    """The page's type, a confidence in 0..1 and the hits it rests on (None: a continuation)."""
    cues = page_cues(view)
    if cues.best is None:
        return None, 0.0, []
    return cues.best, cues.confidence, [c.hit for c in cues.of(cues.best)]


# ---------------------------------------------------------------- splitting


@dataclass
class _Part:
    indexes: list[int]
    text_type: DocType | None = None  # from a title on one of its pages
    confidence: float = 0.0


def _starts_new_part(
    views: list[PageView], i: int, cur: PageCues, part: _Part,
    cues: list[PageCues], declared: bool,
) -> bool:
    """Whether a page opens a new document rather than continuing the part before it."""
    if cur.translation is not None and cues[part.indexes[0]].translation is None:
        return True  # a translation following its original
    if cur.best is None or cur.continued:
        return False
    if part.text_type is None:  # an untitled first part: a letter, or a blank cover page
        return not declared and sum(len(views[j].text) for j in part.indexes) >= COVER_MIN_CHARS
    if cur.best != part.text_type:
        return not declared or cur.confidence >= SPLIT_MIN_CONFIDENCE
    # Same type: a new document only where the language changes (an untitled translation).
    a, b = views[i - 1].page, views[i].page
    sure = all(
        p.language_confidence is None or p.language_confidence >= LANGUAGE_CONFIDENCE
        for p in (a, b)
    )
    return bool(a.language and b.language and a.language != b.language and sure)


def _quote(ev: Evidence) -> str:
    return " ".join(ev.quote.split())


def _type_evidence(
    kind: str, indexes: list[int], cues: list[PageCues], views: list[PageView], limit: int = 3,
) -> list[Evidence]:
    """Evidence of a type's cues over some pages: titles first, then the highest scores."""
    found = [(i, c) for i in indexes for c in cues[i].cues if c.type == kind]
    # Titles in page order first, then the rest by score.
    found.sort(key=lambda ic: (not ic[1].strong, ic[0] if ic[1].strong else 0, -ic[1].score))
    return [views[i].evidence(c.hit.start, c.hit.end) for i, c in found[:limit]]


def _body_type(indexes: list[int], cues: list[PageCues]) -> tuple[DocType | None, float]:
    """A type from the cues of all pages, when no title decides (body wording).

    Formulas that perform an act ("has the honour to request the extradition of",
    "PAR CES MOTIFS", headings opening a line) vote first: a request recites the
    conviction it rests on, a notice the warrant. Only when they do not decide does
    the rest of the wording vote with them.
    """
    total: Counter[str] = Counter()
    acts: Counter[str] = Counter()
    entries = _entries()
    seen: set[tuple[str, str]] = set()  # a phrase said again adds nothing
    for i in indexes:
        for c in cues[i].cues:
            key = (c.hit.entry_id, c.hit.text)
            if c.type in DOC_TYPES and not c.mention and key not in seen:
                seen.add(key)
                total[c.type] += c.score
                if entries[c.hit.entry_id].weight >= FORMULA_WEIGHT:
                    acts[c.type] += c.score
    for votes in (acts, total):
        found = _majority(votes)
        if found[0] is not None:
            return found
    return None, 0.0


def _majority(total: Counter[str]) -> tuple[DocType | None, float]:
    """The type with a clear majority of the votes, and how sure (None: no such type)."""
    if not total:
        return None, 0.0
    [(best, score), *rest] = total.most_common(2)
    runner_up = rest[0][1] if rest else 0.0
    if score < BODY_MIN_SCORE or score < BODY_MAJORITY * runner_up:
        return None, 0.0  # too little, or no clear majority
    confidence = min(BODY_MAX_CONFIDENCE, _confidence(dict(total), best) + 0.1)
    return best, round(confidence, 3)  # type: ignore[return-value]


def _pages_text(first: int, last: int) -> str:
    return f"page {first}" if first == last else f"pages {first}-{last}"


def split_and_classify(
    doc: Document, views: list[PageView]
) -> list[tuple[Document, list[PageView]]]:
    """Split a stored document where another document starts, and type each part."""
    if not doc.pages or not views:
        return [(doc, views)]
    cues = [page_cues(v) for v in views]
    declared = doc.declared_type
    parts: list[_Part] = []
    for i, c in enumerate(cues):
        if parts:
            part = parts[-1]
            if not _starts_new_part(views, i, c, part, cues, declared is not None):
                part.indexes.append(i)
                if part.text_type is None and c.best is not None:
                    part.text_type, part.confidence = c.best, c.confidence
                continue
        parts.append(_Part([i], c.best, c.confidence))

    split = len(parts) > 1
    # The declared type goes to the part whose text reads as it, else to the first part.
    target = next((n for n, p in enumerate(parts) if p.text_type == declared), 0)
    spans = [_pages_text(doc.pages[p.indexes[0]].number, doc.pages[p.indexes[-1]].number)
             for p in parts]
    out: list[tuple[Document, list[PageView]]] = []
    for n, part in enumerate(parts):
        pages = [doc.pages[i] for i in part.indexes]
        first, last = pages[0].number, pages[-1].number
        part_id = f"{doc.id}-p{first}-{last}" if split else doc.id
        part_views = [
            replace(views[i], document_id=part_id) if split else views[i] for i in part.indexes
        ]
        text_type, confidence = part.text_type, part.confidence
        if text_type is None:
            text_type, confidence = _body_type(part.indexes, cues)
        notes: list[str] = []
        if declared is not None and n == target:
            doc_type: DocType = declared
            evidence = _type_evidence(declared, part.indexes, cues, views)
            if text_type is not None and text_type != declared and confidence >= 0.5 and not any(
                cues[i].strong(declared) for i in part.indexes
            ):
                contra = _type_evidence(text_type, part.indexes, cues, views, limit=1)
                where = f' ("{_quote(contra[0])}", page {contra[0].page})' if contra else ""
                notes.append(
                    f"The manifest declares {declared}; the text reads as {_article(text_type)}"
                    f"{where}."
                )
                evidence += contra
            if split:
                notes.append(
                    f"The file holds {len(parts)} documents ({', '.join(spans)}); the declared "
                    f"type {declared} is applied to {spans[n]}."
                )
            confidence = 1.0
        elif text_type is not None:
            doc_type = text_type
            evidence = _type_evidence(text_type, part.indexes, cues, views)
            if declared is not None and text_type != declared:
                notes.append(
                    f"The manifest declares {declared} for the whole file; "
                    f"{spans[n]} {_reads(part)} as {_article(text_type)}."
                )
        else:
            doc_type, confidence, evidence = "other", OTHER_CONFIDENCE, []
            if declared is not None:
                notes.append(
                    f"The manifest declares {declared} for the whole file; "
                    f"{spans[n]} {_reads(part)} as a document of no known type."
                )
        languages = Counter(p.language for p in pages if p.language)
        update = {
            "id": part_id,
            "pages": pages,
            "page_range": (first, last),
            "doc_type": doc_type,
            "doc_type_confidence": round(confidence, 3),
            "type_evidence": [e.model_copy(update={"document_id": part_id}) for e in evidence],
            "type_note": " ".join(notes) or doc.type_note,
        }
        if split and languages:
            update["language"] = languages.most_common(1)[0][0]
        part_doc = doc.model_copy(update=update)
        ends = sorted({part.indexes[0], part.indexes[-1]})
        _remember(part_doc, [(views[i], cues[i]) for i in ends])
        out.append((part_doc, part_views))
    return out


def _reads(part: _Part) -> str:
    return "reads" if len(part.indexes) == 1 else "read"


def _article(kind: str) -> str:
    """'a judgment', 'an arrest-warrant', 'an indictment'."""
    return ("an " if kind[0] in "aeio" else "a ") + kind


# ------------------------------------------------------------- translations


@dataclass(frozen=True)
class _TranslationCue:
    named: DocType | None  # the type the translation line names
    reference: str | None  # a number it names ("No. 123")


def _translation_in(pages: list[tuple[PageView, PageCues]]) -> _TranslationCue | None:
    """What a document's first (and last) page say about it being a translation."""
    entries = _entries()
    for k, (view, cues) in enumerate(pages):
        title = cues.translation if k == 0 else None
        certificate = any(
            c.type == TRANSLATION and not entries[c.hit.entry_id].heading for c in cues.cues
        )
        if title is None:
            if certificate:
                return _TranslationCue(None, None)
            continue
        end = view.line_end(title.hit.start)
        named = next(
            (c.type for c in cues.cues
             if title.hit.end <= c.hit.start < end and c.type in DOC_TYPES),
            None,
        )
        ref = _reference().search(view.text[title.hit.end:end])
        return _TranslationCue(named, ref.group(1).rstrip(".") if ref else None)  # type: ignore[arg-type]
    return None


# What split_and_classify already read, so link_translations need not view pages again.
_SEEN: OrderedDict[tuple[str, int, int], _TranslationCue | None] = OrderedDict()
_SEEN_MAX = 4096


def _seen_key(doc: Document) -> tuple[str, int, int]:
    return doc.id, hash(doc.pages[0].text), hash(doc.pages[-1].text)


def _remember(doc: Document, pages: list[tuple[PageView, PageCues]]) -> None:
    _SEEN[_seen_key(doc)] = _translation_in(pages)
    while len(_SEEN) > _SEEN_MAX:
        _SEEN.popitem(last=False)


def _translation_cue(doc: Document) -> _TranslationCue | None:
    """What the document's text says about being a translation (None: it does not)."""
    if not doc.pages:
        return None
    key = _seen_key(doc)
    if key in _SEEN:
        return _SEEN[key]
    pages = [doc.pages[0]] if len(doc.pages) == 1 else [doc.pages[0], doc.pages[-1]]
    views = [view_page(doc.id, p, p.language or doc.language) for p in pages]
    return _translation_in([(v, page_cues(v)) for v in views])


def _mentions(doc: Document, reference: str) -> bool:
    needle = reference.lower()
    return any(needle in p.text.lower() for p in doc.pages)


def link_translations(documents: list[Document]) -> list[Document]:
    """Mark documents that say they are translations and link each to what it translates."""
    cues = {d.id: _translation_cue(d) for d in documents}
    out: list[Document] = []
    for i, doc in enumerate(documents):
        cue = cues[doc.id]
        if cue is None:
            out.append(doc)
            continue
        target: str | None = None
        originals = [
            (j, d) for j, d in enumerate(documents) if j != i and cues[d.id] is None and d.pages
        ]
        if cue.named is not None:
            same = [(j, d) for j, d in originals if d.doc_type == cue.named]
            if cue.reference:
                by_ref = [(j, d) for j, d in same if _mentions(d, cue.reference)]
                same = by_ref or same
            same.sort(key=lambda jd: (
                jd[1].language == doc.language, jd[0] > i, abs(jd[0] - i),
            ))
            target = same[0][1].id if same else None
        elif doc.type_evidence and doc.doc_type not in (None, "other"):
            before = [
                (j, d) for j, d in originals
                if j < i and d.doc_type == doc.doc_type and d.language != doc.language
            ]
            target = before[-1][1].id if before else None
        out.append(doc.model_copy(update={"is_translation": True, "translation_of": target}))
    return out
