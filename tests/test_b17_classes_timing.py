"""Behaviour tests for the timing classes the b17 development cases exposed: dated signs of
`misuse.political-timing` the engine missed or misread, each fixed by a lexicon entry, with a
counterpart that must still read the other way.

Each text is fictional and written for the test; none is taken from a case file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.flags.sentences import page_text
from tests.test_flags import analyze, codes, sources
from tests.understand_helpers import view

ACT_RULE = "rule.timing.after-public-act"
EVENT_RULE = "rule.timing.after-political-event"

# -------------------------------------------------- an episode of the subject's programme

EPISODE = (
    "Name: OKELLO, Brian Peter. Born 2 June 1983.\n"
    "Summary of facts: On 4 May 2025 the subject released an episode of his programme in which he"
    " said that the army had shelled a village.\n"
    "The Criminal Investigation Directorate opened an investigation on {opened}.\n"
    "Offence: publication of false news (section 50 of the Penal Code).\n"
)

# -------------------------------------------------- an article under the subject's name

ARTICLE = (
    "Nom : TRAORÉ. Prénoms : Adama Karim. Né le 3/5/1977 à Ségou.\n"
    "Exposé des faits : Le 2 mars 2025, le sujet a publié sous sa signature un article sur la"
    " gestion des fonds de la mairie.\n"
    "La brigade de gendarmerie de Ségou a été saisie le {seized}.\n"
    "Qualification : diffamation (article 45 du Code pénal).\n"
)

# -------------------------------------------------- a blockade during a national strike

STRIKE = (
    "Nombre: Luis Alberto CHICAIZA TOAPANTA, nacido el 3/3/1970.\n"
    "Resumen de los hechos: El {day}, en la vía a Latacunga, en el contexto de las medidas de"
    " hecho convocadas por las organizaciones campesinas, el requerido colocó troncos en la"
    " calzada.\n"
    "La Fiscalía formuló cargos el 14 de junio de 2024.\n"
    "Delito: paralización de un servicio público (artículo 346 del COIP).\n"
)

# -------------------------------------------------- a defence brief's "nuestro patrocinado"

TV_REPORT = (
    "Nombre: Jorge QUISPE MAMANI, nacido el 5/5/1980.\n"
    "Resumen de los hechos: la policía halló en su depósito repuestos de vehículos robados.\n"
    "El 2 de mayo de 2023 {who} participó en un reportaje del programa dominical de un canal"
    " de televisión sobre cobros ilegales de la policía.\n"
    "Delito: receptación agravada (artículo 195 del Código Penal).\n"
    "Orden de captura dictada el 20 de junio de 2023 por el Juzgado de Investigación"
    " Preparatoria de Lima.\n"
)

# -------------------------------------------------- a live interview's preview clip

LIVE_INTERVIEW = (
    "Name: HAO Lianjie. Born 2 March 1966.\n"
    "Offence: offering bribes (Article 389 of the Criminal Law).\n"
    "Arrest warrant issued on 17 April 2024 by the Municipal Public Security Bureau.\n"
    "On 12 April 2024 a television network announced a three-hour live interview with {who}"
    " on 19 April 2024; a {what} was posted on 15 April 2024.\n"
)

# -------------------------------------------------- a span of time is no "after"

SPAN = (
    "الاسم: سامر عادل منصور. تاريخ الميلاد: 1980/01/02.\n"
    "ملخص الوقائع: نشر المتهم {when} عشرين مقطعاً مصوراً على قناته تضمنت عبارات مسيئة.\n"
    "التهمة: ازدراء الأديان.\n"
)


# Each class: the act or event close before the proceedings raises the timing rule; the same
# text with years between them does not.
CASES = [
    pytest.param(EPISODE.format(opened="7 May 2025"), ACT_RULE, True,
                 id="investigation-opened-days-after-an-episode"),
    pytest.param(EPISODE.format(opened="7 May 2029"), ACT_RULE, False,
                 id="investigation-opened-years-after-an-episode"),
    # the episode is the speech charged: proceedings months later are its ordinary course
    pytest.param(EPISODE.format(opened="7 July 2025"), ACT_RULE, False,
                 id="investigation-opened-two-months-after-an-episode"),
    pytest.param(ARTICLE.format(seized="5 mars 2025"), ACT_RULE, True,
                 id="gendarmerie-seized-days-after-an-article"),
    pytest.param(ARTICLE.format(seized="5 mars 2029"), ACT_RULE, False,
                 id="gendarmerie-seized-years-after-an-article"),
    pytest.param(STRIKE.format(day="11 de junio de 2024"), EVENT_RULE, True,
                 id="charges-days-after-a-blockade-in-a-strike"),
    pytest.param(STRIKE.format(day="11 de junio de 2019"), EVENT_RULE, False,
                 id="charges-years-after-a-blockade-in-a-strike"),
    pytest.param(TV_REPORT.format(who="nuestro patrocinado"), ACT_RULE, True,
                 id="our-client-appeared-in-a-tv-report"),
    pytest.param(TV_REPORT.format(who="un vecino"), ACT_RULE, False,
                 id="a-neighbour-appeared-in-the-tv-report"),
    # the warrant comes two days after the interview's preview clip, before it airs
    pytest.param(LIVE_INTERVIEW.format(who="Mr. Hao", what="preview clip"), ACT_RULE, True,
                 id="warrant-days-after-a-live-interviews-preview-clip"),
    pytest.param(LIVE_INTERVIEW.format(who="Mr. Hao", what="police report"), ACT_RULE, False,
                 id="warrant-before-the-live-interview-airs"),
    pytest.param(LIVE_INTERVIEW.format(who="a minister", what="preview clip"), ACT_RULE, False,
                 id="a-ministers-live-interview-before-the-warrant"),
]


@pytest.mark.parametrize(("text", "rule", "raised"), CASES)
def test_timing_told_by_dates(tmp_path: Path, text: str, rule: str, raised: bool) -> None:
    _p, assessment = analyze(tmp_path, text)
    assert (rule in sources(assessment)) is raised, assessment.flags


@pytest.mark.parametrize(("when", "raised"), [
    pytest.param("خلال الفترة من يناير 2021 حتى مارس 2022", False, id="during-the-period-from"),
    pytest.param("بعد الانتخابات", True, id="after-the-elections"),
])
def test_a_span_of_time_is_no_connective(tmp_path: Path, when: str, raised: bool) -> None:
    _p, assessment = analyze(tmp_path, SPAN.format(when=when))
    found = {s for s in sources(assessment) if s.startswith("misuse.political-timing.")}
    assert bool(found) is raised, assessment.flags


@pytest.mark.parametrize(("role", "raised"), [
    pytest.param("كاتبة عمود أسبوعي في موقع إخباري", True, id="a-woman-columnist"),
    pytest.param("موظفة في شركة تأمين", False, id="an-insurance-clerk"),
])
def test_feminine_columnist(tmp_path: Path, role: str, raised: bool) -> None:
    text = (
        "الاسم: سلمى رياض يوسف. الجنس: أنثى. تاريخ الميلاد: 1985/04/04.\n"
        f"الصفة: {role}.\n"
        "ملخص الوقائع: نشرت المطلوبة عبارات من شأنها إثارة الفتنة.\n"
        "التهمة: إثارة الفتنة.\n"
    )
    _p, assessment = analyze(tmp_path, text)
    assert ("misuse.journalist-media" in codes(assessment)) is raised, assessment.flags


# ---------------------------------------------------------------- initials written together


@pytest.mark.parametrize(("text", "one_sentence"), [
    ("On 2 May 2025 the market trader R.I. Mammadli stated that officers took bribes.", True),
    ("The video was posted on 2 May 2025. Mammadli stated nothing.", False),
])
def test_initials_written_together_end_no_sentence(text: str, one_sentence: bool) -> None:
    """"R.I. Mammadli": the full stop of joined initials is no sentence end, so the act's
    sentence still names the subject."""
    v = view(text, "en")
    at = v.text.index("mammadli")
    assert (page_text(v).sentence(at)[0] == 0) is one_sentence


@pytest.mark.parametrize(("text", "lang", "name", "one_sentence"), [
    ("The network broadcast a live interview with Mr. Zheng on 19 April 2024.", "en", "zheng",
     True),
    ("La cadena difundió una entrevista con la Sra. Rojas el 3 de mayo.", "es", "rojas", True),
    ("Le réseau a diffusé un entretien avec Mme. Diallo le 3 mai.", "fr", "diallo", True),
    # a capitalised word that is no title still ends the sentence ...
    ("The interview was given in Rome. Zheng said nothing.", "en", "zheng", False),
    # ... and so does a pronoun that ends a witness's sentence
    ("The officer spoke to me. Zheng said nothing.", "en", "zheng", False),
])
def test_a_title_before_a_name_ends_no_sentence(
    text: str, lang: str, name: str, one_sentence: bool
) -> None:
    """"Mr. Zheng": the full stop of a title is no sentence end, so the name stays in the
    sentence of the interview (`flag-words` `word.title-abbreviation`)."""
    v = view(text, lang)
    at = v.text.index(name)
    assert (page_text(v).sentence(at)[0] == 0) is one_sentence
