"""Political timing and business disputes with the state, worded the other ways documents
word them (lexicons/flags-misuse.yaml 2026.11.30): time expressions crossed with events,
reprisals after cooperation with UN bodies, the subject's own public acts, de-privatisation,
investment treaties, refused bribes, forced sales and licences revoked; and hard negatives
that must not raise the flag.

Every text is fictional and written for these tests (no evaluation case text).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_flags import analyze, codes, held

TIMING = "misuse.political-timing"
BUSINESS = "misuse.business-dispute-state"

RAISED = [
    # a time expression the connective cue does not hold, crossed with an event
    ("Summary: the fraud case against Marat OSPANOV was opened within days of the presidential "
     "election, in which he had backed the losing candidate.", TIMING),
    ("Résumé : la plainte contre M. Serge KABORE a été déposée à quelques jours du scrutin "
     "présidentiel ; il est poursuivi pour faux et usage de faux.", TIMING),
    ("Hechos: la orden de captura contra el imputado Raúl VEGA se dictó a días de las elecciones "
     "legislativas; se le imputa peculado.", TIMING),
    ("ملخص: صدر أمر القبض على المتهم سالم العمري بعيد الانتخابات التشريعية بتهمة الاحتيال.",
     TIMING),
    # a reprisal after cooperation with a UN or regional body
    ("Summary: Nadia KARIMOVA was charged with tax evasion two weeks after she met the special "
     "rapporteur during his visit to the country.", TIMING),
    ("Hechos: la causa contra la imputada se abrió tras su comparecencia ante el Consejo de "
     "Derechos Humanos en Ginebra.", TIMING),
    # the subject's own public act
    ("Résumé : l'information judiciaire a été ouverte peu après la création de son parti, en "
     "mars 2021.", TIMING),
    ("ملخص: فتح التحقيق مع المتهم بعد أيام من ظهوره التلفزيوني على قناة معارضة.", TIMING),
    # business disputes with the state
    ("Summary: the embezzlement charges against Oleg PANIN followed the deprivatisation suit the "
     "Prosecutor General brought against his port company.", BUSINESS),
    ("Résumé : la société de M. Yao KOFFI a saisi le CIRDI sur le fondement de l'accord sur "
     "l'encouragement et la protection réciproques des investissements ; il est poursuivi pour "
     "fraude fiscale.", BUSINESS),
    ("Hechos: el imputado Andrés LUGO se negó a pagar una mordida a los inspectores; meses después "
     "fue denunciado por defraudación fiscal.", BUSINESS),
    ("ملخص: بعد رفضه بيع شركته لأحد أقارب الوزير، وجهت إلى المتهم تهمة التهرب الضريبي.", BUSINESS),
    ("Summary: the ministry revoked its licence after the company of Ivan TORES contested the "
     "tender; he was later charged with fraud.", BUSINESS),
]


@pytest.mark.parametrize(("text", "code"), RAISED)
def test_breadth_wordings_raise_the_indicator(tmp_path: Path, text: str, code: str) -> None:
    _, assessment = analyze(tmp_path, text + "\n")
    assert code in codes(assessment), (assessment.flags, held(assessment))


NOT_RAISED = [
    # an electoral offence committed on polling day: no timing of the proceedings
    ("Summary of facts: on 12 May 2022 in Lusaka the accused Peter BANDA bought votes at a polling "
     "station. Charge: corrupt practices (section 81 of the Electoral Process Act).", TIMING),
    # a fugitive who left after his trip abroad: ordinary
    ("Summary: on 3 June 2021 the accused Ahmed FARAH stole 40,000 dollars from his employer in "
     "Nairobi and did not return after his trip abroad. Charge: theft by servant.", TIMING),
    # a licence withdrawn after a private fraud: the state is not a party
    ("Hechos: el imputado Luis MORA estafó a 30 clientes de su agencia de viajes en Lima; la "
     "agencia cerró y sus socios lo denunciaron. Delito: estafa agravada.", BUSINESS),
    # proceeds of crime forfeited to the state: a penalty, not a dispute with the state
    ("Summary: the accused Jorge PIRES laundered drug proceeds through a car dealership; the "
     "dealership was forfeited and the proceeds were turned over to the state.", BUSINESS),
    # an audit uncovered the subject's own embezzlement: not whistleblowing
    ("Résumé : l'audit a révélé des détournements commis par le comptable M. Paul ZOBO au "
     "préjudice d'une société privée. Infraction : abus de confiance.", BUSINESS),
    # a gas leak, not a leak of documents
    ("Summary: on 9 March 2020 in Durban the accused Sipho DLAMINI set fire to the warehouse after "
     "the leak of gas was repaired. Charge: arson.", TIMING),
]


@pytest.mark.parametrize(("text", "code"), NOT_RAISED)
def test_hard_negatives_do_not_raise_the_indicator(tmp_path: Path, text: str, code: str) -> None:
    _, assessment = analyze(tmp_path, text + "\n")
    assert code not in codes(assessment), assessment.flags


def test_a_negated_time_lead_event_is_held_back(tmp_path: Path) -> None:
    text = ("Summary: the case against Ali HASSAN was not opened within days of the election but "
            "four years later, for an armed robbery in Mombasa.\n")
    _, assessment = analyze(tmp_path, text)
    assert TIMING not in codes(assessment), assessment.flags
