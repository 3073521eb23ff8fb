"""Behaviour tests for the defender and opposition classes the b27 and b28 development cases
exposed: defenders told by their work rather than a title (a community water committee, a
helpline for women victims of violence, a legal clinic attending detainees), a politician
told elsewhere in the packet as a member of the ruling party, influence sold in the office the
notice names, and a status word naming the owner of something or the leader someone stays
loyal to. Each fix has a counterpart that must still read the other way.

Each text is fictional and written for the test; none is taken from a case file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_flags import analyze, held, sources

HRD = "misuse.human-rights-defender"
RIGHTS_WORK = f"{HRD}.rights-work"
OPP = "misuse.political-opposition"
OFFICIAL = f"{OPP}.politician-official"

WATER = (
    "Subject: RIVERA, Ana; born 2 May 1979.\n"
    "Summary of facts: on 4 May 2023 she demanded money from the manager of a plantation.\n"
    "Charge: extortion.\n"
    "Background: since 2018 she has coordinated the {body} of her village.\n"
)

HELPLINE = (
    "Nom : KOFFI, Awa, née le 3 mars 1982.\n"
    "Faits : entre mars et juin 2023, l'intéressée a conservé 900 000 francs CFA remis par un"
    " tiers.\n"
    "Qualification : abus de confiance.\n"
    "Contexte : Mme Koffi anime depuis 2015 {work}.\n"
)

CLINIC = (
    "الاسم: كريم فهمي سليم. تاريخ الميلاد: 1984/04/04.\n"
    "الوقائع: في مارس 2022 استولى المتهم على مبلغ 50 ألف جنيه من أسرة.\n"
    "التهمة: النصب.\n"
    "يعمل الأستاذ كريم منذ 2015 متطوعاً في {work}.\n"
)

DEFENDER_CASES = [
    pytest.param(WATER.format(body="community water committee"), True, id="water-committee"),
    pytest.param(WATER.format(body="community football team"), False, id="football-team"),
    pytest.param(HELPLINE.format(
        work="une ligne d'écoute gratuite pour les femmes victimes de violences"),
        True, id="helpline-women"),
    pytest.param(HELPLINE.format(work="une boutique de tissus au marché central"),
                 False, id="fabric-shop"),
    pytest.param(CLINIC.format(work="العيادة القانونية ويتولى الحضور مع المحبوسين احتياطياً"),
                 True, id="legal-clinic-detainees"),
    pytest.param(CLINIC.format(work="شركة للمقاولات"), False, id="building-company"),
]


@pytest.mark.parametrize(("text", "raised"), DEFENDER_CASES)
def test_defender_told_by_work(tmp_path: Path, text: str, raised: bool) -> None:
    _, assessment = analyze(tmp_path, text)
    assert (RIGHTS_WORK in sources(assessment)) is raised, sources(assessment)


RULING = (
    "Nombre: SOTO VERA, Luis. Nacido el 2/2/1970.\n"
    "Hechos: siendo regidor del ayuntamiento, entre enero y junio de 2021 el requerido autorizó"
    " pagos por RD$ 3 millones a una empresa de su cuñado por una obra que no se construyó.\n"
    "Delito: sustracción de fondos públicos.\n"
    "Antecedentes: el imputado, {side}, no se presentó a las elecciones de 2024.\n"
)

BLOC = (
    "Nombre: PAZ ORTIZ, Raúl. Nacido el 3/3/1968.\n"
    "Hechos: como diputado al Congreso entre 2020 y 2024 el requerido nombró a cuatro asesores"
    " que nunca trabajaron y se quedó con parte de sus salarios.\n"
    "Delito: peculado.\n"
    "Antecedentes: el sindicado {side}.\n"
)


@pytest.mark.parametrize(("text", "held_back"), [
    pytest.param(RULING.format(side="miembro del partido de gobierno"), True,
                 id="member-of-ruling-party"),
    pytest.param(RULING.format(side="perseguido por el partido de gobierno"), False,
                 id="persecuted-by-ruling-party"),
    pytest.param(BLOC.format(side="integró durante toda la legislatura la bancada oficialista"),
                 True, id="sat-in-ruling-bloc"),
    pytest.param(BLOC.format(side="denunció durante toda la legislatura a la bancada oficialista"),
                 False, id="denounced-ruling-bloc"),
])
def test_ruling_side_member_told_elsewhere(tmp_path: Path, text: str, held_back: bool) -> None:
    """The office is held back when the packet tells the subject as a member of the governing
    side, even in another sentence; an office against the governing side is not (other rules,
    such as the status-alone one, may still hold it)."""
    _, assessment = analyze(tmp_path, text)
    assert ("governing side" in held(assessment).get(OPP, "")) is held_back, held(assessment)


INFLUENCE = (
    "RED NOTICE\n"
    "Subject: HALIM, Samer; born 2 March 1968.\n"
    "Status: member of parliament for a district of the province since 2020.\n"
    "Summary of facts: between January and May 2023 the subject asked the owner of a quarry"
    " for EGP 2,500,000 to obtain three quarry licences, and received EGP 1,000,000 in his"
    " office on 23 March 2023.\n"
    "Charges: {charges}.\n"
)


@pytest.mark.parametrize(("charges", "held_back"), [
    pytest.param("bribery; trading in influence", True, id="bribery-and-influence"),
    pytest.param("bribery; trading in influence; insulting the president", False,
                 id="with-a-speech-charge"),
])
def test_influence_sold_in_office(tmp_path: Path, charges: str, held_back: bool) -> None:
    """Trading in influence beside bribery, in the office the notice names, is an ordinary
    office crime for the status-alone rule; a speech charge beside it keeps the flag."""
    _, assessment = analyze(tmp_path, INFLUENCE.format(charges=charges), name="notice.txt")
    if held_back:
        assert "status alone" in held(assessment).get(OPP, ""), sources(assessment)
    else:
        assert "status alone" not in held(assessment).get(OPP, "")


OWNER = (
    "Subject: MARKOVIC, Ivan; born 3 March 1971.\n"
    "Summary of facts: in 2019 to 2021 the subject did not record RSD 40 million of revenue of"
    " his bakery business.\n"
    "Charge: tax evasion.\n"
    "Background: in an interview he accused the water utility of favouring {who}.\n"
)

LOYAL = (
    "Nom : capitaine SANI Ali, né le 1er mai 1985.\n"
    "Faits : l'intéressé a quitté sa garnison le 2 août 2023 et a diffusé une vidéo dans laquelle"
    " il déclare {what}.\n"
    "Infractions : désertion à l'étranger.\n"
)


@pytest.mark.parametrize(("text", "raised"), [
    pytest.param(OWNER.format(who="a company owned by a city councillor"), False,
                 id="owned-by-a-councillor"),
    pytest.param(OWNER.format(who="him, a city councillor, over his rivals"), True,
                 id="subject-is-councillor"),
    pytest.param(LOYAL.format(what="rester fidèle au président renversé"), False,
                 id="loyal-to-ousted-president"),
    pytest.param(LOYAL.format(what="être le président renversé"), True,
                 id="is-the-ousted-president"),
])
def test_status_word_of_the_person_tied_to(tmp_path: Path, text: str, raised: bool) -> None:
    _, assessment = analyze(tmp_path, text)
    assert (OFFICIAL in sources(assessment)) is raised, sources(assessment)
