"""Behaviour tests for the signs the b13 Spanish and Arabic development cases showed the engine
missing, each fixed by a lexicon entry, with a counterpart that must still read the other way.

Each text is fictional and written for the test; none is taken from a case file.
"""

from __future__ import annotations

from pathlib import Path

from tests.test_flags import analyze, codes, held, sources

# ---------------------------------------------------------------- a writer with a second trade

WRITER_POET = """الاسم: سلمى عادل حسن المنياوي
المهنة: كاتبة وشاعرة
ملخص الوقائع: بتاريخ 2019/05/12 نشرت المتهمة على صفحتها منشورا ساخرا عن شعيرة دينية.
التهمة: ازدراء الأديان، المادة 98 (و) من قانون العقوبات.
العقوبة: الحبس ثلاث سنوات.
"""

COURT_CLERK = """الاسم: سلمى عادل حسن المنياوي
المهنة: كاتبة بمحكمة الجنح
ملخص الوقائع: بتاريخ 2019/05/12 استولت المتهمة على مبلغ ثمانين ألف جنيه من خزينة المحكمة.
التهمة: الاختلاس، المادة 112 من قانون العقوبات.
العقوبة: السجن المشدد عشر سنوات.
"""


def test_a_writer_and_poet_is_a_media_worker(tmp_path: Path) -> None:
    """"كاتبة وشاعرة": the pair names the trade that bare "كاتب" (also a court clerk) does not."""
    _packet, assessment = analyze(tmp_path, WRITER_POET)
    assert "misuse.journalist-media" in codes(assessment)


def test_a_clerk_of_the_court_is_still_no_media_worker(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, COURT_CLERK)
    assert "misuse.journalist-media" not in codes(assessment)


# ---------------------------------------------------------------- a regional official after a vote

GOVERNOR_AFTER_VOTE = """ملخص الوقائع:
المتهم (هيمن صابر قادر) محافظ دهوك السابق وعضو المكتب السياسي لحزب إقليمي، قام بإشراك
المحافظة في الاستفتاء غير الدستوري وتسخير أموالها لإنجاحه.
كما عمل على تغيير الهوية القومية للمحافظة وتعيين موظفين من قومية واحدة.
التهمة: الإضرار العمد بأموال الدولة، المادة 340 من قانون العقوبات.
العقوبة القصوى: السجن سبع سنوات.
"""

GOVERNORATE_THEFT = """ملخص الوقائع:
بتاريخ 2020/03/04 سرق المتهم (هيمن صابر قادر) مبلغ تسعين مليون دينار من خزينة مبنى
المحافظة، بعد أن كلفه محافظ دهوك بنقل الرواتب، وهرب إلى خارج العراق.
التهمة: السرقة، المادة 444 من قانون العقوبات.
العقوبة القصوى: السجن عشر سنوات.
"""


def test_a_former_governor_charged_over_a_referendum_and_ethnicity(tmp_path: Path) -> None:
    """A governor named with his province ("محافظ <province> السابق") and a party's political
    bureau, a referendum the state calls unconstitutional, and a charge of changing the
    province's ethnic identity."""
    _packet, assessment = analyze(tmp_path, GOVERNOR_AFTER_VOTE)
    found = codes(assessment)
    assert {"misuse.political-opposition", "article3.political", "misuse.ethnic-minority",
            "article3.racial"} <= found
    assert "article3.political.separatism" in sources(assessment)
    assert assessment.level == "likely-non-compliant"


def test_a_governor_who_gave_an_order_is_not_the_subject_s_office(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, GOVERNORATE_THEFT)
    assert not codes(assessment) & {
        "misuse.political-opposition", "article3.political", "misuse.ethnic-minority",
        "article3.racial",
    }


