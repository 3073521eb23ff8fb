"""Behaviour tests for the false-alarm classes the b9 development cases and the real-charges
list exposed: each is a reading a reviewer would call wrong, fixed by a rule or a lexicon
entry, with a counterpart that must still raise the flag.

Each text is fictional and written for the test; none is taken from a case file.
"""

from __future__ import annotations

from pathlib import Path

from tests.test_flags import analyze, codes, held

# ---------------------------------------------------------------- a bare list of charges

BARE_LIST = (
    "illegal crossing of the state border, banditry, smuggling, murderous assault on the life "
    "of a law-enforcement officer, terrorism, murder\n"
)

BORDER_ALONE = (
    "Charge: illegal crossing of the state border outside a checkpoint on 3 May 2021 near "
    "the village of Kordai. Criminal Code article 322. Maximum penalty: 2 years.\n"
)


def test_a_border_offence_listed_with_terrorism_and_murder_is_held_back(tmp_path: Path) -> None:
    """The list is read as no charge at all, yet it charges the crossing together with the
    others: the offences named in the term's own sentence count for the exception."""
    _packet, assessment = analyze(tmp_path, BARE_LIST)
    assert "offense.administrative-private" not in codes(assessment)
    assert "serious crimes" in held(assessment)["offense.administrative-private"]
    assert assessment.level != "likely-non-compliant"


def test_a_border_offence_alone_is_still_an_administrative_matter(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, BORDER_ALONE)
    assert "offense.administrative-private" in codes(assessment)


# ---------------------------------------------------------------- an exit charged with fraud

EXIT_WITH_BREACH_OF_TRUST = """طلب نشرة حمراء
ملخص الوقائع: تولى المطلوب رئاسة مجلس إدارة شركة للنقل البحري، وأدرج في تقاريرها المالية
بيانات كاذبة عن مكافآته خلال الفترة من 2012 حتى 2017، وحوّل أموالاً من حسابات الشركة إلى
شركة يملكها. أُخلي سبيله بكفالة ثم غادر البلاد دون المرور بالرقابة على الخروج.
التهم: الإدلاء ببيانات كاذبة في تقارير مالية؛ خيانة الأمانة المشددة؛ مغادرة البلاد بصورة غير مشروعة.
"""


def test_an_unlawful_exit_charged_beside_breach_of_trust_is_part_of_that_case(
    tmp_path: Path,
) -> None:
    _packet, assessment = analyze(tmp_path, EXIT_WITH_BREACH_OF_TRUST)
    assert "offense.administrative-private" not in codes(assessment)
    assert "offense.administrative-private" in held(assessment)


# ---------------------------------------------------------------- a refugee word in a law's title

LAW_TITLE = """Summary of facts
On 14 March 2023 the accused Daniel OKORO organised the transport of eleven foreign nationals
hidden in a lorry from Windsor to Toronto for a payment of 4,000 dollars each.
Charge: human smuggling, section 117 of the Immigration and Refugee Protection Act.
Maximum penalty: life imprisonment. Warrant no. 23-4471 of 2 April 2023, Ontario Court.
"""

RECOGNISED = """Summary of facts
The subject, Daniel OKORO, was recognised as a refugee in Canada in 2019 and lives in Toronto.
"""


def test_a_refugee_word_in_a_statute_s_title_is_no_refugee_status(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, LAW_TITLE)
    assert "misuse.refugee-asylum" not in codes(assessment)


def test_a_recognised_refugee_is_still_read(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, RECOGNISED)
    assert "misuse.refugee-asylum" in codes(assessment)


# ---------------------------------------------------------------- a cancelled identity document

CANCELLED_PASSPORT = """طلب نشرة حمراء – المرجع: 2021/3310
الاسم: سامر عادل النجار
الجنسية: أردني. جواز سفر رقم: 004417733 (ملغى)
ملخص الوقائع: استولى المطلوب أثناء عمله محاسباً في شركة تأمين على مبلغ 2.3 مليون دينار خلال
عامي 2018 و2019، وأودعه في حسابات باسم أقاربه.
التهم: الاختلاس؛ غسل الأموال.
"""

CANCELLED_NOTICE = """إلى المكتب المركزي الوطني للإنتربول
نفيدكم بأن النشرة الحمراء الصادرة بحق المدعو سامر عادل النجار قد ألغيت بتاريخ 2024/02/01.
"""


def test_a_cancelled_passport_is_not_a_cancelled_notice(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, CANCELLED_PASSPORT)
    assert "validity.status" not in codes(assessment)


