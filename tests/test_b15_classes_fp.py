"""Behaviour tests for the false-alarm classes the b15 development cases exposed, each fixed by a
rule or a lexicon entry, with a counterpart that must still read the other way.

Each text is fictional and written for the test; none is taken from a case file.
"""

from __future__ import annotations

from pathlib import Path

from tests.test_flags import analyze, codes, held, packet

# ---------------------------------------------------------------- a protest organiser killed

ORGANISER_KILLED = """طلب إصدار نشرة حمراء
الاسم: سامر خليل عباس الجبوري

ملخص الوقائع
في ليلة ٣/٤/٢٠٢٠ وفي حي الجمهورية بمدينة الحلة، أطلق المتهم سامر خليل عباس الجبوري ثلاث
إطلاقات نارية على المجني عليه (ر. س. ك)، أحد منظمي الاحتجاجات الشعبية في المدينة، أمام باب
داره. وقد فارق المجني عليه الحياة في المستشفى بعد ساعة.

التهمة والمادة القانونية
القتل العمد مع سبق الإصرار وفق أحكام المادة (٤٠٦) من قانون العقوبات.
العقوبة القصوى: الإعدام.
"""

PROTESTER_CHARGED = """طلب إصدار نشرة حمراء
الاسم: سامر خليل عباس الجبوري

ملخص الوقائع
شارك المتهم في الاحتجاجات الشعبية في ساحة الحلة يوم ٣/٤/٢٠٢٠ وقاد المحتجين إلى مبنى المحافظة.

التهمة والمادة القانونية
التحريض على الشغب وفق أحكام المادة (١٩٥) من قانون العقوبات.
"""


def test_a_protest_organiser_who_was_killed_is_the_victim(tmp_path: Path) -> None:
    """The singular heading "التهمة والمادة القانونية" introduces the murder charge, and "فارق
    المجني عليه الحياة" (the victim named between verb and object) tells the death: the protests
    are the victim's, not the subject's own assembly."""
    _packet, assessment = analyze(tmp_path, ORGANISER_KILLED)
    assert "misuse.protest-assembly" not in codes(assessment)
    assert "misuse.protest-assembly" in held(assessment)


def test_a_protester_charged_over_the_protests_is_still_flagged(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, PROTESTER_CHARGED)
    assert "misuse.protest-assembly" in codes(assessment)


# ---------------------------------------------------------------- an election as the crime scene

POLLING_CHAIR = (
    "Wanted person: DARWISH, Karim Nabil, born 4 May 1981.\n"
    "Summary of facts: The subject was appointed chair of polling station 7 in the parliamentary"
    " elections held on 12 March 2023. On 9 March 2023 he received 8,000 dinars from an agent of"
    " a candidate to slip 150 marked ballot papers into the ballot box.\n"
    "Charges: bribery; tampering with ballot boxes.\n"
    "Arrest warrant: issued by the investigating judge of Irbid on 30 March 2023.\n"
)

CANDIDATE_CHARGED = (
    "Wanted person: DARWISH, Karim Nabil, born 4 May 1981.\n"
    "Summary of facts: The subject, an opposition candidate, stood in the parliamentary"
    " elections held on 12 March 2023 and lost his seat.\n"
    "Charges: insulting state institutions.\n"
    "Arrest warrant: issued by the investigating judge of Irbid on 30 March 2023.\n"
)


def test_an_election_at_whose_polling_station_the_acts_took_place_is_no_timing(
    tmp_path: Path,
) -> None:
    """An election whose sentence names the polling station is the scene of the offence."""
    _packet, assessment = analyze(tmp_path, POLLING_CHAIR)
    assert "misuse.political-timing" not in codes(assessment)


def test_proceedings_right_after_an_election_still_read_as_timing(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, CANDIDATE_CHARGED)
    assert "misuse.political-timing" in codes(assessment)


# ---------------------------------------------------------------- protests an article sparked

ARTICLE_SPARKED = (
    "Wanted person: SALL, Ousmane, born 2 February 1988.\n"
    "Profession: blogger.\n"
    "Facts: On 4 January 2022 the subject published an article mocking the Prophet on his blog."
    " The article sparked widespread protests in the capital.\n"
    "Charges: apostasy; insulting the Prophet.\n"
)

ARTICLE_AND_RALLY = (
    "Wanted person: SALL, Ousmane, born 2 February 1988.\n"
    "Profession: blogger.\n"
    "Facts: On 4 January 2022 the subject led street protests in the capital against the new"
    " tax law and blocked the main avenue.\n"
    "Charges: obstruction of public roads.\n"
)


def test_protests_an_article_sparked_are_not_the_subjects_assembly(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, ARTICLE_SPARKED)
    assert "misuse.protest-assembly" not in codes(assessment)


def test_protests_the_subject_led_are_still_flagged(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, ARTICLE_AND_RALLY)
    assert "misuse.protest-assembly" in codes(assessment)


# ---------------------------------------------------------------- a mob that killed

MOB_KILLING = (
    "Family name: PERERA\nForename: Nuwan Sampath\nDate of birth: 2 April 1990\n"
    "Summary of facts: On 3 June 2021 at Kegalle a crowd surrounded a shop owner and beat him"
    " with clubs. He died of his head injuries the same night. Video recordings show the"
    " suspect striking him.\n"
    "Charges: Murder; being a member of an unlawful assembly, the common object of which was to"
    " cause death.\nMaximum penalty: Death.\n"
)

UNLAWFUL_ASSEMBLY_ONLY = (
    "Family name: PERERA\nForename: Nuwan Sampath\nDate of birth: 2 April 1990\n"
    "Summary of facts: On 3 June 2021 at Kegalle the suspect gathered with forty others before"
    " the divisional secretariat to oppose a land acquisition.\n"
    "Charges: being a member of an unlawful assembly.\nMaximum penalty: six months.\n"
)


