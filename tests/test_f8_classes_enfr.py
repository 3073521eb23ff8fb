"""Layouts and wordings of the f8 development batch (English and French documents) as
classes, in the languages where each exists (fictional texts written for these tests, not
copied from the evaluation set)."""

from __future__ import annotations

import pytest

from pipeline.understand.dates import dates_on, parse_date
from pipeline.understand.penalties import read_penalty
from pipeline.understand.subject import read_subject
from tests.understand_helpers import articles as _articles
from tests.understand_helpers import charges as _charges
from tests.understand_helpers import view as _view

# ---- a borderless table of charges with an index column ("No. | Offence | Provision")


@pytest.mark.parametrize(("text", "lang", "want", "arts"), [
    ("3. He is accused of the following offences:\n\n"
     "No. | Offence | Provision | Maximum penalty\n"
     "1 | Armed robbery | s. 12(2), Penal Code | 20 years\n"
     "2 | Unlawful wounding | s. 40, Penal Code | 7 years\n\n"
     "4. A warrant was issued.\n", "en", ["Armed robbery", "Unlawful wounding"],
     [["12(2)"], ["40"]]),
    ("Il est poursuivi pour les infractions suivantes :\n\n"
     "N° | Infraction | Texte | Peine encourue\n"
     "1 | Vol avec violence | art. 382 du Code pénal | 10 ans\n"
     "2 | Recel | art. 321 du Code pénal | 5 ans\n\n"
     "Fait à Lomé.\n", "fr", ["Vol avec violence", "Recel"], [["382"], ["321"]]),
])
def test_borderless_table_with_index_column(
    text: str, lang: str, want: list[str], arts: list[list[str]]
) -> None:
    assert _charges(text, lang, "ocr") == want
    assert _articles(text, lang, "ocr") == arts


# ---- the particulars opened by "pour avoir" / "for having" / "por haber" end the charge


@pytest.mark.parametrize(("text", "lang", "last"), [
    ("Le nommé X est inculpé de vol, de recel et d'abus de confiance, pour avoir, entre "
     "mars et mai 2023, à Namur, détourné des fonds de son employeur ;\n", "fr",
     "abus de confiance"),
    ("The accused is charged with robbery and kidnapping, for having, on 3 May 2023 at "
     "Lusaka, seized a trader and taken his money.\n", "en", "kidnapping"),
    ("Se le imputan los delitos de estafa y falsedad documental, por haber, entre enero y "
     "marzo de 2023, cobrado cheques falsos.\n", "es", "falsedad documental"),
])
def test_pour_avoir_ends_the_charge(text: str, lang: str, last: str) -> None:
    assert _charges(text, lang)[-1] == last


# ---- a sentence ending "... counts:" over an unnumbered list running over lines


def test_sentence_colon_heads_an_unnumbered_list() -> None:
    text = (
        "1. The accused, a clerk of the District Council, stood trial on two counts:\n\n"
        "fraud by a person employed in the public service contrary to section 270 of the\n"
        "Penal Code; and forgery contrary to section 351 of the Penal Code.\n\n"
        "2. The accused absconded while on bail and did not return.\n\n"
        "3. He is convicted on both counts.\n"
    )
    assert _charges(text, "en", "ocr") == [
        "fraud by a person employed in the public service", "forgery",
    ]
    assert _articles(text, "en", "ocr") == [["270"], ["351"]]


# ---- a numbered section whose opening sentence runs over lines, then the next section


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("2. Offences. From the evidence gathered, the following offences are disclosed\n"
     "against the suspect:\n(i) Robbery, contrary to section 286 of the Penal Code;\n"
     "(ii) Assault, contrary to section 251 of the Penal Code.\n"
     "3. Warrant. A warrant was issued on 2 May 2024.\n4. Recommendation. To circulate.\n",
     "en", ["Robbery", "Assault"]),
    ("2. Qualification. Au vu des auditions, les infractions suivantes sont retenues\n"
     "contre le suspect :\n(i) Vol, prévu par l'article 311 du Code pénal ;\n"
     "(ii) Recel, prévu par l'article 321 du Code pénal.\n"
     "3. Mandat. Un mandat a été décerné.\n4. Proposition. Diffuser.\n",
     "fr", ["Vol", "Recel"]),
])
def test_next_numbered_section_ends_the_list(text: str, lang: str, want: list[str]) -> None:
    assert _charges(text, lang) == want


