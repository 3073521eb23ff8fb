"""Notice data: type, issuing country, requesting authority, references, dates, status.

Read from the notice's label blocks ("Control number:", "BCN requérant :",
"Estado:", "الحالة:"). A status is only taken from a status statement: the
value of a status label, or prose such as "this notice has been cancelled";
"valid arrest warrant" or "remains in force until ... cancelled" are not.
For documents that are not notices, the issuing country is that of the court
or authority named in the document's header.
"""

from __future__ import annotations

import re
from functools import cache

from pipeline.lexicons.loader import load_lexicon
from pipeline.lexicons.words import word_alternation, written_alternation
from pipeline.records import NOTICE_TYPES, Found, NoticeData
from pipeline.understand.labels import (
    Label,
    block_labels,
    found,
    geo_code,
    geo_terms,
    hits_in,
    labels,
    longest,
    trim,
    value_span,
    view_dates,
)
from pipeline.understand.pageview import Hit, PageView
from pipeline.understand.subject import coordinated

_REF_KINDS = {"control-number": "control-number", "file-number": "file-number",
              "reference": "reference"}
WORDS = "notice-words"  # small words around labels, statements and titles (not matched)


def _w(entry_id: str) -> str:
    """A `notice-words` entry as an alternation of its normalised terms, longest first."""
    return word_alternation(WORDS, entry_id)


def _written(entry_id: str) -> str:
    """An entry of this reader's word lexicon, its terms as written (for the stored text)."""
    return written_alternation(WORDS, entry_id)


@cache
def _ref_value() -> re.Pattern[str]:
    """A reference after its number label (`word.reference-label`), if any."""
    return re.compile(
        rf"(?:(?:{_w('word.reference-label')})\.?\s?:?\s?)?([^\s,;]*\d[^\s,;]*)"
    )


@cache
def _copula() -> re.Pattern[str]:
    """A notice word (`word.notice`), then its verb (`word.status-copula`) up to a status
    word: "the notice ... has been". A parenthesis between them (a case number, a date)
    counts as one character: "la orden de aprehensión (causa 16001-2022-00488) fue"."""
    return re.compile(
        rf"(?:{_w('word.notice')})(?:[^.;:()]|\([^().;]{{0,60}}\)){{0,50}}?"
        rf"\b(?:{_w('word.status-copula')})"
        r"\s(?:\w+\s){0,2}$"
    )


STATUS_WITH_REACH = 100  # characters from a notice word to the status it is listed with


@cache
def _status_with() -> re.Pattern[str]:
    """A notice word, then the status it is listed with (`word.status-with`), up to a status
    word, maybe quoted: "la notice ... figure dans les fichiers d'INTERPOL avec le statut
    « suspendue »", "the notice is listed with the status 'cancelled'"."""
    return re.compile(
        rf"(?:{_w('word.notice')})[^.;:]{{0,{STATUS_WITH_REACH}}}?"
        rf"\b(?:{_w('word.status-with')})(?:\s(?:of|de|d'))?\s?[«\"'“‘]?\s?$"
    )


@cache
def _negated() -> re.Pattern[str]:
    """A word that makes a status word no statement (`word.status-hedge`)."""
    return re.compile(rf"\b(?:{_w('word.status-hedge')})\b")


# A sentence whose subject is a pronoun (or, in Spanish, left out) standing for the notice
# named in the sentence before: "The Red Notice ... is no longer in the system. It was
# deleted on ...", "Elle a été supprimée", "Fue cancelada", "Esta ha sido retirada".
@cache
def _pronoun_copula() -> re.Pattern[str]:
    """A sentence opening with a pronoun (`word.notice-pronoun`), with the notice's status
    (`word.notice-status-noun`: "Its status in the Information System is"), or with its
    verb (`word.pronoun-copula`), up to a status word."""
    return re.compile(
        rf"(?:[.;\n]\s?)\s*(?:(?:{_w('word.notice-pronoun')})\s"
        rf"|(?:{_w('word.notice-status-noun')})\b[^.;:]{{0,60}}?\s)?"
        rf"(?:{_w('word.pronoun-copula')})\s(?:\w+\s){{0,2}}$"
    )


