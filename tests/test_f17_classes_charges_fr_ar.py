"""Charges of the f17 development batch, French and Arabic, as classes (fictional texts
written for these tests, not copied from the evaluation set)."""

from __future__ import annotations

from pipeline.understand.charges import read_offenses
from tests.understand_helpers import offenses, view


def _charges(text: str, lang: str, doc_type: str | None = None, method: str = "ocr") -> list[str]:
    return [o.text for o in read_offenses([view(text, lang, method)], doc_type)[0]]


# ---- "constitutifs de X et de Y, <sujet> ayant ..., ce qui constitue l'infraction de Z": the
# bare "constitutifs de" before an offence, the absolute participle that ends the charge, and
# the qualification the clause goes on to give


def test_constitutive_of_then_participle_clause_then_qualification() -> None:
    text = (
        "Attendu que ces faits sont constitutifs de\n"
        "vol à main armée et de tentative de meurtre, l'intéressé ayant en outre\n"
        "recruté la bande, ce qui constitue l'infraction d'association de malfaiteurs ;\n"
    )
    assert _charges(text, "fr", "arrest-warrant") == [
        "vol à main armée", "tentative de meurtre", "association de malfaiteurs"
    ]


def test_constitutive_of_without_offence_names_none() -> None:
    text = "Attendu que ces éléments sont constitutifs de preuves suffisantes contre lui ;\n"
    assert _charges(text, "fr") == []


def test_participle_clause_after_last_charge_is_cut() -> None:
    text = (
        "M. Paul DORÉ est poursuivi des chefs de prise d'otages et d'extorsion de fonds,\n"
        "la rançon ayant été partagée à Kindia.\n"
    )
    assert _charges(text, "fr", "extradition-request") == ["prise d'otages", "extorsion de fonds"]


# ---- an unnumbered list in capitals on an OCR page goes on past a blank line after a comma,
# or after a full stop OCR read for that comma, when the next line names an offence


def test_caps_list_goes_on_after_comma_and_misread_stop() -> None:
    text = (
        "INFRACTIONS REPROCHÉES :\n\n"
        "ABUS DE CONFIANCE.\n\n"
        "FAUX EN ÉCRITURE PRIVÉE,\n\n"
        "ESCROQUERIE\n\n"
        "Le nommé Jean TOKO a quitté le territoire.\n"
    )
    assert _charges(text, "fr", "diffusion") == [
        "ABUS DE CONFIANCE", "FAUX EN ÉCRITURE PRIVÉE", "ESCROQUERIE"
    ]


def test_caps_list_ends_at_a_line_naming_no_offence() -> None:
    text = (
        "INFRACTIONS REPROCHÉES :\n\n"
        "ABUS DE CONFIANCE.\n\n"
        "DOSSIER TRANSMIS AU PARQUET GÉNÉRAL\n"
    )
    assert _charges(text, "fr", "diffusion") == ["ABUS DE CONFIANCE"]


# ---- a named party whose role stands between commas before the cue ("X, auteur principal,
# poursuivi pour ...") is not the subject


def test_principal_offender_aside_is_other_party() -> None:
    text = (
        "INCULPATIONS :\nCOMPLICITÉ DE MEURTRE\n\n"
        "Attendu que BANZA Léon, auteur principal, poursuivi pour meurtre et\n"
        "vol qualifié, a fait l'objet d'une disjonction ;\n"
    )
    assert _charges(text, "fr", "indictment") == ["COMPLICITÉ DE MEURTRE"]


def test_profession_aside_is_no_other_party() -> None:
    text = "Attendu que BANZA Léon, commerçant, est poursuivi pour meurtre ;\n"
    assert _charges(text, "fr", "indictment") == ["meurtre"]


# ---- "dit n'y avoir lieu à suivre ... du chef de X": a dismissed head of charge


def test_dismissed_head_of_charge_is_no_charge() -> None:
    text = (
        "PAR CES MOTIFS\n"
        "Disons n'y avoir lieu à suivre contre l'inculpé du chef d'abus de confiance ;\n"
        "Renvoyons Marc ZOBO devant le tribunal criminel du chef d'escroquerie ;\n"
    )
    assert _charges(text, "fr", "indictment") == ["escroquerie"]


def test_referral_on_head_of_charge_is_kept() -> None:
    text = "Renvoyons Marc ZOBO devant le tribunal criminel du chef d'abus de confiance ;\n"
    assert _charges(text, "fr", "indictment") == ["abus de confiance"]


# ---- "les crimes et délits d'escroquerie": both class words go from the charge


