"""Behaviour tests for the false-alarm classes the b8 development cases exposed (group otherfp).

Each text is fictional and written for the test; none is taken from a case file.
"""

from __future__ import annotations

from pathlib import Path

from tests.test_flags import analyze, codes, held, packet

# ---------------------------------------------------------------- violence over "blasphemy"

PLOT_OVER_CARTOONS = """Red Notice request
Summary of facts:
Between March and August 2017, in Lyon and elsewhere, KAREMI Yusuf recruited two men and paid
for their travel in a plot to kill a Danish illustrator whose caricatures the group called
blasphemous. He supplied a pistol and the illustrator's home address to the two men.
Charges: conspiracy to commit murder; provision of material support to a terrorist group.
Law: Criminal Code articles 221-1 and 421-2-1. Maximum penalty: 30 years' imprisonment.
Arrest warrant no. 17/339 of 2 October 2017 by the investigating judge of Lyon.
"""

PLOT_OVER_CARTOONS_FR = """Exposé des faits
Entre mars et août 2017, à Lille, le nommé HADDAD Karim a recruté deux hommes et financé leurs
déplacements en vue d'assassiner un dessinateur dont les caricatures étaient jugées
blasphématoires par le groupe. Il a remis une arme et l'adresse du dessinateur aux deux hommes.
Qualification : association de malfaiteurs terroriste en vue de commettre un assassinat.
Textes : articles 221-3 et 421-2-1 du code pénal. Peine encourue : trente ans de réclusion.
Mandat d'arrêt n° 17/402 du 2 octobre 2017 du juge d'instruction de Lille.
"""

BLASPHEMY_CHARGED = """Summary of facts
On 3 May 2022 in Lahore, the accused Imran BAIG posted a video on his channel in which he made
blasphemous statements about the Prophet.
Charge: blasphemy, section 295-C of the Penal Code. Maximum penalty: death.
Arrest warrant of 10 May 2022 by the Sessions Court of Lahore.
"""


def test_a_plot_to_kill_over_drawings_called_blasphemous_is_an_ordinary_crime(
    tmp_path: Path,
) -> None:
    for i, text in enumerate((PLOT_OVER_CARTOONS, PLOT_OVER_CARTOONS_FR)):
        folder = tmp_path / str(i)
        folder.mkdir()
        _packet, assessment = analyze(folder, text)
        assert "article3.religious" not in codes(assessment), text[:40]
        assert "homicide or terrorism" in held(assessment)["article3.religious"]
        assert assessment.level == "no-concerns-found", text[:40]


def test_a_blasphemy_charge_is_still_a_religious_offence(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, BLASPHEMY_CHARGED)
    assert "article3.religious" in codes(assessment)
    assert assessment.level == "likely-non-compliant"


# ---------------------------------------------------------------- a category-3 setting of a killing

ABSCONDING_COVER_AR = """طلب إصدار نشرة حمراء
ملخص الوقائع:
بتاريخ ٢٠١٩/٠٣/١٢ في مدينة الجهراء ضرب المتهم عامله المنزلي بعصا حتى فارق الحياة ودفن جثته في
حديقة المنزل، ثم سجّل بحقه بلاغ تغيب عن العمل لدى الجهات المختصة وغادر البلاد.
التهم: القتل العمد؛ إخفاء جثة؛ البلاغ الكاذب.
النصوص القانونية: المادة ١٤٩ من قانون الجزاء.
العقوبة: الإعدام أو الحبس المؤبد.
أمر الضبط صادر عن النيابة العامة بتاريخ ٢٠١٩/٠٤/٠١ في القضية رقم ٤٤/٢٠١٩.
"""

UNPAID_WAGES_COVER_EN = """Summary of facts
On 12 March 2019 in Doha, the accused Karl ODUYA beat his driver to death with an iron bar after
a row over unpaid wages, and hid the body in a storeroom of his villa.
Charges: murder; concealment of a corpse. Law: Penal Code articles 300 and 310.
Maximum penalty: death. Arrest warrant no. 88/2019 of 1 April 2019 by the Public Prosecution.
"""

ABSCONDING_ONLY_AR = """ملخص الوقائع:
بتاريخ ٢٠٢٢/٠٥/٠٣ سجّل الكفيل بحق العاملة بلاغ تغيب عن العمل بعد أن تركت منزله.
التهمة: التغيب عن العمل.
"""


def test_an_absconding_report_or_wage_row_around_a_killing_is_no_category_3(
    tmp_path: Path,
) -> None:
    for i, text in enumerate((ABSCONDING_COVER_AR, UNPAID_WAGES_COVER_EN)):
        folder = tmp_path / str(i)
        folder.mkdir()
        _packet, assessment = analyze(folder, text)
        assert "offense.administrative-private" not in codes(assessment), text[:40]
        assert held(assessment)["offense.administrative-private"] == (
            "charged together with serious crimes in the same document"
        )