def test_a_cancelled_notice_is_still_read(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, CANCELLED_NOTICE)
    assert "validity.status" in codes(assessment)


# ---------------------------------------------------------------- an Arabic retrial guarantee

ABSENTIA_WITH_OPPOSITION = """محكمة الجنايات
حكمت المحكمة غيابياً على المتهم ماجد سعيد الهاشمي بالحبس سبع سنوات عن تهمة الاختلاس.
ويحق للمحكوم عليه عند القبض عليه أن يعارض في الحكم، فتعاد محاكمته حضورياً أمام المحكمة ذاتها.
"""

ABSENTIA_WITHOUT = """محكمة الجنايات
حكمت المحكمة غيابياً على المتهم ماجد سعيد الهاشمي بالحبس سبع سنوات عن تهمة الاختلاس.
"""


def test_an_arabic_opposition_and_retrial_holds_the_in_absentia_flag(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, ABSENTIA_WITH_OPPOSITION)
    assert "misuse.in-absentia" not in codes(assessment)
    assert "retrial" in held(assessment)["misuse.in-absentia"]


def test_a_judgment_in_absentia_without_it_is_still_flagged(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, ABSENTIA_WITHOUT)
    assert "misuse.in-absentia" in codes(assessment)


# ---------------------------------------------------------------- an office narrated, not named

SERVED_AS_MINISTER = """Summary of facts
The subject, Kofi ASANTE-BOATENG, served as Minister for Energy from March 2013 to January 2017.
In 2015 he instructed the state utility to sign a fuel-supply contract with a company his brother
owned. Charge: using public office for profit, section 179C of the Criminal Offences Act.
"""

ORDINARY_ROBBERY = """Summary of facts
On 4 May 2021 the subject, Kofi ASANTE-BOATENG, robbed a filling station in Kumasi at gunpoint.
Charge: robbery, section 149 of the Criminal Offences Act. Maximum penalty: 20 years.
"""


def test_a_subject_who_served_as_minister_is_an_ex_official(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, SERVED_AS_MINISTER)
    assert "misuse.political-opposition" in codes(assessment)
    assert assessment.level == "review-needed"


def test_an_ordinary_robbery_stays_clear(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, ORDINARY_ROBBERY)
    assert "misuse.political-opposition" not in codes(assessment)


# ---------------------------------------------------------------- b10: a party "of the opposition"

PARTY_OF_THE_OPPOSITION = {
    "fr": "Depuis 2017, l'intéressé, établi aux États-Unis, est membre de la direction d'un "
    "parti de l'opposition.",
    "es": "Desde 2019 el requerido integra la dirección de un partido de la oposición.",
    "en": "Since 1992 he has faced dozens of cases, opened at times when his party was in "
    "opposition to the federal government.",
}


def test_a_party_named_of_the_opposition_is_read_as_opposition(tmp_path: Path) -> None:
    """b10: the subject's place in "un parti de l'opposition" (not "d'opposition")."""
    for lang, text in PARTY_OF_THE_OPPOSITION.items():
        _packet, assessment = analyze(tmp_path, text + "\n", name=f"facts-{lang}.txt")
        assert "misuse.political-opposition" in codes(assessment), lang


# ---------------------------------------------------------------- b10: "its status is suspended"

NOTICE_STATUS_NOUN = """DIFFUSION - wanted person
Status of notice: Red Notice A-2115/7-2009 was issued at the request of this NCB.
Its status in the INTERPOL Information System is at present SUSPENDED, pending the review
of this NCB's request of 27 April 2020.
Charge: corruption. Sentence: 2 years' imprisonment, not served.
"""

SUBJECT_STATUS = """DIFFUSION - wanted person
Red Notice A-2115/7-2009 was issued at the request of this NCB.
His refugee status was cancelled by the host state in 2019.
Charge: corruption. Sentence: 2 years' imprisonment, not served.
"""


def test_the_notice_s_status_named_by_its_possessive_is_read(tmp_path: Path) -> None:
    """b10: "Its status in the Information System is at present SUSPENDED" states the
    status of the notice named in the sentence before."""
    packet, assessment = analyze(tmp_path, NOTICE_STATUS_NOUN)
    statuses = [f.normalized for d in packet.documents for f in d.fields.notice.status]
    assert statuses == ["suspended"]
    assert "validity.status" in codes(assessment)


def test_a_subject_s_status_is_not_the_notice_s(tmp_path: Path) -> None:
    packet, assessment = analyze(tmp_path, SUBJECT_STATUS)
    assert not [f for d in packet.documents for f in d.fields.notice.status]
    assert "validity.status" not in codes(assessment)


