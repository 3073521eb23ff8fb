"""Every rule the flag engine can name in a flag's provenance is explained to reviewers:
listed, with when it fires, under its code in `lexicons/rules/flag-codes.yaml` (and so in
docs/flags.md)."""

from __future__ import annotations

import re
from pathlib import Path

from pipeline.flags.catalog import catalog

FLAGS = Path(__file__).resolve().parent.parent / "pipeline" / "flags"


def _emitted() -> set[str]:
    """Rule ids built in the code: `_rule("x")` (compliance: rule.x; consistency:
    rule.consistency.x) and the literal "rule.…" ids (timing)."""
    out: set[str] = set()
    for path in FLAGS.glob("*.py"):
        text = path.read_text(encoding="utf-8")
        prefix = "rule.consistency." if path.name == "consistency.py" else "rule."
        out |= {prefix + m for m in re.findall(r'_rule\("([a-z0-9.-]+)"\)', text)}
        out |= set(re.findall(r'"(rule\.[a-z0-9-]+(?:\.[a-z0-9-]+)+)"', text))
    return out


def test_every_emitted_rule_is_documented_under_a_code() -> None:
    documented = {rule for code in catalog().codes for rule in code.rules}
    missing = _emitted() - documented
    assert not missing, f"rules without a line in flag-codes.yaml: {sorted(missing)}"


def test_the_flag_guide_lists_the_rules() -> None:
    from pipeline.flags.docs import render

    guide = render()
    assert "`rule.vague-facts.bare-grave-qualification`" in guide
    assert "`rule.consistency.acts-before-birth`" in guide
