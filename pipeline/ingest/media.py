"""What a file is, from its bytes (magic numbers, decodability) and then its name."""

from __future__ import annotations

import codecs
import io
import zipfile
from email.parser import BytesHeaderParser
from email.policy import default as default_policy
from pathlib import PurePosixPath

import charset_normalizer
import filetype

PDF = "application/pdf"
PNG = "image/png"
JPEG = "image/jpeg"
TIFF = "image/tiff"
TEXT = "text/plain"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
EMAIL = "message/rfc822"
ZIP = "application/zip"
OCTET = "application/octet-stream"
EMPTY = "application/x-empty"
YAML = "application/yaml"

#: Media types a packet may hold as documents (a zip is a container, not a document).
DOCUMENT_TYPES = frozenset({PDF, PNG, JPEG, TIFF, TEXT, DOCX, EMAIL})

TEXT_SAMPLE = 64 * 1024
PRINTABLE_RATIO = 0.95

_OOXML = {
    "word/document.xml": DOCX,
    "xl/workbook.xml": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "ppt/presentation.xml": (
        "application/vnd.openxmlformats-officedocument.presentationml.presentation"
    ),
}
_OLE = {
    ".doc": "application/msword",
    ".xls": "application/vnd.ms-excel",
    ".ppt": "application/vnd.ms-powerpoint",
    ".msg": "application/vnd.ms-outlook",
}
_TEXT_BY_SUFFIX = {
    ".html": "text/html",
    ".htm": "text/html",
    ".xhtml": "application/xhtml+xml",
    ".xml": "application/xml",
    ".svg": "image/svg+xml",
}
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_MAIL_HEADERS = {"from", "to", "cc", "subject", "date", "message-id", "mime-version", "received"}
_MAIL_PROOF = {"message-id", "mime-version", "received"}


def detect_media_type(data: bytes, name: str) -> str:
    """The media type of `data` (file `name`): magic bytes first, then text, then the name.

    Documents: application/pdf, image/png, image/jpeg, image/tiff,
    text/plain (any common encoding), DOCX and message/rfc822; containers:
    application/zip. Anything else gets its detected type (e.g.
    application/x-msdownload) or application/octet-stream.
    """
    if not data:
        return EMPTY
    suffix = PurePosixPath(name.lower()).suffix
    if data[:1024].lstrip()[:5] == b"%PDF-":
        return PDF
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if data.startswith(b"\xff\xd8\xff"):
        return JPEG
    if data[:4] in (b"II*\0", b"MM\0*", b"II+\0", b"MM\0+") and data[8:10] != b"CR":
        return TIFF
    if data[:4] in (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08"):
        return _zip_kind(data)
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return _OLE.get(suffix, "application/x-ole-storage")
    if data.startswith(b"{\\rtf"):
        return "application/rtf"
    if b"%PDF-" in data[:1024] and b"%%EOF" in data[-2048:]:
        return PDF  # junk before the header, as readers tolerate
    if is_text(data):
        if _looks_like_email(data, suffix):
            return EMAIL
        return _TEXT_BY_SUFFIX.get(suffix, TEXT)
    kind = filetype.guess(data)
    return kind.mime if kind is not None else OCTET


def _zip_kind(data: bytes) -> str:
    """A DOCX (or other OOXML/ODF file) is a zip with a telling member."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = set(zf.namelist())
            for member, mime in _OOXML.items():
                if member in names:
                    return mime
            if "mimetype" in names and zf.getinfo("mimetype").file_size < 200:
                declared = zf.read("mimetype").decode("ascii", "replace").strip()
                if declared.startswith("application/"):
                    return declared
    except (zipfile.BadZipFile, OSError, ValueError, RuntimeError, NotImplementedError):
        pass  # the archive stage reports why it cannot be opened
    return ZIP


def _looks_like_email(data: bytes, suffix: str) -> bool:
    """RFC 822 headers at the top: any known one for `.eml`, stronger proof otherwise."""
    if b"\0" in data[:TEXT_SAMPLE]:
        return False
    message = BytesHeaderParser(policy=default_policy).parsebytes(data[:TEXT_SAMPLE])
    headers = {k.lower() for k in message}
    if suffix == ".eml":
        return bool(headers & _MAIL_HEADERS)
    return "from" in headers and bool(headers & _MAIL_PROOF)


def is_text(data: bytes) -> bool:
    """True if `data` decodes as text (BOM, UTF-8, UTF-16, or what charset-normalizer finds)."""
    sample = data[:TEXT_SAMPLE]
    for bom, encoding in _BOMS:
        if sample.startswith(bom):
            return _readable(_decode(sample[len(bom) :], encoding))
    text = _decode(sample, "utf-8")
    if text is not None:
        return _readable(text)
    if b"\0" in sample:
        return any(_readable(_decode(sample, enc)) for enc in ("utf-16-le", "utf-16-be"))
    best = charset_normalizer.from_bytes(sample).best()
    return best is not None and _readable(str(best))


def _decode(sample: bytes, encoding: str) -> str | None:
    """Strict decoding that tolerates a character cut off at the end of the sample."""
    try:
        return codecs.getincrementaldecoder(encoding)(errors="strict").decode(sample, final=False)
    except UnicodeDecodeError:
        return None


def _readable(text: str | None) -> bool:
    """Mostly printable characters and whitespace, no NULs."""
    if not text or "\0" in text:
        return False
    good = sum(1 for c in text if c.isprintable() or c in "\t\n\r\f\v")
    return good >= PRINTABLE_RATIO * len(text)
