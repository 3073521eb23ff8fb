"""Behaviour tests for the classes the b12 Arabic and Spanish development cases exposed: false
alarms a reviewer would call wrong and signs the engine missed, each fixed by a rule or a
lexicon entry, with a counterpart that must still read the other way.

Each text is fictional and written for the test; none is taken from a case file.
"""

from __future__ import annotations

from pathlib import Path

from tests.test_flags import analyze, codes, held, packet, rule_codes, sources

# ------------------------------------------- torture named among the crimes a warrant charges

WARDEN_WARRANT = """مذكرة توقيف
نحن قاضي التحقيق الثاني بحمص،
بعد الاطلاع على الادعاء العام وعلى سجلات السجن المركزي المضبوطة،
وحيث إن المدعى عليه منير عادل الخطيب متوارٍ عن الأنظار ولم يمثل رغم دعوته أصولاً،
وحيث إن الأفعال المنسوبة إليه تشكل جنايات القتل عمداً والتعذيب والإيذاء المنصوص عليها في
المادتين 533 و540 من قانون العقوبات العام،
نقرر: توقيف المدعى عليه المذكور وتعميم هذه المذكرة.
"""

THEFT_WARRANT_TORTURE_CLAIM = """مذكرة توقيف
نحن قاضي التحقيق الثاني بحمص،
وحيث إن المدعى عليه منير عادل الخطيب متوارٍ عن الأنظار ولم يمثل رغم دعوته أصولاً،
وحيث إن الأفعال المنسوبة إليه تشكل جناية السرقة المنصوص عليها في المادة 625 من قانون العقوبات،
وقد أفاد وكيله بأن موكله تعرض للتعذيب أثناء التحقيق الأولي وأن إفادته أخذت منه بالضرب.
نقرر: توقيف المدعى عليه المذكور وتعميم هذه المذكرة.
"""


def test_torture_charged_in_the_warrants_reasoning_is_the_charge(tmp_path: Path) -> None:
    """"الأفعال المنسوبة إليه تشكل جنايات القتل عمداً والتعذيب ..." names the charges: each
    offence after the clitic "و" is read with its own code, so torture is a charge of the
    document and not a claim that the evidence was coerced."""
    doc, assessment = analyze(tmp_path, WARDEN_WARRANT)
    assert {o.iccs_code for o in doc.documents[0].fields.offenses} >= {"0101", "11011"}
    assert "misuse.coerced-evidence" not in codes(assessment)
    assert "charge" in held(assessment)["misuse.coerced-evidence"]


DECISION_AFTER_REASONING = """قرار اتهامي
تبين أن المدعى عليه وليد سمير حداد قد أقدم خلال عام 2021 في صيدا على تزوير سندات أمانة
وتحصيل قيمتها من ثلاثة تجار.

وحيث إن الأفعال المذكورة تشكل جناية التزوير في أوراق تجارية المنصوص عليها في المادة 471 من قانون
العقوبات، وجنحة الاحتيال المنصوص عليها في المادة 655 منه،

لذلك تقرر بالإجماع:
1- اتهام المدعى عليه بالجناية والجنحة المذكورتين أعلاه.
2- إصدار مذكرة إلقاء قبض بحقه.
"""


def test_a_reasoning_that_names_the_charges_stops_before_the_decision(tmp_path: Path) -> None:
    """The charges "تشكل جناية ..." names run to the end of their paragraph: the numbered
    points of the decision under "لذلك تقرر بالإجماع:" are no charges."""
    doc, _assessment = analyze(tmp_path, DECISION_AFTER_REASONING)
    offences = [o.text for o in doc.documents[0].fields.offenses]
    assert offences == ["جناية التزوير في أوراق تجارية", "جنحة الاحتيال"]


def test_a_subject_tortured_in_custody_is_still_flagged(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, THEFT_WARRANT_TORTURE_CLAIM)
    assert "misuse.coerced-evidence" in codes(assessment)


# ---------------------------------------------- a vessel's name is no name of the subject

SHIPOWNER_NOTICE = """طلب نشر نشرة حمراء
الشهرة: كوستوف
الاسم: بوريس إيفانوف
تاريخ الولادة: 4/2/1971
الجنسية: بلغارية
الصفة: مالك السفينة "نجمة الشمال"

الوقائع:
في أيار 2015 أدخل المطلوب السفينة "نجمة الشمال" إلى مرفأ طرابلس محمّلة بمواد متفجرة، ثم تخلّى
عنها وعن طاقمها، فانفجرت الحمولة في 3 آذار 2019 وقتلت تسعة عمال.
الجرائم: القتل بالقصد الاحتمالي (المادتان 189 و547 من قانون العقوبات).
"""

