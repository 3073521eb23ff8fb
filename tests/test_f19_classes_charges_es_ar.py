"""Charges of the f19 development batch, Spanish and Arabic, as classes (fictional texts
written for these tests, not copied from the evaluation set)."""

from __future__ import annotations

from pipeline.understand.charges import read_offenses
from tests.understand_helpers import view


def _charges(text: str, lang: str, doc_type: str | None = None) -> list[str]:
    return [o.text for o in read_offenses([view(text, lang, "text-layer")], doc_type)[0]]


# ---- "Los hechos se tipifican como X y Y": the charges the sentence names

_TIPIFICAN = (
    "INFORME POLICIAL N° 12-2025\n"
    "Resultados\n"
    "Se determinó que Mario Quesada Solís vació cuentas ajenas por medio de páginas falsas.\n"
    "Los hechos se tipifican como estafa informática y legitimación de capitales,\n"
    "sancionados en el artículo 217 bis del Código Penal.\n"
)


def test_se_tipifican_como_names_charges() -> None:
    assert _charges(_TIPIFICAN, "es", "police-report") == [
        "estafa informática", "legitimación de capitales"]


def test_tipificado_en_is_still_a_law_reference() -> None:
    text = _TIPIFICAN.replace("Los hechos se tipifican como estafa informática y legitimación "
                              "de capitales,\n", "El hecho está tipificado en la ley,\n")
    assert _charges(text, "es", "police-report") == []


# ---- "وذلك من أجل:" over lettered charges (Maghreb warrants)

_FOR = (
    "أمر دولي بإلقاء القبض\n"
    "نأمر بإلقاء القبض على المسمى: سمير بن علي الفاسي\n"
    "وذلك من أجل:\n"
    "أ) تكوين عصابة إجرامية، طبقاً للفصل 293 من مجموعة القانون الجنائي؛\n"
    "ب) المشاركة في إرشاء موظف عمومي، طبقاً للفصل 251 من مجموعة القانون الجنائي.\n"
    "\n"
    "حرر بفاس في 3 مارس 2024\n"
)


def test_for_colon_heads_lettered_charges() -> None:
    assert _charges(_FOR, "ar", "arrest-warrant") == [
        "تكوين عصابة إجرامية", "المشاركة في إرشاء موظف عمومي"]


def test_for_in_running_text_names_no_list() -> None:
    text = _FOR.replace("وذلك من أجل:\n", "وذلك من أجل تقديمه أمامنا.\n").replace(
        "أ) تكوين عصابة إجرامية، طبقاً للفصل 293 من مجموعة القانون الجنائي؛\n"
        "ب) المشاركة في إرشاء موظف عمومي، طبقاً للفصل 251 من مجموعة القانون الجنائي.\n", "")
    assert _charges(text, "ar", "arrest-warrant") == []


# ---- "ثالثاً: التكييف القانوني والعقوبات" heads the charges; "رابعاً: الضمانات" ends them

_QUALIFICATION = (
    "طلب تسليم\n"
    "ثانياً: ملخص الوقائع\n"
    "أدار المطلوب شبكة من الشركات الوهمية.\n"
    "\n"
    "ثالثاً: التكييف القانوني والعقوبات\n"
    "أ) الاحتيال الجسيم، وفقاً للمادة 372 من القانون الجنائي؛\n"
    "ب) غسل الأموال الجسيم، وفقاً للمادة 337 من القانون ذاته.\n"
    "يعاقب على كل من الجريمتين بالسجن مدة أقصاها ست سنوات.\n"
    "\n"
    "رابعاً: الضمانات\n"
    "تتعهد الدولة الطالبة بألا يحاكم المطلوب إلا عن الجرائم التي سلم من أجلها.\n"
)


def test_qualification_and_penalties_heading_and_guarantees_end() -> None:
    assert _charges(_QUALIFICATION, "ar", "extradition-request") == [
        "الاحتيال الجسيم", "غسل الأموال الجسيم"]


def test_summary_of_facts_heading_heads_no_charges() -> None:
    text = _QUALIFICATION.replace("ثالثاً: التكييف القانوني والعقوبات", "ثالثاً: ملاحظات")
    charges = _charges(text, "ar", "extradition-request")
    # The facts are no charge; the lettered items under "notes", each with its law, are
    # read as charges by the charge tagger where the rules, without a charges heading, read none.
    assert not any("الشركات الوهمية" in c for c in charges)
    assert charges == ["الاحتيال الجسيم", "غسل الأموال الجسيم"]


# ---- "أفعال المتهم تشكل:" at a line's end over the numbered charges

_CONSTITUTE = (
    "حكم جزائي\n"
    "الوقائع: باع المتهم أرضاً لا يملكها مستعملاً وكالات مزورة.\n"
    "التسبيب: ثبت للمحكمة أن أفعال المتهم تشكل:\n"
    "1- جرم الاحتيال خلافاً لأحكام المادة 417 من قانون العقوبات،\n"
    "2- جرم استعمال مزور خلافاً لأحكام المادة 261 من القانون ذاته.\n"
    "\n"
    "لذلك تقرر المحكمة الحكم عليه بالحبس.\n"
)


def test_constitute_colon_heads_numbered_charges() -> None:
    assert _charges(_CONSTITUTE, "ar", "judgment") == ["جرم الاحتيال", "جرم استعمال مزور"]


def test_constitute_in_running_text_names_no_charge() -> None:
    text = (
        "تقرير شرطة\n"
        "إن بقاء المشتبه به طليقاً تشكل خطراً على الشهود في القضية.\n"
    )
    assert _charges(text, "ar", "police-report") == []


# ---- "a) estafa en 37 casos, ...": a one-word offence ends before its number of cases

_CASES = (
    "SOLICITUD DE EXTRADICIÓN\n"
    "III. Calificación jurídica y penas\n"
    "Los hechos constituyen:\n"
    "a) estafa en 12 casos, con carácter profesional (§ 263 StGB);\n"
    "b) falsificación de documentos en 4 casos (§ 267 StGB).\n"
)


def test_one_word_offence_ends_before_its_cases() -> None:
    assert _charges(_CASES, "es", "extradition-request") == [
        "estafa", "falsificación de documentos"]


def test_cases_noun_without_number_stays_in_wording() -> None:
    text = _CASES.replace("a) estafa en 12 casos, con carácter profesional",
                          "a) estafa en casos de carácter profesional")
    assert _charges(text, "es", "extradition-request")[0].startswith("estafa en casos")


# ---- "أ(" on a scan: OCR mirrors the bracket of an Arabic letter that numbers a charge


def test_mirrored_letter_bracket_opens_an_item() -> None:
    text = _QUALIFICATION.replace("أ) الاحتيال", "أ( الاحتيال")
    got = [o.text for o in read_offenses([view(text, "ar", "ocr")], "extradition-request")[0]]
    assert got == ["الاحتيال الجسيم", "غسل الأموال الجسيم"]


def test_bracket_after_a_clitic_opens_no_item() -> None:
    text = _QUALIFICATION.replace(
        "ب) غسل الأموال الجسيم، وفقاً للمادة 337 من القانون ذاته.\n",
        "ب) غسل الأموال الجسيم، وفقاً للمادة 337 من القانون ذاته.\n"
        "ب(حسب الأصول) تم الإبلاغ.\n")
    got = [o.text for o in read_offenses([view(text, "ar", "ocr")], "extradition-request")[0]]
    assert got == ["الاحتيال الجسيم", "غسل الأموال الجسيم"]
