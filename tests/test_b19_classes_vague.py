"""Behaviour tests for the boilerplate-facts classes the b19 development cases exposed
(`compliance.vague-facts`): one catch-all formula in a summary that names no particular of
the acts, the charge's statutory elements recopied as the facts, a reader's word that the
request names no post, invoice, message or contract (plural verbs, "which" forms), and
suspicion inferred rather than an act described; and a French penalty range written with
its bounds after the terms ("d'un an au moins et de cinq ans au plus",
`compliance.penalty-threshold`). Each has a counterpart that must still read the other way.

Each text is fictional and written for the test; none is taken from a case file.
"""

from __future__ import annotations

from pathlib import Path

from tests.test_flags import analyze, codes, sources

VAGUE = "compliance.vague-facts"
UNATTRIBUTED = "compliance.vague-facts.unattributed-acts"
STACKED = "compliance.vague-facts.stacked-formulae"
THRESHOLD = "compliance.penalty-threshold"

# -------------------------------------------------- one formula in a summary with no particular

ESCROQUERIE = (
    "DIFFUSION\n"
    "Individu recherché : NDIAYE-KANE Ousmane, né le 14/02/1979 à Thiès.\n"
    "Infraction : escroquerie (article 379 du Code pénal). Peine : cinq ans d'emprisonnement.\n"
    "Mandat d'arrêt n° 2023/88 du 9 mai 2023, juge d'instruction de Thiès.\n"
    "\n"
    "Résumé des faits : courant 2021, à Thiès, l'intéressé {facts}.\n"
)


def test_one_formula_in_a_summary_naming_nothing_else_is_boilerplate(tmp_path: Path) -> None:
    facts = "s'est rendu coupable d'escroquerie au préjudice de plusieurs personnes"
    _, assessment = analyze(tmp_path, ESCROQUERIE.format(facts=facts))
    assert VAGUE in codes(assessment)
    assert STACKED in sources(assessment)


def test_the_same_formula_beside_a_dated_act_and_an_amount_is_not(tmp_path: Path) -> None:
    facts = (
        "a vendu le 3 juin 2021 un terrain qui ne lui appartenait pas pour 12 000 000 FCFA, au"
        " préjudice de plusieurs personnes"
    )
    _, assessment = analyze(tmp_path, ESCROQUERIE.format(facts=facts))
    assert STACKED not in sources(assessment)


# -------------------------------------------------- the statute's elements as the only facts

EMBEZZLEMENT = (
    "WANTED PERSON DIFFUSION\n"
    "ALIYEV Rauf Tofig oglu, born 03.05.1981 in Ganja.\n"
    "Offence: embezzlement (Criminal Code, art. 179.3.2). Penalty: five to ten years.\n"
    "\n"
    "Circumstances of the case: during 2020-2021 in the city of Ganja the accused, abusing his"
    " position in a trading company, {facts}, that is, committed the crime provided for by"
    " Article 179.3.2 of the Criminal Code.\n"
)


def test_an_unnamed_victim_and_no_amount_is_the_statute_not_an_act(tmp_path: Path) -> None:
    facts = "appropriated property entrusted to him, causing material damage to the victim"
    _, assessment = analyze(tmp_path, EMBEZZLEMENT.format(facts=facts))
    assert VAGUE in codes(assessment)
    assert STACKED in sources(assessment)


def test_named_payments_with_their_amounts_are_an_act(tmp_path: Path) -> None:
    facts = (
        "transferred 84,500 manats from the account of Ganja Trade LLC to his own account on"
        " 12.04.2021 and 9 more payments, causing material damage to the victim"
    )
    _, assessment = analyze(tmp_path, EMBEZZLEMENT.format(facts=facts))
    assert STACKED not in sources(assessment)


# -------------------------------------------------- a reader's word: no post, invoice, contract

LETTER_FR = (
    "Cabinet Diallo & Associés, avocats\n"
    "Objet : diffusion visant M. Amadou Barry.\n"
    "{point}\n"
)


def test_counsel_saying_the_documents_name_no_contract_is_boilerplate(tmp_path: Path) -> None:
    point = (
        "Ni la diffusion ni le mandat ne précisent quel marché ou quel montant serait en cause."
    )
    _, assessment = analyze(tmp_path, LETTER_FR.format(point=point))
    assert UNATTRIBUTED in sources(assessment)


def test_counsel_saying_the_notice_cites_no_law_is_not(tmp_path: Path) -> None:
    point = "La diffusion ne cite aucun texte de loi et ne précise aucune peine."
    _, assessment = analyze(tmp_path, LETTER_FR.format(point=point))
    assert UNATTRIBUTED not in sources(assessment)