GOVERNOR_BRIBES = """المهنة: محافظ ميسان السابق
ملخص الوقائع: خلال عام 2016 أحال المتهم عقد مشروع طريق إلى شركة يملكها قريبه، وتقاضى مقابل
ذلك مبلغ (900,000) دولار حُوّل إلى حساب باسمه في مصرف خارج العراق، وثبت ذلك من كشوفات الحساب
المصرفي وإفادة مدير العقود.
التهمة: الرشوة، المادة 307 من قانون العقوبات.
العقوبة القصوى: السجن عشر سنين.
"""


def test_a_former_governor_paid_bribes_into_his_own_account_is_held_back(
    tmp_path: Path,
) -> None:
    """"حساب باسمه" and "كشوفات الحساب" are the payment trail that holds an ex-official's
    office back when the charge is bribery."""
    _packet, assessment = analyze(tmp_path, GOVERNOR_BRIBES)
    assert "misuse.political-opposition" not in codes(assessment)
    assert "accounts" in held(assessment)["misuse.political-opposition"]


# ---------------------------------------------------------------- an unlicensed rights observatory

OBSERVATORY = """ملخص الوقائع:
قيام المحكوم عليها بإنشاء مجموعة غير مرخصة تحت مسمى "المرصد الخليجي للحقوق" وجمع تبرعات
دون ترخيص من أفراد داخل البلاد وخارجها.
الحكم: السجن أربعة أشهر، المادة 54 من قانون الجمعيات الأهلية.
"""

FUNDRAISING_FOR_TERROR = """ملخص الوقائع:
قيام المحكوم عليه بجمع تبرعات دون ترخيص وتحويلها إلى جماعة مسلحة بقصد تمويل الإرهاب.
التهمة: تمويل الإرهاب وجمع التبرعات دون ترخيص.
الحكم: السجن خمس عشرة سنة.
"""


def test_an_unlicensed_rights_observatory_is_defender_work_and_administrative(
    tmp_path: Path,
) -> None:
    """"المرصد ... للحقوق" (an observatory for rights, the article joined to the preposition)
    and an unlicensed group collecting donations."""
    _packet, assessment = analyze(tmp_path, OBSERVATORY)
    assert {"misuse.human-rights-defender", "offense.administrative-private"} <= codes(assessment)


def test_a_real_negation_still_holds_an_organisation_back(tmp_path: Path) -> None:
    """Only the negation that forms "غير مرخصة" is set aside; "ليس عضوا في" still negates."""
    text = OBSERVATORY.replace(
        'قيام المحكوم عليها بإنشاء مجموعة غير مرخصة تحت مسمى "المرصد الخليجي للحقوق"',
        'قيام المحكوم عليها، وهي ليست عضوا في المرصد الخليجي للحقوق، بإنشاء مجموعة غير مرخصة',
    )
    _packet, assessment = analyze(tmp_path, text)
    assert "misuse.human-rights-defender" not in codes(assessment)


def test_unlicensed_fundraising_for_terrorism_is_no_administrative_matter(
    tmp_path: Path,
) -> None:
    _packet, assessment = analyze(tmp_path, FUNDRAISING_FOR_TERROR)
    assert "offense.administrative-private" not in codes(assessment)
    assert "misuse.human-rights-defender" not in codes(assessment)


# ---------------------------------------------------------------- a UN side event, then the case

SIDE_EVENT = """ملخص الوقائع:
نشرت المتهمة (مريم ناصر الكعبي) بتاريخ 2022/03/10 أنها شاركت في فعالية موازية بمدينة جنيف
حول أوضاع العمال المهاجرين.
قيام المتهمة بإدارة مجموعة دون ترخيص.
الحكم: صدر الحكم بتاريخ 2022/05/02 بالسجن ستة أشهر.
"""


def test_a_case_weeks_after_a_un_side_event_is_timing(tmp_path: Path) -> None:
    """Speaking at a side event of a UN review is a public act the timing rule dates."""
    _packet, assessment = analyze(tmp_path, SIDE_EVENT)
    assert "rule.timing.after-public-act" in sources(assessment)


