"""Charge, penalty and sentence layouts as classes, in the languages where each exists
(fictional texts written for these tests)."""

from __future__ import annotations

import pytest

from pipeline.records import Page
from pipeline.understand.charges import read_offenses, read_sentence
from pipeline.understand.pageview import PageView, view_page
from pipeline.understand.penalties import read_penalty


def _view(text: str, lang: str) -> PageView:
    return view_page("t", Page(number=1, text=text, method="text-layer"), lang)


def _charges(text: str, lang: str) -> list[str]:
    return [o.text for o in read_offenses([_view(text, lang)], None)[0]]


# ---- a numbered heading of the offences ("3. INFRACCIONES", "III. QUALIFICATIONS ET TEXTES")


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("2. HECHOS\nEl requerido vendió armas en Lima.\n\n3. INFRACCIONES\n"
     "- Homicidio calificado: artículo 108 del Código Penal.\n"
     "- Tráfico de armas: artículo 279 del Código Penal.\n\n4. ORDEN JUDICIAL\nOrden n.º 12.",
     "es", ["Homicidio calificado", "Tráfico de armas"]),
    ("II. FAITS\nIl a volé des bijoux.\n\nIII. QUALIFICATIONS ET TEXTES\n"
     "- vol aggravé, prévu et puni par l'article 311 du Code pénal ;\n"
     "- recel, prévu et puni par l'article 321 du Code pénal.\n\nIV. MANDAT\nMandat n° 3.",
     "fr", ["vol aggravé", "recel"]),
    ("2. FACTS\nHe sold firearms.\n\n3. OFFENCES AND PROVISIONS\n"
     "- Murder: section 302 of the Penal Code.\n- Robbery: section 392 of the Penal Code.\n",
     "en", ["Murder", "Robbery"]),
])
def test_numbered_offences_heading(text: str, lang: str, want: list[str]) -> None:
    assert _charges(text, lang) == want


# ---- a law's title that runs over a line break with "y"/"and" is not a further charge


def test_law_title_with_number_and_subject_is_no_charge() -> None:
    text = ("DELITOS\n- Tráfico de drogas: artículos 4 y 5 de la Ley 12-34 sobre Drogas y\n"
            "  Sustancias Controladas; pena de cinco a diez años de prisión.\n"
            "- Estafa: artículo 405 del Código Penal.\n")
    assert _charges(text, "es") == ["Tráfico de drogas", "Estafa"]


# ---- "(Cap. 63)": a figure closing a bracket is no list marker


def test_bracketed_chapter_is_no_item_marker() -> None:
    text = ("CHARGES\n(i) Forgery, contrary to section 349 of the Penal Code (Cap. 12): "
            "maximum three (3) years' imprisonment;\n"
            "(ii) Theft, contrary to section 268 of the Penal Code: maximum seven (7) years' "
            "imprisonment.\n")
    assert _charges(text, "en") == ["Forgery", "Theft"]


# ---- a label's list ending its line with ";" goes on below


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("Charges: Forgery of documents;\nMoney laundering.\n\nLaws: sections 4 and 6 of Act 9.",
     "en", ["Forgery of documents", "Money laundering"]),
    ("Infractions : escroquerie ;\nabus de confiance.\n\nTextes : articles 313 et 314.", "fr",
     ["escroquerie", "abus de confiance"]),
    ("Delitos: Estafa;\nApropiación indebida.\n\nNormas: artículos 248 y 253.", "es",
     ["Estafa", "Apropiación indebida"]),
])
def test_label_list_goes_on_after_semicolon(text: str, lang: str, want: list[str]) -> None:
    assert _charges(text, lang) == want


def test_label_list_stops_before_next_label() -> None:
    assert _charges("Charges: Forgery of documents;\nDate of warrant: 3 May 2020.", "en") == [
        "Forgery of documents"
    ]


# ---- "one count of X ... and one count of Y" in running text


def test_counts_of_in_running_text() -> None:
    text = ("You were charged with one count of Burglary contrary to section 312 of the Crimes "
            "Act and one count of Unlawful Use of Motor Vehicle contrary to section 292 of the "
            "Crimes Act. You pleaded not guilty.")
    assert _charges(text, "en") == ["Burglary", "Unlawful Use of Motor Vehicle"]


