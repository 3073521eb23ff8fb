"""Behaviour tests for the consistency.charges classes the development cases exposed, each
with a counterpart that must still read the other way:

- a judgment that cites the articles of a charge as a range ("Articles 51-52") cites the
  articles a notice lists one by one ("Articles 51 and 52"); a hyphenated article number
  ("311-8") or a range that holds none of them is still another provision.

Each text is fictional and written for the test; none is taken from a case file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.flags.consistency import _article_range, _shared_articles
from tests.test_flags import packet, sources

ARTICLES = "rule.consistency.articles"

# ---------------------------------------------------------------- a range of articles

NOTICE_EN = (
    "RED NOTICE - extract. Requesting NCB: TESTLAND\n"
    "Family name: ORLOV. Forenames: Dmitri Ivan. Date of birth: 04/09/1980.\n"
    "Summary of facts: On 3 March 2023 the subject set fire to a warehouse in Port Example,"
    " destroying it.\n"
    "Charge: arson, Penal Code, Articles 51 and 52.\n"
    "Maximum penalty: 15 years' imprisonment.\n"
)
JUDGMENT_EN = (
    "DISTRICT COURT OF PORT EXAMPLE - Judgment (extract)\n"
    "Charge: arson, Penal Code, Articles {articles}.\n"
    "The court finds Dmitri Ivan ORLOV guilty of the charge and sentences him to ten years'"
    " imprisonment.\n"
)


@pytest.mark.parametrize(("articles", "raised"), [("51-52", False), ("61-62", True)])
def test_judgment_cites_the_charge_articles_as_a_range(
    tmp_path: Path, articles: str, raised: bool
) -> None:
    _p, assessment = packet(tmp_path, {
        "notice.txt": ("red-notice", NOTICE_EN),
        "judgment.txt": ("judgment", JUDGMENT_EN.format(articles=articles)),
    }, "XX")
    assert (ARTICLES in sources(assessment)) is raised


@pytest.mark.parametrize(
    ("an", "au", "shared"),
    [
        ({"147-148"}, {"147", "148", "7"}, True),
        ({"147-148"}, {"148(1)"}, True),
        ({"311-8"}, {"311"}, False),  # a French numbered article, not a range
        ({"222-33"}, {"222"}, False),
        ({"147-148"}, {"7"}, False),
    ],
)
def test_range_of_articles_holds_its_articles(an: set[str], au: set[str], shared: bool) -> None:
    assert bool(_shared_articles(an, au) or _shared_articles(au, an)) is shared


def test_article_range_reads_only_rising_spans() -> None:
    assert _article_range("147-148") == range(147, 149)
    assert _article_range("311-8") is None
    assert _article_range("10-400") is None


# ---------------------------------------------------------------- an article cited for a step

NOTICE_ES = (
    "NOTIFICACIÓN ROJA - extracto. OCN solicitante: CIUDAD DE PRUEBA\n"
    "Apellidos: QUIROGA LEMA. Nombres: Tomás Andrés. Nacido el 12/02/1988.\n"
    "Hechos: El 4 de mayo de 2023 el requerido disparó contra Luis Pardo en la plaza de"
    " Villa Ejemplo y le causó la muerte.\n"
    "Delito: asesinato. Ley: artículo 140 del Código Penal.\n"
)
WARRANT_ES = (
    "JUZGADO DE GARANTÍAS PENALES DE VILLA EJEMPLO\n"
    "Oficio de orden de captura.\n"
    "Dentro del proceso penal N.º 555-2023 que se sigue por el delito de asesinato en contra"
    " de QUIROGA LEMA TOMÁS ANDRÉS, en la audiencia de formulación de cargos celebrada en esta"
    " fecha a solicitud de la Fiscalía, el suscrito juez dispuso, {clause}.\n"
)
STEP_NEARER = (
    "de conformidad con los artículos 520 y 522 del Código Penal, la medida cautelar de"
    " prisión preventiva en contra del procesado"
)
OFFENCE_NEARER = (
    "la medida cautelar de prisión preventiva en contra del procesado, por el delito de"
    " asesinato previsto en el artículo 144 del Código Penal"
)


@pytest.mark.parametrize(("clause", "raised"), [(STEP_NEARER, False), (OFFENCE_NEARER, True)])
def test_article_cited_nearer_a_step_than_the_offence(
    tmp_path: Path, clause: str, raised: bool
) -> None:
    _p, assessment = packet(tmp_path, {
        "notificacion.txt": ("red-notice", NOTICE_ES),
        "oficio.txt": ("arrest-warrant", WARRANT_ES.format(clause=clause)),
    }, "EC")
    assert (ARTICLES in sources(assessment)) is raised


# ---------------------------------------------------------------- a unit named for offences

NOTICE_AR = (
    "تعميم - المكتب المركزي الوطني، 2024/05/02\n"
    "المطلوب: كريم سامي الداود، مواليد 1990.\n"
    "الوقائع: جمع المطلوب أموالاً من متابعيه بوعود كاذبة.\n"
    "التهم: الاحتيال. العقوبة القصوى: الحبس ثلاث سنوات.\n"
)
WARRANT_AR = (
    "النيابة العامة - مدعي عام المدينة. مذكرة قبض بتاريخ 2024/04/20.\n"
    "بناءً على تقرير {body} حول ما نشره المشتكى عليه كريم سامي الداود، تقرر القبض عليه"
    " وإحضاره.\n"
)


@pytest.mark.parametrize(
    ("body", "raised"),
    [("وحدة الجرائم الإلكترونية", False), ("الشرطة عن الجرائم الإلكترونية", True)],
)
def test_offence_words_that_name_a_unit(tmp_path: Path, body: str, raised: bool) -> None:
    _p, assessment = packet(tmp_path, {
        "taamim.txt": ("diffusion", NOTICE_AR),
        "mudhakkira.txt": ("arrest-warrant", WARRANT_AR.format(body=body)),
    }, "JO")
    assert ("rule.consistency.offence-class" in sources(assessment)) is raised


# ---------------------------------------------------------------- a law of procedure in brackets

NOTICE_PT = (
    "DIFFUSION - NCB Testópolis. Wanted: SILVA BARROS, Otávio. Born 03/03/1975.\n"
    "Charge: qualified homicide, Art. 121 para. 2, Penal Code. Penalty: 12 to 30 years.\n"
)
WARRANT_PT = (
    "STATE COURT OF TESTÓPOLIS - Criminal Chamber. Preventive custody warrant.\n"
    "Against: Otávio SILVA BARROS, charged with qualified homicide of a neighbour.\n"
    "Custody is necessary to protect witnesses and ensure the application of criminal law"
    " ({law}, Art. 312).\n"
)


@pytest.mark.parametrize(
    ("law", "raised"), [("Code of Criminal Procedure", False), ("Weapons Act", True)]
)
def test_article_of_a_procedure_law_named_in_its_bracket(
    tmp_path: Path, law: str, raised: bool
) -> None:
    _p, assessment = packet(tmp_path, {
        "diffusion.txt": ("diffusion", NOTICE_PT),
        "mandado.txt": ("arrest-warrant", WARRANT_PT.format(law=law)),
    }, "BR")
    assert (ARTICLES in sources(assessment)) is raised