@cache
def _previous_sentence() -> re.Pattern[str]:
    """A sentence naming the notice (`word.notice`) that ends the text."""
    return re.compile(rf"(?:{_w('word.notice')})[^.;:]{{0,200}}[.;]\s*$")


_HEADER_LINES = 10
_COPULA_REACH = 130  # characters before a status word searched for its notice word and verb


# A line addressed to someone: the country named there is the addressee's, not the
# issuer's ("To: NCB Lima", "Destinatarios: OCN de ...", "سعادة وزير العدل بجمهورية ...").
@cache
def _addressee() -> re.Pattern[str]:
    """An addressee's label and its colon (`word.addressee-label`), or a title
    (`word.addressee-title`), opening a line of the page text as stored."""
    return re.compile(
        rf"^\W*(?:(?:{_written('word.addressee-label')})\s*:"
        rf"|(?:{_written('word.addressee-title')})\b)",
        re.IGNORECASE,
    )


# A place name that is part of a street's name ("21 Dominica Drive", "Avenida Brasil").
@cache
def _street_after() -> re.Pattern[str]:
    """A street word right after a place name (`word.street-after`)."""
    return re.compile(rf"\s*(?:{_w('word.street-after')})\b", re.IGNORECASE)


@cache
def _street_before() -> re.Pattern[str]:
    """A street word (`word.street-before`), maybe with its "of" (`word.street-of`), ending
    the text before a place name."""
    return re.compile(
        rf"\b(?:{_w('word.street-before')})(?:\s+(?:{_w('word.street-of')}))?\s*$",
        re.IGNORECASE,
    )


@cache
def _ncb() -> re.Pattern[str]:
    """The National Central Bureau (`word.ncb`) and the one or two words after it."""
    return re.compile(rf"\b(?:{_w('word.ncb')})\s(\w[\w'-]*(?: \w[\w'-]*)?)")


@cache
def _notice_arabic() -> re.Pattern[str]:
    """An Arabic notice word (`word.notice-arabic`)."""
    return re.compile(_w("word.notice-arabic"))


@cache
def _sender() -> re.Pattern[str]:
    """A sender's label and its colon (`word.sender-label`) opening a line, then at most a
    few words before the NCB ("FROM: ", "De : INTERPOL ")."""
    return re.compile(
        rf"^\W*(?:{_written('word.sender-label')})\s*:[^:;\n]{{0,30}}$", re.IGNORECASE
    )


def _line_text(view: PageView, pos: int) -> str:
    """The original line holding normalised offset `pos`, up to it."""
    a, _ = view.original_span(pos, pos + 1)
    raw = view.page.text
    return raw[raw.rfind("\n", 0, a) + 1 : a]


def _addressed(view: PageView, pos: int) -> bool:
    """Whether `pos` stands on a line addressed to someone (see `_addressee`)."""
    return bool(_addressee().match(_line_text(view, pos)))


def _in_street(view: PageView, start: int, end: int) -> bool:
    """Whether a place name at `[start, end)` is part of a street's name."""
    return bool(
        _street_after().match(view.text, end) or _street_before().search(view.text, 0, start)
    )


@cache
def _status_codes() -> dict[str, str]:
    return {e.id: e.code or e.parent or "" for e in load_lexicon("status").entries}


def _first_date(view: PageView, start: int, end: int) -> Found | None:
    for d in view_dates(view):
        if start <= d.start < end:
            return found(view, d.start, d.end, normalized=d.iso, confidence=0.9)
    return None


def _notice_type(views: list[PageView], doc_type: str | None) -> Found | None:
    if doc_type not in (*NOTICE_TYPES, None):
        return None
    for i, view in enumerate(views):
        for lab in labels(view, set(NOTICE_TYPES)):
            if doc_type is None and (i > 0 or lab.start > 300):
                return None
            if doc_type is not None and lab.field != doc_type and lab.start > 300:
                continue
            return found(view, lab.start, lab.end, normalized=lab.field, confidence=0.9)
    return None


