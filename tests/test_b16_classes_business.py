"""Behaviour tests for the classes the b16 development cases on disputes with the state exposed:
economic charges that grow out of a contract, concession or dues dispute with a state party
the engine did not recognise, each fixed by a rule or a lexicon entry, with a counterpart that
must still read the other way.

Each text is fictional and written for the test; none is taken from a case file.
"""

from __future__ import annotations

from pathlib import Path

from pipeline.flags.named_parties import party_names
from pipeline.records import Page
from pipeline.understand.pageview import view_page
from tests.test_flags import analyze, codes

BUSINESS = "misuse.business-dispute-state"

# ---------------------------------------------------------------- a legal form says "state-owned"

STATE_FORM = (
    "Persona buscada: MORA PAZMIÑO, Ricardo Esteban, nacido el 4/5/1972.\n"
    "Hechos: la compañía del requerido firmó en marzo de 2022 con Hidroandes EP un contrato para"
    " rehabilitar dos turbinas en Cuenca, con un anticipo de USD 3.200.000. El 9 de enero de 2023"
    " Hidroandes EP resolvió unilateralmente el contrato y la compañía pidió un arbitraje.\n"
    "Delito: peculado (art. 278 del Código Orgánico Integral Penal).\n"
    "Pena: diez a trece años. Orden de prisión preventiva de 3/3/2023, proceso 01283-2023-00077.\n"
)

PRIVATE_FORM = STATE_FORM.replace("Hidroandes EP", "Hidroandes S.A.")


def test_a_company_whose_legal_form_is_empresa_publica_is_a_state_party(tmp_path: Path) -> None:
    """"NAME EP" (Empresa Pública) says the state owns the company: its unilateral termination
    of the contract and the arbitration are a dispute with the state."""
    _packet, assessment = analyze(tmp_path, STATE_FORM)
    assert BUSINESS in codes(assessment)


def test_a_private_company_terminating_the_contract_is_no_state_party(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, PRIVATE_FORM)
    assert BUSINESS not in codes(assessment)


def test_an_ep_joined_to_another_word_names_no_state_company(tmp_path: Path) -> None:
    """An "EP" glued to another word ("FARC-EP") names no company."""
    text = STATE_FORM.replace("Hidroandes EP", "las FARC-EP")
    _packet, assessment = analyze(tmp_path, text)
    assert BUSINESS not in codes(assessment)


def test_a_state_form_name_that_opens_a_sentence_is_read_without_the_first_word() -> None:
    """"Según Hidroandes EP ...": the sentence's first word is no part of the name."""
    page = Page(number=1, text="Según Hidroandes EP, la obra no avanzó.", method="text-layer")
    assert party_names([view_page("d1", page, "es")]).get("Hidroandes") == "cue.state-party"


# ---------------------------------------------------------------- concessions revoked, plural

CONCESSIONS = (
    "Persona buscada: IBARRA SOLANO, Tomás Felipe, nacido el 2/9/1961.\n"
    "Antecedentes: la sociedad Litio del Altiplano S.A. tenía siete concesiones en Oruro. Por"
    " decreto de mayo de 2019 el Gobierno revocó dichas concesiones y la sociedad reclamó una"
    " indemnización.\n"
    "Hechos: según la imputación, el requerido habría falsificado el registro de accionistas.\n"
    "Delito: falsedad ideológica (art. 199 del Código Penal). Pena: uno a seis años.\n"
    "Mandamiento de aprehensión de 5/6/2020, Juez de Instrucción en lo Penal de Oruro.\n"
)

CONCESSIONS_PRIVATE = CONCESSIONS.replace("el Gobierno revocó dichas concesiones",
                                          "la socia mayoritaria revocó dichas concesiones")

BIT = CONCESSIONS.replace(
    "Por decreto de mayo de 2019 el Gobierno revocó dichas concesiones y la sociedad reclamó una"
    " indemnización.",
    "En 2019 los accionistas invocaron el Convenio entre ambos países para la promoción y"
    " protección recíproca de inversiones.",
)


def test_concessions_revoked_by_the_government_are_a_dispute_with_the_state(
    tmp_path: Path,
) -> None:
    _packet, assessment = analyze(tmp_path, CONCESSIONS)
    assert BUSINESS in codes(assessment)


def test_concessions_revoked_by_a_private_partner_are_no_dispute_with_the_state(
    tmp_path: Path,
) -> None:
    _packet, assessment = analyze(tmp_path, CONCESSIONS_PRIVATE)
    assert BUSINESS not in codes(assessment)


def test_an_investment_treaty_named_by_its_purpose_is_an_investment_dispute(
    tmp_path: Path,
) -> None:
    _packet, assessment = analyze(tmp_path, BIT)
    assert BUSINESS in codes(assessment)


# ---------------------------------------------------------- an Arabic state party named by its noun

DUES = """ملخص الوقائع:
عمل المطلوب منذ 2014 مقاولاً لدى مؤسسة للإنشاءات البحرية تابعة لحكومة الإمارة، ونفذ لها
أعمال توسعة رصيفين في الميناء.
وفي عام 2019 أوقفت المؤسسة المشروع، وأفاد المطلوب بأن المؤسسة امتنعت عن سداد مستحقاته المتأخرة.
التهمة: الاستيلاء على المال العام، المادة 224 من قانون العقوبات.
العقوبة القصوى: السجن عشر سنوات.
"""

DUES_PRIVATE = DUES.replace("تابعة لحكومة الإمارة", "يملكها رجل أعمال")


def test_an_arabic_body_described_as_state_owned_is_a_state_party_later(tmp_path: Path) -> None:
    """"مؤسسة ... تابعة لحكومة" lends the state party to later mentions of "المؤسسة", so its
    refusal to pay the subject's overdue dues is a dispute with the state."""
    _packet, assessment = analyze(tmp_path, DUES)
    assert BUSINESS in codes(assessment)


def test_an_arabic_private_body_refusing_dues_is_no_state_party(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, DUES_PRIVATE)
    assert BUSINESS not in codes(assessment)
