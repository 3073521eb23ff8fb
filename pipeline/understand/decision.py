"""The warrant or judicial decision: issuing authority, number, date, in absentia.

In a notice or diffusion the decision is the one its "Arrest warrant or
judicial decision" section cites ("No. X, issued on DATE by AUTHORITY").
In a warrant or judgment it is the document itself: number from its label
("Warrant No.:", "Mandat n° :", "رقم القضية:"), date from the closing or
date cues ("Given under my hand ... on", "Fait à ..., le", "تاريخ الجلسة"),
authority from the court line of its header. Sentence lengths are left to
the penalties reader.
"""

from __future__ import annotations

import re
from functools import cache

from pipeline.lexicons.words import Script, word_alternation, word_start_alternation, words
from pipeline.records import NOTICE_TYPES, Decision, Found
from pipeline.text.normalize import normalize_term
from pipeline.understand.dates import DateHit, restated_start
from pipeline.understand.labels import (
    Label,
    block_labels,
    found,
    inline_labels,
    labels,
    trim,
    value_span,
    view_dates,
)
from pipeline.understand.pageview import PageView

_SECTION = re.compile(r"\n\s*\d+\.\s+[^\W\d_]{3}")
_HEADER_LINES = 10
_NOT_COURT = ("judicature", "judicial service")


@cache
def _stems(entry_id: str, after: str = "") -> re.Pattern[str]:
    """A `decision-words` entry (decision, judgment, warrant, issued stems) as a pattern,
    followed by `after`."""
    return re.compile(f"(?:{word_alternation('decision-words', entry_id)}){after}")


def _w(entry_id: str, script: Script = "any") -> str:
    return word_alternation("decision-words", entry_id, script=script)


@cache
def _number_label() -> str:
    """An optional number label with its stop and colon ("No.", "n° :", "رقم")."""
    return rf"[\s:|]*(?:(?:{_w('word.number-label')})\.?\s?:?\s?)?"


@cache
def _number_rx() -> re.Pattern[str]:
    """A decision's number: label, kind ("Resolución"), then the number with its year."""
    return re.compile(
        rf"{_number_label()}(?:(?:{_w('word.decision-kind')})\s)?"
        rf"([^\s,;()]*\d[^\s,;()]*(?:\s(?:{_w('word.year-link')})\s\d{{4}})?)"
    )


@cache
def _prefixed_rx() -> re.Pattern[str]:
    """A number with a letter prefix after its label ("MCCR 455/2023", "Kv. 1023/23"), maybe
    of two words or hyphenated ("II Kpd 41237/2023", "Kri-S 47/24")."""
    return re.compile(
        rf"{_number_label()}((?:(?!(?:{_w('word.not-a-prefix')})\.?\s)"
        r"(?:[a-z]{1,6}(?:-[a-z]{1,3})?|[a-z]{2,6}\.)\s){1,2}\d[^\s,;()]*"
        rf"(?:\s(?:{_w('word.year-link')})\s\d{{4}})?)"  # "HAC 057 of 2022"
    )


@cache
def _by_rx() -> re.Pattern[str]:
    """"By" or a decision noun's "of" before an authority, with the article after it."""
    nouns = words("decision-words", "word.decision-of")
    of_after = "|".join(f"(?<={re.escape(t)} )" for t in nouns)
    articles = "|".join(
        re.escape(t) + ("" if t.endswith("'") else r"\s")
        for t in words("decision-words", "word.authority-article")
    )
    return re.compile(
        rf"(?:(?:{of_after})(?:{_w('word.of')})|(?<!\w)(?:{_w('word.by')}))\s(?:{articles})?"
    )


@cache
def _negation_rx() -> re.Pattern[str]:
    """A negation ending the text before an in-absentia word ("not", "non", "غير")."""
    return re.compile(
        rf"{word_start_alternation('decision-words', 'word.negation')}\s*$"
    )


def _number_at(view: PageView, pos: int, end: int, prefixed: bool = False) -> Found | None:
    """A number at `pos`; `prefixed`: a letter prefix in a label value ("MCCR 455/2023")."""
    m = (_prefixed_rx().match(view.text, pos, end) if prefixed else None) or \
        _number_rx().match(view.text, pos, end)
    if not m or not re.search(r"\d", m.group(1)):
        return None
    s, e = trim(view, *m.span(1))
    register = _REGISTER_TAIL.match(view.text, e, end)
    if register and re.fullmatch(r"\d{1,5}", view.text[s:e]) \
            and _capitalised(view, register.start(1)) \
            and not re.fullmatch(rf"(?:{_w('word.not-a-prefix')})", register.group(1)):
        e = register.end()  # "No. 613 St 48/24k-57": department, register, serial
    if e <= s or re.fullmatch(r"\d{1,2}", view.text[s:e]):
        return None
    if any(d.start < e and s < d.end for d in view_dates(view)):
        return None  # "warrant of 12/05/2023": a date, not a number
    value = found(view, s, e, confidence=0.9)
    if view.page.method == "ocr":  # a scan's reference repaired as the document writes it
        split = _OCR_SPLIT.match(view.text, e, end)
        if split and "-" in view.text[s:e] and trim(view, e, end)[1] == split.end():
            # "Expediente: 22-00087 1-1218-PE": OCR split the number with a space
            value = found(view, s, split.end(), confidence=0.9)
            value = value.model_copy(update={"value": "".join(value.value.split())})
    return value


# After a department's figure, a court register's letters and the serial with its year
# ("613 St 48/24k-57", "12 Js 345/21"): one reference.
_REGISTER_TAIL = re.compile(r"\s([a-z]{1,4})\s(\d[^\s,;()]*/[^\s,;()]*)")
# A scan's reference that OCR split with a space: the rest of a label's value, a figure and
# a hyphen ("22-00087 1-1218-PE").
_OCR_SPLIT = re.compile(r"\s(\d[\w./]*-[\w./-]*)")


def _capitalised(view: PageView, pos: int) -> bool:
    """Whether the word at normalised `pos` starts with a capital as written."""
    a, _ = view.original_span(pos, pos + 1)
    return view.page.text[a : a + 1].isupper()


def _block_end(view: PageView, lab: Label) -> int:
    raw = view.page.text
    _, a = view.original_span(lab.start, lab.end)
    m = _SECTION.search(raw, a, a + 600)
    b = m.start() if m else min(len(raw), a + 400)
    return view.norm.normalized_index(b)


@cache
def _block_keys() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The labels of a notice's warrant section, read whole: its authority
    (`word.block-authority`), date (`word.block-date`) and number (a number label, maybe
    after the paper it numbers, `word.block-number-kind`; or `word.block-number`)."""
    number = (
        rf"(?:(?:{_w('word.block-number-kind')})\s)?(?:{_w('word.number-label', 'latin')})"
        rf"|{_w('word.block-number')}"
    )
    return (
        ("authority", re.compile(_w("word.block-authority"))),
        ("date", re.compile(_w("word.block-date"))),
        ("number", re.compile(number)),
    )


_CELLS = re.compile(r"[ \t]*(?:\||\t+|[ ]{2,})[ \t]*")


def _block_key(label: str) -> str | None:
    key = normalize_term(label).strip(" .:-")
    return next((name for name, rx in _block_keys() if rx.fullmatch(key)), None)


def _block_fields(view: PageView, start: int, end: int) -> dict[str, tuple[int, int]]:
    """Values of labelled lines ("Date of issue: X") or of a table under its header row
    ("Issued by | Date | Number" then the values) in a notice's warrant section.

    Original offsets → normalised spans.
    """
    raw = view.page.text
    a, _ = view.original_span(start, start + 1)
    b, _ = view.original_span(max(start, end - 1), end)
    a = raw.rfind("\n", 0, a) + 1
    lines = []
    pos = a
    for line in raw[a : b + 1].split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    out: dict[str, tuple[int, int]] = {}

    def put(key: str | None, va: int, vb: int) -> None:
        if key and key not in out and raw[va:vb].strip(" \t|:-"):
            out[key] = (view.norm.normalized_index(va), view.norm.normalized_index(vb))

    for i, (pos, line) in enumerate(lines):
        cells = [(m.start(), m.end()) for m in re.finditer(r"[^|\t]+?(?=[ \t]*(?:\||\t|  |$))",
                                                          line) if m.group().strip()]
        keys = [_block_key(line[c:d]) for c, d in cells]
        if len(cells) == 2 and keys[0] and keys[1] is None and ":" not in line[: cells[1][0]]:
            put(keys[0], pos + cells[1][0], pos + cells[1][1])  # "| Número | 1-BPS-1174/2024 |"
            continue
        if len(cells) >= 2 and sum(k is not None for k in keys) >= 2 and ":" not in line:
            nxt = next(((p, ln) for p, ln in lines[i + 1 :] if ln.strip()), None)
            if nxt is None:
                break
            vals = [(m.start(), m.end()) for m in re.finditer(
                r"[^|\t]+?(?=[ \t]*(?:\||\t|  |$))", nxt[1]) if m.group().strip()]
            if len(vals) == len(cells):
                for key, (c, d) in zip(keys, vals, strict=True):
                    put(key, nxt[0] + c, nxt[0] + d)
            continue
        for m in re.finditer(r"([^:：|\t]{1,40}?)[ \t]*[:：][ \t]*(.*?)(?=\s*(?:\||$|\t"
                             r"|[ ]{2,}[^:：]{1,30}[:：]))", line):
            key = _block_key(m.group(1))
            if key and not m.group(2).strip() and m.end() >= len(line.rstrip()) \
                    and i + 1 < len(lines) and _block_key(lines[i + 1][1].split(":")[0]) is None:
                nxt_pos, nxt_line = lines[i + 1]  # "Date of issue:" then the value below
                put(key, nxt_pos, nxt_pos + len(nxt_line.rstrip()))
                continue
            put(key, pos + m.start(2), pos + m.end(2))
    # a table read column by column: its header cells, one a line, then its values
    heads = [(i, _block_key(line)) for i, (_p, line) in enumerate(lines)]
    run: list[int] = []
    for i, key in heads:
        if key is not None and ":" not in lines[i][1]:
            run.append(i)
            continue
        if len(run) >= 2 and run[-1] == i - 1:
            values = [ln for ln in lines[i : i + len(run)] if ln[1].strip()]
            if len(values) == len(run) and all(heads[j][1] is None
                                               for j in range(i, i + len(run))):
                for j, (vpos, vline) in zip(run, values, strict=True):
                    put(heads[j][1], vpos, vpos + len(vline.rstrip()))  # type: ignore[arg-type]
        run = []
    return out


def _block_heads(view: PageView) -> list[Label]:
    """The heads of a notice's warrant section: its heading ("Arrest warrant or judicial
    decision", "السند القضائي:"), or a warrant's label opening a line ("Orden de captura:
    N.º X", "Arrest warrant: No. X", "أمر القبض: رقم X") when labelled lines of the
    warrant's date or authority follow it ("Fecha: ...", "Authority: ...")."""
    heads = list(labels(view, {"warrant-block"}))
    for lab in labels(view, {"arrest-warrant"}):
        if lab.colon and lab.line_start and _block_fields(
            view, lab.value_start, _block_end(view, lab)
        ).keys() & {"date", "authority"}:
            heads.append(lab)
    # "السند القضائي:" opening a line: the section heading, not a mention in prose
    heads += [lab for lab in labels(view, {"decision-block"}) if lab.colon and lab.line_start]
    return sorted(heads, key=lambda lab: lab.start)


