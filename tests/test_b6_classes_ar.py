"""Behaviour tests for the b6 classes fixed from the Arabic batch (fictional texts)."""
from __future__ import annotations

from pathlib import Path

from tests.test_flags import analyze, codes, held


def test_police_record_signed_after_beatings_is_coerced_evidence(tmp_path: Path) -> None:
    """The statements of the police or gendarmerie record, which the accused tells the judge
    he signed after blows: coerced evidence, in Arabic and French."""
    ar = (
        "المتهم: سمير بلقاسم، مواليد 1985.\n"
        "محضر استجواب: صرح المتهم أمام قاضي التحقيق بأن التصريحات الواردة في محضر الشرطة "
        "وقع عليها بعد أن تعرض للضرب والتهديد طيلة يومين.\n"
        "التهمة: السرقة الموصوفة. العقوبة: السجن عشر سنوات.\n"
    )
    _, a = analyze(tmp_path, ar)
    assert "misuse.coerced-evidence" in codes(a)
    fr = (
        "Personne recherchée : Karim DAHMANI, né le 3 mars 1984.\n"
        "Devant le juge, il déclare : « j'ai signé le procès-verbal après avoir reçu des coups "
        "et des menaces pendant deux jours ».\n"
        "Infraction : vol qualifié. Peine : dix ans d'emprisonnement.\n"
    )
    _, a = analyze(tmp_path, fr, name="fr.txt")
    assert "misuse.coerced-evidence" in codes(a)


def test_dispute_between_two_partners_is_a_private_dispute(tmp_path: Path) -> None:
    """A dispute between two partners over profits, the partnership ended and a liquidation
    suit pending before a commercial court: a private-dispute sign, in Arabic and English."""
    ar = (
        "المتهم: نادر فهمي الشريف، مواليد 1975.\n"
        "الوقائع: نشب خلاف بين الشريكين حول توزيع الأرباح، فأعلن المجني عليه فسخ الشراكة، "
        "وسحب المتهم مبلغ 20,000 دينار من حساب الشركة. والنزاع منظور أمام المحكمة التجارية.\n"
        "التهمة: خيانة الأمانة. العقوبة: الحبس ثلاث سنوات.\n"
    )
    _, a = analyze(tmp_path, ar)
    assert "offense.administrative-private" in codes(a)
    en = (
        "Subject: Daniel OKAFOR, born 1979.\n"
        "After a dispute between the two partners over the distribution of profits, he withdrew "
        "40,000 dollars, which he says is his share in the capital.\n"
        "Charge: criminal breach of trust. Penalty: up to three years' imprisonment.\n"
    )
    _, a = analyze(tmp_path, en, name="en.txt")
    assert "offense.administrative-private" in codes(a)


def test_person_complained_against_is_the_subject_not_a_victim(tmp_path: Path) -> None:
    """Levantine 'المشتكى عليه' (the one a complaint is against) is the accused: the status
    word after it is his, though 'المشتكى' alone would read as the complainant."""
    text = (
        "الاسم: حسام عادل النمري - مواليد 1980.\n"
        "ملخص الوقائع: المشتكى عليه ناشط حقوقي، نشر مقالات ينتقد فيها الحكومة.\n"
        "التهمة: إطالة اللسان. العقوبة: الحبس سنتين.\n"
    )
    _, a = analyze(tmp_path, text)
    assert "misuse.human-rights-defender" in codes(a)


def test_incitement_to_oppose_the_political_system_is_a_speech_charge(tmp_path: Path) -> None:
    """Incitement to oppose the political system and bare 'stirring up strife' are vague
    speech charges; bare 'إثارة النعرات' names no group, so it is no racial character."""
    text = (
        "الاسم: رامي سليم العبادي - مواليد 1979.\n"
        "ألقى المشتكى عليه كلمة ينتقد فيها الحكومة.\n"
        "التهم: التحريض على مناهضة نظام الحكم السياسي، وإثارة النعرات.\n"
        "العقوبة: الحبس ثلاث سنوات.\n"
    )
    _, a = analyze(tmp_path, text)
    assert "misuse.speech-offense" in codes(a)
    assert "article3.racial" not in codes(a)


def test_acts_right_after_the_union_was_shut_are_political_timing(tmp_path: Path) -> None:
    """The closure or dissolution of the subject's union or party as the event the charged
    acts and the proceedings follow, in Arabic and English."""
    ar = (
        "الاسم: عمر ياسين الحوراني - مواليد 1972 - عضو في نقابة المهندسين.\n"
        "بعد أيام من حل النقابة، دعا المتهم إلى الاعتصام، فصدرت بحقه مذكرة قبض.\n"
        "التهمة: التجمهر غير المشروع. العقوبة: الحبس سنة.\n"
    )
    _, a = analyze(tmp_path, ar)
    assert "misuse.political-timing" in codes(a)
    en = (
        "Subject: Peter MWANGI, born 1975, a teachers' union official.\n"
        "Two days after the dissolution of the union, he called for a strike; a warrant followed.\n"
        "Charge: unlawful assembly. Penalty: up to two years' imprisonment.\n"
    )
    _, a = analyze(tmp_path, en, name="en.txt")
    assert "misuse.political-timing" in codes(a)


