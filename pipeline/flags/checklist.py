"""The directive's threshold criteria as a checklist, with what the pipeline found for each.

Steps, their wording and the fields a person completes are data
(`lexicons/rules/directive-steps.yaml`); this module only says, per step, what
the documents and flags show. Nothing here decides a step: the reviewer does.
"""

from __future__ import annotations

from collections import Counter
from functools import cache

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

from pipeline.flags.catalog import RulesError, rules_dir
from pipeline.records import Flag, Packet


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Step(_Strict):
    number: int
    key: str
    title: str
    directive: str
    fields: list[str]


class DoubtActions(_Strict):
    title: str
    actions: list[str]
    caution: str


class Directive(_Strict):
    version: str
    source: str
    caveat: str
    steps: list[Step]
    doubt_actions: DoubtActions
    redaction: str
    recordkeeping: str


@cache
def directive() -> Directive:
    """The directive's steps (read once per process)."""
    path = rules_dir() / "directive-steps.yaml"
    try:
        return Directive.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
    except (OSError, yaml.YAMLError, ValidationError) as exc:
        raise RulesError(f"{path}: {exc}", file=str(path)) from exc


def _where(flag: Flag) -> str:
    ev = flag.evidence[0] if flag.evidence else None
    return f" ({ev.document_id[:8]} p.{ev.page})" if ev else ""


def findings(
    packet: Packet, flags: list[Flag], suppressed: list[Flag], level: str
) -> dict[str, str]:
    """Per step key, one or two sentences of what the pipeline found."""
    status = [
        f"\"{f.value}\" ({d.file_name} p.{f.evidence.page if f.evidence else '?'})"
        for d in packet.documents for f in d.fields.notice.status
    ]
    validity = [f for f in flags if f.code == "validity.status"]
    by_family = Counter(f.family for f in flags)
    by_severity = Counter(f.severity for f in flags)
    types = Counter(d.doc_type or "other" for d in packet.documents)
    received = ", ".join(f"{n} {t}" for t, n in sorted(types.items())) or "none"
    underlying = any(
        d.doc_type in ("arrest-warrant", "judgment", "indictment", "police-report")
        for d in packet.documents
    )
    extradition = any(d.doc_type == "extradition-request" for d in packet.documents)
    out = {
        "validity": (
            ("Status words found: " + "; ".join(status) + ". " if status else
             "No status statement found in the documents. ")
            + ("Indication: " + "; ".join(f.rationale + _where(f) for f in validity)
               if validity else "Validity must still be confirmed with the NCB.")
        ),
        "preliminary-review": (
            f"Triage level: {level} (a prompt for a person, never a decision). "
            f"{len(flags)} indication(s): "
            + (", ".join(f"{n} {fam}" for fam, n in sorted(by_family.items())) or "none")
            + (f" ({', '.join(f'{n} {s}' for s, n in sorted(by_severity.items()))})"
               if flags else "")
            + f"; {len(suppressed)} held back with a recorded reason."
        ),
        "supervisory-approval": "For the supervisor to decide on the whole record.",
        "underlying-documentation": (
            f"Documents received: {received}. "
            + ("Underlying documents are among them; review them against the notice."
               if underlying else "No warrant, judgment, indictment or police report received.")
        ),
        "use-authorization": (
            "An extradition request is among the documents: coordinate with DOJ."
            if extradition else "Nothing in the documents bears on use authorization."
        ),
        "documents-to-person": "Nothing for the pipeline to find; record what was provided.",
        "representations": "A notice or diffusion is not a U.S. arrest warrant and conveys no "
                           "independent legal authority.",
    }
    return out


def checklist(packet: Packet, flags: list[Flag], suppressed: list[Flag], level: str) -> list[dict]:
    """The steps with what was found, as stored in `Assessment.checklist`."""
    found = findings(packet, flags, suppressed, level)
    return [
        {"step": s.number, "key": s.key, "title": s.title, "found": found.get(s.key, "")}
        for s in directive().steps
    ]
