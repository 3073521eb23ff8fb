"""Layouts and wordings of the f8 development batch (Spanish and Arabic documents) as classes,
in the four languages where each exists (fictional texts written for these tests, not copied
from the evaluation set)."""

from __future__ import annotations

import pytest

from pipeline.understand.charges import read_offenses
from pipeline.understand.decision import read_decision
from tests.understand_helpers import doc_type as _doc_type
from tests.understand_helpers import view as _view


def _read(text: str, lang: str, doc_type: str | None) -> list[tuple[str, list[str], int | None]]:
    return [
        (o.text, o.articles, o.max_penalty_months)
        for o in read_offenses([_view(text, lang)], doc_type)[0]
    ]


# ---- a police report's charges heading that says the offences are under investigation
# ("DELITOS INVESTIGADOS", "OFFENCES INVESTIGATED", "INFRACTIONS INVESTIGUÉES",
# "الجرائم محل التحقيق") over a table: read as a charges heading, not as the unit's name


@pytest.mark.parametrize(
    ("lang", "heading", "row1", "row2", "penalty"),
    [
        ("es", "DELITOS INVESTIGADOS", "| 1 | Hurto agravado | art. 214, Código Penal |",
         "| 2 | Receptación | art. 390, Código Penal |",
         "Pena máxima: de dos a ocho años de prisión."),
        ("en", "OFFENCES INVESTIGATED", "| 1 | Aggravated theft | s. 214, Penal Code |",
         "| 2 | Handling stolen goods | s. 390, Penal Code |",
         "Maximum penalty: eight years' imprisonment."),
        ("fr", "INFRACTIONS INVESTIGUÉES", "| 1 | Vol aggravé | art. 214, Code pénal |",
         "| 2 | Recel | art. 390, Code pénal |", "Peine maximale : huit ans d'emprisonnement."),
    ],
)
def test_investigated_offences_heading_over_a_table(
    lang: str, heading: str, row1: str, row2: str, penalty: str
) -> None:
    text = (
        f"POLICE\nSección de Delitos Patrimoniales\n\n{heading}\n{row1}\n{row2}\n{penalty}"
        "\n\nEND\n"
    )
    got = _read(text, lang, "police-report")
    assert [(c, a) for c, a, _p in got] == [
        (row1.split("|")[2].strip(), ["214"]), (row2.split("|")[2].strip(), ["390"])
    ]
    assert all(p == 96 for _c, _a, p in got)


def test_investigated_offences_heading_in_arabic() -> None:
    text = (
        "مديرية الأمن العام\n\nالجرائم محل التحقيق:\n"
        "1- السرقة الموصوفة\n2- إخفاء أشياء مسروقة\n\nالخلاصة\nيوصى بتعميم البحث عنه.\n"
    )
    assert [c for c, _a, _p in _read(text, "ar", "police-report")] == [
        "السرقة الموصوفة", "إخفاء أشياء مسروقة"
    ]


# ---- a charges table whose law column cites bare numbers ("362 من قانون العقوبات",
# "210 y 211 del Código Penal") under a header cell "المادة" / "Artículo" / "Article" / "Texte"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("ar", "التهم المنسوبة إليه:\nم | التهمة | المادة | العقوبة\n"
               "1 | السرقة | 311 من قانون العقوبات | الحبس 3 سنوات\n"
               "2 | التزوير في محرر رسمي | 211 و212 من قانون العقوبات | السجن 7 سنوات\n\nوتفضلوا",
         [("السرقة", ["311"]), ("التزوير في محرر رسمي", ["211", "212"])]),
        ("es", "DELITOS IMPUTADOS\n| N° | Delito | Artículo |\n"
               "| 1 | Robo con violencia | 237 del Código Penal |\n"
               "| 2 | Lesiones graves | 147 y 148 del Código Penal |\n\nFIN",
         [("Robo con violencia", ["237"]), ("Lesiones graves", ["147", "148"])]),
        ("en", "OFFENCES\n| No. | Offence | Section |\n| 1 | Robbery | 292 of the Penal Code |\n"
               "| 2 | Assault | 251 and 252 of the Penal Code |\n\nEND",
         [("Robbery", ["292"]), ("Assault", ["251", "252"])]),
        ("fr", "INFRACTIONS\n| N° | Infraction | Texte |\n| 1 | Vol | 311-1 du Code pénal |\n"
               "| 2 | Escroquerie | 313-1 et 313-7 du Code pénal |\n\nFIN",
         [("Vol", ["311-1"]), ("Escroquerie", ["313-1", "313-7"])]),
    ],
)
def test_bare_numbers_in_a_tables_law_column_are_articles(
    lang: str, text: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert [(c, a) for c, a, _p in _read(text, lang, "extradition-request")] == expected


# ---- an Egyptian or Gulf verb-phrase charge ends before the amount or the entrustment of
# the property ("... شيكين بمبلغ ...", "... بالأوراق المسلمة إليه على سبيل ..."), and the
# prosecution's request for punishment ("وطلبت النيابة عقابه بالمواد ...") cites the law of
# the charges above, also after a blank line


def test_verb_phrase_charges_end_before_amount_and_entrustment() -> None:
    text = (
        "الاتهام:\nلأنه في يوم 3/4/2021 بدائرة قسم الدقي:\n"
        "أولاً: أعطى بسوء نية المجني عليه خالد سمير شيكين بمبلغ قدره 50,000 جنيه لا يقابلهما "
        "رصيد.\nثانياً: بدد السيارة المبينة بالمحضر المسلمة إليه على سبيل الإيجار.\n\n"
        "وطلبت النيابة عقابه بالمادتين 336 و341 من قانون العقوبات.\n\nالمحكمة\n"
    )
    assert [(c, a) for c, a, _p in _read(text, "ar", "judgment")] == [
        ("أعطى بسوء نية المجني عليه خالد سمير شيكين", ["336", "341"]),
        ("بدد السيارة المبينة بالمحضر", ["336", "341"]),
    ]


# ---- a judgment whose title line is the court's preamble formula ("صدر الحكم الآتي:",
# "a rendu le jugement suivant", "ha dictado la siguiente sentencia"), its operative part
# damaged by OCR


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "باسم الشعب\nمحكمة جنح الزرقاء\nرقم القضية: 55/2022\n\nصدر الحكم الآتي:\n\n"
               "في القضية المرفوعة من النيابة العامة ضد:\nكريم ناصر العلي\n\nالاتهام:\n"
               "لأنه في يوم 2/2/2022 سرق هاتفاً.\n\nفلهذه الأسباب\nحكمت المحكفة بحبس المتهم."),
        ("es", "JUZGADO PENAL N.º 3\nCausa 88/2022\n\nEl Juzgado, en nombre del pueblo, ha "
               "dictado la siguiente sentencia en la causa seguida contra Rubén ORTA por el "
               "delito de hurto.\n\nHECHOS PROBADOS\nEl acusado tomó un teléfono ajeno.\n"),
    ],
)
def test_judgment_preamble_formula_types_the_document(lang: str, text: str) -> None:
    assert _doc_type(text, lang) == "judgment"


