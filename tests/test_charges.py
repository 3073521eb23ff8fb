"""Charges, penalties and the summary of facts: sample packets and short texts in four languages."""

from __future__ import annotations

import pytest

from pipeline.records import Document, Offense, Packet, Page
from pipeline.understand.charges import read_offenses
from pipeline.understand.pageview import PageView, view_page
from pipeline.understand.penalties import read_penalty


def _views(doc: Document) -> list[PageView]:
    return [view_page(doc.id, p, p.language or doc.language) for p in doc.pages]


def _doc(packets: dict[str, Packet], packet: str, file_name: str) -> Document:
    return next(d for d in packets[packet].documents if d.file_name.endswith(file_name))


def _read(text: str, lang: str, doc_type: str | None = None) -> list[Offense]:
    view = view_page("t", Page(number=1, text=text, method="ocr"), lang)
    return read_offenses([view], doc_type)[0]


def _check_evidence(packets: dict[str, Packet], offenses: list[Offense]) -> None:
    pages = {
        (d.id, p.number): p.text for pk in packets.values() for d in pk.documents for p in d.pages
    }
    for o in offenses:
        for ev in o.evidence:
            assert pages[ev.document_id, ev.page][ev.start : ev.end] == ev.quote


# ---- sample packets ---------------------------------------------------------------------


def test_01_armed_robbery_notice_and_warrant(sample_packets: dict[str, Packet]) -> None:
    for name in ("red-notice.pdf", "arrest-warrant.pdf"):
        offenses, facts = read_offenses(
            _views(_doc(sample_packets, "01-rn-robbery-text", name)), None
        )
        got = [(o.text, o.iccs_code, o.articles, o.max_penalty_months, o.penalty_kind)
               for o in offenses]
        assert got == [
            ("Armed robbery", "0401", ["158(2)"], 300, "custodial"),
            ("Attempted murder", "0102", ["14", "129"], None, "life"),
            ("Unlawful possession of a firearm", "090111", ["3"], 180, "custodial"),
        ]
        assert offenses[0].label == "Robbery" and offenses[0].iccs_confidence >= 0.8
        assert offenses[0].place == "Johannesburg" and offenses[0].dates == ["2023-11-23"]
        _check_evidence(sample_packets, offenses)
        if name == "red-notice.pdf":
            assert facts is not None and facts.value.startswith("On 23 November 2023")
            assert facts.value.endswith("using his own passport.")


def test_05_bounced_cheque_eighteen_months(sample_packets: dict[str, Packet]) -> None:
    notice = _doc(sample_packets, "05-rn-cheque-es", "notificacion-roja.pdf")
    offenses, facts = read_offenses(_views(notice), "red-notice")
    assert [(o.text, o.iccs_code, o.articles, o.max_penalty_months) for o in offenses] == [
        ("Libramiento indebido (cheque sin fondos)", "08042", ["215"], 18)
    ]
    assert facts is not None and offenses[0].place == "Arequipa"
    indictment = _doc(sample_packets, "05-rn-cheque-es", "escrito-acusacion.docx")
    offenses, _ = read_offenses(_views(indictment), "indictment")
    assert [(o.text, o.articles, o.max_penalty_months) for o in offenses] == [
        ("Libramiento indebido", ["215"], 18)  # the requested year is not the maximum
    ]
    _check_evidence(sample_packets, offenses)


def test_06_arabic_judgment_sentence_in_absentia(sample_packets: dict[str, Packet]) -> None:
    judgment = _doc(sample_packets, "06-diffusion-absentia-ar", "judgment-ar.pdf")
    offenses, _ = read_offenses(_views(judgment), "judgment")
    assert offenses and all(o.sentence_months == 120 for o in offenses)
    assert any("تجمهر" in o.text and "2" in o.articles for o in offenses)
    diffusion = _doc(sample_packets, "06-diffusion-absentia-ar", "diffusion.pdf")
    offenses, _ = read_offenses(_views(diffusion), "diffusion")
    assert [(o.articles, o.max_penalty_months, o.sentence_months) for o in offenses] == [
        (["252"], 180, 120), (["162"], 60, 120), (["2"], 24, 120)
    ]
    assert offenses[1].iccs_code == "05041" and offenses[2].iccs_code == "08019"


def test_08_fraud_conspiracy_maps_to_the_offence_aimed_at(
    sample_packets: dict[str, Packet],
) -> None:
    notice = _doc(sample_packets, "08-rn-fraud-zip.zip", "red-notice.pdf")
    offenses, _ = read_offenses(_views(notice), "red-notice")
    assert [(o.text, o.iccs_code, o.articles, o.max_penalty_months) for o in offenses] == [
        ("Conspiracy to commit wire fraud", "070112", ["1349"], 240),
        ("Conspiracy to commit money laundering", "07041", ["1956(h)"], 240),
    ]
    indictment = _doc(sample_packets, "08-rn-fraud-zip.zip", "indictment.docx")
    offenses, _ = read_offenses(_views(indictment), "indictment")
    assert [(o.iccs_code, o.articles) for o in offenses] == [
        ("070112", ["1349"]), ("07041", ["1956(h)"])
    ]
    _check_evidence(sample_packets, offenses)


# ---- short texts in four languages ------------------------------------------------------


def test_english_enumeration_with_penalties_and_articles() -> None:
    text = (
        "Charges: (1) Kidnapping, contrary to Section 364 IPC, punishable by up to 10 years'"
        " imprisonment; (2) Murder, contrary to Section 302 IPC, punishable by death.\n"
    )
    offenses = _read(text, "en")
    assert [(o.text, o.iccs_code, o.articles, o.max_penalty_months, o.penalty_kind)
            for o in offenses] == [
        ("Kidnapping", offenses[0].iccs_code, ["364"], 120, "custodial"),
        ("Murder", "0101", ["302"], None, "death"),
    ]


def test_french_warrant_with_hyphenated_line_break() -> None:
    text = (
        "MANDAT D'ARRÊT\nPoursuivi pour VOL AVEC ARME et association de malfai-\n"
        "teurs (art. 311-8 et 450-1 du Code pénal), faits commis le 12/03/2021 à Lyon.\n"
    )
    offenses = _read(text, "fr")
    assert [(o.text, o.iccs_code) for o in offenses] == [
        ("VOL AVEC ARME", "0401"), ("association de malfaiteurs", "09051")
    ]
    assert offenses[0].articles == ["311-8", "450-1"]
    assert offenses[1].evidence[0].quote == "association de malfai-\nteurs"


def test_spanish_charges_block_with_penalty_range() -> None:
    text = (
        "Delitos imputados:\n1. Homicidio calificado, previsto en los artículos 368 y"
        " 369.1.5ª del Código Penal, con pena de prisión de quince a veinte años.\n"
        "2. Robo agravado, previsto en el artículo 189, sancionado con prisión de 2 a 8 años.\n"
        "Orden de detención:\n"
    )
    offenses = _read(text, "es")
    assert [(o.text, o.articles, o.max_penalty_months) for o in offenses] == [
        ("Homicidio calificado", ["368", "369.1.5ª"], 240),
        ("Robo agravado", ["189"], 96),
    ]
    assert offenses[0].iccs_code == "0101"


def test_arabic_charge_with_article_and_penalty() -> None:
    text = (
        "التهم المنسوبة إليه:\n"
        "أولا: القتل العمد، المعاقب عليه بالمادة ٢٣٠ من قانون العقوبات، بالإعدام.\n"
        "ثانيا: السرقة بالإكراه، المنصوص عليها في المادة 314، يعاقب بالسجن مدة لا تقل عن"
        " ثلاث سنوات ولا تزيد على سبع سنوات.\n"
    )
    offenses = _read(text, "ar")
    assert [(o.text, o.articles, o.max_penalty_months, o.penalty_kind) for o in offenses] == [
        ("القتل العمد", ["230"], None, "death"),
        ("السرقة بالإكراه", ["314"], 84, "custodial"),
    ]
    assert offenses[0].iccs_code == "0101"


def test_ocr_line_break_inside_a_charge_still_gives_the_charge() -> None:
    text = (
        "Charges:\n1. Unlawful possession of a\nfirearm\nLaw covering the offence: Article 3"
        " of the Firearms\nControl Act. Maximum penalty possible: up to 15\nyears'"
        " imprisonment.\n\nArrest warrant or judicial\ndecision:\n"
    )
    offenses = _read(text, "en")
    assert [(o.text, o.iccs_code, o.articles, o.max_penalty_months) for o in offenses] == [
        ("Unlawful possession of a firearm", "090111", ["3"], 180)
    ]
    quote = offenses[0].evidence[0].quote
    assert quote == "Unlawful possession of a\nfirearm" and text.count(quote) == 1
    assert offenses[0].evidence[1].quote.startswith("Maximum penalty possible: up to 15\nyears")


def test_and_splits_only_between_two_offences() -> None:
    offenses = _read("He is wanted for murder and armed robbery.", "en")
    assert [o.iccs_code for o in offenses] == ["0101", "0401"]
    offenses = _read("He is wanted for trafficking in persons and organs.", "en")
    assert len(offenses) == 1


def test_a_facts_label_without_its_article_reads_the_summary() -> None:
    text = (
        "Resumen de hechos: el 3 de mayo de 2021, en Cobán, el requerido asaltó una joyería "
        "con un arma de fuego.\nDelitos: robo agravado.\n"
    )
    view = view_page("t", Page(number=1, text=text, method="text-layer"), "es")
    _offenses, facts = read_offenses([view], "red-notice")
    assert facts is not None and facts.value.startswith("el 3 de mayo de 2021, en Cobán")


def test_summary_of_facts_gives_time_and_place() -> None:
    text = (
        "Summary of facts:\nOn 3 May 2021 in Lyon the subject robbed a jeweller at gunpoint.\n"
        "Charges:\nArmed robbery\n"
    )
    view = view_page("t", Page(number=1, text=text, method="text-layer"), "en")
    offenses, facts = read_offenses([view], "red-notice")
    assert facts is not None
    assert facts.value == "On 3 May 2021 in Lyon the subject robbed a jeweller at gunpoint."
    assert facts.evidence is not None and text[facts.evidence.start : facts.evidence.end] == (
        facts.value
    )
    assert [(o.text, o.place, o.dates) for o in offenses] == [
        ("Armed robbery", "Lyon", ["2021-05-03"])
    ]


# ---- penalties --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "months", "kind"),
    [
        ("punishable by up to 10 years' imprisonment", "en", 120, "custodial"),
        ("a maximum penalty of 15 years", "en", 180, "custodial"),
        ("5 to 12 years' imprisonment", "en", 144, "custodial"),
        ("not less than 3 years and not more than 7 years", "en", 84, "custodial"),
        ("punishable by imprisonment for twenty-five years", "en", 300, "custodial"),
        ("punishable by life imprisonment", "en", None, "life"),
        ("punishable by the death penalty", "en", None, "death"),
        ("punishable by a fine", "en", None, "non-custodial"),
        ("liable to corrective labour", "en", None, "non-custodial"),
        ("réclusion criminelle à perpétuité", "fr", None, "life"),
        ("puni de dix ans d'emprisonnement", "fr", 120, "custodial"),
        ("peine d'emprisonnement de 5 à 10 ans", "fr", 120, "custodial"),
        ("trois ans d'emprisonnement et 2 000 000 francs CFA d'amende", "fr", 36, "custodial"),
        ("puni d'une amende de 3 750 euros", "fr", None, "non-custodial"),
        ("pena de prisión de tres a seis años", "es", 72, "custodial"),
        ("de 2 a 8 años de prisión", "es", 96, "custodial"),
        ("prisión de seis meses a dos años", "es", 24, "custodial"),
        ("pena privativa de libertad no mayor de\nun año y seis meses", "es", 18, "custodial"),
        ("multa de cien días", "es", None, "non-custodial"),
        ("يعاقب بالسجن مدة لا تقل عن ثلاث سنوات ولا تزيد على سبع سنوات", "ar", 84, "custodial"),
        ("بالسجن المؤبد", "ar", None, "life"),
        ("يعاقب بالإعدام", "ar", None, "death"),
        ("السجن عشر سنوات", "ar", 120, "custodial"),
        ("الحبس مدة لا تزيد على سنتين", "ar", 24, "custodial"),
        ("يعاقب بغرامة لا تزيد على ألف دينار", "ar", None, "non-custodial"),
        ("no penalty is stated here", "en", None, "unknown"),
    ],
)
def test_maximum_penalty_in_four_languages(
    text: str, lang: str, months: int | None, kind: str
) -> None:
    penalty = read_penalty(text, lang)
    assert (penalty.max_months, penalty.kind) == (months, kind)


