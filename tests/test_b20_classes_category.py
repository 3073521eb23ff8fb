"""Behaviour tests for the category and Article 3 classes the b20 development cases exposed:
a family court's custody ruling behind a parent's "kidnapping" charge, an adult woman's
marriage against her father's refusal charged as an abduction, adults selling sex on their
own account with trafficking ruled out, a warrant whose reasons name the accused's ethnic
group, "hatred of one nationality against another", and an unrecognised anti-slavery
association read as a political organisation. Each fix has a counterpart that must still
read the other way.

Each text is fictional and written for the test; none is taken from a case file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_flags import analyze, codes, held

# ----------------------------------------------- a custody ruling behind a parent's kidnapping

CUSTODY = (
    "Diffusion - wanted person\n"
    "Wanted: AL-HARBI, Nasser Saad, born 02/04/1983.\n"
    "Offence: kidnapping of a minor and removing him from the State, Penal Code art. 178."
    " Penalty: up to 7 years.\n"
    "Facts: on 3 March 2024 the wanted person took the minor Fahad, aged 5, from the home of the"
    " complainant in Jahra and left the country with him the same day.\n"
    "Warrant: Public Prosecution, Jahra, arrest order No. 2024/311 of 10 March 2024.\n\n"
    "{background}\n"
)
RULING = (
    "Family court order of 2 May 2024: the parties are the parents of Fahad; a personal-status"
    " court awarded custody to the mother on 1 February 2024, and the father holds joint"
    " guardianship under the law of his second nationality."
)
STRANGER = (
    "Police report of 4 March 2024: a neighbour saw a man unknown to the family put the boy in"
    " a car; a ransom call followed the next morning."
)


@pytest.mark.parametrize(("background", "raised"), [
    pytest.param(RULING, True, id="custody-ruling-between-the-parents"),
    pytest.param(STRANGER, False, id="stranger-kidnapping-for-ransom"),
])
def test_custody_ruling_behind_a_kidnapping_charge(
    tmp_path: Path, background: str, raised: bool
) -> None:
    _p, assessment = analyze(tmp_path, CUSTODY.format(background=background))
    assert ("offense.family-private" in codes(assessment)) is raised, assessment.flags
    if raised:
        assert assessment.level == "likely-non-compliant", assessment.level_reason


# ----------------------------------- an adult woman's own marriage charged as her abduction

ELOPED = (
    "نشرة حمراء\n"
    "المطلوب: سامر وليد حسن العبيدي، مواليد 1993/05/02 في الموصل.\n"
    "الوقائع: في 2023/09/14 قام المطلوب بخطف الأنثى (ر.م.ع) من منزل ذويها في الموصل ونقلها"
    " إلى خارج المحافظة.\n"
    "التهمة: خطف أنثى، المادة 422 من قانون العقوبات. العقوبة القصوى: السجن خمس عشرة سنة.\n"
    "أمر القبض: محكمة تحقيق الموصل، 2023/09/30.\n\n"
    "{record}\n"
)
MARRIED = (
    "محكمة الأحوال الشخصية - حجة زواج بتاريخ 2023/09/16: حضرت السيدة (ر.م.ع) البالغة من العمر"
    " خمساً وعشرين سنة وبيّنت أن والدها يرفض الزواج، وأفادت لاحقاً بأنها غادرت منزل أهلها طوعاً."
)
TAKEN = "تقرير الشرطة: أفاد شهود بأن المطلوب أجبر الفتاة على ركوب سيارته تحت تهديد السلاح."


@pytest.mark.parametrize(("record", "raised"), [
    pytest.param(MARRIED, True, id="adult-married-against-her-fathers-refusal"),
    pytest.param(TAKEN, False, id="taken-at-gunpoint"),
])
def test_marriage_against_the_fathers_refusal(tmp_path: Path, record: str, raised: bool) -> None:
    _p, assessment = analyze(tmp_path, ELOPED.format(record=record))
    assert ("offense.family-private" in codes(assessment)) is raised, assessment.flags


# ------------------------------------------- adults on their own account, trafficking ruled out

SHARED_FLAT = (
    "Notificación Roja\n"
    "Reclamada: QUISPE ROJAS, Maribel, nacida el 03/02/1985.\n"
    "Hechos: entre enero y junio de 2023, en un departamento de Surco, la reclamada facilitó que"
    " tres mujeres ofrecieran servicios sexuales a clientes.\n"
    "Delito: favorecimiento a la prostitución (art. 179 CP). Pena máxima: 6 años.\n\n"
    "Disposición fiscal: {finding}\n"
)


@pytest.mark.parametrize(("finding", "raised"), [
    pytest.param("las tres mujeres, mayores de edad, fijaban sus tarifas y conservaban sus"
                 " ingresos; se descarta la calificación de trata.", True,
                 id="own-rates-trafficking-ruled-out"),
    pytest.param("las tres mujeres fueron captadas en Pucallpa y entregaban todo lo cobrado;"
                 " se formaliza investigación por trata de personas.", False,
                 id="recruited-and-exploited"),
])
def test_independent_adults_and_trafficking_ruled_out(
    tmp_path: Path, finding: str, raised: bool
) -> None:
    _p, assessment = analyze(tmp_path, SHARED_FLAT.format(finding=finding))
    assert ("offense.cultural-norms" in codes(assessment)) is raised, assessment.flags
    if not raised:
        assert "offense.cultural-norms" in held(assessment), assessment.suppressed


# ------------------------------------------ a warrant whose reasons name the accused's ethnicity

REASONS = (
    "Solicitud de Notificación Roja\n"
    "Nombre: BOLOPA ESONO, Ramón. Nacido el 11/03/1980.\n"
    "Hechos: durante 2024, por redes sociales, el reclamado difundió mensajes contra las"
    " instituciones.\n"
    "Delitos: sedición. Pena máxima: 20 años.\n\n"
    "Auto de prisión de 2 de septiembre de 2024: Considerando que el encausado, {who}, forma"
    " parte del grupo que en la diáspora critica al Gobierno, SE ACUERDA su busca internacional.\n"
)


@pytest.mark.parametrize(("who", "raised"), [
    pytest.param("de etnia bubi", True, id="ethnicity-in-the-reasons"),
    pytest.param("vecino de Bata", False, id="residence-in-the-reasons"),
])
def test_warrant_reasons_name_the_accused_ethnicity(
    tmp_path: Path, who: str, raised: bool
) -> None:
    _p, assessment = analyze(tmp_path, REASONS.format(who=who))
    found = codes(assessment)
    assert ("article3.racial" in found) is raised, assessment.flags
    assert ("misuse.ethnic-minority" in found) is raised, assessment.flags


def test_group_named_in_a_letter_is_no_racial_character(tmp_path: Path) -> None:
    text = (
        "Red Notice. Wanted: KHAMIS, Idris, born 1980. Charge: theft of livestock, Penal Code"
        " s. 174 (7 years). Facts: on 2 May 2024 in Nyala he took 40 cattle from a farm.\n\n"
        "Letter of the defence: Mr Khamis is a Masalit herder from Nyala.\n"
    )
    _p, assessment = analyze(tmp_path, text)
    assert "article3.racial" not in codes(assessment), assessment.flags


# --------------------------------------------- "hatred of one nationality against another"

FIR = (
    "FIRST INFORMATION REPORT No. 12/2024 - Quetta\n"
    "Accused: RIND, Mehran, born 1990. On 3 June 2024 in Quetta the accused {act}.\n"
    "Offence: section 153-A PPC. Penalty: up to 5 years.\n"
)


@pytest.mark.parametrize(("act", "raised"), [
    pytest.param("addressed a rally and by his speech promotes hatred of one nationality against"
                 " another", True, id="hatred-between-nationalities"),
    pytest.param("addressed a rally and insulted a rival trader over a debt", False,
                 id="a-private-insult"),
])
def test_hatred_of_one_nationality(tmp_path: Path, act: str, raised: bool) -> None:
    _p, assessment = analyze(tmp_path, FIR.format(act=act))
    assert ("article3.racial" in codes(assessment)) is raised, assessment.flags


# --------------------------------------- an unrecognised anti-slavery association is no party

ASSOCIATION = (
    "Ordonnance de prise de corps du 18 avril 2024.\n"
    "Personne recherchée : OULD SALEM, Brahim, né le 2 mai 1985 à Rosso.\n"
    "Attendu que le nommé Brahim Ould Salem, responsable d'une organisation non reconnue {cause},"
    " a organisé le 4 mars 2024 à Rosso une réunion publique ;\n"
    "Inculpons le susnommé de rassemblement non autorisé (art. 101 du Code pénal, deux ans).\n"
)


@pytest.mark.parametrize(("cause", "political"), [
    pytest.param("de lutte contre l'esclavage", False, id="anti-slavery-association"),
    pytest.param("qui prône le renversement du gouvernement", True, id="a-banned-movement"),
    # a bare "droits" is no rights association (cue.rights-association, not cue.rights-cause)
    pytest.param("qui revendique par les armes les droits du peuple", True,
                 id="armed-group-claiming-rights"),
])
def test_unrecognised_rights_association(tmp_path: Path, cause: str, political: bool) -> None:
    _p, assessment = analyze(tmp_path, ASSOCIATION.format(cause=cause))
    assert ("article3.political" in codes(assessment)) is political, assessment.flags
