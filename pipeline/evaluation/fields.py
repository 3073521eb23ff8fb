"""Field-extraction evaluation against the held-out set `data/eval/fields/*.yaml`.

Each labelled text is rendered to a PDF (text layer) or a degraded image-only
scan (`render: scan`), run through ingest + extract (`pipeline.chain.extract_path`)
and `pipeline.understand.document.understand_packet` as a one-file packet, and the
fields read are compared with `expected` following `data/eval/README.md`
("How labels are compared"). Scores are TP/FP/FN counts per field, summed overall,
per language and per render, plus the list of misses for a developer to read.
"""

from __future__ import annotations

import re
import time
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from contextlib import nullcontext
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import yaml

from pipeline.evaluation.markdown import commit, held_out_note, md_table
from pipeline.records import Document, Packet

# Fields in report order; "~" rows are the README's lenient (containment) scores.
FIELDS: tuple[str, ...] = (
    "doc_type",
    "issuing_country",
    "subject_names",
    "aliases",
    "birth_date",
    "nationalities",
    "charges",
    "articles",
    "max_penalty_months",
    "sentence_months",
    "remaining_months",
    "in_absentia",
    "warrant_number",
    "warrant_number~",
    "warrant_date",
    "warrant_authority",
    "warrant_authority~",
    "notice_status",
)
SET_FIELDS = ("aliases", "charges", "articles", "nationalities")
# Fields whose F1 must reach GOAL_F1 on text pages and on OCR (scan) pages alike.
GOAL_FIELDS = (
    "doc_type",
    "issuing_country",
    "charges",
    "articles",
    "max_penalty_months",
    "warrant_date",
    "subject_names",
)
GOAL_F1 = 0.90
LANGUAGES = ("en", "fr", "es", "ar")
RENDERS = ("text", "scan")
CHARGE_OVERLAP = 0.8

# ---------------------------------------------------------------- normalisation

_ARABIC_INDIC = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_ARABIC_LETTERS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"})
_TATWEEL = "\u0640"
_ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]")
_EDGE_PUNCT = re.compile(r"^[\W_]+|[\W_]+$")
_ARTICLE_EDGES = " .,;:!?'\"«»“”‘’-–—"
_ARTICLE_PREFIX = re.compile(
    r"^(?:articles?|arts?\.?|art[ií]culos?|§+|sections?|secs?\.|s\.|ss\.|"
    r"الفصلين|الفصول|الفصل|المادتين|المواد|الماده|ماده)\s*",
)


def norm(text: str | None) -> str:
    """The README's string normalisation: NFKC, case fold, Arabic-Indic digits to ASCII,
    Arabic letter variants folded, tatweel and diacritics removed, white space
    collapsed, punctuation at both ends stripped."""
    return _EDGE_PUNCT.sub("", _fold(text))


def _fold(text: str | None) -> str:
    """`norm` without stripping the ends."""
    if text is None:
        return ""
    s = unicodedata.normalize("NFKC", str(text)).casefold()
    s = s.translate(_ARABIC_INDIC).translate(_ARABIC_LETTERS).replace(_TATWEEL, "")
    s = _ARABIC_MARKS.sub("", s)
    return " ".join(s.split())


def norm_article(text: str) -> str:
    """An article identifier: normalised, "Article"/"art."/"§"/"المادة" dropped, no white
    space; a closing bracket at the end is kept when it closes a sub-part ("190(4)")."""
    s = _ARTICLE_PREFIX.sub("", _fold(text).strip(_ARTICLE_EDGES))
    s = "".join(s.strip(_ARTICLE_EDGES).split())
    while s.endswith(")") and s.count(")") > s.count("("):
        s = s[:-1].strip(_ARTICLE_EDGES)
    while s.startswith("(") and s.count("(") > s.count(")"):
        s = s[1:].strip(_ARTICLE_EDGES)
    return s


def name_tokens(text: str) -> tuple[str, ...]:
    """The token multiset of a name (sorted), punctuation between tokens ignored."""
    return tuple(sorted(re.findall(r"\w+", norm(text))))


