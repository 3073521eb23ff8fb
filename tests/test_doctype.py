"""Document types: page classification, bundle splitting, declared types, translations."""

from __future__ import annotations

import pytest

from pipeline.records import DocType, Document, Packet, Page
from pipeline.understand.doctype import classify_page, link_translations, split_and_classify
from pipeline.understand.pageview import PageView, view_page

Parts = dict[str, list[Document]]


def _views(doc: Document) -> list[PageView]:
    return [view_page(doc.id, p, p.language or doc.language) for p in doc.pages]


def _understand(documents: list[Document]) -> list[Document]:
    parts = [part for doc in documents for part, _ in split_and_classify(doc, _views(doc))]
    return link_translations(parts)


def _doc(
    doc_id: str, texts: list[str], langs: str | list[str], declared: DocType | None = None
) -> Document:
    langs = [langs] * len(texts) if isinstance(langs, str) else langs
    pages = [
        Page(number=i, text=t, method="text-layer", language=lang)
        for i, (t, lang) in enumerate(zip(texts, langs, strict=True), start=1)
    ]
    return Document(
        id=doc_id, file_name=f"{doc_id}.pdf", sha256="0" * 64, media_type="application/pdf",
        language=langs[0] if langs else None, pages=pages, declared_type=declared,
    )


@pytest.fixture(scope="module")
def parts(sample_packets: dict[str, Packet]) -> Parts:
    """Every sample packet's documents, split, typed and linked (once per module)."""
    return {name: _understand(p.documents) for name, p in sample_packets.items()}


# ------------------------------------------------------------------ samples


def test_the_bundle_splits_into_a_red_notice_and_an_ocr_warrant(parts: Parts) -> None:
    docs = parts["09-rn-bundle-mixed.pdf"]
    assert [(d.page_range, d.doc_type) for d in docs] == [
        ((1, 2), "red-notice"), ((3, 3), "arrest-warrant"),
    ]
    notice, warrant = docs
    assert notice.id.endswith("-p1-2") and warrant.id.endswith("-p3-3")
    assert [p.number for p in warrant.pages] == [3]
    assert warrant.pages[0].method == "ocr"
    assert warrant.type_evidence and warrant.type_evidence[0].page == 3
    assert "ARREST" in warrant.type_evidence[0].quote.upper()
    assert all(e.document_id == warrant.id for e in warrant.type_evidence)
    assert notice.doc_type_confidence and notice.doc_type_confidence > 0.6


def test_every_declared_sample_document_keeps_its_declared_type(parts: Parts) -> None:
    declared = [d for docs in parts.values() for d in docs if d.declared_type]
    assert len(declared) >= 15
    for d in declared:
        assert d.doc_type == d.declared_type, d.file_name
        assert d.doc_type_confidence == 1.0
        assert d.type_note is None, (d.file_name, d.type_note)
        if d.declared_type != "other":
            assert d.type_evidence, f"{d.file_name}: the text should back its declared type"


def test_undeclared_email_attachments_are_typed_from_their_text(parts: Parts) -> None:
    by_name = {d.file_name.rsplit("/", 1)[-1]: d for d in parts["07-diffusion-email.eml"]}
    assert by_name["diffusion.pdf"].doc_type == "diffusion"
    body = by_name["07-diffusion-email.eml#body"]
    assert body.doc_type == "other" and not body.is_translation
    decision = by_name["detention-decision.pdf"]
    assert decision.doc_type == "arrest-warrant"
    assert decision.is_translation  # "TRANSLATION FROM RUSSIAN": the original is not in the packet
    assert decision.translation_of is None


def test_a_letter_that_only_mentions_a_notice_is_not_one(parts: Parts) -> None:
    letter = next(d for d in parts["04-rn-journaliste-fr"] if d.file_name == "lettre-avocat.pdf")
    assert classify_page(_views(letter)[0])[0] is None


def test_continuation_pages_have_no_type(sample_packets: dict[str, Packet]) -> None:
    report = next(
        d for d in sample_packets["02-diffusion-drugs-scan"].documents
        if d.file_name == "police-report.pdf"
    )
    kinds = [classify_page(v)[0] for v in _views(report)]
    assert kinds == ["police-report", None, None]


def test_evidence_quotes_are_verbatim_at_their_offsets(parts: Parts) -> None:
    checked = 0
    for docs in parts.values():
        for d in docs:
            pages = {p.number: p for p in d.pages}
            for e in d.type_evidence:
                assert e.page in pages, (d.id, e)
                assert pages[e.page].text[e.start:e.end] == e.quote
                checked += 1
    assert checked >= 20


