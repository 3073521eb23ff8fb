"""Fields of the f20 batch, second round, as classes (fictional texts written for these
tests): penalties by offence and by count, dates restated from another calendar, a
decision's title line, a police letter asking its bureau for a diffusion, and a charge
an arrested accomplice was referred to court for."""

from __future__ import annotations

from pipeline.understand.charges import read_offenses
from pipeline.understand.decision import read_decision
from tests.understand_helpers import doc_type, view


def _penalties(text: str, lang: str = "en", kind: str = "diffusion") -> dict[str, object]:
    """Each charge's maximum ("life", "death" or months)."""
    return {
        o.text: o.penalty_kind if o.penalty_kind in ("life", "death") else o.max_penalty_months
        for o in read_offenses([view(text, lang)], kind)[0]
    }


def _date(text: str, lang: str, kind: str) -> str | None:
    d = read_decision([view(text, lang)], kind).date
    return d.normalized if d else None


def _number(text: str, lang: str, kind: str) -> str | None:
    d = read_decision([view(text, lang)], kind).number
    return d.value if d else None


# ---- "Penalties: fraud, 2 to 8 years; ...; laundering, 2 to 12 years" after the citations


PENALTY_LIST = (
    "WANTED PERSON DIFFUSION\n\n"
    "Offences: (a) aggravated fraud; (b) forgery of documents; (c) money laundering.\n\n"
    "Legal provisions: Article 101(2) (aggravated fraud), Article 140(1) (forgery of\n"
    "documents) and Article 210(1) (money laundering) of the Criminal Code of Ruritania.\n"
    "Penalties: aggravated fraud, imprisonment from 2 to 8 years; forgery, imprisonment\n"
    "up to 3 years or a fine; money laundering, imprisonment from 2 to 12 years.\n"
)


def test_penalty_named_by_offence_beats_citation_nearby() -> None:
    assert _penalties(PENALTY_LIST)["money laundering"] == 144


def test_penalty_named_by_offence_first_still_its_own() -> None:
    got = _penalties(PENALTY_LIST)
    assert got["aggravated fraud"] == 96
    assert got["forgery of documents"] == 36


# ---- "PENALTIES PRESCRIBED / Count 2 - imprisonment for life": the law's maxima by count


COUNTS = (
    "INDICTMENT\n\nCOUNT 1\nStatement of Offence\n"
    "Burglary, contrary to section 230 of the Criminal Law Act.\n"
    "Particulars of Offence\nJOHN DOE, on the 2nd day of May, 2023, at Main Street,\n"
    "Port Town, broke into the shop of Ann Roe and stole jewellery and cash.\n\n"
    "COUNT 2\nStatement of Offence\n"
    "Manslaughter, contrary to section 97 of the Criminal Law Act.\n"
    "Particulars of Offence\nJOHN DOE, on the 2nd day of May, 2023, at Main Street,\n"
    "Port Town, unlawfully killed Ben Roe, who tried to stop him at the door.\n\n"
    "COUNT 3 (against the second-named accused only)\nStatement of Offence\n"
    "Handling stolen goods, contrary to section 248 of the Criminal Law Act.\n"
    "Particulars of Offence\nRICHARD ROE, between the 3rd and 10th days of May, 2023,\n"
    "at Harbour Road, Port Town, received the jewellery knowing it to be stolen.\n\n"
    "PENALTIES PRESCRIBED\n"
    "Count 1 - imprisonment for not less than five nor more than ten years;\n"
    "Count 2 - imprisonment for life;\n"
    "Count 3 - imprisonment for seven years.\n"
)


def test_count_lines_under_penalty_heading_are_maxima() -> None:
    assert _penalties(COUNTS, kind="indictment")["Manslaughter"] == "life"


def test_count_lines_without_penalty_heading_are_no_maxima() -> None:
    text = COUNTS.replace("PENALTIES PRESCRIBED\n", "")
    assert _penalties(text, kind="indictment")["Manslaughter"] != "life"


# ---- "on 2080/05/14 B.S. (31 August 2023)": the cue before the pair is the Gregorian's


BS_WARRANT = (
    "POLICE REPORT\n\n4. Warrant\n"
    "Pokhara District Court issued an arrest warrant (Pakrau Purji) No.\n"
    "081-WR-00412 against Hari Prasad Gurung on 2081/02/10 B.S. (23 May 2024),\n"
    "valid until 2082/02/10 B.S.\n"
)


def test_warrant_date_restated_in_brackets() -> None:
    assert _date(BS_WARRANT, "en", "police-report") == "2024-05-23"


