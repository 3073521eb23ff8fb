"""The flag engine on real text files: context, exceptions, rules, levels, evidence.

Every case is a fictional one-document packet (a `.txt` file), run through the
whole chain as `triage analyze` runs it.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from pipeline.records import Assessment, Packet


def analyze(tmp_path: Path, text: str, name: str = "facts.txt") -> tuple[Packet, Assessment]:
    from pipeline.chain import analyze_path

    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return analyze_path(path, record=False)


def packet(
    tmp_path: Path, docs: dict[str, tuple[str, str]], country: str
) -> tuple[Packet, Assessment]:
    """A packet folder of named documents ({name: (type, text)}) with its manifest, analysed."""
    import yaml

    from pipeline.chain import analyze_path

    for name, (_kind, text) in docs.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "packet.yaml").write_text(yaml.safe_dump({
        "notice_type": "red-notice", "issuing_country": country,
        "documents": {name: kind for name, (kind, _t) in docs.items()},
    }), encoding="utf-8")
    return analyze_path(tmp_path, record=False)


def codes(assessment: Assessment) -> set[str]:
    return {f.code for f in assessment.flags}


def rule_codes(assessment: Assessment) -> set[str]:
    """Codes raised by a lexicon entry, a rule or a sentence model: what a minimal pair of hard
    negatives tests. The packet model weighs the words of the whole packet and cannot tell a
    one-word swap (a county or a developer that stopped paying); where it alone raises such a
    code, the flag says so with its score (models/packet-signs.md, limits)."""
    return {
        f.code for f in assessment.flags
        if any(p.id != "packet-signs" for p in (f.provenance, *f.corroborated_by))
    }


def sources(assessment: Assessment) -> set[str]:
    """The lexicon entries, rules and models behind the raised flags."""
    return {p.id for f in assessment.flags for p in (f.provenance, *f.corroborated_by)}


def held(assessment: Assessment) -> dict[str, str]:
    return {f.code: f.reason or "" for f in assessment.suppressed}


def assert_quotes_verbatim(packet: Packet, assessment: Assessment) -> None:
    pages = {(d.id, p.number): p.text for d in packet.documents for p in d.pages}
    for flag in [*assessment.flags, *assessment.suppressed]:
        assert flag.evidence or flag.code.startswith(("compliance.", "misuse.country")), flag
        for ev in flag.evidence:
            text = pages[ev.document_id, ev.page]
            assert text[ev.start : ev.end] == ev.quote
            assert unicodedata.normalize("NFKC", ev.quote) in unicodedata.normalize("NFKC", text)


ORDINARY = """Summary of facts
On 14 March 2023 at about 22:40, in Durban, South Africa, the accused Thabo MOKOENA, acting
with two others, entered a jewellery shop armed with handguns, threatened the staff and took
watches and rings worth about 1.2 million rand. A security guard was shot in the leg.
Charges: armed robbery (section 1 of Act 51 of 1977); attempted murder (section 18 of Act 17
of 1956). Maximum penalty: 15 years' imprisonment.
Warrant of arrest no. DBN-2023-0415 issued on 2 May 2023 by the Durban Magistrate's Court.
"""


def test_ordinary_serious_crime_has_no_concerns(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, ORDINARY)
    assert assessment.level == "no-concerns-found", assessment.flags
    assert not codes(assessment) & {
        "offense.cultural-norms", "offense.family-private", "offense.administrative-private",
        "article3.political", "misuse.journalist-media",
    }
    assert assessment.versions["lexicon:flags-offense"]


JOURNALIST = """Summary of facts
The accused, Arman SEITKALI, a journalist and editor of the independent news site Dala
Times, published on 3 May 2022 in Almaty an article about the 2022 January events. He is
charged with dissemination of false information (Article 274 of the Criminal Code),
punishable by up to 7 years of imprisonment. Arrest warrant no. 2207-19 of 12 June 2022.
"""


def test_journalist_subject_with_speech_charge_is_likely_non_compliant(tmp_path: Path) -> None:
    packet, assessment = analyze(tmp_path, JOURNALIST)
    assert {"misuse.journalist-media", "misuse.speech-offense"} <= codes(assessment)
    assert assessment.level == "likely-non-compliant"
    flag = next(f for f in assessment.flags if f.code == "misuse.journalist-media")
    assert flag.provenance.kind == "lexicon"
    assert flag.provenance.id.startswith("misuse.journalist-media")
    assert "journalist" in flag.evidence[0].quote
    assert "indication" in flag.rationale or "weigh" in flag.rationale
    assert_quotes_verbatim(packet, assessment)


JOURNALIST_VICTIM = """Summary of facts
On 3 February 2022 at 07:15 in Nairobi, the journalist Peter OTIENO was shot dead outside his
home. The investigation established that the accused, Kamau NJOROGE, fired the shots on the
orders of a gang whose extortion the victim had exposed.
Charges: murder (section 203 of the Penal Code), punishable by death or life imprisonment.
Warrant of arrest no. 114/2022 issued on 20 April 2022 by the High Court at Nairobi.
"""


def test_journalist_who_is_the_victim_is_not_a_journalist_subject(tmp_path: Path) -> None:
    packet, assessment = analyze(tmp_path, JOURNALIST_VICTIM)
    assert "misuse.journalist-media" not in codes(assessment)
    reasons = held(assessment)
    assert "misuse.journalist-media" in reasons
    assert "not the subject" in reasons["misuse.journalist-media"]
    assert assessment.level == "no-concerns-found", assessment.flags
    assert_quotes_verbatim(packet, assessment)


NOT_A_MEMBER = """Summary of facts
The accused, Omar HALABI, is not a member of any opposition party. On 9 September 2021 in
Amman he defrauded 42 investors of 3.1 million dinars through a fictitious property fund.
Charges: fraud (Article 417 of the Penal Code), punishable by up to 3 years' imprisonment;
money laundering (Article 24 of Law 46 of 2007), up to 5 years' imprisonment.
Arrest warrant no. 3321/2021 of 1 November 2021, Amman Court of First Instance.
"""


def test_negation_holds_a_status_word_back(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, NOT_A_MEMBER)
    assert "misuse.political-opposition" not in codes(assessment)
    assert "negation" in held(assessment).get("misuse.political-opposition", "")
    assert assessment.level == "no-concerns-found", assessment.flags


CHEQUE_ORGANISED = """Summary of facts
Between March and November 2022 in Dubai, the accused, acting within an organised criminal
group, issued 57 bounced cheques to suppliers as part of a scheme that obtained goods worth
9 million dirhams, which the group resold abroad. The proceeds were laundered through shell
companies. Charges: fraud and money laundering (Articles 451 and 2 of Federal Law 20/2018),
punishable by up to 10 years' imprisonment. Arrest warrant 88/2023 of 4 January 2023.
"""

CHEQUE_PRIVATE = """Summary of facts
On 5 April 2021 in Dubai the accused issued a bounced cheque of 40,000 dirhams to his former
business partner to settle a debt under their partnership agreement; the cheque was returned
for insufficient funds. Charge: issuing a cheque without sufficient funds (Article 401 of the
Penal Code), punishable by up to 3 years' imprisonment. Arrest warrant 12/2021 of 3 May 2021.
"""


def test_administrative_offense_with_organised_crime_is_suppressed(tmp_path: Path) -> None:
    _p, private = analyze(tmp_path, CHEQUE_PRIVATE, "private.txt")
    assert "offense.administrative-private" in codes(private)
    _p, organised = analyze(tmp_path, CHEQUE_ORGANISED, "organised.txt")
    assert "offense.administrative-private" not in codes(organised)
    reason = held(organised).get("offense.administrative-private", "")
    assert "organised" in reason


MINORS = """Résumé des faits
Entre janvier et juin 2023, à Lyon, le mis en cause a diffusé sur un forum des images
pornographiques mettant en scène des mineurs de moins de 15 ans et en a détenu plus de 4 000.
Qualifications : diffusion et détention d'images pédopornographiques (articles 227-23 du code
pénal), punies de 7 ans d'emprisonnement. Mandat d'arrêt du 2 octobre 2023.
"""


def test_pornography_involving_minors_is_not_a_cultural_norms_offense(tmp_path: Path) -> None:
    _p, assessment = analyze(tmp_path, MINORS)
    assert "offense.cultural-norms" not in codes(assessment)
    assert assessment.level == "no-concerns-found", assessment.flags


HONOUR_KILLING = """ملخص الوقائع
بتاريخ 12 مارس 2022 في مدينة إربد أقدم المتهم على قتل شقيقته طعناً بسكين بدعوى الدفاع عن شرف
العائلة بعد خلاف عائلي حول زواجها.
التهمة: القتل العمد خلافاً للمادة 328 من قانون العقوبات، وعقوبتها الإعدام.
مذكرة توقيف رقم 214/2022 بتاريخ 20 مارس 2022.
"""


def test_killing_inside_a_family_is_not_a_family_matter(tmp_path: Path) -> None:
    _p, assessment = analyze(tmp_path, HONOUR_KILLING)
    assert "offense.family-private" not in codes(assessment)
    assert assessment.level != "likely-non-compliant", assessment.flags


MIXED_LANGUAGES = """Cargos: deserción (artículo 128 del Código Penal Militar).
Summary of facts: on 2 October 2022 in Caracas, the subject, a conscript, failed to report
to his unit after the general mobilisation and left the country. Penalty: up to 4 years.
Orden de aprehensión n.º 45-2022 del 10 de octubre de 2022.
"""


def test_charges_in_one_language_and_facts_in_another(tmp_path: Path) -> None:
    _p, assessment = analyze(tmp_path, MIXED_LANGUAGES)
    assert "article3.military" in codes(assessment)
    assert assessment.level == "likely-non-compliant"


LOW_PENALTY = """Summary of facts
On 3 June 2022 in Lagos the accused damaged a parked car belonging to a neighbour by
scratching its doors. Charge: malicious damage to property (section 451 of the Criminal
Code), punishable by imprisonment for up to one year. Warrant no. LAG/22/0917 of 1 July 2022.
"""


def test_penalty_under_two_years_is_below_the_threshold(tmp_path: Path) -> None:
    _p, assessment = analyze(tmp_path, LOW_PENALTY)
    flag = next(f for f in assessment.flags if f.code == "compliance.penalty-threshold")
    assert flag.severity == "high" and flag.provenance.kind == "rule"
    assert "12 months" in flag.rationale or "1 year" in flag.rationale
    assert assessment.level == "likely-non-compliant"


BARE_SUMMARY = """On 14 March 2023 in Durban, South Africa, the accused shot and killed a taxi
owner, Sipho DLAMINI, in a dispute over a route. Charge: murder (section 51 of Act 105 of 1997),
punishable by life imprisonment.
"""


def test_a_bare_summary_without_warrant_reference_is_not_sent_to_review(tmp_path: Path) -> None:
    _p, assessment = analyze(tmp_path, BARE_SUMMARY)
    assert all(f.code != "compliance.judicial-data" for f in assessment.flags)
    held = next(s for s in assessment.suppressed if s.code == "compliance.judicial-data")
    assert "warrant" in held.rationale and "warrant" in held.reason
    assert assessment.level == "no-concerns-found", assessment.flags


def test_a_missing_warrant_reference_with_another_gap_is_raised(tmp_path: Path) -> None:
    no_law = BARE_SUMMARY.replace(" (section 51 of Act 105 of 1997)", "").replace(
        ", punishable by life imprisonment", "")
    _p, assessment = analyze(tmp_path, no_law)
    flag = next(f for f in assessment.flags if f.code == "compliance.judicial-data")
    assert flag.severity == "medium"
    assert "law articles" in flag.rationale and "warrant" in flag.rationale


def test_cancelled_sample_notice_raises_validity(sample_packets: dict[str, Packet]) -> None:
    from pipeline.chain import assess
    from pipeline.understand.document import understand_packet

    packet = understand_packet(sample_packets["09-rn-bundle-mixed.pdf"])
    assessment = assess(packet)
    flag = next(f for f in assessment.flags if f.code == "validity.status")
    assert "cancel" in flag.rationale.lower()
    assert assessment.level == "likely-non-compliant"
    assert_quotes_verbatim(packet, assessment)


def test_sample_levels(sample_packets: dict[str, Packet]) -> None:
    """The samples cover each level: ordinary crimes, a journalist, an in-absentia judgment."""
    from pipeline.chain import assess
    from pipeline.understand.document import understand_packet

    levels = {
        name: assess(understand_packet(packet)) for name, packet in sample_packets.items()
    }
    assert levels["01-rn-robbery-text"].level == "no-concerns-found", levels["01-rn-robbery-text"]
    assert levels["03-rn-homicide-photo"].level == "no-concerns-found"
    assert levels["04-rn-journaliste-fr"].level == "likely-non-compliant"
    assert "misuse.in-absentia" in codes(levels["06-diffusion-absentia-ar"])
    assert levels["06-diffusion-absentia-ar"].level != "no-concerns-found"
    for packet, assessment in zip(sample_packets.values(), levels.values(), strict=True):
        assert_quotes_verbatim(understand_packet(packet), assessment)


def test_a_malformed_flag_entry_names_the_file(tmp_path: Path) -> None:
    from pipeline.lexicons.loader import LexiconError, parse_lexicon_text

    text = """lexicon: flags-test