# ------------------------------------------------------------ short texts

FOUR_LANGUAGES = [
    (
        "fr",
        "RÉPUBLIQUE DU SÉNÉGAL\nTRIBUNAL DE GRANDE INSTANCE DE DAKAR\nMANDAT D'ARRÊT\n"
        "Nous, juge d'instruction, ordonnons à tous agents de la force publique "
        "de rechercher et d'arrêter le nommé DIOP Moussa.",
        "arrest-warrant",
    ),
    (
        "es",
        "PODER JUDICIAL\nJUZGADO PENAL DE LIMA\nSENTENCIA\nEn Lima, a 3 de mayo de 2021.\n"
        "FALLAMOS: condenamos a Juan PÉREZ a cuatro años de pena privativa de libertad.",
        "judgment",
    ),
    (
        "ar",
        "المملكة المغربية\nالمحكمة الابتدائية بالرباط\nأمر قبض\n"
        "نأمر بالقبض على المتهم المذكور وإحضاره أمام قاضي التحقيق.",
        "arrest-warrant",
    ),
    (
        "en",
        "IN THE HIGH COURT OF JUSTICE\nJUDGMENT\n"
        "The accused was found guilty and is sentenced to six years' imprisonment.",
        "judgment",
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FOUR_LANGUAGES)
def test_headings_in_four_languages(lang: str, text: str, expected: str) -> None:
    view = view_page("t", Page(number=1, text=text, method="text-layer", language=lang), lang)
    kind, confidence, hits = classify_page(view)
    assert kind == expected
    assert 0.5 < confidence <= 1.0
    assert hits
    [(doc, _)] = split_and_classify(_doc("t", [text], lang), [view])
    assert doc.doc_type == expected and doc.id == "t" and doc.page_range == (1, 1)
    for e in doc.type_evidence:
        assert text[e.start:e.end] == e.quote


def test_ocr_damage_still_reads_the_heading() -> None:
    text = "REPUBLIQUE DU SENEGAL\n|  lNSTANCE DE DAKAR\n——\" MANDAT D’ ARRET\nNous, juge"
    view = view_page("t", Page(number=1, text=text, method="ocr", language="fr"), "fr")
    assert classify_page(view)[0] == "arrest-warrant"


def test_a_heading_word_in_running_text_decides_nothing() -> None:
    text = (
        "NOTICE ROUGE : DUPONT, Jean (suite)\n2. RENSEIGNEMENTS JUDICIAIRES\n"
        "Qualification des faits :\nDiffusion de fausses nouvelles (article 497 du Code pénal)"
    )
    view = view_page("t", Page(number=2, text=text, method="text-layer", language="fr"), "fr")
    assert classify_page(view)[0] == "red-notice"
    email = "Dear colleagues,\nPlease find attached the wanted person diffusion DIFF/1."
    [(doc, _)] = split_and_classify(_doc("e", [email], "en"), _views(_doc("e", [email], "en")))
    assert doc.doc_type == "other" and doc.doc_type_confidence is not None
    assert doc.doc_type_confidence < 0.5 and not doc.type_evidence


def test_a_declared_type_the_text_contradicts_is_kept_with_a_note() -> None:
    doc = _doc(
        "d", ["COUR D'APPEL DE LYON\nJUGEMENT\nLe tribunal condamne le prévenu à deux ans."],
        "fr", declared="arrest-warrant",
    )
    [(part, _)] = split_and_classify(doc, _views(doc))
    assert part.doc_type == "arrest-warrant" and part.doc_type_confidence == 1.0
    assert part.declared_type == "arrest-warrant"
    assert part.type_note == (
        'The manifest declares arrest-warrant; the text reads as a judgment ("JUGEMENT", page 1).'
    )


def test_a_declared_bundle_splits_only_on_a_clearly_different_document() -> None:
    doc = _doc(
        "b",
        [
            "RED NOTICE\nControl number: A-1/2024",
            "RED NOTICE: DOE, John (continued)\nCharges: fraud",
            "WARRANT OF ARREST\nYou are hereby commanded to arrest the said person.",
        ],
        "en", declared="red-notice",
    )
    parts = [p for p, _ in split_and_classify(doc, _views(doc))]
    assert [(p.id, p.page_range, p.doc_type) for p in parts] == [
        ("b-p1-2", (1, 2), "red-notice"), ("b-p3-3", (3, 3), "arrest-warrant"),
    ]
    assert all(p.declared_type == "red-notice" for p in parts)
    assert parts[0].type_note and "pages 1-2" in parts[0].type_note
    assert parts[1].type_note and "arrest-warrant" in parts[1].type_note
    # Declared as the warrant: the declared type goes to the part that reads as one.
    as_warrant = doc.model_copy(update={"declared_type": "arrest-warrant"})
    parts = [p for p, _ in split_and_classify(as_warrant, _views(as_warrant))]
    assert [p.doc_type for p in parts] == ["red-notice", "arrest-warrant"]
    assert parts[0].type_note == (
        "The manifest declares arrest-warrant for the whole file; pages 1-2 read as a red-notice."
    )
    # Untitled or same-type pages never split a declared document.
    same = _doc("s", ["RED NOTICE\nA", "Charges: fraud", "RED NOTICE: DOE (continued)"], "en",
                declared="red-notice")
    assert len(split_and_classify(same, _views(same))) == 1


def test_a_document_without_pages_is_returned_unchanged() -> None:
    doc = _doc("f", [], "en")
    assert split_and_classify(doc, []) == [(doc, [])]


def test_a_translation_page_following_its_original_is_its_own_linked_document() -> None:
    doc = _doc(
        "w",
        [
            "MANDAT D'ARRÊT N° 123/2023\nNous, juge d'instruction, ordonnons l'arrestation.",
            "TRANSLATION\nARREST WARRANT No. 123/2023\nWe, investigating judge, order the arrest.",
        ],
        ["fr", "en"],
    )
    original, translation = _understand([doc])
    assert (original.page_range, translation.page_range) == ((1, 1), (2, 2))
    assert original.doc_type == translation.doc_type == "arrest-warrant"
    assert translation.language == "en"
    assert translation.is_translation and translation.translation_of == original.id
    assert not original.is_translation and original.translation_of is None


def test_a_translation_naming_its_original_links_to_it() -> None:
    warrant = _doc("aw", ["ORDEN DE DETENCIÓN N.º 77/2022\nSe ordena la captura de X."], "es")
    notice = _doc("rn", ["NOTIFICACIÓN ROJA\nNúmero de control: A-1/2022"], "es")
    other_warrant = _doc("aw2", ["ORDEN DE CAPTURA N.º 12/2020\nSe ordena la captura de Y."], "es")
    translation = _doc(
        "tr", ["Translation of the arrest warrant No. 77/2022\nThe capture of X is ordered."], "en"
    )
    docs = _understand([warrant, notice, other_warrant, translation])
    linked = {d.id: d for d in docs}
    assert linked["tr"].doc_type == "arrest-warrant"
    assert linked["tr"].is_translation and linked["tr"].translation_of == "aw"
    assert not any(linked[i].is_translation for i in ("aw", "rn", "aw2"))


def test_a_certified_translation_links_to_the_original_in_another_language() -> None:
    from pipeline.understand import doctype

    original = _doc("ar", ["المحكمة الابتدائية\nأمر قبض\nنأمر بالقبض على المتهم."], "ar")
    translation = _doc(
        "fr",
        ["TRIBUNAL DE PREMIÈRE INSTANCE\nMANDAT D'ARRÊT\nOrdonnons l'arrestation de l'accusé.\n"
         "Traduction certifiée conforme, traducteur assermenté près la cour d'appel."],
        "fr",
    )
    parts = [p for d in (original, translation) for p, _ in split_and_classify(d, _views(d))]
    doctype._SEEN.clear()  # as if the documents came back from the store
    linked = link_translations(parts)
    assert [(d.is_translation, d.translation_of) for d in linked] == [(False, None), (True, "ar")]


def test_a_field_label_on_a_later_page_does_not_split_a_notice() -> None:
    doc = _doc(
        "n",
        [
            "INTERPOL\nRED NOTICE\nControl number: A-1/2024\nFamily name: DOE",
            "2. JUDICIAL INFORMATION\nSummary of facts: fraud in Nairobi in 2020.\n"
            "Arrest warrant: No. 12/2020, issued on 5 May 2020 by the Chief Magistrate's Court\n"
            "ARREST WARRANT OR JUDICIAL DECISION: NO. 12/2020 ISSUED ON 5 MAY 2020 BY THE COURT",
        ],
        "en",
    )
    [(part, _)] = split_and_classify(doc, _views(doc))
    assert part.doc_type == "red-notice" and part.page_range == (1, 2)


def test_a_blank_cover_page_joins_the_document_after_it() -> None:
    doc = _doc("c", ["Page 1", "INDICTMENT\nThe Grand Jury charges that:"], "en")
    [(part, _)] = split_and_classify(doc, _views(doc))
    assert part.doc_type == "indictment" and part.page_range == (1, 2)
    letter = "Dear Sir,\n" + "We enclose the documents you asked for in this matter. " * 5
    bundle = _doc("l", [letter, "INDICTMENT\nThe Grand Jury charges that:"], "en")
    parts = [p for p, _ in split_and_classify(bundle, _views(bundle))]
    assert [(p.page_range, p.doc_type) for p in parts] == [
        ((1, 1), "other"), ((2, 2), "indictment"),
    ]


# ------------------------------------------- realistic openings (own texts)

# Titles below a dozen header lines, mixed case, on subject lines, or absent (a letter's
# operative formula), in four languages.
REALISTIC = [
    ("en", "extradition-request",
     "REPUBLIC OF KENYA\nOFFICE OF THE ATTORNEY GENERAL\nRef: AG/EXT/12/2023\n"
     "To: The Minister of Justice\nKingdom of Spain\n12 March 2023\n\n"
     "Subject: Request for the extradition of Mr John KAMAU\n\nExcellency,\n"
     "The Government of Kenya has the honour to request the extradition of John KAMAU."),
    ("en", "extradition-request",
     "MINISTRY OF JUSTICE\nRepublic of Ghana\n\nYour Excellency,\nThe Government of Ghana has "
     "the honour to request the extradition of Kwame MENSAH, who was convicted of fraud and "
     "sentenced to ten years' imprisonment.\nEnclosed:\n1. Arrest warrant No. 12/2020 of 5 May "
     "2020\n2. Judgment of 3 March 2019\n3. Red notice A-1/2020\nThe arrest warrant remains in "
     "force."),
    ("fr", "extradition-request",
     "RÉPUBLIQUE DU SÉNÉGAL\nMINISTÈRE DE LA JUSTICE\nN° 456/MJ/DACG\nDakar, le 3 mars 2022\n"
     "Monsieur le Ministre,\nLe Gouvernement du Sénégal sollicite l'extradition du nommé DIOP "
     "Moussa, conformément à la convention d'extradition du 5 mai 1990."),
    ("es", "extradition-request",
     "REPÚBLICA DEL PERÚ\nMINISTERIO DE JUSTICIA\nOficio N° 123-2022-JUS\nLima, 4 de abril de "
     "2022\nSeñor Embajador:\nEl Estado peruano, en su calidad de Estado requirente, solicita "
     "formalmente la extradición del ciudadano Juan PÉREZ."),
    ("ar", "extradition-request",
     "المملكة الأردنية الهاشمية\nوزارة العدل\nالرقم: 12/2023\nإلى: وزارة العدل في دولة الإمارات\n"
     "تتشرف وزارة العدل في المملكة الأردنية الهاشمية بطلب تسليم المدعو أحمد محمد "
     "المطلوب للمحاكمة."),
    ("ar", "extradition-request",
     "وزارة العدل\nالموضوع: طلب تسليم المدعو أحمد محمد المطلوب للمحاكمة بجرم الاحتيال\n"
     "تحية طيبة وبعد"),
    ("en", "indictment",
     "IN THE COURT OF THE CHIEF JUDICIAL MAGISTRATE\nDISTRICT OF PUNE\nCase No. 123/2021\n"
     "Charge Sheet under Section 173 CrPC\nName of the accused: Ravi KUMAR\n"
     "The investigation revealed that the accused obtained money by deception."),
    ("es", "indictment",
     "JUZGADO CENTRAL DE INSTRUCCIÓN N.º 3\nAUDIENCIA NACIONAL\nProcedimiento abreviado 12/2021\n"
     "AL JUZGADO\nEl Ministerio Fiscal formula acusación contra Juan PÉREZ por un delito de "
     "estafa, conforme a las siguientes conclusiones provisionales."),
    ("fr", "indictment",
     "TRIBUNAL JUDICIAIRE DE PARIS\nParquet du procureur de la République\nN° parquet : 21/123\n"
     "Le procureur de la République requiert le renvoi de M. Jean DUPONT devant le tribunal "
     "correctionnel."),
    ("ar", "indictment",
     "جمهورية مصر العربية\nالنيابة العامة\nالقضية رقم 123 لسنة 2021 جنايات\nأمر الإحالة\n"
     "النيابة العامة تتهم أحمد محمد بأنه في يوم 5 مايو 2021 سرق مالاً منقولاً "
     "وطلبت عقابه بالمواد."),
    ("ar", "indictment",
     "الجمهورية اللبنانية\nقاضي التحقيق في بيروت\nقرار الظن\n"
     "نحن قاضي التحقيق نظن بالمدعى عليه بجرم الاحتيال."),
    ("en", "red-notice",
     "INTERPOL\nGeneral Secretariat\n200 quai Charles de Gaulle\n69006 Lyon\nFile No. 2023/123\n"
     "Control No. A-123/4-2023\nRed Notice\nIdentity particulars\nFamily name: DOE"),
    ("es", "red-notice",
     "OIPC-INTERPOL\nSecretaría General\nNúmero de control: A-456/2022\nNotificación Roja\n"
     "Datos de identidad\nApellido: PÉREZ\nResumen de los hechos: estafa."),
    ("ar", "red-notice",
     "الأمانة العامة\nنشرة حمراء صادرة بناء على طلب المكتب المركزي الوطني في عمان بحق المدعو "
     "أحمد محمد المطلوب لتنفيذ حكم\nاسم العائلة: محمد"),
    ("en", "police-report",
     "KENYA POLICE SERVICE\nDIRECTORATE OF CRIMINAL INVESTIGATIONS\nRef: DCI/INV/45/2022\n"
     "10 June 2022\nInvestigation Report\nThe complainant reported that the suspect obtained "
     "money by false pretences."),
    ("en", "police-report",
     "GOVERNMENT OF INDIA\nFirst Information Report\n(Under Section 154 Cr.P.C.)\n"
     "FIR No.: 123/2021\nThe complainant stated that the accused cheated him."),
    ("fr", "police-report",
     "POLICE NATIONALE\nDirection régionale de la police judiciaire\nProcès-verbal d'audition "
     "de témoin\nNous soussigné, officier de police judiciaire, entendons le témoin."),
    ("es", "police-report",
     "GUARDIA CIVIL\nDiligencias número 123/2022\nAtestado instruido por estafa\n"
     "Los agentes actuantes manifiestan que el denunciante compareció."),
    ("ar", "police-report",
     "وزارة الداخلية\nقسم شرطة مدينة نصر\nمحضر جمع استدلالات\nحررنا نحن مأمور الضبط القضائي "
     "هذا المحضر بسؤال الشاكي."),
    ("es", "arrest-warrant",
     "PODER JUDICIAL DEL PERÚ\nCORTE SUPERIOR DE JUSTICIA DE LIMA\nQuinto Juzgado Penal\n"
     "Expediente N° 123-2021\nLima, 5 de mayo de 2021\nSeñor Jefe de la Policía Judicial:\n"
     "Se ha dispuesto librar orden de captura contra el procesado Juan PÉREZ, debiendo ser "
     "puesto a disposición de este juzgado."),
    ("es", "arrest-warrant",
     "JUZGADO DE INSTRUCCIÓN N.º 2 DE MADRID\nDiligencias previas 12/2021\n"
     "Auto de prisión provisional\nSe acuerda la prisión provisional de Juan PÉREZ."),
]

_NOISE = ["| ", "~ ", "' ", "l ", "— ", ". "]


def _ocr_noise(text: str) -> str:
    """Stray marks at line starts, a garbage first line, doubled spaces: an OCR'd scan."""
    lines = [
        _NOISE[k % len(_NOISE)] + line if line else line
        for k, line in enumerate(text.split("\n"))
    ]
    return "%*  ,\n" + "\n".join(lines).replace(" de ", "  de ").replace(" of ", "  of ")


def _type_of(text: str, lang: str, method: str = "text-layer") -> Document:
    page = Page(number=1, text=text, method=method, language=lang)  # type: ignore[arg-type]
    doc = _doc("r", [text], lang).model_copy(update={"pages": [page]})
    [(part, _)] = split_and_classify(doc, _views(doc))
    return part


@pytest.mark.parametrize("noisy", [False, True], ids=["clean", "ocr"])
@pytest.mark.parametrize(("lang", "expected", "text"), REALISTIC)
def test_realistic_openings_are_typed(lang: str, expected: str, text: str, noisy: bool) -> None:
    text = _ocr_noise(text) if noisy else text
    part = _type_of(text, lang, "ocr" if noisy else "text-layer")
    assert part.doc_type == expected
    assert part.type_evidence
    for e in part.type_evidence:
        assert text[e.start:e.end] == e.quote


def test_a_title_below_many_header_lines_is_a_title() -> None:
    header = "REPUBLIC OF X\nMINISTRY OF JUSTICE\nHIGH COURT\nRef: 1/2023\nTo: The Registrar\n"
    text = header * 2 + "5 May 2023\nIndictment\nThe Grand Jury charges that:"
    view = view_page("t", Page(number=1, text=text, method="text-layer", language="en"), "en")
    assert classify_page(view)[0] == "indictment"


def test_an_untitled_letter_is_typed_by_its_formula_with_moderate_confidence() -> None:
    part = _type_of("Excellency,\nMy Government has the honour to request the extradition of "
                    "John DOE, convicted of fraud and sentenced to five years.", "en")
    assert part.doc_type == "extradition-request"
    assert part.doc_type_confidence is not None and 0.3 <= part.doc_type_confidence <= 0.5
    assert "request the extradition" in part.type_evidence[0].quote


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Smith & Partners LLP\nTo the Commission for the Control of INTERPOL's Files\n"
           "Re: Red Notice concerning our client Mr John Doe\nDear Sirs,\nThe red notice issued "
           "against him is politically motivated; we ask INTERPOL to delete the red notice."),
    ("fr", "Maître Jean Martin\nAvocat au barreau de Paris\nObjet : notice rouge visant M. Dupont\n"
           "La notice rouge publiée à la demande des autorités est contraire au Statut "
           "d'INTERPOL."),
    ("es", "Estudio Jurídico García\nAsunto: notificación roja contra mi representado\nLa "
           "notificación roja emitida por INTERPOL vulnera el artículo 3. Solicito su supresión."),
    ("ar", "مكتب المحامي خالد\nإلى لجنة الرقابة على محفوظات الإنتربول\nالموضوع: النشرة الحمراء "
           "الصادرة بحق موكلي\nإن النشرة الحمراء الصادرة عن الإنتربول ذات طابع سياسي. الإنتربول "
           "ملزم بالمادة 3 وعلى الإنتربول حذف البيانات."),
    ("en", "Dear colleagues,\nPlease note that the arrest warrant and the judgment will follow. "
           "The red notice request was sent yesterday.\nBest regards"),
])
def test_letters_about_a_notice_stay_other(lang: str, text: str) -> None:
    for version in (text, _ocr_noise(text)):
        part = _type_of(version, lang)
        assert part.doc_type == "other", version
        assert not part.type_evidence


