"""Three general readings mended while reviewing the b7 round: a sign only a text model read
does not by itself make a case likely-non-compliant; whose social-media account the facts
name; a status word of a person the passive voice names as the one attacked.

Every text is fictional and written for these tests (no evaluation case text).
"""

from __future__ import annotations

from pathlib import Path

from pipeline.flags.levels import level_for
from pipeline.records import Flag, Provenance
from tests.test_flags import analyze, codes, held


def _flag(code: str, *kinds: str) -> Flag:
    first, *others = [Provenance(kind=k, id=f"{k}-source", version="1") for k in kinds]
    return Flag(code=code, family="misuse", severity="medium", rationale="r",
                provenance=first, corroborated_by=others)


def test_a_sign_only_a_model_read_asks_for_review_not_a_non_compliant_level() -> None:
    lexicon = _flag("misuse.journalist-media", "lexicon")
    model_only = _flag("misuse.business-dispute-state", "model")
    corroborated = _flag("misuse.business-dispute-state", "model", "lexicon")
    assert level_for([lexicon, model_only])[0] == "review-needed"
    assert level_for([model_only])[0] == "review-needed"
    assert level_for([lexicon, corroborated])[0] == "likely-non-compliant"


COMPLAINANT_POSTS = """ملخص الوقائع
بتاريخ 2 ماي 2020 بمدينة أكادير، اعتدى المتهم يوسف العمراني على المشتكي بقضيب حديدي أمام
محله التجاري فكسر ذراعه. وقد نشر المشتكي تفاصيل الاعتداء بتاريخ 14 ماي 2020 على حسابه بموقع
فيسبوك، ثم تقدم بشكاية أمام وكيل الملك.
التهمة: الضرب والجرح العمدي المفضي إلى عاهة (الفصل 402 من القانون الجنائي)، المعاقب عليه
بالسجن من خمس إلى عشر سنوات. أمر بإلقاء القبض رقم 20/331 بتاريخ 1 يونيو 2020.
"""


def test_a_complainants_own_posts_are_not_the_subjects_speech(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, COMPLAINANT_POSTS)
    assert "misuse.speech-offense" not in codes(assessment)


DEFENDER_KILLED = """Résumé des faits : Le 3 juin 2012, le directeur exécutif d'une organisation
congolaise de défense des droits de l'homme, convoqué à l'inspection de la police à Kinshasa,
y a été intercepté avec son chauffeur par un groupe de policiers dont l'intéressé. Le
directeur a été étouffé dans un véhicule ; son corps a été retrouvé deux jours plus tard.
Les relevés téléphoniques et deux coauteurs placent l'intéressé dans le véhicule.
Inculpation : meurtre (article 44 du Code pénal), puni de la peine de mort.
Mandat d'arrêt n° RMP 1123 du 20 juin 2012.
"""


def test_a_defender_the_passive_voice_names_as_the_one_attacked_is_not_the_subject(
    tmp_path: Path,
) -> None:
    _packet, assessment = analyze(tmp_path, DEFENDER_KILLED)
    assert "misuse.human-rights-defender" not in codes(assessment)
    assert "misuse.human-rights-defender" in held(assessment)


def test_a_charge_dated_by_a_span_of_years_is_read_after_the_span() -> None:
    """'لاتهامه بأنه خلال الفترة من 2020 حتى 2022 بدد ...': the span is the time of the acts;
    its 'حتى' (also a penalty's 'up to') no longer ends the wording before the offence."""
    from tests.understand_helpers import offenses

    text = (
        "لاتهامه بأنه خلال الفترة من 2020 حتى 2022 بدد مبالغ نقدية سُلّمت إليه بصفته محاسباً "
        "على سبيل الأمانة، وهي الجريمة المعاقب عليها بالمادة 362 من قانون العقوبات."
    )
    assert offenses(text, "ar") == [
        ("بدد مبالغ نقدية سُلّمت إليه بصفته محاسباً على سبيل الأمانة", ["362"])
    ]