def _from_notice_block(views: list[PageView]) -> Decision | None:
    """The decision a notice cites in its warrant section."""
    context = _Context(views)
    for view in views:
        for lab in _block_heads(view):
            start, end = lab.value_start, _block_end(view, lab)
            fields = _block_fields(view, start, end)
            number = _number_at(view, *fields["number"], prefixed=True) \
                if "number" in fields else None
            date = None
            if "date" in fields:
                fa, fb = fields["date"]
                date = next((_date_found(view, d, 0.9) for d in view_dates(view)
                             if fa <= d.start < fb + 1 and context.ok(view, d)), None)
            authority = None
            if "authority" in fields:
                fa, fb = trim(view, *fields["authority"])
                if re.search(r"[^\W\d_]{3}", view.text[fa:fb]):
                    authority = found(view, fa, fb, confidence=0.85)
            # "... first issued on X; that warrant was replaced by the amended warrant of Y":
            # the dates after the last replacement word are the warrant in force
            renewed = [m.end() for m in _replaced().finditer(view.text, start, end)]
            dates_from = renewed[-1] if renewed else start
            if number or date or authority:
                number = number or _number_at(view, start, end)
                date = date or context.warrant_date(view, dates_from, end)
                authority = authority or _authority_in(view, start, end)
                return Decision(authority=authority, number=number, date=date)
            number = _number_at(view, start, end)
            if number is None:
                for cue in labels(view, _CITE_FIELDS):
                    if start <= cue.start < end:
                        number = _number_at(view, cue.end, min(end, cue.end + 40))
                        if number:
                            break
                # "... بتاريخ 11 أيلول 2023 تحت الرقم SS 3-14472/2023": a number label in prose
                number = number or _cued_number(view, start, end)
            date = context.warrant_date(view, dates_from, end)
            authority = _authority_in(view, start, end)
            if number or date or authority:
                return Decision(authority=authority, number=number, date=date)
    return None


_CITE_FIELDS = {"arrest-warrant", "warrant-number", "case-number"}
@cache
def _date_cue() -> re.Pattern[str]:
    """A date cue ending the text before a date (`word.date-cue`: "issued on", "de fecha",
    "بتاريخ"; also "corresponding to" between a Hijri date and its Gregorian one), maybe with
    the day's name after it ("issued on Sunday, 3 March", "الصادر يوم الأحد 3 مارس": a weekday
    after "يوم" is a cue by itself)."""
    return re.compile(
        rf"(?:(?:{_w('word.date-cue')})\s?,?\s?{_weekday()}|(?:{_w('word.date-cue')})"
        rf"|(?:{_w('word.weekday-lead')})\s(?:{_w('word.weekday', 'arabic')}))\s?,?\s?$")


@cache
def _auth_stop() -> re.Pattern[str]:
    """Where an authority's name ends: a comma or bracket, a dash, a full stop, a word that
    goes on to something else (`word.authority-end`) or issues the warrant
    (`word.issuing-verb`: "Le Tribunal X a délivré"), a day's number after its article
    (`word.day-article`: "le 3"), or a case number (`word.case-number-label`)."""
    return re.compile(
        r"[,،;(\[]|\s[-–—]\s|\.(?=\s|$)"
        rf"|\s(?:{_w('word.authority-end')}|{_w('word.issuing-verb')}"
        rf"|(?:{_w('word.day-article')})\s\d)\b"
        rf"|\s(?:{_w('word.case-number-label')})\.?\s?(?=\d+[-/]\d|\d{{4}})"  # a case number
    )


@cache
def _abbrev() -> re.Pattern[str]:
    """A letter or an abbreviation (`word.abbreviation`) right before a full stop."""
    return re.compile(rf"(?:\b[a-z]|\b(?:{_w('word.abbreviation')}))$")


@cache
def _weekday() -> str:
    """A weekday's name (`word.weekday`); an Arabic one maybe after "يوم"
    (`word.weekday-lead`)."""
    return (
        rf"(?:{_w('word.weekday', 'latin')}"
        rf"|(?:(?:{_w('word.weekday-lead')})\s)?(?:{_w('word.weekday', 'arabic')}))"
    )


@cache
def _letter_date() -> re.Pattern[str]:
    """What may stand before a letter's own date on its line: a date label
    (`word.date-label`), or a place, maybe after a date label ("Ciudad Juárez, Chihuahua, a",
    "Santa Cruz de la Sierra, ", "Guayaquil, martes ") after a preposition and an article
    (`word.letter-place-in`, `word.letter-article`) and a city word (`word.city`,
    `word.city-of`), then a weekday and the article before the date
    (`word.letter-date-article`); or maybe a court's name and its colon, the place and the
    hour (`word.time-of-day`)."""
    return re.compile(
        rf"[\W_]*(?:{_w('word.date-label')})?\s?[:：]?\s?$|"
        # "Fecha de radicación: Bogotá D.C., 6 de ...": a date label may lead the place
        rf"[\W_]*(?:(?:{_w('word.date-label')})\s?[:：]\s?)?"
        rf"(?:(?:{_w('word.letter-place-in')})\s)?(?:(?:{_w('word.letter-article')})\s)?"
        # "En la ciudad de X, a los ..."
        rf"(?:(?:{_w('word.city')})\s(?:{_w('word.city-of')})\s?)?"
        # "Managua. Veintiocho de marzo ...": a place and a full stop ("بيشكيك، 28 ...": an
        # Arabic comma)
        r"(?:[^\W\d_][\w'.-]*(?:\s[^\W\d_][\w'.-]*){0,4}\s?[,.،]\s?){1,3}"
        rf"(?:{_weekday()}\s?,?\s)?(?:{_w('word.letter-date-article')})?\s?$|"
        # "JUZGADO QUINTO DE INSTRUCCIÓN: San Salvador, a las diez horas del ...": a court's
        # name (`field.court`) and its colon, the place, then the hour (`word.time-of-day`)
        rf"[\W_]*(?:(?:{word_alternation('field-labels', 'field.court', script='latin')})"
        r"(?:\s[^\W\d_][\w'.-]*){0,6}\s?:\s?)?"
        # "En la ciudad de Santa Cruz de la Sierra, a horas 16:30 del día ..."
        rf"(?:(?:{_w('word.letter-place-in')})\s)?(?:(?:{_w('word.letter-article')})\s)?"
        rf"(?:(?:{_w('word.city')})\s(?:{_w('word.city-of')})\s?)?"
        r"(?:[^\W\d_][\w'.-]*(?:\s[^\W\d_][\w'.-]*){0,4}\s?,\s?){1,2}"
        rf"(?:{_w('word.time-of-day')})\s(?:[^\W\d_]+\s|\d{{1,2}}[:.h]\d{{2}}\s){{1,8}}$"
    )


@cache
def _hour_opening() -> re.Pattern[str]:
    """A decree opening with the hour before its date (`word.time-of-day`), its sentence begun
    at the head of its line or after a court's name and its full stop or colon ("TRIBUNAL
    PENAL DE X. A las catorce horas del nueve de mayo ...")."""
    return re.compile(
        rf"(?:.*[.:]\s)?(?:{_w('word.time-of-day')})\s"
        r"(?:[^\W\d_]+\s|\d{1,2}[:.h]\d{2}\s){1,8}"
    )


@cache
def _number_then_date() -> re.Pattern[str]:
    """A head line that gives the document's number, then its date ("الرقم: 2022/118 -
    التاريخ:", "N° 45/2023 - Date :", "Número: 12/2022, fecha:", "No. 7/2021 Date:"): the
    date after it is the document's own, as on a line of its own."""
    return re.compile(
        rf"[\W_]*(?:ال)?(?:{_w('word.number-label')})\.?\s?[:：]?\s?[\w/.-]+\s?[-–|,;]?\s?"
        rf"(?:{_w('word.date-label')})\s?[:：]?\s?$"
    )


# A reference opening the head line before the place and date ("N 10a/2314-24   Tbilissi,
# le ...", "KO. br. 1284/23   Skopje, le ...", "Caso n.º 1/412-23   Batumi, 30 de ..."): up to
# three short words (its label or register, maybe with OCR's stray marks: "n.*"; whole words, so
# a sentence's longer word wrapped onto the line is none), then the reference with a figure.
_HEAD_REFERENCE = re.compile(
    r"[\W_]*(?P<ref>(?:[^\W\d_]{1,6}(?!\w)[^\w\s]{0,2}\s?){0,3}[:：]?\s?[^\W_]*\d[\w/.-]*?)[.,]?\s"
    r"(?=[^\W\d_])")


@cache
def _city_head() -> re.Pattern[str]:
    """A city word, its capitalised place and the article before the date, with no comma
    ("City of Moscow the sixteenth of April ...": a text layer may keep no column gap where the
    line set one), read on the stored text (`word.city`, `word.city-of`,
    `word.letter-date-article`)."""
    return re.compile(
        rf"[\W_]*(?i:{_w('word.city')})\s(?i:{_w('word.city-of')})\s?"
        r"(?:[A-ZÀ-Ý][\w'.-]*\s+){1,3}"
        rf"(?i:{_w('word.letter-date-article')})\s?")


def _own_date(view: PageView, month_first: bool) -> DateHit | None:
    """A letter's own date at its head ("London, 10 October 2023", "Date: 3/5/2023"), also
    after the document's number on the same line ("No. 7/2021 - Date: 3/5/2023")."""
    raw = view.page.text
    end = view.head_end(_HEADER_LINES, blank=False)
    blocks = [(lab.start, _block_end(view, lab)) for lab in labels(view, {"warrant-block"})]
    for d in view_dates(view, month_first):
        if d.start >= end:
            break
        if any(a <= d.start < b for a, b in blocks) or any(
                lab.end <= d.start <= lab.end + 40 for lab in labels(view, DATE_CUES)):
            continue
        a, _ = view.original_span(d.start, d.end)
        raw_from = raw.rfind("\n", 0, a) + 1
        line_from = view.norm.normalized_index(raw_from)
        head = view.text[line_from : d.start]
        ref = _HEAD_REFERENCE.match(head)
        if _letter_date().fullmatch(head) or _number_then_date().fullmatch(head) or (
                ref and _letter_date().fullmatch(head, ref.end())) or (
                (gapped := _gap_as_comma(view, raw_from, a, d.start))
                and _letter_date().fullmatch(gapped)) or _city_head().fullmatch(raw[raw_from:a]):
            if _continues_sentence(raw[:raw_from], head):
                continue
            return d
        if _hour_opening().fullmatch(head) or _hour_opening().fullmatch(
                _line_above(view, raw_from) + head):
            return d  # the hour may open on the line above ("... A las catorce\nhoras del")
    return None


_COLUMN_GAP = re.compile(r"(?<=[^\W\d_])(?: {3,}|\t+ *)(?=\S)")


def _gap_as_comma(view: PageView, raw_from: int, raw_to: int, date_start: int) -> str:
    """The normalised head of a date's line with the column gap that parts the place from the
    date written as a comma ("City of Moscow          the sixteenth of April ...", the place
    and the date set at both ends of one line); "" when the line has no such gap."""
    gaps = list(_COLUMN_GAP.finditer(view.page.text, raw_from, raw_to))
    if not gaps:
        return ""
    at = view.norm.normalized_index(gaps[-1].start())
    after = view.norm.normalized_index(gaps[-1].end())
    line_from = view.norm.normalized_index(raw_from)
    return f"{view.text[line_from:at].rstrip()}, {view.text[after:date_start]}"


def _line_above(view: PageView, raw_from: int) -> str:
    """The normalised text of the raw line above the one starting at `raw_from`, with the
    space that joins it to that line ("" at the page's head)."""
    if raw_from == 0:
        return ""
    above_from = view.page.text.rfind("\n", 0, raw_from - 1) + 1
    return view.text[view.norm.normalized_index(above_from) : view.norm.normalized_index(raw_from)]