def test_a_side_event_years_before_the_case_is_no_timing(tmp_path: Path) -> None:
    text = SIDE_EVENT.replace("2022/03/10", "2017/03/10")
    _packet, assessment = analyze(tmp_path, text)
    assert "rule.timing.after-public-act" not in sources(assessment)


# ---------------------------------------------------------------- forest and communal land

FOREST_BLOCKADE = (
    "Nombre: Julián ORELLANA PAZ, nacido el 3/5/1981.\n"
    "Relación de hechos: desde el 2 de junio de 2016 el imputado y otros pobladores mantuvieron"
    " un bloqueo del camino que usan los camiones de la empresa Maderas del Valle S.A.\n"
    "Los pobladores alegaban la defensa del bosque, amparados según ellos por un título comunal"
    " de 1901.\n"
    "Delitos: usurpación; daños; coacciones.\n"
    "Pena máxima: cinco años de reclusión.\n"
)

LOGGING_THEFT = (
    "Nombre: Julián ORELLANA PAZ, nacido el 3/5/1981.\n"
    "Relación de hechos: el 2 de junio de 2016 el imputado taló y vendió 300 pinos de la finca"
    " de la empresa Maderas del Valle S.A., por valor de L 900,000.00.\n"
    "Delitos: hurto de madera; daños.\n"
    "Pena máxima: seis años de reclusión.\n"
)


def test_a_blockade_in_defence_of_the_forest_on_communal_land(tmp_path: Path) -> None:
    """The defence of the forest is the defender's cause, and a communal title behind the
    usurpation charge a private land dispute; a coercion charge ('coacciones') beside it is
    the blockade itself, not a serious crime the dispute facilitates."""
    _packet, assessment = analyze(tmp_path, FOREST_BLOCKADE)
    assert {"misuse.human-rights-defender", "offense.administrative-private"} <= codes(assessment)


def test_logging_theft_is_no_land_defence(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, LOGGING_THEFT)
    assert not codes(assessment) & {
        "misuse.human-rights-defender", "offense.administrative-private",
    }


def test_a_land_dispute_told_with_a_serious_crime_is_still_held_back(tmp_path: Path) -> None:
    text = FOREST_BLOCKADE.replace(
        "amparados según ellos por un título comunal de 1901.",
        "amparados según ellos por un título comunal de 1901, para facilitar el narcotráfico.",
    )
    _packet, assessment = analyze(tmp_path, text)
    assert "offense.administrative-private" not in codes(assessment)
    assert "serious-crime" in held(assessment)["offense.administrative-private"]


# ---------------------------------------------------------------- an arbitral award, then a warrant

AFTER_AWARD = (
    "Nombre: Tomás ALDAY RUIZ, nacido el 2/2/1960.\n"
    "Hechos: entre 2003 y 2009 habría vaciado la empresa estatizada en perjuicio del Estado.\n"
    "Delito: administración fraudulenta. Pena: dos a seis años de prisión.\n"
    "La orden de detención fue dictada el 3 de mayo de 2019, treinta días después del laudo.\n"
)

AWARD_WITHOUT_TIME = (
    "Nombre: Tomás ALDAY RUIZ, nacido el 2/2/1960.\n"
    "Hechos: entre 2003 y 2009 falsificó facturas de la empresa privada Naviera Sur S.A.; el"
    " laudo de 2012 fijó la deuda entre los socios.\n"
    "Delito: falsificación de documentos. Pena: dos a seis años de prisión.\n"
)


def test_a_warrant_days_after_the_arbitral_award_is_timing(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, AFTER_AWARD)
    assert "misuse.political-timing.subject-act-after" in sources(assessment)


def test_an_award_named_without_a_time_link_is_no_timing(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, AWARD_WITHOUT_TIME)
    assert "misuse.political-timing" not in codes(assessment)
