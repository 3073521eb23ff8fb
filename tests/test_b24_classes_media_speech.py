"""Behaviour tests for the media, protest and speech classes the b24 development cases
exposed: a media worker who is the target of a phone hacking or who lodged the complaint
(Arabic verb-first "تقدم ... ببلاغ"), a programme aired as a podcast ("émission diffusée en
balado") and a photographer of a digital outlet, a march that only places an ordinary crime
(a relative clause, the police deployed for it), a protest named by its verb (residents
demanding), incitement charged with a serious assault that left a certified injury,
defamation of a member of the government, a Facebook page the subject administers, a
retraction told in the Arabic dual, and asylum that a relative holds. Each fix has a
counterpart that must still read the other way.

Each text is fictional and written for the test; none is taken from a case file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.flags.engine import candidates
from pipeline.records import Packet
from tests.test_flags import analyze

MEDIA = "misuse.journalist-media"
PROTEST = "misuse.protest-assembly"
SPEECH = "misuse.speech-offense"
COERCED = "misuse.coerced-evidence"
REFUGEE = "misuse.refugee-asylum"


def _read(packet: Packet, code: str) -> bool:
    """A candidate of `code` not held back (the status-alone rule may still hold a media
    worker's own title back in an ordinary case; that is the subject's status all the same)."""
    return any(
        c.code == code and (c.suppressed is None or "status alone" in c.suppressed)
        for c in candidates(packet, use_model=False)
    )


@pytest.mark.parametrize(("facts", "raised"), [
    pytest.param("l'intéressé a piraté le téléphone de la rédactrice en chef d'un hebdomadaire"
                 " et lui a réclamé 20 000 euros.", False, id="hacked-editor-is-victim"),
    pytest.param("l'intéressé, rédacteur en chef d'un hebdomadaire, a piraté le téléphone d'un"
                 " voisin et lui a réclamé 20 000 euros.", True, id="editor-is-subject"),
])
def test_hacked_media_worker_is_victim(tmp_path: Path, facts: str, raised: bool) -> None:
    text = (
        "NOTICE ROUGE — BCN Bruxelles, réf. 2024/0101\n"
        "MARTEL Yvan, né le 03/03/1990 à Namur, belge.\n"
        f"Faits : le 5 mai 2024, {facts}\n"
        "Préventions : extorsion (art. 470 du Code pénal).\n"
    )
    packet, _a = analyze(tmp_path, text)
    assert _read(packet, MEDIA) is raised


@pytest.mark.parametrize(("facts", "raised"), [
    pytest.param("تقدم رئيس تحرير الصحيفة ببلاغ بعد أن راجعه المعلنون.", False,
                 id="editor-lodged-complaint"),
    pytest.param("المطلوب رئيس تحرير صحيفة يومية ونشر مقالات عن الوزير.", True,
                 id="subject-is-editor"),
])
def test_arabic_complainant_editor(tmp_path: Path, facts: str, raised: bool) -> None:
    text = (
        "نشرة حمراء - المكتب المركزي الوطني\n"
        "الشخص المطلوب: كريم سليم ناصر، مواليد 1985/02/02.\n"
        "الوقائع: في مارس 2023 استولى المطلوب على مبالغ من شركات بعقود مزورة باسم صحيفة.\n"
        f"{facts}\n"
        "التهم: الاحتيال.\n"
    )
    packet, _a = analyze(tmp_path, text)
    assert _read(packet, MEDIA) is raised


@pytest.mark.parametrize(("work", "raised"), [
    pytest.param("qui y enregistre « Voix du Quartier », une émission diffusée en balado où il"
                 " interroge des habitants sur les élus.", True, id="programme-aired-as-podcast"),
    pytest.param("qui y écoute parfois un balado sur la pêche.", False, id="bare-balado"),
])
def test_programme_aired_as_podcast(tmp_path: Path, work: str, raised: bool) -> None:
    text = (
        "NOTICE ROUGE — BCN Port-au-Prince, réf. 2024/0300\n"
        "JOSEPH Ricardo, né le 02/02/1986 à Jacmel, haïtien.\n"
        "Faits : deux véhicules volés ont été retrouvés dans un garage loué par l'intéressé.\n"
        "Charges : recel de véhicules volés.\n"
        f"Le garage a été loué par M. Joseph, {work}\n"
    )
    packet, _a = analyze(tmp_path, text)
    assert _read(packet, MEDIA) is raised


@pytest.mark.parametrize(("role", "raised"), [
    pytest.param("colaborador gráfico de un sitio digital", True, id="photo-contributor"),
    pytest.param("colaborador de una empresa de mudanzas", False, id="removals-worker"),
])
def test_digital_outlet_photographer(tmp_path: Path, role: str, raised: bool) -> None:
    text = (
        "DIFUSIÓN — OCN, ref. 2024/0500\n"
        "ROJAS PEÑA, Yunior; nacido el 01/01/1991.\n"
        "Hechos: el 3 de marzo de 2024 el requerido alteró el orden público.\n"
        f"El acusado Yunior Rojas Peña, {role}, tomó fotografías aquella noche.\n"
        "Delito: desórdenes públicos.\n"
    )
    packet, _a = analyze(tmp_path, text)
    assert _read(packet, MEDIA) is raised


@pytest.mark.parametrize(("setting", "raised"), [
    pytest.param("mientras la policía estaba desplegada por una marcha que pasaba dos calles más"
                 " allá, el requerido y un cómplice asaltaron armados una joyería.", False,
                 id="police-deployed-for-march"),
    pytest.param("el requerido encabezó una marcha contra el gobierno y la policía la dispersó.",
                 True, id="led-a-march"),
])
def test_march_only_places_a_robbery(tmp_path: Path, setting: str, raised: bool) -> None:
    text = (
        "NOTIFICACIÓN ROJA — OCN Lima, ref. 2024/1200\n"
        "SALAS VERA, Mario; nacido el 03/05/1990; peruano.\n"
        f"Hechos: el 19/07/2023, {setting}\n"
        "Delito: robo agravado.\n"
    )
    packet, _a = analyze(tmp_path, text)
    assert _read(packet, PROTEST) is raised


@pytest.mark.parametrize(("scene", "raised"), [
    pytest.param("un grupo de vecinos reclamaba por los cortes de agua", True,
                 id="residents-demanding"),
    pytest.param("un grupo de vecinos esperaba el autobús", False, id="residents-waiting"),
])
def test_protest_named_by_its_verb(tmp_path: Path, scene: str, raised: bool) -> None:
    text = (
        "DIFUSIÓN — OCN, ref. 2024/0777\n"
        "PÉREZ LIMA, Osniel; nacido el 05/05/1989.\n"
        f"Hechos: el 17 de marzo de 2024 el requerido se encontraba en la plaza, donde {scene}.\n"
        "Delito: atentado.\n"
    )
    packet, _a = analyze(tmp_path, text)
    assert _read(packet, PROTEST) is raised


@pytest.mark.parametrize(("harm", "raised"), [
    pytest.param("golpeó con un bate a un vendedor ambulante, que sufrió fractura de cráneo.\n"
                 "Delitos: lesiones agravadas (art. 148 CP); incitación al odio (art. 510 CP).",
                 False, id="incitement-with-assault"),
    pytest.param("publicó en un canal de mensajería textos contra los vendedores ambulantes.\n"
                 "Delitos: incitación al odio (art. 510 CP).", True, id="incitement-alone"),
])
def test_incitement_with_serious_assault(tmp_path: Path, harm: str, raised: bool) -> None:
    text = (
        "NOTIFICACIÓN ROJA — OCN Madrid, ref. 2024/9000\n"
        "LLORENTE BAS, Rubén; nacido el 28/02/1994; español.\n"
        f"Hechos: el 14 de septiembre de 2024 el requerido {harm}\n"
    )
    packet, _a = analyze(tmp_path, text)
    assert _read(packet, SPEECH) is raised


@pytest.mark.parametrize(("offended", "raised"), [
    pytest.param("d'un membre du Gouvernement", True, id="member-of-government"),
    pytest.param("d'un voisin commerçant", False, id="a-neighbour"),
])
def test_defamation_of_a_minister(tmp_path: Path, offended: str, raised: bool) -> None:
    text = (
        "Jugement correctionnel n° 55 du 14/02/2024\n"
        "Prévenu : DIALLO Alpha, né vers 1984 à Labé.\n"
        "Attendu que le prévenu a porté atteinte à l'honneur et à la considération "
        f"{offended} ; le déclare coupable et le condamne à deux ans d'emprisonnement.\n"
    )
    packet, _a = analyze(tmp_path, text)
    assert _read(packet, SPEECH) is raised


@pytest.mark.parametrize(("where", "raised"), [
    pytest.param("sur une page Facebook qu'il administre des textes contre le gouvernement",
                 True, id="page-he-administers"),
    pytest.param("sur le site de la mairie un avis de travaux", False, id="town-hall-site"),
])
def test_facebook_page_he_administers(tmp_path: Path, where: str, raised: bool) -> None:
    text = (
        "NOTICE ROUGE — BCN, réf. 2023/0404\n"
        "KACI Samir, né le 09/05/1991.\n"
        f"Faits : entre mars et septembre 2022, l'intéressé a publié {where}.\n"
        "Infractions : escroquerie.\n"
    )
    packet, _a = analyze(tmp_path, text)
    assert _read(packet, SPEECH) is raised


@pytest.mark.parametrize(("statement", "raised"), [
    pytest.param("وتراجعا عن أقوالهما لدى باحث البداية.", True, id="dual-retraction"),
    pytest.param("وأمضيا على المحاضر بعد أن تعرضا للضرب في مركز الأمن.", True,
                 id="signed-after-beating"),
    pytest.param("وأكدا أقوالهما لدى باحث البداية.", False, id="dual-confirmation"),
])
def test_dual_retraction_arabic(tmp_path: Path, statement: str, raised: bool) -> None:
    text = (
        "تعميم بشخص مطلوب - المكتب المركزي الوطني\n"
        "المطلوب: سامي بن علي القاسمي، مواليد 1994/03/28.\n"
        "الوقائع: ليلة 2021/01/17 اعتدى المطلوب على أعوان الأمن بالحجارة.\n"
        "التهم: الاعتداء بالعنف على موظف عمومي.\n"
        f"مثل المتهمان م.ع. وس.ب. أمام قاضي التحقيق {statement}\n"
    )
    packet, _a = analyze(tmp_path, text)
    assert _read(packet, COERCED) is raised


@pytest.mark.parametrize(("sentence", "raised"), [
    pytest.param("El requerido es hermano menor de quien fue alcalde de la ciudad y reside en"
                 " Brasil con asilo otorgado por ese país.", False, id="relative-holds-asylum"),
    pytest.param("El requerido reside en Brasil con asilo otorgado por ese país desde 2022.",
                 True, id="subject-holds-asylum"),
])
def test_asylum_of_a_relative(tmp_path: Path, sentence: str, raised: bool) -> None:
    text = (
        "DIFUSIÓN — OCN La Paz, ref. BO/2024/0100\n"
        "SUÁREZ MOLINA, Hugo; nacido el 17/01/1979.\n"
        "Hechos: el 3 de noviembre de 2023 el requerido y otros cargaron ganado ajeno.\n"
        "Delito: robo agravado.\n"
        f"{sentence}\n"
    )
    packet, _a = analyze(tmp_path, text)
    assert _read(packet, REFUGEE) is raised
