"""Warrant dates and document types: the classes of the f17 development batch (an era
before the year, an ordinal day glossed with its figure, a cue on a line that goes on from
the sentence above, the date between an issuing verb and the warrant, a chamber's decision
titled "(MISE EN ACCUSATION)"), in fictional texts written for these tests, not copied
from the evaluation set."""

from __future__ import annotations

from pipeline.understand.decision import read_decision
from pipeline.understand.labels import view_dates
from tests.understand_helpers import doc_type, nationalities, subject, view


def _dates(text: str, lang: str = "en") -> list[str]:
    return [d.iso for d in view_dates(view(text, lang))]


def _warrant_date(text: str, lang: str, kind: str) -> str | None:
    found = read_decision([view(text, lang)], kind).date
    return found.normalized if found else None


# ---- dates: "A.D." before the year, an ordinal day in words glossed with its figure


def test_era_before_the_year():
    assert _dates("Dated this 4th day of June, A.D. 2023.") == ["2023-06-04"]


def test_no_era_still_read():
    assert _dates("Dated this 4th day of June, 2023.") == ["2023-06-04"]


def test_ordinal_day_glossed_with_its_figure():
    assert _dates("Sitting of Monday, the fifth (5th) day of June 2023") == ["2023-06-05"]


def test_bracketed_figure_alone_is_no_day():
    assert _dates("the fifth (see annex) day of June 2023") == []


# ---- a cue on a line that continues the sentence above opens no line of its own


_WRAPPED_WARRANT = (
    "IN THE COURT OF THE SESSIONS JUDGE, KARACHI\nWARRANT OF ARREST\n"
    "To the Station House Officer.\n"
    "WHEREAS the accused Tariq MEHMOOD has absconded, and the warrant earlier\n"
    "issued on 03.04.2023 was returned unexecuted;\n\n"
    "You are hereby directed to arrest the said Tariq MEHMOOD.\n\n"
    "Given under my hand and the seal of the Court, this ninth day\n"
    "of May, 2023.\n"
)


def test_wrapped_cue_yields_to_closing_formula():
    assert _warrant_date(_WRAPPED_WARRANT, "en", "arrest-warrant") == "2023-05-09"


def test_cue_opening_a_sentence_still_leads():
    text = _WRAPPED_WARRANT.replace("and the warrant earlier\nissued on 03.04.2023",
                                    "and a summons was served.\nIssued on 03.04.2023, this")
    assert _warrant_date(text, "en", "arrest-warrant") == "2023-04-03"


# ---- the date between an issuing verb and the warrant it issues


def test_date_between_verb_and_warrant_fr():
    text = ("PROCÈS-VERBAL DE SYNTHÈSE\nSaisi par réquisitoire introductif du 3 février 2024, "
            "le juge d'instruction du Tribunal de Kaédi a décerné le 14 mars 2024 le mandat "
            "d'arrêt international n° 07/2024 contre l'intéressé.\n")
    assert _warrant_date(text, "fr", "police-report") == "2024-03-14"


def test_date_before_the_verb_still_read_fr():
    text = ("PROCÈS-VERBAL DE SYNTHÈSE\nLe 14 mars 2024, le juge d'instruction du Tribunal de "
            "Kaédi a décerné le mandat d'arrêt international n° 07/2024 contre l'intéressé.\n")
    assert _warrant_date(text, "fr", "police-report") == "2024-03-14"


def test_date_between_verb_and_warrant_es():
    text = ("INFORME POLICIAL\nPor auto del 2 de mayo de 2024 el juzgado de Lugo emitió el "
            "9 de mayo de 2024 la orden de detención n.º 45/2024 contra el investigado.\n")
    assert _warrant_date(text, "es", "police-report") == "2024-05-09"


# ---- a chamber's decision titled by its kind under its number