# ---- a notice's warrant written as labelled lines under the warrant's own label ("Orden
# de captura: N.º X" over "Fecha: ..." and "Autoridad: ..."), and the Tunisian warrant
# "بطاقة جلب" cited in prose with its date


@pytest.mark.parametrize(
    ("lang", "block", "iso"),
    [
        ("es", "Fecha: 10 de enero de 2024\n\nOrden de captura: N.º 77-2023\n"
               "Fecha: 3 de mayo de 2023\nAutoridad: Juzgado Segundo Penal de Sentencia\n",
         "2023-05-03"),
        ("en", "Date: 10 January 2024\n\nArrest warrant: No. 77/2023\nDate: 3 May 2023\n"
               "Authority: Second Criminal Court\n", "2023-05-03"),
        ("fr", "Date : 10 janvier 2024\n\nMandat d'arrêt : n° 77/2023\nDate : 3 mai 2023\n"
               "Autorité : Tribunal correctionnel de Liège\n", "2023-05-03"),
    ],
)
def test_warrant_label_over_labelled_date_and_authority(
    lang: str, block: str, iso: str
) -> None:
    top, warrant = block.split("\n\n")
    text = (
        f"NOTICE\n{top}\n\n1. IDENTITY\nName: X\n\n2. JUDICIAL DATA\nFacts: the person took "
        f"part in a robbery in 2022.\n\n{warrant}\n3. ACTION\nArrest.\n"
    )
    decision = read_decision([_view(text, lang)], "red-notice")
    assert decision.date is not None and decision.date.normalized == iso


def test_tunisian_bring_in_warrant_cited_with_its_date() -> None:
    text = (
        "محضر بحث عدد 2023/12\n\nوقد أصدر السيد قاضي التحقيق بالمكتب الأول بطاقة جلب دولية "
        "عدد 118/4\nبتاريخ 9 جوان 2023. وتفيد الأبحاث بأن المظنون فيه غادر البلاد.\n"
    )
    decision = read_decision([_view(text, "ar")], "police-report")
    assert decision.date is not None and decision.date.normalized == "2023-06-09"


# ---- "on the basis of article ..." after a charge's name ends it: "سنداً للمادة",
# "sur le fondement de l'article", "con fundamento en el artículo"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("ar", "الجرائم المنسوبة إليه:\n- الاحتيال، سنداً للمادة 655 من قانون العقوبات؛\n"
               "- السرقة، سنداً للمادة 636 من قانون العقوبات.\n\nالقرار\n",
         [("الاحتيال", ["655"]), ("السرقة", ["636"])]),
        ("es", "DELITOS IMPUTADOS:\n- Estafa con fundamento en el artículo 196 del Código "
               "Penal;\n- Hurto con fundamento en el artículo 202 del Código Penal.\n\nFIN\n",
         [("Estafa", ["196"]), ("Hurto", ["202"])]),
    ],
)
def test_on_the_basis_of_article_ends_the_charge(
    lang: str, text: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert [(c, a) for c, a, _p in _read(text, lang, "arrest-warrant")] == expected