def _references(views: list[PageView]) -> list[Found]:
    out: list[Found] = []
    seen: set[str] = set()
    for view in views:
        for lab in block_labels(view, set(_REF_KINDS)):
            a, b = value_span(lab)
            m = _ref_value().match(view.text, a, b)
            if not m:
                continue
            s, e = trim(view, *m.span(1))
            value = view.quote(s, e)
            if e <= s or value in seen:
                continue
            seen.add(value)
            out.append(found(view, s, e, kind=_REF_KINDS[lab.field], confidence=0.9))
    return out


def _labelled_date(views: list[PageView], field: str) -> Found | None:
    for view in views:
        for lab in block_labels(view, {field}):
            a, b = value_span(lab)
            date = _first_date(view, a, b + 1)
            if date is not None:
                return date
    return None


ISSUE_HEAD_LINES = 3  # lines with text of a notice's header block that may give its own date


def _header_issue_date(views: list[PageView]) -> Found | None:
    """The notice's own date after a date-of-issue label in its header block (first
    `ISSUE_HEAD_LINES` lines), also where the label follows another field on its line
    ("رقم التعميم: 2024/OM/0037 — تاريخ الإصدار: 2024/01/10"), which `_labelled_date` (labels
    at a line's start) does not read; a passport's date of issue further down is not the
    notice's. A full date only."""
    if not views:
        return None
    view = views[0]
    end = view.head_end(ISSUE_HEAD_LINES, blank=False)
    for lab in labels(view, {"issue-date"}):
        if not lab.colon or lab.end >= end:
            continue
        date = next((d for d in view_dates(view) if lab.end <= d.start < end), None)
        if date is not None and _FULL_DATE.fullmatch(date.iso):
            return found(view, date.start, date.end, normalized=date.iso, confidence=0.8)
    return None


_FULL_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


# What a heading's date must not follow on its line: then it dates a warrant, a birth or the acts.
_NOT_HEADING_DATE = frozenset({"arrest-warrant", "warrant-number", "birth-date", "offence-date"})


@cache
def _request_lead_pattern() -> re.Pattern[str]:
    """A heading line that opens with the words of a request (`word.notice-request-lead`)."""
    return re.compile(rf"\s*(?:{_w('word.notice-request-lead')})\s?$")


def _request_lead(view: PageView, start: int) -> bool:
    """Only the words of a request stand before `start` on its line ("DEMANDE DE NOTICE
    ROUGE"): the notice's name still opens the heading."""
    line = view.text[view.line_start(start) : start]
    return _request_lead_pattern().fullmatch(line) is not None


def _heading_date(views: list[PageView]) -> Found | None:
    """The notice's own date on its heading line, after the notice's name and its bureau
    ("Diffusion - BCN Yaoundé - 30 mai 2023", "DIFUSIÓN de la OCN Quito, 06/03/2023.", "تعميم
    - المكتب المركزي الوطني في أبوظبي، صادر بتاريخ 2024/03/10"), maybe after the words of a
    request ("DEMANDE DE NOTICE ROUGE — BCN Conakry — transmise le 02/04/2024"): the first
    date on the first line, when no warrant, birth or offence label stands before it on that
    line."""
    if not views:
        return None
    view = views[0]
    end = view.head_end(1, blank=False)
    for lab in labels(view, set(NOTICE_TYPES)):
        if lab.start >= end or not (lab.line_start or _request_lead(view, lab.start)):
            continue
        date = next((d for d in view_dates(view) if lab.end <= d.start < end), None)
        if date is None or any(lab.end <= x.start < date.start
                               for x in labels(view, set(_NOT_HEADING_DATE))):
            return None
        return found(view, date.start, date.end, normalized=date.iso, confidence=0.7)
    return None


# A status label inside a line opens a value when a dash or bar separates it from what
# precedes it, as in a record line "Notice A-9012/4-2021 - Status: SUSPENDED".
_SEGMENT_BREAK = re.compile(r"\s[-\u2013\u2014|]\s*$")
# ... or a wide gap or a tab before it, as between the columns of a header block
# ("المكتب المركزي الوطني: عشق آباد          حالة النشرة: سارية").
_CELL_BREAK = re.compile(r"\S(?:[ ]{3,}|\t+)$")


