"""Charges of the f16 development batch (English and Arabic) as classes (fictional texts
written for these tests, not copied from the evaluation set)."""

from __future__ import annotations

from pipeline.understand.charges import read_offenses
from tests.understand_helpers import view


def _charges(text: str, lang: str, doc_type: str | None = "police-report") -> list[str]:
    return [o.text for o in read_offenses([view(text, lang, "ocr")], doc_type)[0]]


# ---- a remark right after an offence that it is not the subject's ("وهي تهمة لا تشمل
# المطلوب", "that offence is not part of the charges"): a co-accused's offence


def test_arabic_co_accused_offence_remarked_as_not_theirs() -> None:
    text = (
        "وقد أحيل شريكه المحاسب سالم عبدو إلى المحاكمة بتهمة إتلاف مستندات محاسبية، وهي تهمة "
        "لا تشمل المطلوب تسليمه.\n\n"
        "يلاحق المطلوب تسليمه لاتهامه باختلاس أموال عامة.\n"
    )
    assert _charges(text, "ar", "extradition-request") == ["اختلاس أموال عامة"]


def test_arabic_offence_without_remark_is_kept() -> None:
    text = (
        "وقد أحيل شريكه المحاسب سالم عبدو إلى المحاكمة بتهمة إتلاف مستندات محاسبية.\n\n"
        "يلاحق المطلوب تسليمه لاتهامه باختلاس أموال عامة.\n"
    )
    assert _charges(text, "ar", "extradition-request") == [
        "إتلاف مستندات محاسبية", "اختلاس أموال عامة"
    ]


def test_english_co_offender_conviction_remarked_as_not_part_of_charges() -> None:
    text = (
        "His associate Tom GREY has since been convicted of forgery; that offence is not part "
        "of the charges against the subject.\n\nCharges: bank fraud and money laundering\n"
    )
    assert _charges(text, "en", "red-notice") == ["bank fraud", "money laundering"]


# ---- a sentence that closes "neither matter forms part of this information": the offences
# it names are other people's


_WARRANT = (
    "WHEREAS information has been laid that JOHN DOE did unlawfully kill one Peter ROE, "
    "that is to say, that he committed the offences of:\n\n"
    "1. Murder, contrary to section 2 of the Offences Against the Person Act;\n"
    "2. Shooting with Intent, contrary to section 20 of the Offences Against\n"
    "   the Person Act.\n\n"
    "The deceased was on bail on a charge of robbery with aggravation, and the witness "
    "Mary ROE has given a statement{tail}.\n"
)


def test_sentence_closing_neither_matter_forms_part() -> None:
    text = _WARRANT.format(tail="; neither matter forms part of this information")
    assert _charges(text, "en", "arrest-warrant") == ["Murder", "Shooting with Intent"]


def test_sentence_without_closing_remark_keeps_its_charge() -> None:
    text = _WARRANT.format(tail=" under caution")
    got = _charges(text, "en", "arrest-warrant")
    assert got[:2] == ["Murder", "Shooting with Intent"]
    assert any(c.startswith("robbery with aggravation") for c in got)


# ---- "that he committed the offences of:" over a numbered list of counts


def test_committed_the_offences_of_over_a_list() -> None:
    text = _WARRANT.format(tail="; neither matter forms part of this information")
    assert "Murder" in _charges(text, "en", "arrest-warrant")
    alone = text.split("The deceased")[0] + (
        "The deceased was on bail on a charge of robbery with aggravation.\n"
    )
    assert _charges(alone, "en", "arrest-warrant")[:2] == ["Murder", "Shooting with Intent"]


def test_committed_the_offences_without_list_names_none() -> None:
    text = "The court found that he committed the offences described in the report.\n"
    assert _charges(text, "en", "arrest-warrant") == []


# ---- "، وهما جريمتان منصوص عليهما في ...": the clause that refers back to the charges
# before their law ends the last one


def test_arabic_dual_back_reference_ends_the_charge() -> None:
    text = (
        "يلاحق المطلوب لاتهامه باختلاس أموال عامة وغسل الأموال، وهما جريمتان منصوص عليهما "
        "في المادة 162 من قانون العقوبات.\n"
    )
    assert _charges(text, "ar", "extradition-request") == ["اختلاس أموال عامة", "غسل الأموال"]


def test_arabic_charge_without_back_reference_unchanged() -> None:
    text = "يلاحق المطلوب لاتهامه باختلاس أموال عامة وغسل الأموال.\n"
    assert _charges(text, "ar", "extradition-request") == ["اختلاس أموال عامة", "غسل الأموال"]
