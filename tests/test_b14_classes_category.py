"""Behaviour tests for the category and misuse classes the b14 development cases exposed: false
alarms a reviewer would call wrong and signs the engine missed, each fixed by a rule or a
lexicon entry, with a counterpart that must still read the other way.

Each text is fictional and written for the test; none is taken from a case file.
"""

from __future__ import annotations

from pathlib import Path

from tests.test_flags import analyze, codes, held, sources

# ---------------------------------------------------------------- an offence inside a longer one

CONSENSUAL = """ملخص الوقائع:
بتاريخ 03/02/2021 ضبطت المتهمة، وهي متزوجة، في شقة بمدينة العين مع رجل غير زوجها.
التهم: هتك العرض بالرضا (الزنا) مع كون المتهمة محصنة.
العقوبة: الحبس مدة لا تزيد على ثلاث سنوات.
"""

FORCED = """ملخص الوقائع:
بتاريخ 03/02/2021 اعتدى المتهم، وهو متزوج، على جارته في شقتها بمدينة العين.
التهم: هتك العرض بالإكراه؛ الزنا.
العقوبة: السجن المؤقت.
"""


def test_consensual_indecency_names_no_sexual_assault_beside_adultery(tmp_path: Path) -> None:
    """"هتك العرض" inside "هتك العرض بالرضا" (consensual relations) is a part of that name, not
    a charge of sexual assault that makes the adultery an ordinary crime of violence."""
    _packet, assessment = analyze(tmp_path, CONSENSUAL)
    assert "offense.family-private" in codes(assessment)


def test_adultery_charged_beside_a_forced_indecent_assault_is_still_held(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, FORCED)
    assert "offense.family-private" not in codes(assessment)
    assert "offense.family-private" in held(assessment)


# ---------------------------------------------------------------- a dispute with a government body

STATE_BODY_DISPUTE = """مذكرة دفاع
خصصت الهيئة للشركة أرضاً بعقد مؤرخ 2015، ثم ألغت التخصيص بعد أن رفضت الشركة إعادة تسعيرها.
ولذلك نلتمس حذف التعميم لكونه وسيلة ضغط في نزاع تجاري مع جهة حكومية.
"""

PARTNER_DISPUTE = """مذكرة دفاع
أسس موكلي الشركة مع شريكه عام 2015، ثم اختلفا على إدارة الفروع وتوزيع العائدات.
ولذلك نلتمس حذف التعميم لكونه وسيلة ضغط في نزاع تجاري مع شريكه السابق.
"""


def test_a_commercial_dispute_with_a_government_body_is_a_dispute_with_the_state(
    tmp_path: Path,
) -> None:
    _packet, assessment = analyze(tmp_path, STATE_BODY_DISPUTE)
    assert "offense.administrative-private" not in codes(assessment)
    assert "misuse.business-dispute-state" in codes(assessment)


def test_a_commercial_dispute_with_a_partner_is_still_a_private_dispute(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, PARTNER_DISPUTE)
    assert "offense.administrative-private" in codes(assessment)
    assert "misuse.business-dispute-state" not in codes(assessment)


# ---------------------------------------------------------------- soliciting public charity

CHARITY_APPEAL = """ملخص الأفعال:
خلال شهر رمضان 2022 جمع المعني بالأمر من سكان الحي مبالغ مالية باسم جمعية لم تؤسس بعد،
دون الحصول على الإذن المطلوب من السلطة المحلية.
الأفعال المتابع بها: التماس الإحسان العمومي دون ترخيص.
العقوبة: الحبس من شهر إلى ستة أشهر وغرامة.
"""


def test_soliciting_public_charity_without_a_licence_is_a_licensing_breach(
    tmp_path: Path,
) -> None:
    _packet, assessment = analyze(tmp_path, CHARITY_APPEAL)
    assert "offense.administrative-private" in codes(assessment)


def test_soliciting_charity_to_fund_terrorism_is_still_held_back(tmp_path: Path) -> None:
    text = CHARITY_APPEAL.replace(
        "دون ترخيص.", "دون ترخيص؛ تمويل الإرهاب."
    ).replace("باسم جمعية لم تؤسس بعد،", "باسم جمعية لم تؤسس بعد وحولها إلى جماعة مسلحة،")
    _packet, assessment = analyze(tmp_path, text)
    assert "offense.administrative-private" not in codes(assessment)


# ---------------------------------------------------------------- the partners' accounting suit