def _segment_labels(view: PageView) -> list[Label]:
    """Status labels that open a value: at the start of a line, or after a dash or bar
    on the same line ("Notice rouge A-9012/4-2021 - Statut : SUSPENDUE"), or after a
    column's gap. All need a colon; a status word must still follow it at once (maybe after
    the notice word: "diffusion en vigueur")."""
    out: list[Label] = []
    for lab in labels(view, {"status"}):
        if not lab.colon:
            continue
        line = view.text[view.text.rfind("\n", 0, lab.start) + 1 : lab.start]
        a, _ = view.original_span(lab.start, lab.end)
        raw = view.page.text
        cell = _CELL_BREAK.search(raw[raw.rfind("\n", 0, a) + 1 : a])  # a column's cell
        if lab.line_start or _SEGMENT_BREAK.search(line) or cell:
            out.append(lab)
    return out


@cache
def _notice_word_lead() -> re.Pattern[str]:
    """The notice word the value of a status label may open with ("Statut : diffusion en
    vigueur (active)"), maybe after two words and before its verb ("Statut : la présente
    diffusion est active"), before its status word."""
    return re.compile(
        rf"\s?(?:(?:[^\W\d_]+\s){{0,2}}?(?:{_w('word.notice')})\s"
        rf"(?:(?:{_w('word.status-copula')})\s)?)?")


def _pronoun_status(text: str, start: int) -> int | None:
    """Where a status word's sentence starts, when that sentence's subject is a pronoun
    (or the Spanish verb alone) and the sentence just before it names the notice, diffusion
    or warrant: "The Red Notice is no longer in the system. It was deleted on 20 March"
    states the notice's status as much as "the Red Notice was deleted". A negated verb
    ("it was not cancelled") does not count; the sentence before must end within 200
    characters of the notice word."""
    before = text[max(0, start - 130) : start]
    m = _pronoun_copula().search(before)
    if not m or _negated().search(before[m.start() :]):
        return None
    sentence = start - len(before) + m.start()
    if not _previous_sentence().search(text[max(0, sentence - 260) : sentence + 2]):
        return None
    return sentence + (len(m.group(0)) - len(m.group(0).lstrip(".; ")))


# Labels of an identity document: a status word after one on its line is the document's.
_ID_LABELS = ("field.passport", "field.national-id", "field.id-document")


def _of_identity_document(view: PageView, start: int) -> bool:
    """A status word that qualifies an identity document labelled before it on its line
    ("جواز سفر رقم: 003318462 (ملغى)", "Passport No. X (cancelled)"), not the notice."""
    line_start = view.line_start(start)
    return any(
        h.entry_id in _ID_LABELS and line_start <= h.start < start
        for h in view.hits("field-labels")
    )


@cache
def _verbal_noun() -> re.Pattern[str]:
    """An Arabic status verbal noun (`word.status-verbal-noun`: "سحب", "إلغاء"), whole."""
    return re.compile(rf"(?:{_w('word.status-verbal-noun')})$")


def _names_other_object(text: str, start: int, end: int) -> bool:
    """An Arabic verbal noun ("سحب") whose next word, what is withdrawn, is no notice word
    (`word.notice`: "سحب التعميم", "إلغاء أمر القبض" state a status):
    "أعلن سحب استمارات الترشح" (withdrew his candidacy forms) states no notice's status."""
    if not _verbal_noun().match(text[start:end]):
        return False
    nxt = re.match(r"\s*(\S+)", text[end : end + 40])
    return bool(nxt) and not _notice_word().search(nxt.group(1))


@cache
def _instrument_prep() -> re.Pattern[str]:
    """The preposition after an Arabic status participle that ties it to an instrument
    (`word.status-instrument-prep`: "شيكات مسحوبة على مصرف", cheques drawn on a bank)."""
    return re.compile(rf"\s?(?:{_w('word.status-instrument-prep')})\b")


def _of_instrument(text: str, end: int) -> bool:
    """An Arabic status word followed by its instrument's preposition: what is "drawn on" a
    bank is a cheque, and the sentence states no notice's status."""
    return bool(_instrument_prep().match(text, end))


