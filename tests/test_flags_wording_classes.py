"""Classes of wording added to the flag lexicons on 2026.11.29 (religious bodies declared
extremist, creditors of the state, dissolved parties, courts sitting without the defendant,
dormant cases revived), and the exceptions that keep them to the subject and the charge
(a faith named "Witnesses", trafficked people, a healer charged with rape, writings the
request says are not prosecuted, a person the sentence says was killed).

Every text is fictional and written for these tests (no evaluation case text).
"""

from __future__ import annotations

from pathlib import Path

from tests.test_flags import analyze, codes, held

WARRANT = (
    "Arrest warrant no. 77/2024 of 3 May 2024, District Court. "
    "Penalty: up to 8 years' imprisonment."
)


def test_a_religious_body_declared_extremist_is_an_article3_religious_case(tmp_path: Path) -> None:
    text = (
        "Résumé des faits : par décision de justice, les communautés religieuses du culte ont été "
        "déclarées extrémistes et dissoutes. M. Pavel ORLOV a ensuite réuni les fidèles chez lui "
        "pour des réunions de prière.\nQualification : participation à une organisation "
        "extrémiste (article 282.2 du Code pénal).\n" + WARRANT
    )
    _p, assessment = analyze(tmp_path, text)
    assert "article3.religious" in codes(assessment)


def test_a_faith_named_witnesses_is_not_a_witness_role(tmp_path: Path) -> None:
    text = (
        "Summary of facts: Daniel KARA refused to bear arms because he is one of Jehovah's "
        "Witnesses. Charge: evasion of military service (Art. 63). " + WARRANT
    )
    _p, assessment = analyze(tmp_path, text)
    assert "misuse.religious-minority" in codes(assessment)


def test_an_arbitral_award_and_seizures_against_the_state_are_a_dispute_with_it(
    tmp_path: Path,
) -> None:
    text = (
        "Résumé des faits : la société de M. Luc BERTIN a obtenu deux sentences arbitrales "
        "condamnant l'État à lui payer ses travaux, puis a fait pratiquer des saisies sur des "
        "comptes de l'État à l'étranger. Une information pour faux a été ouverte ensuite.\n"
        "Qualifications : faux et usage de faux (article 145 du Code pénal).\n" + WARRANT
    )
    _p, assessment = analyze(tmp_path, text)
    assert "misuse.business-dispute-state" in codes(assessment)


def test_a_leader_of_a_dissolved_party_is_an_opposition_figure(tmp_path: Path) -> None:
    text = (
        "Summary of facts: Ms Lina SOK, a vice-president of the party that the Supreme Court "
        "dissolved in 2019, called a senator corrupt in a video. Charge: public insult (Art. 307). "
        + WARRANT
    )
    _p, assessment = analyze(tmp_path, text)
    assert "misuse.political-opposition" in codes(assessment)


def test_a_court_sitting_without_the_defendant_is_a_judgment_in_absentia(tmp_path: Path) -> None:
    text = (
        "Judgment (extract): The court, sitting without the defendant Ivan PETROV, who lives "
        "abroad, found him guilty of tax evasion (Art. 199) and sentenced him to 6 years. "
        + WARRANT
    )
    _p, assessment = analyze(tmp_path, text)
    assert "misuse.in-absentia" in codes(assessment)


def test_a_dormant_case_reopened_days_later_is_political_timing(tmp_path: Path) -> None:
    text = (
        "Summary: Mark HOLT publicly accused ministers of theft on 2 March 2020. The fraud case "
        "against him, closed in 2011, was reopened three days later. Charge: fraud (Art. 159). "
        + WARRANT
    )
    _p, assessment = analyze(tmp_path, text)
    assert "misuse.political-timing" in codes(assessment)


def test_a_case_reopened_after_new_evidence_is_not_political_timing(tmp_path: Path) -> None:
    text = (
        "Summary: the murder case against Mark HOLT was reopened after a DNA match in 2020. "
        "Charge: murder (Art. 105). " + WARRANT
    )
    _p, assessment = analyze(tmp_path, text)
    assert "misuse.political-timing" not in codes(assessment)


