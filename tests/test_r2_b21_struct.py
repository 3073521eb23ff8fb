"""Behaviour tests for the b21 consistency and compliance classes of round 2: false alarms in
the comparison of charges, names and articles across documents and in the judicial-data
check, each fixed by a rule or a cue, with a counterpart that must still read the other way.

Each text is fictional and written for the test; none is taken from a case file.
"""

from __future__ import annotations

from pathlib import Path

from tests.test_flags import analyze, codes, held, packet

# ------------------------------------------------- an offence word naming a group ("the ranks of")

LOOTING_NOTICE = (
    "نشرة حمراء — المكتب المركزي الوطني\n"
    "الاسم: كمال يوسف حامد الطيب، مواليد 1980، سوداني.\n"
    "الوقائع: خلال عام 2023 بمدينة كسلا، شارك المتهم في نهب ممتلكات المواطنين.\n"
    "التهم: النهب، المادة 175 من القانون الجنائي لسنة 1991.\n"
    "العقوبة القصوى: السجن عشرين سنة.\n"
    "أمر قبض رقم 41/2024 بتاريخ 2024/03/17.\n"
)


def _looting_warrant(reasons: str) -> str:
    return (
        "النيابة العامة — نيابة كسلا\n"
        "أمر قبض رقم 41/2024 بتاريخ 2024/03/17\n"
        "بحق المتهم: كمال يوسف حامد الطيب.\n"
        f"{reasons}\n"
    )


def test_an_offence_word_after_the_ranks_of_names_a_group(tmp_path: Path) -> None:
    """"في صفوف التمرد" (in the ranks of the rebellion) names the rebel forces, not a charge
    of rebellion: the warrant's reasons are not compared with the notice's looting."""
    warrant = _looting_warrant(
        "الأسباب: حيث إن عدداً من أقاربه يقاتلون في صفوف التمرد، فإن البيّنة المبدئية متوفرة."
    )
    _packet, assessment = packet(
        tmp_path,
        {"notice.txt": ("red-notice", LOOTING_NOTICE), "amr.txt": ("arrest-warrant", warrant)},
        "SD",
    )
    assert "consistency.charges" not in codes(assessment)


def test_a_warrant_charging_rebellion_still_differs(tmp_path: Path) -> None:
    warrant = _looting_warrant("التهمة: التمرد، ويُقبض عليه.")
    _packet, assessment = packet(
        tmp_path,
        {"notice.txt": ("red-notice", LOOTING_NOTICE), "amr.txt": ("arrest-warrant", warrant)},
        "SD",
    )
    assert "consistency.charges" in codes(assessment)


# ------------------------------------------------------- conspiracy: no class of its own

def _narcotics_notice(charge: str) -> str:
    return (
        "WANTED PERSON DIFFUSION - NCB BANGKOK\n"
        "Name: SRISUK, Anan. Born 3 March 1985, Lampang. Thai.\n"
        "Facts: On 2 April 2023 police at the Mae Sot checkpoint found 8 kg of heroin in a car"
        " the subject had hired; messages on his phone show he arranged the delivery.\n"
        f"Charge: {charge}, Narcotics Code B.E. 2564. Maximum penalty: life imprisonment.\n"
        "Warrant: Tak Provincial Court, warrant No. 214/2566, 9 April 2023.\n"
    )


NARCOTICS_WARRANT = (
    "TAK PROVINCIAL COURT - ARREST WARRANT No. 214/2566\n"
    "Date: 9 April 2023\n"
    "Person to be arrested: Mr Anan SRISUK, born 3 March 1985.\n"
    "Offence: jointly possessing Category 1 narcotics (heroin), 8 kg, for sale, at Mae Sot"
    " district on 2 April 2023.\n"
)