def test_field_labels_and_list_items_are_not_titles() -> None:
    notice = "INTERPOL\nRED NOTICE\nControl number: A-1/2024\nArrest warrant: No. 12/2020\n"
    assert _type_of(notice + "Family name: DOE", "en").doc_type == "red-notice"
    # A later notice page whose first lines are field labels does not open a warrant.
    page2 = (
        "Arrest warrant:\nNo. 12/2020 issued on 5 May 2020\nJudgment: No. 3/2019\nCharges: fraud"
    )
    view = view_page("t", Page(number=2, text=page2, method="text-layer", language="en"), "en")
    assert classify_page(view)[0] is None
    doc = _doc("n", [notice, page2], "en")
    assert [p.doc_type for p, _ in split_and_classify(doc, _views(doc))] == ["red-notice"]
    listing = "Annexes:\n1. Arrest warrant No. 12/2020\n2. Judgment No. 3/2019\nb) Red notice"
    view = view_page("t", Page(number=1, text=listing, method="text-layer", language="en"), "en")
    assert classify_page(view)[0] is None


def test_a_repeated_weak_cue_does_not_type_a_document() -> None:
    part = _type_of("Note\nINTERPOL, INTERPOL, INTERPOL and INTERPOL again.", "en")
    assert part.doc_type == "other"


