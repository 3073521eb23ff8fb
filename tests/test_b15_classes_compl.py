"""Behaviour tests for the classes the b15 development cases exposed on boilerplate facts,
judicial data, anti-torture organisations and the date of a notice request: missed signs and
false alarms a reviewer would call wrong, each fixed by a lexicon entry, with a counterpart
that must still read the other way.

Each text is fictional and written for the test; none is taken from a case file.
"""

from __future__ import annotations

from pathlib import Path

from tests.test_flags import analyze, codes, held, packet, sources

VAGUE = "compliance.vague-facts"
DATA = "compliance.judicial-data"

# ---------------------------------------------------------------- stock consequence formulae

STOCK_CONSEQUENCES = (
    "Wanted person: LE Minh Tuan, born 02/04/1979.\n"
    "Summary of the case: the Investigation Police Agency has established that LE Minh Tuan used"
    " tricks to appropriate the property of others. His acts caused especially serious"
    " consequences, affected social order and safety in the province and caused public"
    " indignation.\n"
    "Offence: fraudulently appropriating property (Article 174 of the Penal Code).\n"
    "Penalty: 12 to 20 years' imprisonment.\n"
    "Wanted Decision No. 21/QD dated 3 May 2022.\n"
)

CONCRETE_FRAUD = (
    "Wanted person: LE Minh Tuan, born 02/04/1979.\n"
    "Summary of the case: on 14 March 2021 in Da Nang, LE Minh Tuan sold the same apartment to"
    " three buyers and received VND 6.2 billion from them, which caused public indignation.\n"
    "Offence: fraudulently appropriating property (Article 174 of the Penal Code).\n"
    "Penalty: 12 to 20 years' imprisonment.\n"
    "Wanted Decision No. 21/QD dated 3 May 2022.\n"
)


def test_stacked_stock_consequences_are_boilerplate(tmp_path: Path) -> None:
    """"caused especially serious consequences, affected social order and safety": the stock
    grades of the consequence name no victim, amount or act; the missing time is that finding,
    said once (judicial data held back)."""
    _packet, assessment = analyze(tmp_path, STOCK_CONSEQUENCES)
    assert VAGUE in codes(assessment)
    assert DATA not in codes(assessment)


def test_one_consequence_formula_after_a_concrete_act_is_no_boilerplate(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, CONCRETE_FRAUD)
    assert VAGUE not in codes(assessment)


# ---------------------------------------------------------------- a loss whose amount is open

OPEN_AMOUNT = (
    "Persona buscada: NDONG OBIANG, Ramón, nacido el 4/5/1970.\n"
    "Hechos: el requerido se concertó con otros funcionarios para desviar fondos públicos,"
    " causando un grave quebranto al erario cuya cuantía está pendiente de determinar.\n"
    "Delito: malversación de caudales públicos (art. 394 del Código Penal).\n"
    "Pena máxima: doce años de reclusión.\n"
    "Orden de detención de 2 de marzo de 2022, Juzgado de Instrucción n.º 1.\n"
)

KNOWN_AMOUNT = (
    "Persona buscada: NDONG OBIANG, Ramón, nacido el 4/5/1970.\n"
    "Hechos: el 9 de junio de 2021, en Bata, el requerido transfirió 240 millones de francos CFA"
    " de la cuenta del Ministerio de Obras Públicas a una sociedad de su hermano, causando un"
    " grave quebranto al erario.\n"
    "Delito: malversación de caudales públicos (art. 394 del Código Penal).\n"
    "Pena máxima: doce años de reclusión.\n"
    "Orden de detención de 2 de marzo de 2022, Juzgado de Instrucción n.º 1.\n"
)


def test_a_loss_whose_amount_is_yet_to_be_determined_is_boilerplate(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, OPEN_AMOUNT)
    assert VAGUE in codes(assessment)


def test_a_loss_with_its_transfer_and_amount_is_no_boilerplate(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, KNOWN_AMOUNT)
    assert VAGUE not in codes(assessment)


# ---------------------------------------------------------------- the activities of the network

NETWORK_ACTIVITIES = (
    "Nom : DIALLO Ousmane, né le 3 mai 1980.\n"
    "Exposé des faits : le nommé DIALLO Ousmane est membre d'un réseau de trafic de cocaïne. Il"
    " a participé activement aux activités de ce réseau et en a tiré des profits importants.\n"
    "Qualification : trafic international de drogue (article 543 du Code pénal).\n"
    "Peine encourue : réclusion criminelle de 10 à 20 ans.\n"
    "Mandat d'arrêt n° 12 délivré le 4 février 2022 par le juge d'instruction de Kaloum.\n"
)

