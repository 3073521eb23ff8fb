"""The understanding stage over a packet: split bundles, type documents, read their fields."""

from __future__ import annotations

from pipeline.records import Document, DocumentFields, Packet
from pipeline.understand.charges import read_offenses, read_sentence
from pipeline.understand.dates import MONTH_FIRST_COUNTRIES
from pipeline.understand.decision import read_decision
from pipeline.understand.doctype import link_translations, split_and_classify
from pipeline.understand.notice import read_notice
from pipeline.understand.pageview import PageView, view_page
from pipeline.understand.subject import read_subject


def read_fields(doc: Document, views: list[PageView]) -> DocumentFields:
    """Every field of one (already typed) document."""
    notice = read_notice(views, doc.doc_type)
    country = notice.issuing_country.normalized if notice.issuing_country else None
    month_first = country in MONTH_FIRST_COUNTRIES
    offenses, facts = read_offenses(views, doc.doc_type)
    decision = read_decision(views, doc.doc_type, month_first=month_first)
    if decision.sentence_months is None and decision.remaining_months is None:
        sentence, remaining = read_sentence(views)
        decision = decision.model_copy(
            update={"sentence_months": sentence, "remaining_months": remaining}
        )
    return DocumentFields(
        subject=read_subject(views),
        notice=notice,
        decision=decision,
        offenses=offenses,
        facts=facts,
        email=doc.fields.email,
    )


def understand_document(doc: Document) -> list[Document]:
    """One stored document → one or more typed documents (a bundle splits by page range)."""
    views = [view_page(doc.id, page, page.language or doc.language) for page in doc.pages]
    parts = split_and_classify(doc, views)
    return [
        part.model_copy(update={"fields": read_fields(part, part_views)})
        for part, part_views in parts
    ]


def understand_packet(packet: Packet) -> Packet:
    """The packet with every document typed, bundles split and fields read."""
    documents = [part for doc in packet.documents for part in understand_document(doc)]
    return packet.model_copy(update={"documents": link_translations(documents)})
