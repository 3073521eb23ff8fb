"""Offence categories and business disputes with the state as other writers word them
(the retired h4 cases, round s36): a contractor's dispute with a state body told by its
payments and a national institute's acronym, maintenance evaded, custody held or litigated,
a forged exit permit beside the child's removal, the Moroccan article on sexual relations
cited with a joined preposition, and surrogacy told without its name. Each has a
counterpart that reads the other way.

Each text is fictional and written for the test.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_flags import analyze, sources

ARREARS = "misuse.business-dispute-state.licence-concession-arrears"
ARBITRATION = "misuse.business-dispute-state.contract-arbitration"
MAINTENANCE = "offense.family-private.maintenance"
CUSTODY = "offense.family-private.child-custody"
EXTRAMARITAL = "offense.cultural-norms.extramarital-sex"
SURROGACY = "offense.cultural-norms.surrogacy"

ROAD = (
    "Wanted: TEMIROV, Aslan, born 2 June 1971.\n"
    "Charge: embezzlement on an especially large scale. Penalty: up to ten years.\n"
    "Warrant: District Court, 4 March 2024, No. 1-77/24.\n"
    "{context}\n"
)

WORKS = (
    "Buscado: OSORIO PLATA, Ramón, nacido el 03/03/1970.\n"
    "Hechos: en 2022 la constructora recibió un anticipo del Instituto Nacional de Obras"
    " Hidráulicas y Caminos Rurales (INOHC) para un acueducto.\n"
    "Cargos: estafa. Pena: hasta cinco años de prisión.\n"
    "{context}\n"
)

MAINT = (
    "Wanted: KOWALCZYK, Jan, born 3 May 1982.\n"
    "Facts: {context}\n"
    "Penalty: up to two years' imprisonment. Decision: District Court, 8 February 2024.\n"
)

REMOVAL = (
    "Buscada: SOLANO MORA, Inés, nacida el 02/07/1988.\n"
    "Hechos: el 14 de abril de 2023 la buscada salió del país con su hijo de 5 años. Un juzgado"
    " de familia había otorgado la guarda provisional del niño a ambos progenitores.\n"
    "Cargos: sustracción de persona menor de edad{more}. Pena máxima: cuatro años de prisión.\n"
    "Orden de captura: Juzgado Penal, 30/05/2023.\n"
)


@pytest.mark.parametrize(("text", "entry", "raised"), [
    pytest.param(ROAD.format(context="The company sued for work the Ministry had accepted but"
                                     " refused to pay."),
                 ARREARS, True, id="ministry-refused-to-pay-for-accepted-work"),
    pytest.param(ROAD.format(context="He told the police that the Ministry official refused to"
                                     " pay a bribe to him."),
                 ARREARS, False, id="refusal-to-pay-a-bribe-is-no-arrears"),
    pytest.param(ROAD.format(context="The Ministry stopped payment after the audit."),
                 ARREARS, True, id="ministry-stopped-payment"),
    pytest.param(ROAD.format(context="The buyer stopped payment after the audit."),
                 ARREARS, False, id="private-buyer-stopped-payment"),
    pytest.param(WORKS.format(context="El INOHC rescindió el contrato el 25 de agosto de 2023."),
                 ARBITRATION, True, id="national-institute-acronym-terminated"),
    pytest.param(WORKS.format(context="La constructora Aguas del Norte (ADN) rescindió el"
                                      " contrato el 25 de agosto de 2023."),
                 ARBITRATION, False, id="private-firm-acronym-terminated"),
])
def test_a_dispute_with_a_state_body(tmp_path: Path, text: str, entry: str, raised: bool) -> None:
    _p, assessment = analyze(tmp_path, text)
    assert (entry in sources(assessment)) is raised, assessment.flags


@pytest.mark.parametrize(("text", "entry", "raised"), [
    pytest.param(MAINT.format(context="he evaded his obligation to pay PLN 900 a month towards"
                                      " the upkeep of his daughter. Charge: persistent evasion"
                                      " of maintenance."),
                 MAINTENANCE, True, id="evasion-of-maintenance"),
    pytest.param(MAINT.format(context="he evaded customs duties on the upkeep of the company's"
                                      " fleet. Charge: evasion of customs duties."),
                 MAINTENANCE, False, id="evasion-of-duties-is-no-maintenance"),
    pytest.param("Subject: AKIN, Deniz, born 2 March 1990.\nFacts: she took her son abroad from"
                 " the father, who holds custody under an interim order of the Family Court.\n"
                 "Charge: deprivation of a child of liberty. Penalty: two to ten years.\n",
                 CUSTODY, True, id="father-holds-custody"),
    pytest.param("Subject: AKIN, Deniz, born 2 March 1990.\nFacts: she held the victim, a"
                 " shopkeeper, in a cellar for two days.\nCharge: deprivation of liberty."
                 " Penalty: two to ten years.\n",
                 CUSTODY, False, id="stranger-held-in-a-cellar"),
    pytest.param("Faits : l'intéressée a publié des messages injurieux. Le plaignant est en"
                 " instance devant le tribunal au sujet de la garde de ses deux fils.\n",
                 CUSTODY, True, id="garde-de-ses-deux-fils"),
    pytest.param("Faits : l'intéressé a été placé en garde à vue avec ses deux fils.\n",
                 CUSTODY, False, id="garde-a-vue-is-no-custody"),
])
def test_family_matters(tmp_path: Path, text: str, entry: str, raised: bool) -> None:
    _p, assessment = analyze(tmp_path, text)
    assert (entry in sources(assessment)) is raised, assessment.flags


@pytest.mark.parametrize(("more", "severity"), [
    pytest.param(" y uso de documento falso", "medium", id="forged-exit-permit-mixed-case"),
    pytest.param("", "high", id="removal-alone"),
])
def test_forgery_beside_the_removal_lowers(tmp_path: Path, more: str, severity: str) -> None:
    _p, assessment = analyze(tmp_path, REMOVAL.format(more=more))
    flag = next(f for f in assessment.flags if f.code == "offense.family-private")
    assert flag.severity == severity, flag


@pytest.mark.parametrize(("text", "entry", "raised"), [
    pytest.param("أحال وكيل الملك المسطرة من أجل الفساد في حق المشارك طبقاً للفصل 490 من القانون"
                 " الجنائي.\n", EXTRAMARITAL, True, id="article-490-with-joined-preposition"),
    pytest.param("أحال وكيل الملك المسطرة من أجل السرقة طبقاً للفصل 505 من القانون الجنائي.\n",
                 EXTRAMARITAL, False, id="another-article"),
    pytest.param("Hechos: la buscada captó a mujeres para gestar niños de parejas extranjeras a"
                 " cambio de dinero.\nCargo: trata de personas.\n",
                 SURROGACY, True, id="carrying-children-for-couples"),
    pytest.param("Hechos: la buscada captó a mujeres para trabajar en bares de parejas"
                 " extranjeras a cambio de dinero.\nCargo: trata de personas.\n",
                 SURROGACY, False, id="recruited-for-bars"),
])
def test_cultural_norms_told_otherwise(
    tmp_path: Path, text: str, entry: str, raised: bool
) -> None:
    _p, assessment = analyze(tmp_path, text)
    assert (entry in sources(assessment)) is raised, assessment.flags