# Words that govern the date after them ("declared wanted on", "arrêté le", "desde el",
# "بتاريخ"): a line ending with one goes on onto the next line.
_GOVERNING = frozenset({
    "on", "of", "since", "from", "until", "till", "dated", "the", "le", "du", "depuis", "au",
    "jusqu'au", "el", "del", "desde", "hasta", "de", "fecha", "في", "بتاريخ", "منذ",
})


def _continues_sentence(above: str, before: str) -> bool:
    """A date alone at the head of its line that ends a sentence begun on the line above
    ("... and was declared wanted on\n22.03.2021."): the line above ends with a word that
    governs a date, so the date is that sentence's, not the document's own date line."""
    if any(ch.isalpha() for ch in before):
        return False
    words = above.rstrip().split()
    return bool(words) and words[-1].lower() in _GOVERNING


_ID_FIELDS = {"passport", "national-id", "id-document"}
# Strong cues of a decision's date: a date label or cue ("issued on", "Date of judgment:"), and
# the formula closing a decision with its place ("Done at ... on", "Fait à ..., le").
DATE_CUES = frozenset({"warrant-date", "closing-date"})
CLOSING_REACH = 240  # a closing formula's date may follow a long place or court name ...
# ... in the same sentence: none ends before it (a stop before a capital; not "núm. 00411")
_SENTENCE_BREAK = re.compile(r"[.;!?]\s+(?=[A-ZÀ-ÝÑ«\"“(\[\u0600-\u06ff])|;|\n[ \t]*\n")


def _publication_labels(view: PageView) -> list[Label]:
    """"Date of issue" labels of the notice itself (not inside its warrant section)."""
    blocks = [(lab.start, _block_end(view, lab)) for lab in labels(view, {"warrant-block"})]
    return [lab for lab in labels(view, {"issue-date"})
            if not any(a <= lab.start < b for a, b in blocks)]


# A full stop before a capital or a semicolon: a sentence or a list item ends there (a blank
# line OCR inserts does not).
_STOP = re.compile(r"[.!?]\s+(?=[A-ZÀ-ÝÑ«\"“(\[])|;")


def _stops(view: PageView, start: int, end: int) -> bool:
    """Whether a sentence or a list item ends between normalised `start` and `end`; a full
    stop after an abbreviation or an initial ("Ms. Daisy LO", "J. Smith") ends none."""
    raw = view.page.text
    a, b = view.original_span(start, start + 1)[0], view.original_span(end, end + 1)[0]
    return any(m.group() == ";" or not _abbrev().search(normalize_term(raw[max(a, m.start() - 12)
                                                                            : m.start()]))
               for m in _STOP.finditer(raw, a, b))


PARTICULARS_REACH = 12  # characters from "pour avoir", "for having" to the acts' date


def _after_particulars(view: PageView, d: DateHit) -> bool:
    """A date that opens the particulars of the acts, right after their cue
    (`cue.particulars`: "Pour avoir, le seize août 2023, à X, tué ...", "for having, on ..."):
    the acts' date, not the warrant's."""
    return any(
        h.entry_id == "cue.particulars" and 0 <= d.start - h.end <= PARTICULARS_REACH
        and not re.search(r"[.;:]", view.text[h.end : d.start])
        for h in view.hits("charge-cues")
    )


class _Context:
    """Dates a warrant's date cannot be: the subject's birth dates, dates before the offence."""

    def __init__(self, views: list[PageView], month_first: bool = False,
                 letter: bool = True) -> None:
        self.month_first = month_first
        self.birth: set[str] = set()
        offence: list[str] = []
        for view in views:
            on_page = view_dates(view, month_first)
            for lab in labels(view, {"birth-date", "offence-date"}):
                date = next((d for d in on_page if lab.end <= d.start <= lab.end + 30), None)
                if date is None:
                    continue
                (self.birth.add(date.iso) if lab.field == "birth-date"
                 else offence.append(date.iso))
        self.offence = min(offence) if offence else None
        # a warrant is never issued before its subject is 14, nor after the document itself
        self.floor = f"{int(min(self.birth)[:4]) + 14:04d}{min(self.birth)[4:]}" \
            if self.birth else None
        issued = [d.iso for view in views for lab in _publication_labels(view)
                  for d in view_dates(view, month_first) if lab.end <= d.start <= lab.end + 30]
        self.ceiling = max(issued) if issued else None
        self.own = _own_date(views[0], month_first) if views and letter else None
        self.own_view = views[0] if views else None
        if self.own is not None and (self.ceiling is None or self.own.iso < self.ceiling):
            self.ceiling = self.own.iso

    def ok(self, view: PageView, d: DateHit, own_line: bool = False) -> bool:
        """Whether `d` may be the warrant's date; one its own place-and-date line or closing
        formula gives (`own_line`: "Durán, 2 de agosto de 2022", "Fait en notre cabinet à X,
        le ...") may precede the acts: then the warrant is misdated, a conflict for the
        reviewer, not a misreading."""
        if d.iso in self.birth or (self.offence and d.iso < self.offence and not own_line):
            return False
        if (self.floor and d.iso < self.floor) or (self.ceiling and d.iso > self.ceiling):
            return False
        if self.own is not None and view is self.own_view and d.start == self.own.start:
            return False  # the letter's own date
        for lab in labels(view, _ID_FIELDS):  # "passport No. X issued on DATE"
            if d.start - 60 <= lab.end <= d.start and "." not in view.text[lab.end : d.start] \
                    and not any(lab.end <= c.start < d.start and c.line_start
                                for c in labels(view, DATE_CUES)):
                return False
        if any(lab.end <= d.start < lab.end + 30 for lab in _publication_labels(view)):
            return False  # the notice's own publication date
        if _translated().search(view.text, max(0, d.start - 40), d.start):
            return False  # "Translated on 18 March 2022 by ...": the translation's date
        if _after_particulars(view, d):
            return False
        before = view.text[max(0, d.start - 30) : d.start]
        return not any(lab.field in ("birth-date", "offence-date") and lab.end <= d.start
                       and d.start - lab.end <= 4 for lab in labels(view)
                       if d.start - 40 <= lab.start < d.start) and "born" not in before[-12:]

    def warrant_date(
        self, view: PageView, start: int, end: int, near: int | None = None
    ) -> Found | None:
        """The warrant's own date in `[start, end)`: after a date cue, else the first one
        (within `near` characters of `start` and in the same sentence, when given)."""
        dates = [d for d in view_dates(view, self.month_first)
                 if start <= d.start < end and self.ok(view, d)]
        for d in dates:
            # "on 2080/05/14 B.S. (31 August 2023)": the cue and the distance are the pair's
            at = max(start, restated_start(view, d))
            if near is not None and at - start > near and _stops(view, start, at):
                break  # a cued date far off in a later sentence dates another paper
            if _date_cue().search(view.text[max(start, at - 30) : at].rstrip()):
                return _date_found(view, d, _CUED)
        first = max(start, restated_start(view, dates[0])) if dates else start
        if dates and near is not None and (
                first - start > near or re.search(r"\.\s|;", view.text[start:first])):
            return None  # a date far from the warrant: an offence's or a hearing's
        return _date_found(view, dates[0], 0.7) if dates else None


_CUED = 0.85  # confidence of a date after a date cue ("dated", "del", "بتاريخ")


@cache
def _translated() -> re.Pattern[str]:
    """A translator's date cue (`word.translated`) ending the text before a date."""
    return re.compile(rf"(?<!\w)(?:{_w('word.translated')})\s?[:：]?\s?$")


@cache
def _held() -> re.Pattern[str]:
    """A court's operative formula (`word.held-as-follows`) right after a date, maybe after a
    comma ("on 6 July 2021 has held as follows")."""
    return re.compile(rf"\s?,?\s?(?:{_w('word.held-as-follows')})(?!\w)")


def _held_date(views: list[PageView], context: _Context) -> Found | None:
    """The date right before a court's operative formula: the judgment's own."""
    for view in views:
        for d in view_dates(view, context.month_first):
            if _held().match(view.text, d.end) and context.ok(view, d):
                return _date_found(view, d, 0.8)
    return None


def _authority_in(view: PageView, start: int, end: int) -> Found | None:
    """The court, judge or prosecutor named in `[start, end)` ("by the X", else a court word)."""
    text = view.text
    courts = [lab for lab in labels(view, {"court"}) if start <= lab.start < end]
    if not courts:
        return None
    a = None
    m = _by_rx().search(text, start, end)
    while m and a is None:
        # "orden de aprehensión: Tribunal ...": a label's colon stands between, no "of"; nor
        # a comma ("warrant of arrest No. 36, issued by Magistrate X": the "by" leads it)
        # nor the "of" of a compound ("orden de detención", "warrant of arrest")
        if not _stems("word.arrest-measure").match(text, m.end()) and any(
                m.end() <= c.start <= m.end() + 40
                and not re.search(r"[:,;]", text[m.end() : c.start]) for c in courts):
            a = m.end()
        else:
            m = _by_rx().search(text, m.end(), end)
    if a is None:
        a = _extend_back(view, courts[0].start, start)
    b = _authority_end(view, a, min(end, a + 140))
    a, b = trim(view, a, b)
    if b <= a or not any(a <= c.start < b for c in courts):
        return None
    a = _past_judge_name(view, a, b, courts)
    return found(view, a, b, confidence=0.8)


# A judge's title and name before the court they sit in ("Principal Magistrate A. R. NAME of
# the X Court", "el Juez Juan PÉREZ del Juzgado ..."): the court names the authority.
@cache
def _judge_named() -> re.Pattern[str]:
    """A judge's title and name, then the link to their court (`word.judge-title`,
    `word.court-link`)."""
    return re.compile(
        rf"(?:\S+\s+){{0,2}}?(?i:{_w('word.judge-title')})\s+"
        rf"(?:[A-ZÀ-Ý][\w'’.-]*\s+){{1,5}}(?:{_w('word.court-link')})\s+"
    )


def _past_judge_name(view: PageView, a: int, b: int, courts: list[Label]) -> int:
    oa, ob = view.original_span(a, b)
    raw = view.page.text
    m = _judge_named().match(raw, oa, ob)
    titles = set(words("decision-words", "word.judge-title"))
    if m is None or any(c.start < view.norm.normalized_index(m.end()) - 1 and
                        normalize_term(c.hit.text) not in titles for c in courts
                        if a <= c.start):
        return a  # "Juez del Juzgado Penal de X": a court named before the link
    na = view.norm.normalized_index(m.end())
    return na if any(na <= c.start < b for c in courts) else a


def _authority_end(view: PageView, a: int, limit: int) -> int:
    text = view.text
    pos = a
    while True:
        m = _auth_stop().search(text, pos, limit)
        if m is None:
            b = limit
            break
        if m.group().startswith(".") and _abbrev().search(text[max(a, m.start() - 4) : m.start()]):
            pos = m.end()
            continue
        b = m.start()
        break
    for d in view_dates(view):
        if a < d.start < b:
            b = d.start
    # end at the original line end when the next line starts a new block
    return b


def _extend_back(view: PageView, pos: int, floor: int) -> int:
    """Start of a court name before its court word ("Chief Magistrate's Court")."""
    raw = view.page.text
    oa, _ = view.original_span(pos, pos + 1)
    start = oa
    for _ in range(3):
        m = re.search(r"([A-Z][\w'’.-]*)[ \t]+$", raw[max(0, start - 40) : start])
        if not m:
            break
        word = m.group(1)
        if normalize_term(word) in ("the", "by", "of", "la", "le", "el", "del", "de", "at"):
            break
        start = start - len(m.group())
    idx = view.norm.normalized_index(start)
    return max(idx, floor)


