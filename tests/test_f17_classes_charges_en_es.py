"""Charges of the f17 development batch, English and Spanish, as classes (fictional texts
written for these tests, not copied from the evaluation set)."""

from __future__ import annotations

from pipeline.understand.charges import read_offenses
from tests.understand_helpers import view


def _charges(text: str, lang: str, doc_type: str | None = "indictment") -> list[str]:
    return [o.text for o in read_offenses([view(text, lang, "ocr")], doc_type)[0]]


# ---- "as well as" before a charge worded by its act ("formation of a criminal organisation",
# "organising and joining a criminal group"): one more charge, though no offence opens it


def test_as_well_as_before_act_worded_charge_splits() -> None:
    text = (
        "Charges: aggravated fraud, as well as formation of a criminal organisation\n\n"
        "Law(s) covering the offence: Section 263 of the Criminal Code\n"
    )
    assert _charges(text, "en", "red-notice") == [
        "aggravated fraud", "formation of a criminal organisation",
    ]


def test_as_well_as_without_offence_after_it_stays() -> None:
    text = (
        "Charges: aggravated fraud, as well as the transfer of the proceeds abroad\n\n"
        "Law(s) covering the offence: Section 263 of the Criminal Code\n"
    )
    assert _charges(text, "en", "red-notice") == [
        "aggravated fraud, as well as the transfer of the proceeds abroad",
    ]


# ---- a label's line that ends with a link ("in", "of", "with") goes on to the next line, even
# when that opens with a figure ("fraud in\n57 cases, as well as ...")


def test_label_line_ending_in_link_goes_on() -> None:
    text = (
        "Charges: commercial fraud (gewerbsmäßiger Betrug) in\n"
        "57 cases, as well as formation of a criminal organisation\n\n"
        "Law(s) covering the offence: Section 263 of the Criminal Code\n"
    )
    assert _charges(text, "en", "red-notice") == [
        "commercial fraud", "formation of a criminal organisation",
    ]


def test_label_line_ending_in_a_name_stops() -> None:
    text = (
        "Charges: commercial fraud\n"
        "57 cases were reported to the police.\n\n"
        "Law(s) covering the offence: Section 263 of the Criminal Code\n"
    )
    assert _charges(text, "en", "red-notice") == ["commercial fraud"]


# ---- "under the <...> Act" closing a charge's wording: the law it is brought under


def test_under_the_act_is_cut() -> None:
    text = (
        "2. Offences\n"
        "Aggravated fraud under the Special Economic Offences Act, as well as\n"
        "organising and joining a criminal group\n\n"
        "3. Summary of facts\nThe group sold false shares.\n"
    )
    assert _charges(text, "en", "police-report") == [
        "Aggravated fraud", "organising and joining a criminal group",
    ]


def test_under_without_a_law_title_stays() -> None:
    text = "2. Offences\nFraud under false pretences\n\n3. Summary of facts\nHe lied.\n"
    assert _charges(text, "en", "police-report") == ["Fraud under false pretences"]


# ---- a cue's own words read as the line under a count heading ("Count No. 1\n\nSTATEMENT OF
# OFFENCE\n\n<charge>"): a heading, no charge


def test_statement_of_offence_heading_is_no_charge() -> None:
    text = (
        "Count No. 1\n\nSTATEMENT OF OFFENCE\n\n"
        "Possession of a firearm with intent to endanger life, contrary to\n"
        "section 15 of the Firearms Act 1925.\n\n"
        "PARTICULARS OF OFFENCE\n\nSEAN DOYLE on 3 May 2023 had a pistol.\n\n"
        "Count No. 2\n\nSTATEMENT OF OFFENCE\n\n"
        "Money laundering, contrary to section 7 of the Criminal Justice Act 2010.\n"
    )
    assert _charges(text, "en") == [
        "Possession of a firearm with intent to endanger life", "Money laundering",
    ]


def test_charge_named_after_a_cue_word_stays() -> None:
    text = (
        "STATEMENT OF OFFENCE\n\n"
        "Money laundering, contrary to section 7 of the Criminal Justice Act 2010.\n"
    )
    assert _charges(text, "en") == ["Money laundering"]


# ---- a co-accused named by name alone who is charged "separately", or whose matter "is not a
# party to this indictment": that sentence's offences are not the subject's


def test_separately_indicted_co_accused() -> None:
    text = (
        "COUNT ONE\n"
        "The Defendant did agree with Ama K. BOATENG to take the funds, thereby committing\n"
        "the crime of Criminal Conspiracy, in violation of Section 10.4 of the Penal Law.\n"
        "Ama K. BOATENG is separately indicted for Misapplication of Entrusted Property.\n"
    )
    assert "Misapplication of Entrusted Property" not in _charges(text, "en")


def test_indicted_for_without_separately_is_read() -> None:
    text = "The Grand Jury finds that Kofi MENSAH is indicted for Theft of Property.\n"
    assert _charges(text, "en") == ["Theft of Property"]


