"""Behaviour tests for the timing and vague-facts classes the b12 development cases exposed,
each with a counterpart that must still read the other way.

Each text is fictional and written for the test; none is taken from a case file.
"""

from __future__ import annotations

from pathlib import Path

from tests.test_flags import analyze, codes, held

# ---------------------------------------------------------------- an opposition primary

AFTER_PRIMARY = (
    "Exposición de los hechos: el ciudadano PÉREZ LUGO, Andrés Felipe, exconcejal, participó "
    "en la organización de las primarias opositoras del 8 de septiembre de 2024 en el estado "
    "Lara, declaradas fraudulentas por el Consejo Nacional Electoral.\n"
    "Delitos: usurpación de funciones (art. 213 CP); asociación (art. 37 de la ley).\n"
    "Orden de aprehensión: Tribunal Tercero de Control del Estado Lara, 13 de septiembre de "
    "2024.\n"
)

LONG_AFTER_PRIMARY = AFTER_PRIMARY.replace("13 de septiembre de 2024", "20 de mayo de 2026")


def test_warrant_days_after_an_opposition_primary_is_timing(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, AFTER_PRIMARY)
    assert "misuse.political-timing" in codes(assessment)


def test_warrant_long_after_the_primary_is_no_timing(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, LONG_AFTER_PRIMARY)
    assert "misuse.political-timing" not in codes(assessment)


# ---------------------------------------------------------------- stereotyped fraud facts

STEREOTYPED = (
    "Exposé des faits : le nommé AMOUZOU Kossi Edem est membre d'un réseau criminel "
    "spécialisé dans l'escroquerie. De concert avec ses complices, il s'est livré à diverses "
    "opérations frauduleuses qui ont causé un préjudice considérable à de nombreuses victimes.\n"
    "Qualifications : escroquerie ; association de malfaiteurs.\n"
)

CONCRETE = (
    "Exposé des faits : le 4 mars 2022 à Kara, le nommé AMOUZOU Kossi Edem, de concert avec "
    "ses complices, a vendu à M. Tchala un terrain qui ne lui appartenait pas contre 12 millions "
    "de francs CFA, au moyen d'un titre foncier falsifié.\n"
    "Qualifications : escroquerie ; faux en écriture.\n"
)


def test_various_fraudulent_operations_with_considerable_harm_are_vague(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, STEREOTYPED)
    assert "compliance.vague-facts" in codes(assessment)


def test_accomplices_beside_a_concrete_sale_are_not_vague(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, CONCRETE)
    assert "compliance.vague-facts" not in codes(assessment)


# ---------------------------------------------------------------- a report's author

NGO_REPORT = (
    "Comité de Defensa de los Derechos Humanos del Caribe\n"
    "Nota informativa n.º 12/2024 - 3 de junio de 2024\n\n"
    "El 28 de mayo de 2024 la Policía anunció que el empresario Rafael ORTEGA SOLÍS era "
    "investigado por estafa. Su familia niega los hechos.\n"
)

FOUNDER = (
    "Nota informativa n.º 12/2024 - 3 de junio de 2024\n\n"
    "Rafael ORTEGA SOLÍS, fundador del Comité de Defensa de los Derechos Humanos del Caribe, "
    "es investigado por estafa desde el 28 de mayo de 2024.\n"
)


def test_an_ngo_named_in_its_reports_heading_is_no_status_of_the_subject(
    tmp_path: Path,
) -> None:
    _packet, assessment = analyze(tmp_path, NGO_REPORT, name="nota.txt")
    assert "misuse.human-rights-defender" not in codes(assessment)
    assert "misuse.human-rights-defender" in held(assessment)


def test_the_subject_founding_that_ngo_is_still_a_defender(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, FOUNDER, name="nota.txt")
    assert "misuse.human-rights-defender" in codes(assessment)


# ---------------------------------------------------------------- party work told as a past act

CANDIDATE = (
    "Summary of facts: the suspect is the Southern Youth Organiser of a registered political "
    "party and was a candidate in the Bo District Council elections of June 2023. On 2 August "
    "2023 he posted messages calling the results stolen.\n"
    "Charge: sending offensive messages by means of a computer system.\n"
)