def test_mise_en_accusation_title_is_an_indictment():
    text = ("COUR D'APPEL DE KINDIA\nCHAMBRE D'ACCUSATION\nARRÊT N° 12\n\n"
            "(MISE EN ACCUSATION)\n\nACCUSÉ : KOUYATÉ Mamadou, né le 2 mars 1980.\n"
            "La Chambre, réunie en chambre du conseil, a rendu l'arrêt suivant :\n"
            "PAR CES MOTIFS, prononce la mise en accusation de KOUYATÉ Mamadou.\n")
    assert doc_type(text, "fr") == "indictment"


def test_judgment_citing_the_mise_en_accusation_stays_a_judgment():
    text = ("COUR D'APPEL DE KINDIA\nARRÊT CRIMINEL N° 12\n\n"
            "Vu l'arrêt de la chambre d'accusation portant mise en accusation de KOUYATÉ "
            "Mamadou ;\nLa Cour a rendu l'arrêt suivant :\nPAR CES MOTIFS, la Cour condamne "
            "KOUYATÉ Mamadou à dix ans d'emprisonnement.\n")
    assert doc_type(text, "fr") == "judgment"


# ---- the warrant the document says it rests on beats an earlier one cited before it


_TWO_WARRANTS_ES = (
    "INFORME POLICIAL\n6. Mandamientos\n"
    "El 10 de marzo de 2024 el Juzgado de Instrucción de Braga dictó mandamiento de detención "
    "nacional en el proceso 455/24.1BRG. Al existir indicios de su huida, el mismo juzgado "
    "emitió el 18 de marzo de 2024 la Orden Europea de Detención y Entrega n.º 455/24.1BRG-MDE, "
    "en la que se funda este informe.\n"
)


def _decision(text: str, lang: str, kind: str) -> tuple[str | None, str | None]:
    found = read_decision([view(text, lang)], kind)
    return (found.number.value if found.number else None,
            found.date.normalized if found.date else None)


def test_founding_warrant_beats_the_earlier_es():
    assert _decision(_TWO_WARRANTS_ES, "es", "police-report") == (
        "455/24.1BRG-MDE", "2024-03-18")


def test_without_founding_clause_the_first_complete_stays_es():
    text = _TWO_WARRANTS_ES.replace(", en la que se funda este informe", "")
    assert _decision(text, "es", "police-report")[1] == "2024-03-10"


def test_founding_warrant_beats_the_earlier_en():
    text = ("POLICE REPORT\n5. Warrant\nThe first arrest warrant (Busan District Court, No. "
            "2022-1101, issued 2022. 5. 4.) expired. On 2023. 6. 12. the same court issued a "
            "new arrest warrant, No. 2023-0977, on which this report rests.\n")
    assert _decision(text, "en", "police-report") == ("2023-0977", "2023-06-12")


# ---- a birth date after a prose birth place ("born in X on DATE")


def test_born_in_place_on_date():
    text = ("THE COURT,\nHaving seen the bill whereby Milan JOVIC, a Croatian national\n"
            "born in Split on 4 April 1985, was charged with theft;\n")
    assert [d.normalized for d in subject(text, "en").birth_dates] == ["1985-04-04"]


def test_born_in_place_then_a_sentence_with_a_date_is_no_birth_date():
    text = ("THE COURT,\nHaving seen that Milan JOVIC was born in Split. On 4 April 2015 he "
            "was charged with theft;\n")
    assert [d.normalized for d in subject(text, "en").birth_dates] == []


# ---- "Dated the ..." alone on its line dates an indictment, not a bench warrant cited later


_DATED_INDICTMENT = (
    "THE CIRCUIT CRIMINAL COURT\nBILL OF INDICTMENT\nTHE PEOPLE v SEAMUS BRENNAN\n"
    "STATEMENT OF OFFENCE\nTheft, contrary to section 4 of the Act of 2001.\n"
    "Dated the 9th day of May 2023.\n"
    "For the Director of Public Prosecutions\n\n"
    "The accused failed to appear for arraignment\n\n"
    "and a bench warrant issued on 3 March 2024 (Judge Anne BYRNE).\n"
)


def test_dated_line_of_an_indictment():
    assert _warrant_date(_DATED_INDICTMENT, "en", "indictment") == "2023-05-09"