@cache
def _no_cue() -> re.Pattern[str]:
    """A number label (`word.number-label`) or a case label (`word.case-label`) before a
    number cited in prose."""
    return re.compile(
        rf"(?<!\w)(?:ال)?(?:{_w('word.number-label')}|{_w('word.case-label')})\.?\s?:?\s"
    )


def _inline_prose(view: PageView, lab: Label) -> bool:
    """"Arrest warrant: decision of the X Court dated ..., No. Y": a labelled line whose
    value is a sentence citing the warrant, not a bare value; so is one that opens with its
    issuer ("ORDEN DE CAPTURA: dictada por el" and the court on the next line)."""
    value = view.text[lab.end : view.line_end(lab.end)]
    return len(value.split()) >= 6 or any(
        i.start == lab.value_start for i in labels(view, {"issued-by"}))


def _cued_number(view: PageView, start: int, end: int) -> Found | None:
    """A number after a number cue anywhere in `[start, end)` ("..., Misc. No. 2024/1185")."""
    for m in _no_cue().finditer(view.text, start, end):
        value = _number_at(view, m.end(), min(end, m.end() + 40), prefixed=True)
        if value is not None:
            return value.model_copy(update={"confidence": 0.7})
    return None


# A blank line, or a line opening a numbered paragraph ("4. By judgment dated ..."): a text
# layer may set paragraphs without a blank line between them.
_BLANK_LINE = re.compile(r"\n[ \t]*\n|\n(?=[ \t]*\d{1,2}\.[ \t]+[^\W\d_]{2})")


def _paragraph_end(view: PageView, pos: int) -> int:
    """Offset in the view of the first paragraph break after `pos` (-1: none). A blank line
    (or a numbered paragraph's line) after a line that does not end a sentence is a line break
    inside the paragraph, and so is one before a number cue ("(issued in absentia)\n\nNo.
    3-118/25 dated ...")."""
    raw, start = view.page.text, view.original_span(pos, pos + 1)[0]
    for m in _BLANK_LINE.finditer(raw, start):
        ends = re.search(r"[.;:!?)\]»\"”]\s*$|^\s*$", raw[max(start, m.start() - 3) : m.start()])
        if ends and not _no_cue().match(view.text, view.norm.normalized_index(m.end())):
            return view.norm.normalized_index(m.start())
        if m.start() - start > 400:
            break
    return -1


def _cited(views: list[PageView], month_first: bool) -> Decision | None:
    """A warrant cited in prose: "arrest warrant No. X issued on DATE by AUTHORITY"."""
    context = _Context(views, month_first)
    best: Decision | None = None
    best_score: tuple[int, bool] = (0, False)
    dated: Decision | None = None  # a cue with only its cued date: "mandato ... del 19 de ..."
    # a warrant the document says it rests on ("..., on which this notice is based") beats
    # one cited before it, however complete
    founding = any(_founding().search(view.text) for view in views)
    founded: Decision | None = None
    previous: Decision | None = None
    for view in views:
        cues = labels(view, _CITE_FIELDS)
        for i, lab in enumerate(cues):
            if lab.colon and lab.line_start and not _inline_prose(view, lab):
                continue
            end = min(len(view.text), lab.end + 260)
            nxt = next((c for c in cues[i + 1 :] if c.start > lab.end + 5
                        and c.field == "arrest-warrant"), None)
            if nxt is not None:
                if _replaced().search(view.text, lab.end, nxt.start):
                    continue  # "... was replaced ... by the arrest warrant of ...": the later
                end = min(end, nxt.start)
            para = _paragraph_end(view, lab.end)
            if para >= 0:
                end = min(end, para)
            quoted = _quote_end(view, lab)
            if quoted is not None:  # a warrant quoted whole: its text runs to the quote's end
                end = quoted
            # "... 1190/2024 بتاريخ X، ثم جُدّدت ... بمذكرة القبض رقم 211/2026": what follows a
            # replacement word is the warrant in force
            renewed = [m.end() for m in _replaced().finditer(view.text, lab.end, end)]
            a = renewed[-1] if renewed else lab.end
            # after a number label ("mandat d'arrêt n°") a register's letters may lead it
            number = _number_at(view, a, min(end, a + 40),
                                prefixed=lab.field != "arrest-warrant") \
                or _cued_number(view, a, end)
            date = (None if renewed else _date_before_bracket(view, lab, context)
                    or _opening_date(view, lab, context)) \
                or context.warrant_date(view, a, end, near=60) \
                or (_closing_quote_date(view, end, context) if quoted is not None else None)
            if date is None and lab.colon and lab.line_start:
                # a labelled line's own date after a long court name ("Orden de aprehensión:
                # Tribunal Cuarto de Control ... de Caracas, 27 de octubre de 2023.")
                date = context.warrant_date(view, lab.end, min(end, view.line_end(lab.end)))
            authority = _authority_in(view, lab.start, end)
            if date is None and authority is not None and authority.evidence is not None:
                # "Warrant No. 36, issued by the X Court, Town, on the 11th day of ...": the
                # date right after the court that issued it
                after = view.norm.normalized_index(authority.evidence.end)
                if after > lab.end:
                    date = context.warrant_date(view, after, end, near=40)
            back = _issued_before(view, lab, context)
            if back is not None:  # "the X Court, file N, issued on DATE an arrest warrant"
                # a date cued right after the cue ("mandat d'arrêt n° X en date du ...") is the
                # warrant's; one before it may be an earlier paper's ("Sur réquisitoire du ...")
                # ... and so is one cued after the cue when the date before it stands before
                # the issuing verb too ("بعد قبول لائحة الاتهام ... بتاريخ X، أصدرت المحكمة قرار
                # قبض ... بتاريخ Y": X dates the indictment)
                keep = _cued_after(number, date) or (
                    _cued_near(view, lab, date) and _before_verb(view, lab, back.date))
                date = date if keep else back.date or date
                number = number or back.number
                authority = back.authority or authority
            if not number and not (date and authority):
                if dated is None and date is not None and date.confidence >= _CUED:
                    dated = Decision(date=date)
                continue
            found_ = Decision(authority=authority, number=number, date=date)
            # a warrant's own cue beats a case number's at the same count ("Case No. B/12 ...
            # the reports filed on ..." above "issued a warrant of arrest, No. W/4, on ...")
            score = (sum(x is not None for x in (number, date, authority)),
                     lab.field != "case-number")
            if best is None or score > best_score:
                best, best_score = found_, score
            if founding and founded is None and _founding().search(
                    view.text, lab.end, _sentence_stop(view, lab.end, end)):
                # "the same court ... issued a new arrest warrant": the earlier one's court
                same = _same_authority().search(view.text, max(0, lab.start - 120), lab.start)
                founded = found_ if not (same and previous and previous.authority) \
                    else found_.model_copy(update={"authority": previous.authority})
            previous = found_
            if score[0] == 3 and not founding:
                return best
    return founded or best or dated


@cache
def _founding() -> re.Pattern[str]:
    """A clause saying the document rests on the warrant before it (`word.founding`)."""
    return re.compile(rf"(?<!\w)(?:{_w('word.founding')})(?!\w)")


@cache
def _same_authority() -> re.Pattern[str]:
    """The authority named again by reference (`word.same-authority`)."""
    return re.compile(rf"(?<!\w)(?:{_w('word.same-authority')})(?!\w)")


def _sentence_stop(view: PageView, start: int, end: int) -> int:
    """The normalised end of the sentence that runs on from `start` (at most `end`)."""
    stop = _STOP.search(view.text, start, end)
    return stop.start() if stop else end


@cache
def _replaced() -> re.Pattern[str]:
    """A replacement or renewal word (`word.replaced-by`) between two warrant cues."""
    return re.compile(rf"(?<!\w)(?:{_w('word.replaced-by')})(?!\w)")


# Where a sentence begins, looking back from a warrant cue: a stop before a capital, or a
# blank line ("sp. zn. 2Tp/41/2023" is no sentence end).
_SENTENCE_START = re.compile(r"(?:[.;!?]|\n[ \t]*\n)\s*(?=[A-ZÀ-ÝÑ«\"“(\[\u0600-\u06ff])")


def _sentence_start(view: PageView, a: int, reach: int) -> int | None:
    """Normalised start of the sentence holding original offset `a`, looking back at most
    `reach` characters (None: no start found); the full stop of an initial or a title
    ("Carmen I. LUGO", "la Hon. Jueza", `word.abbreviation`) begins none."""
    raw = view.page.text
    for m in reversed(list(_SENTENCE_START.finditer(raw, max(0, a - reach), a))):
        if raw[m.start()] == "." and _abbrev().search(
                normalize_term(raw[max(0, m.start() - 12) : m.start()])):
            continue
        return view.norm.normalized_index(m.end())
    return None


@cache
def _issuing_verb() -> re.Pattern[str]:
    """An issuing verb (`word.issuing-verb`) before a warrant cue in its sentence, maybe with
    a date or "against him" between ("dictó orden de detención", "a délivré à son encontre,
    le 20 avril 2023, un mandat d'arrêt", "أصدرت ... مذكرة توقيف"); a date's dots ("17.5.2024")
    end no sentence."""
    return re.compile(
        rf"(?<!\w)(?:{_w('word.issuing-verb')})(?!\w)(?:[^.;\n]|\.(?=\S)){{0,90}}$")


_OPEN_QUOTE = re.compile(r"[«\"“„]\s*$")
_QUOTE_MARKS = re.compile(r"[«»\"“”„]")
QUOTE_MAX = 2000  # a warrant quoted whole in a request or a report, at most


def _quote_end(view: PageView, lab: Label) -> int | None:
    """Where a quotation that opens right before a warrant cue ends (normalised offset of its
    closing mark): an extradition request or a report that quotes the warrant's operative
    part whole ('«قرار قبض غيابي رقم ... صدر القرار بتاريخ ...»', '"MANDADO DE PRISIÓN ...
    Curitiba, veintiuno de junio de ..."'). Quotations inside it ('alias "Gringo"') open and
    close within it; a straight mark opens one after a space and before a letter. None when
    no quotation opens there or it does not end."""
    raw = view.page.text
    a, _ = view.original_span(lab.start, lab.end)
    if _OPEN_QUOTE.search(raw, max(0, a - 3), a) is None:
        return None
    depth = 1
    for m in _QUOTE_MARKS.finditer(raw, a, a + QUOTE_MAX):
        pos, mark = m.start(), m.group()
        before, after = raw[pos - 1 : pos], raw[pos + 1 : pos + 2]
        opens = mark in "«„“" or (mark == '"' and (not before or before.isspace() or before in "([")
                                 and after.strip() != "")
        depth += 1 if opens else -1
        if depth == 0:
            return view.norm.normalized_index(pos)
    return None


def _closing_quote_date(view: PageView, end: int, context: _Context) -> Found | None:
    """The date closing a quoted warrant, right before the quotation's end ("Curitiba,
    veintiuno de junio de dos mil veintitrés.\""): the warrant's place and date."""
    for d in reversed(view_dates(view, context.month_first)):
        if d.end <= end:
            if re.fullmatch(r"[\s.,;)\]]*", view.text[d.end : end]) and context.ok(view, d):
                return _date_found(view, d, 0.8)
            return None
    return None


