"""Round-2 category classes of the b22 development cases (r2b): an Arabic construct whose
possessor takes a pronoun suffix instead of the article ("لمؤخر صداقها" for "مؤخر الصداق")
still matches the lexicon term; a theft whose force is told after its object ("سرقة معدات
التصوير بطريق الإكراه") is a robbery; cash hidden from the customs control is concealment,
not a bare failure to declare; a possession "para el consumo" is personal use. Each has a
counterpart that must still read the other way.

Each text is fictional and written for the test; none is taken from a case file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.records import Page
from pipeline.understand.charges import read_offenses
from pipeline.understand.nlp import arabic_possessed
from pipeline.understand.pageview import PageView, view_page
from tests.test_flags import analyze, codes, held, packet

ADMIN = "offense.administrative-private"


def _view(text: str, lang: str) -> PageView:
    return view_page("t", Page(number=1, text=text, method="text-layer"), lang)


# -------------------------------------------------- a possessed construct ("مؤخر صداقها")


def test_possessed_construct_matches_the_article_term() -> None:
    view = _view("حرر الشيك وفاء لمؤخر صداقها ونفقة الطفلين.\n", "ar")
    entries = {h.entry_id for h in view.hits("flags-offense")}
    assert "offense.family-private.marital-property-dowry" in entries


def test_a_phrase_with_the_article_on_both_words_gets_no_possessed_form() -> None:
    assert arabic_possessed("الجريمه المنظمه") == set()
    assert "نفقتها المقرره" not in arabic_possessed("النفقه المقرره")
    assert "دفع نفقتها" in arabic_possessed("دفع النفقه")


# -------------------------------------------------- theft by force is a robbery


def _codes(text: str, lang: str) -> list[str | None]:
    return [o.iccs_code for o in read_offenses([_view(text, lang)], None)[0]]


@pytest.mark.parametrize(("text", "lang"), [
    ("التهمة: سرقة معدات التصوير بطريق الإكراه.\n", "ar"),
    ("Charge: theft of two cameras by force.\n", "en"),
    ("Delito: hurto de dos cámaras con violencia.\n", "es"),
])
def test_theft_with_force_after_its_object_is_robbery(text: str, lang: str) -> None:
    assert _codes(text, lang) == ["0401"]


@pytest.mark.parametrize(("text", "lang"), [
    ("التهمة: سرقة معدات التصوير من المخزن.\n", "ar"),
    ("Charge: theft of two cameras from a shop.\n", "en"),
])
def test_theft_without_force_stays_theft(text: str, lang: str) -> None:
    assert _codes(text, lang) == ["0502"]


# -------------------------------------------------- currency hidden from the customs control

CUSTOMS = (
    "DIFFUSION - NCB Port Aldren - XX/2024/0311\n"
    "Name: TAVOREN Ilas, born 1986 in Kessel.\n"
    "Facts: On 4 May 2024 at Kessel airport the customs control found on the wanted person"
    " 70,000 euros {how}, undeclared, before he boarded a flight.\n"
    "Charge: failure to declare currency. Penalty: imprisonment up to 2 years.\n"
    "Warrant of the Kessel District Court, 9 June 2024.\n"
)


def test_currency_hidden_in_a_bag_is_concealment(tmp_path: Path) -> None:
    _, assessment = analyze(tmp_path, CUSTOMS.format(how="hidden in a bag of camera equipment"))
    assert ADMIN not in codes(assessment)
    assert ADMIN in held(assessment)


def test_currency_carried_openly_is_still_administrative(tmp_path: Path) -> None:
    _, assessment = analyze(tmp_path, CUSTOMS.format(how="in his wallet"))
    assert ADMIN in codes(assessment)


# -------------------------------------------------- possession "para el consumo"

CULTURAL = "offense.cultural-norms"
POSESION = (
    "SENTENCIA - Juzgado Penal de Velmar, 12 de marzo de 2024.\n"
    "Acusado: ALDANA RUIZ, Mario, nacido el 3 de mayo de 1994.\n"
    "Hechos probados: el 2 de enero de 2024 se le encontraron 9 gramos de marihuana en su"
    " mochila.\n"
    "Se le condena por el delito de {delito} a cuatro meses de prisión.\n"
)


def test_posesion_para_el_consumo_is_personal_use(tmp_path: Path) -> None:
    _, assessment = analyze(tmp_path, POSESION.format(delito="POSESIÓN PARA EL CONSUMO"))
    assert CULTURAL in codes(assessment)


def test_posesion_para_la_venta_is_not(tmp_path: Path) -> None:
    _, assessment = analyze(tmp_path, POSESION.format(delito="POSESIÓN PARA LA VENTA"))
    assert CULTURAL not in codes(assessment)


# -------------------------------------------------- a year of birth given alone

IDENTITY = "consistency.identity"
NOTICE = (
    "NOTICE ROUGE - BCN Port Aldren - XX/2024/0733\n"
    "Personne recherchée : TAVOREN Ilas, mère : Sora, né en 1990 à Kessel.\n"
    "Faits : le 14 juillet 2024 à Kessel, il a tué Marc Odel par balles lors d'une dispute.\n"
    "Infraction : homicide volontaire. Peine : réclusion à perpétuité.\n"
    "Mandat d'arrêt du juge d'instruction de Kessel du 2 octobre 2024.\n"
)
DECISION = (
    "Chambre d'accusation de Kessel, décision n° 611/2024\n"
    "Accusé : Ilas TAVOREN, mère : Sora, né en {year} à Kessel, en fuite.\n"
    "Il lui est reproché d'avoir, le 14 juillet 2024 à Kessel, tué Marc Odel par balles.\n"
    "La Chambre renvoie l'accusé devant la Cour criminelle pour homicide volontaire.\n"
)


def test_years_of_birth_given_alone_that_differ(tmp_path: Path) -> None:
    _, assessment = packet(tmp_path, {
        "notice.txt": ("red-notice", NOTICE),
        "decision.txt": ("indictment", DECISION.format(year="1994")),
    }, "XX")
    assert IDENTITY in codes(assessment)


def test_the_same_year_of_birth_given_alone(tmp_path: Path) -> None:
    _, assessment = packet(tmp_path, {
        "notice.txt": ("red-notice", NOTICE),
        "decision.txt": ("indictment", DECISION.format(year="1990")),
    }, "XX")
    assert IDENTITY not in codes(assessment)
