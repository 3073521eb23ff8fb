"""Core records passed between stages (DESIGN.md "Core records").

Every stage takes and returns these. JSON keys are wire names: add keys
freely, rename none. Offsets (`start`, `end`) are half-open character
offsets into `Page.text` exactly as extraction stored it; `page` is the
1-based physical page of the original file.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1"

NoticeType = Literal["red-notice", "diffusion"]
NOTICE_TYPES: tuple[str, ...] = get_args(NoticeType)
DocType = Literal[
    "red-notice",
    "diffusion",
    "arrest-warrant",
    "indictment",
    "judgment",
    "police-report",
    "extradition-request",
    "other",
]
PageMethod = Literal["text-layer", "ocr"]
Severity = Literal["low", "medium", "high"]
Family = Literal[
    "prohibited-offense", "article-3", "misuse", "compliance", "consistency", "validity"
]
Level = Literal["no-concerns-found", "review-needed", "likely-non-compliant"]
PenaltyKind = Literal["custodial", "life", "death", "non-custodial", "unknown"]


class Record(BaseModel):
    """Base of every record: strict keys, JSON-friendly."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class ErrorRecord(Record):
    """A problem with one input, recorded on the packet instead of raised."""

    file: str = Field(description="path of the file inside the packet (or the packet itself)")
    code: str = Field(description="stable error code, e.g. 'encrypted-pdf', 'zip-traversal'")
    message: str = Field(description="what went wrong, in words a user can act on")
    transient: bool = Field(default=False, description="worth retrying (e.g. an OCR time-out)")


class Word(Record):
    """One OCR word with its box in fractions of the page (0..1, origin top-left)."""

    text: str
    start: int
    end: int
    x0: float
    y0: float
    x1: float
    y1: float
    conf: float


class Page(Record):
    number: int = Field(description="1-based physical page of the original file")
    text: str
    method: PageMethod
    ocr_confidence: float | None = Field(default=None, description="mean word confidence 0-100")
    low_confidence: bool = False
    language: str | None = Field(default=None, description="ISO 639-1 of the page text")
    language_confidence: float | None = None
    width: float | None = Field(default=None, description="page width in PDF points or pixels")
    height: float | None = None
    rotation: int = Field(default=0, description="degrees the page was turned to read upright")
    words: list[Word] = Field(default_factory=list)
    ocr_reasons: list[str] = Field(
        default_factory=list, description="why the page was OCR'd rather than read from text"
    )
    preprocessing: list[str] = Field(default_factory=list)
    ocr_languages: str | None = Field(default=None, description="Tesseract language string used")
    seconds: float = 0.0


class Evidence(Record):
    document_id: str
    page: int
    start: int
    end: int
    quote: str


class Found(Record):
    """One value read from a document, with the quote it rests on."""

    value: str = Field(description="as written")
    normalized: str | None = Field(
        default=None, description="ISO date, ISO country code, months, ... where one applies"
    )
    kind: str | None = Field(default=None, description="e.g. 'control-number', 'passport'")
    confidence: float | None = None
    evidence: Evidence | None = None


class Subject(Record):
    names: list[Found] = Field(default_factory=list)
    aliases: list[Found] = Field(default_factory=list)
    birth_dates: list[Found] = Field(default_factory=list)
    birth_years: list[Found] = Field(
        default_factory=list, description="a year of birth given alone (\"né en 1994\"), ISO year"
    )
    birth_places: list[Found] = Field(default_factory=list)
    sex: Found | None = None
    nationalities: list[Found] = Field(default_factory=list)
    id_documents: list[Found] = Field(default_factory=list)


class NoticeData(Record):
    notice_type: Found | None = None
    issuing_country: Found | None = None
    requesting_authority: Found | None = None
    references: list[Found] = Field(default_factory=list)
    issue_date: Found | None = None
    status: list[Found] = Field(default_factory=list)
    validity_date: Found | None = None


class Decision(Record):
    """A warrant or judicial decision: who issued it, its number and date, any sentence."""

    authority: Found | None = None
    number: Found | None = None
    date: Found | None = None
    sentence_months: Found | None = None
    remaining_months: Found | None = None
    in_absentia: Found | None = None


