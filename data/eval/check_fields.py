"""Check the held-out field-extraction evaluation set (data/eval/fields/*.yaml).

Run: python data/eval/check_fields.py   (exit status 0 when every check passes)

Checks that every file parses, has exactly the expected keys, that ids are unique and
equal the file stem, enums and ISO values are valid, that every "as written" label is
an exact substring of the text, that texts are 120-450 words, and that the counts per
language, render and document type meet the targets of data/eval/README.md.
"""

from __future__ import annotations

import datetime as _dt
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
FIELDS_DIR = HERE / "fields"

TOP_KEYS = {"id", "language", "render", "source", "text", "expected"}
EXPECTED_KEYS = {
    "doc_type", "issuing_country", "subject_names", "aliases", "birth_date",
    "nationalities", "charges", "articles", "max_penalty_months", "sentence_months",
    "remaining_months", "in_absentia", "warrant_number", "warrant_date",
    "warrant_authority", "notice_status",
}
LANGUAGES = {"en", "fr", "es", "ar"}
RENDERS = {"text", "scan"}
DOC_TYPES = {
    "red-notice", "diffusion", "arrest-warrant", "indictment", "judgment",
    "police-report", "extradition-request", "other",
}
NOTICE_STATUSES = {None, "active", "suspended", "withdrawn", "cancelled", "expired"}
# labels that must appear verbatim in the text
VERBATIM_LISTS = ("subject_names", "aliases", "charges")
VERBATIM_SCALARS = ("warrant_number", "warrant_authority")

MIN_PER_LANGUAGE = 12
MIN_WORDS, MAX_WORDS = 120, 450
REQUIRED_DOC_TYPES_PER_LANGUAGE = {
    "red-notice", "arrest-warrant", "indictment", "judgment", "police-report",
}

_ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_ALPHA2 = re.compile(r"^[A-Z]{2}$")


def _iso_date(value) -> bool:
    if isinstance(value, _dt.date):  # YAML may parse unquoted dates
        return False  # require quoted strings so loaders agree
    if not isinstance(value, str):
        return False
    try:
        _dt.date.fromisoformat(value)
    except ValueError:
        return False
    return bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", value))


def _months(value, allow_words: bool) -> bool:
    if value is None:
        return True
    if allow_words and value in ("life", "death"):
        return True
    return isinstance(value, int) and not isinstance(value, bool) and value > 0


def check_file(path: Path) -> tuple[dict | None, list[str]]:
    errs: list[str] = []
    try:
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    except Exception as exc:
        return None, [f"does not parse: {exc}"]
    if not isinstance(doc, dict):
        return None, ["top level is not a mapping"]
    if set(doc) != TOP_KEYS:
        errs.append(f"top-level keys {sorted(set(doc) ^ TOP_KEYS)} wrong")
    if doc.get("id") != path.stem:
        errs.append(f"id {doc.get('id')!r} != file stem {path.stem!r}")
    if doc.get("language") not in LANGUAGES:
        errs.append(f"language {doc.get('language')!r}")
    elif not str(doc.get("id", "")).startswith(doc["language"] + "-"):
        errs.append("id does not start with the language code")
    if doc.get("render") not in RENDERS:
        errs.append(f"render {doc.get('render')!r}")
    if not isinstance(doc.get("source"), str) or not doc["source"].strip():
        errs.append("source missing")
    text = doc.get("text")
    if not isinstance(text, str):
        return doc, [*errs, "text missing"]
    words = len(text.split())
    if not MIN_WORDS <= words <= MAX_WORDS:
        errs.append(f"text has {words} words (want {MIN_WORDS}-{MAX_WORDS})")
    exp = doc.get("expected")
    if not isinstance(exp, dict):
        return doc, [*errs, "expected missing"]
    if set(exp) != EXPECTED_KEYS:
        errs.append(f"expected keys {sorted(set(exp) ^ EXPECTED_KEYS)} wrong")
    if exp.get("doc_type") not in DOC_TYPES:
        errs.append(f"doc_type {exp.get('doc_type')!r}")
    ic = exp.get("issuing_country")
    if ic is not None and not (isinstance(ic, str) and _ALPHA2.match(ic)):
        errs.append(f"issuing_country {ic!r}")
    for key in ("subject_names", "aliases", "nationalities", "charges", "articles"):
        if not isinstance(exp.get(key), list):
            errs.append(f"{key} is not a list")
    if not exp.get("subject_names"):
        errs.append("subject_names empty")
    for nat in exp.get("nationalities") or []:
        if not (isinstance(nat, str) and _ALPHA2.match(nat)):
            errs.append(f"nationality {nat!r}")
    for key in VERBATIM_LISTS:
        for item in exp.get(key) or []:
            if not isinstance(item, str) or item not in text:
                errs.append(f"{key} item {item!r} not in text")
    for key in VERBATIM_SCALARS:
        val = exp.get(key)
        if val is not None and (not isinstance(val, str) or val not in text):
            errs.append(f"{key} {val!r} not in text")
    norm_text = text.translate(_ARABIC_DIGITS)
    for art in exp.get("articles") or []:
        if not isinstance(art, str) or art not in norm_text:
            errs.append(f"article {art!r} not in text (after digit normalisation)")
    for key in ("birth_date", "warrant_date"):
        val = exp.get(key)
        if val is not None and not _iso_date(val):
            errs.append(f"{key} {val!r} is not a quoted ISO date")
    if not _months(exp.get("max_penalty_months"), allow_words=True):
        errs.append(f"max_penalty_months {exp.get('max_penalty_months')!r}")
    for key in ("sentence_months", "remaining_months"):
        if not _months(exp.get(key), allow_words=key == "sentence_months"):
            errs.append(f"{key} {exp.get(key)!r}")
    if not isinstance(exp.get("in_absentia"), bool):
        errs.append("in_absentia is not a boolean")
    if exp.get("notice_status") not in NOTICE_STATUSES:
        errs.append(f"notice_status {exp.get('notice_status')!r}")
    return doc, errs


