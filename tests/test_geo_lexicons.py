"""The geography lexicons: countries (names, demonyms, entities) and places (cities)."""

from __future__ import annotations

import re
from collections import defaultdict

import pytest

from pipeline.lexicons import Language, Lexicon, load_lexicon
from pipeline.text.normalize import normalize_term

ISO_CODE = re.compile(r"^[A-Z]{2}$")
ENTITY_CODES = {"ICC", "IRMCT", "STL", "EULEX", "UNMIK", "RSCSL"}
LANGUAGES = ("en", "fr", "es", "ar")
# Entries that lack a language on purpose (their only words are ambiguous there; see `source`).
MISSING_ON_PURPOSE = {("country.gd", "es")}


@pytest.fixture(scope="module")
def countries() -> Lexicon:
    return load_lexicon("countries-names")


@pytest.fixture(scope="module")
def places() -> Lexicon:
    return load_lexicon("places")


def _lookup(lexicon: Lexicon, language: Language, term: str) -> set[str]:
    """Codes (or parents, for places) of the entries whose term folds like `term`."""
    wanted = normalize_term(term)
    return {
        (entry.code or entry.parent or entry.id)
        for entry, _, word in lexicon.iter_terms(language)
        if normalize_term(word) == wanted
    }


def _collisions(lexicon: Lexicon) -> list[str]:
    """Folded terms that name two different entries in the same language."""
    owners: dict[tuple[str, str], set[str]] = defaultdict(set)
    for entry, lang, word in lexicon.iter_terms():
        owners[lang, normalize_term(word)].add(entry.id)
    return sorted(
        f"{lang}: {word!r} -> {', '.join(sorted(ids))}"
        for (lang, word), ids in owners.items()
        if len(ids) > 1
    )


def test_countries_load_with_expected_codes(countries: Lexicon) -> None:
    codes = [entry.code for entry in countries.entries]
    assert all(code is not None for code in codes)
    bad = [code for code in codes if not (ISO_CODE.match(code or "") or code in ENTITY_CODES)]
    assert not bad, bad
    iso = [code for code in codes if code and ISO_CODE.match(code)]
    assert len(iso) >= 249  # all of ISO 3166-1 alpha-2, plus XK (Kosovo)
    assert set(codes) >= ENTITY_CODES
    for entry in countries.entries:
        kind = "entity" if entry.code in ENTITY_CODES else "country"
        assert entry.id == f"{kind}.{(entry.code or '').lower()}"
        missing = {lang for lang in LANGUAGES if lang not in entry.terms}
        allowed = {lang for eid, lang in MISSING_ON_PURPOSE if eid == entry.id}
        assert missing <= allowed, (entry.id, missing)


def test_no_country_term_names_two_countries(countries: Lexicon) -> None:
    collisions = _collisions(countries)
    if collisions:
        print("\n".join(collisions))
    assert not collisions


@pytest.mark.parametrize(
    ("language", "term", "code"),
    [
        ("en", "türkiye", "TR"),
        ("en", "Turkey", "TR"),
        ("ar", "تركيا", "TR"),
        ("fr", "marocaine", "MA"),
        ("ar", "المغرب", "MA"),
        ("ar", "مغربي", "MA"),
        ("es", "venezolano", "VE"),
        ("ar", "الإمارات العربية المتحدة", "AE"),
        ("ar", "الامارات العربية المتحدة", "AE"),
        ("en", "uae", "AE"),
        ("en", "russian federation", "RU"),
        ("fr", "fédération de russie", "RU"),
        ("fr", "federation de russie", "RU"),
        ("es", "federación de rusia", "RU"),
        ("ar", "روسيا الاتحادية", "RU"),
        ("fr", "émirats arabes unis", "AE"),
        ("es", "emiratos árabes unidos", "AE"),
        ("fr", "française", "FR"),
        ("es", "francesa", "FR"),
        ("ar", "الفرنسية", "FR"),
        ("en", "kazakhstani", "KZ"),
        ("es", "tayiko", "TJ"),
        ("fr", "ouzbèke", "UZ"),
        ("en", "belarusian", "BY"),
        ("en", "ivory coast", "CI"),
        ("en", "drc", "CD"),
        ("en", "kosovo", "XK"),
        ("en", "international criminal court", "ICC"),
        ("fr", "cour pénale internationale", "ICC"),
        ("ar", "المحكمة الخاصة بلبنان", "STL"),
        ("en", "eulex", "EULEX"),
    ],
)
def test_country_spot_checks(countries: Lexicon, language: Language, term: str, code: str) -> None:
    assert _lookup(countries, language, term) == {code}


@pytest.mark.parametrize(
    ("language", "term"),
    [
        ("en", "guinea"),
        ("en", "congo"),
        ("en", "korea"),
        ("en", "dominican"),
        ("en", "us"),
        ("ar", "مالي"),
    ],
)
def test_ambiguous_words_are_left_out(countries: Lexicon, language: Language, term: str) -> None:
    assert _lookup(countries, language, term) == set()


def test_places_load_and_point_at_countries(places: Lexicon, countries: Lexicon) -> None:
    country_codes = set(countries.by_code())
    assert places.parents_from == "countries-names"
    assert len(places.entries) >= 200
    for entry in places.entries:
        assert entry.id.startswith("place."), entry.id
        assert entry.parent in country_codes, f"{entry.id}: parent {entry.parent!r}"
        assert "en" in entry.terms and "ar" in entry.terms, entry.id


def test_no_place_term_names_two_places(places: Lexicon) -> None:
    collisions = _collisions(places)
    if collisions:
        print("\n".join(collisions))
    assert not collisions


def test_no_place_term_is_a_country_term(places: Lexicon, countries: Lexicon) -> None:
    country_terms = {
        (lang, normalize_term(word)): entry.code for entry, lang, word in countries.iter_terms()
    }
    shared = sorted(
        f"{lang}: {word!r} {entry.id} / {country_terms[lang, normalize_term(word)]}"
        for entry, lang, word in places.iter_terms()
        if (lang, normalize_term(word)) in country_terms
    )
    if shared:
        print("\n".join(shared))
    assert not shared


@pytest.mark.parametrize(
    ("language", "term", "parent"),
    [
        ("en", "lyon", "FR"),
        ("ar", "ليون", "FR"),
        ("en", "ankara", "TR"),
        ("ar", "أنقرة", "TR"),
        ("fr", "moscou", "RU"),
        ("es", "moscú", "RU"),
        ("en", "almaty", "KZ"),
        ("ar", "الرباط", "MA"),
        ("en", "caracas", "VE"),
        ("fr", "le caire", "EG"),
        ("ar", "الرياض", "SA"),
    ],
)
def test_place_spot_checks(places: Lexicon, language: Language, term: str, parent: str) -> None:
    assert _lookup(places, language, term) == {parent}