def charge_match(predicted: str, expected: str) -> bool:
    """Equal after normalisation; or one contains the other and covers >= 80 % of its
    characters; or >= 80 % of the longer one's tokens are shared."""
    p, e = norm(predicted), norm(expected)
    if not p or not e:
        return False
    if p == e:
        return True
    short, long_ = sorted((p, e), key=len)
    if short in long_ and len(short) >= CHARGE_OVERLAP * len(long_):
        return True
    pt, et = Counter(re.findall(r"\w+", p)), Counter(re.findall(r"\w+", e))
    shared = sum((pt & et).values())
    return shared >= CHARGE_OVERLAP * max(sum(pt.values()), sum(et.values()))


def months_value(value: object) -> str | None:
    """A month field as a comparable string: "144", "life", "death" or None."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return str(int(value))
    s = norm(str(value))
    if s in ("life", "death"):
        return s
    digits = s.translate(_ARABIC_INDIC)
    if re.fullmatch(r"\d+(?:\.0+)?", digits):
        return str(int(float(digits)))
    return s or None


# ---------------------------------------------------------------- scoring


@dataclass
class Counts:
    """TP/FP/FN plus, for single-valued fields, documents scored and exactly right."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    docs: int = 0
    correct: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.docs += other.docs
        self.correct += other.correct

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        """F1; None when nothing was expected nor predicted (all true negatives)."""
        if not (self.tp + self.fp + self.fn):
            return None
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn)

    @property
    def accuracy(self) -> float | None:
        return self.correct / self.docs if self.docs else None


@dataclass
class Score:
    """One field of one document: counts and what was wrong, in words."""

    counts: Counts
    wrong: list[str] = field(default_factory=list)  # missed expected items
    extra: list[str] = field(default_factory=list)  # predicted items that matched nothing


def score_single(expected: object, predicted: object, *, key: Callable[[Any], Any] = norm) -> Score:
    """Exact match of one value: TP when equal; a wrong value is FP and FN; a value
    where none is expected is FP; a missing one FN; null and null is a true negative."""
    e = key(expected) if expected is not None else None
    p = key(predicted) if predicted is not None else None
    e = e if e not in ("", None) else None
    p = p if p not in ("", None) else None
    c = Counts(docs=1)
    if e is None and p is None:
        c.correct = 1
    elif e is not None and p is not None and e == p:
        c.tp = c.correct = 1
    else:
        c.fp = int(p is not None)
        c.fn = int(e is not None)
    wrong = [] if e is None or c.tp else [str(expected)]
    extra = [] if p is None or c.tp else [str(predicted)]
    return Score(c, wrong, extra)


def score_lenient(expected: str | None, predicted: str | None) -> Score:
    """Like `score_single`, but one containing the other (after normalisation) counts."""
    e, p = norm(expected), norm(predicted)
    if e and p and (e in p or p in e):
        return Score(Counts(tp=1, docs=1, correct=1))
    return score_single(expected, predicted)


def score_bool(expected: object, predicted: object) -> Score:
    """A boolean, `true` as the positive class: both true TP, both false a true negative."""
    e, p = bool(expected), bool(predicted)
    c = Counts(
        tp=int(e and p), fp=int(p and not e), fn=int(e and not p), docs=1, correct=int(e == p)
    )
    return Score(c, [] if e == p else [str(e).lower()], [] if e == p else [str(p).lower()])


def score_set(
    expected: Iterable[str],
    predicted: Iterable[str],
    *,
    key: Callable[[str], str] = norm,
    match: Callable[[str, str], bool] | None = None,
) -> Score:
    """Set precision/recall: distinct normalised items, matched one to one (greedily,
    exact matches first, then `match` if given)."""
    exp = _distinct(expected, key)
    pred = _distinct(predicted, key)
    free = dict(exp)  # key -> as written
    matched: list[str] = []
    unmatched: list[str] = []
    for k, raw in pred.items():
        if k in free:
            del free[k]
            matched.append(raw)
        else:
            unmatched.append(raw)
    extra = []
    for raw in unmatched:
        hit = next((ek for ek, er in free.items() if match and match(raw, er)), None)
        if hit is None:
            extra.append(raw)
        else:
            del free[hit]
            matched.append(raw)
    c = Counts(
        tp=len(matched), fp=len(extra), fn=len(free), docs=1, correct=int(not extra and not free)
    )
    return Score(c, list(free.values()), extra)