@dataclass
class Tally:
    """Per-file problems and the counts a set's targets are checked against."""

    problems: int = 0
    by_lang: Counter = field(default_factory=Counter)
    by_lang_render: Counter = field(default_factory=Counter)
    by_lang_type: Counter = field(default_factory=Counter)
    by_type: Counter = field(default_factory=Counter)


def tally(files: list[Path]) -> Tally:
    """Check every file (printing its problems) and count documents; ids must be unique."""
    t = Tally()
    ids: Counter = Counter()
    for path in files:
        doc, errs = check_file(path)
        for err in errs:
            print(f"{path.name}: {err}")
        t.problems += len(errs)
        if not doc:
            continue
        ids[doc.get("id")] += 1
        lang = doc.get("language")
        dtype = (doc.get("expected") or {}).get("doc_type")
        t.by_lang[lang] += 1
        t.by_lang_render[(lang, doc.get("render"))] += 1
        t.by_lang_type[(lang, dtype)] += 1
        t.by_type[dtype] += 1
    for ident, n in ids.items():
        if n > 1:
            print(f"duplicate id {ident!r}")
            t.problems += 1
    return t


def main(argv: list[str] | None = None) -> int:
    files = sorted(FIELDS_DIR.glob("*.yaml"))
    counts = tally(files)
    problems = counts.problems
    by_lang, by_lang_render = counts.by_lang, counts.by_lang_render
    by_lang_type, by_type = counts.by_lang_type, counts.by_type
    for lang in sorted(LANGUAGES):
        n = by_lang[lang]
        if n < MIN_PER_LANGUAGE:
            print(f"{lang}: {n} documents (want >= {MIN_PER_LANGUAGE})")
            problems += 1
        scan = by_lang_render[(lang, "scan")]
        if n and not (0.35 <= scan / n <= 0.65):
            print(f"{lang}: {scan}/{n} scans (want about half)")
            problems += 1
        for dtype in sorted(REQUIRED_DOC_TYPES_PER_LANGUAGE):
            if not by_lang_type[(lang, dtype)]:
                print(f"{lang}: no {dtype}")
                problems += 1
    for dtype in ("diffusion", "extradition-request", "other"):
        if by_type[dtype] < 2:
            print(f"only {by_type[dtype]} {dtype} documents (want >= 2)")
            problems += 1
    # summary table
    print(f"{len(files)} files")
    types = sorted(DOC_TYPES)
    print("lang render " + " ".join(t[:10].rjust(10) for t in types))
    for lang in sorted(LANGUAGES):
        text, scan = by_lang_render[(lang, "text")], by_lang_render[(lang, "scan")]
        counts = " ".join(str(by_lang_type[(lang, t)]).rjust(10) for t in types)
        print(f"{lang:4} text={text:<2} scan={scan:<2} {counts}")
    print("OK" if not problems else f"{problems} problem(s)")
    return 0 if not problems else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
