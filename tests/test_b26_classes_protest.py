"""Behaviour tests for the b26 classes of the protest flag: a participation negated on the
clause's subject ("none of the group took part in the demonstrations"), a march told as the
setting of an unrelated act ("alors qu'une marche descendait le boulevard", "بينما كانت
الساحة تشهد تجمعا") (held back), and a protest told by its event, a building held by students
until a demand is met, banners demanding, a strike with a sit-in, a road obstructed under the
charge's own wording (raised). Each fix has a counterpart that must still read the other way.

Each text is fictional and written for the test; none is taken from a case file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.flags.engine import candidates
from pipeline.records import Packet
from tests.test_flags import analyze

PROTEST = "misuse.protest-assembly"


def _raised(found: Packet, code: str = PROTEST) -> bool:
    """A raised candidate of `code` (rules only, no model)."""
    return any(
        c.code == code and c.suppressed is None for c in candidates(found, use_model=False)
    )


# -------------------------------------------------- a negated participation on the subject

THEFT_RING = (
    "SUMMARY OF FACTS - NCB Valmora\n"
    "Subject: ORLANDO, Mirek. Born 2 June 1991. Valmoran.\n"
    "Facts: in 2023 the subject led a group of four that stole wallets from people packed into"
    " crowds at football matches in Valmora; 90 wallets were found in his flat.\n"
    "{closing}\n"
    "Charges: leading a criminal group; continuing theft.\n"
    "Warrant: no. 7/2024, Investigating Judge of Valmora, 3 March 2024.\n"
)


@pytest.mark.parametrize(("closing", "raised"), [
    pytest.param("None of the group took part in the demonstrations.", False, id="en-none-of"),
    pytest.param("No one in the ring took part in the demonstrations.", False, id="en-no-one"),
    pytest.param("The group took part in the demonstrations.", True, id="en-affirmed"),
    pytest.param("He denied that he took part in the demonstrations.", True, id="en-own-denial"),
])
def test_a_participation_negated_on_the_group(
    tmp_path: Path, closing: str, raised: bool
) -> None:
    found, _a = analyze(tmp_path, THEFT_RING.format(closing=closing))
    assert _raised(found) is raised


VOL_BANDE = (
    "DIFFUSION — BCN Valmora\n"
    "ORLANDO, Mirek, né le 2/6/1991.\n"
    "Faits : la bande a volé 40 téléphones dans la foule d'un marché. {closing}\n"
    "Qualification : vol en réunion.\n"
)


@pytest.mark.parametrize(("closing", "raised"), [
    pytest.param(
        "Aucun d'eux ne participait alors, selon les enquêteurs et les témoins, aux"
        " manifestations de rue.", False, id="fr-aucun",
    ),
    pytest.param(
        "Ils participaient alors, selon les enquêteurs et les témoins, aux manifestations"
        " de rue.", True, id="fr-affirmed",
    ),
])
def test_a_participation_negated_on_the_group_fr(
    tmp_path: Path, closing: str, raised: bool
) -> None:
    found, _a = analyze(tmp_path, VOL_BANDE.format(closing=closing))
    assert _raised(found) is raised


ROBO_BANDA = (
    "Persona buscada: ORLANDO, Mirek. Nacido el 2/6/1991.\n"
    "Hechos: la banda robó 40 teléfonos entre el público de un mercado. {closing}\n"
    "Delito: hurto agravado.\n"
)


@pytest.mark.parametrize(("closing", "raised"), [
    pytest.param("Ninguno de ellos participó en las protestas.", False, id="es-ninguno"),
    pytest.param("Todos ellos participaron en las protestas.", True, id="es-affirmed"),
])
def test_a_participation_negated_on_the_group_es(
    tmp_path: Path, closing: str, raised: bool
) -> None:
    found, _a = analyze(tmp_path, ROBO_BANDA.format(closing=closing))
    assert _raised(found) is raised


# -------------------------------------------------- a march as the setting of another act

BIJOUTERIE = (
    "DIFFUSION — BCN Valmora\n"
    "MERLAN, Paul, né le 5/5/1990.\n"
    "Faits : le 3 mai 2024, {setting} trois individus dont MERLAN ont braqué une bijouterie"
    " de la rue Haute et emporté des bijoux en or.\n"
    "Qualification : vol à main armée.\n"
)


@pytest.mark.parametrize(("setting", "raised"), [
    pytest.param(
        "alors qu'une marche de soutien aux infirmiers grévistes descendait l'avenue,", False,
        id="fr-march-descending",
    ),
    pytest.param(
        "à la fin d'une marche de soutien aux infirmiers grévistes,", True, id="fr-march-end",
    ),
])
def test_a_march_passing_as_the_time_of_a_robbery_fr(
    tmp_path: Path, setting: str, raised: bool
) -> None:
    found, _a = analyze(tmp_path, BIJOUTERIE.format(setting=setting))
    assert _raised(found) is raised


HOLDUP = (
    "WANTED PERSON DIFFUSION - NCB Valmora\n"
    "Subject: MERLAN, Paul. Born 5 May 1990.\n"
    "Facts: on 3 May 2024, {setting} the subject robbed a jeweller's shop at gunpoint.\n"
    "Charge: armed robbery.\n"
)


@pytest.mark.parametrize(("setting", "raised"), [
    pytest.param("as a large protest march passed down the avenue,", False, id="en-passed"),
    pytest.param("after leading a large protest march down the avenue,", True, id="en-led"),
])
def test_a_march_passing_as_the_time_of_a_robbery_en(
    tmp_path: Path, setting: str, raised: bool
) -> None:
    found, _a = analyze(tmp_path, HOLDUP.format(setting=setting))
    assert _raised(found) is raised


SHOP = (
    "ملخص الوقائع لطلب نشرة حمراء\n"
    "المطلوب: سالم فريد النعيمي، مواليد 1994.\n"
    "في يوم 3/5/2023 {setting} دخل المطلوب محلا لبيع الذهب وهدد صاحبه بمسدس واستولى على المصوغات.\n"
    "التهمة: السرقة بالإكراه مع حمل السلاح.\n"
)


@pytest.mark.parametrize(("setting", "raised"), [
    pytest.param(
        "وبينما كانت الساحة تشهد تجمّعاً لإحياء ذكرى الاحتجاجات،", False, id="ar-square-hosting",
    ),
    pytest.param("وبعد مشاركته في الاحتجاجات في الساحة،", True, id="ar-after-taking-part"),
])
def test_a_gathering_in_a_square_as_the_time_of_a_robbery_ar(
    tmp_path: Path, setting: str, raised: bool
) -> None:
    found, _a = analyze(tmp_path, SHOP.format(setting=setting))
    assert _raised(found) is raised


# -------------------------------------------------- a protest told by its event

OCCUPATION = (
    "DIFFUSION - NCB Valmora\n"
    "Subject: TAMAS, Ilko. Born 3 March 2002.\n"
    "Facts: on 14 March 2025 the subject with others broke the doors of the rector's office and"
    " damaged equipment.\n"
    "Charges: damage to property.\n"
    "{story}\n"
)


@pytest.mark.parametrize(("story", "raised"), [
    pytest.param(
        "From 2 March the university building was held by students who had suspended lectures"
        " and refused to leave until the ministry withdrew the new fees.", True,
        id="building-held-by-students",
    ),
    pytest.param(
        "From 2 March the university building was closed for repairs and lectures were"
        " suspended.", False, id="building-closed",
    ),
])
def test_a_building_held_by_students_until_a_demand_is_met(
    tmp_path: Path, story: str, raised: bool
) -> None:
    found, _a = analyze(tmp_path, OCCUPATION.format(story=story))
    assert _raised(found) is raised


ROAD = (
    "ملخص الوقائع – طلب نشرة حمراء\n"
    "المبحوث عنه: سعيد بن علي، مواليد 1980، فلاح.\n"
    "يوم 3/8/2023 وضع المبحوث عنه الحجارة في الطريق وأصاب دركيا بجرح.\n"
    "التهم: {charge}، والعنف في حق موظفين عموميين.\n"
)


@pytest.mark.parametrize(("charge", "raised"), [
    pytest.param(
        "عرقلة سير الناقلات بوضع أشياء في الطريق العمومية", True, id="obstructing-vehicles",
    ),
    pytest.param("السرقة من سيارة متوقفة في الطريق العمومية", False, id="theft-from-a-car"),
])
def test_the_charge_of_obstructing_vehicles_on_a_public_road_ar(
    tmp_path: Path, charge: str, raised: bool
) -> None:
    found, _a = analyze(tmp_path, ROAD.format(charge=charge))
    assert _raised(found) is raised


STRIKE = (
    "Abogada de la defensa — 2 de febrero de 2024\n"
    "El señor Ardal preside el sindicato de una contratista. En agosto de 2023 los 400"
    " trabajadores {event} en la base de la empresa para exigir el pago de horas extra.\n"
)


@pytest.mark.parametrize(("event", "raised"), [
    pytest.param("hicieron una huelga con sentada", True, id="strike-with-sit-in"),
    pytest.param("firmaron un convenio", False, id="agreement"),
])
def test_a_strike_with_a_sit_in_es(tmp_path: Path, event: str, raised: bool) -> None:
    found, _a = analyze(tmp_path, STRIKE.format(event=event))
    assert _raised(found) is raised