def test_not_a_party_to_this_indictment() -> None:
    text = (
        "The Defendant committed the crime of Forgery, in violation of Section 15.90 of the\n"
        "Penal Law. Ama BOATENG was indicted for Misapplication of Entrusted Property and is\n"
        "not a party to this indictment.\n"
    )
    charges = _charges(text, "en")
    assert not any("Misapplication" in c for c in charges)


def test_not_before_this_court() -> None:
    text = (
        "The accused was charged with trafficking in cocaine; the agent Rita BORG had been\n"
        "charged with complicity in money laundering, which charge is not before this Court.\n"
    )
    assert _charges(text, "en", "judgment") == ["trafficking in cocaine"]


# ---- a recidivism clause ("agravante de reincidencia, por haber sido condenado por ..."):
# the earlier conviction's offence is no charge


def test_recidivism_conviction_is_no_charge() -> None:
    text = (
        "SEGUNDA. Calificación. Los hechos son constitutivos de un delito de estafa.\n"
        "CUARTA. Circunstancias. Concurre la agravante de reincidencia, por haber sido\n"
        "condenado por hurto por sentencia de 4 de mayo de 2018.\n"
    )
    assert _charges(text, "es") == ["estafa"]


def test_conviction_without_recidivism_is_read() -> None:
    text = "El acusado fue condenado por hurto, previsto en el artículo 234 del Código Penal.\n"
    assert _charges(text, "es", "judgment") == ["hurto"]


# ---- Spanish wording


def test_previsto_y_punido_ends_the_wording() -> None:
    text = (
        "Se le imputa la autoría de un delito de\n\n"
        "homicidio cualificado en grado de tentativa, previsto y punido por\n"
        "los artículos 131 y 132 del Código Penal.\n"
    )
    assert _charges(text, "es", "police-report") == ["homicidio cualificado en grado de tentativa"]


def test_en_agravio_del_victim_is_cut() -> None:
    text = (
        "Se acusa a Juan PEREA por el delito de homicidio calificado, en agravio del\n"
        "agente Luis SOTO, y por el delito de tenencia ilegal de armas, en agravio del Estado.\n"
    )
    assert _charges(text, "es", "judgment") == [
        "homicidio calificado", "tenencia ilegal de armas",
    ]


def test_victim_without_comma_stays_with_the_name() -> None:
    text = "Delito: colusión agravada en agravio del Estado\nPena: seis años.\n"
    assert _charges(text, "es", "red-notice") == ["colusión agravada en agravio del Estado"]


def test_wanted_for_prosecution_is_no_charge() -> None:
    text = (
        "NCB Lima requests the provisional arrest of the person below, wanted for prosecution.\n"
        "Name: Rosa QUISPE\n"
    )
    assert _charges(text, "en", "diffusion") == []


def test_wanted_for_an_offence_is_read() -> None:
    text = "NCB Lima requests the provisional arrest of Rosa QUISPE, wanted for murder.\n"
    assert _charges(text, "en", "diffusion") == ["murder"]


def test_foreign_gloss_between_charges_of_a_list() -> None:
    text = (
        "Delitos: asociación de tipo mafioso (associazione di tipo mafioso),\n"
        "extorsión agravada y tenencia ilegal de armas de guerra\n"
        "Disposiciones legales: artículo 416 bis del Código Penal italiano\n"
    )
    assert _charges(text, "es", "red-notice") == [
        "asociación de tipo mafioso", "extorsión agravada", "tenencia ilegal de armas de guerra",
    ]


def test_concurrence_then_y_con_opens_one_more() -> None:
    text = (
        "La Fiscalía lo denunció por el delito de tráfico internacional de drogas, en concurso\n"
        "material con asociación para el tráfico y con lavado de dinero, previstos en los\n"
        "artículos 33 y 35 de la Ley 11.343.\n"
    )
    assert _charges(text, "es") == [
        "tráfico internacional de drogas", "asociación para el tráfico", "lavado de dinero",
    ]


def test_y_con_means_stays_in_one_charge() -> None:
    text = "Acusado por el delito de robo con violencia y con armas, previsto en el artículo 5.\n"
    assert _charges(text, "es") == ["robo con violencia y con armas"]


def test_delito_mayor_after_concurrence_and_y_un_delito_menor() -> None:
    text = (
        "SEGUNDA. Calificación. Los hechos son constitutivos de:\n\n"
        "a) un delito mayor de robo con violencia e intimidación, del artículo 199 del Código;\n\n"
        "b) en concurso real con un delito mayor de lesiones graves, del artículo 111;\n\n"
        "c) y un delito menor de tenencia de arma prohibida, del artículo 275.\n\n"
        "TERCERA. Autoría. Es autor el acusado.\n"
    )
    assert _charges(text, "es") == [
        "robo con violencia e intimidación", "lesiones graves", "tenencia de arma prohibida",
    ]