NETWORK_ACT = (
    "Nom : DIALLO Ousmane, né le 3 mai 1980.\n"
    "Exposé des faits : le 12 octobre 2021, au port de Conakry, le nommé DIALLO Ousmane a"
    " réceptionné un conteneur contenant 340 kg de cocaïne, qu'il a fait transporter dans un"
    " entrepôt loué à son nom à Dubréka.\n"
    "Qualification : trafic international de drogue (article 543 du Code pénal).\n"
    "Peine encourue : réclusion criminelle de 10 à 20 ans.\n"
    "Mandat d'arrêt n° 12 délivré le 4 février 2022 par le juge d'instruction de Kaloum.\n"
)

AIMED_ACTIVITIES = (
    "Persona buscada: NDONG OBIANG, Ramón, nacido el 4/5/1970.\n"
    "Hechos: dentro de la organización, el requerido realizó actividades tendentes a la obtención"
    " ilícita de fondos públicos y a su ocultación.\n"
    "Delito: malversación de caudales públicos (art. 394 del Código Penal).\n"
    "Pena máxima: doce años de reclusión.\n"
    "Orden de detención de 2 de marzo de 2022, Juzgado de Instrucción n.º 1.\n"
)


def test_an_active_part_in_the_networks_activities_is_no_act(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, NETWORK_ACTIVITIES)
    assert VAGUE in codes(assessment)


def test_activities_aimed_at_a_result_are_no_act(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, AIMED_ACTIVITIES)
    assert VAGUE in codes(assessment)


def test_a_dated_seizure_in_a_network_case_is_concrete(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, NETWORK_ACT)
    assert VAGUE not in codes(assessment)


# ---------------------------------------------------------------- co-actors named only as hostile

HOSTILE_PARTNERS = (
    "Nom : HAKIZIMANA Jean, né vers 1982 à Gitega.\n"
    "Exposé des faits : le nommé HAKIZIMANA Jean, en collaboration avec des organisations et des"
    " individus hostiles au pouvoir établis à l'étranger, a participé à des troubles graves.\n"
    "Prévention : participation à des bandes armées (article 602 du Code pénal).\n"
    "Peine : servitude pénale à perpétuité.\n"
    "Mandat d'arrêt n° 44 délivré le 2 mars 2019 par le parquet de Gitega.\n"
)

NAMED_PARTNERS = (
    "Nom : HAKIZIMANA Jean, né vers 1982 à Gitega.\n"
    "Exposé des faits : le 6 mai 2018, à Gitega, le nommé HAKIZIMANA Jean a remis six fusils"
    " d'assaut à MUGISHA Eric, qui s'en est servi le lendemain pour attaquer le poste de police"
    " de Mutaho, où deux policiers ont été tués.\n"
    "Prévention : participation à des bandes armées (article 602 du Code pénal).\n"
    "Peine : servitude pénale à perpétuité.\n"
    "Mandat d'arrêt n° 44 délivré le 2 mars 2019 par le parquet de Gitega.\n"
)


def test_partners_named_only_as_hostile_to_the_government_are_boilerplate(
    tmp_path: Path,
) -> None:
    _packet, assessment = analyze(tmp_path, HOSTILE_PARTNERS)
    assert VAGUE in codes(assessment)


def test_a_named_accomplice_and_a_dated_act_are_concrete(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, NAMED_PARTNERS)
    assert VAGUE not in codes(assessment)


# ---------------------------------------------------------------- a reader says no act is named

NOTICE = (
    "Persona buscada: SOMARRIBA LÓPEZ, Julia, nacida el 2/2/1970.\n"
    "Hechos: la acusada, como directora de la asociación, recibió fondos del extranjero y los"
    " utilizó para fines distintos a los declarados.\n"
    "Delito: lavado de dinero (art. 282 del Código Penal).\n"
    "Pena máxima: quince años de prisión.\n"
    "Orden de detención dictada el 3 de junio de 2021 por el Juzgado Quinto Penal de Managua.\n"
)