def test_mixed_body_wording_without_a_clear_majority_stays_other() -> None:
    text = ("Dear Sir,\nHe is charged with fraud; the complainant reported the theft; "
            "he was convicted in 2010.")
    assert _type_of(text, "en").doc_type == "other"


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "ICPO-INTERPOL — RED NOTICE\nControl no.: A-77/3-2022\nFamily name: OKAFOR",
     "red-notice"),
    ("fr", "OIPC-INTERPOL — NOTICE ROUGE\nNuméro de contrôle : A-5/2021\nNom : LEROY",
     "red-notice"),
    ("es", "INTERPOL — NOTIFICACIÓN ROJA\nN.º de control: A-12/2020\nApellidos: PÉREZ",
     "red-notice"),
    ("en", "METROPOLITAN POLICE\nCASE SUMMARY / POLICE REPORT\nReference: MP-2022-1\n"
           "Suspect: GRANT, Oliver", "police-report"),
    ("fr", "GENDARMERIE NATIONALE\nSYNTHÈSE / PROCÈS-VERBAL DE SYNTHÈSE\nUnité : BR Lyon",
     "police-report"),
])
def test_a_title_after_capitals_and_a_separator_on_its_line_is_a_title(
    lang: str, text: str, expected: str
) -> None:
    assert _type_of(text, lang).doc_type == expected


