"""Behaviour tests for the b7 classes fixed from the Spanish batch (fictional texts)."""
from __future__ import annotations

from pathlib import Path

from tests.test_flags import analyze, codes


def test_leaving_an_official_mission_abroad_is_administrative(tmp_path: Path) -> None:
    """A state worker who leaves an official posting abroad, charged for it: category 3, high,
    in Spanish and English."""
    es = (
        "Nombre: PÉREZ SOTO, Ramiro. Nacido el 02/02/1985.\n"
        "Hechos: el acusado, enfermero destinado en Angola, abandonó su puesto de trabajo el "
        "3 de mayo de 2020 y no regresó al hospital.\n"
        "Delito: abandono de misión oficial (art. 90 del Código Penal). Pena: de dos a seis años.\n"
    )
    _, a = analyze(tmp_path, es)
    assert "offense.administrative-private" in codes(a)
    assert a.level == "likely-non-compliant"
    en = (
        "Name: Lena Orlova, born 4 April 1982.\n"
        "Facts: an engineer of the state company, she was charged with abandonment of an "
        "official mission after remaining abroad without authorisation in 2019.\n"
        "Penalty: up to five years of imprisonment.\n"
    )
    _, a = analyze(tmp_path, en, name="en.txt")
    assert "offense.administrative-private" in codes(a)


def test_competing_title_to_land_is_a_private_dispute(tmp_path: Path) -> None:
    """A usurpation charge whose facts show a communal title against a company's registration,
    and a boundary dispute in French: a private dispute over land."""
    es = (
        "Nombre: LÓPEZ ARCE, Tomás. Nacido el 10/10/1970.\n"
        "Hechos: el imputado y otros vecinos cercaron un terreno inscrito a nombre de la "
        "empresa Agro Norte S.A., alegando que pertenece al título comunitario de su aldea.\n"
        "Delito: usurpación. Pena: prisión de dos a cinco años.\n"
    )
    _, a = analyze(tmp_path, es)
    assert "offense.administrative-private" in codes(a)
    fr = (
        "Personne recherchée : Paul Ndong, né le 5 mai 1966.\n"
        "Faits : à la suite d'un litige foncier avec son voisin, il a déplacé les bornes.\n"
        "Infraction : destruction de bornes. Peine : deux ans d'emprisonnement.\n"
    )
    _, a = analyze(tmp_path, fr, name="fr.txt")
    assert "offense.administrative-private" in codes(a)
    en = (
        "Name: Asif Khan, born 1 January 1980.\n"
        "Facts: on 2 June 2021 he shot dead his cousin over a land dispute.\n"
        "Charge: murder. Penalty: death or life imprisonment.\n"
    )
    _, a = analyze(tmp_path, en, name="en.txt")
    assert "offense.administrative-private" not in codes(a)


def test_organisation_for_the_defence_of_territory_is_a_defender(tmp_path: Path) -> None:
    """The subject speaks for an organisation named for the defence of land or territory: a
    defender's status, in Spanish and French."""
    es = (
        "Nombre: CHOC MAQUÍN, Sebastián. Nacido el 01/01/1975.\n"
        "Coordinador de la Organización Comunitaria para la Defensa del Territorio del valle.\n"
        "Delito: daños. Pena: prisión de dos a cuatro años.\n"
    )
    _, a = analyze(tmp_path, es)
    assert "misuse.human-rights-defender" in codes(a)
    fr = (
        "Personne recherchée : Awa Traoré, née le 2 février 1980.\n"
        "Porte-parole de l'organisation pour la défense des terres ancestrales du fleuve.\n"
        "Infraction : dégradations. Peine : trois ans d'emprisonnement.\n"
    )
    _, a = analyze(tmp_path, fr, name="fr.txt")
    assert "misuse.human-rights-defender" in codes(a)


def test_former_prosecutor_is_an_ex_official(tmp_path: Path) -> None:
    """A former anti-corruption prosecutor charged over his own investigations: the status of
    an ex-official, in Spanish and English."""
    es = (
        "Se ordena la aprehensión de MARIO QUIÑÓNEZ LEAL, ex fiscal anticorrupción, destituido "
        "en 2021. Se le imputa haber abierto investigaciones sin autorización.\n"
        "Delito: abuso de autoridad. Pena: prisión de uno a tres años.\n"
    )
    _, a = analyze(tmp_path, es)
    assert "misuse.political-opposition" in codes(a)
    en = (
        "Wanted: Daniel Brooks, a former investigating judge, born 3 March 1970.\n"
        "Charge: abuse of office for opening a case without authorisation. Penalty: three years.\n"
    )
    _, a = analyze(tmp_path, en, name="en.txt")
    assert "misuse.political-opposition" in codes(a)


def test_journalists_the_subject_spoke_to_are_not_the_subject(tmp_path: Path) -> None:
    """Journalists to whom the subject gave documents are the people he dealt with, not his
    status, in Spanish and English."""
    es = (
        "Nombre: RUIZ BLANCO, Hernán. Nacido el 05/05/1978. Contador.\n"
        "Hechos: el imputado entregó copias de los balances de la empresa a periodistas y "
        "compartió correos internos con periodistas el 4 de marzo de 2022.\n"
        "Delito: revelación de secretos. Pena: prisión de dos a cuatro años.\n"
    )
    _, a = analyze(tmp_path, es)
    assert "misuse.journalist-media" not in codes(a)
    en = (
        "Name: Omar Haddad, accountant, born 1 June 1979.\n"
        "Facts: on 4 March 2022 he leaked internal ledgers to journalists.\n"
        "Charge: disclosure of trade secrets. Penalty: four years.\n"
    )
    _, a = analyze(tmp_path, en, name="en.txt")
    assert "misuse.journalist-media" not in codes(a)


def test_self_determination_as_the_states_protected_interest(tmp_path: Path) -> None:
    """'Undermining the independence, the sovereignty and the self-determination of the people'
    names what the charge protects, not an independence movement of the subject; said of acts
    named only by what they do it is a boilerplate summary."""
    es = (
        "Nombre: MEJÍA ROCHA, Felipe. Nacido el 07/07/1960. Profesor.\n"
        "Hechos: el acusado, desde 2019 y hasta la fecha, realizó actos que menoscaban y "
        "lesionan el orden, menoscabando la independencia, la soberanía y la "
        "autodeterminación del pueblo.\n"
        "Delito: menoscabo a la integridad nacional. Pena: hasta quince años de prisión.\n"
    )
    _, a = analyze(tmp_path, es)
    assert "misuse.political-opposition" not in codes(a)
    assert "compliance.vague-facts" in codes(a)
    fr = (
        "Personne recherchée : Jean Morel, né le 8 août 1961.\n"
        "Faits : il a commis des actes qui, portant atteinte à la souveraineté et à "
        "l'autodétermination du peuple, troublent l'ordre public.\n"
        "Infraction : atteinte à l'intégrité nationale. Peine : quinze ans.\n"
    )
    _, a = analyze(tmp_path, fr, name="fr.txt")
    assert "misuse.political-opposition" not in codes(a)
    assert "compliance.vague-facts" in codes(a)
