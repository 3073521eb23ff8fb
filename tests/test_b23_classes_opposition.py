"""Behaviour tests for the opposition and state-business classes the b23 development cases
exposed: a party office followed by the party's name, a group "opposed to the ruling party",
the Arabic verbal noun of holding an office, and sums a state party owes the subject. Each
fix has a counterpart that must still read the other way.

Each text is fictional and written for the test; none is taken from a case file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_flags import analyze, codes, rule_codes, sources

OPP = "misuse.political-opposition"
BIZ = "misuse.business-dispute-state"

PARTY_TREASURER = (
    "Nombre: PÉREZ LUNA, Tomás. Nacido el 3/3/1970.\n"
    "Antecedentes: el requerido es, desde 2019, {office}.\n"
    "Hechos: en 2022 recibió en su cuenta personal doce depósitos en efectivo por 2 millones"
    " de pesos y compró con ellos una finca.\n"
    "Delito: lavado de dinero (art. 2 de la Ley 67).\n"
)

GROUP = (
    "Nombre: ROJAS VACA, Julio. Nacido el 1/1/1960.\n"
    "Antecedentes: el señor Rojas gobernó la provincia por una agrupación ciudadana {side}.\n"
    "Hechos: en 2018 firmó un contrato de caminos por 40 millones cuya obra no fue concluida.\n"
    "Delito: incumplimiento de deberes (art. 154 del Código Penal).\n"
)

GOVERNOR = (
    "الاسم: سالم عمر باحاج، مواليد 1970/01/01.\n"
    "الوقائع: خلال {post} محافظة الساحل، أصدر المطلوب بتاريخ 2019/10/15 قراراً بتخصيص 40 هكتاراً"
    " من أراضي الدولة لشركة يملكها صهره دون مزاد.\n"
    "التهم: الإضرار العمدي بالمال العام؛ استغلال الوظيفة العامة.\n"
)

CASES = [
    pytest.param(PARTY_TREASURER.format(
        office="secretario nacional de finanzas del partido Unión Cívica Popular"),
        True, f"{OPP}.party-office", id="party-office-followed-by-party-name"),
    pytest.param(PARTY_TREASURER.format(office="tesorero de la cooperativa Unión Cívica Popular"),
                 False, None, id="cooperative-treasurer"),
    pytest.param(GROUP.format(side="contraria al partido de gobierno"),
                 True, f"{OPP}.opposition-figure", id="group-opposed-to-ruling-party"),
    pytest.param(GROUP.format(side="de vecinos del barrio norte"),
                 False, None, id="neighbourhood-group"),
    pytest.param(GOVERNOR.format(post="شغله منصب محافظ"),
                 True, f"{OPP}.politician-official", id="while-he-held-the-governorship"),
    pytest.param(GOVERNOR.format(post="عمله موظفاً في مكتب"),
                 False, None, id="while-he-worked-as-a-clerk"),
]


@pytest.mark.parametrize(("text", "raised", "source"), CASES)
def test_opposition_classes(tmp_path: Path, text: str, raised: bool, source: str | None) -> None:
    _, assessment = analyze(tmp_path, text)
    assert (OPP in codes(assessment)) is raised, [f.code for f in assessment.flags]
    if source is not None:
        assert source in sources(assessment)


ARREARS = (
    "الاسم: كريم حسن عبد، مواليد 1976/08/12، مدير عام شركة مقاولات.\n"
    "الوقائع: نفذت شركة المطلوب محطة تحويل كهربائي بموجب عقد مع وزارة الكهرباء.\n"
    "التهمة: الإضرار العمدي بأموال الجهة التي يتعامل معها.\n"
    "حكم المحكمة الإدارية: ثبت أن الشركة أنجزت المحطة وفق المواصفات، وأن {what}.\n"
)


@pytest.mark.parametrize(
    ("what", "raised"),
    [
        pytest.param("الوزارة امتنعت عن صرف المستحقات دون سند", True, id="ministry-withheld-dues"),
        pytest.param("الشركة سلمت المحطة في موعدها", False, id="delivered-on-time"),
    ],
)
def test_state_party_owes_the_subject(tmp_path: Path, what: str, raised: bool) -> None:
    _, assessment = analyze(tmp_path, ARREARS.format(what=what))
    assert (BIZ in rule_codes(assessment)) is raised, [f.code for f in assessment.flags]
