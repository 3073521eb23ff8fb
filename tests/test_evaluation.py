"""The field-evaluation harness: the comparison protocol on hand-made records, and a small
end-to-end run on two held-out documents (the pipeline's accuracy is not asserted)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from pipeline.evaluation.fields import (
    FIELDS,
    charge_match,
    compare,
    norm,
    norm_article,
    predictions,
    score_names,
    score_set,
    score_single,
)
from pipeline.records import (
    Decision,
    Document,
    DocumentFields,
    Found,
    NoticeData,
    Offense,
    Packet,
    Subject,
)


def _packet(fields: DocumentFields, doc_type: str | None = "arrest-warrant") -> Packet:
    doc = Document(
        id="d1",
        file_name="x.pdf",
        sha256="0" * 64,
        media_type="application/pdf",
        doc_type=doc_type,
        fields=fields,
    )  # type: ignore[arg-type]
    return Packet(
        id="p", name="x.pdf", source="test", received_at=datetime.now(UTC), documents=[doc]
    )


FIELDS_FULL = DocumentFields(
    subject=Subject(
        names=[Found(value="Marcel DUPONT"), Found(value="Pierre JUGE")],
        aliases=[Found(value="Le Renard")],
        birth_dates=[Found(value="٠٣/٠٤/١٩٨٠", normalized="1980-04-03")],
        nationalities=[Found(value="française", normalized="FR")],
    ),
    notice=NoticeData(
        issuing_country=Found(value="France", normalized="FR"),
        status=[Found(value="active", normalized="active")],
    ),
    decision=Decision(
        number=Found(value="12/345"),
        date=Found(value="x", normalized="2021-05-02"),
        authority=Found(value="juge d'instruction de Lyon"),
        in_absentia=Found(value="par défaut", normalized="true"),
    ),
    offenses=[
        Offense(
            text="vol avec arme.",
            articles=["311-8"],
            max_penalty_months=360,
            penalty_kind="custodial",
        ),
        Offense(text="recel", articles=["Article 321-1", "311-8"], max_penalty_months=60),
    ],
)


def test_normalisation() -> None:
    assert norm("  «Vol  AVEC arme», ") == "vol avec arme"
    assert norm("١٢٣") == "123"
    assert norm("إبراهيم") == norm("ابراهيم")
    assert norm_article("80 (د)") == norm_article("80(د)") == "80(د)"
    assert norm_article("570 bis") == "570bis"
    assert norm_article("Article 190(4),") == "190(4)"
    assert norm_article("المادة ٣٤٠") == "340"


def test_charge_matches_by_containment() -> None:
    label = "Trafic de stupéfiants en bande organisée"
    assert charge_match("trafic de stupéfiants en bande organisée.", label)
    assert charge_match("trafic de stupéfiants en bande organisée, commis", label)  # >= 80 %
    assert not charge_match("trafic", label)  # contained, but far below 80 %
    score = score_set(
        [label, "blanchiment"],
        ["Trafic de stupéfiants en bande organisée (récidive)", "vol"],
        match=charge_match,
    )
    assert (score.counts.tp, score.counts.fp, score.counts.fn) == (1, 1, 1)


def test_wrong_date_is_fp_and_fn() -> None:
    c = score_single("2021-05-02", "2021-02-05").counts
    assert (c.tp, c.fp, c.fn, c.correct) == (0, 1, 1, 0)
    c = score_single("2021-05-02", "2021-05-02").counts
    assert (c.tp, c.fp, c.fn) == (1, 0, 0)


def test_null_expected_and_nothing_found_is_true_negative() -> None:
    c = score_single(None, None).counts
    assert (c.tp, c.fp, c.fn, c.correct) == (0, 0, 0, 1)
    assert c.f1 is None
    c = score_single(None, "withdrawn").counts
    assert (c.fp, c.fn) == (1, 0)
    scores = compare({"notice_status": None, "aliases": [], "in_absentia": False}, {})
    for name in ("notice_status", "aliases", "in_absentia"):
        assert scores[name].counts.correct == 1
        assert scores[name].counts.fp == scores[name].counts.fn == 0


def test_names_order_insensitive_over_persons() -> None:
    c = score_names(["DUPONT, Marcel", "Marcel DUPONT"], ["Marcel Dupont"]).counts
    assert (c.tp, c.fp, c.fn) == (1, 0, 0)
    # another form of the subject is not another person; a judge is
    c = score_names(["DUPONT Marcel"], ["DUPONT Marcel", "Marcel", "Pierre JUGE", "JUGE"]).counts
    assert (c.tp, c.fp, c.fn) == (1, 1, 0)
    c = score_names(["DUPONT Marcel"], ["Pierre JUGE"]).counts
    assert (c.tp, c.fp, c.fn) == (0, 1, 1)


def test_arabic_indic_digits_normalised() -> None:
    assert score_single("2019-03-12", "٢٠١٩-٠٣-١٢").counts.tp == 1
    assert score_set(["340", "1"], ["المادة ٣٤٠", "١"], key=norm_article).counts.tp == 2
    assert (
        compare({"max_penalty_months": 120}, {"max_penalty_months": "١٢٠"})[
            "max_penalty_months"
        ].counts.tp
        == 1
    )


def test_predictions_from_records() -> None:
    p = predictions(_packet(FIELDS_FULL))
    assert p["doc_type"] == "arrest-warrant"
    assert p["issuing_country"] == "FR"
    assert p["birth_date"] == "1980-04-03"
    assert p["charges"] == ["vol avec arme.", "recel"]
    assert p["articles"] == ["311-8", "Article 321-1", "311-8"]
    assert p["max_penalty_months"] == 360
    assert p["in_absentia"] is True
    assert p["warrant_date"] == "2021-05-02"
    assert p["notice_status"] == "active"
    life = FIELDS_FULL.model_copy(
        update={
            "offenses": [
                Offense(text="meurtre", penalty_kind="life"),
                Offense(text="vol", max_penalty_months=60),
            ]
        }
    )
    assert predictions(_packet(life))["max_penalty_months"] == "life"
    expected = {
        "doc_type": "arrest-warrant",
        "issuing_country": "FR",
        "subject_names": ["DUPONT Marcel"],
        "aliases": ["Le Renard"],
        "birth_date": "1980-04-03",
        "nationalities": ["FR"],
        "charges": ["vol avec arme", "recel", "association de malfaiteurs"],
        "articles": ["311-8", "321-1"],
        "max_penalty_months": 360,
        "sentence_months": None,
        "remaining_months": None,
        "in_absentia": True,
        "warrant_number": "12/345",
        "warrant_date": "2021-05-02",
        "warrant_authority": "juge d'instruction de Lyon",
        "notice_status": "active",
    }
    scores = compare(expected, p)
    assert set(scores) == set(FIELDS)
    assert scores["charges"].counts.tp == 2 and scores["charges"].counts.fn == 1
    assert (scores["articles"].counts.tp, scores["articles"].counts.fp) == (2, 0)
    assert scores["subject_names"].counts.fp == 1  # the judge
    assert all(scores[f].counts.tp == 1 for f in ("doc_type", "warrant_date", "in_absentia"))
    assert predictions(Packet(id="", name="x", source="t", received_at=datetime.now(UTC))) == {
        "doc_type": None
    }


def _understanding_imports() -> bool:
    try:
        import pipeline.understand.document  # noqa: F401
    except ImportError:
        return False
    return True


@pytest.mark.ocr
@pytest.mark.skipif(not _understanding_imports(), reason="understanding stage not complete")
def test_end_to_end_two_documents(tmp_path: Path) -> None:
    from pipeline.evaluation.fields import load_items, markdown, run_eval

    items = load_items()
    text = next(i.id for i in items if i.language == "en" and i.render == "text")
    scan = next(i.id for i in items if i.language == "en" and i.render == "scan")
    report = run_eval([text, scan], cache_dir=tmp_path / "cache")
    assert [r.item.render for r in sorted(report.results, key=lambda r: r.item.render)] == [
        "scan",
        "text",
    ]
    for r in report.results:
        assert set(r.scores) == set(FIELDS)
        assert r.scores["doc_type"].counts.docs == 1
        assert r.pages >= 1
    by_id = {r.item.id: r for r in report.results}
    assert by_id[scan].methods == ("ocr",)
    assert by_id[text].methods == ("text-layer",)
    overall = report.counts()
    assert set(overall) == set(FIELDS)
    c = overall["doc_type"]
    assert c.docs == 2 and c.tp + c.fn == 2  # doc_type is always labelled, so always scored
    md = markdown(report, "triage eval fields --only x")
    for name in FIELDS:
        assert f"| {name} |" in md
    assert "## Misses" in md and "scan" in md
    held = markdown(report, "x", "fields-holdout6")  # a held-out set: aggregates only
    assert "## Misses" in held and text not in held and scan not in held
    assert text in markdown(report, "x", "fields-holdout6", show_misses=True)