def test_victim_known_for_her_activism_is_no_defender_subject(tmp_path: Path) -> None:
    """'Known for her rights activism' said of the murdered victim is held back (a status of
    a person, read next to the victim word); said of the subject, it counts."""
    ar = (
        "المطلوب: فرج سالم العبيدي - مواليد 1990.\n"
        "ملخص الوقائع: أطلق المتهم النار على المجني عليها الصحفية المعروفة بنشاطها الحقوقي "
        "فتوفيت في الحال.\n"
        "التهمة: القتل العمد. العقوبة: الإعدام.\n"
    )
    _, a = analyze(tmp_path, ar)
    assert "misuse.human-rights-defender" not in codes(a)
    en = (
        "Subject: Ana PEREIRA, born 1985.\n"
        "The accused was charged in retaliation for her activism on behalf of detainees.\n"
        "Charge: fraud. Penalty: up to five years' imprisonment.\n"
    )
    _, a = analyze(tmp_path, en, name="en.txt")
    assert "misuse.human-rights-defender" in codes(a)


def test_state_pressure_on_the_subjects_companies_is_a_state_dispute(tmp_path: Path) -> None:
    """Punitive tax reassessments and licences withdrawn from the subject's companies before
    the charges: a dispute with the state, in Arabic and French."""
    ar = (
        "المطلوب: سالم ولد أحمد - رجل أعمال.\n"
        "منذ عام 2015 تعرضت شركاته لتصحيحات ضريبية بمبالغ باهظة وسحب رخص.\n"
        "التهمة: غسل الأموال. العقوبة: السجن عشر سنوات.\n"
    )
    _, a = analyze(tmp_path, ar)
    assert "misuse.business-dispute-state" in codes(a)
    fr = (
        "Personne recherchée : Moussa DIALLO, homme d'affaires.\n"
        "Depuis 2016, ses sociétés ont subi des redressements fiscaux exorbitants et le retrait "
        "des licences de ses sociétés.\n"
        "Infraction : blanchiment. Peine : dix ans d'emprisonnement.\n"
    )
    _, a = analyze(tmp_path, fr, name="fr.txt")
    assert "misuse.business-dispute-state" in codes(a)


def test_tribe_targeted_and_evicted_is_ethnic_not_a_business_dispute(tmp_path: Path) -> None:
    """Warrants against a number of a tribe's members and its forced displacement: an ethnic
    character (misuse.ethnic-minority and article3.racial); the expropriation of its homes with
    their eviction is no dispute over a business."""
    text = (
        "المطلوب: ناصر عيد العنزي - مواليد 1980.\n"
        "نشر مقاطع يرفض فيها نزع ملكية العقارات وإخلاء المساكن لصالح مشروع حكومي.\n"
        "أمر القبض: صادر ضمن أوامر القبض الصادرة بحق عدد من أبناء قبيلة العنزة.\n"
        "التهمة: الإخلال بالنظام العام. العقوبة: السجن عشر سنوات.\n"
    )
    _, a = analyze(tmp_path, text)
    assert {"misuse.ethnic-minority", "article3.racial"} <= codes(a)
    assert "misuse.business-dispute-state" not in codes(a)


def test_leader_of_an_armed_opposition_movement_is_an_opposition_figure(tmp_path: Path) -> None:
    """The leader or secretary-general of an armed opposition movement, in Arabic and English."""
    ar = (
        "المطلوب: آدم عيسى محمد - مواليد 1965 - الأمين العام لحركة مسلحة.\n"
        "الحكم: حكم غيابي بالإعدام لإدانته بتقويض النظام الدستوري.\n"
    )
    _, a = analyze(tmp_path, ar)
    assert "misuse.political-opposition" in codes(a)
    en = (
        "Subject: John DENG, born 1966, leader of an armed opposition movement.\n"
        "Sentenced to death for undermining the constitutional order.\n"
    )
    _, a = analyze(tmp_path, en, name="en.txt")
    assert "misuse.political-opposition" in codes(a)


def test_military_court_for_a_deadly_terrorist_bombing_is_held_back(tmp_path: Path) -> None:
    """A military court with jurisdiction over terrorism trying a deadly bombing: the forum
    says nothing of an opposition figure; the flag is held back with its reason."""
    text = (
        "المطلوب: علي حسن نور - مواليد 1990.\n"
        "ملخص الوقائع: انفجرت سيارة مفخخة في سوق مزدحم مما أدى إلى مقتل أربعين مدنيا، "
        "وقد ثبت أن المطلوب عضو في جماعة إرهابية جهز السيارة.\n"
        "التهم: القتل العمد، والانتماء إلى جماعة إرهابية.\n"
        "العقوبة: الإعدام.\n"
        "أمر القبض: صادر عن المحكمة العسكرية بحكم اختصاصها بقضايا الإرهاب.\n"
    )
    _, a = analyze(tmp_path, text)
    assert "misuse.political-opposition" not in codes(a)
    assert "misuse.political-opposition" in held(a)
