"""Behaviour tests for the defender and opposition classes the retired h2/h3 cases exposed:
a civil-society organisation, a citizens' platform, an initiative for an emancipation cause or
an NGO serving the key populations of HIV work read as the defender's organisation; facts put
before a United Nations mission as defender's work; a law office's "مكتب الحقوقي" letterhead
as a lawyer, not an activist; the official the subject acted "in concert with" as another
person. Each fix has a counterpart that must still read the other way.

Each text is fictional and written for the test; none is taken from a case file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_flags import analyze, codes, held, sources

HRD = "misuse.human-rights-defender"
OPP = "misuse.political-opposition"

DISORDER_FR = (
    "Nom : VARNEL Odile, née le 3 avril 1981.\n"
    "{about}\n"
    "Faits : le 4 mai 2021, l'intéressée a pris part à un attroupement devant la mairie.\n"
    "Qualification : attroupement non armé.\n"
)

DISORDER_EN = (
    "Subject: HOLLIS, Brent, born 02/07/1985.\n"
    "Facts: on 4 November 2021 the subject held a meeting in a rented hall.\n"
    "Charge: unnatural offences.\n"
    "{about}\n"
)

FORGERY_AR = (
    "المطلوب: سالم أحمد الدرعي، مواليد 1980.\n"
    "الوقائع: {about}\n"
    "التهمة: التجمهر غير المسلح.\n"
)

ORGANISATION_CASES = [
    pytest.param(DISORDER_FR.format(
        about="Présidente d'une organisation de la société civile dénommée « Voix claires »."),
        True, id="civil-society-organisation"),
    pytest.param(DISORDER_FR.format(
        about="Présidente d'une organisation de commerçants dénommée « Voix claires »."),
        False, id="traders-organisation"),
    pytest.param(DISORDER_FR.format(
        about="Coordonnatrice d'une plateforme de mouvements citoyens."),
        True, id="platform-of-citizens-movements"),
    pytest.param(DISORDER_FR.format(
        about="Coordonnatrice d'une plateforme de vente en ligne."),
        False, id="online-sales-platform"),
    pytest.param(DISORDER_EN.format(
        about="He was an outreach officer with a registered NGO serving key populations."),
        True, id="ngo-for-key-populations"),
    pytest.param(DISORDER_EN.format(
        about="He was an outreach officer with a registered NGO serving local farmers."),
        False, id="ngo-for-farmers"),
    pytest.param(FORGERY_AR.format(
        about="قام المعني بصفته منسقا لمبادرة الانعتاق بتنظيم وقفة أمام المفوضية."),
        True, id="initiative-for-emancipation"),
    pytest.param(FORGERY_AR.format(
        about="قام المعني بصفته منسقا لمبادرة التجار بتنظيم وقفة أمام المفوضية."),
        False, id="traders-initiative"),
]


@pytest.mark.parametrize(("text", "raised"), ORGANISATION_CASES)
def test_civic_organisation(tmp_path: Path, text: str, raised: bool) -> None:
    _, assessment = analyze(tmp_path, text)
    assert (HRD in codes(assessment)) is raised, [f.code for f in assessment.flags]
    if raised:
        assert f"{HRD}.organisation" in sources(assessment)


UN_MISSION = (
    "Nom : TARVEN Moussa, né le 6 juin 1976.\n"
    "Faits : l'intéressé a délivré de fausses attestations de résidence.\n"
    "Qualification : faux en écriture publique.\n"
    "Il a présenté ce recensement {to} en 2022.\n"
)


@pytest.mark.parametrize(
    ("to", "raised"),
    [
        pytest.param("à une mission des Nations Unies", True, id="before-a-un-mission"),
        pytest.param("à la mairie de sa commune", False, id="to-the-town-hall"),
    ],
)
def test_work_put_before_a_un_mission(tmp_path: Path, to: str, raised: bool) -> None:
    _, assessment = analyze(tmp_path, UN_MISSION.format(to=to))
    assert (HRD in codes(assessment)) is raised, [f.code for f in assessment.flags]
    if raised:
        assert f"{HRD}.rights-work" in sources(assessment)


LAW_OFFICE = (
    "{head} – بغداد\n"
    "الموضوع: موكلنا رافد سامي الجبوري\n"
    "نفيد بأن موكلنا مطلوب بتهمة الاحتيال في عقد توريد مع وزارة الكهرباء.\n"
)


@pytest.mark.parametrize(
    ("head", "raised"),
    [
        pytest.param("مكتب الحقوقي صالح نوري للمحاماة", False, id="law-office-letterhead"),
        pytest.param("الناشط الحقوقي صالح نوري", True, id="rights-activist"),
    ],
)
def test_law_office_of_a_jurist(tmp_path: Path, head: str, raised: bool) -> None:
    _, assessment = analyze(tmp_path, LAW_OFFICE.format(head=head))
    assert (HRD in codes(assessment)) is raised, [f.code for f in assessment.flags]


ACCOMPLICE = (
    "Nom : DORVAL Patrice, né le 9 mars 1970. Administrateur de deux sociétés.\n"
    "Faits : en 2019, à Kinshasa, l'intéressé, {link} directeur de cabinet du Chef de l'État,"
    " a fait virer les fonds du Trésor vers les comptes de ses sociétés.\n"
    "Qualifications : détournement de deniers publics ; blanchiment de capitaux.\n"
)


@pytest.mark.parametrize(
    ("link", "raised"),
    [
        pytest.param("de concert avec l'ancien", False, id="in-concert-with-an-official"),
        pytest.param("ancien", True, id="himself-the-official"),
    ],
)
def test_accomplice_status_is_not_the_subjects(tmp_path: Path, link: str, raised: bool) -> None:
    _, assessment = analyze(tmp_path, ACCOMPLICE.format(link=link))
    assert (OPP in codes(assessment)) is raised, [f.code for f in assessment.flags]
    if not raised and OPP in held(assessment):
        assert "another person" in held(assessment)[OPP]
