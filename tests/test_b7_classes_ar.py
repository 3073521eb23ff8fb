"""Behaviour tests for the b7 classes fixed from the Arabic batch (fictional texts)."""
from __future__ import annotations

from pathlib import Path

from tests.test_flags import analyze, codes, held


def test_posts_on_own_social_account_are_speech_facts(tmp_path: Path) -> None:
    """What the subject posted on her or his own account, page or channel of a named
    platform, in any link-word form: the facts are speech, in Arabic, French and Spanish."""
    ar = (
        "المحكوم عليه: حسام نعيم الزعبي، مواليد 1990.\n"
        "ملخص الأفعال: نشر المحكوم عليه يوم 2021/03/04 على حسابه بشبكة إنستغرام تسجيلاً "
        "يسخر فيه من الوزير، وتمت مشاركته مرات عديدة.\n"
        "الحكم: السجن سنتين.\n"
    )
    _, a = analyze(tmp_path, ar)
    assert "misuse.speech-offense" in codes(a)
    fr = (
        "Personne recherchée : Yanis FERHAT, né le 2 mai 1991.\n"
        "Faits : le 4 mars 2021, il a diffusé sur son compte tiktok une vidéo moquant le "
        "ministre de l'intérieur. Peine : deux ans d'emprisonnement.\n"
    )
    _, a = analyze(tmp_path, fr, name="fr.txt")
    assert "misuse.speech-offense" in codes(a)
    es = (
        "Requerido: Tomás ARIZA PEÑA, nacido el 2 de mayo de 1991.\n"
        "Hechos: el 4 de marzo de 2021 difundió en su cuenta de tiktok un video en el que se "
        "burlaba del ministro. Pena: dos años de prisión.\n"
    )
    _, a = analyze(tmp_path, es, name="es.txt")
    assert "misuse.speech-offense" in codes(a)


def test_indecent_or_degrading_content_is_a_cultural_norms_offence(tmp_path: Path) -> None:
    """Content called indecent, degrading or offending modesty: a behavioural-norms offence,
    in Arabic and English."""
    ar = (
        "المحكومة: رنا سامي الحداد، مواليد 2000.\n"
        "الوقائع: نشرت مقاطع تظهر فيها وهي ترقص، وتضمنت إيحاءات خادشة للحياء ومحتوى هابطاً.\n"
        "الحكم: الحبس سنة واحدة.\n"
    )
    _, a = analyze(tmp_path, ar)
    assert "offense.cultural-norms" in codes(a)
    en = (
        "Wanted: Lina MORCOS, born 3 May 2000.\n"
        "Facts: she uploaded dance clips found to be indecent content and was sentenced to one "
        "year's imprisonment.\n"
    )
    _, a = analyze(tmp_path, en, name="en.txt")
    assert "offense.cultural-norms" in codes(a)


def test_attack_verbs_on_the_sacred_are_a_religious_offence(tmp_path: Path) -> None:
    """Every attack verb with every sacred object ("النيل من الذات الإلهية"), and a parody of
    Quranic verses: an offence of a religious character, in Arabic and Spanish."""
    ar = (
        "المحكوم عليه: وليد منصور الطرابلسي، مواليد 1988.\n"
        "منطوق الحكم: قضت المحكمة بسجنه ستة أشهر من أجل النيل من الذات الإلهية.\n"
    )
    _, a = analyze(tmp_path, ar)
    assert "article3.religious" in codes(a)
    es = (
        "Requerido: Omar BENALI, nacido el 3 de mayo de 1989.\n"
        "Hechos: publicó una parodia de versículos del corán. Pena: un año de prisión.\n"
    )
    _, a = analyze(tmp_path, es, name="es.txt")
    assert "article3.religious" in codes(a)


def test_activist_named_by_bracketed_initials_is_another_person(tmp_path: Path) -> None:
    """A status word whose description ends with initials in brackets that are not the
    subject's names another person (the victim), in Arabic and English; and a military court
    is the ordinary forum of a member of a security service."""
    ar = (
        "الاسم: سليم فواز العتوم - مواليد 1990\n"
        "الوظيفة: عنصر سابق في أحد الأجهزة الأمنية\n"
        "ملخص الوقائع: دهمت قوة أمنية منزلاً لاعتقال الناشط والمرشح السابق للبلدية\n"
        "(ر.ق)، وأثناء نقله قام المطلوب بضربه حتى الوفاة.\n"
        "التهمة: القتل القصد. العقوبة: الأشغال الشاقة خمس عشرة سنة.\n"
        "قرار القبض: صادر عن المحكمة العسكرية، رقم 5/2022، بتاريخ 2022/01/05.\n"
    )
    _, a = analyze(tmp_path, ar)
    assert "misuse.human-rights-defender" not in codes(a)
    assert "misuse.political-opposition" not in codes(a)
    en = (
        "Wanted: Victor HALE, born 3 May 1980.\n"
        "Facts: on 2 June 2021 the accused beat the activist and former candidate (R.Q.) "
        "during his arrest, causing his death.\n"
        "Charge: murder. Penalty: life imprisonment.\n"
    )
    _, a = analyze(tmp_path, en, name="en.txt")
    assert "misuse.human-rights-defender" not in codes(a)
    assert "misuse.human-rights-defender" in held(a)


