"""`triage eval calibrate`: which scores count towards the bar a model must clear to raise a
flag alone. Only cases where no rule raised the code, and where nothing would hold the
model's flag back, may count; both models are scored in one pass over the cases."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.evaluation.calibration import case_scores
from pipeline.evaluation.cases import Case
from pipeline.flags.model import load_model
from pipeline.flags.modelfiles import CATEGORIES, CONTEXT

pytestmark = pytest.mark.skipif(
    load_model(CATEGORIES.name) is None or load_model(CONTEXT.name) is None,
    reason="models not built",
)

DESERTION = Case(
    id="en-xx-desertion-test", language="en", source_case="test-desertion",
    sources=["fictional test case"], kind="misuse", notice_type="red-notice",
    issuing_country="ER", expected_level="likely-non-compliant",
    expected_flags=["article3.military"],
    documents=[{"name": "notice.txt", "type": "red-notice", "text": (
        "RED NOTICE\nCharge: desertion from the armed forces (Article 300 of the Military "
        "Penal Code). Facts: on 4 March 2021 the conscript Yonas TESFAI, serving in the "
        "14th Infantry Brigade, left his unit at Sawa without leave and did not return. "
        "Maximum penalty: 5 years' imprisonment.\n"
    )}],
)

MURDER = Case(
    id="en-xx-murder-test", language="en", source_case="test-murder",
    sources=["fictional test case"], kind="legitimate", notice_type="red-notice",
    issuing_country="PE", expected_level="no-concerns-found",
    documents=[{"name": "notice.txt", "type": "red-notice", "text": (
        "RED NOTICE\nCharge: aggravated homicide (Article 108 of the Penal Code). Facts: on "
        "12 June 2022 in Arequipa, Mario QUISPE LAYME stabbed his business partner Luis "
        "ROJAS four times in the chest in the car park of a market, causing his death. "
        "Maximum penalty: 35 years' imprisonment. Arrest warrant No. 331-2022 of 20 June "
        "2022, Third Investigative Court of Arequipa.\n"
    )}],
)


@pytest.fixture(scope="module")
def scores() -> dict:
    return case_scores([DESERTION, MURDER])


def test_both_models_are_scored_in_one_pass(scores: dict) -> None:
    assert set(scores) == {CATEGORIES.name, CONTEXT.name}


def test_a_code_the_rules_raised_does_not_count_towards_the_bar(scores: dict) -> None:
    rows = scores[CATEGORIES.name]
    assert not [s for s in rows if (s.case, s.code) == (DESERTION.id, "article3.military")]


def test_an_ordinary_law_charge_never_counts_towards_the_bar(scores: dict) -> None:
    # The model alone never recasts a charge read as homicide as a category offence, so a
    # high score on it says nothing about how far a score alone can be trusted.
    assert not [s for s in scores[CATEGORIES.name] if s.case == MURDER.id]
    for s in scores[CONTEXT.name]:
        assert s.legitimate == (s.case == MURDER.id)


def test_calibrating_an_unknown_model_names_the_known_ones(tmp_path: Path) -> None:
    from tests.test_cli import run_triage

    result = run_triage("eval", "calibrate", "--model", "offence-model", cwd=tmp_path)
    assert result.returncode == 2
    assert "offence-model" in result.stderr
    assert CATEGORIES.name in result.stderr and CONTEXT.name in result.stderr
