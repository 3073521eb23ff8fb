"""Boilerplate facts (compliance.vague-facts) and the judicial data they leave out
(compliance.judicial-data): classes found on the development cases in round s38.

Every text is fictional and written for these tests (no evaluation case text).
"""

from __future__ import annotations

from pathlib import Path

from tests.test_flags import analyze, rule_codes

TAIL = """Charge: fraud on an especially large scale, Article 190 part 4 of the Criminal Code.
Maximum penalty: 10 years' imprisonment.
Warrant: decision of the District Court on detention, No. 1-772/24, dated 5 March 2024.
"""

PLACED_UNNAMED = """Summary of facts for a Red Notice request.
Subject: TOLKUNOV, Arkady Petrovich, born 02.03.1979.
In the period 2020-2022 in the city of Karaganda, the subject, acting by prior agreement
with persons whose identities have not been established, using deception and abuse of
trust, took possession of the funds of citizens, causing them material damage.
""" + TAIL

UNPLACED_UNNAMED = """Summary of facts for a Red Notice request.
Subject: TOLKUNOV, Arkady Petrovich, born 02.03.1979.
The subject, acting by prior agreement with persons whose identities have not been
established, using deception and abuse of trust, took possession of the funds of
citizens on the territory of the Republic, causing them material damage.
""" + TAIL


def test_unnamed_accomplices_in_a_dated_named_city_are_vague_facts_alone(
    tmp_path: Path,
) -> None:
    """The year and the city give the time and place Art. 83(2)(b) asks for: the others
    left unnamed make the facts vague, not the judicial data incomplete."""
    _packet, assessment = analyze(tmp_path, PLACED_UNNAMED)
    found = rule_codes(assessment)
    assert "compliance.vague-facts" in found
    assert "compliance.judicial-data" not in found
    assert assessment.level == "review-needed"


def test_unnamed_accomplices_with_no_time_or_locality_lack_judicial_data(
    tmp_path: Path,
) -> None:
    _packet, assessment = analyze(tmp_path, UNPLACED_UNNAMED)
    found = rule_codes(assessment)
    assert {"compliance.vague-facts", "compliance.judicial-data"} <= found


BEING_ESTABLISHED = """RED NOTICE REQUEST. Summary of facts.
Subject: ZHUKOVETS, Pavel Ivanovich, born 4 May 1970.
In the period 2018-2020, in the territory of Grodno region, the subject, acting in a group
of persons by prior agreement with other officials whose identities are being established,
using his official powers, committed the embezzlement of property entrusted to him.
Charge: embezzlement, Article 210(4) of the Criminal Code.
Penalty: deprivation of liberty from six to fifteen years.
Arrest: decision on remand in custody, 4 March 2024, criminal case no. 23101249911.
"""

NAMED_OFFICIALS = BEING_ESTABLISHED.replace(
    "with other officials whose identities are being established",
    "with the chief accountant Olga MARTSINKEVICH",
).replace(
    "committed the embezzlement of property entrusted to him.",
    "on 14 June 2019 transferred 412,000 roubles of the plant to the account of a firm he "
    "controlled under a forged supply contract No. 17/06.",
)


def test_accomplices_whose_identities_are_being_established_are_vague_facts(
    tmp_path: Path,
) -> None:
    _packet, assessment = analyze(tmp_path, BEING_ESTABLISHED)
    assert "compliance.vague-facts" in rule_codes(assessment)
    assert assessment.level == "review-needed"


def test_a_named_accomplice_and_a_dated_transfer_are_not_vague(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, NAMED_OFFICIALS)
    assert "compliance.vague-facts" not in rule_codes(assessment)


ANDEAN_STRUCTURE = """NOTIFICACIÓN ROJA - RESUMEN DE LOS HECHOS
Requerido: Marco Tulio QUIROGA SALAS, nacido el 08/08/1985.
Se atribuye al requerido formar parte de una organización criminal que habría perpetrado
hechos delictivos en agravio de múltiples personas naturales y jurídicas, conforme se
desprende de las diligencias de investigación.
Delito: organización criminal. Norma: artículo 317 del Código Penal.
Pena: no menor de ocho ni mayor de quince años de pena privativa de libertad.
Mandato: orden de detención del Juzgado de Investigación Preparatoria, 2 de mayo de 2024.
"""

ANDEAN_CONCRETE = ANDEAN_STRUCTURE.replace(
    "habría perpetrado\nhechos delictivos en agravio de múltiples personas naturales y jurídicas",
    "el 3 de\nfebrero de 2023, en el distrito de Comas, cobró 9.000 soles a la empresa "
    "Textiles Ruiz",
)


def test_victims_named_only_as_natural_and_legal_persons_are_vague(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, ANDEAN_STRUCTURE)
    assert "compliance.vague-facts" in rule_codes(assessment)
    assert assessment.level == "review-needed"


def test_a_named_victim_company_is_not_vague(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, ANDEAN_CONCRETE)
    assert "compliance.vague-facts" not in rule_codes(assessment)


NATIONWIDE = """DIFFUSION - personne recherchée
Nom : ISSAKA Moussa ; né le 1er mars 1975.
Exposé des faits : il ressort de l'enquête que le nommé ISSAKA Moussa s'est rendu coupable,
courant 2018 à 2021, sur l'étendue du territoire national, de faits de détournement de deniers
publics, en concert avec d'autres personnes, au préjudice de l'État.
Qualifications : détournement de deniers publics. Textes : article 121 du Code pénal.
Peine encourue : dix à vingt ans d'emprisonnement.
Mandat : mandat d'arrêt n° 0311/2023 du juge d'instruction, du 2 juin 2023.
"""


def test_a_nationwide_formula_with_unnamed_others_is_vague(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, NATIONWIDE)
    assert "compliance.vague-facts" in rule_codes(assessment)
    assert assessment.level == "review-needed"
