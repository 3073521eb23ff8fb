"""Charge wordings tagged by a learned sequence model (`models/charge-spans.*`).

The rules of `charges.py` find charges from cues and layout; on documents laid out as no
rule foresaw they keep a charge's trailing circumstances, split counts wrongly, take a
heading or a form's label for a charge, or find nothing. This model reads a page token by
token (the spaCy tokens of the normalised text) and tags each as the beginning of a charge's
wording, inside one, or outside (B/I/O), with a linear-chain conditional random field
(CRFsuite). Each token is described by its word and affixes, its casing in the stored text,
its place on its line (first or last, a numbered or dashed line, after a colon, under a line
ending in a colon, a line in capitals), the words around it, and the lexicon entries that
cover it or its neighbours (ICCS offence terms by division, charge cues, penalty words, article
patterns): the knowledge stays in the lexicons, the model learns how documents lay it out.

It is trained by `triage train --model charge-spans` on the development field documents
(`data/eval/fields/`, never a held-out set; `charge_spans_training`). `charges.read_offenses`
reconciles its spans with the rules' charges (see there). Without a built model the rules
stand alone.
"""

from __future__ import annotations

import bisect
import json
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from pipeline.config import repo_root
from pipeline.understand.pageview import Hit, PageView

NAME = "charge-spans"
# Lexicons whose hits say nothing about where a charge is written (flag vocabularies, names
# and places): left out of the features.
_SKIP_LEXICONS = frozenset({
    "flags-misuse", "flags-offense", "flags-compliance", "field-labels", "countries-names",
    "places", "subject-words",
})
_NUMBERED_LINE = re.compile(
    r"^\s*(?:\(?\d{1,2}[.)]|\(?[a-zA-Z][.)]\s|[-–—•*·▪►]|[IVX]+[.)-]\s)", re.IGNORECASE
)
_CONTEXT = (-3, -2, -1, 1, 2, 3)
_lock = threading.Lock()
# A tagger to use instead of the built one (the evaluation's out-of-fold models).
_override: ContextVar[Path | None] = ContextVar("charge_spans_override", default=None)


@dataclass(frozen=True)
class Span:
    """A charge's wording as tagged: normalised offsets on its page, and the model's mean
    marginal probability that its tokens lie inside a charge."""

    start: int
    end: int
    confidence: float


def model_path() -> Path:
    return repo_root() / "models" / f"{NAME}.crfsuite"


def meta_path() -> Path:
    return repo_root() / "models" / f"{NAME}.json"


def _hit_keys(hit: Hit) -> tuple[str, ...]:
    """The feature names a lexicon hit gives the tokens it covers: ICCS terms by their
    division (two digits), every other entry by its id."""
    if hit.lexicon in _SKIP_LEXICONS:
        return ()
    if hit.lexicon == "iccs":
        return ("iccs", "iccs" + hit.entry_id[5:7])
    return (f"{hit.lexicon}:{hit.entry_id}",)


def tokens(view: PageView) -> list[tuple[int, int]]:
    """The page's tokens (spaCy's, white space left out) as normalised offsets."""
    return [(t.idx, t.idx + len(t.text)) for t in view.doc if not t.is_space]


def features(view: PageView, toks: list[tuple[int, int]]) -> list[dict[str, float | str]]:
    """One feature mapping per token (see the module doc)."""
    text, raw = view.text, view.page.text
    n = len(toks)
    starts = [a for a, _ in toks]
    covered: list[set[str]] = [set() for _ in toks]
    begins: list[set[str]] = [set() for _ in toks]
    for hit in view.hits():
        keys = _hit_keys(hit)
        if not keys:
            continue
        i = bisect.bisect_left(starts, hit.start)
        first = True
        while i < n and toks[i][0] < hit.end:
            covered[i].update(keys)
            if first:
                begins[i].update(keys)
            first = False
            i += 1
    line_starts = [0] + [m.end() for m in re.finditer("\n", raw)]
    per_line: dict[int, dict[str, bool]] = {}  # what a token's line says, once per line
    lines: list[tuple[int, int, int]] = []  # per token: stored start and end, line start
    for a, b in toks:
        oa, ob = view.original_span(a, b)
        ls = line_starts[bisect.bisect_right(line_starts, oa) - 1]
        lines.append((oa, ob, ls))
        if ls not in per_line:
            le = raw.find("\n", ls)
            line = raw[ls : len(raw) if le < 0 else le]
            before = raw[:ls].rstrip("\n ")
            per_line[ls] = {
                "numbered": bool(_NUMBERED_LINE.match(line)),
                "under-colon": before[before.rfind("\n") + 1 :].rstrip().endswith(":"),
                "caps-line": line.strip().isupper(),
            }
    words = [text[a:b] for a, b in toks]
    out: list[dict[str, float | str]] = []
    for i in range(n):
        oa, ob, ls = lines[i]
        word, stored = words[i], raw[oa:ob]
        f: dict[str, float | str] = {"bias": 1.0, "w": word, "p3": word[:3], "s3": word[-3:]}
        flags = {
            "upper": stored.isupper(), "title": stored.istitle(), "digit": word.isdigit(),
            "punct": not any(c.isalnum() for c in word),
            "bol": i == 0 or lines[i - 1][2] != ls,
            "eol": i == n - 1 or lines[i + 1][2] != ls,
            **per_line[ls],
            "after-colon": ":" in raw[ls:oa],
        }
        f.update({k: 1.0 for k, v in flags.items() if v})
        for k in _CONTEXT:
            j = i + k
            f[f"w{k:+d}"] = words[j] if 0 <= j < n else "<pad>"
        f["bi-1"] = f"{f['w-1']}|{word}"
        f["bi+1"] = f"{word}|{f['w+1']}"
        for key in covered[i]:
            f["h:" + key] = 1.0
        for key in begins[i]:
            f["hb:" + key] = 1.0
        for k in (-1, 1):
            j = i + k
            if 0 <= j < n:
                for key in covered[j]:
                    f[f"h{k:+d}:" + key] = 1.0
        out.append(f)
    return out


