"""Misuse indicators worded indirectly (2026.11.29): a media role named by the act (writing
for a newspaper, running a news site, presenting weekly episodes), facts that are the content
of a publication, an order over publications issued weeks later, asylum papers under their
local names, communities named by language or place, disputes with the state over a mining
code or a state administrator, the marks of a forced statement, trials the defendant attended
at no hearing; and a special court that only corroborates an opposition reading.

Every text is fictional and written for these tests (no evaluation case text).
"""

from __future__ import annotations

from pathlib import Path

from tests.test_flags import analyze, codes, held

WARRANT = (
    "Arrest warrant no. 41/2024 of 9 April 2024, Regional Court. "
    "Penalty: up to 6 years' imprisonment."
)


def test_writing_for_a_newspaper_is_a_media_role(tmp_path: Path) -> None:
    text = (
        "Hechos: desde 2015 el requerido Óscar PINEDA escribe en el diario La Voz del Norte y "
        "publicó en ese periódico textos en los que acusaba al gobernador de desvío de fondos.\n"
        "Delito: difamación agravada (artículo 161).\n" + WARRANT
    )
    _p, assessment = analyze(tmp_path, text)
    assert {"misuse.journalist-media", "misuse.speech-offense"} <= codes(assessment)


def test_a_notice_published_in_the_official_gazette_is_no_media_role(tmp_path: Path) -> None:
    text = (
        "Hechos: el Ministerio publicó en el Diario Oficial la resolución de adjudicación; el "
        "requerido Óscar PINEDA falsificó las garantías bancarias de la oferta.\n"
        "Delito: falsificación de documento (artículo 322).\n" + WARRANT
    )
    _p, assessment = analyze(tmp_path, text)
    assert "misuse.journalist-media" not in codes(assessment)


def test_running_a_news_site_is_a_media_role(tmp_path: Path) -> None:
    text = (
        "Exposé des faits : l'intéressée, Awa DIALLO, qui administre un site d'information en "
        "ligne, a partagé un article sur un marché public et a écrit en commentaire que le "
        "ministre en avait profité.\nQualification : diffamation en ligne.\n" + WARRANT
    )
    _p, assessment = analyze(tmp_path, text)
    assert {"misuse.journalist-media", "misuse.speech-offense"} <= codes(assessment)


def test_an_order_over_publications_weeks_later_is_political_timing(tmp_path: Path) -> None:
    text = (
        "Nota: la fiscal pidió investigar al requerido Óscar PINEDA por lo publicado, y la orden "
        "de captura se emitió dos semanas más tarde.\nDelito: obstrucción de la justicia.\n"
        + WARRANT
    )
    _p, assessment = analyze(tmp_path, text)
    assert "misuse.political-timing" in codes(assessment)


def test_a_film_released_days_before_the_search_is_political_timing(tmp_path: Path) -> None:
    text = (
        "Summary: Timur BEKOV runs an online channel. On 3 March 2023, five days before the "
        "search, his channel released a film on the minister's contracts. Charge: possession of "
        "drugs. "
        + WARRANT
    )
    _p, assessment = analyze(tmp_path, text)
    assert "misuse.political-timing" in codes(assessment)


def test_a_unhcr_yellow_card_is_an_asylum_claim(tmp_path: Path) -> None:
    text = (
        "الوقائع: سرق المطلوب كريم عادل هاتفا من متجر. ملاحظة: يحمل المطلوب بطاقة صفراء صادرة "
        "عن مكتب المفوضية في عمّان.\nالتهمة: السرقة (المادة 400).\n" + WARRANT
    )
    _p, assessment = analyze(tmp_path, text)
    assert "misuse.refugee-asylum" in codes(assessment)


def test_an_asylum_file_is_named_by_its_form(tmp_path: Path) -> None:
    text = (
        "Summary: Luis MORA left the country in 2021. Counsel's letter: he filed Form I-589 in "
        "2022 and awaits a decision. Charge: theft (Art. 205). " + WARRANT
    )
    _p, assessment = analyze(tmp_path, text)
    assert "misuse.refugee-asylum" in codes(assessment)