def test_an_annex_line_with_a_separator_is_no_title() -> None:
    text = "Dear colleagues,\nplease find the file.\nANNEX — ARREST WARRANT\nBest regards"
    assert _type_of(text, "en").doc_type == "other"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "I-24/7 MESSAGE\nFROM: NCB LAGOS\nTO: ALL NCBs; INTERPOL GENERAL SECRETARIAT\n"
           "SUBJECT: CANCELLATION OF THE RED NOTICE — ADEYEMI, Tunde\n1. The red notice "
           "A-1/2020 issued at our request is to be cancelled: the warrant was quashed."),
    ("fr", "MESSAGE DU BCN DAKAR\nObjet : retrait de la diffusion concernant M. FALL Ousmane\n"
           "La diffusion du 3 mars 2021 est retirée ; le mandat d'arrêt a été rapporté."),
    ("es", "OCN BOGOTÁ\nAsunto: cancelación de la notificación roja de RUIZ, Jaime\n"
           "Se solicita cancelar la notificación roja; la orden de captura fue revocada."),
    ("ar", "المكتب المركزي الوطني - عمان\nالموضوع: سحب التعميم الصادر بحق المدعو سامي خليل\n"
           "نرجو سحب التعميم لإلغاء مذكرة القبض."),
])
def test_a_message_withdrawing_or_cancelling_a_notice_is_other(lang: str, text: str) -> None:
    part = _type_of(text, lang)
    assert part.doc_type == "other"
    assert part.type_evidence


