"""s38 classes: a media worker's status weighed on a lesser ordinary charge, and the media work
told by words the lexicon did not read.

- A media worker charged with an assault or a theft alone keeps misuse.journalist-media raised,
  one indicator to weigh (`status_alone.weighed_codes`); beside a grave ordinary crime (a
  killing, drug trafficking) or an organised group the status is still held back.
- A reporter who handed his recording of the events to the police is a witness
  (cue.witness-role), not the subject.
- "editor of the website Sur Eco": the capitalised words after an outlet noun name the outlet
  (`word.outlet-noun`), not another person.
- A sports commentator and a cartoonist told by the cartoons he draws for a weekly are media
  workers; a sports commentator the subject beat is a victim.
Each text is fictional and written for the test.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_flags import analyze, held, rule_codes

MEDIA = "misuse.journalist-media"

NOTICE_EN = (
    "RED NOTICE\n"
    "Name: MARLOWE, Devon Keith\n"
    "Date of birth: 4 May 1984\n"
    "Occupation: {occupation}\n"
    "Charge: {charge} (section {section} of the Penal Code).\n"
    "Maximum penalty: 10 years' imprisonment.\n"
    "Summary of facts: On 6 March 2024 at about 21:40, at a filling station on the coast road"
    " near Kilifi, the subject {act}.\n"
    "Arrest warrant No. 118 of 2024 issued on 12 March 2024 by the Chief Magistrate at Mombasa.\n"
)

ASSAULT = ("grievous harm", "234", "struck the attendant with an iron bar after a quarrel over"
           " the bill, breaking his forearm")
TRAFFICKING = ("trafficking in narcotic drugs", "4", "handed 38 kilograms of cocaine hidden in"
               " a spare tyre to two buyers")


@pytest.mark.parametrize(("occupation", "crime", "raised"), [
    pytest.param("editor-in-chief of a regional news website.", ASSAULT, True,
                 id="editor-assault-weighed"),
    pytest.param("television news presenter at a regional channel.", ASSAULT, True,
                 id="presenter-assault-weighed"),
    pytest.param("television news presenter at a regional channel.", TRAFFICKING, False,
                 id="presenter-drug-trafficking-held"),
    pytest.param("mechanic at a garage in Kilifi.", ASSAULT, False, id="no-media-work"),
])
def test_media_status_on_a_lesser_ordinary_charge(
    tmp_path: Path, occupation: str, crime: tuple[str, str, str], raised: bool
) -> None:
    charge, section, act = crime
    text = NOTICE_EN.format(occupation=occupation, charge=charge, section=section, act=act)
    _p, assessment = analyze(tmp_path, text)
    assert (MEDIA in rule_codes(assessment)) is raised, assessment.flags


def test_media_status_beside_an_organised_group_is_held(tmp_path: Path) -> None:
    text = NOTICE_EN.format(
        occupation="television cameraman at a regional channel.", charge="theft of a motor"
        " vehicle", section="278A", act="drove away a stolen pick-up truck for the criminal gang"
        " that had opened it, as he had done with eleven other vehicles")
    _p, assessment = analyze(tmp_path, text)
    assert MEDIA not in rule_codes(assessment), assessment.flags
    assert MEDIA in held(assessment)


ASSAULT_AR = (
    "نشرة حمراء\n"
    "الاسم: سامر فؤاد القيسي – تاريخ الميلاد: 03/02/1990\n"
    "الوقائع: في 4 آذار 2024 نشب خلاف بين المطلوب وعامل محطة محروقات في إربد، فضرب المطلوب"
    " العامل بقضيب حديدي ما أدى إلى كسر في ساعده. {witness}\n"
    "التهمة: الإيذاء المفضي إلى تعطيل يزيد على عشرين يوماً.\n"
    "العقوبة القصوى: الحبس ثلاث سنوات.\n"
)


@pytest.mark.parametrize(("witness", "raised"), [
    pytest.param("وكان مراسل لموقع إخباري محلي يجلس قرب المحطة، فصوّر السيارة وسلّم التسجيل إلى"
                 " الشرطة في اليوم نفسه.", False, id="reporter-handed-recording-is-witness"),
    pytest.param("والمطلوب مراسل لموقع إخباري محلي منذ 2019.", True,
                 id="subject-is-the-reporter"),
])
def test_reporter_who_handed_the_recording(tmp_path: Path, witness: str, raised: bool) -> None:
    _p, assessment = analyze(tmp_path, ASSAULT_AR.format(witness=witness))
    assert (MEDIA in rule_codes(assessment)) is raised, assessment.flags
    if not raised:
        assert "witness" in held(assessment)[MEDIA]


EXTORTION_EN = (
    "RED NOTICE\n"
    "Name: SORIANO VEGA, Ruben Dario. Born 02/12/1984.\n"
    "Charge: extortion, Penal Code art. 222. Maximum penalty: 15 years' imprisonment.\n"
    "Facts: between 10 and 28 February 2024, {who}, demanded 80,000 lempiras from a contractor"
    " in exchange for not publishing articles about him; the contractor paid 30,000 by bank"
    " transfer on 21 February.\n"
    "Warrant: Court of First Instance of Choluteca, No. 0601-2024-00112, 15 March 2024.\n"
)


@pytest.mark.parametrize(("who", "raised"), [
    pytest.param("the subject, editor of the website\nSur Eco", True,
                 id="outlet-name-after-website"),
    pytest.param("the subject, a driver employed by the website\nSur Eco", False,
                 id="driver-of-a-website"),
])
def test_outlet_name_after_an_outlet_noun(tmp_path: Path, who: str, raised: bool) -> None:
    _p, assessment = analyze(tmp_path, EXTORTION_EN.format(who=who))
    assert (MEDIA in rule_codes(assessment)) is raised, assessment.flags


ASSAULT_ES = (
    "NOTIFICACIÓN ROJA\n"
    "Nombre: ALVARADO SOLÍS, Rigoberto Enrique. Nacido el 12/08/1984.\n"
    "Delito: lesiones personales dolosas agravadas. Pena máxima: ocho años de prisión.\n"
    "Resumen: el 21 de septiembre de 2024, hacia las 22:15, en el estacionamiento del estadio,"
    " {facts}\n"
    "Orden de aprehensión: Juzgado de Garantías, carpeta 202400061873, de 30/09/2024.\n"
)


@pytest.mark.parametrize(("facts", "raised"), [
    pytest.param("el requerido, comentarista deportivo del canal TeleSur Nueve, golpeó con una"
                 " barra metálica al empleado del estacionamiento.", True,
                 id="subject-sports-commentator"),
    pytest.param("el requerido golpeó con una barra metálica al comentarista deportivo Julio"
                 " Batista, que le había pedido mover el vehículo.", False,
                 id="victim-sports-commentator"),
    pytest.param("el requerido golpeó con una barra metálica al empleado. Se informa que el"
                 " requerido firma con un seudónimo las caricaturas de la contraportada del"
                 " semanario El Farol.", True, id="subject-draws-the-weeklys-cartoons"),
    pytest.param("el requerido golpeó con una barra metálica al empleado. En su vehículo se"
                 " hallaron las caricaturas de un pintor callejero.", False,
                 id="cartoons-found-no-outlet"),
])
def test_sports_commentator_and_cartoonist(tmp_path: Path, facts: str, raised: bool) -> None:
    _p, assessment = analyze(tmp_path, ASSAULT_ES.format(facts=facts))
    assert (MEDIA in rule_codes(assessment)) is raised, assessment.flags