@cache
def _acted_on_notice() -> re.Pattern[str]:
    """A notice word (`word.notice`) as the object right after a status verb, at most two
    words between ("the Chief Magistrate cancelled warrant 12/2022", "a annulé le mandat
    d'arrêt"): an authority's act on the notice or warrant, in the active voice."""
    return re.compile(rf"\s(?:[^\W\d_]+\s){{0,2}}?(?:{_w('word.notice')})\b")


def _active_status(text: str, start: int, end: int) -> bool:
    """A Latin-script status verb whose object is the notice or warrant, in a sentence
    that does not hedge or negate it ("has not cancelled the warrant")."""
    if text[start:end][:1] >= "\u0600" or not _acted_on_notice().match(text, end):
        return False
    before = re.split(r"[.;:]", text[max(0, start - 40) : start])[-1]
    return not _negated().search(before)


@cache
def _notice_word() -> re.Pattern[str]:
    """A notice, diffusion or warrant word (`word.notice`)."""
    return re.compile(rf"(?:{_w('word.notice')})")


def _status(views: list[PageView]) -> list[Found]:
    codes = _status_codes()
    out: list[Found] = []
    for view in views:
        for lab in _segment_labels(view):
            a, b = value_span(lab)
            words = hits_in(view, "status", a, b)
            if words and words[0].start <= _notice_word_lead().match(view.text, a, b).end() + 3:
                out.append(found(view, a, b, normalized=codes.get(words[0].entry_id),
                                 confidence=0.95))
        text = view.text
        for hit in hits_in(view, "status", 0, len(text)):
            code = codes.get(hit.entry_id)
            if code in (None, "", "active") or _of_identity_document(view, hit.start) or any(
                f.evidence and f.evidence.page == view.page.number
                and view.evidence(hit.start, hit.end).start in range(f.evidence.start,
                                                                    f.evidence.end)
                for f in out
            ):
                continue
            before = text[max(0, hit.start - _COPULA_REACH) : hit.start]
            m = _copula().search(before) or _status_with().search(before)
            # Arabic puts the verb last: "النشرة الحمراء ... الصادرة بحق ... قد أُلغيت"
            arabic_ok = hit.text[:1] >= "\u0600" and _notice_arabic().search(
                text[max(0, hit.start - 200) : hit.end + 40]
            ) and not _names_other_object(text, hit.start, hit.end) \
                and not _of_instrument(text, hit.end)
            if m and not _negated().search(before[m.start() :]):
                start = hit.start - len(before) + m.start()
                out.append(found(view, start, hit.end, normalized=code, confidence=0.8))
            elif (p := _pronoun_status(text, hit.start)) is not None:
                out.append(found(view, p, hit.end, normalized=code, confidence=0.7))
            elif arabic_ok or _active_status(text, hit.start, hit.end):
                out.append(found(view, hit.start, hit.end, normalized=code, confidence=0.7))
    return out


def _ncb_city_country(views: list[PageView], city: str) -> str | None:
    """The country a place name is paired with elsewhere ("Lomé, Togo"), for cities not known."""
    pattern = re.compile(re.escape(city) + r"\s?,\s?")
    for view in views:
        for m in pattern.finditer(view.text):
            for hit in view.hits("countries-names"):
                if hit.start == m.end():
                    return geo_code(hit)
    return None


def _country_in(
    view: PageView, a: int, b: int, views: list[PageView], guess: bool = True,
) -> str | None:
    """The country of a place named in `[a, b)`; with `guess`, also of the NCB's city guessed
    from its first words (a known place's name that starts with them, or the country named
    beside the city elsewhere)."""
    places = hits_in(view, "places", a, b)
    # a country's name inside a city's ("Port of Spain, Trinidad and Tobago") is the city's
    countries = [h for h in hits_in(view, "countries-names", a, b)
                 if not any(p.start <= h.start and h.end <= p.end for p in places)]
    for hits in (countries, places):
        if hits:
            return geo_code(hits[0])
    ncb = _ncb().search(view.text[a:b]) if guess else None
    if not ncb:
        return None
    words = ncb.group(1).split()
    for city in (words[0], " ".join(words)):
        code = _city_prefix(city) or _ncb_city_country(views, city)
        if code:
            return code
    return None


