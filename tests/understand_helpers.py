"""Shared readers for the understanding tests: one page of text through one reader."""
from __future__ import annotations

from pipeline.records import Document, Page, Subject
from pipeline.understand.charges import read_offenses
from pipeline.understand.doctype import split_and_classify
from pipeline.understand.pageview import PageView, view_page
from pipeline.understand.subject import read_subject


def view(text: str, lang: str, method: str = "text-layer") -> PageView:
    return view_page("t", Page(number=1, text=text, method=method), lang)


def charges(text: str, lang: str, method: str = "text-layer") -> list[str]:
    """Each charge read from one page of text, as written."""
    return [o.text for o in read_offenses([view(text, lang, method)], None)[0]]


def articles(text: str, lang: str, method: str = "text-layer") -> list[list[str]]:
    """The law articles of each charge read from one page of text."""
    return [o.articles for o in read_offenses([view(text, lang, method)], None)[0]]


def offenses(text: str, lang: str) -> list[tuple[str, list[str]]]:
    """Each charge read from the text, with its law articles."""
    return [(o.text, o.articles) for o in read_offenses([view(text, lang)], None)[0]]


def doc_type(text: str, lang: str) -> str:
    """The document type of a one-page document holding the text."""
    page = Page(number=1, text=text, method="text-layer", language=lang)
    doc = Document(
        id="d", file_name="d.pdf", sha256="0" * 64, media_type="application/pdf",
        language=lang, pages=[page],
    )
    [(part, _)] = split_and_classify(doc, [view_page(doc.id, page, lang)])
    return part.doc_type


def subject(text: str, lang: str, method: str = "text-layer") -> Subject:
    """The subject read from one page of text."""
    return read_subject([view(text, lang, method)])


def names(text: str, lang: str) -> list[str]:
    """The subject's names read from one page of text, as written."""
    return [n.value for n in subject(text, lang).names]


def aliases(text: str, lang: str) -> list[str]:
    """The subject's aliases read from one page of text, as written."""
    return [a.value for a in subject(text, lang).aliases]


def nationalities(text: str, lang: str) -> list[str]:
    """The subject's nationalities (ISO codes) read from one page of text."""
    return [n.normalized for n in subject(text, lang).nationalities]
