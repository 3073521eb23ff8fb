"""Compare the project's ICCS lexicon with a reference copy of the standard.

Codes, official names and parents are facts of UNODC's ICCS v1.0; the
terms are ours. The reference is a CSV with columns `code,level,parent,name`
given by path (nothing reads it by default, since a user's clone has none):

    python -m pipeline.lexicons.iccs_check path/to/iccs.csv [--lexicon iccs]

Exit status 0 when the lexicon agrees with the reference, 1 otherwise.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections.abc import Sequence
from pathlib import Path

from pipeline.lexicons.loader import LexiconError, load_lexicon
from pipeline.lexicons.schema import Lexicon

ICCS_CODE = re.compile(r"^(?:0[1-9]|1[01])(?:\d{2}(?:\d(?:\d)?)?)?$")
LEVEL_BY_LENGTH = {2: 1, 4: 2, 5: 3, 6: 4}


def expected_parent(code: str) -> str | None:
    """The parent an ICCS code implies by its digits (None for a Section)."""
    return {2: None, 4: code[:2], 5: code[:4], 6: code[:5]}[len(code)]


def structure_problems(lexicon: Lexicon) -> list[str]:
    """Codes that are not ICCS-shaped, or whose parent is not their digit prefix."""
    problems: list[str] = []
    for entry in lexicon.entries:
        code = entry.code
        if code is None or not ICCS_CODE.match(code):
            problems.append(f"{entry.id}: code {code!r} is not an ICCS code")
            continue
        if entry.id != f"iccs.{code}":
            problems.append(f"{entry.id}: id should be 'iccs.{code}'")
        if entry.parent != expected_parent(code):
            problems.append(
                f"{code}: parent {entry.parent!r} does not match the code's prefix "
                f"{expected_parent(code)!r}"
            )
    return problems


def read_reference(reference_csv: Path) -> dict[str, tuple[str | None, str]]:
    """code -> (parent, official name) from the reference CSV."""
    with reference_csv.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        missing = {"code", "parent", "name"} - set(reader.fieldnames or ())
        if missing:
            raise ValueError(f"{reference_csv}: missing column(s) {', '.join(sorted(missing))}")
        return {
            row["code"].strip(): ((row["parent"] or "").strip() or None, row["name"].strip())
            for row in reader
        }


def check_iccs(lexicon: Lexicon, reference_csv: Path) -> list[str]:
    """Every difference between the lexicon and the reference: codes, names, parents."""
    reference = read_reference(reference_csv)
    ours = lexicon.by_code()
    problems: list[str] = []
    for code, (parent, name) in reference.items():
        entry = ours.get(code)
        if entry is None:
            problems.append(f"{code}: missing from the lexicon (reference name {name!r})")
            continue
        if entry.name != name:
            problems.append(f"{code}: name {entry.name!r} differs from the reference {name!r}")
        if entry.parent != parent:
            problems.append(
                f"{code}: parent {entry.parent!r} differs from the reference {parent!r}"
            )
    for code in ours:
        if code not in reference:
            problems.append(f"{code}: not in the reference (extra code)")
    return problems + structure_problems(lexicon)


def main(argv: Sequence[str] | None = None) -> int:
    """Print the differences, one a line; exit 1 if there are any."""
    parser = argparse.ArgumentParser(
        prog="python -m pipeline.lexicons.iccs_check", description=__doc__.splitlines()[0]
    )
    parser.add_argument("reference", type=Path, help="reference ICCS CSV (code,level,parent,name)")
    parser.add_argument("--lexicon", default="iccs", help="lexicon name or path (default: iccs)")
    args = parser.parse_args(argv)
    try:
        lexicon = load_lexicon(args.lexicon)
        problems = check_iccs(lexicon, args.reference)
    except LexiconError as exc:
        print(exc.message, file=sys.stderr)
        return 1
    except (OSError, ValueError, KeyError) as exc:
        print(f"cannot read the reference: {exc}", file=sys.stderr)
        return 2
    for line in problems:
        print(line)
    n = len(lexicon.entries)
    if problems:
        print(
            f"{len(problems)} difference(s); lexicon {lexicon.lexicon} {lexicon.version}",
            file=sys.stderr,
        )
        return 1
    print(
        f"ok: {n} codes agree with {args.reference} (lexicon {lexicon.lexicon} {lexicon.version})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