SHIPOWNER_WARRANT = """مذكرة توقيف غيابية
نحن المحقق العدلي،
وبما أن المدعى عليه {name}، بلغاري الجنسية، مالك السفينة "نجمة الشمال"، قد أُبلغ ولم يحضر،
نقرر إصدار مذكرة توقيف غيابية بحقه.
طرابلس في 2 نيسان 2019
"""


VESSEL_IN_PROSE = """ملخص الوقائع:
في آب 2016 أدخل المطلوب {who}الباخرة "فجر الساحل" إلى ميناء اللاذقية محمّلة بمواد متفجرة.
الجرائم: القتل بالقصد الاحتمالي (المادة 547 من قانون العقوبات).
"""


def test_a_vessel_after_the_subject_cue_is_no_name(tmp_path: Path) -> None:
    pk, _assessment = analyze(tmp_path, VESSEL_IN_PROSE.format(who=""))
    assert pk.documents[0].fields.subject.names == []


def test_a_person_after_the_subject_cue_is_still_read_up_to_the_vessel(tmp_path: Path) -> None:
    pk, _assessment = analyze(tmp_path, VESSEL_IN_PROSE.format(who="سامر خليل البيطار "))
    assert [n.value for n in pk.documents[0].fields.subject.names] == ["سامر خليل البيطار"]


def _shipowner(tmp_path: Path, name: str):
    return packet(tmp_path, {
        "notice.txt": ("red-notice", SHIPOWNER_NOTICE),
        "warrant.txt": ("arrest-warrant", SHIPOWNER_WARRANT.format(name=name)),
    }, "LB")


def test_the_ship_the_subject_brought_in_is_not_his_name(tmp_path: Path) -> None:
    """"أدخل المطلوب السفينة "X"": a vessel (aircraft, car, container) is never a person's
    name, and the Levantine label "الشهرة" gives the family name beside "الاسم"."""
    pk, assessment = _shipowner(tmp_path, "بوريس إيفانوف كوستوف")
    notice = next(d for d in pk.documents if d.file_name == "notice.txt")
    names = [n.value for n in notice.fields.subject.names]
    assert names == ["كوستوف, بوريس إيفانوف"]
    assert "consistency.identity" not in codes(assessment)


def test_another_person_named_in_the_warrant_still_differs(tmp_path: Path) -> None:
    _pk, assessment = _shipowner(tmp_path, "دميتار نيكولوف بيتروف")
    assert "consistency.identity" in codes(assessment)


# --------------------------------- compensation for an expropriation claimed from the state

COMPENSATION_CLAIMS = (
    "Persona buscada: SALCEDO MÉNDEZ, Ramón Eligio, nacido el 2/9/1970, abogado.\n"
    "Entre marzo de 2019 y mayo de 2021, el buscado presentó ante el Ministerio de Hacienda, como"
    " apoderado de supuestos propietarios, doce expedientes de reclamación de pago por expropiación"
    " de terrenos declarados de utilidad pública en 1985. Los títulos eran falsos y las tasaciones"
    " fueron infladas con la ayuda de dos funcionarios; el Estado pagó RD$ 900 millones, que se"
    " transfirieron a sociedades del buscado.\n"
    "Calificación jurídica: estafa contra el Estado (art. 405 del Código Penal), falsedad en"
    " escritura pública y lavado de activos.\n"
    "Pena máxima: veinte años de prisión.\n"
)

EXPROPRIATED_BUSINESS = (
    "Persona buscada: SALCEDO MÉNDEZ, Ramón Eligio, nacido el 2/9/1970, empresario.\n"
    "En enero de 2020 su empresa cementera fue expropiada por decreto y el buscado reclamó una"
    " indemnización por expropiación ante el Ministerio; en junio de 2020 la Fiscalía lo acusó de"
    " estafa por las cuentas de la empresa de 2016.\n"
    "Calificación jurídica: estafa (art. 405 del Código Penal).\n"
    "Pena máxima: cinco años de prisión.\n"
)


def test_claims_for_expropriation_compensation_are_no_dispute_over_a_taking(
    tmp_path: Path,
) -> None:
    """"reclamación de pago por expropiación": the expropriation is only the ground of the
    payment claimed from the public purse (here with forged titles), not a taking of the
    subject's business."""
    _packet, assessment = analyze(tmp_path, COMPENSATION_CLAIMS)
    assert "misuse.business-dispute-state" not in codes(assessment)


