"""Penalties: an assurance that names a death penalty or a bound that will not apply, in the
f15 development batch, as classes (fictional texts written for these tests, not copied from
the evaluation set)."""

from __future__ import annotations

from pipeline.understand.penalties import read_penalty


def _max(text: str, lang: str) -> object:
    p = read_penalty(text, lang)
    return p.kind if p.kind in ("life", "death") else p.max_months


# ---- an assurance goes on with "ni" / "nor": the bound it names is no maximum


def test_assurance_carried_on_by_ni_sets_aside_the_term_it_names():
    text = ("Fraude: prisión de ocho a doce años.\n"
            "El Estado requirente garantiza que no se impondrá pena de muerte ni perpetua, "
            "ni superior a veinticinco años.\n")
    assert _max(text, "es") == 144


def test_a_penalty_under_a_cue_of_its_own_after_the_assurance_still_counts():
    text = ("La pena de muerte ha sido abolida; el homicidio agravado será castigado con "
            "prisión de veinte a treinta años.\n")
    assert _max(text, "es") == 360


# ---- a death penalty the text says is abolished ("est abolie")


def test_death_penalty_said_abolished_is_no_maximum():
    text = ("a) vol aggravé : réclusion criminelle de cinq à quinze ans.\n"
            "GARANTIES\nLa peine de mort est abolie dans l'État requérant depuis 2012.\n")
    assert _max(text, "fr") == 180


def test_death_penalty_stated_as_the_maximum_still_reads_death():
    text = "a) assassinat : puni de mort ou de la réclusion criminelle à perpétuité.\n"
    assert _max(text, "fr") == "death"
