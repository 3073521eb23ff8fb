"""Behaviour tests for the b5 classes fixed from the Arabic batch (fictional texts)."""
from __future__ import annotations

from pathlib import Path

from tests.test_flags import analyze, codes, held


def test_state_committee_recovering_company_shares_is_state_dispute(tmp_path: Path) -> None:
    """A state committee's administrative recovery of the subject's company shares for a
    ministry, before the economic charge: a dispute with the state, in Arabic and English."""
    ar = (
        "المتهم: سليمان عثمان الأمين، رجل أعمال، مدير شركة الواحة للزيوت.\n"
        "الوقائع: بقرار إداري تم استرداد أسهم الشركة لصالح وزارة المالية عام ٢٠٢٠، "
        "وفي ٢٠٢١ فتح بلاغ ضده بتهمة غسل الأموال.\n"
        "العقوبة: السجن عشر سنوات.\n"
    )
    _, a = analyze(tmp_path, ar)
    assert "misuse.business-dispute-state" in codes(a)
    en = (
        "Subject: Osman AMIN, businessman, chairman of Oasis Oils Ltd.\n"
        "In 2020 the Empowerment Removal Committee ordered the company transferred; in 2021 a "
        "money-laundering complaint was filed against him.\n"
        "Penalty: up to ten years' imprisonment.\n"
    )
    _, a = analyze(tmp_path, en, name="en.txt")
    assert "misuse.business-dispute-state" in codes(a)


def test_statutory_intent_to_kill_names_the_murder_charge(tmp_path: Path) -> None:
    """'قاصدا إزهاق روحها' (the intent to take a life) names murder: the charges are not
    missing from a summary that cites the articles without naming the offence."""
    text = (
        "المتهم: كريم فؤاد سالم، مواليد ١٩٩٠، موظف.\n"
        "ملخص الوقائع: في يوم ٢٠٢٣/٠٤/١٢ بمدينة طنطا طعن المتهم جارته عدة طعنات قاصداً "
        "إزهاق روحها بسبب خلاف على موقف سيارة.\n"
        "مواد الاتهام: المادة ٢٣٤ من قانون العقوبات.\n"
        "العقوبة: السجن المؤبد.\n"
        "أمر الضبط والإحضار: صادر بتاريخ ٢٠٢٣/٠٤/١٥.\n"
    )
    _, a = analyze(tmp_path, text)
    assert "compliance.judicial-data" not in codes(a)


def test_officer_charged_with_killing_protesters_told_as_martyrdom(tmp_path: Path) -> None:
    """Protesters killed by the subject, told as martyrdom ('مما أدى إلى استشهاد'), with the
    murder named beside its article under a law heading: the protest is the setting of the
    crime, not the subject's assembly."""
    text = (
        "المتهم: الرائد سامر عادل ناصر، تولد ١٩٨٠.\n"
        "الوقائع: في يوم ٢٠٢٠/٠١/١٠ أطلق المتهم النار على المتظاهرين قرب ساحة التحرير في "
        "مدينة البصرة مما أدى إلى استشهاد ثلاثة متظاهرين.\n"
        "المادة القانونية: المادة ٤٠٦ من قانون العقوبات (القتل العمد).\n"
        "العقوبة: الإعدام.\n"
        "أمر القبض: صادر عن محكمة تحقيق البصرة بتاريخ ٢٠٢٠/٠٢/٠١.\n"
    )
    _, a = analyze(tmp_path, text)
    assert "misuse.protest-assembly" not in codes(a)
    assert "misuse.protest-assembly" in held(a)


def test_notice_suspended_in_a_verb_form_is_a_status(tmp_path: Path) -> None:
    """'النشرة عُلقت مؤقتاً' (the notice was suspended): the status in its verb form."""
    text = (
        "ملخص النشرة الحمراء رقم A-1111/2-2023\n"
        "الاسم: ماجد سعيد الحربي. التهم: الاحتيال المالي. العقوبة: السجن سبع سنوات.\n"
        "حالة النشرة: أبلغت الأمانة العامة المكتب أن النشرة عُلقت مؤقتاً بانتظار معلومات.\n"
    )
    _, a = analyze(tmp_path, text)
    assert "validity.status" in codes(a)


