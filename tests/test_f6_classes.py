"""Layouts of the f6 development batch as classes, in the languages where each exists
(fictional texts written for these tests, not copied from the evaluation set)."""

from __future__ import annotations

import pytest

from pipeline.understand.charges import read_offenses
from pipeline.understand.penalties import read_penalty
from tests.understand_helpers import doc_type as _doc_type
from tests.understand_helpers import offenses as _offenses
from tests.understand_helpers import view as _view

# ---- a Canadian information (Criminal Code, Form 2): "DÉNONCIATION" / "INFORMATION", and
# counts whose particulars end "commettant ainsi l'acte criminel prévu à l'alinéa 267(1)a)"


@pytest.mark.parametrize(("text", "lang"), [
    ("CANADA\nPROVINCE DE L'ONTARIO\nCOUR DE JUSTICE\n\nSA MAJESTÉ LE ROI\nc.\nJean DUPUIS\n\n"
     "DÉNONCIATION\n\nLe dénonciateur déclare qu'il a des motifs raisonnables de croire et "
     "croit que :\n\nChef 1 - Voies de fait armées\nLe 3 mars 2024, à Ottawa, a commis des voies "
     "de fait, commettant ainsi l'acte criminel prévu à l'alinéa 267(1)a) du Code criminel.\n",
     "fr"),
    ("CANADA\nPROVINCE OF MANITOBA\nPROVINCIAL COURT\n\nHIS MAJESTY THE KING\nv.\nJohn DOE\n\n"
     "INFORMATION\n\nThe informant says that he believes on reasonable grounds that:\n\n"
     "Count 1 - Assault with a weapon\nOn 3 March 2024, at Winnipeg, did commit an assault, "
     "thereby committing an indictable offence under paragraph 267(a) of the Criminal Code.\n",
     "en"),
])
def test_canadian_information_is_an_indictment(text: str, lang: str) -> None:
    assert _doc_type(text, lang) == "indictment"


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("Chef 1 - Voies de fait armées\nLe 3 mars 2024, à Ottawa, a commis des voies de fait "
     "armées sur Paul Roy, commettant ainsi l'acte criminel prévu à l'alinéa 267(1)a) du "
     "Code criminel.\n\nChef 2 - Trafic de cannabis\nEntre le 1er et le 3 mars 2024, a fait le "
     "trafic de cannabis, commettant ainsi l'acte criminel prévu au paragraphe 9(1) et "
     "punissable en vertu de l'alinéa 9(2)a) de la Loi.\n", "fr",
     [("Voies de fait armées", ["267(1)a)"]), ("Trafic de cannabis", ["9(1)", "9(2)a)"])]),
    ("Count 1 - Assault with a weapon\nOn 3 March 2024, at Winnipeg, did assault Paul Roy "
     "with a knife, thereby committing an indictable offence under section 267(a) of the "
     "Criminal Code.\n", "en", [("Assault with a weapon", ["267(a)"])]),
])
def test_canadian_counts_take_the_article_of_their_particulars(
    text: str, lang: str, want: list[tuple[str, list[str]]]
) -> None:
    assert _offenses(text, lang) == want


# ---- Saudi death penalty "القتل تعزيراً" / "القتل حداً" after "وعقوبته": a penalty, no charge


def test_death_as_tazir_is_a_penalty_not_a_charge() -> None:
    text = ("وهي الأفعال التي تشكل الجرائم الآتية:\n"
            "١- تهريب الأسلحة، المعاقب عليه بالمادة (٤٠) من نظام الأسلحة، وعقوبته القتل تعزيراً.\n"
            "٢- التزوير، المعاقب عليه بالمادة (٥) من النظام الجزائي، "
            "بالسجن مدة لا تزيد على خمس سنوات.\n")
    offs = read_offenses([_view(text, "ar")], None)[0]
    assert [o.text for o in offs] == ["تهريب الأسلحة", "التزوير"]
    assert offs[0].penalty_kind == "death"


@pytest.mark.parametrize("text", [
    "وعقوبته القتل تعزيراً.",
    "ويعاقب مرتكب الجريمة بالقتل حداً.",
])
def test_arabic_death_wordings(text: str) -> None:
    assert read_penalty(text, "ar").kind == "death"


# ---- a span of time right after a charging cue ("بأنه خلال الفترة من ...", "during the
# period from ..."): the time of the acts, no charge


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("اتهمت النيابة العامة المتهم بأنه خلال الفترة من شهر رجب ١٤٤٤هـ حتى شعبان، في مدينة جدة، "
     "قام بتوزيع أقراص مخدرة.\n\nوهي الأفعال التي تشكل الجرائم الآتية:\n"
     "١- ترويج المواد المخدرة، المعاقب عليه بالمادة (٣٨) من النظام.\n", "ar",
     ["ترويج المواد المخدرة"]),
])
def test_time_span_after_a_cue_is_no_charge(text: str, lang: str, want: list[str]) -> None:
    assert [t for t, _a in _offenses(text, lang)] == want