STAFF = (
    "Summary of facts: the suspect is a youth football coach in Bo. On 2 August 2023 he posted "
    "messages threatening a referee with death.\n"
    "Charge: sending threatening messages by means of a computer system.\n"
)


def test_a_party_youth_organiser_and_council_candidate_is_party_work(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, CANDIDATE)
    assert "misuse.political-opposition" in codes(assessment)


def test_a_youth_coach_is_no_party_work(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, STAFF)
    assert "misuse.political-opposition" not in codes(assessment)


# ---------------------------------------------------------------- defenders told by their work

LEGAL_AID = (
    "Hechos: desde 2015 la acusada dirigió en su domicilio una oficina no inscrita donde "
    "brindaba asesoría jurídica gratuita a familiares de presos y elaboraba informes sobre la "
    "situación de las personas privadas de libertad.\n"
    "Delito: actividades económicas ilícitas (artículo 228 del Código Penal).\n"
)

PAID_ADVICE = (
    "Hechos: desde 2015 la acusada cobró a once clientes honorarios por trámites de residencia "
    "que nunca presentó, por un total de 9.000 dólares.\n"
    "Delito: estafa (artículo 334 del Código Penal).\n"
)


def test_free_legal_advice_and_reports_on_detainees_are_a_defenders_work(
    tmp_path: Path,
) -> None:
    _packet, assessment = analyze(tmp_path, LEGAL_AID)
    assert "misuse.human-rights-defender" in codes(assessment)


def test_a_paid_paperwork_fraud_is_no_defenders_work(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, PAID_ADVICE)
    assert "misuse.human-rights-defender" not in codes(assessment)


# ------------------------------------------------------- "entretien": upkeep, not interview

MAINTENANCE_ORDER = (
    "Exposé des faits : par ordonnance du 14 mars 2022, le tribunal, statuant sur la garde et "
    "l'entretien des enfants à la suite de la séparation des époux, a condamné le sieur MBIDA "
    "Paul à verser une contribution mensuelle de 150 000 francs. Il n'a rien versé depuis.\n"
    "Qualification : défaut de paiement de la contribution fixée par décision de justice.\n"
)

INTERVIEW = (
    "Exposé des faits : le 2 mars 2022, le sieur MBIDA Paul, opposant, a accordé un entretien "
    "à une radio étrangère. Une information judiciaire a été ouverte contre lui à la suite de "
    "cet entretien, pour outrage au chef de l'État.\n"
)


def test_a_maintenance_order_is_no_interview_and_is_a_family_matter(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, MAINTENANCE_ORDER)
    found = codes(assessment)
    assert "misuse.political-timing" not in found
    assert "offense.family-private" in found


def test_proceedings_after_an_interview_are_still_timing(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, INTERVIEW)
    assert "misuse.political-timing" in codes(assessment)


# ---------------------------------------------------------------- a contested customs valuation

VALUATION = (
    "Resumen de los hechos: el 2 de mayo de 2019 el procesado, gerente de una importadora, "
    "declaró un valor en aduana de USD 90.000 por 10 contenedores de cerámica; la aduana fijó "
    "un valor de USD 210.000 y la compañía presentó acción de impugnación ante el Tribunal "
    "Distrital de lo Contencioso Tributario, que sigue en trámite.\n"
    "Delito: defraudación aduanera (artículo 299 del COIP).\n"
)

SMUGGLING_RING = (
    "Resumen de los hechos: entre 2018 y 2020 el procesado dirigió una organización criminal "
    "que introdujo 300 contenedores de mercancía con facturas falsas.\n"
    "Delitos: defraudación aduanera; delincuencia organizada (artículo 369 del COIP).\n"
)


def test_a_customs_valuation_contested_before_the_tax_court_is_weighed(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, VALUATION)
    found = codes(assessment)
    assert "offense.administrative-private" in found
    assert "misuse.business-dispute-state" in found
    assert assessment.level != "no-concerns-found"


def test_customs_fraud_by_an_organised_ring_is_an_ordinary_crime(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, SMUGGLING_RING)
    assert "offense.administrative-private" not in codes(assessment)
