"""Behaviour tests for `article3.political` false alarms the development cases exposed:
espionage called economic or industrial (the theft of trade secrets), a coup named only as
the occasion that dates the events, the Jordanian "إطالة اللسان" aimed at the prophets (a
religious offence, not an insult to the king), acts "de nature à compromettre la sécurité
publique" charged alone (public order), and "التحريض على التمرد" among military charges (a
mutiny). Each has a counterpart that must still read political.

Each text is fictional and written for the test; none is taken from a case file.
"""

from __future__ import annotations

from pathlib import Path

from tests.test_flags import analyze, codes, sources

TREASON = "article3.political.treason-state-security"
COUP = "article3.political.coup"
HEAD = "article3.political.head-of-state"
ORDER = "article3.political.constitutional-order"
POLITICAL = "article3.political"

# -------------------------------------------------- espionage called economic

CARGOS = (
    "DIFUSIÓN - OCN Puerto Lerma\n"
    "Buscado: ALDANA RUIZ, Tomás, nacido en 1980 en Velmar.\n"
    "Hechos: en 2021 el buscado copió la base de datos de clientes del banco Velmar donde"
    " trabajaba.\n"
    "Cargos: {charge};\n"
    "Pena: hasta 3 años.\n"
)


def test_economic_espionage_is_not_treason(tmp_path: Path) -> None:
    _, assessment = analyze(tmp_path, CARGOS.format(charge="espionaje económico"))
    assert TREASON not in sources(assessment)


def test_espionage_alone_is_still_treason(tmp_path: Path) -> None:
    _, assessment = analyze(tmp_path, CARGOS.format(charge="espionaje"))
    assert TREASON in sources(assessment)


# -------------------------------------------------- a coup as the occasion

NOTICE = (
    "DIFFUSION - BCN Port-Aldren\n"
    "Recherché : TAVOREN Ilas, né en 1975 à Kessel.\n"
    "Faits : {facts}\n"
    "Qualification : recel de biens volés.\n"
)


def test_a_coup_that_dates_the_events_is_not_the_charge(tmp_path: Path) -> None:
    facts = ("à la suite de la tentative de coup d'État du 3 mai 2019, l'intéressé a recelé"
             " trois véhicules volés à Kessel.")
    _, assessment = analyze(tmp_path, NOTICE.format(facts=facts))
    assert COUP not in sources(assessment)


def test_a_coup_attempt_charged_is_still_political(tmp_path: Path) -> None:
    facts = "l'intéressé a pris part à la tentative de coup d'État du 3 mai 2019 à Kessel."
    _, assessment = analyze(tmp_path, NOTICE.format(facts=facts))
    assert COUP in sources(assessment)


# -------------------------------------------------- إطالة اللسان and its object

TUHAM = (
    "نشرة - المكتب المركزي الوطني في كسل\n"
    "المطلوب: زيد البرقان، مواليد 1988.\n"
    "الوقائع: نشر المطلوب مقطعا مصورا على موقع يوتيوب عام 2022.\n"
    "التهم:\n- {charge} (المادة 200 من قانون العقوبات).\n"
)


def test_the_tongue_against_the_prophets_is_not_the_head_of_state(tmp_path: Path) -> None:
    charge = "إطالة اللسان على أرباب الشرائع من الأنبياء"
    _, assessment = analyze(tmp_path, TUHAM.format(charge=charge))
    assert HEAD not in sources(assessment)


def test_the_tongue_against_the_king_is_still_the_head_of_state(tmp_path: Path) -> None:
    _, assessment = analyze(tmp_path, TUHAM.format(charge="إطالة اللسان على مقام الملك"))
    assert HEAD in sources(assessment)


# -------------------------------------------------- public security alone

QUALIF = (
    "DIFFUSION - BCN Port-Aldren\n"
    "Recherchée : VELMAR Anna, née en 1990 à Kessel.\n"
    "Faits : le 4 mars 2023 l'intéressée a appelé à une marche sur les réseaux sociaux.\n"
    "Qualifications : {charge} ;\n"
)


def test_public_security_alone_is_not_the_constitutional_order(tmp_path: Path) -> None:
    charge = "actes de nature à compromettre la sécurité publique"
    _, assessment = analyze(tmp_path, QUALIF.format(charge=charge))
    assert ORDER not in sources(assessment)


def test_grave_political_troubles_are_still_the_constitutional_order(tmp_path: Path) -> None:
    charge = ("actes de nature à compromettre la sécurité publique et à occasionner des"
              " troubles politiques graves")
    _, assessment = analyze(tmp_path, QUALIF.format(charge=charge))
    assert ORDER in sources(assessment)


# -------------------------------------------------- التحريض على التمرد beside military charges

TAMARRUD = (
    "نشرة - المكتب المركزي الوطني في كسل\n"
    "المطلوب: زيد البرقان، مواليد 1985.\n"
    "الوقائع: {facts}\n"
    "التهم: {charges}؛\n"
)


def test_incitement_to_tamarrud_among_military_charges_is_a_mutiny(tmp_path: Path) -> None:
    text = TAMARRUD.format(facts="المذكور ضابط برتبة ملازم تغيب عن وحدته عام 2021.",
                           charges="عصيان الأوامر العسكرية؛ التحريض على التمرد")
    _, assessment = analyze(tmp_path, text)
    assert POLITICAL not in codes(assessment)


def test_incitement_to_tamarrud_by_a_civilian_is_still_political(tmp_path: Path) -> None:
    text = TAMARRUD.format(facts="نشر المطلوب دعوات على موقع فيسبوك عام 2021.",
                           charges="التحريض على التمرد ضد الحكومة")
    _, assessment = analyze(tmp_path, text)
    assert POLITICAL in codes(assessment)