ACCOUNTING_SUIT = (
    "Nombre: RIVAS TORO, Hernán, nacido el 4/6/1975.\n"
    "Hechos: según la denuncia de su socio, entre enero y mayo de 2022 el procesado, gerente de"
    " la compañía, cobró el valor de cuatro embarques de cacao por USD 90.000 y no los depositó"
    " en la cuenta social. Paralelamente, el denunciante sigue contra el procesado un juicio"
    " ordinario de rendición de cuentas ante la Unidad Judicial Civil de Quevedo, en trámite.\n"
    "Delito: abuso de confianza. Pena: uno a tres años de privación de libertad.\n"
)


def test_a_parallel_accounting_suit_between_partners_is_a_private_dispute_sign(
    tmp_path: Path,
) -> None:
    _packet, assessment = analyze(tmp_path, ACCOUNTING_SUIT)
    assert "offense.administrative-private" in codes(assessment)


def test_public_accountability_is_no_accounting_suit(tmp_path: Path) -> None:
    text = ACCOUNTING_SUIT.replace(
        "Paralelamente, el denunciante sigue contra el procesado un juicio ordinario de rendición"
        " de cuentas ante la Unidad Judicial Civil de Quevedo, en trámite.",
        "El procesado presentó en marzo de 2022 el informe anual de rendición de cuentas de la"
        " compañía ante la junta de accionistas.",
    )
    _packet, assessment = analyze(tmp_path, text)
    assert "offense.administrative-private" not in codes(assessment)


# ---------------------------------------------------------------- an unarmed gathering

UNARMED_GATHERING = (
    "Nom : HADDAD, Samia, née le 3 avril 1970.\n"
    "Exposé des faits : depuis 2021, à Constantine, elle dirige une association dont l'agrément"
    " a été refusé, et elle a appelé en 2024 à des rassemblements devant la mairie.\n"
    "Qualifications : activité au nom d'une association non agréée ; incitation à attroupement"
    " non armé.\n"
    "Peine : emprisonnement de trois mois à un an.\n"
)


def test_an_unarmed_gathering_is_no_serious_crime_beside_an_unlicensed_association(
    tmp_path: Path,
) -> None:
    _packet, assessment = analyze(tmp_path, UNARMED_GATHERING)
    assert "offense.administrative-private" in codes(assessment)


def test_an_armed_gathering_still_holds_the_licensing_flag_back(tmp_path: Path) -> None:
    text = UNARMED_GATHERING.replace("attroupement non armé", "attroupement armé")
    _packet, assessment = analyze(tmp_path, text)
    assert "offense.administrative-private" not in codes(assessment)
    assert "offense.administrative-private" in held(assessment)


# ---------------------------------------------------------------- families of the disappeared

FAMILIES_SPOKESWOMAN = (
    "Nom : HADDAD, Samia, née le 3 avril 1970.\n"
    "Exposé des faits : la nommée HADDAD Samia se présente comme porte-parole d'un « Collectif"
    " des familles de disparus de Sétif ». Le 5 mai 2024, elle a remis un dossier à des"
    " organisations étrangères.\n"
    "Qualification : intelligence avec des organisations étrangères.\n"
)

FAMILIES_COMPLAINANT = (
    "Nom : HADDAD, Karim, né le 3 avril 1958.\n"
    "Exposé des faits : ancien commissaire de police, HADDAD Karim est poursuivi sur plainte de"
    " la victime, l'association des familles de disparus de Sétif, pour l'enlèvement de"
    " quatre habitants de Sétif en 1995, dont les corps n'ont jamais été retrouvés.\n"
    "Qualification : enlèvement et séquestration ; disparition forcée.\n"
)


def test_the_spokeswoman_of_families_of_the_disappeared_is_a_defender(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, FAMILIES_SPOKESWOMAN)
    assert "misuse.human-rights-defender" in codes(assessment)


def test_the_families_association_as_the_victim_names_no_defender(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, FAMILIES_COMPLAINANT)
    assert "misuse.human-rights-defender" not in codes(assessment)


# ---------------------------------------------------------------- Syariah charges

SYARIAH = (
    "Name: AHMAD ZAKI BIN ROSLI, born 2 March 1990.\n"
    "Requesting agency: Kedah Islamic Religious Department.\n"
    "Facts: On 4 April 2024, at a wedding feast in Alor Setar, the above-named, a Muslim man,"
    " attended in women's dress and sang religious verses in the women's section.\n"
    "Offences: (1) Insulting or bringing into contempt the religion of Islam, section 7,"
    " Syariah Criminal Offences Enactment. (2) Man posing as a woman, section 29 of the same"
    " Enactment. Penalty: imprisonment not exceeding three years.\n"
)

