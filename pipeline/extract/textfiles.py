"""Plain-text files: decode any common encoding, split pages at form feeds."""

from __future__ import annotations

import codecs

from pipeline.errors import CorruptFile

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

LIKELY_ENCODINGS = ["cp1252", "cp1256", "iso8859_6", "iso8859_15", "latin_1", "mac_roman", "cp850"]


def decode_text(data: bytes, file_name: str) -> str:
    """The text of `data`: by its byte-order mark, else UTF-8, else charset-normalizer's guess."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                break
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    # Short texts fit many code pages equally well; prefer those of the supported languages.
    best = from_bytes(data, cp_isolation=LIKELY_ENCODINGS).best() or from_bytes(data).best()
    if best is None:
        raise CorruptFile(
            f"{file_name}: the text encoding could not be recognised (binary data?)",
            file=file_name,
        )
    return str(best)


def text_pages(data: bytes, file_name: str) -> list[str]:
    """Pages of a text file: one, or one per form feed; line ends normalised to '\\n'."""
    text = decode_text(data, file_name).lstrip("\ufeff")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.split("\f")
