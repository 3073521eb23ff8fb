"""The flag-engine evaluation set: well-formed, balanced as the issue asks, split by case."""

from __future__ import annotations

import re
from itertools import product

import pandas as pd
import pytest

from pipeline.evaluation.cases import Case, load_cases
from pipeline.flags.catalog import catalog
from pipeline.flags.modelfiles import CATEGORIES, CONTEXT, SPECS, ModelSpec
from pipeline.flags.training import load_corpus
from pipeline.text.normalize import normalize

NEAR_DUPLICATE = 0.5  # Jaccard similarity of word 5-gram shingles


def shingles(text: str, n: int = 5) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", normalize(text).text)
    return {tuple(words[i : i + n]) for i in range(max(0, len(words) - n + 1))}


def jaccard(a: set, b: set) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def all_cases() -> tuple[list[Case], list[Case]]:
    return load_cases("dev"), load_cases("holdout")


def test_cases_are_enough_and_balanced() -> None:
    dev, holdout = all_cases()
    cases = dev + holdout
    assert len(cases) >= 80
    assert {c.language for c in cases} == {"en", "fr", "es", "ar"}
    assert sum(c.legitimate for c in cases) >= len(cases) / 3
    assert sum(c.kind == "hard-negative" for c in cases) >= 8
    assert len(holdout) >= 25
    known = {c.code for c in catalog().codes}
    for case in cases:
        assert set(case.expected_flags) <= known, case.id
        assert set(case.not_expected) <= known, case.id
        assert case.sources


def test_no_source_case_or_near_duplicate_crosses_the_split() -> None:
    dev, holdout = all_cases()
    assert not {c.source_case for c in dev} & {c.source_case for c in holdout}
    dev_sh = [(c.id, shingles(c.text())) for c in dev]
    hold_sh = [(c.id, shingles(c.text())) for c in holdout]
    close = [
        (a, b, round(jaccard(x, y), 2))
        for (a, x), (b, y) in product(dev_sh, hold_sh)
        if jaccard(x, y) >= NEAR_DUPLICATE
    ]
    assert not close, f"near-duplicate texts across the split: {close}"


MIN_SHINGLES = 5


@pytest.mark.parametrize("spec", list(SPECS.values()), ids=list(SPECS))
def test_training_rows_do_not_copy_held_out_cases(spec: ModelSpec) -> None:
    _dev, holdout = all_cases()
    corpus: pd.DataFrame = load_corpus(spec=spec)
    hold_text = " ".join(normalize(c.text()).text for c in holdout)
    hold = shingles(hold_text, n=8)
    # Words a row shares with the public text it cites (a statute's title: "Ley Constitucional
    # contra el Odio, por la Convivencia Pacífica y la Tolerancia") are public, not copied;
    # so is a short charge named as the code names it ("Homicidio criminis causa (art. 80,
    # inc. 7, del Código Penal)."), which a case may word the same way: a row must hold
    # MIN_SHINGLES word 8-grams of its own to be compared.
    copied = [
        row.id for row in corpus.itertuples()
        if len(s := shingles(row.text, n=8) - shingles(row.source, n=8)) >= MIN_SHINGLES
        and len(s & hold) / len(s) > 0.5
    ]
    assert not copied, f"training rows copied from held-out cases: {copied[:10]}"


@pytest.mark.parametrize(("spec", "rows", "per_label"), [(CATEGORIES, 600, 40), (CONTEXT, 500, 30)],
                         ids=[CATEGORIES.name, CONTEXT.name])
def test_training_corpus_is_large_and_covers_every_label(
    spec: ModelSpec, rows: int, per_label: int
) -> None:
    corpus = load_corpus(spec=spec)
    assert len(corpus) >= rows
    assert set(corpus["lang"]) == {"en", "fr", "es", "ar"}
    labels = corpus["label"].value_counts()
    assert set(labels.index) == spec.labels()
    assert labels.min() >= per_label
    assert corpus["source"].str.len().min() > 5


def test_held_out_report_names_no_case_unless_asked() -> None:
    """A held-out split stays held out: its report gives aggregates, not which case missed."""
    from pipeline.evaluation.cases import SYSTEMS, CaseResult, Report, markdown

    case = load_cases("dev")[0]
    wrong = CaseResult(
        case=case,
        codes={s: {"misuse.journalist-media"} for s in SYSTEMS},
        levels={s: "review-needed" for s in SYSTEMS},
    )
    held = markdown([Report("holdout", [wrong])], "triage eval cases --split holdout")
    assert case.id not in held and "### Per flag code" in held and "--show-misses" in held
    shown = markdown([Report("holdout", [wrong])], "x", show_misses=True)
    dev = markdown([Report("dev", [wrong])], "x")
    assert case.id in shown and case.id in dev


def _case(text: str) -> Case:
    return Case(
        id="kw", language="en", source_case="kw", sources=["test"], kind="misuse",
        notice_type="red-notice", issuing_country="XX", expected_level="review-needed",
        documents=[{"name": "facts.txt", "text": text}],
    )


def test_the_keyword_baseline_raises_a_code_on_any_whole_term_of_it() -> None:
    """The baseline the goals compare against: any lexicon term of a code, whole words,
    whatever the case and accents; a word that only starts like a term raises nothing."""
    from pipeline.evaluation.cases import keyword_baseline

    codes, _level = keyword_baseline(_case("The subject is an investigative JOURNALIST."))
    assert "misuse.journalist-media" in codes
    codes, _level = keyword_baseline(_case("The subject studied journalistically nothing."))
    assert "misuse.journalist-media" not in codes