def test_an_absconding_report_alone_is_still_category_3(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, ABSCONDING_ONLY_AR)
    assert "offense.administrative-private" in codes(assessment)


# ---------------------------------------------------------------- an open date within a month

OPEN_DAY_IN_MONTH_AR = """ملخص الوقائع:
في تاريخ لم يحدد من شهر مارس ٢٠١٨ طعن المتهم شريكه بسكين داخل مستودع الشركة في المنامة حتى
فارق الحياة، وعثر على الجثة بتاريخ ٢٠١٨/٠٥/٠٢.
التهمة: القتل العمد، المادة ٣٣٣ من قانون العقوبات. العقوبة: الإعدام.
أمر القبض صادر عن النيابة العامة بتاريخ ٢٠١٨/٠٥/٢٠ رقم ٧٧/٢٠١٨.
"""

OPEN_DAY_IN_MONTH_ES = """Resumen de los hechos
En fecha no determinada del mes de marzo de 2018, en una bodega de la empresa en Cali, el
requerido apuñaló a su socio hasta causarle la muerte; el cuerpo fue hallado el 2 de mayo de 2018.
Delito: homicidio agravado, artículo 104 del Código Penal. Pena máxima: 50 años de prisión.
Orden de captura del 20 de mayo de 2018 del Juzgado 4 Penal de Cali.
"""

OPEN_DATE_EN = """Summary of facts
On an unspecified date, at an unspecified place, the accused received funds from the company.
Charge: fraud, article 159 of the Criminal Code. Maximum penalty: 10 years.
Arrest warrant of 4 June 2021 by the District Court.
"""


def test_a_date_left_open_within_a_named_month_gives_the_time(tmp_path: Path) -> None:
    for i, text in enumerate((OPEN_DAY_IN_MONTH_AR, OPEN_DAY_IN_MONTH_ES)):
        folder = tmp_path / str(i)
        folder.mkdir()
        _packet, assessment = analyze(folder, text)
        found = codes(assessment)
        assert "compliance.vague-facts" not in found, text[:40]
        assert "compliance.judicial-data" not in found, text[:40]
        assert "named month and year" in held(assessment)["compliance.vague-facts"]


def test_a_date_left_wholly_open_is_still_vague(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, OPEN_DATE_EN)
    assert "compliance.vague-facts" in codes(assessment)


# ---------------------------------------------------------------- the charges of two documents

NOTICE_LIST_AR = """طلب إصدار نشرة حمراء
الاسم: وليد سمير القاضي
ملخص الوقائع: خلال عام ٢٠٢٢ في الشارقة اصطنع المتهم بصفته أمين صندوق شيكات نسب توقيعاتها إلى
مدير الشركة وصرفها لحسابه ثم حوّل المبالغ إلى الخارج.
التهم: التزوير في محررات واستعمالها؛ خيانة الأمانة؛ غسل الأموال.
النصوص القانونية: المواد ٢٥١ و٤٥٣ من قانون الجرائم والعقوبات.
العقوبة القصوى: السجن عشر سنوات.
"""

WARRANT_ONE_CHARGE_AR = """النيابة العامة
أمر قبض
نأمر بالقبض على المتهم وليد سمير القاضي وإحضاره للتحقيق معه فيما نسب إليه من تزوير محررات.
"""

NOTICE_SENTENCE = """RED NOTICE
Name: DRAGAN, Petru
Summary of facts: Between 2010 and 2012 in Iasi, the convicted person, as director of a savings
fund, paid old depositors with new deposits and took EUR 4 million from 9,000 depositors.
Offence: fraud with serious consequences (Art. 215 of the Criminal Code).
Maximum penalty: 10 to 20 years of imprisonment.
Sentence imposed: 12 years of imprisonment. Remaining to be served: 12 years.
"""

JUDGMENT_SENTENCE = """JUDGMENT (extract)
The court sentences the defendant DRAGAN Petru to 12 (twelve) years of imprisonment for fraud
with serious consequences under Art. 215 of the Criminal Code.
"""


def test_a_list_of_charges_read_as_one_still_names_each_charge(tmp_path: Path) -> None:
    _packet, assessment = packet(tmp_path, {
        "notice.txt": ("red-notice", NOTICE_LIST_AR),
        "warrant.txt": ("arrest-warrant", WARRANT_ONE_CHARGE_AR),
    }, "AE")
    assert "consistency.charges" not in codes(assessment)


def test_a_judgments_sentence_is_not_a_different_maximum(tmp_path: Path) -> None:
    _packet, assessment = packet(tmp_path, {
        "notice.txt": ("red-notice", NOTICE_SENTENCE),
        "judgment.txt": ("judgment", JUDGMENT_SENTENCE),
    }, "RO")
    assert "consistency.charges" not in codes(assessment)
    reason = held(assessment).get("consistency.charges", "")
    assert not reason or "sentence the packet states as imposed" in reason
