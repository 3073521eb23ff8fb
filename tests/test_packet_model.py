"""The packet model: built from the current development cases (never a held-out one), scored
in NumPy exactly as scikit-learn scores it, its bars set out of fold, and used by the engine
with its passage and score and never against an exception the lexicon recorded.

Every packet text is fictional and written for these tests (no evaluation case or training row).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import numpy as np
import pytest

from pipeline.evaluation.cases import cases_dir, load_cases
from pipeline.flags.model import load_model
from pipeline.flags.modelfiles import PACKET, models_dir, prepare
from pipeline.flags.packet_training import (
    NEVER,
    batch,
    case_text,
    choose_bars,
    codes,
    fit_scorer,
    fold_models,
)
from pipeline.flags.scorer import LinearScorer
from tests.test_flags import analyze, assert_quotes_verbatim, held

DEFENDER = """Summary of facts
Since 2016 Leila BENSAID has gathered the accounts of families whose relatives were held
without trial in Tazmalt prison and passed them to the UN Working Group on Arbitrary
Detention. In March 2023 she published a report on deaths in custody.
Charge: spreading false news harmful to national security (article 87 bis of the Penal
Code), punishable by ten years' imprisonment.
Warrant no. 2023/441 of 2 May 2023, investigating judge, Bejaia.
"""

ROBBERY = """Summary of facts
On 4 June 2022 at 22:10 in Leeds, Martin CALLOWAY and an accomplice entered a petrol station
armed with a machete, threatened the cashier and took 1,840 pounds from the till. CCTV
footage and his fingerprints on the counter identify him.
Charge: robbery, contrary to section 8 of the Theft Act 1968; maximum penalty: life
imprisonment.
Warrant of arrest issued on 10 June 2022 by Leeds Magistrates' Court.
"""

VICTIM = """Summary of facts
On 12 February 2022 in Mombasa, Daniel OTIENO WEKESA shot and killed the journalist
Amina K., a reporter of a local radio station who had written about his car dealership,
as she left the studio. Two witnesses saw him fire from a motorcycle.
Charge: murder, contrary to section 203 of the Penal Code; maximum penalty: life imprisonment.
Warrant of arrest no. 77 of 2022 issued on 20 February 2022 by the Chief Magistrate, Mombasa.
"""


def _model():  # type: ignore[no-untyped-def]
    model = load_model(PACKET)
    assert model is not None, "models/packet-signs.npz missing: run `triage train`"
    return model


def _scores(text: str) -> dict[str, float]:
    model = _model()
    proba = model.estimator.predict_proba([prepare(text)])[0]
    return dict(zip(model.classes, proba.tolist(), strict=True))


def test_the_shipped_model_is_built_from_the_current_development_cases_only() -> None:
    meta = json.loads((models_dir() / f"{PACKET}.json").read_text(encoding="utf-8"))
    digest = hashlib.sha256()
    for path in sorted((cases_dir() / "dev").glob("*.yaml")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    assert meta["data_sha256"] == digest.hexdigest(), (
        "development cases changed since the packet model was built: "
        "run `triage train --model packet-signs`"
    )
    assert meta["cases"] == len(load_cases("dev"))
    assert meta["classes"] == codes()
    assert _model().estimator.link == "logistic"


def test_the_model_ranks_the_sign_a_packet_carries_and_spares_an_ordinary_robbery() -> None:
    model = _model()
    defender = _scores(DEFENDER)
    assert max(defender, key=defender.__getitem__) == "misuse.human-rights-defender"
    robbery = _scores(ROBBERY)
    assert all(robbery[c] < model.thresholds[c] for c in model.classes), robbery
    assert max(robbery.values()) < 0.2


def test_a_flag_the_packet_model_raises_says_so_and_quotes_its_passage(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The bars are set out of fold by training; this test is about what such a flag
    # carries, so it puts the bar under the packet's score rather than depend on its value.
    monkeypatch.setitem(_model().thresholds, "misuse.human-rights-defender", 0.3)
    packet, assessment = analyze(tmp_path, DEFENDER)
    flag = next(f for f in assessment.flags if f.code == "misuse.human-rights-defender")
    sources = {p.id: p for p in (flag.provenance, *flag.corroborated_by)}
    assert sources[PACKET].kind == "model" and sources[PACKET].score >= 0.3
    if flag.provenance.id == PACKET:
        assert "packet model" in flag.rationale and "Tazmalt" in flag.evidence[0].quote
    assert_quotes_verbatim(packet, assessment)
    assert assessment.versions.get(f"model:{PACKET}")


def test_a_journalist_who_is_the_victim_stays_held_back_whatever_the_packet_score(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(_model().thresholds, "misuse.journalist-media", 0.05)
    _packet, assessment = analyze(tmp_path, VICTIM)
    assert "misuse.journalist-media" not in {f.code for f in assessment.flags}
    assert "misuse.journalist-media" in held(assessment)
    assert assessment.level == "no-concerns-found"


def test_the_bar_is_the_lowest_that_spares_every_legitimate_case_at_the_precision_asked() -> None:
    # five cases, one code: scores out of fold, labels, and which cases are legitimate
    y = np.array([[True], [True], [True], [False], [False], [True]])
    proba = np.array([[0.9], [0.8], [0.7], [0.65], [0.5], [0.4]])
    legitimate = np.array([False, False, False, False, True, False])
    (bar,) = choose_bars(["misuse.journalist-media"], y, proba, legitimate)
    # 0.525..0.65 would flag a case without the label among four (75% < 80%); 0.675 flags
    # the three labelled cases only
    assert (bar.bar, bar.flagged, bar.labelled, bar.support) == (0.675, 3, 3, 4)
    legitimate[0] = True  # the best-scoring case is legitimate: no bar spares it
    (never,) = choose_bars(["misuse.journalist-media"], y, proba, legitimate)
    assert never.bar == NEVER


def test_the_exported_arrays_score_as_scikit_learn_and_survive_a_save(tmp_path: Path) -> None:
    cases = load_cases("dev")[:120]
    code_list = ["misuse.journalist-media", "misuse.speech-offense"]
    texts = [case_text(c) for c in cases]
    y = np.array([[code in c.expected_flags for code in code_list] for c in cases])
    scorer = fit_scorer(texts, y, code_list)  # raises if NumPy and scikit-learn differ
    scorer.save(tmp_path / "m.npz")
    again = LinearScorer.load(tmp_path / "m.npz")
    assert again.link == "logistic" and again.classes == tuple(code_list)
    assert np.allclose(again.predict_proba(texts[:5]), scorer.predict_proba(texts[:5]))
    # one-against-the-rest: a packet's scores need not sum to one
    assert not np.allclose(scorer.predict_proba(texts[:5]).sum(axis=1), 1.0)


def test_development_cases_are_evaluated_by_a_model_that_never_saw_their_batch() -> None:
    cases = load_cases("dev")
    first = cases[0]
    same_batch = next(c for c in cases[1:] if batch(c.id) == batch(first.id))
    models = fold_models([first.id, same_batch.id])
    assert set(models) == {first.id, same_batch.id}
    assert models[first.id] is models[same_batch.id]
    assert "-fold" in models[first.id].version
    built = _model()
    assert models[first.id].thresholds == built.thresholds
    text = prepare(case_text(first))
    out_of_fold = models[first.id].estimator.predict_proba([text])[0]
    assert not np.allclose(out_of_fold, built.estimator.predict_proba([text])[0])


def test_batches_are_read_from_the_case_id() -> None:
    assert batch("ar-ae-bahitha-rasd-ghiyabi-london-b22") == "b22"
    assert batch("en-kz-sit-in-h4") == "h4"
    assert batch("fr-tn-aveux-torture-01") == "base"


def test_alone_the_packet_model_needs_a_sentence_model_to_agree(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Every bar at zero: each code passes the packet score, yet an ordinary robbery keeps no
    # flag, since no reading of one charge or two sentences agrees, and a refugee status the
    # lexicon did not read (a fact the documents state) is never raised by this model alone.
    for code in _model().classes:
        monkeypatch.setitem(_model().thresholds, code, 0.0)
    _packet, assessment = analyze(tmp_path, ROBBERY)
    assert assessment.flags == [] and assessment.level == "no-concerns-found"
    refuge = ROBBERY.replace("CCTV footage", "He took refuge in a cousin's flat; CCTV footage")
    _packet, assessment = analyze(tmp_path, refuge)
    assert "misuse.refugee-asylum" not in {f.code for f in assessment.flags}
