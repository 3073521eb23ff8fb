"""Behaviour tests for the classes the b14 development cases exposed in how charges are compared
across documents and how a summary or a judgment is read: false alarms a reviewer would call
wrong and signs the engine missed, each fixed by a rule or a lexicon entry, with a counterpart
that must still read the other way.

Each text is fictional and written for the test; none is taken from a case file.
"""

from __future__ import annotations

from pathlib import Path

from tests.test_flags import analyze, codes, held, packet

# ---------------------------------------------------------------- a customs code's offence name

SMUGGLING_NOTICE = (
    "RED NOTICE APPLICATION\n\n"
    "Surname: OCAMPO\nFirst name: Rodel\nDate of birth: 2 May 1971\n\n"
    "SUMMARY OF FACTS\nIn March 2022 the subject brought 40 containers of sugar through the port"
    " of Cebu under false declarations as machine parts.\n\n"
    "CHARGE: Smuggling of agricultural products\n"
    "LAW: Section 7 of the Agricultural Products Protection Act\n"
    "MAXIMUM PENALTY: Life imprisonment\n"
)


def _smuggling_warrant(section: str) -> str:
    return (
        "REGIONAL TRIAL COURT, CEBU CITY\n\nWARRANT OF ARREST\n\n"
        "It appearing that there is probable cause to believe that the crime of UNLAWFUL"
        f" IMPORTATION under Section {section} of the Customs Act has been committed, and that"
        " the accused RODEL OCAMPO, born on 2 May 1971, is probably guilty thereof,\n\n"
        "YOU ARE HEREBY COMMANDED to arrest the said accused.\n\n"
        "GIVEN this 9th day of June 2023.\n"
    )


def test_unlawful_importation_under_another_law_is_a_charges_conflict(tmp_path: Path) -> None:
    """"Unlawful importation" (the offence as a customs code titles it) is read as the warrant's
    charge, so the warrant's other law is compared with the notice's."""
    _packet, assessment = packet(
        tmp_path,
        {"notice.txt": ("red-notice", SMUGGLING_NOTICE),
         "warrant.txt": ("arrest-warrant", _smuggling_warrant("2301"))},
        "PH",
    )
    assert "consistency.charges" in codes(assessment)


def test_unlawful_importation_under_the_same_section_agrees(tmp_path: Path) -> None:
    _packet, assessment = packet(
        tmp_path,
        {"notice.txt": ("red-notice", SMUGGLING_NOTICE),
         "warrant.txt": ("arrest-warrant", _smuggling_warrant("7"))},
        "PH",
    )
    assert "consistency.charges" not in codes(assessment)


# ---------------------------------------------------------------- a stereotyped laundering summary

LAUNDERING_GENERIC = (
    "Exposé des faits :\n"
    "L'intéressé a pris part, en concertation avec d'autres personnes, à des opérations"
    " financières illicites au moyen de comptes ouverts au nom de tiers.\n"
    "Infraction : blanchiment de capitaux.\n"
)

LAUNDERING_CONCRETE = (
    "Exposé des faits :\n"
    "Le 14 avril 2021 à Tripoli, en concertation avec d'autres personnes, l'intéressé a viré"
    " 240 000 USD du compte de la société Sarrafa Nour vers un compte ouvert à Chypre au nom"
    " de son beau-frère.\n"
    "Infraction : blanchiment de capitaux, article 2 de la loi n° 44/2015.\n"
)


def test_illicit_operations_with_other_persons_are_boilerplate(tmp_path: Path) -> None:
    """Money moved told only as "opérations financières illicites", beside a share "en
    concertation avec d'autres personnes", names no transaction of this person."""
    _packet, assessment = analyze(tmp_path, LAUNDERING_GENERIC)
    assert "compliance.vague-facts" in codes(assessment)


def test_a_transfer_with_date_place_and_amount_is_no_boilerplate(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, LAUNDERING_CONCRETE)
    assert "compliance.vague-facts" not in codes(assessment)


# ---------------------------------------------------------------- declared absent, then tried

TRIED_ABSENT = (
    "JUZGADO TERCERO PENAL DEL CIRCUITO DE PASTO\n"
    "Sentencia condenatoria\n\n"
    "Sin que fuera posible ubicarlo, el acusado fue declarado persona ausente y se le asignó"
    " un defensor público que lo representó en la audiencia de formulación de imputación y en"
    " el juicio oral.\n"
    "RESUELVE: CONDENAR al acusado como autor del delito de extorsión.\n"
)

ABSENT_AT_CHARGING = (
    "JUZGADO TERCERO PENAL MUNICIPAL CON FUNCIÓN DE CONTROL DE GARANTÍAS DE PASTO\n\n"
    "Sin que fuera posible ubicarlo, el indiciado fue declarado persona ausente en la audiencia"
    " de formulación de imputación y el juez libró orden de captura en su contra.\n"
    "Delito: extorsión.\n"
)


def test_a_trial_held_after_the_declaration_of_absence_is_in_absentia(tmp_path: Path) -> None:
    """A charging hearing named in the sentence does not make it a pre-trial measure when the
    same sentence says the assigned defender represented him at the trial."""
    _packet, assessment = analyze(tmp_path, TRIED_ABSENT, name="sentencia.txt")
    assert "misuse.in-absentia" in codes(assessment)


