"""The flag codes and the level rules, read from `lexicons/rules/` (data, not code).

`flag-codes.yaml` fixes every code of the triage vocabulary with its family,
group, default severity, legal basis and rationale template; `levels.yaml`
says how raised flags set a packet's triage level. Both are validated on
load; a malformed file fails with its path and the reason.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from pipeline.errors import TriageError
from pipeline.lexicons.loader import lexicons_dir
from pipeline.records import Family, Level, Severity

Group = Literal["category", "misuse", "context", "compliance", "validity", "consistency"]
SEVERITY_RANK: dict[str, int] = {"low": 0, "medium": 1, "high": 2}
LEVEL_RANK: dict[str, int] = {"no-concerns-found": 0, "review-needed": 1, "likely-non-compliant": 2}


class RulesError(TriageError):
    """A rules file under `lexicons/rules/` is missing or malformed."""

    code = "bad-rules"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class FlagCode(_Strict):
    code: str = Field(pattern=r"^[a-z0-9]+\.[a-z0-9-]+$")
    family: Family
    group: Group
    severity: Severity
    meaning: str
    check: str
    basis: str
    rationale: str
    # The rules over fields and dates that raise this code (provenance id -> when it fires),
    # listed for reviewers in docs/flags.md; lexicon entries are listed from the lexicons.
    rules: dict[str, str] = Field(default_factory=dict)


class Escalation(_Strict):
    """A medium candidate of `code` that context makes stronger: its cues found in the same
    document (or packet) and none of the `unless` cues or charges raise it to `to`."""

    id: str = Field(pattern=r"^escalate\.[a-z0-9-]+$")
    code: str
    to: Severity
    when: str
    cues: list[str] = Field(min_length=1)
    within: Literal["document", "packet"] = "document"
    unless_cues: list[str] = Field(default_factory=list)
    unless_iccs: list[str] = Field(default_factory=list)
    what: str
    basis: str


class StatusAlone(_Strict):
    """A status flag (the subject is a journalist, a politician) whose only sources are the
    status `entries`, on charges that are all ordinary crimes (`ordinary_iccs`) with no other
    sign in the packet: held back with `reason`, so the worksheet still shows it. Charges of
    `accessory_iccs` (conspiracy, an organised group, proceeds) count beside an ordinary one;
    a live cue of `keep_cues` anywhere in the packet keeps the flag raised. Charges of
    `office_iccs` (bribery in office) count as ordinary too when every status source is an
    `office_entries` entry read from a document of `office_docs` (the issuing side's own
    papers, not a defence letter). For a code of `weighed_codes` the flag is held back only
    when a charge is a grave ordinary crime (`grave_iccs`) or a live cue of `grave_cues` (an
    organised group) is in the packet: on lesser ordinary charges alone (an assault, a theft)
    that status stays one indicator for the reviewer to weigh."""

    codes: list[str] = Field(min_length=1)
    entries: list[str] = Field(min_length=1)
    ordinary_iccs: list[str] = Field(min_length=1)
    accessory_iccs: list[str] = Field(default_factory=list)
    weighed_codes: list[str] = Field(default_factory=list)
    grave_iccs: list[str] = Field(default_factory=list)
    grave_cues: list[str] = Field(default_factory=list)
    office_entries: list[str] = Field(default_factory=list)
    office_iccs: list[str] = Field(default_factory=list)
    office_docs: list[str] = Field(default_factory=list)
    keep_cues: list[str] = Field(default_factory=list)
    other_signs: list[Family] = Field(min_length=1)
    also_signs: list[str] = Field(default_factory=list)
    not_signs: list[str] = Field(default_factory=list)
    reason: str
    basis: str


class BareGrave(_Strict):
    """Vague facts read from structure (`compliance.bare_grave_facts`): every charge of a
    document is a qualification that names no act (`open_iccs`, or the class just above one)
    and its summary of facts, at most `facts_words_max` words, names no particular of an act.
    Raised only beside a live sign of `context_families`; alone, held back with `reason`."""

    open_iccs: list[str] = Field(min_length=1)
    facts_words_max: int = Field(ge=10, le=400)
    context_families: list[Family] = Field(min_length=1)
    reason: str
    basis: str


class Catalog(_Strict):
    version: str
    negation_window: int = Field(ge=0, le=20)
    role_window: int = Field(ge=0, le=30)
    max_evidence: int = Field(ge=1, le=50)
    codes: list[FlagCode]
    escalations: list[Escalation] = Field(default_factory=list)
    # ICCS sections of ordinary crimes against persons or property: a charge read as one of
    # them is not given a prohibited category or an Article 3 character by the model alone.
    model_alone_not_on_iccs: list[str] = Field(default_factory=list)
    status_alone: StatusAlone | None = None
    bare_grave: BareGrave | None = None

    def get(self, code: str) -> FlagCode:
        for entry in self.codes:
            if entry.code == code:
                return entry
        raise KeyError(code)

    def in_group(self, *groups: str) -> list[str]:
        """Codes of the given groups, in catalogue order."""
        return [c.code for c in self.codes if c.group in groups]


class LevelRule(_Strict):
    id: str
    level: Level
    why: str
    min_severity: Severity = "low"
    families: list[Family] = Field(default_factory=list)
    min_codes: int = Field(default=1, ge=1)
    exclude_codes: list[str] = Field(default_factory=list)
    # False: a flag that only a text model raised (no lexicon term or rule behind it) does
    # not count towards this rule.
    model_alone: bool = True


class LevelRules(_Strict):
    version: str
    default: Level
    rules: list[LevelRule]


def rules_dir() -> Path:
    return lexicons_dir() / "rules"


def _read(path: Path, model: type[_Strict]) -> _Strict:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        return model.model_validate(data)
    except OSError as exc:
        raise RulesError(f"{path}: cannot read the file: {exc}", file=str(path)) from exc
    except yaml.YAMLError as exc:
        raise RulesError(f"{path}: YAML syntax error: {exc}", file=str(path)) from exc
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']}" for err in exc.errors()
        )
        raise RulesError(f"{path}: {problems}", file=str(path)) from exc


@cache
def catalog() -> Catalog:
    """The flag catalogue (read once per process)."""
    found = _read(rules_dir() / "flag-codes.yaml", Catalog)
    assert isinstance(found, Catalog)
    return found


@cache
def level_rules() -> LevelRules:
    """The level rules (read once per process); every code they name must exist."""
    found = _read(rules_dir() / "levels.yaml", LevelRules)
    assert isinstance(found, LevelRules)
    known = {c.code for c in catalog().codes}
    for rule in found.rules:
        unknown = sorted(set(rule.exclude_codes) - known)
        if unknown:
            path = rules_dir() / "levels.yaml"
            why = f"{path}: rule {rule.id} names unknown codes {unknown}"
            raise RulesError(why, file=str(path))
    return found
