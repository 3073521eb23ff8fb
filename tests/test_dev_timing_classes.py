"""Behaviour tests for the political-timing classes the dev cases exposed: signs the engine
missed, each fixed by a lexicon entry, with a counterpart that must still read the other way.

Each text is fictional and written for the test; none is taken from a case file.
"""

from __future__ import annotations

from pathlib import Path

from tests.test_flags import analyze, codes

TIMING = "misuse.political-timing"

# ---------------------------------------------------------------- a dated march, uprising or ban

MARCH_CALLED = (
    "Nom : KALONJI   Prénom : Aimé\n"
    "Exposé des faits : Le 5 mars 2019, le nommé KALONJI a diffusé un communiqué appelant la"
    " population à marcher le 12 mars 2019 pour exiger la libération des détenus.\n"
    "Infractions : incitation à la désobéissance civile.\n"
    "Mandat d'arrêt provisoire n° 0031/2019 du procureur de la République, en date du"
    " 15 mars 2019.\n"
)

UPRISING_JOINED = (
    "Persona buscada: QUINTERO SALAS, Ramón Elías, nacido el 3/4/1988.\n"
    "Hechos: El 2 de junio de 2020, en horas de la noche, el acusado abandonó su cuartel y se"
    " sumó a la insurrección armada convocada por oficiales disidentes.\n"
    "Delitos: rebelión militar.\n"
    "Orden de aprehensión: Tribunal Militar Segundo de Control, de 09/06/2020.\n"
)

BODY_REMOVED = (
    "Persona buscada: QUINTERO SALAS, Ramón Elías, nacido el 3/4/1988.\n"
    "Hechos: El 2 de junio de 2020 el acusado disparó contra su vecino; esa misma noche la"
    " fiscalía practicó el levantamiento del cadáver y el alzamiento de bienes fue descartado.\n"
    "Delitos: homicidio calificado.\n"
    "Orden de aprehensión: Juzgado Segundo de Control, de 09/06/2020.\n"
)

PARTY_DISSOLVED = (
    "Nom : NDIAYE. Prénoms : Cheikh.\n"
    "Exposé des faits : Le nommé NDIAYE, secrétaire d'un parti politique dissous par décret"
    " du 2 mai 2022, a publié des messages appelant les militants à la résistance.\n"
    "Infractions : appel à la rébellion.\n"
    "Mandat d'arrêt n° 12/2022 du 20 mai 2022, juge d'instruction du tribunal de Thiès.\n"
)


def test_a_march_called_for_a_date_is_a_political_event(tmp_path: Path) -> None:
    """"appelant la population à marcher le 12 mars" dates a march: a warrant three days later
    is proceedings right after a political event."""
    _packet, assessment = analyze(tmp_path, MARCH_CALLED)
    assert TIMING in codes(assessment)


def test_a_dated_armed_insurrection_is_a_political_event(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, UPRISING_JOINED)
    assert TIMING in codes(assessment)


def test_a_party_dissolved_by_decree_is_a_dated_political_event(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, PARTY_DISSOLVED)
    assert TIMING in codes(assessment)


def test_removing_a_body_is_no_uprising(tmp_path: Path) -> None:
    """"levantamiento del cadáver" and "alzamiento de bienes" name no uprising: a warrant a
    week after a killing is an ordinary case."""
    _packet, assessment = analyze(tmp_path, BODY_REMOVED)
    assert TIMING not in codes(assessment)


# ---------------------------------------------------------- exceptional measures, events of a day

AFTER_MEASURES = """ملخص الوقائع: إثر التدابير الاستثنائية المعلنة في 10 مارس 2020، عقد المطلوب
اجتماعات مع قياديين في أحزاب معارضة بهدف تغيير هيئة الدولة.
التهمة: التآمر على أمن الدولة الداخلي.
"""