COUNSEL_NO_ACT = (
    "Escrito de la defensa (extracto)\n"
    "La acusación no menciona ninguna transferencia, monto ni cuenta concretos; la orden no"
    " describe ninguna.\n"
)

COUNSEL_NO_LAW = (
    "Escrito de la defensa (extracto)\n"
    "La difusión no menciona ninguna pena anterior de mi representada ni ninguna condena.\n"
)


def test_a_reader_saying_the_request_names_no_transfer_is_a_sign(tmp_path: Path) -> None:
    _packet, assessment = packet(
        tmp_path,
        {"notificacion.txt": ("red-notice", NOTICE), "defensa.txt": ("other", COUNSEL_NO_ACT)},
        "NI",
    )
    assert VAGUE in codes(assessment)


def test_a_reader_saying_no_prior_sentence_is_named_is_no_sign(tmp_path: Path) -> None:
    _packet, assessment = packet(
        tmp_path,
        {"notificacion.txt": ("red-notice", NOTICE), "defensa.txt": ("other", COUNSEL_NO_LAW)},
        "NI",
    )
    # the bare laundering summary itself is boilerplate (rule.vague-facts.bare-grave-
    # qualification, b21); the reader's words about a prior sentence add no sign of their own
    assert "compliance.vague-facts.unattributed-acts" not in sources(assessment)


def test_ne_mentionne_aucun_fait_date_is_a_sign(tmp_path: Path) -> None:
    text = (
        NETWORK_ACT.replace("le 12 octobre 2021, au port de Conakry, ", "")
        + "\nObservations de l'avocat : la demande ne mentionne aucun fait daté ni aucun lieu.\n"
    )
    _packet, assessment = analyze(tmp_path, text)
    assert VAGUE in codes(assessment)


# ---------------------------------------------------------------- an NGO against torture

ANTI_TORTURE_NGO = (
    "Nom : NDAYISHIMIYE Pierre, né vers 1980 à Muyinga.\n"
    "Profession : ancien trésorier de l'association « Solidarité muyingaise contre la torture »,"
    " dissoute en 2017.\n"
    "Exposé des faits : le 3 juillet 2018, à Muyinga, il a incendié le bureau communal.\n"
    "Prévention : incendie volontaire (article 493 du Code pénal).\n"
    "Peine : quinze ans de servitude pénale.\n"
    "Mandat d'arrêt n° 31 délivré le 10 août 2018 par le parquet de Muyinga.\n"
)

TORTURED = ANTI_TORTURE_NGO.replace(
    "Peine :", "Il déclare avoir signé ses aveux après avoir été torturé au commissariat.\nPeine :"
)


def test_an_association_against_torture_names_a_defender_not_torture(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, ANTI_TORTURE_NGO)
    assert "misuse.human-rights-defender" in codes(assessment)
    assert "misuse.coerced-evidence" not in codes(assessment)


def test_the_subject_tortured_still_reads_as_coerced_evidence(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, TORTURED)
    assert "misuse.coerced-evidence" in codes(assessment)


# ---------------------------------------------------------------- the date of the request

REQUEST = (
    "DEMANDE DE NOTICE ROUGE\n"
    "Date de la demande : 30 mai 2023\n"
    "Nom : MABIALA Serge, né le 4 avril 1988 à Dolisie.\n"
    "Exposé des faits : le 2 février 2023, vers 22 heures, à Dolisie, MABIALA Serge a poignardé"
    " KOUMBA Alain, qui est décédé sur place.\n"
    "Qualification : meurtre (article 295 du Code pénal).\n"
    "Peine encourue : travaux forcés à perpétuité.\n"
    "Mandat : mandat d'arrêt n° 0071/TGI délivré le {warrant} par le juge d'instruction de"
    " Dolisie.\n"
)


def test_a_warrant_dated_after_the_request_for_the_notice_conflicts(tmp_path: Path) -> None:
    _packet, assessment = packet(
        tmp_path, {"notice.txt": ("red-notice", REQUEST.format(warrant="14 août 2023"))}, "CG"
    )
    assert "consistency.dates" in codes(assessment)


def test_a_warrant_dated_before_the_request_is_consistent(tmp_path: Path) -> None:
    _packet, assessment = packet(
        tmp_path, {"notice.txt": ("red-notice", REQUEST.format(warrant="14 mars 2023"))}, "CG"
    )
    assert "consistency.dates" not in codes(assessment)
    assert "consistency.dates" not in held(assessment)
