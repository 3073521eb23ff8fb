"""b26 classes: a media worker told by the show he hosts, a defender told by the help she gives.

A podcast or a broadcast or online show the subject hosts, presents or produces makes him a
media worker (misuse.journalist-media.hosts-programme, near cue.broadcast-show); help given to
the families of detainees is a defender's work (misuse.human-rights-defender.rights-work).
Counterparts: a company's advertising on someone else's podcast, a programme of works, and
money taken from detainees' families with a promise of release stay clear.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_flags import analyze, codes, rule_codes, sources

HRD = "misuse.human-rights-defender"
MEDIA = "misuse.journalist-media"

FRAUD_EN = (
    "DIFFUSION\n"
    "Subject: TALLO, Ivar, born 03/05/1987.\n"
    "Facts: between May and August 2023 the subject received USD 40,000 in advance payments"
    " from three shops for services that were never delivered.\n"
    "Charge: fraud.\n"
    "{about}\n"
)

FRAUD_FR = (
    "NOTICE ROUGE\n"
    "Nom : SAVRE Lucien, né le 14/09/1986.\n"
    "Faits : entre mars et juin 2023, l'intéressé a perçu 4 000 000 FCFA de six commerçants"
    " pour des prestations jamais fournies.\n"
    "Qualification : escroquerie.\n"
    "{about}\n"
)

FRAUD_AR = (
    "نشرة حمراء\n"
    "المطلوب: فهد سالم العتيبي، مواليد 1989.\n"
    "الوقائع: في 2023 باع المطلوب 200 تذكرة لحفل لم يُنظم، بمبلغ 8,000 دينار.\n"
    "التهمة: الاحتيال.\n"
    "{about}\n"
)

MEDIA_CASES = [
    pytest.param(FRAUD_EN.format(
        about="The company is the studio behind a weekly audio and video show that Mr Tallo"
              " has hosted since 2019."),
        True, f"{MEDIA}.hosts-programme", id="show-he-has-hosted"),
    pytest.param(FRAUD_EN.format(
        about="The shops had bought advertising on a cooking podcast hosted by Ms Rena Holt."),
        False, None, id="advertising-on-another-hosts-podcast"),
    pytest.param(FRAUD_EN.format(
        about="The mayor presents the weekly programme of road works to the council."),
        False, None, id="programme-of-works"),
    pytest.param(FRAUD_FR.format(
        about="Le local sert de studio à l'émission audio hebdomadaire « La Veillée », produite"
              " et présentée par le nommé SAVRE Lucien."),
        True, f"{MEDIA}.hosts-programme", id="emission-presentee-par"),
    pytest.param(FRAUD_FR.format(
        about="Le local sert de dépôt à un marchand de journaux qui vend aussi des magazines."),
        False, None, id="newspaper-seller"),
    pytest.param(FRAUD_FR.format(
        about="Les commerçants avaient acheté de la publicité dans un podcast présenté par"
              " Mme Rena Holt."),
        False, None, id="advertising-in-another-presenters-podcast"),
    pytest.param(FRAUD_AR.format(
        about="يقدم موكلي منذ 2020 برنامجاً صوتياً أسبوعياً عن المناقصات الحكومية."),
        True, f"{MEDIA}.hosts-programme", id="arabic-presents-audio-programme"),
    pytest.param(FRAUD_AR.format(
        about="يقدم موكلي طلباً لمراجعة النشرة ويؤكد استعداده لرد المبالغ."),
        False, None, id="arabic-submits-a-request"),
]


@pytest.mark.parametrize(("text", "raised", "source"), MEDIA_CASES)
def test_media_worker_by_the_show(
    tmp_path: Path, text: str, raised: bool, source: str | None
) -> None:
    _, assessment = analyze(tmp_path, text)
    assert (MEDIA in rule_codes(assessment)) is raised, [f.code for f in assessment.flags]
    if source is not None:
        assert source in sources(assessment)


HRD_CASES = [
    pytest.param(FRAUD_FR.format(
        about="Chaque samedi, il recevait les mères et épouses de personnes en détention"
              " provisoire et les aidait à rédiger des demandes de permis de visite."),
        True, f"{HRD}.rights-work", id="fr-helps-detainees-families"),
    pytest.param(FRAUD_FR.format(
        about="Il a perçu des familles de détenus des sommes en promettant leur libération."),
        False, None, id="fr-took-money-from-detainees-families"),
    pytest.param(FRAUD_EN.format(
        about="Every week he helped the families of detainees contact lawyers."),
        True, f"{HRD}.rights-work", id="en-helps-detainees-families"),
    pytest.param(FRAUD_EN.format(
        about="He helped the families of the shop owners with their accounts."),
        False, None, id="en-helps-shop-owners-families"),
]


@pytest.mark.parametrize(("text", "raised", "source"), HRD_CASES)
def test_defender_by_the_help(tmp_path: Path, text: str, raised: bool, source: str | None) -> None:
    _, assessment = analyze(tmp_path, text)
    assert (HRD in codes(assessment)) is raised, [f.code for f in assessment.flags]
    if source is not None:
        assert source in sources(assessment)
