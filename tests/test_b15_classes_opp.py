"""Behaviour tests for the classes the b15 development cases exposed in the opposition, media,
validity and timing readings: signs the engine missed and a false alarm a reviewer would call
wrong, each fixed by a lexicon entry, with a counterpart that must still read the other way.

Each text is fictional and written for the test; none is taken from a case file.
"""

from __future__ import annotations

from pathlib import Path

from tests.test_flags import analyze, codes, held, packet, rule_codes

# ---------------------------------------------------------------- a party marked "(opposition)"

EX_MINISTER_BRIBE = (
    "Name: BANDA, Chola Mutale, born 4 June 1969.\n"
    "Occupation: Former Minister of Water Development (2016-2020){now}\n"
    "Facts: Between 3 February and 30 August 2019, in Ndola, the subject, then minister, received"
    " K1,400,000 from a drilling contractor for the award of a borehole contract. Bank records"
    " obtained under warrant show the money was paid in three transfers to an account held by the"
    " subject's farming company.\n"
    "Charges: corrupt practices by a public officer; money laundering.\n"
    "Maximum penalty: twelve years' imprisonment.\n"
)


def test_a_party_office_marked_opposition_is_raised(tmp_path: Path) -> None:
    """The party's name stands between the office and "(opposition)": the mark says the
    subject's present place in the opposition, which the payment trail of the past office
    does not hold back."""
    text = EX_MINISTER_BRIBE.format(
        now="; now Deputy Treasurer of the People's Renewal Alliance (opposition)"
    )
    _packet, assessment = analyze(tmp_path, text)
    assert "misuse.political-opposition" in codes(assessment)


def test_a_past_office_with_a_money_trail_is_still_held_back(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, EX_MINISTER_BRIBE.format(now=""))
    assert "misuse.political-opposition" not in codes(assessment)
    assert "misuse.political-opposition" in held(assessment)


# ---------------------------------------------------------------- a party's founding officers

PARTY_FOUNDER = (
    "Nombre: Julián Andrés PÉREZ OXLAJ. Fecha de nacimiento: 3/4/1979.\n"
    "Ocupación: ingeniero; miembro fundador y secretario de organización del partido político"
    " Alianza Ciudadana.\n"
    "Hechos: el 5 de mayo de 2022, en Mixco, el sindicado presentó ante el Registro de"
    " Ciudadanos un acta de asamblea con firmas falsificadas.\n"
    "Delitos: falsedad material (art. 321 del Código Penal). Pena máxima: seis años de prisión.\n"
)

FOUNDER_AS_VICTIM = (
    "Nombre: Julián Andrés PÉREZ OXLAJ. Fecha de nacimiento: 3/4/1979.\n"
    "Hechos: el 5 de mayo de 2022, en Mixco, el sindicado disparó contra la víctima, miembro"
    " fundador y secretario de organización del partido político Alianza Ciudadana, quien falleció"
    " en el lugar.\n"
    "Delitos: asesinato (art. 132 del Código Penal). Pena máxima: cincuenta años de prisión.\n"
)


def test_a_founding_member_and_organising_secretary_of_a_party_is_raised(
    tmp_path: Path,
) -> None:
    _packet, assessment = analyze(tmp_path, PARTY_FOUNDER)
    assert "misuse.political-opposition" in codes(assessment)


def test_a_party_officer_who_is_the_victim_is_not_the_subject(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, FOUNDER_AS_VICTIM)
    assert "misuse.political-opposition" not in codes(assessment)


# ---------------------------------------------------------------- a news anchor and his programme

ANCHOR = (
    "Name: MALIK, Usman Tariq, born 2 February 1975.\n"
    "Occupation: Anchor person, \"Daily Debate\", Crescent TV\n"
    "Brief facts: The accused hosted and telecast on 12-03-2023 at 2100 hours a programme in"
    " which statements were made against the armed forces.\n"
    "Offences: Sedition, section 124-A Penal Code. Punishment: imprisonment for life.\n"
    "Warrant of arrest issued by the Judicial Magistrate, Karachi, on {warrant}.\n"
)

ANCHOR_VICTIM = (
    "Name: MALIK, Usman Tariq, born 2 February 1975.\n"
    "Brief facts: On 12-03-2023 the accused shot the victim, an anchor person of Crescent TV,"
    " who died at the scene.\n"
    "Offences: Murder, section 302 Penal Code. Punishment: death.\n"
)


def test_an_anchor_person_is_a_media_worker(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, ANCHOR.format(warrant="20-03-2023"))
    assert "misuse.journalist-media" in codes(assessment)


def test_an_anchor_person_who_is_the_victim_is_not_the_subject(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, ANCHOR_VICTIM)
    assert "misuse.journalist-media" not in codes(assessment)


def test_a_warrant_days_after_the_telecast_is_timing(tmp_path: Path) -> None:
    """The programme the subject hosted and telecast is a dated public act."""
    _packet, assessment = analyze(tmp_path, ANCHOR.format(warrant="20-03-2023"))
    assert "misuse.political-timing" in codes(assessment)


def test_a_warrant_long_after_the_telecast_is_no_timing(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, ANCHOR.format(warrant="20-03-2025"))
    assert "misuse.political-timing" not in codes(assessment)


# ---------------------------------------------------------------- false information, in the gerund

