"""Behaviour tests for the classes the French b6 development cases exposed.

Each text is fictional and written for the test; none is taken from a case file.
"""

from __future__ import annotations

from pathlib import Path

from tests.test_flags import analyze, codes, held

EXCLUDED_STATEMENT = """Résumé des faits
Le 3 mars 2021 à Mostar, l'intéressé, Dario KOVAČ, a tué un commerçant de deux coups de
couteau lors d'une dispute. Infraction : meurtre, article 166 du Code pénal. Peine maximale :
vingt ans d'emprisonnement. Mandat : ordonnance du tribunal municipal de Mostar du 2 mai 2021.
Lors de l'audience du 20 mars 2021, son avocat a demandé que la déclaration du 5 mars soit
écartée des débats comme preuve illicite.
"""

EXCLUDED_STATEMENT_ES = """Resumen de los hechos
El 3 de marzo de 2021 en Cali, el reclamado, Darío CUÉLLAR, mató a un comerciante de dos
puñaladas durante una riña. Delito: homicidio, artículo 103 del Código Penal. Pena: 20 años de
prisión. Orden de captura del Juzgado 4 Penal de Cali del 2 de mayo de 2021.
La defensa pidió que la declaración del 5 de marzo fuera excluida como prueba ilícita.
"""

FIRST_PERSON_RETRACTION = """Résumé des faits
Le 3 mars 2021 à Mostar, l'intéressé, Dario KOVAČ, a tué un commerçant de deux coups de
couteau. Infraction : meurtre. Peine maximale : vingt ans d'emprisonnement.
Procès-verbal d'audition : « Je retire la déclaration faite au poste le 4 mars. »
"""


def test_a_statement_the_defence_asks_to_exclude_as_unlawful_evidence(tmp_path: Path) -> None:
    for text in (EXCLUDED_STATEMENT, EXCLUDED_STATEMENT_ES, FIRST_PERSON_RETRACTION):
        _packet, assessment = analyze(tmp_path, text)
        assert "misuse.coerced-evidence" in codes(assessment), text[:60]


REFUGEE_OF_THE_REQUESTER = """OFFICE FÉDÉRAL DE LA POLICE - BCN BERNE
DEMANDE DE NOTICE ROUGE
Pays requérant : Suisse
Nom : HAILE   Prénom : Dawit
Statut en Suisse : réfugié reconnu, domicilié à Lausanne.
Exposé des faits : le 3 mai 2022 à Lausanne, l'intéressé a tué son voisin de trois coups de
couteau. Infraction : meurtre, article 111 du Code pénal suisse. Peine maximale : vingt ans.
Mandat d'arrêt du Ministère public du canton de Vaud du 6 mai 2022.
"""

REFUGEE_ELSEWHERE = REFUGEE_OF_THE_REQUESTER.replace(
    "Statut en Suisse : réfugié reconnu", "Statut en Allemagne : réfugié reconnu"
)


def _packet(tmp_path: Path, name: str, text: str, country: str) -> Path:
    folder = tmp_path / name
    folder.mkdir()
    (folder / "notice.txt").write_text(text, encoding="utf-8")
    (folder / "packet.yaml").write_text(
        f"notice_type: red-notice\nissuing_country: {country}\n", encoding="utf-8"
    )
    return folder


def test_refugee_status_granted_by_the_requesting_country_itself(tmp_path: Path) -> None:
    from pipeline.chain import analyze_path

    _p, assessment = analyze_path(
        _packet(tmp_path, "own", REFUGEE_OF_THE_REQUESTER, "CH"), record=False
    )
    assert "misuse.refugee-asylum" not in codes(assessment)
    assert "requesting country's own" in held(assessment).get("misuse.refugee-asylum", "")
    _p, assessment = analyze_path(
        _packet(tmp_path, "other", REFUGEE_ELSEWHERE, "CH"), record=False
    )
    assert "misuse.refugee-asylum" in codes(assessment)
    # a bare summary that names a country does not say who requests
    _p, assessment = analyze(tmp_path, REFUGEE_OF_THE_REQUESTER.replace(
        "Pays requérant : Suisse\n", ""
    ).replace("OFFICE FÉDÉRAL DE LA POLICE - BCN BERNE\nDEMANDE DE NOTICE ROUGE\n", ""))
    assert "misuse.refugee-asylum" in codes(assessment)


