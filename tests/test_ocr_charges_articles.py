"""Charges and articles on OCR pages (f5). Tesseract reads the doubled section sign "§§" as
"$$" (one word), and the first Arabic item marker "أ)" of a right-to-left list as "(i": the
bracket mirrored and the alef read as a Latin letter. Fictional texts written for the test.
"""

from __future__ import annotations

import re

from pipeline.extract import ocr
from pipeline.records import Page, PageMethod
from pipeline.understand.charges import _BULLET, read_offenses
from pipeline.understand.pageview import view_page


def _words(*tokens: str) -> dict[str, list[object]]:
    n = len(tokens)
    return {
        "block_num": [1] * n,
        "par_num": [1] * n,
        "line_num": [1] * n,
        "left": [10 * i for i in range(n)],
        "top": [0] * n,
        "width": [8] * n,
        "height": [20] * n,
        "conf": [90.0] * n,
        "text": list(tokens),
    }


def test_double_dollar_word_is_the_doubled_section_sign() -> None:
    text, words, _ = ocr.build_text(_words("Estafa,", "$$", "146,", "147"), 400, 100)
    assert text == "Estafa, §§ 146, 147"
    assert [text[w.start : w.end] for w in words] == ["Estafa,", "§§", "146,", "147"]


def test_single_dollar_word_stays_a_dollar() -> None:
    # the counterpart: one "$" may be money ("$ 500"); the article reader judges it in context
    text, _, _ = ocr.build_text(_words("pago", "de", "$", "500"), 400, 100)
    assert text == "pago de $ 500"


def _charges(text: str, lang: str, method: PageMethod = "ocr") -> list[str]:
    view = view_page(method, Page(number=1, text=text, method=method), lang)
    return [o.text for o in read_offenses([view], None)[0]]


WARRANT = (
    "أمر بإلقاء القبض\n"
    "نأمر بإلقاء القبض على المتهم سعيد نور الدين الزياني من أجل:\n"
    "{first} تكوين عصابة إجرامية, طبقاً للفصلين 301 و302 من مجموعة القانون الجنائي؛\n"
    "ب) المشاركة في إرشاء موظف عمومي, طبقاً للفصل 250 من مجموعة القانون الجنائي.\n"
    "وعليه نأمر جميع أعوان القوة العمومية بتنفيذ هذا الأمر.\n"
)


def test_first_arabic_marker_read_as_latin_is_an_item_marker() -> None:
    # as the reader sees the OCR line once the direction mark is dropped
    assert re.match(_BULLET, "(i تكوين عصابة إجرامية") is not None


def test_bracket_letter_before_latin_words_is_no_item_marker() -> None:
    # the counterpart: "(i" before Latin words stays text
    assert re.match(_BULLET, "(i fraud under section 415") is None


def test_first_arabic_marker_as_written_reads_the_same() -> None:
    # the counterpart: the marker as printed was already an item
    got = _charges(WARRANT.format(first="أ)"), "ar", "text-layer")
    assert got[:1] == ["تكوين عصابة إجرامية"]


def test_latin_bracket_letter_before_latin_words_is_no_arabic_marker() -> None:
    # the counterpart: "(i" before Latin words is not the misread Arabic marker
    text = (
        "ARREST WARRANT\n"
        "The accused is charged with:\n"
        "(i fraud under section 415 of the Penal Code\n"
    )
    assert "(i" not in " ".join(_charges(text, "en"))
