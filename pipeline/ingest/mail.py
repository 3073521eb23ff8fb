"""E-mail (.eml): the body becomes a text document, each attachment a file of the packet."""

from __future__ import annotations

import mimetypes
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from email import message_from_bytes
from email.message import EmailMessage, Message
from email.policy import default as default_policy
from html import unescape
from html.parser import HTMLParser
from pathlib import PurePosixPath

HEADER_FIELDS = ("From", "To", "Cc", "Subject", "Date")


@dataclass(frozen=True)
class Attachment:
    """An attached file: a safe file name (unique within the message) and its decoded bytes."""

    name: str
    data: bytes


@dataclass
class Mail:
    body: str
    headers: dict[str, str] = field(default_factory=dict)
    attachments: list[Attachment] = field(default_factory=list)


def parse_eml(data: bytes) -> Mail:
    """Split an RFC 822 message into body text (plain preferred, else HTML as text),
    header fields and attachments (forwarded messages come back as .eml bytes)."""
    msg = message_from_bytes(data, policy=default_policy)
    assert isinstance(msg, EmailMessage)
    headers = {h.lower(): str(msg[h]) for h in HEADER_FIELDS if msg[h] is not None}
    body_part = msg.get_body(preferencelist=("plain", "html"))
    body = ""
    if body_part is not None:
        body = _text_of(body_part)
    names: set[str] = set()
    attachments = []
    for index, part in enumerate(_attached_parts(msg), start=1):
        payload = _payload(part)
        if payload is None:
            continue
        name = _unique(_file_name(part, index), names)
        attachments.append(Attachment(name, payload))
    body = body.strip()
    return Mail(body=body + "\n" if body else "", headers=headers, attachments=attachments)


def _attached_parts(msg: EmailMessage) -> Iterator[EmailMessage]:
    """Attachments, also those inside nested multipart containers."""
    for part in msg.iter_attachments():
        if part.is_multipart() and part.get_content_type() != "message/rfc822":
            yield from _attached_parts(part)
        else:
            yield part


def _text_of(part: Message) -> str:
    try:
        text = part.get_content()
    except (LookupError, UnicodeError):  # unknown or wrong charset: keep what decodes
        raw = part.get_payload(decode=True) or b""
        text = raw.decode("utf-8", "replace")
    if part.get_content_subtype() == "html":
        text = html_to_text(text)
    return text


def _payload(part: Message) -> bytes | None:
    if part.get_content_type() == "message/rfc822":
        inner = part.get_payload()
        inner = inner[0] if isinstance(inner, list) and inner else inner
        return inner.as_bytes() if isinstance(inner, Message) else None
    if part.is_multipart():
        return None
    payload = part.get_payload(decode=True)
    return payload if isinstance(payload, bytes) else None


def _file_name(part: Message, index: int) -> str:
    """The attachment's own name, reduced to a bare safe name; else one made from its type."""
    raw = part.get_filename() or ""
    name = PurePosixPath(raw.replace("\\", "/")).name
    name = re.sub(r"[\x00-\x1f/]", "_", name).strip(" .")
    if name:
        return name
    ctype = part.get_content_type()
    ext = ".eml" if ctype == "message/rfc822" else (mimetypes.guess_extension(ctype) or ".bin")
    return f"attachment-{index}{ext}"


def _unique(name: str, taken: set[str]) -> str:
    """`a.pdf`, then `a-2.pdf`, `a-3.pdf` for further attachments with the same name."""
    candidate, n = name, 1
    stem, suffix = PurePosixPath(name).stem, PurePosixPath(name).suffix
    while candidate in taken:
        n += 1
        candidate = f"{stem}-{n}{suffix}"
    taken.add(candidate)
    return candidate


class _TextParser(HTMLParser):
    _BREAKS = frozenset(
        ("br", "p", "div", "li", "tr", "table", "blockquote", "pre", "hr", "h1", "h2", "h3")
    )
    _SKIP = frozenset({"script", "style", "head", "title"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self.skipping += 1
        elif tag in self._BREAKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in self._BREAKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    """Readable text from HTML: tags dropped, blocks on their own lines, entities decoded."""
    parser = _TextParser()
    parser.feed(html)
    parser.close()
    text = unescape("".join(parser.parts))
    lines = (re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in text.splitlines())
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