def _city_prefix(city: str) -> str | None:
    """A place whose name starts with the NCB's city ("Washington" → "washington d.c.")."""
    terms = geo_terms()
    if city in terms:
        return terms[city]
    # only a short qualifier after it ("washington d.c."), not another city ("santiago de cali")
    return next(
        (code for term, code in terms.items()
         if term.startswith(city + " ") and len(term) - len(city) <= 5),
        None,
    )


def _issuing(views: list[PageView]) -> tuple[Found | None, Found | None]:
    """(issuing country, requesting NCB) from the notice's labels."""
    for view in views:
        for lab in block_labels(view, {"issuing-country"}):
            a, b = value_span(lab)
            if b <= a:
                continue
            code = _country_in(view, a, b, views)
            value = found(view, a, b, normalized=code, confidence=0.9 if code else 0.5)
            return value, value
    # "Inform NCB Ankara", "BCN Paris"; the sender's ("FROM: NCB X") first: an addressee list
    # may wrap onto lines of its own. "Destinatarios: OCN de Lima, ..." are the addressees.
    ncbs = [(view, lab) for view in views for lab in labels(view, {"ncb"})
            if not _addressed(view, lab.start)]
    ncbs.sort(key=lambda vl: not _sender().match(_line_text(vl[0], vl[1].start)))
    for view, lab in ncbs:
        m = re.match(r"\s?[^\W\d_][\w'-]*(?: [^\W\d_][\w'-]*){0,2}", view.text[lab.end:])
        if not m:
            continue
        words = list(re.finditer(r"\S+", m.group()))  # the city's first one, two or three words
        # a place the lexicons know first ("OCN Ciudad de México"), then a guess from the
        # words' start ("Ciudad" alone starts other cities' names)
        for guess in (False, True):
            for w in words:
                b = lab.end + w.end()
                code = _country_in(view, lab.start, b, views, guess=guess)
                if code:
                    return found(view, lab.start, b, normalized=code, confidence=0.7), None
    return None, None


def header_country(views: list[PageView]) -> Found | None:
    """The country of the court or authority named at the top of the first page."""
    if not views:
        return None
    view = views[0]
    end = view.head_end(_HEADER_LINES)
    courts = [
        lab for lab in labels(view, {"court"})
        if lab.start < end and not _addressed(view, lab.start)
        and not _on_translation_line(view, lab.start)
    ]  # the court or prosecutor a letter is addressed to, or a translation is made for
    # ("Traducción al español para la Fiscalía General de ..."), is not its issuer
    for court in courts:  # the court's own line: "Tribunal judiciaire de Lyon"
        line_end = view.line_end(court.start)
        for lexicon in ("places", "countries-names"):
            hits = [h for h in hits_in(view, lexicon, court.start, line_end)
                    if not _in_quotes(view, h)]
            if hits:
                return found(view, hits[0].start, hits[0].end, normalized=geo_code(hits[0]),
                             confidence=0.8)
        glued = _glued_place(view, court.end, line_end)
        if glued:
            return glued
    top = min(end, _addressee_line(view, end))  # the header ends where the letter is addressed
    # a person's nationality ("a Portuguese national") names no issuer while a place does
    nationals: list[Hit] = []
    for lexicon in ("countries-names", "places"):
        hits = [h for h in hits_in(view, lexicon, 0, top) if _header_geo(view, h)]
        hits = _set_aside_nationals(view, hits, nationals)
        if hits:
            return found(view, hits[0].start, hits[0].end, normalized=geo_code(hits[0]),
                         confidence=0.6)
    # OCR puts blank lines between lines: then the first ten lines with text, and the first
    # country or city named in them ("Genève, le 3 mars" above "né à Niš (Serbie)")
    longer = view.head_end(_HEADER_LINES, blank=False)
    hits = sorted(
        (h for lexicon in ("countries-names", "places") for h in hits_in(view, lexicon, top, longer)
         if _header_geo(view, h)),
        key=lambda h: (h.start, h.lexicon != "countries-names"),
    )
    hits = _set_aside_nationals(view, hits, nationals)
    if hits:
        return found(view, hits[0].start, hits[0].end, normalized=geo_code(hits[0]),
                     confidence=0.5)
    law = law_country(views)
    if law:  # no place at all: the country whose penal code the document applies
        return law
    if nationals:  # nor a code: the person's nationality is the best guess left
        first = min(nationals, key=lambda h: h.start)
        return found(view, first.start, first.end, normalized=geo_code(first), confidence=0.4)
    return None


