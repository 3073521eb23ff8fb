"""Behaviour tests for the defender and opposition classes the b24 development cases exposed:
the defender told by the work done (representing the victims of an abuse, an office in a
union named a few words on, a petition and its signatures, a helpline for a cause, families
deprived of nationality counted), the statutory "terminate pregnancy", the Arabic elative
"الأسبق" after a governorship, and marked banknotes as a traced bribe. Each fix has a
counterpart that must still read the other way.

Each text is fictional and written for the test; none is taken from a case file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_flags import analyze, codes, held, sources

HRD = "misuse.human-rights-defender"
OPP = "misuse.political-opposition"
NORMS = "offense.cultural-norms"

FRAUD_EN = (
    "Subject: VELDA ROSS, Hanna, born 04/02/1980.\n"
    "Facts: on 3 March 2022 the subject sold for 90,000 dollars a plot she did not own,"
    " using a power of attorney the notary denies having drawn up.\n"
    "Charge: fraud and use of a false document.\n"
    "{about}\n"
)

FRAUD_FR = (
    "Nom : TARVOS Alain, né le 12/06/1978.\n"
    "Faits : le 6 mai 2024, l'intéressé a bloqué l'accès d'un dépôt pendant six heures.\n"
    "Charges : entrave à la liberté du travail.\n"
    "{about}\n"
)

FRAUD_ES = (
    "Nombre: QUIROA MAAS, Andrés. Nacido el 2/2/1972.\n"
    "Hechos: desde 2022 el requerido y otras personas ocuparon terrenos de una finca privada.\n"
    "Delito: usurpación agravada.\n"
    "{about}\n"
)

HRD_CASES = [
    pytest.param(FRAUD_EN.format(
        about="For ten years she has represented associations of mothers of disappeared persons."),
        True, f"{HRD}.represents-victims", id="represents-families-of-the-disappeared"),
    pytest.param(FRAUD_EN.format(
        about="For ten years she has represented the buyer's company in property sales."),
        False, None, id="represents-a-company"),
    pytest.param(FRAUD_FR.format(
        about="Le nommé Tarvos, secrétaire général de la section régionale du syndicat des"
              " cheminots, a conduit le piquet."),
        True, f"{HRD}.union-office", id="office-in-a-union-words-between"),
    pytest.param(FRAUD_FR.format(
        about="Le nommé Tarvos, secrétaire général de la section régionale de la mairie,"
              " a conduit le piquet."),
        False, None, id="office-in-a-town-hall"),
    pytest.param(FRAUD_FR.format(
        about="Le nommé Tarvos, secrétaire général de la section régionale du syndicat mixte"
              " des eaux, a conduit le piquet."),
        False, None, id="syndicat-mixte-of-communes"),
    pytest.param(FRAUD_EN.format(
        about="She drafted a letter to the education office and collected 312 signatures of"
              " parents."),
        True, f"{HRD}.petition", id="collected-signatures-with-a-count"),
    pytest.param(FRAUD_EN.format(
        about="She drafted a letter to the bank and forged 312 signatures of clients."),
        False, None, id="forged-signatures"),
    pytest.param(FRAUD_EN.format(
        about="Since 2019 she has volunteered with a telephone helpline answering calls about"
              " reproductive health."),
        True, f"{HRD}.organisation", id="helpline-for-reproductive-health"),
    pytest.param(FRAUD_EN.format(
        about="Since 2019 she has volunteered with a telephone helpline answering calls about"
              " parcel deliveries."),
        False, None, id="helpline-for-parcels"),
    pytest.param(FRAUD_ES.format(
        about="Se estima que como dirigente indígena tiene influencia sobre los ocupantes."),
        True, f"{HRD}.defender-activist", id="indigenous-leader"),
    pytest.param(FRAUD_ES.format(
        about="Se estima que como dirigente deportivo tiene influencia sobre los ocupantes."),
        False, None, id="sports-leader"),
    pytest.param(FRAUD_FR.format(
        about="Il a recensé plus de 900 familles privées de nationalité dans la région."),
        True, f"{HRD}.documenting-abuses", id="counted-families-deprived-of-nationality"),
    pytest.param(FRAUD_FR.format(
        about="Il a recensé plus de 900 familles clientes de la coopérative dans la région."),
        False, None, id="counted-cooperative-clients"),
]


@pytest.mark.parametrize(("text", "raised", "source"), HRD_CASES)
def test_defender_by_the_work(tmp_path: Path, text: str, raised: bool, source: str | None) -> None:
    _, assessment = analyze(tmp_path, text)
    assert (HRD in codes(assessment)) is raised, [f.code for f in assessment.flags]
    if source is not None:
        assert source in sources(assessment)


PREGNANCY = (
    "Subject: KORVAN, Ilse, born 11/12/1987.\n"
    "Facts: on 9 May 2022 the subject sent a woman tablets with instructions and {what}.\n"
    "Charge: assisting a pregnant woman to terminate pregnancy. Penalty: up to 3 years.\n"
)


def test_terminate_pregnancy_is_abortion(tmp_path: Path) -> None:
    _, assessment = analyze(tmp_path, PREGNANCY.format(what="advised her how to take them"))
    assert NORMS in codes(assessment), [f.code for f in assessment.flags]


def test_forced_termination_still_held(tmp_path: Path) -> None:
    text = PREGNANCY.format(what="made her take them by force, without her consent")
    _, assessment = analyze(tmp_path, text)
    assert NORMS not in codes(assessment), [f.code for f in assessment.flags]


GOVERNOR = (
    "طلب نشرة حمراء\n"
    "المطلوب: سامر كامل ناجي، مواليد 1962/03/01، عراقي.\n"
    "الصفة: {post} (2014-2018).\n"
    "الوقائع: اختلس المطلوب أموالاً عامة مخصصة لمشاريع المحافظة.\n"
    "التهم: الاختلاس.\n"
)


@pytest.mark.parametrize(
    ("post", "raised"),
    [
        pytest.param("محافظ الأنبار الأسبق", True, id="former-governor-elative"),
        pytest.param("موظف في مديرية الأنبار", False, id="clerk-of-a-directorate"),
    ],
)
def test_former_governor_elative(tmp_path: Path, post: str, raised: bool) -> None:
    _, assessment = analyze(tmp_path, GOVERNOR.format(post=post))
    assert (OPP in codes(assessment)) is raised, [f.code for f in assessment.flags]
    if raised:
        assert f"{OPP}.politician-official" in sources(assessment)


BRIBE = (
    "الاسم: وليد سالم حمد، مواليد 1975/02/03.\n"
    "الصفة: عضو المجلس البلدي للمحافظة الوسطى.\n"
    "التهمة: طلب وقبول رشوة للإخلال بواجبات الوظيفة.\n"
    "الوقائع: طلب المتهم من مقاول مبلغ 9.000 دينار مقابل تمرير طلب ترخيص بناء، {how}.\n"
)


@pytest.mark.parametrize(
    ("how", "raised"),
    [
        pytest.param("وضبطت الأوراق النقدية المرقمة في سيارته", False, id="marked-banknotes"),
        pytest.param("وفق ما ورد في بلاغ مجهول", True, id="anonymous-report"),
    ],
)
def test_marked_banknotes_trace_the_bribe(tmp_path: Path, how: str, raised: bool) -> None:
    _, assessment = analyze(tmp_path, BRIBE.format(how=how))
    assert (OPP in codes(assessment)) is raised, [f.code for f in assessment.flags]
    if not raised:
        assert OPP in held(assessment)


UNION_KILLING = (
    "Nombre: LLANOS PAZ, Ciro. Nacido el 5/5/1976.\n"
    "Delitos: extorsión agravada y {charge}.\n"
    "El requerido figura como secretario general de la base regional del sindicato de"
    " obreros. {facts}\n"
)


@pytest.mark.parametrize(
    ("charge", "facts", "raised"),
    [
        pytest.param("homicidio calificado", "El 6 de agosto de 2022 dos sicarios dispararon"
                     " contra el maestro de obra, quien falleció.", False, id="killing-charged"),
        pytest.param("disturbios", "El 6 de agosto de 2022 encabezó una huelga de 300 obreros.",
                     True, id="strike-led"),
    ],
)
def test_union_office_held_on_a_killing(
    tmp_path: Path, charge: str, facts: str, raised: bool
) -> None:
    _, assessment = analyze(tmp_path, UNION_KILLING.format(charge=charge, facts=facts))
    assert (HRD in codes(assessment)) is raised, [f.code for f in assessment.flags]