def test_jointly_with_others_by_unlawful_means_is_boilerplate(tmp_path: Path) -> None:
    """Two catch-all formulae in one sentence and no act: 'بالاشتراك مع آخرين' and
    'بطرق غير مشروعة'."""
    text = (
        "المدعو/ ناصر علي الشرعبي مطلوب لقيامه بالاشتراك مع آخرين بارتكاب جرائم نصب "
        "والاستيلاء على أموال الغير بطرق غير مشروعة.\n"
    )
    _, a = analyze(tmp_path, text)
    assert "compliance.vague-facts" in codes(a)


def test_term_before_a_closing_quote_and_full_stop_is_read(tmp_path: Path) -> None:
    """An Arabic term that ends a quoted name ('لرصد الانتهاكات".') is a token of its own."""
    text = (
        'المطلوب: عيسى موسى طاهر، مواليد ١٩٨٥، منسق "مرصد الجنوب لرصد الانتهاكات".\n'
        "التهم: الانتماء إلى تشكيل مسلح.\n"
    )
    _, a = analyze(tmp_path, text)
    assert "misuse.human-rights-defender" in codes(a)


def test_minority_cast_as_foreigners_changing_demography_is_racial(tmp_path: Path) -> None:
    """A minority's members cast as foreign infiltrators who change the demographic make-up."""
    text = (
        "المطلوب: آدم بركة علي، مواليد ١٩٧٩.\n"
        "الوقائع: شارك مع عناصر أجنبية في مخطط يهدف إلى تغيير التركيبة السكانية للمنطقة.\n"
        "التهم: الانتماء إلى تشكيل عصابي.\n"
    )
    _, a = analyze(tmp_path, text)
    assert {"misuse.ethnic-minority", "article3.racial"} <= codes(a)


def test_harming_the_security_of_a_region_is_political(tmp_path: Path) -> None:
    """'المساس بأمن الإقليم': the security of an autonomous region in place of the state's."""
    text = (
        "المطلوب: دلشاد أحمد كريم، صحفي.\n"
        "التهمة: المساس بأمن الإقليم (المادة ١ من القانون رقم ٢١ لسنة ٢٠٠٣).\n"
    )
    _, a = analyze(tmp_path, text)
    assert "article3.political" in codes(a)


def test_church_ministry_told_by_its_acts_is_religious_minority(tmp_path: Path) -> None:
    """Running a church's prayer hall and handing out Gospels: the ministry of a minority church."""
    text = (
        "المتهم: سمير عمار، المسؤول عن قاعة الصلاة التابعة للكنيسة في القرية.\n"
        "الوقائع: واصل المتهم توزيع نسخ من الإنجيل على شبان الحي سنة ٢٠٢١.\n"
        "التهمة: ممارسة الشعائر في مكان غير مرخص.\n"
    )
    _, a = analyze(tmp_path, text)
    assert "misuse.religious-minority" in codes(a)


def test_hostile_acts_threatening_territorial_unity_is_boilerplate(tmp_path: Path) -> None:
    """Taking part in 'hostile acts' named only as a kind, with a threat to the territorial
    unity as the only harm: no act of this person is described."""
    text = (
        "المطلوب: حامد يوسف إدريس، مواليد ١٩٨١.\n"
        "ملخص الوقائع: إن المذكور شارك في الأعمال العدائية ضد سكان المنطقة بما يهدد وحدة "
        "التراب الوطني.\n"
        "التهم: الانتماء إلى تشكيل عصابي مسلح.\n"
    )
    _, a = analyze(tmp_path, text)
    assert "compliance.vague-facts" in codes(a)