def test_conspiracy_beside_a_drug_charge_is_no_other_class(tmp_path: Path) -> None:
    """"possession of narcotics for sale and conspiracy" against a warrant for possessing
    heroin for sale: conspiracy attaches to the drug offence, it is no class to compare."""
    notice = _narcotics_notice(
        "possession of Category 1 narcotics for the purpose of sale and conspiracy"
    )
    _packet, assessment = packet(
        tmp_path,
        {"notice.txt": ("diffusion", notice), "warrant.txt": ("arrest-warrant", NARCOTICS_WARRANT)},
        "TH",
    )
    assert "consistency.charges" not in codes(assessment)


def test_a_murder_charge_against_a_drug_warrant_still_differs(tmp_path: Path) -> None:
    notice = _narcotics_notice("murder and conspiracy")
    _packet, assessment = packet(
        tmp_path,
        {"notice.txt": ("diffusion", notice), "warrant.txt": ("arrest-warrant", NARCOTICS_WARRANT)},
        "TH",
    )
    assert "consistency.charges" in codes(assessment)


# --------------------------------------------- the article that sets the penalty, not the charge

LAUNDERING_NOTICE = (
    "FROM: NCB GUATEMALA CITY  TO: ALL NCBs  DATE: 19 DEC 2023\n"
    "DIFFUSION - WANTED FOR ARREST\n"
    "Subject: AJQUI TOJ, Marvin Estuardo. DOB 4 JUN 1987, Totonicapán. Guatemalan.\n"
    "Offence: money laundering, Decree 67-2001 art. 2; maximum 20 years.\n"
    "Facts: between 3 MAR 2023 and 30 JUN 2023 the subject made 95 structured cash deposits"
    " in Totonicapán.\n"
    "Warrant: Totonicapán First Instance Criminal Court, case 08001-2023-00412, dated"
    " 14 NOV 2023.\n"
)


def _laundering_order(tail: str) -> str:
    return (
        "JUZGADO DE PRIMERA INSTANCIA PENAL DE TOTONICAPÁN - Causa 08001-2023-00412\n"
        "Totonicapán, catorce de noviembre de dos mil veintitrés.\n"
        "Se ordena la aprehensión de MARVIN ESTUARDO AJQUI TOJ por haber efectuado 95 depósitos"
        " fraccionados entre marzo y junio de dos mil veintitrés.\n"
        f"{tail}\n"
    )


def test_an_article_cited_for_the_penalty_is_no_charge_law(tmp_path: Path) -> None:
    """"Pena: de 6 a 20 años de prisión (art. 4, Decreto 67-2001)" cites the article that sets
    the penalty; the notice cites the one that defines the offence: held, with the reason."""
    order = _laundering_order(
        "Delito: LAVADO DE DINERO U OTROS ACTIVOS.\nPena: de 6 a 20 años de prisión"
        " (art. 4, Decreto 67-2001)."
    )
    _packet, assessment = packet(
        tmp_path,
        {"ncb.txt": ("diffusion", LAUNDERING_NOTICE), "orden.txt": ("arrest-warrant", order)},
        "GT",
    )
    assert "consistency.charges" not in codes(assessment)
    assert "for the penalty" in held(assessment)["consistency.charges"]


def test_an_article_cited_for_the_charge_still_differs(tmp_path: Path) -> None:
    order = _laundering_order(
        "Delito: LAVADO DE DINERO U OTROS ACTIVOS, artículo 9 del Decreto 67-2001."
    )
    _packet, assessment = packet(
        tmp_path,
        {"ncb.txt": ("diffusion", LAUNDERING_NOTICE), "orden.txt": ("arrest-warrant", order)},
        "GT",
    )
    assert "consistency.charges" in codes(assessment)


# ------------------------------------------------------- charges given as a code's sections

