"""Field readers: subject, notice data and decision, on the samples and on short texts."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pydantic import BaseModel

from pipeline.records import Found, Packet, Page
from pipeline.understand.dates import dates_on, parse_date
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


# --- names in prose and in label blocks (our own texts, some with OCR noise) -----------

NAME_CASES = [
    ("en", "The accused HERNÁN DARÍO VILLAMIZAR-OSPINA, born on 3 May 1979, is wanted.",
     ["HERNÁN DARÍO VILLAMIZAR-OSPINA"]),
    ("en", "Tne accused   HERNAN DARIO VILLAMIZAR-\nOSPINA , born on 3 May 1979",
     ["HERNAN DARIO VILLAMIZAR-OSPINA"]),
    ("en", 'Warrant of arrest against Harpreet Singh SANDHU @ "Happy" for murder.',
     ["Harpreet Singh SANDHU"]),
    ("en", "REPUBLIC OF KENYA\nState v. Peter Njoroge KAMAU\nCriminal Case No. 412 of 2022",
     ["Peter Njoroge KAMAU"]),
    ("en", "From: NCB ANKARA To: ALL NCBs\nSubject: wanted person\n"
     "The wanted person Mehmet Emin KAPLAN is a Turkish national.", ["Mehmet Emin KAPLAN"]),
    ("en", "In the case of GÓRSKI, Tomasz Piotr, the court finds", ["GÓRSKI, Tomasz Piotr"]),
    ("en", "The requested person, MARKOVIĆ Dragan, is sought for prosecution.",
     ["MARKOVIĆ Dragan"]),
    ("en", "Name : | Harpreet Singh SANDHU a.k.a. Happy |\nDate of birth: 1 May 1990",
     ["Harpreet Singh SANDHU"]),
    ("en", "Case No.\nName:\nDate of birth: 12.03.1980", []),
    ("en", "NAME OF WANTED PERSON: 0LUWASEUN ADEBAYO\nAmount: 25000 USD", []),
    ("en", "Name: Mr. Amount of 25,000 dollars", []),
    ("en", "Name: the person who committed the offence", []),
    ("fr", "Nom : ATTAL Prénoms : Raphaël David\nNé le : 12/03/1980", ["ATTAL, Raphaël David"]),
    ("fr", "Nom :  ATTAL   Prénoms  :  Raphaël  David", ["ATTAL, Raphaël David"]),
    ("fr", "Nom : LE GALL\nPrénoms : Yannick Erwan", ["LE GALL, Yannick Erwan"]),
    ("fr", "mandat d'arrêt décerné contre l'inculpée Sonia BEN HASSINE épouse JLASSI, née le "
     "2 mai 1981", ["Sonia BEN HASSINE épouse JLASSI"]),
    ("fr", 'la personne recherchée EL AMRANI Karim dit "le Rif", de nationalité marocaine',
     ["EL AMRANI Karim"]),
    ("fr", "Le prévenu LE GALL Yannick Erwan a été condamné", ["LE GALL Yannick Erwan"]),
    ("es", "Apellidos:\nNombre: Luz Dary OSORIO VALENCIA\nFecha de nacimiento: 5 de mayo de 1975",
     ["Luz Dary OSORIO VALENCIA"]),
    ("es", "se dictó orden de detención contra el procesado Iñaki ZUBIZARRETA LASA, alias "
     '"Txiki".', ["Iñaki ZUBIZARRETA LASA"]),
    ("es", "la persona reclamada JUAN PABLO RÍOS DE LA CRUZ, de nacionalidad colombiana",
     ["JUAN PABLO RÍOS DE LA CRUZ"]),
    ("ar", "الاسم: باسل محمود عبد الله الخطيب\nتاريخ الميلاد: 1985/03/02",
     ["باسل محمود عبد الله الخطيب"]),
    ("ar", "الاسم : باسل محمود الخطيب\nالجنسية : سوري", ["باسل محمود الخطيب"]),
    ("ar", "اسم المتهم: سامي حسن علي المصري، المولود بتاريخ 1980", ["سامي حسن علي المصري"]),
    ("ar", "حيث إن المتهم أحمد فتحي عبد العزيز مصري الجنسية قد ارتكب", ["أحمد فتحي عبد العزيز"]),
    ("ar", "المطلوب خالد عمر الزين من مواليد 1977", ["خالد عمر الزين"]),
    ("ar", "المدعو محمود سعيد الحلبي المعروف بـ أبو علي", ["محمود سعيد الحلبي"]),
    ("ar", "المحكوم عليه يوسف كمال الشريف\nالجنسية: أردني", ["يوسف كمال الشريف"]),
    ("ar", "المتهم: في القضية رقم 44 لسنة 2020", []),
    # a name in apposition before a birth cue, on its own line after a weak cue
    ("en", "the court heard the case against\n\nOKONKWO Emeka Chidi, born 3 May 1979 in "
     "Enugu", ["OKONKWO Emeka Chidi"]),
    ("en", "RE: CANCELLATION — PETROV, Ivan Sergeyevich, born 02.02.1980",
     ["PETROV, Ivan Sergeyevich"]),
    ("es", "el investigado Tomás Andrés BERRIO, alias «Toto», nacido en Cali el 1.1.1990",
     ["Tomás Andrés BERRIO"]),
    ("fr", "a permis d'identifier :\n\nNOVAK Luka, dit « le Slave », né le 3.4.1988",
     ["NOVAK Luka"]),
    ("en", "The witness Mary Jones, born in 1950, saw the car.", []),
    ("es", "en la causa seguida contra RAMOS PAREDES, WILMER JOSÉ, alias «Flaco», de "
     "nacionalidad venezolana", ["RAMOS PAREDES, WILMER JOSÉ"]),
    ("es", "Persona buscada\nCONDORI MAMANI, Rosa Elvira\nNacida el 2 de mayo de 1970",
     ["CONDORI MAMANI, Rosa Elvira"]),
    ("fr", "Objet : extradition de M. Karim BELKACEM\nMonsieur le Procureur général,",
     ["Karim BELKACEM"]),
    # a name on the line before an alias cue (caption, identity block)
    ("en", 'UNITED STATES OF AMERICA\nv.\nMary Ann KOWALSKI-BRANDT,\na/k/a "Kim"\nDefendant',
     ["Mary Ann KOWALSKI-BRANDT"]),
    ("fr", "ÉTAT CIVIL\n\nBEN SALEM, Karim\n\nalias « Karim Sfaxi »\n\nné le 2 mai 1980",
     ["BEN SALEM, Karim"]),
    # ... but not a victim's when the subject is named otherwise, nor "dit-il"
    ("en", 'The victim, Peter OKAFOR (alias "Big P"), was shot by the accused John DOE.',
     ["John DOE"]),
    ("fr", "Le témoin, M. Paul DURAND, dit-il, a vu la voiture.", []),
    # US arrest warrant form
    ("en", "(name of person to be arrested) Tomasz Jan NOWICKI\nwho is accused of an offense",
     ["Tomasz Jan NOWICKI"]),
    # a placeholder surname ("N", Mexico), then the full name in brackets
    ("es", 'se libra orden en contra de LUIS FERNANDO\n"N" (LUIS FERNANDO OCHOA SALAZAR), alias '
     '"El Tlacuache", de nacionalidad mexicana',
     ['LUIS FERNANDO "N"', "LUIS FERNANDO OCHOA SALAZAR"]),
    # a surname with a particle before the comma
    ("fr", "concernant le nommé DE LA TOUR, Jean-Marc, né le 3 mai 1980",
     ["DE LA TOUR, Jean-Marc"]),
    # a name reassembled from "Nom :" and "Prénoms :" does not hide the prose form
    ("fr", "Nom : DUVAL Prénoms : Marc Antoine\nIl est reproché à Marc DUVAL d'avoir escroqué",
     ["DUVAL, Marc Antoine", "Marc DUVAL"]),
    # Egyptian charging document: the prosecution charges
    ("ar", "تتهم النيابة العامة:\n\nسعيد حامد عبد الله النجار. الشهير ب \"سعيد\" مصري الجنسية",
     ["سعيد حامد عبد الله النجار"]),
]


@pytest.mark.parametrize(("lang", "text", "names"), NAME_CASES)
def test_subject_names(lang: str, text: str, names: list[str]) -> None:
    views = text_views(text, lang=lang)
    subject = read_subject(views)
    assert [n.value for n in subject.names] == names
    assert_verbatim(views, subject)


def test_alias_value_keeps_surname_comma_forename() -> None:
    text = "Aliases: OMONDI, Peter; Pete Omondi / Kamau, the driver"
    subject = read_subject(text_views(text, lang="en"))
    values = [a.value for a in subject.aliases]
    assert "OMONDI, Peter" in values and "Pete Omondi" in values
    assert "Kamau" in values


@pytest.mark.parametrize(("lang", "text", "alias"), [
    ("en", 'Warrant of arrest against Harpreet Singh SANDHU @ "Happy" for murder.', "Happy"),
    ("fr", 'la personne recherchée EL AMRANI Karim dit "le Rif", de nationalité', "le Rif"),
    ("ar", "المدعو محمود سعيد الحلبي المعروف بـ أبو علي", "أبو علي"),
    ("es", 'contra Julio César PARRA ROJAS, alias "El Mono," nacido en Cali', "El Mono"),
    ("es", "seguido contra ROJAS PINTO, JUAN, alias «Chato\nJuan», de nacionalidad", "Chato Juan"),
    ("en", 'v.\nMary Ann KOWALSKI,\na/k/a "Kim"\nDefendant', "Kim"),
])
def test_alias_splits_from_name(lang: str, text: str, alias: str) -> None:
    subject = read_subject(text_views(text, lang=lang))
    assert alias in [a.value for a in subject.aliases]
    assert all(alias not in n.value for n in subject.names)


# --- warrants cited in prose ------------------------------------------------------------

CITATION_CASES = [
    ("en", "diffusion",
     "WANTED PERSON DIFFUSION\nName: Peter KAMAU\nDate of birth: 04/05/1980\nThe subject is "
     "wanted on the basis of arrest warrant No. CMC/WA/118/2023 issued on 14 March 2023 by the "
     "Chief Magistrate's Court at Milimani, Nairobi, for robbery committed on 2 January 2023.",
     ("CMC/WA/118/2023", "2023-03-14", "Chief Magistrate's Court at Milimani")),
    ("en", "extradition-request",
     "REPUBLIC OF KENYA\nOFFICE OF THE DIRECTOR OF PUBLIC PROSECUTIONS\nRequest for "
     "extradition of John DOE, born on 12 May 1985.\nOn the basis of warrant 77/2022 of 3 June "
     "2022 issued by the High Court of Kenya at Nairobi.",
     ("77/2022", "2022-06-03", "High Court of Kenya at Nairobi")),
    ("en", "red-notice",
     "RED NOTICE\nARREST WARRANT OR JUDICIAL DECISION\nArrest warrant No. 2023/KE/55, issued "
     "on 05/06/2023 by the Chief Magistrate's Court at Milimani\n2. CHARGES",
     ("2023/KE/55", "2023-06-05", "Chief Magistrate's Court at Milimani")),
    ("fr", "red-notice",
     "NOTICE ROUGE\nNom : ATTAL\nPrénoms : Raphaël David\nNé le : 02/02/1979\nEn vertu du "
     "mandat d'arrêt n° 21/0457 délivré le 15 septembre 2021 par le juge d'instruction près le "
     "Tribunal judiciaire de Lyon, pour des faits d'escroquerie commis le 3 janvier 2020.",
     ("21/0457", "2021-09-15", "juge d'instruction près le Tribunal judiciaire de Lyon")),
    ("fr", "police-report",
     "RÉPUBLIQUE FRANÇAISE\nRAPPORT\nLe nommé DUPONT Jean, né le 4 avril 1970, fait l'objet "
     "d'un mandat d'arrêt n° 2019/88 délivré le 4 avril 2019 par le Procureur de la République "
     "de Marseille.",
     ("2019/88", "2019-04-04", "Procureur de la République de Marseille")),
    ("es", "diffusion",
     "DIFUSIÓN\nSe solicita la detención en virtud de la orden de detención n.º 45/2022 "
     "dictada el 9 de mayo de 2022 por el Juzgado Central de Instrucción n.º 3 de Madrid, por "
     "delito de estafa.",
     ("45/2022", "2022-05-09", "Juzgado Central de Instrucción n.º 3 de Madrid")),
    ("ar", "diffusion",
     "تعميم\nالمتهم أحمد علي حسن المولود بتاريخ 1980/01/02\nبناء على أمر القبض رقم 1234 لسنة "
     "2023 الصادر بتاريخ 10 مارس 2023 عن محكمة جنايات القاهرة، بتهمة القتل العمد.",
     ("1234 لسنة 2023", "2023-03-10", "محكمة جنايات القاهرة")),
    ("ar", "police-report",  # OCR mixes Arabic-Indic and Western digits
     "محضر\nفي قضية رقم ٤٤١٢ لسنة 2023 جنايات الجيزة الصادر فيها القرار بتاريخ "
     "١١/٠٥/٢٠٢٣ من النيابة العامة",
     ("٤٤١٢ لسنة 2023", "2023-05-11", "النيابة العامة")),
    # a labelled line whose value is a sentence; the number cued at its end
    ("en", "red-notice",
     "RED NOTICE\nDate of birth: 03/04/1975\nArrest warrant: order of detention issued on "
     "11.01.2022 by the Regional Criminal Court of Almaty, No. 5512-22-00-1/77.\n",
     ("5512-22-00-1/77", "2022-01-11", "Regional Criminal Court of Almaty")),
    ("en", "diffusion",
     "DIFFUSION\nArrest warrant: decision of the Ankara 3rd Criminal Judgeship of Peace "
     "dated 04.05.2023, Misc. No. 2023/771, issued upon request of the prosecutor.\n",
     ("2023/771", "2023-05-04", "Ankara 3rd Criminal Judgeship of Peace")),
    ("es", "extradition-request",
     "Lima, 3 de mayo de 2023\nOrden de detención: dispuesta el 9 de enero de 2021 por el "
     "Juzgado Penal de Cusco, en la causa XYZ 4410/2020, vigente.\n",
     ("XYZ 4410/2020", "2021-01-09", "Juzgado Penal de Cusco")),
]


@pytest.mark.parametrize(("lang", "doc_type", "text", "want"), CITATION_CASES)
def test_cited_warrant(lang: str, doc_type: str, text: str, want: tuple[str, str, str]) -> None:
    views = text_views(text, lang=lang)
    d = read_decision(views, doc_type)
    got = (d.number and d.number.value, d.date and d.date.normalized,
           d.authority and d.authority.value)
    assert got == want
    assert_verbatim(views, d)


def test_birth_date_is_never_the_warrant_date() -> None:
    text = ("The fugitive John SMITH, born on 2 March 1980, is sought under an arrest warrant "
            "dated 2 March 1980 or 5 July 2021 issued by the District Court of Accra.")
    d = read_decision(text_views(text, lang="en"), "diffusion")
    assert d.date is not None and d.date.normalized == "2021-07-05"


def test_own_warrant_header_number_and_colon_cue() -> None:
    text = ("REPUBLIC OF KENYA\nIN THE CHIEF MAGISTRATE'S COURT AT MILIMANI\nWARRANT OF ARREST\n"
            "Warrant No.: MCCR 455/2023\nGiven under my hand on 3 March 2023")
    d = read_decision(text_views(text, lang="en"), "arrest-warrant")
    assert d.number is not None and d.number.value == "MCCR 455/2023"
    assert d.authority is not None and d.authority.value == "CHIEF MAGISTRATE'S COURT AT MILIMANI"
    text = ("JUZGADO PRIMERO PENAL DEL CIRCUITO DE CALI\nORDEN DE CAPTURA N.º 0231\n"
            "Contra: HERNÁN DARÍO VILLAMIZAR-OSPINA\nCali, 4 de abril de 2022")
    views = text_views(text, lang="es")
    assert [n.value for n in read_subject(views).names] == ["HERNÁN DARÍO VILLAMIZAR-OSPINA"]
    d = read_decision(views, "arrest-warrant")
    assert d.number is not None and d.number.value == "0231"
    assert d.date is not None and d.date.normalized == "2022-04-04"


# --- identity blocks, letter cues and Arabic junk (our own texts, some with OCR noise) ---

MORE_NAME_CASES = [
    ("en", "IDENTITY PARTICULARS\nFamily name / Nom / Apellido\nZHAKENOV\nForename(s) / Prénom(s)"
     " / Nombre(s)\nAskar Bolatovich\nSex: M", ["ZHAKENOV, Askar Bolatovich"]),
    ("en", "Fami1y name / Nom / Apellido\nZHAKENOV\nForename(s) / Prenom(s)\nAskar",
     ["ZHAKENOV, Askar"]),
    ("en", "Present family name:  ZHAKENOV\nForename(s):  Askar Bolatovich\n",
     ["ZHAKENOV, Askar Bolatovich"]),
    ("en", "Family name:            Forename(s):\nZHAKENOV               Askar Bolatovich\n",
     ["ZHAKENOV, Askar Bolatovich"]),
    ("en", "Family name | Forename(s) | Date of birth\nZHAKENOV | Askar Bolatovich | 01/02/1980",
     ["ZHAKENOV, Askar Bolatovich"]),
    ("en", "Name of the person sought: Askar Bolatovich ZHAKENOV", ["Askar Bolatovich ZHAKENOV"]),
    ("en", "Identity of the person: ZHAKENOV Askar", ["ZHAKENOV Askar"]),
    ("en", "The accused LEBEDEVA A. I. was sentenced", ["LEBEDEVA A. I."]),
    ("en", "Tne accused LEBEDEVA Anastasia lgorevna, bom on 2 May 1985",
     ["LEBEDEVA Anastasia lgorevna"]),
    ("en", "Dear colleagues,\nWe write concerning Mr Gustavo Adolfo LEDESMA, wanted for fraud.",
     ["Gustavo Adolfo LEDESMA"]),
    ("en", "Re: Request for the extradition of Mr Gustavo Adolfo LEDESMA",
     ["Gustavo Adolfo LEDESMA"]),
    ("fr", "Nous vous écrivons au sujet de M. Gustavo Adolfo LEDESMA, recherché pour fraude.",
     ["Gustavo Adolfo LEDESMA"]),
    ("fr", "Identité de la personne recherchée : MARTIN Jean-Pierre, né le 3 mai 1970",
     ["MARTIN Jean-Pierre"]),
    ("fr", "Nom de famille actuel :\nDIALLO\nPrénom(s) :\nMamadou Saliou",
     ["DIALLO, Mamadou Saliou"]),
    ("es", "Comunicación relativa al señor Gustavo Adolfo LEDESMA, requerido por estafa.",
     ["Gustavo Adolfo LEDESMA"]),
    ("es", "Datos del reclamado: RODRÍGUEZ PÉREZ, José Luis", ["RODRÍGUEZ PÉREZ, José Luis"]),
    ("es", "Apellidos / Family name\nGARCÍA MÁRQUEZ\nNombre(s) / Forename(s)\nJosé Ángel",
     ["GARCÍA MÁRQUEZ, José Ángel"]),
    ("ar", "بيانات المطلوب: خالد عمر يوسف الزين", ["خالد عمر يوسف الزين"]),
    ("ar", "نحيطكم علما بشأن المدعو بوشتى بن محمد الإدريسي المولود سنة 1970",
     ["بوشتى بن محمد الإدريسي"]),
    ("ar", "المتهم/ بوشتى بن محمد الإدريسي\nالتهمة: السرقة", ["بوشتى بن محمد الإدريسي"]),
    ("ar", "اسم المتهم سعيد بن علي الورفلي\nالتهمة: السرقة", ["سعيد بن علي الورفلي"]),
    ("ar", "الاسم الرباعي\nعبد الرحمن صالح محمد القحطاني", ["عبد الرحمن صالح محمد القحطاني"]),
    ("ar", "اللقب:\nالإدريسي\nالاسم:\nبوشتى بن محمد", ["الإدريسي, بوشتى بن محمد"]),
    ("ar", "وقد استولى المتهم على ثلاثين جهاز تكييف بقيمة مليون دينار", []),
    ("ar", "وحيث ثبت للمحكمة ثبوتاً كافياً أن المتهم ارتكب الجريمة", []),
    ("ar", "المطلوب ثبوتاً كافياً للإدانة", []),
    ("ar", "قدمت الوزارة عام 2020 شكوى ضد الوزارة عام كامل", []),
    ("ar", "ضد ثلاثة أشهر", []),
]


@pytest.mark.parametrize(("lang", "text", "names"), MORE_NAME_CASES)
def test_identity_blocks_and_letter_cues(lang: str, text: str, names: list[str]) -> None:
    views = text_views(text, lang=lang)
    subject = read_subject(views)
    assert [n.value for n in subject.names] == names
    assert_verbatim(views, subject)


# --- warrant sections as labelled lines or tables; governed dates ----------------------

BLOCK_CASES = [
    ("en", "red-notice", "RED NOTICE\nDate of publication: 12/06/2024\nName: KAMAU Peter\n"
     "Date of birth: 04/05/1980\nARREST WARRANT OR JUDICIAL DECISION\nIssued by: Chief "
     "Magistrate's Court, Nairobi\nDate of issue: 03/03/2023\nNumber: CR 445/2023\n2. CHARGES",
     ("CR 445/2023", "2023-03-03", "Chief Magistrate's Court, Nairobi")),
    ("fr", "red-notice", "NOTICE ROUGE\nMANDAT D'ARRÊT OU DÉCISION JUDICIAIRE\nDélivré par : "
     "Juge d'instruction du Tribunal de Lyon\nDate : 15/09/2021\nN° : 21/0457\n2. INFRACTIONS",
     ("21/0457", "2021-09-15", "Juge d'instruction du Tribunal de Lyon")),
    ("es", "diffusion", "DIFUSIÓN\nORDEN DE DETENCIÓN O RESOLUCIÓN JUDICIAL\nExpedida por: "
     "Juzgado Penal de Lima\nFecha: 09/05/2022\nNúmero: 45-2022\n2. DELITOS",
     ("45-2022", "2022-05-09", "Juzgado Penal de Lima")),
    ("ar", "red-notice", "نشرة حمراء\nأمر القبض أو القرار القضائي\nصادر عن: محكمة جنايات "
     "القاهرة\nتاريخ الإصدار: 2023/03/10\nرقم: 1234/2023\n2. التهم",
     ("1234/2023", "2023-03-10", "محكمة جنايات القاهرة")),
    ("en", "red-notice", "ARREST WARRANT OR JUDICIAL DECISION\nIssued by | Date of issue | "
     "Number\nHigh Court of Tashkent | 12.04.2022 | 1-455/2022\n2. CHARGES",
     ("1-455/2022", "2022-04-12", "High Court of Tashkent")),
    ("en", "red-notice", "ARREST WARRANT OR JUDICIAL DECISION\nIssued by\nDate of issue\n"
     "Number\nHigh Court of Tashkent\n12.04.2022\n1-455/2022\n2. CHARGES",
     ("1-455/2022", "2022-04-12", "High Court of Tashkent")),
    ("fr", "red-notice", "MANDAT D'ARRÊT OU DÉCISION JUDICIAIRE\nDélivré par :\nTribunal de "
     "grande instance de Dakar\nDate :\n12/04/2022\nN° :\n455/2022\n2. INFRACTIONS",
     ("455/2022", "2022-04-12", "Tribunal de grande instance de Dakar")),
    ("es", "diffusion", "ORDEN DE DETENCIÓN O RESOLUCIÓN JUDICIAL\nExpedida por: Juzgado "
     "Penal de Lima  Fecha: 09/05/2022  Número: 45-2022\n2. DELITOS",
     ("45-2022", "2022-05-09", "Juzgado Penal de Lima")),
]


@pytest.mark.parametrize(("lang", "doc_type", "text", "want"), BLOCK_CASES)
def test_warrant_section_lines_and_tables(
    lang: str, doc_type: str, text: str, want: tuple[str, str, str]
) -> None:
    views = text_views(text, lang=lang)
    d = read_decision(views, doc_type)
    got = (d.number and d.number.value, d.date and d.date.normalized,
           d.authority and d.authority.value)
    assert got == want
    assert_verbatim(views, d)


DATE_CASES = [
    ("en", "judgment", "HIGH COURT OF KENYA\nCriminal Case No. 12 of 2020\nThe offence was "
     "committed on 2 January 2019. The hearing took place on 5 May 2020.\nJudgment delivered "
     "on 14 July 2021.\nSigned 20 July 2021", "2021-07-14"),
    ("fr", "judgment", "TRIBUNAL CORRECTIONNEL DE PARIS\nAudience du 3 mars 2020\nLe prévenu "
     "né le 4 avril 1970\nJugement rendu le 12 mai 2020 par défaut.", "2020-05-12"),
    ("es", "judgment", "AUDIENCIA PROVINCIAL DE MADRID\nSentencia de fecha 3 de junio de 2019\n"
     "Los hechos ocurrieron el 4 de enero de 2017.", "2019-06-03"),
    ("ar", "judgment", "محكمة الجنايات\nالمتهم خالد عمر الزين المولود بتاريخ 1980/01/02\n"
     "وقعت الجريمة بتاريخ 2018/05/06\nصدر هذا الحكم بجلسة 2019/11/20", "2019-11-20"),
    ("fr", "indictment", "PARQUET DE TUNIS\nRéquisitoire\nLes faits du 3 janvier 2019 ...\n"
     "Fait au parquet le 5 février 2020", "2020-02-05"),
    ("ar", "indictment", "النيابة العامة\nقرار اتهام\nبتاريخ 2018/03/01 قام المتهم بسرقة\n"
     "حرر في 2019/04/02", "2019-04-02"),
    ("ar", "diffusion", "بناء على أمر القبض المؤرخ في 2021/07/15 الصادر عن النيابة العامة "
     "بتونس", "2021-07-15"),
    ("fr", "diffusion", "en vertu d'un mandat d'arrêt en date du 3 mars 2021 décerné par le "
     "juge d'instruction de Dakar", "2021-03-03"),
    ("en", "judgment", "IN THE HIGH COURT\nThe appeal was heard on 5 May 2021.\nJudgment "
     "delivered on 3 June 2021.", "2021-06-03"),
    # no governed date: no answer rather than a guess
    ("en", "arrest-warrant", "WARRANT OF ARREST\nJohn SMITH, holder of passport No. A123456 "
     "issued on 12/03/2015 by the Passport Office.\nDate of hearing: 03/04/2020", None),
    ("en", "arrest-warrant", "WARRANT OF ARREST\nTo all police officers\nYou are ordered to "
     "arrest John SMITH born 5 May 1990 for an offence committed on 12 March 2021.", None),
    ("en", "diffusion", "Name: John SMITH\nDate of birth: 01/01/1980\nArrest warrant dated "
     "02/02/1985 issued by the District Court of Accra", None),
    ("en", "extradition-request", "Ministry of Justice\nLondon, 10 October 2023\nConcerning Mr "
     "John SMITH.\nHe is wanted under arrest warrant No. 77/2022 issued by the Westminster "
     "Magistrates' Court.", None),
    ("en", "diffusion", "John SMITH is sought under arrest warrant No. 77/2022. He committed "
     "fraud in Leeds. The trial was set for 12 May 2023.", None),
    ("en", "extradition-request", "Date: 10/10/2023\nJohn SMITH is sought under arrest warrant "
     "No. 77/2022 dated 15/12/2023.", None),
    # an own document's "Date:" line, its number row's date cell, its place-and-date head
    ("en", "arrest-warrant",
     "MAGISTRATES' COURT\nWarrant No.: AB/2022/17\nDefendant: John DOE, born 01/02/1980\n"
     "He left the country on 3 May 2022.\nDate: 9 May 2022\nA. Judge\nDistrict Judge\n",
     "2022-05-09"),
    ("en", "indictment",
     "CHARGE SHEET\n1. F.I.R. No.: 0099   Date: 02.01.2021\n"
     "2. Charge-sheet No.: 12/2021     Date: 15.03.2021\n3. Sections 420 IPC\n", "2021-03-15"),
    ("es", "arrest-warrant",
     "JUZGADO DE INSTRUCCIÓN N.º 2\nDiligencias n.º 5/2020\nAUTO\nEn Bilbao, a 4 de febrero "
     "de 2020.\nHECHOS\nEl investigado, nacido el 1 de enero de 1970, huyó el 30 de enero de "
     "2020.\nSe acuerda su busca y captura.\n", "2020-02-04"),
    ("fr", "judgment",
     "TRIBUNAL CORRECTIONNEL\nJugement n° 2021/55\nLe prévenu, né le 3 mai 1990.\n"
     "Prononcé en audience publique le 12 avril 2021.\nLe greffier\n", "2021-04-12"),
    ("ar", "arrest-warrant",
     "النيابة العامة\nأمر ضبط وإحضار\nالمتهم: سامي علي\nتاريخ الميلاد: 1985/03/02\n"
     "صدر في يوم الأحد الموافق 5 مارس 2023\nرئيس النيابة\n", "2023-03-05"),
]


@pytest.mark.parametrize(("lang", "doc_type", "text", "want"), DATE_CASES)
def test_governed_warrant_dates(lang: str, doc_type: str, text: str, want: str | None) -> None:
    views = text_views(text, lang=lang)
    d = read_decision(views, doc_type)
    assert (d.date and d.date.normalized) == want
    assert_verbatim(views, d)


def test_warrant_issued_in_absentia_is_no_judgment_in_absentia() -> None:
    for lang, text in (
        ("en", "DIFFUSION\nArrest warrant: decision of the Ankara 2nd Criminal Judgeship of "
               "Peace dated 01.02.2023, issued in absentia upon request of the prosecutor.\n"),
        ("fr", "MANDAT D'ARRÊT PAR DÉFAUT\nDossier d'instruction n° 2022/19\nLe juge.\n"),
    ):
        d = read_decision(text_views(text, lang=lang), "diffusion")
        assert d.in_absentia is None
    d = read_decision(text_views("Le tribunal, statuant par défaut, condamne le prévenu à "
                                 "deux ans.", lang="fr"), "judgment")
    assert d.in_absentia is not None


def test_instruction_file_number_is_the_warrant_number() -> None:
    d = read_decision(text_views("JUZGADO\nDiligencias Previas n.º 12/2021\nAUTO\n", lang="es"),
                      "arrest-warrant")
    assert d.number is not None and d.number.value == "12/2021"


@pytest.mark.parametrize(("lang", "text", "codes"), [
    ("en", "Tariq Abdel MANSOOR, born 2 June 1975, citizen of the Republic of Ghana and of "
     "Canada, businessman", ["GH", "CA"]),
    ("en", "The accused, Peter Otieno, a Kenyan citizen born on 1 May 1980", ["KE"]),
    ("fr", "DIOP Aliou, né le 3 mars 1982, de nationalité sénégalaise et française", ["SN", "FR"]),
    ("es", "Mario Raúl SOSA, de nacionalidad chilena e italiana, nacido el 4 de mayo de 1970",
     ["CL", "IT"]),
])
def test_several_nationalities_and_citizenship(lang: str, text: str, codes: list[str]) -> None:
    views = text_views(text, lang=lang)
    subject = read_subject(views)
    assert [n.normalized for n in subject.nationalities] == codes
    assert_verbatim(views, subject)


@pytest.mark.parametrize(("lang", "text", "iso"), [
    ("en", "Date/Year of birth: 07.08.1990", "1990-08-07"),
    ("en", "born 03/02/1977 (March 2, 1977) in Dayton, Ohio", "1977-03-02"),
    ("es", "Fecha y lugar de nacimiento: 9 de junio de 1968, Pasto", "1968-06-09"),
    ("es", "Nacimiento: 1 de marzo de 2001, Neiva (Huila)", "2001-03-01"),
    ("fr", "Date et lieu de naissance : 14/02/1985 à Lille", "1985-02-14"),
    ("ar", "المتهم: سعيد بن أحمد العلوي، المزداد بتاريخ 05/06/1979 بمكناس", "1979-06-05"),
    ("ar", "مكان وتاريخ الولادة: إربد، 1986/3/12", "1986-03-12"),
])
def test_birth_date_label_variants(lang: str, text: str, iso: str) -> None:
    views = text_views(text, lang=lang)
    subject = read_subject(views)
    assert [d.normalized for d in subject.birth_dates] == [iso]
    assert_verbatim(views, subject)


def test_arabic_defendant_label_and_named_cue() -> None:
    subject = read_subject(text_views("المدعى عليه: نبيل جورج حداد، مواليد طرابلس", lang="ar"))
    assert [n.value for n in subject.names] == ["نبيل جورج حداد"]
    subject = read_subject(text_views("في حق المسمى عادل بن علي التازي، مغربي", lang="ar"))
    assert [n.value for n in subject.names] == ["عادل بن علي التازي"]


OCR_AND_WORDED_DATES = [
    ("1 1.03.2019", "en", "2019-03-11"),  # a two-digit day OCR split in two
    ("5 1.03.2019", "en", "2019-03-01"),  # no day 51: a stray figure before the date
    ("1l.O3.2019", "en", "2019-03-11"),  # l and O read as digits next to digits
    ("1l mars 2O23", "fr", "2023-03-11"),
    ("1o de mayo de 2023", "es", "2023-05-01"),  # an ordinal o stays an ordinal
    ("7th day of June, 2022", "en", "2022-06-07"),
    ("tres (3) de marzo de dos mil veintidós (2022)", "es", "2022-03-03"),
    ("doce de enero de dos mil veinte", "es", "2020-01-12"),
    ("quatre juillet deux mille vingt-deux", "fr", "2022-07-04"),
]


@pytest.mark.parametrize(("written", "lang", "iso"), OCR_AND_WORDED_DATES)
def test_ocr_and_worded_dates_parse(written: str, lang: str, iso: str) -> None:
    assert parse_date(written, lang) == iso
    views = text_views(f"WARRANT\nSigned: {written}\n", lang=lang)
    assert [d.iso for d in dates_on(views[0])] == [iso]


WARRANT_DATE_RULES = [
    # an OCR-split day after a warrant cue
    ("en", "extradition-request", "A warrant of arrest was issued against him on 2 1.04.2020 "
     "by the Magistrate of Pune.", "2020-04-21"),
    # "Dated:" line of an indictment
    ("en", "indictment", "DISTRICT COURT\nINDICTMENT\nThe defendant, born 3 May 1981, did "
     "conspire.\nA TRUE BILL\nDated: March 2, 2022\n", "2022-03-02"),
    # a closing formula at a line's start beats a cue inside a sentence citing a later warrant
    ("en", "judgment", "HIGH COURT AT NAKURU\nJUDGMENT\nThe accused absconded; a warrant of "
     "arrest was issued on 02.02.2022.\nDATED AND DELIVERED AT NAKURU THIS 9TH DAY OF "
     "JANUARY, 2022\nJUDGE\n", "2022-01-09"),
    # a weak cue citing another paper ("Vu le réquisitoire du ...") ranks below the signature
    ("fr", "arrest-warrant", "TRIBUNAL DE PREMIÈRE INSTANCE\nMANDAT D'ARRÊT\nVu le "
     "réquisitoire du procureur du Roi du 2 mars 2022,\nNom : DUPONT\nDécernons mandat "
     "d'arrêt.\nLiège, le 4 mars 2022.\nLe juge d'instruction\n", "2022-03-04"),
    # a notice's warrant line without a number: the date its cue governs
    ("es", "diffusion", "DIFUSIÓN\nFecha: 01/09/2022\nNombre: PÉREZ, Juan\nOrden de "
     "detención: dispuesta el 3 de agosto de 2022 por el Dr. Gómez.\n", "2022-08-03"),
    ("ar", "red-notice", "نشرة حمراء\nتاريخ الطلب: 1 آب 2022\nالحكم: حكمت المحكمة غيابياً "
     "بتاريخ 2021/5/9 بالسجن\n", "2021-05-09"),
    # a Hijri date, then its Gregorian equivalent with an era letter
    ("ar", "diffusion", "السند: أمر القبض الصادر عن النيابة العامة بتاريخ 1443/3/5هـ "
     "الموافق 2021/10/12م في القضية رقم 4471\nالوقائع: أصدر المذكور بتاريخ 2021/6/1 شيكاً",
     "2021-10-12"),
    # a citation broken by an OCR blank line; a date-only citation in a court's letter
    ("en", "other", "MESSAGE\nDATE: 2024-02-01\n2. The arrest warrant, the decision of the "
     "Regional\n\nCourt No. 2-55/2023 dated 05.06.2023, was set aside.\n", "2023-06-05"),
    ("es", "other", "JUZGADO PENAL\nLima, 3 de enero de 2024\nel mandato de prisión "
     "preventiva, dictado por este Juzgado mediante resolución del 4 de mayo de 2022, sigue "
     "vigente.\n", "2022-05-04"),
    # a header date in words after a place of several parts
    ("es", "arrest-warrant", "JUZGADO DE CONTROL\nORDEN DE APREHENSIÓN\nMonterrey, Nuevo León, "
     "a doce de enero de dos mil veinte.\nEl imputado huyó el 3 de enero de 2020.\n",
     "2020-01-12"),
    # closing formulas: "Dated this ...", "Donné en notre cabinet à ..., le", a place and a
    # time of day before a date in words; a warrant the text cites is not the act's own date
    ("en", "indictment", "CHARGE SHEET\nYou, Tom REEVE, on 2 May 2021, did steal a car.\n"
     "Punishment: imprisonment up to 7 years.\n\nDated this 9th day of June 2021.\n"
     "Prosecutor\n", "2021-06-09"),
    ("fr", "indictment", "ORDONNANCE DE RENVOI\nDisons que le mandat d'arrêt décerné le "
     "3 janvier 2021 contre l'inculpé reste exécutoire.\n\nDonné en notre cabinet à Jacmel, "
     "le 14/02/2022.\nLe Juge\n", "2022-02-14"),
    ("es", "indictment", "ESCRITO DE ACUSACIÓN\nEl acusado salió del país el 2 de enero de "
     "2022.\n\nLeón, a las once de la mañana del día veinte de enero del año dos mil "
     "veintidós.\n\nFiscal\n", "2022-01-20"),
]


@pytest.mark.parametrize(("lang", "doc_type", "text", "want"), WARRANT_DATE_RULES)
def test_warrant_date_rules(lang: str, doc_type: str, text: str, want: str) -> None:
    views = text_views(text, lang=lang)
    d = read_decision(views, doc_type)
    assert (d.date and d.date.normalized) == want
    assert_verbatim(views, d)


def test_authority_stops_before_a_case_number() -> None:
    views = text_views("MESSAGE\nThe arrest warrant, the decision of the Regional Court "
                       "No. 2-55/2023 dated 05.06.2023, is in force.\n", lang="en")
    d = read_decision(views, "other")
    assert d.authority is not None and d.authority.value == "Regional Court"


def test_a_head_date_line_after_a_los_and_a_born_label_without_article() -> None:
    text = ("JUZGADO DE CONTROL DE TOLUCA\nCAUSA: 41/2024\nRESOLUCIÓN\n"
            "Toluca, Estado de México, a los nueve días del mes de mayo del año dos mil"
            " veinticuatro.\nSe libra orden de aprehensión en contra de Raúl MEZA.\n")
    decision = read_decision(text_views(text, lang="es"), "arrest-warrant")
    assert decision.date is not None and decision.date.normalized == "2024-05-09"
    ar = "المشتبه فيه: محمد ولد سيدي، تاجر، مولود بتاريخ ١٢ أغشت ١٩٧٩ في روصو.\n"
    subject = read_subject(text_views(ar, lang="ar"))
    assert [d.normalized for d in subject.birth_dates] == ["1979-08-12"]


def test_otherwise_known_as_and_a_court_coram_line_are_read_right() -> None:
    text = ("THE DISTRICT COURT\nTHE PEOPLE\nv.\n"
            "MARTIN JOSEPH KEANE, otherwise known as \"Marty Keane\", born 2 June 1979, of no"
            " fixed abode\n")
    subject = read_subject(text_views(text, lang="en"))
    assert [n.value for n in subject.names] == ["MARTIN JOSEPH KEANE"]
    assert [a.value for a in subject.aliases] == ["Marty Keane"]
    coram = ("IN THE HIGH COURT\nBEFORE: HON. JUSTICE A. B. MUKASA\nJUDGMENT\n"
             "The accused, Peter Ochieng Otieno, aged 40 years, was indicted on one count.\n")
    names = [n.value for n in read_subject(text_views(coram, lang="en")).names]
    assert "BEFORE: HON. JUSTICE A. B. MUKASA" not in names


def test_arabic_known_as_wa_shuhratuhu_and_we_after_a_name() -> None:
    text = ("اتهمت النيابة العامة:\nحسام عادل فوزي الشربيني، وشهرته \"حسام كوبرا\"، ٣١ سنة، سائق\n")
    subject = read_subject(text_views(text, lang="ar"))
    assert [n.value for n in subject.names] == ["حسام عادل فوزي الشربيني"]
    assert [a.value for a in subject.aliases] == ["حسام كوبرا"]
    report = "الموضوع: شكاية ضد المدعو أحمد ولد محمد\n\nنحن، ضابط الشرطة القضائية، نثبت ما يلي:\n"
    names = [n.value for n in read_subject(text_views(report, lang="ar")).names]
    assert names == ["أحمد ولد محمد"]


@pytest.mark.parametrize(
    ("lang", "text", "country"),
    [
        ("fr", "COUR D'APPEL DE DOUAI\nTRIBUNAL JUDICIAIRE DE LILLE\nMANDAT D'ARRÊT\n", "FR"),
        ("en", "THE DISTRICT COURT\nDublin Metropolitan District\nWARRANT TO ARREST\n", "IE"),
        ("es", "JUZGADO PRIMERO PENAL\nManagua, 3 de mayo de 2022\nORDEN DE DETENCIÓN\n",
         "NI"),
    ],
)
def test_court_seats_and_capitals_give_the_issuing_country(
    lang: str, text: str, country: str
) -> None:
    notice = read_notice(text_views(text, lang=lang), "arrest-warrant")
    assert notice.issuing_country is not None
    assert notice.issuing_country.normalized == country


def test_delivered_in_open_court_dates_the_judgment_not_a_later_note() -> None:
    text = ("IN THE HIGH COURT OF UGANDA HOLDEN AT GULU\nCRIMINAL SESSION CASE No. 12 OF 2021\n"
            "JUDGMENT\nThe accused is sentenced to five years' imprisonment.\n"
            "Delivered in open court at Gulu this 9th day of June, 2022.\nJUDGE\n"
            "Note of the Registrar: the convict escaped on 14.02.2023.\n")
    decision = read_decision(text_views(text, lang="en"), "judgment")
    assert decision.date is not None and decision.date.normalized == "2022-06-09"


# ---- issuing country from the header: addressees, streets, OCR blank lines ----------------


def _one_view(text: str, lang: str, method: str = "text-layer") -> list[PageView]:
    return [view_page("t", Page(number=1, text=text, method=method, language=lang), lang)]


def test_issuing_country_skips_the_addressee_line_and_a_street_name() -> None:
    text = (
        "MINISTRY OF JUSTICE\n14 Canada Road, Port Louis, Mauritius\n"
        "To: The Attorney-General of Kenya\nRequest for the extradition of Ravi BHOOLA\n"
    )
    notice = read_notice(_one_view(text, "en"), "extradition-request")
    assert notice.issuing_country and notice.issuing_country.normalized == "MU"
    text_ar = (
        "وزارة العدل\nالرقم: ١٢/٢٠٢٣\nسعادة النائب العام بالمملكة الأردنية الهاشمية المحترم\n"
        "تهديكم وزارة العدل بدولة الكويت تحياتها\n"
    )
    notice = read_notice(_one_view(text_ar, "ar"), "extradition-request")
    assert notice.issuing_country and notice.issuing_country.normalized == "KW"


def test_ncb_of_the_addressees_is_not_the_issuer() -> None:
    text = (
        "DIFUSIÓN\nDestinatarios: OCN de Bolivia, OCN de Paraguay\n"
        "Fecha: 3 de mayo de 2023\nPersona buscada: Raúl PAZ\n"
    )
    notice = read_notice(_one_view(text, "es"), "diffusion")
    assert notice.issuing_country is None or notice.issuing_country.normalized not in ("BO", "PY")


def test_header_country_on_an_ocr_page_counts_lines_with_text() -> None:
    lines = ["", "JUZGADO PENAL", "", "Expediente 5/2023", "", "AUTO", "", "HECHOS", "",
             "Único. En Getafe, a 2 de mayo de 2023, el investigado huyó."]
    notice = read_notice(_one_view("\n".join(lines), "es", "ocr"), "arrest-warrant")
    assert notice.issuing_country and notice.issuing_country.normalized == "ES"


def test_royal_oman_police_is_oman_not_amman() -> None:
    text = "شرطة عمان السلطانية\nتقرير تحريات\nالاسم: سالم بن علي الحارثي\n"
    notice = read_notice(_one_view(text, "ar"), "police-report")
    assert notice.issuing_country and notice.issuing_country.normalized == "OM"


# ---- a document's own date: long place names, weekdays, Hijri dates, long signature blocks --


def test_own_date_after_a_long_place_name_and_a_weekday() -> None:
    text = ("JUZGADO PENAL DE TURNO\nSan Juan de los Morros, 4 de junio de 2022\nAUTO\n"
            "Se ordena la captura de Luis MORA, nacido el 2 de enero de 1980.")
    assert read_decision(_one_view(text, "es"), "arrest-warrant").date.normalized == "2022-06-04"
    text = ("Causa N.º 12-2021\nCuenca, jueves 9 de septiembre de 2021, las 10h00\n"
            "Se dispone la prisión preventiva de Ana RUIZ.")
    assert read_decision(_one_view(text, "es"), "arrest-warrant").date.normalized == "2021-09-09"


def test_dated_line_with_the_hijri_date_before_the_gregorian_one() -> None:
    text = ("محكمة الجنايات\nالرقم: ٥/٢٠٢٣\nالتاريخ: ٣ رمضان ١٤٤٤هـ الموافق ٢٥ مارس ٢٠٢٣م\n"
            "أمر قبض على المتهم سعيد عمر، من مواليد ١ مايو ١٩٨٥.")
    assert read_decision(_one_view(text, "ar"), "arrest-warrant").date.normalized == "2023-03-25"


def test_signature_date_before_an_approval_and_a_certification() -> None:
    text = ("INFORMATION\nThe undersigned prosecutor accuses Leo CRUZ, born on 2 March 1980, of"
            " the crime of Estafa.\nCONTRARY TO LAW.\nDavao City, 3 July 2023.\n\n(Sgd.) ATTY. A."
            " REYES\nProsecutor II\n\nAPPROVED: (Sgd.) ATTY. B. SANTOS, City Prosecutor\n\n"
            "CERTIFICATION: I hereby certify that a preliminary investigation was conducted and"
            " that there is reasonable ground to believe that the accused is probably guilty"
            " thereof, and that he was informed of the complaint and the evidence against him."
            " Bail recommended: None.")
    assert read_decision(_one_view(text, "en"), "indictment").date.normalized == "2023-07-03"


# ---- subject names: labels that say their order, legal formulas, OCR commas ----------------


def _names(text: str, lang: str, method: str = "text-layer") -> list[str]:
    return [n.value for n in read_subject(_one_view(text, lang, method)).names]


def test_name_label_with_its_order_in_brackets_and_a_trailing_forename_van() -> None:
    text = "Name (surname, given names): TRAN-LEBLANC, Minh Van\nDate of birth: 2 May 1990\n"
    assert _names(text, "en") == ["TRAN-LEBLANC, Minh Van"]


def test_spanish_nombres_y_apellidos_label() -> None:
    text = "ORDEN DE PRISIÓN\nNOMBRES Y APELLIDOS: Wilmer Andrés CAICEDO PONCE\nCÉDULA: 0912\n"
    assert _names(text, "es") == ["Wilmer Andrés CAICEDO PONCE"]


def test_french_case_between_the_prosecution_and_the_accused() -> None:
    text = ("Le Tribunal a rendu le jugement suivant dans l'affaire opposant le ministère public"
            " à :\nBENALI Karim, fils de Said, né le 3 mai 1990 à Béjaïa.\n")
    assert "BENALI Karim" in _names(text, "fr")


def test_no_name_from_a_prosecutors_office_against_organised_crime() -> None:
    text = ("FISCALÍA ESPECIALIZADA CONTRA LA DELINCUENCIA ORGANIZADA\nImputado: Pablo RÍOS VERA\n")
    assert _names(text, "es") == ["Pablo RÍOS VERA"]


def test_arabic_name_stops_at_duration_and_capacity_words() -> None:
    text = ("وحيث استدعي المتهم بصفة قانونية ولم يحضر.\n"
            "حكمت المحكمة غيابيا بسجن المتهم فريد بن علي الزواري مدة عامين.\n")
    names = _names(text, "ar")
    assert all("بصفة" not in n and "مدة" not in n for n in names)


def test_ocr_comma_read_as_hamza_ends_an_arabic_name() -> None:
    text = "اتهمت النيابة العامة:\nمحمود سعيد عبد الهادي سليمانيء وشهرته \"حودة\"، ٣٠ سنة\n"
    assert _names(text, "ar", "ocr")[0] == "محمود سعيد عبد الهادي سليماني"


def test_a_date_inside_a_running_sentence_is_no_signature_date() -> None:
    text = ("SENTENCIA\nEl tribunal condena a Pedro LUNA, nacido el 2 de mayo de 1980.\n"
            "El condenado no cumplió las condiciones impuestas y\n"
            "dejó de presentarse el 4 de septiembre de 2023\n")
    assert read_decision(_one_view(text, "es"), "judgment").date is None


def test_arabic_judgment_dated_by_a_bi_tarikh_label() -> None:
    text = ("المملكة المغربية\nمحكمة الاستئناف بفاس\nحكم عدد: 77\nبتاريخ: 9 مارس 2021\n"
            "باسم جلالة الملك\nحكمت المحكمة على المتهم سعيد البقالي المزداد بتاريخ 1 ماي 1990.\n"
            "وأودع السجن المحلي بتاريخ 2 يونيو 2021، والمدة المتبقية سنتان.\n")
    assert read_decision(_one_view(text, "ar"), "judgment").date.normalized == "2021-03-09"


def test_judgment_dated_in_words_with_figures_after_en_la_ciudad_de() -> None:
    text = ("PODER JUDICIAL\nSENTENCIA PENAL NÚM. 12-2022\n"
            "En la ciudad de San Pedro de Macorís, Provincia Este, a los nueve (9) días del mes"
            " de abril del año dos mil veintidós (2022), el Tribunal dicta la siguiente"
            " sentencia contra Luis PEÑA, nacido el 3/2/1990.\n")
    assert read_decision(_one_view(text, "es"), "judgment").date.normalized == "2022-04-09"


def test_arabic_judgment_dated_by_its_public_hearing() -> None:
    text = (
        "محكمة الجنايات\nحكم\n"
        "بالجلسة العلنية المنعقدة يوم الخميس 3 أبريل 2025 بمقر المحكمة،\n"
        "صدر الحكم الآتي في الدعوى المقامة ضد المتهم.\n"
    )
    decision = read_decision(text_views(text, lang="ar"), "judgment")
    assert decision.date is not None and decision.date.normalized == "2025-04-03"


def test_prose_mentions_of_the_accused_add_no_words_of_their_sentence() -> None:
    text = (
        "اسم المتهم: سالم جميل عوض النجار\n"
        "الوقائع: سافر المتهم البلاد عبر مطار الملكة علياء، وصدرت بحق المتهم مذكرة توقيف.\n"
        "ثم أقر المتهم سالم جميل النجار، بما نسب إليه.\n"
    )
    names = [n.value for n in read_subject(text_views(text, lang="ar")).names]
    assert names == ["سالم جميل عوض النجار"]


def test_dot_leaders_open_a_value_and_the_equivalent_decision_block() -> None:
    text = (
        "1. IDENTITY PARTICULARS\n"
        "Family name ............ BRANDT-OLSEN\n"
        "Forename(s) ............ Erik Johan\n"
        "Sex .................... Male\n\n"
        "Arrest warrant or equivalent judicial decision:\n"
        "Detention order No. 44 Js 12/25\n"
        "issued on 14.02.2025 by the Public Prosecutor's Office Oslo\n"
    )
    views = text_views(text, lang="en")
    assert [n.value for n in read_subject(views).names] == ["BRANDT-OLSEN, Erik Johan"]
    decision = read_decision(views, "red-notice")
    assert decision.date is not None and decision.date.normalized == "2025-02-14"


def test_arabic_arrest_memo_without_article_gives_the_cited_date() -> None:
    text = (
        "تقرير عن متهم هارب\n"
        "صدرت بحق المتهم مذكرة قبض من قاضي محكمة تحقيق الكرخ بالعدد ١٢/ق/٢٠٢٤ في ٣/٢/٢٠٢٤.\n"
    )
    decision = read_decision(text_views(text, lang="ar"), "police-report")
    assert decision.date is not None and decision.date.normalized == "2024-02-03"


def test_a_name_after_an_article_and_an_honorific_and_over_a_line_break() -> None:
    text = ("ORDEN DE APREHENSIÓN\nLa Fiscalía solicita orden de aprehensión en contra del "
            "ciudadano SALAZAR PINTO,\nROSENDO LUIS, comerciante.\nSeñala que el ciudadano "
            "Rosendo Luis\nSalazar Pinto habría vendido los bienes.\n")
    assert _names(text, "es", "ocr") == ["SALAZAR PINTO, ROSENDO LUIS"]


def test_a_title_case_name_over_a_line_break_ends_at_a_lower_case_word() -> None:
    text = "WARRANT\nThe police report that the suspect Aaron Clive\nDouglas Webb fled abroad.\n"
    assert _names(text, "en", "ocr") == ["Aaron Clive Douglas Webb"]


def test_a_name_under_a_caption_cue_alone_on_its_line() -> None:
    text = ("IN THE DISTRICT COURT\n\nTHE STATE\n\nv.\n\nKOH BOON HUAT (XU WENHUA)\n\n"
            "CHARGE SHEET\nYou are charged that you did cheat a bank.\n")
    assert _names(text, "en", "ocr") == ["KOH BOON HUAT"]


def test_whereas_and_the_said_introduce_the_accused_of_a_warrant_form() -> None:
    text = ("WARRANT OF ARREST\nWHEREAS Abdul Karim MONDAL @ Babu, of Mirpur, stands charged "
            "with the offence of robbery;\nYou are hereby directed to arrest the said Abdul "
            "Karim Mondal and to produce him before this Court.\n")
    view = _one_view(text, "en")
    subject = read_subject(view)
    assert [n.value for n in subject.names] == ["Abdul Karim MONDAL"]
    assert [a.value for a in subject.aliases] == ["Babu"]


def test_a_judgment_dated_by_the_sitting_it_was_held_on() -> None:
    views = text_views("IN THE HIGH COURT, KUMASI, HELD ON MONDAY THE 3RD DAY OF MARCH, 2025,\n"
                       "BEFORE HIS LORDSHIP J. MENSAH\n\nJUDGMENT\nThe accused is convicted.\n"
                       "Note of the registry, 05/06/2025: appeal filed.", lang="en")
    decision = read_decision(views, "judgment")
    assert decision.date is not None and decision.date.normalized == "2025-03-03"


def test_a_decision_number_with_abbreviation_dots_before_its_date() -> None:
    views = text_views("DIFUSIÓN AZUL\nAsunción, 02.03.2026\nOrden judicial: detención dispuesta "
                       "por A.I. N.º 77/2025 de fecha 4 de noviembre de 2025, del Juzgado Penal.",
                       lang="es")
    decision = read_decision(views, "diffusion")
    assert decision.date is not None and decision.date.normalized == "2025-11-04"


def test_the_signature_date_above_a_closing_note_that_cites_a_later_date() -> None:
    views = text_views("INFORMATION\nThe undersigned accuses Rosa LIM of the crime of Estafa.\n"
                       "CONTRARY TO LAW.\n\nCebu City, 4 March 2025.\n\n(Sgd.) A. REYES\n"
                       "Assistant City Prosecutor\n\nBAIL RECOMMENDED: NONE. The accused left the "
                       "country on 9 May 2025 and has not returned.", lang="en")
    decision = read_decision(views, "indictment")
    assert decision.date is not None and decision.date.normalized == "2025-03-04"


def test_a_cited_warrant_beats_the_case_number_above_it() -> None:
    views = text_views("POLICE REPORT TO THE MAGISTRATE\nCase No. B/77/2025\n\nFurther to the "
                       "reports filed on 2025.03.02, I report that the suspect is abroad.\n\n"
                       "Your Honour issued a warrant of arrest, Warrant No. W/9/25, on 2025.04.10,"
                       " which remains unexecuted.", lang="en")
    decision = read_decision(views, "police-report")
    assert decision.number is not None and decision.number.value == "W/9/25"
    assert decision.date is not None and decision.date.normalized == "2025-04-10"


def test_a_province_named_police_force_and_court_give_the_country() -> None:
    text = ("SÛRETÉ DU QUÉBEC\nRAPPORT D'ENQUÊTE\nDestinataire : BCN de Saint-Domingue\n"
            "Le suspect a fui vers Punta Cana (République dominicaine).\n")
    notice = read_notice(_one_view(text, "fr"), "police-report")
    assert notice.issuing_country and notice.issuing_country.normalized == "CA"


def test_a_surname_comma_forename_label_and_an_alias_after_tambien() -> None:
    assert _names("RAPPORT\nNom, prénom : LAVOIE-ROY, Julie\nNée le : 1990/01/02\n", "fr") == [
        "LAVOIE-ROY, Julie"]
    text = ("Se solicita la entrega del ciudadano chileno MARIO ANDRÉS SOTO PINO, también"
            " conocido como \"Mayo\", nacido el 2-3-1980.\n")
    assert "MARIO ANDRÉS SOTO PINO" in _names(text, "es")


def test_the_said_victim_is_not_the_subject() -> None:
    text = ("Accused: Kabelo DITSHEKO\nCOUNT 1\nASSAULT\nContrary to section 245 of the Penal"
            " Code.\nPARTICULARS: the said accused struck one Neo PHIRI and then robbed the said"
            " Neo PHIRI of his phone.\n")
    assert _names(text, "en") == ["Kabelo DITSHEKO"]


def test_an_indefinite_arabic_warrant_word_labels_its_number() -> None:
    text = ("رابعاً: الأمر القضائي\nأمر ضبط وإحضار رقم ٥١/٢٠٢٥ في القضية رقم ٩٠٠/٢٠٢٥ جنح،"
            " صادر عن النيابة العامة.\n")
    decision = read_decision(_one_view(text, "ar"), "diffusion")
    assert decision.number is not None and decision.number.value == "٥١/٢٠٢٥"
