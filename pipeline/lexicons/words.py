"""Word lists of a lexicon entry as one regular-expression alternation.

Lexicons with `match: false` (`charge-words`, `decision-words`, `subject-words`,
`notice-words`, `flag-words`) hold small words that only mean something next to a charge,
a date, a name, a label or a status word; the readers build their patterns from them here,
so the words stay in YAML and the pattern shape stays in one place.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import Literal

from pipeline.lexicons.loader import load_lexicon
from pipeline.lexicons.schema import Language
from pipeline.text.normalize import ARABIC_SCRIPT, normalize_term

Script = Literal["any", "latin", "arabic"]


def alternation(terms: Iterable[str]) -> str:
    """Terms escaped and joined longest first; a space in a term matches any run of white
    space."""
    ordered = sorted(set(terms), key=lambda t: (-len(t), t))
    return "|".join(re.escape(t).replace("\\ ", r"\s+") for t in ordered)


@cache
def words(
    lexicon: str, entry_id: str, *, script: Script = "any", lang: Language | None = None
) -> tuple[str, ...]:
    """The entry's terms normalised, longest first; `script` keeps only Latin or only
    Arabic terms, `lang` only that language's terms."""
    entry = load_lexicon(lexicon).get(entry_id)
    terms = {normalize_term(t) for lg, t in entry.iter_terms() if lang is None or lg == lang}
    if script != "any":
        terms = {t for t in terms if bool(ARABIC_SCRIPT.match(t)) == (script == "arabic")}
    return tuple(sorted(terms, key=lambda t: (-len(t), t)))


@cache
def word_alternation(
    lexicon: str, entry_id: str, *, script: Script = "any", lang: Language | None = None
) -> str:
    """The entry's terms normalised, escaped and joined longest first; a space in a term
    matches any run of white space. `script` and `lang` select terms as in `words`."""
    return alternation(words(lexicon, entry_id, script=script, lang=lang))


@cache
def word_start_alternation(lexicon: str, entry_id: str) -> str:
    """The entry's terms as one group: a Latin-script term only where a word starts, an
    Arabic one anywhere (a clitic such as "و" or "ب" may be written onto it)."""
    latin = word_alternation(lexicon, entry_id, script="latin")
    arabic = word_alternation(lexicon, entry_id, script="arabic")
    parts = [rf"(?<![^\W\d_])(?:{latin})"] if latin else []
    parts += [f"(?:{arabic})"] if arabic else []
    return "(?:" + "|".join(parts) + ")"


@cache
def written_alternation(lexicon: str, entry_id: str) -> str:
    """The entry's terms as written (case, accents, Arabic letters and single spaces kept),
    escaped and joined longest first: for patterns that run on the page text as stored."""
    terms = {t for _lang, t in load_lexicon(lexicon).get(entry_id).iter_terms()}
    return "|".join(re.escape(t) for t in sorted(terms, key=lambda t: (-len(t), t)))
