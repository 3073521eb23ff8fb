"""Behaviour tests for the classes the French b5 development cases exposed.

Each text is fictional and written for the test; none is taken from a case file.
"""

from __future__ import annotations

from pathlib import Path

from tests.test_flags import analyze, codes, held

PARALLEL_CIVIL_SUIT = """Exposé des faits
Sur plainte d'un collectionneur, il est reproché à l'intéressé, Bertrand LOMBARD, antiquaire
à Lyon, d'avoir vendu à ce client entre 2016 et 2019 douze meubles anciens à un prix supérieur
à celui convenu entre eux. Le différend fait aussi l'objet de procédures civiles parallèles
devant le tribunal de commerce de Lyon, et les parties ont engagé des pourparlers en vue d'un
règlement amiable.
Qualifications : escroquerie. Textes : article 313-1 du Code pénal. Peine encourue : 5 ans
d'emprisonnement. Mandat d'arrêt délivré le 4 mai 2020 par un juge d'instruction de Lyon.
"""

PARALLEL_CIVIL_SUIT_ES = """Resumen de los hechos
Según la denuncia de un cliente, el reclamado, Ramón ESTEVE, vendió entre 2017 y 2019 varios
caballos de carreras a un precio superior al pactado entre ambos. El mismo importe se reclama
en un juicio civil paralelo y las partes mantienen negociaciones para un acuerdo extrajudicial.
Delito: estafa, artículo 248 del Código Penal. Pena: 3 años de prisión. Orden de detención
dictada el 2 de marzo de 2021 por el Juzgado de Instrucción n.º 4 de Valencia.
"""


def test_parallel_civil_suit_and_settlement_talks_are_a_private_dispute(tmp_path: Path) -> None:
    for text in (PARALLEL_CIVIL_SUIT, PARALLEL_CIVIL_SUIT_ES):
        _packet, assessment = analyze(tmp_path, text)
        assert "offense.administrative-private" in codes(assessment)


SETTLEMENT_WITH_THE_STATE = """Exposé des faits
L'intéressé, Joël MARTIN, gérant d'une société de travaux, est poursuivi pour escroquerie au
préjudice de l'État ; des pourparlers en vue d'un règlement amiable avec l'État sont en cours.
Qualifications : escroquerie. Peine encourue : 5 ans d'emprisonnement. Mandat d'arrêt délivré
le 2 février 2021 par un juge d'instruction de Nantes.
"""


def test_settlement_talks_with_the_state_are_not_a_private_dispute(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, SETTLEMENT_WITH_THE_STATE)
    assert "offense.administrative-private" not in codes(assessment)


DESERTION_BESIDE_MURDER = """Résumé des faits
Le 3 mars 2012, à Bouar, l'intéressé, Firmin NGAKOLA, caporal de l'armée, a abattu un
commerçant à la suite d'une dispute puis a quitté sa caserne sans autorisation.
Préventions : assassinat ; désertion.
Textes : Code pénal, art. 51 ; Code de justice militaire, art. 30.
Mandat d'arrêt délivré le 9 avril 2012 par le tribunal militaire permanent de Bangui.
"""

DESERTION_ALONE = """Résumé des faits
Le 3 mars 2012, l'intéressé, Firmin NGAKOLA, caporal de l'armée, a quitté sa caserne de Bouar
sans autorisation et n'a pas rejoint son unité depuis.
Préventions : désertion.
Textes : Code de justice militaire, art. 30.
Mandat d'arrêt délivré le 9 avril 2012 par le tribunal militaire permanent de Bangui.
"""


def test_desertion_beside_a_murder_is_ancillary(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, DESERTION_BESIDE_MURDER)
    assert "article3.military" not in codes(assessment)
    assert "article3.military" in held(assessment)
    _packet, assessment = analyze(tmp_path, DESERTION_ALONE)
    assert "article3.military" in codes(assessment)


PROTECTION_FOR_A_PEOPLE = """Exposé des faits
L'intéressé, Salem OUAZANI, président d'une association locale, a diffusé des vidéos accusant
la gendarmerie de brutalités et réclamant une protection internationale pour la population de
sa région. Qualifications : outrage à corps constitué. Peine encourue : 2 ans d'emprisonnement.
Mandat d'arrêt délivré le 3 mai 2016 par le juge d'instruction près le tribunal de Béjaïa.
"""


def test_international_protection_demanded_for_a_people_is_no_asylum(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, PROTECTION_FOR_A_PEOPLE)
    assert "misuse.refugee-asylum" not in codes(assessment)


DAY_OF_CIVIL_DISOBEDIENCE = """Faits
Le 14 mars 2021, au lendemain d'une journée de désobéissance civile à l'appel de syndicats,
l'intéressé, Issa DIALLO, agent de douane, a détourné deux camions de marchandises saisies au
poste de Kidira et les a revendus.
Qualifications : détournement de biens publics ; vol. Peine encourue : 10 ans d'emprisonnement.
Mandat d'arrêt délivré le 2 avril 2021 par le juge d'instruction de Tambacounda.
"""


def test_a_day_of_civil_disobedience_is_the_setting_not_a_speech_charge(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, DAY_OF_CIVIL_DISOBEDIENCE)
    assert "misuse.speech-offense" not in codes(assessment)