@pytest.mark.parametrize(
    ("text", "lang", "sentence", "remaining"),
    [
        ("sentenced to 4 years; remaining to be served: 2 years 3 months", "en", 48, 27),
        ("condamné à 5 ans d'emprisonnement, reste à purger : 3 ans et 6 mois", "fr", 60, 42),
        ("condenado a 3 años de prisión; le quedan por cumplir 14 meses", "es", 36, 14),
        ("حكمت المحكمة بالسجن خمس سنوات. المدة المتبقية: سنتين وستة أشهر", "ar", 60, 30),
    ],
)
def test_sentence_and_remainder(text: str, lang: str, sentence: int, remaining: int) -> None:
    penalty = read_penalty(text, lang)
    assert (penalty.sentence_months, penalty.remaining_months) == (sentence, remaining)


@pytest.mark.parametrize(
    ("text", "lang", "articles"),
    [
        ("Charges: Murder, contrary to Article 158(3) of the Criminal Code.", "en", ["158(3)"]),
        ("Charges: Murder, contrary to Section 302 IPC.", "en", ["302"]),
        ("Charges: Wire fraud, 18 U.S.C. § 1343.", "en", ["1343"]),
        ("Infractions : meurtre, art. 311-8 et 450-1 du Code pénal.", "fr", ["311-8", "450-1"]),
        ("Delitos: homicidio, artículos 368 y 369.1.5ª del Código Penal.", "es",
         ["368", "369.1.5ª"]),
        ("التهمة: القتل العمد، المادة ٢٤٠ من قانون العقوبات.", "ar", ["240"]),
    ],
)
def test_article_identifiers_as_cited(text: str, lang: str, articles: list[str]) -> None:
    offenses = _read(text, lang)
    assert offenses and offenses[0].articles == articles


# ---- Arabic charges, lists and law blocks; sentences in judgments and notices -------------


def _got(offenses: list[Offense]) -> list[tuple[str, str | None, list[str]]]:
    return [(o.text, o.iccs_code, o.articles) for o in offenses]


@pytest.mark.parametrize("noisy", [False, True])
def test_arabic_levantine_offence_classes_are_split_and_kept(noisy: bool) -> None:
    """The legal class ("جرم", "جناية", "جنحة") is part of the charge as written."""
    text = (
        "التهمة: جرم الاحتيال وجرم إساءة الائتمان\n"
        "حكمت المحكمة غيابياً بمعاقبته بالحبس ثلاث سنوات\n"
    )
    if noisy:
        text = (
            "التهمة : جرم الاحتيال  وجرم إساءة الائتمان\n"
            "| حكمت المحكمة غيابيا بمعاقبته بالحبس ٣ سنوات\n"
        )
    offenses = _read(text, "ar", "judgment")
    assert [(o.text, o.iccs_code, o.sentence_months) for o in offenses] == [
        ("جرم الاحتيال", "0701", 36), ("جرم إساءة الائتمان", "07032", 36)
    ]
    for o in offenses:
        assert text[o.evidence[0].start : o.evidence[0].end] == o.evidence[0].quote


def test_arabic_egyptian_indictment_acts_and_law_sentence() -> None:
    text = (
        "أمر إحالة\n"
        "اتهمت النيابة العامة المتهم لأنه في يوم 12/3/2020 بدائرة قسم مصر الجديدة:\n"
        "أولاً: قتل المجني عليه عمداً مع سبق الإصرار بأن بيت النية على قتله.\n"
        "ثانياً: أحرز بغير ترخيص سلاحاً نارياً غير مششخن.\n"
        "وطلبت معاقبته طبقاً للمواد 230 و231 من قانون العقوبات والمادتين 1/1 و26/1 من القانون"
        " 394 لسنة 1954.\n"
    )
    offenses = _read(text, "ar", "indictment")
    articles = ["230", "231", "1/1", "26/1"]
    assert _got(offenses) == [
        ("قتل المجني عليه عمداً مع سبق الإصرار", "0101", articles),
        ("أحرز بغير ترخيص سلاحاً نارياً غير مششخن", "090111", articles),
    ]


def test_arabic_inline_ordinals_in_one_paragraph() -> None:
    text = (
        "لأنه في يوم 5/1/2021 بدائرة قسم الدقي: أولاً: قتل المجني عليه عمداً. ثانياً: أحرز"
        " بغير ترخيص سلاحاً نارياً. وذلك على النحو المبين بالتحقيقات.\n"
    )
    offenses = _read(text, "ar", "indictment")
    assert [o.iccs_code for o in offenses] == ["0101", "090111"]


@pytest.mark.parametrize("noisy", [False, True])
def test_arabic_numbered_list_and_law_block(noisy: bool) -> None:
    text = (
        "التهم المسندة:\n"
        "1- جناية التزوير في أوراق مصرفية واستعمال المزور\n"
        "2- جنحة الاحتيال\n"
        "3- جرم تبييض الأموال\n"
        "القوانين المنطبقة: المواد 453 و454 و655 من قانون العقوبات\n"
    )
    if noisy:  # OCR lost the dashes; the law label runs into the last charge
        text = (
            "التهم المسندة :\n1 جناية التزوير في أوراق مصرفية واستعمال المزور\n2 جنحة الاحتيال\n"
            "3 جرم تبييض الأموال القوانين المنطبقة: المواد ٤٥٣ و٤٥٤ و٦٥٥ من قانون العقوبات\n"
        )
    offenses = _read(text, "ar", "red-notice")
    assert [(o.text, o.iccs_code) for o in offenses] == [
        ("جناية التزوير في أوراق مصرفية واستعمال المزور", "07023"),
        ("جنحة الاحتيال", "0701"),
        ("جرم تبييض الأموال", "07041"),
    ]
    assert all(o.articles == ["453", "454", "655"] for o in offenses)


def test_arabic_charges_label_with_law_and_penalty_labels() -> None:
    text = (
        "الجرائم المنسوبة إليه: تكوين عصابة إجرامية، الاتجار الدولي في المخدرات، غسل الأموال.\n"
        "النصوص القانونية: وفق المادة 1/1 و6 و26/1 من القانون رقم 182 لسنة 1960\n"
        "العقوبة: يعاقب بالإعدام.\n"
    )
    offenses = _read(text, "ar", "diffusion")
    assert _got(offenses) == [
        ("تكوين عصابة إجرامية", "09051", ["1/1", "6", "26/1"]),
        ("الاتجار الدولي في المخدرات", "060121", ["1/1", "6", "26/1"]),
        ("غسل الأموال", "07041", ["1/1", "6", "26/1"]),
    ]
    assert all(o.penalty_kind == "death" for o in offenses)


def test_arabic_breach_of_trust_and_damage_to_public_funds() -> None:
    offenses = _read(
        "حكمت المحكمة غيابياً على المتهم بالحبس ثلاث سنوات بتهمة خيانة الأمانة لأنه بدد"
        " المنقولات المسلمة إليه.\n", "ar", "judgment",
    )
    assert [(o.text, o.iccs_code, o.sentence_months) for o in offenses] == [
        ("خيانة الأمانة", "07032", 36)
    ]
    offenses = _read(
        "التهمة: الإضرار العمدي بأموال الجهة التي يعمل بها، المادتين 116 مكرر و118\n"
        "العقوبة: الحبس مدة لا تقل عن ستة أشهر ولا تزيد على خمس سنوات\n", "ar", "red-notice",
    )
    assert [(o.iccs_code, o.articles, o.max_penalty_months) for o in offenses] == [
        ("07039", ["116 مكرر", "118"], 60)
    ]


# ---- law blocks and law sentences in English, French and Spanish --------------------------


@pytest.mark.parametrize("noisy", [False, True])
def test_english_applicable_law_block_goes_to_every_charge(noisy: bool) -> None:
    text = "Charges:\n1. Cheating\n2. Criminal conspiracy\nApplicable law: Sections 420/120-B IPC\n"
    if noisy:
        text = (
            "Charges :\n1 Cheating\n2) Criminal conspiracy Applicable law : Sections 420/120-B"
            " IPC\n"
        )
    offenses = _read(text, "en", "red-notice")
    assert [o.text for o in offenses] == ["Cheating", "Criminal conspiracy"]
    assert all(o.articles == ["420", "120-B"] for o in offenses)


def test_english_law_sentence_after_the_charge() -> None:
    offenses = _read(
        "He is wanted for trafficking in persons. The conduct is punishable under articles 368"
        " and 369.1.5 of the Criminal Code.\nThe extradition is requested under article 5 of the"
        " treaty.\n", "en", "red-notice",
    )
    assert [(o.iccs_code, o.articles) for o in offenses] == [("0204", ["368", "369.1.5"])]
    offenses = _read(
        "Charges: terrorism financing, conduct defined in Article 2 of Law 1121.", "en"
    )
    assert [(o.text, o.articles) for o in offenses] == [("terrorism financing", ["2"])]


@pytest.mark.parametrize("noisy", [False, True])
def test_french_textes_applicables_and_reported_sentence(noisy: bool) -> None:
    text = (
        "Infractions :\n- Vol aggravé\n- Association de malfaiteurs\n"
        "Textes applicables : faits prévus et réprimés par les articles 311-1, 311-8 et 450-1"
        " du Code pénal.\n"
        "Le tribunal correctionnel de Lyon l'a condamné par défaut à une peine de cinq ans"
        " d'emprisonnement.\n"
    )
    if noisy:
        text = text.replace("- ", "• ").replace("Textes applicables :", "Textes  applicables:")
    offenses = _read(text, "fr", "red-notice")
    assert [(o.text, o.articles, o.sentence_months) for o in offenses] == [
        ("Vol aggravé", ["311-1", "311-8", "450-1"], 60),
        ("Association de malfaiteurs", ["311-1", "311-8", "450-1"], 60),
    ]


@pytest.mark.parametrize("noisy", [False, True])
def test_spanish_fundamentos_de_derecho_and_sub_parts(noisy: bool) -> None:
    text = (
        "Delitos:\n1. Estafa agravada\n2. Falsificación de documento público\n"
        "Fundamentos de derecho: artículos 248, 250 y 390 del Código Penal, pena de prisión de"
        " uno a seis años.\n"
    )
    if noisy:
        text = text.replace("1. ", "1 ").replace("artículos", "articulos")
    offenses = _read(text, "es", "red-notice")
    assert [(o.text, o.articles, o.max_penalty_months) for o in offenses] == [
        ("Estafa agravada", ["248", "250", "390"], 72),
        ("Falsificación de documento público", ["248", "250", "390"], 72),
    ]
    offenses = _read(
        "Delito: Homicidio, tipificado en el art. 106 y arts. 138 e 139 inciso 2 del Código Penal,"
        " con una pena máxima de 15 años de prisión.\n", "es",
    )
    assert [(o.articles, o.max_penalty_months) for o in offenses] == [(["106", "138", "139"], 180)]
    offenses = _read(
        "Cargos: Tráfico de estupefacientes. Conducta descrita en el artículo 376 numeral 3 del"
        " Código Penal, sancionado con prisión de seis meses a dos años.\n", "es",
    )
    assert [(o.text, o.articles, o.max_penalty_months) for o in offenses] == [
        ("Tráfico de estupefacientes", ["376"], 24)
    ]


# ---- sentences imposed ---------------------------------------------------------------------


def test_spanish_judgment_sentence_is_not_a_maximum() -> None:
    text = (
        "SENTENCIA\nFALLO: Condenamos al acusado Juan Pérez como autor de un delito de robo con"
        " violencia, a la pena de tres años de prisión.\n"
    )
    offenses = _read(text, "es", "judgment")
    assert [(o.text, o.iccs_code, o.sentence_months, o.max_penalty_months) for o in offenses] == [
        ("robo con violencia", "0401", 36, None)
    ]