def test_an_order_for_search_and_arrest_without_title_reads_as_a_warrant() -> None:
    text = (
        "JUZGADO CENTRAL DE INSTRUCCIÓN N.º 2\nDiligencias Previas 12/2022\n\nA U T O\n\n"
        "HECHOS\nPRIMERO.- Se investiga a Pedro GÓMEZ por tráfico de drogas.\n"
        "PARTE DISPOSITIVA\nSe acuerda la busca, captura e ingreso en prisión de Pedro GÓMEZ.\n"
        "Líbrese orden internacional de detención a efectos de extradición."
    )
    assert _type_of(text, "es").doc_type == "arrest-warrant"


MORE_HEADINGS = [
    ("en", "THE DISTRICT COURT\nWARRANT TO ARREST\nTHIS IS TO COMMAND YOU to arrest the said"
           " John BROWN.", "arrest-warrant"),
    ("en", "NATIONAL POLICE\nINVESTIGATION SUMMARY\nThe suspect left the country on 2 May.",
     "police-report"),
    ("es", "JUZGADO DE CONTROL\nAUDIENCIA PRIVADA — RESOLUCIÓN\nRESUELVE\nPRIMERO. Se libra orden"
           " de aprehensión en contra de Mario LUNA.", "arrest-warrant"),
    ("fr", "COUR D'APPEL DE LOMÉ\nARRÊT N° 12/2024\nportant mise en accusation et renvoi devant la"
           " Cour d'assises\nLa Cour prononce la mise en accusation de KOFFI Ama.", "indictment"),
    ("ar", "الجمهورية العربية السورية\nقاضي التحقيق بدمشق\nمذكرة إلقاء القبض\nبحق المدعى عليه"
           " سامر خليل.", "arrest-warrant"),
    ("ar", "الجمهورية اللبنانية\nالهيئة الاتهامية في الشمال\nالقرار الاتهامي\nبحق المدعى عليه"
           " جورج نعمة.", "indictment"),
    ("fr", "TRIBUNAL DE PREMIÈRE INSTANCE DE PORT-AU-PRINCE\nJUGEMENT PAR CONTUMACE\nLe tribunal"
           " condamne PIERRE Jean à dix ans.", "judgment"),
]


