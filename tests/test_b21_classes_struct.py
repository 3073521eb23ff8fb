"""Behaviour tests for the structural classes the b21 development cases exposed: a grave
qualification that names no act (terrorism, hatred, laundering) over a summary of facts
that names no particular of any act; an ethnic group named in the order's own grounds
about the accused; and the civil enforcement of a maintenance debt charged as a crime.
Each fix has a counterpart that must still read the other way.

Each text is fictional and written for the test; none is taken from a case file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.flags.compliance import _names_particular, _summary
from tests.test_flags import codes, held, packet, sources

BARE_GRAVE = "rule.vague-facts.bare-grave-qualification"

# ------------------------------ a grave qualification over a summary that names no act

GRAVE = (
    "WANTED PERSON DIFFUSION - NCB {ncb}\n"
    "Subject: {name}. Born 4 March 1980. {nationality}.\n"
    "Offence: {offence}.\n"
    "Maximum penalty: 12 years' imprisonment.\n"
    "Facts: {facts}\n"
    "Warrant: Regional Court, arrest warrant No. 2211, 14 February 2023.\n"
)
TERROR_BARE = (
    "Since 2018 the subject, from abroad, has organised gatherings and produced"
    " recordings that served the aims of a terrorist organisation."
)
TERROR_CONCRETE = (
    "On 3 May 2022 in Lakeport the subject placed 2 explosive devices under a bridge and"
    " injured 4 workers."
)
LAUNDERING_BARE = (
    "During 2021 and 2022 the subject received transfers from abroad through exchange"
    " houses and passed them on to other parties to hide their origin."
)
LAUNDERING_CONCRETE = (
    "Between March and June 2021 the subject moved USD 2,400,000 taken from the"
    " Riverbank Cooperative through 14 shell companies."
)
HATRED_QUOTED = (
    "In posts published during 2020 the subject called the members of a neighbouring"
    ' community "vermin" and "traitors".'
)


@pytest.mark.parametrize(("offence", "facts", "raised"), [
    pytest.param("terrorism, Anti-Terrorism Act s. 5", TERROR_BARE, True, id="terror-bare"),
    pytest.param("terrorism, Anti-Terrorism Act s. 5", TERROR_CONCRETE, False,
                 id="terror-dated-with-counts"),
    pytest.param("money laundering, Proceeds of Crime Act s. 7", LAUNDERING_BARE, True,
                 id="laundering-bare"),
    pytest.param("money laundering, Proceeds of Crime Act s. 7", LAUNDERING_CONCRETE, False,
                 id="laundering-with-amount"),
    pytest.param("fraud, Penal Code s. 419; money laundering, Proceeds of Crime Act s. 7",
                 LAUNDERING_BARE, False, id="laundering-beside-its-predicate"),
    pytest.param("theft, Penal Code s. 268", LAUNDERING_BARE.replace("to hide their origin",
                 "without paying for them"), False, id="ordinary-qualification"),
    pytest.param("incitement to ethnic hatred, Penal Code s. 77", HATRED_QUOTED, False,
                 id="hatred-words-quoted"),
])
def test_grave_qualification_over_bare_facts(
    tmp_path: Path, offence: str, facts: str, raised: bool
) -> None:
    """Beside a sign of misuse (the subject's work as a journalist), as in every development
    case where this reading fired."""
    _p, assessment = packet(tmp_path, {"diffusion.txt": ("diffusion", GRAVE.format(
        ncb="RIVERTON", name="DARAMOLA, Tunde", nationality="Ruritanian",
        offence=offence, facts=facts + CONTEXT,
    ))}, "NG")
    assert (BARE_GRAVE in sources(assessment)) is raised, assessment.flags


CONTEXT = " The subject is a journalist who presents the evening news on Harbour Voice radio."


@pytest.mark.parametrize(("offence", "facts"), [
    pytest.param("terrorism, Anti-Terrorism Act s. 5", TERROR_BARE, id="terror-bare"),
    pytest.param("money laundering, Proceeds of Crime Act s. 7", LAUNDERING_BARE,
                 id="laundering-bare"),
])
def test_a_bare_grave_qualification_alone_is_held_back(
    tmp_path: Path, offence: str, facts: str
) -> None:
    """With no other sign in the packet, a terse summary of an ordinary terrorism or
    laundering case is shown among the suppressed flags, with its reason, not raised."""
    _p, assessment = packet(tmp_path, {"diffusion.txt": ("diffusion", GRAVE.format(
        ncb="RIVERTON", name="DARAMOLA, Tunde", nationality="Ruritanian",
        offence=offence, facts=facts,
    ))}, "NG")
    assert BARE_GRAVE not in sources(assessment)
    assert "no other sign" in held(assessment)["compliance.vague-facts"]
    assert "compliance.vague-facts" not in codes(assessment)


def test_a_concrete_plot_told_in_words_is_no_bare_summary(tmp_path: Path) -> None:
    """Counts in words are particulars ("recruited two men"), like figures."""
    facts = (
        "In 2017 in Lakeport the subject recruited two men and paid their travel to kill a"
        " cartoonist; he gave them a pistol and the cartoonist's address." + CONTEXT
    )
    _p, assessment = packet(tmp_path, {"diffusion.txt": ("diffusion", GRAVE.format(
        ncb="RIVERTON", name="DARAMOLA, Tunde", nationality="Ruritanian",
        offence="terrorism, Anti-Terrorism Act s. 5", facts=facts,
    ))}, "NG")
    assert BARE_GRAVE not in sources(assessment)


def test_the_summary_stops_at_the_next_labelled_line() -> None:
    facts = (
        "From June to August 2023 the subject, through the channel\n\"Harbour Voice\","
        " spread content praising armed groups.\nWarrant: First Instance Court, file No."
        " 55120, 2 September\n2023."
    )
    assert not _names_particular(_summary(facts))
    assert _names_particular(facts)


# ------------------------------------ the accused's ethnic group in the order's grounds

WARRANT = (
    "PÔLE JUDICIAIRE DE KORIMA - Cabinet d'instruction n° 1\n"
    "Mandat d'arrêt n° 041/2023 du 9 octobre 2023 contre BARRY Mamadou Saïdou.\n"
    "Motifs : {grounds}\n"
)
NOTICE = (
    "NOTICE ROUGE - BCN Korima\n"
    "BARRY, Mamadou Saïdou, né en 1970 à Sarafé, éleveur peul.\n"
    "Faits : le 12 mars 2022, dans la commune de Sarafé, l'intéressé a remis 3 sacs de riz"
    " à un groupe armé.\n"
    "Qualification : association de malfaiteurs en relation avec une entreprise terroriste.\n"
    "Peine : réclusion criminelle à perpétuité.\n"
    "Mandat d'arrêt n° 041/2023 du 9 octobre 2023.\n"
)


@pytest.mark.parametrize(("grounds", "raised"), [
    pytest.param(
        "attendu que l'inculpé est un notable peul de Sarafé ; que les combattants de la zone"
        " sont issus de sa communauté ; qu'il existe dès lors des indices graves.", True,
        id="group-in-grounds",
    ),
    pytest.param(
        "attendu que l'inculpé a été vu le 12 mars 2022 remettant trois sacs de riz et un"
        " téléphone à deux combattants, selon le témoignage de deux villageois.", False,
        id="act-in-grounds",
    ),
])
def test_ethnic_group_in_the_orders_grounds(tmp_path: Path, grounds: str, raised: bool) -> None:
    _p, assessment = packet(tmp_path, {
        "notice.txt": ("red-notice", NOTICE),
        "mandat.txt": ("arrest-warrant", WARRANT.format(grounds=grounds)),
    }, "ML")
    found = codes(assessment)
    assert "misuse.ethnic-minority" in found
    assert ("article3.racial" in found) is raised, assessment.flags
    assert ("compliance.vague-facts" in found) is raised, assessment.flags


def test_ethnicity_in_reasons_is_boilerplate_too(tmp_path: Path) -> None:
    _p, assessment = packet(tmp_path, {
        "orden.txt": ("arrest-warrant", (
            "JUZGADO DE INSTRUCCIÓN DE PUERTO ALTO\nOrden de detención n.º 88/2024\n"
            "Considerando que el encausado, de etnia lunda, forma parte del grupo que en el"
            " extranjero se opone al Gobierno, se ordena su detención por sedición.\n"
        )),
    }, "GQ")
    assert {"article3.racial", "compliance.vague-facts"} <= codes(assessment), assessment.flags


# ------------------------- the civil enforcement of a maintenance debt charged as a crime

MAINTENANCE = (
    "NOTIFICACIÓN ROJA - OCN PUERTO ALTO\n"
    "Requerido: SALCEDO RUIZ, Mateo. Nacido el 2 de junio de 1981. Ruritano.\n"
    "Hechos: Desde marzo de 2020 el requerido no paga la cuota alimentaria de 900.000 pesos"
    " mensuales fijada a favor de sus dos hijos menores, y adeuda 36.000.000 pesos.\n"
    "Delito: inasistencia alimentaria, art. 233 del Código Penal. Pena: de 32 a 72 meses.\n"
    "Orden: Juzgado Segundo Penal Municipal, orden de captura n.º 0711 de 3 de mayo de 2023.\n"
)
DEBT = (
    "NOTIFICACIÓN ROJA - OCN PUERTO ALTO\n"
    "Requerido: SALCEDO RUIZ, Mateo. Nacido el 2 de junio de 1981. Ruritano.\n"
    "Hechos: El 4 de marzo de 2020 el requerido giró a favor de un proveedor un cheque de"
    " 40.000.000 pesos sin fondos para pagar una partida de café.\n"
    "Delito: emisión de cheque sin fondos, art. 248 del Código Penal. Pena: de 1 a 3 años.\n"
    "Orden: Juzgado Segundo Penal Municipal, orden de captura n.º 0711 de 3 de mayo de 2023.\n"
)
COMPLAINT = (
    "FISCALÍA - Noticia criminal 0099\n"
    "Relato: \"Intenté cobrarle por la vía civil y el proceso ejecutivo no avanzó porque vive"
    " afuera.\"\n"
)


@pytest.mark.parametrize(("notice", "raised"), [
    pytest.param(MAINTENANCE, False, id="maintenance-debt"),
    pytest.param(DEBT, True, id="commercial-debt"),
])
def test_civil_enforcement_of_a_maintenance_debt(
    tmp_path: Path, notice: str, raised: bool
) -> None:
    _p, assessment = packet(tmp_path, {
        "notificacion.txt": ("red-notice", notice),
        "denuncia.txt": ("police-report", COMPLAINT),
    }, "CO")
    assert ("offense.administrative-private" in codes(assessment)) is raised, assessment.flags


# ------------------------------------------ a law named with its Buddhist-era year

THAI = (
    "WANTED PERSON DIFFUSION - NCB BANGKOK\n"
    "Name: SUKSAWAT, Anan. Born 9 July 1987, Lampang. Thai.\n"
    "Facts: On 14 April 2023 at the Mae Sot checkpoint, Tak, police found 6.1 kg of"
    " methamphetamine in a bus parcel that the subject had sent to Bangkok.\n"
    "Charge: possession of Category 1 narcotics for the purpose of sale, {law}. Maximum"
    " penalty: life imprisonment.\n"
    "Warrant: Tak Provincial Court, warrant No. 388/2566, 2 May 2023.\n"
)


@pytest.mark.parametrize(("law", "lacking"), [
    pytest.param("Narcotics Code B.E. 2564", False, id="code-with-its-era-year"),
    pytest.param("under the narcotics rules", True, id="no-law-named"),
])
def test_a_law_named_with_its_buddhist_era_year(tmp_path: Path, law: str, lacking: bool) -> None:
    """A law named with its era year is a law cited; with none named the law is lacking, and
    as the only gap it is held back with its reason (never raised alone)."""
    _p, assessment = packet(tmp_path, {"diffusion.txt": ("diffusion", THAI.format(law=law))}, "TH")
    assert "compliance.judicial-data" not in codes(assessment), assessment.flags
    assert ("compliance.judicial-data" in held(assessment)) is lacking


def test_article_law_and_file_numbers_are_no_particulars() -> None:
    """The numbers after `flag-words` `word.number-lead` words, in the four languages (an
    Arabic one with its clitic: "للمادة 86"), are no day, amount or count of an act."""
    for facts in ("Under Law 1055 of 2020 he organised meetings in 2019.",
                  "loi n° 2005-06, en 2019", "artículo 345, en 2018",
                  "وفقا للمادة 86 عام 2019"):
        assert not _names_particular(facts), facts
    assert _names_particular("أصاب 3 أشخاص عام 2019")