def test_the_group_of_trafficked_people_is_not_the_subjects(tmp_path: Path) -> None:
    text = (
        "Summary of facts: Somchai DEE ran boats that carried Rohingya people to camps where they "
        "were held for ransom. Charges: trafficking in persons (s. 6); unlawful detention "
        "(s. 313). " + WARRANT
    )
    _p, assessment = analyze(tmp_path, text)
    assert "misuse.ethnic-minority" not in codes(assessment)
    assert "trafficking in persons" in held(assessment)["misuse.ethnic-minority"]


def test_a_healer_charged_with_rape_is_not_a_sorcery_case(tmp_path: Path) -> None:
    text = (
        "ملخص الوقائع: كان المطلوب سمير الهادي يمارس الشعوذة في محل، واعتدى على نساء جئن للعلاج.\n"
        "التهم: الاغتصاب (المادة 336 من قانون العقوبات).\n"
        "أمر بالقبض رقم 12/2023 صادر عن قاضي التحقيق بتاريخ 02/05/2023."
    )
    _p, assessment = analyze(tmp_path, text)
    assert "offense.cultural-norms" not in codes(assessment)
    assert "rape" in held(assessment)["offense.cultural-norms"]


def test_writings_the_request_says_are_not_prosecuted_hold_the_title_back(tmp_path: Path) -> None:
    text = (
        "Résumé des faits : M. Hugo LAMBERT a administré un site de vente de cocaïne. Il se "
        "présentait aussi comme journaliste ; ses articles ne sont pas visés par la procédure.\n"
        "Qualifications : trafic de stupéfiants (article 222-37 du Code pénal).\n" + WARRANT
    )
    _p, assessment = analyze(tmp_path, text)
    assert "misuse.journalist-media" not in codes(assessment)
    assert "not part of the charges" in held(assessment)["misuse.journalist-media"]


def test_an_activist_the_sentence_says_was_killed_is_the_victim(tmp_path: Path) -> None:
    text = (
        "Resumen de hechos: un grupo armado entró en la casa de una defensora ambiental y la mató. "
        "El requerido Pedro SOLÍS pagó a los tiradores.\nDelito: asesinato (artículo 117 del "
        "Código Penal).\n" + WARRANT
    )
    _p, assessment = analyze(tmp_path, text)
    assert "misuse.human-rights-defender" not in codes(assessment)


def test_a_military_offence_makes_the_military_court_ordinary(tmp_path: Path) -> None:
    text = (
        "Résumé des faits : M. Ali OUEDRAOGO, enseignant, ne s'est pas présenté à l'ordre de "
        "réquisition.\nQualification : insoumission.\nMandat d'arrêt du juge d'instruction près le "
        "tribunal militaire, n° 5/2023, 20 novembre 2023. Peine : un à cinq ans."
    )
    _p, assessment = analyze(tmp_path, text)
    assert "misuse.political-opposition" not in codes(assessment)
    assert "military offence" in held(assessment)["misuse.political-opposition"]


def test_an_ethnic_motive_raises_the_racial_character_as_well(tmp_path: Path) -> None:
    text = (
        "Summary of facts: the lorries of Tesfay HAILU were impounded together with those of "
        "other firms owned by people originating from the same province. Charge: support to a "
        "terrorist group (Art. 6). " + WARRANT
    )
    _p, assessment = analyze(tmp_path, text)
    assert {"misuse.ethnic-minority", "article3.racial"} <= codes(assessment)
    assert "misuse.ethnic-minority.ethnic-motive" in {
        f.provenance.id for f in assessment.flags if f.code == "article3.racial"
    }


def test_a_partner_claiming_his_share_of_the_capital_is_a_private_dispute(tmp_path: Path) -> None:
    text = (
        "Summary of facts: Karim NASSER kept the proceeds of three sales of the shop he ran with "
        "his partner; the partners disagree on the winding up of the partnership, and a civil "
        "action over it is pending. Charge: breach of trust (Art. 453). " + WARRANT
    )
    _p, assessment = analyze(tmp_path, text)
    assert "offense.administrative-private" in codes(assessment)