def labels(view: PageView, toks: list[tuple[int, int]], charges: list[str]) -> list[str]:
    """B/I/O tags of the tokens from labelled charges (verbatim wordings): every place a
    charge's normalised words appear in the page's normalised text, line breaks aside. A
    token the wording starts or ends inside counts (an Arabic conjunction or preposition is
    written onto the next word: "وإساءة الائتمان" holds the charge "إساءة الائتمان")."""
    from pipeline.text.normalize import normalize

    tags = ["O"] * len(toks)
    starts = [a for a, _ in toks]
    for charge in charges:
        words = normalize(charge).text.split()
        if not words:
            continue
        pattern = re.compile(r"\s*".join(re.escape(w) for w in words))
        for m in pattern.finditer(view.text):
            i = max(bisect.bisect_right(starts, m.start()) - 1, 0)
            if toks[i][1] <= m.start():
                i += 1
            inside = []
            while i < len(toks) and toks[i][0] < m.end():
                inside.append(i)
                i += 1
            if not inside or any(tags[j] != "O" for j in inside):
                continue
            tags[inside[0]] = "B"
            for j in inside[1:]:
                tags[j] = "I"
    return tags


@cache
def _tagger(path: Path) -> object | None:
    import pycrfsuite

    if not path.exists():
        return None
    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    return tagger


@cache
def version() -> str | None:
    """The built model's version, None without one."""
    if not meta_path().exists():
        return None
    return str(json.loads(meta_path().read_text(encoding="utf-8"))["version"])


@contextmanager
def tagger_from(path: Path) -> Iterator[None]:
    """Tag with the model at `path` instead of the built one (out-of-fold evaluation)."""
    token = _override.set(path)
    try:
        yield
    finally:
        _override.reset(token)


def available() -> bool:
    return (_override.get() or model_path()).exists()


def _read(view: PageView) -> tuple[list[tuple[int, int]], list[str], list[float]]:
    """Tokens, tags and each token's marginal probability of being outside a charge, kept
    on the view (the rules and the reconciliation ask for the same page)."""
    key = f"{NAME}:{_override.get() or model_path()}"
    memo = view.memo.get(key)
    if memo is None:
        toks = tokens(view)
        tags: list[str] = []
        outside: list[float] = []
        path = _override.get() or model_path()
        with _lock:  # a CRFsuite tagger holds the sequence it last tagged
            tagger = _tagger(path)
            if tagger is not None and toks:
                tags = tagger.tag(features(view, toks))  # type: ignore[attr-defined]
                outside = [tagger.marginal("O", i) for i in range(len(toks))]  # type: ignore[attr-defined]
        memo = (toks, tags, outside)
        view.memo[key] = memo
    return memo  # type: ignore[return-value]


def outside(view: PageView, start: int, end: int) -> float:
    """The mean probability the model gives the tokens of `[start, end)` of lying outside any
    charge's wording (0 without a model or tokens)."""
    toks, tags, out = _read(view)
    inside = [p for (a, b), p in zip(toks, out, strict=False) if start <= a and b <= end]
    return sum(inside) / len(inside) if inside and tags else 0.0


def spans(view: PageView) -> list[Span]:
    """The charge wordings the model tags on a page, in reading order ([] without a model)."""
    toks, tags, out = _read(view)
    found: list[Span] = []
    run: list[int] = []

    def close() -> None:
        if run:
            conf = 1 - sum(out[j] for j in run) / len(run)
            found.append(Span(toks[run[0]][0], toks[run[-1]][1], round(conf, 3)))
            run.clear()

    for i, tag in enumerate(tags):
        if tag == "B" or (tag == "I" and not run):
            close()
            run.append(i)
        elif tag == "I":
            run.append(i)
        else:
            close()
    close()
    return found
