"""The triage level of a packet from its raised flags, by the rules of `levels.yaml`."""

from __future__ import annotations

from pipeline.flags.catalog import SEVERITY_RANK, level_rules
from pipeline.records import Flag, Level


def _model_alone(flag: Flag) -> bool:
    """Raised by a text model with no lexicon term or rule behind it."""
    return all(p.kind == "model" for p in (flag.provenance, *flag.corroborated_by))


def level_for(flags: list[Flag]) -> tuple[Level, str]:
    """(level, the rule that set it and the codes it counted). Suppressed flags never count."""
    rules = level_rules()
    for rule in rules.rules:
        counted = sorted(
            {
                f.code for f in flags
                if SEVERITY_RANK[f.severity] >= SEVERITY_RANK[rule.min_severity]
                and (not rule.families or f.family in rule.families)
                and f.code not in rule.exclude_codes
                and (rule.model_alone or not _model_alone(f))
            }
        )
        if len(counted) >= rule.min_codes:
            return rule.level, f"{rule.id}: {rule.why} ({', '.join(counted)})"
    return rules.default, f"default: no indication of medium or high severity ({rules.version})"