PENAL_CODE_THEFT = (
    "Name: AHMAD ZAKI BIN ROSLI, born 2 March 1990.\n"
    "Requesting agency: Royal Malaysia Police, Kedah Contingent.\n"
    "Facts: On 4 April 2024, in Alor Setar, the above-named stole jewellery worth RM 40,000 from"
    " a shop.\n"
    "Offence: theft, section 379 of the Penal Code. Penalty: imprisonment up to seven years.\n"
)

CATFISH = (
    "Name: AHMAD ZAKI BIN ROSLI, born 2 March 1990.\n"
    "Facts: Between 2022 and 2023 the above-named, a man posing as a woman on social media,"
    " obtained intimate images from eleven victims and demanded money from them.\n"
    "Offence: extortion, section 384 of the Penal Code. Penalty: imprisonment up to ten years.\n"
)


def test_the_syariah_wording_of_insulting_islam_is_a_religious_offence(tmp_path: Path) -> None:
    """"insulting or bringing into contempt the religion of Islam" parts "insulting" from "the
    religion"; a man posing as a woman is a dress norm, and the religious criminal law and its
    religious department make the case turn on religion."""
    _packet, assessment = analyze(tmp_path, SYARIAH)
    assert {"article3.religious", "offense.cultural-norms",
            "misuse.religious-minority"} <= codes(assessment)
    assert {"article3.religious.blasphemy", "offense.cultural-norms.dress-fasting-witchcraft",
            "misuse.religious-minority.religious-motive"} <= sources(assessment)


def test_an_ordinary_penal_code_theft_does_not_turn_on_religion(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, PENAL_CODE_THEFT)
    assert not codes(assessment) & {"article3.religious", "misuse.religious-minority",
                                    "offense.cultural-norms"}


def test_a_man_posing_as_a_woman_online_to_extort_is_no_dress_offence(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, CATFISH)
    assert "offense.cultural-norms" not in codes(assessment)


# ---------------------------------------------------------------- a draft evader's forum

DRAFT_EVADER = """بناءً على طلب: النيابة العسكرية
الاسم: سامح عادل محمود، تاريخ الميلاد: 12/05/1994
ملخص الوقائع: أنهى المذكور دراسته في يونيو 2017 وزال سبب تأجيل تجنيده، ولم يتقدم إلى منطقة
التجنيد بأسيوط، وغادر البلاد في أغسطس 2017.
الاتهام: التخلف عن التقدم لأداء الخدمة العسكرية بعد زوال سبب التأجيل.
العقوبة: الحبس مدة لا تقل عن سنتين.
"""

CIVILIAN_BEFORE_MILITARY = """بناءً على طلب: النيابة العسكرية
الاسم: سامح عادل محمود، تاريخ الميلاد: 12/05/1994
ملخص الوقائع: نشر المذكور، وهو مهندس مدني، في مارس 2020 على صفحته منشوراً ينتقد فيه أداء
الحكومة.
الاتهام: نشر أخبار كاذبة.
"""


def test_a_military_prosecutor_of_a_draft_evader_is_the_ordinary_forum(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, DRAFT_EVADER)
    assert "article3.military" in codes(assessment)
    assert "misuse.political-opposition" not in codes(assessment)


def test_a_military_prosecutor_of_a_civilian_critic_is_still_flagged(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, CIVILIAN_BEFORE_MILITARY)
    assert "misuse.political-opposition" in codes(assessment)


# ---------------------------------------------------------------- the publication of a decree

DECREE_PUBLISHED = (
    "Subject: VOLKOV, Pavel Igorevich, born 3.4.1979.\n"
    "Circumstances: after the publication on 14.06.2021 of Decree of the Government No. 455 on"
    " the new tariffs, VOLKOV, director of a transport company, stopped paying the road levy and"
    " kept the sums collected from his clients, 18 million roubles in total.\n"
    "Charge: misappropriation, Article 160 part 4 of the Criminal Code.\n"
)

ARTICLES_PUBLISHED = (
    "Subject: VOLKOV, Pavel Igorevich, born 3.4.1979.\n"
    "Circumstances: after the publication on 14.06.2021 of his articles on the governor's"
    " contracts, the investigators opened a case against VOLKOV for misappropriation.\n"
    "Charge: misappropriation, Article 160 part 4 of the Criminal Code.\n"
)


def test_the_publication_of_a_decree_is_no_publication_of_the_subject(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, DECREE_PUBLISHED)
    assert "misuse.political-timing" not in codes(assessment)
    assert "official act" in held(assessment)["misuse.political-timing"]


def test_a_case_opened_after_the_subject_s_articles_is_still_timed(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, ARTICLES_PUBLISHED)
    assert "misuse.political-timing" in codes(assessment)
