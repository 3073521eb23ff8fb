"""Round-3 charge classes on OCR scans (r3a). OCR of right-to-left text writes the first
item's marker "١-" the other way round ("-١\u200f"), so the list's markers look of two kinds;
and it reads the Arabic comma "،" as a hamza "ء" glued to the word before, so the clause that
refers back to the charges ("، وهي الأفعال ...") no longer ends the last charge's name.
Fictional texts written for the test.
"""

from __future__ import annotations

from pipeline.records import Page, PageMethod
from pipeline.understand.charges import read_offenses
from pipeline.understand.pageview import view_page


def _charges(text: str, method: PageMethod = "ocr") -> list[str]:
    view = view_page(method, Page(number=1, text=text, method=method), "ar")  # kept per method
    return [o.text for o in read_offenses([view], None)[0]]


REPORT = (  # OCR puts a blank line between the lines
    "خلاصة الوقائع: غادر المتهم البلاد عبر منفذ حدودي بتاريخ 3 آذار ويعتقد وجوده في الخارج.\n\n"
    "التهم المنسوبة:\n\n"
    "{first} الاحتيال (المادة 49 من قانون الجزاء)\n\n"
    "٢- غسل الأموال (المادة 6 من قانون مكافحة غسل الأموال)\n\n"
    "العقوبة المقررة: السجن مدة لا تزيد على عشر سنوات.\n\n"
    "الإجراءات: صدر بحق المذكور أمر قبض من الادعاء العام.\n"
)


def test_reversed_first_marker_keeps_the_numbered_list() -> None:
    assert _charges(REPORT.format(first="-١\u200f")) == ["الاحتيال", "غسل الأموال"]


def test_first_marker_in_reading_order_reads_the_same() -> None:
    # the counterpart: the marker as written ("١-") was already one list
    assert _charges(REPORT.format(first="١-")) == ["الاحتيال", "غسل الأموال"]


WARRANT = (
    "أمر بالقبض\n"
    "نأمر بالقبض على المتهم سالم عمر الفرجاني لاتهامه بجناية القتل العمد وبجنحة حمل سلاح"
    " ناري بدون ترخيص{sep} وهي الأفعال المنصوص والمعاقب عليها بالمادتين 230 و 311 من قانون"
    " العقوبات.\n"
)


def test_hamza_read_for_a_comma_ends_the_charge_on_a_scan() -> None:
    got = _charges(WARRANT.format(sep="ء"))
    assert got[-1].endswith("سلاح ناري بدون ترخيص")


def test_comma_as_written_ends_the_charge() -> None:
    # the counterpart: the text layer's comma, as before
    got = _charges(WARRANT.format(sep="،"), "text-layer")
    assert got[-1].endswith("سلاح ناري بدون ترخيص")


def test_hamza_of_a_word_on_a_text_layer_is_no_comma() -> None:
    # the counterpart: on a text layer a final hamza is the word's own letter
    got = _charges(WARRANT.format(sep="ء"), "text-layer")
    assert not got[-1].endswith("سلاح ناري بدون ترخيص")


def test_reversed_first_marker_keeps_a_list_its_dashes_go_on() -> None:
    # a misread figure leaves the next items a dash alone ("“- X"): still one list
    text = REPORT.format(first="-١\u200f").replace("٢- غسل", "“- غسل")
    assert _charges(text) == ["الاحتيال", "غسل الأموال"]


def test_reversed_first_marker_then_a_lettered_section_ends_the_list() -> None:
    # the counterpart: a lettered marker after a blank line is another list, not an item
    text = REPORT.format(first="-١\u200f").replace("٢- غسل", "أ) غسل")
    assert _charges(text) == ["الاحتيال"]