# ---- laundering "of the proceeds of an offence" is one offence's name


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("Prévenu :\n\n1°) de BLANCHIMENT DU PRODUIT D'UN DÉLIT, pour avoir converti des "
     "fonds ;\n", "fr", "BLANCHIMENT DU PRODUIT D'UN DÉLIT"),
    ("Se le imputa el delito de blanqueo del producto de un delito, previsto en el "
     "artículo 301 del Código Penal.\n", "es", "blanqueo del producto de un delito"),
])
def test_laundering_the_proceeds_of_an_offence(text: str, lang: str, want: str) -> None:
    assert want in _charges(text, lang, "ocr")


# ---- a letter's salutation under the subject's name is no part of it


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("Objet : Demande d'extradition de Monsieur KABORE Jean-Luc\nExcellence,\n\n"
     "J'ai l'honneur de solliciter l'extradition.\n", "fr", "KABORE Jean-Luc"),
    ("Subject: Request for the extradition of Mr. Peter OKELLO\nExcellency,\n\n"
     "I have the honour to request the extradition.\n", "en", "Peter OKELLO"),
])
def test_salutation_after_name(text: str, lang: str, name: str) -> None:
    assert [n.value for n in read_subject([_view(text, lang, "ocr")]).names] == [name]


# ---- a caption name with its alias in brackets on the next line ("(also called ...)")


@pytest.mark.parametrize(("text", "lang", "name", "alias"), [
    ('BETWEEN\nTHE REPUBLIC\nAND\nMARCUS DELANO PINDER-SMITH\n(also called "Marky")\n\n'
     "INDICTMENT\n", "en", "MARCUS DELANO PINDER-SMITH", "Marky"),
    ("ENTRE\nLE MINISTÈRE PUBLIC\nET\nJEAN-PAUL MBEKI NDONGO\n(aussi appelé « Papou »)\n\n"
     "ACTE D'ACCUSATION\n", "fr", "JEAN-PAUL MBEKI NDONGO", "Papou"),
])
def test_caption_name_with_bracketed_alias_below(
    text: str, lang: str, name: str, alias: str
) -> None:
    subject = read_subject([_view(text, lang)])
    assert name in [n.value for n in subject.names]
    assert alias in [a.value for a in subject.aliases]


# ---- an ordinal day OCR split in two ("1 1th day of September")


@pytest.mark.parametrize(("text", "lang", "iso"), [
    ("Given under my hand this 2 3rd day of October\n2024.", "en", "2024-10-23"),
    ("Fait à Dakar, le 1 1er mars 2024.", "fr", "2024-03-11"),
])
def test_split_ordinal_day(text: str, lang: str, iso: str) -> None:
    assert [d.iso for d in dates_on(_view(text, lang, "ocr"))] == [iso]


def test_split_ordinal_day_parsed() -> None:
    assert parse_date("1 1th day of September 2024", "en") == "2024-09-11"


# ---- "the death penalty does not exist" is an assurance, not a maximum


@pytest.mark.parametrize(("text", "lang"), [
    ("The requesting State assures that the death penalty does not exist under its law.", "en"),
    ("L'État requérant assure que la peine de mort n'existe pas dans sa législation.", "fr"),
    ("El Estado requirente asegura que la pena de muerte no existe en su legislación.", "es"),
])
def test_death_penalty_does_not_exist(text: str, lang: str) -> None:
    assert read_penalty(text, lang).kind != "death"
