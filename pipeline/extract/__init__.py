"""Extract stage: pages of text from every document (text layer, plain text, DOCX or OCR)."""

from pipeline.extract.packet import extract_packet

__all__ = ["extract_packet"]
