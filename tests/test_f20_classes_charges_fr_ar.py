"""Charges of the f20 development batch, French and Arabic, as classes (fictional texts
written for these tests, not copied from the evaluation set)."""

from __future__ import annotations

from pipeline.understand.charges import read_offenses
from tests.understand_helpers import view


def _charges(text: str, lang: str, doc_type: str | None = None) -> list[str]:
    return [o.text for o in read_offenses([view(text, lang, "text-layer")], doc_type)[0]]


# ---- "Inculpé d'avoir ... ;" then "faits qualifiés de X et de Y": the qualification names them

_INCULPE = (
    "MANDAT D'ARRÊT\n"
    "Inculpé d'avoir, à Banfora, en 2023, soustrait des fonds de la coopérative ;\n"
    "faits qualifiés de détournement de deniers publics et de blanchiment de capitaux, prévus\n"
    "et réprimés par l'article 331-1 du Code pénal ;\n"
    "\n"
    "Fait à Banfora.\n"
)


def test_particulars_then_qualification_name_the_charges() -> None:
    assert _charges(_INCULPE, "fr", "arrest-warrant") == [
        "détournement de deniers publics", "blanchiment de capitaux"]


def test_particulars_without_qualification_stay_as_read() -> None:
    text = _INCULPE.replace(
        "faits qualifiés de détournement de deniers publics et de blanchiment de capitaux, "
        "prévus\net réprimés par l'article 331-1 du Code pénal ;\n", "")
    assert "détournement de deniers publics" not in _charges(text, "fr", "arrest-warrant")


# ---- "Premier chef : mettre l'inculpé en accusation pour X": the count's charge is X

_CHEFS = (
    "Décision d'accusation n° 7/2025\n"
    "Les faits : M. Fadi NAHAS a trompé des épargnants. Son associé, Georges TAMER, est "
    "poursuivi séparément du chef de complicité d'escroquerie.\n"
    "PAR CES MOTIFS, la Chambre décide :\n"
    "Premier chef : mettre l'inculpé en accusation pour escroquerie, faits\n"
    "prévus et réprimés par l'article 655 du Code pénal ;\n"
    "Deuxième chef : le mettre en accusation pour abus de confiance, faits\n"
    "prévus et réprimés par l'article 670 du Code pénal ;\n"
    "\n"
    "Décision rendue à Zahlé.\n"
)


def test_ordinal_count_with_indicting_formula() -> None:
    assert _charges(_CHEFS, "fr", "indictment") == ["escroquerie", "abus de confiance"]


def test_count_opening_with_an_offence_keeps_it() -> None:
    text = (
        "INDICTMENT\n"
        "Count 3: Commission of an offence for a criminal organization, contrary to section "
        "467.12 of the Criminal Code.\n"
    )
    assert _charges(text, "en", "indictment") == [
        "Commission of an offence for a criminal organization"]


def test_ordinal_count_without_formula_is_the_name() -> None:
    text = _CHEFS.replace("mettre l'inculpé en accusation pour ", "").replace(
        "le mettre en accusation pour ", "")
    assert _charges(text, "fr", "indictment") == ["escroquerie", "abus de confiance"]


# ---- ", commis la nuit", ", aggravé par ...", ", en qualité de ...": not part of the name

_AGGRAVATED = (
    "RAPPORT D'ENQUÊTE\n"
    "Infractions retenues :\n"
    "- vol qualifié, commis la nuit et en réunion ;\n"
    "- trafic illicite de migrants, aggravé par la mise en danger des personnes ;\n"
    "- participation à une organisation criminelle, en qualité de dirigeant.\n"
)


def test_aggravation_and_role_after_comma_are_cut() -> None:
    assert _charges(_AGGRAVATED, "fr", "police-report") == [
        "vol qualifié", "trafic illicite de migrants",
        "participation à une organisation criminelle"]


def test_name_without_comma_keeps_its_words() -> None:
    text = _AGGRAVATED.replace("vol qualifié, commis la nuit et en réunion",
                               "vol commis la nuit")
    assert _charges(text, "fr", "police-report")[0] == "vol commis la nuit"


# ---- "faux en écritures ... et usage de faux": one qualification; "et d'usage de faux": two

_FORGERY = (
    "DIFFUSION\n"
    "Infractions : escroquerie, blanchiment de capitaux, faux en écritures de commerce et "
    "usage de faux.\n"
)


def test_forgery_and_use_is_one_qualification() -> None:
    assert _charges(_FORGERY, "fr", "diffusion")[-1] == (
        "faux en écritures de commerce et usage de faux")


def test_forgery_and_repeated_link_use_is_two() -> None:
    text = (
        "Ordonnance de renvoi\n"
        "Renvoie le prévenu devant le tribunal correctionnel du chef de faux en écritures de "
        "commerce et d'usage de faux, prévus par les articles 193 et 197 du Code pénal.\n"
    )
    assert _charges(text, "fr", "indictment") == ["faux en écritures de commerce", "usage de faux"]


# ---- "poursuivi pour avoir ...": particulars, not a charge's name

_POURSUIVI = (
    "JUGEMENT\n"
    "Attendu que Sékou DIARRA est poursuivi pour avoir, à Kayes, courant 2021, obtenu des\n"
    "fonds par de fausses qualités ;\n"
    "PAR CES MOTIFS\n"
    "Déclare Sékou DIARRA coupable d'escroquerie ;\n"
)


def test_prosecuted_for_having_is_no_charge() -> None:
    assert _charges(_POURSUIVI, "fr", "judgment") == ["escroquerie"]


def test_prosecuted_for_a_name_is_a_charge() -> None:
    text = _POURSUIVI.replace(
        "poursuivi pour avoir, à Kayes, courant 2021, obtenu des\nfonds par de fausses qualités",
        "poursuivi pour abus de confiance")
    assert "abus de confiance" in _charges(text, "fr", "judgment")


# ---- Arabic: "المعاقب بالمادة" ends a charge; "(أ)" markers go

_ARABIC = (
    "طلب تسليم\n"
    "التهم:\n"
    "(أ) خيانة الأمانة، المعاقب عليها بالمادة 409 من قانون العقوبات؛\n"
    "(ب) حمل سلاح أبيض دون ترخيص المعاقب بالمادة 41 من المرسوم.\n"
)


def test_abjad_markers_and_punished_by_article_cut() -> None:
    assert _charges(_ARABIC, "ar", "extradition-request") == [
        "خيانة الأمانة", "حمل سلاح أبيض دون ترخيص"]


def test_latin_letter_markers_still_go() -> None:
    text = _ARABIC.replace("(أ)", "(a)").replace("(ب)", "(b)")
    assert _charges(text, "ar", "extradition-request") == [
        "خيانة الأمانة", "حمل سلاح أبيض دون ترخيص"]


def test_tunisian_association_is_an_offence() -> None:
    text = (
        "حكم\n"
        "وحيث إن الأفعال تشكل جرائم السرقة الموصوفة، تكوين وفاق بقصد الاعتداء على الأملاك،\n"
        "طبق الفصول 260 و131 من المجلة الجزائية.\n"
    )
    assert _charges(text, "ar", "judgment") == [
        "السرقة الموصوفة", "تكوين وفاق بقصد الاعتداء على الأملاك"]
