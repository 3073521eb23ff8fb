"""Word lists of a lexicon entry as one regular-expression alternation.

Lexicons with `match: false` (`charge-words`, `decision-words`) hold small words that
only mean something next to a charge or a date; the readers build their patterns from
them here, so the words stay in YAML and the pattern shape stays in one place.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Literal

from pipeline.lexicons.loader import load_lexicon
from pipeline.text.normalize import ARABIC_SCRIPT, normalize_term

Script = Literal["any", "latin", "arabic"]


@cache
def words(lexicon: str, entry_id: str, *, script: Script = "any") -> tuple[str, ...]:
    """The entry's terms normalised, longest first; `script` keeps only Latin or only
    Arabic terms."""
    entry = load_lexicon(lexicon).get(entry_id)
    terms = {normalize_term(t) for _lang, t in entry.iter_terms()}
    if script != "any":
        terms = {t for t in terms if bool(ARABIC_SCRIPT.match(t)) == (script == "arabic")}
    return tuple(sorted(terms, key=lambda t: (-len(t), t)))


@cache
def word_alternation(lexicon: str, entry_id: str, *, script: Script = "any") -> str:
    """The entry's terms normalised, escaped and joined longest first; a space in a term
    matches any run of white space. `script` keeps only Latin or only Arabic terms."""
    return "|".join(
        re.escape(t).replace("\\ ", r"\s+") for t in words(lexicon, entry_id, script=script)
    )


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
