"""Reproducible containers: DOCX, e-mail (.eml) and zip files."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable, Sequence
from datetime import datetime
from email.message import EmailMessage
from email.policy import SMTP

from pipeline.samples.render import Block

FIXED_DATETIME = datetime(2024, 6, 1, 12, 0, 0)
ZIP_DATE = (2024, 6, 1, 12, 0, 0)


def fixed_zip(members: Iterable[tuple[str, bytes]]) -> bytes:
    """A zip whose members carry a fixed timestamp and permissions."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 3
            zf.writestr(info, data, compresslevel=9)
    return buf.getvalue()


def _rezip(data: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        members = [(i.filename, zf.read(i.filename)) for i in zf.infolist()]
    return fixed_zip(members)


def docx_bytes(blocks: Sequence[Block], title: str, author: str) -> bytes:
    """A DOCX of the blocks with fixed core properties and zip timestamps."""
    import docx

    document = docx.Document()
    style = document.styles["Normal"]
    style.font.name = "DejaVu Serif"
    for b in blocks:
        if b.kind == "kv":
            table = document.add_table(rows=0, cols=2)
            table.style = "Table Grid"
            for k, v in b.rows:
                cells = table.add_row().cells
                cells[0].text, cells[1].text = k, v
        elif b.kind in ("h1", "h2"):
            document.add_heading(b.text, level=1 if b.kind == "h1" else 2)
        else:
            document.add_paragraph(b.text)
    props = document.core_properties
    props.title, props.author, props.last_modified_by = title, author, author
    props.created = props.modified = props.last_printed = FIXED_DATETIME
    props.revision = 1
    buf = io.BytesIO()
    document.save(buf)
    return _rezip(buf.getvalue())


def eml_bytes(headers: dict[str, str], attachments: Sequence[tuple[str, bytes]]) -> bytes:
    """A multipart e-mail with a text body and PDF attachments; fixed headers and boundary."""
    msg = EmailMessage(policy=SMTP)
    msg["From"], msg["To"] = headers["from"], headers["to"]
    msg["Subject"], msg["Date"] = headers["subject"], headers["date"]
    msg["Message-ID"] = headers["message_id"]
    msg.set_content(headers["body"])
    for name, data in attachments:
        msg.add_attachment(data, maintype="application", subtype="pdf", filename=name)
    msg.set_boundary("=_sample-boundary-" + headers["message_id"].strip("<>").split("@")[0])
    return msg.as_bytes()
