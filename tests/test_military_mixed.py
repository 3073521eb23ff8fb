"""A pure military offence charged beside an ordinary crime (fictional texts).

DOMAIN.md §4 (Repository of Practice): pure military offences against ordinary crimes
by soldiers. Desertion alone is a high Article 3 indication; beside a serious violent
crime it is held back (the ordinary element predominates); beside a lesser ordinary
offence (the theft of a service weapon) it stays raised at medium, for the reviewer to
weigh which element predominates.
"""
from __future__ import annotations

from pathlib import Path

from tests.test_flags import analyze, codes, held

HEAD = "Wanted: KOVAL, Dmytro, private of the 12th Rifle Battalion.\n"


def _military(tmp_path: Path, charges: str):
    _, a = analyze(tmp_path, HEAD + charges)
    return next((f for f in a.flags if f.code == "article3.military"), None), a


def test_desertion_alone_is_a_high_article3_indication(tmp_path: Path) -> None:
    flag, a = _military(
        tmp_path,
        "On 4 March 2022 he left his unit without permission and did not return.\n"
        "Charge: desertion (Article 408 of the Criminal Code). Maximum penalty: 7 years.\n",
    )
    assert flag is not None and flag.severity == "high"
    assert a.level == "likely-non-compliant"


def test_desertion_beside_theft_of_a_weapon_is_lowered_to_medium(tmp_path: Path) -> None:
    flag, a = _military(
        tmp_path,
        "On 4 March 2022 he left his unit without permission, taking his service rifle, "
        "which he sold in the town market.\n"
        "Charges: desertion (Article 408 of the Criminal Code); theft of a firearm "
        "(Article 262). Maximum penalty: 7 years.\n",
    )
    assert flag is not None and flag.severity == "medium"
    assert "Lowered to medium" in flag.rationale and "predominates" in flag.rationale
    assert a.level == "review-needed"


def test_desertion_beside_a_murder_is_held_back(tmp_path: Path) -> None:
    _, a = analyze(
        tmp_path,
        HEAD + "On 4 March 2022 he shot a fellow soldier dead during an argument and left "
        "his unit.\nCharges: murder (Article 115 of the Criminal Code); desertion (Article "
        "408). Maximum penalty: life imprisonment.\n",
    )
    assert "article3.military" not in codes(a)
    assert "ordinary-law element predominates" in held(a)["article3.military"]


def test_a_penalty_of_deprivation_of_liberty_is_not_a_charge(tmp_path: Path) -> None:
    """"Punishable by deprivation of liberty for 5 to 10 years" names the penalty (the name
    of imprisonment in several codes), not the offence of unlawful detention, so it neither
    becomes a charge nor lowers the desertion beside it."""
    packet, a = analyze(
        tmp_path,
        HEAD + "On 4 March 2022, during mobilisation, he left his unit without permission. He "
        "is charged with desertion (Article 408 of the Criminal Code), punishable by "
        "deprivation of liberty for 5 to 10 years.\n",
    )
    offences = [o for d in packet.documents for o in d.fields.offenses]
    assert offences and not any((o.iccs_code or "").startswith("0202") for o in offences)
    flag = next(f for f in a.flags if f.code == "article3.military")
    assert flag.severity == "high"