def test_an_unlawful_assembly_that_killed_is_no_protest(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, MOB_KILLING)
    assert "misuse.protest-assembly" not in codes(assessment)
    assert "misuse.protest-assembly" in held(assessment)


def test_an_unlawful_assembly_charged_alone_is_still_flagged(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, UNLAWFUL_ASSEMBLY_ONLY)
    assert "misuse.protest-assembly" in codes(assessment)


# ---------------------------------------------------------------- a journalist hit by shots

PRESENTER_SHOT = (
    "Persona buscada: ROSARIO MEJÍA, Kelvin, nacido el 3 de marzo de 1996.\n"
    "Hechos: El 5 de mayo de 2021, frente a la emisora local, el periodista y locutor del"
    " programa matinal, señor J. P. T., fue alcanzado por tres disparos cuando subía a su"
    " vehículo. Los disparos los hizo el imputado desde una motocicleta.\n"
    "Calificación jurídica: asesinato (artículos 295 y 296 del Código Penal).\n"
    "Pena aplicable: treinta años de reclusión mayor.\n"
)

JOURNALIST_CHARGED = (
    "Persona buscada: ROSARIO MEJÍA, Kelvin, nacido el 3 de marzo de 1996.\n"
    "Profesión: periodista y locutor del programa matinal de la emisora local.\n"
    "Hechos: El 5 de mayo de 2021 el imputado difundió en su programa datos de un fiscal.\n"
    "Calificación jurídica: difamación (artículo 367 del Código Penal).\n"
)


def test_a_journalist_hit_by_shots_is_the_victim(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, PRESENTER_SHOT)
    assert "misuse.journalist-media" not in codes(assessment)
    assert "victim" in held(assessment)["misuse.journalist-media"]


def test_a_journalist_subject_is_still_flagged(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, JOURNALIST_CHARGED)
    assert "misuse.journalist-media" in codes(assessment)


# ---------------------------------------------------------------- a custody order under LECrim

DIFFUSION = (
    "Difusión de persona buscada\n"
    "Persona: SOLANA GIL, Marcos. Nacido el 02/03/1970 en Teruel.\n"
    "Hechos: entre 2016 y 2019 dispuso de 400.000 euros de la fundación que administraba.\n"
    "Delitos: apropiación indebida (arts. 253 y 250.1.5.º del Código Penal: prisión de uno a"
    " seis años).\n"
)

CUSTODY_ORDER = (
    "JUZGADO DE INSTRUCCIÓN N.º 2 DE TERUEL\nAUTO\n"
    "FUNDAMENTOS DE DERECHO\n"
    "Único.- Concurren los requisitos del art. 503 LECrim: hechos con apariencia de delito de"
    " apropiación indebida, castigado con penas superiores a dos años, y riesgo de fuga.\n"
    "PARTE DISPOSITIVA\nSe acuerda la busca, captura e ingreso en prisión de D. Marcos SOLANA"
    " GIL.\n"
)

OTHER_ARTICLE_ORDER = (
    "JUZGADO DE INSTRUCCIÓN N.º 2 DE TERUEL\nAUTO\n"
    "Único.- Hechos con apariencia de delito de apropiación indebida del art. 252 del Código"
    " Penal, castigado con prisión de uno a cuatro años.\n"
    "PARTE DISPOSITIVA\nSe acuerda la busca y captura de D. Marcos SOLANA GIL.\n"
)


def test_a_custody_order_citing_the_law_of_procedure_cites_no_other_charge(
    tmp_path: Path,
) -> None:
    """"art. 503 LECrim" is the law of procedure, and "penas superiores a dos años" a lower
    bound, not the maximum penalty."""
    _packet, assessment = packet(tmp_path, {
        "difusion.txt": ("diffusion", DIFFUSION), "auto.txt": ("arrest-warrant", CUSTODY_ORDER),
    }, "ES")
    assert "consistency.charges" not in codes(assessment)


def test_a_warrant_citing_another_article_still_differs(tmp_path: Path) -> None:
    _packet, assessment = packet(tmp_path, {
        "difusion.txt": ("diffusion", DIFFUSION),
        "auto.txt": ("arrest-warrant", OTHER_ARTICLE_ORDER),
    }, "ES")
    assert "consistency.charges" in codes(assessment)


# ---------------------------------------------------------------- a cancelled residence permit

PERMIT_CANCELLED = """طلب نشر نشرة حمراء
الاسم: ماهر سعيد عبد الحميد
الجنسية: أردني - تاريخ الميلاد: ٠٤/٠٢/١٩٨٠م
رقم الإقامة (ملغاة): ٢٤٥٥٦٦٧٧٨٨

ملخص الوقائع
بتاريخ ١٠/٠٢/٢٠٢٣ حرر المطلوب شيكا بمبلغ ٣٠٠٠٠٠ ريال لصالح مؤسسة تجارية، وعند تقديمه للصرف
أفاد البنك بعدم وجود رصيد قائم وقابل للسحب.
التهمة: إصدار شيك ليس له مقابل وفاء، وفقاً للمادة (١١٨) من نظام الأوراق التجارية.
"""

NOTICE_CANCELLED = PERMIT_CANCELLED.replace(
    "التهمة:", "الحالة: ملغاة\nالتهمة:"
)


def test_a_cancelled_residence_permit_is_no_cancelled_notice(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, PERMIT_CANCELLED)
    assert "validity.status" not in codes(assessment)


def test_a_cancelled_notice_is_still_flagged(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, NOTICE_CANCELLED)
    assert "validity.status" in codes(assessment)
