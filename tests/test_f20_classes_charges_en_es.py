"""Charges of the f20 development batch, English and Spanish, as classes (fictional texts
written for these tests, not copied from the evaluation set)."""

from __future__ import annotations

from pipeline.understand.charges import read_offenses
from tests.understand_helpers import view


def _charges(text: str, lang: str, doc_type: str | None = "arrest-warrant") -> list[str]:
    return [o.text for o in read_offenses([view(text, lang)], doc_type)[0]]


# ---- "Los hechos constituyen X, Y y Z": the charges with no class word after the verb


QUALIFICATION = (
    "INFORME POLICIAL\n\n2. Calificación\n"
    "Los hechos constituyen asociación de malhechores, robo agravado y\n"
    "homicidio voluntario, previstos por los artículos 265 y 266 del Código Penal.\n"
)


def test_facts_constitute_names_charges() -> None:
    assert _charges(QUALIFICATION, "es", "police-report") == [
        "asociación de malhechores", "robo agravado", "homicidio voluntario",
    ]


def test_facts_constitute_a_class_still_read() -> None:
    text = QUALIFICATION.replace(
        "asociación de malhechores, robo agravado y\nhomicidio voluntario",
        "un delito de robo agravado",
    )
    assert _charges(text, "es", "police-report") == ["robo agravado"]


# ---- "A case of X has been registered under Section ...": a police report's registration


REGISTERED = (
    "POLICE REPORT\n\n3. Offences\n"
    "A case of fraud in the name of overseas work has been registered under\n"
    "Sections 12 and 14 of the Labour Migration Act, and of cheating under\n"
    "Section 210 of the Criminal Code. The offences are punishable with imprisonment.\n"
)


def test_registered_case_names_charge() -> None:
    assert _charges(REGISTERED, "en", "police-report") == [
        "fraud in the name of overseas work", "cheating",
    ]


def test_charge_without_registration_kept_whole() -> None:
    text = REGISTERED.replace("A case of fraud in the name of overseas work has been registered",
                              "Fraud in the name of overseas work")
    assert _charges(text, "en", "police-report")[0] == "Fraud in the name of overseas work"


# ---- "with the offence of X" after an aside, and the cue repeated for a second charge


WARRANT = (
    "WARRANT OF ARREST\n\nWHEREAS Peter ZULU stands charged on the complaint of Ms. Ann Moyo,\n"
    "Investigator of the Anti-Corruption Bureau, sworn on 2 May 2023,\n\n"
    "with the offence of THEFT BY A PERSON EMPLOYED IN THE PUBLIC SERVICE, contrary to\n"
    "section 278 of the Penal Code, in that he, between 1 March 2023 and 30 April 2023 at\n"
    "the District Office, being employed in the public service as a cashier, stole the\n"
    "sum of K2,000,000, the property of the Government, which came into his possession by\n"
    "virtue of his employment, by paying it to a firm he secretly owned;\n\n"
    "and with the offence of UTTERING A FALSE DOCUMENT, contrary to section 351 of the\n"
    "Penal Code, in that he presented a forged receipt to the auditor;\n\n"
    "YOU ARE HEREBY COMMANDED to arrest the said Peter ZULU.\n"
)


def test_offence_cue_after_aside_and_repeated() -> None:
    assert _charges(WARRANT, "en") == [
        "THEFT BY A PERSON EMPLOYED IN THE PUBLIC SERVICE", "UTTERING A FALSE DOCUMENT",
    ]


def test_single_offence_cue_one_charge() -> None:
    cut = WARRANT.index("and with the offence of")
    text = WARRANT[:cut] + "YOU ARE HEREBY COMMANDED to arrest the said Peter ZULU.\n"
    assert _charges(text, "en") == ["THEFT BY A PERSON EMPLOYED IN THE PUBLIC SERVICE"]


# ---- "the Anti-Corruption Bureau": an agency's name, not a charge of corruption


AGENCY = (
    "WARRANT OF ARREST\n\nWHEREAS Peter ZULU stands charged on the complaint of an officer of\n"
    "the Anti-Corruption Bureau, sworn on 2 May 2023, and is wanted to answer the charge.\n"
)


def test_anti_agency_is_no_charge() -> None:
    assert _charges(AGENCY, "en") == []


def test_offence_under_anti_act_still_read() -> None:
    text = (
        "WARRANT OF ARREST\n\nWHEREAS Peter ZULU stands charged with corruption, contrary to\n"
        "section 25 of the Anti-Corruption Act.\n"
    )
    assert _charges(text, "en") == ["corruption"]


# ---- "; y EXACCIONES INTIMIDATORIAS, artículo 10": a further charge in capitals, cited


PRIMA_FACIE = (
    "ORDEN DE APREHENSIÓN\n\nIII) Los hechos descritos encuadran en los delitos de HURTO,\n"
    "contemplado en el artículo 246 del Código Penal, sancionado con prisión de uno a\n"
    "seis años; ASOCIACIÓN ILÍCITA, artículo 4 de la Ley contra la Delincuencia\n"
    "Organizada; y COBROS ILEGALES ARMADOS, artículo 9 de dicha Ley.\n"
)


def test_cited_caps_name_after_semicolon_is_charge() -> None:
    assert _charges(PRIMA_FACIE, "es") == [
        "HURTO", "ASOCIACIÓN ILÍCITA", "COBROS ILEGALES ARMADOS",
    ]


def test_caps_name_without_citation_is_no_charge() -> None:
    text = PRIMA_FACIE.replace(
        "COBROS ILEGALES ARMADOS, artículo 9 de dicha Ley.",
        "JUAN PÉREZ GIL, vecino de la ciudad, declaró.",
    )
    assert _charges(text, "es") == ["HURTO", "ASOCIACIÓN ILÍCITA"]


# ---- a table cell "Aggravated identity theft" after its citation column


COMPLAINT = (
    "CRIMINAL COMPLAINT\n\nOn or about the dates below, the defendant violated:\n\n"
    "Code Section                    Offense Description\n"
    "18 U.S.C. § 1343                Wire fraud\n"
    "18 U.S.C. § 1028A(a)(1)         Aggravated identity theft\n\n"
    "This criminal complaint is based on these facts.\n"
)


def test_table_cell_words_before_term_kept() -> None:
    assert _charges(COMPLAINT, "en", "indictment") == ["Wire fraud", "Aggravated identity theft"]


def test_prose_words_before_term_not_taken() -> None:
    text = COMPLAINT.replace("18 U.S.C. § 1028A(a)(1)         Aggravated identity theft",
                             "He also admitted identity theft")
    assert _charges(text, "en", "indictment") == ["Wire fraud", "identity theft"]