def _issued_before(view: PageView, lab: Label, context: _Context) -> Decision | None:
    """The parts of a warrant its sentence gives before the cue, when an issuing verb leads
    to the cue: "Mediante resolución de 14 de junio de 2023, el juez del Tribunal X, sp. zn.
    2Tp/41/2023, dictó orden de detención ...", "Le Tribunal X a délivré, le 20 avril 2023,
    un mandat d'arrêt": the date and the court are the warrant's."""
    verb = _issuing_verb().search(view.text, max(0, lab.start - 110), lab.start)
    if not verb:
        return None
    a, _ = view.original_span(lab.start, lab.end)
    start = _sentence_start(view, a, 300)
    start = max(0, lab.start - 300) if start is None else start
    number = _cued_number(view, start, lab.start)
    # a date between the verb and the cue is the issuing's ("... saisi par réquisitoire du 12
    # avril, le juge a décerné le 22 mai 2024 le mandat d'arrêt"); else the sentence's first
    date = _verb_date(view, verb.start(), lab.start, context) \
        or context.warrant_date(view, start, lab.start)
    authority = _authority_in(view, start, lab.start)
    if not (number or date or authority):
        return None
    return Decision(authority=authority, number=number, date=date)


def _cued_near(view: PageView, lab: Label, date: Found | None) -> bool:
    """Whether `date` is cued and follows the cue `lab` closely, in its sentence."""
    if date is None or date.confidence < _CUED or date.evidence is None:
        return False
    start = view.norm.normalized_index(date.evidence.start)
    end = view.norm.normalized_index(date.evidence.end)
    # "... dictó orden de detención contra él, y el 20 de junio dictó orden europea": a date
    # an issuing verb follows opens the next act's clause
    return 0 <= start - lab.end <= CUED_NEAR and not _stops(view, lab.end, start) \
        and _verb_word().search(view.text, end, end + 30) is None


CUED_NEAR = 60  # characters from a warrant cue to a date cued after it in its clause


def _before_verb(view: PageView, lab: Label, date: Found | None) -> bool:
    """Whether `date` is written before the issuing verb that leads to the cue `lab`."""
    verb = _issuing_verb().search(view.text, max(0, lab.start - 110), lab.start)
    if verb is None or date is None or date.evidence is None:
        return False
    return view.norm.normalized_index(date.evidence.start) < verb.start()


def _verb_date(view: PageView, start: int, cue: int, context: _Context) -> Found | None:
    """The date right after the issuing verb found from normalised `start`, with at most
    two short words between them and between the date and the cue at `cue` ("a décerné le 22
    mai 2024 le mandat d'arrêt", "emitió el 22 de enero de 2024 la orden")."""
    verb = _verb_word().match(view.text, start)
    if verb is None:
        return None
    for d in view_dates(view, context.month_first):
        if verb.end() <= d.start < cue \
                and _OPENING_DATE_HEAD.fullmatch(view.text, verb.end(), d.start) \
                and _OPENING_DATE_TAIL.fullmatch(view.text, d.end, cue):
            return _date_found(view, d, _CUED) if context.ok(view, d) else None
    return None


@cache
def _verb_word() -> re.Pattern[str]:
    """An issuing verb alone (`word.issuing-verb`)."""
    return re.compile(rf"(?<!\w)(?:{_w('word.issuing-verb')})(?!\w)")


# What may stand around a date that opens a warrant cue's sentence: up to two short words before
# it ("On", "El", "Le", "بتاريخ") and after it ("a", "se dictó", "un"), and its comma.
_OPENING_DATE_HEAD = re.compile(r"[\W_]*(?:[^\W\d_]{1,8}\s?){0,2}$")
_OPENING_DATE_TAIL = re.compile(r"\s?[,،]?\s?(?:[^\W\d_]{1,6}\s?){0,2}")


def _cued_after(number: Found | None, date: Found | None) -> bool:
    """Whether a cued date follows the warrant's number closely ("n° X en date du ...")."""
    if number is None or date is None or date.confidence < _CUED:
        return False
    if number.evidence is None or date.evidence is None:
        return False
    return 0 <= date.evidence.start - number.evidence.end <= 25


def _opening_date(view: PageView, lab: Label, context: _Context) -> Found | None:
    """The date opening the sentence of a warrant cue, a few short words from it ("On
    03/16/2023, a warrant for the arrest of X was issued", "El 5 de mayo de 2023 se dictó orden
    de captura", "Le 3 mai 2023, un mandat d'arrêt a été décerné"): the warrant's date."""
    a, _ = view.original_span(lab.start, lab.end)
    start = _sentence_start(view, a, 120)
    start = max(0, lab.start - 120) if start is None else start
    for d in view_dates(view, context.month_first):
        if start <= d.start < lab.start and _OPENING_DATE_HEAD.fullmatch(
                view.text, start, d.start) and _OPENING_DATE_TAIL.fullmatch(
                view.text, d.end, lab.start):
            return _date_found(view, d, _CUED) if context.ok(view, d) else None
    return None


def _date_before_bracket(view: PageView, lab: Label, context: _Context) -> Found | None:
    """The date written right before a number cue's opening bracket: the decision numbered
    there is of that date ("resolución del juez ... de 21.11.2023 (causa n.º 757/23)",
    "judgment of 3 May 2023 (Case No. 12/2023)")."""
    date = next((d for d in view_dates(view, context.month_first)
                 if re.fullmatch(r"\s?[(\[]\s?", view.text[d.end : lab.start])), None)
    return _date_found(view, date, _CUED) if date and context.ok(view, date) else None


def _date_found(view: PageView, date: DateHit | None, confidence: float = 0.9) -> Found | None:
    if date is None:
        return None
    return found(view, date.start, date.end, normalized=date.iso, confidence=confidence)


@cache
def _head_label() -> re.Pattern[str]:
    """The number or case labels opening a head line's reference, or a letter standing for
    one ("N 10a/2314-24", "Caso n.º 1/412-23")."""
    return re.compile(
        rf"(?:(?:{_w('word.number-label')}|{_w('word.case-label')}|[^\W\d_])(?!\w)[^\w\s]{{0,2}}\s?)+"
        r"(?=\S)"
    )


def _head_number(view: PageView) -> Found | None:
    """The reference opening the line of a document's own place and date ("N 10a/2314-24
    Tbilissi, le 22 février 2024"), without its number label; a register's letters are
    part of it ("KO. br. 1284/23")."""
    date = _own_date(view, False)
    if date is None:
        return None
    a, _ = view.original_span(date.start, date.end)
    line_from = view.norm.normalized_index(view.page.text.rfind("\n", 0, a) + 1)
    head = view.text[line_from : date.start]
    ref = _HEAD_REFERENCE.match(head)
    if ref is None or not _letter_date().fullmatch(head, ref.end()):
        return None
    s, e = line_from + ref.start("ref"), line_from + ref.end("ref")
    label = _head_label().match(view.text, s, e)
    s, e = trim(view, label.end() if label else s, e)
    return found(view, s, e, confidence=0.7) if e > s else None


@cache
def _head_label_rx() -> re.Pattern[str]:
    """A bare number label at a head line's start or after an office's name ("N° : 2214/1399",
    "Office of the Prosecutor No. 0612/PPO.VTE")."""
    return re.compile(
        rf"(?<!\w)(?:ال)?(?:{_w('word.number-label')})\.?\s?(?P<colon>[:：])?\s(?=\S{{0,8}}\d)")


def _head_labelled(view: PageView) -> Found | None:
    """A document's own reference in its header: after a "Reference:" label or a bare number
    label opening a line ("Referencia: II Kpd 41237/2023", "N° : 2214/1399"), or after a
    number label on the line of its office's name ("Office of the Prosecutor No. 0612/X")."""
    end = view.head_end(_HEADER_LINES)
    for lab in labels(view, {"reference", "file-number"}):  # "Expediente n.º: X" too
        if lab.start < end and lab.colon and lab.line_start:
            value = _number_at(view, *value_span(lab), prefixed=True)
            if value is not None and _whole(view, value):
                return value.model_copy(update={"confidence": 0.7})
    courts = labels(view, {"court"})
    case_label = _case_label_before()
    for m in _head_label_rx().finditer(view.text, 0, end):
        line_from = view.norm.normalized_index(
            view.page.text.rfind("\n", 0, view.original_span(m.start(), m.end())[0]) + 1)
        before = view.text[line_from : m.start()]
        if before.strip(" -–|:.*[]()"):
            # the office's name opening the line ("Office of the Prosecutor No. 0612/X"), not
            # a court named in a sentence ("ثبت لدى المحكمة من يومية التحري رقم 218/2024")
            offices = [c for c in courts if line_from <= c.start < m.start()
                       and len(view.text[line_from : c.start].split()) <= 4]
            line_end = view.line_end(m.end())
            others = [o for o in _head_label_rx().finditer(view.text, line_from, line_end)
                      if o.start() != m.start()]
            if others:
                # "Parquet n° X — Instruction n° Y": several references on an office's line;
                # the case's (the investigating judge's file) is the decision's, else none
                if not offices or not case_label.search(before) or any(
                        case_label.search(view.text[line_from : o.start()]) for o in others):
                    continue
            elif not any(len(view.text[c.end : m.start()].split()) <= 2 for c in offices):
                continue  # "Pursuant to the Law No. 37/NA": a law's number in a sentence
        elif m.group("colon") is None:
            continue  # "No. 44/2, Station Road": a house's number opening an address line
        value = _number_at(view, m.end(), min(view.line_end(m.end()), m.end() + 40),
                           prefixed=True)
        if value is not None and _whole(view, value):
            return value.model_copy(update={"confidence": 0.7})
    return None


@cache
def _case_label_before() -> re.Pattern[str]:
    """A case label (`word.case-label`) ending the text before a number label ("Instruction
    n°")."""
    return re.compile(rf"(?<!\w)(?:{_w('word.case-label')})\s?$")


@cache
def _title_number_rx() -> re.Pattern[str]:
    """A number label and a reference with a figure right after a warrant's title."""
    return re.compile(rf"\s?(?:{_w('word.number-label')})\.?\s?:?\s?[^\W_]*\d")


def _whole(view: PageView, value: Found) -> bool:
    """Whether a header reference is read whole: no figure right after it on its line ("الرقم:
    47/24 ٨-5": a scan mixed the directions, the part read is not the reference)."""
    assert value.evidence is not None
    e = view.norm.normalized_index(value.evidence.end)
    return not re.match(r"[ \t]*[^\s,;]*\d", view.text[e : view.line_end(e)])


def _title_number(view: PageView, lab: Label) -> bool:
    """Whether a number label follows a warrant's title opening a line ("MANDAMIENTO DE
    DETENCIÓN N.º 027/JG/2024"): the warrant's own number, before a case's."""
    return _title_number_rx().match(view.text, lab.end, lab.end + 40) is not None


def _number(views: list[PageView], own: bool = False) -> Found | None:
    """The decision's number: after its label, else (`own`: the document's own number) the
    reference opening its head date line, else after a warrant cue in prose."""
    for fields in ({"warrant-number"}, {"case-number"}):
        for view in views:  # "رقم الأساس: 2023/388 — رقم القرار: 2023/1021": the decision's
            for lab in inline_labels(view, fields):
                a, b = value_span(lab)
                value = _number_at(view, a, b, prefixed=True)
                if value:
                    return value
    for fields in ({"warrant-number"}, {"arrest-warrant"}, {"case-number"}):
        for view in views:  # "Causa n.º 118/2019", "Case No. HC 8812/2023" (no colon)
            for lab in labels(view, fields):
                if lab.line_start and not lab.colon and (
                        lab.field != "arrest-warrant" or _title_number(view, lab)):
                    value = _number_at(view, lab.end, min(len(view.text), lab.end + 30),
                                       prefixed=True)
                    if value:
                        return value.model_copy(update={"confidence": 0.8})
    if own and views and (head := _title_number_found(views[0]) or _head_number(views[0])
                          or _head_labelled(views[0])):
        return head
    for view in views:  # prose: "issues arrest warrant LMC/2023/0219", "warrant No. X"
        for lab in labels(view, {"arrest-warrant", "warrant-number"}):
            value = _number_at(view, lab.end, min(len(view.text), lab.end + 30))
            if value and not re.fullmatch(r"\d{1,2}", value.value):
                return value.model_copy(update={"confidence": 0.7})
    return None