def test_crimes_and_misdemeanours_of_lead_goes() -> None:
    text = (
        "Attendu qu'il résulte de l'information charges suffisantes contre l'inculpé\n"
        "d'avoir commis les crimes et délits d'escroquerie en bande organisée, de faux en\n"
        "écriture de banque et de blanchiment de capitaux ;\n"
    )
    assert _charges(text, "fr", "indictment") == [
        "escroquerie en bande organisée", "faux en écriture de banque", "blanchiment de capitaux"
    ]


def test_crimes_of_lead_still_goes() -> None:
    text = "Attendu qu'il est établi qu'il a commis les crimes d'escroquerie et de recel ;\n"
    assert _charges(text, "fr", "indictment") == ["escroquerie", "recel"]


# ---- a law cited with its number and date before its subject ("loi n° 04-18 du 25 décembre
# 2004 relative à la prévention et à la répression ..."): its title is no charge


def test_dated_law_title_is_no_charge() -> None:
    text = (
        "Infractions : l'intéressé est poursuivi des chefs d'association de malfaiteurs et de\n"
        "blanchiment d'argent, faits prévus et punis par l'article 19 de la loi n° 05-11\n"
        "du 3 mars 2005 relative à la prévention et à la répression du trafic illicite de\n"
        "stupéfiants, et les articles 389 et 390 du Code pénal.\n"
    )
    assert _charges(text, "fr", "red-notice") == [
        "association de malfaiteurs", "blanchiment d'argent"
    ]


# ---- Arabic: "وهو متهم بتأسيس ..." (the clitic cue), a Latin gloss of the original name,
# "، إضافة إلى غسل الأموال" (in addition to), and the remarks that set other offences apart


def test_arabic_accused_of_with_clitic_gloss_and_in_addition() -> None:
    text = (
        "وهو متهم بتأسيس منظمة بغرض ارتكاب الجرائم وإدارتها، والاحتيال الموصوف\n"
        "(Nitelikli dolandırıcılık) باستخدام المؤسسات المصرفية، إضافة إلى\n"
        "غسل الأموال.\n"
    )
    assert _charges(text, "ar", "extradition-request", "text-layer") == [
        "تأسيس منظمة بغرض ارتكاب الجرائم وإدارتها", "الاحتيال الموصوف", "غسل الأموال"
    ]


def test_arabic_accused_of_acts_names_no_charge() -> None:
    text = "وهو متهم بالسفر إلى الخارج مع أسرته.\n"
    assert _charges(text, "ar", None, "text-layer") == []


def test_arabic_in_addition_to_no_offence_is_no_split() -> None:
    text = "يلاحق المطلوب بتهمة غسل الأموال، إضافة إلى ذلك فهو فار من العدالة.\n"
    found = _charges(text, "ar", None, "text-layer")
    assert len(found) == 1 and found[0].startswith("غسل الأموال")  # one charge, no split


def test_arabic_topic_partner_and_request_remark_are_not_charges() -> None:
    text = (
        "يلاحق المطلوب بتهمة الاحتيال.\n"
        "أما شريكه سامي داود فقد صدر بحقه حكم مستقل بتهمة إتلاف الأدلة. "
        "وسبق أن صدر بحقه حكم بتهمة تزوير مستند رسمي، ولا يشمله هذا الطلب.\n"
    )
    assert _charges(text, "ar", "extradition-request", "text-layer") == ["الاحتيال"]


def test_arabic_earlier_conviction_without_remark_is_kept() -> None:
    text = "وسبق أن صدر بحقه حكم بتهمة تزوير مستند رسمي.\n"
    assert _charges(text, "ar", "extradition-request", "text-layer") == ["تزوير مستند رسمي"]


def test_arabic_conviction_for_information_is_no_charge() -> None:
    text = (
        "يشتبه في ارتكاب المذكور جرائم القرصنة واحتجاز الرهائن، المنصوص عليها في المادة 12.\n"
        "كما سبق أن أدين المشتبه به عام 2015 بتهمة السرقة، وتذكر هذه الإدانة على سبيل الإحاطة.\n"
    )
    assert _charges(text, "ar", "police-report", "text-layer") == ["القرصنة", "احتجاز الرهائن"]


def test_arabic_participation_in_organised_group_splits_after_and() -> None:
    text = "ويتابع المعني بتهم الاتجار بالبشر وتهريب المهاجرين والمشاركة في جماعة إجرامية منظمة.\n"
    assert _charges(text, "ar", "red-notice", "text-layer") == [
        "الاتجار بالبشر", "تهريب المهاجرين", "المشاركة في جماعة إجرامية منظمة"
    ]


