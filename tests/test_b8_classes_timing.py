"""Behaviour tests for the timing classes the b8 development cases exposed.

Each text is fictional and written for the test; none is taken from a case file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.records import Assessment
from tests.test_flags import analyze, codes

EVENT_RULE = "rule.timing.after-political-event"


def _event_timing(assessment: Assessment) -> list[str]:
    """The rationales of timing flags the dated-event rule stands behind."""
    return [
        f.rationale or "" for f in assessment.flags
        if f.code == "misuse.political-timing"
        and EVENT_RULE in {p.id for p in (f.provenance, *f.corroborated_by)}
    ]


PROTEST_THEN_CASE = """Summary of facts
From 2 to 5 March 2022 Oleg SAVIN posted messages inviting residents of Tver to the
street protests of 6 March 2022 against the closure of the regional hospital.
A criminal case was opened on 7 March 2022 under Article 212 of the Criminal Code.
Maximum penalty: 8 years' imprisonment.
"""

PROTEST_THEN_CASE_ES = """Resumen de los hechos
Entre el 2 y el 5 de marzo de 2022 Óscar VILLALBA difundió mensajes que invitaban a los
vecinos de Cuenca a las protestas del 6 de marzo de 2022 contra el cierre del hospital.
La orden de captura se dictó el 9 de marzo de 2022 por el Juzgado Tercero de Garantías.
Delito: instigación (artículo 363 del Código Penal). Pena: hasta 3 años de prisión.
"""


@pytest.mark.parametrize("text", [PROTEST_THEN_CASE, PROTEST_THEN_CASE_ES])
def test_proceedings_opened_days_after_dated_protests_raise_timing(
    tmp_path: Path, text: str
) -> None:
    _p, assessment = analyze(tmp_path, text)
    rationales = _event_timing(assessment)
    assert rationales, assessment.flags
    assert "political event" in rationales[0]


COUP_THEN_WARRANT = """Exposé des faits
Dans la nuit du 11 au 12 mai 2023, des éléments de la garde présidentielle ont tenté de
renverser les institutions de la République à Niamey ; le nommé ISSOUFOU Karim, capitaine,
commandait l'un des détachements. Mandat d'arrêt du juge d'instruction militaire du
14 mai 2023. Qualification : attentat contre la sûreté de l'État (article 70 du code pénal).
Peine encourue : réclusion criminelle à perpétuité.
"""

COUP_THEN_WARRANT_EN = """Summary of facts
On the night of 11 to 12 May 2023 officers of the presidential guard attempted to overthrow
the government in Freetown; Captain Ibrahim KAMARA commanded one of the units.
Arrest warrant issued on 14 May 2023 by the Chief Magistrate, Freetown.
Charge: treason (Section 3 of the Treason Act). Maximum penalty: life imprisonment.
"""


@pytest.mark.parametrize("text", [COUP_THEN_WARRANT, COUP_THEN_WARRANT_EN])
def test_a_warrant_days_after_a_coup_attempt_whose_date_opens_the_sentence(
    tmp_path: Path, text: str
) -> None:
    _p, assessment = analyze(tmp_path, text)
    assert _event_timing(assessment), assessment.flags


PROTEST_LONG_BEFORE = """Summary of facts
Oleg SAVIN took part in the street protests of 6 March 2019 in Tver. On 14 September 2021 he
sold 2 kg of heroin to an undercover officer in Tver.
A criminal case was opened on 15 September 2021 under Article 228.1 of the Criminal Code.
Maximum penalty: 20 years' imprisonment.
"""

KILLING_AT_THE_PROTESTS = """Summary of facts
During the street protests of 6 March 2022 in Tver, Oleg SAVIN stabbed a bystander, who died
of his wounds. A criminal case was opened on 7 March 2022 under Article 105 of the Criminal
Code (murder). Maximum penalty: 20 years' imprisonment.
"""

PREVENTIVE_MEASURE = """DECISION on the election of a preventive measure
Tver, 7 March 2022. The court ordered the detention of Oleg SAVIN, accused of the theft of
3 million roubles from his employer on 1 March 2022 (Article 158 part 4 of the Criminal Code).
A criminal case was opened on 4 March 2022. Maximum penalty: 10 years' imprisonment.
"""


@pytest.mark.parametrize(
    "text", [PROTEST_LONG_BEFORE, KILLING_AT_THE_PROTESTS, PREVENTIVE_MEASURE]
)
def test_no_dated_event_timing_for_old_events_violence_or_procedural_election(
    tmp_path: Path, text: str
) -> None:
    _p, assessment = analyze(tmp_path, text)
    assert not _event_timing(assessment), assessment.flags


UNCOORDINATED = """Summary of facts
Between 10 and 14 April 2021 Irina VOLKOVA published videos calling on residents of Perm to
attend uncoordinated public events in the city centre.
Charge: Article 212.1 of the Criminal Code. Maximum penalty: 5 years' imprisonment.
"""

UNCOORDINATED_FR = """Exposé des faits
Entre le 10 et le 14 avril 2021, VOLKOVA Irina a publié des vidéos appelant les habitants de
Perm à des événements publics non concertés dans le centre-ville.
Qualification : article 212.1 du code pénal. Peine encourue : 5 ans d'emprisonnement.
"""


@pytest.mark.parametrize("text", [UNCOORDINATED, UNCOORDINATED_FR])
def test_uncoordinated_public_events_are_unauthorised_protests(
    tmp_path: Path, text: str
) -> None:
    _p, assessment = analyze(tmp_path, text)
    assert "misuse.protest-assembly" in codes(assessment), assessment.flags


POLITICAL_ACTIVITY = """Court decision (extract)
Irina VOLKOVA is accused of fraud in the collection of donations (Article 159 of the Criminal
Code, up to 10 years' imprisonment). Counsel objected that the charge {verb} her political
activity in support of the candidate Pavel ORLOV.
"""

POLITICAL_ACTIVITY_ES = """Auto (extracto)
Se imputa a Irina VOLKOVA estafa en la recaudación de donaciones (artículo 159 del Código
Penal, hasta 10 años de prisión). La defensa alegó que la causa se refiere a su actividad
política en apoyo del candidato Pablo ORTIZ.
"""


def test_a_charge_said_to_concern_political_activity_is_an_opposition_indication(
    tmp_path: Path,
) -> None:
    for text in (POLITICAL_ACTIVITY.format(verb="concerns"), POLITICAL_ACTIVITY_ES):
        _p, assessment = analyze(tmp_path, text)
        assert "misuse.political-opposition" in codes(assessment), text[:30]
    _p, denied = analyze(tmp_path, POLITICAL_ACTIVITY.format(verb="does not concern"))
    assert "misuse.political-opposition" not in codes(denied), denied.flags