def test_a_declaration_of_absence_at_the_charging_hearing_alone_is_held(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, ABSENT_AT_CHARGING, name="auto.txt")
    assert "misuse.in-absentia" not in codes(assessment)
    assert "pre-trial" in held(assessment)["misuse.in-absentia"]


# ---------------------------------------------------------------- a procedure law, no charge's law

EXTORTION_NOTICE = (
    "Solicitud de Notificación Roja\n\n"
    "Nombres y apellidos: Wilmer Andrés CUASTUMAL PAZ\n"
    "Fecha de nacimiento: 3/4/1985\n\n"
    "Hechos: Entre marzo y junio de 2018 exigió a tres comerciantes de Ipiales pagos semanales"
    " bajo amenaza de incendiar sus locales.\n"
    "Delito: extorsión agravada (artículo 244 del Código Penal).\n"
    "Pena máxima: doscientos cuarenta (240) meses de prisión.\n"
)


def _extortion_judgment(resuelve: str) -> str:
    return (
        "JUZGADO TERCERO PENAL DEL CIRCUITO DE PASTO\n"
        "Procesado: Wilmer Andrés Cuastumal Paz\n\n"
        "Actuación procesal. La Fiscalía obtuvo la declaratoria de persona ausente del"
        " indiciado, conforme al artículo 127 de la Ley 906 de 2004, y se le designó defensor"
        " público que lo representó en la audiencia de formulación de imputación y en el"
        " juicio oral.\n\n"
        f"RESUELVE: {resuelve}\n"
    )


def test_an_article_cited_for_the_declaration_of_absence_is_no_charge_law(tmp_path: Path) -> None:
    """An article cited in a sentence that tells a step of the proceedings and names no offence
    is a law of procedure: it is not compared with the notice's articles (held, recorded)."""
    judgment = _extortion_judgment(
        "CONDENAR a Wilmer Andrés Cuastumal Paz como autor del delito de extorsión agravada."
    )
    _packet, assessment = packet(
        tmp_path,
        {"notice.txt": ("red-notice", EXTORTION_NOTICE), "sentencia.txt": ("judgment", judgment)},
        "CO",
    )
    assert "consistency.charges" not in codes(assessment)
    assert "step of the proceedings" in held(assessment)["consistency.charges"]


def test_a_judgment_citing_another_article_for_the_charge_still_differs(tmp_path: Path) -> None:
    judgment = _extortion_judgment(
        "CONDENAR a Wilmer Andrés Cuastumal Paz como autor del delito de extorsión agravada"
        " (artículo 245 del Código Penal)."
    )
    _packet, assessment = packet(
        tmp_path,
        {"notice.txt": ("red-notice", EXTORTION_NOTICE), "sentencia.txt": ("judgment", judgment)},
        "CO",
    )
    assert "consistency.charges" in codes(assessment)


# ---------------------------------------------------------------- a family court charges no one

ABDUCTION_NOTICE = (
    "DIFFUSION - PERSONNE RECHERCHÉE\n\n"
    "Nom : MARCOUX\nPrénom : Sandrine\nNée le 4 février 1986\n\n"
    "Faits : Le 3 août 2023, la suspecte a emmené sa fille à Genève pour un séjour autorisé de"
    " deux semaines et ne l'a pas ramenée au Québec.\n"
    "Accusation : enlèvement en contravention d'une ordonnance de garde, article 282(1) du Code"
    " criminel. Peine maximale : emprisonnement de dix ans.\n"
)


def _decision(court: str) -> str:
    return (
        f"{court}\n"
        "Ordonnance du 5 mars 2024\n\n"
        "Défenderesse : Mme Sandrine MARCOUX\n\n"
        "Attendu que les pièces produites établissent des violences répétées commises sur la"
        " mère, dont certaines devant l'enfant ;\n"
        "PAR CES MOTIFS, statuons comme suit.\n"
    )


def test_a_family_court_decision_names_no_charge(tmp_path: Path) -> None:
    """The violence a family court weighs (a child-return decision) is a fact of the dispute,
    not a charge that differs from the notice's (held, recorded)."""
    decision = _decision("TRIBUNAL DE PREMIÈRE INSTANCE DE GENÈVE\nJuge aux affaires familiales")
    _packet, assessment = packet(
        tmp_path,
        {"diffusion.txt": ("diffusion", ABDUCTION_NOTICE), "decision.txt": ("judgment", decision)},
        "CA",
    )
    assert "consistency.charges" not in codes(assessment)
    assert "civil or family court" in held(assessment)["consistency.charges"]


def test_a_criminal_court_convicting_of_violence_still_differs(tmp_path: Path) -> None:
    decision = _decision("TRIBUNAL CORRECTIONNEL DE GENÈVE\nChambre des délits")
    _packet, assessment = packet(
        tmp_path,
        {"diffusion.txt": ("diffusion", ABDUCTION_NOTICE), "decision.txt": ("judgment", decision)},
        "CA",
    )
    assert "consistency.charges" in codes(assessment)