@pytest.mark.parametrize("doc_type", ["judgment", "red-notice", "diffusion", None])
def test_a_reported_sentence_is_read_in_any_document(doc_type: str | None) -> None:
    text = (
        "Charges:\n1. Fraud\n2. Money laundering\n"
        "Summary of facts: The subject was sentenced in absentia to 10 years' imprisonment.\n"
    )
    offenses = _read(text, "en", doc_type)
    assert [(o.text, o.sentence_months) for o in offenses] == [
        ("Fraud", 120), ("Money laundering", 120)
    ]


def test_a_co_accused_sentence_is_not_the_subjects() -> None:
    offenses = _read(
        "Charges: Murder. His co-accused Peter Brown was sentenced to 12 years' imprisonment.\n",
        "en", "diffusion",
    )
    assert [(o.text, o.sentence_months) for o in offenses] == [("Murder", None)]
    assert read_penalty("وحكم على المتهم الثاني بالسجن سبع سنوات", "ar").sentence_months is None
    assert read_penalty("sentenced to 4 years' imprisonment", "en").sentence_months == 48


@pytest.mark.parametrize(
    ("text", "lang", "sentence", "months", "kind"),
    [
        ("condamné à une peine de cinq ans d'emprisonnement", "fr", 60, None, "custodial"),
        ("condenado a la pena de tres (3) años de prisión", "es", 36, None, "custodial"),
        ("حكمت المحكمة غيابياً بمعاقبته بالسجن المشدد خمس عشرة سنة", "ar", 180, None, "custodial"),
        ("بمعاقبته بالحبس سنتين", "ar", 24, None, "custodial"),
        ("يعاقب بالسجن المشدد مدة لا تقل عن خمس سنوات ولا تزيد على خمسة عشر عاماً", "ar", None,
         180, "custodial"),
        ("يعاقب بالسجن مدة ١٠ سنوات", "ar", None, 120, "custodial"),
        ("يعاقب بالأشغال الشاقة المؤقتة", "ar", None, None, "custodial"),
        ("con una pena máxima de 12 años", "es", None, 144, "custodial"),
        ("reclusión de cinco a diez años", "es", None, 120, "custodial"),
        ("pena de prisi0n de 3 a 6 anos", "es", None, 72, "custodial"),
        ("Punishable by imprisonment of up to five (5) years", "en", None, 60, "custodial"),
    ],
)
def test_sentences_and_maxima_more_wordings(
    text: str, lang: str, sentence: int | None, months: int | None, kind: str
) -> None:
    p = read_penalty(text, lang)
    assert (p.sentence_months, p.max_months, p.kind) == (sentence, months, kind)


# ---- one offence with "or"/"and" in its name; lists; junk cut; prose cues; fallback ------


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("Charges:\nTheft or receiving of stolen goods\n", "en",
     ["Theft or receiving of stolen goods"]),
    ("He is wanted for theft or receiving of stolen goods.", "en",
     ["theft or receiving of stolen goods"]),
    ("Infractions :\nFaux et usage de faux en écriture privée ou de commerce\n", "fr",
     ["Faux et usage de faux en écriture privée ou de commerce"]),
    ("Delito: fabricación, tráfico o porte de armas de fuego\n", "es",
     ["fabricación, tráfico o porte de armas de fuego"]),
    ("Se le imputa el delito de fabricación, tráfico o porte de armas de fuego.", "es",
     ["fabricación, tráfico o porte de armas de fuego"]),
    ("التهمة: حيازة وإحراز سلاح ناري بدون ترخيص\n", "ar", ["حيازة وإحراز سلاح ناري بدون ترخيص"]),
    ("التهمه : حيازة و إحراز سلاح ناري بدون ترخيص\n", "ar",
     ["حيازة و إحراز سلاح ناري بدون ترخيص"]),
])
def test_a_conjunction_inside_one_offence_does_not_split(
    text: str, lang: str, want: list[str]
) -> None:
    assert [o.text for o in _read(text, lang, "red-notice")] == want


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("Se le investiga por los delitos de asesinato y robo con violencia.", "es",
     ["asesinato", "robo con violencia"]),
    ("He is charged with wire fraud and conspiracy to commit money laundering.", "en",
     ["wire fraud", "conspiracy to commit money laundering"]),
    ("He is wanted for murder, armed robbery and kidnapping.", "en",
     ["murder", "armed robbery", "kidnapping"]),
    ("مطلوب بتهمة القتل العمد والسرقة بالإكراه.", "ar", ["القتل العمد", "السرقة بالإكراه"]),
])
def test_running_text_lists_of_offences_split(text: str, lang: str, want: list[str]) -> None:
    assert [o.text for o in _read(text, lang, "red-notice")] == want


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("Charges:\n(i) Armed robbery (ii) Kidnapping\n", "en", ["Armed robbery", "Kidnapping"]),
    ("Charges:\n(l) Armed robbery (ii) Kidnapping\n", "en", ["Armed robbery", "Kidnapping"]),
    ("Charges: i) Armed robbery ii) Kidnapping iii) Murder\n", "en",
     ["Armed robbery", "Kidnapping", "Murder"]),
    ("Chefs d'accusation : a) Vol avec arme b) Enlèvement\n", "fr",
     ["Vol avec arme", "Enlèvement"]),
    ("Infractions :\n1° Escroquerie en bande organisée\n2° Blanchiment d'argent\n", "fr",
     ["Escroquerie en bande organisée", "Blanchiment d'argent"]),
    ("Infractions :\n1 ° Escroquerie en bande organisée\n2 ° Blanchiment\n", "fr",
     ["Escroquerie en bande organisée", "Blanchiment"]),
    ("Count 1: Wire fraud\nCount 2: Money laundering\n", "en", ["Wire fraud", "Money laundering"]),
    ("He is charged, first, with wire fraud and, second, with conspiracy to commit money "
     "laundering.", "en", ["wire fraud", "conspiracy to commit money laundering"]),
])
def test_every_item_of_a_list_is_kept_without_its_marker(
    text: str, lang: str, want: list[str]
) -> None:
    offenses = _read(text, lang, "red-notice")
    assert [o.text for o in offenses] == want
    for o in offenses:
        assert text[o.evidence[0].start : o.evidence[0].end] == o.evidence[0].quote


@pytest.mark.parametrize(("text", "lang", "want"), [
    ('Charges:\n(i) "Armed robbery" Laws covering the offence: section 158\n', "en",
     ["Armed robbery"]),
    ("Delito: Robo agravado BIENES AFECTADOS: vehículo\n", "es", ["Robo agravado"]),
    ("Delito: Robo agravado Lugar: Lima\n", "es", ["Robo agravado"]),
    ("التهمة: تزوير محرر رسمي، خلافاً لأحكام المادة 206 من قانون العقوبات\n", "ar",
     ["تزوير محرر رسمي"]),
    ("التهمة: الاتجار بالمخدرات، وذلك خلافا لأحكام المادة 33 من القانون\n", "ar",
     ["الاتجار بالمخدرات"]),
    ("Charges: Fraud, committed by means of a computer system\n", "en", ["Fraud"]),
    ("Infraction : Escroquerie, par le biais de faux documents\n", "fr", ["Escroquerie"]),
    ("Delito: robo con violencia a Juan PÉREZ, con quien mantenía una disputa\n", "es",
     ["robo con violencia"]),
    ("Delito(s) imputado(s): Robo agravado en agravio de Juan PEREZ\n", "es", ["Robo agravado"]),
    ("Charge: Drug trafficking contrary to section 5(3) (a) of the Misuse of Drugs Act\n", "en",
     ["Drug trafficking"]),
    ("القيد والوصف: قتل المجني عليه/ أحمد محمد عمدا مع سبق الإصرار\n", "ar",
     ["قتل المجني عليه/ أحمد محمد عمدا مع سبق الإصرار"]),
])
def test_labels_laws_qualifiers_and_victims_are_cut(text: str, lang: str, want: list[str]) -> None:
    assert [o.text for o in _read(text, lang, "red-notice")] == want


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("The court found him guilty of participation in mass riots accompanied by violence and "
     "sentenced him.", "en", ["participation in mass riots accompanied by violence"]),
    ("He is being investigated for money laundering and tax evasion.", "en",
     ["money laundering", "tax evasion"]),
    ("Il a été reconnu coupable de vol en bande organisée par le tribunal.", "fr",
     ["vol en bande organisée"]),
    ("Il a été mis en examen du chef de trafic de stupéfiants.", "fr", ["trafic de stupéfiants"]),
    ("Fue declarado culpable del delito de homicidio calificado.", "es", ["homicidio calificado"]),
    ("Es requerido por su presunta participación en el delito de tráfico ilícito de drogas.", "es",
     ["tráfico ilícito de drogas"]),
    ("Calificación jurídica: lavado de activos\n", "es", ["lavado de activos"]),
    ("Hechos punibles: estafa agravada\n", "es", ["estafa agravada"]),
    ("أدانته المحكمة بجريمة الاتجار بالمخدرات وحكمت عليه بالسجن.", "ar", ["الاتجار بالمخدرات"]),
    ("الوصف القانوني: الاحتيال\n", "ar", ["الاحتيال"]),
])
def test_prose_of_judgments_and_reports_gives_the_charge(
    text: str, lang: str, want: list[str]
) -> None:
    assert [o.text for o in _read(text, lang, "judgment")] == want


def test_fallback_takes_offences_not_substances_or_objects() -> None:
    text = "The investigation concerns cocaine seized at the port. A firearm was found.\n"
    assert _read(text, "en", "red-notice") == []
    assert _read("ضبط سلاح ناري في المنزل.\n", "ar", "red-notice") == []
    text = (
        "The subject took part in a Conspiracy to Possess with Intent to Distribute a Controlled"
        " Substance\nand a Conspiracy to Import a Controlled Substance.\n"
    )
    assert [o.text for o in _read(text, "en", "red-notice")] == [
        "Conspiracy to Possess with Intent to Distribute a Controlled Substance",
        "Conspiracy to Import a Controlled Substance",
    ]


# ---- several charges in one run, each with its own citation ------------------------------


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("Charges: robbery (Section 392 PC), punishable with ten years; criminal intimidation"
     " (Section 506 PC).\n", "en", [("robbery", ["392"]), ("criminal intimidation", ["506"])]),
    ('He is wanted for "theft of cattle" (Article 150(2) of the Penal Code) and "forgery of'
     ' documents" (Article 300 of the Penal Code).\n', "en",
     [("theft of cattle", ["150(2)"]), ("forgery of documents", ["300"])]),
    ("Mandat d'arrêt des chefs de vol qualifié (article 381 du Code pénal) et association de"
     " malfaiteurs (article 238 du Code pénal), est toujours valide.\n", "fr",
     [("vol qualifié", ["381"]), ("association de malfaiteurs", ["238"])]),
    ("Los hechos son constitutivos de un delito contra la seguridad vial, previsto en el"
     " artículo 379 del Código Penal, castigado con prisión de tres a seis meses, y de un delito"
     " de falsedad documental del artículo 392.\n", "es",
     [("delito contra la seguridad vial", ["379"]), ("falsedad documental", ["392"])]),
    ("وحيث توبع المتهم من أجل جنايتي تكوين عصابة إجرامية طبقاً للفصل 112 من القانون الجنائي،"
     " والاتجار في المخدرات طبقاً للفصل 7 من القانون رقم 5.\n", "ar",
     [("تكوين عصابة إجرامية", ["112"]), ("الاتجار في المخدرات", ["7"])]),
])
def test_charges_joined_after_their_own_citations(
    text: str, lang: str, want: list[tuple[str, list[str]]]
) -> None:
    assert [(o.text, o.articles) for o in _read(text, lang, "arrest-warrant")] == want


def test_no_further_charge_inside_a_penalty_or_a_citation() -> None:
    text = (
        "Los hechos son constitutivos de un delito de robo con violencia e intimidación, previsto"
        " en los artículos 237 y 242.1 del Código Penal, castigado con prisión de dos años y seis"
        " meses a cinco años.\n"
    )
    assert [(o.text, o.articles) for o in _read(text, "es", "judgment")] == [
        ("robo con violencia e intimidación", ["237", "242.1"])
    ]


