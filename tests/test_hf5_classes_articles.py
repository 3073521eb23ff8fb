"""Articles of the hf5 / f21 batches as classes (fictional texts written for these tests, not
copied from the evaluation set)."""

from __future__ import annotations

from pipeline.understand.charges import read_offenses
from tests.understand_helpers import articles, view


def _all(text: str, lang: str) -> set[str]:
    return {a for ids in articles(text, lang) for a in ids}


# ---- "Article 286 § 1": a Polish paragraph after its article is part of the identifier

_POLISH_EN = (
    "REQUEST FOR EXTRADITION\n"
    "Charges:\n"
    "(a) fraud involving property of large value, under Article 286 § 1 of the Penal Code;\n"
    "(b) participation in an organised criminal group, under Article 258 § 2 of the Penal Code.\n"
)


def test_section_sign_paragraph_is_part_of_the_article() -> None:
    got = _all(_POLISH_EN, "en")
    assert got == {"286 § 1", "258 § 2"}


def test_section_sign_alone_still_cites_a_section() -> None:
    text = (
        "INDICTMENT\n"
        "Count 1: Theft by deception, contrary to § 223.3 of the Penal Code.\n"
    )
    assert _all(text, "en") == {"223.3"}


# ---- "article 139 (faux)": a word in brackets glosses the article, no sub-part

_GLOSS_FR = (
    "NOTICE ROUGE\n"
    "Qualification des faits : Vol par un salarié ; Faux\n"
    "Lois réprimant les infractions : Code pénal, articles 212 et\n"
    "218 (vol) ; article 301 (faux)\n"
    "Peine maximale encourue : dix ans d'emprisonnement.\n"
)


def test_bracketed_word_after_an_article_is_no_sub_part() -> None:
    got = _all(_GLOSS_FR, "fr")
    assert "301" in got
    assert not any("(" in a for a in got)


def test_plural_notice_label_reads_the_law_block() -> None:
    assert {"212", "218", "301"} <= _all(_GLOSS_FR, "fr")


def test_bracketed_letter_after_an_article_is_a_sub_part() -> None:
    text = (
        "INDICTMENT\n"
        "Count 1: Misappropriation of public funds, contrary to Section 114(2)(b) of the Penal\n"
        "Code.\n"
    )
    assert _all(text, "en") == {"114(2)(b)"}


# ---- "art. 229 al. 1 lit. b) et d)": lettered points end neither the sentence nor the charge

_LITERA_FR = (
    "MANDAT D'ARRÊT\n"
    "Le nommé Dorin VALESCU est inculpé de vol qualifié, faits prévus par l'art. 228 al. 1\n"
    "et l'art. 229 al. 1 lit. b) et d) du Code pénal, ainsi que par l'art. 233 rapporté à\n"
    "l'art. 234 al. 1 lit. a) du Code pénal.\n"
)


def test_lettered_points_keep_the_citations_after_them() -> None:
    assert _all(_LITERA_FR, "fr") == {"228", "229", "233", "234"}


def test_full_stop_after_a_law_still_ends_the_citations() -> None:
    text = (
        "MANDAT D'ARRÊT\n"
        "Le nommé Dorin VALESCU est inculpé de vol qualifié, faits prévus par l'art. 228 al. 1\n"
        "du Code pénal. Le mandat est délivré en application de l'art. 230 du Code de\n"
        "procédure pénale.\n"
    )
    assert _all(text, "fr") == {"228"}


# ---- general-part rules: "avec application de l'article 35", forfeiture, "(coautoría)"

def test_article_applied_with_an_offence_is_general_part() -> None:
    text = (
        "JUGEMENT\n"
        "Les faits réunissent les éléments de l'infraction d'abus de confiance, prévue par\n"
        "l'article 238 du Code pénal, avec application de l'article 35, alinéa (1), punie de\n"
        "l'emprisonnement d'un à cinq ans.\n"
    )
    assert _all(text, "fr") == {"238"}


def test_forfeiture_article_is_general_part() -> None:
    text = (
        "INDICTMENT\n"
        "C. Provisions of law under which the Accused is charged\n"
        "1. Theft by an employee - offence under section 391 of the Penal Law.\n"
        "2. Money laundering - offence under section 3(a) of the Money Laundering Law.\n"
        "\n"
        "D. Witnesses\n"
        "1. Insp. Dana Levran, Economic Crimes Unit.\n"
        "\n"
        "Notice: the prosecution will request forfeiture of property under section 21 of the\n"
        "Money Laundering Law.\n"
    )
    assert _all(text, "en") == {"391", "3(a)"}


def test_article_glossed_as_co_perpetration_is_general_part() -> None:
    text = (
        "NOTIFICACIÓN ROJA\n"
        "Delitos: robo agravado\n"
        "Legislación aplicable:\n"
        "Código Penal: art. 196, apdo. 1, en relación con el art. 197, apdo. 1, y el art. 20,\n"
        "apdo. 2 (coautoría).\n"
        "Pena máxima: diez años de privación de libertad.\n"
    )
    assert _all(text, "es") == {"196", "197"}


def test_article_glossed_with_an_offence_name_is_kept() -> None:
    text = (
        "NOTIFICACIÓN ROJA\n"
        "Delitos: robo agravado; lesiones\n"
        "Legislación aplicable:\n"
        "Código Penal: art. 196, apdo. 1 (robo), y el art. 128 (lesiones).\n"
        "Pena máxima: diez años de privación de libertad.\n"
    )
    assert {"196", "128"} <= _all(text, "es")


def test_penalty_clause_is_tied_to_its_paragraphed_article() -> None:
    text = (
        "REQUEST FOR EXTRADITION\n"
        "Charges: fraud (Article 286 § 1 of the Criminal Code) and participation in an\n"
        "organised criminal group (Article 258 § 1 of the Criminal Code).\n"
        "\n"
        "The offence under Article 286 § 1 is punishable by imprisonment from 6 months to\n"
        "8 years; the offence under Article 258 § 1 by imprisonment from 3 months to 5 years.\n"
    )
    got = {o.text: o.max_penalty_months for o in read_offenses([view(text, "en")], None)[0]}
    assert got == {"fraud": 96, "participation in an organised criminal group": 60}


# ---- "art. 396 apdo. (2) CPP": the undotted abbreviation of the code of procedure

def test_undotted_procedure_code_abbreviation_is_procedure() -> None:
    text = (
        "SENTENCIA\n"
        "En virtud del art. 396 apdo. (2) CPP condena al acusado Ion MARDARE a la pena de\n"
        "3 años de prisión por el delito de hurto cualificado, previsto en el art. 228\n"
        "apdo. (1) del Código Penal.\n"
    )
    got = _all(text, "es")
    assert "396" not in got
    assert "228" in got


def test_penal_code_abbreviation_is_no_procedure() -> None:
    text = (
        "SENTENCIA\n"
        "Condena al acusado Ion MARDARE a la pena de 3 años de prisión por el delito de\n"
        "hurto cualificado, previsto en el art. 228 apdo. (1) CP.\n"
    )
    assert "228" in _all(text, "es")
