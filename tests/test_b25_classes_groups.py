"""Behaviour tests for the b25 classes of the protest, speech and religious flags: a robbery
or an attempt on a life whose victim's injury is medically recorded, told beside a strike or a
protest (the setting, not an assembly); a highway kept closed by a group and a published call
to take to the streets (the assembly itself); a comedian's sketch as the facts (speech); a
cleric's fraud against congregants named as complainants (an ordinary fraud). Each fix has a
counterpart that must still read the other way.

Each text is fictional and written for the test; none is taken from a case file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.flags.engine import candidates
from pipeline.records import Packet
from tests.test_flags import analyze

PROTEST = "misuse.protest-assembly"
SPEECH = "misuse.speech-offense"
RELIGIOUS = "misuse.religious-minority"


def _raised(found: Packet, code: str) -> bool:
    """A raised candidate of `code` (rules only, no model)."""
    return any(
        c.code == code and c.suppressed is None for c in candidates(found, use_model=False)
    )


# -------------------------------------------------- a strike as the setting of a robbery

ROBBERY = (
    "WANTED PERSON DIFFUSION - NCB Valmora\n"
    "Subject: DORANIS, Petros. Born 4 May 1990. Valmoran.\n"
    "Facts: On 3 March 2024, a day on which buses in Valmora were stopped by a general strike,"
    " the subject struck a jeweller's courier with an iron bar and took his bag of coins.{injury}"
    " Cameras recorded the attack.\n"
    "Charge: robbery with bodily harm, Penal Code art. 380.\n"
    "Warrant: no. 12/2024, Investigating Magistrate of Valmora, 20 March 2024.\n"
)


@pytest.mark.parametrize(("injury", "raised"), [
    pytest.param(" The courier suffered a fractured skull.", False, id="injury-recorded"),
    pytest.param("", True, id="no-injury-finding"),
])
def test_a_robbery_with_a_recorded_injury_on_a_strike_day(
    tmp_path: Path, injury: str, raised: bool
) -> None:
    found, _a = analyze(tmp_path, ROBBERY.format(injury=injury))
    assert _raised(found, PROTEST) is raised


STABBING = (
    "تعميم — المكتب المركزي الوطني بأورلين\n"
    "الاسم: فارس، نبيل؛ مزداد في 3 مارس 1995؛ أورليني.\n"
    "ملخص الوقائع: يوم 4 ماي 2023 نشب خلاف بين المعني وبائع آخر حول مكان عرض السلع قرب المحتجين."
    " فطعن الضحية في البطن{injury}.\n"
    "التهمة: محاولة القتل العمد.\n"
    "العقوبة: السجن المؤبد.\n"
)


@pytest.mark.parametrize(("injury", "raised"), [
    pytest.param("، وحددت مدة عجزه في 60 يوما", False, id="incapacity-set"),
    pytest.param("", True, id="no-finding"),
])
def test_an_attempt_with_the_period_of_incapacity_set(
    tmp_path: Path, injury: str, raised: bool
) -> None:
    found, _a = analyze(tmp_path, STABBING.format(injury=injury))
    assert _raised(found, PROTEST) is raised


# -------------------------------------------------- road closures and calls to the street

CLOSURE = (
    "NOTIFICACIÓN ROJA - OCN Valmora\n"
    "Persona buscada: QUINTERO, Abel. Nacido el 2 de mayo de 1970.\n"
    "Hechos: Del 5 al 8 de febrero de 2024 el buscado dirigió a grupos que {act},"
    " afectando la economía de la provincia.\n"
    "Delito: daños a la propiedad.\n"
    "Orden de aprehensión del Juzgado de Valmora, 9 de febrero de 2024.\n"
)


@pytest.mark.parametrize(("act", "raised"), [
    pytest.param("mantuvieron cerrada la carretera nacional", True, id="highway-kept-closed"),
    pytest.param("mantuvieron cerrada la tienda del mercado", False, id="a-shop-kept-closed"),
])
def test_a_highway_kept_closed_is_a_protest(tmp_path: Path, act: str, raised: bool) -> None:
    found, _a = analyze(tmp_path, CLOSURE.format(act=act))
    assert _raised(found, PROTEST) is raised


CALL = (
    "DIFUSIÓN - OCN Valmora\n"
    "Persona buscada: SALAS, Yoel. Nacido el 3 de marzo de 1985.\n"
    "Hechos: el 4 de julio de 2022 el buscado publicó en su diario digital una convocatoria a"
    " {call}.\n"
    "Delito: desacato (art. 144). Orden de la Fiscalía de Valmora, 2 de agosto de 2022.\n"
)


@pytest.mark.parametrize(("call", "raised"), [
    pytest.param('"salir pacíficamente a pedir libertad"', True, id="call-to-the-street"),
    pytest.param("una reunión de accionistas", False, id="shareholders-meeting"),
])
def test_a_call_to_take_to_the_streets(tmp_path: Path, call: str, raised: bool) -> None:
    found, _a = analyze(tmp_path, CALL.format(call=call))
    assert _raised(found, PROTEST) is raised


# -------------------------------------------------- a comedian's sketch is speech

SKETCH = (
    "DIFFUSION — BCN Valmora — arrestation provisoire\n"
    "Nom : DORAN Lucas ; né le 2 juin 1990 ; valmorien.\n"
    "Faits : le 12 mai 2024, au café-théâtre de Valmora, l'intéressé {act}.\n"
    "Qualification : blasphème public (article 473 du Code pénal).\n"
    "Mandat d'arrêt n° 61/2024 du 3 juillet 2024.\n"
)


@pytest.mark.parametrize(("act", "raised"), [
    pytest.param("a présenté un sketch parodiant une procession", True, id="sketch"),
    pytest.param("a brisé les vitres de la salle", False, id="broke-windows"),
])
def test_a_comedians_sketch_is_speech(tmp_path: Path, act: str, raised: bool) -> None:
    found, _a = analyze(tmp_path, SKETCH.format(act=act))
    assert _raised(found, SPEECH) is raised


# -------------------------------------------------- a cleric's fraud on his congregation

PASTOR = (
    "RED NOTICE - NCB Valmora\n"
    "Subject: ORLEN, Bright. Born 19 July 1976. Valmoran.\n"
    "Summary of facts: In 2022 the subject, senior pastor of a Valmora church, advertised from the"
    " pulpit residential plots that did not exist and collected money from {who}.\n"
    "Charges: obtaining money by false pretences (Penal Code s. 309).\n"
    "Warrant: Valmora Subordinate Court, warrant no. 113/2023, 16 January 2023.\n"
)


@pytest.mark.parametrize(("who", "raised"), [
    pytest.param("41 congregants. The complainants each paid between 200 and 900 dollars",
                 False, id="complainants-named"),
    pytest.param("the church's members", True, id="no-complainants"),
])
def test_a_pastors_fraud_on_complainants(tmp_path: Path, who: str, raised: bool) -> None:
    found, _a = analyze(tmp_path, PASTOR.format(who=who))
    assert _raised(found, RELIGIOUS) is raised