def test_labels_and_headings_of_legal_qualification() -> None:
    text = "3. Qualifications retenues\n- escroquerie, article 313-1 du Code pénal ;\n" \
        "- abus de confiance, article 314-1 du Code pénal.\n\n4. Situation\nL'intéressé a fui.\n"
    assert [o.text for o in _read(text, "fr")] == ["escroquerie", "abus de confiance"]
    text = "Calificación: estafa agravada (artículo 174 del Código Penal).\n"
    assert [o.text for o in _read(text, "es")] == ["estafa agravada"]
    text = "Counts 1-4: Bank fraud, in violation of 18 U.S.C. § 1344;\n"
    assert [(o.text, o.articles) for o in _read(text, "en")] == [("Bank fraud", ["1344"])]


def test_french_prevention_with_place_and_date_then_victim() -> None:
    text = (
        "PRÉVENU d'avoir, à Namur, le 4 mai 2021, volontairement porté des coups à Marc"
        " Delvaux (article 398 du Code pénal).\n"
    )
    assert [(o.text, o.articles) for o in _read(text, "fr", "judgment")] == [
        ("volontairement porté des coups", ["398"])
    ]


def test_maxima_of_a_separate_law_block_go_to_the_charge_citing_their_article() -> None:
    offenses = _read(
        "INDICTMENT\n"
        "Charges:\n"
        "1. Aggravated burglary contrary to section 304 of the Penal Code.\n"
        "2. Handling stolen goods contrary to section 322 of the Penal Code.\n"
        "Applicable law:\n"
        "Section 304 of the Penal Code provides that aggravated burglary is punishable by "
        "imprisonment for up to fourteen years.\n"
        "Section 322 of the Penal Code provides that handling stolen goods is punishable by "
        "imprisonment for up to seven years.\n",
        "en",
        "indictment",
    )
    by_article = {tuple(o.articles): o.max_penalty_months for o in offenses}
    assert by_article == {("304",): 168, ("322",): 84}


def test_bracketed_figures_of_a_penalty_are_no_enumeration() -> None:
    text = (
        "3. CALIFICACIÓN JURÍDICA\n"
        "- Hurto calificado (artículo 240 del Código Penal), con pena de prisión de seis (6) a"
        " catorce (14) años;\n"
        "- Concierto para delinquir (artículo 340 del Código Penal), con pena de prisión de"
        " cuatro (4) a nueve (9) años.\n"
    )
    assert [o.text for o in _read(text, "es", "indictment")] == [
        "Hurto calificado", "Concierto para delinquir"
    ]


def test_a_block_ends_at_the_next_section_when_the_blank_line_is_lost() -> None:
    caps = (
        "CALIFICACIÓN JURÍDICA\n"
        "- Hurto calificado (artículo 240 del Código Penal);\n"
        "- Concierto para delinquir (artículo 340 del Código Penal).\n"
        "4. MEDIDAS CAUTELARES SOBRE BIENES: dos vehículos y una cuenta bancaria.\n"
    )
    assert [o.text for o in _read(caps, "es", "indictment")] == [
        "Hurto calificado", "Concierto para delinquir"
    ]
    recital = (
        "mis en examen du chef de :\n"
        "- vol en bande organisée, art. 311-9 du Code pénal (quinze ans de réclusion) ;\n"
        "- recel de vol, art. 321-1 du Code pénal (cinq ans d'emprisonnement) ;\n"
        "Attendu que l'intéressé a quitté le territoire et serait établi à Madrid (Espagne) ;\n"
    )
    assert [o.text for o in _read(recital, "fr", "arrest-warrant")] == [
        "vol en bande organisée", "recel de vol"
    ]


def test_charges_listed_after_como_delitos_de_not_a_prosecutor_unit_name() -> None:
    text = (
        "VISTA la solicitud del agente adscrito a la Fiscalía Especializada en Investigación de"
        " Delitos de Secuestro, con fundamento en los artículos 16 y 141,\n"
        "PRIMERO.- Se libra ORDEN DE APREHENSIÓN en contra de PEDRO, por su probable"
        " participación en los hechos que la ley señala como delitos de:\n"
        "a) ROBO CALIFICADO, previsto en el artículo 212, con pena de dos a ocho años;\n"
        "b) LESIONES GRAVES, previsto en el artículo 130, con pena de uno a tres años.\n"
    )
    assert [o.text for o in _read(text, "es", "arrest-warrant")] == [
        "ROBO CALIFICADO", "LESIONES GRAVES"
    ]


def test_second_charge_after_y_de_un_delito_in_a_long_sentence() -> None:
    text = (
        "AUTO\nPRIMERO.- Los hechos revisten los caracteres de un delito de tráfico de drogas,"
        " en su modalidad de sustancias que causan grave daño a la salud y en cantidad de"
        " notoria importancia, previsto en los artículos 368 y 369 del Código Penal, castigado"
        " con pena de prisión de seis años y un día a nueve años, y de un delito de pertenencia"
        " a grupo criminal del artículo 570 ter, castigado con prisión de uno a tres años.\n"
    )
    got = [o.text for o in _read(text, "es", "arrest-warrant")]
    assert got[-1] == "pertenencia a grupo criminal" and len(got) == 2


def test_belgian_lettered_preventions_after_a_charge_header() -> None:
    text = (
        "MANDAT D'ARRÊT PAR DÉFAUT\n"
        "Il existe des indices sérieux de culpabilité à charge de Marc DUBOIS d'avoir, à Liège,"
        " le 3 mars 2022 :\n"
        "A. commis, avec un complice, un vol à l'aide de violences ou de menaces, avec la"
        " circonstance que le coupable a utilisé un véhicule (articles 468 et 471 du Code pénal),"
        " puni de la réclusion de dix ans à quinze ans ;\n"
        "B. commis une extorsion à l'aide de violences, puni par l'article 470 du Code pénal.\n"
    )
    assert [o.text for o in _read(text, "fr", "arrest-warrant")] == [
        "vol à l'aide de violences ou de menaces",
        "extorsion à l'aide de violences",
    ]


def test_a_bare_class_word_is_no_charge_and_the_court_qualification_is() -> None:
    text = (
        "JUDGMENT\n"
        "The court regards these actions as participation in mass riots accompanied by"
        " violence.\n"
        "To find IVANOV Petr guilty of the crime under Article 212(2) of the Criminal Code and"
        " to impose imprisonment for 3 years.\n"
    )
    assert [o.text for o in _read(text, "en", "judgment")] == [
        "participation in mass riots accompanied by violence"
    ]


def test_prose_list_of_two_offences_joined_by_y_and_et() -> None:
    es = (
        "RESUELVE: CONDENAR a Ana RÍOS como autora de los delitos de perturbación en servicio de"
        " transporte público y violencia contra servidor público.\n"
    )
    assert [o.text for o in _read(es, "es", "judgment")] == [
        "perturbación en servicio de transporte público",
        "violencia contra servidor público",
    ]
    fr = (
        "Il est poursuivi pour trafic de stupéfiants et importation de résine de cannabis, faits"
        " prévus et punis par l'article 2 du dahir du 21 mai 1974.\n"
    )
    assert [o.text for o in _read(fr, "fr", "extradition-request")] == [
        "trafic de stupéfiants",
        "importation de résine de cannabis",
    ]


def test_statement_of_offence_label_keeps_the_intent() -> None:
    text = (
        "WARRANT OF ARREST\n"
        "Statement of offence: Wounding with intent to cause grievous bodily harm, contrary to"
        " section 18 of the Offences against the Person Act 1861.\n"
        "Particulars: on 3 May 2022 he wounded John Smith.\n"
    )
    assert [o.text for o in _read(text, "en", "arrest-warrant")] == [
        "Wounding with intent to cause grievous bodily harm"
    ]


def test_a_charge_restated_in_short_later_is_the_same_charge() -> None:
    text = (
        "AUTO\n"
        "PRIMERO.- Los hechos expuestos son constitutivos, sin perjuicio de ulterior calificación,"
        " de un delito de homicidio con ensañamiento del artículo 139 del Código Penal, castigado"
        " con la pena de prisión de quince a veinticinco años, y de un delito de robo con fuerza"
        " en las cosas del artículo 238 del mismo texto legal.\n"
        "SEGUNDO.- SE DECLARA PROCESADO por los delitos de homicidio y robo con fuerza a Luis"
        " GÓMEZ.\n"
    )
    assert [o.text for o in _read(text, "es", "indictment")] == [
        "homicidio con ensañamiento",
        "robo con fuerza en las cosas",
    ]


def test_french_list_after_faits_constitutifs_and_qualifier_of_means() -> None:
    text = (
        "Faits constitutifs des infractions de :\n"
        "1° abus de confiance, prévue et punie par l'article 400 du Code pénal ;\n"
        "2° faux et usage de faux en écriture privée, article 390 du Code pénal ;\n"
    )
    assert [o.text for o in _read(text, "fr", "indictment")] == [
        "abus de confiance",
        "faux et usage de faux en écriture privée",
    ]
    label = (
        "Infraction : diffusion de fausses nouvelles de nature à troubler l'ordre public, par le"
        " biais des réseaux sociaux\n"
    )
    assert [o.text for o in _read(label, "fr", "diffusion")] == [
        "diffusion de fausses nouvelles de nature à troubler l'ordre public"
    ]


def test_offence_named_after_en_la_modalidad_de_in_a_court_letter() -> None:
    text = (
        "Oficio N.º 12-2024\n"
        "Se comunica que, en el expediente seguido contra PÉREZ, JUAN, por el delito contra el"
        " patrimonio en la modalidad de hurto agravado (artículo 186 del Código Penal), la orden"
        " de captura sigue vigente.\n"
    )
    assert [o.text for o in _read(text, "es", "other")] == ["hurto agravado"]
    manner = (
        "AUTO\nLos hechos revisten los caracteres de un delito contra la salud pública, en la"
        " modalidad de sustancias que causan grave daño a la salud, previsto en el artículo 368.\n"
    )
    assert [o.text for o in _read(manner, "es", "arrest-warrant")] == [
        "delito contra la salud pública"
    ]


def test_a_charges_label_wrapped_after_a_semicolon_and_before_a_citation() -> None:
    text = (
        "Charges: robbery (Section 392 IPC), punishable with imprisonment for ten years;\n"
        "criminal intimidation (Section 506 IPC); cheating and dishonestly inducing delivery\n"
        "(Section 420 IPC).\n"
        "A warrant was issued by the Court.\n"
    )
    assert [(o.text, o.articles) for o in _read(text, "en", "indictment")] == [
        ("robbery", ["392"]),
        ("criminal intimidation", ["506"]),
        ("cheating and dishonestly inducing delivery", ["420"]),
    ]


# --- law labels, sub-parts and particulars ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "articles"),
    [
        ("Delito: estafa agravada\nLey: artículo 212, segundo párrafo, del Código Penal\n",
         "es", ["212"]),
        ("Chefs d'inculpation :\n1. abus de confiance\n2. faux en écriture\n"
         "Législation : article 408 bis du Code pénal ; article 12 de la loi n° 2019-04.\n",
         "fr", ["408 bis", "12"]),
        ("Delitos:\n1. Homicidio agravado\n2. Hurto calificado\n"
         "Legislación: artículos 103, 104 numerales 4 y 7, 239 inciso segundo y 241 del Código.\n",
         "es", ["103", "104", "239", "241"]),
    ],
)
def test_a_law_label_line_gives_the_articles_of_the_charges_above(
    text: str, lang: str, articles: list[str]
) -> None:
    offenses = _read(text, lang, "red-notice")
    assert offenses and all(o.articles == articles for o in offenses)


def test_articles_with_a_penalty_aside_between_them() -> None:
    text = (
        "Delitos: Asonada; Daño en bien ajeno\n"
        "La conducta se adecua a los artículos 469 (prisión de uno a dos años) y 265 "
        "(prisión de dos a cinco años) del Código Penal.\n"
    )
    offenses = _read(text, "es", "judgment")
    assert [o.articles for o in offenses] == [["469", "265"], ["469", "265"]]


