"""Behaviour tests for the group and status classes the retired h4 cases exposed: a journalist
shot at as the victim, an arrest warrant issued in absentia (a measure, not a trial), hatred
spread as "information", a faith's observance mocked, trial monitoring, lists of detained
protesters, election observers deployed, counsel defending protesters, a news channel the
subject runs, and scripture taught to children as the facts behind extremism charges. Each
fix has a counterpart that must still read the other way.

Each text is fictional and written for the test; none is taken from a case file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_flags import analyze, sources

HRD_WORK = "misuse.human-rights-defender.rights-work"


def _raised(tmp_path: Path, text: str, entry: str) -> bool:
    _, assessment = analyze(tmp_path, text)
    return entry in sources(assessment)


SHOT_AR = (
    "المطلوبة: هالة نجيب الخوري، مواليد 1985، لبنانية.\n"
    "الوقائع: ليل 02/02/2022 {act} أمام منزل في بلدة الميناء.\n"
)


@pytest.mark.parametrize(
    ("act", "raised"),
    [
        pytest.param("أطلقت المطلوبة أربع رصاصات على الصحفية سلمى داود، مراسلة موقع محلي", False,
                     id="journalist-shot-at"),
        pytest.param("وزعت الصحفية المطلوبة، مراسلة موقع محلي، منشورات ضد الحكومة", True,
                     id="subject-is-journalist"),
    ],
)
def test_journalist_shot_at_is_the_victim(tmp_path: Path, act: str, raised: bool) -> None:
    text = SHOT_AR.format(act=act)
    assert _raised(tmp_path, text, "misuse.journalist-media.journalist") is raised


WARRANT_AR = (
    "المطلوب: جاد سليم نصر، مواليد 1979.\n"
    "الوقائع: سرق المطلوب مبلغ 40 ألف دولار من خزنة الشركة التي يعمل فيها.\n"
    "التهمة: السرقة.\n"
    "{absence}\n"
)


@pytest.mark.parametrize(
    ("absence", "raised"),
    [
        pytest.param("وقد أصدرت المذكرة غيابياً لتواريه عن الأنظار.", False,
                     id="warrant-issued-in-absentia"),
        pytest.param("وقد صدر بحقه حكم غيابي بالسجن خمس سنوات.", True, id="judgment-in-absentia"),
    ],
)
def test_warrant_in_absentia_is_no_trial(tmp_path: Path, absence: str, raised: bool) -> None:
    text = WARRANT_AR.format(absence=absence)
    assert _raised(tmp_path, text, "misuse.in-absentia.judgment") is raised


SPREAD_EN = (
    "Wanted: Dario PELLANO, born 3 March 1980.\n"
    "Facts: in 2022 he posted a video on his channel.\n"
    "Offence: spreading information intended to {aim}.\n"
)


@pytest.mark.parametrize(
    ("aim", "raised"),
    [
        pytest.param("cause hatred based on religion", True, id="hatred"),
        pytest.param("mislead the buyers of a flat", False, id="misleading-buyers"),
    ],
)
def test_information_intended_to_cause_hatred(tmp_path: Path, aim: str, raised: bool) -> None:
    text = SPREAD_EN.format(aim=aim)
    assert _raised(tmp_path, text, "misuse.speech-offense.social-media-misuse") is raised


MOCKED_ES = (
    "Buscada: ORTEGA VIDAL, Lucía, nacida el 02/02/1998.\n"
    "Hechos: en 2023 publicó un vídeo en el que ridiculizaba {what}.\n"
    "Cargo: desacato.\n"
)


@pytest.mark.parametrize(
    ("what", "raised"),
    [
        pytest.param("el ayuno", True, id="a-fast"),
        pytest.param("el peinado de su vecino", False, id="a-neighbour"),
    ],
)
def test_observance_mocked(tmp_path: Path, what: str, raised: bool) -> None:
    text = MOCKED_ES.format(what=what)
    assert _raised(tmp_path, text, "article3.religious.speech-against-religion") is raised


WORK = [
    pytest.param(
        "Wanted: TORVIK, Anna, born 4 May 1986.\nFacts: she evaded income tax in 2021.\n"
        "Her account of monitoring court hearings for a rights centre is found credible.\n",
        True, id="monitoring-court-hearings"),
    pytest.param(
        "Wanted: TORVIK, Anna, born 4 May 1986.\nFacts: she evaded income tax in 2021.\n"
        "Her account of monitoring delivery schedules for a bakery is found credible.\n",
        False, id="monitoring-deliveries"),
    pytest.param(
        "Wanted: TORVIK, Anna, born 4 May 1986.\nFacts: she evaded income tax in 2021.\n"
        "She compiled lists of detained protesters for a rights centre.\n",
        True, id="lists-of-detained-protesters"),
    pytest.param(
        "Wanted: TORVIK, Anna, born 4 May 1986.\nFacts: she evaded income tax in 2021.\n"
        "She compiled lists of wholesale customers for a bakery.\n",
        False, id="lists-of-customers"),
    pytest.param(
        "Nom : BRAVAL, Inès, née le 2 mai 1984.\nFaits : fraude fiscale en 2022.\n"
        "Sa plateforme a déployé 600 observateurs lors des élections locales.\n",
        True, id="election-observers-deployed"),
    pytest.param(
        "Nom : BRAVAL, Inès, née le 2 mai 1984.\nFaits : fraude fiscale en 2022.\n"
        "Sa société a déployé 600 vendeurs lors des soldes.\n",
        False, id="sellers-deployed"),
    pytest.param(
        "Nom : BRAVAL, Inès, née le 2 mai 1984.\nFaits : fraude fiscale en 2022.\n"
        "Maître Braval défend depuis 2018 des étudiants poursuivis après des manifestations.\n",
        True, id="counsel-for-protesters"),
    pytest.param(
        "Nom : BRAVAL, Inès, née le 2 mai 1984.\nFaits : fraude fiscale en 2022.\n"
        "Maître Braval défend depuis 2018 des commerçants poursuivis pour fraude.\n",
        False, id="counsel-for-traders"),
]


@pytest.mark.parametrize(("text", "raised"), WORK)
def test_rights_work(tmp_path: Path, text: str, raised: bool) -> None:
    assert _raised(tmp_path, text, HRD_WORK) is raised


CHANNEL_ES = (
    "Buscado: MORA PAZ, Julián, nacido el 01/01/1977.\n"
    "Hechos: recibió fondos del extranjero sin registrarse.\n"
    "Desde el exilio dirige {what} \"Valle Hoy\".\n"
)


@pytest.mark.parametrize(
    ("what", "raised"),
    [
        pytest.param("el canal de noticias", True, id="news-channel"),
        pytest.param("la cooperativa de transporte", False, id="transport-cooperative"),
    ],
)
def test_news_channel_the_subject_runs(tmp_path: Path, what: str, raised: bool) -> None:
    text = CHANNEL_ES.format(what=what)
    assert _raised(tmp_path, text, "misuse.journalist-media.founded-outlet") is raised


TEACHING_EN = (
    "Wanted: KARIMOV, Ilyas, born 9 June 1981.\n"
    "Facts: {facts}\n"
    "Charge: {charge}.\n"
    "He teaches Quran recitation to children at a rented hall.\n"
)


@pytest.mark.parametrize(
    ("facts", "charge", "raised"),
    [
        pytest.param("he spread extremist ideas among citizens abroad.", "advocating extremism",
                     True, id="extremism-charge"),
        pytest.param("he sexually abused two pupils aged nine, the victims, in 2021.",
                     "sexual abuse of a child", False, id="abuse-of-pupils"),
    ],
)
def test_scripture_teaching(tmp_path: Path, facts: str, charge: str, raised: bool) -> None:
    text = TEACHING_EN.format(facts=facts, charge=charge)
    assert _raised(tmp_path, text, "article3.religious.scripture-teaching") is raised