def score_names(expected: Sequence[str], predicted: Sequence[str]) -> Score:
    """Subject names over distinct persons, not forms (README): the subject counts once,
    found when any predicted name has the token multiset of a labelled form. Other
    predicted names are grouped into persons by shared tokens; a group sharing a token
    with the subject's forms is the subject (a variant form, FP only if the subject
    was not found), any other group is one FP (a judge, victim, ...)."""
    labels = {name_tokens(n) for n in expected if name_tokens(n)}
    label_tokens = {t for form in labels for t in form}
    found = [n for n in predicted if name_tokens(n) in labels]
    others = [
        n
        for n in _distinct(predicted, lambda s: " ".join(name_tokens(s))).values()
        if name_tokens(n) and name_tokens(n) not in labels
    ]
    tp = int(bool(labels) and bool(found))
    fn = int(bool(labels) and not found)
    groups: list[tuple[set[str], list[str]]] = []
    subject_like: list[str] = []
    for n in others:
        toks = set(name_tokens(n))
        if toks & label_tokens:
            subject_like.append(n)
            continue
        for g_toks, members in groups:
            if toks & g_toks:
                g_toks |= toks
                members.append(n)
                break
        else:
            groups.append((toks, [n]))
    fp = len(groups) + int(bool(subject_like) and not tp)
    extra = [" | ".join(m) for _, m in groups] + ([] if tp else subject_like)
    c = Counts(tp=tp, fp=fp, fn=fn, docs=1, correct=int(not fp and not fn))
    return Score(c, list(expected) if fn else [], extra)