class Offense(Record):
    text: str
    label: str | None = None
    iccs_code: str | None = None
    iccs_confidence: float | None = None
    articles: list[str] = Field(default_factory=list)
    max_penalty_months: int | None = None
    penalty_kind: PenaltyKind = "unknown"
    sentence_months: int | None = None
    remaining_months: int | None = None
    facts: str | None = None
    place: str | None = None
    dates: list[str] = Field(default_factory=list)
    evidence: list[Evidence] = Field(default_factory=list)


class DocumentFields(Record):
    """What the understanding stage read in one document, each value with its evidence."""

    subject: Subject = Field(default_factory=Subject)
    notice: NoticeData = Field(default_factory=NoticeData)
    decision: Decision = Field(default_factory=Decision)
    offenses: list[Offense] = Field(default_factory=list)
    facts: Found | None = Field(default=None, description="the summary of facts, as written")
    email: dict[str, str] | None = Field(default=None, description="e-mail header fields")


class Document(Record):
    id: str = Field(description="stable id: file hash prefix, plus page range when split")
    file_name: str = Field(description="path of the file inside the packet")
    sha256: str
    media_type: str
    size: int = 0
    parent: str | None = Field(default=None, description="containing file (e-mail, zip)")
    declared_type: DocType | None = None
    doc_type: DocType | None = None
    doc_type_confidence: float | None = None
    language: str | None = None
    page_range: tuple[int, int] | None = None
    pages: list[Page] = Field(default_factory=list)
    fields: DocumentFields = Field(default_factory=DocumentFields)
    type_evidence: list[Evidence] = Field(
        default_factory=list, description="the quotes the document type rests on"
    )
    type_note: str | None = Field(
        default=None, description="e.g. the text disagrees with the manifest's declared type"
    )
    translation_of: str | None = Field(
        default=None, description="id of the document this one translates, when the text says so"
    )
    is_translation: bool = False
    errors: list[ErrorRecord] = Field(default_factory=list)


class Manifest(Record):
    """The optional `packet.yaml` (keys and words of DOMAIN.md Part A)."""

    notice_type: NoticeType | None = None
    issuing_country: str | None = Field(default=None, pattern=r"^[A-Z]{2}$|^[A-Z0-9-]{3,12}$")
    reference: str | None = None
    languages: list[Annotated[str, Field(pattern=r"^[a-z]{2}$")]] = Field(default_factory=list)
    received: str | None = None
    documents: dict[str, DocType] = Field(default_factory=dict)


class FileRecord(Record):
    """One original file of a packet, as stored byte for byte."""

    path: str
    sha256: str
    size: int
    media_type: str


class Packet(Record):
    schema_version: str = SCHEMA_VERSION
    id: str = Field(description="SHA-256 over sorted (path, file hash) pairs plus manifest bytes")
    name: str
    source: str
    received_at: datetime
    manifest: Manifest | None = None
    files: list[FileRecord] = Field(default_factory=list)
    documents: list[Document] = Field(default_factory=list)
    errors: list[ErrorRecord] = Field(default_factory=list)
    seconds: float = 0.0

    def all_errors(self) -> list[ErrorRecord]:
        """Packet-level errors followed by every document's."""
        return [*self.errors, *(e for d in self.documents for e in d.errors)]


class Provenance(Record):
    kind: Literal["lexicon", "rule", "model"]
    id: str
    version: str
    score: float | None = None


class Flag(Record):
    code: str
    family: Family
    severity: Severity
    rationale: str
    evidence: list[Evidence] = Field(default_factory=list)
    provenance: Provenance
    corroborated_by: list[Provenance] = Field(
        default_factory=list, description="other rules or models that raised the same code"
    )
    reason: str | None = Field(default=None, description="why it was suppressed, if it was")


class Assessment(Record):
    schema_version: str = SCHEMA_VERSION
    source: str
    packet_id: str
    level: Level
    level_reason: str | None = Field(
        default=None, description="the level rule that set the level, and why"
    )
    flags: list[Flag] = Field(default_factory=list)
    suppressed: list[Flag] = Field(default_factory=list)
    checklist: list[dict] = Field(default_factory=list)
    versions: dict[str, str] = Field(default_factory=dict)
    input_hashes: dict[str, str] = Field(default_factory=dict)
    status: Literal["done", "partial", "failed", "skipped"] = "done"
    errors: list[ErrorRecord] = Field(
        default_factory=list, description="problems with the inputs, each naming the file"
    )