def _forgery_notice(charges: str) -> str:
    return (
        "RED NOTICE - NCB ISLAMABAD\n"
        "Subject: MALIK, Imran Javed. Born 2 March 1976, Multan. Pakistani.\n"
        "Facts: On 9 May 2021 the subject presented at the Sub-Registrar office, Multan, a sale"
        " deed for plot 44-C bearing the false signature of the owner, then abroad, and on"
        " 1 June 2021 mortgaged the plot to a bank for Rs 30 million.\n"
        f"{charges}Maximum penalty: imprisonment for life.\n"
        "Warrant: Judicial Magistrate, Multan, warrant dated 3 March 2022.\n"
    )


def test_charges_given_as_sections_of_a_code_are_charges(tmp_path: Path) -> None:
    """"Charges: ss. 420, 467, 468, 471 PPC" names the offences by their sections: the
    charges are stated, though no offence word repeats them."""
    _packet, assessment = analyze(
        tmp_path, _forgery_notice("Charges: ss. 420, 467, 468, 471 PPC.\n")
    )
    assert "compliance.judicial-data" not in codes(assessment)


def test_sections_cited_without_a_charges_label_still_lack_the_charges(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, _forgery_notice("Law: ss. 420, 467, 468, 471 PPC.\n"))
    assert "compliance.judicial-data" in codes(assessment)


# ------------------------------------------------ a court's name over two heading lines

def _order_with_long_heading(person: str) -> str:
    return (
        "JUZGADO PLURIPERSONAL DE PRIMERA INSTANCIA PENAL, NARCOACTIVIDAD Y DELITOS CONTRA\n"
        "EL AMBIENTE DE TOTONICAPÁN - Causa 08001-2023-00412\n"
        "Totonicapán, catorce de noviembre de dos mil veintitrés.\n"
        f"Se ordena la aprehensión de {person}, por el delito de LAVADO DE DINERO U OTROS"
        " ACTIVOS, por haber efectuado 95 depósitos fraccionados entre marzo y junio de dos mil"
        " veintitrés.\n"
    )


def test_a_court_name_read_from_the_heading_is_no_other_identity(tmp_path: Path) -> None:
    """The second line of a court's name read as the warrant's subject, while the warrant
    names the notice's subject in full: no conflict of names."""
    order = _order_with_long_heading("MARVIN ESTUARDO AJQUI TOJ")
    _packet, assessment = packet(
        tmp_path,
        {"ncb.txt": ("diffusion", LAUNDERING_NOTICE), "orden.txt": ("arrest-warrant", order)},
        "GT",
    )
    assert "consistency.identity" not in codes(assessment)


def test_a_warrant_naming_another_person_still_conflicts(tmp_path: Path) -> None:
    order = _order_with_long_heading("RUDY ALEXANDER CHOC POP")
    _packet, assessment = packet(
        tmp_path,
        {"ncb.txt": ("diffusion", LAUNDERING_NOTICE), "orden.txt": ("arrest-warrant", order)},
        "GT",
    )
    assert "consistency.identity" in codes(assessment)


# ------------------------------------------- the notice's own date in its header block

def _burglary_diffusion(issued: str) -> str:
    return (
        "تعميم بحث عن شخص مطلوب — المكتب المركزي الوطني في مسقط\n"
        f"رقم التعميم: 2024/OM/0051 — تاريخ الإصدار: {issued}\n"
        "الاسم: ناصر علي سالم الحارثي، مواليد 1990/04/12، عُماني.\n"
        "ملخص الوقائع: فجر يوم 2023/10/14 كسر المطلوب باب محل للذهب في سوق نزوى واستولى على"
        " مشغولات ذهبية، وعُثر على بصمته على الباب، وغادر السلطنة يوم 2023/10/16.\n"
        "التهمة: السرقة المشددة ليلاً مع الكسر، وفق قانون الجزاء.\n"
        "العقوبة القصوى: السجن عشر سنوات.\n"
        "السند القضائي: أمر قبض صادر عن الادعاء العام برقم 2024/61 بتاريخ 2024/02/20.\n"
    )


