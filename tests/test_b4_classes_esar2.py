"""Behaviour tests for the second round of b4 es/ar classes (fictional texts)."""
from __future__ import annotations

from pathlib import Path

from tests.test_flags import analyze, codes


def test_murdered_persons_own_prosecution_is_not_the_subjects(tmp_path: Path) -> None:
    """The speech or faith offence a murdered person was being tried for is the motive of the
    killing, not the subject's charge, when the sentence names the person killed."""
    text = (
        "Nombre: QUIROGA SALAS, Héctor. Delito: homicidio agravado (art. 108 C.P.).\n"
        "El occiso, procesado por ultraje a los sentimientos religiosos por una caricatura, "
        "fue atacado a la salida del juzgado; el requerido entregó el arma al autor material.\n"
    )
    _, a = analyze(tmp_path, text)
    assert "article3.religious" not in codes(a)


def test_speech_offence_of_subject_still_flags(tmp_path: Path) -> None:
    """Without a person killed in the sentence the subject's own faith offence still counts."""
    text = (
        "Nombre: QUIROGA SALAS, Héctor. Delito: ultraje a los sentimientos religiosos.\n"
        "El requerido publicó una caricatura que fue denunciada por una asociación.\n"
    )
    _, a = analyze(tmp_path, text)
    assert "article3.religious" in codes(a)


def test_plea_verb_after_the_accused_is_not_a_name(tmp_path: Path) -> None:
    """A judgment's 'المتهم عدل عن اعترافه' (the accused retracted) names no one: no identity
    mismatch with the notice's name."""
    notice = "المطلوب: سامي خالد حمد العتيبي، مواليد 1990/1/2، التهمة: القتل العمد.\n"
    judgment = (
        "وحيث إن المتهم عدل بجلسة المحاكمة عن اعترافه، وأنكر ما نسب إليه، "
        "فإن المحكمة تلتفت عن هذا الدفع.\n"
    )
    from pipeline.chain import analyze_path

    (tmp_path / "notice.txt").write_text(notice, encoding="utf-8")
    (tmp_path / "judgment.txt").write_text(judgment, encoding="utf-8")
    _, a = analyze_path(tmp_path, record=False)
    assert "consistency.identity" not in codes(a)


def test_birth_date_after_a_warrant_heading_is_not_the_warrant_date(tmp_path: Path) -> None:
    """A heading naming the warrant just before the identity block does not make the date of
    birth the warrant's date (no acts-after-warrant conflict)."""
    text = (
        "DIFUSIÓN DE BÚSQUEDA\nASUNTO: persona con orden de captura\n\n"
        "Nombre: Mario ZELAYA RUIZ. Nacido el 14/03/1995 en La Ceiba.\n\n"
        "Relación de hechos: El día 3 de abril de 2022 el requerido asaltó una farmacia "
        "con arma de fuego.\nDelito: ROBO AGRAVADO.\n"
    )
    _, a = analyze(tmp_path, text, name="difusion.txt")
    assert "consistency.dates" not in codes(a)


def test_counter_revolutionary_disturbances_are_a_protest(tmp_path: Path) -> None:
    """The state's label 'disturbios contrarrevolucionarios' names a protest, not a person
    of the opposition."""
    text = (
        "Nombre: PÉREZ LUIS, Ariel. Delito: desacato (art. 144 C.P.).\n"
        "Hechos: el requerido arrojó piedras contra un patrullero durante los disturbios "
        "contrarrevolucionarios del 11 de julio en el municipio.\n"
    )
    _, a = analyze(tmp_path, text)
    assert "misuse.protest-assembly" in codes(a)
    assert "misuse.political-opposition" not in codes(a)


def test_campaign_for_return_to_ancestral_lands_is_rights_work(tmp_path: Path) -> None:
    """Campaigning for a displaced community's return to its lands is a defender's activity."""
    text = (
        "Nombre: HUANCA TITO, Rosa. Delito: disturbios (art. 315 C.P.).\n"
        "Hechos: la requerida encabezó una marcha para exigir el retorno de los desplazados "
        "a sus tierras y repartió volantes en la plaza.\n"
    )
    _, a = analyze(tmp_path, text)
    assert "misuse.human-rights-defender" in codes(a)