def test_the_clauses_of_the_particulars_are_no_further_charges() -> None:
    text = (
        "لأنه في يوم 3 مايو 2022 بدائرة قسم العجوزة:\n"
        "أولاً: سرق المنقولات المملوكة للمجني عليه، بأن كسر باب المسكن، وأحرز سلاحاً أبيض.\n"
        "ثانياً: أحرز سلاحاً أبيض بغير مسوغ.\n"
    )
    texts = [o.text for o in _read(text, "ar", "indictment")]
    assert texts == ["سرق المنقولات المملوكة للمجني عليه", "أحرز سلاحاً أبيض بغير مسوغ"]


def test_a_time_and_place_header_before_a_worded_charge() -> None:
    text = (
        "حيث إن النيابة العامة أسندت إلى المتهم أنه بتاريخ 2021/4/2 بدائرة قسم الدقي: "
        "بدد المبالغ المسلمة إليه على سبيل الأمانة، والمملوكة للمجني عليه، وطلبت عقابه "
        "بالمادة 341 من قانون العقوبات.\n"
    )
    offenses = _read(text, "ar", "judgment")
    assert [(o.text, o.articles) for o in offenses] == [
        ("بدد المبالغ المسلمة إليه على سبيل الأمانة", ["341"])
    ]


def test_an_abbreviation_in_a_citation_does_not_end_the_charge_list() -> None:
    text = (
        "Calificación legal: robo agravado (art. 166, inc. 2.º, del Código Penal), reprimido "
        "con prisión de cinco a quince años; tenencia ilegal de arma de fuego (art. 189 bis).\n"
    )
    offenses = _read(text, "es", "diffusion")
    assert [o.text for o in offenses] == ["robo agravado", "tenencia ilegal de arma de fuego"]


# ---- generalisation rules (2026-11, second dev round) -------------------------------------


def test_arabic_aside_between_commas_does_not_end_a_verb_phrase_charge() -> None:
    text = (
        "أمر إحالة\n"
        "بأنه في يوم ٩ من مايو سنة ٢٠٢٢ بدائرة قسم الدقي:\n"
        "١- حاز، بغير ترخيص، مسدساً عيار ٩ مم مما يجوز الترخيص بحيازته.\n"
        "٢- باع، بقصد الربح، أدوية مغشوشة في غير الأحوال المصرح بها.\n"
    )
    assert [o.text for o in _read(text, "ar", "indictment")] == [
        "حاز، بغير ترخيص، مسدساً عيار ٩ مم مما يجوز الترخيص بحيازته",
        "باع، بقصد الربح، أدوية مغشوشة في غير الأحوال المصرح بها",
    ]


def test_arabic_verb_phrase_still_ends_at_its_describing_clause() -> None:
    text = (
        "لأنه في يوم ٣ يناير ٢٠٢٢ بدائرة قسم المعادي:\n"
        "بدد الأجهزة الكهربائية المبينة وصفاً بالأوراق، والمملوكة للمجني عليه سامي فهمي، "
        "وذلك إضراراً به.\n"
    )
    assert [o.text for o in _read(text, "ar", "indictment")] == [
        "بدد الأجهزة الكهربائية المبينة وصفاً بالأوراق"
    ]


def test_arabic_list_joined_by_wa_without_article_and_acts_of_lead() -> None:
    text = (
        "التكييف القانوني\n"
        "تنسب إلى المشتبه فيه أفعال السرقة وخيانة الأمانة وإصدار شيك بدون رصيد، المعاقب "
        "عليها بالمادتين ٣٥٠ و٣٥٥ من القانون الجنائي.\n"
    )
    assert [o.text for o in _read(text, "ar", "police-report")] == [
        "السرقة", "خيانة الأمانة", "إصدار شيك بدون رصيد",
    ]


def test_arabic_label_list_and_its_class_worded_restatement() -> None:
    text = (
        "المتهم: فادي سليم نصر\n"
        "الجرم: الاحتيال والتزوير، بالاشتراك، وفق المادتين ٦٤١ و٤٥٣ من قانون العقوبات\n"
        "لذلك حكمت المحكمة بتجريمه بجنحة الاحتيال وفق المادة ٦٤١ عقوبات.\n"
    )
    assert [o.text for o in _read(text, "ar", "judgment")] == ["الاحتيال", "التزوير"]


def test_arabic_offences_introduced_by_the_following_acts() -> None:
    text = (
        "قد ارتكب الأفعال الآتية:\n"
        "أولاً: اختلاس أموال عامة مسلمة إليه بسبب وظيفته.\n"
        "ثانياً: تزوير محررات رسمية واستعمالها.\n"
    )
    got = [o.text for o in _read(text, "ar", "arrest-warrant")]
    assert got[0] == "اختلاس أموال عامة مسلمة إليه بسبب وظيفته"
    assert got[1].startswith("تزوير محررات رسمية")


def test_french_charges_after_a_label_that_opens_a_sentence() -> None:
    text = (
        "Faits reprochés : Pierre NDONG est poursuivi pour corruption d'agent public et"
        " blanchiment de capitaux, faits prévus et punis par l'article 140 du Code pénal.\n"
    )
    assert [o.text for o in _read(text, "fr", "red-notice")] == [
        "corruption d'agent public", "blanchiment de capitaux",
    ]


def test_french_plural_class_and_repeated_preposition_go_from_each_charge() -> None:
    text = (
        "Attendu qu'il existe des charges suffisantes contre l'inculpé d'avoir commis les crimes"
        " d'assassinat, de vol qualifié et d'association de malfaiteurs, prévus par les"
        " articles 12, 14 et 20 du Code pénal ;\n"
    )
    assert [o.text for o in _read(text, "fr", "indictment")] == [
        "assassinat", "vol qualifié", "association de malfaiteurs",
    ]


def test_english_offences_under_and_contrary_to_section_abbreviated() -> None:
    text = (
        "The suspect is investigated for fraud, for forgery and for money laundering, offences"
        " under sections 415 and 465 of the Penal Code.\n"
    )
    assert [o.text for o in _read(text, "en", "police-report")] == [
        "fraud", "forgery", "money laundering",
    ]
    counts = (
        "The accused was indicted on two counts:\n"
        "Count 1: Theft c/s 254 of the Penal Code Act.\n"
        "Count 2: Obtaining money by false pretences c/s 305 of the Penal Code Act.\n"
    )
    got = [(o.text, o.articles) for o in _read(counts, "en", "judgment")]
    assert got == [("Theft", ["254"]), ("Obtaining money by false pretences", ["305"])]


def test_offence_numbered_item_line() -> None:
    text = (
        "WARRANT TO ARREST\n"
        "Offence 1: Burglary, contrary to section 12 of the Theft Act.\n"
        "Offence 2: Assault causing harm, contrary to section 3 of the Assault Act.\n"
    )
    got = [(o.text, o.articles) for o in _read(text, "en", "arrest-warrant")]
    assert got == [("Burglary", ["12"]), ("Assault causing harm", ["3"])]


def test_spanish_violation_of_articles_then_charges_and_bare_numbers() -> None:
    text = (
        "PRIMERO: Declara culpable al imputado de violar las disposiciones de los artículos 379"
        " y 382 del Código Penal, que tipifican el robo agravado, y 39 y 40 de la Ley 36, sobre"
        " tenencia ilegal de armas; en consecuencia lo condena a diez años de reclusión mayor.\n"
    )
    got = [(o.text, o.articles) for o in _read(text, "es", "judgment")]
    assert got == [("robo agravado", ["379", "382"])]  # the offence's name, without article


def test_spanish_concurso_material_is_no_part_of_the_charge() -> None:
    text = (
        "CALIFICACIÓN LEGAL\n"
        "Los hechos configuran los delitos de estafa y legitimación de capitales, en concurso"
        " material, tipificados en los artículos 216 y 69 del Código Penal.\n"
    )
    assert [o.text for o in _read(text, "es", "indictment")] == [
        "estafa", "legitimación de capitales",
    ]


def test_a_second_law_cited_after_et_par_is_no_charge_and_keeps_its_article() -> None:
    text = (
        "Faits reprochés : il est poursuivi pour concussion et blanchiment de capitaux, faits"
        " prévus et punis par les articles 210 et 211 du Code pénal et par l'article 40 de la"
        " loi relative au blanchiment.\n"
    )
    got = [(o.text, o.articles) for o in _read(text, "fr", "red-notice")]
    assert [t for t, _a in got] == ["concussion", "blanchiment de capitaux"]
    assert all("40" in a for _t, a in got)


def test_a_letter_sub_part_closed_by_a_bracket_does_not_end_the_article_list() -> None:
    text = (
        "CALIFICACIÓN LEGAL\n"
        "Los hechos configuran el delito de secuestro extorsivo, tipificado en los artículos"
        " 215, 216 inciso b) y 218 del Código Penal.\n"
    )
    [offence] = _read(text, "es", "indictment")
    assert offence.articles == ["215", "216", "218"]


def test_no_charge_read_inside_the_long_name_of_a_law() -> None:
    text = (
        "Los hechos configuran el delito de legitimación de capitales, tipificado en el artículo"
        " 69 de la Ley sobre estupefacientes, sustancias psicotrópicas, drogas de uso no"
        " autorizado y financiamiento al terrorismo, N.º 8204.\n"
    )
    assert [o.text for o in _read(text, "es", "indictment")] == ["legitimación de capitales"]


def test_an_ocr_blank_line_inside_a_sentence_does_not_end_the_charges() -> None:
    text = (
        "بأنه في يوم ٥ من مارس سنة ٢٠٢٣ بدائرة قسم شبرا:\n\n"
        "١- سرق المنقولات المبينة وصفاً بالأوراق والمملوكة لشركة النيل للتجارة، وكان ذلك\n\n"
        "ليلاً بطريق الكسر من الخارج.\n\n"
        "٢- أتلف عمداً أموالاً منقولة مملوكة للغير.\n"
    )
    view = view_page("t", Page(number=1, text=text, method="ocr"), "ar")
    got = [o.text for o in read_offenses([view], "indictment")[0]]
    assert got == [
        "سرق المنقولات المبينة وصفاً بالأوراق والمملوكة لشركة النيل للتجارة",
        "أتلف عمداً أموالاً منقولة مملوكة للغير",
    ]


# ---- offence class words from the lexicon (cue.offence-class / -word / -heading) ------------


def test_offence_class_words_come_from_the_cue_lexicon() -> None:
    from pipeline.lexicons.loader import load_lexicon
    from pipeline.understand import charges

    lex = load_lexicon("charge-cues")
    for entry in ("cue.offence-class", "cue.offence-word", "cue.offence-heading"):
        assert lex.get(entry).name
    # terms are folded like the text: "جرائم" is matched as "جرايم"
    assert "جرايم" in charges._headings().split("|")
    assert charges._class_prefix().match("جنايه التزوير")
    assert charges._bare_class().fullmatch("الجنحه")


def test_arabic_plural_heading_word_with_hamza_goes_from_the_charge() -> None:
    text = (
        "التهم المنسوبة إليه:\n"
        "جرائم الاختلاس والتزوير في محررات رسمية، وفق المادتين ٢٣٤ و٢٣٥.\n"
    )
    got = _read(text, "ar", "arrest-warrant")
    assert got[0].text.startswith("الاختلاس")
    assert got[0].articles == ["234", "235"]


# ---- third dev round: trailing law words, count and article leads, more offence names --------


def test_arabic_wording_ends_before_under_and_according_to() -> None:
    text = (
        "التهم المنسوبة إليه:\n"
        "- السرقة بالإكراه تحت المادة ١٧٠ من القانون الجنائي\n"
        "- الاحتيال طبق الفصل ٢٩١ من المجلة الجزائية\n"
    )
    assert [o.text for o in _read(text, "ar", "arrest-warrant")] == ["السرقة بالإكراه", "الاحتيال"]