# An Arabic place glued to its preposition ("محكمة الاستئناف بجيبوتي", "لدى محكمة ...").
_GLUED_PREPOSITION = re.compile(r"(?<!\w)[بل](\w{3,})")


def _glued_place(view: PageView, start: int, end: int) -> Found | None:
    """A country or city written after an Arabic preposition glued to it in `[start, end)`
    ("محكمة الاستئناف بجيبوتي"), which the lexicons' word matching does not see."""
    for m in _GLUED_PREPOSITION.finditer(view.text, start, end):
        code = geo_terms().get(m.group(1))
        if code:
            return found(view, m.start(1), m.end(1), normalized=code, confidence=0.8)
    return None


def _addressee_line(view: PageView, end: int) -> int:
    """Normalised offset of the first line before `end` addressed to someone (else `end`)."""
    raw, pos = view.page.text, 0
    while pos < len(raw):
        nl = raw.find("\n", pos)
        nl = len(raw) if nl < 0 else nl
        start = view.norm.normalized_index(pos)
        if start >= end:
            break
        if _addressee().match(raw[pos:nl]):
            return start
        pos = nl + 1
    return end


def _header_geo(view: PageView, hit: Hit) -> bool:
    """A place in the header that may be the issuer's: not on an addressee's line, not in a
    street's name, not on a translator's title line ("[Traducción del portugués]",
    "[ترجمة من اللغة الألبانية - مكتب ترجمة، أبوظبي]": the original's language and the
    translator's office)."""
    return not _addressed(view, hit.start) and not _in_street(view, hit.start, hit.end) \
        and not _on_translation_line(view, hit.start) and not _in_quotes(view, hit)


_OPENING_QUOTES, _CLOSING_QUOTES = "«“", "»”"


def _in_quotes(view: PageView, hit: Hit) -> bool:
    """Whether a country's word stands inside quotation marks on its line: a nickname or a
    firm's name ("alias «Chino Jhony»", "la société « Maroc Export »"), not a place."""
    raw = view.page.text
    a, b = view.original_span(hit.start, hit.end)
    before = raw[raw.rfind("\n", 0, a) + 1 : a]
    line_end = raw.find("\n", b)
    after = raw[b : len(raw) if line_end < 0 else line_end]
    opened = sum(before.count(q) for q in _OPENING_QUOTES) > \
        sum(before.count(q) for q in _CLOSING_QUOTES) or before.count('"') % 2 == 1
    return opened and any(q in after for q in _CLOSING_QUOTES + '"')


def _set_aside_nationals(view: PageView, hits: list[Hit], nationals: list[Hit]) -> list[Hit]:
    """The hits that may name the issuer; those that are a person's nationality are added
    to `nationals`, the last guess."""
    persons = [h for h in hits if _persons_nationality(view, h)]
    nationals += persons
    return [h for h in hits if h not in persons]


@cache
def _national_noun() -> re.Pattern[str]:
    """A noun making the nationality adjective before it a person's (`word.national-noun`)."""
    return re.compile(rf"\s?(?:{_w('word.national-noun')})(?!\w)")


NATIONALITY_NEAR = 4  # characters between a nationality label and its country


