"""How often a category flag is raised on real published charges.

Reads a CSV with a `charge` column (for example the public extract described
in the project's reference notes; it is read only from the path given, never
copied into the project), analyses each charge as the text of a one-page
document, and counts the charges on which a prohibited-category or Article 3
flag (the category group) is raised. Nearly all published red notices passed
INTERPOL's own review, so each such flag is a probable false alarm to read.
"""

from __future__ import annotations

import csv
import hashlib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from pipeline.records import Document, Flag, Packet, Page

GOAL_RATE = 0.03


@dataclass
class ChargeResult:
    charge: str
    flags: list[Flag]


@dataclass
class ChargesReport:
    path: str
    system: str
    results: list[ChargeResult] = field(default_factory=list)

    @property
    def raised(self) -> list[ChargeResult]:
        return [r for r in self.results if r.flags]

    @property
    def rate(self) -> float:
        return len(self.raised) / len(self.results) if self.results else 0.0

    def by_code(self) -> Counter[str]:
        return Counter(f.code for r in self.raised for f in r.flags)


def read_charges(path: Path) -> list[str]:
    """The `charge` column, in file order (ValueError naming the file if it is not there)."""
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        if reader.fieldnames is None or "charge" not in reader.fieldnames:
            raise ValueError(f"{path}: no 'charge' column")
        return [row["charge"].strip() for row in reader if row["charge"].strip()]


def charge_packet(charge: str, index: int) -> Packet:
    """A one-document packet whose single page is the charge text."""
    from pipeline.extract.language import detect

    digest = hashlib.sha256(charge.encode()).hexdigest()
    lang = detect(charge).language
    page = Page(number=1, text=charge, method="text-layer", language=lang)
    doc = Document(
        id=digest[:12], file_name=f"charge-{index}.txt", sha256=digest, media_type="text/plain",
        size=len(charge.encode()), language=lang, pages=[page],
    )
    return Packet(
        id=digest, name=f"charge-{index}", source=f"charge {index}",
        received_at=datetime.now(UTC), documents=[doc],
    )


def run_charges(
    path: Path, *, use_model: bool = True, on_item: Callable[[int], None] | None = None
) -> ChargesReport:
    from pipeline.flags.catalog import catalog
    from pipeline.flags.engine import flag_packet
    from pipeline.understand.document import understand_packet

    category = set(catalog().in_group("category"))
    report = ChargesReport(str(path), "rules+model" if use_model else "rules")
    for i, charge in enumerate(read_charges(path), start=1):
        packet = understand_packet(charge_packet(charge, i))
        raised, _held = flag_packet(packet, use_model=use_model)
        report.results.append(ChargeResult(charge, [f for f in raised if f.code in category]))
        if on_item:
            on_item(i)
    return report


def summary_lines(reports: list[ChargesReport]) -> list[str]:
    lines = []
    for r in reports:
        codes = ", ".join(f"{c} {n}" for c, n in r.by_code().most_common()) or "none"
        lines.append(
            f"{r.system}: category flag on {len(r.raised)} of {len(r.results)} real charges "
            f"({r.rate:.1%}; goal <= {GOAL_RATE:.0%}); by code: {codes}"
        )
    return lines