# A decision word, then to the cue in one sentence: a dot inside an abbreviation ("N.º",
# "A.I.") goes on.
_TO_CUE = r"(?:[^.\n;]|\.(?=\S)|(?<=\b\w)\.){0,60}$"
# ... a strong cue (a warrant-date label) reaches further back, over the court's name
# ("décision du juge ... du tribunal de X (original name), rendue le ...")
_TO_STRONG_CUE = _TO_CUE.replace("{0,60}", "{0,110}")


@cache
def _signature() -> re.Pattern[str]:
    """What may stand before the date that closes a decision on its own line: a signing
    formula (`word.signed`), a place of up to three parts of up to five words each ("En el
    Distrito Nacional, capital de la República Dominicana, a los"), "today" (`word.today`) and the
    article before a date (`word.date-article`); or a place and a few words (a time of day)."""
    return re.compile(
        rf"[\W_]*(?:(?:{_w('word.signed')})\b[^\n]{{0,40}}?)?"
        # "Arequipa,", "En Bayamón, Puerto Rico, hoy", "غازي عنتاب،" (a place of up to three
        # parts, its comma maybe the Arabic one; "today")
        r"(?:[^\W\d_][\w'.-]*(?:\s[^\W\d_][\w'.-]*){0,4}\s?[,،]\s?){0,2}"
        r"(?:[^\W\d_][\w'.-]*(?:\s[^\W\d_][\w'.-]*){0,4})?\s?[,،]?\s?"
        rf"(?:{_w('word.today')})?\s?"
        rf"(?:{_w('word.date-article')})?\s?$"
        # "Place, <a few words: a time of day> DATE" ("Managua, a las diez horas del día ...")
        r"|[\W_]*[^\W\d_][\w'.-]*(?:\s[^\W\d_][\w'.-]*){0,3}\s?[,،]\s?(?:[^\W\d_]+\s){1,8}$"
    )


def _cue_date(views: list[PageView], context: _Context, fields: set[str] | frozenset[str],
              governed: bool = False, own: str | None = None) -> Found | None:
    """The date a cue governs ("judgment delivered on", "warrant ... dated"); a weak cue
    ("dated", "du", "بتاريخ"), or any cue when `governed`, only after a decision word.

    A cue opening a line ("DATED AND DELIVERED AT ...", "Date of judgment:") beats one in
    the middle of a sentence, which may cite another decision; then the first one wins.
    In a document's own text (`own`: its type), a closing formula's date may stand after a long
    place in its sentence ("Dada, firmada y sellada en la Sala de Despacho del Juzgado ...,
    a los catorce (14) días ..."); a cue right after an arrest warrant's name in a judgment
    or an indictment dates that warrant ("con orden de arresto núm. X dictada el ..."), not
    the document.
    """
    best: tuple[float, Found] | None = None
    for view in views:
        on_page = view_dates(view, context.month_first)
        for lab in labels(view, fields):
            reach = CLOSING_REACH if own is not None and lab.field == "closing-date" \
                else 90 if lab.field in DATE_CUES else 25
            date = next((d for d in on_page if lab.end <= d.start <= lab.end + reach), None)
            closing = own is not None and lab.field == "closing-date" and lab.line_start
            if date is None or not context.ok(view, date, own_line=closing):
                continue
            if date.start > lab.end + 90 and _breaks(view, lab.end, date.start):
                continue  # a closing formula's sentence ended before the date
            if own in ("judgment", "indictment") and _after_warrant(view, lab):
                continue
            if _sitting_without_court(view, lab):
                continue  # "the elections held on 12 March": an event's date, not a sitting's
            before = view.text[max(0, lab.start - 130) : lab.start]
            to_cue = _TO_CUE if lab.field == "dated" else _TO_STRONG_CUE
            if (lab.field == "dated" or governed) and not _stems("word.decision", to_cue).search(
                    before):
                continue  # "وقعت الجريمة بتاريخ": an offence's date, not the decision's
            opens = lab.line_start and not _wrapped(view, lab.start)
            weight = 0.5 if lab.field == "dated" else 1.0 if opens else 0.9
            if best is None or weight > best[0]:
                best = (weight, _date_found(view, date, 0.9 * weight))  # type: ignore[assignment]
    return best[1] if best is not None else None


_WRAPPED = re.compile(r"[a-zà-ÿ,]$")


def _wrapped(view: PageView, start: int) -> bool:
    """Whether the line holding normalised `start` goes on from a sentence the line above
    left open (it ends with a small letter or a comma: "... and the warrant earlier" /
    "issued on 10.10.2023 was returned unexecuted"): a cue there opens no line of its own."""
    raw = view.page.text
    a, _ = view.original_span(start, start + 1)
    line_from = raw.rfind("\n", 0, a) + 1
    above = raw[raw.rfind("\n", 0, max(0, line_from - 1)) + 1 : max(0, line_from - 1)]
    return line_from > 0 and _WRAPPED.search(above.rstrip()) is not None


def _sitting_without_court(view: PageView, lab: Label) -> bool:
    """Whether a sitting cue ("held on", "sitting on": `word.sitting-cue`) has no court named
    before it in its sentence: then it dates a meeting or an election, not a court's sitting."""
    if normalize_term(view.text[lab.start : lab.end]) not in words("decision-words",
                                                                   "word.sitting-cue"):
        return False
    return not any(
        c.end <= lab.start and lab.start - c.end <= 130 and not _breaks(view, c.end, lab.start)
        for c in labels(view, {"court"})
    )


def _after_warrant(view: PageView, lab: Label) -> bool:
    """Whether a date cue follows an arrest warrant's name in its sentence ("orden de arresto
    núm. 00411-2023 dictada el", "a warrant of arrest issued on"), or its number label
    ("Mandat d'arrêt n° 77/23 délivré le"): it dates that warrant."""
    warrants = [w for w in labels(view, {"arrest-warrant", "warrant-number"})
                if w.field == "arrest-warrant" or _stems("word.warrant").search(
                    view.text, w.start, w.end)]
    return any(
        w.end <= lab.start and lab.start - w.end <= 80
        and not _breaks(view, w.end, lab.start) for w in warrants
    )


def _breaks(view: PageView, start: int, end: int) -> bool:
    """Whether a sentence ends between normalised `start` and `end` (read on the stored text,
    up to the first letter at `end`)."""
    a, _ = view.original_span(start, start + 1)
    b, _ = view.original_span(end, end + 1)
    return _SENTENCE_BREAK.search(view.page.text, a, b + 1) is not None


def _date(views: list[PageView], doc_type: str | None, month_first: bool) -> Found | None:
    """The date a cue governs, else (for a warrant, indictment or judgment) its own date
    line, header date or signature, else the date a weak cue governs.

    A wrong date costs more than none: no date is returned without such a cue or a
    signature line ("Arequipa, 20 de marzo de 2023."), and never one the context rules out.
    A weak cue in a document's own text mostly cites another paper ("Vu le réquisitoire
    du ..."), so there it ranks below the document's own dated lines.
    """
    own = doc_type in ("arrest-warrant", "judgment", "indictment")
    context = _Context(views, month_first, letter=not own)
    # a citing document's own closing formula ("Dont acte, clos et signé à Lyon, le ...")
    # dates that document, not the warrant it cites
    cued = _cue_date(views, context, DATE_CUES, own=doc_type) if own \
        else _cue_date(views, context, {"warrant-date", "dated"})
    if doc_type == "arrest-warrant":
        cued = cued or _issued_by_date(views, context)
    if own and cued is not None and cued.confidence < _LINE_CUED and views:
        title = _title_date(views, context)
        if title is not None:
            return title
        # a cue inside a sentence ("Que por auto de fecha 4 de marzo de 2022 se dispuso ...")
        # cites an earlier paper: the place-and-date line at the head is the document's own
        head = _header_date(views, context)
        if head is not None and head.normalized and cued.normalized \
                and head.normalized > cued.normalized and _above(head, cued):
            return head
        # ... and so is a later "Fecha: ..." line or signed closing line of its own, wherever
        # it stands (a European arrest warrant dates itself in its last section, under the
        # decision it rests on; "Roma, 9 de diciembre de 2024" closes an indictment)
        line = _dated_line(views, context) or _signature_date(views, context)
        if line is not None and line.normalized and cued.normalized \
                and line.normalized > cued.normalized and _closes_line(views, line):
            return line
    if cued is not None or not own or not views:
        return cued
    return _title_date(views, context) or _held_date(views, context) \
        or _sitting_date(views, context) or _reference_date(views, context) \
        or _dated_line(views, context) or _header_date(views, context) \
        or ((signed := _court_signed(views, context)) and signed[0]) \
        or _signature_date(views, context) or _cue_date(views, context, {"dated"})


@cache
def _title_line() -> re.Pattern[str]:
    """A decision's title up to its date, opening a line: a decision word and up to three
    words, its number (maybe with a register's letters after it), a date cue ("JUGEMENT
    CORRECTIONNEL N° 512 DU ", "JUDGMENT No. 14/2023 of ", `word.decision`,
    `word.number-label`, `word.date-cue`)."""
    return re.compile(
        rf"[\W_]*(?i:{_w('word.decision')})[^\W\d_]*(?:\s[^\W\d_][\w'’-]*){{0,3}}\s?"
        rf"(?i:{_w('word.number-label')})\.?\s?[:：]?\s?(?P<number>[^\W_]*\d[\w/.-]*?)"
        r"(?:\s?[«\"“(]\s?[^\W\d_]{1,4}\s?[»\"”)])?"  # a register's letters: "N° 412 « Kr »"
        rf"\s?[,–-]?\s?(?i:{_w('word.date-cue')})\s?$"
    )


def _titled(view: PageView, month_first: bool) -> tuple[re.Match[str], DateHit] | None:
    """A decision's own title line in the page's header with its number and date
    ("JUGEMENT CORRECTIONNEL N° 512 DU 19 DÉCEMBRE 2024"), and its date."""
    end = view.head_end(_HEADER_LINES)
    for d in view_dates(view, month_first):
        if d.start >= end:
            break
        a, _ = view.original_span(d.start, d.end)
        line_from = view.norm.normalized_index(view.page.text.rfind("\n", 0, a) + 1)
        m = _title_line().fullmatch(view.text, line_from, d.start)
        if m is not None:
            return m, d
    return None


def _title_date(views: list[PageView], context: _Context) -> Found | None:
    """The date on a decision's own title line: the document's date, whatever a sentence
    dates later (a copy's delivery, "expédition délivrée le ...")."""
    titled = _titled(views[0], context.month_first) if views else None
    if titled is None or not context.ok(views[0], titled[1]):
        return None
    return _date_found(views[0], titled[1], _LINE_CUED)


def _title_number_found(view: PageView) -> Found | None:
    """The number on a decision's own title line ("JUGEMENT CORRECTIONNEL N° 512 DU ...")."""
    titled = _titled(view, False)
    if titled is None:
        return None
    s, e = titled[0].span("number")
    return found(view, s, e, confidence=0.8)


