"""Check the held-out field-extraction set (data/eval/fields-holdout6/*.yaml).

Run: python data/eval/check_holdout.py   (exit status 0 when every check passes)

Reuses the per-file checks of `check_fields.py` (keys, ids, enums, ISO values, "as
written" labels as exact substrings of the text, 120-450 words) and checks the
targets of this set (data/eval/README.md, last section): 32 documents, 8 per
language, half `render: text` and half `render: scan` in each language, and every
one of the seven main document types present at least twice.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from check_fields import LANGUAGES, tally

HOLDOUT_DIR = Path(__file__).resolve().parent / "fields-holdout6"
PER_LANGUAGE = 8
MIN_PER_TYPE = 2
MAIN_TYPES = (
    "red-notice", "diffusion", "arrest-warrant", "indictment", "judgment",
    "police-report", "extradition-request",
)


def main(argv: list[str] | None = None) -> int:
    folder = Path(argv[0]) if argv else HOLDOUT_DIR
    files = sorted(folder.glob("*.yaml"))
    counts = tally(files)
    problems = counts.problems
    by_lang, by_lang_render = counts.by_lang, counts.by_lang_render
    by_lang_type, by_type = counts.by_lang_type, counts.by_type
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
