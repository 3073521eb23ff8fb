"""Behaviour tests for the consistency and judicial-data classes the b22 development cases
exposed, each with a counterpart that must still read the other way:

- a warrant dated only as issued ("Fecha de emisión: ...") or on its title line ("أمر قبض
  رقم ... - تاريخ الإصدار: ..."), which the decision reader left undated, is still the date
  the acts are compared with;
- a law named by its number alone ("Proclamation No. ...", "الأمر 96-22") is a law cited;
- a notice to serve a sentence whose penalty is the sentence imposed, beside the judgment
  that recites the law's range, is no conflict of charges.

Each text is fictional and written for the test; none is taken from a case file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_flags import codes, held, packet, sources

ACTS_AFTER = "rule.consistency.acts-after-warrant"

# ---------------------------------------------------------------- a warrant dated as issued

NOTICE_ES = (
    "DIFUSIÓN - OCN Ciudad de Prueba, ref. OCN-2025-0101.\n"
    "Buscado: ROMERO TALAVERA, Ernesto Luis, nacido el 14/05/1992.\n"
    "Hechos: El 16 de noviembre de 2024, a las 22:10, el buscado entró armado con un cuchillo"
    " a una ferretería de la calle Central y se llevó 2 000 balboas de la caja.\n"
    "Delito: robo agravado (Código Penal, art. 219). Pena: hasta 20 años de prisión.\n"
    "Orden de aprehensión: Juez de Garantías, carpeta 202400077001.\n"
)
WARRANT_ES = (
    "ÓRGANO JUDICIAL - Juzgado de Garantías. Carpeta 202400077001.\n"
    "Oficio de orden de aprehensión.\n"
    "Fecha de emisión: {day} de 2024.\n"
    "Contra: ERNESTO LUIS ROMERO TALAVERA.\n"
    "Por la presunta comisión del delito de robo agravado en una ferretería de la calle"
    " Central.\n"
)

# ---------------------------------------------------------------- a warrant dated on its title line

NOTICE_AR = (
    "نشرة - المكتب المركزي الوطني، رقم 2024/0990\n"
    "المطلوب: سالم عثمان بابكر، مواليد 1985، سوداني.\n"
    "الوقائع: في 22 يونيو 2024 كسر المطلوب واجهة محل تجاري في السوق الكبير وسرق منه"
    " هواتف قيمتها مليون جنيه.\n"
    "التهمة: السرقة (المادة 174 من القانون الجنائي). العقوبة القصوى: السجن سبع سنوات.\n"
    "أمر قبض صادر عن وكيل النيابة، رقم 455/2024.\n"
)
WARRANT_AR = (
    "النيابة العامة - نيابة السوق الكبير\n"
    "أمر قبض رقم 455/2024 - تاريخ الإصدار: {day}\n"
    "يؤمر بالقبض على المتهم سالم عثمان بابكر تحت المادة 174 من القانون الجنائي.\n"
)


def _dates(tmp_path: Path, notice: str, warrant: str, country: str) -> set[str]:
    _p, assessment = packet(tmp_path, {
        "notice.txt": ("diffusion", notice), "warrant.txt": ("arrest-warrant", warrant),
    }, country)
    return sources(assessment)


@pytest.mark.parametrize(("notice", "warrant", "country", "day", "raised"), [
    (NOTICE_ES, WARRANT_ES, "PA", "7 de octubre", True),
    (NOTICE_ES, WARRANT_ES, "PA", "20 de noviembre", False),
    (NOTICE_AR, WARRANT_AR, "SD", "09/06/2024", True),
    (NOTICE_AR, WARRANT_AR, "SD", "30/06/2024", False),
])
def test_warrant_dated_without_a_decision_date(
    tmp_path: Path, notice: str, warrant: str, country: str, day: str, raised: bool
) -> None:
    found = _dates(tmp_path, notice, warrant.format(day=day), country)
    assert (ACTS_AFTER in found) is raised


# ---------------------------------------------------------------- a law named by its number

NOTICE_LAW = (
    "RED NOTICE - NCB Testville - XX/2024/0042\n"
    "DOE Jonas Peter. Born 12 March 1980. \n"
    "Facts: Between 2 February 2023 and 9 May 2023, in the Market district of Testville, the"
    " suspect transferred ETB 500,000 through a money-transfer agent to accounts held by a"
    " designated group.\n"
    "Charge: rendering support to a terrorist organisation. {law}Penalty: rigorous"
    " imprisonment up to 15 years.\n"
    "Warrant: Federal First Instance Court, file 40021, dated 20 May 2023.\n"
)
NOTICE_LAW_AR = (
    "طلب نشرة حمراء - المكتب المركزي الوطني، المرجع 2025/ج/0101\n"
    "المطلوب: كريم بن علي، مولود في 03/04/1984، جزائري.\n"
    "الوقائع: يوم 12 ديسمبر 2024 بمطار العاصمة، عُثر لدى المطلوب عند التفتيش الجمركي على"
    " مبلغ 50 ألف يورو مخبأ في حقيبة، دون تصريح.\n"
    "التهمة: مخالفة التشريع الخاص بالصرف وحركة رؤوس الأموال.\n"
    "{law}العقوبة: الحبس من سنتين إلى سبع سنوات.\n"
    "أمر بالقبض صادر عن قاضي التحقيق بتاريخ 03/02/2025، رقم 25/00777.\n"
)


def _lacks_laws(tmp_path: Path, text: str, country: str) -> bool:
    _p, assessment = packet(tmp_path, {"notice.txt": ("red-notice", text)}, country)
    return any(
        f.code == "compliance.judicial-data" and "law articles" in (f.rationale or "")
        for f in (*assessment.flags, *assessment.suppressed)  # laws alone are held back
    )


@pytest.mark.parametrize(("text", "country", "law", "lacking"), [
    (NOTICE_LAW, "ET", "Law: Proclamation No. 1176/2020. ", False),
    (NOTICE_LAW, "ET", "", True),
    (NOTICE_LAW_AR, "DZ", "النص: الأمر 96-22 المعدل والمتمم. ", False),
    (NOTICE_LAW_AR, "DZ", "", True),
])
def test_law_named_by_its_number(
    tmp_path: Path, text: str, country: str, law: str, lacking: bool
) -> None:
    assert _lacks_laws(tmp_path, text.format(law=law), country) is lacking


# ---------------------------------------------------------------- a notice to serve a sentence

DIFFUSION_FR = (
    "DIFFUSION - BCN Testville - XX/2024/0777 - recherche aux fins d'exécution de peine\n"
    "MARCHAL, Luc Henri. Né le 02/11/1979 à Namur. Belge.\n"
    "Faits : De janvier 2021 à juin 2022, l'intéressé, condamné par jugement du tribunal de la"
    " famille à verser une contribution alimentaire de 300 euros par mois, est resté plus de"
    " deux mois sans s'en acquitter.\n"
    "Infraction : abandon de famille. Article 391bis du Code pénal.\n"
    "Décision : jugement contradictoire du tribunal correctionnel de Namur du 8 mars 2023 ;"
    " peine : {sentence} d'emprisonnement ; reste à subir : quatre mois.\n"
)
JUDGMENT_FR = (
    "TRIBUNAL DE PREMIÈRE INSTANCE DE NAMUR - Chambre correctionnelle - Jugement du 8 mars"
    " 2023 (extrait)\n"
    "En cause du ministère public contre MARCHAL Luc Henri, né le 2 novembre 1979.\n"
    "Attendu que la prévention d'abandon de famille (art. 391bis du Code pénal, emprisonnement"
    " de huit jours à six mois) est établie ;\n"
    "Condamne le prévenu à un emprisonnement de quatre mois et à une amende de 500 euros.\n"
)


@pytest.mark.parametrize(("sentence", "raised"), [("quatre mois", False), ("trois ans", True)])
def test_notice_to_serve_the_judgment_sentence(
    tmp_path: Path, sentence: str, raised: bool
) -> None:
    _p, assessment = packet(tmp_path, {
        "diffusion.txt": ("diffusion", DIFFUSION_FR.format(sentence=sentence)),
        "jugement.txt": ("judgment", JUDGMENT_FR),
    }, "BE")
    assert ("consistency.charges" in codes(assessment)) is raised
    if not raised:
        assert "consistency.charges" not in held(assessment) or "imposed" in held(assessment)[
            "consistency.charges"
        ]


# ---------------------------------------------------------------- a US warrant dated month first

NOTICE_US = (
    "RED NOTICE - extract. Requesting NCB: WASHINGTON\n"
    "Family name: MWANGI. Forenames: Peter Kamau. Date of birth: 22/06/1981.\n"
    "Summary of facts: On 30 October 2024 at about 18:20, in a parking garage in East Boston,"
    " the subject stabbed Jane Roe several times in the neck and chest; she died at the"
    " scene.\n"
    "Charge: murder, M.G.L. c. 265, s. 1. Penalty: life imprisonment.\n"
)
WARRANT_US = (
    "COMMONWEALTH OF MASSACHUSETTS - BOSTON MUNICIPAL COURT\n"
    "ARREST WARRANT                 DOCKET NO. 2405CR009999\n"
    "DEFENDANT: MWANGI, PETER KAMAU      DOB: {dob}\n"
    "OFFENSE: MURDER, M.G.L. c. 265, s. 1\n"
    "Date of issue: 11/04/2024\n"
)


@pytest.mark.parametrize(("dob", "raised"), [("06/22/1981", False), ("22/06/1981", True)])
def test_warrant_issue_date_written_month_first(
    tmp_path: Path, dob: str, raised: bool
) -> None:
    found = _dates(tmp_path, NOTICE_US, WARRANT_US.format(dob=dob), "US")
    assert (ACTS_AFTER in found) is raised