# ---- "these acts are qualified as:" over a list


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("Attendu que ces faits sont susceptibles d'être qualifiés de :\n"
     "- abus de confiance (art. 138 CP), passible de cinq ans au plus ;\n"
     "- faux dans les titres (art. 251 CP), passible de cinq ans au plus ;\n", "fr",
     ["abus de confiance", "faux dans les titres"]),
    ("Ces faits sont qualifiés de :\n1. vol avec violence, prévu par l'article 260 ;\n"
     "2. recel, prévu par l'article 261.\n", "fr", ["vol avec violence", "recel"]),
    ("Los hechos son calificados como:\n1. Estafa, artículo 196 del Código Penal;\n"
     "2. Falsificación de documentos, artículo 427 del Código Penal.\n", "es",
     ["Estafa", "Falsificación de documentos"]),
    ("These acts are qualified as:\n1. Fraud, section 415 of the Penal Code;\n"
     "2. Forgery, section 463 of the Penal Code.\n", "en", ["Fraud", "Forgery"]),
])
def test_qualified_as_over_a_list(text: str, lang: str, want: list[str]) -> None:
    assert _charges(text, lang) == want


# ---- the rule of speciality ("ne sera poursuivi pour aucun autre fait") names no charge


def test_speciality_clause_with_ne_is_no_charge() -> None:
    text = ("Ces faits sont qualifiés de :\n1. escroquerie, prévue et punie par l'article 291.\n\n"
            "L'intéressé ne sera poursuivi pour aucun autre fait antérieur à sa remise.")
    assert _charges(text, "fr") == ["escroquerie"]


# ---- a maximum stated in a sentence that names the offence


def test_maximum_in_a_sentence_naming_the_offence() -> None:
    text = ("You were charged with one count of Burglary contrary to section 312 of the Crimes "
            "Act and one count of Forgery contrary to section 156 of the Crimes Act.\n\n"
            "The maximum penalty for Burglary is 17 years' imprisonment. Forgery carries a "
            "maximum penalty of 10 years' imprisonment.")
    got = {o.text: o.max_penalty_months for o in read_offenses([_view(text, "en")], None)[0]}
    assert got == {"Burglary": 204, "Forgery": 120}


# ---- penalties: the verb "punit", death with "punit de mort"


@pytest.mark.parametrize(("text", "lang", "kind", "months"), [
    ("L'article 296 du Code pénal punit de mort l'assassinat.", "fr", "death", None),
    ("L'article 311 punit le vol d'un emprisonnement de cinq à dix ans.", "fr", "custodial", 120),
    ("El artículo 140 castiga con la muerte el parricidio.", "es", "death", None),
])
def test_penalty_verbs(text: str, lang: str, kind: str, months: int | None) -> None:
    p = read_penalty(text, lang)
    assert (p.kind, p.max_months) == (kind, months)


# ---- sentences: life sentence, and a total after the sentences imposed


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("Par ces motifs, le Tribunal le condamne à l'emprisonnement à vie.", "fr", "life"),
    ("The Court sentenced him to life imprisonment.", "en", "life"),
    ("Condenamos al acusado a las penas de: por el delito de estafa, TRES AÑOS DE PRISIÓN; "
     "por el delito de falsedad, UN AÑO DE PRISIÓN; lo que hace un total de cuatro años de "
     "prisión.", "es", "48"),
    ("Le Tribunal le condamne à deux ans pour le vol et à un an pour le recel, "
     "soit au total trois ans d'emprisonnement.", "fr", "36"),
])
def test_sentence_imposed(text: str, lang: str, want: str) -> None:
    sentence, _remaining = read_sentence([_view(text, lang)])
    assert sentence is not None and sentence.normalized == want


def test_total_of_maxima_is_no_sentence() -> None:
    p = read_penalty("Each offence is punishable by up to 10 years; a total of 30 years.", "en")
    assert (p.max_months, p.sentence_months) == (120, None)
