"""The redacted worksheet, for sharing beyond the review team (Directive §4.3(9)).

Personal identifiers are removed from the text itself, never painted over:
the subject's names and aliases (whole and word by word), dates and places of
birth, identity-document numbers, addresses on an address line, and anything
shaped like a passport or identity number. The redacted HTML is rendered
again to PDF, so the identifiers are absent from its text layer, and it carries
no page images (a picture of a page would show them).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.records import Packet
from pipeline.text.normalize import normalize

MASK = "█████"
# Identity-document numbers: letters and digits mixed, 6 to 12 characters.
_ID_SHAPE = r"(?-i:\b(?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])[A-Z0-9][A-Z0-9-]{5,11}\b)"
# An address line: the label, then the rest of the line.
_ADDRESS = (
    r"(?:address|domicile|residence|adresse|domicilio|dirección|direccion|residencia|"
    r"العنوان|محل الإقامة|السكن)\s*:[^<\n]*"
)


# Arabic writes و ب ل ف ك onto the next word: "بالإسكندرية" holds "الإسكندرية".
_CLITIC = "(?:[وبلفك]{1,2})?"


@dataclass(frozen=True)
class Redactor:
    pattern: re.Pattern[str]

    def text(self, text: str) -> str:
        return self.pattern.sub(MASK, text)

    def html(self, html: str) -> str:
        """Mask identifiers in the text between tags (and in attribute values)."""
        parts = re.split(r"(<[^>]+>)", html)
        out = []
        for part in parts:
            if part.startswith("<") and part.endswith(">"):
                out.append(re.sub(r'(alt|title)="[^"]*"', r'\1=""', part))
            else:
                out.append(self.text(part))
        return "".join(out)


def identifiers(packet: Packet) -> list[str]:
    """The subject's identifiers found in the documents, longest first."""
    found: set[str] = set()
    for doc in packet.documents:
        s = doc.fields.subject
        for item in [*s.names, *s.aliases, *s.birth_dates, *s.birth_years, *s.birth_places,
                     *s.id_documents]:
            value = item.value.strip()
            if len(value) >= 3:
                found.add(value)
            if item in s.names or item in s.aliases:
                found.update(w for w in re.split(r"[\s,]+", value) if len(w) >= 3)
            if item.normalized and item in s.birth_dates:
                found.add(item.normalized)
    return sorted(found, key=len, reverse=True)


def redactor(packet: Packet) -> Redactor:
    """A redactor for this packet's identifiers, case-insensitive, flexible in white space."""
    alternatives = []
    for value in identifiers(packet):
        words = [re.escape(w) for w in value.split()]
        clitic = _CLITIC if re.search(r"[\u0600-\u06ff]", value) else ""
        alternatives.append(clitic + r"\s+".join(words))
        folded = normalize(value).text
        if folded != value.lower():
            alternatives.append(r"\s+".join(re.escape(w) for w in folded.split()))
    alternatives += [_ID_SHAPE, _ADDRESS]
    body = "|".join(f"(?:{a})" for a in alternatives)
    return Redactor(re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE))
