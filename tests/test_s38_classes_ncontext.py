"""Behaviour tests for the classes the s38 development cases needing review exposed where the
context of the charge was told in words the engine had not read: a university building
occupied by students and a demonstration named by its square, villages named by a minority,
a state party described in the sentence before a pronoun that stops paying, a close relative
of a former governor, a court that ordered a state institute to pay the claimant, death
sentences a defender monitors and electric shocks told with a verb. Each is fixed by a
lexicon entry or a rule, with a counterpart that must still read the other way.

Each text is fictional and written for the test; none is taken from a case file.
"""

from __future__ import annotations

from pathlib import Path

from tests.test_flags import analyze, packet, rule_codes

PROTEST = "misuse.protest-assembly"
ETHNIC = "misuse.ethnic-minority"
BUSINESS = "misuse.business-dispute-state"
OPPOSITION = "misuse.political-opposition"
TIMING = "misuse.political-timing"
DEFENDER = "misuse.human-rights-defender"
COERCED = "misuse.coerced-evidence"

# ------------------------------------------------ a demonstration named by its square

SQUARE = (
    "NOTIFICACIÓN ROJA. Requerido: Tomás ARRIAGADA SOTO, nacido el 2/02/1998.\n"
    "Hechos: el 4 de diciembre de 2019, durante la manifestación en la Plaza Central de"
    " Temuco, el requerido lanzó una botella encendida contra un vehículo policial.\n"
    "Delito: lanzamiento de artefacto incendiario. Pena: diez años.\n"
)


def test_a_demonstration_named_by_its_square_is_an_assembly(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, SQUARE)
    assert PROTEST in rule_codes(assessment)


def test_a_statement_before_the_prosecutor_is_no_demonstration(tmp_path: Path) -> None:
    text = SQUARE.replace(
        "durante la manifestación en la Plaza Central de Temuco",
        "según su manifestación ante la Fiscalía de Temuco",
    )
    _packet, assessment = analyze(tmp_path, text)
    assert PROTEST not in rule_codes(assessment)


OCCUPATION = (
    "DIFUSIÓN. Persona: RIQUELME, Julián, nacido el 3/03/2001.\n"
    "Hechos: el 12 de octubre de 2024 el requerido rompió cuatro computadoras durante la"
    " ocupación del rectorado por los estudiantes de la universidad.\n"
    "Cargos: daño agravado. Pena: cuatro años.\n"
)


def test_students_occupying_the_rectorate_are_an_assembly(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, OCCUPATION)
    assert PROTEST in rule_codes(assessment)


def test_occupying_a_house_is_no_assembly(tmp_path: Path) -> None:
    text = OCCUPATION.replace(
        "ocupación del rectorado por los estudiantes de la universidad",
        "ocupación de la vivienda de su vecino",
    )
    _packet, assessment = analyze(tmp_path, text)
    assert PROTEST not in rule_codes(assessment)


# ------------------------------------------------ villages named by a minority

VILLAGES = (
    "نشرة حمراء\n"
    "الاسم: سالم فاضل الكريمي، مواليد 1970.\n"
    "التهمة: تزوير محرر رسمي. العقوبة: السجن عشر سنوات.\n"
    "الوقائع: في 2019 قدم المتهم سند تمليك لقطعة زراعية لا يطابق القيد الأصلي.\n"
    "رسالة الجمعية: السيد الكريمي من أبناء القرى التركمانية جنوب المدينة، ويملك الأرض منذ"
    " 1980.\n"
)


def test_owners_from_villages_named_by_a_minority_are_of_it(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, VILLAGES)
    assert ETHNIC in rule_codes(assessment)


def test_owners_from_neighbouring_villages_are_of_no_minority(tmp_path: Path) -> None:
    text = VILLAGES.replace("القرى التركمانية", "القرى المجاورة")
    _packet, assessment = analyze(tmp_path, text)
    assert ETHNIC not in rule_codes(assessment)


# ------------------------------------------------ a state party told in the sentence before

STATE_OWNER = (
    "Letter from counsel.\n"
    "Northern Bridge Works Corporation is wholly owned by the provincial People's Committee."
    " In 2021 it stopped all payments to Lam Phat Construction, alleging defects, and Lam Phat"
    " sued for the unpaid sums.\n"
)
NOTICE = (
    "Diffusion. Subject: LAM Van Duc, born 3/04/1970.\n"
    "Charge: fraudulent appropriation of property. Maximum penalty: life imprisonment.\n"
    "Facts: in 2020 the subject, director of Lam Phat Construction, submitted acceptance records"
    " for works not completed and received advance payments from Northern Bridge Works"
    " Corporation.\n"
)


def test_a_pronoun_for_a_state_party_described_before_stops_paying(tmp_path: Path) -> None:
    _packet, assessment = packet(
        tmp_path, {"notice.txt": ("diffusion", NOTICE), "letter.txt": ("other", STATE_OWNER)},
        "VN",
    )
    assert BUSINESS in rule_codes(assessment)


