"""Dates: found by the `date.*` patterns of `lexicons/patterns.yaml`, parsed to ISO 8601.

Candidates come from patterns (searching whole pages with a date parser is
about 30 times too slow); each candidate is then parsed: numeric forms
directly (day first, or month first for countries that write it so); a plain
day, named month and year from the `months` lexicon; other named-month dates
with `dateparser`, falling back to the `months` lexicon for the regional names
it does not know (Maghrebi غشت, Levantine تشرين الأول ...).
OCR misreadings the patterns let through are read back as digits first: l and i
as 1 and o as 0 next to a digit ("1l.O3.2019"), a day split in two ("1 1.03.2019").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache

from pipeline.lexicons.loader import load_lexicon
from pipeline.lexicons.words import alternation, word_alternation, words
from pipeline.text.normalize import normalize, normalize_term
from pipeline.understand.pageview import Hit, PageView

# Countries whose documents write numeric dates month first.
MONTH_FIRST_COUNTRIES = frozenset({"US", "PH", "FM", "MH", "PW"})
_NUMBERS = re.compile(r"\d+")
# A run of digits with OCR look-alike letters in it ("1l", "2O23", "o6"); a trailing "o"
# after digits alone is an ordinal ("1o de mayo"), not a zero.
_OCR_RUN = re.compile(r"(?<![^\W\d_])(?=[lio]*\d)[\dlio]*\d[\dlio]*(?![^\W\d_])", re.I)
_OCR_DIGITS = str.maketrans("lioLIO", "110110")
_SPLIT_DAY = re.compile(r"^(\d) (\d)(?=\s?[./-])")
_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii")
_ROMAN_MONTH = re.compile(
    r"(?:(?P<y1>\d{4})\.\s?(?P<month>[ivx]{1,4})\.\s?(?P<d1>\d{1,2})\.?"
    r"|(?P<d2>\d{1,2})\.\s?(?P<m2>[ivx]{1,4})\.\s?(?P<y2>\d{4}))"
)
_BRACKETED_YEAR = re.compile(r"\(\s?((?:19|20)\d{2})\s?\)")


# "1 1th day of September 2024": an ordinal day OCR split in two (the suffix tells it is one)
@cache
def _split_ordinal() -> re.Pattern[str]:
    """Two figures split by a space before an ordinal suffix (`decision-words`
    `word.ordinal-suffix`, or "º", "°"), at the start of the text."""
    suffix = word_alternation("decision-words", "word.ordinal-suffix")
    return re.compile(rf"^(\d) (\d)(?=(?:{suffix}|º|°)(?![^\W\d_]))")


@dataclass(frozen=True)
class DateHit:
    """A date on a page: normalised offsets, the ISO value and the pattern that found it."""

    start: int
    end: int
    iso: str
    hit: Hit


@cache
def _month_terms() -> tuple[tuple[str, int], ...]:
    pairs = {
        (normalize_term(term), int(entry.code or 0))
        for entry, _lang, term in load_lexicon("months").iter_terms()
    }
    return tuple(sorted(pairs, key=lambda p: (-len(p[0]), p[0])))  # longest first, then a-z


def _valid(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _ocr_digits(text: str) -> str:
    """Digits OCR read as letters, back as digits ("1l.O3.2O19" → "11.03.2019")."""
    def fix(m: re.Match[str]) -> str:
        run = m.group()
        if re.fullmatch(r"\d+[oO]", run):
            return run
        return run.translate(_OCR_DIGITS)

    return _OCR_RUN.sub(fix, text)


def _numeric(text: str, month_first: bool) -> str | None:
    split = _SPLIT_DAY.match(text)
    if split:  # "1 1.03.2019": the day OCR split in two, else a stray figure before it
        return _numeric(split.expand(r"\1\2") + text[split.end():], month_first) \
            or _numeric(text[split.start(2):], month_first)
    numbers = [int(n) for n in _NUMBERS.findall(text)]
    if len(numbers) != 3:
        return None
    if numbers[0] > 31:  # year first
        return _valid(numbers[0], numbers[1], numbers[2])
    a, b, year = numbers
    first = (b, a) if month_first else (a, b)
    return _valid(year, first[1], first[0]) or _valid(year, first[0], first[1])


def _named_month(normalized: str) -> str | None:
    for term, month in _month_terms():
        if re.search(rf"(?<!\w){re.escape(term)}(?!\w)", normalized):
            numbers = [int(n) for n in _NUMBERS.findall(normalized)]
            # a year in brackets is the Gregorian one after a national era's ("B.E. 2566
            # (2023)", "Reiwa 6 (2024)") or the figures of a year in words
            years = [int(y) for y in _BRACKETED_YEAR.findall(normalized)] + [
                n for n in numbers if n >= 1000]
            days = [n for n in numbers if n < 100]
            if years and days:
                return _valid(years[0], month, days[0])
    return None


_PARTS = re.compile(r"\d+|[^\W\d_]+")


@cache
def _connectors() -> frozenset[str]:
    """The small words of a plain named-month date and the letters of an ordinal day
    (`decision-words` `word.date-connector`, `word.ordinal-suffix`)."""
    return frozenset(words("decision-words", "word.date-connector")) | frozenset(
        words("decision-words", "word.ordinal-suffix"))


def _plain_named(normalized: str) -> str | None:
    """A date made of a day, a named month, a year and nothing else but small connecting
    words ("14 march 2023", "march 14, 2023", "le 1er mai 2023", "12 de mayo de 2023",
    "12 من شهر مارس 2023م"), read from the months lexicon: what the date parser reads, or
    where it reads nothing, the months fallback after it. Loading the parser's data for a
    language costs about 0.4 s, most of a one-file run's date reading, so it is left for the
    dates that hold anything else."""
    for term, month in _month_terms():
        m = re.search(rf"(?<!\w){re.escape(term)}(?!\w)", normalized)
        if m is None:
            continue
        parts = _PARTS.findall(f"{normalized[: m.start()]} {normalized[m.end():]}")
        figures = [p for p in parts if p.isdigit()]
        days = [int(f) for f in figures if len(f) <= 2]
        years = [int(f) for f in figures if len(f) == 4]
        others = [p for p in parts if not p.isdigit()]
        if len(days) != 1 or len(years) != 1 or len(figures) != 2:
            return None
        if any(p not in _connectors() for p in others):
            return None
        return _valid(years[0], month, days[0])
    return None


@cache
def _number_words() -> dict[str, int]:
    """Number words of dates: cardinals and ordinals of the day, thousands of the year."""
    return {normalize_term(term): int(entry.weight)
            for entry, _lang, term in load_lexicon("numbers").iter_terms()
            if entry.id.startswith(("num.", "ord.", "year.")) and entry.weight is not None}


_YEAR_FIGURES = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def _word_values(text: str) -> list[int]:
    """The values of the number words in `text`, longest first ("twenty-three", "الحادي
    عشر"); an Arabic "و" (and) written onto a number is dropped ("وعشرين")."""
    words = _number_words()
    tokens = [part for token in text.split() for part in _hyphen_parts(token.strip(",."), words)]
    values, i = [], 0
    while i < len(tokens):
        for n in (3, 2, 1):
            phrase = " ".join(tokens[i : i + n]).strip(",.")
            bare = phrase[1:] if phrase.startswith("و") and phrase not in words else phrase
            if bare in words:
                values.append(words[bare])
                i += n
                break
        else:
            i += 1
    return values


def _hyphen_parts(token: str, words: dict[str, int]) -> list[str]:
    """A hyphenated number that is not a term, cut at its last hyphen into two that are
    ("ninety-two" → "ninety", "two"; "quatre-vingt-douze" → "quatre-vingt", "douze"), as
    a year in words has them ("mil novecientos noventa y dos", "nineteen ninety-two")."""
    if "-" not in token or token in words:
        return [token]
    head, _, tail = token.rpartition("-")
    if head in words and tail in words:
        return [head, tail]
    return [token]


def _words_date(normalized: str) -> str | None:
    """A date in words ("veintiocho de noviembre de dos mil veintitres", "the ninth day of
    March, 2024", "الخامس من شهر نوفمبر سنه الفين وثلاثه وعشرين"): the number words (or the
    figures: "1 de enero de mil novecientos ochenta") before the month are the day; after
    it, figures are the year, or "X thousand Y" in words."""
    for term, month in _month_terms():
        # not inside a hyphenated number word: the "sept" of "vingt-sept" is no September
        m = re.search(rf"(?<![\w-]){re.escape(term)}(?![\w-])", normalized)
        if m is None:
            continue
        day = _word_values(normalized[: m.start()]) or [
            int(d) for d in re.findall(r"(?<!\d)\d{1,2}(?!\d)", normalized[: m.start()])[-1:]]
        figures = _YEAR_FIGURES.search(normalized, m.end())
        year = _word_values(normalized[m.end() :])
        if not day:
            return None
        if figures is not None:
            return _valid(int(figures.group()), month, sum(day))
        if year and year[0] >= 1000:
            return _valid(sum(year), month, sum(day))
        if year and year[0] < 10:
            return _valid(year[0] * 1000 + sum(year[1:]), month, sum(day))
        if len(year) > 1 and year[0] in (19, 20) and sum(year[1:]) < 100:
            # a year read in two halves: "nineteen ninety-two", "twenty twelve"
            return _valid(year[0] * 100 + sum(year[1:]), month, sum(day))
        return None
    return None


@lru_cache(maxsize=4096)
def parse_date(text: str, lang: str = "en", month_first: bool = False) -> str | None:
    """ISO 8601 for one date as written (`12/03/1985`, `1er mars 1985`, `١٢ مارس ١٩٨٥`)."""
    text = _split_ordinal().sub(r"\1\2", text.strip())
    normalized = _ocr_digits(normalize(text).text)
    if not re.search(r"[^\W\d_]", normalized):
        return _numeric(normalized, month_first)
    roman = _ROMAN_MONTH.fullmatch(normalized)
    if roman:  # "2023. XI. 28.", "28.XI.2023": the month in Roman figures
        day, month, year = roman.group("d1", "month", "y1") if roman.group("y1") else \
            roman.group("d2", "m2", "y2")
        if month not in _ROMAN:
            return None
        return _valid(int(year), _ROMAN.index(month) + 1, int(day))
    if re.search(r"\(\s?\d+\s?\)", normalized):  # "once (11) de mayo de ... (2023)"
        return _named_month(normalized)
    plain = _plain_named(normalized)
    if plain is not None:
        return plain
    text = _ocr_digits(text)
    import dateparser

    # One locale: loading dateparser's data for each language costs about 0.1 s.
    parsed = dateparser.parse(
        " ".join(text.split()),
        languages=[lang if lang in ("en", "fr", "es", "ar") else "en"],
        settings={"DATE_ORDER": "MDY" if month_first else "DMY",
                  "REQUIRE_PARTS": ["day", "month", "year"]},
    )
    if parsed is not None:
        return parsed.date().isoformat()
    return _named_month(normalized) or _words_date(normalized)


CURRENT_YEAR = "date.current-year"
YEARLESS = "date.yearless"  # a day and month read in the year the page wrote before them


def dates_on(view: PageView, month_first: bool = False) -> list[DateHit]:
    """Every parseable date on a page, in reading order; of one date written in two
    calendars, the Gregorian one (see `_other_calendar`). A day and month "of the current
    year" ("veintiuno de junio del corriente año") takes the year of the page's latest full
    date, the year the document was written; with no full date on the page it is no date."""
    found, current = [], []
    spans: set[tuple[int, int]] = set()
    for hit in view.hits("patterns"):
        if not hit.entry_id.startswith("date."):
            continue
        if hit.entry_id == CURRENT_YEAR:
            current.append(hit)
            continue
        if (hit.start, hit.end) in spans:
            continue  # one date two patterns found
        spans.add((hit.start, hit.end))
        iso = parse_date(view.quote(hit.start, hit.end), view.lang, month_first)
        if iso is not None:
            found.append(DateHit(hit.start, hit.end, iso, hit))
    found = [d for i, d in enumerate(found) if not _other_calendar(view, found, i)]
    if current and found:
        year = max(int(d.iso[:4]) for d in found)
        dated = [(h, _in_year(view.text[h.start : h.end], year, view.lang)) for h in current]
        found += [DateHit(h.start, h.end, iso, h) for h, iso in dated if iso is not None]
        found.sort(key=lambda d: d.start)
    return found


def _in_year(normalized: str, year: int, lang: str) -> str | None:
    """A day and named month (normalised, the words of "the current year" after them) in
    `year`."""
    for term, _month in _month_terms():
        m = re.search(rf"(?<![\w-]){re.escape(term)}(?![\w-])", normalized)
        if m is not None:
            return parse_date(f"{normalized[: m.end()]} {year}", lang)
    return None


@cache
def _corresponding() -> re.Pattern[str]:
    """The words between a date and its equivalent in another calendar (`decision-words`
    `word.corresponding`: "الموافق", "corresponding to"), maybe after a calendar's name in
    brackets ("12/05/2016 (بالتقويم الإثيوبي) الموافق 21 كانون الثاني 2024")."""
    return re.compile(
        rf"[^\n.;]{{0,30}}?(?<!\w)(?:{word_alternation('decision-words', 'word.corresponding')})"
        r"\s?:?\s?"
    )


@cache
def _tagged_first() -> re.Pattern[str]:
    """A date in another calendar, its era (`word.calendar-era`), then its equivalent in
    brackets: "2080/05/14 B.S. (31 August 2023)"."""
    era = word_alternation("subject-words", "word.calendar-era")
    return re.compile(rf"\s?(?:{era})\s?\(\s?")


@cache
def _tagged_second() -> re.Pattern[str]:
    """The era closing a bracketed date of another calendar after its Gregorian equivalent:
    "12 April 1986 (2042/12/30 B.S.)"."""
    era = word_alternation("subject-words", "word.calendar-era")
    return re.compile(rf"\s?(?:{era})\s?\)")


_BRACKET_OPEN = re.compile(r"\s?\(\s?")


def _tagged_pair(view: PageView, found: list[DateHit], i: int) -> bool | None:
    """Of a date and its equivalent in brackets with a calendar's tag on one of them, whether
    this one (`found[i]`) is the tagged one (None: no such pair around it)."""
    text = view.text
    for a, b in ((i, i + 1), (i - 1, i)):
        if a < 0 or b >= len(found):
            continue
        if _tagged_first().fullmatch(text, found[a].end, found[b].start):
            return a == i
        if _BRACKET_OPEN.fullmatch(text, found[a].end, found[b].start) \
                and _tagged_second().match(text, found[b].end):
            return b == i
    return None


RESTATED_SPAN = 40  # longest date in another calendar written before its Gregorian equivalent


def restated_start(view: PageView, d: DateHit) -> int:
    """Where the date `d` is first written: the start of the date in another calendar it
    restates in brackets or after a correspondence word ("on 2080/05/14 B.S. (31 August
    2023)", "1446/07/15 هـ الموافق 15/01/2025"), else its own start. A cue before the pair
    ("on", "بتاريخ") is the Gregorian date's cue."""
    text = view.text
    floor = max(0, d.start - RESTATED_SPAN - 40)
    # a parsed date, or one of an earlier year whose month no pattern knows ("15 رجب 1446هـ")
    spans = [(h.start, h.end) for h in view.hits("patterns")
             if h.entry_id.startswith("date.") and h.entry_id != CURRENT_YEAR]
    spans += [m.span() for m in _OTHER_DATE.finditer(text, floor, d.start)
              if m.group(1) < d.iso[:4].rjust(len(m.group(1)), "0")]
    for a, b in sorted(spans):
        if floor <= a and b <= d.start and (
            _tagged_first().fullmatch(text, b, d.start)
            or _corresponding().fullmatch(text, b, d.start)
        ):
            return a
    return d.start


# A day, a month (a word or a number) and a year of three or four digits
_OTHER_DATE = re.compile(
    r"(?<!\d)\d{1,2}[\s/.-]{1,2}(?:[^\W\d_]{2,12}|\d{1,2})[\s/.-]{1,2}(\d{3,4})(?!\d)"
)


def _other_calendar(view: PageView, found: list[DateHit], i: int) -> bool:
    """Whether a date and the one right after it are one date in two calendars ("A
    corresponding to B") and this one is in the other calendar: the one of the earlier year
    (the Hijri and Ethiopian years run behind the Gregorian); of a date and its equivalent in
    brackets, the one a calendar's tag follows ("2080/05/14 B.S. (31 August 2023)")."""
    tagged = _tagged_pair(view, found, i)
    if tagged is not None:
        return tagged
    pair = (i, i + 1) if i + 1 < len(found) else None
    if pair is None or not _corresponding().fullmatch(view.text, found[i].end, found[i + 1].start):
        pair = (i - 1, i) if i > 0 else None
        if pair is None or not _corresponding().fullmatch(
                view.text, found[i - 1].end, found[i].start):
            return False
    first, second = found[pair[0]], found[pair[1]]
    other = first if first.iso[:4] < second.iso[:4] else second if second.iso[:4] < first.iso[:4] \
        else None
    return other is found[i]


def yearless_dates(view: PageView, dates: list[DateHit]) -> list[DateHit]:
    """Days and months written without the year ("on 28 July", "El 30 de junio", "يوم 22
    نوفمبر") outside `dates`, in the year the page last wrote before them ("reporting of 20
    September 2024 ... on 28 July"; "el paro de junio de 2022 ... El 30 de junio"). With no
    year before them on the page they are no date. Read by the timing rule, which dates acts
    told in a letter dated only by its heading."""
    months = dict(_month_terms())
    out: list[DateHit] = []
    for m in _day_month().finditer(view.text):
        if any(d.start < m.end() and m.start() < d.end for d in dates):
            continue
        years = _YEAR_FIGURES.findall(view.text, 0, m.start())
        if not years:
            continue
        day, month = m.group("d") or m.group("d2"), m.group("m") or m.group("m2")
        iso = _valid(int(years[-1]), months[month], int(day))
        if iso is not None:
            hit = Hit("patterns", YEARLESS, m.start(), m.end(), m.group())
            out.append(DateHit(m.start(), m.end(), iso, hit))
    return out


@cache
def _day_month() -> re.Pattern[str]:
    """A day and a month (`months` lexicon) with no year after them: "28 July", "30 de junio",
    "July 28th"; the day may carry its ordinal letters (`word.ordinal-suffix`; after the
    month, the English ones)."""
    month = alternation(term for term, _m in _month_terms())
    suffix = word_alternation("decision-words", "word.ordinal-suffix")
    suffix_en = word_alternation("decision-words", "word.ordinal-suffix", lang="en")
    no_year = r"(?![\w/-])(?!,?\s*(?:de(?:l)?\s+)?\d)"
    return re.compile(
        rf"(?<![\w/.-])(?P<d>\d{{1,2}})(?:{suffix})?\s+(?:de\s+)?(?P<m>{month}){no_year}"
        rf"|(?<![\w/.-])(?P<m2>{month})\s+(?P<d2>\d{{1,2}})(?:{suffix_en})?{no_year}"
    )

