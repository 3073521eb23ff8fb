"""Behaviour tests for the misuse classes left after the first round on the b20 development
cases: media work told by its output (news published daily, a correspondent with a place
before his outlet), a possessive before two statuses joined by "and", and an NGO's heading
that ends with its date and a full stop. Each fix has a counterpart that must still read the
other way.

Each text is fictional and written for the test; none is taken from a case file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.flags.sentences import page_text
from tests.test_flags import analyze, codes, packet, rule_codes, sources
from tests.understand_helpers import view

MEDIA = "misuse.journalist-media"
HRD = "misuse.human-rights-defender"

EXTORSION = (
    "Persona buscada: QUIROGA LEDESMA, Rolando Ismael, nacido el 3/02/1984 en Yacuiba.\n"
    "Delito: extorsión (art. 333 CP). Pena: hasta seis años.\n"
    "Hechos: entre enero y marzo de 2024 el buscado habría exigido 30.000 bolivianos a un"
    " concejal a cambio de no difundir documentos.\n"
    "Orden de aprehensión: Juez de Instrucción de Yacuiba, 02/04/2024.\n"
    "{extra}\n"
)


@pytest.mark.parametrize(("extra", "raised"), [
    pytest.param("El Sr. Quiroga administra la página Voz del Sur, donde publica a diario"
                 " noticias de la provincia.", True, id="publishes-news-daily"),
    pytest.param("El Sr. Quiroga administra la página de una ferretería, donde publica los"
                 " precios de la semana.", False, id="publishes-prices"),
])
def test_news_published_daily(tmp_path: Path, extra: str, raised: bool) -> None:
    _p, assessment = analyze(tmp_path, EXTORSION.format(extra=extra))
    assert (MEDIA in rule_codes(assessment)) is raised, assessment.flags


@pytest.mark.parametrize(("extra", "raised"), [
    pytest.param("El Sr. Quiroga es corresponsal en Tarija del diario digital Frontera Libre.",
                 True, id="correspondent-place-outlet"),
    pytest.param("El Sr. Quiroga es corresponsal bancario en Tarija y vende el diario local en"
                 " su tienda.", False, id="bank-agent"),
])
def test_correspondent_with_place_before_outlet(
    tmp_path: Path, extra: str, raised: bool
) -> None:
    _p, assessment = analyze(tmp_path, EXTORSION.format(extra=extra))
    assert (MEDIA in codes(assessment)) is raised, assessment.flags


@pytest.mark.parametrize(("extra", "raised"), [
    pytest.param("El buscado dejó una carta en la puerta de la Radio Norte exigiendo a su"
                 " propietario y locutor, el periodista Aníbal Cerna, un cupo de 5.000 soles.",
                 False, id="possessive-two-joined-statuses"),
    pytest.param("El buscado, propietario y locutor de la Radio Norte, dejó una carta en la"
                 " puerta de un concejal.", True, id="own-two-joined-statuses"),
])
def test_possessive_before_joined_statuses(tmp_path: Path, extra: str, raised: bool) -> None:
    _p, assessment = analyze(tmp_path, EXTORSION.format(extra=extra))
    assert (MEDIA in codes(assessment)) is raised, assessment.flags


DIFUSION = (
    "DIFUSIÓN - OCN Caracas, 14/11/2023.\n"
    "Persona requerida: VILLASMIL ROJAS, Ernesto José, nacido el 09/04/1970 en Coro.\n"
    "Hechos: el ciudadano habría recibido y ocultado recursos de procedencia ilícita.\n"
    "Delitos: legitimación de capitales (art. 35 LOCDOFT). Pena: hasta 15 años.\n"
    "Orden de aprehensión: Tribunal 2.º de Control, Caracas, 03/11/2023.\n"
)


@pytest.mark.parametrize(("first", "raised"), [
    pytest.param("Observatorio Falconiano de Derechos Civiles - Nota para la defensa, 20 de"
                 " noviembre de 2023.", False, id="dated-heading"),
    pytest.param("El Sr. Villasmil preside el Observatorio Falconiano de Derechos Civiles desde"
                 " 2015.", True, id="sentence-first-line"),
])
def test_ngo_heading_ending_with_its_date(tmp_path: Path, first: str, raised: bool) -> None:
    letter = first + "\nEl Sr. Villasmil vivía en Madrid y regresó en agosto de 2023.\n"
    _p, assessment = packet(tmp_path, {
        "difusion.txt": ("diffusion", DIFUSION), "nota.txt": ("other", letter),
    }, "VE")
    assert (HRD in codes(assessment)) is raised, assessment.flags


BARNAMAJ = (
    "تعميم - المكتب المركزي الوطني، 2024/03/02\n"
    "المطلوب: سامر عادل الخطيب، مواليد 1988/04/11، أردني.\n"
    "التهم: الاحتيال. العقوبة القصوى: الحبس ثلاث سنوات.\n"
    "مذكرة القبض: مدعي عام عمان، 2024/02/19.\n"
    "{extra}\n"
)


@pytest.mark.parametrize(("extra", "raised"), [
    pytest.param("تناولت الحلقة 12 من برنامج \"المساء\" الذي يقدمه المشتكى عليه على يوتيوب"
                 " أسعار الكهرباء.", True, id="programme-he-presents-on-youtube"),
    pytest.param("رفض القاضي الطلب الذي يقدمه المشتكى عليه للإفراج بكفالة.", False,
                 id="request-he-submits"),
])
def test_programme_the_subject_presents(tmp_path: Path, extra: str, raised: bool) -> None:
    _p, assessment = analyze(tmp_path, BARNAMAJ.format(extra=extra))
    assert (MEDIA in codes(assessment)) is raised, assessment.flags


PROTEST = "misuse.protest-assembly"
TIMING = "misuse.political-timing"
ACTIVIDAD = (
    "DIFUSIÓN - OCN La Habana, 29/08/2022.\n"
    "Persona buscada: ROSABAL PEÑA, Yasmany, nacido el 30/01/1991 en Holguín, cubano.\n"
    "Hechos: durante 2021 y 2022 el buscado recibió remesas por vías no autorizadas.\n"
    "Delito: actividad económica ilícita (art. 228 CP). Pena máxima: 3 años.\n"
    "Referencia: medida cautelar de prisión provisional, Fiscalía Provincial de Holguín,"
    " exp. 377/2022, de 17/08/2022.\n"
)


def _cuba(tmp_path: Path, letter: str) -> set[str]:
    _p, assessment = packet(tmp_path, {
        "difusion.txt": ("diffusion", ACTIVIDAD), "carta.txt": ("other", letter),
    }, "CU")
    return codes(assessment)


@pytest.mark.parametrize(("sentence", "raised"), [
    pytest.param("El 15 de agosto de 2022 publicó una crónica con videos de los cacerolazos de"
                 " Banes.", False, id="chronicle-of-the-protests"),
    pytest.param("El 15 de agosto de 2022 participó en los cacerolazos de Banes.", True,
                 id="took-part-in-the-protests"),
])
def test_protests_reported_on(tmp_path: Path, sentence: str, raised: bool) -> None:
    letter = "Yasmany Rosabal vive en Holguín.\n" + sentence + "\n"
    assert (PROTEST in _cuba(tmp_path, letter)) is raised


@pytest.mark.parametrize(("sentence", "raised"), [
    pytest.param("El 15 de agosto de 2022 publicó una crónica sobre los apagones.", True,
                 id="dated-verb-first-after-naming-sentence"),
    pytest.param("El 15 de agosto de 2022 su vecina publicó una crónica sobre los apagones.",
                 False, id="someone-else-publishes"),
])
def test_publication_told_without_pronoun(tmp_path: Path, sentence: str, raised: bool) -> None:
    letter = f"Yasmany Rosabal es corresponsal en Holguín del diario Isla Abierta.\n{sentence}\n"
    assert (TIMING in _cuba(tmp_path, letter)) is raised


CANNABIS = (
    "Personne recherchée : AGBODJAN, Koffi Rémi, né le 9 septembre 1979 à Ouidah.\n"
    "Infraction : trafic international de stupéfiants (cannabis). Peine : dix à vingt ans.\n"
    "Faits : le 12 octobre 2022, au poste de Kraké, 900 kg de cannabis ont été saisis dans un"
    " camion du recherché.\n"
    "{extra}\n"
)


@pytest.mark.parametrize(("extra", "raised"), [
    pytest.param("Le recherché a quitté le territoire le 6 janvier 2023, deux jours avant les"
                 " élections législatives.", False, id="departure-before-elections"),
    pytest.param("Le mandat d'arrêt a été délivré le 6 janvier 2023, deux jours avant les"
                 " élections législatives.", True, id="warrant-before-elections"),
])
def test_election_dating_a_departure(tmp_path: Path, extra: str, raised: bool) -> None:
    _p, assessment = analyze(tmp_path, CANNABIS.format(extra=extra))
    assert (TIMING in codes(assessment)) is raised, assessment.flags


OPPOSITION = "misuse.political-opposition"
EMBEZZLEMENT = (
    "Subject: ZHAKUPOV, Yerlan Maratovich, born 02.06.1976.\n"
    "Offence: misappropriation of entrusted property, Criminal Code art. 189 part 4.\n"
    "Facts: in 2020-2021 the subject organised payments for road works only partly carried"
    " out.\n"
    "{extra}\n"
)


@pytest.mark.parametrize(("extra", "raised"), [
    pytest.param("In May 2022 he co-founded a movement which applied three times to register as"
                 " a party and was refused each time.", True, id="party-registration-refused"),
    pytest.param("In May 2022 he co-founded a company which applied to register as a bidder and"
                 " was refused each time.", False, id="bidder-registration-refused"),
])
def test_movement_refused_registration_as_party(
    tmp_path: Path, extra: str, raised: bool
) -> None:
    _p, assessment = analyze(tmp_path, EMBEZZLEMENT.format(extra=extra))
    assert (OPPOSITION in codes(assessment)) is raised, assessment.flags


@pytest.mark.parametrize(("extra", "raised"), [
    pytest.param("A criminal case was registered on 27 March 2023, eight days after the vote.",
                 True, id="days-after-the-vote"),
    pytest.param("The road contracts were approved by the vote of the regional council.", False,
                 id="vote-without-connective"),
])
def test_days_after_the_vote(tmp_path: Path, extra: str, raised: bool) -> None:
    """The lexicon reads it (the misuse-context model alone does not count for the level)."""
    _p, assessment = analyze(tmp_path, EMBEZZLEMENT.format(extra=extra))
    assert ("misuse.political-timing.event-after" in sources(assessment)) is raised, \
        assessment.flags


@pytest.mark.parametrize(("text", "one_sentence"), [
    ("Medida cautelar, Fiscalía de Holguín, exp. 377/2022, de 17/08/2022.", True),
    # an abbreviation before a word, or a word that is no abbreviation, still ends it
    ("Lo anotó en el exp. Rosabal firmó el 17/08/2022.", False),
    ("Lo guardó en el cajón. 377 personas lo vieron el 17/08/2022.", False),
    # a capitalised one may close a heading line
    ("ORDEN DE DETENCIÓN\nOrden No. 112/2022   Holguín CR 17/08/2022", False),
])
def test_citation_abbreviation_before_a_figure(text: str, one_sentence: bool) -> None:
    """"exp. 377/2022": the full stop of a file or article abbreviation before its number
    ends no sentence (`charge-words` `word.dot-abbreviation`), so the date after it stays in
    the sentence of the order."""
    v = view(text, "es")
    at = v.text.index("17/08/2022")
    assert (page_text(v).sentence(at)[0] == 0) is one_sentence