# ---------------------------------------------------------------- b10: "before the penalty lapses"

RETRIAL_CLAUSE = """طلب نشرة حمراء
أصدرت محكمة الجنايات حكماً غيابياً بإدانة المحكوم عليه بجناية الاحتيال، وهو قرار غيابي يبطل حكماً
إذا سلّم المحكوم عليه نفسه أو قُبض عليه قبل سقوط العقوبة بالتقادم، وتعاد محاكمته وجاهياً.
"""

LAPSED = """طلب نشرة حمراء
أصدرت محكمة الجنايات حكماً غيابياً بإدانة المحكوم عليه بجناية الاحتيال. وقد سقطت العقوبة بالتقادم
في عام 2024.
"""


def test_a_penalty_lapsing_in_a_condition_is_no_expired_warrant(tmp_path: Path) -> None:
    """b10: "void if he is arrested before the penalty lapses by prescription" is a
    condition of the retrial guarantee, not a statement that the penalty has lapsed."""
    _packet, assessment = analyze(tmp_path, RETRIAL_CLAUSE)
    assert "validity.status" not in codes(assessment)


def test_a_penalty_that_lapsed_is_still_read(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, LAPSED)
    assert "validity.status" in codes(assessment)


# ---------------------------------------------------------------- b10: paid after a threat

PAID_AFTER_THREAT = (
    "Resumen de los hechos: el buscado dirigía una revista mensual. Entre 2014 y 2015 obtuvo de "
    "una empresa energética 450.000 euros tras anunciar la publicación de una serie de "
    "reportajes sobre sus tarifas. Delito: extorsión, artículo 243 del Código Penal.\n"
)

CHARGED_AFTER_PUBLICATION = (
    "Resumen de los hechos: la fiscalía formalizó la imputación contra el buscado tres días "
    "después de la publicación de su reportaje sobre las tarifas eléctricas.\n"
)


def test_money_obtained_after_threatening_to_publish_is_no_timing_sign(tmp_path: Path) -> None:
    """b10: the subject's extortion is timed by his own threat to publish, not the
    proceedings by his publication."""
    _packet, assessment = analyze(tmp_path, PAID_AFTER_THREAT)
    assert "misuse.political-timing" not in codes(assessment)


def test_a_charge_after_a_publication_is_still_a_timing_sign(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, CHARGED_AFTER_PUBLICATION)
    assert "misuse.political-timing" in codes(assessment)


# ---------------------------------------------------------------- b10: sums "running into billions"

BOILERPLATE_SUMS = """SUMMARY OF FACTS:
The subject is the chairman of a petroleum trading company which between 2011 and 2015 took
part in crude oil marketing arrangements with the state oil corporation. Investigations have
revealed that the subject, in concert with others, fraudulently obtained huge sums of money
running into several billions of Naira from the Federal Government of Nigeria.
OFFENCES: obtaining property by false pretence; money laundering.
"""


def test_sums_running_into_billions_with_no_transaction_are_vague(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, BOILERPLATE_SUMS)
    assert "compliance.vague-facts" in codes(assessment)


# ---------------------------------------------------------------- retired held-out: two terms

PUBLICATION_DIRECTOR = """النشرة الحمراء - البيانات القضائية
المطلوب: سعيد الفاسي، مغربي الجنسية.
المهنة: مدير نشر يومية مستقلة بالدار البيضاء.
التهم: الاتجار بالبشر؛ الاغتصاب.
"""

DECLARED_ABSENT = (
    "Sentencia (extracto). Agotadas las diligencias de búsqueda sin resultado, el Juez de "
    "Control de Garantías declaró al procesado persona ausente el 11 de julio de 2019 y el "
    "juicio siguió con defensor de oficio. Delito: captación masiva y habitual de dineros.\n"
)


def test_a_publication_director_is_a_journalist_subject(tmp_path: Path) -> None:
    """The Moroccan title "مدير نشر" (publication director of a newspaper)."""
    _packet, assessment = analyze(tmp_path, PUBLICATION_DIRECTOR)
    assert "misuse.journalist-media" in codes(assessment)


def test_an_accused_declared_absent_is_tried_in_absentia(tmp_path: Path) -> None:
    """Colombian procedure: "declaró al procesado persona ausente"."""
    _packet, assessment = analyze(tmp_path, DECLARED_ABSENT)
    assert "misuse.in-absentia" in codes(assessment)
