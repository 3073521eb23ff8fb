"""Fields of the f21 development batch, as classes (fictional texts written for these tests):
a common-law caption whose title stands at the right of its "v." line, and a prosecutor's
"CRIMINAL INFORMATION" as a charging act."""

from __future__ import annotations

from tests.understand_helpers import articles, doc_type

# ---- "v.      JUDGMENT OF CONVICTION": the title in a caption's right column


CAPTION = (
    "IN THE SUPREME COURT OF THE REPUBLIC OF RURITANIA\n"
    "TRIAL DIVISION\n\n"
    "REPUBLIC OF RURITANIA,                Criminal Case No. 26-001\n"
    "     Plaintiff,\n"
    "v.                                    {title}\n"
    "PALLAS, John Edmund,\n"
    "     Defendant.\n\n"
    "VERDICT: GUILTY as to Count 1 - Theft, 12 RC § 401, and Count 2 - Fraud, § 402.\n"
    "Count 1: five (5) years of imprisonment; Count 2: three (3) years, concurrent.\n"
)


def test_title_right_of_caption_versus_types_the_document() -> None:
    assert doc_type(CAPTION.format(title="JUDGMENT OF CONVICTION"), "en") == "judgment"


def test_lower_case_words_after_versus_are_no_title() -> None:
    text = (
        "RURITANIA v. the judgment of conviction entered below was appealed.\n"
        "The Defendant John PALLAS remains at large.\n"
    )
    assert doc_type(text, "en") != "judgment"


# ---- "CRIMINAL INFORMATION": a prosecutor's charging act (Fed. R. Crim. P. 7)


def test_criminal_information_in_caption_is_an_indictment() -> None:
    text = CAPTION.format(title="CRIMINAL INFORMATION").replace(
        "VERDICT: GUILTY as to", "The Attorney General charges"
    )
    assert doc_type(text, "en") == "indictment"


def test_information_in_running_text_is_no_title() -> None:
    text = (
        "POLICE REPORT\n\n"
        "The officer received information that John PALLAS had left the island.\n"
    )
    assert doc_type(text, "en") == "police-report"


# ---- an OCR blank line mid-sentence inside a numbered charge's particulars


ITEMS = (
    "John PALLAS is prosecuted for:\n\n"
    "1. Embezzlement, in that in 2025 he diverted public funds entrusted to him;\n\n"
    "an offence provided for by Article 10 of Law n° 12/2020 on corruption, punishable by\n"
    "imprisonment of not more than ten (10) years and a fine of three (3) to five (5) times\n"
    "{gap}the value of the property;\n\n"
    "2. Forgery, in that he produced false invoices; an offence provided for by\n"
    "Article 276 of Law n° 13/2020, punishable by imprisonment of not more than seven (7) years.\n"
)


def test_ocr_gap_inside_particulars_keeps_the_next_item() -> None:
    assert articles(ITEMS.format(gap="\n"), "en", "ocr") == [["10"], ["276"]]


def test_no_gap_reads_the_same() -> None:
    assert articles(ITEMS.format(gap=""), "en", "ocr") == [["10"], ["276"]]