@pytest.mark.parametrize(("lang", "text", "expected"), MORE_HEADINGS)
def test_more_titles_and_formulas(lang: str, text: str, expected: str) -> None:
    view = view_page("t", Page(number=1, text=text, method="text-layer", language=lang), lang)
    [(doc, _)] = split_and_classify(_doc("t", [text], lang), [view])
    assert doc.doc_type == expected


MORE_TITLES_2 = [
    # a diffusion is an NCB's message: its title may stand on the subject line
    ("ar", "وزارة الداخلية - المكتب المركزي الوطني\nالرقم: ٤٥/٢٠٢٣\nالموضوع: تعميم بشأن المطلوب"
           " ماهر سليم عواد\nنرجو التكرم بتحديد مكانه والقبض عليه.", "diffusion"),
    ("fr", "BCN DE NIAMEY\nObjet : diffusion concernant M. ISSA Garba\nNous vous prions de"
           " localiser et d'arrêter l'intéressé.", "diffusion"),
    # Gulf investigation reports, and a report headed with the bare word and its number
    ("ar", "شرطة المنطقة الشرقية\nتقرير تحريات رقم: ١٢/٢٠٢٢\nالاسم: خالد ناصر الحربي",
     "police-report"),
    ("es", "POLICÍA NACIONAL\nDivisión de Estafas\nINFORME N.º 77/2023\nSeñor Jefe:\nSe informa"
           " sobre la persona requerida Marta SOSA.", "police-report"),
    # a prosecutor's information
    ("en", "REGIONAL TRIAL COURT\nPEOPLE v. Dante ROBLES, Accused.\nINFORMATION\nThe undersigned"
           " prosecutor accuses Dante ROBLES of the crime of Estafa.", "indictment"),
    # the requesting formula with a clause between "request" and "the extradition"
    ("en", "Note No. 88/2023\nThe Embassy has the honour to request, in accordance with the"
           " treaty in force between the two States, the extradition of Paul GREY, wanted for"
           " trial.", "extradition-request"),
]