def test_maghrebi_fraud_and_breach_of_trust_split_in_a_label() -> None:
    text = "التهمة: التحيل وخيانة مؤتمن طبق الفصلين ٢٩١ و٢٩٧ من المجلة الجزائية.\n"
    got = _read(text, "ar", "judgment")
    assert [o.text for o in got] == ["التحيل", "خيانة مؤتمن"]
    assert got[0].iccs_code == "0701"


def test_one_count_of_goes_from_the_charge() -> None:
    text = (
        "The accused stands charged with one count of Seditious practices, contrary to"
        " section 44 of the Penal Code, and two counts of Theft, contrary to section 265 of"
        " the same Code.\n"
    )
    assert [o.text for o in _read(text, "en", "judgment")] == ["Seditious practices", "Theft"]


def test_article_and_por_el_delito_de_go_from_the_charge() -> None:
    text = (
        "Está acusado de la estafa agravada (art. 173 del Código Penal) y por el delito de"
        " asociación ilícita (art. 210 del Código Penal).\n"
    )
    got = [o.text for o in _read(text, "es", "arrest-warrant")]
    assert got == ["estafa agravada", "asociación ilícita"]


def test_defrauding_by_false_pretences_is_one_fraud_charge() -> None:
    text = (
        "CHARGES\n(i) Defrauding by false pretences, contrary to section 10 of the Criminal"
        " Code;\n(ii) Stealing, contrary to section 124 of the Criminal Code.\n"
    )
    got = _read(text, "en", "arrest-warrant")
    assert got[0].text == "Defrauding by false pretences" and got[0].iccs_code == "0701"


def test_numbered_charges_each_followed_by_a_paragraph_of_particulars() -> None:
    text = (
        "Il est reproché au prévenu d'avoir commis les infractions suivantes :\n\n"
        "1. Escroquerie (art. 146 CP)\n\n"
        "En mars 2022, il a convaincu deux retraités de lui confier leurs économies et a\n"
        "disparu avec les fonds.\n\n"
        "2. Vol (art. 139 CP)\n"
        "Le 4 avril 2022, il a dérobé un ordinateur portable.\n\n"
        "Peine maximale encourue : cinq ans.\n"
    )
    got = [(o.text, o.articles) for o in _read(text, "fr", "indictment")]
    assert got == [("Escroquerie", ["146"]), ("Vol", ["139"])]


def test_law_covering_the_offences_label_after_a_numbered_list() -> None:
    text = (
        "Charges:\n1. Kidnapping\n2. Extortion\n"
        "Law covering the offences: Penal Code, section 250; Penal Code, section 287.\n"
        "Maximum penalty: 20 years.\n"
    )
    got = [(o.text, o.articles) for o in _read(text, "en", "red-notice")]
    assert [t for t, _a in got] == ["Kidnapping", "Extortion"]
    assert all(a == ["250", "287"] for _t, a in got)


def test_article_with_a_letter_after_a_slash() -> None:
    text = "Offence: Forgery of official documents (Article 204/B(2) of the Penal Code)\n"
    assert _read(text, "en", "diffusion")[0].articles == ["204/B(2)"]


def test_a_bare_section_restating_a_charged_sub_section_is_not_another_article() -> None:
    text = (
        "who is wanted for the following offences:\n"
        "Count 1 - Cheating, contrary to section 5(2) of the Fraud Act;\n"
        "Count 2 - Conspiracy to defraud, contrary to common law.\n"
        "An offence under section 5 is punishable by imprisonment not exceeding ten years.\n"
    )
    got = [(o.text, o.articles) for o in _read(text, "en", "extradition-request")]
    assert got[0] == ("Cheating", ["5(2)"])
    assert all("5" not in a for _t, a in got)


def _read_ocr(text: str, lang: str, doc_type: str | None = None) -> list[Offense]:
    view = view_page("t", Page(number=1, text=text, method="ocr"), lang)
    return read_offenses([view], doc_type)[0]


def test_ocr_rtl_list_whose_digits_are_misread() -> None:
    # "١-" and "٢-" come out of OCR as "-١" twice; "١." as the letter "ا."
    text = (
        "التهم المنسوبة:\n\n-١ التزوير (المادة ٢٠٠ من قانون الجزاء)\n\n"
        "-١ الرشوة (المادة ٢٠٧ من قانون الجزاء)\n\nالعقوبة: السجن.\n"
    )
    assert [o.text for o in _read_ocr(text, "ar", "police-report")] == ["التزوير", "الرشوة"]
    text = (
        "مسند إليه:\n\nا. جناية السرقة, خلافا لاحكام المادة 400 من قانون العقوبات\n\n"
        "2 جنحة الإيذاء, خلافا لاحكام المادة 334 من قانون العقوبات\n"
    )
    got = [o.text for o in _read_ocr(text, "ar", "arrest-warrant")]
    assert got == ["جناية السرقة", "جنحة الإيذاء"]


def test_information_of_the_crime_of_ends_at_as_defined_under() -> None:
    text = (
        "The undersigned prosecutor accuses Ramon DELA CRUZ of the crime of Qualified Theft,"
        " as defined under Section 6 and penalized under Section 7(b) of Republic Act No."
        " 8042, committed as follows:\n"
    )
    got = [(o.text, o.articles) for o in _read(text, "en", "indictment")]
    assert got == [("Qualified Theft", ["6", "7(b)"])]


def test_particulars_then_their_legal_qualification() -> None:
    text = (
        "Faits reprochés :\n"
        "- à Nantes, entre 2020 et 2021, vendu des véhicules dont il n'était pas propriétaire à"
        " douze acheteurs ; faits qualifiés d'abus de confiance, prévus par l'article 314-1 du"
        " Code pénal ;\n"
        "- détenu les sommes ainsi obtenues : faits qualifiés de recel, art. 321-1 du Code pénal.\n"
    )
    got = [(o.text, o.articles) for o in _read(text, "fr", "judgment")]
    assert got == [("abus de confiance", ["314-1"]), ("recel", ["321-1"])]


def test_spanish_conduct_fitting_the_offence_of_an_article_and_the_sentence_tail() -> None:
    text = (
        "DELITO: apropiación indebida.\n"
        "Que la conducta se adecua al tipo del artículo 345 del Código Penal.\n"
        "POR TANTO: declara a Mario VACA autor del delito de apropiación indebida y le condena"
        " a dos años de reclusión.\n"
    )
    got = [(o.text, o.articles) for o in _read(text, "es", "judgment")]
    assert got == [("apropiación indebida", ["345"])]


def test_ocr_percent_sign_for_the_ordinal_of_a_spanish_article() -> None:
    text = "Delitos imputados: asesinato (artículo 140.1.2% del Código Penal)\n"
    assert _read_ocr(text, "es", "indictment")[0].articles == ["140.1.2ª"]


def test_a_narrative_under_a_charges_heading_is_not_a_charge() -> None:
    text = (
        "Faits reprochés :\n"
        "Entre 2018 et 2020, Paul MBA aurait détourné, au moyen de fausses factures, des fonds"
        " publics.\n"
        "Qualification : détournement de deniers publics (article 184 du Code pénal).\n"
    )
    assert [o.text for o in _read(text, "fr", "diffusion")] == ["détournement de deniers publics"]
    text = "Faits reprochés :\nle vol de 3 véhicules (article 311-1 du Code pénal)\n"
    assert [o.text for o in _read(text, "fr", "diffusion")] == ["vol de 3 véhicules"]


def test_arabic_use_of_the_forged_stays_with_forgery_and_a_comma_wa_class_word_splits() -> None:
    text = (
        "التهم المسندة إليه: جناية التزوير في محررات رسمية واستعمال المزور، وجنحة الاحتيال،"
        " وفق المادتين ٤٥٣ و٦٥٥.\n"
    )
    got = [o.text for o in _read(text, "ar", "indictment")]
    assert got == ["جناية التزوير في محررات رسمية واستعمال المزور", "جنحة الاحتيال"]


def test_offence_named_in_a_penalty_clause_is_no_charge_without_cues() -> None:
    text = (
        "صدر بحقه حكم المحكمة الكبرى الجنائية في القضية رقم ١٢/٢٠٢٢ عن السرقة.\n"
        "ويعاقب على التزوير في محرر رسمي بالسجن مدة لا تزيد على عشر سنوات.\n"
    )
    got = [o.text for o in _read(text, "ar", "extradition-request")]
    assert "السرقة" in got and not any("التزوير" in t for t in got)


def test_arabic_dual_charge_cue_and_prosecution_assigned_cue_open_a_list() -> None:
    text = (
        "صدرت النشرة بحق المعني وذلك بتهمتي:\n"
        "- السرقة، طبقاً للمادة 311 من قانون العقوبات؛\n"
        "- الاحتيال، طبقاً للمادة 405 من قانون العقوبات.\n"
    )
    got = [(o.text, o.articles) for o in _read(text, "ar", "other")]
    assert got == [("السرقة", ["311"]), ("الاحتيال", ["405"])]
    text = (
        "أسندت النيابة العامة إلى المتهم أنه خلال سنة 2021 بدائرة مصراتة:\n"
        "أولاً: زوّر وثيقة رسمية، بأن غيّر بيانات عقد بيع، المعاقب عليه بالمادة 341 من"
        " قانون العقوبات.\n"
        "ثانياً: استعمل المحرر المزور، بأن قدّمه إلى مصلحة التسجيل العقاري.\n"
    )
    got = [o.text for o in _read(text, "ar", "judgment")]
    assert got == ["زوّر وثيقة رسمية", "استعمل المحرر المزور"]


def test_a_foreign_gloss_in_brackets_goes_and_bracketed_sub_sections_stay_cited() -> None:
    text = (
        "2. Offences\n"
        "The person sought is strongly suspected of\n"
        "- aggravated theft (schwerer Diebstahl), punishable under section 128 subsections\n"
        "(1) and (2) of the Criminal Code, with imprisonment from one to ten years;\n"
        "- receiving stolen goods, section 164 subsection (1) of the Criminal Code.\n"
    )
    got = [(o.text, o.articles) for o in _read(text, "en", "extradition-request")]
    assert got == [("aggravated theft", ["128"]), ("receiving stolen goods", ["164"])]


def test_a_speciality_clause_is_no_charge() -> None:
    text = (
        "Charges: fraud, contrary to section 15 of the Fraud Act.\n"
        "The requesting State undertakes that the person will not be prosecuted for offences"
        " committed before surrender other than those of this request.\n"
    )
    assert [o.text for o in _read(text, "en", "extradition-request")] == ["fraud"]
    text = (
        "III. Qualifications et peines encourues\n"
        "a) escroquerie, article 405 du Code pénal : emprisonnement de un à cinq ans ;\n"
        "b) faux en écriture, article 150 du Code pénal.\n\n"
        "L'Etat requérant s'engage à ce que l'intéressé ne soit pas poursuivi pour des faits"
        " antérieurs à la remise.\n"
    )
    got = [(o.text, o.articles) for o in _read(text, "fr", "extradition-request")]
    assert got == [("escroquerie", ["405"]), ("faux en écriture", ["150"])]


def test_prevenu_de_heading_and_a_penalty_named_like_an_offence() -> None:
    text = (
        "PRÉVENU DE :\n"
        "1) Concussion, faits prévus et punis par l'article 120 du Code pénal, de cinq à dix ans"
        " de travaux forcés ;\n"
        "2) Faux en écriture, article 124 du Code pénal, de un à cinq ans de servitude pénale"
        " principale.\n"
    )
    got = [(o.text, o.articles) for o in _read(text, "fr", "arrest-warrant")]
    assert got == [("Concussion", ["120"]), ("Faux en écriture", ["124"])]
    text = "Il a été condamné en 2019 à dix ans de travaux forcés. Le vol a eu lieu à Goma.\n"
    assert "travaux forcés" not in [o.text for o in _read(text, "fr", "arrest-warrant")]


def test_charges_laid_heading_with_an_aside_and_bare_s_sections() -> None:
    text = (
        "Charges laid (charging document filed at the Hamilton District Court):\n"
        "1. Burglary - s 231(1)(a), Crimes Act 1961 (maximum 10 years' imprisonment)\n"
        "2. Indecent assault on a child under 12 - s 132(3) (maximum 10 years' imprisonment)\n"
    )
    got = [(o.text, o.articles) for o in _read(text, "en", "police-report")]
    assert got == [("Burglary", ["231(1)(a)"]),
                   ("Indecent assault on a child under 12", ["132(3)"])]