_LINE_CUED = 0.85  # below it, a date cue stood inside a sentence (see `_cue_date`)
SIGNATURE_TAIL = 400  # characters after a signature date: signatures, approval, certification


@cache
def _sitting_lead() -> re.Pattern[str]:
    """What may open a line before a sitting's date: an article or preposition
    (`word.letter-date-article`, "في", "on") and a weekday ("في يوم الأربعاء", "On Monday")."""
    return re.compile(
        rf"[\W_]*(?:(?:{_w('word.letter-date-article')})\s?)?(?:{_weekday()}\s?,?\s?)?")


SITTING_REACH = 100  # the court and its sitting follow the opening date in its sentence


def _sitting_date(views: list[PageView], context: _Context) -> Found | None:
    """The date opening a line at a ruling's head when a court and its sitting follow it in
    its sentence ("في يوم الأربعاء 27 تشرين الثاني 2024 عقدت محكمة X جلسة مغلقة", "On
    Wednesday 27 November 2024 the X Court held a closed sitting"): the day the court sat
    and ruled, not the earlier petition it heard."""
    if not views:
        return None
    view = views[0]
    # whole Latin words ("session", not the end of "possession"); an Arabic one may bear a
    # preposition written onto it ("بجلسة")
    sitting = re.compile(rf"(?<![a-zà-ÿ])(?:{_w('word.court-sitting')})(?![a-zà-ÿ])")
    for d in view_dates(view, context.month_first):
        if d.start >= view.head_end(_HEADER_LINES, blank=False):
            break
        a, _ = view.original_span(d.start, d.end)
        line_from = view.norm.normalized_index(view.page.text.rfind("\n", 0, a) + 1)
        if not _sitting_lead().fullmatch(view.text[line_from : d.start]):
            continue
        reach = d.end + SITTING_REACH
        courts = [c for c in labels(view, {"court"}) if d.end <= c.start < reach]
        if not courts or _breaks(view, d.end, courts[0].start):
            continue
        m = sitting.search(view.text, courts[0].start, reach)
        if m and not _breaks(view, d.end, m.start()) and context.ok(view, d, own_line=True):
            return _date_found(view, d, 0.75)
    return None


def _closes_line(views: list[PageView], date: Found) -> bool:
    """Whether `date` ends its line ("Fecha: 18 de octubre de 2024", "Roma, 9 de diciembre de
    2024"), as a paper's own date line does; a note's date goes on ("Registrar's note,
    02/03/2026: the convict ...")."""
    ev = date.evidence
    raw = next((v.page.text for v in views if ev is not None and v.page.number == ev.page), None)
    if raw is None or ev is None:
        return False
    nl = raw.find("\n", ev.end)
    return not raw[ev.end : nl if nl >= 0 else len(raw)].strip(" .\t")


def _above(a: Found, b: Found) -> bool:
    """Whether `a` is written before `b` (page, then offset)."""
    if a.evidence is None or b.evidence is None:
        return False
    return (a.evidence.page, a.evidence.start) < (b.evidence.page, b.evidence.start)


def _court_signed(views: list[PageView], context: _Context) -> tuple[Found, Found] | None:
    """A date alone on its line with the court's name on the line right under it, as a
    warrant is signed ("April 2, Reiwa 6 (2024)" / "Tokyo Summary Court" / "Judge X"): the
    decision's date and its authority, wherever notes follow the signature."""
    for view in views:
        raw = view.page.text
        for d in view_dates(view, context.month_first):
            a, b = view.original_span(d.start, d.end)
            line_from = raw.rfind("\n", 0, a) + 1
            nl = raw.find("\n", b)
            if nl < 0 or raw[b:nl].strip(" .,\t") or raw[line_from:a].strip():
                continue
            nxt = raw.find("\n", nl + 1)
            line = raw[nl + 1 : nxt if nxt >= 0 else len(raw)]
            if not 0 < len(line.split()) <= 8 or re.search(r"\d|[:;]", line):
                continue  # a court's name, not a sentence or a label
            na = view.norm.normalized_index(nl + 1 + len(line) - len(line.lstrip()))
            nb = view.line_end(na)
            if not any(na <= c.start < nb for c in labels(view, {"court"})):
                continue
            if not context.ok(view, d):
                continue
            s, e = trim(view, na, nb)
            date = _date_found(view, d, 0.6)
            if e > s and date is not None:
                return date, found(view, s, e, confidence=0.7)
    return None


def _judges_line(line: str) -> bool:
    """Whether a line is the judges' signature line, opening with a title ("Presiding Judge
    WANG Jie   Judges CHEN Lu, HE Ping", `word.judge-title`): the date under it is signed."""
    return re.match(rf"[\W_]*(?:\w+\s)?(?:{_w('word.judge-title')})s?(?!\w)",
                    normalize_term(line)) is not None


@cache
def _translation_line() -> re.Pattern[str]:
    """A translator's note opening a line (`word.translation-line`)."""
    return re.compile(rf"[\W_]*(?:{_w('word.translation-line')})(?!\w)")


def _signature_date(views: list[PageView], context: _Context) -> Found | None:
    """The document's date on its signature line ("Arequipa, 20 de marzo de 2023."): the last
    date on a line of its own near the end (a note under the signatures may cite a later one,
    "The accused left the country on 2 September 2025")."""
    for view in reversed(views):
        on_page = view_dates(view, context.month_first)
        if not on_page:
            continue
        raw = view.page.text
        for last in reversed(on_page):
            a, b = view.original_span(last.start, last.end)
            tail = raw[b:].strip(" .\t\n")
            if len(tail) >= SIGNATURE_TAIL:
                return None
            line_from = raw.rfind("\n", 0, a) + 1
            # "صدر ... في 15 رجب 1446هـ الموافق 15 يناير 2025م": the Hijri date is the same one
            before = view.text[view.norm.normalized_index(line_from) : restated_start(view, last)]
            above = raw[:line_from].rstrip()
            # a line of its own: the text above ends a sentence or a block ("CONTRARY TO
            # LAW."), not a sentence going on ("... y dejó de presentarse el 4 de mayo de 2023")
            opens = not above or above[-1] in ".:;!?)]»\"”" or raw[:line_from].endswith("\n\n") \
                or _judges_line(above[above.rfind("\n") + 1 :])
            if _translation_line().match(before):
                continue  # "Traducción conforme al original, Roma, 20 de enero de 2025"
            if context.ok(view, last) and _signature().fullmatch(before) and opens:
                return _date_found(view, last, 0.5)
        return None
    return None


@cache
def _date_key() -> re.Pattern[str]:
    """A date label (`word.date-label`, `word.dated`; an Arabic one maybe with "ب" written
    onto it) and its colon, maybe a Hijri date and the word before its Gregorian one
    (`word.corresponding`) or its bracket: "Date: 3 May 2023", "التاريخ: ١٢ شعبان ١٤٤٥هـ الموافق
    ٢٢ فبراير ٢٠٢٤م", "Date: Tikimt 28, 2016 E.C. (8 November 2023)"."""
    return re.compile(
        rf"(?:{_w('word.date-label', 'latin')}|{_w('word.dated')}"
        rf"|ب?(?:{_w('word.date-label', 'arabic')}))\s?[:：]\s?"
        rf"(?:[^:：\n]{{0,30}}?\s(?:[(\[]?(?:{_w('word.corresponding')})|[(\[])\s?)?"
        rf"(?:(?:{_w('word.letter-date-article')})\s?)?$"  # "Date et lieu : le 4 mars 2024"
    )


@cache
def _reference_rx() -> re.Pattern[str]:
    """A decision's reference ending right before a date: a decision word (`word.decision`),
    its number label and number, then a date cue (`word.date-cue`) or only a comma or a dash:
    "Sentencia No. 214/2021 de", "Order No. 12/2019 of", "قرار رقم 45/2023 بتاريخ", "Arrest
    Warrant No. 211/2023, ", "Mandat d'arrêt n° 2023/1462 - "."""
    return re.compile(
        rf"(?<![^\W\d_])(?:{_w('word.decision')})[^\W\d_]*\s?(?:{_w('word.number-label')})\.?\s?[:：]?\s?"
        rf"[^\W_][\w/.-]*\d[\w/.-]*\s?(?:,?\s?(?:{_w('word.date-cue')})|[,،]|[-–—])\s?$"
    )


def _reference_date(views: list[PageView], context: _Context) -> Found | None:
    """The date of the document's own reference in its header ("Sentencia No. 214/2021 de 30
    de julio de 2021 -- Causa No. 87/2021")."""
    view = views[0]
    end = view.head_end(_HEADER_LINES, blank=False)
    for d in view_dates(view, context.month_first):
        if d.start >= end:
            break
        if _reference_rx().search(view.text, max(0, d.start - 80), d.start) \
                and context.ok(view, d):
            return _date_found(view, d, 0.7)
    return None


_CELL_GAP = re.compile(r" {3,}|\t+")  # a column gap between a line's cells


@cache
def _numbered_key() -> re.Pattern[str]:
    """A number label and its number (`word.number-label`: "No. 287514 "), then what follows:
    a "Date:" key after it is a cell of its own."""
    return re.compile(
        rf"(?<![^\W\d_])(?:{_w('word.number-label')})\.?\s?[:：]?\s?[^\s:]*\d[^\s:]*\s?[-–|,;]?\s?")


def _dated_line(views: list[PageView], context: _Context) -> Found | None:
    """A document's own "Date: 22 September 2023" line, or a "Date:" cell on a line of its
    own ("Charge-sheet No.: 58/2022   Date: 29.07.2022")."""
    number_lines = set()
    for view in views:
        for lab in block_labels(view, {"warrant-number"}):
            number_lines.add((view.page.number, view.line_end(lab.start)))
    cell_date: Found | None = None
    for view in views:
        raw = view.page.text
        for d in view_dates(view, context.month_first):
            a, _ = view.original_span(d.start, d.end)
            line_from = view.norm.normalized_index(raw.rfind("\n", 0, a) + 1)
            before = view.text[line_from : d.start]
            if not _date_key().search(before) or not context.ok(view, d):
                continue
            if _date_key().fullmatch(before.strip()):
                return _date_found(view, d, 0.75)
            if (view.page.number, view.line_end(d.start)) in number_lines:
                return _date_found(view, d, 0.75)
            # "Criminal File No. 287514      Date: ...": a "Date:" cell of its own on the line,
            # or right after a number (OCR may close the gap); the document's own number's
            # line, where one is labelled, goes first ("F.I.R. No.: 0099   Date: ..." above
            # "Charge-sheet No.: 12/2021   Date: ...")
            cell = _CELL_GAP.split(raw[raw.rfind("\n", 0, a) + 1 : a])[-1]
            numbered = _numbered_key().search(before)
            if cell_date is None and not number_lines and (_date_key().fullmatch(
                    view.text[view.norm.normalized_index(a - len(cell)) : d.start].strip())
                    or (numbered and _date_key().fullmatch(before[numbered.end() :].strip()))):
                cell_date = _date_found(view, d, 0.75)
    for view in views:
        for d in view_dates(view, context.month_first):
            if _dated_opening(view, d) and context.ok(view, d):
                return _date_found(view, d, 0.7)
    return cell_date


@cache
def _dated_rx() -> re.Pattern[str]:
    """"Dated" (`word.dated`) and maybe an article (`word.date-article`) before a date."""
    return re.compile(rf"(?:{_w('word.dated')})\s?(?:(?:{_w('word.date-article')})\s?)?")