def test_dated_in_a_sentence_is_no_dated_line():
    text = _DATED_INDICTMENT.replace("Dated the 9th day of May 2023.",
                                     "The statement was dated the 9th day of May 2023 by him.")
    assert _warrant_date(text, "en", "indictment") != "2023-05-09"


# ---- a date before the issuing verb dates another paper when the warrant's own is cued after it


_INDICTMENT_THEN_WARRANT_AR = (
    "طلب تسليم\nالسند القضائي:\n"
    "بعد قبول لائحة الاتهام الصادرة عن النيابة العامة في أنقرة بتاريخ 3 آذار 2022، أصدرت "
    "محكمة الجنايات الخامسة في أنقرة، في الملف رقم 2022/77 أساس، قرار قبض غيابي بحق المطلوب "
    "بتاريخ 8 حزيران 2022، وهو نافذ حتى تاريخه.\n"
)


def test_cued_date_after_the_warrant_beats_an_earlier_act_ar():
    assert _decision(_INDICTMENT_THEN_WARRANT_AR, "ar", "extradition-request")[1] == "2022-06-08"


def test_date_before_the_verb_stays_without_a_cued_one_es():
    text = ("INFORME\nMediante resolución de 14 de junio de 2023, el Juzgado Penal de Cuenca, "
            "causa 88/2023, dictó orden de detención contra el investigado.\n")
    assert _decision(text, "es", "police-report")[1] == "2023-06-14"


def test_same_court_takes_the_earlier_warrants_court():
    found = read_decision([view(_TWO_WARRANTS_ES, "es")], "police-report")
    assert found.authority is not None and "Braga" in found.authority.value


def test_a_court_named_anew_stays_its_own():
    text = _TWO_WARRANTS_ES.replace("el mismo juzgado emitió",
                                    "el Juzgado Central de Lisboa emitió")
    found = read_decision([view(text, "es")], "police-report")
    assert found.authority is not None and "Lisboa" in found.authority.value


# ---- a nationality adjective before "الجنسية" whose comma OCR read as a colon


def test_nisba_before_nationality_label_read_as_colon():
    text = ("أمر بالقبض\nالمتهم حامد يوسف، المولود سنة 1981 بقرية أم دافوق, تشادي الجنسية: تاجر,\n")
    assert nationalities(text, "ar") == ["TD"]


def test_country_on_the_line_above_an_empty_nationality_is_not_read():
    text = "الاسم: حامد يوسف\nبلد الميلاد: تشاد\nالجنسية: غير معروفة\n"
    assert nationalities(text, "ar") == []


# ---- a notice's warrant section: a warrant replaced by a later one is dated by the later


_REPLACED_BLOCK = (
    "INTERPOL RED NOTICE\n"
    "3. ARREST WARRANT OR JUDICIAL DECISION HAVING THE SAME EFFECT\n"
    "Arrest warrant of the Local Court (Amtsgericht) Kassel, file No. 12 Gs 345/21, first "
    "issued on 11/03/2021. Following the extension of the investigation, that warrant was "
    "replaced by the amended arrest warrant of 4 May 2022 (same file number).\n"
    "4. OTHER INFORMATION\nNone.\n"
)


def test_replaced_warrant_in_notice_block():
    assert _decision(_REPLACED_BLOCK, "en", "red-notice")[1] == "2022-05-04"


def test_warrant_in_notice_block_without_replacement():
    text = _REPLACED_BLOCK.replace(
        " Following the extension of the investigation, that warrant was replaced by the "
        "amended arrest warrant of 4 May 2022 (same file number).", "")
    assert _decision(text, "en", "red-notice")[1] == "2021-03-11"


def test_date_opening_the_next_act_is_not_the_warrants_es():
    text = ("INFORME\nMediante resolución de 14 de junio de 2023, el juez del Tribunal de Nitra, "
            "causa 3Tp/12/2023, dictó orden de detención contra el acusado, y el 20 de junio de "
            "2023 dictó orden europea de detención.\n")
    assert _decision(text, "es", "police-report")[1] == "2023-06-14"
