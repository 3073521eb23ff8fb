"""Charges, articles and penalties of the f13 development batch as classes (fictional texts
written for these tests, not copied from the evaluation set)."""

from __future__ import annotations

from tests.understand_helpers import charges, offenses

# ---- headings of the charges: "Chefs d'inculpation", "Infractions retenues", "Cargos
# formulados"


def test_chefs_d_inculpation_label_lists_the_charges() -> None:
    text = "Chefs d'inculpation : abus de confiance et recel.\n\nLe mis en cause a fui.\n"
    assert charges(text, "fr") == ["abus de confiance", "recel"]


def test_infractions_retenues_heading_over_a_dash_list() -> None:
    text = (
        "INFRACTIONS RETENUES\n"
        "- escroquerie (article 410 du Code pénal) ;\n"
        "- recel (article 420 du Code pénal).\n"
    )
    assert offenses(text, "fr") == [("escroquerie", ["410"]), ("recel", ["420"])]


def test_chefs_d_inculpation_in_running_text_names_no_charge() -> None:
    text = "Les chefs d'inculpation seront notifiés au mis en cause lors de sa comparution.\n"
    assert charges(text, "fr") == []


# ---- "contrario a la sección ...": the Spanish "contrary to section", running over lines


def test_contrario_a_la_seccion_ends_each_charge_over_wrapped_lines() -> None:
    text = (
        "4. Cargos formulados: robo (robbery), contrario a la sección 147 del Código\n"
        "Penal; y lesiones graves, contrarias a las secciones 12 y 81(2) del mismo\n"
        "Código.\n"
        "5. Pena: hasta diez años de prisión.\n"
    )
    assert offenses(text, "es") == [("robo", ["147"]), ("lesiones graves", ["12", "81(2)"])]


def test_label_line_ending_without_a_citation_does_not_run_on() -> None:
    text = "Cargos formulados: hurto\nEl sospechoso huyó hacia la frontera el mismo día.\n"
    assert charges(text, "es") == ["hurto"]


# ---- a bracket naming the offence in another language is the original's name; one in the
# document's own language stays


def test_bracket_in_another_language_is_dropped() -> None:
    assert charges("Cargos: homicidio (murder); robo.\n", "es") == ["homicidio", "robo"]


def test_bracket_in_the_documents_language_stays() -> None:
    text = "Delito: libramiento indebido (cheque sin fondos).\n"
    assert charges(text, "es") == ["libramiento indebido (cheque sin fondos)"]


# ---- "Ley(es) aplicable(s):" — the plural marks before the colon are no emoticon


def test_plural_marked_law_label_gives_its_articles() -> None:
    text = (
        "Cargos: ROBO; HURTO\n"
        "Ley(es) aplicable(s): Código Penal, artículos 237 y 234\n"
        "Prescripción: 15 años\n"
    )
    assert offenses(text, "es") == [("ROBO", ["237", "234"]), ("HURTO", ["237", "234"])]


# ---- an ordinal sub-part ("alinéa 1er") does not end the list of articles


def test_ordinal_sub_part_keeps_the_article_list() -> None:
    text = (
        "Chefs d'accusation : vol qualifié.\n"
        "Textes de loi : articles 310, 311 alinéa 1er et 320.\n"
    )
    assert offenses(text, "fr") == [("vol qualifié", ["310", "311", "320"])]


# ---- "delito continuado de" and ", en su modalidad agravada": the manner, not the name


def test_delito_continuado_is_no_part_of_the_name() -> None:
    text = "1. Un delito continuado de apropiación indebida, previsto en el artículo 253.\n"
    assert charges(text, "es") == ["apropiación indebida"]


def test_delito_grave_stays_dropped_as_before() -> None:
    assert charges("1. Un delito grave de robo, previsto en el artículo 237.\n", "es") == ["robo"]


def test_en_su_modalidad_agravada_after_a_comma_is_cut() -> None:
    text = (
        "DELITOS: trata de personas, en su modalidad agravada, y lesiones, previstos en el\n"
        "artículo 177.\n"
    )
    assert charges(text, "es") == ["trata de personas", "lesiones"]


def test_agravado_in_the_name_stays() -> None:
    assert charges("DELITOS: robo agravado y lesiones.\n", "es") == ["robo agravado", "lesiones"]


# ---- "tipificados, respectivamente, en ..." ends the last charge of a list


def test_tipificados_respectivamente_ends_the_last_charge() -> None:
    text = (
        "Se le imputan los delitos de estafa y lavado de dinero, tipificados, respectivamente, en\n"
        "el artículo 5 de la Ley 1 y en el artículo 8 de la Ley 2.\n"
    )
    assert charges(text, "es") == ["estafa", "lavado de dinero"]


# ---- "déclare X coupable des délits d'..." names the charges; the reasons above do not


def test_coupable_des_delits_names_the_charges_not_the_reasons() -> None:
    text = (
        "MOTIFS\n"
        "Attendu que le prévenu a détourné les fonds et a recelé des biens volés ;\n\n"
        "PAR CES MOTIFS\n"
        "Déclare DIALLO Amadou coupable des délits d'abus de confiance et de recel, prévus et\n"
        "punis par les articles 383 et 400 du Code pénal ;\n"
    )
    assert charges(text, "fr") == ["abus de confiance", "recel"]


# ---- "a charge sheet was submitted": a document, not the charges


def test_charge_sheet_in_a_narrative_names_no_charge() -> None:
    text = (
        "After investigation a charge\n"
        "sheet was submitted under section 302 of the Penal Code. The accused is wanted for\n"
        "murder under section 302 of the Penal Code.\n"
    )
    assert charges(text, "en") == ["murder"]


def test_charge_label_still_lists_the_charges() -> None:
    assert charges("Charge: robbery\n\nThe accused fled.\n", "en") == ["robbery"]


# ---- a purpose that is crime itself is part of the offence's name


def test_organisation_whose_purpose_is_to_commit_crimes_is_one_name() -> None:
    text = "Charged with participation in an organisation whose purpose is to commit crimes.\n"
    assert charges(text, "en") == [
        "participation in an organisation whose purpose is to commit crimes"
    ]


def test_any_other_purpose_still_ends_the_charge() -> None:
    text = "Charged with participation in an organisation whose purpose is to disturb order.\n"
    assert charges(text, "en") == ["participation in an organisation"]


# ---- ", y X" after a law whose title holds "y": the comma closes the title


def test_comma_and_after_a_law_title_opens_the_next_charge() -> None:
    text = (
        "Responda por los delitos de CONTRABANDO, previsto en el Art. 15 de la Ley contra la\n"
        "Evasión Fiscal y Aduanera, y COHECHO, previsto en el Art. 330 del Código Penal.\n"
    )
    assert offenses(text, "es") == [("CONTRABANDO", ["15"]), ("COHECHO", ["330"])]


# ---- a running-text cue that ends its line ("inculpé de" over the charges): the sentence
# goes on, so "et de" splits as in running text


def test_charged_with_cue_ending_its_line_splits_like_running_text() -> None:
    text = "le nommé Paul, inculpé de\n\nfaux en écriture et de corruption ;\n\nREQUÉRONS.\n"
    assert charges(text, "fr") == ["faux en écriture", "corruption"]


def test_heading_over_a_list_keeps_one_charge_per_line() -> None:
    text = "Infractions :\nvol et recel de véhicules\n"
    assert charges(text, "fr") == ["vol et recel de véhicules"]
