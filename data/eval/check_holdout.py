"""Check the second held-out field-extraction set (data/eval/fields-holdout/*.yaml).

Run: python data/eval/check_holdout.py   (exit status 0 when every check passes)

Reuses the per-file checks of `check_fields.py` (keys, ids, enums, ISO values, "as
written" labels as exact substrings of the text, 120-450 words) and checks the
targets of this set (data/eval/README.md, "Second held-out set"): 24 documents,
6 per language, half `render: text` and half `render: scan` in each language,
and at least 3 documents of each of the seven main document types.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from check_fields import LANGUAGES, check_file

HOLDOUT_DIR = Path(__file__).resolve().parent / "fields-holdout"
PER_LANGUAGE = 6
MIN_PER_TYPE = 3
MAIN_TYPES = (
    "red-notice", "diffusion", "arrest-warrant", "indictment", "judgment",
    "police-report", "extradition-request",
)


def main(argv: list[str] | None = None) -> int:
    folder = Path(argv[0]) if argv else HOLDOUT_DIR
    files = sorted(folder.glob("*.yaml"))
    problems = 0
    ids: Counter = Counter()
    by_lang: Counter = Counter()
    by_lang_render: Counter = Counter()
    by_type: Counter = Counter()
    by_lang_type: Counter = Counter()
    for path in files:
        doc, errs = check_file(path)
        for err in errs:
            print(f"{path.name}: {err}")
        problems += len(errs)
        if not doc:
            continue
        ids[doc.get("id")] += 1
        lang = doc.get("language")
        dtype = (doc.get("expected") or {}).get("doc_type")
        by_lang[lang] += 1
        by_lang_render[(lang, doc.get("render"))] += 1
        by_type[dtype] += 1
        by_lang_type[(lang, dtype)] += 1
    for ident, n in ids.items():
        if n > 1:
            print(f"duplicate id {ident!r}")
            problems += 1
    for lang in sorted(LANGUAGES):
        if by_lang[lang] != PER_LANGUAGE:
            print(f"{lang}: {by_lang[lang]} documents (want {PER_LANGUAGE})")
            problems += 1
        if by_lang_render[(lang, "text")] != by_lang_render[(lang, "scan")]:
            print(f"{lang}: {by_lang_render[(lang, 'text')]} text / "
                  f"{by_lang_render[(lang, 'scan')]} scan (want half each)")
            problems += 1
    for dtype in MAIN_TYPES:
        if by_type[dtype] < MIN_PER_TYPE:
            print(f"only {by_type[dtype]} {dtype} documents (want >= {MIN_PER_TYPE})")
            problems += 1
    print(f"{len(files)} files in {folder}")
    print("lang render     " + " ".join(t[:10].rjust(10) for t in MAIN_TYPES))
    for lang in sorted(LANGUAGES):
        text, scan = by_lang_render[(lang, "text")], by_lang_render[(lang, "scan")]
        counts = " ".join(str(by_lang_type[(lang, t)]).rjust(10) for t in MAIN_TYPES)
        print(f"{lang:4} text={text:<2} scan={scan:<2} {counts}")
    print("all              " + " ".join(str(by_type[t]).rjust(10) for t in MAIN_TYPES))
    print("OK" if not problems else f"{problems} problem(s)")
    return 0 if not problems else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
