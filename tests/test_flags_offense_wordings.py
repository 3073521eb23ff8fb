"""Prohibited-category readings and the exceptions the rules name (fictional texts)."""

from __future__ import annotations

from pathlib import Path

from tests.test_flags import analyze, codes

SELF_ABORTION = """Resumen de los hechos: el 2 de junio de 2021, en su domicilio de Soyapango, la
imputada Marta Lidia QUINTANILLA ROMERO interrumpió su embarazo de once semanas con
medicamentos adquiridos sin receta. Delito: aborto propio (artículo 133 del Código Penal).
Pena: prisión de dos a ocho años. Orden de captura del Juzgado Tercero de Instrucción,
referencia 211-3-2021, de 4 de agosto de 2021.
"""

FORCED_ABORTION = """Summary of facts: on 9 May 2022 in Kumasi, the accused Kwabena ASARE-BOATENG,
a pharmacist, performed an abortion on his former partner without her consent after
sedating her, causing her death the next day. Charges: procuring an abortion; manslaughter
(sections 58 and 50 of the Criminal Offences Act). Maximum penalty: life imprisonment.
Warrant of arrest no. KS-2022-118 issued on 20 May 2022.
"""


def test_a_womans_own_abortion_is_a_cultural_norms_offence(tmp_path: Path) -> None:
    _p, assessment = analyze(tmp_path, SELF_ABORTION)
    flag = next(f for f in assessment.flags if f.code == "offense.cultural-norms")
    assert flag.severity == "high"
    assert assessment.level == "likely-non-compliant"


def test_an_abortion_forced_on_a_woman_is_held_back(tmp_path: Path) -> None:
    _p, assessment = analyze(tmp_path, FORCED_ABORTION)
    assert "offense.cultural-norms" not in codes(assessment), assessment.flags
    held = next(s for s in assessment.suppressed if s.code == "offense.cultural-norms")
    assert held.reason and "violence" in held.reason


DRUG_USE = """Facts: on 3 March 2023 the subject, Aiden TAN Jun Hao, was tested on arrival at the
airport after a trip abroad; the test was positive for cannabis, which he said he had smoked
at a party. No drugs were found on him. Charge: consumption of a controlled drug.
Law: section 8(b) of the Drugs Act. Maximum penalty: 10 years' imprisonment.
Warrant of arrest no. WA-2023-0311 issued on 20 April 2023.
"""


def test_consuming_a_controlled_drug_is_personal_use(tmp_path: Path) -> None:
    _p, assessment = analyze(tmp_path, DRUG_USE)
    assert "offense.cultural-norms" in codes(assessment), assessment.flags
    assert assessment.level == "likely-non-compliant"


OVERTHROW = """Résumé des faits : en mars 2019, à Niamey, le nommé ISSOUFOU Abdoulaye Garba a réuni
des officiers dans sa maison pour préparer la prise de la présidence. Infraction : complot
tendant à renverser les institutions de la République (art. 79 du Code pénal). Peine
encourue : vingt ans de détention. Mandat d'arrêt n° 14/2019 du 2 avril 2019.
"""


def test_a_charge_worded_as_the_aim_of_overthrowing_is_political(tmp_path: Path) -> None:
    _p, assessment = analyze(tmp_path, OVERTHROW)
    assert "article3.political" in codes(assessment), assessment.flags


def test_displaying_a_minority_flag_has_a_racial_character(tmp_path: Path) -> None:
    text = ("Facts: on 5 July 2019, during the weekly march in Bejaia, the accused carried a flag "
            "other than the national flag and was charged with harming national unity "
            "(Article 79 of the Penal Code), punishable by 10 years.\n")
    _, assessment = analyze(tmp_path, text)
    assert "article3.racial" in codes(assessment), assessment.flags


def test_religious_study_meetings_as_the_charged_acts_are_religious(tmp_path: Path) -> None:
    text = ("Hechos: entre 2016 y 2018, en Tashkent, el acusado organizó círculos de estudio "
            "religioso en su domicilio; se le imputa la participación en una organización "
            "prohibida (art. 244), pena de 8 años.\n")
    _, assessment = analyze(tmp_path, text)
    assert "article3.religious" in codes(assessment), assessment.flags