def test_the_subjects_own_business_expropriated_is_still_flagged(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, EXPROPRIATED_BUSINESS)
    assert "misuse.business-dispute-state" in codes(assessment)


# ------------------------------------------------ a tax assessment contested before the charge

TAX_ASSESSMENT_CONTESTED = """طلب إصدار نشرة حمراء
الاسم: حازم رشدي البنا
الصفة: رئيس مجلس إدارة شركة الدلتا للأسمدة
ملخص الوقائع:
أعادت مصلحة الضرائب في عام 2014 فحص الإقرارات الضريبية للشركة عن عام 2010 وقدّرت ضريبة
إضافية بنحو 900 مليون جنيه امتنع المتهم عن سدادها. وقد طعنت الشركة على الربط أمام لجنة الطعن
الضريبي، ولم يُفصل في الطعن بعد.
التهمة: التهرب من أداء الضريبة (المادة 133 من قانون الضريبة على الدخل).
العقوبة القصوى: الحبس خمس سنوات.
"""

TAX_FAKE_INVOICES = """طلب إصدار نشرة حمراء
الاسم: حازم رشدي البنا
الصفة: رئيس مجلس إدارة شركة الدلتا للأسمدة
ملخص الوقائع:
خلال عامي 2012 و2013 أدرج المتهم في الإقرارات الضريبية للشركة فواتير شراء صادرة عن شركات وهمية
بقيمة 300 مليون جنيه، فخفّض الضريبة المستحقة بنحو 60 مليون جنيه، وثبت ذلك من فحص مصلحة الضرائب.
التهمة: التهرب من أداء الضريبة (المادة 133 من قانون الضريبة على الدخل).
العقوبة القصوى: الحبس خمس سنوات.
"""


def test_a_tax_charge_on_an_assessment_under_appeal_is_flagged(tmp_path: Path) -> None:
    """The company contests the assessment before the tax appeal committee, which has not
    ruled: the charge rests on a pending tax dispute with the state (the lexicon reads it,
    whatever the context model says)."""
    _packet, assessment = analyze(tmp_path, TAX_ASSESSMENT_CONTESTED)
    assert "misuse.business-dispute-state" in codes(assessment)
    assert "misuse.business-dispute-state.tax-assessment-contested" in sources(assessment)


def test_an_ordinary_tax_evasion_is_not_a_dispute_with_the_state(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, TAX_FAKE_INVOICES)
    assert "misuse.business-dispute-state" not in rule_codes(assessment)


# ------------------------------------- a Maghreb warrant ("بطاقة جلب") dated before the acts

MAGHREB_NOTICE = """طلب نشر نشرة حمراء
اللقب: الماجري
الاسم: سفيان بن علي
تاريخ ومكان الولادة: 12/03/1984 بسوسة
الجنسية: تونسية

ملخص الأفعال:
بتاريخ 20 جوان 2022 حجزت مصالح الديوانة بميناء سوسة داخل حاوية قادمة من البرازيل كمية من
الكوكايين تزن 95 كلغ، وتبيّن أن المظنون فيه هو المسيّر الفعلي للشركة المرسَل إليها الحاوية.

التهم: توريد مواد مخدرة بنية الاتجار فيها (الفصل 5 من القانون عدد 52 لسنة 1992).
العقوبة القصوى: السجن بقية العمر.
بطاقة جلب دولية صادرة عن قاضي التحقيق بالمحكمة الابتدائية بسوسة، في القضية عدد 3311، بتاريخ {date}.
"""


def _maghreb(tmp_path: Path, date: str):
    return packet(
        tmp_path, {"notice.txt": ("red-notice", MAGHREB_NOTICE.format(date=date))}, "TN"
    )


def test_a_maghreb_warrant_dated_before_the_acts_is_a_date_conflict(tmp_path: Path) -> None:
    """"ملخص الأفعال" heads the facts (their date is the acts'), and "بطاقة جلب" is the
    investigating judge's warrant, whose date the notice gives."""
    _packet, assessment = _maghreb(tmp_path, "5 ماي 2022")
    assert "consistency.dates" in codes(assessment)


def test_a_maghreb_warrant_dated_after_the_acts_is_no_conflict(tmp_path: Path) -> None:
    _packet, assessment = _maghreb(tmp_path, "8 جويلية 2022")
    assert "consistency.dates" not in codes(assessment)