CHAMBER_MEMBER = """Circonstances
Le nommé Oleg VARINE, ancien membre de la Douma d'État, est poursuivi pour détournement de fonds
publics commis en 2012 à Moscou. Textes : article 160 du Code pénal. Peine maximale : dix ans.
"""

CHAMBER_MEMBER_ES = """Hechos
El reclamado, Óscar VARELA, exmiembro del Consejo de la Federación, es investigado por
malversación de fondos públicos cometida en 2012 en Moscú. Pena máxima: diez años.
"""


def test_a_legislator_named_by_the_chamber(tmp_path: Path) -> None:
    for text in (CHAMBER_MEMBER, CHAMBER_MEMBER_ES):
        _packet, assessment = analyze(tmp_path, text)
        assert "misuse.political-opposition" in codes(assessment), text[:40]


PAST_ANTERIOR_TIMING = """Circonstances
Les poursuites ont été ouvertes en 2015, après que l'intéressé, Pavel ORLOV, qui avait quitté
la direction de son entreprise en 2013, eut publiquement dénoncé la saisie de ses usines.
Qualification : détournement. Peine maximale : dix ans.
"""


def test_proceedings_after_the_subject_publicly_denounced(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, PAST_ANTERIOR_TIMING)
    assert "misuse.political-timing" in codes(assessment)


CONTRACTED_CONNECTIVE = """Résumé des faits
À l'issue du scrutin présidentiel du 9 mars 2021, l'intéressé, Koffi AMEDZRO, a été inculpé
d'atteinte à la sûreté de l'État. Peine maximale : vingt ans. Mandat d'arrêt du 4 mai 2021.
"""


def test_a_contracted_french_connective_before_an_election(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, CONTRACTED_CONNECTIVE)
    assert "misuse.political-timing" in codes(assessment)


ARREST_IN_ABSENTIA = """Résumé des faits
Le 4 mai 2017 à Izmir, l'intéressé, Kemal ARSLAN, a tué un homme par balle. Infraction :
homicide volontaire, article 81 du Code pénal turc. Peine maximale : réclusion à perpétuité.
Mandat : décision d'arrestation par contumace du 2e juge de paix pénal d'Izmir du 9 mai 2017.
"""


def test_an_arrest_ordered_in_absentia_is_no_trial(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, ARREST_IN_ABSENTIA)
    assert "misuse.in-absentia" not in codes(assessment)


NEGATION_NOT_BIRTH = """Nom : MARTIN   Prénom : Paul
Né le 03/02/1980 à Lyon
Exposé des faits : le 1er juin 2021, l'intéressé a pris sa fille pour le week-end. Il ne l'a
pas ramenée. Le 5 juin 2021, il a écrit à la mère qu'il était à Tunis.
Qualification : enlèvement de mineur. Peine maximale : trois ans. Mandat d'arrêt du
juge d'instruction de Lyon du 9 juillet 2021.
"""


def test_french_negation_ne_is_not_a_birth_label(tmp_path: Path) -> None:
    packet, assessment = analyze(tmp_path, NEGATION_NOT_BIRTH)
    births = {f.normalized for d in packet.documents for f in d.fields.subject.birth_dates}
    assert births == {"1980-02-03"}
    assert not any(
        f.provenance.id == "rule.consistency.acts-before-birth" for f in assessment.flags
    )


DETENTION_ORDER = """Circonstances de l'affaire
En 2019 à Samarcande, l'intéressé, Anvar TOSHEV, a escroqué trois acheteurs de voitures en
encaissant 40 000 dollars d'acomptes pour des véhicules jamais livrés.
Qualification : escroquerie. Texte : article 168 du Code pénal. Peine maximale : huit ans.
Décision : ordonnance de placement en détention provisoire du tribunal pénal de Samarcande,
dossier n° 1-552-20/31, du 3 mars 2020.
"""


def test_a_pretrial_detention_order_is_the_warrant_reference(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, DETENTION_ORDER)
    assert "compliance.judicial-data" not in codes(assessment)
    assert "compliance.judicial-data" not in held(assessment)