def _dated_opening(view: PageView, d: DateHit) -> bool:
    """Whether `d` fills a line of its own after "Dated" with no colon ("Dated the 6th day of
    October 2023."), the line a charging document or a judgment is dated on."""
    raw = view.page.text
    a, b = view.original_span(d.start, d.end)
    line_from = raw.rfind("\n", 0, a) + 1
    nl = raw.find("\n", b)
    if raw[b : nl if nl >= 0 else len(raw)].strip(" .\t"):
        return False
    before = view.text[view.norm.normalized_index(line_from) : d.start]
    return _dated_rx().fullmatch(before.strip()) is not None


def _header_date(views: list[PageView], context: _Context) -> Found | None:
    """The place-and-date line at the head of a warrant or judgment ("En Madrid, a 15 de
    enero de 2024.", "City of Yekaterinburg, 27 October 2022")."""
    date = _own_date(views[0], context.month_first)
    if date is None or not context.ok(views[0], date, own_line=True):
        return None
    return _date_found(views[0], date, 0.6)


@cache
def _authority_lead() -> re.Pattern[str]:
    """An article opening the value after "issued by" (`word.authority-lead`)."""
    articles = "|".join(
        re.escape(t) + ("" if t.endswith("'") else " ")
        for t in words("decision-words", "word.authority-lead")
    )
    return re.compile(f"(?:{articles})?")


@cache
def _court_line_skip() -> re.Pattern[str]:
    """What opens a court's line before its name: OCR noise (one or two letters that are no
    word, `word.court-line-short`) and "in the" (`word.court-line-lead`)."""
    return re.compile(
        rf"[\W\d_]*(?:(?!(?:{_w('word.court-line-short')})\s)[^\W\d_]{{1,2}}\s[\W\d_]*)?"
        rf"(?:(?:{_w('word.court-line-lead')}) )?"
    )


def _issued_by_span(view: PageView, lab: Label) -> tuple[int, int]:
    """The authority after an "issued by" in running text: to the end of its name, not of
    its line ("issued by the X Court at Mombasa on 3rd March 2023 against ...")."""
    return trim(view, lab.end, _authority_end(view, lab.end, view.line_end(lab.end)))


def _issued_by_date(views: list[PageView], context: _Context) -> Found | None:
    """A warrant's date right after its authority in its own text: "Warrant of arrest
    issued by the X Court on 3rd March 2023" (a date cue or nothing between)."""
    for view in views:
        for lab in labels(view, {"issued-by"}):
            if lab.colon:
                continue
            _, b = _issued_by_span(view, lab)
            if not any(lab.end <= c.start < b for c in labels(view, {"court"})):
                continue
            date = context.warrant_date(view, b, view.line_end(b), near=25)
            if date is not None:
                return date
    return None


def _authority(views: list[PageView], month_first: bool = False) -> Found | None:
    """The issuing authority: after "issued by", else a court line at the head, else the
    court named under a date line that signs the document (dates read as `month_first`)."""
    for view in views:  # "issued by the Regional Court of ..."
        for lab in labels(view, {"issued-by"}):
            a, b = value_span(lab) if lab.colon else _issued_by_span(view, lab)
            stop = view.text.find("(", a, b)
            a, b = trim(view, a, stop if stop >= 0 else b)
            a += len(_authority_lead().match(view.text, a, b).group())
            if not any(a <= c.start < b for c in labels(view, {"court"})):
                continue  # "issued by NCB Nairobi", "REPUBLIC OF KENYA": no court named
            if b > a:
                return found(view, a, b, confidence=0.8)
    if not views:
        return None
    view = views[0]
    raw = view.page.text
    end = view.head_end(_HEADER_LINES)
    bare: Found | None = None  # a line that is the authority word alone
    for lab in labels(view, {"court"}):
        if lab.start >= end:
            break
        a_orig, _ = view.original_span(lab.start, lab.start + 1)
        line_from = raw.rfind("\n", 0, a_orig) + 1
        a = view.norm.normalized_index(line_from)
        b = view.line_end(lab.start)
        line = view.text[a:b]
        if any(w in line for w in _NOT_COURT):
            continue
        skip = _court_line_skip().match(line)
        a += skip.end() if skip else 0
        # "TRIBUNAL SUPERIOR DE X (VIŠI SUD U X)": the name in the original language after it
        bracket = re.search(r"\s[()]", view.text[lab.end : b])
        if bracket:
            b = lab.end + bracket.start()
        a, b = trim(view, a, b)
        if b > a and (lab.start, lab.end) == (a, b):
            bare = bare or found(view, a, b, confidence=0.75)
            continue  # "MINISTÈRE PUBLIC" then "PARQUET RÉGIONAL DE BISSAU": the named office
        if b > a:
            return found(view, a, b, confidence=0.75)
    if bare is not None:
        return bare
    signed = _court_signed(views, _Context(views, month_first, letter=False))
    return signed[1] if signed else None


_AFTER_ABSENTIA = re.compile(r"[\s,،]*")


def _judgment_in(view: PageView, a: int, b: int) -> bool:
    """A judgment word (`word.judgment`) in `[a, b)`, court names left out: the stem "حكم"
    is in "المحكمة" (the court), which judges nothing by itself."""
    text = list(view.text[a:b])
    for c in labels(view, {"court"}):
        for i in range(max(c.start, a), min(c.end, b)):
            text[i - a] = " "
    return bool(_stems("word.judgment").search("".join(text)))


def _in_absentia(views: list[PageView], doc_type: str | None = None) -> Found | None:
    """A judgment rendered in the subject's absence. Not a warrant or a pretrial detention
    ordered in absentia ("prisión provisional en ausencia", "حبسه احتياطياً في غيابه"), and
    in a warrant or an indictment (a trial in absentia proposed) only with a judgment word
    nearby."""
    for view in views:
        for lab in labels(view, {"in-absentia", "in-absentia-weak"}):
            before = view.text[max(0, lab.start - 12) : lab.start]
            if _negation_rx().search(before) or _stems("word.absence-of-thing", r"\b").match(
                    view.text, lab.end + 1):
                continue  # "en ausencia de tratado": a thing is absent, not the accused
            window = view.text[max(0, lab.start - 60) : lab.start]
            warrant_only = (_stems("word.warrant").search(window) or _stems(
                "word.arrest-measure").search(window)) and not _judgment_in(
                view, max(0, lab.start - 60), lab.start)
            if _stems("word.issued", r"\s*$").search(before) or warrant_only:
                continue  # "mandat d'arrêt par défaut", "warrant issued in absentia": no trial
            if _stems("word.arrest-measure").match(
                view.text, _AFTER_ABSENTIA.match(view.text, lab.end).end()
            ):
                continue  # "a ordonné, par contumace, l'arrestation de": a warrant, no trial
            weak = lab.field == "in-absentia-weak" or doc_type in ("arrest-warrant", "indictment")
            if weak and not _judgment_in(view, max(0, lab.start - 100), lab.end + 100):
                continue
            return found(view, lab.start, lab.end, normalized="true",
                         confidence=0.9 if lab.field == "in-absentia" else 0.6)
    return None


@cache
def _numbered_decision() -> re.Pattern[str]:
    """A decision word, its number and a date cue ending the text before a date: "Auto
    47/2023 de", "Order No. 45/2021 of", "ordonnance n° 12/2023 du", "القرار رقم 45/2021
    بتاريخ" (`word.decision`, `word.number-label`, `word.date-cue`)."""
    return re.compile(
        rf"(?<!\w)(?:{_w('word.decision')})\w*\s?(?:(?:{_w('word.number-label')})\.?\s?)?"
        rf"[\w./-]*\d[\w./-]*\s?,?\s?(?:{_w('word.date-cue')})\s?$")


def _numbered_decision_date(views: list[PageView], context: _Context) -> Found | None:
    """The date written right after a decision's number ("Auto 47/2023 de 6.6.2023 del
    Tribunal ...", "Order 45/2021 of 3.5.2021"): the first such decision the notice cites."""
    for view in views:
        for d in view_dates(view, context.month_first):
            if _numbered_decision().search(view.text, max(0, d.start - 60), d.start) \
                    and context.ok(view, d):
                return _date_found(view, d, 0.7)
    return None


_LABEL_LEAD = re.compile(r"\s*[:\-–—]\s*$")


def _court_decision_date(views: list[PageView], context: _Context) -> Found | None:
    """The date closing the sentence of a court a decision label heads ("Orden: Tribunal
    Primero de Control ..., Caracas, de 3 de agosto de 2024"), a date cue ("de", "du", "of")
    right before it: the notice names the deciding court and dates its decision."""
    for view in views:
        on_page = view_dates(view, context.month_first)
        for court in labels(view, {"court"}):
            a, _ = view.original_span(court.start, court.start + 1)
            lead = view.page.text[view.page.text.rfind("\n", 0, a) + 1 : a]
            head = normalize_term(lead).strip().rstrip(":-–— ").strip()
            if not _LABEL_LEAD.search(lead) or _stems("word.decision").fullmatch(head) is None:
                continue
            for d in on_page:
                if not court.end <= d.start <= court.end + CLOSING_REACH \
                        or _breaks(view, court.end, d.start):
                    continue
                if _date_cue().search(view.text[max(court.end, d.start - 30) : d.start].rstrip()) \
                        and context.ok(view, d):
                    return _date_found(view, d, 0.7)
                break  # the first date in the court's sentence is another's
    return None


def _dated(decision: Decision, views: list[PageView], month_first: bool) -> Decision:
    """A notice's decision without a date: the date a cue governs after a decision word
    ("Orden de detención: dispuesta el ...", "الحكم: حكمت المحكمة ... بتاريخ ..."), else the
    date right after a decision's number ("Auto 47/2023 de 6.6.2023")."""
    if decision.date is not None:
        return decision
    context = _Context(views, month_first)
    date = _cue_date(views, context, {"warrant-date", "dated"}, governed=True) \
        or _numbered_decision_date(views, context) or _court_decision_date(views, context)
    return decision.model_copy(update={"date": date}) if date is not None else decision


def read_decision(
    views: list[PageView], doc_type: str | None, month_first: bool = False
) -> Decision:
    """The warrant or judgment the document is, or (for a notice) the one it cites."""
    in_absentia = _in_absentia(views, doc_type)
    own = doc_type in ("arrest-warrant", "judgment", "indictment")
    cited = _from_notice_block(views) if doc_type in (*NOTICE_TYPES, None) else None
    prose = None if own else _cited(views, month_first)
    if cited is not None:
        if prose is not None:  # fill what the block leaves out from the prose citation
            cited = cited.model_copy(update={
                k: getattr(prose, k) for k in ("authority", "number", "date")
                if getattr(cited, k) is None and getattr(prose, k) is not None})
        return _dated(cited, views, month_first).model_copy(update={"in_absentia": in_absentia})
    if doc_type in NOTICE_TYPES:
        if prose is not None:
            number = prose.number or _number(views)
            return _dated(prose, views, month_first).model_copy(
                update={"number": number, "in_absentia": in_absentia})
        return _dated(Decision(number=_number(views), in_absentia=in_absentia), views,
                      month_first)
    if prose is not None and (prose.number or prose.authority):
        return Decision(
            authority=prose.authority or _authority(views, month_first),
            number=prose.number or _number(views),
            date=prose.date or _date(views, doc_type, month_first),
            in_absentia=in_absentia,
        )
    return Decision(
        authority=_authority(views, month_first),
        number=_number(views, own),
        date=_date(views, doc_type, month_first) or (prose.date if prose is not None else None),
        in_absentia=in_absentia,
    )
