"""Charges and the summary of facts of one document, read from lexicon hits and line layout.

Cues of `lexicons/charge-cues.yaml` open a charges block ("Charges:", "Inculpé
de :", "committed the following offences ...:"), a label ("Delito: ..."), a
charge in running text ("charged with ...") or the summary of facts. A block
runs line by line to the next heading; its items are split on enumerations
("1.", "(2)", "-", "أولا") and each item's own wording ends at its law
reference ("contrary to", "faits prévus et réprimés", an article) or penalty.
A charge that lists several offences is split on ";" always and on ",", "and"
... only between parts that each name an ICCS offence. The ICCS code is that
of the longest term inside the charge (then the deepest code); articles and
the penalty come from the item; time and place from the summary of facts.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass, field, replace
from functools import cache

from pipeline.lexicons.loader import load_lexicon
from pipeline.lexicons.schema import Language
from pipeline.lexicons.words import (
    Script,
    alternation,
    word_alternation,
    word_start_alternation,
    words,
)
from pipeline.records import Found, Offense
from pipeline.text.normalize import ARABIC_SCRIPT, normalize_term
from pipeline.understand import penalties as pen
from pipeline.understand.dates import dates_on
from pipeline.understand.nlp import trie_alternation
from pipeline.understand.pageview import Hit, PageView

CUES = "charge-cues"
WORDS = "charge-words"  # word lists read around a charge (not matched in documents)
_STOP_PENALTY = ("penalty.max", "penalty.min", "penalty.word", "penalty.sentence")
# a duration, life or death right after a comma ends a charge's wording (not a custodial word
# alone: "acquisition, détention, transport ... de stupéfiants" are acts of one offence)
_COMMA_PENALTY = ("duration", "penalty.life", "penalty.death")


@cache
def _comma_with() -> re.Pattern[str]:
    """A comma, then "with" (`word.with`) ("..., con privación de libertad de cinco a diez
    años"): a custodial term with its duration after it is the charge's penalty."""
    return re.compile(rf"[,،]\s*(?:(?:{_word_list('word.with')})\s+)?$")


MAX_BLOCK = 4000  # characters a charges or facts block may run
MAX_LIST = 400  # an unnumbered block longer than this is prose, not a list of charges
CHARGE_DOC_TYPES = {None, "red-notice", "diffusion", "arrest-warrant", "indictment", "judgment",
                    "extradition-request"}

_DASHES = "[-–—•*·▪►]"  # dashes and bullets that mark list items
_BULLET = (
    rf"\(?\d{{1,2}}\s*[.)\-–](?!\d)|\(\d{{1,2}}\)|\d{{1,2}}\s*[°º](?=\s*[^\W\d_])|{_DASHES}"
    r"|\(?(?:[a-h]|aa|bb|cc|dd|ee|ff|gg|hh)\)"  # "aa)" of sub-lists; "Cc)": OCR's "c)"
    r"|\(?[ivxl]{1,4}\)|[ivxl]{1,4}\.(?=\s)|[a-h]\.(?=\s+[^\W\d_]{2})"
    r"|[ابجده]\s*[.)(\-–](?=\s+[^\W\d_]{2})"  # Arabic letters as numbers: "أ." "ب-" "ج)";
    # "أ(": OCR mirrors the bracket of a right-to-left line
    r"|\([il](?=\s+[\u0621-\u064a]{2})"  # "(i تكوين": OCR's "أ)", the alef read as Latin
    r"|\+(?=\s+[^\W\d_]{2})"  # a bullet "•" as OCR reads it
)


@cache
def _sentence_end() -> re.Pattern[str]:
    """A full stop (`_full_stop`) or ";" (the Arabic "؛" too)."""
    return re.compile(rf"{_full_stop().pattern}|[;؛]")


@cache
def _full_stop() -> re.Pattern[str]:
    """A full stop, not that of an abbreviation in a citation ("art.", "inc.", "sec.", "párr.":
    `word.dot-abbreviation`) nor of an initial ("Travis J. BOUDREAUX")."""
    abbreviations = "".join(
        rf"(?<!\b{re.escape(t)})" for t in words(WORDS, "word.dot-abbreviation")
    )  # one look-behind each: they have a fixed width
    return re.compile(rf"{abbreviations}(?<!\b[a-zA-Z])\.(?:\s|$)")


@cache
def _soft_split() -> re.Pattern[str]:
    """Where a charge's wording may split: ",", ";" (the Arabic "؛" too), "as well as"
    (`word.also-link`, with a comma before it or not), "and" (`word.and`), "or" (`word.or`).
    The Arabic "و" (and) is written onto the next word ("والسرقة", "وخيانة الأمانة")."""
    return re.compile(
        rf"\s*(?P<kind>[,،]?\s*(?<![^\W\d_])(?P<also>{_word_list('word.also-link')})(?=\s)"
        rf"(?:\s+{_spaced('word.facts-of')}(?=\S))?"  # "así como por ...": the cue's "por" again
        rf"|,|،|;|؛|(?<=\s)(?P<and>{_word_list('word.and', script='latin')})(?=\s)"
        rf"|(?<=\s)(?P<or>{_word_list('word.or')})(?=\s))\s*"
        rf"|\s+(?:{_word_list('word.and', script='arabic')})(?=[^\W\d_])"
    )


def _ordinals() -> str:
    """The Arabic ordinals that number items and sections ("أولا", "ثانيا": `word.item-ordinal`;
    written with or without punctuation after them)."""
    return f"(?:{_word_list('word.item-ordinal', script='arabic')})"


@cache
def procedure_law() -> re.Pattern[str]:
    """Citations that name procedure or treaties, not the offence (`word.procedure-law`: stems,
    matched anywhere in a word)."""
    return re.compile(_word_list("word.procedure-law"))


@cache
def penal_law() -> re.Pattern[str]:
    """The name of a penal law (`word.penal-law`)."""
    return re.compile(_word_list("word.penal-law"))


def _names_procedure(text: str, start: int, stop: int) -> bool:
    """Whether the law named in `text[start:stop]` is one of procedure, a constitution or a
    treaty (`word.procedure-law`), and not a penal code that also governs procedure
    ("قانون العقوبات وأصول المحاكمات العسكرية": `word.penal-law` before the procedure word)."""
    m = procedure_law().search(text, start, stop)
    return m is not None and penal_law().search(text, start, m.start()) is None


# A sub-part in brackets after an article: a figure, a letter or two ("(a)", "(bb)", "(د)"), a
# roman numeral; not a word glossing the article ("article 139 (faux)").
_BRACKETED = r"(?:[\w.]{0,4}\d[\w.]{0,4}|[^\W\d_]{1,2}|[ivxlc]{1,5})(?=\s*\))"


@cache
def _article_id() -> re.Pattern[str]:
    """One article's number in a citation as written ("311-8", "139.1.1ª", "348(1)b)"); a
    word of an article inserted after another (`word.inserted-article`) is part of it."""
    latin = _spellings("word.inserted-article", script="latin")
    arabic = _spellings("word.inserted-article", script="arabic")
    return re.compile(
        rf"\d+(?:\s*[-./]\s*\d+|:\d+[a-z]?(?![a-z]))*(?:-[a-z](?![a-z])|\s*/\s*(?:[a-z]|[أابجده])(?![^\W\d_]))?(?:[ºª°]|[a-z](?![a-z]))?(?:\s*\(\s*{_BRACKETED}\s*\))*"
        r"(?:\s?§\s?\d{1,2}(?![\d.]))?"  # Polish paragraphs: "286 § 1"
        r"(?:(?<=\))[a-z]\)(?!\w))?"  # Canadian paragraphs: "348(1)b)"
        r"(?:(?<=\))\d{1,2}(?![\d(./-]))?"  # Korean items after a paragraph: "3(1)1"
        # "389 مكرر 1", "389 bis 1", "25 مكرراً/1": a numbered article inserted after another
        rf"(?:(?:\s*|-)(?:(?:{latin})\b|(?:{arabic})[اً]*)(?:\s*/?\s*\d{{1,2}}(?![\d.\-]|\s*/\s*\d))?)?",
        re.IGNORECASE,
    )


@cache
def _sub_part() -> re.Pattern[str]:
    """Sub-parts named by a word after an article ("art. 139 inciso 2", "376 numeral 3", "380
    fracción II", "art. 229 al. 1 lit. b) et d)", "المادة 5 الفقرة 2"): the article is the
    number before them. The words (`word.sub-part`, `word.sub-part-plural`, `word.part-ordinal`,
    `word.sub-part-link`, the Arabic `word.number-label`, `word.and`) as written: this runs on
    quotes too."""
    ordinal = rf"(?:{_spellings('word.part-ordinal')})\b"
    value = rf"(?:\(?\d+\)?|[ivxlcIVXLC]{{1,5}}\b|[a-zA-Z]\b\)?|{ordinal})"
    and_ = _spellings("word.and", script="latin")
    # "lit. b) et d)": lettered points listed after one word (a figure after "and" is an article)
    letters = rf"(?:\s*(?:{and_}|,)\s*[a-zA-Z]\)(?!\w))*"
    return re.compile(
        rf"(?<=[\w)ºª°])\s*,?\s*(?:(?:{_spellings('word.sub-part-link')})\s+)?"
        # "numerales 4 y 7": after a plural word, "y 7" is one more sub-part, not an article.
        rf"(?:(?:{_spellings('word.sub-part-plural')})\s*{value}"
        rf"(?:\s*(?:{and_})\s*(?:\(?\d+\)?(?![\d./-])|{ordinal}))*"
        rf"|(?:{_spellings('word.sub-part')})"
        rf"\s*(?:(?:{_spellings('word.number-label', script='arabic')})\s+)?"
        # "para. 1 and 4": a one-figure number after "and" is a further paragraph, not an
        # article ("und": German citations, a language the lexicons do not hold)
        rf"{value}{letters}(?:\s*(?:{and_}|und)\s*\d(?![\d./-]))*)(?:\s*\(\s*[\w.]{{1,5}}\s*\))*",
        re.IGNORECASE,
    )


@cache
def _inline_marker() -> re.Pattern[str]:
    """A list marker inside a run of text: "(1)", "1-", "(b)", "1°", "أولا:"; not the figures
    after a decimal point ("Cap. 4.21 - penalty: ...")."""
    return re.compile(
        r"(?:(?<=\s)|(?<=^)|(?<=[;,:،])|(?<=\D\.))\s*(?:\(?\d{1,2}\)|\d{1,2}\s*[-–.](?=\s+[^\W\d_])"
        r"|(?P<letter>\(?(?:[ivxl]{1,4}|[a-h])\))(?=\s*[^\W\d_])|\d{1,2}\s*[°º](?=\s*[^\W\d_])"
        rf"|{_ordinals()}\s*[:\-–])\s*"
    )


@cache
def _bare_citation() -> re.Pattern[str]:
    """A citation going on in bare numbers after a comma: "..., y 66 y 67 de la Ley 631-16"
    (`word.and`, then `word.citation-of`)."""
    and_latin = _word_list("word.and", script="latin")
    and_arabic = _word_list("word.and", script="arabic")
    return re.compile(
        rf"[,،]\s*(?:(?:{and_latin})\s+|(?:{and_arabic})\s*)?\d{{1,4}}"
        rf"(?:\s*(?:,|{_word_list('word.and')})\s*\d{{1,4}})*"
        rf"\s+(?:{_word_list('word.citation-of')})\s"
    )


# A roman section number as OCR may read it: an "I" read as "l", "1", "|", "!" or "T" ("I!I."
# for "III.", "Il." or "IT." for "II."), at least one true roman letter kept.
_ROMAN = r"(?=[ivxlt1|!]{1,4}\s*[.)\-–:])[l1|!]{0,3}[ivx][ivxlt1|!]{0,3}"


@cache
def _section_number() -> re.Pattern[str]:
    """An enumeration or section number opening a line ("2.", "II.", "(1)", "أولا:", "ب.")."""
    return re.compile(
        rf"(?:{_ROMAN}|\d{{1,2}}|[a-h]|[أابجدهزحطي](?=\s*[.)\-–])|{_ordinals()})\s*[.)\-–:]\s*"
        r"|\(\d{1,2}\)\s*"
    )
_CAPS_HEADING = re.compile(rf"^(?:{_ROMAN}|\d{{1,2}}|[a-h])\s*[.)-]\s*\S")


# Entries of the cue lexicon read as word lists (`_words`), not as cues where they stand.
_WORD_LISTS = frozenset(
    {"cue.offence-class", "cue.offence-word", "cue.offence-heading", "cue.punishes"}
)


@dataclass
class Line:
    start: int  # normalised offsets on the page
    end: int
    blank_before: bool


@dataclass
class Item:
    """One charge item: its own wording, and the region its law and penalty are read from."""

    view: PageView
    start: int
    end: int  # end of the wording
    region_end: int  # end of the item (law reference, penalty)
    header: tuple[int, int] | None = None  # the block's header line (time and place of acts)
    iccs_only: bool = False
    prose: bool = False  # a charge in running text ("charged with murder and robbery")


@dataclass
class PageInfo:
    view: PageView
    lines: list[Line]
    line_starts: list[int]
    cues: list[Hit]
    iccs: list[Hit]
    articles: list[Hit]
    events: pen.PageEvents
    stops: list[int] = field(default_factory=list)  # where wording ends (law, penalty cues)




@cache
def _cell_articles() -> re.Pattern[str]:
    """A law column's cell that opens with bare article numbers ("362 من قانون العقوبات", "210
    و211", "210 y 211": `word.and`)."""
    number = r"\d{1,4}(?:[-./]\d{1,4})*(?![\d/])"
    return re.compile(rf"{number}(?:\s*(?:,|،|{_word_list('word.and')}|&)\s*{number})*")


# A cell of a "|"-separated table row, without its padding.
_TABLE_CELL = re.compile(r"(?:^|(?<=\|))[ \t]*(?P<cell>[^|\n]*?)[ \t]*(?=\||$)", re.M)


@cache
def _law_column() -> re.Pattern[str]:
    """The header cell of a table's law column ("Article", "Norma", "Texte", "المادة")."""
    return re.compile(rf"(?:{_word_list('word.law-column')})")


def _column_citations(view: PageView, lines: list[Line]) -> list[Hit]:
    """Citations written as bare numbers in a table's law column: under a header row one of
    whose cells is a law word ("| Offence | Article |", "م | التهمة | المادة"), a row's cell in
    that column that opens with numbers ("362 من قانون العقوبات", "210 y 211") cites those
    articles, as "art. 362" would. A line that is no row ends the table."""
    text, rx = view.text, _law_column()
    hits: list[Hit] = []
    column: int | None = None
    for line in lines:
        row = text[line.start : line.end]
        if not row.startswith("|") and row.count("|") < 2:
            column = None
            continue
        cells = list(_TABLE_CELL.finditer(row))
        law = [k for k, c in enumerate(cells) if c.group("cell") and rx.fullmatch(c.group("cell"))]
        if law:
            column = law[0]
            continue
        if column is None or column >= len(cells):
            continue
        m = _cell_articles().match(cells[column].group("cell"))
        if m is not None:
            a = line.start + cells[column].start("cell")
            hits.append(Hit("patterns", "article.cited", a, a + m.end(), text[a : a + m.end()],
                            "pattern"))
    return hits


@cache
def _dollar_section() -> re.Pattern[str]:
    """A section sign OCR read as "$" before a number that a sub-part or a law's name follows
    ("del $ 283, párrafos 1 y 3, del Código Penal": `word.sub-part`, `word.sub-part-plural`,
    `word.citation-of`, `word.law-title`), or as "8" after a bracket ("(8 255, alinéa 1, du
    Code pénal)": the figure after it is the section)."""
    return re.compile(
        r"(?:(?<![\w$])\$\s?|(?<=\(8\s))\d{1,4}[a-z]?(?![\d.,]\d)(?=\s*,?\s*(?:"
        rf"(?:{_word_list('word.sub-part')}|{_word_list('word.sub-part-plural')})\s*\(?\d"
        rf"|(?:(?:{_word_list('word.citation-of')})\s+)?(?:{_word_list('word.law-title')})\b))"
    )


@cache
def _bare_ids() -> re.Pattern[str]:
    """Bare article numbers going on after a comma or "and", then the law they belong to
    (", 265 y 266 del Código Penal y 3 de la Ley núm. 155-17": `word.and`,
    `word.citation-of`, `word.law-title`)."""
    and_latin = _word_list("word.and", script="latin")
    number = r"\d{1,4}(?:[.\-/]\d{1,4})*(?![\d.,/-]\d)"
    return re.compile(
        rf"(?:[,;،]\s*(?:(?:{and_latin})\s+)?|\s(?:{and_latin})\s+)"
        rf"(?P<ids>{number}(?:\s*(?:,|(?:{and_latin})(?=\s))\s*{number})*)"
        rf"\s+(?:{_word_list('word.citation-of')})\s+(?:[^\W\d_]+\s+){{0,2}}?"
        rf"(?:{_word_list('word.law-title', script='latin')})\b"
    )


BARE_CITATION_GAP = 200  # characters from a citation to the bare numbers that go on after it
_NAMING_CUES = ("cue.charged-with", "cue.charged-if-named", "cue.charges", "cue.qualified-as")


def _bare_citations(view: PageView, cited: list[Hit], cues: list[Hit]) -> list[Hit]:
    """Article numbers cited without their word after a citation in the same sentence, only
    a law's name between ("artículos 5, 58 y 75 de la Ley 50-88, 265 y 266 del Código Penal y
    3 de la Ley 155-17"): one citation each. Not after a charge named between them ("...
    304 del Código Penal, que tipifican el homicidio, y 66 y 67 de la Ley 631-16")."""
    text, out = view.text, []
    anchors = sorted(h.end for h in cited)
    for m in _bare_ids().finditer(text):
        a = m.start("ids")
        before = [e for e in anchors if e <= m.start() and m.start() - e <= BARE_CITATION_GAP]
        if not before or any(
            x.start() < m.start() for x in [_sentence_end().search(text, before[-1], m.start())]
            if x is not None
        ) or any(
            before[-1] <= h.start < m.start() and h.entry_id in _NAMING_CUES for h in cues
        ):
            continue
        out.append(Hit("patterns", "article.cited", a, m.end("ids"), m.group("ids"), "pattern"))
        bisect.insort(anchors, m.end("ids"))
    return out


def _misread_sections(view: PageView) -> list[Hit]:
    """Citations of an OCR page whose "§" was read as "$" ("del $ 283, párrafo 1")."""
    if view.page.method != "ocr":
        return []
    return [Hit("patterns", "article.cited", m.start(), m.end(), m.group(), "pattern")
            for m in _dollar_section().finditer(view.text)]


@cache
def _iccs_names() -> dict[str, tuple[str, str]]:
    """ICCS entry id → (code, official name)."""
    return {e.id: (e.code or "", e.name) for e in load_lexicon("iccs").entries}


@cache
def _cue_terms(entry_id: str) -> tuple[str, ...]:
    entry = load_lexicon(CUES).get(entry_id)
    terms = {normalize_term(t) for _lang, t in entry.iter_terms()}
    return tuple(sorted(terms, key=len, reverse=True))


def _range() -> str:
    """"Counts 1-6:", "Counts 2 and 3:" — one charge item over several counts
    (`word.count-range`)."""
    return rf"(?:\s*(?:[-–]|{_word_list('word.count-range')})\s*\d{{1,2}}(?!\d))?"


def _number_label() -> str:
    """"No.", "n°" (`word.number-abbreviation`) between a count word and its number."""
    return rf"(?:(?:{_word_list('word.number-abbreviation')})\.?\s*)?"


@cache
def _item_start() -> re.Pattern[str]:
    words = "|".join(re.escape(t) for t in _cue_terms("cue.item"))
    counts = "|".join(re.escape(t) for t in _cue_terms("cue.count"))
    return re.compile(
        rf"[^\w(]{{0,3}}(?:{_BULLET}|(?P<bare>\d{{1,2}})\s+(?=[^\W\d_])|(?:{words})\s*(?:[:.)\-–]|$)|(?:{counts})\s*{_number_label()}\d{{1,2}}{_range()}\s*[:.)\-–]?)\s*"
    )


@cache
def _count_line() -> re.Pattern[str]:
    counts = "|".join(re.escape(t) for t in _cue_terms("cue.count"))
    ordinals = _word_list("word.count-ordinal")  # "Cargo dos: ...", "Count one - ..."
    return re.compile(  # "Premier chef : ..." — the ordinal before the count word, then ":"
        rf"(?:(?:{counts})\s*(?:{_number_label()}\d{{1,2}}{_range()}|(?:{ordinals})(?!\w))\s*[:.\-–]"
        rf"|(?:{ordinals})\s+(?:{counts})\s*[:\-–])\s*"
    )


@cache
def _count_heading() -> re.Pattern[str]:
    """A count's heading alone on its line ("1st CHARGE (DAC-1182-2024)", "COUNT 2",
    "Deuxième chef d'accusation :"): the charge's name is the next line."""
    counts = "|".join(re.escape(t) for t in _cue_terms("cue.count"))
    ordinals = _word_list("word.count-ordinal")
    return re.compile(
        rf"[^\w(]{{0,3}}(?:(?:{ordinals})\s+(?:{counts})|(?:{counts})\s+(?:(?:{ordinals})(?!\w)"
        rf"|{_number_label()}\d{{1,2}}(?!\d)))\s*(?:\([^()\n]{{1,40}}\))?\s*[:.\-–]?\s*$"
    )


@cache
def _inchoate() -> frozenset[str]:
    return frozenset(load_lexicon(CUES).get("rule.inchoate").iccs)


# Words written before an offence's name, from the lexicon (normalised, longest first):
# the legal classes ("جرم الاحتيال", "جناية التزوير": part of the name as written), the
# generic "جريمة" ("the crime of") and the plural heading words ("جرائم", "أفعال": acts of).
@cache
def _words(*entry_ids: str) -> str:
    terms = {t for e in entry_ids for t in _cue_terms(e)}
    return "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True))


def _word_list(entry_id: str, *, script: Script = "any") -> str:
    """An entry of `charge-words` as an alternation (longest first, any run of spaces)."""
    return word_alternation(WORDS, entry_id, script=script)


@cache
def _lang_list(entry_id: str, lang: Language) -> str:
    """One language's terms of a `charge-words` entry as an alternation: a pattern that joins
    them to its own words ("delito" + "de", "the" + "offence" + "of")."""
    return word_alternation(WORDS, entry_id, lang=lang)


@cache
def _spaced(
    entry_id: str, *, space: str = r"\s+", script: Script = "any", lang: Language | None = None
) -> str:
    """An entry of `charge-words` as a group of its terms, each followed by `space`; an elided
    term ("l'", "d'", "de l'") is written onto the next word and takes none."""
    terms = words(WORDS, entry_id, script=script, lang=lang)
    full = [t for t in terms if not t.endswith("'")]
    elided = [t for t in terms if t.endswith("'")]
    parts = [f"(?:{alternation(full)}){space}"] if full else []
    parts += [f"(?:{alternation(elided)})"] if elided else []
    return "(?:" + "|".join(parts) + ")"


@cache
def _spellings(entry_id: str, *, script: Script = "any") -> str:
    """An entry of `charge-words` as written, for a pattern run on a page's own text (case and
    accents kept), longest first. The spellings of one word that differ only in accents
    ("párrafo", "parrafo"; "alinéa", "alínea", "alinea") make one pattern with a class of
    letters where they differ, so any mix of their accents matches ("al[ií]n[eé]a")."""
    entry = load_lexicon(WORDS).get(entry_id)
    spellings: dict[str, list[str]] = {}
    for _lang, term in entry.iter_terms():
        if script == "any" or bool(ARABIC_SCRIPT.match(term)) == (script == "arabic"):
            spellings.setdefault(normalize_term(term), []).append(term)
    patterns: list[tuple[int, str, str]] = []
    for key, forms in spellings.items():
        forms = list(dict.fromkeys(forms))
        if len({len(f) for f in forms}) > 1:  # not accent variants letter by letter
            patterns += [(len(f), key, alternation([f])) for f in forms]
            continue
        letters = [sorted(set(column)) for column in zip(*forms, strict=True)]
        pattern = "".join(
            r"\s+" if cs == [" "] else re.escape(cs[0]) if len(cs) == 1 else f"[{''.join(cs)}]"
            for cs in letters
        )
        patterns.append((len(forms[0]), key, pattern))
    return "|".join(p for _n, _k, p in sorted(patterns, key=lambda x: (-x[0], x[1], x[2])))


def _legal_class() -> str:
    return _words("cue.offence-class")


def _class() -> str:
    return _words("cue.offence-class", "cue.offence-word")


def _headings() -> str:
    return _words("cue.offence-heading")


@cache
def _lead() -> re.Pattern[str]:
    """An item's leading marker: "1.", "1-", "(1)", "a)", "-", "•", "أولا:", a bare "1 " (OCR
    lost the dot), an ordinal ("Firstly,"), and the words before an offence's name: its class
    word and link ("the offence of", "delito de"), its article, "one count of" ... (entries of
    `charge-words` named below). Of the Arabic class words, only the clitics "ب" ("بجرم
    الاحتيال": of the crime of fraud) and "و" ("، وجنحة الاحتيال": and), a plural heading word
    ("جرائم", "أفعال") and the generic word for a crime ("جريمة القتل العمد": the crime of
    murder) go from the start of a charge; the class word stays ("جناية القتل القصد")."""
    class_lead = (
        rf"(?:وب|و|ب)(?=(?:{_legal_class()})\s)"
        rf"|و?ب?(?:{_headings()}|{_words('cue.offence-word')})\s+(?=\w)"
        # "جريمة المخدرات": a drug crime, the generic word names the offence with its object
        rf"(?!(?:{_word_list('word.crime-object')})(?!\w))"
    )
    delito = _lang_list("word.class-noun", "es")  # "delito", "delitos"
    de = _lang_list("word.class-link", "es")
    return re.compile(
        rf"(?:[\s:]*(?:\(?\d{{1,2}}\s*[.)\-–:](?!\d)|\(\d{{1,2}}\)|\d{{1,2}}(?=\s+[^\W\d_])|{_DASHES}"
        r"|\(?[a-h]\)(?=\s)|\(?[ivxl]{1,4}\)(?=\s)|\d{1,2}\s*[°º]|[\"“”«»‘’']"
        # "(أ) ...", "(ب) ...": the Arabic letters of the abjad order that letter items
        r"|\([أابجدهوزحطيى]\)(?=\s)"
        # "Firstly,", "Premièrement :", "Primero:" (`word.item-ordinal`)
        rf"|(?:{_word_list('word.item-ordinal', script='latin')})\s*[,:]"
        # "por el delito de", "los delitos de" (`word.for-class`, `word.class-article`)
        rf"|(?:(?:{_word_list('word.for-class')})\s+)?(?:{_lang_list('word.class-article', 'es')})"
        rf"\s+(?:{delito})\s+(?:{de})\s+(?=\w)"
        # "un delito mayor de estafa", "un delito menos grave de hurto": the class of the offence
        # (`word.grade-article`, `word.delito-grade`; the article may have gone with a link
        # before it: "en concurso real con un | delito mayor de lesiones")
        rf"|(?:(?:{_word_list('word.grade-article')})\s+)?(?:{delito})\s+"
        rf"(?:{_word_list('word.delito-grade')})\s+(?:{de})\s+(?=\w)"
        # "c) y un delito menor de ...": the last item of a list opens with "and" (`word.and`)
        rf"|(?:{_word_list('word.and', script='latin')})\s+(?=\w)"
        # "one count of Robbery", "two counts of fraud" (`word.count-number`, `word.counts-of`)
        rf"|(?:{_word_list('word.count-number')}|\d{{1,2}})\s+(?:{_word_list('word.counts-of')})"
        r"\s+(?=\w)"
        # "the offence of murder", "delito de LIBRAMIENTO DE CHEQUE", "le délit de port d'arme",
        # "le crime d'assassinat": the class word goes (`word.class-noun`, `word.class-link`)
        rf"|(?:{_word_list('word.class-noun')})\s+{_spaced('word.class-link')}(?=\w)"
        # "the commission of the offence of", "la comisión del delito de", "la commission du
        # délit de" (`word.commission`, `word.commission-link`, `word.commission-class`)
        rf"|(?:{_word_list('word.commission')})\s+(?:{_word_list('word.commission-link')})\s+"
        rf"(?=(?:{_word_list('word.commission-class')})\s)"
        # "أولا:", the Arabic class words, "de un delito de", "los ..." (`word.lead-of`,
        # `word.lead-article`)
        rf"|{_ordinals()}\s*[:.\-–)]?|{class_lead}"
        rf"|(?:(?:{_word_list('word.lead-of')})\s+)?(?:{_word_list('word.lead-article')})\s+"
        rf"(?:(?:{delito})\s+(?:{de})\s+)?(?=\w)"
        # "commis les crimes d'association ..., de vol ... et d'assassinat", "les crimes et
        # délits d'escroquerie", "for cheating, for ..." (`word.plural-article`,
        # `word.plural-class`, `word.and`, `word.lead-link`)
        rf"|(?:{_word_list('word.plural-article')})\s+(?:{_word_list('word.plural-class')})\s+"
        rf"(?:(?:{_word_list('word.and', script='latin')})\s+"
        rf"(?:{_word_list('word.plural-class')})\s+)?"
        rf"{_spaced('word.class-link', lang='fr')}|{_spaced('word.lead-link')}(?=\w)"
        # ", à Paris, ...", ", entre 2019 et 2022, ...": the time or place of the acts between
        # commas (`word.comma-aside-lead`)
        rf"|,\s*(?:(?:{_word_list('word.comma-aside-lead')})\s+[^,;:()]{{2,60}},\s*)+(?=\w)"
        # "commis, avec ses complices, une escroquerie" (`word.committed`,
        # `word.committed-with`, `word.committed-article`)
        rf"|(?:{_word_list('word.committed')})\b\s*(?:,\s*(?:{_word_list('word.committed-with')})"
        rf"\s[^,;:()]{{2,40}},\s*)?{_spaced('word.committed-article')}?(?=\w)"
        # last: a charge's name has no article ("la asociación ilícita", "el homicidio":
        # `word.definite-article`)
        rf"|{_spaced('word.definite-article', script='latin')}(?=\w)"
        r"))+\s*"
    )


@cache
def _class_before() -> re.Pattern[str]:
    """A legal class word a cue or split left before the charge ("بجرم الاحتيال")."""
    return re.compile(rf"(?:^|(?<=[\s:،,.\-–]))[وبل]?(?P<word>{_legal_class()})\s+$")


@cache
def _class_prefix() -> re.Pattern[str]:
    return re.compile(rf"^(?:{_legal_class()})\s+")


@cache
def _class_alone() -> re.Pattern[str]:
    """A legal class word with no offence's name after it ("جنحة")."""
    return re.compile(rf"\s*[وب]?(?:{_legal_class()})[\s.,،:;؛]*$")


@cache
def _clitic_cue() -> re.Pattern[str] | None:
    """The Arabic charging cues written with the clitic "ب" of their object ("لاتهامه
    بتكوين عصابة", "لقيامه بالاحتيال": `cue.charged-with` terms ending in " ب"), which the
    word matcher cannot find: the clitic is written onto the offence's first word."""
    terms = [
        t[:-1].rstrip() for lang, t in load_lexicon(CUES).get("cue.charged-with").iter_terms()
        if lang == "ar" and t.endswith(" ب")
    ]
    if not terms:
        return None
    stems = alternation(sorted({normalize_term(t) for t in terms}, key=len, reverse=True))
    return re.compile(rf"(?<![^\s:،,(])(?:{stems})\s+ب(?=[\u0621-\u064a])")


def _clitic_cues(view: PageView) -> list[Hit]:
    """Charging cues whose clitic "ب" is written onto an offence's name ("لاتهامه بتكوين عصابة
    أشرار"): the charge starts after the clitic. Only before an offence (an ICCS term or an
    Arabic offence's name), since the same words also open the acts ("لقيامه بإطلاق النار على
    ...") or a list ("لاتهامه بما يلي")."""
    rx = _clitic_cue()
    if rx is None:
        return []
    text, terms = view.text, view.hits("iccs")
    out = []
    for m in rx.finditer(text):
        words = text[m.end() : m.end() + 80].split()
        if any(h.start == m.end() for h in terms) or any(
            " ".join(words[:n]) in _arabic_offences() for n in range(min(len(words), 5), 0, -1)
        ):
            out.append(Hit(CUES, "cue.charged-with", m.start(), m.end(), m.group()))
    return out


ASIDE_REACH = 90  # characters of a comma aside between a charging verb and its link
ASIDE_WORDS = 3  # words of that aside, at least ("par ordonnance du procureur")


@cache
def _aside_cue() -> re.Pattern[str]:
    """A Latin-script charging cue whose verb and link a comma aside parts ("inculpé, par
    ordonnance du procureur du 14 novembre 2023, d'escroquerie"): the `cue.charged-with`
    terms of a participle and "de"/"d'"/"of"/"with"/"for"."""
    heads: dict[str, set[str]] = {}
    for lang, t in load_lexicon(CUES).get("cue.charged-with").iter_terms():
        words = t.split()
        if lang in ("en", "fr", "es") and len(words) == 2 and words[1] in (
            "de", "d'", "of", "with", "for", "pour"
        ):
            heads.setdefault(words[1], set()).update({words[0], normalize_term(words[0])})
    parts = [
        rf"(?:{alternation(sorted(h, key=len, reverse=True))}),"
        rf"[^.;:,()]{{3,{ASIDE_REACH}}},\s*{re.escape(link)}"
        + ("" if link.endswith("'") else r"\s+")
        for link, h in heads.items()
    ]
    return re.compile(rf"(?<![^\W\d_])(?:{'|'.join(parts)})", re.IGNORECASE)


def _aside_cues(view: PageView) -> list[Hit]:
    """Charging cues with a comma aside between the verb and its link, right before an
    offence's name (an ICCS term): the charge starts after the link."""
    starts = {h.start for h in view.hits("iccs")}
    return [
        Hit(CUES, "cue.charged-with", m.start(), m.end(), m.group())
        for m in _aside_cue().finditer(view.text)
        if m.end() in starts and len(m.group().split(",")[1].split()) >= ASIDE_WORDS
    ]  # "charged, first, with wire fraud and, second, with ...": a list's markers, no aside


_CITED_BEFORE_COMMA = re.compile(r"\([^()]{0,18}\d[^()]{0,18}\)\s*,$")


@cache
def _qualified_form() -> re.Pattern[str]:
    """A qualifying circumstance right after "committed by" (`word.qualified-form`)."""
    return re.compile(rf"\s*(?:{_word_list('word.qualified-form')})(?![^\W\d_])", re.I)


@cache
def _state_victim_after() -> re.Pattern[str]:
    return re.compile(rf"\s*(?:{_word_list('word.state-victim')})(?![^\W\d_])", re.I)


def _state_victim(text: str, hit: Hit) -> bool:
    """Whether a victim tail with no comma before it names the State (`word.state-victim`:
    "estafa agravada en perjuicio del Estado"): the offence's form against the State, part of
    its name, not a victim to cut."""
    if hit.entry_id != "cue.tail" or text[: hit.start].rstrip()[-1:] in (",", "،"):
        return False
    if normalize_term(hit.text) not in _victim_aside_terms():
        return False
    return _state_victim_after().match(text, hit.end) is not None


@cache
def _victim_aside_terms() -> frozenset[str]:
    return frozenset(words(WORDS, "word.victim-aside"))


_AGENCY_PREFIX = re.compile(r"(?<![^\W\d_])anti\s*[-‐‑–]\s*$", re.IGNORECASE)
UNIT_REACH = 60  # characters a unit's name and its link words may take before the offence


@cache
def _agency_body() -> re.Pattern[str]:
    """The body after an "Anti-" name ("Bureau", "Commission": `word.agency-body`)."""
    return re.compile(rf"\s*(?:{_word_list('word.agency-body')})(?!\w)")


@cache
def _unit_before() -> re.Pattern[str]:
    """A unit's word (`word.offence-unit`) then link words, each maybe with its article
    (`word.unit-link`, `word.unit-article`: "Unidad de Delitos", "brigade des stupéfiants"),
    maybe a noun of the fight with its own links (`word.unit-fight`: "office central pour la
    répression de la traite"), ending where the offence starts."""
    unit, link = _word_list("word.offence-unit"), _word_list("word.unit-link")
    links = rf"(?:\s+(?:{link})\b\s*(?:{_word_list('word.unit-article')})?)*"
    fight = _word_list("word.unit-fight")
    return re.compile(rf"(?<!\w)(?:{unit}){links}(?:\s*(?:{fight}){links})?\s*$")


@cache
def _unit_after() -> re.Pattern[str]:
    """A unit's word written after the offence (`word.offence-unit-after`: "Fraud Squad")."""
    return re.compile(rf"\s*(?:{_word_list('word.offence-unit-after')})(?!\w)")


def _names_a_body(text: str, start: int, end: int) -> bool:
    """Whether the offence words `text[start:end]` name a body, not a charge: the agency that
    fights the offence ("the Anti-Corruption Bureau", "Anti-Fraud Office") or the police or
    prosecution unit that handles it ("la Unidad de Delitos Informáticos", "brigade de
    répression de la délinquance économique", "وحدة الجرائم الإلكترونية", "the Fraud Squad")."""
    if (
        _AGENCY_PREFIX.search(text, max(0, start - 8), start) is not None
        and _agency_body().match(text, end) is not None
    ):
        return True
    return (
        _unit_before().search(text[max(0, start - UNIT_REACH) : start]) is not None
        or _unit_after().match(text, end) is not None
    )


def _page_info(view: PageView) -> PageInfo:
    text, original = view.text, view.page.text
    lines: list[Line] = []
    pos, blank = 0, False
    for raw in original.split("\n"):
        a = view.norm.normalized_index(pos)
        b = view.norm.normalized_index(pos + len(raw))
        pos += len(raw) + 1
        while a < b and text[a] == " ":
            a += 1
        while b > a and text[b - 1] == " ":
            b -= 1
        if a >= b:
            blank = True
            continue
        lines.append(Line(a, b, blank))
        blank = False
    cue_hits = sorted(
        [h for h in view.hits(CUES)
         if not h.entry_id.startswith("rule.") and h.entry_id not in _WORD_LISTS]
        + _clitic_cues(view) + _aside_cues(view),
        key=lambda h: (h.start, -h.end),
    )
    raw_cues = _law_labels(view, lines, cue_hits)
    labels = {(h.start, h.end) for h in raw_cues if h.entry_id == "cue.charges"}
    # "Charge" is both a label and a count word; at the same place the label reading wins,
    # and `_item_start` / `_count_line` still find "Charge 1 -" by their own patterns.
    cues = _outermost([
        h for h in raw_cues if h.entry_id != "cue.count" or (h.start, h.end) not in labels
    ])
    cited = (
        [h for h in view.hits("patterns") if h.entry_id == "article.cited"]
        + _column_citations(view, lines) + _misread_sections(view)
    )
    cited += [
        h for h in _bare_citations(view, cited, raw_cues)
        if not any(c.start <= h.start < c.end for c in cited)
    ]
    info = PageInfo(
        view, lines, [ln.start for ln in lines], cues,
        [h for h in view.hits("iccs") if not _names_a_body(view.text, h.start, h.end)],
        # a citation inside a longer one ("§ 1" of "Article 286 § 1") is part of it
        _outermost(sorted(cited, key=lambda h: (h.start, -h.end))),
        pen.page_events(view),
    )
    text = view.text
    info.stops = sorted(
        [h.start for h in cues
         if h.entry_id in ("cue.charge-end", "cue.particulars", "cue.law", "cue.tail")
         and not _state_victim(text, h)]
        + [
            comma if text[comma] == "ء" else h.start for h in cues  # the misread comma cut off
            if (h.entry_id == "cue.qualifier" or "modalidad" in text[h.start : h.end])
            and (comma := len(text[: h.start].rstrip()) - 1) >= h.start - 3
            and _is_comma(view, comma)
            and _aside_end(text, comma, min(len(text), h.start + 200)) is None
            and _qualified_form().match(text, h.end) is None
            and _CITED_BEFORE_COMMA.search(text, max(0, comma - 24), comma + 1) is None
        ]  # "Fraud, committed by means of a computer" — a qualifier after a comma, unless
        # an Arabic aside the phrase goes on after ("حاز وأحرز، بقصد الاتجار، جوهراً مخدراً")
        # or the offence's qualified form ("..., committed by an organised group"), or after a
        # listed charge's section in brackets ("cheating (420),\nusing as genuine a forged
        # document (471)": the next charge of the list)
        + [h.start for h in info.articles]
        + [m.start() for m in _bare_citation().finditer(text)]
        + [s for s, _e, k, _d in info.events.events
           if k in _STOP_PENALTY and not _in_law_name(text, s)]
        + [
            s for s, _e, k, _d in info.events.events
            if k in _COMMA_PENALTY and text[:s].rstrip()[-1:] in (",", "،")
        ]  # "por el delito de estafa, DOS AÑOS DE PRISIÓN": the penalty imposed for it
        + [
            c.start() for s, e, k, _d in info.events.events
            if k == "penalty.custodial"
            and (c := _comma_with().search(text, max(0, s - 10), s)) is not None
            and any(k2 == "duration" and s <= s2 <= e + 4
                    for s2, _e2, k2, _d2 in info.events.events)
        ]  # "el tráfico de migrantes, con privación de libertad de cinco a diez años": the
        # penalty of a charge whose verb ("se sanciona") the sentence left out
        + [
            h.start for h in cues
            if h.entry_id in ("cue.end", "cue.facts", "cue.charges")
            and text[h.end : h.end + 3].lstrip().startswith(":")
        ]  # a label run into the charge by OCR: "2 غسل الأموال القوانين المنطبقة: ..."
    )
    return info


def _is_comma(view: PageView, at: int) -> bool:
    """Whether the character at `at` is a comma. On an OCR page the Arabic comma "،" is often
    read as a hamza "ء" glued to the word before ("بدون ترخيصء وهي الأفعال ...")."""
    char = view.text[at]
    return char in (",", "،") or (
        char == "ء" and view.page.method == "ocr" and at > 0 and view.text[at - 1].isalpha()
    )


@cache
def _law_name_before() -> re.Pattern[str]:
    """A law's title and the word opening its subject, then a few words, up to a penalty
    word ("Violation of the Act on the Aggravated Punishment, etc. of Specific Economic
    Crimes"): the penalty word is part of the law's name, not the charge's penalty."""
    return re.compile(
        rf"\b(?:{_word_list('word.law-title', script='latin')})\s+"
        rf"(?:{_word_list('word.law-subject')})(?:\s+[^\W\d_]+){{0,3}}\s+$"
    )


def _in_law_name(text: str, at: int) -> bool:
    """Whether a penalty word at `at` stands inside the title of a law named before it."""
    return _law_name_before().search(text, max(0, at - 60), at) is not None


def _law_labels(view: PageView, lines: list[Line], hits: list[Hit]) -> list[Hit]:
    """`cue.law-label` hits that open a line and stand before ":" become `cue.law`; the
    others ("the law of 2018", "la ley") are dropped."""
    starts = [ln.start for ln in lines]
    out = []
    for h in hits:
        if h.entry_id == "cue.law-label":
            line = lines[max(0, bisect.bisect_right(starts, h.start) - 1)]
            lead = h.start == _lead_end(view.text, line)
            if not (lead and view.text[h.end : h.end + 3].lstrip().startswith(":")):
                continue
            h = replace(h, entry_id="cue.law")
        out.append(h)
    return out


def _outermost(hits: list[Hit]) -> list[Hit]:
    """Hits not inside a longer hit (hits come sorted by start, longest first)."""
    out: list[Hit] = []
    for h in hits:
        if out and h.start < out[-1].end and h.end <= out[-1].end:
            continue
        out.append(h)
    return out


def _line_index(info: PageInfo, pos: int) -> int:
    return max(0, bisect.bisect_right(info.line_starts, pos) - 1)


def _prefix_end(info: PageInfo, line: Line) -> int:
    """End of an enumeration or section number at the start of a line ("2.", "II.", "(1)")."""
    return _lead_end(info.view.text, line)


def _lead_end(text: str, line: Line) -> int:
    m = _section_number().match(text, line.start, line.end)
    return m.end() if m else line.start  # match offsets are the text's, not the line's


# "Charges (...):", and a heading with a remark in brackets ending its line
# ("ACCUSATIONS PORTÉES (dénonciation du 3 mai)")
_ASIDE_START = re.compile(r"^\s*\([^()\n]{1,80}\)(?=\s*:|\s*$)")


def _heading_after(info: PageInfo, hit: Hit) -> str | None:
    """How a cue stands: 'heading' (alone on its line), 'label' (': text'), or None (in text)."""
    line = info.lines[_line_index(info, hit.start)]
    rest = _ASIDE_START.sub("", info.view.text[hit.end : line.end]).strip()  # "Charges (...):"
    if hit.start > _prefix_end(info, line):
        # A label after a full stop in running text: "... its doors. Charge: damage ..."
        before = info.view.text[line.start : hit.start].rstrip()
        return "label" if before.endswith((".", ";")) and rest.startswith(":") else None
    agent = _heading_agent().match(rest)
    if agent:  # "Qualification retenue par le parquet :": who retained them, then the colon
        rest = rest[agent.end() :].strip()
    elif _heading_agent(to_end=True).fullmatch(rest) and _is_caps_heading(info.view, line):
        return "heading"  # "QUALIFICATIONS RETENUES PAR LE MANDAT": a heading in capitals
    if not rest or rest == ":":
        return "heading"
    if rest == "." and _is_caps_heading(info.view, line):
        return "heading"  # "3. OFFENCES.": a numbered heading in capitals closed by a full stop
    if rest.startswith(":"):
        return "label"
    if _heading_tail().fullmatch(rest) or _law_tail(info, hit.end, line.end):
        return "heading"  # "OFFENCES AND MAXIMUM PUNISHMENT", "OFFENCES - Crimes Act 1900"
    return None


@cache
def _heading_tail() -> re.Pattern[str]:
    """What a heading adds after its charges word, up to its end or colon: the laws, the
    penalties ... (`word.heading-tail`), each after a comma, "and" or "/"."""
    return re.compile(
        rf"(?:\s*(?:[,/&]\s*(?:(?:{_word_list('word.and')})\s+)?"
        rf"|(?:{_word_list('word.and')})\s+)(?:{_word_list('word.heading-tail')}))+"
        r"\s*:?"
    )


def _law_tail(info: PageInfo, start: int, end: int) -> bool:
    """Whether `[start, end)` is a dash and the law the charges below come under ("OFFENCES -
    Crimes Act 1900 (NSW)"): a law's title and no offence's name."""
    text = info.view.text
    m = re.match(r"\s*[-–—]\s+", text[start:end])
    return (
        m is not None and ":" not in text[start:end]
        and _law_title().search(text, start + m.end(), end) is not None
        and not any(start <= h.start < end for h in info.iccs)
    )


@cache
def _heading_agent(to_end: bool = False) -> re.Pattern[str]:
    """Who retained the charges, between a charges heading and its colon, up to the colon;
    `to_end`: up to the end of a heading's line that has no colon."""
    close = "" if to_end else "(?=:)"
    return re.compile(
        rf"(?:{_word_list('word.heading-agent')})(?![\w'])[^:.;\n]{{0,50}}{close}"
    )


_RULE_LINE = re.compile(r"[-_=*–—─]{5,}")  # a horizontal rule drawn with characters


def _own_penalty(info: PageInfo, line: Line, hit: Hit) -> bool:
    """Whether a penalty label opening a line ("maximum penalty: ...") follows an item closed
    with ";": the penalty of that item, not a label ending the block."""
    return _sentence_closed(info.view.text, line.start) == ";" and any(
        s == hit.start and k.startswith("penalty.") for s, _e, k, _d in info.events.events
    )


def _is_stop(info: PageInfo, line: Line) -> bool:
    """A heading that ends a block: an end, facts or charges cue standing as a heading, or a
    horizontal rule ("-----" before the clerk's notes of an indictment)."""
    if _RULE_LINE.fullmatch(info.view.text, line.start, line.end):
        return True
    i = bisect.bisect_left([h.start for h in info.cues], line.start)
    for h in info.cues[i:]:
        if h.start >= line.end:
            break
        if h.entry_id == "cue.end" and info.view.text[line.start : h.start].rstrip().endswith(";"):
            continue  # "artículo 50:2; pena: prisión de ...": the item's own penalty
        if h.entry_id == "cue.end" and _own_penalty(info, line, h):
            continue  # "(a) Forgery, Section 336;\nmaximum penalty: 7 years": the item's own
        if h.entry_id in ("cue.end", "cue.facts", "cue.charges") and _heading_after(info, h):
            return True
        if h.entry_id == "cue.facts" and info.view.text[h.end : line.end].strip() == ":":
            return True  # "por los siguientes HECHOS:" over the numbered facts
        if h.entry_id == "cue.end" and h.start == _prefix_end(info, line):
            # "Arrest warrant or judicial\ndecision:" — a heading over two lines
            nxt = info.view.text[h.end : h.end + 2].strip()
            if nxt.startswith(":") or h.end >= line.end:
                return True
    return False


def _caps_label(view: PageView, start: int, end: int) -> bool:
    """Whether the words from `start` to a colon or the end of the line are a heading in
    capitals ("BIENES INCAUTADOS:", "PIECES JOINTES")."""
    quote = view.quote(start, end)
    head = quote.split(":", 1)[0]
    letters = [c for c in head if c.isalpha() and unicodedata.category(c) != "Lo"]
    return len(letters) >= 6 and all(c.isupper() for c in letters) and len(head.split()) >= 2


def _is_caps_heading(view: PageView, line: Line) -> bool:
    quote = view.quote(line.start, line.end)
    letters = [c for c in quote if c.isalpha()]
    if len(letters) < 6 or not all(c.isupper() for c in letters if unicodedata.category(c) != "Lo"):
        return False
    return any(c.isupper() for c in letters)


_OUTLINE_NUMBER = re.compile(r"\s*(\d{1,2})\s*[.)\-]")


HEADING_LINES = 3  # lines a numbered section's opening sentence may run before its list


def _section_heading(info: PageInfo, first: int) -> Line:
    """The line that opens the numbered section whose sentence heads the block at `first`:
    the line just above, or the numbered line a few lines up when the sentence runs over
    line breaks ("3. Offences disclosed. From the statements ... the following offences
    are disclosed against\nthe suspect:"); the line above when none is numbered."""
    text = info.view.text
    for k in range(first - 1, max(-1, first - 1 - HEADING_LINES), -1):
        line = info.lines[k]
        if _OUTLINE_NUMBER.match(text, line.start, line.end):
            return line
        if line.blank_before:
            break  # the paragraph opens here, unnumbered
    return info.lines[first - 1]


def _next_section(info: PageInfo, first: int, line: Line) -> bool:
    """Whether `line` opens the section after the numbered one whose heading opened the
    block ("3. Qualification :\n- vol ...\n4. Procédure. ..."), the blank line lost."""
    if first == 0:
        return False
    heading, text = _section_heading(info, first), info.view.text
    a = _OUTLINE_NUMBER.match(text, heading.start, heading.end)
    b = _OUTLINE_NUMBER.match(text, line.start, line.end)
    if a is not None and b is not None:
        return int(b.group(1)) == int(a.group(1)) + 1
    # capital letters, roman numerals or Arabic abjad letters ("C. OFFENCES" then "D. WARRANT",
    # "III. QUALIFICATION" then "IV. MANDAT", "ج- التهم" then "د- الأمر")
    a = _OUTLINE_LETTER.match(text, heading.start, heading.end)
    b = _OUTLINE_LETTER.match(text, line.start, line.end)
    if a is not None and b is not None:
        x, y = a.group(1).upper(), b.group(1).upper()  # the page's text is in lower case
        x, y = _ROMAN_MISREAD.get(x, x), _ROMAN_MISREAD.get(y, y)
        for order in _OUTLINE_ORDERS:
            if x in order and y in order:
                return order.index(y) == order.index(x) + 1
    # ordinal words ("ثالثاً: التهم ..." then "رابعاً: الأمر القضائي")
    ranks = _ordinal_ranks()
    a, b = _OUTLINE_WORD.match(text, heading.start), _OUTLINE_WORD.match(text, line.start)
    return (a is not None and b is not None and a.group(1) in ranks and b.group(1) in ranks
            and ranks[b.group(1)] == ranks[a.group(1)] + 1)


_OUTLINE_WORD = re.compile(r"\s*([^\W\d_]+)\s*[:.\-–]")
_OUTLINE_LETTER = re.compile(
    r"\s*(it|i[l1]l?|l[il]l?|x{0,3}(?:ix|iv|v?i{0,3})|[a-z]|[أابجدهوزحطي])\s*[.)\-–]\s",
    re.IGNORECASE,
)
# Roman numerals as OCR misreads them: "III." read "IT." or "Ill.", "II." read "Il."
_ROMAN_MISREAD = {"IT": "III", "IL": "II", "I1": "II", "LI": "II", "LL": "II", "ILL": "III",
                  "IIL": "III", "I1L": "III", "LLL": "III", "LIL": "III", "LLI": "III"}
_OUTLINE_ORDERS = (
    ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"),
    tuple("ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
    ("أ", "ب", "ج", "د", "ه", "و", "ز", "ح", "ط", "ي"),
)


@cache
def _ordinal_ranks() -> dict[str, int]:
    """The ordinal words that open items (charge-cues cue.item), each with its rank in its
    language's list as written there (first, second, ...)."""
    ranks: dict[str, int] = {}
    entry = load_lexicon("charge-cues").get("cue.item")
    for terms in entry.terms.values():
        for i, term in enumerate(terms):
            ranks.setdefault(normalize_term(term), i)
    return ranks


@cache
def _index_cell() -> re.Pattern[str]:
    """A row's index cell: "No.", "N°", "#", "1", "1.", "ii", "رقم" (the charge's name follows
    it; `word.number-abbreviation`, `word.index-cell`)."""
    return re.compile(
        rf"(?:(?:{_word_list('word.number-abbreviation')})\.?|#|\d{{1,2}}[.)]?|[ivx]{{1,4}}[.)]?"
        rf"|{_word_list('word.index-cell')})?",
        re.I,
    )


def _table_row(text: str, line: Line) -> tuple[int, int] | None:
    """The span of a table row's first worded cell, or None when the line is no row. A row
    is a line whose cells are parted by "|": bordered ("| Murder | s. 117 |") or borderless
    with at least two bars ("1 | Murder | s. 117"); an index cell ("No.", "1") is passed."""
    row = text[line.start:line.end]
    if not row.startswith("|") and row.count("|") < 2:
        return None
    cells = list(_TABLE_CELL.finditer(row))[1 if row.startswith("|") else 0 :]
    first = cells[0].group("cell") if cells else ""
    if len(cells) > 1 and first and _index_cell().fullmatch(first):
        cells = cells[1:]
    if not cells:
        return None
    return line.start + cells[0].start("cell"), line.start + cells[0].end("cell")


def _table_items(info: PageInfo, first: int, header: tuple[int, int] | None) -> list[Item]:
    """Items of a charges block written as a table, one row a line ("| Charge | Law |" over
    "| Murder | Criminal Code, s. 117 |", or borderless "No. | Offence | Provision" over
    "1 | Murder | s. 117"): the first worded cell of a row is the charge's name, the rest of
    the row its law and penalty. A row whose first worded cell is a heading word ("Charge",
    "Infraction", "Delito") is the table's header. Empty when the block is no table. A row
    that does not close with "|" was wrapped: the lines under it, up to the one that closes
    it, are the rest of its cells (its law and penalty), not the table's end."""
    view, text = info.view, info.view.text
    items: list[Item] = []
    wrapped = False  # the row above goes on on this line
    for line in info.lines[first:]:
        cell = _table_row(text, line)
        closed = text[line.start : line.end].rstrip().endswith("|")
        if wrapped and (cell is None or not text.startswith("|", line.start)):
            wrapped = not closed
            if items:
                items[-1].region_end = line.end
            continue
        wrapped = cell is not None and text.startswith("|", line.start) and not closed
        if cell is None:
            break
        a, b = cell
        if a == b or any(
            h.entry_id == "cue.charges" and h.start <= a and b <= h.end for h in info.cues
        ):
            continue
        items.append(Item(view, a, _wording_end(info, a, b), line.end, header))
    return items


@cache
def _time_lead_words() -> re.Pattern[str]:
    """The words that open the time of the acts at the start of a line (`word.time-lead`)."""
    return re.compile(rf"\s*(?:{_word_list('word.time-lead')})(?!\w)")


def _count_title_end(info: PageInfo, li: int, end: int) -> int:
    """Where a count's wording may run: to the end of its line when the line is a count's
    title ("Chef 1 - Fraude de plus de 5 000 $") and the next line tells the time of the acts
    ("Entre le 1er janvier 2021 et ..."); else to `end`."""
    text, line = info.view.text, info.lines[li]
    if li + 1 >= len(info.lines) or not _count_line().match(text, line.start, line.end):
        return end
    nxt = info.lines[li + 1]
    lead = _time_lead_words().match(text, nxt.start, nxt.end)
    dated = lead is not None and any(
        nxt.start <= d.start <= lead.end() + DATE_AFTER_LEAD for d in dates_on(info.view)
    )
    return min(end, line.end) if dated or _narrative().match(text, nxt.start, nxt.end) else end


DATE_AFTER_LEAD = 8  # characters between a time lead ("Entre le", "On or about") and its date


def _block_items(info: PageInfo, first: int, header: tuple[int, int] | None) -> list[Item]:
    """Items of a charges block whose first line is `info.lines[first]`."""
    view, text = info.view, info.view.text
    if first < len(info.lines) and _table_row(text, info.lines[first]) is not None:
        return _table_items(info, first, header)
    item_rx = _item_start()
    starts: list[tuple[int, int]] = []  # (line index, wording start)
    law_lines: list[int] = []  # "Applicable law: ..." lines: they end the item above
    last = first - 1
    limit = info.lines[first].start + MAX_BLOCK if first < len(info.lines) else 0
    for i in range(first, len(info.lines)):
        line = info.lines[i]
        if line.start > limit or _is_stop(info, line):
            break
        m = item_rx.match(text, line.start, line.end)
        if m is not None and m.group("bare") and int(m.group("bare")) != len(starts) + 1 and (
            not starts or not _RTL_MARK.match(text, line.start, m.end())
        ):
            m = None  # a bare number starts an item only in sequence ("1 ...", "2 ...")
        if m is not None and any(h.start < line.start < h.end for h in info.articles):
            m = None  # "... section 12 subsections\n(1) and (3) of the Act": a citation goes on
        if m is not None and _figure_after_words(text, m):
            m = None  # "... de seis (6) a diez\n(10) años de prisión": a penalty goes on
        if m is not None and starts and _dash_citation(info, m):
            last = i  # "1. الاتجار بالمخدرات (...)\n– المادة 8 من قانون ...": its law goes on
            continue
        if m is None and starts and _misread_marker(info, i, starts[0][0]):
            m = _MISREAD_MARKER.match(text, line.start, line.end)
        if m is None and i > first and (
            _law_label(info, line) or (len(starts) > 1 and _law_sentence(info, i))
        ):
            law_lines.append(i)
            last = i
            continue
        if m is None and i > first and _new_ground(info, line):
            break  # "...; and conspiracy to defraud ...;\nAND WHEREAS the said defendant ..."
        if m is None and i > first:
            if line.blank_before and starts and not _ocr_gap(info, i) and not _next_item_after(
                info, i, len(starts) + 1, limit, info.lines[starts[0][0]].start
            ):
                break
            closed = _sentence_closed(text, line.start)
            if starts and closed and view.quote(line.start, line.end)[:1].isupper() and (
                closed == ";" or not _item_further(info, i, limit)
            ):
                break  # "- recel ... ;\nVu les réquisitions ..." (the blank line lost)
            if starts and _is_caps_heading(view, line) and not _is_caps_heading(
                view, info.lines[starts[-1][0]]
            ):
                break
            if not starts and line.blank_before and not _ocr_gap(info, i) and not _comma_gap(
                info, first, i
            ):
                break  # an unnumbered list ends at a blank line, unless OCR put it mid-sentence
        if m is not None and not starts and i > first and line.blank_before and text[
            : line.start
        ].rstrip().endswith("."):
            break  # "theft ... of the Penal Code.\n\n2. The accused absconded": a paragraph
        if m is not None and not starts and i > first and _next_section(info, first, line):
            break  # "3. Offences\nThe suspect is wanted for ...\n4. Warrant": the next section
        first_style = _marker_style(text, info.lines[starts[0][0]].start) if starts else ""
        if m is not None and starts and line.blank_before and not _same_style(
            info, _marker_style(text, line.start), first_style
        ):
            break  # "- vol ...;\n- recel ...\n\n4. Situation": the next section
        if m is not None and starts and _marker_style(text, line.start) != _marker_style(
            text, info.lines[starts[0][0]].start
        ) and (_caps_label(view, m.end(), line.end) or _next_section(info, first, line)):
            break  # "- vol ...;\n4. MESURES CONSERVATOIRES : ..." (the blank line lost)
        if m is not None and (m.end() < line.end or i + 1 < len(info.lines)):
            starts.append((i, m.end()))
        last = i
    if last < first:
        return []
    block_end = info.lines[last].end
    if not starts:  # an unnumbered list: "Charges:\nMurder; robbery"
        if law_lines:
            if law_lines[0] == first:
                return []
            block_end = info.lines[law_lines[0] - 1].end
        a = info.lines[first].start
        if block_end - a > MAX_LIST or any(
            h.entry_id == "cue.charged-with" and a <= h.start < block_end for h in info.cues
        ) or _narrative().match(text, a):
            return []  # prose: its "charged with ..." cues say where the charges are
        found = _caps_lines(info, first, last) or _enumerated(info, a, block_end)
        for it in found:  # "theft contrary to s. 283; uttering ..."
            it.header = header
        return found or [Item(view, a, _wording_end(info, a, block_end), block_end, header)]
    items = []
    for k, (line_at, a) in enumerate(starts):
        region_end = info.lines[starts[k + 1][0] - 1].end if k + 1 < len(starts) else block_end
        law = next((j for j in law_lines if j > line_at), None)
        if law is not None and info.lines[law].start < region_end:
            region_end = info.lines[law - 1].end
        sub = _enumerated(info, a, region_end)
        if len(sub) > 1:  # "(i) Armed robbery (ii) Kidnapping" on one line
            for it in sub:
                it.header = header
            items += sub
            continue
        wording_end = _count_title_end(info, line_at, region_end)
        items.append(Item(view, a, _wording_end(info, a, wording_end), region_end, header))
    return items


def _caps_lines(info: PageInfo, first: int, last: int) -> list[Item]:
    """An unnumbered list in capitals on an OCR page whose comma at a line's end was read
    as a full stop ("COMPLICITÉ D'ASSASSINAT.\nASSOCIATION DE MALFAITEURS,\n..."): each
    run of capital lines up to such a stop is read on its own; the list ends at the first
    line not in capitals. Empty when no line in capitals above another ends with ".". """
    view, text = info.view, info.view.text
    if view.page.method != "ocr":
        return []
    k = first
    while k <= last and _is_caps_heading(view, info.lines[k]):
        k += 1
    stops = [j for j in range(first, k - 1) if text[info.lines[j].start : info.lines[j].end]
             .rstrip().endswith(".")]
    if not stops:
        return []
    found: list[Item] = []
    a = info.lines[first].start
    for j in [*stops, k - 1]:
        found += _enumerated(info, a, info.lines[j].end)
        if j + 1 < len(info.lines):
            a = info.lines[j + 1].start
    return found


def _dash_citation(info: PageInfo, m: re.Match[str]) -> bool:
    """A dash that opens a line with a citation or law cue ("– المادة 8 من قانون ...", "- art.
    5 of the Act"): the law of the item above, written on its own line, not a new item."""
    if not re.match(r"\s*[-–—]", m.group()):
        return False
    at = m.end()
    return any(h.start == at for h in info.articles) or any(
        h.start == at and h.entry_id in ("cue.charge-end", "cue.law") for h in info.cues
    )


@cache
def _ground_start() -> re.Pattern[str]:
    """A line opening a further ground of the decision ("AND WHEREAS", "Attendu que",
    "Considerando que"; `word.and`, `word.grounds-lead`)."""
    return re.compile(
        rf"\s*(?:(?:{_word_list('word.and', script='latin')})\s+)?"
        rf"{word_start_alternation(WORDS, 'word.grounds-lead')}(?:\s+|(?<=')|(?<=’))", re.I
    )


def _new_ground(info: PageInfo, line: Line) -> bool:
    """Whether a line after a closed sentence (";", ".") opens a further ground of the
    decision: it ends the block of charges the ground before it listed."""
    text = info.view.text
    return bool(_sentence_closed(text, line.start)) and (
        _ground_start().match(text, line.start, line.end) is not None
    )


def _sentence_closed(text: str, at: int) -> str:
    """How the text before `at` ends: ";", a full stop (not an abbreviation's) or ""."""
    before = text[:at].rstrip()
    if before.endswith(";"):
        return ";"
    full = before.endswith(".") and _sentence_end().match(text, len(before) - 1) is not None
    return "." if full else ""


def _item_further(info: PageInfo, i: int, limit: int) -> bool:
    """Whether an item marker opens one of the few lines after line `i` (the particulars of
    an item go on in a new sentence before the next item)."""
    rx = _item_start()
    for j in range(i + 1, min(len(info.lines), i + 1 + ITEM_PARAGRAPH_LINES)):
        line = info.lines[j]
        if line.start > limit or _is_stop(info, line):
            return False
        m = rx.match(info.view.text, line.start, line.end)
        if m is not None and not m.group("bare"):
            return True
    return False


# A numbered item's marker whose figure OCR read as a quote or question mark ('". X', "؟- X")
_MISREAD_MARKER = re.compile(r"\s*[\"'`“”‘’«»؟?!|]{1,2}\s?[.)\-–](?=\s+[^\W\d_])\s*")


def _misread_marker(info: PageInfo, i: int, first_item: int) -> bool:
    """Whether OCR line `i` opens with a list marker whose figure was misread, in a list
    numbered with figures, after a line that ends an item ("... ثلاث سنوات.\n\". غسل ...")."""
    text = info.view.text
    first = info.lines[first_item].start
    numbered = re.match(r"[^\w(]{0,2}\(?\d", text[first : first + 5])
    if info.view.page.method != "ocr" or not numbered \
            or not _MISREAD_MARKER.match(text, info.lines[i].start, info.lines[i].end):
        return False
    return text[: info.lines[i].start].rstrip()[-1:] in (".", ";", "؛")


# "١-" of a right-to-left list as OCR or a text layer writes it: "-١". Its digit may be misread
# (every item "-١"), so after the first item the dash alone marks the next one.
_RTL_MARK = re.compile(r"\s*[-–]\s*\d{1,2}\s")
ITEM_PARAGRAPH_LINES = 8  # lines of particulars a numbered charge may carry below it


@cache
def _narrative() -> re.Pattern[str]:
    """An unnumbered block that opens with the time of the acts tells the facts, not the
    charges ("Faits reprochés :\nEntre 2019 et 2022, X aurait détourné ...")."""
    months = "|".join(
        re.escape(normalize_term(t)) for _e, _l, t in load_lexicon("months").iter_terms()
    )
    return re.compile(
        rf"(?:{_word_list('word.time-lead')})\s+"
        rf"(?:(?:{_word_list('word.period')})\s+|(?:{months})\s+)?\d"
    )


@cache
def _time_span() -> re.Pattern[str]:
    """A wording that opens with a span of time ("الفترة من شهر محرم ...", "the period from
    ..."), after an optional time lead: the time of the acts, not an offence."""
    return re.compile(
        rf"(?:(?:{_word_list('word.time-lead')})\s+)?(?:{_word_list('word.time-span')})\s"
    )


@cache
def _dated_span() -> re.Pattern[str]:
    """A span of time with both ends dated, opening a charge's wording ("خلال الفترة من 2020
    حتى 2022 بدد ...", "during the period from May 2019 to June 2020 misappropriated ..."):
    the time of the acts, after which the offence is named. Its words ("حتى", "to") are no
    end of the wording, though "حتى" also reads as a penalty's "up to". A comma after the span
    opens an aside (a place: "حتى 10/03/1445هـ، في مدينتي الدمام ..."), not the offence, so the
    span must run straight into a word."""
    date = r"[^\s,،;]*\d[^\s,،;]*"
    return re.compile(
        rf"(?:(?:{_word_list('word.time-lead')})\s+)?(?:{_word_list('word.time-span')})\s+"
        rf"[^\n,،;]{{0,40}}?\b(?:{_word_list('word.span-end')})\s+"
        rf"(?:[^\s\d,،;]+\s+){{0,2}}{date}(?:\s+\d{{4}})?\s+(?=[^\W\d_])"
    )


def _past_dated_span(info: PageInfo, a: int, b: int) -> int:
    """Where a charge's wording starts once a dated span of time opening it after its cue is
    skipped; `a` when there is none."""
    text = info.view.text
    m = _dated_span().match(text, _skip_lead(text, _past_cue(info, a, b), b), b)
    return m.end() if m and m.end() < b else a


def _next_item_after(info: PageInfo, i: int, number: int, limit: int, first_at: int) -> bool:
    """Whether the paragraph opening at line `i` (after a blank line) is the particulars of
    the item above: within a few lines, a line after a blank one opens the next item of the
    list whose first item opens at `first_at`, in sequence ("1. Vol (art. 139)\n\nLe 3 mai,
    il ...\n\n2. Recel (art. 321)"; "a) ..." then "b) ..."; a dash after a dash). OCR puts
    blank lines inside items ("... artículos 5 y 75 de la\n\nLey 50-88 ...\n\n- Lavado"); one
    mid-sentence (an OCR gap) is passed over."""
    text, rx = info.view.text, _item_start()
    first = _LIST_MARK.match(text, first_at)
    for j in range(i + 1, min(len(info.lines), i + 1 + ITEM_PARAGRAPH_LINES)):
        line = info.lines[j]
        if line.start > limit or _is_stop(info, line):
            return False
        if not line.blank_before or _ocr_gap(info, j):
            continue  # OCR may put a further blank line mid-sentence ("... five (5) times\n\nthe")
        mark = _LIST_MARK.match(text, line.start, line.end)
        if rx.match(text, line.start, line.end) is None or mark is None or first is None:
            return False
        if mark["number"] and first["number"]:
            return int(mark["number"]) == number
        if mark["letter"] and first["letter"]:
            return ord(mark["letter"]) - ord(first["letter"]) == number - 1
        return bool(mark["dash"]) and mark["dash"] == first["dash"]
    return False


# The marker opening a list item: its figure, its letter ("a)", "(b)") or its dash.
_LIST_MARK = re.compile(
    r"[^\w(]{0,3}\(?(?P<number>\d{1,2})|[^\w(]{0,3}\(?(?P<letter>[a-h])[.)]"
    rf"|\s*(?P<dash>{_DASHES})"
)


def _ocr_gap(info: PageInfo, i: int) -> bool:
    """Whether the blank line before line `i` is an OCR gap inside a sentence, not a break:
    on an OCR page, the line above ends with no punctuation and this one opens in lower case
    or in a script without case ("... من القائمين على تنفيذ القانون، هم\n\nالنقيب/ ..."), or
    with a bracket ("2. Participation in ...\n\n(Article 307.3, part 2, ...)")."""
    if info.view.page.method != "ocr" or i == 0:
        return False
    text = info.view.text
    above = text[info.lines[i - 1].start : info.lines[i - 1].end].rstrip()
    first = info.view.quote(info.lines[i].start, info.lines[i].start + 1)
    return bool(above) and above[-1] not in ".;:!?" and (
        first == "(" or (not first.isupper() and first.isalpha())
    )


def _comma_gap(info: PageInfo, first: int, i: int) -> bool:
    """Whether the blank line before line `i` of an unnumbered list is an OCR gap after a
    comma: the line above ends with "," and this line, written as the list's first line,
    names an offence ("DÉTOURNEMENT DE DENIERS PUBLICS,\n\nFAUX ET USAGE DE FAUX ...").
    In a list in capitals the comma may have been read as a full stop."""
    if info.view.page.method != "ocr" or i <= first:
        return False
    view, text, line = info.view, info.view.text, info.lines[i]
    above = text[info.lines[i - 1].start : info.lines[i - 1].end].rstrip()
    caps = _is_caps_heading(view, line)
    if caps != _is_caps_heading(view, info.lines[first]) or not any(
        line.start <= h.start < line.end for h in info.iccs
    ):
        return False
    return above.endswith(",") or (caps and above.endswith("."))


_REVERSED_NUMBER = re.compile(r"[-–]\d{1,2}[\u200e\u200f]?\s")  # "-١\u200f ": "١-" reversed


def _marker_style(text: str, at: int) -> str:
    """The kind of an item's marker: a number, a letter, a roman numeral, a dash, a word, or
    a right-to-left number: a dash glued before a number ("-١\u200f القتل"), the marker "١-"
    written the other way round."""
    head = text[at : at + 6].lstrip("( ")
    if head[:1].isdigit():
        return "number"
    if _REVERSED_NUMBER.match(head):
        return "rtl-number"
    if re.match(r"[ivx]{1,4}[.)]", head):
        return "roman"
    if re.match(r"[a-hl]{1,4}[.)]", head):
        return "letter"
    return "word" if head[:1].isalpha() else "dash"


def _same_style(info: PageInfo, a: str, b: str) -> bool:
    """Two markers of one list: a letter list reaches "i)", "v)". On an OCR page a word
    marker may be a misread number ("١." read as the letter "ا."). A right-to-left "-١" is of
    one list with the numbers "٢-" and with the dashes that mark the next items (`_RTL_MARK`)."""
    return a == b or {a, b} in ({"letter", "roman"}, {"rtl-number", "number"},
                                {"rtl-number", "dash"}) or (
        info.view.page.method == "ocr" and {a, b} == {"number", "word"}
    )


def _law_label(info: PageInfo, line: Line) -> bool:
    """A line that opens with a law heading or label ("Applicable law: ...", "النصوص القانونية")."""
    head = _prefix_end(info, line)
    i = bisect.bisect_left([h.start for h in info.cues], head)
    return i < len(info.cues) and info.cues[i].start == head and info.cues[i].entry_id == "cue.law"


def _law_sentence(info: PageInfo, i: int) -> bool:
    """A line after a list of charges that opens a sentence citing their law ("وطلبت
    معاقبته طبقا للمواد ...", "All punishable under sections ...")."""
    line, text = info.lines[i], info.view.text
    if not text[: line.start].rstrip().endswith("."):
        return False
    return any(
        h.entry_id == "cue.charge-end" and line.start <= h.start < min(line.end, line.start + 40)
        for h in info.cues
    )


def _wording_end(info: PageInfo, start: int, end: int) -> int:
    """Where a charge's own wording ends: its law reference, article or penalty cue (after a
    dated span of time that opens it)."""
    start = _past_dated_span(info, start, end)
    i = bisect.bisect_right(info.stops, start)
    stop = info.stops[i] if i < len(info.stops) and info.stops[i] < end else end
    text = info.view.text
    # a charge's name ends at its full stop ("Murder. His co-accused ...")
    full = _sentence_end().search(text, start, stop)
    if full is not None and text[full.end() : stop].strip():
        stop = full.start()
    # "(18 U.S.C. § 1349)", "[Btk. § 373]": cut at the bracket that opens the citation
    for left, right in ("()", "[]"):
        open_at = text.rfind(left, start, stop)
        if open_at >= 0 and text.find(right, open_at, stop) < 0 and stop < end:
            stop = open_at
    stop = _label_cut(info.view, start, stop)
    stop = _victim_cut(info.view, start, stop)
    for dash in _SPACED_DASH.finditer(text, start, stop):
        if _law_title().search(text, dash.end(), min(stop, dash.end() + 60)):
            stop = dash.start()  # "Money laundering - Proceeds of Crime Act [CAP 284]"
            break
    m = _comma_law().search(text, start, stop)
    if m is not None and m.start() > start:
        stop = m.start()  # "robo agravado (gloss), Código Penal,\nartículo 28:2": the law's name
    while stop > start and text[stop - 1] in _TRAILING:
        stop -= 1
    m = _trailing_word().search(text, start, stop)
    if m is not None and m.start() > start:  # "homicidio del (artículo 138)": "del" is the law's
        stop = m.start()
    m = _trailing_class().search(text, start, stop)
    if m is not None and m.start() > start:  # "X, crime prévu et puni par": the law's class word
        stop = m.start()
        while stop > start and text[stop - 1] in _TRAILING:
            stop -= 1
    m = _TRAILING_QUOTED.search(text, start, stop)
    if m is not None and m.start() > start + 10:  # '... غير مششخن "فرد خرطوش"': a specifier
        stop = m.start()
    return _section_code_cut(info.view, start, stop)


# "dishonestly issuing a cheque (489-F) PPC": the section in brackets and the code's
# abbreviation in capitals closing a listed charge (on the text as written)
_SECTION_CODE = re.compile(r"\s*\(\s*\d[\w./-]{0,10}\s*\)\s+[A-Z][A-Za-z.]{1,7}\s*$")


def _section_code_cut(view: PageView, start: int, stop: int) -> int:
    """Where a bracketed section and a code's abbreviation closing the wording begin."""
    if stop - start < 12:
        return stop
    m = _SECTION_CODE.search(view.quote(start, stop))
    if m is None or m.start() < 8:
        return stop
    return view.norm.normalized_index(view.original_span(start, stop)[0] + m.start())


_TRAILING = " ,;:-–—(.،\"“”«»‘’"
_SPACED_DASH = re.compile(r"\s[-–—]\s")
_TRAILING_QUOTED = re.compile(r"\s+[\"“«‘][^\"”»’\n]{1,40}[\"”»’]?$")


@cache
def _trailing_class() -> re.Pattern[str]:
    """An offence class word after a comma, before the law that punishes it ("enlèvement ...
    de rançon, crime prévu et puni par", "Murder, a felony under")."""
    return re.compile(rf"[,،]\s*(?:{_word_list('word.trailing-class')})$")


@cache
def _trailing_word() -> re.Pattern[str]:
    """Link words left at the end of a charge's wording: "homicidio del (artículo 138)",
    "القتل العمد تحت (المادة ١٣٠)", "التحيل طبق (الفصل ٢٩١)"."""
    return re.compile(rf"(?:\s+(?:{_word_list('word.trailing-link')}))+$")


@cache
def _victim() -> re.Pattern[str]:
    """A victim named after the offence: "robo con violencia a Juan PÉREZ", "contre M. DUPONT",
    "assault causing harm to John MURPHY" (`word.victim-link`, `word.harm-noun`,
    `word.victim-article`, `word.victim-title`; on the text as written)."""
    # "assault causing harm to John MURPHY" (`word.harm-noun`): "to" only after a harm
    harm = "|".join(rf"(?<=\b{re.escape(t)})" for t in words(WORDS, "word.harm-noun"))
    return re.compile(
        rf"(?:\s(?:{_spellings('word.victim-link')})|(?:{harm})\sto)\s+"
        rf"(?:(?:(?:{_spellings('word.victim-article')})\s+)?"
        rf"(?:{_spellings('word.victim-title')})\s+)?(?:[A-ZÁÉÍÓÚÑÀÂÈÊÎÔÛÇ][\w.'’-]*\s+){{0,3}}"
        r"(?:[A-ZÁÉÍÓÚÑÀÂÈÊÎÔÛÇ]{3,}\b"
        # "... of one Travis J." at the end of the wording: the line broke before the surname
        r"|(?<=\s)[A-ZÁÉÍÓÚÑÀÂÈÊÎÔÛÇ][a-záéíóúñàâèêîôûçëï'’-]+\s+[A-Z]\.?\s*$)"
    )


@cache
def _victim_end() -> re.Pattern[str]:
    """"... porté des coups à Fabrice Hennuy": a capitalised name closing the wording, after
    `word.victim-link` (on the text as written)."""
    return re.compile(
        rf"\s(?:{_spellings('word.victim-link')})\s+"
        r"(?:[A-ZÁÉÍÓÚÑÀÂÈÊÎÔÛÇ][a-záéíóúñàâèêîôûçëï'’-]+\s+){1,3}"
        r"[A-ZÁÉÍÓÚÑÀÂÈÊÎÔÛÇ][a-záéíóúñàâèêîôûçëï'’-]+\s*$"
    )


@cache
def _colon_abbreviation() -> re.Pattern[str]:
    """An abbreviation before a colon ("art.: 189", `word.colon-abbreviation`)."""
    return re.compile(rf"\b(?:{_word_list('word.colon-abbreviation')})\.?\s*$")


def _label_cut(view: PageView, start: int, stop: int) -> int:
    """Where a label run into a charge begins: the words before a colon inside the wording."""
    text = view.text
    colon = text.find(":", start, stop)
    if colon < 0 or colon - start < 3:
        return stop
    head = text[start:colon].rstrip()
    if _colon_abbreviation().search(head) or re.search(r"\d$", head):
        return stop  # "art.: 189", a time "10:30"
    a0 = view.original_span(start, colon)[0]
    quote = view.quote(start, colon).rstrip()
    best = colon
    starts = [m.start() for m in re.finditer(r"\S+", quote)]
    for k in range(max(1, len(starts) - 4), len(starts)):  # the longest label first
        label, before = quote[starts[k] :], quote[: starts[k]]
        letters = [c for c in label if c.isalpha()]
        upper = len(letters) >= 4 and all(c.isupper() for c in letters)
        if any(c.islower() for c in before) and (
            upper or (k == len(starts) - 1 and label[:1].isupper())
        ):
            best = view.norm.normalized_index(a0 + starts[k])
            break
    return best if best > start else stop


def _victim_cut(view: PageView, start: int, stop: int) -> int:
    """Where a victim's name written after the offence begins ("robo a Juan PÉREZ")."""
    if stop - start < 8:
        return stop
    quote = view.quote(start, stop)
    m = _victim().search(quote)
    if m is None:  # a name in title case after a wording in lower case ("... coups à Jean Dumas")
        m = _victim_end().search(quote)
        head = quote[quote.rfind(",", 0, m.start()) + 1 : m.start()].strip() if m else ""
        if any(c.isupper() for c in head[1:]):
            m = None
    if m is None or m.start() < 3:
        return stop
    return view.norm.normalized_index(view.original_span(start, stop)[0] + m.start())


@cache
def _number_label_before() -> re.Pattern[str]:
    """A number label just before a bracketed figure ("القرار بقانون رقم (20)", "Law No. (5)"):
    the figure is a reference, not a list marker."""
    return re.compile(
        rf"{word_start_alternation(WORDS, 'word.number-label')}\s*$"
    )


@cache
def _number_word_set() -> frozenset[str]:
    """Cardinal number words of the four languages (`numbers` lexicon, normalised)."""
    return frozenset(normalize_term(t) for e, _l, t in load_lexicon("numbers").iter_terms()
                     if e.id.startswith("num."))


def _figure_after_words(text: str, m: re.Match[str]) -> bool:
    """A bracketed figure that restates the number word before it ("diez (10)", "ten (10)")."""
    if not m.group().lstrip().startswith("("):
        return False
    before = re.search(r"([^\W\d_]+)\s*$", text[max(0, m.start() - 20) : m.start()])
    return before is not None and before.group(1) in _number_word_set()


def _closes_bracket(text: str, start: int, m: re.Match[str]) -> bool:
    """A figure with a closing bracket only ("63)") that closes a bracket opened before it in
    the item ("(Cap. 63)", "(Law No. 12)"): the end of an aside, not a list marker."""
    marker = m.group().strip()
    if marker.startswith("(") or not marker.endswith(")"):
        return False
    before = text[start : m.start()]
    return before.count("(") > before.count(")")


def _ends_sentence_line(info: PageInfo, m: re.Match[str]) -> bool:
    """A figure and a full stop that end their line after a word ("... Tribunal de première
    instance de Sfax 1.", "... Chamber 2."): the end of a name and of its sentence, not a
    list marker opening the next line."""
    marker = m.group().strip()
    if not re.fullmatch(r"\d{1,2}\s*\.", marker):
        return False
    dot = m.start() + m.group().index(".")
    line = info.lines[_line_index(info, dot)]
    before = info.view.text[max(line.start, m.start() - 3) : m.start()]
    return dot + 1 >= line.end and re.search(r"[^\W\d_]\s*$", before) is not None


@cache
def _item_reference() -> re.Pattern[str]:
    """A word that refers to an item right before its marker (`word.item-reference`)."""
    return re.compile(
        rf"(?<![^\W\d_])(?:{_word_list('word.item-reference', script='latin')})\s*$", re.I
    )


def _enumerated(info: PageInfo, start: int, end: int) -> list[Item]:
    """Items of one run of text, split at markers inside it: "(1) ...; (2) ...", "1) ... 2) ..."."""
    text = info.view.text
    # "المادة 2 الفقرة (1) من القانون", "art. 190 alin. (5) du Code pénal": a sub-part's figure
    parts = [(m.start(), m.end()) for m in _sub_part().finditer(text, max(0, start - 40), end)]
    cuts = [
        m for m in _inline_marker().finditer(text, start, end)
        if not any(h.start <= m.end() and m.start() <= h.end + 2 for h in info.articles)
        and not any(a <= m.start() and m.end() - 1 <= b for a, b in parts)
        and not any(s <= m.start() < e for s, e, _k, _d in info.events.events)  # "seis (6) a"
        and not _number_label_before().search(text, max(0, m.start() - 12), m.start())
        and not _figure_after_words(text, m)  # "de seis (6) a diez\n(10) años"
        and not _closes_bracket(text, start, m)  # "Penal Code (Cap. 63)": not a marker "63)"
        and not _ends_sentence_line(info, m)  # "... de première instance de Sfax 1.\nLe ..."
        and not (
            m.group("letter") and _item_reference().search(text, max(0, m.start() - 20), m.start())
        )
    ]  # "del delito del capítulo B) a cuentas ...": a reference back to a lettered charge
    letters = [m for m in cuts if m.group("letter")]
    before = re.search(r"\(?(?:[ivxl]{1,4}|[a-h])\)\s*$", text[max(0, start - 8) : start])
    if letters and before is None and (
        len(letters) < 2 or letters[0].group("letter").strip("( ")[:1] not in "ai"
    ):
        cuts = [m for m in cuts if not m.group("letter")]  # "(b)" alone is no enumeration
    bounds = [(start, start)] + [(m.start(), m.end()) for m in cuts]
    if cuts and text[start : cuts[0].start()].rstrip().endswith(":"):
        bounds = bounds[1:]  # "لأنه في يوم 5/1/2021 بدائرة قسم الدقي: أولا: ..." — a header
    items = []
    for k, (_cut, a) in enumerate(bounds):
        b = bounds[k + 1][0] if k + 1 < len(bounds) else end
        stop = _wording_end(info, a, b)
        if stop > a:
            items.append(Item(info.view, a, stop, b))
            items += _continued(info, items[-1], b)
    return items


@cache
def _continue() -> re.Pattern[str]:
    """What joins a charge (after its citation or penalty) to the next one in the same run of
    text: "murder (s. 302); criminal conspiracy", "... (art. 95) et association de
    malfaiteurs", "... طبقا للفصل 293، والاتجار ...", "..., y de un delito de detención ilegal",
    "..., previsto en el artículo 468, de apropiación indebida"."""
    and_ = _word_list("word.and", script="latin")
    and_arabic = _word_list("word.and", script="arabic")  # written onto the next word
    next_of = _spaced("word.next-of", space=r"\s")
    return re.compile(
        rf"\s*(?:[;؛](?:\s*(?:{and_})(?=\s))?|[,،]?\s*(?<![^\W\d_])(?:{and_})\s"
        # "delitos de A, previsto en ..., de B, previsto en ...": the preposition opens the next
        # (`word.next-of`)
        rf"|,\s*(?={next_of})"
        # "... (المادة 158/1)، وتأسيس ...": the comma OCR may read as ":" after the bracket
        rf"|(?:[,،]|(?<=\))\s*:)\s*(?:{and_arabic})(?=[^\W\d_])"
        # "ESTAFA (art. 187), PRODUCCIÓN DE ... (art. 246) y ...": a comma after a citation
        r"|(?<=\))[,،]\s*"
        # "..., ainsi que les faits de faux ...", "..., así como del delito de ...", "as well as"
        # (`word.also-link`, `word.facts-of`)
        rf"|,?\s*(?P<also>{_word_list('word.also-link')})\s+{_spaced('word.facts-of')}?"
        rf"|\s+(?:{and_arabic})(?=ب?(?:{_class()})\s)"
        # "..., en concurso real con lavado de activos": the rule of concurrence (`_concurrence`)
        rf"|,?{_concurrence().pattern}"
        # "conspiracy to defraud, contrary to common law, fraud by ...": a bare comma, when an
        # offence's name opens right after it (`_continued` checks)
        r"|(?P<comma>[,،]))\s*"
    )


@cache
def _law_title() -> re.Pattern[str]:
    """A word that names a law ("Criminal Code", "Ley", "قانون")."""
    return re.compile(
        rf"\b(?:{_word_list('word.law-title', script='latin')})\b"
        rf"|{_word_list('word.law-title', script='arabic')}"
    )




@cache
def _comma_law() -> re.Pattern[str]:
    """A law's name closing a charge's wording after a comma (", Código Penal", ", Criminal
    Code": a few words around a `word.law-title`)."""
    return re.compile(
        rf"[,،]\s*(?:[^\W\d_]+\s+){{0,2}}(?:{_word_list('word.law-title', script='latin')})\b"
        rf"(?:\s+[^\W\d_]+){{0,3}}\s*[,;]?\s*$"
    )


@cache
def _reason() -> re.Pattern[str]:
    """"for", "by" (`word.reason-link`): the acts a charge stands for, after its citation, not
    a further charge's name ("for the offence of ...": `word.reason-article`, `word.class-stem`)."""
    return re.compile(
        rf"(?:{_word_list('word.reason-link')})\s"
        rf"(?!(?:{_word_list('word.reason-article')})\s+(?:{_word_list('word.class-stem')}))"
    )


_QUOTE_START = re.compile(r"[\"“”«»‘’']")
_WORDED = re.compile(r"[^\W\d_]{4,}")  # a charge's wording has a word of four letters


def _continued(info: PageInfo, item: Item, end: int) -> list[Item]:
    """Further charges of one run after a charge whose wording ended at its own citation or
    penalty: each opens after a separator outside brackets (";", "and", "et", "y", "، و")
    and names an offence (an ICCS term, a quoted name, or its own citation right after it).
    The item before ends its region at the separator, so each keeps its own articles."""
    text = info.view.text
    out: list[Item] = []
    prev = item
    pos = prev.end
    if any(
        h.entry_id == "cue.particulars" and pos <= h.start and not text[pos : h.start].strip(" ,،")
        for h in info.cues
    ):
        return out  # "... عمداً، بأن بيّت النية ...، وأعد ...": the particulars' clauses
    while pos < end:
        depth = 0
        found = None
        for m in _continue().finditer(text, pos, end):
            seg = text[pos : m.start()]
            depth += seg.count("(") - seg.count(")")
            pos = m.start()
            if depth > 0:
                continue
            a = m.end()
            if _sentence_end().search(
                text.replace(";", ",").replace("؛", "،"), prev.end, m.start()
            ) or _blank_between(info, prev.end, m.start()) or any(
                s < a < e or s < m.start() < e for s, e, _k, _d in info.events.events
            ) or any(  # "... de diez a quince años y multa, y ...": the penalty goes on
                s == a and k in ("penalty.fine", "penalty.non-custodial")
                for s, _e, k, _d in info.events.events
            ) or any(
                h.start <= a < h.end or h.start < m.start() < h.end for h in info.articles
            ) or any(
                h.start - 3 <= a < h.end for h in info.cues if h.entry_id != "cue.charged-with"
            ) or _inside_law_title(text, prev.end, m.start()):
                continue  # a new sentence, or a separator inside a penalty, citation or cue
            if m.group().lstrip().startswith((",", "،")) and not m.group("also") and (
                _reason().match(text, a)
            ):  # "..., ainsi que pour blanchiment": the cue's "pour" again, a further charge
                continue  # "... (art. 73), por la venta de cocaína ...": the acts, no charge
            if m.group("comma") and not (
                _opens_offence(info, a, end, _within(info, a, end))
                and _law_gap(info, prev.end, m.start())
                and not _law_subject_before(text, prev.end, m.start())
            ):
                continue  # "contrary to section 5, Criminal Code": no offence after the comma;
                # "in that he fired ..., wounding her": the particulars go on
            b = min(end, a + 400)
            stop = _wording_end(info, a, b)
            if stop - a < 4 or stop - a > 160 or not _WORDED.search(text, a, stop):
                continue  # "... du Code pénal et par l'article 113": no offence's name
            if m.group().strip().startswith(",") and text.startswith(("de", "du", "d'"), a) and any(
                a <= s_ < a + 12 for s_, _e, _k, _d in info.events.events
            ):
                continue  # "..., de un à vingt ans de travaux forcés": the penalty, not a charge
            law_at = stop + len(text[stop:b]) - len(text[stop:b].lstrip(" ,،"))
            cited = stop < b and any(
                h.start >= stop and h.start - _past_law_cue(info, law_at) < 12
                for h in info.articles
            )  # "uttering a false document contrary to section 360", "..., previsto en el
            # artículo 331": its own citation
            if (
                _law_title().search(text, a, stop)
                and not _statute_violation().match(text, _skip_lead(text, a, stop), stop)
            ) or not (
                any(a <= h.start and h.end <= stop for h in info.iccs)
                or _QUOTE_START.match(text, a)
                or cited
            ) or (
                _qualified_gap(info, prev.end, m.start())
                and not re.search(r"[,;،]", m.group())  # ", y de un delito de ...": a charge
                and not _opens_offence(
                    info, _skip_lead(text, a, stop), stop, _within(info, a, stop)
                )
            ):  # "..., avec les circonstances que ... et avec armes, de ...": the clause's "and"
                continue
            found = (m.start(), a, stop)
            break
        if found is None:
            break
        sep, a, stop = found
        prev.region_end = min(prev.region_end, sep)
        nxt = Item(info.view, a, stop, end, prev.header, prose=prev.prose)
        out.append(nxt)
        prev, pos = nxt, stop
    return out


def _within(info: PageInfo, a: int, b: int) -> list[Hit]:
    return [h for h in info.iccs if a <= h.start and h.end <= b]


def _law_subject_before(text: str, a: int, b: int) -> bool:
    """Whether a law's title with its subject stands between `a` and `b` ("... de la Ley sobre
    estupefacientes, sustancias psicotrópicas"): a comma at `b` goes on inside that title."""
    titles = list(_law_title().finditer(text, a, b))
    return bool(titles) and _law_subject().match(text, titles[-1].end(), b) is not None


def _law_gap(info: PageInfo, a: int, b: int) -> bool:
    """Whether the words between a charge's end `a` and a separator at `b` are its law
    reference ("conspiracy to defraud, contrary to common law, fraud ...": `cue.charge-end`,
    or a citation), with no particulars after it ("..., in that he fired ..., wounding her")."""
    lead = _first_word(info.view.text, a, b, " ,،(")
    if any(h.entry_id in ("cue.particulars", "cue.qualifier") and a <= h.start < b
           for h in info.cues):
        return False
    return any(h.start == lead for h in info.articles) or any(
        h.entry_id == "cue.charge-end" and h.start == lead for h in info.cues
    )


def _qualified_gap(info: PageInfo, a: int, b: int) -> bool:
    """Whether the words between a charge's end `a` and a separator at `b` open with a
    qualifier (`cue.qualifier`: "..., avec les circonstances que le vol a été commis la nuit,
    par plusieurs personnes et avec armes"): they are that clause, and a further charge after
    the separator has to open with an offence's name."""
    lead = _first_word(info.view.text, a, b, " ,،")
    return any(h.entry_id == "cue.qualifier" and h.start == lead for h in info.cues)


def _first_word(text: str, a: int, b: int, skip: str) -> int:
    """Where the words in `[a, b)` start, past the characters of `skip`."""
    return a + len(text[a:b]) - len(text[a:b].lstrip(skip))


@cache
def _statute_violation() -> re.Pattern[str]:
    """"Violation of the Act on ..." (`word.statute-violation`): a charge named after the law
    it breaks, whose law title is its name."""
    return re.compile(rf"(?:{_word_list('word.statute-violation')})\s")


def _past_law_cue(info: PageInfo, pos: int) -> int:
    """Past a law cue that opens at `pos` ("contrary to", "prévu et puni par", "previsto en",
    "طبقا للمادة"), where the citation it introduces starts; `pos` when none opens there."""
    ends = [h.end for h in info.cues
            if h.entry_id in ("cue.charge-end", "cue.law") and h.start == pos]
    return max(ends, default=pos)


def _blank_between(info: PageInfo, a: int, b: int) -> bool:
    """Whether a blank line stands between `a` and `b` (a new paragraph: the particulars
    below a numbered charge, not a further charge)."""
    i, j = _line_index(info, a), _line_index(info, b)
    return any(
        info.lines[k].blank_before and not _ocr_gap(info, k) and not any(
            h.start < info.lines[k].start < h.end for h in info.articles
        )  # "previsto en el artículo\n\n110 del Código Penal": OCR split the citation
        for k in range(i + 1, j + 1)
    )


def _inside_law_title(text: str, a: int, b: int) -> bool:
    """Whether `b` stands inside the long name of a law cited after `a` ("de la Ley sobre
    estupefacientes, sustancias psicotrópicas, ..., legitimación de capitales y
    financiamiento al terrorismo"): a law's title word, then two commas or more before `b`.
    A ";" at `b` never stands inside a title: it closes the citation and its clauses ("...
    Act 1974, which, where ..., is punishable by ...; and conspiracy to defraud")."""
    if text[b : b + 1] in (";", "؛"):
        return False
    titles = list(_law_title().finditer(text, a, b))
    if not titles:
        return False
    after = titles[-1].end()
    subject = _law_subject().match(text, after, b)  # "Ley Orgánica contra ...", "Ley 50-88 sobre"
    # a comma at `b` closes the subject ("Ley contra el Lavado de Dinero y de Activos, y
    # AGRUPACIONES ILÍCITAS"): "y" without one goes on inside it
    named = subject is not None and not re.search(r"[,;.()،]", text[subject.end() : b + 2])
    return text.count(",", after, b) >= 2 or named


@cache
def _law_subject() -> re.Pattern[str]:
    """A law's title word followed by the word that opens its subject ("Ley ... contra",
    "Act on", "loi relative à", "قانون ... بشأن"): the offences after it name the law."""
    return re.compile(
        # the words or number between: "Ley Orgánica", "Ley 50-88", "loi n° 2005-06", "Act No. 4",
        # with its date ("loi n° 04-18 du 25 décembre 2004 relative à")
        rf"(?:\s+(?:[^\W\d_]+\.?|{_word_list('word.number-abbreviation')}|\d[\w./-]*)){{0,8}}?\s+"
        rf"(?:{_word_list('word.law-subject')})(?!\w)"
    )


def _header_colon(info: PageInfo, hit: Hit) -> int | None:
    """The ':' ending a block header ("committed the following offences at X on D:")."""
    text = info.view.text
    limit = min(len(text), hit.end + 200)
    m = re.compile(r"[:.;]").search(text, hit.end, limit)
    while m is not None and m.group() == "." and not _sentence_end().match(text, m.start()):
        m = re.compile(r"[:.;]").search(text, m.end(), limit)
    if m is None or m.group() != ":":
        return None
    line = info.lines[_line_index(info, m.start())]
    own = _line_index(info, hit.start)
    if any(hit.end <= h.start and h.end <= line.start and _line_index(info, h.start) != own
           for h in info.iccs):
        return None  # an offence named on a line above: the colon heads another block
    return m.start() if text[m.end() : line.end].strip() == "" else None


_SPACES = re.compile(r"\s*")


def _past_header(info: PageInfo, start: int) -> int:
    """Past the time-and-place header of a charge in running text ("أنه بتاريخ 10/3/2022
    بدائرة قسم مدينة نصر: بدد ..."): a colon in the same sentence with no offence before it."""
    text = info.view.text
    colon = text.find(":", start, min(len(text), start + 160))
    if colon < 0 or _sentence_end().search(text, start, colon):
        return start
    if any(start <= h.start < colon for h in info.iccs):
        return start
    if any(start <= h.start < colon for h in info.articles):
        return start  # "DISPARAR ARMAS DE FUEGO (Art. 6.14 de la Ley 168): en la misma fecha"
    after = _SPACES.match(text, colon + 1)
    return after.end() if after and after.end() < len(text) else start


def _inline_items(info: PageInfo, hit: Hit) -> list[Item]:
    """A charge in running text, from the cue to the end of its sentence or wording."""
    text = info.view.text
    start = hit.end
    first_offence = min((h.start for h in info.iccs if h.start >= start), default=len(text))
    for h in info.cues:
        if hit.start < h.start < min(first_offence, start + 60) and h.end > start and (
            h.entry_id == "cue.charged-with"
        ):
            start = h.end  # "requerido por su presunta participación en el delito de ..."
    while start < len(text) and text[start] in " :":
        start += 1
    start = _past_header(info, start)
    limit = min(len(text), start + 500)
    m = _sentence_end().search(text, start, limit)
    # "لأنه في يوم ...: أولا: قتل ... . ثانيا: أحرز ..." — a list goes on past a full stop
    listed = m is not None and _inline_marker().search(text, start, m.start()) is not None
    while listed and m and _inline_marker().match(text, m.end()) and m.end() < start + 1500:
        limit = min(len(text), m.end() + 300)
        m = _sentence_end().search(text, m.end(), limit)
    while m and (_further_charge(info, m) or _qualification_follows(info, m)) and (
        m.end() < start + 1500
    ):
        limit = min(len(text), m.end() + 500)
        m = _sentence_end().search(text, m.end(), limit)
    region_end = _before_block(info, start, m.start() if m else limit)
    items = _enumerated(info, start, region_end)
    further: list[Item] = []
    for it in items:
        it.prose = True
        c = _clause_after().search(text, it.start, it.end)
        if c is not None and any(c.start() - 1 <= h.end <= c.start() for h in info.iccs):
            # "un delito de peculado, la audiencia se sustanció ...": the offence's name, then
            # a clause of its own with its own subject
            further += _qualified_in_clause(info, c.start(), it.region_end)
            it.end = it.region_end = c.start()
    return items + further


def _qualified_in_clause(info: PageInfo, a: int, b: int) -> list[Item]:
    """The offence a clause of its own goes on to name after a charge in running text
    ("... de tentative de meurtre, l'intéressé ayant dirigé la bande, ce qui constitue
    l'infraction d'association de malfaiteurs ;")."""
    for h in info.cues:
        if h.entry_id == "cue.qualified-as" and a < h.start < b:
            return [it for it in _inline_items(info, h) if _worded(info, it.start, it.end)]
    return []


def _before_block(info: PageInfo, start: int, end: int) -> int:
    """Where a charge in running text that has named an offence runs into a block of its own:
    a line closed by a colon after that offence ("وحيث إن الأفعال المذكورة تشكل جناية ...،"
    then "لذلك تقرر بالإجماع:" over the decision's numbered points). A colon before any
    offence opens the charges themselves ("لأنه في يوم ...: أولا: قتل ...")."""
    text = info.view.text
    first = min((h.start for h in info.iccs if start <= h.start < end), default=end)
    for line in info.lines:
        if first < line.start < end and text[line.start : line.end].rstrip().endswith(":") \
                and not any(line.start <= h.start < line.end for h in info.iccs):
            return line.start  # a heading; "(3) forgery ... (Section 468 IPC):" is an item
    return end


@cache
def _clause_after() -> re.Pattern[str]:
    """A comma, then an article (or the elided "l'"), a noun and an auxiliary or a participle
    ("..., l'intéressé ayant ..."): a clause with its own subject."""
    return re.compile(
        rf",\s+(?:(?:{_word_list('word.clause-subject')})\s+|l['’])[^\W\d_]{{3,}}\s+"
        rf"(?:{_word_list('word.clause-verb')})\b"
    )


def _further_charge(info: PageInfo, end: re.Match[str]) -> bool:
    """Whether a sentence's ";" goes on with a further charge ("... de 16 a 20 años; y
    LAVADO DE DINERO, artículo ..."): a joining word, then an offence's name."""
    text = info.view.text
    if end.group() != ";":
        return False
    m = _continue().match(text, end.start())  # "; y", "; and"
    a = m.end() if m is not None else end.start()
    b = min(len(text), a + 80)
    inside = [h for h in info.iccs if a <= h.start and h.end <= b]
    return a > end.start() and (
        _opens_offence(info, _skip_lead(text, a, b), b, inside) or _cited_caps_name(info, a, b)
    )


# "EXACCIONES INTIMIDATORIAS, artículo 10": a name in capitals, a comma, then its citation
_CAPS_NAME = re.compile(r"\s*[A-ZÁÉÍÓÚÑÀÂÈÊÎÔÛÇ]{3,}(?:\s+[A-ZÁÉÍÓÚÑÀÂÈÊÎÔÛÇ]{1,})*\s*,\s*")


def _cited_caps_name(info: PageInfo, a: int, b: int) -> bool:
    """Whether `[a, b)` opens with a name in capitals followed by a comma and its cited article
    ("; y EXACCIONES INTIMIDATORIAS, artículo 10 de dicha Ley"): a charge the lexicon may not
    know, named the way charges are in capitals with their article."""
    if b - a < 8:
        return False
    start = info.view.original_span(a, b)[0]
    m = _CAPS_NAME.match(info.view.page.text, start)
    if m is None:
        return False
    comma = info.view.norm.normalized_index(m.end())
    return any(comma <= h.start < comma + 4 for h in info.articles)


def _qualification_follows(info: PageInfo, end: re.Match[str]) -> bool:
    """Whether a ";" closes particulars that the next clause qualifies ("Inculpé d'avoir
    ... détourné la somme de ... ;\nfaits qualifiés de détournement de deniers publics,
    prévus par ..."): the item goes on to that legal name."""
    if end.group() != ";":
        return False
    a = _SPACES.match(info.view.text, end.end()).end()
    return any(h.entry_id == "cue.qualified-as" and h.start == a for h in info.cues)


def _caseless_goes_on(info: PageInfo, li: int, first: str) -> bool:
    """Whether a line in a script without case (Arabic) goes on with the label's text above
    it: it opens with a letter, right under it (no blank line), and no number or ordinal
    opens it as a new section."""
    line = info.lines[li]
    return (
        first.isalpha() and not first.isupper() and not first.islower()
        and not line.blank_before and _lead_end(info.view.text, line) == line.start
    )


@cache
def _and_ends() -> re.Pattern[str]:
    """A line that ends with "and" (`word.and`): its words go on on the next line ("Fraud;
    Violation of the Act on Organized Crimes and\nControl of Crime Proceeds")."""
    return re.compile(rf"\s(?:{_word_list('word.and', script='latin')})$")


@cache
def _link_ends() -> re.Pattern[str]:
    """A line that ends with "or", "of", "with" or the link before a number of cases
    (`word.or`, `word.class-link`, `word.with`, `word.cases-link`): no name ends so, its words
    go on on the next line even when that opens with a figure ("commercial gang fraud in\n312
    cases, as well as ...")."""
    links = "|".join(
        _word_list(e, script="latin") for e in ("word.or", "word.class-link", "word.with",
                                                 "word.cases-link")
    )
    return re.compile(rf"\s(?:{links})$")


def _list_goes_on(info: PageInfo, li: int, end: int) -> bool:
    """A label's list ending its line with ";" goes on to the next line ("Charges: A;\nB."),
    unless a blank line, another label ("Laws: ...") or a heading comes next."""
    text = info.view.text
    if text[end - 1] not in ";؛" or li + 1 >= len(info.lines):
        return False
    nxt = info.lines[li + 1]
    return not nxt.blank_before and ":" not in text[nxt.start : min(nxt.end, nxt.start + 40)] and (
        not _is_stop(info, nxt)
    )


def _citation_goes_on(info: PageInfo, li: int, a: int, end: int) -> bool:
    """A label's list whose line ends inside a law reference goes on to the next line
    ("Cargos: asesinato, contrario a la sección 106(1) del Código\nPenal; robo ..."): a
    `cue.charge-end` with no ";" or "." after it, and the next line right under it."""
    text = info.view.text
    refs = [h.end for h in info.cues if h.entry_id == "cue.charge-end" and a <= h.start < end]
    if not refs or li + 1 >= len(info.lines) or re.search(r"[;.؛]", text[refs[-1] : end]):
        return False
    nxt = info.lines[li + 1]
    return not nxt.blank_before and not _is_stop(info, nxt)


def _closes_sentence_colon(info: PageInfo, hit: Hit, line: Line) -> bool:
    """Whether a charges cue in running text is the last word before a colon that ends its
    line ("He stood trial on three counts:", "... pour répondre des préventions :", "... por
    los delitos:"): the sentence opens the list below, as a heading would."""
    text = info.view.text
    return text[hit.end : line.end].strip() == ":" and line.end < len(text)


def _charge_items(info: PageInfo) -> tuple[list[Item], list[tuple[int, int]]]:
    """Every charge item on a page, and the regions (blocks) they came from."""
    items: list[Item] = []
    regions: list[tuple[int, int]] = []
    text = info.view.text
    covered_until = -1
    for hit in info.cues:
        if hit.start < covered_until:
            continue
        kind = hit.entry_id
        if kind == "cue.qualified-as" and _heading_after(info, hit) == "heading":
            kind = "cue.charges"  # "Faits qualifiés de :" over a list: the charges' legal names
        if kind == "cue.charges-heading":
            if _heading_after(info, hit) != "heading":
                continue  # "Imputé : ROSSI Marco": the person, not the charges
            kind = "cue.charges"  # "IMPUTÉ" alone over "A) d'abus de confiance ..."
        named = kind == "cue.charged-if-named"
        if named:
            kind = "cue.charged-with"
        if kind not in ("cue.charges", "cue.charged-with", "cue.indicted-list"):
            continue
        if kind == "cue.charged-with" and any(
            p.entry_id == "cue.particulars" and p.start < hit.end < p.end for p in info.cues
        ):
            continue  # "poursuivi pour avoir, à Bamako, ...": the particulars, not a name
        li = _line_index(info, hit.end - 1)  # a cue may run over a line break
        line = info.lines[li]
        how = _heading_after(info, hit)
        if how is None and kind == "cue.charges" and (below := _bracket_heading(info, hit)):
            how, li = "heading", below  # "Charges (Criminal Case No. 1123 of 2022, Chief
            line = info.lines[li]  # Magistrate's Court\nof Nakawa, as amended):" over the list
        if how is None and kind == "cue.charges" and _closes_sentence_colon(info, hit, line):
            how = "heading"  # "... stood trial on three counts:" over the list of charges
        found: list[Item] = []
        colon = _header_colon(info, hit) if kind != "cue.charges" and how is None else None
        if kind == "cue.indicted-list" and colon is None:
            continue  # "اتهام المدعى عليه ... بالجنايات المذكورة أعلاه": no list follows
        if kind == "cue.indicted-list" and any(
            hit.end <= s_ < colon and k.startswith("penalty.")
            for s_, _e, k, _d in info.events.events
        ):
            continue  # "condamne le prévenu ... à huit ans de réclusion :": the sentence, no list
        if how == "heading" or colon is not None:
            if colon is not None:
                li = _line_index(info, colon)
            header = (hit.end, colon) if colon is not None else None
            if li + 1 < len(info.lines):
                found = _block_items(info, li + 1, header)
            runs_on = colon is None and not text[hit.end : line.end].strip()
            if kind == "cue.charged-with" and runs_on:
                for it in found:
                    it.prose = True  # "inculpé de\n\nvol et de recel ;": the sentence goes on
        elif how == "label":
            a = text.index(":", hit.end) + 1
            while a < line.end and text[a] == " ":
                a += 1
            if _charged_with_in_label(info, a, line.end):
                continue  # "Faits reprochés : X est poursuivi pour ...": read from that cue
            end = line.end
            while li + 1 < len(info.lines) and text[end - 1] not in ".:" and (
                (c := info.view.quote(info.lines[li + 1].start, info.lines[li + 1].start + 1))
                .islower() or (c == "(" and text[end - 1] not in ";,")
                or _caseless_goes_on(info, li + 1, c) or _list_goes_on(info, li, end)
                or text.count("(", a, end) > text.count(")", a, end)
                or _and_ends().search(text, a, end) is not None
                or _link_ends().search(text, a, end) is not None
                or _citation_goes_on(info, li, a, end)
            ):  # the label's text goes on over a line break ("...; criminal\n(Section 201)",
                # "fraud (articles 5 and 6 of the Penal Law of the Republic\nX) and ...")
                li += 1
                end = info.lines[li].end
            if a < end:
                found = _enumerated(info, a, end)
                for it in found:
                    it.prose = True  # "Charges: murder and robbery" is a list like running text
        elif kind == "cue.charged-with":
            if _negated().search(text, max(0, hit.start - 30), hit.start):
                continue  # "... will not be prosecuted for offences other than ...": speciality
            if _prior_conviction(text, hit):
                continue  # "agravante de reincidencia, por haber sido condenado por ...": past
            if _dismissal().search(text, _sentence_start(info, hit.start)[0], hit.start):
                continue  # "Disons n'y avoir lieu à suivre ... du chef d'abus de confiance"
            if _separate_case().search(
                text, max(_sentence_start(info, hit.start)[0], hit.start - SEPARATE_REACH),
                hit.start,
            ):
                continue  # "المدعو X ... متابع في ملف مستقل بجنحة إخفاء ...": another case
            if _co_accused().match(text, hit.end) or _other_party_sentence(info, hit) or (
                _tried_separately(text, hit) or _arrested_and_referred(info, hit)
            ):
                full = _sentence_end().search(text, hit.end)
                covered_until = full.end() if full else len(text)
                continue  # "كما أسندت إلى المتهمة الثانية ... تهمة ...": a co-accused's charges
            if _in_count(info, li, hit.start):
                continue  # "COUNT 3: possession ... by a person convicted of ...": the count's
                # own wording names the charge, its particulars name none
            if _bare_class().fullmatch(normalize_term(text[hit.end : line.end].strip(" :"))):
                continue  # "WARRANT ... CHARGED WITH AN INDICTABLE OFFENCE": no offence named
            if hit.text.endswith("'") and _acts_after().match(text, hit.end):
                continue  # "reconnu coupable d'avoir, avec X, organisé ...": the acts, no name
            found = _repeated_cue_cut(info, hit, _inline_items(info, hit))
            if found and named and not _opens_offence(
                info, _skip_lead(text, found[0].start, found[0].end), found[0].end, info.iccs
            ):
                continue  # "como autor de los disparos", "the offences are indictable"
            if found and _punishes_after(info, found[0].end):
                continue  # "El delito de secuestro se castiga con ...": the law's penalty
            if found and "modalidad" in text[hit.start : hit.end] and not _opens_offence(
                info, found[0].start, found[0].end, info.iccs
            ):
                found = []  # "en su modalidad de sustancias ...": a manner, not an offence
        # a count heading read as an item of the block ("... the following offences:" over
        # "COUNT 1" and its charge's name on the next line) names no charge: the counts do
        found = [it for it in found if _worded(info, it.start, it.end)
                 and not _count_heading().fullmatch(text, it.start, it.end)]
        if found:  # "Cargo uno" alone: a count's label over its charge, read as a count below
            items += found
            regions.append((hit.start, max(it.region_end for it in found)))
            covered_until = max(it.region_end for it in found)
    if not items:  # "..., ce qui constitue l'infraction de X au sens de ...": no other cue
        # says where the charges are; each qualification after its particulars names one
        for hit in info.cues:
            if hit.entry_id == "cue.qualified-as" and hit.start >= covered_until:
                found = [it for it in _inline_items(info, hit) if _worded(info, it.start, it.end)]
                items += found
                regions += [(hit.start, it.region_end) for it in found]
                covered_until = max((it.region_end for it in found), default=covered_until)
    count_rx = _count_line()
    headed = _headed_counts(info, regions)
    for item in headed:
        items.append(item)
        regions.append((item.start, item.region_end))
    for item in _colon_counts(info, regions):
        items.append(item)
        regions.append((item.start, item.region_end))
    for i, line in enumerate(info.lines):
        if any(a <= line.start < b for a, b in regions):
            continue
        m = count_rx.match(text, line.start, line.end)
        if m and any(m.end() <= s_ < m.end() + 3 for s_, _e, _k, _d in info.events.events):
            continue  # "Count 1: seven (7) years' imprisonment": a count's sentence, no charge
        if m and m.end() >= line.end and (below := _count_below(info, i)) is not None:
            items.append(below)  # "Cargo uno:\nasociación delictuosa para ...,\nen violación
            regions.append((line.start, below.region_end))  # del Título 21 ...": the name below
        elif m:
            end = info.lines[i + 1].start - 1 if i + 1 < len(info.lines) else line.end
            begin = _past_count_formula(info, m.end(), line.end)
            stop = _wording_end(info, begin, line.end)
            items.append(Item(info.view, begin, stop, max(end, line.end)))
            regions.append((line.start, line.end))
    items.sort(key=lambda it: it.start)
    return items, regions


@cache
def _count_formula() -> re.Pattern[str]:
    """The link after an indicting formula ("... en accusation pour escroquerie")."""
    of = "|".join(
        rf"{re.escape(t[:-1])}['’]" if t.endswith("'") else rf"\b{re.escape(t)}\b"
        for t in words(WORDS, "word.formula-of")
    )  # `word.formula-of`, an elided "d'" with either apostrophe
    return re.compile(rf"\s*(?:{_word_list('word.lead-link')})\s+(?=\w)|\s*(?:{of})")


@cache
def _noun_link_before() -> re.Pattern[str]:
    """"mettre l'inculpé en | accusation" (`word.formula-noun-link`): a formula's noun."""
    return re.compile(rf"\s(?:{_word_list('word.formula-noun-link')})\s+$")


def _past_count_formula(info: PageInfo, start: int, stop: int) -> int:
    """Where a count's charge begins past the indicting formula that opens it ("Premier
    chef : mettre l'inculpé en accusation pour escroquerie, ..."): after that formula and its
    link, or `start` when the count opens with no formula."""
    for h in info.cues:
        if h.entry_id not in ("cue.indicted-list", "cue.charged-with", "cue.charges"):
            continue
        if start <= h.start <= start + 40 and h.end < stop:
            m = _count_formula().match(info.view.text, h.end, stop)
            if m is not None and (h.entry_id != "cue.charges" or _noun_link_before().search(
                info.view.text, start, h.start
            )):  # "... en accusation pour": the formula is read with its link
                return m.end()
            if h.entry_id != "cue.charges" and h.start <= start + 12:
                return h.end
    return start


def _repeated_cue_cut(info: PageInfo, hit: Hit, found: list[Item]) -> list[Item]:
    """Items of a charging cue whose region runs over the same cue repeated after their wording
    ("with the offence of THEFT, contrary to ..., in that ...; and with the offence of
    UTTERING ..."): the region ends before the repeated cue, which is read on its own."""
    if not found:
        return found
    last = max(it.end for it in found)
    region_end = max(it.region_end for it in found)
    again = [
        h.start for h in info.cues
        if h.entry_id == "cue.charged-with" and last < h.start < region_end
        and normalize_term(h.text) == normalize_term(hit.text)
    ]
    if again:
        for it in found:
            it.region_end = min(it.region_end, again[0])
    return found


def _count_below(info: PageInfo, i: int) -> Item | None:
    """The charge under a count's label that ends its line ("Cargo uno:"), read from the
    lines below it with no blank line between, up to its law or the next count."""
    lines, text = info.lines, info.view.text
    if i + 1 >= len(lines) or lines[i + 1].blank_before:
        return None
    last = i + 1
    while last + 1 < len(lines) and not lines[last + 1].blank_before and (
        _count_line().match(text, lines[last + 1].start, lines[last + 1].end) is None
    ):
        last += 1
    start, end = lines[i + 1].start, lines[last].end
    stop = _wording_end(info, start, end)
    if stop <= start or not _worded(info, start, stop):
        return None
    return Item(info.view, start, stop, end)


BRACKET_HEADING_CHARS = 160  # an aside in brackets after a heading's word, over a line break


def _bracket_heading(info: PageInfo, hit: Hit) -> int | None:
    """The line where a charges heading ends when an aside in brackets after its word runs
    onto the next line ("3. Charges (Criminal Case No. ..., Court\nof X, as amended):"): only
    ":" after the bracket closes it there. None when the cue stands in running text."""
    text = info.view.text
    li = _line_index(info, hit.end - 1)
    line = info.lines[li]
    if hit.start > _prefix_end(info, line) or li + 1 >= len(info.lines):
        return None
    rest = text[hit.end : line.end].lstrip()
    if not rest.startswith("(") or ")" in rest:
        return None
    nxt = info.lines[li + 1]
    if nxt.blank_before or nxt.end - hit.end > BRACKET_HEADING_CHARS:
        return None
    tail = text[nxt.start : nxt.end]
    close = tail.find(")")
    if close < 0 or "(" in tail[:close] or tail[close + 1 :].strip() not in (":", ""):
        return None
    return li + 1


def _in_count(info: PageInfo, li: int, at: int) -> bool:
    """Whether `at` on line `li` stands in a count's paragraph: after "COUNT 3:" on its line or
    on one of the lines that go on below it with no blank line between."""
    text = info.view.text
    for k in range(li, max(-1, li - HEADING_LINES - 1), -1):
        line = info.lines[k]
        count = _count_line().match(text, line.start, line.end)
        if count is not None and count.end() <= at:
            return True
        if line.blank_before:
            return False
    return False


@cache
def _co_accused() -> re.Pattern[str]:
    """An ordinal of a co-accused right after a cue's word for the accused
    (`word.co-accused-ordinal`)."""
    return re.compile(rf"\s*(?:{_word_list('word.co-accused-ordinal')})(?![^\W\d_])")


@cache
def _other_party() -> re.Pattern[str]:
    """A sentence whose subject is another party: at most two short words ("La", "One",
    "El") then a noun of `word.other-party` ("coimputada", "victim", "coauteurs")."""
    return re.compile(
        rf"\s*(?:[^\W\d_]{{1,4}}(?:\s+|'))?(?:[^\W\d_]{{1,4}}(?:\s+|'))?"
        rf"{word_start_alternation(WORDS, 'word.other-party')}(?![^\W\d_])",
        re.I,
    )


@cache
def _other_party_aside() -> re.Pattern[str]:
    """A noun of `word.other-party` in an aside between commas right before a charging cue
    ("X, auteur principal, poursuivi pour ...", "Y, son complice, est poursuivi pour ...")."""
    return re.compile(
        rf",\s*(?:[^\W\d_]{{1,4}}(?:\s+|'))?{word_start_alternation(WORDS, 'word.other-party')}"
        rf"(?![^\W\d_])[^,.;:]{{0,20}},\s*(?:[^\W\d_]{{1,6}}\s+){{0,2}}$",
        re.I,
    )


OTHER_PARTY_REACH = 400  # characters back from a charging cue to its sentence's start


def _sentence_start(info: PageInfo, at: int) -> tuple[int, int]:
    """Where the sentence holding `at` starts (after the last full stop or ";" before it,
    past a section's number: "2.", "SEGUNDO."), and where that full stop stands (-1: none)."""
    text = info.view.text
    start, stop = max(0, at - OTHER_PARTY_REACH), -1
    for m in _sentence_end().finditer(text, start, at):
        start, stop = m.end(), m.start()
    return start, stop


@cache
def _apart_after() -> re.Pattern[str]:
    """Words saying a person is dealt with apart (`word.apart-after`: "procédure disjointe",
    "not concerned by this warrant")."""
    return re.compile(rf"(?<![^\W\d_])(?:{_word_list('word.apart-after')})(?![^\W\d_])", re.I)


def _dealt_with_apart(info: PageInfo, hit: Hit) -> bool:
    """Whether the charging cue `hit` stands in an aside after a name ("The accountant X,
    prosecuted for complicity in ...,") and the rest of its sentence says that person is
    dealt with apart ("... is not concerned by this warrant", "... fait l'objet d'une
    procédure disjointe"): that person's offences, not the subject's."""
    text = info.view.text
    start, _ = _sentence_start(info, hit.start)
    if not re.search(r",\s*$", text[start : hit.start]):
        return False
    full = _full_stop().search(text, hit.end)
    return _apart_after().search(text, hit.end, full.start() if full else len(text)) is not None


def _other_party_sentence(info: PageInfo, hit: Hit) -> bool:
    """Whether the charging cue `hit` stands in a sentence about another party: the
    sentence opens with its noun ("La coimputada Brenda SALAZAR, quien recibió el dinero,
    será procesada por separado por el delito de encubrimiento", "One victim, who had been
    investigated for illegal gambling, ...") or follows a heading made of that noun alone
    ("2. Coauteurs. Le nommé X ... est poursuivi pour complicité ..."). Its offences are
    that party's, not the subject's."""
    text = info.view.text
    start, stop = _sentence_start(info, hit.start)
    rx = _other_party()
    if _other_party_opens(info, start, hit.start):
        return True  # also after a ground's lead: "Attendu que le coïnculpé X, poursuivi pour"
    if _dealt_with_apart(info, hit):
        return True  # "The accountant X, prosecuted for ..., is not concerned by this warrant"
    if _other_party_aside().search(text, start, hit.start) is not None:
        return True  # "Attendu que MBEMBA Jules, auteur principal, poursuivi pour ...": a
        # named party whose role stands between commas
    if stop < 0:
        return False
    before, _ = _sentence_start(info, stop)
    if text[stop] in ";؛" and _subjectless().match(text, start, hit.start) and rx.match(
        text, before, stop
    ):  # "Un segundo individuo ... conducía la motocicleta; fue detenido ... y acusado de
        return True  # complicidad": the clause has no subject, the clause before's is its own
    if _they().match(text, start, hit.start) is not None and _other_party_opens(info, before, stop):
        return True  # "Les deux complices ... ont été arrêtés ; ils sont poursuivis pour ..."
    heading = rx.match(text, before, stop)
    return heading is not None and not text[heading.end() : stop].strip()


@cache
def _grounds_lead() -> re.Pattern[str]:
    """The words that open a ground of a decision ("Attendu que", "Considérant que",
    "Whereas"; `word.grounds-lead`), before the ground's own subject."""
    return re.compile(
        rf"\s*{word_start_alternation(WORDS, 'word.grounds-lead')}(?:\s+|(?<=')|(?<=’))", re.I
    )


@cache
def _they() -> re.Pattern[str]:
    """A plural pronoun opening a sentence ("ils", "they"; `word.plural-pronoun`): its
    subject is the one of the sentence before."""
    return re.compile(
        rf"\s*{word_start_alternation(WORDS, 'word.plural-pronoun')}(?![^\W\d_])", re.I
    )


def _other_party_opens(info: PageInfo, start: int, stop: int) -> bool:
    """Whether the sentence [start, stop) opens with a noun of another party, after a ground's
    lead or not ("Les deux complices, X et Y, ont été arrêtés")."""
    text = info.view.text
    lead = _grounds_lead().match(text, start, stop)
    return _other_party().match(text, lead.end() if lead else start, stop) is not None


@cache
def _subjectless() -> re.Pattern[str]:
    """A clause that opens with an auxiliary (`word.subjectless-verb`), no subject before it."""
    return re.compile(rf"\s*(?:{_word_list('word.subjectless-verb')})(?![^\W\d_])", re.I)


PRIOR_REACH = 45  # characters before a charging cue where a word of recidivism governs it


@cache
def _prior_word() -> re.Pattern[str]:
    return re.compile(
        rf"(?<![^\W\d_])(?:{_word_list('word.prior-conviction')})(?![^\W\d_])"
    )


def _prior_conviction(text: str, hit: Hit) -> bool:
    """Whether a word of recidivism or of an earlier time (`word.prior-conviction`) stands in
    the same sentence a few words before a charging cue ("Concurre la agravante de
    reincidencia, por haber sido condenado por robo ...", "previously convicted of theft"):
    an earlier conviction, not a charge."""
    before = text[max(0, hit.start - PRIOR_REACH) : hit.start]
    m = _prior_word().search(before)
    return m is not None and _full_stop().search(before, m.start()) is None and not (
        _clean_record(before, m)
    )


@cache
def _negation_word() -> re.Pattern[str]:
    return re.compile(rf"(?<![^\W\d_])(?:{_word_list('word.negation')})(?![^\W\d_])")


def _clean_record(before: str, m: re.Match[str]) -> bool:
    """Whether the word of an earlier time `m` is negated by the word next to it ("previously
    not convicted, accused of ...", "not previously convicted"):
    a clean record in the identity, and the cue after it names the charges."""
    next_word = re.match(r"\s+([^\W\d_]+)", before[m.end() :])
    prev_word = re.search(r"([^\W\d_]+)\s+$", before[: m.start()])
    rx = _negation_word()
    return any(w is not None and rx.fullmatch(w.group(1).lower()) for w in (next_word, prev_word))


SEPARATELY_REACH = 25  # characters before a charging cue where "separately" governs it


@cache
def _separately() -> re.Pattern[str]:
    return re.compile(rf"(?<![^\W\d_])(?:{_word_list('word.separately')})(?![^\W\d_])")


def _tried_separately(text: str, hit: Hit) -> bool:
    """Whether "separately" (`word.separately`) stands in the few words before a charging cue
    ("Ama K. BOATENG is separately indicted for ...", "se enjuicia en pieza separada por
    ..."): a person tried apart, whose offences are not the subject's, however named."""
    before = text[max(0, hit.start - SEPARATELY_REACH) : hit.start]
    m = _separately().search(before)
    return m is not None and not re.search(r"[;:]", before[m.start() :]) and (
        _full_stop().search(before, m.start()) is None
    )


@cache
def _acts_after() -> re.Pattern[str]:
    """"avoir", "être" (`word.acts-verb`) after an elided cue ("coupable d'avoir ..."): the
    acts follow, not an offence's name."""
    return re.compile(rf"(?:{_word_list('word.acts-verb')})\b")


def _punishes_after(info: PageInfo, end: int) -> bool:
    """Whether a penalty clause follows a charge's wording right away, as its verb ("El
    delito de secuestro se castiga con ...", "Le vol est puni de ..."): the offence is the
    subject of the law's penalty, not a charge."""
    text = info.view.text
    laws = {h.start for h in info.cues if h.entry_id == "cue.charge-end"}
    return any(  # "... المعاقب عليها بموجب المواد": the law that punishes a charge, no clause
        k == "penalty.max" and s >= end and not text[end:s].strip() and s not in laws
        for s, _e, k, _d in info.events.events
    )


COUNT_NAME_CHARS = 120  # a charge's name under its count heading is one short line


def _headed_counts(info: PageInfo, regions: list[tuple[int, int]]) -> list[Item]:
    """Charges named on the line under their count heading ("1st CHARGE (DAC-1182-2024)"
    then "Theft in dwelling"), each with the paragraph of particulars below it up to the
    next heading; a line that runs on into the particulars ("You, X, are charged ..."), a
    label line ("Statement of offence: ...": read as a label) or a line that a running-text
    cue holds is no name."""
    text, lines = info.view.text, info.lines
    rx = _count_heading()
    heads = [i for i, line in enumerate(lines)
             if i + 1 < len(lines) and rx.match(text, line.start, line.end)
             and not any(a <= line.start < b for a, b in regions)]
    out: list[Item] = []
    for k, i in enumerate(heads):
        name = lines[i + 1]
        after = lines[i + 2] if i + 2 < len(lines) else None
        label = ":" in text[name.start : name.end]  # "Statement of offence: X": a label line
        if label or name.end - name.start > COUNT_NAME_CHARS or (
            after is not None and not after.blank_before and not _opens_with_law(info, after)
        ) or any(h.entry_id == "cue.charged-with" and name.start <= h.start < name.end
                 for h in info.cues):
            continue
        last = heads[k + 1] - 1 if k + 1 < len(heads) else next(
            (j - 1 for j in range(i + 3, len(lines)) if lines[j].blank_before), len(lines) - 1)
        stop = _wording_end(info, name.start, name.end)
        if stop > name.start and _worded(info, name.start, stop):
            out.append(Item(info.view, name.start, stop, max(lines[last].end, name.end)))
    return out


COLON_NAME_CHARS = 80  # a charge's name between its particulars' colon and its law is short


def _colon_counts(info: PageInfo, regions: list[tuple[int, int]]) -> list[Item]:
    """Charges named after the colon that closes a count's particulars, right before the
    law that punishes them ("PREMIER CHEF" / "Avoir, à Kigali, ..., détourné des fonds
    publics : détournement de biens publics, infraction prévue et punie par l'article 10
    ..."): the count's paragraph runs to the next heading or blank line."""
    text, lines = info.view.text, info.lines
    rx = _count_heading()
    heads = [i for i, line in enumerate(lines) if rx.match(text, line.start, line.end)]
    out: list[Item] = []
    for k, i in enumerate(heads):
        if i + 1 >= len(lines) or any(a <= lines[i + 1].start < b for a, b in regions):
            continue
        last = heads[k + 1] - 1 if k + 1 < len(heads) else len(lines) - 1
        last = next((j - 1 for j in range(i + 2, last + 1) if lines[j].blank_before), last)
        start, end = lines[i + 1].start, lines[last].end
        law = next((h for h in info.cues if h.entry_id == "cue.charge-end"
                    and start <= h.start < end), None)
        if law is None:
            continue
        colon = text.rfind(":", start, law.start)
        if colon < 0 or law.start - colon > COLON_NAME_CHARS:
            continue
        a = colon + 1 + len(_SPACES.match(text, colon + 1).group())
        stop = _wording_end(info, a, law.start)
        if stop > a and _worded(info, a, stop):
            out.append(Item(info.view, a, stop, end))
    return out


def _opens_with_law(info: PageInfo, line: Line) -> bool:
    """A line that opens with the law of the charge named above it ("COUNT 1" / "ROBBERY" /
    "Contrary to section 291 ...")."""
    head = _prefix_end(info, line)
    return any(
        h.entry_id == "cue.charge-end" and head <= h.start < min(line.end, head + 3)
        for h in info.cues
    )


@cache
def _negated() -> re.Pattern[str]:
    """A negation in the three words before a cue ("ne soit pas poursuivi pour"), with no comma
    between them ("previously not convicted, accused of ...": the negation's clause is closed)."""
    return re.compile(
        rf"(?<!\w)(?:{_word_list('word.negation')})(?![.\w])(?:\s+[^\W\d][^\s,;]*){{0,2}}\s*$"
    )


SEPARATE_REACH = 60  # characters back from a charging cue to a separate case's words
REFERRED_REACH = 80  # characters from a "who was referred" clause to the charging cue


@cache
def _referred_relative() -> re.Pattern[str]:
    """A person's arrest, then a relative clause that he was referred to a court
    (`word.arrested-person`, `word.referred-relative`)."""
    return re.compile(
        rf"(?<!\w)(?:{_word_list('word.arrested-person')})(?!\w)[^.;؛]{{0,80}}?"
        rf"(?<!\w)(?:{_word_list('word.referred-relative')})(?!\w)(?P<rest>[^.;؛]*)$"
    )


def _arrested_and_referred(info: PageInfo, hit: Hit) -> bool:
    """Whether a charging cue ends a relative clause about a person arrested and referred to
    a court ("وألقي القبض على المتهم X الذي أحيل إلى محكمة الجنايات عن تهمة الاشتراك في
    الخطف"): the charge he is tried for, not the fugitive subject's."""
    start, _stop = _sentence_start(info, hit.start)
    m = _referred_relative().search(info.view.text, start, hit.start)
    return m is not None and len(m.group("rest")) <= REFERRED_REACH


@cache
def _separate_case() -> re.Pattern[str]:
    """Separate proceedings (`word.separate-case`: "في ملف مستقل", "procédure distincte")."""
    return re.compile(rf"(?<!\w)(?:{_word_list('word.separate-case')})(?!\w)")


@cache
def _dismissal() -> re.Pattern[str]:
    """A discharge of a head of charge (`word.dismissal`: "n'y avoir lieu à suivre")."""
    return re.compile(rf"(?<!\w)(?:{_word_list('word.dismissal')})(?!\w)")


def _law_block_items(info: PageInfo) -> list[Item]:
    """Items under a law heading that each open with an offence's name before its law
    ("Legal provisions:\n1- Murder, under article 406 ...", "المواد القانونية:\n١- القتل
    العمد، وفق أحكام المادة ..."): the charges, when no cue says where they are."""
    out: list[Item] = []
    text = info.view.text
    for hit in info.cues:
        if hit.entry_id != "cue.law" or _heading_after(info, hit) != "heading":
            continue
        li = _line_index(info, hit.end - 1)
        if li + 1 >= len(info.lines):
            continue
        found = _block_items(info, li + 1, None)
        if found and all(
            any(it.start <= h.start and h.end <= it.end for h in info.iccs)
            and not _law_title().search(text, it.start, it.end)
            for it in found
        ):
            out += found
    return out


def _charged_with_in_label(info: PageInfo, a: int, end: int) -> bool:
    """Whether a label's text states the charges in a sentence of its own, through a
    charged-with cue in its first sentence ("Faits reprochés : X est poursuivi pour ...")."""
    full = _sentence_end().search(info.view.text, a, end)
    limit = full.start() if full else end
    return any(h.entry_id == "cue.charged-with" and a <= h.start < limit for h in info.cues)


def _split(info: PageInfo, start: int, end: int, prose: bool = False) -> list[tuple[int, int]]:
    """One item's wording split into single charges. ";" ("؛") always splits; a comma splits
    before a part that opens with an offence ("Murder, armed robbery"), unless the parts are
    alternatives of one offence ("fabricación, tráfico o porte de armas"); "and" splits only
    between two parts that each open with an offence, in running text ("los delitos de
    asesinato y robo") or after such a comma or before an offence class word ("جرم الاحتيال
    وجرم إساءة الائتمان"). "or" never splits: "Theft or receiving of stolen goods" is one
    offence."""
    text = info.view.text
    inside = [h for h in info.iccs if h.start >= start and h.end <= end]
    seps: list[tuple[int, int, str]] = []
    for m in _soft_split().finditer(text, start, end):
        if any(h.start < m.start() < h.end for h in inside):
            continue
        kind = {"؛": ";"}.get(m.group("kind"), m.group("kind"))
        if m.group("also"):
            kind = "also"
        elif kind is None or m.group("and"):  # "... وجرم ...", "... والسرقة"
            kind = "and"
        elif m.group("or"):
            kind = "or"
        seps.append((m.start(), m.end(), kind))
    joins = [(m.start(), m.end()) for m in _concurrence().finditer(text, start, end)]
    if joins:
        seps = [s for s in seps if not any(ja <= s[0] < jb for ja, jb in joins)]
        seps = sorted(seps + [(ja, jb, ";") for ja, jb in joins])
    if not seps:
        return [(start, end)] if _worded(info, start, end) else []
    out: list[list[int]] = [[start, start]]
    seg_start, listed = start, False
    for k, (sa, sb, kind) in enumerate(seps):
        nxt = seps[k + 1][0] if k + 1 < len(seps) else end
        split = False
        if kind == ";":
            split = True
        elif kind == "also":  # "A, as well as B", "A, así como de B": always one more charge
            split = (
                _opens_offence(info, sb, nxt, inside)
                or _names_offence_soon(info, sb, seps[k + 1 :], end)
            ) and (
                any(seg_start <= h.start and h.end <= sa for h in inside)
                or _opens_offence(info, _skip_lead(text, seg_start, sa), sa, inside)
            )  # "..., والاحتيال الموصوف ...، إضافة إلى غسل الأموال": the part before opens
            # with an offence's name the lexicons know only as written in Arabic
        elif kind in (",", "،"):
            # "fabricación, tráfico o porte de armas": alternatives of one offence, unless an
            # "and" comes first ("A, B, and C worth $1,000,000 or more")
            alternatives = next((s[2] for s in seps[k + 1 :] if s[2] not in (",", "،")), "") == "or"
            # "، وغسل الأموال": the Arabic "and" written onto the offence after the comma
            clitic = sb + 1 if _CLITIC_AND.match(text, sb, nxt) else sb
            split = (
                not alternatives and _opens_offence(info, clitic, nxt, inside)
                and (any(seg_start <= h.start and h.end <= sa for h in inside)
                     or bool(_after_and(text, seg_start, sa)))
                and not _defines(text, seg_start, sa, sb)
            )
            listed = listed or split
            sb = clitic if split else sb
        elif kind == "and" and (again := _concurrence_again(info, seg_start, sb, nxt, inside)):
            split, sb = True, again  # "en concurso material con A y con B": B is one more
        elif kind == "and":
            split = (  # "... y contra el orden económico en la modalidad de blanqueo ..."
                _opens_offence(info, sb, nxt, inside) or _past_cue(info, sb, nxt) > sb
            ) and _opens_offence(
                info, _skip_lead(text, seg_start, sa), sa, inside
            ) and (
                prose or listed or _class_word().match(text, sb, nxt) is not None
                or _and_link(info, sb, nxt, inside)
                or _worded_pair(info, _skip_lead(text, seg_start, sa), sa, sb, nxt)
            ) and not (
                _means_before().search(text, seg_start, sa) and _means_word().match(text, sb, nxt)
            )  # "robo con violencia e intimidación": two means of one offence
            split = split and not _forgery_and_use(text, _skip_lead(text, seg_start, sa), sb, nxt)
        if split:
            out[-1][1] = sa
            out.append([sb, sb])
            seg_start = sb
    out[-1][1] = end
    return [(a, b) for a, b in out if _worded(info, a, b)]


@cache
def _forgery_pair() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The forgery and the use of it, one qualification (`word.forgery-head`,
    `word.forgery-use`)."""
    return (re.compile(rf"(?:{_word_list('word.forgery-head')})\b", re.IGNORECASE),
            re.compile(rf"(?:{_word_list('word.forgery-use')})\b", re.IGNORECASE))


def _forgery_and_use(text: str, a: int, sb: int, nxt: int) -> bool:
    """Whether an "and" joins a forgery and the use of the forged paper with no link repeated
    before the use ("faux en écritures de commerce et usage de faux"): one qualification, where
    "de faux ... et d'usage de faux" names two."""
    head, use = _forgery_pair()
    return head.match(text, a) is not None and use.match(text, sb, nxt) is not None


@cache
def _and_link_word() -> re.Pattern[str]:
    return re.compile(rf"(?:{_lang_list('word.and-link', 'fr')})(?:(?<=')|\s+)", re.IGNORECASE)


def _and_link(info: PageInfo, sb: int, nxt: int, inside: list[Hit]) -> bool:
    """Whether the part after a French "et" repeats the preposition before an offence
    (`word.and-link`: "d'escroquerie et de blanchiment de capitaux"): a second charge."""
    if info.view.lang != "fr":
        return False
    m = _and_link_word().match(info.view.text, sb, nxt)
    return m is not None and _opens_offence(info, m.end(), nxt, inside)


PAIR_WORDS = 3  # words of the first offence's name before "and" that make it a whole name


def _worded_pair(info: PageInfo, a: int, sa: int, sb: int, nxt: int) -> bool:
    """Whether an "and" in a listed charge joins two whole offences' names ("Détournement de
    deniers publics et blanchiment de capitaux", "Conspiracy to defraud and money
    laundering"): the name before it runs over three words or more and the one after over
    two or more, so neither is the other's bare head ("Possession and trafficking of
    drugs" stays one). English and French."""
    if info.view.lang not in ("en", "fr"):
        return False
    text = info.view.text
    before = re.findall(r"[^\W\d_]+", text[a:sa])
    after = re.findall(r"[^\W\d_]+", text[sb:nxt])
    return len(before) >= PAIR_WORDS and len(after) >= 2


@cache
def _definition() -> re.Pattern[str]:
    return re.compile(rf"\s*(?:{_word_list('word.definition')})(?![^\W\d_])\s*,?")


def _defines(text: str, seg_start: int, sa: int, sb: int) -> bool:
    """Whether the comma at `sa` opens or closes a definition of the offence before it
    (`word.definition`: "fraud, that is, the theft of ..."): one charge, not two."""
    if _definition().match(text, sb) is not None:
        return True
    before = re.search(rf"(?:{_word_list('word.definition')})\s*$", text[seg_start:sa])
    return before is not None


CONCURRENCE_REACH = 60  # characters back from a part's start where its concurrence link opens


@cache
def _with_link() -> re.Pattern[str]:
    return re.compile(rf"(?:{_word_list('word.with')})\s+")


def _concurrence_again(
    info: PageInfo, seg_start: int, at: int, nxt: int, inside: list[Hit]
) -> int | None:
    """Past "and with" (`word.with`) in a part that a rule of concurrence opened ("...
    en concurso material con asociación para el tráfico y con lavado de dinero"): the link's
    "with" again, before one more offence; where that offence starts, or None."""
    text = info.view.text
    if not any(
        abs(m.end() - seg_start) <= 1
        for m in _concurrence().finditer(text, max(0, seg_start - CONCURRENCE_REACH), seg_start + 1)
    ):
        return None
    m = _with_link().match(text, at, nxt)
    if m is None or not _opens_offence(info, m.end(), nxt, inside):
        return None
    return m.end()


ALSO_REACH = 40  # characters after "as well as" within which the next charge's offence is named


def _names_offence_soon(
    info: PageInfo, at: int, later: list[tuple[int, int, str]], end: int
) -> bool:
    """Whether the part after an "as well as" at `at` names an offence within its first words
    ("..., as well as formation of a criminal organisation", "as well as organising and
    joining a criminal group"): the link lists one more charge even when its wording opens
    with the act ("formation", "organising") rather than the offence's name. The part runs to
    the next comma, ";" or link, over any "and" or "or" inside it."""
    stop = next((sa for sa, _sb, kind in later if kind not in ("and", "or")), end)
    reach = min(stop, at + ALSO_REACH)
    not_offence = _not_offence()
    return any(
        at <= h.start < reach and h.end <= stop and normalize_term(h.text) not in not_offence
        for h in info.iccs
    )


@cache
def _concurrence() -> re.Pattern[str]:
    """The rule of concurrence between two offences of one charge or conviction ("rapiña ... en
    reiteración real con un delito de receptación", "vol en concours réel avec recel"): a split
    that always holds; the article and generic word after it ("un delito de":
    `word.concurrence-article`, `word.concurrence-class`, `word.class-link`) go with it."""
    return re.compile(  # also at the start of a part cut after a citation ("(art. 340), en ...")
        rf"\s*(?<![^\W_])(?:{_word_list('word.concurrence-link')})\s+"
        rf"(?:(?:{_word_list('word.concurrence-article')})\s+)?"
        rf"(?:(?:{_word_list('word.concurrence-class')})\s+(?:{_word_list('word.class-link')})\s*)?"
    )


def _worded(info: PageInfo, a: int, b: int) -> bool:
    """Whether `[a, b)` may name an offence: a word of four letters, or an offence's name
    however short ("Vol", "Robo"), and not a penalty nor a class word alone ("وجنحة المادة
    72": the misdemeanour of an article, no offence's name)."""
    if _is_penalty(info, a, b) or _class_alone().match(info.view.text, a, b):
        return False
    return bool(re.search(r"[^\W\d_]{4,}", info.view.text[a:b])) or any(
        a <= h.start and h.end <= b for h in info.iccs
    )


def _is_penalty(info: PageInfo, a: int, b: int) -> bool:
    """Whether `[a, b)` opens with a term and names a custodial penalty ("cinq ans
    d'emprisonnement (escroquerie)", the line after a penalty label): a penalty, which no
    charge's wording opens with."""
    text = info.view.text
    lead = a + len(text[a:b]) - len(text[a:b].lstrip(" \t\n-–•:"))
    events = info.events.events
    return any(k == "duration" and lead <= s <= lead + 1 for s, _e, k, _d in events) and any(
        k == "penalty.custodial" and a <= s < b for s, _e, k, _d in events
    )


@cache
def _means_before() -> re.Pattern[str]:
    """"with/con/avec <word>" (`word.with`, `word.without`) right before "and": the "and" joins
    two complements of one offence."""
    return re.compile(
        rf"\b(?:{_word_list('word.with')}|{_word_list('word.without')})\s+[^\W\d_]+\s*$"
    )


@cache
def _means_word() -> re.Pattern[str]:
    """A means of an offence after that "and" ("violencia", "intimidation", "menaces", "armas":
    `word.means-stem`, `word.means`)."""
    return re.compile(
        rf"(?:(?:{_word_list('word.means-stem')})\w*|{_word_list('word.means')})\b"
    )


@cache
def _determiner() -> re.Pattern[str]:
    """Articles and prepositions before an offence's name (`word.determiner`)."""
    return re.compile(f"{_spaced('word.determiner')}*")


@cache
def _class_word() -> re.Pattern[str]:
    """A class or heading word opening a charge ("جناية ...", "بجرائم ...", "، وجنحة ...",
    "the offence of": per language, `word.class-article`, `word.class-noun`, `word.class-link`;
    the French link, "de", "d'", "du", "des", by its first letter)."""
    def phrase(lang: Language) -> str:
        return (
            rf"(?:(?:{_lang_list('word.class-article', lang)})\s+)?"
            rf"(?:{_lang_list('word.class-noun', lang)})\s+"
        )

    return re.compile(
        rf"و?ب?(?:{_class()}|{_headings()})\s"
        rf"|{phrase('en')}(?:{_lang_list('word.class-link', 'en')})\s"
        rf"|{phrase('fr')}d"
        rf"|{phrase('es')}(?:{_lang_list('word.class-link', 'es')})\s"
    )


@cache
def _attempt_lead() -> re.Pattern[str]:
    """An attempt or complicity before an offence's name (`word.attempt-lead`)."""
    return re.compile(_spaced("word.attempt-lead"))


def _opens_offence(info: PageInfo, a: int, b: int, inside: list[Hit]) -> bool:
    """Whether `[a, b)` opens with the name of an offence (not a substance or object alone)."""
    text = info.view.text
    if _class_word().match(text, a, b):
        return True
    m = _determiner().match(text, a, b)
    p = m.end() if m else a
    starts = {p, _skip_lead(text, a, b)}  # "de dos delitos de falsificación"
    if (attempt := _attempt_lead().match(text, p, b)) is not None:
        starts.add(attempt.end())  # "attempting to possess ...", "والشروع في تهريب ..."
    stop = _not_offence()
    if any(h.start in starts and h.end <= b and normalize_term(h.text) not in stop
           for h in inside):
        return True
    if p == 0 or text[p - 1] not in _CLITICS:
        return False
    # "والسرقة بالإكراه", "لاتهامه بتكوين عصابة": the conjunction or preposition is written
    # onto the word, so no term starts there
    return any(
        " ".join(words[:n]) in _arabic_offences()
        for q in starts
        for words in (text[q:b].split(),)
        for n in range(min(len(words), 5), 0, -1)
    )


def _past_cue(info: PageInfo, a: int, b: int) -> int:
    """Past a charging cue that opens a part of a split charge before its offence: "..., y
    contra el orden económico en la modalidad de blanqueo de capitales" names the protected
    interest, then the offence, as the first part did after its own cue. The part's charge
    starts at the offence right after the cue; `a` when no such cue opens the part."""
    text = info.view.text
    first = min((h.start for h in info.iccs if a <= h.start < b), default=b)
    for h in info.cues:
        if h.entry_id != "cue.charged-with" or not (a < h.start <= a + 80 and h.end <= first):
            continue
        after = _SPACES.match(text, h.end)
        nxt = after.end() if after else h.end
        if any(x.start == nxt and x.end <= b for x in info.iccs):
            return nxt
    return a


@cache
def _arabic_offences() -> frozenset[str]:
    return frozenset(_arabic_offence_ids())


@cache
def _arabic_offence_ids() -> dict[str, str]:
    """Normalised Arabic offence name → its ICCS entry id (the first entry that names it)."""
    stop = _not_offence()
    out: dict[str, str] = {}
    for e, _lang, term in load_lexicon("iccs").iter_terms("ar"):
        if (t := normalize_term(term)) not in stop:
            out.setdefault(t, e.id)
    return out


_CLITICS = "وب"  # the Arabic "and" and "with/of" written onto the next word


def _after_and(text: str, a: int, b: int) -> list[Hit]:
    """The offence a part split after an Arabic "و" opens with ("القتل عمدا والتعذيب"), or a
    charge after a cue's "ب" ("لاتهامه بتكوين عصابة"): the clitic is written onto the word, so
    no term of the lexicon starts there."""
    if a == 0 or text[a - 1] not in _CLITICS:
        return []
    words, ids = text[a:b].split(), _arabic_offence_ids()
    for n in range(min(len(words), 5), 0, -1):
        if (term := " ".join(words[:n])) in ids:
            return [Hit("iccs", ids[term], a, a + len(term), term)]
    return []


@cache
def _not_offence() -> frozenset[str]:
    return frozenset(_cue_terms("rule.not-offence"))


def _skip_lead(text: str, a: int, b: int) -> int:
    """Past a charge's leading list marker or clitic ("1-", "أولا:", "بجرم" → "جرم")."""
    m = _lead().match(text, a, b)
    if m is None or not re.search(r"[^\W\d_]{3,}", text[m.end() : b]):
        return a
    return m.end()


_ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")
_CLITIC_AND = re.compile(r"و(?=[\u0621-\u064a])")  # "و" (and) written onto the next word


def _next_comma(text: str, a: int, b: int) -> int:
    commas = [c for c in (text.find("،", a, b), text.find(",", a, b)) if c >= 0]  # OCR: ","
    return min(commas, default=-1)


def _aside_end(text: str, comma: int, end: int) -> int | None:
    """Past an Arabic aside set off by two commas inside a verb-phrase charge ("حاز وأحرز،
    بقصد الاتجار، جوهراً مخدراً ...", "حاز، بغير ترخيص، سلاحاً ..."): one to three words
    between the commas, and the phrase goes on after the second one (not with "و ..."
    nor the particulars "بأن ..."). None when the comma opens no such aside."""
    if text[comma : comma + 1] not in (",", "،"):
        return None
    nxt = _next_comma(text, comma + 1, end)
    if nxt < 0:
        return None
    inner = text[comma + 1 : nxt].split()
    after = text[nxt + 1 : end].lstrip()
    if not 1 <= len(inner) <= 3 or inner[0].startswith("و") or not _ARABIC_LETTER.match(
        inner[0]
    ):
        return None
    if not _ARABIC_LETTER.match(after) or after.startswith(("و", "بان ", "بانه", "هم ", "هو ")):
        return None
    return nxt + 1


def _first_clause(text: str, a: int, b: int) -> int:
    """An Arabic charge worded as a verb phrase ends at its first "،": what follows describes
    it ("بدد المنقولات المبينة بالأوراق، والمملوكة للمجني عليه ..."). Lists were split
    before, so the comma no longer separates two charges here. A short aside between two
    commas does not end it ("حاز وأحرز، بقصد الاتجار، جوهراً مخدراً ...")."""
    if not _ARABIC_LETTER.match(text, a):
        return b
    pos = a
    while (comma := _next_comma(text, pos, b)) >= 0:
        aside = _aside_end(text, comma, b)
        if aside is None:
            break
        pos = aside
    if comma < 0 or len(text[a:comma].split()) < 3:
        return b
    return comma


NOT_THEIRS_REACH = 80  # characters after a charge's wording where a remark on whose it is starts
SENTENCE_REACH = 300  # characters from a charge's wording to its sentence's full stop


@cache
def _not_theirs_remark() -> re.Pattern[str]:
    """A remark that an offence is not the subject's (`word.not-theirs`)."""
    return re.compile(
        rf"[\s,،;]*{word_start_alternation(WORDS, 'word.not-theirs')}{_ARABIC_PRONOUN}"
        r"(?![^\W\d_])",
        re.I,
    )


# the Arabic attached pronoun that names the person sought ("لا تشمله": "does not cover him")
_ARABIC_PRONOUN = "(?:ه|ها|هم|هما)?"


@cache
def _none_theirs_remark() -> re.Pattern[str]:
    """A remark that closes a sentence: none of its matters is charged (`word.none-theirs`)."""
    return re.compile(rf"{word_start_alternation(WORDS, 'word.none-theirs')}(?![^\W\d_])", re.I)


@cache
def _law_before_remark() -> re.Pattern[str]:
    """The offence's law between it and the remark (`word.law-gap`: "under Article 174.1; ")."""
    return re.compile(rf"\s*(?:{_word_list('word.law-gap')})\s[^;,]{{1,40}}[;,]?\s*")


def _not_theirs(text: str, a: int, b: int) -> bool:
    """Whether the wording [a, b) is followed right away (or ended) by a remark that it is
    not the subject's ("تزوير شيكات وهي تهمة لا تشمل المطلوب", "convicted of forgery; that
    offence is not part of the charges"), or the rest of its sentence says none of its
    matters is ("on bail on a charge of robbery, ...; neither matter forms part of this
    information", "inculpé de recel ..., n'est pas visé par le présent mandat"): another
    person's offence, not a charge."""
    m = _not_theirs_remark().search(text, a, min(len(text), b + NOT_THEIRS_REACH))
    if m is not None and (
        not text[b : m.start()].strip(" \t\n,،;.")
        or _law_before_remark().fullmatch(text, b, m.start())
    ):
        return True  # "money laundering under Article 174.1; that charge does not concern X"
    stop = _full_stop().search(text, b, min(len(text), b + SENTENCE_REACH))
    return stop is not None and _none_theirs_remark().search(text, a, stop.start()) is not None


@cache
def _reference_words() -> re.Pattern[str]:
    """A count or charge word (`word.count-reference`) and the number of a charge listed
    elsewhere ("el delito 1", "count 2", "التهمة ٢"): a reference back to a charge, no
    offence's name."""
    return re.compile(
        rf"\W*(?:(?:{_word_list('word.concurrence-article')})\s+)?"
        rf"(?:{_word_list('word.count-reference')})"
        r"\s*(?:\d+|[\u0660-\u0669]+|[a-z])?\W*"
    )


def _bare_reference(text: str, a: int, b: int) -> bool:
    """Whether the wording [a, b) only refers to a numbered charge ("El delito 1 se castiga
    con ...": the penalty paragraph under a heading such as "CALIFICACIÓN JURÍDICA Y PENA")."""
    return _reference_words().fullmatch(text, a, b) is not None


@cache
def _purpose_clause() -> re.Pattern[str]:
    return re.compile(
        rf"[\s,،]+{word_start_alternation(WORDS, 'word.purpose-clause')}(?![^\W\d_])"
    )


def _purpose_cut(text: str, a: int, b: int) -> int:
    """A charge's wording ends before the purpose of the group or gathering it names ("انضم
    إلى جماعة إرهابية الغرض منها تعطيل أحكام الدستور", "joined an association whose purpose
    is ..."), with or without a comma, when two words of the offence stand before it."""
    m = _purpose_clause().search(text, a, b)
    if m is None or len(text[a : m.start()].split()) < 2:
        return b
    if _crimes_purpose().match(text, m.end(), b):
        return b  # "an organisation whose purpose is to commit crimes": the offence's own name
    return m.start()


@cache
def _crimes_purpose() -> re.Pattern[str]:
    return re.compile(
        rf"[\s,،]*{word_start_alternation(WORDS, 'word.purpose-crimes')}(?![^\W\d_])"
    )


@cache
def _amount_clause() -> re.Pattern[str]:
    return re.compile(
        rf"[\s,،]+{word_start_alternation(WORDS, 'word.amount-clause')}(?![^\W\d_])"
    )


@cache
def _category_clause() -> re.Pattern[str]:
    return re.compile(
        rf"[\s,،]+{word_start_alternation(WORDS, 'word.category-clause')}(?![^\W\d_])"
    )


@cache
def _cases_clause() -> re.Pattern[str]:
    numbers = alternation(sorted(_number_word_set(), key=len, reverse=True))
    return re.compile(
        rf"\s+(?:{_word_list('word.cases-link')})\s+(?:\d{{1,4}}|{numbers})\s+"
        rf"(?:{_word_list('word.cases-noun')})(?![^\W\d_])"
    )


@cache
def _gerund_clause() -> re.Pattern[str]:
    return re.compile(
        rf"\s+(?:{_word_list('word.gerund-link')})\s+{_spaced('word.gerund-pronoun')}?"
        r"[^\W\d_]{2,}ant(?![^\W\d_])"
    )


@cache
def _acts_lead() -> re.Pattern[str]:
    """"D'avoir", "avoir" (`word.acts-verb`) opening an item: the acts follow."""
    return re.compile(rf"(?:d['’]\s*|de\s+)?(?:{_word_list('word.acts-verb')})(?![^\W\d_])")


def _past_acts(info: PageInfo, a: int, b: int) -> int:
    """An item worded as the acts ("D'avoir, entre ..., à Brossard, commis une fraude d'une
    valeur dépassant 5 000 $ ...": `word.acts-verb`): its charge starts at the first offence
    named in it; `a` when it names none."""
    if not _acts_lead().match(info.view.text, a, b):
        return a
    stop = _not_offence()
    return min(
        (h.start for h in info.iccs
         if a <= h.start and h.end <= b and normalize_term(h.text) not in stop),
        default=a,
    )


def _category_cut(text: str, a: int, b: int) -> int:
    """A charge's wording ends before the category of offender it is charged in ("tráfico de
    sustancias controladas en la categoría de traficante": `word.category-clause`), the
    number of its cases ("commercial gang fraud in 31 cases": `word.cases-link`,
    `word.cases-noun`) or a French gerund ("... en transférant ...": `word.gerund-link`), when
    two words of the offence stand before it (one for the number of cases: "estafa en 37
    casos")."""
    cases = _cases_clause().search(text, a, b)
    m = min(
        (x for x in (_category_clause().search(text, a, b), cases,
                     _gerund_clause().search(text, a, b))
         if x is not None),
        key=lambda x: x.start(), default=None,
    )
    if m is None or len(text[a : m.start()].split()) < (1 if m is cases else 2):
        return b
    return m.start()


@cache
def _victim_aside() -> re.Pattern[str]:
    return re.compile(rf"\s*[,،]\s*(?:{_word_list('word.victim-aside')})(?![^\W\d_])")


def _victim_aside_cut(text: str, a: int, b: int) -> int:
    """A charge's wording ends at the comma before who suffered it ("homicidio calificado en
    grado de tentativa, en agravio del agente X": `word.victim-aside`)."""
    m = _victim_aside().search(text, a, b)
    return m.start() if m is not None and _WORDED.search(text, a, m.start()) else b


@cache
def _under_law() -> re.Pattern[str]:
    """"under the Specific Economic Crimes Act" closing a wording: `word.law-under`, a few
    words, then a `word.law-title` (and a year) at its end."""
    return re.compile(
        rf"\s(?:{_word_list('word.law-under')})\s+(?:[^\W\d_]+\s+){{0,6}}?"
        rf"(?:{_word_list('word.law-title', script='latin')})(?:\s+\d{{4}})?\s*$"
    )


def _under_law_cut(text: str, a: int, b: int) -> int:
    """A charge's wording ends before the law it is brought under ("Aggravated fraud under
    the Specific Economic Crimes Act"), when two words of the offence stand before it."""
    m = _under_law().search(text, a, b)
    if m is None or len(text[a : m.start()].split()) < 2:
        return b
    return m.start()


def _amount_cut(text: str, a: int, b: int) -> int:
    """A charge worded as a verb phrase ends before the amount or the entrustment of the
    property, with or without a comma ("أعطى بسوء نية ... أربعة شيكات بمبلغ قدره ...", "بدد
    المنقولات المبينة وصفاً وقيمة بالأوراق المسلمة إليه على سبيل الوكالة", "... for a total
    amount of ..."), when three words of the offence stand before it: a short phrase ("بدد
    المبالغ المسلمة إليه") needs the clause to say what was taken."""
    m = _amount_clause().search(text, a, b)
    if m is None or len(text[a : m.start()].split()) < 3:
        return b
    return m.start()


# "aggravated robbery on 6th October 2023", "robo el 3 de mayo de 2021": the day of the acts
# or of a ruling closing the wording, after "on" / "el"
_TRAILING_DATE = re.compile(
    r"\s+(?:on|el)\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:day\s+of\s+|de\s+)?"
    r"[^\W\d_]{3,10}(?:,|\s+de)?\s+\d{4}\s*$"
)


def _trailing_date_cut(text: str, a: int, b: int) -> int:
    """A charge's wording ends before the date that closes it, when a word stands before."""
    m = _TRAILING_DATE.search(text, a, b)
    if m is None or len(text[a : m.start()].split()) < 1:
        return b
    return m.start()


def _class_word_before(text: str, a: int) -> int:
    """Back over an Arabic class word a cue or split left out ("بجرم الاحتيال" → "جرم
    الاحتيال"), since it is part of the offence's name as written."""
    m = _class_before().search(text, max(0, a - 12), a)
    return m.start("word") if m else a


def _classify(info: PageInfo, start: int, end: int) -> tuple[str | None, str | None, float | None]:
    """ICCS code, official name and confidence of the wording `[start, end)`."""
    inside = [h for h in info.iccs if h.start >= start and h.end <= end] or _after_and(
        info.view.text, start, end
    )
    if not inside:
        return None, None, None
    names = _iccs_names()
    inchoate = _inchoate()

    def rank(h: Hit) -> tuple[bool, int, int]:
        code = names[h.entry_id][0]
        return (code not in inchoate, h.end - h.start, len(code))

    best = max(inside, key=rank)
    code, name = names[best.entry_id]
    if code.startswith("0502") and _by_force().search(info.view.text[best.end : end]):
        code, name = names["iccs.0401"]  # "سرقة معدات التصوير بطريق الإكراه": a robbery
    span = len(re.sub(r"\W", "", info.view.text[start:end])) or 1
    covered = len(re.sub(r"\W", "", best.text)) / span
    confidence = 0.9 if covered >= 0.6 else 0.75 if covered >= 0.3 else 0.6
    if " " not in best.text.strip():
        confidence -= 0.1  # a bare word ("vol", "fraud") says less than a phrase
    others = {
        names[h.entry_id][0] for h in inside if not (h.start >= best.start and h.end <= best.end)
    } - {code} - inchoate
    if others and not any(o.startswith(code) or code.startswith(o) for o in others):
        confidence -= 0.1
    return code, name, round(max(confidence, 0.3), 2)


@cache
def _by_force() -> re.Pattern[str]:
    """Force or violence named after a theft's object (`word.by-force`: "theft of the cameras
    by force", "سرقة معدات التصوير بطريق الإكراه"): the theft is a robbery (ICCS 0401)."""
    return re.compile(rf"(?<!\w)(?:{_word_list('word.by-force')})(?!\w)")


_ASIDE = re.compile(r"\([^()]{6,80}\)")


def article_ids(view: PageView, hit: Hit) -> list[str]:
    """Identifiers of one citation as written ("arts. 311-8 et 450-1" → ["311-8", "450-1"])."""
    raw = view.quote(hit.start, hit.end)
    if view.page.method == "ocr":
        raw = _MIXED_DIGITS.sub(_without_mixed, raw)
        raw = _ocr_ordinals(raw, view.quote(hit.end, min(hit.end + 16, len(view.text))))
        if view.lang == "ar":
            raw = _SUB_PART_FIRST.sub(r"\2(\1)", raw)
    elif view.lang == "ar":
        raw = _MIRRORED_SUB_PART.sub(r"\2(\1)", raw)
    if view.lang == "ar":
        raw = _LETTER_FIRST.sub(r"\2-\1", raw)
    quote = _sub_part().sub("", _ascii_digits(raw))
    if view.page.method == "ocr":
        quote = _OCR_ORDINAL.sub("ª", quote)  # "139.1.1%": OCR's reading of "139.1.1ª"
    quote = _ASIDE.sub(" ", quote)  # "353 (prisión de cuatro a ocho años) y 429"
    sections = _section_word().match(quote) is not None
    ids = []
    for m in _article_id().finditer(quote):
        if m.group().startswith("0"):
            continue  # no article is numbered 0 or 01: OCR's misreading of other figures
        value = re.sub(r"\s*([-./()])\s*", r"\1", " ".join(m.group().split()))
        # "Sections 420/120-B IPC" are two sections; "المادة 26/1" is article 26, paragraph 1
        ids += value.split("/") if sections else [value]
    return ids


_OCR_ORDINAL = re.compile(r"(?<=\d)%")
# OCR reads the ordinal "º" as "2": a Portuguese citation "artigos 131.º e 132.º, n.º 2" comes
# out "131.2 e 132.2, n.2 2". Its paragraph word "n.2" before a figure tells the style.
_OCR_NUMERO = re.compile(r"(?<![^\W\d_])n\.\s?2(?=\s?\d)", re.IGNORECASE)
_OCR_ORDINAL_TWO = re.compile(r"(?<=\d)\.2(?![\d.])")


def _ocr_ordinals(raw: str, after: str) -> str:
    """An OCR'd citation in the ordinal style ("131.2 y 132.2, n.2 1" for "131.º y 132.º, n.º
    1": an article's figure ".2" right before its paragraph "n.2") with the ordinals restored;
    any other ".2" is a sub-part ("art. 242.2") and kept."""
    text = raw + after
    numero = _OCR_NUMERO.search(text)
    if numero is None or not re.search(r"\d\.2\s?,?\s?$", text[: numero.start()]):
        return raw
    return _OCR_NUMERO.sub("n.º", _OCR_ORDINAL_TWO.sub(".º", raw))


# OCR of a right-to-left line sets a left-to-right citation's runs in the wrong order: "المادة
# 539(1)" comes out "1(539)". No document writes a bracketed article after its sub-part.
_SUB_PART_FIRST = re.compile(r"(?<![\d.(])(\d{1,2})\s?\((\d{3,4})\)")
# The text layer of a right-to-left line sets it out the same way with its brackets mirrored:
# "المادة 5(2)" comes out "2)5)" (the last bracket may fall outside the citation's span).
_MIRRORED_SUB_PART = re.compile(r"(?<![\w.()])(\d{1,2})\)(\d{1,4})(?:\)|$)")
_MIXED_DIGITS = re.compile(r"\d+")
# A right-to-left line sets a left-to-right article's runs in the wrong order: "المادة
# 158/1-f" comes out "f-158/1". No document writes a lettered item before its article.
_LETTER_FIRST = re.compile(r"(?<![\w-])([a-zA-Z])-(\d+(?:/\d+)*)(?![\w/-])")


def _without_mixed(m: re.Match[str]) -> str:
    """A number OCR wrote in two digit scripts at once ("10١" for "٦٥٥") is a misreading:
    no document writes one number so; it is left out rather than cited wrong."""
    run = m.group()
    mixed = any(c.isascii() for c in run) and any(not c.isascii() for c in run)
    return " " * len(run) if mixed else run


@cache
def _section_word() -> re.Pattern[str]:
    """A citation that opens with the word of a section ("Sections 420/120-B", "ss. 3/4":
    `word.section-word`, as written)."""
    return re.compile(rf"\s*(?:{_spellings('word.section-word')})", re.IGNORECASE)


def _ascii_digits(text: str) -> str:
    return "".join(
        str(unicodedata.digit(c)) if c.isdigit() and not c.isascii() else c for c in text
    )


@cache
def _bare_class() -> re.Pattern[str]:
    """A class word alone names no offence: "the crime", "l'infraction", "el delito", "الجريمة"
    (`word.bare-determiner`, `word.bare-class`; the Arabic `word.definite-article` written
    onto a class word of the cue lexicon)."""
    return re.compile(
        rf"(?:(?:{_word_list('word.bare-determiner')})\s*)?"
        rf"(?:{_word_list('word.bare-class')}"
        rf"|(?:{_word_list('word.definite-article', script='arabic')})(?:{_class()}))"
    )


@cache
def _wanted_purpose() -> re.Pattern[str]:
    """What a person is wanted for when it is no offence ("wanted for prosecution", "buscado
    para su enjuiciamiento": `word.wanted-purpose`): the purpose of the search, no charge."""
    return re.compile(
        rf"(?:(?:{_word_list('word.bare-determiner')})\s*)?(?:{_word_list('word.wanted-purpose')})"
    )


@cache
def _back_reference() -> re.Pattern[str]:
    """A class word that refers back to charges stated elsewhere ("los delitos que se le
    imputan", "the offences charged", "les infractions qui lui sont reprochées":
    `word.back-reference-pronoun`, `word.back-reference`): no name."""
    return re.compile(
        rf"(?:{_bare_class().pattern})\s+(?:(?:{_word_list('word.back-reference-pronoun')})\s+)?"
        rf"(?:{_word_list('word.back-reference')})(?!\w)"
    )


@cache
def _class_of_article() -> re.Pattern[str]:
    """A class word then an article, no offence's name between ("جناية المادة 549 من قانون
    العقوبات", "délit de l'article 222-33": `word.article-link`, `word.article-word`): the
    charge is named elsewhere."""
    return re.compile(
        rf"(?:{_bare_class().pattern}|{_class()})\s+"
        rf"(?:{_spaced('word.article-link')}?(?:{_word_list('word.article-word', script='latin')})"
        rf"|{_word_list('word.article-word', script='arabic')})\s*\(?\d"
    )


def _one_line(quote: str) -> str:
    quote = re.sub(r"(?<=[^\W\d_])[-\u00ad]\s*\n\s*(?=[^\W\d_])", "", quote)
    return " ".join(quote.split()).strip(" ,;:-–—")


def _facts(infos: list[PageInfo]) -> tuple[Found | None, PageInfo | None, tuple[int, int]]:
    """The summary of facts under its heading, up to the next heading that ends a block. A
    line that opens with a law heading ("Applicable law: ...", "المادة القانونية: ...") ends
    it too: the articles cited there, and an offence named beside them ("(murder)"), belong to
    the charges, not to the story of the acts."""
    for info in infos:
        for hit in info.cues:
            if hit.entry_id != "cue.facts" or _heading_after(info, hit) is None:
                continue
            li = _line_index(info, hit.start)
            text = info.view.text
            a = hit.end
            while a < len(text) and text[a] in " :":
                a += 1
            end = info.lines[li].end
            for line in info.lines[li + 1 :]:
                if line.start > a + MAX_BLOCK or _is_stop(info, line) or _law_label(info, line):
                    break
                if _is_caps_heading(info.view, line) and _CAPS_HEADING.match(text, line.start):
                    break
                if _count_line().match(text, line.start, line.end):
                    break
                end = line.end
            if end <= a:
                continue
            ev = info.view.evidence(a, end)
            return Found(value=ev.quote.strip(), kind="summary-of-facts", confidence=0.9,
                         evidence=ev), info, (a, end)
    return None, None, (0, 0)


def _time_place(info: PageInfo, start: int, end: int) -> tuple[str | None, list[str]]:
    """The first place and the dates of the acts in `[start, end)` of a page."""
    view = info.view
    text = view.text
    first = _sentence_end().search(text, start, end)
    first_end = first.start() if first and first.start() > start + 20 else end
    dates = [d.iso for d in dates_on(view) if start <= d.start and d.end <= end]
    first_dates = [d.iso for d in dates_on(view) if start <= d.start and d.end <= first_end]
    place = None
    for lexicon in ("places", "countries-names"):
        hits = [h for h in view.hits(lexicon) if start <= h.start and h.end <= end]
        if hits:
            place = view.quote(hits[0].start, hits[0].end)
            break
    return place, list(dict.fromkeys(first_dates or dates[:4]))


def read_offenses(
    views: list[PageView], doc_type: str | None
) -> tuple[list[Offense], Found | None]:
    """The document's charges (each with ICCS code, articles, penalty) and its summary of facts."""
    infos = [_page_info(v) for v in views]
    facts, facts_info, (fa, fb) = _facts(infos)
    place, dates = _time_place(facts_info, fa, fb) if facts_info else (None, [])

    items: list[Item] = []
    regions: dict[int, list[tuple[int, int]]] = {}
    for info in infos:
        found, regs = _charge_items(info)
        items += found
        regions[id(info.view)] = regs
    by_view = {id(i.view): i for i in infos}

    if not items:  # no charges cue: a law heading over items that name offences
        items = [it for info in infos for it in _law_block_items(info)]
    if not items and doc_type in CHARGE_DOC_TYPES:  # no cue: the ICCS terms outside the facts
        for info in infos:
            taken_until = -1
            penalty_words = [(p.start, p.end) for p in info.view.hits("penalties", kind="term")]
            headings = [(c.start, c.end) for c in info.cues if c.entry_id == "cue.end"]
            for h in _outermost(info.iccs):
                if h.start < taken_until or (info is facts_info and fa <= h.start < fb):
                    continue
                if any(
                    a <= h.start and h.end <= b and b - a > h.end - h.start
                    for a, b in penalty_words
                ):
                    continue  # inside a longer penalty name ("servitude pénale"), not slavery
                if any(a <= h.start and h.end <= b for a, b in headings):
                    continue  # "MEDIDAS DE COACCIÓN:": a heading's words name no offence
                if _punished_before().search(info.view.text, max(0, h.start - 40), h.start):
                    continue  # "ويعاقب على التزوير ... بالسجن": the law's penalty, not a charge
                if _law_title_before().search(info.view.text, max(0, h.start - 20), h.start):
                    continue  # "من قانون الجرائم الإلكترونية": the law's title, not a charge
                if any(k.startswith("penalty.") and s <= h.start and h.end <= e
                       for s, e, k, _d in info.events.events):
                    continue  # "de un à vingt ans de travaux forcés": a penalty's name
                end = _fallback_end(info, h)
                if end is None:
                    continue
                start = _cell_start(info, h)
                items.append(Item(info.view, start, end, end, iccs_only=True))
                taken_until = end

    # an item of one charge followed by a remark that it is another person's is no charge,
    # nor does it count among the charges the document's penalty is shared by
    items = [
        it for it in items
        if it.iccs_only or len(_split(by_view[id(it.view)], it.start, it.end, it.prose)) != 1
        or not _not_theirs(it.view.text, it.start, it.end)
    ]

    # penalties of the whole document, for charges whose item states none
    doc_max: list[tuple[PageInfo, pen.Reading]] = []
    doc_sentence: list[tuple[PageInfo, pen.Reading]] = []
    for info in infos:
        for r in pen.readings(info.events):
            if r.role == "max":
                doc_max.append((info, r))
            elif r.role in ("sentence", "remaining"):
                doc_sentence.append((info, r))
    # a custodial term of no stated length ("détenu jusqu'à nouvel ordre" at a prison's
    # door) differs from none of the stated terms
    distinct = {(r.kind, r.months) for _i, r in doc_max
                if r.months is not None or r.kind != "custodial"} or {("custodial", None)}
    page_readings = {id(info.view): pen.readings(info.events) for info in infos}
    law_articles = _law_articles(infos, items)
    rules = _sentencing_rule_ids(infos)
    own_ids = {
        id(item): [a for h in _item_articles(by_view[id(item.view)], item)
                   for a in article_ids(item.view, h) if a not in rules]
        for item in items
    }
    cited = {a for ids in own_ids.values() for a in ids}

    offenses: list[Offense] = []
    heading_articles: list[str] = []  # cited under a heading read as a charge's wording
    seen: dict[str, Offense] = {}
    where: dict[int, tuple[PageInfo, int, int]] = {}  # each reading's page and wording
    for number, item in enumerate(items, 1):
        info = by_view[id(item.view)]
        view = item.view
        _qualified(info, item)
        later = [it.start for it in items if it.view is view and it.start > item.start]
        own = _own_readings(info, item, page_readings[id(view)], min(later, default=None))
        top = pen.strongest(own, "max")
        top_info = info
        block = law_articles.get(id(item), [])
        articles = own_ids[id(item)] or [
            a for a in block
            if not _restates(a, cited) and not _coarser(a, block) and a not in rules
        ]
        if top is None and doc_max:
            chosen = (
                _most_severe(doc_max) if len(distinct) == 1 or len(items) == 1
                else _most_severe(
                    _counted(doc_max, _count_of(info, item, number))
                    or _cited_or_named(doc_max, articles, info, item)
                )
            )
            if chosen is not None:
                top_info, top = chosen
        sentence = pen.strongest(own, "sentence") or _pick(doc_sentence, "sentence")
        remaining = pen.strongest(own, "remaining") or _pick(doc_sentence, "remaining")
        i_place, i_dates = place, dates
        if facts is None and item.header:
            i_place, i_dates = _time_place(info, *item.header)
        parts = (
            [(item.start, item.end)] if item.iccs_only
            else _split(info, item.start, item.end, item.prose)
        )
        # an item that names no offence and dates its acts tells them, whatever its parts; one
        # that gives a birth date is the identity ("فلان، والدته سعاد، مواليد ١٩٨٤")
        dated_acts = not any(item.start <= h.start < item.end for h in info.iccs) and (
            bool(_YEAR.search(_ascii_digits(view.text[item.start : item.end])))
            or any(h.entry_id == "field.birth-date" and item.start <= h.start < item.end
                   for h in view.hits("field-labels"))
        )
        for a, b in parts:
            a = _past_acts(info, _past_cue(info, _past_dated_span(info, a, b), b), b)
            a = _class_word_before(view.text, _skip_lead(view.text, a, b))
            b = _purpose_cut(view.text, a, _first_clause(view.text, a, b))
            b = _category_cut(view.text, a, _amount_cut(view.text, a, b))
            b = _trailing_date_cut(view.text, a, b)
            b = _under_law_cut(view.text, a, _victim_aside_cut(view.text, a, b))
            b = _before_gloss(info, a, b)
            if _not_theirs(view.text, a, b) or _bare_reference(view.text, a, b):
                continue  # "..., وهي تهمة لا تشمل المطلوب": a co-accused's offence
            if _names_a_body(view.text, a, b):
                continue  # "on the report of the Fraud Squad": a body's name, no charge
            if _cue_only(info, a, b):
                heading_articles += articles  # its citations are the charges' under it
                continue  # "Count No. 1\n\nSTATEMENT OF OFFENCE\n\n...": a heading, no name
            code, label, conf = _classify(info, a, b)
            if item.iccs_only and conf is not None:
                conf = round(conf * 0.6, 2)
            if code is None and item.prose and _procedure_only(info, item):
                continue
            if code is None and _label_line(info, b):
                continue  # "f) Otras circunstancias pertinentes:": a form's heading, no offence
            if code is None and (_YEAR.search(_ascii_digits(view.text[a:b])) or dated_acts):
                continue  # "عامي 2021 و2022 أدار مع شركائه منصة ...": dated acts, no offence's name
            wording = _one_line(view.quote(a, b))
            if not wording or _bare_class().fullmatch(normalize_term(wording)) or (
                _class_of_article().match(normalize_term(wording))
            ) or (
                _back_reference().match(normalize_term(wording))
            ) or _time_span().match(normalize_term(wording)) or (
                _wanted_purpose().fullmatch(normalize_term(wording))
            ):
                continue  # "guilty of the crime under Article 212": no name of an offence
            evidence = [view.evidence(a, b)]
            if top is not None and not (a <= top.start and top.end <= b):
                evidence.append(top_info.view.evidence(top.start, top.end))
            offense = Offense(
                text=wording, label=label, iccs_code=code, iccs_confidence=conf,
                articles=list(dict.fromkeys(heading_articles + articles)),
                max_penalty_months=top.months if top else None,
                penalty_kind=top.kind if top else (sentence.kind if sentence else "unknown"),
                sentence_months=sentence.months if sentence else None,
                remaining_months=remaining.months if remaining else None,
                facts=facts.value if facts else None, place=i_place, dates=i_dates,
                evidence=evidence,
            )
            key = _wording_key(wording)
            if key in seen:
                _merge(seen[key], offense)
                continue
            seen[key] = offense
            offenses.append(offense)
            where[id(offense)] = (info, a, b)
            heading_articles = []
    if offenses and heading_articles:  # a heading read last: its citations go to the last charge
        last = offenses[-1]
        last.articles = list(dict.fromkeys(last.articles + heading_articles))
    doc_top = _most_severe(doc_max) if doc_max and len(distinct) == 1 else None
    doc_sentences = (_pick(doc_sentence, "sentence"), _pick(doc_sentence, "remaining"))
    offenses = _with_tagged(infos, offenses, where, Offense(
        text="", max_penalty_months=doc_top[1].months if doc_top else None,
        penalty_kind=doc_top[1].kind if doc_top else (
            doc_sentences[0].kind if doc_sentences[0] else "unknown"),
        sentence_months=doc_sentences[0].months if doc_sentences[0] else None,
        remaining_months=doc_sentences[1].months if doc_sentences[1] else None,
        facts=facts.value if facts else None, place=place, dates=dates,
    ))
    return _restated(_renamed(infos, offenses)), facts


TAGGED_REACH = 300  # characters after a tagged wording its law citations are read from
TAGGED_DROP = 0.9  # how sure the tagger must be that a reading naming no offence is none
_CLITICS = "وب"  # Arabic conjunction and preposition written onto the next word


@cache
def _offence_word() -> re.Pattern[str]:
    """A wording with an offence class word in it ("delito contra la seguridad vial",
    `word.trailing-class`, `cue.offence-class`) names an offence, though no ICCS term does."""
    return re.compile(rf"\b(?:{_word_list('word.trailing-class')}|{_class()})\b")


def _tagged(infos: list[PageInfo]) -> list[tuple[PageInfo, int, int]]:
    """The tagger's wordings (page, normalised start and end), less another party's charge,
    a bare reference or a body's name, as the rules skip them; a leading Arabic "و"/"ب"
    written onto an offence's name is left out ("وغسل الأموال")."""
    from pipeline.understand import charge_spans

    out = []
    for info in infos:
        text = info.view.text
        for sp in charge_spans.spans(info.view):
            a, b = sp.start, sp.end
            if text[a] in _CLITICS and b - a > 2 and (
                text.startswith("ال", a + 1) or any(h.start == a + 1 for h in info.iccs)
            ):
                a += 1
            if (_not_theirs(text, a, b) or _bare_reference(text, a, b)
                    or _names_a_body(text, a, b) or not _one_line(info.view.quote(a, b))):
                continue
            out.append((info, a, b))
    return out


def _with_tagged(
    infos: list[PageInfo],
    offenses: list[Offense],
    where: dict[int, tuple[PageInfo, int, int]],
    blank: Offense,
) -> list[Offense]:
    """The rules' charges checked against the tagger's wordings (`charge_spans`).

    Where the rules read no charge, the tagged wordings that name an ICCS offence are the
    charges, each with the citations that follow it and the document's penalty when it
    states only one. A reading of the rules that names no offence (no ICCS term, class word
    or flag-lexicon term), that no tagged wording overlaps and whose words the tagger puts
    outside any charge with a mean probability of at least TAGGED_DROP is dropped (a
    heading, a form's label, a clause), its citations going to the charge read before it;
    if that would drop every reading, the tagged wordings replace them, or they stand.
    Elsewhere the rules stand, and alone without a built tagger or where it tags nothing.
    """
    from pipeline.understand import charge_spans

    doubtful = {
        id(o) for o in offenses
        if o.iccs_code is None and (w := where.get(id(o)))
        and not _offence_word().search(normalize_term(o.text))
        and not _flagged_words(w[0], w[1], w[2])
    }
    if (offenses and not doubtful) or not charge_spans.available():
        return offenses  # every reading names an offence: the tagger is not asked
    tagged = _tagged(infos)
    if not tagged:  # a layout the tagger does not know: the rules alone
        return offenses
    if offenses:

        def none(o: Offense) -> bool:
            """A doubtful reading no tagged wording overlaps and the tagger puts outside."""
            page, start, end = where[id(o)]
            return not any(i is page and start < b and a < end for i, a, b in tagged) and (
                charge_spans.outside(page.view, start, end) >= TAGGED_DROP
            )

        kept = [o for o in offenses if id(o) not in doubtful or not none(o)]
        if not kept:  # every reading dropped: the tagged wordings, else the readings stand
            return _tagged_offenses(tagged, blank) or offenses
        kept_ids = {id(o) for o in kept}
        for i, o in enumerate(offenses):  # a dropped reading's citations go to the one before
            if id(o) not in kept_ids and o.articles:
                before = [k for k in offenses[:i] if id(k) in kept_ids]
                target = before[-1] if before else kept[0]
                target.articles = list(dict.fromkeys([*target.articles, *o.articles]))
        return kept
    return _tagged_offenses(tagged, blank)


def _wording_key(wording: str) -> str:
    """What makes two readings one charge: the normalised wording without punctuation."""
    return re.sub(r"\W", "", normalize_term(wording))


def _flagged_words(info: PageInfo, a: int, b: int) -> bool:
    """`[a, b)` holds a term of a flag lexicon (an offence against the state, a speech
    offence): a charge the flags read, whether or not ICCS names it."""
    return any(h.lexicon.startswith("flags-") and a <= h.start and h.end <= b
               for h in info.view.hits())


def _tagged_offenses(tagged: list[tuple[PageInfo, int, int]], blank: Offense) -> list[Offense]:
    """The tagged wordings that name an ICCS offence, as charges: each with the citations
    that follow it and `blank`'s penalty and facts."""
    out: list[Offense] = []
    for k, (info, a, b) in enumerate(tagged):
        code, label, conf = _classify(info, a, b)
        if code is None:
            continue
        view = info.view
        nxt = next((t[1] for t in tagged[k + 1 :] if t[0] is info), len(view.text))
        reach = min(nxt, b + TAGGED_REACH)
        out.append(blank.model_copy(deep=True, update={
            "text": _one_line(view.quote(a, b)), "label": label, "iccs_code": code,
            "iccs_confidence": conf, "evidence": [view.evidence(a, b)],
            "articles": list(dict.fromkeys(
                x for h in info.articles if b <= h.start < reach for x in article_ids(view, h)
            )),
        }))
    unique: dict[str, Offense] = {}
    for o in out:  # a wording tagged twice (restated in the facts) is one charge
        unique.setdefault(_wording_key(o.text), o)
    return list(unique.values())


REQUALIFY_SPAN = 80  # longest name of an offence in a requalification or a dismissal


@cache
def _requalify_re() -> re.Pattern[str]:
    """"Requalifie les faits d'escroquerie en abus de confiance" (`word.requalify`,
    `word.requalify-into`): the old name `x`, the new name `y`."""
    name = rf"[^;:.\n]{{3,{REQUALIFY_SPAN}}}?"
    return re.compile(
        rf"(?<!\w)(?:{_word_list('word.requalify')})\s+(?:[^\W\d_]+\s+){{0,2}}?"
        rf"(?:d'|of\s+|del?\s+)(?P<x>{name})\s+(?:{_word_list('word.requalify-into')})"
        rf"\s+(?P<y>{name})\s*(?:[;:.]|\n|$)"
    )


@cache
def _dismissed_re() -> re.Pattern[str]:
    """"Disons n'y avoir lieu à suivre contre X du chef de détention d'arme" (`word.dismissed-
    charge`): the offence `x` is no charge."""
    return re.compile(
        rf"(?<!\w)(?:{_word_list('word.dismissed-charge')})[^;.]{{0,120}}?"
        rf"\b(?:du chef d(?:e\s+|')|por el delito de\s+)(?P<x>[^;:.]{{3,{REQUALIFY_SPAN}}}?)"
        rf"\s*(?:[;:.]|$)"
    )


def _same_offence(wording: str, name: str) -> bool:
    """Whether a charge's wording is the offence `name` (or begins with it)."""
    w, n = normalize_term(wording), " ".join(name.split())
    return w == n or w.startswith(n + " ") or w.startswith(n + ",")


def _renamed(infos: list[PageInfo], offenses: list[Offense]) -> list[Offense]:
    """The charges once the document's own rulings on them are applied: requalified facts
    give their old name's charge the new name ("Requalifie les faits d'escroquerie en abus de
    confiance"), and a charge the judge dismisses ("Disons n'y avoir lieu à suivre ... du chef
    de détention illégale d'arme à feu") is no charge."""
    out = list(offenses)
    for info in infos:
        text = info.view.text
        for m in _dismissed_re().finditer(text):
            out = [o for o in out if not _same_offence(o.text, m.group("x"))]
        for m in _requalify_re().finditer(text):
            old = [o for o in out if _same_offence(o.text, m.group("x"))]
            if not old:
                continue
            kept = [o for o in out if o not in old]
            if not any(_same_offence(o.text, m.group("y")) for o in kept):
                a, b = m.span("y")
                code, label, conf = _classify(info, a, b)
                new = old[0].model_copy(update={
                    "text": _one_line(info.view.quote(a, b)), "iccs_code": code, "label": label,
                    "iccs_confidence": conf, "evidence": [info.view.evidence(a, b)],
                })
                kept.insert(out.index(old[0]), new)
            out = kept
    return out


def _label_line(info: PageInfo, b: int) -> bool:
    """Whether a colon ends the line right after a wording that ends at `b` ("f) Otras
    circunstancias pertinentes:", "i) Autoridad judicial que ha dictado la orden:"): the
    heading of a form's section, its content on the lines below."""
    line = info.lines[_line_index(info, b)]
    return re.fullmatch(r"\s*[:：]\s*", info.view.text[b : line.end]) is not None


def _cue_only(info: PageInfo, a: int, b: int) -> bool:
    """Whether the wording `[a, b)` is one cue's words alone on their line ("STATEMENT OF
    OFFENCE" read as the first line under a count's heading): a heading, not an offence. A
    cue's word inside a sentence ("المتهم بارتكاب الجرائم المنصوص عليها ...") stands for the
    charges, and their law and penalty are read with it."""
    text = info.view.text
    a = _first_word(text, a, b, " \t\n:-–")
    b = a + len(text[a:b].rstrip(" \t\n:.-–"))
    line = info.lines[_line_index(info, a)]
    alone = not text[line.start : a].strip() and not text[b : line.end].strip(" \t:.-–")
    return a < b and alone and any(h.start <= a and b <= h.end for h in info.cues)


_YEAR = re.compile(r"(?<![\d.,/-])(?:19|20)\d{2}(?![\d.,])")  # a year, not part of a number
_GLOSS = re.compile(r"\s*\([^()]{3,80}\)$")
# An Arabic charge's name in the original language, in Latin letters between brackets: the
# charge's wording ends before it, whatever follows ("... (Nitelikli dolandırıcılık) باستخدام");
# a text layer may give its closing bracket mirrored ("(Nitelikli dolandırıcılık(")
_LATIN_GLOSS = re.compile(r"\s*\((?=[^()]*[a-zA-Z]{3})[^()\d\u0600-\u06ff]{3,80}[()]")
# A bracket of this many words after a charge's name tells its particulars ("Drug trafficking
# (possession and transport of heroin above two kilograms)"), not another name of it
GLOSS_PARTICULARS = 5


def _before_gloss(info: PageInfo, a: int, b: int) -> int:
    """A charge's wording ends before a bracket that closes it and names no offence the
    lexicons know: the name in the original language ("Aggravated fraud (schwerer Betrug)").
    A bracket that names one stays ("Libramiento indebido (cheque sin fondos)"), unless it
    only says the offence's legal character ("Illegal recruitment in large scale (economic
    sabotage)", "Fraude fiscale (délit)", "(جناية)")."""
    text = info.view.text
    latin = _LATIN_GLOSS.search(text, a, b) if info.view.lang == "ar" else None
    if latin is not None and _WORDED.search(text, a, latin.start()):
        return latin.start()  # "الاحتيال الموصوف (Nitelikli dolandırıcılık) باستخدام ..."
    m = _GLOSS.search(text, a, b)
    if m is None or not _WORDED.search(text, a, m.start()):
        return b
    inner = normalize_term(m.group().strip()[1:-1].strip())
    if _character().fullmatch(inner) or len(inner.split()) >= GLOSS_PARTICULARS:
        return m.start()
    named = any(m.start() <= h.start < b for h in info.iccs)
    return b if named and _offence_in(info.view.lang).search(inner) else m.start()


@cache
def _offence_in(lang: str) -> re.Pattern[str]:
    """An offence term of the document's own language: a bracket naming one only in another
    language ("asesinato (murder)" in a translation) is the original's name, not a charge's."""
    terms = {normalize_term(t) for _e, _l, t in load_lexicon("iccs").iter_terms(lang)}  # type: ignore[arg-type]
    return re.compile(rf"(?<!\w)(?:{trie_alternation(terms - {''})})(?!\w)")


@cache
def _character() -> re.Pattern[str]:
    """A bracket's words that say an offence's legal character, not its name (after
    `word.character-article`)."""
    return re.compile(
        rf"(?:(?:{_word_list('word.character-article')})\s+)?(?:{_word_list('word.offence-character')}"
        rf"|{_word_list('word.trailing-class')})"
    )


def _restated(offenses: list[Offense]) -> list[Offense]:
    """Without a charge restated in short elsewhere ("asesinato" after "asesinato con
    alevosía", "جناية القتل قصداً" in the operative part after "القتل قصداً" in the list):
    a wording whose words, without a leading Arabic class word, open another charge's
    wording that is longer, or equal and listed first, is that charge."""
    words = [_class_prefix().sub("", normalize_term(o.text), count=1).split() for o in offenses]
    out = []
    for k, o in enumerate(offenses):
        longer = next(
            (
                offenses[j] for j, w in enumerate(words)
                if j != k and w[: len(words[k])] == words[k]
                and (len(w) > len(words[k]) or (j < k and w == words[k]))
            ),
            None,
        )
        if longer is None:
            out.append(o)
        else:
            _merge(longer, o)
    return out


@cache
def _punished_before() -> re.Pattern[str]:
    """A penalty clause's words right before the offence it punishes ("ويعاقب على التزوير
    بالسجن ...", "la pena por el delito de estafa"), from `cue.punishes`."""
    return re.compile(rf"(?:^|\s)(?:{_words('cue.punishes')})\s*$")


@cache
def _law_title_before() -> re.Pattern[str]:
    """A law's title word (`word.law-title`) right before offence words: "قانون الجرائم
    الإلكترونية" names the law cited, not a charge."""
    return re.compile(rf"(?<!\w)(?:{_word_list('word.law-title')})\s*$")


@cache
def _phrase_on() -> re.Pattern[str]:
    """An inchoate head's phrase going on ("Conspiracy to ...", "tentative de ...":
    `word.inchoate-link`)."""
    return re.compile(rf"\s+(?:{_word_list('word.inchoate-link')})\s")


@cache
def _inchoate_end() -> re.Pattern[str]:
    """An inchoate term that ends with its link or verb ("Conspiracy to commit":
    `word.inchoate-end`)."""
    return re.compile(rf"\b(?:{_word_list('word.inchoate-end')})$")


@cache
def _clause_end() -> re.Pattern[str]:
    """Where an inchoate head's phrase ends: punctuation, or "and" and an article that open a
    new clause (`word.clause-and`, `word.clause-article`)."""
    return re.compile(
        rf"[.;,،:\n]|\s(?:{_word_list('word.clause-and')})\s"
        rf"(?:{_word_list('word.clause-article')})\s"
    )


# one or two words between a line's opening citation and an offence's term that ends the line
_CELL_LEAD = re.compile(r"\s+((?:[^\W\d_]+[ -]){1,2})$")


def _cell_start(info: PageInfo, h: Hit) -> int:
    """Start of a charge taken from an ICCS term alone: in a line that opens with its citation
    and ends with the term ("18 U.S.C. § 1028A(a)(1) Aggravated identity theft", a table's
    row), the words between the citation and the term are part of the name."""
    text = info.view.text
    line = info.lines[_line_index(info, h.start)]
    if text[h.end : line.end].strip(" .;,"):
        return h.start
    cited = [c for c in info.articles if line.start <= c.start and c.end <= h.start]
    if not cited or min(c.start for c in cited) - line.start > 12:
        return h.start
    m = _CELL_LEAD.search(text, max(c.end for c in cited), h.start)
    return m.start(1) if m is not None else h.start


def _fallback_end(info: PageInfo, h: Hit) -> int | None:
    """End of a charge taken from an ICCS term alone (no cue): a term that names only a
    substance, an object or a bare inchoate word ("cocaine", "firearm", "Conspiracy") gives
    none; an inchoate head runs to the end of its clause ("Conspiracy to Import a Controlled
    Substance")."""
    text = info.view.text
    code = _iccs_names()[h.entry_id][0]
    inchoate = code in _inchoate()
    if normalize_term(h.text) in _not_offence() and not inchoate:
        return None
    if any(c.entry_id == "cue.qualified-as" and 0 <= h.start - c.end <= 4 for c in info.cues):
        # "faits qualifiés d'escroquerie\naggravée par appel au public, prévus et punis par":
        # the legal name runs to its law reference
        end = _wording_end(info, h.start, min(len(text), h.start + 160))
        return max(end, h.end)
    if not inchoate:
        return h.end
    if not _phrase_on().match(text, h.end) and not _inchoate_end().search(
        text[h.start : h.end]
    ):
        return None
    line_end = info.view.line_end(h.start)
    limit = min(line_end, h.end + 160)
    stop = _clause_end().search(text, h.end, limit)
    end = _wording_end(info, h.start, stop.start() if stop else limit)
    return end if end > h.end + 3 else None


def _own_readings(
    info: PageInfo, item: Item, page: list[pen.Reading], next_start: int | None = None
) -> list[pen.Reading]:
    """Penalty readings of an item's region; a sentence whose cue stands before the item
    ("Condenamos al acusado ... como autor de un delito de robo, a la pena de tres años")
    keeps its role rather than reading as a maximum. A maximum whose clause starts in the
    region and goes on past it, not into the next item, is the item's own ("prisión de
    quince a veinte años;\ncuando concurren dos circunstancias, de veinte a treinta años")."""
    own = pen.readings(info.events, item.start, item.region_end)
    own += [
        r for r in page
        if r.role == "max" and item.start <= r.start < item.region_end < r.end
        and (next_start is None or r.end <= next_start)
    ]
    outer = [
        r for r in page
        if r.role in ("sentence", "remaining") and r.start < item.start < r.end <= item.region_end
    ]
    if not outer:
        return own
    return [r for r in own if not (r.role == "max" and any(o.end == r.end for o in outer))] + outer


def _item_articles(info: PageInfo, item: Item) -> list[Hit]:
    """Citations in an item's region, up to a law label run into it ("... القوانين المنطبقة:");
    not those of a law of procedure ("وعملاً بالمادة 39 من قانون الإجراءات الجنائية")."""
    law = next(
        (h.start for h in info.cues
         if h.entry_id == "cue.law" and item.start <= h.start < item.region_end),
        item.region_end,
    )
    hits = [h for h in info.articles if item.start <= h.start < law]
    return [h for i, h in enumerate(hits) if not _procedure_law_name(info, h, hits[i + 1 :])]


def _procedure_law_name(info: PageInfo, hit: Hit, later: list[Hit]) -> bool:
    """Whether the name of the law a citation gives, up to a comma, the end of its sentence or
    the next citation, names procedure, a constitution or a treaty (`word.procedure-law`):
    "section 339B of the Code of Criminal Procedure", not "... del Código Penal, procedentes"."""
    text = info.view.text
    stop = min(hit.end + 60, len(text), *(h.start for h in later[:1]))
    clause = _CLAUSE_STOP.search(text, hit.end, stop)
    end = _sentence_end().search(text, hit.end, clause.start() if clause else stop)
    stop = end.start() if end else clause.start() if clause else stop
    return _names_procedure(text, hit.end, stop)


_CLAUSE_STOP = re.compile(r"[,،]")


SENTENCING_LEAD = 40  # characters from a rule of sentencing to the citation it governs


@cache
def _sentencing_rule() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{_word_list('word.sentencing-rule')})(?!\w)")


GLOSS_LEAD = 25  # characters from a citation to the bracketed word that glosses it


@cache
def _general_part_gloss() -> re.Pattern[str]:
    """A bracketed word right after a citation that names a rule of the general part
    (`word.general-part-gloss`: "art. 20, apdo. 2 (coautoría)"), not an offence."""
    return re.compile(
        rf"[^();\n]{{0,{GLOSS_LEAD}}}\(\s*(?:{_word_list('word.general-part-gloss')})\s*\)"
    )


def _sentencing_rule_ids(infos: list[PageInfo]) -> set[str]:
    """Articles the document cites for a rule of sentencing (`word.sentencing-rule` at most
    SENTENCING_LEAD characters before the citation in its sentence, no penalty between: "en
    cúmulo jurídico, conforme al artículo 77") or glossed as a rule of the general part right
    after it ("art. 20 (coautoría)"): the general part, no offence's law, wherever
    else they are cited ("المواد المطبقة: ... والمواد 53 و54 و58")."""
    out: set[str] = set()
    for info in infos:
        text = info.view.text
        for h in info.articles:
            lead = max(0, h.start - SENTENCING_LEAD)
            for m in _sentence_end().finditer(text, lead, h.start):
                lead = m.end()
            if _general_part_gloss().match(text, h.end):
                out.update(article_ids(info.view, h))
                continue
            rules = list(_sentencing_rule().finditer(text, lead, h.start))
            if not rules or any(
                rules[-1].end() <= s < h.start for s, _e, _k, _d in info.events.events
            ):
                continue
            out.update(article_ids(info.view, h))
    return out


def _procedure_citation(info: PageInfo, hit: Hit) -> bool:
    """Whether the citation names a law of procedure, a constitution or a treaty in its
    sentence ("los artículos 201 y 205 de la Ley de Procedimiento Penal"), not the offence."""
    text = info.view.text
    after = _sentence_end().search(text, hit.end, min(len(text), hit.end + 60))
    stop = after.start() if after else hit.end + 60
    if _names_procedure(text, hit.end, stop):
        return True
    # "a proclamation under Section 87 and an order of attachment under Section 88 of the Code
    # of Criminal Procedure": a citation that names no law before the next one of its
    # sentence is of that one's law
    nxt = next((h for h in info.articles if h.start >= hit.end), None)
    return (
        nxt is not None
        and _same_sentence(info, hit.end, nxt.start)
        and _law_title().search(text, hit.end, nxt.start) is None
        and _procedure_citation(info, nxt)
    )


def _procedure_only(info: PageInfo, item: Item) -> bool:
    """Whether every citation in a charge's region is of a law of procedure: a clause of the
    decision's preamble ("a propuesta de la Fiscalía ..., y de conformidad con los artículos
    201 y 205 de la Ley de Procedimiento Penal"), no charge."""
    hits = [h for h in info.articles if item.start <= h.start < item.region_end]
    return bool(hits) and all(_procedure_citation(info, h) for h in hits)


_LAW_SENTENCE_CUES = ("cue.charge-end", "cue.particulars", "cue.charged-with")


def _law_context(info: PageInfo, hit: Hit, prev_end: int | None) -> bool:
    """Whether a citation outside every charge states the law of charges: in a law block
    ("Applicable law:", "النصوص القانونية"), after a law or penalty cue in its sentence
    ("faits prévus et réprimés par les articles ...", "طبقا للمواد ..."), or right after
    such a citation ("articles 230 and 231 ... and articles 1/1 and 26/1 of Law 394"); not
    where its sentence states a limitation period or is about another party."""
    text = info.view.text
    if (
        _procedure_citation(info, hit)
        or _other_party_sentence(info, hit)
        or _not_theirs(text, hit.start, hit.end)
    ):
        return False  # "... a pending case under Section 138 ...; that case is unrelated"
    sentence = max(0, hit.start - 160)
    for m in _sentence_end().finditer(text, sentence, hit.start):
        sentence = m.end()
    kinds = {k for s, _e, k, _d in info.events.events if sentence <= s < hit.start}
    if "penalty.limitation" in kinds:
        return False  # "Prescripción de la acción penal: 15 años (art. 95 del Código Penal)"
    if prev_end is not None and sentence <= prev_end <= hit.start:
        return True
    if _penalty_after(info, hit):
        return True
    li = _line_index(info, hit.start)
    for h in info.cues:
        if h.start >= hit.start:
            break
        if h.entry_id == "cue.law" and hit.start - h.start <= 600:
            lj = _line_index(info, h.start)
            if not any(
                info.lines[k].blank_before and not _ocr_citation_line(info, k)
                for k in range(lj + 1, li + 1)
            ):
                return True
        if h.entry_id in _LAW_SENTENCE_CUES and h.start >= sentence:
            return True
    return any(k.startswith("penalty.") for k in kinds)


PENALTY_AFTER = 60  # characters from a citation to the penalty its law sets
_LAW_PENALTY = ("penalty.max", "penalty.custodial", "penalty.life", "penalty.death")


def _penalty_after(info: PageInfo, hit: Hit) -> bool:
    """Whether the first penalty cue after a citation, within PENALTY_AFTER characters of its
    sentence, states the law's penalty: "s 93C(1) - maximum penalty 10 years", "art. 185 bis
    del Código Penal, sancionado con ..."; a bare penalty word before it says nothing ("el
    artículo 108 sanciona ... con pena no menor de quince años": a law's floor, after one);
    not a sentence imposed ("conforme al art. 45, condenándolo a la pena de ...")."""
    text = info.view.text
    stop = min(len(text), hit.end + PENALTY_AFTER)
    end = _sentence_end().search(text, hit.end, stop)
    stop = end.start() if end else stop
    worded: int | None = None  # where a bare penalty word right before the cue ends
    for s, e, k, _d in info.events.events:
        if not (hit.end <= s < stop and k.startswith("penalty.")):
            continue
        if k == "penalty.word" and (worded is None or s <= worded):
            worded = max(e, worded or e)
            continue
        if worded is not None and s - worded > PENALTY_WORD_GAP:
            return False  # "تنفذ العقوبة الأشد فقط، وهي الحبس": a rule of sentencing
        return k in _LAW_PENALTY or (worded is not None and k == "penalty.min")
    return False


PENALTY_WORD_GAP = 4  # characters from a bare penalty word to the cue it opens ("una pena de")


def _ocr_citation_line(info: PageInfo, k: int) -> bool:
    """Whether line `k` of an OCR page opens with a citation: OCR puts a blank line before
    each line of a law block ("القانون الذي ينص على الجريمة:\n\nالمادة 35 ...؛\n\nالمادة
    247 ..."), which goes on all the same; so does a line after one that ends with a comma,
    a label's colon ("Law(s) covering the offence:\n\nPenal Code No. 12, Article 4") or an
    "and" (`word.and`: "... (fraud) and\n\nArticle 282/1 ...")."""
    if info.view.page.method != "ocr":
        return False
    line = info.lines[k]
    if k > 0 and _open_line_end().search(
            info.view.text, info.lines[k - 1].start, info.lines[k - 1].end):
        return True  # "artículos 9, fracción I,\n\ninciso b), de la Ley ...": mid-sentence
    head = _prefix_end(info, line)
    return any(head <= h.start <= head + CITATION_LEAD for h in info.articles if h.start < line.end)


@cache
def _open_line_end() -> re.Pattern[str]:
    """The end of a line that leaves its sentence or label open: a comma, a colon, an "and"."""
    return re.compile(rf"(?:[,،:]|(?<!\w)(?:{_word_list('word.and')}))\s*$")


CITATION_LEAD = 12  # characters of a citation's word ("المادة", "art.") before its number


def _law_articles(infos: list[PageInfo], items: list[Item]) -> dict[int, list[str]]:
    """Articles cited outside every charge, for the charges they follow (id(item) → ids):
    a law block or sentence after a list of charges goes to each charge above it that cites
    none of its own; one before any charge goes to the charges that follow it."""
    order = {id(info.view): k for k, info in enumerate(infos)}
    events: list[tuple[int, int, int, Item | None, list[str]]] = []
    for item in items:
        events.append((order[id(item.view)], item.start, 1, item, []))
    for info in infos:
        mine = {id(h) for it in items if it.view is info.view for h in _item_articles(info, it)}
        prev_end: int | None = None
        waiting: list[Hit] = []  # citations of the sentence so far, not yet read as law
        for h in info.articles:
            inside = id(h) in mine
            if inside:
                prev_end, waiting = h.end, []
                continue
            if _law_context(info, h, prev_end):
                # "El artículo 189 ..., en relación con el artículo 188, sanciona el robo
                # agravado con pena ...": the citations before it in its sentence too
                for w in waiting:
                    if not _same_sentence(info, w.end, h.start) or _procedure_citation(info, w):
                        continue
                    events.append(
                        (order[id(info.view)], w.start, 0, None, article_ids(info.view, w))
                    )
                events.append((order[id(info.view)], h.start, 0, None, article_ids(info.view, h)))
                prev_end, waiting = h.end, []
            else:
                prev_end = None
                waiting.append(h)
    events.sort(key=lambda e: (e[0], e[1], e[2]))
    out: dict[int, list[str]] = {}
    group: list[Item] = []
    leading: list[str] = []
    after_law = False
    for _p, _s, _k, item, ids in events:
        if item is not None:
            if after_law:
                group, after_law = [], False
            group.append(item)
            if leading:
                out.setdefault(id(item), []).extend(leading)
            continue
        if not group:
            leading += ids
            continue
        after_law = True
        leading = []
        for it in group:
            out.setdefault(id(it), []).extend(ids)
    return {k: list(dict.fromkeys(v)) for k, v in out.items()}


LAW_CHAIN = 160  # characters from a citation to the next one of its sentence that states a law


def _same_sentence(info: PageInfo, a: int, b: int) -> bool:
    """Whether `a` and `b` are in one sentence, at most LAW_CHAIN characters apart."""
    return b - a <= LAW_CHAIN and _sentence_end().search(info.view.text, a, b) is None


def _qualified(info: PageInfo, item: Item) -> None:
    """An item that states its particulars, then their legal name ("- trompé des particuliers
    ... ; faits qualifiés d'escroquerie, prévus par ..."): its wording is that name."""
    text = info.view.text
    for h in info.cues:
        if h.entry_id != "cue.qualified-as" or not item.start <= h.start < item.region_end:
            continue
        a = h.end
        while a < item.region_end and text[a] in " :'":
            a += 1
        b = _wording_end(info, a, item.region_end)
        if b - a >= 3 and _WORDED.search(text, a, b):
            item.start, item.end = a, b
        return


# A lettered point after an article already divided ("158/1-f", "12.3a", "5(2)b")
_LETTER_POINT = re.compile(r"[-/]?[a-z]", re.I)
_DIVIDED = re.compile(r"[/.(]")


def _coarser(article: str, listed: list[str]) -> bool:
    """Whether a law block's `article` is a coarser citation of another it lists ("Art.
    158/1: imprisonment ..." under "Article 158/1-f"): the other only adds a lettered point
    to its paragraph. A letter after a bare number makes another article ("489", "489-F"),
    and a bracketed sub-section may be cited beside its section ("6" and "6(a)")."""
    return _DIVIDED.search(article) is not None and any(
        other.startswith(article) and _LETTER_POINT.fullmatch(other[len(article):])
        for other in listed)


def _restates(article: str, cited: set[str]) -> bool:
    """Whether a bare article outside every charge restates one a charge cites with its
    sub-part ("An offence under section 3 is punishable ..." after "contrary to section 3(1)")."""
    return any(c.startswith(article + "(") for c in cited)


def _most_severe(
    found: list[tuple[PageInfo, pen.Reading]],
) -> tuple[PageInfo, pen.Reading] | None:
    if not found:
        return None
    return max(found, key=lambda p: (pen._SEVERITY[p[1].kind], p[1].months or 0))


CITING_WINDOW = 250


def _citing(
    found: list[tuple[PageInfo, pen.Reading]], articles: list[str]
) -> list[tuple[PageInfo, pen.Reading]]:
    """The penalty clauses of a separate law block whose nearest preceding citation (within
    a few lines) is one of the charge's articles: several maxima, each tied to its article."""
    def base(a: str) -> str:
        m = re.match(r"\d+(?:[-.]\d+)*", a)
        return m.group() if m else a

    wanted = {base(a) for a in articles}
    out = []
    for info, reading in found:
        cited = sorted(
            (h for h in info.view.hits("patterns") if h.entry_id == "article.cited"),
            key=lambda h: (h.start, -h.end),
        )
        before = [  # up to the clause's end: "المعاقب عليه بموجب المادة 434 ...، وعقوبته الإعدام"
            h for h in _outermost(cited)  # "Article 294 § 1", not its "§ 1"
            if reading.start - CITING_WINDOW <= h.start and h.end <= reading.end
        ]
        if before and {base(a) for a in article_ids(info.view, before[-1])} & wanted:
            out.append((info, reading))
    return out


COUNT_WINDOW = 40  # characters around a penalty where the count it punishes is numbered


@cache
def _count_number() -> re.Pattern[str]:
    """A count and its number ("Count 1", "(Charge 2)", "التهمة ١", "chef n° 2":
    `word.count-reference`)."""
    and_ = _word_list("word.and")
    return re.compile(
        rf"(?<!\w)(?:{_word_list('word.count-reference')})\s*{_number_label()}"
        rf"(\d{{1,2}}(?:\s*(?:,|،|{and_})\s*\d{{1,2}})*)(?!\d)"
    )


def _counted(
    found: list[tuple[PageInfo, pen.Reading]], number: int
) -> list[tuple[PageInfo, pen.Reading]]:
    """The maxima stated for the charge's count by its number, in the same clause ("Penalty:
    Count 1, death or imprisonment for life; Count 2, ...", "... five years (Charge 2)")."""
    out = []
    for info, reading in found:
        text = info.view.text
        index = _line_index(info, reading.start)
        line = info.lines[index]
        if _count_line().match(text, line.start, line.end) and not _under_penalty_heading(
            info, index
        ):
            continue  # "Count 1: seven (7) years' imprisonment": the count's sentence
        before = text[max(0, reading.start - COUNT_WINDOW) : reading.start]
        before = re.split(r"[;؛.]", before)[-1]
        after = re.split(r"[;؛.]", text[reading.end : reading.end + COUNT_WINDOW])[0]
        clause = f"{before} {text[reading.start : reading.end]} {after}"
        numbers = {int(n) for m in _count_number().finditer(clause)
                   for n in re.findall(r"\d+", m.group(1))}
        if number in numbers:  # "The offences in Counts 1 and 2 are punishable by ..."
            out.append((info, reading))
    return out


def _under_penalty_heading(info: PageInfo, index: int) -> bool:
    """Whether the run of count lines holding line `index` stands under a heading that says
    penalties and no sentence ("PENALTIES PRESCRIBED / Count 1 - ...; Count 2 - imprisonment
    for life"): each line is the law's maximum for its count, not the count's sentence."""
    text = info.view.text
    while index > 0 and _count_line().match(text, info.lines[index].start, info.lines[index].end):
        index -= 1
    head = info.lines[index]
    if _count_line().match(text, head.start, head.end):
        return False
    kinds = {k for s, _e, k, _d in info.events.events if head.start <= s < head.end}
    return bool(kinds & {"penalty.word", "penalty.max"}) and not kinds & {
        "penalty.sentence", "duration"
    }


HEADING_WINDOW = 40  # characters before a charge's wording where its count's heading stands


def _count_of(info: PageInfo, item: Item, position: int) -> int:
    """The number of the count a charge's item stands under: the count heading right before
    its wording ("COUNT 3 / Statement of Offence / Possession of ..."), else its position
    among the items (a heading read as an item of its own shifts the positions)."""
    before = info.view.text[max(0, item.start - HEADING_WINDOW) : item.start]
    found = list(_count_number().finditer(before))
    if not found:
        return position
    return int(re.findall(r"\d+", found[-1].group(1))[0])


def _cited_or_named(
    found: list[tuple[PageInfo, pen.Reading]], articles: list[str], info: PageInfo, item: Item
) -> list[tuple[PageInfo, pen.Reading]]:
    """The maxima tied to a charge: by its article, narrowed to those whose sentence names its
    offence when both say something; when they share none, the named ones (a list of the
    penalties by offence after a block of citations: "Penalties: fraud, 2 to 8 years; ...;
    money laundering, 2 to 12 years" stands too far from its article to be cited), else
    whichever says something."""
    cited, named = _citing(found, articles), _naming(found, info, item)
    return [x for x in cited if x in named] or named or cited


_HEAD_WORD = re.compile(r"([^\W\d_]{6,})\s")  # a charge's first word, when it is a long one
_SENTENCE_HEAD = re.compile(r"\s*(?:\d{1,2}\s*[.)]\s*)?([^\W\d_]{6,})\s")
NAMING_WINDOW = 160  # characters before a penalty clause where the offence it punishes is named


def _naming(
    found: list[tuple[PageInfo, pen.Reading]], info: PageInfo, item: Item
) -> list[tuple[PageInfo, pen.Reading]]:
    """The penalty clauses whose own sentence names the charge's offence (the same ICCS entry)
    before the penalty: "The maximum penalty for robbery is 20 years", "Unlawful use of a
    motor vehicle carries a maximum penalty of 5 years", "le vol est puni de dix ans"."""
    own = {h.entry_id for h in info.iccs if item.start <= h.start and h.end <= item.end}
    head = _HEAD_WORD.match(info.view.text, item.start, item.end)
    if not own and head is None:
        return []
    out = []
    for f_info, reading in found:
        text = f_info.view.text
        begin = max(0, reading.start - NAMING_WINDOW)
        ends = [m.end() for m in _sentence_end().finditer(text, begin, reading.start)]
        begin = ends[-1] if ends else begin
        named = {h.entry_id for h in f_info.iccs if begin <= h.start and h.end <= reading.end}
        # "Possession of more than one gram of ... carries a maximum ...": the sentence opens
        # with the first word of the charge ("possession of illicit drugs")
        m = _SENTENCE_HEAD.match(text, begin, reading.start) if head is not None else None
        opens = m is not None and head is not None and m.group(1) == head.group(1)
        if (named & own or opens) and (
            f_info is not info or not item.start <= reading.start < item.end
        ):
            out.append((f_info, reading))
    return out


def _pick(found: list[tuple[PageInfo, pen.Reading]], role: str) -> pen.Reading | None:
    return pen.strongest([r for _i, r in found], role)


def _merge(into: Offense, other: Offense) -> None:
    """Fill what the first reading of a charge lacks from a later one."""
    for name in ("iccs_code", "label", "iccs_confidence", "max_penalty_months",
                 "sentence_months", "remaining_months"):
        if getattr(into, name) is None and getattr(other, name) is not None:
            setattr(into, name, getattr(other, name))
    if into.penalty_kind == "unknown":
        into.penalty_kind = other.penalty_kind
    into.articles = list(dict.fromkeys([*into.articles, *other.articles]))
    into.evidence = [*into.evidence, *(e for e in other.evidence if e not in into.evidence)]


def read_sentence(views: list[PageView]) -> tuple[Found | None, Found | None]:
    """The sentence imposed and the part left to serve, as stated anywhere in the document,
    each with the quote of its clause (the most severe reading of each role)."""
    found: dict[str, tuple[PageView, pen.Reading]] = {}
    for view in views:  # the penalty events alone: the rest of `_page_info` is not needed
        for r in pen.readings(pen.page_events(view)):
            if r.role not in ("sentence", "remaining") or (
                r.months is None and (r.role, r.kind) != ("sentence", "life")
            ):
                continue  # "condamné à l'emprisonnement à vie": a life sentence has no months
            best = found.get(r.role)
            if best is None or pen.strongest([best[1], r], r.role) is r:
                found[r.role] = (view, r)

    def as_found(role: str) -> Found | None:
        if role not in found:
            return None
        view, r = found[role]
        evidence = view.evidence(r.start, r.end)
        months = "life" if r.months is None else str(r.months)
        return Found(value=_one_line(evidence.quote), normalized=months, evidence=evidence)

    return as_found("sentence"), as_found("remaining")