@pytest.mark.parametrize(("lang", "text", "expected"), MORE_TITLES_2)
def test_subject_line_diffusion_bare_report_information_and_split_formula(
    lang: str, text: str, expected: str
) -> None:
    view = view_page("t", Page(number=1, text=text, method="text-layer", language=lang), lang)
    [(doc, _)] = split_and_classify(_doc("t", [text], lang), [view])
    assert doc.doc_type == expected


MORE_TITLES_3 = [
    # Maghreb committal: the indictment chamber (دائرة الاتهام) refers the accused to trial
    ("ar", "محكمة الاستئناف بقابس\nدائرة الاتهام\nقرار عدد 310\nقررت الدائرة إحالة المتهم"
           " سليم الورتاني على الدائرة الجنائية.", "indictment"),
    # an Iraqi police memo: "م/" opens its subject line, a summary of the investigation follows
    ("ar", "مديرية شرطة النجف\nالعدد: ٥٥١\nم/ مطالعة بشأن متهم هارب\nنعرض خلاصة التحقيق في"
           " الدعوى المسجلة ضد المتهم كريم ناصر.", "police-report"),
]


@pytest.mark.parametrize(("lang", "text", "expected"), MORE_TITLES_3)
def test_indictment_chamber_referral_and_iraqi_memo_subject_line(
    lang: str, text: str, expected: str
) -> None:
    view = view_page("t", Page(number=1, text=text, method="text-layer", language=lang), lang)
    [(doc, _)] = split_and_classify(_doc("t", [text], lang), [view])
    assert doc.doc_type == expected


def test_a_warrant_to_apprehend_is_an_arrest_warrant() -> None:
    text = ("MAGISTRATES' COURT OF SAN FERNANDO\nWARRANT TO APPREHEND\nTo all constables: you are"
            " commanded to bring the defendant Carl JOSEPH before the court.")
    view = view_page("t", Page(number=1, text=text, method="text-layer", language="en"), "en")
    [(doc, _)] = split_and_classify(_doc("t", [text], "en"), [view])
    assert doc.doc_type == "arrest-warrant"


def test_a_formal_request_for_extradition_and_an_operative_declaration_of_guilt() -> None:
    text = ("JUZGADO PENAL N.º 2\nSOLICITUD FORMAL DE EXTRADICIÓN\nEste Juzgado solicita la"
            " detención preventiva con fines de extradición de Luis PAZ, objeto de una orden de"
            " detención.")
    assert _type_of(text, "es").doc_type == "extradition-request"
    text = ("TRIBUNAL PENAL DE LA CIUDAD\nJuicio No. 5-2024\nVISTOS: el Tribunal, administrando"
            " justicia en nombre del pueblo, declara la culpabilidad de Ana RUIZ y le impone la"
            " pena de cuatro años.")
    assert _type_of(text, "es").doc_type == "judgment"