def _distinct(items: Iterable[str], key: Callable[[str], str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for raw in items:
        if raw is None:
            continue
        k = key(str(raw))
        if k and k not in out:
            out[k] = str(raw)
    return out


def compare(expected: dict[str, Any], predicted: dict[str, Any]) -> dict[str, Score]:
    """Every field of one document scored (keys: `FIELDS`)."""
    e, p = expected, predicted
    upper = lambda s: norm(s).upper()  # noqa: E731 - ISO codes
    return {
        "doc_type": score_single(e.get("doc_type"), p.get("doc_type")),
        "issuing_country": score_single(
            e.get("issuing_country"), p.get("issuing_country"), key=upper
        ),
        "subject_names": score_names(e.get("subject_names") or [], p.get("subject_names") or []),
        "aliases": score_set(e.get("aliases") or [], p.get("aliases") or []),
        "birth_date": score_single(e.get("birth_date"), p.get("birth_date")),
        "nationalities": score_set(
            e.get("nationalities") or [], p.get("nationalities") or [], key=upper
        ),
        "charges": score_set(e.get("charges") or [], p.get("charges") or [], match=charge_match),
        "articles": score_set(e.get("articles") or [], p.get("articles") or [], key=norm_article),
        "max_penalty_months": score_single(
            e.get("max_penalty_months"), p.get("max_penalty_months"), key=months_value
        ),
        "sentence_months": score_single(
            e.get("sentence_months"), p.get("sentence_months"), key=months_value
        ),
        "remaining_months": score_single(
            e.get("remaining_months"), p.get("remaining_months"), key=months_value
        ),
        "in_absentia": score_bool(e.get("in_absentia"), p.get("in_absentia")),
        "warrant_number": score_single(e.get("warrant_number"), p.get("warrant_number")),
        "warrant_number~": score_lenient(e.get("warrant_number"), p.get("warrant_number")),
        "warrant_date": score_single(e.get("warrant_date"), p.get("warrant_date")),
        "warrant_authority": score_single(e.get("warrant_authority"), p.get("warrant_authority")),
        "warrant_authority~": score_lenient(e.get("warrant_authority"), p.get("warrant_authority")),
        "notice_status": score_single(e.get("notice_status"), p.get("notice_status")),
    }


# ---------------------------------------------------------------- predictions


def _first(*values: object) -> Any:
    return next((v for v in values if v not in (None, "", [])), None)


def _found_norm(found: Any) -> str | None:
    """`normalized` if the reader set one, else the value as written."""
    if found is None:
        return None
    return found.normalized if found.normalized not in (None, "") else found.value


def predictions(packet: Packet) -> dict[str, Any]:
    """The evaluated fields as read from a one-file packet. `doc_type` is the first
    document's (if the file was split, its first part); the other fields are read from
    every part: lists unioned, single values from the first part that has one."""
    docs: list[Document] = list(packet.documents)
    if not docs:
        return {"doc_type": None}
    out: dict[str, Any] = {"doc_type": docs[0].doc_type}
    lists: dict[str, list[str]] = {
        k: [] for k in ("subject_names", "aliases", "nationalities", "charges", "articles")
    }
    singles: dict[str, list[Any]] = {}
    penalties: list[str | int] = []
    sentences: list[Any] = []
    remaining: list[Any] = []
    absentia = False
    for doc in docs:
        f = doc.fields
        lists["subject_names"] += [n.value for n in f.subject.names]
        lists["aliases"] += [a.value for a in f.subject.aliases]
        lists["nationalities"] += [n for x in f.subject.nationalities if (n := _found_norm(x))]
        lists["charges"] += [o.text for o in f.offenses]
        lists["articles"] += [a for o in f.offenses for a in o.articles]
        for o in f.offenses:
            if o.penalty_kind in ("life", "death"):
                penalties.append(o.penalty_kind)
            elif o.max_penalty_months is not None:
                penalties.append(o.max_penalty_months)
            sentences.append(o.sentence_months)
            remaining.append(o.remaining_months)
        n, d = f.notice, f.decision
        for key, value in (
            ("issuing_country", n.issuing_country.normalized if n.issuing_country else None),
            ("birth_date", f.subject.birth_dates[0].normalized if f.subject.birth_dates else None),
            ("notice_status", _found_norm(n.status[0]) if n.status else None),
            ("warrant_number", d.number.value if d.number else None),
            ("warrant_date", d.date.normalized if d.date else None),
            ("warrant_authority", d.authority.value if d.authority else None),
        ):
            singles.setdefault(key, []).append(value)
        sentences.insert(0, _found_norm(d.sentence_months))
        remaining.insert(0, _found_norm(d.remaining_months))
        absentia |= norm(_found_norm(d.in_absentia)) == "true"
    out.update(lists)
    out.update({k: _first(*v) for k, v in singles.items()})
    out["max_penalty_months"] = _max_penalty(penalties)
    out["sentence_months"] = _first(*sentences)
    out["remaining_months"] = _first(*remaining)
    out["in_absentia"] = absentia
    return out


def _max_penalty(values: Sequence[str | int]) -> str | int | None:
    for kind in ("death", "life"):
        if kind in values:
            return kind
    months = [v for v in values if isinstance(v, int)]
    return max(months) if months else None


# ---------------------------------------------------------------- the set


@dataclass(frozen=True)
class EvalItem:
    """One labelled document of `data/eval/fields/`."""

    id: str
    language: str
    render: str
    text: str
    expected: dict[str, Any]


DEFAULT_SET = "fields"


def eval_dir(set_name: str = DEFAULT_SET) -> Path:
    """`data/eval/<set_name>/`: `fields` (development) or `fields-holdout6` (held out:
    written without reading the rules or the other sets; never tuned on)."""
    from pipeline.config import repo_root

    return repo_root() / "data" / "eval" / set_name


def load_items(
    folder: Path | None = None,
    only: Sequence[str] | None = None,
    *,
    set_name: str = DEFAULT_SET,
) -> list[EvalItem]:
    """The labelled documents, sorted by id; `only` keeps the ids listed (unknown ids raise).
    `folder` wins over `set_name` (a folder name under `data/eval/`)."""
    items = []
    for path in sorted((folder or eval_dir(set_name)).glob("*.yaml")):
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        items.append(
            EvalItem(
                id=raw["id"],
                language=raw["language"],
                render=raw["render"],
                text=raw["text"],
                expected=raw["expected"],
            )
        )
    if only:
        known = {i.id for i in items}
        missing = [x for x in only if x not in known]
        if missing:
            raise ValueError(f"unknown evaluation ids: {', '.join(missing)}")
        items = [i for i in items if i.id in set(only)]
    return items


# ---------------------------------------------------------------- running


@dataclass
class Miss:
    doc_id: str
    field: str
    expected: str
    got: str


@dataclass
class DocResult:
    item: EvalItem
    predicted: dict[str, Any]
    scores: dict[str, Score]
    parts: int = 1
    pages: int = 0
    methods: tuple[str, ...] = ()
    error: str | None = None
    seconds: float = 0.0

    def misses(self) -> list[Miss]:
        out = []
        for name in FIELDS:
            s = self.scores[name]
            if name.endswith("~") or (not s.counts.fp and not s.counts.fn):
                continue
            exp = self.item.expected.get(name)
            out.append(
                Miss(self.item.id, name, _show(exp), _show(self.predicted.get(name)) + _detail(s))
            )
        return out


def _show(value: object) -> str:
    if value is None or value == []:
        return "—"
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return str(value)


def _detail(s: Score) -> str:
    parts = []
    if s.wrong and s.counts.tp:
        parts.append("missed: " + "; ".join(s.wrong))
    if s.extra and s.counts.tp:
        parts.append("extra: " + "; ".join(s.extra))
    return f" ({', '.join(parts)})" if parts else ""


@dataclass
class Report:
    """Per-document results and their sums per group ("all", "en", ..., "text", "scan")."""

    results: list[DocResult]
    started: datetime
    seconds: float

    def counts(self, group: str = "all") -> dict[str, Counts]:
        out = {name: Counts() for name in FIELDS}
        for r in self.results:
            if group in ("all", r.item.language, r.item.render):
                for name in FIELDS:
                    out[name].add(r.scores[name].counts)
        return out

    def groups(self) -> list[str]:
        present = {r.item.language for r in self.results} | {r.item.render for r in self.results}
        return [g for g in (*LANGUAGES, *RENDERS) if g in present]

    def misses(self) -> list[Miss]:
        return [m for r in self.results for m in r.misses()]

    def goals(self) -> dict[str, dict[str, float | None]]:
        """Goal field -> render -> F1 (None: nothing expected nor predicted)."""
        per = {g: self.counts(g) for g in RENDERS}
        return {f: {g: per[g][f].f1 for g in RENDERS} for f in GOAL_FIELDS}

    def goal_met(self, name: str) -> bool:
        present = [g for g in RENDERS if any(r.item.render == g for r in self.results)]
        f1 = self.goals()[name]
        return all(f1[g] is None or f1[g] >= GOAL_F1 for g in present)  # type: ignore[operator]


def evaluate_item(item: EvalItem, cache_dir: Path | None = None) -> DocResult:
    """Render, extract and understand one labelled document, then score it."""
    from pipeline.chain import extract_path
    from pipeline.evaluation.render import rendered_pdf
    from pipeline.understand.document import understand_packet

    started = time.perf_counter()
    pdf = rendered_pdf(item.id, item.text, item.language, item.render, cache_dir)  # type: ignore[arg-type]
    packet = extract_path(pdf, source=f"eval:{item.id}", record=False)
    error = None
    try:
        packet = understand_packet(packet)
    except Exception as exc:  # one failing document must not stop the evaluation
        error = f"understand_packet: {type(exc).__name__}: {exc}"
    errors = [f"{e.code}: {e.message}" for e in packet.all_errors()]
    if errors and error is None:
        error = "; ".join(errors)
    predicted = predictions(packet) if error is None or packet.documents else {}
    pages = [p for d in packet.documents for p in d.pages]
    return DocResult(
        item=item,
        predicted=predicted,
        scores=compare(item.expected, predicted),
        parts=len(packet.documents),
        pages=len({p.number for p in pages}),
        methods=tuple(sorted({p.method for p in pages})),
        error=error,
        seconds=round(time.perf_counter() - started, 2),
    )


def run_eval(
    only: Sequence[str] | None = None,
    *,
    folder: Path | None = None,
    set_name: str = DEFAULT_SET,
    cache_dir: Path | None = None,
    on_item: Callable[[DocResult], None] | None = None,
) -> Report:
    """Evaluate every labelled document (or the `only` ids) of `folder`, else of
    `data/eval/<set_name>/`."""
    import pipeline.understand.document  # noqa: F401 - fail early if the stage is missing
    from pipeline.understand.charge_spans import tagger_from
    from pipeline.understand.charge_spans_training import batch

    started = datetime.now(UTC)
    t0 = time.perf_counter()
    results = []
    folds = _tagger_folds(folder, set_name)
    for item in load_items(folder, only, set_name=set_name):
        path = folds.get(batch(item.id))
        with tagger_from(path) if path else nullcontext():
            result = evaluate_item(item, cache_dir)
        results.append(result)
        if on_item is not None:
            on_item(result)
    return Report(results, started, round(time.perf_counter() - t0, 1))


def _tagger_folds(folder: Path | None, set_name: str) -> dict[str, Path]:
    """The charge tagger's out-of-fold models when the development set is read (it was
    trained on it), so that its figures there stay out of sample; none for another set."""
    if folder is not None or set_name != DEFAULT_SET:
        return {}
    from pipeline.understand.charge_spans_training import cached_fold_models

    return cached_fold_models()


# ---------------------------------------------------------------- output


def _fmt(x: float | None) -> str:
    return "–" if x is None else f"{x:.2f}"


def field_rows(counts: dict[str, Counts]) -> list[list[str]]:
    """Rows of field, TP, FP, FN, P, R, F1, exact (share of documents exactly right)."""
    return [
        [
            name,
            str(c.tp),
            str(c.fp),
            str(c.fn),
            _fmt(c.precision),
            _fmt(c.recall),
            _fmt(c.f1),
            _fmt(c.accuracy),
        ]
        for name, c in counts.items()
    ]


FIELD_HEADER = ["field", "TP", "FP", "FN", "P", "R", "F1", "exact"]


def f1_rows(report: Report, groups: Sequence[str]) -> list[list[str]]:
    """Rows of field then F1 per group."""
    per = {g: report.counts(g) for g in groups}
    return [[name, *(_fmt(per[g][name].f1) for g in groups)] for name in FIELDS]


def markdown(
    report: Report, command: str, set_name: str = DEFAULT_SET, *, show_misses: bool = False
) -> str:
    """The report as `docs/evaluation-fields.md` (`docs/evaluation-<set_name>.md`); a held-out
    set's report keeps to aggregates unless `show_misses`."""
    langs = [g for g in report.groups() if g in LANGUAGES]
    renders = [g for g in report.groups() if g in RENDERS]
    n = len(report.results)
    goals = report.goals()
    goal_rows = [
        [
            name,
            *(_fmt(goals[name][g]) for g in RENDERS),
            "met" if report.goal_met(name) else "not met",
        ]
        for name in GOAL_FIELDS
    ]
    doc_rows = [
        [
            r.item.id,
            r.item.language,
            r.item.render,
            str(r.pages),
            "+".join(r.methods) or "—",
            str(r.parts),
            str(r.predicted.get("doc_type") or "—"),
            f"{r.seconds:.1f}",
            r.error or "",
        ]
        for r in report.results
    ]
    misses = report.misses()
    miss_rows = [[m.doc_id, m.field, m.expected, m.got] for m in misses]
    render_of = {r.item.id: r.item.render for r in report.results}
    per_field = Counter((m.field, render_of[m.doc_id]) for m in misses)
    per_field_rows = [
        [
            name,
            *(str(per_field[name, g]) for g in renders),
            str(sum(per_field[name, g] for g in renders)),
        ]
        for name in FIELDS
        if not name.endswith("~") and any(per_field[name, g] for g in renders)
    ]
    return "\n".join(
        [
            "# Evaluation: document understanding (field extraction)",
            "",
            "Generated by `pipeline/evaluation/fields.py`; do not edit by hand.",
            "",
            f"- Date: {report.started.isoformat(timespec='seconds')}",
            f"- Commit: `{commit()}`",
            f"- Command: `{command}`",
            f"- Documents: {n} from `data/eval/{set_name}/` "
            f"({'development' if set_name == 'fields' else 'held out'}; "
            f"see `data/eval/README.md`), run in {report.seconds:.0f} s",
            "",
            "Each labelled text is rendered to a PDF with a text layer (`text`) or rasterised "
            "and degraded into an image-only scan that must be OCR'd (`scan`), then ingested, "
            "extracted and understood as a one-file packet. Comparison follows the README: "
            "strings normalised (NFKC, case, Arabic-Indic digits, Arabic letter variants, "
            "white space, end punctuation); names by token multiset, over persons; charges "
            "also match by containment covering ≥ 80 % or token overlap ≥ 80 %; articles "
            "without white space; dates, months, codes and statuses exact; `in_absentia` with "
            "`true` as the positive class. Single-valued fields: a wrong value is one FP and "
            "one FN, null expected and nothing found is a true negative (counted only in "
            "*exact*, the share of documents with the field exactly right). `~` rows are the "
            "lenient scores (one contains the other). F1 is `–` when nothing was expected or "
            "predicted.",
            "",
            "## Goal",
            "",
            f"F1 ≥ {GOAL_F1:.2f} for {', '.join(GOAL_FIELDS)} on OCR pages as well as text pages.",
            "",
            md_table(["field", "F1 text", "F1 scan", "goal"], goal_rows),
            "",
            "## Overall",
            "",
            md_table(FIELD_HEADER, field_rows(report.counts())),
            "",
            "## F1 per language",
            "",
            md_table(["field", *langs], f1_rows(report, langs)),
            "",
            "## F1 per render (text layer vs scan/OCR)",
            "",
            md_table(["field", *renders], f1_rows(report, renders)),
            "",
            *(
                line
                for g in renders
                for line in (
                    f"### {g}",
                    "",
                    md_table(FIELD_HEADER, field_rows(report.counts(g))),
                    "",
                )
            ),
            f"## Misses ({len(miss_rows)})",
            "",
            "Documents with the field not exactly right, per render:",
            "",
            md_table(["field", *renders, "total"], per_field_rows),
            "",
            *(
                _per_document(doc_rows, miss_rows)
                if show_misses or set_name == DEFAULT_SET else [HELD_OUT_NOTE, ""]
            ),
        ]
    )


# A held-out set stays held out only while nobody reads what was missed on which document.
HELD_OUT_NOTE = held_out_note("Per-document results and misses are", "set")


def _per_document(doc_rows: list[list[str]], miss_rows: list[list[str]]) -> list[str]:
    """The per-document sections of a development report: each document, each miss."""
    return [
        "Every field of every document that is not exactly right (FP or FN). *got* adds "
        "the items missed and the extra items when some did match.",
        "",
        md_table(["document", "field", "expected", "got"], miss_rows),
        "",
        "## Documents",
        "",
        md_table(
            ["id", "lang", "render", "pages", "method", "parts", "doc_type", "s", "errors"],
            doc_rows,
        ),
        "",
    ]


def rich_tables(report: Report) -> list[Any]:
    """Rich tables for the terminal: overall, F1 per language and per render, goals."""
    from rich.table import Table

    def table(title: str, header: Sequence[str], rows: Iterable[Sequence[str]]) -> Table:
        t = Table(title=title)
        for i, h in enumerate(header):
            t.add_column(h, justify="left" if i == 0 else "right")
        for row in rows:
            t.add_row(*row)
        return t

    langs = [g for g in report.groups() if g in LANGUAGES]
    renders = [g for g in report.groups() if g in RENDERS]
    goals = report.goals()
    goal_rows = [
        [
            name,
            *(_fmt(goals[name][g]) for g in RENDERS),
            "[green]met[/]" if report.goal_met(name) else "[red]not met[/]",
        ]
        for name in GOAL_FIELDS
    ]
    return [
        table(
            f"Fields, all {len(report.results)} documents",
            FIELD_HEADER,
            field_rows(report.counts()),
        ),
        table("F1 per language", ["field", *langs], f1_rows(report, langs)),
        table("F1 per render", ["field", *renders], f1_rows(report, renders)),
        table(
            f"Goal: F1 >= {GOAL_F1:.2f} on text and scan",
            ["field", "text", "scan", "goal"],
            goal_rows,
        ),
    ]
