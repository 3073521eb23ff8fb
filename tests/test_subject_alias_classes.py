"""Alias markers and notice-status labels as classes, in the four languages (fictional
texts written for these tests)."""

from __future__ import annotations

import pytest

from pipeline.records import Page
from pipeline.understand.notice import read_notice
from pipeline.understand.pageview import PageView, view_page
from pipeline.understand.subject import read_subject


def _view(text: str, lang: str) -> PageView:
    return view_page("t", Page(number=1, text=text, method="text-layer"), lang)


def _aliases(text: str, lang: str) -> list[str]:
    return [a.value for a in read_subject([_view(text, lang)]).aliases]


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("Full name: Peter OKAFOR\nOther names used: \"Big P\"; OKAFOR Pete\nSex: Male",
     "en", ["Big P", "OKAFOR Pete"]),
    ("Nom et prénoms : Paul MBOMA\nAutres noms utilisés : « Polo » ; MBOMA Pol\nSexe : M",
     "fr", ["Polo", "MBOMA Pol"]),
    ("Nombre completo: Luis PAZ ROJAS\nOtros nombres utilizados: \"el Flaco\"; Luis ROJAS\n"
     "Sexo: masculino", "es", ["el Flaco", "Luis ROJAS"]),
    ("الاسم الكامل: سالم عبد الله الفهد\nالأسماء الأخرى المستخدمة: أبو فهد ؛ Salem AL FAHAD\n"
     "الجنس: ذكر", "ar", ["أبو فهد", "Salem AL FAHAD"]),
])
def test_other_names_used_label(text: str, lang: str, want: list[str]) -> None:
    assert _aliases(text, lang) == want


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("ضد المتهم: سالم عبد الله الفهد، الشهير بـ «أبو فهد»، مواليد 1980", "ar", ["أبو فهد"]),
    ("المطلوب: سالم عبد الله الفهد الملقب بـ «فهودي»، مواليد 1980", "ar", ["فهودي"]),
    ("المطلوب: سالم عبد الله الفهد، المعروف بـ\n«أبو فهد»، مواليد 1980", "ar", ["أبو فهد"]),
    ("                 Jean-Paul TREMBLAY\n           aussi connu sous le nom de « Ti-Paul »\n",
     "fr", ["Ti-Paul"]),
])
def test_alias_markers_before_a_quote(text: str, lang: str, want: list[str]) -> None:
    assert _aliases(text, lang) == want


def test_marker_inside_label_value() -> None:
    text = "Nombre: Luis PAZ\nOtros nombres utilizados: alias «el Flaco», alias «Lucho»\nSexo: M"
    assert _aliases(text, "es") == ["el Flaco", "Lucho"]


def test_chained_at_markers() -> None:
    text = "WHEREAS Harjit Singh GILL @ Jeetu @ Harry Gill, son of Mohan Singh, is accused"
    assert _aliases(text, "en") == ["Jeetu", "Harry Gill"]


@pytest.mark.parametrize(("text", "lang"), [
    ("Our ref: NCB/1\nStatus of this diffusion: ACTIVE\n", "en"),
    ("Réf. : BCN/1\nStatut de la diffusion : VALIDE\n", "fr"),
    ("Ref.: OCN/1\nEstado de la difusión: ACTIVA\n", "es"),
    ("المرجع: 1\nحالة التعميم: ساري المفعول\n", "ar"),
])
def test_diffusion_status_label(text: str, lang: str) -> None:
    status = read_notice([_view(text, lang)], "diffusion").status
    assert status and status[0].normalized == "active"