def test_a_pronoun_for_a_private_owner_described_before_is_no_state_party(
    tmp_path: Path,
) -> None:
    letter = STATE_OWNER.replace(
        "is wholly owned by the provincial People's Committee", "is wholly owned by Mr Hoang"
    )
    _packet, assessment = packet(
        tmp_path, {"notice.txt": ("diffusion", NOTICE), "letter.txt": ("other", letter)}, "VN"
    )
    assert BUSINESS not in rule_codes(assessment)


# ------------------------------------------------ a close relative of a former governor

RELATIVE = (
    "DIFUSIÓN. Requerido: PAREDES, Hugo, nacido el 1/01/1980.\n"
    "Hechos: el 3 de mayo de 2023 el requerido y dos personas armadas se llevaron 90 cabezas de"
    " ganado de la estancia Las Palmas.\n"
    "Delito: robo agravado. Pena: quince años.\n"
    "Memorial de la defensa: el señor Paredes es hermano menor de quien fue gobernador del"
    " departamento hasta 2021.\n"
)


def test_the_brother_of_a_former_governor_is_read(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, RELATIVE)
    assert OPPOSITION in rule_codes(assessment)


def test_the_brother_of_a_former_partner_is_not_read(tmp_path: Path) -> None:
    text = RELATIVE.replace("de quien fue gobernador del departamento", "de quien fue su socio")
    _packet, assessment = analyze(tmp_path, text)
    assert OPPOSITION not in rule_codes(assessment)


# ------------------------------------------------ a court that ordered a state institute to pay

RULING = (
    "NOTIFICACIÓN ROJA\n"
    "Persona buscada: MEJÍA, Rosa, nacida el 1/01/1960.\n"
    "Resumen: en 2018 la requerida depositó ante el instituto de pensiones una certificación de"
    " servicio falsa. La denuncia fue presentada por la Consultoría Jurídica del instituto el 3"
    " de marzo de 2025.\n"
    "Cargos: falsedad en escritura pública. Pena: diez años.\n"
    "Orden: orden de arresto del Juzgado de Atención Permanente, de 2 de abril de 2025.\n"
)
LETTER = (
    "Carta del abogado, 10 de mayo de 2025.\n"
    "Mi representada reclamó desde 2021 el recálculo de su pensión. El Tribunal Superior"
    " Administrativo falló a su favor el 12 de febrero de 2025 y ordenó al instituto pagarle las"
    " diferencias adeudadas.\n"
)


def _ruling(tmp_path: Path, letter: str) -> set[str]:
    _packet, assessment = packet(
        tmp_path, {"notice.txt": ("red-notice", RULING), "letter.txt": ("other", letter)}, "DO"
    )
    return rule_codes(assessment)


def test_a_complaint_weeks_after_a_court_ordered_the_institute_to_pay(tmp_path: Path) -> None:
    assert TIMING in _ruling(tmp_path, LETTER)


def test_a_court_that_ordered_the_claimant_to_repay_is_no_won_claim(tmp_path: Path) -> None:
    letter = LETTER.replace(
        "falló a su favor el 12 de febrero de 2025 y ordenó al instituto pagarle las",
        "falló en su contra el 12 de febrero de 2025 y le ordenó devolver las",
    )
    assert TIMING not in _ruling(tmp_path, letter)


# ------------------------------------------------ death sentences a defender monitors

MONITOR = (
    "تعميم بحث\n"
    "المطلوب: ناصر كريم داد، مواليد 1985.\n"
    "التهم: البغي. العقوبة: الإعدام.\n"
    "مقتطف من تقرير منظمة: المطلوب متطوع منذ 2017 في رصد أحكام الإعدام في الإقليم ويرسل"
    " توثيقه إلى منظمات دولية.\n"
)


def test_monitoring_death_sentences_is_a_defenders_work(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, MONITOR)
    assert DEFENDER in rule_codes(assessment)


def test_monitoring_fuel_prices_is_no_defenders_work(tmp_path: Path) -> None:
    text = MONITOR.replace("رصد أحكام الإعدام", "رصد أسعار الوقود").replace(
        "ويرسل توثيقه إلى منظمات دولية", "ويرسل جداوله إلى التجار"
    )
    _packet, assessment = analyze(tmp_path, text)
    assert DEFENDER not in rule_codes(assessment)


# ------------------------------------------------ electric shocks told with a verb

SHOCKS = (
    "تعميم بحث\n"
    "المطلوب: ناصر كريم داد، مواليد 1985.\n"
    "التهم: السرقة. العقوبة: السجن خمس سنوات.\n"
    "الاعتراف الوحيد في الملف لابن أخيه، وقد أخبر عائلته لاحقا بأنه أدلى به بعد صعقه"
    " بالكهرباء.\n"
)


def test_a_confession_after_electric_shocks_is_coerced(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, SHOCKS)
    assert COERCED in rule_codes(assessment)


def test_a_confession_after_a_night_of_questioning_is_not_read(tmp_path: Path) -> None:
    text = SHOCKS.replace("بعد صعقه بالكهرباء", "بعد ليلة من الاستجواب")
    _packet, assessment = analyze(tmp_path, text)
    assert COERCED not in rule_codes(assessment)