def test_an_ngo_saying_the_notice_names_no_message_is_boilerplate(tmp_path: Path) -> None:
    text = (
        "Observatorio de Derechos Procesales. Comunicación a la Comisión de Control.\n"
        "La difusión no menciona ningún mensaje ni publicación concretos de la defensora.\n"
    )
    _, assessment = analyze(tmp_path, text)
    assert UNATTRIBUTED in sources(assessment)


def test_an_ngo_saying_the_notice_names_no_act_of_violence_is_not(tmp_path: Path) -> None:
    text = (
        "Observatorio de Derechos Procesales. Comunicación a la Comisión de Control.\n"
        "La difusión no describe ningún acto de violencia: solo cita sus publicaciones del"
        " 4 de marzo de 2022.\n"
    )
    _, assessment = analyze(tmp_path, text)
    assert UNATTRIBUTED not in sources(assessment)


def test_defence_saying_no_invoice_was_designated_is_boilerplate(tmp_path: Path) -> None:
    text = (
        "مذكرة هيئة الدفاع عن السيد سالم الورفلي\n"
        "ثالثاً: لم يُعيّن في قرار الاتهام أي عقد أو فاتورة بعينها.\n"
    )
    _, assessment = analyze(tmp_path, text)
    assert UNATTRIBUTED in sources(assessment)


def test_defence_saying_only_speech_is_attributed_is_not(tmp_path: Path) -> None:
    text = (
        "مذكرة هيئة الدفاع عن السيد سالم الورفلي\n"
        "ثالثاً: لا ينسب التعميم إلى موكلي أي فعل سوى مقال رأي نشره في صحيفة محلية.\n"
    )
    _, assessment = analyze(tmp_path, text)
    assert UNATTRIBUTED not in sources(assessment)


def test_defence_saying_no_other_act_is_charged_is_not(tmp_path: Path) -> None:
    text = (
        "مذكرة هيئة الدفاع عن السيد سالم الورفلي\n"
        "ثالثاً: يتعلق الاتهام بعقد توريد واحد مؤرخ في 2020/03/15، ولا يتضمن أي فعل آخر.\n"
    )
    _, assessment = analyze(tmp_path, text)
    assert UNATTRIBUTED not in sources(assessment)


# -------------------------------------------------- membership inferred, not an act described

GROUP_ES = (
    "RESUMEN DE LOS HECHOS\n"
    "Requerido: PINZÓN ARIAS, Héctor Manuel, nacido el 2 de enero de 1988 en David.\n"
    "\n"
    "Las diligencias establecen que el requerido {facts}.\n"
    "\n"
    "Delito: asociación ilícita para delinquir (artículo 329 del Código Penal), pena de cinco a"
    " diez años.\n"
)


def test_membership_inferred_from_contacts_is_boilerplate(tmp_path: Path) -> None:
    facts = (
        "mantenía vínculos con miembros de una agrupación de Chiriquí, lo cual permite inferir"
        " razonablemente su pertenencia a la misma"
    )
    _, assessment = analyze(tmp_path, GROUP_ES.format(facts=facts))
    assert VAGUE in codes(assessment)
    assert UNATTRIBUTED in sources(assessment)


def test_membership_shown_by_a_dated_act_is_not(tmp_path: Path) -> None:
    facts = (
        "el 14 de julio de 2022 recibió en el puerto de Pedregal 212 kilogramos de cocaína por"
        " encargo de la agrupación, según consta en las interceptaciones telefónicas"
    )
    _, assessment = analyze(tmp_path, GROUP_ES.format(facts=facts))
    assert VAGUE not in codes(assessment)


# -------------------------------------------------- a penalty range with its bounds after the terms

PEINE = (
    "MANDAT D'ARRÊT\n"
    "Inculpé : FAYE Cheikh, né le 5 mai 1984 à Louga.\n"
    "Infraction : abus de confiance, le 3 février 2023 à Louga, portant sur 4 000 000 FCFA remis"
    " par M. Sarr pour l'achat d'un véhicule.\n"
    "Peine encourue : emprisonnement {range} et amende.\n"
)


def test_a_minimum_written_after_its_term_is_not_the_maximum(tmp_path: Path) -> None:
    _, assessment = analyze(tmp_path, PEINE.format(range="d'un an au moins et de cinq ans au plus"))
    assert THRESHOLD not in codes(assessment)


def test_a_maximum_under_two_years_written_so_is_still_below(tmp_path: Path) -> None:
    _, assessment = analyze(
        tmp_path, PEINE.format(range="de six mois au moins et d'un an au plus")
    )
    assert THRESHOLD in codes(assessment)