def test_charges_listed_under_a_law_heading_when_no_cue_names_them() -> None:
    text = (
        "خلاصة الحادث: أقدم المتهم على سرقة محل تجاري.\n\n"
        "المواد القانونية:\n"
        "١- السرقة، وفق أحكام المادة ٤٤٦ من قانون العقوبات وعقوبتها السجن.\n"
        "٢- الاحتيال، وفق المادة ٤٥٦ من قانون العقوبات.\n"
    )
    got = [(o.text, o.articles) for o in _read(text, "ar", "police-report")]
    assert got == [("السرقة", ["446"]), ("الاحتيال", ["456"])]
    text = "Legal provisions:\n- Section 302 of the Penal Code\n- Section 34 of the Penal Code\n"
    assert _read(text, "en", "police-report") == []


def test_a_further_charge_after_a_semicolon_and_a_conjunction() -> None:
    text = ("ACUSACIÓN\nLos hechos son constitutivos de los delitos de: ROBO CON VIOLENCIA, "
            "previsto en el artículo 220 del Código Penal, con pena de cinco a diez años; y "
            "ESTAFA, artículo 229 del mismo Código, con pena de uno a tres años.\n")
    got = [(o.text, o.articles) for o in _read(text, "es", "indictment")]
    assert got == [("ROBO CON VIOLENCIA", ["220"]), ("ESTAFA", ["229"])]


def test_ocr_list_marker_misread_as_a_quote_and_a_law_number_in_brackets() -> None:
    text = ("التهم:\n\n.١ السرقة, خلافاً لأحكام المادة 300 من قانون العقوبات.\n\n"
            "\". الرشوة, خلافاً لأحكام المادة 12 من القرار بقانون رقم (7) لسنة 2019 بشأن "
            "النزاهة.\n\nالوقائع:\nأقدم المتهم على ما تقدم.\n")
    got = [(o.text, o.articles) for o in _read_ocr(text, "ar", "indictment")]
    assert got == [("السرقة", ["300"]), ("الرشوة", ["12"])]


def test_charge_names_on_the_line_under_their_count_headings() -> None:
    text = ("CHARGE SHEET\n\n1st CHARGE (MAC-5501-2023)\n\nHousebreaking by night\n\n"
            "You, Alan TOH, are charged that you, on 3 May 2023, did break into a flat, an "
            "offence under section 457 of the Penal Code.\n\n2nd CHARGE (MAC-5502-2023)\n\n"
            "Receiving stolen property\n\nYou, Alan TOH, are charged that you, on 4 May 2023, "
            "did retain a stolen watch, an offence under section 411 of the Penal Code.\n\n"
            "Dated this 6th day of May 2023.\n")
    got = [(o.text, o.articles) for o in _read(text, "en", "indictment")]
    assert got == [("Housebreaking by night", ["457"]), ("Receiving stolen property", ["411"])]


def test_a_label_line_under_a_count_heading_is_no_charge_name() -> None:
    text = ("WARRANT\n\nCount 1\n\nStatement of offence: Burglary, contrary to section 9 of "
            "the Theft Act 1968.\n\nParticulars: on 2 June 2022 entered a house as a "
            "trespasser.\n")
    assert "Statement of offence" not in [o.text for o in _read(text, "en", "arrest-warrant")]


def test_a_list_of_paragraph_sections_over_a_line_break_and_a_further_paragraph() -> None:
    text = ("Charges:\n\n(a) Serious theft (schwerer Diebstahl) - §§ 127, 128\npara. 2 and 129 "
            "of the Criminal Code\n\n(b) Receiving stolen goods - § 164 para. 2 and 3 StGB\n")
    got = [(o.text, o.articles) for o in _read(text, "en", "red-notice")]
    assert got == [("Serious theft", ["127", "128", "129"]), ("Receiving stolen goods", ["164"])]


def test_offences_in_a_laws_name_and_a_figure_restating_a_number_word_are_no_charges() -> None:
    text = ("Los hechos se subsumen en los delitos de:\n\n- EXTORSIÓN, previsto en el artículo 16 "
            "de la Ley contra el Secuestro y la Extorsión, con pena de diez (10) a quince\n(15) "
            "años de prisión;\n\n- LEGITIMACIÓN DE CAPITALES, previsto en el artículo 35 de la "
            "Ley Orgánica contra la Delincuencia Organizada y Financiamiento al Terrorismo.\n")
    got = [o.text for o in _read(text, "es", "arrest-warrant")]
    assert got == ["EXTORSIÓN", "LEGITIMACIÓN DE CAPITALES"]


def test_an_article_numbered_zero_is_ocr_noise() -> None:
    text = "التهم:\n١- السرقة، خلافاً لأحكام المادتين 01 و 355 من قانون العقوبات.\n"
    got = [o.articles for o in _read_ocr(text, "ar", "indictment")]
    assert got == [["355"]]


def test_the_means_of_a_fraud_is_no_charge_and_a_legal_name_runs_to_its_law() -> None:
    text = ("JUGEMENT CORRECTIONNEL\nAttendu qu'il est reproché au sieur Paul ADJOVI d'avoir à "
            "Cotonou, courant 2021 :\n\n- par l'emploi de manœuvres frauduleuses, notamment de "
            "faux contrats, déterminé des clients à lui remettre des fonds, faits qualifiés "
            "d'escroquerie\nen bande organisée, prévus et punis par l'article 500 du Code "
            "pénal ;\n")
    got = [o.text for o in _read(text, "fr", "judgment")]
    assert got == ["escroquerie en bande organisée"]


def test_committal_formula_lists_the_charges_and_a_class_word_before_the_law_goes() -> None:
    text = ("ORDONNANCE DE RENVOI\nAttendu qu'il existe contre l'inculpé charges suffisantes "
            "d'avoir commis :\n\n1° vol à main armée, crime prévu et puni par l'article 325 du "
            "Code pénal ;\n\n2° recel, délit prévu et puni par l'article 330 du Code pénal.\n")
    got = [(o.text, o.articles) for o in _read(text, "fr", "indictment")]
    assert got == [("vol à main armée", ["325"]), ("recel", ["330"])]


def test_the_class_words_offence_of_and_delito_de_leave_the_charge() -> None:
    got = [o.text for o in _read("WARRANT\nHe stands charged with the offence of arson, "
                                 "punishable under section 436 of the Penal Code.\n", "en",
                                 "arrest-warrant")]
    assert got == ["arson"]
    got = [o.text for o in _read("SOLICITUD DE EXTRADICIÓN\nEl requerido fue condenado por "
                                 "delito de APROPIACIÓN INDEBIDA, previsto en el artículo 253 "
                                 "del Código Penal.\n", "es", "extradition-request")]
    assert got == ["APROPIACIÓN INDEBIDA"]


def test_charges_after_a_referral_for_trial_in_a_dashed_list() -> None:
    text = ("قررت دائرة الاتهام إحالة المتهم على الدائرة الجنائية لمقاضاته من أجل:\n"
            "- السرقة الموصوفة طبق الفصل 260 من المجلة الجزائية؛\n"
            "- الاعتداء بالعنف الشديد طبق الفصل 219 من المجلة الجزائية؛\n")
    got = [(o.text, o.articles) for o in _read(text, "ar", "indictment")]
    assert got == [("السرقة الموصوفة", ["260"]), ("الاعتداء بالعنف الشديد", ["219"])]


def test_an_ordinal_before_a_label_and_an_arabic_label_going_on_over_a_line_break() -> None:
    text = ("ثانياً- التكييف القانوني: جريمة الاحتيال وفق المادة ٤٥٦ من\n"
            "قانون العقوبات، وجريمة التزوير وفق المادة ٢٨٩ منه.\n")
    got = [(o.text, o.articles) for o in _read(text, "ar", "police-report")]
    assert got == [("الاحتيال", ["456"]), ("التزوير", ["289"])]


def test_arabic_article_numbers_in_brackets() -> None:
    text = ("التهم:\n1- الاختلاس، المعاقب عليه بالمادة (112) من قانون العقوبات.\n"
            "2- غسل الأموال، المعاقب عليه بالمادتين (2) و(14) من القانون رقم (80).\n")
    got = [(o.text, o.articles) for o in _read(text, "ar", "indictment")]
    assert got == [("الاختلاس", ["112"]), ("غسل الأموال", ["2", "14"])]


def test_a_heading_naming_who_retained_the_charges_and_the_next_outline_section() -> None:
    text = ("3. Qualification retenue par le juge d'instruction :\n"
            "- vol avec violences (art. 382 du Code pénal) ;\n"
            "- recel (art. 460 du Code pénal).\n"
            "4. Situation. L'intéressé a quitté le territoire le 2 mai 2025.\n")
    got = [(o.text, o.articles) for o in _read(text, "fr", "police-report")]
    assert got == [("vol avec violences", ["382"]), ("recel", ["460"])]


def test_a_legal_qualification_heading_over_a_list_and_swiss_chiffre_sub_parts() -> None:
    text = ("Faits qualifiés de :\n- escroquerie par métier (art. 146 ch. 1 et 2 CP) ;\n"
            "- faux dans les titres (art. 251 al. 1 CP).\n")
    got = [(o.text, o.articles) for o in _read(text, "fr", "indictment")]
    assert got == [("escroquerie par métier", ["146"]), ("faux dans les titres", ["251"])]


def test_facts_found_established_name_the_charge() -> None:
    text = ("Attendu que sont établis les faits de détournement de deniers publics, prévus "
            "et punis par l'article 108 du Code pénal ;\n")
    got = [(o.text, o.articles) for o in _read(text, "fr", "judgment")]
    assert got == [("détournement de deniers publics", ["108"])]


def test_subsections_are_cited_and_a_laws_label_with_a_plural_mark_ends_the_list() -> None:
    text = ("Charges:\n(a) Fraud, contrary to subsection 380(1) of the Criminal Code\n"
            "(b) Forgery\nLaw(s) covering the offence:\n"
            "Forgery: section 366 of the Criminal Code.\n")
    got = [(o.text, o.articles) for o in _read(text, "en", "red-notice")]
    assert got[0] == ("Fraud", ["380(1)"])
    assert [t for t, _a in got] == ["Fraud", "Forgery"]


def test_further_charges_opened_by_a_preposition_after_each_citation() -> None:
    text = ("Que los hechos son constitutivos de los delitos de estafa, previsto en el artículo "
            "468 del Código Penal, de apropiación indebida, previsto en el artículo 470 del mismo "
            "cuerpo legal, y de falsificación de instrumento público, previsto en el artículo "
            "193.\n")
    got = [(o.text, o.articles) for o in _read(text, "es", "arrest-warrant")]
    assert got == [("estafa", ["468"]), ("apropiación indebida", ["470"]),
                   ("falsificación de instrumento público", ["193"])]


def test_a_penalty_after_a_comma_and_a_preposition_is_no_further_charge() -> None:
    text = ("Inculpé de :\n1) Corruption, faits prévus et punis par l'article 147 du Code pénal, "
            "de six mois à deux ans de servitude pénale principale ;\n")
    got = [o.text for o in _read(text, "fr", "arrest-warrant")]
    assert got == ["Corruption"]


def test_the_commission_of_the_offence_of_leaves_the_charge_and_commission_stays_a_name() -> None:
    got = [o.text for o in _read("SENTENCIA\nDECLARA a Juan PÉREZ autor y culpable de la comisión "
                                 "del delito de estafa, y le condena a cinco años de presidio.\n",
                                 "es", "judgment")]
    assert got == ["estafa"]
    got = [o.text for o in _read("Charges:\nCount 1 - Commission of an offence for a criminal "
                                 "organization, contrary to section 467.12 of the Criminal Code.\n",
                                 "en", "extradition-request")]
    assert got == ["Commission of an offence for a criminal organization"]


