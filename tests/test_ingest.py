"""Ingest: packets (folder, zip, single file) on real files made in a temporary folder."""

from __future__ import annotations

import hashlib
import io
import random
import stat
import struct
import unicodedata
import zipfile
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path

import docx
import pikepdf
import pytest
from PIL import Image

from pipeline.errors import InputError, ManifestError
from pipeline.ingest import archive
from pipeline.ingest import packet as packet_module
from pipeline.ingest.discover import discover_packets
from pipeline.ingest.manifest import parse_manifest
from pipeline.ingest.media import DOCX, detect_media_type
from pipeline.ingest.packet import ingest_packet, packet_identity
from pipeline.records import Packet
from pipeline.store.blobs import BlobStore

# -- real files ---------------------------------------------------------------


def pdf_bytes(pages: int = 1) -> bytes:
    pdf = pikepdf.new()
    for _ in range(pages):
        pdf.add_blank_page()
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def image_bytes(fmt: str, color: str = "white", pages: int = 1) -> bytes:
    frames = [Image.new("RGB", (24, 16), color) for _ in range(pages)]
    out = io.BytesIO()
    frames[0].save(out, fmt, save_all=pages > 1, append_images=frames[1:])
    return out.getvalue()


def docx_bytes(text: str = "Arrest warrant No. 2024/1190") -> bytes:
    document = docx.Document()
    document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def eml_bytes(
    body: str = "Please find the diffusion attached.",
    attachments: tuple[tuple[str, bytes, str], ...] = (),
    html: bool = False,
) -> bytes:
    msg = EmailMessage()
    msg["From"] = "ncb.ankara@example.org"
    msg["To"] = "review@example.org"
    msg["Subject"] = "Diffusion 2024/1190"
    msg["Date"] = "Mon, 06 May 2024 10:00:00 +0000"
    if html:
        msg.set_content(body, subtype="html")
    else:
        msg.set_content(body)
    for name, data, mime in attachments:
        maintype, subtype = mime.split("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return bytes(msg)


def zip_bytes(members: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", method) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return out.getvalue()


def write_folder(root: Path, files: dict[str, bytes]) -> Path:
    for rel, data in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_bytes(data)
    return root


MZ = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00" + bytes(300)


@pytest.fixture
def blobs(tmp_path: Path) -> BlobStore:
    return BlobStore(tmp_path / "blobs")


def docs(packet: Packet) -> dict[str, object]:
    return {d.file_name: d for d in packet.documents}


def media(packet: Packet) -> dict[str, str]:
    return {d.file_name: d.media_type for d in packet.documents}


def errors(packet: Packet) -> dict[str, tuple[str, str]]:
    """file -> (code, message)"""
    return {e.file: (e.code, e.message) for e in packet.errors}


def codes(packet: Packet) -> list[str]:
    return [e.code for e in packet.errors]


def blob_count(store: BlobStore) -> int:
    return sum(1 for p in store.root.rglob("*") if p.is_file())


# -- discover -----------------------------------------------------------------


def test_discover_lists_each_top_level_entry_sorted_skipping_clutter(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    write_folder(inbox / "b-folder", {"notice.pdf": pdf_bytes()})
    for name in ["c.zip", "a.pdf", ".hidden", "~$draft.docx", "notes.txt~", "x.pdf.part"]:
        (inbox / name).write_bytes(b"x")
    (inbox / ".git").mkdir()
    assert [p.name for p in discover_packets(inbox)] == ["a.pdf", "b-folder", "c.zip"]


def test_discover_missing_inbox_is_not_found(tmp_path: Path) -> None:
    with pytest.raises(InputError) as exc:
        discover_packets(tmp_path / "nope")
    assert exc.value.code == "not-found"


# -- packets ------------------------------------------------------------------


def test_folder_packet_lists_every_document_and_keeps_the_originals(
    tmp_path: Path, blobs: BlobStore
) -> None:
    files = {
        "notice.pdf": pdf_bytes(2),
        "scans/page.png": image_bytes("PNG"),
        "scans/photo.jpg": image_bytes("JPEG"),
        "scans/fax.tif": image_bytes("TIFF", pages=3),
        "warrant.docx": docx_bytes(),
        "summary.txt": b"Summary of facts.",
        ".DS_Store": b"junk",
        "~$warrant.docx": b"lock",
    }
    packet = ingest_packet(write_folder(tmp_path / "TR-2024-1190", files), blobs)

    assert packet.name == "TR-2024-1190"
    assert packet.source == str(tmp_path / "TR-2024-1190")
    assert packet.errors == []
    assert media(packet) == {
        "notice.pdf": "application/pdf",
        "scans/fax.tif": "image/tiff",
        "scans/page.png": "image/png",
        "scans/photo.jpg": "image/jpeg",
        "summary.txt": "text/plain",
        "warrant.docx": DOCX,
    }
    for doc in packet.documents:
        assert doc.pages == []
        assert doc.id == doc.sha256[:16]
        assert blobs.read(doc.sha256) == files[doc.file_name]  # byte for byte
    assert sorted(f.path for f in packet.files) == sorted(media(packet))


def test_single_file_packet(tmp_path: Path, blobs: BlobStore) -> None:
    path = tmp_path / "notice.pdf"
    path.write_bytes(pdf_bytes())
    received = datetime(2024, 5, 6, 10, 0, tzinfo=UTC)
    packet = ingest_packet(path, blobs, source="upload:42", received_at=received)
    assert (packet.name, packet.source, packet.received_at) == ("notice.pdf", "upload:42", received)
    assert media(packet) == {"notice.pdf": "application/pdf"}
    assert [f.path for f in packet.files] == ["notice.pdf"]


def test_zip_packet_members_become_documents(tmp_path: Path, blobs: BlobStore) -> None:
    data = zip_bytes(
        {
            "notice.pdf": pdf_bytes(),
            "docs/warrant.docx": docx_bytes(),
            "__MACOSX/._notice.pdf": b"resource fork",
            "docs/.DS_Store": b"junk",
        }
    )
    path = tmp_path / "packet.zip"
    path.write_bytes(data)
    packet = ingest_packet(path, blobs)
    assert packet.errors == []
    assert media(packet) == {"docs/warrant.docx": DOCX, "notice.pdf": "application/pdf"}
    assert all(d.parent is None for d in packet.documents)
    assert blobs.read(hashlib.sha256(data).hexdigest()) == data  # the zip itself is kept


def test_zip_of_a_folder_is_the_same_packet_as_the_folder(tmp_path: Path, blobs: BlobStore) -> None:
    files = {"notice.pdf": pdf_bytes(), "karar.txt": b"Tutuklama karari", "packet.yaml": b"{}\n"}
    folder = ingest_packet(write_folder(tmp_path / "case", files), blobs)
    zipped = tmp_path / "case.zip"
    zipped.write_bytes(zip_bytes({f"case/{k}": v for k, v in files.items()}))
    from_zip = ingest_packet(zipped, blobs)
    assert from_zip.id == folder.id
    assert media(from_zip) == media(folder)
    assert from_zip.manifest is not None


def test_missing_packet_path_raises_not_found(tmp_path: Path, blobs: BlobStore) -> None:
    with pytest.raises(InputError) as exc:
        ingest_packet(tmp_path / "gone", blobs)
    assert exc.value.code == "not-found"
    assert "gone" in exc.value.message


def test_a_bad_file_does_not_stop_the_packet(tmp_path: Path, blobs: BlobStore) -> None:
    files = {"a-empty.pdf": b"", "b-tool.exe": MZ, "c-broken.zip": b"PK\x03\x04garbage"}
    packet = ingest_packet(write_folder(tmp_path / "p", {**files, "z.pdf": pdf_bytes()}), blobs)
    assert list(media(packet)) == ["z.pdf"]
    assert codes(packet) == ["empty-file", "unsupported-type", "zip-corrupt"]


# -- identity -----------------------------------------------------------------


def test_identity_is_stable_across_runs_stores_and_sources(tmp_path: Path) -> None:
    folder = write_folder(tmp_path / "p", {"notice.pdf": pdf_bytes(), "x.txt": b"facts"})
    first = ingest_packet(folder, BlobStore(tmp_path / "one"), source="a")
    second = ingest_packet(
        folder, BlobStore(tmp_path / "two"), source="b", received_at=datetime(2020, 1, 1)
    )
    assert first.id == second.id
    assert len(first.id) == 64
    assert [d.id for d in first.documents] == [d.id for d in second.documents]


def test_identity_changes_when_one_byte_changes(tmp_path: Path, blobs: BlobStore) -> None:
    folder = write_folder(tmp_path / "p", {"facts.txt": b"Facts: fraud in 2021."})
    before = ingest_packet(folder, blobs).id
    (folder / "facts.txt").write_bytes(b"Facts: fraud in 2022.")
    assert ingest_packet(folder, blobs).id != before


def test_identity_changes_when_a_file_is_renamed(tmp_path: Path, blobs: BlobStore) -> None:
    folder = write_folder(tmp_path / "p", {"facts.txt": b"Facts."})
    before = ingest_packet(folder, blobs).id
    (folder / "facts.txt").rename(folder / "report.txt")
    assert ingest_packet(folder, blobs).id != before


def test_identity_changes_when_the_manifest_changes(tmp_path: Path, blobs: BlobStore) -> None:
    folder = write_folder(tmp_path / "p", {"notice.pdf": pdf_bytes()})
    without = ingest_packet(folder, blobs).id
    (folder / "packet.yaml").write_text("notice_type: diffusion\n")
    with_manifest = ingest_packet(folder, blobs).id
    (folder / "packet.yaml").write_text("notice_type: red-notice\n")
    assert len({without, with_manifest, ingest_packet(folder, blobs).id}) == 3


def test_identity_follows_the_documented_encoding(tmp_path: Path, blobs: BlobStore) -> None:
    manifest = b"notice_type: diffusion\n"
    files = {"b.txt": b"second", "a/c.txt": b"first", "packet.yaml": manifest}
    packet = ingest_packet(write_folder(tmp_path / "p", files), blobs)
    lines = b"".join(
        f"{path}\0{hashlib.sha256(data).hexdigest()}\n".encode()
        for path, data in sorted(files.items())
    )
    assert packet.id == hashlib.sha256(lines + b"\0manifest\0" + manifest).hexdigest()
    assert packet.id == packet_identity(packet.files, manifest)


def test_same_bytes_are_stored_once_with_distinct_document_ids(
    tmp_path: Path, blobs: BlobStore
) -> None:
    scan = image_bytes("PNG", "gray")
    packet = ingest_packet(write_folder(tmp_path / "p", {"a.png": scan, "copy/a.png": scan}), blobs)
    assert blob_count(blobs) == 1
    ids = [d.id for d in packet.documents]
    digest = hashlib.sha256(scan).hexdigest()[:16]
    assert ids == [digest, f"{digest}-2"]
    again = ingest_packet(tmp_path / "p", blobs)
    assert [d.id for d in again.documents] == ids
    assert blob_count(blobs) == 1


# -- manifest -----------------------------------------------------------------

MANIFEST = """\
notice_type: diffusion
issuing_country: TR
reference: "2024/1190"
languages: [tr, en]
received: 2024-05-06
documents:
  notice.pdf: diffusion
  ./docs/karar.docx: arrest-warrant
"""


def test_manifest_declares_types_and_is_not_a_document(tmp_path: Path, blobs: BlobStore) -> None:
    files = {
        "notice.pdf": pdf_bytes(),
        "docs/karar.docx": docx_bytes(),
        "packet.yaml": MANIFEST.encode(),
    }
    folder = write_folder(tmp_path / "p", files)
    packet = ingest_packet(folder, blobs)
    assert packet.errors == []
    assert packet.manifest is not None
    assert packet.manifest.notice_type == "diffusion"
    assert packet.manifest.issuing_country == "TR"
    assert packet.manifest.languages == ["tr", "en"]
    assert packet.manifest.received == "2024-05-06"  # a date stays the text written
    declared = {d.file_name: d.declared_type for d in packet.documents}
    assert declared == {"docs/karar.docx": "arrest-warrant", "notice.pdf": "diffusion"}
    assert "packet.yaml" in [f.path for f in packet.files]


def test_packet_yml_is_accepted(tmp_path: Path, blobs: BlobStore) -> None:
    folder = write_folder(
        tmp_path / "p", {"n.pdf": pdf_bytes(), "packet.yml": b"documents: {n.pdf: red-notice}\n"}
    )
    packet = ingest_packet(folder, blobs)
    assert packet.documents[0].declared_type == "red-notice"


def _ingest_with_manifest(tmp_path: Path, blobs: BlobStore, text: str) -> Packet:
    files = {"notice.pdf": pdf_bytes(), "packet.yaml": text.encode()}
    return ingest_packet(write_folder(tmp_path / "p", files), blobs)


def test_bad_manifest_value_is_recorded_and_the_packet_still_ingested(
    tmp_path: Path, blobs: BlobStore
) -> None:
    packet = _ingest_with_manifest(tmp_path, blobs, "notice_type: warrant\n")
    assert packet.manifest is None
    assert list(media(packet)) == ["notice.pdf"]
    [error] = packet.errors
    assert (error.file, error.code) == ("packet.yaml", "bad-manifest")
    expected = "packet.yaml: notice_type: 'warrant' is not one of red-notice, diffusion"
    assert error.message == expected


def test_bad_document_type_names_the_key_and_the_allowed_types(
    tmp_path: Path, blobs: BlobStore
) -> None:
    text = "issuing_country: Turkey\ndocuments:\n  notice.pdf: warrant\n"
    [error] = _ingest_with_manifest(tmp_path, blobs, text).errors
    assert "issuing_country: 'Turkey' is not an ISO 3166-1 alpha-2" in error.message
    allowed = "red-notice, diffusion, arrest-warrant, indictment, judgment, police-report"
    assert f"documents['notice.pdf']: 'warrant' is not one of {allowed}" in error.message


def test_unknown_manifest_key_is_refused_with_the_allowed_keys(
    tmp_path: Path, blobs: BlobStore
) -> None:
    [error] = _ingest_with_manifest(tmp_path, blobs, "notice: diffusion\n").errors
    assert error.code == "bad-manifest"
    assert "unknown key 'notice' (did you mean notice_type?)" in error.message
    assert "allowed keys: notice_type, issuing_country, reference" in error.message


def test_manifest_yaml_syntax_error_gives_the_line(tmp_path: Path, blobs: BlobStore) -> None:
    text = "notice_type: diffusion\ndocuments:\n  notice.pdf: [unclosed\n"
    packet = _ingest_with_manifest(tmp_path, blobs, text)
    [error] = packet.errors
    assert error.code == "bad-manifest"
    assert error.message.startswith("packet.yaml: line 4, column 1: invalid YAML")
    assert packet.manifest is None and len(packet.documents) == 1


def test_manifest_naming_a_missing_file_is_recorded(tmp_path: Path, blobs: BlobStore) -> None:
    text = "documents:\n  notice.pdf: red-notice\n  judgment.pdf: judgment\n"
    packet = _ingest_with_manifest(tmp_path, blobs, text)
    assert errors(packet) == {
        "packet.yaml": (
            "manifest-missing-file",
            "packet.yaml: documents['judgment.pdf']: no such file in the packet",
        )
    }
    assert packet.documents[0].declared_type == "red-notice"


def test_manifest_yaml_pitfalls_are_read_as_written() -> None:
    manifest = parse_manifest(b"reference: 1190\nlanguages: [no, en]\nreceived: 2024-05-06\n")
    assert (manifest.reference, manifest.languages, manifest.received) == (
        "1190",
        ["no", "en"],
        "2024-05-06",
    )
    with pytest.raises(ManifestError, match=r"line 2, column 1: .*duplicate key 'notice_type'"):
        parse_manifest(b"notice_type: diffusion\nnotice_type: red-notice\n")
    with pytest.raises(ManifestError, match="top level must be a mapping"):
        parse_manifest(b"- diffusion\n")


# -- zip safety ---------------------------------------------------------------


def _raw_zip(entries: list[tuple[zipfile.ZipInfo, bytes]]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        for info, data in entries:
            zf.writestr(info, data)
    return out.getvalue()


def _symlink(name: str, target: str) -> tuple[zipfile.ZipInfo, bytes]:
    info = zipfile.ZipInfo(name)
    info.create_system = 3
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    return info, target.encode()


def _patch(data: bytes, name: str, *, local: int, central: int, value: int, fmt: str) -> bytes:
    """Overwrite one field of member `name` in its local and its central header."""
    buf = bytearray(data)
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        struct.pack_into(fmt, buf, zf.getinfo(name).header_offset + local, value)
    encoded, entry = name.encode(), buf.find(b"PK\x01\x02")
    while buf[entry + 46 : entry + 46 + len(encoded)] != encoded:
        entry = buf.find(b"PK\x01\x02", entry + 1)
        assert entry >= 0, f"{name} not in the central directory"
    struct.pack_into(fmt, buf, entry + central, value)
    return bytes(buf)


def _encrypted_zip() -> bytes:
    """A zip whose `secret.pdf` is flagged as encrypted (general-purpose bit 0)."""
    data = zip_bytes({"notice.pdf": pdf_bytes(), "secret.pdf": bytes(40)})
    return _patch(data, "secret.pdf", local=6, central=8, value=0x1, fmt="<H")


@pytest.mark.parametrize(
    ("entry", "code", "member"),
    [
        ((zipfile.ZipInfo("../../evil.txt"), b"escape"), "zip-traversal", "../../evil.txt"),
        ((zipfile.ZipInfo("docs/../../evil.txt"), b"x"), "zip-traversal", "docs/../../evil.txt"),
        ((zipfile.ZipInfo("/etc/evil.txt"), b"escape"), "zip-absolute-path", "/etc/evil.txt"),
        ((zipfile.ZipInfo("C:/evil.txt"), b"escape"), "zip-absolute-path", "C:/evil.txt"),
        (_symlink("link.txt", "/etc/passwd"), "zip-link", "link.txt"),
    ],
)
def test_unsafe_member_is_skipped_and_the_rest_processed(
    tmp_path: Path, blobs: BlobStore, entry: tuple[zipfile.ZipInfo, bytes], code: str, member: str
) -> None:
    path = tmp_path / "packet.zip"
    path.write_bytes(_raw_zip([(zipfile.ZipInfo("notice.pdf"), pdf_bytes()), entry]))
    packet = ingest_packet(path, blobs)
    assert list(media(packet)) == ["notice.pdf"]
    [error] = packet.errors
    assert error.code == code
    assert error.file == member
    assert repr(member) in error.message and "skipped" in error.message
    assert member not in [f.path for f in packet.files]


def test_encrypted_member_is_skipped_and_the_rest_processed(
    tmp_path: Path, blobs: BlobStore
) -> None:
    path = tmp_path / "packet.zip"
    path.write_bytes(_encrypted_zip())
    packet = ingest_packet(path, blobs)
    assert list(media(packet)) == ["notice.pdf"]
    assert errors(packet) == {
        "secret.pdf": (
            "zip-encrypted",
            "packet.zip: member 'secret.pdf' is encrypted (password-protected); skipped",
        )
    }


def test_duplicate_member_names_keep_the_first(tmp_path: Path, blobs: BlobStore) -> None:
    entries = [(zipfile.ZipInfo("a.txt"), b"first"), (zipfile.ZipInfo("a.txt"), b"second")]
    path = tmp_path / "p.zip"
    with pytest.warns(UserWarning, match="Duplicate name"):
        path.write_bytes(_raw_zip(entries))
    packet = ingest_packet(path, blobs)
    assert blobs.read(packet.documents[0].sha256) == b"first"
    assert codes(packet) == ["zip-duplicate"]


def test_too_many_members_rejects_the_archive(tmp_path: Path, blobs: BlobStore) -> None:
    members = {f"page-{i:04}.txt": b"x" for i in range(archive.MAX_MEMBERS + 1)}
    folder = write_folder(tmp_path / "p", {"pages.zip": zip_bytes(members), "n.pdf": pdf_bytes()})
    packet = ingest_packet(folder, blobs)
    assert list(media(packet)) == ["n.pdf"]
    assert errors(packet) == {
        "pages.zip": (
            "zip-too-many-members",
            f"pages.zip: 1001 members, over the limit of {archive.MAX_MEMBERS} files per packet",
        )
    }


def test_compression_bomb_rejects_the_archive(tmp_path: Path, blobs: BlobStore) -> None:
    bomb = zip_bytes({"zeros.txt": bytes(20 * 1024 * 1024), "notice.pdf": pdf_bytes()})
    folder = write_folder(tmp_path / "p", {"bomb.zip": bomb, "warrant.docx": docx_bytes()})
    packet = ingest_packet(folder, blobs)
    assert list(media(packet)) == ["warrant.docx"]
    [error] = packet.errors
    assert (error.file, error.code) == ("bomb.zip", "zip-ratio")
    assert "zip bomb" in error.message


def test_total_size_limit_rejects_the_archive(
    tmp_path: Path, blobs: BlobStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(archive, "MAX_TOTAL_BYTES", 100_000)
    noise = random.Random(1).randbytes(150_000)  # incompressible: no ratio alarm
    path = tmp_path / "big.zip"
    path.write_bytes(zip_bytes({"scan.bin": noise}))
    packet = ingest_packet(path, blobs)
    assert packet.documents == []
    assert codes(packet) == ["zip-too-large"]


def test_a_header_that_understates_the_size_is_not_trusted(
    tmp_path: Path, blobs: BlobStore
) -> None:
    data = zip_bytes({"facts.txt": b"A" * 5000}, method=zipfile.ZIP_STORED)
    path = tmp_path / "liar.zip"
    path.write_bytes(_patch(data, "facts.txt", local=22, central=24, value=10, fmt="<I"))
    packet = ingest_packet(path, blobs)
    assert packet.documents == []
    assert codes(packet) == ["zip-corrupt"]
    assert "facts.txt" in packet.errors[0].message


def test_a_header_that_overstates_the_size_rejects_the_archive(
    tmp_path: Path, blobs: BlobStore
) -> None:
    data = zip_bytes({"facts.txt": b"A" * 5000}, method=zipfile.ZIP_STORED)
    path = tmp_path / "liar.zip"
    path.write_bytes(_patch(data, "facts.txt", local=22, central=24, value=2**32 - 1, fmt="<I"))
    packet = ingest_packet(path, blobs)
    assert packet.documents == []
    assert codes(packet) == ["zip-too-large"]


def test_utf8_member_names_without_the_utf8_flag_are_read_as_utf8(
    tmp_path: Path, blobs: BlobStore
) -> None:
    data = zip_bytes({"karar_ö.txt": b"Tutuklama karari"})
    path = tmp_path / "p.zip"
    path.write_bytes(_patch(data, "karar_ö.txt", local=6, central=8, value=0, fmt="<H"))
    assert list(media(ingest_packet(path, blobs))) == ["karar_ö.txt"]


def test_nested_zips_are_unpacked_up_to_the_depth_limit(tmp_path: Path, blobs: BlobStore) -> None:
    level3 = zip_bytes({"deep.pdf": pdf_bytes()})
    level2 = zip_bytes({"warrant.docx": docx_bytes(), "level3.zip": level3})
    path = tmp_path / "packet.zip"
    path.write_bytes(zip_bytes({"notice.pdf": pdf_bytes(1), "level2.zip": level2}))
    packet = ingest_packet(path, blobs)
    assert list(media(packet)) == ["level2.zip/warrant.docx", "notice.pdf"]
    assert docs(packet)["level2.zip/warrant.docx"].parent == "level2.zip"
    assert errors(packet)["level2.zip/level3.zip"][0] == "zip-nesting"
    assert "level2.zip/level3.zip" in [f.path for f in packet.files]


def test_manifest_declared_types_reach_zip_members(tmp_path: Path, blobs: BlobStore) -> None:
    inner = zip_bytes({"karar.pdf": pdf_bytes()})
    manifest = b"documents:\n  bundle.zip/karar.pdf: judgment\n"
    packet = ingest_packet(
        write_folder(tmp_path / "p", {"bundle.zip": inner, "packet.yaml": manifest}), blobs
    )
    assert docs(packet)["bundle.zip/karar.pdf"].declared_type == "judgment"


# -- e-mail -------------------------------------------------------------------


def test_eml_body_and_attachments_become_documents(tmp_path: Path, blobs: BlobStore) -> None:
    scan = image_bytes("TIFF", pages=2)
    mail = eml_bytes(
        attachments=(
            ("diffusion.pdf", pdf_bytes(), "application/pdf"),
            ("scan.tif", scan, "image/tiff"),
            ("../../setup.exe", MZ, "application/octet-stream"),
        )
    )
    manifest = b"documents:\n  mail.eml/scan.tif: arrest-warrant\n"
    packet = ingest_packet(
        write_folder(tmp_path / "p", {"mail.eml": mail, "packet.yaml": manifest}), blobs
    )
    assert media(packet) == {
        "mail.eml#body": "text/plain",
        "mail.eml/diffusion.pdf": "application/pdf",
        "mail.eml/scan.tif": "image/tiff",
    }
    found = docs(packet)
    assert all(d.parent == "mail.eml" for d in packet.documents)
    assert found["mail.eml/scan.tif"].declared_type == "arrest-warrant"
    assert blobs.read(found["mail.eml/scan.tif"].sha256) == scan
    body = found["mail.eml#body"]
    assert blobs.read(body.sha256).decode() == "Please find the diffusion attached.\n"
    assert body.fields.email["subject"] == "Diffusion 2024/1190"
    assert body.fields.email["from"] == "ncb.ankara@example.org"
    code, message = errors(packet)["mail.eml/setup.exe"]
    assert code == "unsupported-type" and "application/x-msdownload" in message


def test_html_only_eml_body_is_read_as_text(tmp_path: Path, blobs: BlobStore) -> None:
    html = "<html><head><style>p{}</style></head><body><p>Wanted:&nbsp;J. Doe</p><p>Fraud</p>"
    path = tmp_path / "notice.eml"
    path.write_bytes(eml_bytes(html + "</body></html>", html=True))
    [body] = ingest_packet(path, blobs).documents
    assert blobs.read(body.sha256).decode() == "Wanted: J. Doe\n\nFraud\n"


# -- media types --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Mandat d'arrêt délivré à Lyon, ordonnance n° 12", "utf-8"),
        ("Mandat d'arrêt délivré à Lyon, ordonnance n° 12", "utf-8-sig"),
        ("Orden de detención por estafa agravada", "utf-16"),
        ("Orden de detención por estafa agravada", "utf-16-le"),
        ("Mandat d'arrêt – délivré le 3 mai € 500", "cp1252"),
        ("Señor Peña, acusación por fraude", "latin-1"),
        ("مذكرة توقيف دولية بحق المتهم بتهمة الاحتيال", "cp1256"),
    ],
)
def test_text_in_common_encodings_is_plain_text(text: str, encoding: str) -> None:
    assert detect_media_type(text.encode(encoding), "warrant.txt") == "text/plain"


def test_text_files_in_a_packet_are_documents(tmp_path: Path, blobs: BlobStore) -> None:
    files = {
        "fr.txt": "Mandat d'arrêt délivré à Lyon".encode("cp1252"),
        "es.txt": "Orden de detención".encode("utf-16"),
    }
    packet = ingest_packet(write_folder(tmp_path / "p", files), blobs)
    assert media(packet) == {"es.txt": "text/plain", "fr.txt": "text/plain"}


@pytest.mark.parametrize(
    ("data", "name", "expected"),
    [
        (pdf_bytes(), "scan.txt", "application/pdf"),
        (image_bytes("PNG"), "x.pdf", "image/png"),
        (image_bytes("JPEG"), "x", "image/jpeg"),
        (image_bytes("TIFF", pages=2), "fax.tiff", "image/tiff"),
        (docx_bytes(), "warrant.docx", DOCX),
        (eml_bytes(), "message.eml", "message/rfc822"),
        (eml_bytes(), "message.txt", "message/rfc822"),
        (b"Subject: a police report\n\nFacts.", "report.txt", "text/plain"),
        (b"\r\n" + pdf_bytes(), "scan.pdf", "application/pdf"),
        (b"MacBinary junk\0\1" + pdf_bytes(), "scan.pdf", "application/pdf"),
        (b"See %PDF-1.7 in the spec.\n", "notes.txt", "text/plain"),
        (zip_bytes({"a.txt": b"a"}), "a.zip", "application/zip"),
        (zip_bytes({"n.pdf": pdf_bytes()}, zipfile.ZIP_STORED), "a.zip", "application/zip"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "old.doc", "application/msword"),
        (MZ, "notice.pdf", "application/x-msdownload"),
        (b"<html><body>Hi</body></html>", "page.html", "text/html"),
    ],
)
def test_media_type_comes_from_the_bytes(data: bytes, name: str, expected: str) -> None:
    assert detect_media_type(data, name) == expected


def test_unsupported_files_are_recorded_with_their_detected_type(
    tmp_path: Path, blobs: BlobStore
) -> None:
    noise = random.Random(7).randbytes(4096)
    files = {"setup.exe": MZ, "blob.dat": noise, "notice.pdf": pdf_bytes()}
    packet = ingest_packet(write_folder(tmp_path / "p", files), blobs)
    assert list(media(packet)) == ["notice.pdf"]
    found = errors(packet)
    assert found["setup.exe"][0] == "unsupported-type"
    assert found["setup.exe"][1].startswith("setup.exe: detected type application/x-msdownload")
    assert found["blob.dat"][0] == "unsupported-type"
    assert "application/octet-stream" in found["blob.dat"][1]
    assert blob_count(blobs) == 3  # unsupported originals are kept too


def test_zero_byte_file_is_recorded(tmp_path: Path, blobs: BlobStore) -> None:
    packet = ingest_packet(write_folder(tmp_path / "p", {"warrant.pdf": b""}), blobs)
    assert packet.documents == []
    assert errors(packet) == {"warrant.pdf": ("empty-file", "warrant.pdf: empty file (0 bytes)")}
    assert packet.files[0].size == 0


def test_old_word_files_are_refused_with_a_hint(tmp_path: Path, blobs: BlobStore) -> None:
    path = tmp_path / "warrant.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    [error] = ingest_packet(path, blobs).errors
    assert error.code == "unsupported-type"
    assert "application/msword" in error.message and "save it as DOCX or PDF" in error.message


def test_a_packet_without_documents_says_so(tmp_path: Path, blobs: BlobStore) -> None:
    (tmp_path / "empty").mkdir()
    packet = ingest_packet(tmp_path / "empty", blobs)
    assert errors(packet) == {"empty": ("empty-packet", "empty: no documents in the packet")}


def test_decomposed_accents_match_the_manifest(tmp_path: Path, blobs: BlobStore) -> None:
    decomposed = unicodedata.normalize("NFD", "karar_ö.pdf")
    manifest = "documents:\n  karar_ö.pdf: judgment\n".encode()
    folder = write_folder(tmp_path / "p", {decomposed: pdf_bytes(), "packet.yaml": manifest})
    [doc] = ingest_packet(folder, blobs).documents
    assert (doc.file_name, doc.declared_type) == ("karar_ö.pdf", "judgment")


def test_links_out_of_a_folder_packet_are_not_followed(tmp_path: Path, blobs: BlobStore) -> None:
    (tmp_path / "secret.txt").write_text("outside")
    folder = write_folder(tmp_path / "p", {"notice.pdf": pdf_bytes()})
    (folder / "leak.txt").symlink_to(tmp_path / "secret.txt")
    packet = ingest_packet(folder, blobs)
    assert list(media(packet)) == ["notice.pdf"]
    assert codes(packet) == ["link-outside"]


def test_a_file_over_the_size_limit_is_not_read(
    tmp_path: Path, blobs: BlobStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(packet_module, "MAX_FILE_BYTES", 1000)
    folder = write_folder(tmp_path / "p", {"big.txt": b"x" * 2000, "small.txt": b"facts"})
    packet = ingest_packet(folder, blobs)
    assert list(media(packet)) == ["small.txt"]
    assert codes(packet) == ["file-too-large"]