def _persons_nationality(view: PageView, hit: Hit) -> bool:
    """Whether a country named in the header is a person's nationality ("a Portuguese
    national", "de nationalité portugaise", "تركي الجنسية"), not the issuer's country; so is
    a second one coordinated with it ("Citizenship: Canadian and Vietnamese")."""
    if _national_noun().match(view.text, hit.end):
        return True
    if any(lab.end <= hit.start <= lab.end + NATIONALITY_NEAR
           or hit.end <= lab.start <= hit.end + NATIONALITY_NEAR
           for lab in labels(view, {"nationality"})):
        return True
    before = [h for h in longest(view.hits("countries-names")) if h.end <= hit.start]
    return bool(before) and coordinated().fullmatch(view.text, before[-1].end, hit.start) \
        is not None and _persons_nationality(view, before[-1])


TRANSLATION_TITLE = "doctype.translation.heading"  # a translator's title (`doctypes`)
# A line wholly in brackets: the translator's office and date under the title line
# ("(مكتب ... للترجمة – أربيل، بتاريخ ...)", "(Traducteur juré, Genève)").
_BRACKETED_LINE = re.compile(r"\s*[(\[][^()\[\]\n]*[)\]]\s*")


def _on_translation_line(view: PageView, pos: int) -> bool:
    """Whether `pos` stands on a line that a translator's title opens, or on a line wholly in
    brackets right below such a line (the translator's office and date)."""
    line = _line_text(view, pos)
    if any(
        h.entry_id == TRANSLATION_TITLE and h.start < pos
        and not re.search(r"[^\W\d_]", before := _line_text(view, h.start))
        and line.startswith(before + view.quote(h.start, h.end))
        for h in view.hits("doctypes")
    ):
        return True
    raw = view.page.text
    a, _ = view.original_span(pos, pos + 1)
    start = raw.rfind("\n", 0, a) + 1
    end = raw.find("\n", a)
    if start < 2 or not _BRACKETED_LINE.fullmatch(raw, start, len(raw) if end < 0 else end):
        return False
    above_end = view.norm.normalized_index(start - 1)  # the newline ending the line above
    return above_end > 0 and _on_translation_line(view, above_end)


@cache
def _penal_code() -> re.Pattern[str]:
    """A penal code's name (`word.penal-code`), then the words that may stand before the
    country it is of (`word.penal-code-of`; an Arabic "ل" glued to the country)."""
    return re.compile(
        rf"(?<!\w)(?:{_w('word.penal-code')})[ \t\n]+"
        rf"(?:(?:{_w('word.penal-code-of')})[ \t\n]+)*(?:ل(?=\w))?"
    )


def law_country(views: list[PageView]) -> Found | None:
    """The country whose penal code the document applies ("Código Penal francés", "Criminal
    Code of the Russian Federation", "القانون الجنائي لدولة إريتريا"), the one named most
    often (the first on a tie): a court applies its own state's code."""
    counts: dict[str, int] = {}
    first: dict[str, Found] = {}
    for view in views:
        starts = {h.start: h for h in longest(view.hits("countries-names"))}
        for m in _penal_code().finditer(view.text):
            hit = starts.get(m.end())
            code = geo_code(hit) if hit else None
            if hit and code:
                counts[code] = counts.get(code, 0) + 1
                first.setdefault(code, found(view, hit.start, hit.end, normalized=code,
                                             confidence=0.4))
    if not counts:
        return None
    best = max(counts.values())
    return next(f for c, f in first.items() if counts[c] == best)


def read_notice(views: list[PageView], doc_type: str | None) -> NoticeData:
    """The notice's own data (issuing country also for other documents: their authority's)."""
    country, ncb = _issuing(views)
    authority = None
    for view in views:
        for lab in block_labels(view, {"requesting-authority"}):
            a, b = value_span(lab)
            if b > a:
                authority = found(view, a, b, confidence=0.9)
                break
        if authority:
            break
    not_notice = doc_type is not None and doc_type not in NOTICE_TYPES
    if not_notice or country is None or country.normalized is None:
        country = header_country(views) or country
    return NoticeData(
        notice_type=_notice_type(views, doc_type),
        issuing_country=country,
        requesting_authority=authority or ncb,
        references=_references(views),
        issue_date=_labelled_date(views, "issue-date")
        or (_heading_date(views) or _header_issue_date(views) if doc_type in NOTICE_TYPES
            else None),
        status=_status(views),
        validity_date=_labelled_date(views, "validity-date"),
    )
