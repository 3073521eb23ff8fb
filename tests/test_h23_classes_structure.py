"""Behaviour tests for the classes the retired held-out cases (h2, h3) exposed in
in-absentia, validity, business disputes with the state and the consistency checks: each
with a counterpart that must still read the other way.

Each text is fictional and written for the test; none is taken from a case file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_flags import packet, sources

Docs = dict[str, tuple[str, str]]


def _flags(tmp_path: Path, docs: Docs, country: str) -> set[str]:
    """Codes and provenance ids of the raised flags."""
    _p, assessment = packet(tmp_path, docs, country)
    return {f.code for f in assessment.flags} | sources(assessment)


# ---------------------------------------------------------------- misuse.in-absentia

AR_NOTICE = (
    "طلب إصدار نشرة حمراء\n"
    "الاسم: سالم فارس حميد العبيدي. تولد: 1985.\n"
    "خلاصة القضية: اختلس المحكوم من مخزن شركة خاصة في البصرة أدوية بقيمة مئة مليون دينار"
    " خلال عام 2021.\n"
    "الحكم: أصدرت محكمة جنايات البصرة بتاريخ 10/05/2022 {verdict}،"
    " مع إصدار أمر القبض والتحري عنه.\n"
)
EN_JUDGMENT = (
    "COUNTY COURT OF RIVERTON - JUDGMENT K-55/2021 of 3 March 2022\n"
    "Facts: the defendant Marko VELIČ diverted club funds of EUR 900,000 between 2015 and"
    " 2019.\n"
    "{attended}On 2 March 2022 he left the country; the judgment was pronounced on 3 March 2022"
    " in his absence: 5 years of imprisonment.\n"
)
ES_NOTICE = (
    "Notificación roja. Apellidos: RUIZ PAVÓN. Nombres: Tomás. Delito: propagación de noticias"
    " falsas, artículo 30 de la Ley 1042. Pena: ocho años de prisión.\n"
)
ES_REPORT = (
    "Ficha de caso del periodista Tomás Ruiz Pavón.\n"
    "{absence} No tuvo abogado de su elección.\n"
)

ABSENTIA = [
    pytest.param({"notice.txt": ("red-notice", AR_NOTICE.format(
        verdict="حكمًا غيابيًا على المدان بالسجن لمدة سبع سنوات"))}, "IQ", True,
        id="ar-sentence-pronounced-beside-the-warrant"),
    pytest.param({"notice.txt": ("red-notice", AR_NOTICE.format(
        verdict="قرارًا غيابيًا بتوقيفه"))}, "IQ", False,
        id="ar-arrest-ordered-in-absence-no-sentence"),
    pytest.param({"judgment.txt": ("judgment", EN_JUDGMENT.format(
        attended="He attended the hearings throughout the trial with his counsel. "))}, "HR",
        False, id="en-trial-attended-only-pronouncement-in-absence"),
    pytest.param({"judgment.txt": ("judgment", EN_JUDGMENT.format(attended=""))}, "HR", True,
                 id="en-judgment-in-absence-no-attendance-said"),
    pytest.param({"notice.txt": ("red-notice", ES_NOTICE), "ficha.txt": ("other", ES_REPORT.format(
        absence="El proceso en su contra se tramitó en su ausencia."))}, "NI", True,
        id="es-proceedings-against-him-in-his-absence"),
    pytest.param({"notice.txt": ("red-notice", ES_NOTICE), "ficha.txt": ("other", ES_REPORT.format(
        absence="Su vivienda fue registrada en su ausencia."))}, "NI", False,
        id="es-search-in-his-absence-no-trial"),
]


@pytest.mark.parametrize(("docs", "country", "raised"), ABSENTIA)
def test_in_absentia(tmp_path: Path, docs: Docs, country: str, raised: bool) -> None:
    assert ("misuse.in-absentia" in _flags(tmp_path, docs, country)) is raised


# ---------------------------------------------------------------- validity.status

ES_STATUS_NOTICE = (
    "Notificación roja. Apellidos: QUISPE MAMANI. Nombres: Raúl. Fecha de nacimiento:"
    " 04/04/1992.\nResumen de los hechos: el 3 de enero de 2023, en Juliaca, el requerido"
    " asaltó una tienda con un arma de fuego. Delito: robo agravado, artículo 189 del Código"
    " Penal. Pena: no menor de doce años.\n"
)
ES_STATUS_LETTER = "Oficio de la OCN.\n{statement}\n"

STATUS = [
    pytest.param("La orden de captura de 20 de marzo de 2023 (expediente 00451-2023-0-2101)"
                 " fue DEJADA SIN EFECTO por el juzgado el 9 de octubre de 2023.", True,
                 id="warrant-with-its-case-number-then-its-status"),
    pytest.param("La orden de captura de 20 de marzo de 2023 (expediente 00451-2023-0-2101)"
                 " fue emitida por el juzgado de Juliaca.", False,
                 id="warrant-with-its-case-number-issued"),
    pytest.param("Esta OCN solicita que la notificación roja permanezca en situación de"
                 " suspendida mientras se resuelve el hábeas corpus.", True,
                 id="notice-to-remain-suspended"),
    pytest.param("Esta OCN solicita que la notificación roja permanezca vigente.", False,
                 id="notice-to-remain-in-force"),
]


@pytest.mark.parametrize(("statement", "raised"), STATUS)
def test_status_statement(tmp_path: Path, statement: str, raised: bool) -> None:
    docs = {"notice.txt": ("red-notice", ES_STATUS_NOTICE),
            "oficio.txt": ("other", ES_STATUS_LETTER.format(statement=statement))}
    assert ("validity.status" in _flags(tmp_path, docs, "PE")) is raised


# ---------------------------------------------------------------- misuse.business-dispute-state

ES_BUSINESS_NOTICE = (
    "Notificación roja. Apellidos: MATOS FÉLIZ. Nombres: Rubén.\n"
    "Resumen: el requerido recibió un anticipo de RD$ 30 millones para construir dos escuelas y"
    " no lo devolvió. Delito: estafa contra el Estado, artículo 405 del Código Penal.\n"
)
ES_BUSINESS_MEMO = (
    "Memorial de la defensa.\n"
    "El 14 de marzo de 2019 {who} rescindió los contratos por resolución administrativa y"
    " nuestro cliente reclamó el pago de las obras ejecutadas.\n"
)


@pytest.mark.parametrize(("who", "raised"), [
    pytest.param("el Ministerio", True, id="ministry-rescinded-the-contracts"),
    pytest.param("la constructora asociada", False, id="private-partner-rescinded-them"),
])
def test_contracts_rescinded_by_the_state(tmp_path: Path, who: str, raised: bool) -> None:
    docs = {"notice.txt": ("red-notice", ES_BUSINESS_NOTICE),
            "memorial.txt": ("other", ES_BUSINESS_MEMO.format(who=who))}
    assert ("misuse.business-dispute-state" in _flags(tmp_path, docs, "DO")) is raised


# ---------------------------------------------------------------- consistency.identity

EN_ID_NOTICE = (
    "Family name: PHIRI\nForenames: Tamanda\nSex: Male\nDate of birth: 14 July 1991\n"
    "Summary of facts: between March and June 2024 in Blantyre the subject swapped the SIM"
    " cards of 40 bank customers and withdrew MWK 90 million.\n"
    "Charge: obtaining money by false pretences, section 319 of the Penal Code.\n"
)
EN_ID_WARRANT = (
    "IN THE RESIDENT MAGISTRATE'S COURT AT BLANTYRE\nWARRANT OF ARREST\n"
    "WHEREAS Tamanda PHIRI, male, aged about {age} years, of Chitawira, stands charged with"
    " obtaining money by false pretences c/s 319 of the Penal Code:\n"
    "YOU ARE HEREBY COMMANDED to arrest the said Tamanda PHIRI.\n"
    "Given under my hand this 18th day of December 2024.\n"
)
EN_AFFIDAVIT = (
    "AFFIDAVIT\nI, Ruth Banda, of Leeds, born 21 May 2005, holder of passport no. AD7702153,"
    " MAKE OATH and say that I married Tamanda Phiri of my own free will.\n"
)
EN_PASSPORT_NOTICE = EN_ID_NOTICE + "Passport: CX4418392\n"

IDENTITY = [
    pytest.param({"warrant.txt": ("arrest-warrant", EN_ID_WARRANT.format(age=38))},
                 "rule.consistency.age", True, id="age-the-birth-date-cannot-give"),
    pytest.param({"warrant.txt": ("arrest-warrant", EN_ID_WARRANT.format(age=33))},
                 "rule.consistency.age", False, id="age-the-birth-date-gives"),
    pytest.param({"warrant.txt": ("arrest-warrant", EN_ID_WARRANT.replace(
        " aged about {age} years,", "").replace(
        "false pretences c/s", "false pretences from Chikondi Mvula, a trader aged about 58"
        " years, c/s"))},
                 "rule.consistency.age", False, id="another-persons-age-further-on"),
    pytest.param({"affidavit.txt": ("other", EN_AFFIDAVIT)}, "consistency.identity", False,
                 id="deponent-particulars-are-not-the-subjects"),
    pytest.param({"affidavit.txt": ("other", EN_AFFIDAVIT.replace("I, Ruth Banda", "Ruth Banda")
                                    .replace("I married", "she married"))},
                 "consistency.identity", True, id="third-person-particulars-still-compared"),
]


@pytest.mark.parametrize(("docs", "code", "raised"), IDENTITY)
def test_identity(tmp_path: Path, docs: Docs, code: str, raised: bool) -> None:
    docs = {"notice.txt": ("red-notice", EN_PASSPORT_NOTICE), **docs}
    assert (code in _flags(tmp_path, docs, "MW")) is raised


AR_ID_NOTICE = (
    "تعميم\nالاسم: يامن أحمد الخطيب\nتاريخ الولادة: 03/04/1991\n"
    "الوقائع: فر المذكور من قطعته العسكرية بتاريخ 19/09/2013.\n"
)
AR_ID_JUDGMENT = (
    "حكم صادر عن المحكمة العسكرية بتاريخ 17/03/2014\n"
    "لذلك حكمت المحكمة: تجريم {accused} بجناية الفرار إلى الخارج وفق المادة 101 من قانون"
    " العقوبات العسكري.\n"
)


@pytest.mark.parametrize(("accused", "raised"), [
    pytest.param("المتهم", False, id="charge-noun-after-the-accused-is-no-name"),
    pytest.param("المتهم سامر خليل النوري", True, id="another-name-after-the-accused"),
])
def test_arabic_charge_noun_is_no_name(tmp_path: Path, accused: str, raised: bool) -> None:
    docs = {"notice.txt": ("diffusion", AR_ID_NOTICE),
            "judgment.txt": ("judgment", AR_ID_JUDGMENT.format(accused=accused))}
    assert ("rule.consistency.name" in _flags(tmp_path, docs, "SY")) is raised


# ---------------------------------------------------------------- consistency.dates

FR_RENEWED_NOTICE = (
    "Nom : HABIMANA. Prénoms : Jean. Né le 02/02/1960 à Butare.\n"
    "Exposé des faits : en avril 1994, à Butare, l'intéressé a dirigé des attaques contre des"
    " civils réfugiés à l'hôpital.\n"
    "Qualification : génocide. Peine encourue : emprisonnement à perpétuité.\n"
    "Mandat : mandat d'arrêt international délivré le 14 octobre 2006 par le Parquet"
    " général{renewal}.\n"
)
FR_RENEWED_WARRANT = (
    "MANDAT D'ARRÊT INTERNATIONAL\nOrdonnons de rechercher et arrêter le nommé HABIMANA Jean.\n"
    "Fait à Kigali, le 3 mai 2019.\n"
)


@pytest.mark.parametrize(("renewal", "raised"), [
    pytest.param(", renouvelé le 3 mai 2019 par le Parquet général", False,
                 id="notice-dates-the-renewal-too"),
    pytest.param("", True, id="notice-dates-the-first-issue-only"),
])
def test_renewed_warrant(tmp_path: Path, renewal: str, raised: bool) -> None:
    docs = {"notice.txt": ("diffusion", FR_RENEWED_NOTICE.format(renewal=renewal)),
            "mandat.txt": ("arrest-warrant", FR_RENEWED_WARRANT)}
    assert ("rule.consistency.warrant-date" in _flags(tmp_path, docs, "RW")) is raised


FR_ELECTION_NOTICE = (
    "Nom : KONAN. Prénoms : Awa. Née le 05/05/1980.\n"
    "Exposé des faits : {acts}, à Abidjan, l'intéressée a participé à un mouvement"
    " insurrectionnel et à la destruction de biens publics.\n"
    "Qualification : participation à un mouvement insurrectionnel, article 181 du Code pénal.\n"
    "Mandat : mandat d'arrêt international délivré le 2 septembre 2020 par le juge"
    " d'instruction d'Abidjan.\n"
)


@pytest.mark.parametrize(("acts", "raised"), [
    pytest.param("Courant août 2020, après l'annonce de la candidature à l'élection"
                 " présidentielle du 31 octobre 2020", False, id="election-named-by-its-date"),
    pytest.param("Le 31 octobre 2020", True, id="acts-dated-after-the-warrant"),
])
def test_election_date_is_no_act_date(tmp_path: Path, acts: str, raised: bool) -> None:
    docs = {"notice.txt": ("red-notice", FR_ELECTION_NOTICE.format(acts=acts))}
    assert ("rule.consistency.acts-after-warrant" in _flags(tmp_path, docs, "CI")) is raised


FR_CHILD_NOTICE = (
    "Nom : DEMARET. Prénoms : Claire. Née le 03/03/1988.\n"
    "Exposé des faits : depuis le {day}, à Liège, l'intéressée refuse de représenter l'enfant"
    " commun à son père, qui en a la garde.\n"
    "Qualification : non-représentation d'enfant, article 432 du Code pénal. Peine prononcée :"
    " quatre mois d'emprisonnement.\n"
)
FR_CHILD_JUDGMENT = (
    "TRIBUNAL DE PREMIÈRE INSTANCE DE LIÈGE\nChambre correctionnelle - Audience publique du"
    " 14 mai 2025\nJUGEMENT\n"
    "Le tribunal déclare la prévenue DEMARET Claire coupable d'avoir refusé de représenter"
    " l'enfant à son père et la condamne à quatre mois d'emprisonnement.\n"
)


@pytest.mark.parametrize(("day", "raised"), [
    pytest.param("25 août 2025", True, id="acts-begin-after-the-judgment"),
    pytest.param("25 août 2024", False, id="acts-begin-before-the-judgment"),
])
def test_acts_after_judgment(tmp_path: Path, day: str, raised: bool) -> None:
    docs = {"notice.txt": ("diffusion", FR_CHILD_NOTICE.format(day=day)),
            "jugement.txt": ("judgment", FR_CHILD_JUDGMENT)}
    assert ("rule.consistency.acts-after-judgment" in _flags(tmp_path, docs, "BE")) is raised