AFTER_EVENTS_OF_A_DAY = """ملخص الوقائع: بناء على بلاغات قدمت عقب أحداث الثامن من مارس 2012
ضد عدد من المسؤولين السابقين، تبين أن المتهم خصص سيارات الدولة لاستعماله الشخصي.
التهمة: الإضرار العمدي بالمال العام.
"""

AFTER_THE_FACTS = """ملخص الوقائع: عقب الواقعة التي حدثت في الثامن من مارس 2012 فر المتهم
إلى الخارج بعد أن طعن المجني عليه بسكين.
التهمة: الشروع في القتل.
"""


def test_proceedings_after_exceptional_measures_are_timed(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, AFTER_MEASURES)
    assert TIMING in codes(assessment)


def test_complaints_after_the_events_of_a_named_day_are_timed(tmp_path: Path) -> None:
    """"عقب أحداث الثامن من مارس" names a political upheaval by its day."""
    _packet, assessment = analyze(tmp_path, AFTER_EVENTS_OF_A_DAY)
    assert TIMING in codes(assessment)


def test_flight_after_the_crime_of_a_day_is_not_timed(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, AFTER_THE_FACTS)
    assert TIMING not in codes(assessment)


# ---------------------------------------------------------------- public opposition

PUBLICLY_OPPOSED = (
    "Subject: HASSAN, Omar Ali, born 4 May 1960.\n"
    "Facts: the subject was charged with financing attacks in 2015, months after he publicly"
    " opposed the constitutional amendment allowing a third presidential term.\n"
    "Charge: financing of terrorism.\n"
)

OPPOSED_A_SALE = (
    "Subject: HASSAN, Omar Ali, born 4 May 1960.\n"
    "Facts: the subject, who had opposed the sale of the family land, struck his brother with"
    " an iron bar on 3 May 2015.\n"
    "Charge: grievous bodily harm.\n"
)


def test_a_charge_after_public_opposition_is_timed(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, PUBLICLY_OPPOSED)
    assert TIMING in codes(assessment)


def test_opposing_a_family_sale_is_no_public_act(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, OPPOSED_A_SALE)
    assert TIMING not in codes(assessment)


# ---------------------------------------------------------- a dated broadcast, reports on a subject

BROADCAST_THEN_COMPLAINT = (
    "Name: RAHMAN, Anisur, born 02-03-1979.\n"
    "Summary of case: On 3 March 2022 a foreign television channel broadcast a programme in"
    " which the accused made false statements about the Prime Minister.\n"
    "Offences: publication of defamatory information.\n"
    "Warrant: Cyber Tribunal, dated 21 March 2022.\n"
)

BROADCAST_LONG_BEFORE = BROADCAST_THEN_COMPLAINT.replace("21 March 2022", "21 March 2023")

REPORTS_THEN_ARREST = (
    "Surname: MOYO  Forenames: Tapiwa  DOB: 01.02.1975\n"
    "Charge: incitement to public violence.\n"
    "Press summary: the arrest came two weeks after Moyo's reports on a rigged fuel tender.\n"
)

POLICE_REPORTS = (
    "Surname: MOYO  Forenames: Tapiwa  DOB: 01.02.1975\n"
    "Charge: theft of a motor vehicle.\n"
    "Facts: the arrest came two weeks after the police reports on the stolen vehicle.\n"
)


def test_a_charge_days_after_a_dated_broadcast_is_timed(tmp_path: Path) -> None:
    """The subject's programme broadcast on a named day, a warrant eighteen days later."""
    _packet, assessment = analyze(tmp_path, BROADCAST_THEN_COMPLAINT)
    assert TIMING in codes(assessment)


def test_a_warrant_a_year_after_a_broadcast_is_not_timed(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, BROADCAST_LONG_BEFORE)
    assert TIMING not in codes(assessment)


def test_an_arrest_after_the_subjects_reports_is_timed(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, REPORTS_THEN_ARREST)
    assert TIMING in codes(assessment)


def test_an_arrest_after_police_reports_is_not_timed(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, POLICE_REPORTS)
    assert TIMING not in codes(assessment)