# ---- an article inserted after another and numbered: "389 مكرر 1", "389 bis 1", "25 مكرراً/1"


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("التهم:\n- تبييض الأموال، المادة 389 مكرر 2 من قانون العقوبات.\n", "ar", ["389 مكرر 2"]),
    ("Infractions :\n- blanchiment, prévu et puni par l'article 389 bis 2 du Code pénal.\n", "fr",
     ["389 bis 2"]),
    ("التهم:\n- إحراز سلاح أبيض بغير ترخيص، المعاقب عليه بالمادة ٢٥ مكرراً/١ من القانون.\n",
     "ar", ["25 مكرراً/1"]),
])
def test_numbered_inserted_article(text: str, lang: str, want: list[str]) -> None:
    assert [a for _t, arts in _offenses(text, lang) for a in arts] == want


# ---- the legal character of an offence in brackets after its name is no part of it


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("Charges: Estafa;\nIllegal recruitment committed by a syndicate (economic sabotage).\n",
     "en", ["Estafa", "Illegal recruitment committed by a syndicate"]),
    ("Infractions : fraude fiscale (délit) ;\nrecel (délit).\n", "fr", ["fraude fiscale", "recel"]),
    ("Delitos: contrabando (delito grave);\nreceptación.\n", "es", ["contrabando", "receptación"]),
])
def test_bracketed_legal_character_is_dropped(text: str, lang: str, want: list[str]) -> None:
    assert [t for t, _a in _offenses(text, lang)] == want


# ---- a lettered outline: "C. OFFENCES" then "D. WARRANT" (the blank line lost) ends the list


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("B. FACTS\nHe sold drugs.\nC. OFFENCES\n1. Drug trafficking, section 39B of the Act.\n"
     "2. Money laundering, section 4 of the Act.\nD. WARRANT\nA warrant was issued on 3 May "
     "2023 by the Magistrate.\n", "en", ["Drug trafficking", "Money laundering"]),
    ("B. FAITS\nIl a vendu de la drogue.\nC. INFRACTIONS\n1. Trafic de stupéfiants, prévu par "
     "l'article 222-37 du Code pénal.\n2. Blanchiment, prévu par l'article 324-1.\nD. MANDAT\n"
     "Un mandat a été décerné le 3 mai 2023 par le juge.\n", "fr",
     ["Trafic de stupéfiants", "Blanchiment"]),
])
def test_lettered_outline_ends_the_list(text: str, lang: str, want: list[str]) -> None:
    assert [t for t, _a in _offenses(text, lang)] == want


# ---- a figure and full stop ending a line ("... de Sfax 2.") opens no item on the next line


def test_figure_ending_a_line_is_no_marker() -> None:
    text = ("Ces faits sont qualifiés de :\n1. meurtre, prévu et réprimé par l'article 205 ;\n"
            "2. vol, prévu et réprimé par l'article 258.\nLe mandat a été décerné par le juge "
            "du Tribunal de Sousse 2.\nLe Gouvernement donne l'assurance que la peine ne sera "
            "pas exécutée.\n")
    assert [t for t, _a in _offenses(text, "fr")] == ["meurtre", "vol"]


# ---- a penalty right after a comma ends the charge ("por el delito de X, DOS AÑOS DE
# PRISIÓN"); a Spanish drug qualifier after a comma is no part of the charge


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("FALLO\nCondenamos al acusado a las penas de: por el delito de estafa, TRES AÑOS DE "
     "PRISIÓN; por el delito de falsedad documental, UN AÑO DE PRISIÓN.\n", "es",
     ["estafa", "falsedad documental"]),
    ("Los hechos son constitutivos de un delito contra la salud pública, de sustancias que "
     "causan grave daño a la salud, de los arts. 368 y 369 del Código Penal.\n", "es",
     ["delito contra la salud pública"]),
])
def test_penalty_or_qualifier_after_a_comma_ends_the_charge(
    text: str, lang: str, want: list[str]
) -> None:
    assert [t for t, _a in _offenses(text, lang)] == want


# ---- "par effraction": the means of a theft in the facts is no charge of its own


def test_means_of_theft_is_no_charge() -> None:
    text = ("ARRÊT\nAttendu que l'accusé a été renvoyé pour meurtre, prévu et réprimé par "
            "l'article 275 du Code pénal ;\nAttendu qu'il s'est introduit par effraction au "
            "domicile de la victime ;\n")
    views = [_view(text, "fr")]
    got = [o.text for o in read_offenses(views, "judgment")[0]]
    assert "effraction" not in got
