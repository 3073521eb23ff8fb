"""Behaviour tests for the defender and media classes the b25 development cases exposed: the
defender told by the work done (a legal-aid clinic's detention visits and its reports of
detainees held beyond the legal limit, detainees defended free of charge or release requests
filed for a count of them, letters to the UN working group on disappearances, a helpline that
documents passports withheld), an Arabic letterhead that names its author, and the media
worker told by the work (a film-maker, a video page the subject runs, an event streamed live
on the subject's own page). Each fix has a counterpart that must still read the other way.

Each text is fictional and written for the test; none is taken from a case file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_flags import analyze, codes, packet, rule_codes, sources

HRD = "misuse.human-rights-defender"
MEDIA = "misuse.journalist-media"

FRAUD_EN = (
    "Subject: VARNO, Lidia, born 04/02/1984.\n"
    "Facts: between March and June 2023 the subject received USD 2,400 from four families,"
    " promising to obtain documents that were never delivered.\n"
    "Charge: breach of trust.\n"
    "{about}\n"
)

FRAUD_FR = (
    "Nom : KORAM Estelle, née le 12/06/1981.\n"
    "Faits : entre février et avril 2024, l'intéressée a perçu 900 000 FCFA de cinq familles"
    " en promettant des démarches qui n'ont pas été accomplies.\n"
    "Qualification : escroquerie.\n"
    "{about}\n"
)

FRAUD_AR = (
    "نشرة حمراء\n"
    "الاسم: نادر سليم فارس؛ مواليد 1985؛ سوداني.\n"
    "الوقائع: في 3 مارس 2023 استولى المطلوب على مبلغ 4,000 دولار من أحد التجار.\n"
    "التهم: خيانة الأمانة.\n"
    "{about}\n"
)

HRD_CASES = [
    pytest.param(FRAUD_EN.format(
        about="She coordinates the detention-visit programme of a legal aid clinic."),
        True, f"{HRD}.rights-work", id="detention-visit-programme"),
    pytest.param(FRAUD_EN.format(
        about="She coordinates the client-visit programme of a travel agency."),
        False, None, id="client-visit-programme"),
    pytest.param(FRAUD_FR.format(
        about="Chaque semaine, elle recense les personnes détenues au-delà des délais légaux."),
        True, f"{HRD}.rights-work", id="detainees-beyond-the-legal-limit"),
    pytest.param(FRAUD_FR.format(
        about="Chaque semaine, elle recense les colis livrés au-delà des délais prévus."),
        False, None, id="parcels-beyond-the-delay"),
    pytest.param(FRAUD_EN.format(
        about="She helped families write letters to the UN working group on disappearances."),
        True, f"{HRD}.rights-work", id="un-working-group-on-disappearances"),
    pytest.param(FRAUD_EN.format(
        about="She helped families write letters to the regional housing office."),
        False, None, id="letters-to-a-housing-office"),
    pytest.param(FRAUD_AR.format(
        about="ويتولى منذ 2019 مجاناً الدفاع عن شباب محتجزين في أقسام الشرطة."),
        True, f"{HRD}.lawyer", id="defends-detainees-free-of-charge"),
    pytest.param(FRAUD_AR.format(
        about="ويتولى منذ 2019 مجاناً توصيل الطلبات إلى أقسام الشرطة."),
        False, None, id="delivers-free-of-charge"),
    pytest.param(FRAUD_AR.format(
        about="وكان قد تقدّم قبل أسبوع بطلبات إفراج عن 14 موقوفاً."),
        True, f"{HRD}.lawyer", id="release-requests-for-a-count-of-detainees"),
    pytest.param(FRAUD_AR.format(
        about="وكان قد تقدّم قبل أسبوع بطلبات شراء عن 14 شركة."),
        False, None, id="purchase-requests"),
    pytest.param(FRAUD_AR.format(
        about="وتتلقى مكالمات العاملات المحرومات من أجورهن، وتوثق حجز جوازات السفر لدى المكاتب."),
        True, f"{HRD}.documenting-abuses", id="documents-passports-withheld"),
    pytest.param(FRAUD_AR.format(
        about="وتتلقى مكالمات الزبائن، وتوثق طلبات تجديد جوازات السفر لدى المكاتب."),
        False, None, id="documents-passport-renewals"),
]


@pytest.mark.parametrize(("text", "raised", "source"), HRD_CASES)
def test_defender_by_the_work(tmp_path: Path, text: str, raised: bool, source: str | None) -> None:
    _, assessment = analyze(tmp_path, text)
    assert (HRD in codes(assessment)) is raised, [f.code for f in assessment.flags]
    if source is not None:
        assert source in sources(assessment)


NOTICE_AR = (
    "نشرة حمراء — المكتب المركزي الوطني\n"
    "الاسم: سالم، هادي عمر؛ مواليد 1 يناير 1988؛ ليبي.\n"
    "ملخص الوقائع: في 4 مارس 2024 ضُبطت شاحنة يقودها المطلوب محمّلة بـ30,000 لتر من الوقود المدعوم.\n"
    "التهمة: تهريب الوقود.\n"
)


@pytest.mark.parametrize(
    ("letter", "raised"),
    [
        pytest.param("رسالة من منظمة «صوت الواحات» لحقوق الإنسان، تونس، 2 مايو 2024\n"
                     "ورد اسم السيد سالم ضمن قائمة من عشرين اسماً أحالتها البوابة.\n",
                     False, id="arabic-letterhead-names-its-author"),
        pytest.param("ورد اسم السيد سالم، عضو منظمة «صوت الواحات» لحقوق الإنسان، ضمن قائمة\n"
                     "من عشرين اسماً أحالتها البوابة.\n",
                     True, id="member-of-the-organisation-in-running-text"),
    ],
)
def test_arabic_letterhead(tmp_path: Path, letter: str, raised: bool) -> None:
    _, assessment = packet(tmp_path, {
        "notice.txt": ("red-notice", NOTICE_AR), "letter.txt": ("other", letter),
    }, "LY")
    assert (HRD in codes(assessment)) is raised, [f.code for f in assessment.flags]


SPEECH_EN = (
    "Subject: DARVEL, Omar, born 11/01/1987.\n"
    "Facts: during 2022 the subject broadcast abroad false news about the internal situation.\n"
    "Charge: spreading false news.\n"
    "{about}\n"
)

SPEECH_FR = (
    "Nom : BALDO Ismaël, né le 5 janvier 1990.\n"
    "Faits : le 28 novembre 2023, l'intéressé a participé à un rassemblement non déclaré{how}.\n"
    "Qualifications : atteinte à l'unité nationale.\n"
)

MEDIA_CASES = [
    pytest.param(SPEECH_EN.format(about="Mr Darvel is a film-maker."), True,
                 f"{MEDIA}.journalist", id="film-maker-hyphenated"),
    pytest.param(SPEECH_EN.format(about="Mr Darvel is a furniture-maker."), False, None,
                 id="furniture-maker"),
    pytest.param(SPEECH_FR.format(how=" et l'a diffusé en direct sur sa page « Kayes Live »"),
                 True, f"{MEDIA}.publishes-news", id="streamed-live-on-his-page"),
    pytest.param(SPEECH_FR.format(how=" et l'a évoqué ensuite sur sa page"), False, None,
                 id="mentioned-on-his-page"),
    pytest.param(SPEECH_FR.format(how=", lui qui anime depuis 2019 une page de vidéos en soninké"),
                 True, f"{MEDIA}.publishes-news", id="runs-a-video-page"),
    pytest.param(SPEECH_FR.format(how=", lui qui anime depuis 2019 une troupe de danse"),
                 False, None, id="runs-a-dance-troupe"),
]


@pytest.mark.parametrize(("text", "raised", "source"), MEDIA_CASES)
def test_media_worker_by_the_work(
    tmp_path: Path, text: str, raised: bool, source: str | None
) -> None:
    _, assessment = analyze(tmp_path, text)
    assert (MEDIA in rule_codes(assessment)) is raised, [f.code for f in assessment.flags]
    if source is not None:
        assert source in sources(assessment)
