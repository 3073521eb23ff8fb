"""Charges of the retired fields-holdout4 set, as classes (fictional texts written for these
tests, not copied from the evaluation set)."""

from __future__ import annotations

from pipeline.understand.charges import read_offenses
from tests.understand_helpers import view


def _charges(text: str, lang: str, doc_type: str | None = "arrest-warrant") -> list[str]:
    return [o.text for o in read_offenses([view(text, lang)], doc_type)[0]]


# ---- a ";" closes a law's title: "... Act 1974, which, where ..., is punishable ...; and X"

RECITAL = (
    "WARRANT TO APPREHEND DEFENDANT\n\n"
    "AND WHEREAS it is alleged that he thereby committed the crimes of:\n"
    "theft of cattle, contrary to section 12(1)(a) of the Penal Act 1974, which, where\n"
    "the herd is of the value of K5,000.00 or more, is punishable by imprisonment for a term\n"
    "not exceeding ten years; and\n"
    "conspiracy to steal, contrary to section 40 of the Penal Act 1974,\n"
    "punishable by imprisonment for a term not exceeding three years;\n"
)


def test_semicolon_closes_law_title_clause() -> None:
    assert _charges(RECITAL + "\nTHIS IS TO COMMAND YOU to apprehend him.\n", "en") == [
        "theft of cattle", "conspiracy to steal",
    ]


def test_semicolon_then_no_offence_adds_nothing() -> None:
    text = RECITAL.replace("conspiracy to steal, contrary to section 40 of the Penal Act 1974,\n"
                           "punishable by imprisonment for a term not exceeding three years;\n",
                           "the accused has since left the district.\n")
    assert _charges(text + "\nTHIS IS TO COMMAND YOU to apprehend him.\n", "en") == [
        "theft of cattle",
    ]


# ---- "AND WHEREAS ..." after a closed list opens a further ground: the list ends there

GROUND = (
    "AND WHEREAS the said defendant failed to answer a summons served on him on\n"
    "2 May 2025 and is believed to have crossed the border at the northern post\n"
    "by night with two companions and a large sum of money in cash;\n"
    "THIS IS TO COMMAND YOU to apprehend the said defendant and to bring him before\n"
    "the District Court to answer the said information.\n"
)


def test_further_ground_ends_unnumbered_list() -> None:
    text = RECITAL.replace("\n\n", "\n") + GROUND
    assert _charges(text, "en") == ["theft of cattle", "conspiracy to steal"]


def test_ground_word_inside_list_line_does_not_end_it() -> None:
    text = "WARRANT\nCharges:\nMurder;\nRobbery, whereas the victim was armed;\n"
    assert [c.split(",")[0] for c in _charges(text, "en")] == ["Murder", "Robbery"]


# ---- a class word alone ("وجنحة المادة 72"): no offence's name, no charge

CLASS_ONLY = (
    "حكم غيابي\n"
    "اتهم بجناية المادة 547 من قانون العقوبات وجنحة المادة 72 من قانون الأسلحة.\n"
    "أولاً: تجريم المتهم بجناية القتل قصداً المنصوص عليها في المادة 547 عقوبات.\n"
)


def test_class_word_alone_is_no_charge() -> None:
    assert "جنحة" not in _charges(CLASS_ONLY, "ar", "judgment")


def test_class_word_with_name_still_read() -> None:
    got = _charges(CLASS_ONLY, "ar", "judgment")
    assert any("القتل قصداً" in c for c in got)


# ---- "Se le imputa además X": a further charge after the first

FURTHER = (
    "ORDEN DE CAPTURA\n\n"
    "DELITO       : Robo agravado\n\n"
    "SEGUNDO.- Los hechos se subsumen en el artículo 189 del Código Penal. Se le imputa\n"
    "además receptación, prevista en el artículo 194 del mismo Código.\n\n"
    "TERCERO.- El imputado no ha sido habido.\n"
)


def test_imputa_ademas_names_further_charge() -> None:
    assert _charges(FURTHER, "es") == ["Robo agravado", "receptación"]


def test_imputa_with_facts_names_no_charge() -> None:
    text = FURTHER.replace("Se le imputa\nademás receptación, prevista en el artículo 194 del"
                           " mismo Código.", "Se le imputa que, el 2 de mayo, huyó del lugar.")
    assert _charges(text, "es") == ["Robo agravado"]


# ---- a penalty label right under the list ends it; an item's own penalty does not

NOTICE = (
    "RED NOTICE\n"
    "Charges:\n"
    "(a) Arson - section 3 of the Property Act\n"
    "(b) Conspiracy to commit arson - section 9 of the Property Act\n"
    "Maximum penalty: (a) imprisonment for life; (b) imprisonment for fifteen years.\n"
)


def test_penalty_label_ends_charges() -> None:
    assert _charges(NOTICE, "en", "red-notice") == ["Arson", "Conspiracy to commit arson"]


def test_item_own_penalty_after_semicolon_kept_in_list() -> None:
    text = (
        "RED NOTICE\nCharges and laws:\n(a) Arson, Section 3, Property Act;\n"
        "maximum penalty: 10 years' imprisonment.\n(b) Forgery, Section 9, Penal Code;\n"
        "maximum penalty: 7 years' imprisonment.\n"
    )
    assert _charges(text, "en", "red-notice") == ["Arson", "Forgery"]


# ---- a bordered table row wrapped over lines: the table goes on

TABLE = (
    "POLICE REPORT\nOffences under investigation\n"
    "| Offence | Provision | Penalty |\n"
    "| Smuggling of migrants | Migration\n"
    "Control Act, s. 4(1) read with s. 9 | 5\n"
    "to 10 years' imprisonment |\n"
    "| Forgery of travel documents | Passports Act, s.\n"
    "12 | 3 to 7 years' imprisonment |\n"
)


def test_wrapped_table_row_goes_on() -> None:
    assert _charges(TABLE, "en", "police-report") == [
        "Smuggling of migrants", "Forgery of travel documents",
    ]


def test_borderless_table_rows_still_read() -> None:
    text = ("POLICE REPORT\nOffences under investigation\nNo. | Offence | Provision\n"
            "1 | Smuggling of migrants | s. 4\n2 | Forgery of travel documents | s. 12\n")
    assert _charges(text, "en", "police-report") == [
        "Smuggling of migrants", "Forgery of travel documents",
    ]
