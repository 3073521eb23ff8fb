"""Behaviour tests for the false-alarm classes the b17 development cases exposed: a status word
that names another person than the subject (a named victim after a place, a killing told in
Mexican legal wording, a long description of a named victim), a refugee status granted in the
requesting country's own city, and preaching without a licence as an administrative breach.
Each class has a counterpart that must still read the other way.

Each text is fictional and written for the test; none is taken from a case file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.flags.catalog import catalog
from tests.test_flags import analyze, codes, held, packet

JOURNALIST = "misuse.journalist-media"
OPPOSITION = "misuse.political-opposition"
REFUGEE = "misuse.refugee-asylum"
ADMINISTRATIVE = "offense.administrative-private"

# ---------------------------------------------------------------- a name apposed after a place

REPORTER = (
    "Nombre: Joaquín REYES PALMA, nacido el 02/02/1970.\n"
    "Resumen de los hechos: El 10/05/2019, en la ciudad de Culiacán, {who}, reportero del"
    " semanario La Voz del Valle, {act}.\n"
    "Cargos: homicidio calificado. Legislación: artículo 134 del Código Penal del Estado de"
    " Sinaloa. Pena máxima: cuarenta años de prisión.\n"
    "Orden de aprehensión dictada el 01/06/2019 por el Juez de Control de Culiacán,"
    " causa 77/2019.\n"
)

# ---------------------------------------------------------------- a killing in legal wording

KILLED = (
    "Nombre: Joaquín REYES PALMA, nacido el 02/02/1970.\n"
    "Resumen de los hechos: El 10/05/2019, en Culiacán, {sentence}\n"
    "Cargos: homicidio calificado. Legislación: artículo 134 del Código Penal del Estado de"
    " Sinaloa. Pena máxima: cuarenta años de prisión.\n"
    "Orden de aprehensión dictada el 01/06/2019 por el Juez de Control de Culiacán,"
    " causa 77/2019.\n"
)

# ---------------------------------------------------------------- a long description of a victim

VILLA = (
    "Nom : TANO. Prénoms : Aka Serge. Né le 03/03/1990 à Daloa.\n"
    "Exposé des faits : Dans la nuit du 2 au 3/04/2024, {who}, député à l'Assemblée nationale"
    " élu sous les couleurs d'un parti de l'opposition, {act}.\n"
    "Qualifications : meurtre ; vol en réunion avec usage d'arme (articles 342 et 395 du Code"
    " pénal).\nPeine maximale encourue : emprisonnement à vie.\n"
    "Mandat d'arrêt n° 0311/2024 du juge d'instruction d'Abidjan-Plateau, en date du 20/04/2024.\n"
)

# ---------------------------------------------------------------- a refugee card from the requester

CARD = (
    "نشرة حمراء\n"
    "الاسم: يوسف آدم موسى. تاريخ الميلاد: 1990/02/02. الجنسية: سوداني.\n"
    "بيانات إضافية: يحمل بطاقة لاجئ صادرة عن مكتب المفوضية السامية للأمم المتحدة لشؤون"
    " اللاجئين بالقاهرة.\n"
    "ملخص الوقائع: في يوم 2022/06/05 طعن المطلوب زميله بسكين في مخبز بالجيزة فقتله.\n"
    "التهمة: القتل العمد. النص القانوني: المادة 234 من قانون العقوبات. العقوبة القصوى: السجن"
    " المؤبد.\n"
    "السند: أمر ضبط صادر بتاريخ 2022/06/09 في القضية رقم 4410 لسنة 2022.\n"
)

# ---------------------------------------------------------------- preaching without a licence

PREACHING = (
    "الاسم: سامي عادل حسن. تاريخ الميلاد: 1970/01/01.\n"
    "ملخص الوقائع: دأب المتهم منذ عام 2019 على إلقاء دروس في الفقه بمسجد قريته.\n"
    "التهم: {charge}.\n"
    "النصوص القانونية: القانون رقم 51 لسنة 2014. العقوبة القصوى: الحبس سنتين.\n"
)

CASES = [
    pytest.param(REPORTER.format(who="Marta Inés SOTO LEAL",
                                 act="recibió cinco disparos de dos sicarios pagados por el"
                                     " requerido"),
                 JOURNALIST, False, id="reporter-named-after-a-place-is-another-person"),
    pytest.param(REPORTER.format(who="el requerido Joaquín REYES PALMA",
                                 act="sustrajo 300.000 pesos de la caja del semanario"),
                 JOURNALIST, True, id="the-subject-named-after-a-place-is-the-reporter"),
    pytest.param(KILLED.format(sentence="una corresponsal del diario La Voz fue privada de la"
                                        " vida con seis disparos por dos hombres a los que el"
                                        " requerido había pagado."),
                 JOURNALIST, False, id="correspondent-deprived-of-life-is-the-victim"),
    pytest.param(KILLED.format(sentence="el requerido, corresponsal del diario La Voz, privó de"
                                        " la vida a su vecino con seis disparos."),
                 JOURNALIST, True, id="correspondent-who-killed-is-the-subject"),
    pytest.param(VILLA.format(who="le sujet a pénétré dans la villa de M. Kouamé Jules",
                              act="et a tué le gardien"),
                 OPPOSITION, False, id="deputys-party-told-after-his-name-is-his"),
    pytest.param(VILLA.format(who="le sujet, Aka Serge TANO",
                              act="a tué le gardien de la villa d'un commerçant"),
                 OPPOSITION, True, id="the-subjects-own-party-still-counts"),
]


@pytest.mark.parametrize(("text", "code", "raised"), CASES)
def test_who_a_status_word_is_about(tmp_path: Path, text: str, code: str, raised: bool) -> None:
    """The status is the subject's: raised, or held back only because it stands alone on an
    ordinary charge (`status_alone`, tests/test_status_alone.py); another person's: neither."""
    _p, assessment = analyze(tmp_path, text)
    rule = catalog().status_alone
    assert rule is not None
    about_subject = code in codes(assessment) or held(assessment).get(code) == rule.reason
    assert about_subject is raised, (assessment.flags, assessment.suppressed)


@pytest.mark.parametrize(("country", "raised"), [
    pytest.param("EG", False, id="refugee-card-from-the-requesting-countrys-capital"),
    pytest.param("SD", True, id="refugee-card-from-cairo-against-a-sudanese-request"),
])
def test_refugee_status_granted_in_the_requesters_city(
    tmp_path: Path, country: str, raised: bool
) -> None:
    _p, assessment = packet(tmp_path, {"notice.txt": ("red-notice", CARD)}, country)
    assert (REFUGEE in codes(assessment)) is raised, assessment.flags


@pytest.mark.parametrize(("charge", "raised"), [
    pytest.param("ممارسة الخطابة وإلقاء الدروس الدينية دون ترخيص", True,
                 id="religious-lessons-without-a-licence"),
    pytest.param("حيازة سلاح ناري دون ترخيص وإلقاء قنبلة", False,
                 id="a-weapon-without-a-licence-is-no-licensing-breach"),
])
def test_preaching_without_a_licence_is_a_licensing_breach(
    tmp_path: Path, charge: str, raised: bool
) -> None:
    _p, assessment = analyze(tmp_path, PREACHING.format(charge=charge))
    assert (ADMINISTRATIVE in codes(assessment)) is raised, assessment.flags
