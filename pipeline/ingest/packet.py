"""Ingest one packet (folder, zip or single file): keep the originals, list the documents.

Input problems are recorded on the packet as `ErrorRecord`s, never raised;
only a packet path that does not exist raises (`InputError`, `not-found`).
"""

from __future__ import annotations

import hashlib
import os
import time
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath

from pipeline.errors import (
    CorruptFile,
    EmptyFile,
    InputError,
    ManifestError,
    UnsafeArchive,
    UnsupportedType,
)
from pipeline.ingest.archive import MAX_DEPTH, MAX_TOTAL_BYTES, Budget, unpack_zip
from pipeline.ingest.mail import parse_eml
from pipeline.ingest.manifest import MANIFEST_NAMES, is_manifest_name, parse_manifest
from pipeline.ingest.media import (
    DOCUMENT_TYPES,
    EMAIL,
    EMPTY,
    TEXT,
    YAML,
    ZIP,
    detect_media_type,
)
from pipeline.ingest.names import is_ignored
from pipeline.records import Document, ErrorRecord, FileRecord, Manifest, Packet
from pipeline.store.blobs import BlobStore

MAX_FILE_BYTES = MAX_TOTAL_BYTES
"""A single file larger than this is not read (recorded as `file-too-large`)."""
ID_HEX = 16
"""Document ids are this many hex digits of the file's SHA-256."""
_HINTS = {
    "application/msword": "; save it as DOCX or PDF",
    "application/vnd.ms-outlook": "; save the message as .eml",
    "text/html": "; save it as PDF or plain text",
    "application/rtf": "; save it as DOCX or PDF",
}
"""Document ids are this many hex digits of the file's SHA-256."""


@dataclass(frozen=True)
class _Entry:
    path: str
    data: bytes


def ingest_packet(
    path: Path,
    blobs: BlobStore,
    *,
    source: str | None = None,
    received_at: datetime | None = None,
) -> Packet:
    """Read a packet, store every original file in `blobs`, and list its documents.

    The packet's files are those of the folder (recursively), the members of
    the zip (its single top-level folder, if it has one, is the packet root),
    or the single file. Zips inside are unpacked (see `archive.MAX_DEPTH`),
    e-mails split into body and attachments. Documents have no pages yet.
    The packet id is `packet_identity(files, manifest bytes)`.
    """
    started = time.perf_counter()
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: no such file or folder", file=str(path), code="not-found")
    builder = _Builder(blobs)
    entries, depth = builder.read_source(path)
    manifest, manifest_bytes = builder.read_manifest(entries)
    for entry in entries:
        if not is_manifest_name(entry.path):
            builder.add(entry.path, entry.data, parent=None, depth=depth)
    builder.apply_manifest(manifest)
    if not builder.documents and not builder.errors:
        builder.note(InputError, path.name, "no documents in the packet", "empty-packet")
    return Packet(
        id=packet_identity(builder.files, manifest_bytes),
        name=path.name,
        source=source if source is not None else str(path),
        received_at=received_at or datetime.now(UTC),
        manifest=manifest,
        files=builder.files,
        documents=builder.documents,
        errors=builder.errors,
        seconds=round(time.perf_counter() - started, 3),
    )


def packet_identity(files: list[FileRecord], manifest: bytes | None) -> str:
    """SHA-256 hex identifying a packet's content, whatever its container.

    Bytes hashed: for each file sorted by path, `path` (UTF-8) NUL `sha256`
    (64 hex) LF; then, if the packet has a manifest, NUL `manifest` NUL and
    the manifest's bytes. A folder and a zip of it therefore share an id;
    received time, source and zip metadata do not count.
    """
    h = hashlib.sha256()
    for f in sorted(files, key=lambda f: f.path):
        h.update(f.path.encode("utf-8") + b"\0" + f.sha256.encode("ascii") + b"\n")
    if manifest is not None:
        h.update(b"\0manifest\0" + manifest)
    return h.hexdigest()


