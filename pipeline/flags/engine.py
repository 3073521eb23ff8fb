"""The flag and assess stages: a understood packet in, an `Assessment` out.

Candidates come from three places, and each flag says which fired: the flag
lexicons read in context (`lexical`), rules over the structured fields and
dates (`compliance`, `consistency`, `timing`), and the text models: offence
categories (`model`) and the misuse context (`context_model`), which read a charge or two
sentences, and the packet model (`packet_model`), which reads the whole packet.
They merge into one flag per code (`candidates.merge`); the level follows
from the raised flags by `levels.yaml`.
"""

from __future__ import annotations

from pipeline import __version__
from pipeline.flags.candidates import Candidate, merge
from pipeline.flags.catalog import catalog, level_rules
from pipeline.flags.checklist import checklist, directive
from pipeline.flags.compliance import (
    bare_grave_in_context,
    boilerplate_facts,
    issuing_country,
    rule_candidates,
    void_request,
)
from pipeline.flags.consistency import consistency_candidates
from pipeline.flags.escalation import escalate
from pipeline.flags.levels import level_for
from pipeline.flags.lexical import CUES, FLAG_LEXICONS, lexical_candidates
from pipeline.flags.status import status_alone
from pipeline.flags.timing import timing_candidates
from pipeline.lexicons.loader import load_lexicon
from pipeline.records import Assessment, Flag, Packet
from pipeline.understand.pageview import PageView, view_page


def page_views(packet: Packet) -> dict[str, list[PageView]]:
    """Every page of every document as the rule components see it (shared with understanding)."""
    return {
        doc.id: [view_page(doc.id, p, p.language or doc.language) for p in doc.pages]
        for doc in packet.documents
    }


def candidates(packet: Packet, *, use_model: bool = True) -> list[Candidate]:
    """Every candidate flag of a packet, raised or held back."""
    views = page_views(packet)
    found = void_request(boilerplate_facts(bare_grave_in_context(escalate(packet, views, [
        *lexical_candidates(packet, views),
        *rule_candidates(packet, views),
        *consistency_candidates(packet, views),
        *timing_candidates(packet, views, issuing_country(packet)[0]),
    ])), views))
    if use_model:
        from pipeline.flags.context_model import context_candidates
        from pipeline.flags.model import model_candidates
        from pipeline.flags.packet_model import packet_candidates

        found += model_candidates(packet, views, found)
        found += context_candidates(packet, views, found)
        found += packet_candidates(packet, views, found)
    return status_alone(packet, views, found)


def flag_packet(packet: Packet, *, use_model: bool = True) -> tuple[list[Flag], list[Flag]]:
    """(raised flags, suppressed flags) of an understood packet."""
    return merge(candidates(packet, use_model=use_model))


def versions(*, use_model: bool = True) -> dict[str, str]:
    """Code, rules, lexicon and model versions an assessment depends on."""
    out = {
        "pipeline": __version__,
        "flag-codes": catalog().version,
        "levels": level_rules().version,
        "directive-steps": directive().version,
    }
    for name in (*FLAG_LEXICONS, CUES, "countries", "iccs"):
        out[f"lexicon:{name}"] = load_lexicon(name).version
    if use_model:
        from pipeline.flags.model import model_versions

        out |= {f"model:{name}": version for name, version in model_versions().items()}
    return out


def assess_packet(packet: Packet, *, use_model: bool = True) -> Assessment:
    """The assessment of an understood packet: flags, suppressed flags, level, versions."""
    raised, suppressed = flag_packet(packet, use_model=use_model)
    level, why = level_for(raised)
    return Assessment(
        checklist=checklist(packet, raised, suppressed, level),
        source=packet.source,
        packet_id=packet.id,
        level=level,
        level_reason=why,
        flags=raised,
        suppressed=suppressed,
        versions=versions(use_model=use_model),
        input_hashes={f.path: f.sha256 for f in packet.files},
    )