# ---- the dual class word before two offences ("تشكل جنايتي القتل العمد وسرقة ..."); separate
# proceedings before a cue ("متابع في ملف مستقل بجنحة ..."); "؛" ends the charge's sentence


def test_arabic_dual_class_and_separate_case() -> None:
    text = (
        "وحيث إن هذه الأفعال تشكل جنايتي القتل العمد وسرقة المواشي باستعمال السلاح؛\n"
        "وحيث إن المدعو كمال عيسى، الذي اشترى جزءاً من القطيع، متابع في ملف مستقل\n"
        "بجنحة إخفاء أشياء مسروقة؛\n"
        "وحيث إن المتهم فار؛\n"
    )
    assert _charges(text, "ar", "arrest-warrant") == ["القتل العمد", "سرقة المواشي باستعمال السلاح"]


def test_arabic_dual_class_before_articles_names_none() -> None:
    text = "وحيث إن هذه الأفعال تؤلف جنايتي المادتين 547 و189 من قانون العقوبات؛\n"
    assert _charges(text, "ar") == []


def test_arabic_concealment_without_separate_case_is_kept() -> None:
    text = "وحيث إن المدعو كمال عيسى متابع بجنحة إخفاء أشياء مسروقة؛\n"
    assert _charges(text, "ar", "arrest-warrant") == ["جنحة إخفاء أشياء مسروقة"]


def test_arabic_semicolon_ends_running_charge() -> None:
    text = (
        "وحيث إن النيابة العامة تابعته بتهمتي خيانة الأمانة وإصدار شيكات بدون رصيد؛\n"
        "وحيث إن المادة 376 من القانون الجنائي تعاقب على خيانة الأمانة؛\n"
    )
    assert _charges(text, "ar", "judgment") == ["خيانة الأمانة", "إصدار شيكات بدون رصيد"]


# ---- an Egyptian-style referral: the witnesses' heading ends the counts; "دون أن يكون مرخصاً
# له بحيازتها" (without a licence) is an element of the offence and stays in its name, as the
# labels of ar-indictment-01 and ar-indictment-f17 keep it


def test_arabic_witness_list_ends_counts_and_licence_clause_stays() -> None:
    text = (
        "لأنه في يوم 3/2/2024 بدائرة قسم الميناء:\n"
        "أولاً: أحرز بغير ترخيص سلاحاً نارياً مششخناً.\n"
        "ثانياً: أحرز ذخائر مما تستعمل في السلاح الناري دون أن يكون مرخصاً له بحيازتها.\n"
        "شهود الإثبات: 1- وليد سمير عبده. 2- النقيب هاني فؤاد، ضابط المباحث.\n"
    )
    assert _charges(text, "ar", "indictment", "text-layer") == [
        "أحرز بغير ترخيص سلاحاً نارياً مششخناً",
        "أحرز ذخائر مما تستعمل في السلاح الناري دون أن يكون مرخصاً له بحيازتها",
    ]


def test_arabic_semicolon_still_splits_a_label_list() -> None:
    text = "التهم: القتل العمد؛ حيازة سلاح ناري في مكان عام\nالعقوبة: السجن المؤبد\n"
    assert _charges(text, "ar", "red-notice", "text-layer") == [
        "القتل العمد", "حيازة سلاح ناري في مكان عام"
    ]


# ---- integration: a penal code that also governs procedure ("قانون العقوبات وأصول المحاكمات
# العسكرية", Syria's Military Penal and Procedure Code) is a law of offences, and a charge cited
# under it stays; a code of procedure alone still names no charge's law


def test_a_combined_penal_and_procedure_code_keeps_its_charge() -> None:
    text = (
        "الجرائم: الفرار إلى الخارج (المادة 101 من قانون العقوبات وأصول المحاكمات العسكرية)؛ "
        "سرقة وثائق سرية وإبلاغها إلى دولة أجنبية (المادتان 272 و273 من قانون العقوبات العام).\n"
        "العقوبة القصوى: خمس عشرة سنة.\n"
    )
    assert offenses(text, "ar") == [
        ("الفرار إلى الخارج", ["101"]),
        ("سرقة وثائق سرية وإبلاغها إلى دولة أجنبية", ["272", "273"]),
    ]


def test_a_code_of_procedure_alone_is_still_no_charges_law() -> None:
    text = (
        "Charges: fraud (article 210 of the Penal Code).\n"
        "The warrant was issued under articles 282 and 283 of the Code of Criminal Procedure.\n"
    )
    assert offenses(text, "en") == [("fraud", ["210"])]