def test_a_warrant_dated_after_the_header_issue_date_conflicts(tmp_path: Path) -> None:
    """The notice's date of issue, given after its number on one header line, precedes the
    warrant it rests on: a conflict of dates."""
    _packet, assessment = analyze(tmp_path, _burglary_diffusion("2024/01/08"))
    assert "consistency.dates" in codes(assessment)


def test_a_notice_issued_after_its_warrant_agrees(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, _burglary_diffusion("2024/03/05"))
    assert "consistency.dates" not in codes(assessment)


def test_the_notice_reader_takes_the_header_issue_date() -> None:
    """The notice reader (not the flag stage) reads the date of issue that follows another
    field on a header line; a date of issue further down (a passport's) is not the notice's."""
    from pipeline.understand.notice import read_notice
    from tests.understand_helpers import view

    notice = read_notice([view(_burglary_diffusion("2024/01/08"), "ar")], "diffusion")
    assert notice.issue_date is not None and notice.issue_date.normalized == "2024-01-08"
    far = read_notice([view(
        "تعميم بحث عن شخص مطلوب\nالاسم: ناصر علي سالم الحارثي\nالجنسية: عُماني\n"
        "جواز السفر رقم 4471 — تاريخ الإصدار: 2019/05/02\n", "ar")], "diffusion")
    assert far.issue_date is None or far.issue_date.normalized != "2019-05-02"


# ------------------------------------------------ the warrant's date on its title line

COCAINE_NOTICE = (
    "NOTIFICACIÓN ROJA - OCN SANTO DOMINGO\n"
    "Requerido: REYES DURÁN, Julio César. Nacido el 9 de abril de 1988 en Azua. Dominicano.\n"
    "Hechos: El 4 de marzo de 2023, en la playa de Palmar de Ocoa, agentes interceptaron una"
    " lancha con 300 paquetes de cocaína; el piloto declaró que el requerido coordinó el"
    " desembarco. Huyó a Puerto Rico el 6 de marzo de 2023.\n"
    "Delito: tráfico internacional de drogas, arts. 5 y 75 de la Ley 50-88.\n"
    "Pena: de 5 a 20 años de reclusión mayor.\n"
    "Orden: Juzgado de la Instrucción de Azua, orden de arresto N.º 0071-2023-EOAR-00019,"
    " de 14 de marzo de 2023.\n"
)


def _cocaine_order(title_date: str) -> str:
    return (
        "REPÚBLICA DOMINICANA - JUZGADO DE LA INSTRUCCIÓN DEL DISTRITO JUDICIAL DE AZUA\n"
        f"Orden de arresto N.º 0071-2023-EOAR-00019 - {title_date}\n"
        "Se ordena el arresto de JULIO CÉSAR REYES DURÁN, dominicano, mayor de edad,\n"
        "portador de la cédula 010-0456123-8, nacido el 9 de abril de 1988 en Azua,\n"
        "por su presunta participación en el tráfico de 300 paquetes de cocaína\n"
        "interceptados en Palmar de Ocoa, Azua, el 4 de marzo de 2023.\n"
    )


def test_the_date_on_the_warrants_title_line_is_its_own(tmp_path: Path) -> None:
    """The warrant gives on its title line the date the notice gives it; the date of the acts
    further down is neither its date nor acts after it."""
    _packet, assessment = packet(
        tmp_path,
        {"notificacion.txt": ("red-notice", COCAINE_NOTICE),
         "orden.txt": ("arrest-warrant", _cocaine_order("14 de marzo de 2023"))},
        "DO",
    )
    assert "consistency.dates" not in codes(assessment)


def test_a_title_date_other_than_the_notices_still_conflicts(tmp_path: Path) -> None:
    _packet, assessment = packet(
        tmp_path,
        {"notificacion.txt": ("red-notice", COCAINE_NOTICE),
         "orden.txt": ("arrest-warrant", _cocaine_order("24 de marzo de 2023"))},
        "DO",
    )
    assert "consistency.dates" in codes(assessment)