def test_a_further_charge_after_as_well_as() -> None:
    text = ("Attendu que sont établis les faits de détournement de deniers publics, prévus et "
            "punis par l'article 108 du Code pénal, ainsi que les faits de faux en écriture "
            "publique, prévus et punis par l'article 102 du même code ;\n")
    got = [(o.text, o.articles) for o in _read(text, "fr", "judgment")]
    assert got == [("détournement de deniers publics", ["108"]),
                   ("faux en écriture publique", ["102"])]
    got = [o.text for o in _read("El tribunal lo declara culpable del delito de estafa, previsto "
                                 "en el artículo 468, así como del delito de falsificación, "
                                 "previsto en el artículo 193.\n", "es", "judgment")]
    assert got == ["estafa", "falsificación"]


def test_a_charges_heading_with_a_remark_in_brackets_and_canadian_paragraphs() -> None:
    text = ("2. ACCUSATIONS PORTÉES (dénonciation du 3 mai 2025)\n"
            "a) Vol qualifié (alinéa 344(1)a) du Code criminel)\n"
            "b) Séquestration (paragraphe 279(2) C.cr.)\n")
    offenses = _read(text, "fr", "police-report")
    assert [o.text.split(" (")[0] for o in offenses] == ["Vol qualifié", "Séquestration"]
    assert [a for o in offenses for a in o.articles] == ["344(1)a)", "279(2)"]


def test_a_count_heading_over_its_name_and_its_law_line() -> None:
    text = ("The prosecutor charges that the accused is guilty of the following offences:\n\n"
            "COUNT 1\nTHEFT\nContrary to section 270 of the Penal Code.\n\n"
            "PARTICULARS OF OFFENCE: the accused stole a car.\n\n"
            "COUNT 2\nARSON\nContrary to section 319 of the Penal Code.\n")
    assert [o.text for o in _read(text, "en", "indictment")] == ["THEFT", "ARSON"]


def test_a_count_line_under_the_sentence_is_no_charge() -> None:
    text = ("Count 1 - Theft by a servant: that he stole cash, an offence punishable under section"
            " 370 of the Penal Code.\n\nSENTENCE\nCount 1: four (4) years' imprisonment.\n")
    assert [o.text for o in _read(text, "en", "judgment")] == ["Theft by a servant"]


def test_charges_closed_by_their_citations_after_hechos_punibles() -> None:
    text = ("2. Calificación legal. Los hechos constituyen los hechos punibles de ESTAFA (art. 187"
            " del Código Penal), FALSIFICACIÓN DE SELLOS (art. 252) y LAVADO DE DINERO (art. 196).")
    offenses = _read(text, "es", "extradition-request")
    assert [o.text for o in offenses] == ["ESTAFA", "FALSIFICACIÓN DE SELLOS", "LAVADO DE DINERO"]


def test_a_fine_after_a_penalty_range_opens_no_charge() -> None:
    text = ("Que el delito de ROBO, tipificado en el artículo 217 del Código Penal, se sanciona con"
            " prisión de tres (3) a cinco (5) años y multa, y el delito de ESTAFA, artículo 240 del"
            " mismo cuerpo legal, con prisión de uno (1) a tres (3) años.")
    assert [o.text for o in _read(text, "es", "arrest-warrant")] == ["ROBO", "ESTAFA"]


def test_a_clause_with_its_own_subject_ends_a_charge_in_running_text() -> None:
    text = ("El procesado no compareció; por tratarse de un delito de peculado, la audiencia se"
            " realizó en ausencia.")
    assert [o.text for o in _read(text, "es", "judgment")] == ["peculado"]


def test_detention_until_further_order_leaves_the_stated_maximum() -> None:
    text = ("Inculpé de :\n- vol, faits prévus et réprimés par l'article 318 du Code pénal ;\n"
            "- escroquerie, faits prévus et réprimés par l'article 318 du Code pénal ;\n\n"
            "Peines encourues : emprisonnement de un à cinq ans ;\n\n"
            "MANDONS à tous agents de conduire l'intéressé à la Prison centrale, où il sera"
            " détenu jusqu'à nouvel ordre.\n")
    assert {o.max_penalty_months for o in _read(text, "fr", "arrest-warrant")} == {60}


def test_a_law_title_after_a_spaced_dash_ends_a_charge() -> None:
    text = ("2. OFFENCES\n(i) Theft of livestock - Stock Theft Act [CAP 40], section 3;\n"
            "(ii) Forgery - Penal Code [CAP 135], section 140.\n")
    assert [o.text for o in _read(text, "en", "police-report")] == ["Theft of livestock",
                                                                    "Forgery"]


def test_a_class_word_over_an_article_names_no_charge() -> None:
    text = ("قرار الاتهام\nالتهم:\n١- جناية المادة 547 من قانون العقوبات.\n"
            "٢- جنحة السرقة وفق المادة 636 من قانون العقوبات.\n")
    texts = [o.text for o in _read(text, "ar", "indictment")]
    assert not any(t.startswith("جناية المادة") for t in texts)


def test_the_next_arabic_ordinal_section_ends_a_charges_block() -> None:
    text = ("ثالثاً: التهم والنصوص القانونية\n١- السرقة - المادة ٢٥٠ من قانون الجزاء.\n"
            "رابعاً: الأمر القضائي\nأمر قبض رقم ١٢/٢٠٢٥ صادر عن النيابة العامة.\n")
    assert [o.text for o in _read(text, "ar", "diffusion")] == ["السرقة"]


def test_ocr_roman_section_heading_misread() -> None:
    # "III." read as "I!I.": the charges heading still opens the list of charges
    text = (
        "II. RELACIÓN DEL HECHO\n\nEl 27 de agosto de 2023, en Ciudad del Este, el acusado"
        " efectuó disparos contra la víctima. El hecho fue encargado por una organización"
        " dedicada al contrabando de cigarrillos.\n\n"
        "I!I. CALIFICACIÓN JURÍDICA\n\n"
        "a) Homicidio doloso, art. 105 inc. 1” del Código Penal;\n\n"
        "b) Asociación criminal, art. 239 inc. 1 del Código Penal;\n\n"
        "c) Lavado de dinero, art. 196 inc. 1 del Código Penal.\n\n"
        "IV. PRUEBAS OFRECIDAS\nTestificales.\n"
    )
    got = [(o.text, o.articles) for o in _read_ocr(text, "es", "indictment")]
    assert got == [
        ("Homicidio doloso", ["105"]),
        ("Asociación criminal", ["239"]),
        ("Lavado de dinero", ["196"]),
    ]


def test_ocr_blank_lines_inside_list_items() -> None:
    # OCR puts a blank line inside an item and between items; the next marker in sequence
    # (a dash after a dash, "b)" after "a)") says the list goes on
    text = (
        "3. INFRACCIONES\n\n"
        "- Tráfico internacional de drogas: artículos 5 y 75 de la\n\n"
        "Ley 50-88 sobre Drogas; pena de diez (10) a treinta (30) años.\n\n"
        "- Lavado de activos: artículos 2 y 3 de la Ley 155-17.\n\n"
        "- Asociación de malhechores: artículos 265 y 266 del Código Penal.\n\n"
        "4. ORDEN JUDICIAL\n\nOrden de arresto núm. 2023-AJ-01547.\n"
    )
    got = [o.articles for o in _read_ocr(text, "es", "diffusion")]
    assert got == [["5", "75"], ["2", "3"], ["265", "266"]]
    text = (
        "para ser procesado por los delitos de:\n\n"
        "a) Homicidio calificado - artículo 108, inciso 3, del Código Penal:\n\n"
        "pena privativa de libertad no menor de quince años.\n\n"
        "b) Robo agravado - artículo 189, primer párrafo, del\n"
        "Código Penal: pena no menor de doce ni mayor de veinte años.\n\n"
        "HECHOS: El 18 de diciembre de 2022, en Lima, el requerido disparó.\n"
    )
    got = [(o.text, o.articles) for o in _read_ocr(text, "es", "extradition-request")]
    assert got == [("Homicidio calificado", ["108"]), ("Robo agravado", ["189"])]


def test_ocr_citation_in_brackets_after_a_blank_line_and_a_bullet_read_as_plus() -> None:
    text = (
        "CHARGES:\n"
        "1. Public calls to extremist activity using the Internet\n\n"
        "(Article 307.1, part 2, Criminal Code of the Republic of Tajikistan);\n"
        "2. Participation in the activity of an extremist organisation\n\n"
        "(Article 307.3, part 2, Criminal Code of the Republic of Tajikistan).\n\n"
        "MAXIMUM PENALTY:\nten years.\n"
    )
    assert [o.articles for o in _read_ocr(text, "en", "diffusion")] == [["307.1"], ["307.3"]]
    text = (
        "Delitos:\n"
        "+ Tráfico ilícito de sustancias estupefacientes - art. 27 de la Ley 1340/88;\n\n"
        "+ Asociación criminal - art. 239 del Código Penal.\n\n"
        "Orden judicial: detención dispuesta por A.I. N.° 318/2025.\n"
    )
    got = [(o.text, o.articles) for o in _read_ocr(text, "es", "diffusion")]
    assert got == [
        ("Tráfico ilícito de sustancias estupefacientes", ["27"]),
        ("Asociación criminal", ["239"]),
    ]


def test_ocr_law_block_with_blank_lines_goes_to_the_charges_above() -> None:
    # "القانون الذي ينص على الجريمة" (the notice form's "law covering the offence") over a
    # law block OCR wrote with a blank line before each line
    text = (
        "التهم:\n\n- حيازة مواد مخدرة بقصد الاتجار\n\n"
        "- مقاومة موظفين عموميين أثناء تأدية واجبهم\n\n"
        "القانون الذي ينص على الجريمة:\n\n"
        "المادة 35 من القانون رقم 7 لسنة 1990 بشأن المخدرات والمؤثرات العقلية؛\n\n"
        "المادة 247 من قانون العقوبات.\n\n"
        "العقوبة القصوى المقررة: السجن المؤبد\n"
    )
    got = [(o.text, o.articles) for o in _read_ocr(text, "ar", "red-notice")]
    assert got == [
        ("حيازة مواد مخدرة بقصد الاتجار", ["35", "247"]),
        ("مقاومة موظفين عموميين أثناء تأدية واجبهم", ["35", "247"]),
    ]


def test_arabic_lettered_law_heading_over_offences_with_their_sections() -> None:
    # "ب." opens a section like "B.": the heading cites the laws, each line an offence first
    text = (
        "أ. الوقائع:\n1. في تاريخ 11.1.2024 نقل المتهم في سيارته ثلاث بنادق"
        " وسلمها إلى عميل سري.\n\n"
        "ب. الأحكام القانونية المخالف عليها:\n"
        "1. الاتجار بالسلاح – مخالفة حسب المادة 144(ب2) من قانون العقوبات.\n"
        "2. الابتزاز بالتهديد – مخالفة حسب المادة 428 من القانون ذاته.\n"
    )
    got = {a for o in _read(text, "ar", "indictment") for a in o.articles}
    assert got == {"144(ب2)", "428"}


def test_arabic_laws_after_and_punishable_with_a_conjunction() -> None:
    # "المنصوص والمعاقب عليها بالمواد": the conjunction "و" joined to the cue
    text = (
        "المتابع بجنح:\n1- نشر أخبار كاذبة\n2- إهانة هيئة نظامية\n"
        "الأفعال المنصوص والمعاقب عليها بالمواد 196 مكرر و146 من قانون العقوبات.\n"
    )
    got = [(o.text, o.articles) for o in _read(text, "ar", "judgment")]
    assert got and all(articles == ["196 مكرر", "146"] for _t, articles in got)


def test_ocr_number_in_two_digit_scripts_is_no_article() -> None:
    # "10١" mixes Latin and Arabic-Indic digits: a misreading, left out rather than cited wrong
    text = "التهم:\n- الاحتيال المنصوص عليه في المادة 10١ من قانون العقوبات،\n"
    assert [o.articles for o in _read_ocr(text, "ar", "arrest-warrant")] == [[]]
    text = "التهم:\n- الاحتيال المنصوص عليه في المادة ٦٥٥ من قانون العقوبات،\n"
    assert [o.articles for o in _read_ocr(text, "ar", "arrest-warrant")] == [["655"]]