version: "1"
description: "test"
source: "test"
entries:
  - id: offense.test
    name: "Test"
    flag: offense.cultural-norms
    severity: severe
    scope: offense
    terms: {en: [x], fr: [x], es: [x], ar: [x]}
"""
    with pytest.raises(LexiconError) as info:
        parse_lexicon_text(text, tmp_path / "flags-test.yaml")
    assert "flags-test.yaml:9" in str(info.value) and "severity" in str(info.value)


def test_flag_guide_is_up_to_date() -> None:
    from pipeline.flags.docs import render, target

    assert target().read_text(encoding="utf-8") == render(), (
        "docs/flags.md is stale: run `make docs` (python -m pipeline.flags.docs)"
    )


def test_every_catalogue_code_is_documented_and_known() -> None:
    from pipeline.flags.catalog import catalog

    expected = {
        "offense.cultural-norms", "offense.family-private", "offense.administrative-private",
        "article3.political", "article3.military", "article3.religious", "article3.racial",
        "misuse.political-opposition", "misuse.journalist-media", "misuse.human-rights-defender",
        "misuse.religious-minority", "misuse.ethnic-minority", "misuse.protest-assembly",
        "misuse.speech-offense", "misuse.refugee-asylum", "misuse.coerced-evidence",
        "misuse.in-absentia", "misuse.business-dispute-state", "misuse.political-timing",
        "misuse.country-context", "compliance.penalty-threshold", "compliance.judicial-data",
        "compliance.vague-facts", "validity.status", "consistency.identity",
        "consistency.charges", "consistency.dates",
    }
    assert {c.code for c in catalog().codes} == expected
    for code in catalog().codes:
        for word in ("arrest him", "detain", "must be arrested", "is guilty"):
            assert word not in code.rationale.lower()


# ---------------------------------------------------------------- context readings (fictional)

SURNAME_NOT_STATUS = """RED NOTICE REQUEST
Name: BALOCH, Nasir Ali
Date of birth: 04/02/1984. Nationality: Pakistani.
Charges: theft by an employee (Section 381 of the Pakistan Penal Code), punishable by up to 7
years' imprisonment.
Summary of facts: between March and May 2022 in Karachi, BALOCH, a cashier of Indus Traders,
took 4.1 million rupees from the company safe. Warrant no. KHI-22-3381 of 9 June 2022.
"""


def test_a_group_word_that_is_the_subjects_surname_is_held_back(tmp_path: Path) -> None:
    _p, assessment = analyze(tmp_path, SURNAME_NOT_STATUS)
    assert "misuse.ethnic-minority" not in codes(assessment)
    assert "name" in held(assessment)["misuse.ethnic-minority"]


def test_one_phrase_can_name_a_category_and_a_misuse_indicator(tmp_path: Path) -> None:
    text = (
        "Resumen de los hechos: el 3 de marzo de 2020, en Quito, el acusado Tomás REYES VERA "
        "publicó una columna contra el ministro. Fue condenado por el delito de injuria "
        "calumniosa grave contra la autoridad (art. 493 del Código Penal) a dos años de prisión. "
        "Orden de captura n.º 17-2020 del 5 de junio de 2020.\n"
    )
    _p, assessment = analyze(tmp_path, text)
    assert {"offense.cultural-norms", "misuse.speech-offense"} <= codes(assessment)


DISPUTE = """Summary of facts
On 2 May 2021 in Dubai the accused, Omar HADDAD, director of Sahel Build LLC, was reported for
breach of trust by {party}, after a commercial dispute with {party} over unpaid invoices.
Charge: breach of trust (Article 404 of the Penal Code), punishable by up to 3 years.
Warrant no. DXB-2021-771 of 14 July 2021.
"""


def test_a_commercial_dispute_with_a_state_linked_party_is_a_dispute_with_the_state(
    tmp_path: Path,
) -> None:
    entry = "offense.administrative-private.debt-contract-dispute"
    _p, state = analyze(tmp_path, DISPUTE.format(party="a company owned by a government official"))
    assert "misuse.business-dispute-state" in codes(state)
    assert entry not in sources(state)
    private = tmp_path / "private"
    private.mkdir()
    _p, other = analyze(private, DISPUTE.format(party="a supplier, Delta Tiles LLC"))
    assert entry in sources(other)
    assert "misuse.business-dispute-state" not in codes(other)


def test_a_bank_taken_over_by_the_state_is_a_business_dispute_with_the_state(
    tmp_path: Path,
) -> None:
    text = (
        "Summary of facts: in 2015-2017 the accused, Ruslan OMAROV, chairman of Aral Bank, issued "
        "loans to companies he controlled. In March 2017 the bank was taken over by the state "
        "fund and OMAROV left the country. Charge: embezzlement (Article 189 of the Criminal "
        "Code), punishable by up to 12 years. Warrant no. 1-44/17 of 2 April 2017.\n"
    )
    _p, assessment = analyze(tmp_path, text)
    assert "misuse.business-dispute-state" in codes(assessment)


def test_a_contract_dispute_inside_a_ponzi_scheme_is_held_back(tmp_path: Path) -> None:
    text = (
        "Summary of facts: from 2019 to 2022 in Toronto the accused, Kevin MARSH, took 40 million "
        "dollars from investors and used money from new investors to pay earlier ones. When "
        "payments stopped he blamed a contract dispute with a supplier. Charges: fraud over "
        "5,000 dollars (section 380 of the Criminal Code), punishable by up to 14 years. "
        "Warrant no. TO-22-118 of 3 March 2023.\n"
    )
    _p, assessment = analyze(tmp_path, text)
    assert "offense.administrative-private" not in codes(assessment)
    assert "Ponzi" in held(assessment)["offense.administrative-private"]


def test_counsel_naming_the_subject_as_my_client_is_a_subject_reference(tmp_path: Path) -> None:
    text = (
        "Memorandum of counsel\n"
        "The complainant says that my client, a journalist of the weekly Nord Echo, insulted "
        "him in a café in Tunis on 3 May 2023. Charge: insult (Article 245 of the Penal Code).\n"
    )
    _p, assessment = analyze(tmp_path, text)
    assert "misuse.journalist-media" in codes(assessment), held(assessment)


def test_slogans_in_a_relative_clause_after_the_place_make_a_protest_crowd(
    tmp_path: Path,
) -> None:
    text = (
        "Hechos: el 5 de mayo de 2022 el acusado Iván SOTO se sumó a una concentración de varios "
        "cientos de personas en la avenida central de la ciudad de Santa Clara, que gritaban "
        "consignas contra el gobierno, y lanzó una botella. Delito: desórdenes públicos (art. 200 "
        "del Código Penal), sanción de hasta 8 años. Orden de detención n.º 44/2022.\n"
    )
    _p, assessment = analyze(tmp_path, text)
    assert "misuse.protest-assembly" in codes(assessment)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("موكلي عضو سابق في مجلس النواب، وقد غادر البلاد عام 2020 إلى لندن.",
         "misuse.political-opposition"),
        ("Infractions : incitation au soulèvement de la population (art. 204 de la loi pénale), "
         "commise à Kigali en 2021.", "article3.political"),
        ("Delitos: conspiración para cometer menoscabo a la integridad nacional (art. 410 del "
         "Código Penal), Managua, 2021.", "article3.political"),
        ("وجهت إليه تهمة إنتاج ونشر ما من شأنه المساس بالنظام العام والقيم الدينية عن طريق "
         "الشبكة المعلوماتية في الرياض عام 2022.", "misuse.speech-offense"),
        ("La acusada Rosa PINTO, directora del semanario El Faro, publicó en Caracas en 2019 una "
         "serie de reportajes.", "misuse.journalist-media"),
    ],
)
def test_standard_wordings_in_four_languages(tmp_path: Path, text: str, code: str) -> None:
    _p, assessment = analyze(tmp_path, text + "\n")
    assert code in codes(assessment), (assessment.flags, held(assessment))


def test_a_category_wide_exception_holds_the_model_back(tmp_path: Path) -> None:
    from pipeline.flags.lexical import category_exceptions

    shared = category_exceptions("offense.administrative-private")
    assert any("cue.organised-crime" in rule.cues for rule in shared)
    assert category_exceptions("offense.cultural-norms") == ()  # exceptions differ by entry
    text = (
        "Note de la police judiciaire\n"
        "Le nommé PIERRE Jean-Robert, alias « Bòs », né vers 1987, de nationalité haïtienne, "
        "est recherché pour association de malfaiteurs. Selon des informations recueillies, il "
        "ferait partie d'un gang opérant dans la capitale et serait impliqué dans plusieurs vols.\n"
    )
    _p, assessment = analyze(tmp_path, text)
    assert "offense.administrative-private" not in codes(assessment)


TIMING = """Summary of facts
Jorge LEDESMA ARIAS, director of Frutas del Sur S.A., is charged with aggravated fraud against
the state (Article 380 of the Penal Code), punishable by up to 10 years' imprisonment.
{act}
The prosecutor's indictment was filed on {opened}.
"""


@pytest.mark.parametrize(
    ("act", "opened", "raised"),
    [
        # the subject's own public act, proceedings seven weeks later
        ("On 2 February 2021 the accused publicly criticised the ministry at a press conference "
         "in Lima.", "23 March 2021", True),
        # the same act, but proceedings a year and a half later
        ("On 2 February 2021 the accused publicly criticised the ministry at a press conference "
         "in Lima.", "15 September 2022", False),
        # a press conference by the police is not the subject's act
        ("On 2 February 2021 the police gave a press conference in Lima about the seizure.",
         "23 March 2021", False),
        # the subject's own press conference on the firm's results is not a critical act
        ("On 2 February 2021 the accused gave a press conference in Lima on the firm's "
         "results.", "23 March 2021", False),
    ],
)
def test_proceedings_soon_after_a_dated_public_act_of_the_subject(
    tmp_path: Path, act: str, opened: str, raised: bool
) -> None:
    _p, assessment = analyze(tmp_path, TIMING.format(act=act, opened=opened))
    timing = [
        f for f in assessment.flags if f.code == "misuse.political-timing"
        and "rule.timing.after-public-act" in {p.id for p in (f.provenance, *f.corroborated_by)}
    ]
    assert bool(timing) == raised, assessment.flags
    if raised:
        assert "49 days" in timing[0].rationale


def test_involved_in_cases_of_is_boilerplate(tmp_path: Path) -> None:
    text = (
        "المذكور سالم عوض ناصر الحربي متورط في قضايا احتيال مالي والاستيلاء على أموال الغير، "
        "وقد صدر بحقه أمر قبض ولم يتم تنفيذه لوجوده خارج البلاد.\n"
    )
    _p, assessment = analyze(tmp_path, text)
    assert "compliance.vague-facts" in codes(assessment)


@pytest.mark.parametrize(
    ("text", "raised"),
    [
        # the subject publishes lists of political prisoners: the words name others
        ("El acusado Raúl MEZA, nacido en 1979, difundió en 2021 listas de presos políticos "
         "desde Managua. Delito: propagación de noticias falsas (art. 30 de la Ley 1042).", False),
        # a protest called by the opposition: the opposition is the caller, not the subject
        ("Le 4 mars 2021 à Dakar, le prévenu Ousmane FALL a pris part, à l'appel de "
         "l'opposition, à une marche au cours de laquelle un bus a été incendié.", False),
        # "sede diplomática" is a diplomatic building, not a diplomat
        ("El 30 de abril de 2019 el acusado Mario PAZ se refugió en una sede diplomática en "
         "Caracas. Delito: hurto agravado (art. 453 del Código Penal).", False),
        # the subject is an opposition figure
        ("El acusado Raúl MEZA, dirigente de la oposición, fue imputado en Managua en 2021 por "
         "conspiración (art. 410 del Código Penal).", True),
    ],
)
def test_opposition_words_that_name_others_or_things(
    tmp_path: Path, text: str, raised: bool
) -> None:
    _p, assessment = analyze(tmp_path, text + "\n")
    assert ("misuse.political-opposition" in codes(assessment)) == raised, assessment.flags


MILITARY_COURT = """Summary of facts
On 3 June 2021 in Cairo, {who} published a post criticising the army's handling of a fire.
He was referred to the military court for publishing false news (Article 80(d) of the Penal
Code), punishable by up to 5 years' imprisonment. Warrant no. 118/2021 of 9 June 2021.
"""


def test_a_military_court_counts_for_a_civilian_not_for_a_soldier(tmp_path: Path) -> None:
    _p, civilian = analyze(tmp_path, MILITARY_COURT.format(who="the accused, an engineer,"))
    assert "misuse.political-opposition" in codes(civilian)
    soldier_dir = tmp_path / "soldier"
    soldier_dir.mkdir()
    _p, soldier = analyze(soldier_dir, MILITARY_COURT.format(who="the accused, a conscript,"))
    assert "misuse.political-opposition" not in codes(soldier)
    assert "armed forces" in held(soldier)["misuse.political-opposition"]


def test_a_context_phrase_keeps_the_offence_word_inside_it(tmp_path: Path) -> None:
    """"after the coup attempt" is timing, not a coup charge; "state contract dispute" is
    a dispute with the state, not a private contract dispute."""
    text = (
        "Summary of facts: in Ankara on 2 September 2016, after the coup attempt, the accused "
        "Murat KAYA, a teacher, was charged with fraud in a state contract dispute over school "
        "supplies (Article 158 of the Penal Code), punishable by up to 10 years.\n"
    )
    _p, assessment = analyze(tmp_path, text)
    assert "misuse.political-timing" in codes(assessment)
    assert "article3.political" not in codes(assessment)
    assert "offense.administrative-private.debt-contract-dispute" not in sources(assessment)