DEFAMATION_BY_ARTICLES = (
    "Nombre: Laura Beatriz SOTO QUIROGA. Fecha de nacimiento: 9/9/1981.\n"
    "Ocupación: periodista.\n"
    "Hechos: el 2 de marzo de 2020 publicó en el diario La Voz un reportaje en el que atribuyó al"
    " querellante el cobro de sobornos, difundiendo informaciones falsas que ofendieron su honor.\n"
    "Delitos: difamación agravada (artículo 442 del Código Penal).\n"
)

FRAUD_WITH_FALSE_DATA = (
    "Nombre: Laura Beatriz SOTO QUIROGA. Fecha de nacimiento: 9/9/1981.\n"
    "Hechos: el 2 de marzo de 2020, en Valencia, obtuvo un préstamo de Bs. 90.000 del banco,"
    " proporcionando información falsa sobre sus ingresos.\n"
    "Delitos: estafa agravada (artículo 462 del Código Penal).\n"
)


def test_spreading_false_information_in_the_gerund_is_a_speech_charge(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, DEFAMATION_BY_ARTICLES)
    assert "misuse.speech-offense" in codes(assessment)


def test_false_data_given_to_a_bank_is_no_speech_charge(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, FRAUD_WITH_FALSE_DATA)
    assert "misuse.speech-offense" not in codes(assessment)


# ---------------------------------------------------------------- warrants cancelled, in the plural

DESERTION_DIFFUSION = """تعميم بطلب القبض
المطلوب: الرائد الطيار سالم عمر الفيتوري، مواليد 1972.
الوقائع: بتاريخ 02/03/2012 غادر المذكور وحدته وفر إلى دولة مجاورة.
التهمة: الفرار من الخدمة العسكرية.
"""

COUNSEL_LETTER = """رسالة المحامي إلى لجنة الرقابة
1. موكلي الرائد الطيار سالم عمر الفيتوري من الضباط الذين انحازوا إلى الثورة.
2. {status}
"""


def _counsel(tmp_path: Path, status: str) -> set[str]:
    _packet, assessment = packet(tmp_path, {
        "diffusion.txt": ("diffusion", DESERTION_DIFFUSION),
        "letter.txt": ("other", COUNSEL_LETTER.format(status=status)),
    }, "LY")
    return codes(assessment)


def test_warrants_cancelled_in_the_plural_void_the_request(tmp_path: Path) -> None:
    """Counsel's letter says a law cancelled the warrants of a class of people, in the plural,
    with no word for the notice near it (which the status reader of the understanding needs)."""
    found = _counsel(
        tmp_path, "أُلغيت أوامر القبض الصادرة بحق الضباط المنشقين بموجب قانون العفو لسنة 2013."
    )
    assert "validity.status" in found


def test_warrants_still_standing_are_no_validity_sign(tmp_path: Path) -> None:
    found = _counsel(tmp_path, "ولا تزال أوامر القبض الصادرة بحق الضباط المنشقين سارية.")
    assert "validity.status" not in found


# ---------------------------------------------------------------- an uprising, construct form

UPRISING = """ملخص الوقائع:
صدر أمر القبض بحق المتهم بتاريخ {warrant}، في الأيام الأولى لانتفاضة 15 مارس 2013 في المدينة.
التهمة: الفرار من الخدمة العسكرية.
"""


def test_a_warrant_days_after_an_uprising_is_timing(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, UPRISING.format(warrant="19/03/2013"))
    assert "misuse.political-timing" in codes(assessment)


def test_a_warrant_a_year_after_an_uprising_is_no_timing(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, UPRISING.format(warrant="19/03/2014"))
    assert "misuse.political-timing" not in codes(assessment)


# ---------------------------------------------------------------- protesters as the target of fire

ORDER_REFUSED = """ملخص الوقائع:
بتاريخ 04/05/2013 رفض المتهم، وهو ضابط في سلاح الجو، تنفيذ أمر قصف المتظاهرين في المدينة،
وهبط بطائرته في بلد مجاور.
التهمة: عصيان الأوامر العسكرية.
"""

PROTESTER = """ملخص الوقائع:
بتاريخ 04/05/2013 شارك المتهم في المظاهرات أمام مبنى المحافظة.
التهمة: التجمهر غير المشروع.
"""


def test_protesters_as_the_target_of_a_bombing_order_are_no_assembly(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, ORDER_REFUSED)
    assert "misuse.protest-assembly" not in codes(assessment)


def test_a_subject_who_joined_the_protests_is_still_flagged(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, PROTESTER)
    assert "misuse.protest-assembly" in codes(assessment)


# ---------------------------------------------------------------- overdue dues owed by the state

DUES = """ملخص الوقائع:
خلال شهر سبتمبر 2020 بث المتهم مقاطع مصورة ادعى فيها أن له مستحقات مالية متأخرة لدى {party}
عن مشروعات نفذتها شركته.
التهمة: التهرب الضريبي.
"""


def test_overdue_dues_owed_by_state_bodies_are_a_dispute_with_the_state(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, DUES.format(party="جهات بالدولة"))
    assert "misuse.business-dispute-state" in codes(assessment)


def test_overdue_dues_owed_by_a_private_firm_are_no_state_dispute(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, DUES.format(party="شركة خاصة للتوريدات"))
    assert "misuse.business-dispute-state" not in rule_codes(assessment)