def test_warrant_dated_after_its_number_on_one_line(tmp_path: Path) -> None:
    """A warrant that gives its number and its date on one head line ("الرقم: ... - التاريخ:
    ..."): the date is the warrant's own, and acts dated after it conflict."""
    from pipeline.chain import analyze_path

    (tmp_path / "notice.txt").write_text(
        "طلب نشرة حمراء\nالاسم: كمال يوسف الدوسري\nتاريخ الميلاد: 1993/02/01\n"
        "ملخص الوقائع: في يوم 2023/05/20 اعترض المطلوب مندوب شركة وسلب حقيبته.\n"
        "التهمة: السرقة بالإكراه (المادة 379 من قانون العقوبات).\n"
        "العقوبة: السجن مدة لا تزيد على عشر سنوات.\n",
        encoding="utf-8",
    )
    (tmp_path / "warrant.txt").write_text(
        "النيابة العامة\nأمر بالقبض والإحضار\nالرقم: 2023/551 - التاريخ: 2023/05/02\n"
        "نأمر بالقبض على المتهم كمال يوسف الدوسري، مواليد 1993/02/01، بشأن واقعة السرقة "
        "بالإكراه.\n",
        encoding="utf-8",
    )
    packet, a = analyze_path(tmp_path, record=False)
    warrant = next(d for d in packet.documents if d.file_name == "warrant.txt")
    assert warrant.fields.decision.date is not None
    assert warrant.fields.decision.date.normalized.startswith("2023-05-02")
    assert "consistency.dates" in codes(a)


def test_coercion_word_inside_an_offence_name_is_no_coercion(tmp_path: Path) -> None:
    """The force of "السرقة بالإكراه" names how the robbery was done: a police record beside
    it is no statement taken under pressure; a retraction told as a noun by the prosecutor
    ("عدول المتهم عن أقواله") is a sign of coerced evidence."""
    ar = (
        "المتهم: فيصل ماجد الكواري، مواليد 1992.\n"
        "بعد الاطلاع على محضر الشرطة بشأن واقعة السرقة بالإكراه التي تعرض لها المجني عليه، "
        "نأمر بالقبض على المتهم.\n"
        "التهمة: السرقة بالإكراه. العقوبة: السجن عشر سنوات.\n"
    )
    _, a = analyze(tmp_path, ar)
    assert "misuse.coerced-evidence" not in codes(a)
    ar2 = (
        "المتهم: فيصل ماجد الكواري، مواليد 1992.\n"
        "التهمة: السرقة. العقوبة: السجن خمس سنوات.\n"
        "(أثبتت النيابة عدول المتهم عن أقواله أمامها.)\n"
    )
    _, a = analyze(tmp_path, ar2, name="b.txt")
    assert "misuse.coerced-evidence" in codes(a)


def test_separatist_ideas_and_ethnic_nationality(tmp_path: Path) -> None:
    """Separatism told as ideas spread, and a charge that names the community as an ethnic
    nationality: political and racial character, in Arabic and French."""
    ar = (
        "المتهم: عادل ناصر الساعدي، مواليد 1982.\n"
        "الوقائع: نشر المتهم أفكاراً انفصالية وحرّض أبناء القومية البلوشية ضد الدولة.\n"
        "التهمة: الإخلال بالأمن الوطني. العقوبة: الحبس خمس سنوات.\n"
    )
    _, a = analyze(tmp_path, ar)
    assert {"article3.political", "misuse.ethnic-minority", "article3.racial"} <= codes(a)
    fr = (
        "Personne recherchée : Rahim OSMANOV, né le 3 mai 1975.\n"
        "Faits : il a diffusé des idées séparatistes parmi une nationalité minoritaire.\n"
        "Peine : dix ans d'emprisonnement.\n"
    )
    _, a = analyze(tmp_path, fr, name="fr.txt")
    assert {"article3.political", "misuse.ethnic-minority"} <= codes(a)
