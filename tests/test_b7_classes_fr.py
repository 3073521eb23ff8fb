"""Behaviour tests for the classes the French b7 development cases exposed.

Each text is fictional and written for the test; none is taken from a case file.
"""

from __future__ import annotations

from pathlib import Path

from tests.test_flags import analyze, codes, held

CONDITIONAL_NETWORK = """Exposé des faits
Le nommé TRAORÉ Adama est recherché pour trafic de stupéfiants. Selon les renseignements
recueillis, l'intéressé serait impliqué dans un réseau opérant dans la sous-région et aurait
acquis des biens avec les revenus tirés de ce trafic.
Infraction : trafic de stupéfiants, article 12 de la loi sur les stupéfiants.
Peine encourue : 10 ans d'emprisonnement. Mandat d'arrêt n° 22/114 du 3 mars 2022.
"""

CONDITIONAL_NETWORK_ES = """Resumen de los hechos
Se busca a Pedro LUGO por tráfico de estupefacientes. Según la información recabada, estaría
implicado en una red que opera en la región y habría invertido las ganancias en inmuebles.
Delito: tráfico de estupefacientes, artículo 376 del Código Penal. Pena: 10 años de prisión.
Orden de captura del Juzgado 2 Penal del 3 de marzo de 2022.
"""


def test_network_membership_told_only_in_the_conditional_is_vague(tmp_path: Path) -> None:
    for text in (CONDITIONAL_NETWORK, CONDITIONAL_NETWORK_ES):
        _packet, assessment = analyze(tmp_path, text)
        assert "compliance.vague-facts" in codes(assessment), text[:40]


DEFAULT_WITH_LAW_RETRIAL = """Arrêt de la cour d'assises du 4 juin 2021 (extrait)
L'accusé MOREL Jean, né le 2 mars 1980, a été jugé par défaut pour meurtre (article 221-1 du
code pénal) commis le 3 janvier 2019 à Lyon, où il a tué son associé de trois coups de couteau.
La cour le condamne à vingt ans de réclusion criminelle et décerne mandat d'arrêt.
Si l'accusé est arrêté avant la prescription de la peine, l'arrêt sera non avenu dans toutes
ses dispositions et il sera procédé à un nouvel examen de l'affaire.
"""


def test_a_judgment_by_default_the_law_voids_on_arrest_is_held_back(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, DEFAULT_WITH_LAW_RETRIAL)
    assert "misuse.in-absentia" not in codes(assessment)


ATTEMPT_AT_A_RALLY = """Faits
Le 4 avril 2019 à Nantes, en marge d'un rassemblement contre la police, MARTIN Luc a frappé un
policier à la tête avec une barre de fer et l'a projeté au sol ; le policier a subi une fracture
du crâne et une incapacité totale de travail de 45 jours.
Qualification : tentative d'homicide volontaire sur personne dépositaire de l'autorité publique,
articles 221-1 et 221-4 du code pénal. Peine encourue : réclusion criminelle à perpétuité.
Mandat d'arrêt du juge d'instruction de Nantes du 2 mai 2019.
"""


def test_an_attempt_on_a_life_at_a_rally_is_not_the_subjects_assembly(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, ATTEMPT_AT_A_RALLY)
    assert "misuse.protest-assembly" not in codes(assessment)
    assert "misuse.protest-assembly" in held(assessment)


LEADER_INSTRUCTION = """Faits
Suite aux instructions du Président de la République du 2 février 2023 relatives aux
associations, la brigade financière a examiné les comptes de l'association « Voix Libres »,
dont le nommé HAMDI Sami est le secrétaire général.
Infraction : réception de financements étrangers non déclarés, article 41 du décret-loi sur
les associations. Peine encourue : 5 ans d'emprisonnement. Mandat d'amener du 9 février 2023.
"""

LEADER_INSTRUCTION_ES = """Hechos
Tras el discurso del presidente del 2 de febrero de 2023 sobre las organizaciones financiadas
desde el exterior, la fiscalía abrió una investigación contra Sami HAMDI, director de la
fundación «Voces Libres», por recepción de financiamiento extranjero no declarado.
Pena: 5 años de prisión. Orden de captura del 9 de febrero de 2023.
"""


def test_proceedings_opened_on_the_head_of_states_instructions(tmp_path: Path) -> None:
    for text in (LEADER_INSTRUCTION, LEADER_INSTRUCTION_ES):
        _packet, assessment = analyze(tmp_path, text)
        assert "misuse.political-timing" in codes(assessment), text[:40]
    _packet, assessment = analyze(tmp_path, LEADER_INSTRUCTION)
    assert "offense.administrative-private" in codes(assessment)


RIGHTS_OF_BLACK_CITIZENS = """Faits
Le nommé MABROUK Ali, trésorier d'une association défendant les droits des Tunisiens noirs,
est poursuivi pour avoir organisé le 12 mars 2023 à Sfax une réunion sans autorisation.
Infraction : réunion non autorisée. Peine encourue : 6 mois d'emprisonnement.
"""


def test_an_association_defending_the_rights_of_black_citizens(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, RIGHTS_OF_BLACK_CITIZENS)
    found = codes(assessment)
    assert "misuse.human-rights-defender" in found
    assert "misuse.ethnic-minority" in found


SUSPENDED_IN_FULL = """Diffusion : personne recherchée en vue de l'exécution d'une peine
Faits : le 3 mai 2015 à Namur, DUBOIS Marc, comptable, a détourné 12 000 euros de la caisse de
son employeur et remis les relevés à un journaliste.
Infraction : abus de confiance, article 491 du Code pénal.
Peine prononcée : huit mois d'emprisonnement avec sursis intégral.
Décision : jugement du tribunal correctionnel de Namur du 10 octobre 2016.
"""

SUSPENDED_IN_FULL_EN = """Diffusion: wanted to serve a sentence
Facts: on 3 May 2015 in Leeds, Mark DUBOIS, an accountant, embezzled GBP 12,000 from his employer.
Offence: theft by an employee, section 1 of the Theft Act 1968.
Sentence imposed: ten months' imprisonment, suspended in full.
Decision: judgment of Leeds Crown Court of 10 October 2016.
"""


def test_a_sentence_suspended_in_full_leaves_nothing_to_serve(tmp_path: Path) -> None:
    for text in (SUSPENDED_IN_FULL, SUSPENDED_IN_FULL_EN):
        _packet, assessment = analyze(tmp_path, text)
        assert "compliance.penalty-threshold" in codes(assessment), text[:40]
    _packet, assessment = analyze(tmp_path, SUSPENDED_IN_FULL)
    assert "misuse.journalist-media" not in codes(assessment)
