"""Warrant dates and law articles of the f18 development batch, as classes (fictional
texts written for these tests, not copied from the evaluation set)."""

from __future__ import annotations

from tests.understand_helpers import offenses

# ---- a law block's penalty line citing an article less precisely than the charge line
# ("Art. 158/1: imprisonment ..." under "Article 158/1-f") cites the same article once


_LAW_BLOCK = """RED NOTICE
Charges: qualified fraud; laundering of criminal assets

Law(s) covering the offence:
Penal Code No. 4410, Article {first} (fraud using banking systems),
Article 282/1 (laundering of assets acquired from an offence).

Maximum penalty possible:
Art. {short}: imprisonment from three (3) to ten (10) years.
Art. 282/1: imprisonment from three (3) to seven (7) years.
"""


def _all_articles(text: str) -> list[str]:
    return list(dict.fromkeys(a for _c, arts in offenses(text, "en") for a in arts))


def test_penalty_line_citing_the_paragraph_only_is_the_same_article() -> None:
    text = _LAW_BLOCK.format(first="158/1-f", short="158/1")
    assert _all_articles(text) == ["158/1-f", "282/1"]


def test_letter_after_a_bare_number_is_another_article() -> None:
    text = _LAW_BLOCK.format(first="489-F", short="489")
    assert "489" in _all_articles(text)


# ---- OCR sets a blank line after each paragraph of a law block: a line left open by a
# label's colon or an "and" goes on past it; one closed by a full stop does not

_OCR_LAW_BLOCK = """Offence(s): qualified fraud.

Law(s) covering the offence:

Penal Code No. 4410, Article 158/1-f (fraud using banking systems){joint}

Penal Code No. 4410, Article 282/1 (laundering of assets).

Time delay for prescription: 15 years.
"""


def _ocr_articles(text: str) -> list[str]:
    from pipeline.understand.charges import read_offenses
    from tests.understand_helpers import view

    found = read_offenses([view(text, "en", "ocr")], "red-notice")[0]
    return list(dict.fromkeys(a for o in found for a in o.articles))


def test_ocr_law_block_goes_on_past_colon_and_and() -> None:
    assert _ocr_articles(_OCR_LAW_BLOCK.format(joint=" and")) == ["158/1-f", "282/1"]


def test_ocr_law_block_stops_after_a_full_stop() -> None:
    assert "282/1" not in _ocr_articles(_OCR_LAW_BLOCK.format(joint=".\n\nRemarks"))


# ---- a ruling's head line sets the place and the date at both ends of one line, parted by
# a column gap instead of a comma ("City of X          the ninth of May ..."): its own date

_HEAD_GAP = """Translation from Lowish

Case No. 4/2-118/2024

RULING
on the selection of a preventive measure in the form of detention in custody (in absentia)

City of Lowtown{gap}the ninth of May two thousand and twenty-four

Judge of the Lowtown District Court P. R. Ivanova, having examined in closed court session
the petition of the investigator dated 2 May 2024 in respect of

ORLOV Pavel Olegovich, accused of fraud.
Guided by Articles 97, 99, 108 of the Code of Criminal Procedure,
the court RULED:
To select in respect of the accused the preventive measure of detention in custody.

Judge                                              P. R. Ivanova
Translation certified on 20 May 2024.
"""


def _ruling_date(text: str) -> str | None:
    from pipeline.understand.decision import read_decision
    from tests.understand_helpers import view

    found = read_decision([view(text, "en")], "arrest-warrant").date
    return found.normalized if found else None


def test_place_and_date_parted_by_a_column_gap_date_the_ruling() -> None:
    assert _ruling_date(_HEAD_GAP.format(gap="          ")) == "2024-05-09"


def test_place_and_date_in_one_phrase_are_no_head_line() -> None:
    assert _ruling_date(_HEAD_GAP.format(gap=" wrote on ")) is None
