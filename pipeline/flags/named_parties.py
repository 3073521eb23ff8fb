"""Parties a packet describes once and then names bare.

"On 14 August 2017 PNG Power Limited, the State-owned electricity utility, awarded ...",
and sentences later "PNG Power terminated the contract": the second sentence names a state
party although no state word stands in it. A cue entry with `carries: <cue id>`
(context-cues: `cue.state-company` carries `cue.state-party`) lends that cue to the proper
name it stands in apposition with ("NAME, the state-owned utility"; "the state-owned company
NAME"), and every other mention of that name in the packet reads as the cue. Names are read
on the page text as written (Latin scripts: a name is a run of capitalised words); the
article, the small words inside a name and the company forms are word lists (`flag-words`:
`word.party-article`, `word.name-joiner`, `word.company-form`). Two more shapes lend the
state-party cue: a name followed by a legal form that says the state owns it
(`word.state-company-form`: "Petroecuador EP"), and, in Arabic, which has no capitals, the
noun a state-ownership phrase describes (`word.party-noun`: "لمجموعة استثمارية تابعة لحكومة
..."), whose later mentions with the article ("المجموعة") read as the cue; in French and
Spanish, the noun that opens a lower-case state-body phrase (`word.body-noun`: "un office
public de commercialisation"), whose later mentions with the definite article ("l'office")
read as the cue.
A name that itself holds a state word, with its acronym in brackets ("Société minière de
l'État du Lualaba (SOMEL)"), lends the state-party cue to the acronym.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from pipeline.flags.cues import CUES
from pipeline.lexicons.loader import load_lexicon
from pipeline.lexicons.words import words, written_alternation
from pipeline.text.normalize import normalize_term
from pipeline.understand.pageview import Hit, PageView

WORDS = "flag-words"
_CAP = r"[A-ZÀ-ÖØ-Þ][\w&'’.-]*"
_ACRONYM = r"\(\s*([A-ZÀ-ÖØ-Þ][A-Z0-9À-ÖØ-Þ&.\s-]{1,14}?)\s*\)"
_DESCRIBER = 4  # words a describing phrase may hold between the article and the cue
_STATE_PARTY = "cue.state-party"
_AR_WORDS = 2  # words between an Arabic party noun and the phrase that describes it


@cache
def carrying_cues() -> dict[str, str]:
    """Cue entry id -> the cue id its apposition lends to the name it describes."""
    return {e.id: e.carries for e in load_lexicon(CUES).entries if e.carries}


@cache
def _shapes() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    article = written_alternation(WORDS, "word.party-article")
    form = written_alternation(WORDS, "word.company-form")
    joiner = written_alternation(WORDS, "word.name-joiner")
    # a name: capitalised words, joined by at most one small word ("Corporación Eléctrica
    # del Ecuador"), and its acronym in brackets if it has one
    name = rf"{_CAP}(?:\s+(?:(?:{joiner})\s+)?{_CAP}){{0,6}}"
    before = re.compile(  # NAME (ACR), the [describing words] <cue>
        rf"({name})(?:\s*{_ACRONYM})?\s*,\s*(?:{article})\s+(?:[\w'’-]+\s+){{0,{_DESCRIBER}}}$"
    )
    after = re.compile(  # <cue> [describing words] NAME (ACR)
        rf"\s+(?:[a-zà-ÿ'’-]+\s+){{0,{_DESCRIBER}}}?({name})(?:\s*{_ACRONYM})?"
    )
    suffix = re.compile(rf"(?:,?\s+(?:{form})\.?)+$", re.IGNORECASE)
    return before, after, suffix


@cache
def _state_form() -> re.Pattern[str]:
    """NAME <legal form of a state company>: "Petroecuador EP" (the form in capitals only:
    a lower-case "ep" is no legal form)."""
    joiner = written_alternation(WORDS, "word.name-joiner")
    form = written_alternation(WORDS, "word.state-company-form").upper()
    name = rf"{_CAP}(?:\s+(?:(?:{joiner})\s+)?{_CAP}){{0,6}}"
    return re.compile(rf"(?<![\w-])({name})\s+(?:{form})(?![\w-])")


@cache
def _arabic_noun() -> re.Pattern[str]:
    """An Arabic party noun (with a one-letter clitic or the article) a few words before
    the describing phrase: "لمجموعة استثمارية " before "تابعة لحكومة"."""
    noun = written_alternation(WORDS, "word.party-noun")
    return re.compile(rf"(?<!\w)[وبلفك]?(?:ال)?({noun})(?:\s+\S+){{0,{_AR_WORDS}}}\s+$")


_DEFINITE = {"fr": ("l'", "l’"), "es": ("el ",)}


def _body_forms(cue_text: str) -> set[str]:
    """The definite mentions of the body noun that opens a state-body cue written in lower
    case ("office public" -> "l'office", "L'office", "L'Office"); none for any other cue."""
    head = cue_text.split(" ", 1)[0].lower()
    out: set[str] = set()
    for lang, articles in _DEFINITE.items():
        if normalize_term(head) not in words(WORDS, "word.body-noun", lang=lang):
            continue
        for article in articles:
            for noun in (head, head.capitalize()):
                out |= {article + noun, article.capitalize() + noun}
    return out


def _forms(name: str, acronym: str | None) -> set[str]:
    """The ways a later sentence may name the party: as introduced, without its company
    form ("PNG Power Limited" -> "PNG Power"), or by its acronym."""
    _, _, suffix = _shapes()
    name = " ".join(name.split())
    out = {name, suffix.sub("", name).strip()}
    if acronym:
        out.add(" ".join(acronym.split()))
    return {n for n in out if len(n) >= 3}


def _sentence_opener(raw: str, m: re.Match[str]) -> bool:
    """The "name" is one capitalised word that opens a sentence ("Later, the state-owned
    company ..."): a sentence's first word, not a name."""
    name = m.group(1)
    if " " in name or name.isupper():
        return False
    before = raw[: m.start(1)].rstrip(" \t")
    return not before or before[-1] in ".!?:;\n"


def party_names(views: Iterable[PageView]) -> dict[str, str]:
    """Name as written -> the cue id it carries, for every name a carrying cue describes."""
    carrying = carrying_cues()
    before, after, _ = _shapes()
    out: dict[str, str] = {}
    for view in views:
        raw = view.page.text
        for cue in view.hits(CUES):
            if cue.entry_id not in carrying:
                continue
            a, b = view.original_span(cue.start, cue.end)
            found = [before.search(raw, max(0, a - 200), a), after.match(raw, b, b + 120)]
            for m in (x for x in found if x and not _sentence_opener(raw, x)):
                for form in _forms(m.group(1), m.group(2)):
                    out.setdefault(form, carrying[cue.entry_id])
            noun = _arabic_noun().search(raw, max(0, a - 80), a)
            if noun:
                out.setdefault("ال" + noun.group(1), carrying[cue.entry_id])
            for form in _body_forms(raw[a:b]):
                out.setdefault(form, carrying[cue.entry_id])
        for cue in view.hits(CUES):
            if _STATE_PARTY in (cue.entry_id, carrying.get(cue.entry_id)):
                acronym = _named_acronym(raw, *view.original_span(cue.start, cue.end))
                if acronym:
                    out.setdefault(acronym, _STATE_PARTY)
        for cue in view.hits(CUES):
            if cue.entry_id == _STATE_PARTY:
                head = _name_head(raw, *view.original_span(cue.start, cue.end))
                if head:
                    out.setdefault(head, _STATE_PARTY)
        for m in _state_form().finditer(raw):
            for form in _forms(m.group(1), None) | _without_opener(raw, m):
                out.setdefault(form, _STATE_PARTY)
    return out


_NAME_START = re.compile(rf"{_CAP}(?:\s+[\w'’-]+){{0,{_DESCRIBER}}}\s*$")
_NAME_TAIL = 6  # words of a name that opens with its state word, before the acronym
_ACRONYM_AFTER = re.compile(rf"(?:\s+[\w'’-]+){{0,{_DESCRIBER}}}?\s*{_ACRONYM}")
_ACRONYM_AFTER_HEAD = re.compile(rf"(?:\s+[\w'’-]+){{0,{_NAME_TAIL}}}?\s*{_ACRONYM}")


def _named_acronym(raw: str, a: int, b: int) -> str | None:
    """The acronym of a name that holds a state word, in brackets after it: "la Société
    minière de l'État du Lualaba (SOMEL)" names a state company, and "la SOMEL" later is
    that state party. The name begins with a capital a few words before the state word, or
    with the state word itself, capitalised ("Instituto Nacional de Aguas Potables y
    Alcantarillados (INAPA)"), whose name may then run a few words longer."""
    opens = raw[a:a + 1].isupper()
    if not opens and not _NAME_START.search(raw, max(0, a - 60), a):
        return None
    m = (_ACRONYM_AFTER_HEAD if opens else _ACRONYM_AFTER).match(raw, b, b + 80)
    acronym = " ".join(m.group(1).split()) if m else ""
    return acronym if len(acronym) >= 3 and acronym.replace(".", "").isupper() else None


_HEAD = re.compile(r"([A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]{3,})\s+[\w'’]")


def _name_head(raw: str, a: int, b: int) -> str | None:
    """The capitalised head noun of a state party written as a name of several words ("l'Office
    national de l'huile"): the document names it again by the head alone ("L'Office a résilié
    le contrat"), written with its capital. Articles ("The Government") are no head."""
    m = _HEAD.match(raw[a:b])
    if m is None or m.group(1).lower() in _articles():
        return None
    return m.group(1)


@cache
def _articles() -> frozenset[str]:
    """Articles in every language (`flag-words` `word.party-article`, `word.definite`)."""
    return frozenset((*words(WORDS, "word.party-article"), *words(WORDS, "word.definite")))


def _without_opener(raw: str, m: re.Match[str]) -> set[str]:
    """A name that opens its sentence may have taken the sentence's first word along
    ("Según Hidroandes EP ..."): the name without it too."""
    rest = m.group(1).partition(" ")[2]
    before = raw[: m.start(1)].rstrip(" \t")
    opens = not before or before[-1] in ".!?:;\n"
    return {rest.strip()} if opens and len(rest.strip()) >= 3 else set()


def named_party_hits(view: PageView, names: dict[str, str]) -> list[Hit]:
    """Cue hits at each mention of a described party's name on the page (normalised
    offsets), beside the cues the page already has."""
    if not names:
        return []
    raw = view.page.text
    out: list[Hit] = []
    for name, cue_id in names.items():
        for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", raw):
            a = view.norm.normalized_index(m.start())
            b = view.norm.normalized_index(m.end())
            out.append(Hit(CUES, cue_id, a, b, view.text[a:b]))
    return out