def test_a_community_named_by_its_language_is_an_ethnic_group(tmp_path: Path) -> None:
    text = (
        "Summary of facts: Samba SOW called young Pulaar speakers of the river valley to gather "
        "before the census office. Charge: unlawful assembly. " + WARRANT
    )
    _p, assessment = analyze(tmp_path, text)
    assert "misuse.ethnic-minority" in codes(assessment)


def test_suspicion_from_the_community_of_the_rebels_is_an_ethnic_motive(tmp_path: Path) -> None:
    text = (
        "Exposé des faits : M. Jean MUGISHA est issu de la communauté dont proviennent les chefs "
        "de la rébellion ; il est donc tenu pour un infiltré.\nQualification : trahison.\n"
        + WARRANT
    )
    _p, assessment = analyze(tmp_path, text)
    assert {"misuse.ethnic-minority", "article3.racial"} <= codes(assessment)


def test_a_broken_negotiation_over_the_mining_code_is_a_dispute_with_the_state(
    tmp_path: Path,
) -> None:
    text = (
        "Exposé des faits : M. Paul HART, directeur d'un groupe minier, a transféré des "
        "dividendes hors du pays. Le mandat suit l'échec des discussions sur le nouveau code "
        "minier, qui relève la part de l'État à 35 %.\nQualification : blanchiment.\n" + WARRANT
    )
    _p, assessment = analyze(tmp_path, text)
    assert "misuse.business-dispute-state" in codes(assessment)


def test_an_offence_under_the_mining_code_is_no_dispute_with_the_state(tmp_path: Path) -> None:
    text = (
        "Exposé des faits : M. Paul HART a exploité une carrière sans permis, en infraction au "
        "code minier, selon le rapport de l'État du Sud.\nQualification : exploitation illégale.\n"
        + WARRANT
    )
    _p, assessment = analyze(tmp_path, text)
    assert "misuse.business-dispute-state" not in codes(assessment)


def test_statements_signed_after_suspension_by_the_wrists_are_coerced(tmp_path: Path) -> None:
    text = (
        "Summary: the case rests on the statements of two co-accused, who told the court they "
        "signed papers written by the investigators after being suspended by the wrists. "
        "Charge: terrorism (Art. 3). " + WARRANT
    )
    _p, assessment = analyze(tmp_path, text)
    assert "misuse.coerced-evidence" in codes(assessment)


def test_a_defendant_at_no_hearing_with_appointed_counsel_is_in_absentia(tmp_path: Path) -> None:
    text = (
        "Judgment: Ilir BEGA did not attend any hearing; the lawyer the court appointed had no "
        "contact with his client. Sentence: 9 years. Charge: drug trafficking (Art. 283). "
        + WARRANT
    )
    _p, assessment = analyze(tmp_path, text)
    assert "misuse.in-absentia" in codes(assessment)


def test_a_special_court_alone_only_corroborates(tmp_path: Path) -> None:
    text = (
        "Summary: Reza KARIMI carried 40 kg of opium across the border. Charge: drug trafficking. "
        "Warrant: Revolutionary Court of Zahedan, no. 12/1402, 9 April 2024. Penalty: up to 15 "
        "years' imprisonment."
    )
    _p, assessment = analyze(tmp_path, text)
    assert "misuse.political-opposition" not in codes(assessment)
    assert "only corroborates" in held(assessment)["misuse.political-opposition"]


def test_a_special_court_adds_to_another_opposition_reading(tmp_path: Path) -> None:
    text = (
        "Summary: Reza KARIMI, an opposition activist, gave interviews abroad. Charge: "
        "propaganda against the state. Warrant: Revolutionary Court of Tehran, no. 12/1402, "
        "9 April 2024. Penalty: up to 5 years' imprisonment."
    )
    _p, assessment = analyze(tmp_path, text)
    flag = next(f for f in assessment.flags if f.code == "misuse.political-opposition")
    assert "misuse.political-opposition.special-security-court" in {
        p.id for p in (flag.provenance, *flag.corroborated_by)
    }
