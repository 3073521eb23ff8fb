"""Field readers: subject, notice data and decision, on the samples and on short texts."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pydantic import BaseModel

from pipeline.records import Found, Packet, Page
from pipeline.understand.decision import read_decision
from pipeline.understand.notice import read_notice
from pipeline.understand.pageview import PageView, view_page
from pipeline.understand.subject import read_subject


def views_of(
    packet: Packet, file_name: str, pages: tuple[int, ...] | None = None
) -> list[PageView]:
    """Views of the pages of one file (a bundle may have been split into several documents)."""
    return [
        view_page(doc.id, p, p.language or doc.language)
        for doc in packet.documents
        if doc.file_name.endswith(file_name)
        for p in doc.pages
        if pages is None or p.number in pages
    ]


def text_views(*pages: str, lang: str) -> list[PageView]:
    return [
        view_page("doc", Page(number=i, text=t, method="text-layer"), lang)
        for i, t in enumerate(pages, start=1)
    ]


def every_found(obj: object) -> Iterator[Found]:
    if isinstance(obj, Found):
        yield obj
    elif isinstance(obj, list):
        for item in obj:
            yield from every_found(item)
    elif isinstance(obj, BaseModel):
        for _key, value in obj:
            yield from every_found(value)


def assert_verbatim(views: list[PageView], *records: object) -> None:
    pages = {v.page.number: v.page.text for v in views}
    for record in records:
        for f in every_found(record):
            assert f.evidence is not None, f
            ev = f.evidence
            assert pages[ev.page][ev.start : ev.end] == ev.quote, f


# --- the sample packets ---------------------------------------------------------------


def test_english_red_notice_and_its_warrant(sample_packets: dict[str, Packet]) -> None:
    packet = sample_packets["01-rn-robbery-text"]
    views = views_of(packet, "red-notice.pdf")
    subject = read_subject(views)
    assert [n.value for n in subject.names] == ["MOKOENA, Thabo Daniel"]
    assert [d.normalized for d in subject.birth_dates] == ["1986-03-14"]
    assert [n.normalized for n in subject.nationalities] == ["ZA"]
    assert subject.sex is not None and subject.sex.normalized == "M"
    assert [(i.value, i.kind) for i in subject.id_documents] == [("M00482917", "passport")]
    notice = read_notice(views, "red-notice")
    assert notice.notice_type is not None and notice.notice_type.normalized == "red-notice"
    assert notice.issuing_country is not None and notice.issuing_country.normalized == "ZA"
    assert {(r.kind, r.value) for r in notice.references} == {
        ("control-number", "A-4127/6-2024"), ("file-number", "2024/31577")}
    assert notice.issue_date is not None and notice.issue_date.normalized == "2024-06-12"
    assert [s.normalized for s in notice.status] == ["active"]
    decision = read_decision(views, "red-notice")
    assert decision.number is not None and decision.number.value == "JHB-WA-2023/1187"
    assert decision.date is not None and decision.date.normalized == "2023-12-05"
    assert decision.authority is not None and "Regional Court" in decision.authority.value
    assert_verbatim(views, subject, notice, decision)

    warrant = views_of(packet, "arrest-warrant.pdf")
    subject = read_subject(warrant)
    assert [n.value for n in subject.names] == ["THABO DANIEL MOKOENA"]
    assert [n.normalized for n in subject.nationalities] == ["ZA"]
    assert subject.birth_places[0].normalized == "ZA"
    decision = read_decision(warrant, "arrest-warrant")
    assert decision.number is not None and decision.number.value == "JHB-WA-2023/1187"
    assert decision.date is not None and decision.date.normalized == "2023-12-05"
    assert decision.authority is not None and "REGIONAL COURT" in decision.authority.value
    notice = read_notice(warrant, "arrest-warrant")
    assert notice.status == []  # "remains in force until it is executed or cancelled"
    assert notice.issuing_country is not None and notice.issuing_country.normalized == "ZA"
    assert_verbatim(warrant, subject, notice, decision)


def test_french_notice_and_warrant(sample_packets: dict[str, Packet]) -> None:
    packet = sample_packets["04-rn-journaliste-fr"]
    views = views_of(packet, "notice-rouge.pdf")
    notice = read_notice(views, "red-notice")
    assert notice.issuing_country is not None and notice.issuing_country.normalized == "TG"
    assert notice.validity_date is not None and notice.validity_date.normalized == "2029-03-27"
    assert [s.normalized for s in notice.status] == ["active"]
    subject = read_subject(views)
    assert [n.value for n in subject.names] == ["AGBODJAN, Edem Kokou"]
    assert subject.sex is not None and subject.sex.normalized == "M"
    decision = read_decision(views, "red-notice")
    assert decision.number is not None and decision.number.value == "017/2023/CAB-2"
    assert decision.date is not None and decision.date.normalized == "2023-03-03"
    assert_verbatim(views, notice, subject, decision)

    warrant = views_of(packet, "mandat-arret.pdf")
    subject = read_subject(warrant)
    assert [n.value for n in subject.names] == ["AGBODJAN Edem Kokou"]
    assert [d.normalized for d in subject.birth_dates] == ["1984-05-09"]
    assert [n.normalized for n in subject.nationalities] == ["TG"]
    decision = read_decision(warrant, "arrest-warrant")
    assert decision.number is not None and decision.number.value == "017/2023/CAB-2"
    assert decision.date is not None and decision.date.normalized == "2023-03-03"
    assert decision.authority is not None and "TRIBUNAL" in decision.authority.value
    assert_verbatim(warrant, subject, decision)


def test_spanish_notice(sample_packets: dict[str, Packet]) -> None:
    views = views_of(sample_packets["05-rn-cheque-es"], "notificacion-roja.pdf")
    subject = read_subject(views)
    assert [n.value for n in subject.names] == ["QUISPE MAMANI, Rolando Efraín"]
    assert [(i.value, i.kind) for i in subject.id_documents] == [("29481736", "national-id")]
    assert [n.normalized for n in subject.nationalities] == ["PE"]
    notice = read_notice(views, "red-notice")
    assert notice.issuing_country is not None and notice.issuing_country.normalized == "PE"
    assert [s.normalized for s in notice.status] == ["active"]
    decision = read_decision(views, "red-notice")
    assert decision.date is not None and decision.date.normalized == "2023-05-09"
    assert decision.authority is not None and "Juzgado" in decision.authority.value
    assert_verbatim(views, subject, notice, decision)


def test_arabic_judgment_in_absentia(sample_packets: dict[str, Packet]) -> None:
    views = views_of(sample_packets["06-diffusion-absentia-ar"], "judgment-ar.pdf")
    decision = read_decision(views, "judgment")
    assert decision.in_absentia is not None and decision.in_absentia.normalized == "true"
    assert decision.number is not None and decision.number.value == "4417 لسنة 2022"
    assert decision.date is not None and decision.date.normalized == "2022-03-15"
    assert decision.authority is not None and "محكمة جنايات" in decision.authority.value
    subject = read_subject(views)
    assert [n.value for n in subject.names] == ["كريم سامي عبد الحميد النجار"]
    assert [d.normalized for d in subject.birth_dates] == ["1990-11-03"]
    assert [i.kind for i in subject.id_documents] == ["passport"]
    notice = read_notice(views, "judgment")
    assert notice.notice_type is None
    assert notice.issuing_country is not None and notice.issuing_country.normalized == "EG"
    assert_verbatim(views, decision, subject, notice)


def test_bundle_status_validity_and_differing_birth_dates(
    sample_packets: dict[str, Packet],
) -> None:
    packet = sample_packets["09-rn-bundle-mixed.pdf"]
    notice_views = views_of(packet, "09-rn-bundle-mixed.pdf", (1, 2))
    notice = read_notice(notice_views, "red-notice")
    assert [s.normalized for s in notice.status] == ["cancelled"]
    assert notice.status[0].value.startswith("CANCELLED")
    assert notice.validity_date is not None and notice.validity_date.normalized == "2024-01-31"
    assert [d.normalized for d in read_subject(notice_views).birth_dates] == ["1983-03-12"]
    warrant_views = views_of(packet, "09-rn-bundle-mixed.pdf", (3,))
    assert [d.normalized for d in read_subject(warrant_views).birth_dates] == ["1981-12-21"]
    assert read_notice(warrant_views, "arrest-warrant").status == []
    assert_verbatim(notice_views, notice)


def test_every_sample_value_quotes_its_page_verbatim(sample_packets: dict[str, Packet]) -> None:
    for packet in sample_packets.values():
        for doc in packet.documents:
            views = [view_page(doc.id, p, p.language or doc.language) for p in doc.pages]
            assert_verbatim(views, read_subject(views), read_notice(views, doc.doc_type),
                            read_decision(views, doc.doc_type))


# --- short texts in the four languages -------------------------------------------------

EN_NOTICE = """RED NOTICE
Requesting country: Türkiye
Reference: 2023/5512
Name: YILMAZ Mehmet Ali
Alias: "Memo"; Ali Kaya
Date of birth: 03/04/1980
Nationality: Turkish
Passport No. U12345678
Status: SUSPENDED
This notice has been cancelled by the General Secretariat.
The NCB holds a valid arrest warrant."""

FR_WARRANT = """TRIBUNAL JUDICIAIRE DE LYON
MANDAT D'ARRÊT
Mandat d'arrêt n° : 2021/0456
Nous, juge d'instruction, vu l'information suivie contre le nommé DURAND Paul Henri, né le
12 mars 1975 à Marseille, de nationalité française, titulaire de la carte d'identité n°
AB1234567,
Fait à Lyon, le 4 juin 2021.
Statut : annulé"""

ES_JUDGMENT = """JUZGADO PENAL N.º 3 DE MADRID
SENTENCIA
Causa n.º 118/2019
El acusado Juan Carlos PÉREZ LÓPEZ, nacido el 2 de enero de 1970 en Sevilla, de
nacionalidad española, con DNI 12345678Z, fue condenado en rebeldía a cuatro años
de prisión.
Dada en Madrid, a 15 de octubre de 2020."""

AR_NOTICE = """النشرة الحمراء
الدولة الطالبة: المغرب
الاسم الكامل: يوسف بن علي العلوي
تاريخ الميلاد: 5 مايو 1988
مكان الميلاد: فاس
الجنسية: مغربي
جواز سفر رقم: ZX998877
الحالة: ملغاة
صالحة حتى: 1 يناير 2030"""


def test_english_text() -> None:
    views = text_views(EN_NOTICE, lang="en")
    subject = read_subject(views)
    assert [n.value for n in subject.names] == ["YILMAZ Mehmet Ali"]
    assert [a.value for a in subject.aliases] == ["Memo", "Ali Kaya"]
    assert [d.normalized for d in subject.birth_dates] == ["1980-04-03"]
    assert [n.normalized for n in subject.nationalities] == ["TR"]
    assert [(i.value, i.kind) for i in subject.id_documents] == [("U12345678", "passport")]
    notice = read_notice(views, "red-notice")
    assert notice.issuing_country is not None and notice.issuing_country.normalized == "TR"
    assert [(r.kind, r.value) for r in notice.references] == [("reference", "2023/5512")]
    assert [s.normalized for s in notice.status] == ["suspended", "cancelled"]
    assert "notice has been cancelled" in notice.status[1].value
    assert_verbatim(views, subject, notice)


def test_french_text() -> None:
    views = text_views(FR_WARRANT, lang="fr")
    subject = read_subject(views)
    assert [n.value for n in subject.names] == ["DURAND Paul Henri"]
    assert [d.normalized for d in subject.birth_dates] == ["1975-03-12"]
    assert [p.normalized for p in subject.birth_places] == ["FR"]
    assert [n.normalized for n in subject.nationalities] == ["FR"]
    assert [(i.value, i.kind) for i in subject.id_documents] == [("AB1234567", "national-id")]
    decision = read_decision(views, "arrest-warrant")
    assert decision.number is not None and decision.number.value == "2021/0456"
    assert decision.date is not None and decision.date.normalized == "2021-06-04"
    assert decision.authority is not None and decision.authority.value.startswith("TRIBUNAL")
    notice = read_notice(views, "arrest-warrant")
    assert notice.issuing_country is not None and notice.issuing_country.normalized == "FR"
    assert [s.normalized for s in notice.status] == ["cancelled"]
    assert_verbatim(views, subject, decision, notice)


def test_spanish_text() -> None:
    views = text_views(ES_JUDGMENT, lang="es")
    subject = read_subject(views)
    assert [n.value for n in subject.names] == ["Juan Carlos PÉREZ LÓPEZ"]
    assert [d.normalized for d in subject.birth_dates] == ["1970-01-02"]
    assert [n.normalized for n in subject.nationalities] == ["ES"]
    assert [i.kind for i in subject.id_documents] == ["national-id"]
    decision = read_decision(views, "judgment")
    assert decision.in_absentia is not None and decision.in_absentia.normalized == "true"
    assert decision.number is not None and decision.number.value == "118/2019"
    assert decision.date is not None and decision.date.normalized == "2020-10-15"
    notice = read_notice(views, "judgment")
    assert notice.issuing_country is not None and notice.issuing_country.normalized == "ES"
    assert_verbatim(views, subject, decision, notice)


def test_arabic_text() -> None:
    views = text_views(AR_NOTICE, lang="ar")
    subject = read_subject(views)
    assert [n.value for n in subject.names] == ["يوسف بن علي العلوي"]
    assert [d.normalized for d in subject.birth_dates] == ["1988-05-05"]
    assert [n.normalized for n in subject.nationalities] == ["MA"]
    assert [(i.value, i.kind) for i in subject.id_documents] == [("ZX998877", "passport")]
    notice = read_notice(views, "red-notice")
    assert notice.notice_type is not None and notice.notice_type.normalized == "red-notice"
    assert notice.issuing_country is not None and notice.issuing_country.normalized == "MA"
    assert [s.normalized for s in notice.status] == ["cancelled"]
    assert notice.validity_date is not None and notice.validity_date.normalized == "2030-01-01"
    assert_verbatim(views, subject, notice)


def test_valid_in_prose_is_not_a_status_and_ocr_breaks_hold() -> None:
    text = (
        "The NCB confirms a valid arrest warrant.\nStat us: Valid\n"
        "Family name: DOE\nForename(s): John"
    )
    views = text_views(text, lang="en")
    assert read_notice(views, "red-notice").status == []
    ocr = "WHEREAS there are grounds to believe that JOHN\nPETER SMITH, male, born on\n1 May 1990"
    subject = read_subject(text_views(ocr, lang="en"))
    assert [n.value for n in subject.names] == ["JOHN PETER SMITH"]
    assert [d.normalized for d in subject.birth_dates] == ["1990-05-01"]
    assert subject.sex is not None and subject.sex.normalized == "M"


@pytest.mark.parametrize("doc_type", ["arrest-warrant", "judgment", "other"])
def test_non_notices_have_no_notice_type(doc_type: str) -> None:
    views = text_views("RED NOTICE requested\nWarrant No.: X-12/2020", lang="en")
    assert read_notice(views, doc_type).notice_type is None
