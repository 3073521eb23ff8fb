"""Behaviour tests for the human-rights-defender classes the b20 development cases exposed:
testimonies sent to UN investigators or a regional commission, a group's yearly report on
detention conditions, help to the families of missing persons, a lawyer who defends detained
protesters, and the torture of those detainees, which is not a claim about the evidence
against the subject. Each fix has a counterpart that must still read the other way.

Each text is fictional and written for the test; none is taken from a case file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_flags import analyze, codes

HRD = "misuse.human-rights-defender"
COERCED = "misuse.coerced-evidence"

FRAUD = (
    "Wanted person: HALVORSEN, Piet Anders, born 4 April 1980 in Tarnby.\n"
    "Charge: fraud, section 279 of the Criminal Code. Penalty: up to five years.\n"
    "Facts: between March and June 2022 the subject took 40,000 euros from eleven savers,"
    " promising loans that were never paid.\n"
    "Warrant: district court of Tarnby, no. 2023/118, of 16 October 2023.\n"
    "{extra}\n"
)


@pytest.mark.parametrize(("extra", "raised"), [
    pytest.param("Since 2021 he has collected witness statements on killings in the valley and"
                 " submitted them to UN investigators.", True, id="sent-to-un-investigators"),
    pytest.param("UN investigators later visited the valley; the savers' complaint was filed in"
                 " November 2022.", False, id="un-investigators-only-cited"),
])
def test_testimonies_sent_to_un_investigators(tmp_path: Path, extra: str, raised: bool) -> None:
    _p, assessment = analyze(tmp_path, FRAUD.format(extra=extra))
    assert (HRD in codes(assessment)) is raised, assessment.flags


FRAUDE = (
    "Personne recherchée : MARVILLE, Kodjo Éloi, né le 22 juillet 1981 à Tsévié.\n"
    "Infraction : escroquerie, article 280 du Code pénal. Peine : un à cinq ans.\n"
    "Faits : de mars à juin 2022, à Lomé, le recherché a collecté 18 millions de francs CFA"
    " auprès de soixante vendeuses en leur promettant des microcrédits jamais versés.\n"
    "Mandat : mandat d'arrêt du juge d'instruction de Lomé, n° 0219/2023, du 16 octobre 2023.\n"
    "{extra}\n"
)


@pytest.mark.parametrize(("extra", "raised"), [
    pytest.param("Il est secrétaire général d'une ligue qui publie chaque année un rapport sur"
                 " les conditions de détention à la prison civile.", True,
                 id="yearly-detention-report"),
    pytest.param("Il est secrétaire général d'une coopérative qui publie chaque année un rapport"
                 " sur ses comptes.", False, id="yearly-accounts-report"),
    pytest.param("Il a saisi le Groupe de travail de l'ONU sur la détention arbitraire en 2021.",
                 True, id="un-working-group-of-the-un"),
])
def test_detention_reports_and_un_working_group(
    tmp_path: Path, extra: str, raised: bool
) -> None:
    _p, assessment = analyze(tmp_path, FRAUDE.format(extra=extra))
    assert (HRD in codes(assessment)) is raised, assessment.flags


@pytest.mark.parametrize(("extra", "raised"), [
    pytest.param("He collected money from relatives abroad under the pretext of helping families"
                 " of missing persons.", True, id="helping-families-of-missing-persons"),
    pytest.param("He collected money from relatives abroad under the pretext of helping families"
                 " of flood victims.", False, id="helping-flood-victims"),
])
def test_help_to_families_of_missing_persons(tmp_path: Path, extra: str, raised: bool) -> None:
    _p, assessment = analyze(tmp_path, FRAUD.format(extra=extra))
    assert (HRD in codes(assessment)) is raised, assessment.flags


IHTIYAL = (
    "تعميم - المكتب المركزي الوطني، 2023/09/05\n"
    "المطلوب: سالم عبد الرزاق الحداد، مواليد 1984/05/14، عراقي.\n"
    "الوقائع: في شهر شباط 2023 تسلم المطلوب من المشتكي مبلغ 12 مليون دينار بحجة إنجاز معاملة"
    " ولم ينجزها ولم يرد المبلغ.\n"
    "التهمة: الاحتيال، المادة 456 من قانون العقوبات.\n"
    "أمر القبض: محكمة تحقيق البصرة، العدد 733/ق/2023، بتاريخ 2023/07/20.\n"
    "{extra}\n"
)


@pytest.mark.parametrize(("extra", "hrd", "coerced"), [
    pytest.param("وهو محام تطوع منذ 2019 للدفاع عن أكثر من ستين معتقلاً من متظاهري الساحة، وقدم"
                 " شكاوى موثقة عن تعذيب بعضهم.", True, False,
                 id="defends-detained-protesters-and-their-torture"),
    pytest.param("وهو موظف تطوع منذ 2019 لتنظيم أكثر من ستين رحلة من رحلات الساحة.", False, False,
                 id="organises-trips"),
    pytest.param("ويقول المطلوب إنه اعترف تحت التعذيب.", False, True,
                 id="his-own-torture"),
])
def test_lawyer_of_detained_protesters(
    tmp_path: Path, extra: str, hrd: bool, coerced: bool
) -> None:
    _p, assessment = analyze(tmp_path, IHTIYAL.format(extra=extra))
    found = codes(assessment)
    assert (HRD in found) is hrd, assessment.flags
    assert (COERCED in found) is coerced, assessment.flags


@pytest.mark.parametrize(("extra", "raised"), [
    pytest.param("He is a lawyer who volunteered to defend more than sixty detained protesters.",
                 True, id="en-defends-detained-protesters"),
    pytest.param("He defended himself against the complaint of the detained savers.", False,
                 id="en-defends-himself"),
])
def test_lawyer_of_detained_protesters_en(tmp_path: Path, extra: str, raised: bool) -> None:
    _p, assessment = analyze(tmp_path, FRAUD.format(extra=extra))
    assert (HRD in codes(assessment)) is raised, assessment.flags