class _Builder:
    """Accumulates one packet's files, documents and errors, in path order."""

    def __init__(self, blobs: BlobStore) -> None:
        self.blobs = blobs
        self.budget = Budget()
        self.files: list[FileRecord] = []
        self.documents: list[Document] = []
        self.errors: list[ErrorRecord] = []
        self._paths: set[str] = set()
        self._ids: set[str] = set()
        self._manifest_name = "packet.yaml"

    # -- reading the container -------------------------------------------------

    def read_source(self, path: Path) -> tuple[list[_Entry], int]:
        """The packet's top-level files and the archive depth they sit at."""
        if path.is_dir():
            return sorted(self._read_folder(path), key=lambda e: e.path), 0
        data = self._read_file(path, path.name)
        if data is None:
            return [], 0
        if data and detect_media_type(data, path.name) == ZIP:
            self.blobs.put_bytes(data)  # the original zip is kept too
            unpacked = unpack_zip(data, path.name, budget=self.budget)
            self.errors.extend(unpacked.errors)
            members = _strip_common_folder([_Entry(m.path, m.data) for m in unpacked.members])
            return members, 1
        return [_Entry(_nfc(path.name), data)], 0

    def _read_folder(self, root: Path) -> Iterator[_Entry]:
        """Files under `root`, sorted, skipping clutter; links are followed only inside."""
        real_root = root.resolve()
        for folder, dirs, names in os.walk(root):
            dirs[:] = sorted(d for d in dirs if not is_ignored(d))
            for d in dirs:
                if (Path(folder) / d).is_symlink():
                    rel = (Path(folder) / d).relative_to(root).as_posix()
                    self.note(InputError, rel, "a linked folder; not followed", "link-skipped")
            for name in sorted(n for n in names if not is_ignored(n)):
                file = Path(folder) / name
                rel = _nfc(file.relative_to(root).as_posix())
                if file.is_symlink() and not file.resolve().is_relative_to(real_root):
                    reason = "a link to a file outside the packet; skipped"
                    self.note(InputError, rel, reason, "link-outside")
                    continue
                data = self._read_file(file, rel)
                if data is not None:
                    yield _Entry(rel, data)

    def _read_file(self, file: Path, rel: str) -> bytes | None:
        try:
            size = file.stat().st_size
            if size > MAX_FILE_BYTES:
                reason = (
                    f"{size // 2**20} MB, more than the {MAX_FILE_BYTES // 2**20} MB "
                    "allowed for one file; skipped"
                )
                self.note(InputError, rel, reason, "file-too-large")
                return None
            return file.read_bytes()
        except OSError as exc:
            self.note(InputError, rel, f"cannot be read ({exc.strerror or exc})", "unreadable")
            return None

    # -- the manifest ----------------------------------------------------------

    def read_manifest(self, entries: list[_Entry]) -> tuple[Manifest | None, bytes | None]:
        """Keep and parse the root `packet.yaml` (or `packet.yml`); errors are recorded."""
        found = sorted(
            (e for e in entries if is_manifest_name(e.path)),
            key=lambda e: MANIFEST_NAMES.index(e.path.lower()),
        )
        for entry in found:
            sha = self.blobs.put_bytes(entry.data)
            self._add_file(entry.path, sha, len(entry.data), YAML)
        if not found:
            return None, None
        chosen = found[0]
        self._manifest_name = chosen.path
        for other in found[1:]:
            reason = f"ignored, {chosen.path} is the packet's manifest"
            self.note(ManifestError, other.path, reason, "manifest-duplicate")
        try:
            return parse_manifest(chosen.data, chosen.path), chosen.data
        except ManifestError as exc:
            self._error(exc)
            return None, chosen.data

    def apply_manifest(self, manifest: Manifest | None) -> None:
        """Set each document's declared type; a key naming no file is an error."""
        if manifest is None:
            return
        declared = {_normalise(key): (key, kind) for key, kind in manifest.documents.items()}
        for i, doc in enumerate(self.documents):
            key = doc.file_name
            if key not in declared and key.endswith("#body") and doc.parent is not None:
                key = doc.parent  # an e-mail's declared type applies to its body
            if key in declared:
                self.documents[i] = doc.model_copy(update={"declared_type": declared[key][1]})
        names = self._paths | {d.file_name for d in self.documents}
        for key, (raw, _) in declared.items():
            if key not in names:
                reason = f"documents[{raw!r}]: no such file in the packet"
                self.note(ManifestError, self._manifest_name, reason, "manifest-missing-file")

    # -- one file --------------------------------------------------------------

    def add(self, path: str, data: bytes, *, parent: str | None, depth: int) -> None:
        """Keep one original file and turn it into documents, or record why not."""
        if path in self._paths:
            self.note(
                InputError, path, "a second file with the same path; skipped", "duplicate-path"
            )
            return
        sha = self.blobs.put_bytes(data)
        media = detect_media_type(data, path) if data else EMPTY
        self._add_file(path, sha, len(data), media)
        try:
            self._classify(path, data, sha, media, parent=parent, depth=depth)
        except Exception as exc:  # a malformed file must not stop the packet
            self.note(CorruptFile, path, f"cannot be read as {media} ({exc})")

    def _classify(
        self, path: str, data: bytes, sha: str, media: str, *, parent: str | None, depth: int
    ) -> None:
        if not data:
            self.note(EmptyFile, path, "empty file (0 bytes)")
        elif media == ZIP:
            self._unzip(path, data, depth)
        elif media == EMAIL:
            self._split_mail(path, data, depth)
        elif media in DOCUMENT_TYPES:
            self._add_document(path, sha, media, len(data), parent)
        else:
            reason = (
                f"detected type {media} is not a supported document type "
                f"(PDF, PNG, JPEG, TIFF, plain text, DOCX, e-mail){_HINTS.get(media, '')}"
            )
            self.note(UnsupportedType, path, reason)

    def _unzip(self, path: str, data: bytes, depth: int) -> None:
        if depth >= MAX_DEPTH:
            reason = f"a zip inside a zip more than {MAX_DEPTH} levels deep; not unpacked"
            self.note(UnsafeArchive, path, reason, "zip-nesting")
            return
        unpacked = unpack_zip(data, path, prefix=f"{path}/", budget=self.budget)
        self.errors.extend(unpacked.errors)
        for member in unpacked.members:
            self.add(f"{path}/{member.path}", member.data, parent=path, depth=depth + 1)

    def _split_mail(self, path: str, data: bytes, depth: int) -> None:
        mail = parse_eml(data)
        if mail.body:
            body = mail.body.encode("utf-8")
            sha = self.blobs.put_bytes(body)
            doc = self._add_document(f"{path}#body", sha, TEXT, len(body), path)
            doc.fields.email = mail.headers
        for attachment in mail.attachments:
            self.add(f"{path}/{attachment.name}", attachment.data, parent=path, depth=depth)

    # -- records ---------------------------------------------------------------

    def _add_file(self, path: str, sha: str, size: int, media: str) -> None:
        self._paths.add(path)
        self.files.append(FileRecord(path=path, sha256=sha, size=size, media_type=media))

    def _add_document(
        self, path: str, sha: str, media: str, size: int, parent: str | None
    ) -> Document:
        doc_id, n = sha[:ID_HEX], 1
        while doc_id in self._ids:  # the same bytes twice in one packet
            n += 1
            doc_id = f"{sha[:ID_HEX]}-{n}"
        self._ids.add(doc_id)
        doc = Document(
            id=doc_id, file_name=path, sha256=sha, media_type=media, size=size, parent=parent
        )
        self.documents.append(doc)
        return doc

    def _error(self, error: InputError) -> None:
        self.errors.append(error.record())

    def note(self, kind: type[InputError], file: str, reason: str, code: str | None = None) -> None:
        """Record `kind` for `file`; the message starts with the file's path."""
        self._error(kind(f"{file}: {reason}", file=file, code=code))


def _normalise(key: str) -> str:
    """A manifest key as a packet path: forward slashes, no `./`, Unicode NFC."""
    parts = PurePosixPath(_nfc(key).replace("\\", "/")).parts
    return "/".join(p for p in parts if p not in (".", "/"))


def _nfc(path: str) -> str:
    """One spelling for accented names (macOS writes them decomposed)."""
    return unicodedata.normalize("NFC", path)


def _strip_common_folder(entries: list[_Entry]) -> list[_Entry]:
    """A zip of one folder has that folder as its packet root."""
    heads = {e.path.split("/", 1)[0] for e in entries}
    if len(heads) != 1 or not all("/" in e.path for e in entries):
        return entries
    return [_Entry(e.path.split("/", 1)[1], e.data) for e in entries]