def test_warrant_date_far_in_another_sentence_not_read() -> None:
    text = BS_WARRANT.replace(
        " on 2081/02/10 B.S. (23 May 2024),",
        ". The accused left the country for Doha and\nwas seen there on 2081/02/10 B.S."
        " (23 May 2024),",
    )
    assert _date(text, "en", "police-report") != "2024-05-23"


# ---- "صدر ... في 15 رجب 1446هـ الموافق 15 يناير 2025م": the signing line's Gregorian date


HIJRI_SIGNED = (
    "قرار اتهام\n\n"
    "تتهم النيابة العامة المتهم سامي خليل الفيتوري بأنه في يوم 3 مارس 2024 سرق سيارة.\n"
    "وقد صدر بحقه أمر بالقبض من النيابة بتاريخ 10 مارس 2024.\n\n"
    "صدر بمكتب النيابة بطرابلس في 15 رجب 1446هـ الموافق 15 يناير 2025م.\n"
    "وكيل النيابة العامة\n"
)


def test_signature_date_after_hijri_date() -> None:
    assert _date(HIJRI_SIGNED, "ar", "indictment") == "2025-01-15"


def test_signature_date_without_hijri_still_read() -> None:
    text = HIJRI_SIGNED.replace("15 رجب 1446هـ الموافق ", "")
    assert _date(text, "ar", "indictment") == "2025-01-15"


# ---- "JUGEMENT CORRECTIONNEL N° 77 DU 4 MARS 2024": the judgment's own date and number


TITLED = (
    "TRIBUNAL DE GRANDE INSTANCE DE KAYES\n\n"
    "JUGEMENT CORRECTIONNEL N° 77 DU 4 MARS 2024\n\n"
    "LE TRIBUNAL,\nAttendu que DIALLO Amadou est poursuivi pour escroquerie ;\n"
    "PAR CES MOTIFS\nLe condamne à trois ans d'emprisonnement.\n\n"
    "Mention : expédition délivrée le 20 mars 2024 au Procureur de la République.\n"
)


def test_title_line_dates_judgment_not_copy() -> None:
    assert _date(TITLED, "fr", "judgment") == "2024-03-04"
    assert _number(TITLED, "fr", "judgment") == "77"


def test_without_title_line_copy_date_kept() -> None:
    text = TITLED.replace("JUGEMENT CORRECTIONNEL N° 77 DU 4 MARS 2024", "JUGEMENT CORRECTIONNEL")
    assert _date(text, "fr", "judgment") == "2024-03-20"


# ---- "إلى / ... (الإنتربول) — م / تعميم متهم هارب": a police letter asking for a diffusion


POLICE_LETTER = (
    "وزارة الداخلية\nمديرية شرطة الميناء\nالعدد: 4410\nالتاريخ: 2024/09/02\n\n"
    "إلى / مديرية الشرطة العربية والدولية (الإنتربول)\n"
    "م / تعميم متهم هارب\n\n"
    "نرفق لكم نسخة من مذكرة القبض بحق المتهم الهارب سعيد ناصر العلي راجين تعميمه دولياً.\n"
)


def test_police_letter_asking_bureau_is_police_report() -> None:
    assert doc_type(POLICE_LETTER, "ar") == "police-report"


def test_bureau_own_diffusion_stays_diffusion() -> None:
    text = POLICE_LETTER.replace("وزارة الداخلية\nمديرية شرطة الميناء",
                                 "الإنتربول - المكتب المركزي الوطني")
    assert doc_type(text, "ar") == "diffusion"


# ---- "ألقي القبض على المتهم X الذي أحيل إلى المحكمة عن تهمة ...": the accomplice's charge


REFERRED = (
    "خلاصة القضية:\n"
    "أقدم المتهم سعيد ناصر العلي بالاشتراك مع المتهم فارس جمال على سرقة محل، "
    "وألقي القبض على المتهم فارس جمال الذي أحيل إلى محكمة الجنايات عن تهمة "
    "الاشتراك في السرقة، في حين هرب المتهم الأول.\n\n"
    "التهم المسندة: السرقة بالإكراه، وفق أحكام المادة 441 من قانون العقوبات.\n"
)


def test_charge_of_arrested_accomplice_not_read() -> None:
    got = [o.text for o in read_offenses([view(REFERRED, "ar")], "police-report")[0]]
    assert not any("الاشتراك" in c for c in got)
    assert any("السرقة بالإكراه" in c for c in got)


def test_charge_after_referral_without_arrest_still_read() -> None:
    text = REFERRED.replace("وألقي القبض على المتهم فارس جمال الذي أحيل",
                            "وأحيل المتهم سعيد ناصر العلي")
    got = [o.text for o in read_offenses([view(text, "ar")], "police-report")[0]]
    assert any("الاشتراك في السرقة" in c for c in got)
