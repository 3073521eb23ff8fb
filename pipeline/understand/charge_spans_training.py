"""`triage train --model charge-spans`: the charge-wording tagger, from the development field
documents.

Each document of `data/eval/fields/` (never a held-out set) is read as the pipeline reads a
page with a text layer (normalised, tokenised, lexicon hits), and its labelled charges
(verbatim wordings) become B/I/O tags (`charge_spans.labels`). A linear-chain CRF (CRFsuite,
L-BFGS with L1 and L2 penalties) learns the tags. Its figures are measured out of fold: the
documents are grouped by writing batch (the id's suffix: `-f21`, `-hf5`; one writer in one
sitting shares a layout), each batch tagged by a model that never saw it, and the spans are
scored against the labels as `triage eval fields` scores charges.
"""

from __future__ import annotations

import hashlib
import json
import tempfile
from collections import defaultdict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.understand import charge_spans as cs

if TYPE_CHECKING:
    from pipeline.evaluation.fields import EvalItem

FOLDS = 5
C1 = 0.05  # L1 penalty: drops features that never help
C2 = 0.05  # L2 penalty
MAX_ITERATIONS = 200


@dataclass(frozen=True)
class TaggedDoc:
    """One labelled document as the tagger reads it."""

    id: str
    batch: str
    language: str
    features: list[dict[str, float | str]]
    tags: list[str]
    words: list[tuple[int, int]]


def batch(doc_id: str) -> str:
    """The writing batch of a document id: its last part (`-f21`, `-hf5`, `-01`)."""
    return doc_id.rsplit("-", 1)[-1]


def _view(item: EvalItem):  # type: ignore[no-untyped-def]
    from pipeline.records import Page
    from pipeline.understand.pageview import view_page

    page = Page(number=1, text=item.text, method="text-layer", language=item.language)
    return view_page(f"train:{item.id}", page, item.language)


def sequences(items: Sequence[EvalItem]) -> list[TaggedDoc]:
    """Features and tags of every labelled document."""
    out = []
    for item in items:
        view = _view(item)
        toks = cs.tokens(view)
        tags = cs.labels(view, toks, list(item.expected.get("charges") or []))
        out.append(TaggedDoc(item.id, batch(item.id), item.language, cs.features(view, toks),
                             tags, toks))
    return out


def fit(seqs: Sequence[TaggedDoc], path: Path) -> Path:
    """Train a CRF on `seqs` into `path`."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for s in seqs:
        trainer.append(s.features, s.tags)
    trainer.set_params({
        "c1": C1, "c2": C2, "max_iterations": MAX_ITERATIONS,
        "feature.possible_transitions": True,
    })
    trainer.train(str(path))
    return path


def folds(seqs: Sequence[TaggedDoc]) -> list[set[str]]:
    """The batches of each fold: batches dealt largest first to the smallest fold."""
    sizes: dict[str, int] = defaultdict(int)
    for s in seqs:
        sizes[s.batch] += 1
    out: list[set[str]] = [set() for _ in range(FOLDS)]
    load = [0] * FOLDS
    for b in sorted(sizes, key=lambda b: (-sizes[b], b)):
        k = load.index(min(load))
        out[k].add(b)
        load[k] += sizes[b]
    return out


@contextmanager
def fold_models(seqs: Sequence[TaggedDoc]) -> Iterator[dict[str, Path]]:
    """Each batch mapped to a model trained without it (in a temporary folder)."""
    with tempfile.TemporaryDirectory(prefix="charge-spans-") as tmp:
        out: dict[str, Path] = {}
        for k, held in enumerate(folds(seqs)):
            path = fit([s for s in seqs if s.batch not in held], Path(tmp) / f"fold{k}.crfsuite")
            out |= dict.fromkeys(held, path)
        yield out


def cached_fold_models() -> dict[str, Path]:
    """For `triage eval fields` on the development set: each batch mapped to a model trained
    without it, so that the development figures of the tagger are out of fold. Kept under
    `TRIAGE_HOME/eval-cache/`, keyed by the documents, the lexicons and the two modules;
    empty without a built tagger."""
    from pipeline.config import repo_root, settings
    from pipeline.evaluation.fields import load_items

    if not cs.model_path().exists():
        return {}
    digest = hashlib.sha256(data_sha256().encode())
    lexicons = sorted((repo_root() / "lexicons").glob("*.yaml"))
    for path in (Path(cs.__file__), Path(__file__), *lexicons):  # the features read lexicons
        digest.update(path.read_bytes())
    folder = settings().home / "eval-cache" / f"{cs.NAME}-folds-{digest.hexdigest()[:16]}"
    index = folder / "batches.json"
    if not index.exists():
        seqs = sequences(load_items())
        folder.mkdir(parents=True, exist_ok=True)
        batches = {}
        for k, held in enumerate(folds(seqs)):
            fit([s for s in seqs if s.batch not in held], folder / f"fold{k}.crfsuite")
            batches |= dict.fromkeys(held, f"fold{k}.crfsuite")
        index.write_text(json.dumps(batches, indent=1), encoding="utf-8")
    return {b: folder / name for b, name in json.loads(index.read_text("utf-8")).items()}


def _wordings(path: Path, items: Sequence[EvalItem]) -> dict[str, list[str]]:
    out = {}
    with cs.tagger_from(path):
        for item in items:
            view = _view(item)
            out[item.id] = [" ".join(view.quote(s.start, s.end).split()) for s in cs.spans(view)]
    return out


def out_of_fold(items: Sequence[EvalItem], seqs: Sequence[TaggedDoc]) -> dict[str, dict]:
    """Charge precision, recall and F1 of the tagger alone, out of fold, overall and per
    language (matched as `triage eval fields` matches charges)."""
    from pipeline.evaluation.fields import Counts, charge_match, score_set

    counts: dict[str, Counts] = defaultdict(Counts)
    with fold_models(seqs) as models:
        by_model: dict[Path, list[EvalItem]] = defaultdict(list)
        for item in items:
            by_model[models[batch(item.id)]].append(item)
        for path, held in by_model.items():
            for doc_id, found in _wordings(path, held).items():
                item = next(i for i in held if i.id == doc_id)
                score = score_set(item.expected.get("charges") or [], found, match=charge_match)
                counts["all"].add(score.counts)
                counts[item.language].add(score.counts)
    return {k: {"tp": c.tp, "fp": c.fp, "fn": c.fn, "precision": _r(c.precision),
                "recall": _r(c.recall), "f1": _r(c.f1)} for k, c in sorted(counts.items())}


def _r(x: float | None) -> float | None:
    return None if x is None else round(x, 3)


def data_sha256() -> str:
    """The hash of the development field documents the model is trained on."""
    from pipeline.evaluation.fields import eval_dir

    digest = hashlib.sha256()
    for path in sorted(eval_dir().glob("*.yaml")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


@dataclass(frozen=True)
class Built:
    model_path: Path
    meta_path: Path
    card_path: Path
    meta: dict


def train(out_dir: Path | None = None) -> Built:
    """Measure out of fold, fit on every development document, write model, metadata, card."""
    import pycrfsuite

    from pipeline.evaluation.fields import load_items

    items = load_items()
    seqs = sequences(items)
    oof = out_of_fold(items, seqs)
    out_dir = out_dir or cs.model_path().parent
    out_dir.mkdir(parents=True, exist_ok=True)
    model_path = fit(seqs, out_dir / f"{cs.NAME}.crfsuite")
    data_sha = data_sha256()
    meta = {
        "name": cs.NAME,
        "version": f"{datetime.now(UTC):%Y.%m.%d}-{data_sha[:8]}",
        "trained_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "crfsuite": pycrfsuite.__version__ if hasattr(pycrfsuite, "__version__") else "",
        "data_sha256": data_sha,
        "documents": len(items),
        "batches": len({s.batch for s in seqs}),
        "tokens": sum(len(s.tags) for s in seqs),
        "charges": sum(len(i.expected.get("charges") or []) for i in items),
        "params": {"c1": C1, "c2": C2, "max_iterations": MAX_ITERATIONS},
        "cv": {"folds": FOLDS, "grouped_by": "writing batch", "charges": oof},
        "model_sha256": hashlib.sha256(model_path.read_bytes()).hexdigest(),
    }
    meta_path = out_dir / f"{cs.NAME}.json"
    card_path = out_dir / f"{cs.NAME}.md"
    meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    card_path.write_text(model_card(meta), encoding="utf-8")
    return Built(model_path, meta_path, card_path, meta)


def model_card(meta: dict) -> str:
    """The model card with this training run's figures."""
    rows = "\n".join(
        f"| {k} | {v['tp']} | {v['fp']} | {v['fn']} | {v['precision']} | {v['recall']} "
        f"| {v['f1']} |"
        for k, v in meta["cv"]["charges"].items()
    )
    return CARD.format(meta=meta, rows=rows, data_sha=meta["data_sha256"][:16],
                       model_sha=meta["model_sha256"][:16])


