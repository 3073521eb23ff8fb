"""The one schema every lexicon file follows (`lexicons/*.yaml`).

A lexicon is domain knowledge as data: entries with ids, search terms per
language, examples, exceptions and a source. Values are strict (a YAML
number or date is not silently turned into text), unknown keys are errors,
so a typo in a hand-edited file is caught on load rather than ignored.
Cross-entry rules (unique ids, parents that exist) are listed by
`Lexicon.reference_problems` so the loader can point at the offending line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationInfo,
    field_validator,
    model_validator,
)

Language = Literal["en", "fr", "es", "ar"]
PatternLanguage = Literal["en", "fr", "es", "ar", "any"]
# `{months}` in a pattern stands for the alternation of the `months` lexicon's terms.
PLACEHOLDER = re.compile(r"\{([a-z][a-z0-9-]*)\}")
Severity = Literal["low", "medium", "high"]


def _plain_text(value: str) -> str:
    if not value.strip():
        raise ValueError("must not be empty or blank")
    if value != value.strip():
        raise ValueError(f"{value!r} has leading or trailing spaces")
    return value


def _lower_case(value: str) -> str:
    if value != value.lower():
        raise ValueError(f"term {value!r} must be written in lower case")
    return value


def _prose(value: str) -> str:
    if not value.strip():
        raise ValueError("must not be empty or blank")
    return value.strip()


# Prose (descriptions, notes, examples) may come from YAML block scalars: trimmed.
Text = Annotated[str, AfterValidator(_prose)]
Name = Annotated[str, AfterValidator(_plain_text)]
Term = Annotated[str, AfterValidator(_plain_text), AfterValidator(_lower_case)]
Identifier = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9._-]*$")]
Code = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]*$")]

# A location inside the parsed file, as pydantic reports it: keys and list indexes.
Loc = tuple[str | int, ...]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


Scope = Literal["offense", "subject", "context"]
Within = Literal["sentence", "document", "packet"]


class ExceptionRule(_Strict):
    """When these cues are present, the entry's effect changes (recorded, never silent).

    `when` describes the case for a reader (cue words or a sentence). The flag
    engine acts on the machine-readable part: `cues` (entry ids of the
    `context-cues` lexicon) or `iccs` (code prefixes of a charge), found
    `within` the same sentence, document or packet; it then holds the flag
    back and records `reason`. With `together`, one of the cues and one of the
    codes must both be found (a homicide charge *and* victims who died).
    With `severity`, the flag is not held back but lowered to that severity, and
    `reason` is added to its rationale: a mixed case for the reviewer to weigh
    (desertion charged beside the theft of a weapon). With `unless_cues`, the rule
    does not hold when one of those cues is found where it looks: what speaks
    against the exception (a warrant word beside a sentence the court pronounced).
    """

    when: list[Text] | Text = Field(default_factory=list)
    effect: Text
    cues: list[Identifier] = Field(default_factory=list)
    iccs: list[Code] = Field(default_factory=list)
    within: Within = "document"
    together: bool = False
    reason: Text | None = None
    severity: Severity | None = None
    unless_cues: list[Identifier] = Field(default_factory=list)

    @model_validator(mode="after")
    def _actionable(self) -> ExceptionRule:
        if (self.cues or self.iccs) and self.reason is None:
            raise ValueError("an exception with cues or iccs needs a `reason` to record")
        if self.together and not (self.cues and self.iccs):
            raise ValueError("`together` needs both `cues` and `iccs`")
        return self

    def found(self, cues: set[str], iccs: set[str]) -> bool:
        """Whether the rule holds given the cue ids and charge codes found where it looks."""
        if any(c in cues for c in self.unless_cues):
            return False
        cue = any(c in cues for c in self.cues)
        code = any(c.startswith(prefix) for c in iccs for prefix in self.iccs)
        return (cue and code) if self.together else (cue or code)


class LexiconEntry(_Strict):
    """One category: what it is, and the words that find it in a document."""

    id: Identifier
    name: Name
    code: Code | None = None
    parent: Code | None = None
    flag: Identifier | None = None
    severity: Severity | None = None
    iccs: list[Code] = Field(default_factory=list)
    terms: dict[Language, list[Term]] = Field(default_factory=dict)
    examples: list[Text] = Field(default_factory=list)
    exceptions: list[ExceptionRule] = Field(default_factory=list)
    source: Text | None = None
    weight: float | None = None
    patterns: dict[PatternLanguage, list[Text]] = Field(default_factory=dict)
    scope: Scope | None = Field(
        default=None,
        description="flag lexicons: the term names an offense, a status of a person, or context",
    )
    countries: list[Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")]] = Field(
        default_factory=list, description="ISO 3166-1 alpha-2 codes the entry is about"
    )
    sources: list[Text] = Field(default_factory=list, description="citations, one per source")
    near: list[Identifier] = Field(
        default_factory=list,
        description="cue ids (context-cues) one of which must stand within `near_window` tokens "
        "of the term in the same sentence for the term to count ('after' + 'the elections')",
    )
    near_window: int = Field(default=8, ge=1, le=40)
    alone_if_bare: bool = Field(
        default=False,
        description="flag lexicons, entries with `near` cues: a term counts without its cue "
        "when its paragraph names no particular of the acts (no date with a day, no figure but "
        "a year or the number of an article or case): a catch-all formula in a summary that "
        "gives nothing else",
    )
    near_sentences: int = Field(
        default=0, ge=0, le=1,
        description="sentences after the term's own in which a `near` cue may also stand (a "
        "declaration of contumacy, then 'the trial was held with the public defender')",
    )
    also: list[Identifier] = Field(
        default_factory=list,
        description="flag lexicons: other flag codes the entry's terms raise as well, when the "
        "words name both (an ethnic motive of the prosecution is a misuse sign and the request's "
        "Article 3 racial character)",
    )
    requires: list[Text] = Field(
        default_factory=list,
        description="patterns: literal strings (normalised text) one of which a page must "
        "contain for the patterns to run; they are compiled only then (large patterns cost "
        "a one-file run their compile time)",
    )
    excludes: dict[Language, list[Term]] = Field(
        default_factory=dict,
        description="phrases inside which a term does not count ('press conference' for press)",
    )
    carries: Identifier | None = Field(
        default=None,
        description="context cues: the cue id this cue lends to the proper name it describes "
        "('PNG Power Limited, the State-owned utility'), so that later mentions of the name "
        "alone read as that cue (pipeline/flags/named_parties.py)",
    )
    corroborates: bool = Field(
        default=False,
        description="flag lexicons: the entry only corroborates its flag; alone it is held back "
        "(recorded), and it counts when another reading raises the same code in the packet "
        "(a special court says something about the forum, not about the person)",
    )

    @field_validator("patterns")
    @classmethod
    def _patterns_compile(cls, patterns: dict[str, list[str]]) -> dict[str, list[str]]:
        for lang, regexes in patterns.items():
            for rx in regexes:
                try:
                    re.compile(PLACEHOLDER.sub("x", rx))
                except re.error as exc:
                    why = f"patterns.{lang}: {rx!r} is not a valid regex: {exc}"
                    raise ValueError(why) from exc
        return patterns

    @field_validator("terms")
    @classmethod
    def _terms_are_plain(cls, terms: dict[str, list[str]]) -> dict[str, list[str]]:
        for lang, words in terms.items():
            if not words:
                raise ValueError(f"terms.{lang} is empty (leave the language out instead)")
            seen: set[str] = set()
            for word in words:
                if word in seen:
                    raise ValueError(f"term {word!r} is listed twice under {lang}")
                seen.add(word)
        return terms

    def iter_terms(self) -> Iterator[tuple[Language, str]]:
        """Every (language, term) pair of the entry."""
        for lang, words in self.terms.items():
            for word in words:
                yield lang, word


class Lexicon(_Strict):
    """A whole lexicon file; `version` is recorded by every finding that uses it."""

    lexicon: Identifier
    version: Name
    description: Text
    source: Text
    match: bool = Field(
        default=True,
        description="matched in documents (false: only used by other lexicons, e.g. months)",
    )
    parents_from: Identifier | None = Field(
        default=None, description="the lexicon whose codes `parent` names (default: this one)"
    )
    entries: list[LexiconEntry] = Field(min_length=1)

    @model_validator(mode="after")
    def _references_hold(self, info: ValidationInfo) -> Lexicon:
        # The loader asks to defer this check so it can report line numbers itself.
        if info.context and info.context.get("defer_references"):
            return self
        problems = self.reference_problems()
        if problems:
            raise ValueError("; ".join(f"{_loc_text(loc)}: {msg}" for loc, msg in problems))
        return self

    def reference_problems(self) -> list[tuple[Loc, str]]:
        """Rules across entries: ids unique, codes unique, every parent a code in the file."""
        problems: list[tuple[Loc, str]] = []
        first: dict[tuple[str, str], int] = {}
        for i, entry in enumerate(self.entries):
            for key, value in (("id", entry.id), ("code", entry.code)):
                if value is None:
                    continue
                if (key, value) in first:
                    where = f"first at entries[{first[key, value]}]"
                    problems.append((("entries", i, key), f"duplicate {key} {value!r} ({where})"))
                else:
                    first[key, value] = i
        if self.parents_from is not None:
            return problems  # the loader checks them against that lexicon
        for i, entry in enumerate(self.entries):
            if entry.parent is not None and ("code", entry.parent) not in first:
                why = f"parent {entry.parent!r} is not the code of any entry"
                problems.append((("entries", i, "parent"), why))
        return problems

    def get(self, entry_id: str) -> LexiconEntry:
        """The entry with this id (KeyError if there is none)."""
        for entry in self.entries:
            if entry.id == entry_id:
                return entry
        raise KeyError(entry_id)

    def by_code(self) -> dict[str, LexiconEntry]:
        """Entries that carry a code, keyed by it."""
        return {e.code: e for e in self.entries if e.code is not None}

    def iter_terms(
        self, language: Language | None = None
    ) -> Iterator[tuple[LexiconEntry, Language, str]]:
        """Every (entry, language, term), optionally for one language only."""
        for entry in self.entries:
            for lang, word in entry.iter_terms():
                if language is None or lang == language:
                    yield entry, lang, word


def _loc_text(loc: Loc) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out