def test_indefinite_strike_and_indigenous_organisation(tmp_path: Path) -> None:
    """A community strike ('paro indefinido', 'medida de fuerza') is a protest, and the leader of
    an indigenous peoples' organisation is a defender."""
    text = (
        "Nombre: CHAVEZ QUISPE, Abel. "
        "Condición: presidente de una organización indígena regional.\n"
        "Hechos: durante el paro indefinido convocado contra la concesión minera, el requerido "
        "llamó a mantener la medida de fuerza. Delito: disturbios (art. 315 C.P.).\n"
    )
    _, a = analyze(tmp_path, text)
    assert {"misuse.protest-assembly", "misuse.human-rights-defender"} <= codes(a)


def test_defiling_a_holy_book_is_religious_and_turns_on_religion(tmp_path: Path) -> None:
    """The statutory wording of an offence against a community's creed or scripture."""
    text = (
        "اسم المتهم: سعيد كامل ناصر. التهمة: إتلاف وتدنيس كتاب مقدس علناً وتحقير شعائر طائفة دينية "
        "وفق أحكام قانون العقوبات.\n"
    )
    _, a = analyze(tmp_path, text)
    assert {"article3.religious", "misuse.religious-minority"} <= codes(a)


def test_suspicion_built_on_tribal_origin_is_ethnic(tmp_path: Path) -> None:
    """A tribe called an 'incubator' of a militia: the case turns on ethnicity."""
    text = (
        "اسم المتهم: موسى عيسى حامد. ملخص التحريات: المتهم من القبائل التي تعد حواضن للمليشيا "
        "وقد رصد ضمن الوجوه الغريبة في الحي. التهمة: التعاون مع العدو.\n"
    )
    _, a = analyze(tmp_path, text)
    assert {"misuse.ethnic-minority", "article3.racial"} <= codes(a)


def test_collaboration_told_without_act_beside_state_harm_is_vague(tmp_path: Path) -> None:
    """An unnamed source and collaboration with an armed group, with 'undermining security
    and stability' as the only act, is a boilerplate summary."""
    text = (
        "Nombre: ROJAS PINTO, Iván. Hechos: según información de los organismos competentes, "
        "el requerido colaboraba con la milicia y se dedicaba a desestabilizar la seguridad y "
        "la estabilidad. Delito: rebelión (art. 346 C.P.).\n"
    )
    _, a = analyze(tmp_path, text)
    assert "compliance.vague-facts" in codes(a)


def test_insult_complaint_between_former_spouses_is_family_private(tmp_path: Path) -> None:
    """An insult complaint by the subject's former spouse during the divorce proceedings."""
    text = (
        "Nombre: MORALES DÍAZ, Lucía. Hechos: durante el proceso de divorcio la requerida envió "
        "mensajes injuriosos a su exesposo. Delito: injurias (art. 209 C.P.).\n"
    )
    _, a = analyze(tmp_path, text)
    assert "offense.family-private" in codes(a)


def test_divorce_as_setting_of_a_killing_is_not_family_private(tmp_path: Path) -> None:
    """A homicide committed during the divorce proceedings is no private quarrel."""
    text = (
        "Nombre: MORALES DÍAZ, Pedro. Hechos: durante el proceso de divorcio el requerido mató "
        "a su esposa a puñaladas. Delito: homicidio calificado (art. 108 C.P.).\n"
    )
    _, a = analyze(tmp_path, text)
    assert "offense.family-private" not in codes(a)


def test_wearing_a_uniform_is_not_an_apostate(tmp_path: Path) -> None:
    """'مرتدٍ الزي' is 'wearing the uniform', not 'apostate'."""
    text = (
        "الاسم: كريم فؤاد سالم. التهمة: مخالفة الأوامر العسكرية، بأن ظهر في مقطع مصور "
        "وهو مرتدٍ الزي العسكري.\n"
    )
    _, a = analyze(tmp_path, text)
    assert "misuse.religious-minority" not in codes(a)


def test_announced_candidacy_before_scheduled_election(tmp_path: Path) -> None:
    """A would-be presidential candidate, prosecuted before the election still to come."""
    text = (
        "Name: Omar HADDAD. Charge: spreading false news (art. 80 Penal Code).\n"
        "In a video he announced his presidential bid for the elections scheduled for March; "
        "he was arrested two weeks later.\n"
    )
    _, a = analyze(tmp_path, text)
    assert {"misuse.political-opposition", "misuse.political-timing"} <= codes(a)


def test_official_removed_by_royal_decree_is_political(tmp_path: Path) -> None:
    """A senior official removed from office by the ruler's decree is a political figure."""
    text = (
        "Name: Khalid AL-OTAIBI. Status: former under-secretary of the ministry, dismissed by "
        "royal decree in 2016. Charges: embezzlement of public funds.\n"
    )
    _, a = analyze(tmp_path, text)
    assert "misuse.political-opposition" in codes(a)
