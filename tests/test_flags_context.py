"""The flag engine on context the first rules missed: private disputes between partners,
desertion charges worded as in Levantine military codes, letters lifting a warrant,
boilerplate facts, and who a status word is about.

Every text is fictional and written for these tests (no evaluation case text).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_flags import analyze, codes, held


def _flag(assessment, code):  # type: ignore[no-untyped-def]
    return next(f for f in assessment.flags if f.code == code)


CHEQUE_PARTNERS = """Summary of facts
Karim OUALI and the complainant ran a bakery together in Sfax as business partners until
they fell out in 2021. Under a settlement agreement signed on 2 March 2022, Karim OUALI handed
the complainant a cheque for 90,000 dinars to pay for his share; the bank returned it on
20 April 2022 for insufficient funds. The complainant has sued for the amount in the
commercial court.
Charge: issuing a cheque without sufficient funds (article 411 of the Commercial Code),
punishable by five years' imprisonment. Warrant no. 22/5531 of 3 June 2022.
"""


def test_a_cheque_between_former_partners_is_a_strong_private_dispute(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, CHEQUE_PARTNERS)
    flag = _flag(assessment, "offense.administrative-private")
    assert flag.severity == "high"
    assert "partners" in flag.rationale
    assert assessment.level == "likely-non-compliant"


CHEQUE_FRAUD = """Summary of facts
Between May and October 2022 in Oran, Samir HADDAD, a partner in a car import firm, took
deposits from thirty-one buyers for cars that never existed and gave each of them cheques
that bounced for insufficient funds.
Charges: fraud (article 372 of the Penal Code) and issuing cheques without sufficient funds
(article 374), punishable by five years' imprisonment. Warrant no. 7781/22 of 9 December 2022.
"""


def test_a_cheque_inside_a_fraud_charge_stays_a_point_to_weigh(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, CHEQUE_FRAUD)
    flags = {f.code: f for f in assessment.flags}
    if "offense.administrative-private" in flags:
        assert flags["offense.administrative-private"].severity == "medium"
    assert assessment.level != "likely-non-compliant"


def test_desertion_worded_as_the_crime_of_desertion_in_arabic(tmp_path: Path) -> None:
    text = (
        "ملخص الوقائع: غادر الجندي سامر يوسف قطعته في درعا بتاريخ 2/3/2016 ولم يعد إليها،"
        " وتلاحقه النيابة العسكرية بجرم الفرار وفق المادة 100 من قانون العقوبات العسكري،"
        " وعقوبته الاعتقال من ثلاث إلى خمس سنوات.\n"
    )
    _packet, assessment = analyze(tmp_path, text)
    assert "article3.military" in codes(assessment)


def test_escape_from_prison_is_not_desertion(tmp_path: Path) -> None:
    text = (
        "ملخص الوقائع: بتاريخ 5/8/2019 تمكن الموقوف رامي خليل من الفرار من السجن المركزي"
        " في حمص بعد أن اعتدى على حارس، وتلاحقه النيابة العامة بجرم الفرار من السجن"
        " وإيذاء موظف، وعقوبته الحبس حتى ثلاث سنوات.\n"
    )
    _packet, assessment = analyze(tmp_path, text)
    assert "article3.military" not in codes(assessment)


LIFTED = """HIGH COURT OF KISUMU - Criminal Division
Letter no. 4471/2024 to the National Central Bureau, Nairobi, 3 May 2024.
In case no. 118 of 2021 against Otieno BARASA for robbery with violence, the court
discharged the accused under section 87(a) and the arrest warrant was withdrawn on
29 April 2024. Kindly proceed with the cancellation of the red notice.
"""


def test_a_letter_lifting_the_warrant_raises_validity(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, LIFTED)
    assert _flag(assessment, "validity.status").severity == "high"
    assert assessment.level == "likely-non-compliant"


def test_a_warrant_not_withdrawn_is_no_validity_flag(tmp_path: Path) -> None:
    text = LIFTED.replace(
        "the arrest warrant was withdrawn", "the court did not order the withdrawal of the warrant"
    )
    text = text.replace(" Kindly proceed with the cancellation of the red notice.", "")
    _packet, assessment = analyze(tmp_path, text)
    assert "validity.status" not in codes(assessment)


BOILERPLATE = """Résumé des faits : le nommé ABESSOLO NDONG Pierre est poursuivi pour des faits
d'escroquerie et de faux, commis sur l'ensemble du territoire national avec la complicité de
plusieurs personnes, faits qui lui sont imputables au vu de l'enquête.
Infractions : escroquerie (art. 318 du Code pénal), faux en écriture (art. 314).
Peine encourue : dix ans d'emprisonnement.
Mandat d'arrêt n° 112/2021 du juge d'instruction de Libreville, 4 mai 2021.
"""


def test_boilerplate_facts_lack_the_description_of_the_acts(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, BOILERPLATE)
    assert "compliance.vague-facts" in codes(assessment)
    data = _flag(assessment, "compliance.judicial-data")
    assert data.severity == "medium" and "boilerplate" in data.rationale
    assert assessment.level == "review-needed"


def _packet(tmp_path: Path, manifest: str, docs: dict[str, str]):  # type: ignore[no-untyped-def]
    from pipeline.chain import analyze_path

    folder = tmp_path / "packet"
    folder.mkdir()
    (folder / "packet.yaml").write_text(manifest, encoding="utf-8")
    for name, text in docs.items():
        (folder / name).write_text(text, encoding="utf-8")
    return analyze_path(folder, record=False)


def test_a_search_in_the_persons_absence_is_not_a_judgment_in_absentia(tmp_path: Path) -> None:
    text = (
        "Synthèse des faits\nEntre mars 2020 et juin 2022, à Namur, DUBOIS Marc, né le "
        "3/4/1970, a dirigé un réseau de vol de camions. Lors de la perquisition du 9 juin 2022, "
        "en son absence, les enquêteurs ont saisi onze remorques volées.\nPréventions : vol en "
        "bande organisée (art. 467 du Code pénal). Peine : réclusion de dix à quinze ans.\n"
    )
    _, assessment = analyze(tmp_path, text)
    assert "misuse.in-absentia" not in codes(assessment)


def test_a_conviction_in_absentia_in_a_summary_is_still_raised(tmp_path: Path) -> None:
    text = (
        "Summary: on 4 May 2021 the Almaty city court convicted Dauren ESPAYEV in absentia of "
        "embezzlement (Article 189 of the Criminal Code) and sentenced him to nine years; "
        "he had left the country in 2019.\n"
    )
    _, assessment = analyze(tmp_path, text)
    assert "misuse.in-absentia" in codes(assessment)


def test_the_word_opposition_is_not_a_retrial_remedy_in_english(tmp_path: Path) -> None:
    text = (
        "Counsel's note: Mr. Ruslan ABDIKOV led an opposition party until 2018. He was tried in "
        "absentia in 2020 and sentenced to twelve years, with no guarantee of a new trial.\n"
    )
    _, assessment = analyze(tmp_path, text)
    assert "misuse.in-absentia" in codes(assessment), held(assessment)


def test_a_status_word_in_apposition_to_another_persons_name(tmp_path: Path) -> None:
    text = (
        "Persona reclamada: Kevin ARMENTA LUGO, nacido el 2/5/1996 en Culiacán.\n"
        "Hechos: el 3 de marzo de 2021, en Culiacán, Sinaloa, murió por disparos del reclamado "
        "la señora Ana Lucía FERRER SOTO, reportera del semanario Voz del Valle.\n"
        "Delito: homicidio calificado (art. 302 del Código Penal Federal). "
        "Pena: de treinta a sesenta años de prisión.\n"
    )
    _, assessment = analyze(tmp_path, text)
    assert "misuse.journalist-media" not in codes(assessment)
    assert "FERRER SOTO" in held(assessment)["misuse.journalist-media"]


def test_a_group_word_after_a_community_word_is_about_the_subject(tmp_path: Path) -> None:
    text = (
        "Acusado: Mauricio CALFUQUEO PAINE, nacido en 1970 en Tirúa, werkén de la comunidad "
        "mapuche Lof Rucañanco Bajo.\nHechos: el 2 de mayo de 2020 en Tirúa se incendiaron dos "
        "camiones de una empresa forestal.\nCalificación: incendio (art. 476 del Código Penal). "
        "Pena: diez años de presidio.\n"
    )
    _, assessment = analyze(tmp_path, text)
    assert "misuse.ethnic-minority" in codes(assessment), held(assessment)


def test_charges_over_homilies_turn_on_religion(tmp_path: Path) -> None:
    text = (
        "Sentencia: el párroco Julián MEZA ROJAS, nacido en 1968, fue condenado en Estelí en 2023 "
        "por lo que dijo en sus homilías sobre los detenidos, calificado de propagación de "
        "noticias falsas. Pena: ocho años de prisión.\n"
    )
    _, assessment = analyze(tmp_path, text)
    assert "misuse.religious-minority" in codes(assessment)


def test_political_prisoners_the_subject_spoke_about_are_others(tmp_path: Path) -> None:
    text = (
        "Hechos: en 2022, en León, el acusado Ernesto VEGA PAZ, ingeniero, difundió por radio "
        "mensajes de apoyo a los presos políticos. Delito: propagación de noticias falsas "
        "(art. 30 de la Ley 1042). Pena: cinco años de prisión.\n"
    )
    _, assessment = analyze(tmp_path, text)
    assert "misuse.political-opposition" not in codes(assessment)


def test_insulting_officials_and_incitement_by_speeches_in_arabic(tmp_path: Path) -> None:
    text = (
        "التهم: التحريض على العصيان بواسطة خطب ألقيت في أماكن عمومية، وإهانة موظفين عموميين"
        " أثناء قيامهم بمهامهم. ملخص الوقائع: خلال سنة 2019 بمدينة وجدة ألقى المتهم كلمات في"
        " ساحة عمومية.\n"
    )
    _, assessment = analyze(tmp_path, text)
    assert "misuse.speech-offense" in codes(assessment)


def test_ill_treatment_described_in_plain_words_and_a_retraction(tmp_path: Path) -> None:
    text = (
        "Statement of Bilal RAZA, co-accused, 2022\nAt the police station I was hung by my arms "
        "for two nights. The police wrote the statement and made me sign it. I retract it.\n"
    )
    _, assessment = analyze(tmp_path, text)
    assert "misuse.coerced-evidence" in codes(assessment)


def test_a_reservist_in_a_garrison_court_is_not_a_civilian(tmp_path: Path) -> None:
    text = (
        "Summary: Pavel ORLOV, a reservist called up under the 2022 mobilisation, left his "
        "military unit near Kursk on 4 December 2022 without permission. He is charged with "
        "desertion (Article 338 of the Criminal Code), punishable by up to 10 years. The Kursk "
        "Garrison Military Court ordered his arrest on 12 January 2023.\n"
    )
    _, assessment = analyze(tmp_path, text)
    assert "misuse.political-opposition" not in codes(assessment)
    assert "article3.military" in codes(assessment)


NOTICE = """RED NOTICE REQUEST - NCB Doha
Name: Samir Khalil NASSER
Date of birth: 04/05/1980
Charge: fraud (article 354 of the Penal Code), punishable by three years' imprisonment.
Summary of facts: between March and July 2021 in Doha the accused obtained 900,000 riyals
from his employer by submitting invoices of a supplier that did not exist.
Arrest warrant no. 2021/553 of 2 September 2021.
"""

WARRANT = """STATE OF QATAR - PUBLIC PROSECUTION
Arrest warrant no. 2021/553, 2 September 2021
The accused Samir Khalil NASSER, born 04/05/1980, is to be arrested for breach of trust
(article 362 of the Penal Code), having misappropriated sums entrusted to him by his employer.
"""


def test_fraud_in_the_notice_and_breach_of_trust_in_the_warrant_differ(tmp_path: Path) -> None:
    manifest = (
        "notice_type: red-notice\nissuing_country: QA\ndocuments:\n"
        "  notice.txt: red-notice\n  warrant.txt: arrest-warrant\n"
    )
    _, assessment = _packet(
        tmp_path, manifest, {"notice.txt": NOTICE, "warrant.txt": WARRANT}
    )
    assert "consistency.charges" in codes(assessment)


def test_two_people_named_in_both_documents_are_not_an_identity_conflict() -> None:
    from pipeline.flags.consistency import _names_in, _words
    from pipeline.records import Document

    class _Page:
        def __init__(self, text: str) -> None:
            self.text = text

    doc = Document.model_construct(pages=[_Page("Affidavit of Omar FARUQ about Tariq ZAMAN.")])
    assert _names_in(_words("Omar Faruq"), doc) and _names_in(_words("Tariq Zaman"), doc)
    assert not _names_in(_words("Yusuf Ali"), doc)


def test_the_model_alone_does_not_recast_an_ordinary_violent_charge() -> None:
    from pipeline.flags.model import _ordinary_charge, _Unit

    assert _ordinary_charge(_Unit("arson", None, ("0504",)))
    assert _ordinary_charge(_Unit("murder and robbery", None, ("0101", "0401")))
    assert _ordinary_charge(_Unit("membership of a terrorist group", None, ("09061",)))
    assert _ordinary_charge(_Unit("false news", None, ("08019",))) is None
    assert _ordinary_charge(_Unit("a charge with no code", None, ())) is None


def test_a_journalist_the_subject_struck_is_a_victim(tmp_path: Path) -> None:
    text = (
        "Résumé des faits : le 2 juin 2022 à Nantes, Loïc BERNARD a roué de coups un journaliste "
        "qui filmait l'interpellation, lui causant une fracture. Qualification : violences "
        "aggravées (art. 222-12 du Code pénal), punies de cinq ans d'emprisonnement.\n"
    )
    _, assessment = analyze(tmp_path, text)
    assert "misuse.journalist-media" not in codes(assessment)


def test_proceedings_opened_after_a_candidacy_is_timing(tmp_path: Path) -> None:
    text = (
        "Résumé : M. Paul MBEKI, ancien ministre, est poursuivi à Kinshasa pour détournement de "
        "deniers publics ; l'information judiciaire a été ouverte trois semaines après qu'il a "
        "annoncé sa candidature à l'élection présidentielle de 2023. Peine : vingt ans.\n"
    )
    _, assessment = analyze(tmp_path, text)
    assert "misuse.political-timing" in codes(assessment)


def test_concrete_facts_with_named_accomplices_are_not_boilerplate(tmp_path: Path) -> None:
    text = (
        "Hechos: el 9 de junio de 2021, a las 10:15, en la calle Bolívar 310 de Cochabamba, el "
        "requerido Raúl MAMANI, junto con otras dos personas, asaltó a mano armada una casa de "
        "cambio y se llevó 80.000 dólares. Delito: robo agravado (art. 332 CP), pena de cinco a "
        "quince años. Mandamiento de aprehensión 118/2021 de 12 de junio de 2021.\n"
    )
    _, assessment = analyze(tmp_path, text)
    assert "compliance.vague-facts" not in codes(assessment)


def test_a_status_word_misread_as_a_first_name_still_counts(tmp_path: Path) -> None:
    text = (
        "ملخص: المتهم صحفي يعمل في جريدة مستقلة، نشر في 2020 بتونس مقالات تنتقد الحكومة، ووجهت"
        " له تهمة نشر أخبار كاذبة. العقوبة: خمس سنوات.\n"
    )
    _, assessment = analyze(tmp_path, text)
    assert "misuse.journalist-media" in codes(assessment), held(assessment)


def test_a_time_barred_prosecution_raises_validity(tmp_path: Path) -> None:
    text = (
        "Oficio: el Juzgado Penal de Santa Cruz informa que, por auto de 4 de abril de 2024, se "
        "declaró prescrita la acción penal seguida contra Rubén ORTIZ por estafa, y solicita "
        "dejar sin efecto la difusión.\n"
    )
    _, assessment = analyze(tmp_path, text)
    assert "validity.status" in codes(assessment)


def test_a_journalist_victim_shot_by_the_subject_in_arabic(tmp_path: Path) -> None:
    text = (
        "طلب نشرة حمراء\nالاسم: سامر خليل حداد - تولد: 1990 - صيدا\n"
        "الجرم: القتل عمداً (المادة 549 من قانون العقوبات)\nالعقوبة: الإعدام\n"
        "ملخص الوقائع: بتاريخ 5/6/2022 في صيدا، انتظر المطلوب أمام المبنى ساعة كاملة ثم أطلق"
        " النار على الصحفي وليد منصور فأرداه قتيلا.\n"
    )
    _, assessment = analyze(tmp_path, text)
    assert "misuse.journalist-media" not in codes(assessment), assessment.flags


def test_a_status_word_that_starts_another_name_reading_is_about_that_person() -> None:
    from types import SimpleNamespace

    from pipeline.flags.lexical import _misread_other

    view = SimpleNamespace(quote=lambda a, b: "la periodista")
    page = SimpleNamespace(view=view)
    hit = SimpleNamespace(start=0, end=13)
    ctx = SimpleNamespace(others=[
        (["la", "periodista", "ana", "ruiz"], ["la", "periodista", "Ana", "Ruiz"]),
    ])
    assert _misread_other(page, hit, ctx) == "Ana Ruiz"  # type: ignore[arg-type]
    ctx.others = []
    assert _misread_other(page, hit, ctx) is None  # type: ignore[arg-type]


def test_a_bare_duration_after_the_charge_is_the_penalty(tmp_path: Path) -> None:
    text = (
        "Résumé des faits : le 8 mars 2022 à Thiès, Ibrahima FALL a volé sous la menace d'un "
        "couteau la recette d'une station-service. Qualification : vol avec violence (art. 364 "
        "du Code pénal), dix ans. Mandat d'arrêt n° 22/310 du 2 avril 2022.\n"
    )
    _, assessment = analyze(tmp_path, text)
    assert "compliance.judicial-data" not in codes(assessment), assessment.flags
    assert assessment.level == "no-concerns-found"


def test_a_demonstration_with_slogans_against_the_government_is_a_protest(tmp_path: Path) -> None:
    text = (
        "Hechos: el 11 de julio de 2021 en Holguín, el acusado Yoandri LEYVA participó en una "
        "manifestación frente al ayuntamiento y gritó consignas contra el gobierno. Delito: "
        "desórdenes públicos (art. 263 del Código Penal), pena de hasta 8 años.\n"
    )
    _, assessment = analyze(tmp_path, text)
    assert "misuse.protest-assembly" in codes(assessment)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Résumé : le requis est poursuivi pour entrée et séjour irréguliers au Sénégal depuis "
         "2021 (art. 5 de la loi 71-10).", "offense.administrative-private"),
        ("Hechos: la requerida es acusada de retención indebida de salarios de nueve empleados de "
         "su taller en 2022 en San Pedro Sula.", "offense.administrative-private"),
        ("ملخص: المطلوبة متهمة بالاعتداء على قيم الأسرة المصرية بسبب مقاطع مصورة نشرتها في 2021.",
         "offense.cultural-norms"),
        ("ملخص: المتهم محام يدافع عن معتقلي الرأي في وهران، ووجهت له تهمة التزوير عام 2020.",
         "misuse.human-rights-defender"),
        ("Résumé : M. Salah HAMDI a participé à des manifestations à Gafsa en 2018 et est "
         "poursuivi pour entrave à la circulation.", "misuse.protest-assembly"),
    ],
)
def test_more_wordings_of_prohibited_categories(tmp_path: Path, text: str, code: str) -> None:
    _, assessment = analyze(tmp_path, text + "\n")
    assert code in codes(assessment), (assessment.flags, held(assessment))


def test_the_subjects_own_partner_role_is_no_dispute_between_partners(tmp_path: Path) -> None:
    text = (
        "Hechos: entre marzo y junio de 2022, en Mendoza, Pablo ROSSI, socio gerente de Vinos del "
        "Oeste SRL, entregó a siete proveedores cheques de pago diferido por 30 millones de pesos "
        "que fueron rechazados por falta de fondos. Delito: libramiento de cheques sin fondos "
        "(art. 302 del Código Penal), pena de hasta cuatro años. Orden de detención de 2 de "
        "agosto de 2022.\n"
    )
    _, assessment = analyze(tmp_path, text)
    assert _flag(assessment, "offense.administrative-private").severity == "medium"


def test_a_warrant_word_with_its_date_is_the_warrant_reference(tmp_path: Path) -> None:
    from pipeline.flags.compliance import _judicial_data
    from pipeline.flags.engine import page_views

    text = (
        "Hechos: el 4 de marzo de 2022, en Valparaíso, Tomás REYES hirió de tres disparos a un "
        "guardia durante el asalto a un banco. Delito: robo con violencia (art. 436 del Código "
        "Penal), pena de presidio de cinco a veinte años.\nOrden de detención del Juzgado de "
        "Garantía de Valparaíso, 19 de marzo de 2022.\n"
    )
    packet, _ = analyze(tmp_path, text)
    assert _judicial_data(packet, page_views(packet)).warrant


# ---- who the word is about: victims of the subject, and exceptions the rules name (2026.11.28)


def test_a_journalist_named_across_a_line_break_is_another_person(tmp_path: Path) -> None:
    text = (
        "Name: PETRIDES, Andreas. Born 3/3/1980 in Limassol.\n"
        "Summary: On 4 May 2021 in Larnaca a parcel bomb sent by Andreas PETRIDES exploded at a\n"
        "print shop, killing its owner, the freelance journalist Eleni\nKOSTA. Charges: murder "
        "(section 203 of the Criminal Code). Maximum penalty: life imprisonment.\n"
    )
    _, assessment = analyze(tmp_path, text)
    assert "misuse.journalist-media" not in codes(assessment)
    assert "Eleni KOSTA" in held(assessment)["misuse.journalist-media"]


def test_a_journalist_killed_by_the_acts_described_is_a_victim(tmp_path: Path) -> None:
    text = (
        "Résumé des faits : le 4 mai 2021 à Lyon, une voiture piégée a explosé, tuant le "
        "journaliste d'investigation qui la conduisait. Qualification : assassinat (art. 221-3 du "
        "Code pénal), puni de la réclusion criminelle à perpétuité.\n"
    )
    _, assessment = analyze(tmp_path, text)
    assert "misuse.journalist-media" not in codes(assessment)
    assert "victim" in held(assessment)["misuse.journalist-media"]


@pytest.mark.parametrize(
    "text",
    [
        "Facts: On 9 March 2020 in Sucre, during a march of teachers, the accused Tomas VARGA "
        "drove his truck at the protesters and shot at them, killing two marchers. Charges: murder "
        "(article 251 of the Penal Code). Penalty: thirty years' imprisonment.\n",
        "Hechos: el 9 de marzo de 2020 en Sucre, mientras un grupo de maestros protestaba en la "
        "plaza, el acusado Tomás VARGA disparó con un fusil contra los manifestantes, quienes "
        "murieron en el lugar. Delito: homicidio doloso (art. 251 del Código Penal). "
        "Pena: treinta años de prisión.\n",
        "الوقائع: في 2020/03/09 بمدينة الكرك اعتقل عناصر الأمن الطالب سامي خليل بسبب مشاركته في "
        "الاحتجاجات، وقام المتهم رامي فارس بضربه بالعصي طوال الليل ما أدى إلى وفاته. "
        "التهمة: القتل العمد. العقوبة: الإعدام.\n",
    ],
)
def test_protesters_the_subject_killed_are_victims_not_his_assembly(
    tmp_path: Path, text: str
) -> None:
    _, assessment = analyze(tmp_path, text)
    assert "misuse.protest-assembly" not in codes(assessment), held(assessment)
    assert "setting of the crime" in held(assessment)["misuse.protest-assembly"]


def test_a_protester_charged_without_a_killing_is_still_raised(tmp_path: Path) -> None:
    text = (
        "Facts: On 9 March 2020 in Sucre the accused Tomas VARGA took part in the protests against "
        "the government and threw stones at a police car, which was damaged. Charges: damage to "
        "property (article 357 of the Penal Code). Penalty: four years' imprisonment.\n"
    )
    _, assessment = analyze(tmp_path, text)
    assert "misuse.protest-assembly" in codes(assessment), held(assessment)


def test_the_immigration_law_of_a_smuggling_charge_is_no_administrative_breach(
    tmp_path: Path,
) -> None:
    text = (
        "ملخص الوقائع: نقل المتهم سالم عمر عشرات الأشخاص عبر البحر مقابل المال انطلاقا من شاطئ "
        "صبراتة سنة 2019. التهمة: تهريب المهاجرين. السند القانوني: قانون مكافحة الهجرة غير "
        "الشرعية، المادة 4. العقوبة: السجن عشر سنوات.\n"
    )
    _, assessment = analyze(tmp_path, text)
    assert "offense.administrative-private" not in codes(assessment), held(assessment)
    assert "offense.administrative-private" in held(assessment)


def test_an_own_illegal_crossing_is_still_administrative(tmp_path: Path) -> None:
    text = (
        "Summary: On 2 June 2021 Omar FAYED crossed the state border on foot outside a checkpoint "
        "near Ruse. Charge: illegal border crossing (article 279 of the Criminal Code). "
        "Penalty: five years' imprisonment.\n"
    )
    _, assessment = analyze(tmp_path, text)
    assert "offense.administrative-private" in codes(assessment), held(assessment)


def test_an_exception_with_together_needs_both_a_cue_and_a_code() -> None:
    from pipeline.lexicons.schema import ExceptionRule

    rule = ExceptionRule(
        effect="hold", cues=["cue.victim-died"], iccs=["0101"], together=True, reason="r"
    )
    assert rule.found({"cue.victim-died"}, {"01011"})
    assert not rule.found({"cue.victim-died"}, {"0201"})
    assert not rule.found(set(), {"0101"})
    with pytest.raises(ValueError):
        ExceptionRule(effect="hold", cues=["cue.victim-died"], together=True, reason="r")


def test_a_conscript_in_national_service_before_a_military_court_is_no_civilian(
    tmp_path: Path,
) -> None:
    text = (
        "Summary: Dawit TEKLE joined national service at a training camp in 2012 and left his unit "
        "without leave in March 2015. Charge: desertion (article 300 of the Penal Code). "
        "Warrant issued by the military court of Keren on 2 May 2015. Penalty: five years.\n"
    )
    _, assessment = analyze(tmp_path, text)
    assert "misuse.political-opposition" not in codes(assessment)
    assert "armed forces" in held(assessment)["misuse.political-opposition"]


def test_leaving_without_an_exit_visa_is_an_administrative_breach(tmp_path: Path) -> None:
    text = (
        "ملخص الوقائع: غادر المدعو حامد نور البلاد عبر الحدود البرية دون تأشيرة خروج سنة 2018. "
        "التهمة: مغادرة البلاد دون تأشيرة خروج. العقوبة: السجن ثلاث سنوات.\n"
    )
    _, assessment = analyze(tmp_path, text)
    assert "offense.administrative-private" in codes(assessment), held(assessment)


@pytest.mark.parametrize(
    "text",
    [
        "Résumé : après les faits, M. Idrissa KANE s'est réfugié chez un cousin à Kayes, où il a "
        "été localisé en 2020. Qualification : vol à main armée. Peine : vingt ans.\n",
        "Hechos: tras el asalto, Mario PINTO se refugió en una finca de su hermano en Petén. "
        "Delito: robo agravado. Pena: doce años de prisión.\n",
    ],
)
def test_taking_refuge_somewhere_is_no_refugee_status(tmp_path: Path, text: str) -> None:
    _, assessment = analyze(tmp_path, text)
    assert "misuse.refugee-asylum" not in codes(assessment)


def test_refugee_status_after_taking_refuge_still_counts(tmp_path: Path) -> None:
    text = (
        "Résumé : M. Idrissa KANE s'est réfugié en Belgique, où il a obtenu le statut de réfugié "
        "en 2019. Qualification : outrage au chef de l'État. Peine : trois ans.\n"
    )
    _, assessment = analyze(tmp_path, text)
    assert "misuse.refugee-asylum" in codes(assessment)


def test_an_ex_minister_bribed_through_traced_accounts_is_ordinary_corruption(
    tmp_path: Path,
) -> None:
    text = (
        "Facts: Between 2015 and 2017 the accused Victor LANG, a former minister of transport, "
        "received 3 million dollars from a road contractor to award it a highway tender; the bank "
        "records obtained through mutual legal assistance show wire transfers from the "
        "contractor's accounts to a company of his brother-in-law. Charges: bribery; money "
        "laundering. Penalty: fifteen years' imprisonment.\n"
    )
    _, assessment = analyze(tmp_path, text)
    assert "misuse.political-opposition" not in codes(assessment), held(assessment)
    assert "traced through accounts" in held(assessment)["misuse.political-opposition"]


def test_an_ex_minister_charged_with_corruption_without_a_money_trail_is_raised(
    tmp_path: Path,
) -> None:
    text = (
        "Facts: The accused Victor LANG, a former minister of transport who joined an opposition "
        "bloc in 2019, is said to have abused his office when awarding a highway tender in 2016. "
        "Charge: bribery. Penalty: ten years' imprisonment.\n"
    )
    _, assessment = analyze(tmp_path, text)
    assert "misuse.political-opposition" in codes(assessment), held(assessment)


def test_penal_servitude_in_a_judgment_is_a_penalty_not_a_slavery_charge(tmp_path: Path) -> None:
    manifest = (
        "notice_type: red-notice\nissuing_country: CD\ndocuments:\n"
        "  notice.txt: red-notice\n  jugement.txt: judgment\n"
    )
    notice = (
        "Identité : MUKENDI Patrice, né le 2 mai 1975 à Kananga.\n"
        "Faits : le 4 juin 2019 à Kananga, l'intéressé a tué par balle un commerçant.\n"
        "Infraction : meurtre (art. 44 du Code pénal). Peine : servitude pénale à perpétuité.\n"
    )
    judgment = (
        "TRIBUNAL DE GRANDE INSTANCE DE KANANGA\nJugement RP 4411 du 9 mars 2021.\n"
        "Le tribunal déclare établi à charge de MUKENDI Patrice le fait d'avoir donné la mort à "
        "un commerçant et le condamne à la servitude pénale à perpétuité.\n"
    )
    _, assessment = _packet(tmp_path, manifest, {"notice.txt": notice, "jugement.txt": judgment})
    assert "consistency.charges" not in codes(assessment)


def test_a_woman_journalist_the_wanted_man_shot_is_a_victim_in_arabic(tmp_path: Path) -> None:
    text = (
        "الاسم: كريم سليم حداد\nملخص الوقائع: بتاريخ 3/5/2022 في طرابلس، لحق المطلوب الصحافية "
        "والمذيعة سلوى ناصر حتى باب منزلها وأطلق عليها النار فأرداها قتيلة.\n"
        "الجرم: القتل عمدا، المادة 549 من قانون العقوبات. العقوبة: الإعدام.\n"
    )
    _, assessment = analyze(tmp_path, text)
    assert "misuse.journalist-media" not in codes(assessment), held(assessment)


def test_a_woman_journalist_who_is_the_accused_is_still_raised_in_arabic(tmp_path: Path) -> None:
    text = (
        "الاسم: سلوى ناصر\nملخص الوقائع: نشرت المتهمة الصحافية سلوى ناصر سنة 2022 مقالا عن "
        "ضحايا انفجار المرفأ انتقدت فيه الحكومة.\n"
        "الجرم: نشر أخبار كاذبة، المادة 209 من قانون العقوبات. العقوبة: السجن ثلاث سنوات.\n"
    )
    _, assessment = analyze(tmp_path, text)
    assert "misuse.journalist-media" in codes(assessment), held(assessment)


@pytest.mark.parametrize(
    "text",
    [
        "Hechos: el 3 de mayo de 2021 en Cali, durante las protestas del paro nacional, el "
        "acusado Jorge RÍOS, agente de policía, disparó contra los manifestantes y causó la muerte "
        "de dos jóvenes. Delito: homicidio agravado (art. 104 del Código Penal). "
        "Pena: cuarenta años de prisión.\n",
        "الوقائع: بتاريخ 3/5/2021 في البصرة، وخلال الاحتجاجات على انقطاع الكهرباء، أطلق المتهم "
        "علي كاظم النار على المتظاهرين فقتل اثنين منهم. التهمة: القتل العمد، المادة 406 من "
        "قانون العقوبات. العقوبة: الإعدام.\n",
        "Faits : le 3 mai 2021 à Conakry, lors d'une manifestation contre le gouvernement, "
        "l'accusé Mamadou DIALLO, gendarme, a ouvert le feu sur le cortège et a causé la mort de "
        "deux manifestants. Qualification : meurtre (art. 190 du Code pénal). "
        "Peine : réclusion à perpétuité.\n",
    ],
)
def test_a_killing_of_protesters_worded_otherwise_is_still_the_setting(
    tmp_path: Path, text: str
) -> None:
    _, assessment = analyze(tmp_path, text)
    assert "misuse.protest-assembly" not in codes(assessment), held(assessment)


@pytest.mark.parametrize("text", [
    "Summary of facts: between 2014 and 2016, at a military detention camp near Kandahar, the "
    "accused Farid NOORZAI, the camp commander, had prisoners beaten and given electric shocks "
    "to make them name their relatives.\nCharge: crimes against humanity (article 7 of the Rome "
    "Statute), war crimes. Maximum penalty: thirty years' imprisonment.\n",
    "Exposé des faits : de 2012 à 2014, dans un centre de détention de Bangui, le nommé "
    "KOYAMBA Serge, chef de poste, a infligé des décharges électriques à des détenus pour "
    "obtenir des aveux.\nQualification : crimes contre l'humanité. Peine encourue : réclusion "
    "criminelle à perpétuité.\n",
    "Hechos: entre 1999 y 2001, en un cuartel de Cobán, el requerido Aníbal PORRAS TUM, "
    "teniente, aplicó descargas eléctricas a campesinos detenidos.\nDelito: imposición de "
    "tormentos (art. 144 ter del Código Penal). Pena máxima: 25 años de prisión.\n",
])
def test_torture_the_subject_is_charged_with_is_not_coerced_evidence(
    tmp_path: Path, text: str
) -> None:
    _, assessment = analyze(tmp_path, text)
    assert "misuse.coerced-evidence" not in codes(assessment), assessment.flags
    assert "misuse.coerced-evidence" in held(assessment)


def test_the_same_article_worded_as_two_classes_is_not_a_charge_conflict(
    tmp_path: Path,
) -> None:
    notice = (
        "RED NOTICE REQUEST - NCB Beirut\nName: Karim Fouad HADDAD\nDate of birth: 02/03/1985\n"
        "Charge: armed robbery (article 638 of the Penal Code), punishable by fifteen years.\n"
        "Summary of facts: on 5 May 2022 in Tripoli the accused held up a jeweller with a "
        "pistol and took gold worth USD 80,000.\nArrest warrant no. 2022/71 of 9 June 2022.\n"
    )
    warrant = (
        "الجمهورية اللبنانية - قاضي التحقيق في الشمال\nمذكرة توقيف رقم 2022/71\n"
        "بحق كريم فؤاد حداد لاتهامه بجناية السرقة بحمل السلاح سنداً للمادة 638 من قانون "
        "العقوبات، بتاريخ 9/6/2022.\n"
    )
    manifest = (
        "notice_type: red-notice\nissuing_country: LB\ndocuments:\n"
        "  notice.txt: red-notice\n  warrant.txt: arrest-warrant\n"
    )
    _, assessment = _packet(tmp_path, manifest, {"notice.txt": notice, "warrant.txt": warrant})
    assert "consistency.charges" not in codes(assessment), assessment.flags


def test_a_statement_before_the_judge_names_no_second_person() -> None:
    from pipeline.records import Page
    from pipeline.understand.pageview import view_page
    from pipeline.understand.subject import read_subject

    text = (
        "محضر أقوال المتهم أمام قاضي التحقيق (مقتطف): أنكر المتهم ما نسب إليه، وقال إنه "
        "كان في عمله يوم الواقعة.\n"
    )
    view = view_page("x", Page(number=1, text=text, method="text-layer"), "ar")
    names = [f.value for f in read_subject([view]).names]
    assert not any("قاضي" in n for n in names), names


@pytest.mark.parametrize("text", [
    "Summary of facts: in March 2021, in Kisumu, the accused bribed a former minister to "
    "obtain a road contract worth KES 90 million.\nCharge: bribery (section 46 of the "
    "Anti-Corruption Act). Maximum penalty: ten years' imprisonment.\n",
    "Résumé des faits : en mars 2021, à Kindia, l'intéressé a remis à un ancien ministre une "
    "enveloppe de 40 millions de francs guinéens pour obtenir un marché public.\nQualification "
    ": corruption active (art. 771 du Code pénal). Peine encourue : dix ans d'emprisonnement.\n",
    "Hechos: en marzo de 2021, en Quetzaltenango, el sindicado pidió a un exdiputado que le "
    "consiguiera una licencia de importación a cambio de Q50,000.\nDelito: cohecho activo "
    "(art. 442 del Código Penal). Pena máxima: diez años de prisión.\n",
    "الوقائع: في شهر آذار 2021 في مدينة إربد قام المتهم بدفع رشوة إلى وزير سابق مقابل "
    "ترخيص مصنع.\nالتهمة: الرشوة (المادة 172 من قانون العقوبات). العقوبة: الأشغال المؤقتة "
    "حتى عشر سنوات.\n",
])
def test_a_status_word_after_a_verb_of_the_subject_names_another_person(
    tmp_path: Path, text: str
) -> None:
    _, assessment = analyze(tmp_path, text)
    assert "misuse.political-opposition" not in codes(assessment), assessment.flags
    assert "dealt with" in held(assessment).get("misuse.political-opposition", "")


def test_a_status_word_in_apposition_before_the_verb_stays_the_subjects(tmp_path: Path) -> None:
    text = (
        "Summary of facts: in March 2021, in Kisumu, the accused, a former minister, paid "
        "KES 90 million of public funds into his brother's company.\nCharge: embezzlement "
        "(section 45 of the Anti-Corruption Act). Maximum penalty: ten years' imprisonment.\n"
    )
    _, assessment = analyze(tmp_path, text)
    assert "misuse.political-opposition" in codes(assessment), held(assessment)
