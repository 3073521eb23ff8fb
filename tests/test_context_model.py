"""The misuse-context model: trained from its own corpus with its own card, refused on a label
of the other model, and used by the engine on passages the lexicons do not word, never
against an exception the lexicon recorded in the same place.

Every text is fictional and written for these tests (no evaluation case or training row).
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from pipeline.flags.modelfiles import CONTEXT
from pipeline.flags.training import COLUMNS, load_corpus, train
from tests.test_flags import analyze, assert_quotes_verbatim, held


def _flags_from(assessment, model: str) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """Raised flags that the named model raised or corroborated."""
    return {
        f.code: f for f in assessment.flags
        if any(p.id == model for p in (f.provenance, *f.corroborated_by))
    }


def test_training_the_context_model_writes_its_own_card(tmp_path: Path) -> None:
    corpus = load_corpus(spec=CONTEXT)
    folder = tmp_path / "misuse"
    folder.mkdir()
    parts = [g.head(25) for _label, g in corpus.groupby("label")]
    pd.concat(parts)[COLUMNS].to_csv(folder / "small.csv", index=False)
    result = train(folder, tmp_path / "models", spec=CONTEXT)
    meta = json.loads(result.meta_path.read_text(encoding="utf-8"))
    assert result.model_path.name == "misuse-context.npz"
    assert set(meta["classes"]) == CONTEXT.labels()
    assert set(meta["thresholds"]) == set(CONTEXT.codes)
    assert meta["export_max_gap"] <= 1e-9
    card = result.card_path.read_text(encoding="utf-8")
    assert "data/train/misuse/" in card and "triage train --model misuse-context" in card


def test_a_row_labelled_for_the_other_model_is_refused_with_the_file_named(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "misuse"
    folder.mkdir()
    row = ["mis-en-9999", "en", "document", "article3.political", "He is charged with treason.",
           "x", "y"]
    pd.DataFrame([row], columns=COLUMNS).to_csv(folder / "odd.csv", index=False)
    with pytest.raises(ValueError, match=r"odd\.csv.*article3\.political"):
        load_corpus(folder, spec=CONTEXT)


def test_the_shipped_context_model_reads_context_worded_without_the_stock_words() -> None:
    from pipeline.flags.model import load_model

    model = load_model(CONTEXT.name)
    assert model is not None, "models/misuse-context.npz missing: run `make model`"
    proba = model.estimator.predict_proba([
        "Three weeks after he announced that he would stand against the president in the "
        "coming election, the prosecutor opened proceedings against him for abuse of office.",
        "The state oil company terminated his concession in 2019 and the ministry seized the "
        "shares of his firm; the fraud case was opened a month later.",
        "He stabbed the night watchman twice and drove off with the safe in a stolen van.",
    ])
    best = [model.classes[int(row.argmax())] for row in proba]
    assert best == ["misuse.political-timing", "misuse.business-dispute-state", "none"]


CANDIDATE = """Summary of facts
Three weeks after Tarek HALLOUMI announced that he would stand against the president in the
coming election, the prosecutor opened proceedings against him for abuse of office as former
director of the regional water board, for contracts signed in 2017.
Charge: abuse of office (article 96 of the Penal Code), punishable by ten years' imprisonment.
Warrant no. 23/118 of 9 May 2023, issued by the investigating judge of the first chamber.
"""


def test_a_flag_the_model_raises_says_so_and_quotes_the_passage(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pipeline.flags.model import load_model

    # The bar for raising a code alone is re-set on the development cases by
    # `triage eval calibrate`; this test is about what such a flag carries, so it fixes
    # the bar below the candidate's score rather than depend on the calibrated value.
    model = load_model(CONTEXT.name)
    assert model is not None
    monkeypatch.setitem(model.solo, "misuse.political-timing", 0.6)
    packet, assessment = analyze(tmp_path, CANDIDATE)
    flag = _flags_from(assessment, CONTEXT.name).get("misuse.political-timing")
    assert flag is not None, [f.code for f in assessment.flags]
    kinds = {p.id: p for p in (flag.provenance, *flag.corroborated_by)}
    assert kinds[CONTEXT.name].kind == "model" and kinds[CONTEXT.name].score
    assert_quotes_verbatim(packet, assessment)
    if flag.provenance.id == CONTEXT.name:
        assert "misuse-context model" in flag.rationale
    assert assessment.versions.get(f"model:{CONTEXT.name}")


VICTIM = """Summary of facts
On 12 February 2022 in Mombasa, Daniel OTIENO WEKESA shot and killed the journalist
Amina K., a reporter of a local radio station who had written about his car dealership,
as she left the studio. Two witnesses saw him fire from a motorcycle.
Charge: murder, contrary to section 203 of the Penal Code; maximum penalty: life imprisonment.
Warrant of arrest no. 77 of 2022 issued on 20 February 2022 by the Chief Magistrate, Mombasa.
"""


def test_a_journalist_who_is_the_victim_stays_held_back_with_the_model(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, VICTIM)
    assert "misuse.journalist-media" not in {f.code for f in assessment.flags}
    assert "misuse.journalist-media" in held(assessment)
    assert assessment.level == "no-concerns-found"


def test_the_bar_to_raise_alone_is_the_lowest_score_that_spares_every_legitimate_case() -> None:
    from pipeline.evaluation.calibration import CaseScore, choose

    code = "misuse.journalist-media"
    scores = [
        CaseScore("a", code, 0.81, labelled=True, legitimate=False),
        CaseScore("b", code, 0.66, labelled=False, legitimate=False),
        CaseScore("c", code, 0.61, labelled=True, legitimate=False),
        CaseScore("d", code, 0.52, labelled=False, legitimate=True),  # a legitimate case
        CaseScore("e", code, 0.40, labelled=True, legitimate=False),
    ]
    (choice,) = choose(scores, codes=(code,))
    assert 0.52 < choice.threshold <= 0.61  # just above the legitimate case
    assert (choice.flagged, choice.labelled, choice.candidates) == (3, 2, 3)


def test_a_code_whose_best_scores_are_legitimate_cases_is_never_raised_alone() -> None:
    from pipeline.evaluation.calibration import CaseScore, choose

    code = "misuse.political-timing"
    scores = [
        CaseScore("a", code, 0.93, labelled=False, legitimate=True),
        CaseScore("b", code, 0.70, labelled=True, legitimate=False),
    ]
    (choice,) = choose(scores, codes=(code,))
    assert choice.threshold > 1 and choice.flagged == 0


@pytest.mark.parametrize("text", [
    "Le nommé Brahim OULD-SALEM, dit « Bibi », né le 3 mai 1980 à Nouadhibou.",
    "El imputado JOSÉ Ñúñez, alias «el Güero», fue detenido en Querétaro.",
    "المتهم مُحَمَّد بن عبدِ الله، المولود في ١٩٨٠، هارب.",
    "Inter-\nnational arrest warrant no. 12/2024 — ISSUED 3 MAY 2024.",
])
def test_the_model_reads_normalised_page_text_as_training_prepared_it(text: str) -> None:
    """The run-time windows are cut from normalised text and not normalised again."""
    from pipeline.text.normalize import normalize

    once = normalize(text).text
    assert normalize(once).text == once


def test_one_labelled_case_opens_no_bar() -> None:
    """A bar that flags one labelled case and one other (precision 50%) rests on one case:
    the model never raises the code alone until two labelled cases pass it."""
    from pipeline.evaluation.calibration import CaseScore, choose

    code = "misuse.journalist-media"
    scores = [
        CaseScore("a", code, 0.90, labelled=True, legitimate=False),
        CaseScore("b", code, 0.85, labelled=False, legitimate=False),
        CaseScore("c", code, 0.50, labelled=False, legitimate=True),
    ]
    (choice,) = choose(scores, codes=(code,))
    assert choice.threshold > 1 and choice.flagged == 0