CARD = """# Model card: charge-spans {meta[version]}

Generated by `triage train --model charge-spans`; do not edit by hand.

## What it does

Tags, token by token, where a document writes the wording of each charge (B/I/O).
`pipeline/understand/charges.py` asks it where the rules are in doubt: where they read no
charge, its tagged wordings that name an ICCS offence become the charges; a reading of the
rules that names no offence and that it puts outside any charge (a heading, a form's
label) is dropped; elsewhere the rules stand (`charges._with_tagged`). It reads the
spaCy tokens of a page's normalised text, their casing and place on their line, the words
around them and the lexicon entries that cover them; it decides nothing about a charge's
law, penalty or offence code, which the rules and the ICCS lexicon read.

## Data

{meta[documents]} labelled development documents of `data/eval/fields/` ({meta[batches]}
writing batches, {meta[tokens]} tokens, {meta[charges]} labelled charges; English, French,
Spanish, Arabic; notices, diffusions, warrants, indictments, judgments, police reports,
extradition requests), all fictional, written for this project's evaluation (sources in each
file). Read as pages with a text layer. Data hash `{data_sha}`; model hash `{model_sha}`.
No held-out document is read.

## Training

Linear-chain CRF (python-crfsuite), L-BFGS, c1 = {meta[params][c1]}, c2 =
{meta[params][c2]}, at most {meta[params][max_iterations]} iterations; every transition
allowed. No random initialisation: the same documents and lexicons give the same model.

## Figures (out of fold)

Each of {meta[cv][folds]} folds of whole writing batches is tagged by a model that never saw
it; wordings are matched to the labels as `triage eval fields` matches charges (equal after
normalisation, or one covering at least 80 % of the other).

| documents | TP | FP | FN | precision | recall | F1 |
|---|---|---|---|---|---|---|
{rows}

## Limits

- The documents were written for this project by a few writers under similar briefs; the
  layouts of another source can read lower. Fresh batches measured before anyone read them
  are the honest figure (`docs/evaluation-fields.md`, the held-out set).
- Trained on text-layer pages: on OCR pages a misread word weakens its features; the
  lexicon features (which match OCR-tolerant normalised terms) carry most of the weight.
- It finds wordings, not whose charge they are: a co-accused's charge written as the
  subject's is tagged alike; the rules' checks for other parties still apply to its spans.

## Rebuild

`triage train --model charge-spans` (about two minutes). A test fails when the development
field documents change and the model was not rebuilt.
"""
