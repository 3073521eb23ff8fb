"""Misuse indicators worded the ordinary other ways public reporting, NGO and court documents
word them (lexicons/flags-misuse.yaml 2026.11.9), and the same words about a victim, a
witness or under a negation, which must not raise the flag.

Every text is fictional and written for these tests (no evaluation case text).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_flags import analyze, codes, held

RAISED = [
    # human-rights defenders: other titles, and the work rather than a title
    ("Summary of facts: the accused Daniel OKORO, a rights advocate in Port Harcourt, is charged "
     "with forgery of a land title (section 467 of the Criminal Code), punishable by 14 years.",
     "misuse.human-rights-defender"),
    ("Summary: Farid NAZAROV is charged with tax evasion; the case was opened after years of "
     "documenting human rights violations in the prisons of the region.",
     "misuse.human-rights-defender"),
    ("Résumé des faits : Mme Awa DIALLO, défenseure des droits et responsable associative à "
     "Thiès, est poursuivie pour escroquerie (art. 379 du Code pénal).",
     "misuse.human-rights-defender"),
    ("Hechos: la imputada Rosa QUISPE, dirigente campesina y defensora del territorio en "
     "Cajamarca, es acusada de usurpación agravada (art. 204 del Código Penal).",
     "misuse.human-rights-defender"),
    ("ملخص الوقائع: المتهم سامي الحداد، وهو مناضل حقوقي في بنغازي، ووجهت إليه تهمة التزوير"
     " سنة 2021.",
     "misuse.human-rights-defender"),
    # journalists and media workers
    ("Summary: the accused Lena MARKOVA, a reporter for the independent daily in Minsk, is "
     "charged with tax evasion (Article 243 of the Criminal Code).", "misuse.journalist-media"),
    ("Hechos: el acusado Iván ROJAS, comunicador de una emisora comunitaria de Estelí, es "
     "procesado por lavado de dinero.", "misuse.journalist-media"),
    ("ملخص: المطلوب كريم ناصر، وهو مراسل قناة فضائية في القاهرة، ووجهت إليه تهمة الاحتيال"
     " سنة 2020.",
     "misuse.journalist-media"),
    # opposition figures and officials who broke with the government
    ("Summary: Timur ALIYEV, an opponent of the regime living in Vilnius, is wanted for fraud "
     "(Article 190 of the Criminal Code).", "misuse.political-opposition"),
    ("Summary: Viktor SOKOL, a former deputy minister who fell out with the president in 2019, is "
     "charged with abuse of office.", "misuse.political-opposition"),
    ("Résumé : M. Idrissa KONE, opposant au pouvoir en place depuis 2015, est poursuivi pour "
     "détournement de deniers publics.", "misuse.political-opposition"),
    ("Hechos: el requerido Luis PAZ, simpatizante de la oposición, es acusado de estafa en "
     "Caracas en 2019.", "misuse.political-opposition"),
    ("ملخص: المتهم ماجد العلي معارض للنظام يقيم في إسطنبول، ومطلوب بتهمة الاختلاس.",
     "misuse.political-opposition"),
    # religious minorities
    ("Summary: the accused Reza KARIMI, a member of a religious minority, is charged with "
     "forming an illegal group.", "misuse.religious-minority"),
    ("Hechos: el acusado Pedro LIN organizaba reuniones de oración en su domicilio de Wenzhou y "
     "es acusado de fraude.", "misuse.religious-minority"),
    ("ملخص: المتهم عادل سمير ينتمي إلى أقلية دينية، ووجهت إليه تهمة الإخلال بالنظام.",
     "misuse.religious-minority"),
    # ethnic minorities
    ("Summary: the accused Ali RAHIMI, a Hazara from Quetta, is charged with arson.",
     "misuse.ethnic-minority"),
    ("ملخص: المتهم يوسف أكلي من الأمازيغ في منطقة القبائل، ووجهت إليه تهمة التخريب.",
     "misuse.ethnic-minority"),
    # protest and assembly
    ("Summary: on 4 June 2021 the accused Omar SALEH took to the streets of Khartoum with "
     "thousands of others; he is charged with damaging a bus.", "misuse.protest-assembly"),
    ("Hechos: el acusado Marvin LÓPEZ participó en los tranques de Masaya en junio de 2018; se le "
     "imputa secuestro simple.", "misuse.protest-assembly"),
    # speech-based charges
    ("Charges: anti-government propaganda and disseminating rumours (Articles 500 and 698 of the "
     "Penal Code).", "misuse.speech-offense"),
    ("التهم: إثارة البلبلة والإساءة إلى سمعة البلاد عبر منصات التواصل.", "misuse.speech-offense"),
    # coerced evidence
    ("Statement: at the police station he was forced to confess to the robbery.",
     "misuse.coerced-evidence"),
    ("Declaración: en la comisaría lo obligaron a confesar el robo.", "misuse.coerced-evidence"),
    ("إفادة: أجبر على الاعتراف بالسرقة في مركز الشرطة.", "misuse.coerced-evidence"),
    # in absentia
    ("Summary: on 2 May 2019 Arman SEITOV was convicted in his absence by the district court and "
     "sentenced to eight years.", "misuse.in-absentia"),
    ("Resumen: el 3 de marzo de 2018 el tribunal de Quito lo condenó tras haber sido juzgado en su "
     "ausencia a seis años de prisión.", "misuse.in-absentia"),
    # refugees and protection elsewhere
    ("Counsel's letter: the Canadian tribunal found that my client has a well-founded fear of "
     "persecution in his country.", "misuse.refugee-asylum"),
    # business disputes with the state
    ("Summary: in 2020 the company of Ruslan BEKOV filed an arbitration against the state over a "
     "mining licence; he is charged with embezzlement.", "misuse.business-dispute-state"),
    ("Hechos: el imputado Jorge MEJÍA se negó a vender su empresa al sobrino del gobernador y fue "
     "acusado de evasión fiscal meses después.", "misuse.business-dispute-state"),
    ("ملخص: بعد الاستيلاء على شركته من قبل مسؤولين، وجهت إلى المتهم تهمة التهرب الضريبي.",
     "misuse.business-dispute-state"),
    # political timing
    ("Summary: the fraud case against Emeka OBI was opened two weeks after announcing his run "
     "for governor.", "misuse.political-timing"),
    ("Résumé : la plainte contre M. Jean MBALLA a été déposée après la présidentielle de 2018.",
     "misuse.political-timing"),
    ("Hechos: la denuncia contra el imputado se presentó pocos días antes de las elecciones "
     "presidenciales de 2023.", "misuse.political-timing"),
    ("ملخص: فتح التحقيق مع المتهم بعد ترشحه للانتخابات البلدية.", "misuse.political-timing"),
]


@pytest.mark.parametrize(("text", "code"), RAISED)
def test_ordinary_other_wordings_raise_the_indicator(tmp_path: Path, text: str, code: str) -> None:
    _, assessment = analyze(tmp_path, text + "\n")
    assert code in codes(assessment), (assessment.flags, held(assessment))


HELD = [
    # a rights advocate the subject killed is the victim
    ("Summary of facts: on 3 May 2022 in Lagos the accused Musa BELLO, after a long quarrel over a "
     "plot of land, stabbed a well-known rights advocate in front of her office. Charge: murder "
     "(section 319 of the Criminal Code), punishable by death.", "misuse.human-rights-defender"),
    # a human-rights defender heard as a witness
    ("Hechos: el 9 de abril de 2021 el acusado Raúl SOTO robó un camión en Tumbes. Declaró como "
     "testigo una defensora de derechos del barrio. Delito: robo agravado, pena de doce años.",
     "misuse.human-rights-defender"),
    # negated status words
    ("Summary: the accused Karim SAAB is not a member of a religious minority; he is charged "
     "with armed robbery in Tripoli.", "misuse.religious-minority"),
    ("Résumé : l'intéressé n'a jamais été opposant au pouvoir ni membre d'un parti d'opposition ; "
     "il est poursuivi pour vol à main armée à Abidjan.", "misuse.political-opposition"),
    # a journalist the subject shot
    ("ملخص الوقائع: بتاريخ 5/6/2020 في حمص، انتظر المطلوب أمام المنزل ثم أطلق النار على مراسل"
     " قناة محلية فأرداه قتيلا.", "misuse.journalist-media"),
]


@pytest.mark.parametrize(("text", "code"), HELD)
def test_the_same_words_about_a_victim_a_witness_or_negated_do_not(
    tmp_path: Path, text: str, code: str
) -> None:
    _, assessment = analyze(tmp_path, text + "\n")
    assert code not in codes(assessment), assessment.flags
    assert code in held(assessment)  # the words were read, and held back with a reason


def test_leaving_office_alone_is_not_political_timing(tmp_path: Path) -> None:
    """An ex-official charged after leaving office is an ordinary corruption pattern too: the
    timing phrases name a candidacy, a defection or criticism, not the end of a term."""
    text = (
        "Summary: the accused Paul NDLOVU, a former municipal manager, was charged in 2022 after "
        "he left office with fraud in the award of a road contract (section 2 of the Act), "
        "punishable by 15 years.\n"
    )
    _, assessment = analyze(tmp_path, text)
    assert "misuse.political-timing" not in codes(assessment), assessment.flags


# ---- 2026.11.28: each indicator read as a class of wording, not as the phrases of one file ----

CLASS_RAISED = [
    # political timing: the subject's own public act (report, speech, break with the government)
    ("Summary: the tax case against Daniel VOSS was opened eleven days after his report on the "
     "mayor's land deals appeared in a weekly.", "misuse.political-timing"),
    ("Résumé : l'information judiciaire contre M. Karim BENALI a été ouverte deux semaines après "
     "son discours devant le congrès du parti.", "misuse.political-timing"),
    ("Hechos: la querella contra el imputado Tomás ARIAS se presentó semanas después de que el "
     "exgobernador rompiera con el gobierno nacional.", "misuse.political-timing"),
    ("ملخص: فتح التحقيق مع المتهم سامر الخطيب بعد أيام من نشره تحقيقا عن صفقات الوزارة.",
     "misuse.political-timing"),
    # political timing: a change of power as the event
    ("Summary: the embezzlement case against Omar FAROUK was opened in 2012, shortly after the "
     "fall of the regime, for contracts signed in 2008.", "misuse.political-timing"),
    ("Résumé : les poursuites contre M. Paul NGOMA ont été engagées au lendemain du changement "
     "de régime de 2019.", "misuse.political-timing"),
    ("Hechos: la causa contra el imputado se abrió poco después del estallido social de octubre "
     "de 2019.", "misuse.political-timing"),
    ("ملخص: حركت الدعوى ضد المتهم عقب سقوط النظام السابق بأسابيع.", "misuse.political-timing"),
    # political timing: protests against a third term, other words for a failed coup
    ("Faits : en 2020, l'intéressé a animé les marches contre un troisième mandat à Conakry.",
     "misuse.political-timing"),
    ("Hechos: el imputado apoyó el golpe fallido de 2002 desde una emisora local.",
     "misuse.political-timing"),
    # religious minorities: other names of the faiths, converts and apostates
    ("Summary: the accused Hamid RAZA, a member of the Ahmadiyya community in Lahore, is charged "
     "with forgery.", "misuse.religious-minority"),
    ("Résumé : M. Karim SAIDI, chrétien évangélique, est poursuivi pour escroquerie à Oran.",
     "misuse.religious-minority"),
    ("Hechos: la imputada Laila OMAR, apóstata según la denuncia de su familia, es acusada de "
     "falsedad documental.", "misuse.religious-minority"),
    ("ملخص: المتهم من القاديانيين ووجهت إليه تهمة التزوير.", "misuse.religious-minority"),
    # religious minorities: the case turns on religion without a named group
    ("Summary: the complaint says the accused's marriage is void because she married a non-Muslim; "
     "she is charged with adultery.", "misuse.religious-minority"),
    ("ملخص: رفض المتهم أمام النيابة العودة إلى الإسلام، ووجهت إليه تهمة الإخلال بالنظام العام.",
     "misuse.religious-minority"),
    # human-rights defenders: roles and work
    ("Summary: the accused Leo MARTIN is a community paralegal in Durban; he is charged with "
     "theft.", "misuse.human-rights-defender"),
    ("Résumé : M. Issa DIOP, militant antiesclavagiste, est poursuivi pour rébellion.",
     "misuse.human-rights-defender"),
    ("Hechos: la imputada Ana RUIZ, integrante de un colectivo de búsqueda en Sinaloa, es acusada "
     "de extorsión.", "misuse.human-rights-defender"),
    ("ملخص: المتهم منسق شبكة حقوقية في البصرة، ووجهت إليه تهمة حيازة سلاح.",
     "misuse.human-rights-defender"),
    ("Summary: the accused Tom REED runs a network that documents enforced disappearances in the "
     "north; he is charged with fraud.", "misuse.human-rights-defender"),
    ("Résumé : l'intéressé dénonçait depuis des années l'esclavage dans les plantations ; il est "
     "poursuivi pour escroquerie.", "misuse.human-rights-defender"),
    ("Résumé : M. Ali SOW, qui prétend défendre les éleveurs de la vallée, est poursuivi pour "
     "trouble à l'ordre public.", "misuse.human-rights-defender"),
    # ethnic minorities: further groups
    ("Résumé : M. Sidi BOUBACAR, haratine de Kaédi, est poursuivi pour outrage.",
     "misuse.ethnic-minority"),
    # speech given aloud as the facts
    ("Résumé : le 3 mai 2018 à Tambacounda, l'intéressé a tenu des propos hostiles au préfet "
     "devant les commerçants du marché.", "misuse.speech-offense"),
    ("Summary: on 9 July 2019 the accused addressed the rally in front of the ministry; he is "
     "charged with damaging a fence.", "misuse.speech-offense"),
    # political opposition: campaigning for independence or self-determination
    ("Summary: the accused Jonas WAKE lives in exile, from where he campaigns for a referendum on "
     "independence for the islands; he is charged with fraud.", "misuse.political-opposition"),
]


@pytest.mark.parametrize(("text", "code"), CLASS_RAISED)
def test_each_indicator_reads_its_class_of_wording(tmp_path: Path, text: str, code: str) -> None:
    _, assessment = analyze(tmp_path, text + "\n")
    assert code in codes(assessment), (assessment.flags, held(assessment))


def test_a_faith_charge_is_both_a_religious_offence_and_a_minority_indicator(
    tmp_path: Path,
) -> None:
    text = ("Charges: proselytism and worship without authorisation (Articles 11 and 13 of the "
            "Ordinance), punishable by 3 years.\n")
    _, assessment = analyze(tmp_path, text)
    assert {"article3.religious", "misuse.religious-minority"} <= codes(assessment), (
        assessment.flags
    )


CLASS_NOT_RAISED = [
    # a victim who posted photographs: her act is not the subject's public act
    ("Summary: on 3 May 2021 in Amman the accused Khaled NASSER beat his sister to death after she "
     "posted photographs on social media. Charge: murder (Article 326 of the Penal Code), "
     "punishable by 20 years.", "misuse.political-timing"),
    # a victim's report to the police
    ("Summary: on 2 June 2020 the victim went to the police; following her report, the police "
     "opened an investigation and the accused Ivan PETROV was charged with rape (Article 131), "
     "punishable by 15 years.", "misuse.political-timing"),
    # counsel for the victims defends their rights: no defender status of the subject
    ("Résumé : le 4 mars 2019 à Lyon, l'accusé Marc DUBOIS a poignardé son voisin. Maître Leroy, "
     "chargé de défendre les droits des victimes, s'est constitué partie civile. Qualification : "
     "meurtre (art. 221-1 du Code pénal), 30 ans de réclusion.", "misuse.human-rights-defender"),
    # bank documents and account monitoring are not documenting abuses
    ("Summary: the accused Ali KAYA, manager of a bank branch, forged the documents of 40 clients "
     "and was monitoring their accounts; he embezzled 2 million euros (Article 247), punishable "
     "by 10 years.", "misuse.human-rights-defender"),
    # a suspect who says he was tortured is not thereby a defender
    ("Hechos: el 5 de enero de 2020 el imputado Pedro SOLIS mató a su socio en Lima. En su "
     "declaración denunció torturas en la comisaría. Delito: homicidio (art. 106), pena de 20 "
     "años.", "misuse.human-rights-defender"),
    # threats spoken aloud are an ordinary offence
    ("Résumé : le 2 avril 2021 à Nantes, l'intéressé a tenu des propos menaçants envers sa voisine "
     "puis l'a frappée. Qualification : violences volontaires (art. 222-13), 3 ans.",
     "misuse.speech-offense"),
]


@pytest.mark.parametrize(("text", "code"), CLASS_NOT_RAISED)
def test_the_same_classes_do_not_read_victims_counsel_or_ordinary_files(
    tmp_path: Path, text: str, code: str
) -> None:
    _, assessment = analyze(tmp_path, text + "\n")
    assert code not in codes(assessment), assessment.flags


def test_an_independence_cause_with_a_killing_in_the_sentence_is_held_back(tmp_path: Path) -> None:
    text = ("Summary: on 12 May 2019 the accused Iker ZABALA, a member of an armed "
            "pro-independence group, placed a bomb that killed two police officers. Charge: "
            "terrorist murder (Article 572), punishable by 30 years.\n")
    _, assessment = analyze(tmp_path, text)
    assert "misuse.political-opposition" not in codes(assessment), assessment.flags
    assert "misuse.political-opposition" in held(assessment)


# Indirect wordings of roles, events and disputes (lexicons 2026.11.28, batch b2 misses):
# other names for the same role (a former member of the bar, the host of a channel, the
# founder of a weekly), the same event told with a date between the words ("fundó en 2001 el
# semanario"), and the marks of coercion next to a statement. Our own fictional wording.
INDIRECT_RAISED = [
    ("Summary: Oleg VASIN, a former member of the bar in Almaty, is wanted for forgery of "
     "documents (Article 385), punishable by 3 years.", "misuse.human-rights-defender"),
    ("Résumé : M. Karim TOURE, qui apporte une aide juridique aux familles de détenus, est "
     "poursuivi pour faux en écriture (art. 441-1), 3 ans.", "misuse.human-rights-defender"),
    ("ملخص: المتهم نادر الخطيب يدير من الخارج صفحة يوثق فيها أوضاع المعتقلين، ووجهت إليه تهمة "
     "غسل الأموال سنة 2022.", "misuse.human-rights-defender"),
    ("Hechos: la imputada Marta LEIVA publica listas de víctimas civiles de los operativos y es "
     "acusada de estafa (art. 173), pena de 6 años.", "misuse.human-rights-defender"),
    ("Summary: the accused Pavel DUBOV is well known as the host of the programme on regional "
     "budgets; he is charged with fraud (Article 159), punishable by 10 years.",
     "misuse.journalist-media"),
    ("Hechos: el requerido Tomás ARCE fundó en 2001 el semanario independiente de Chiclayo y es "
     "acusado de lavado de activos (art. 1), pena de 15 años.", "misuse.journalist-media"),
    ("Summary: the accused Emil KASYMOV is a member of the political council of a banned "
     "movement; he is charged with fraud (Article 190).", "misuse.political-opposition"),
    ("ملخص: المتهم خالد الراشد من الموقعين على عريضة الإصلاح، ووجهت إليه تهمة تمويل الإرهاب.",
     "misuse.political-opposition"),
    ("Renseignements : l'intéressé, éleveur peul de la région de Mopti, est soupçonné de "
     "complicité d'actes de terrorisme.", "misuse.ethnic-minority"),
    ("Faits : les soupçons reposent sur son appartenance communautaire et ses voyages fréquents ; "
     "il est poursuivi pour association de malfaiteurs.", "misuse.ethnic-minority"),
    ("The case was heard in the absence of the defendant, who lives abroad; he was sentenced to "
     "8 years for fraud (Article 190).", "misuse.in-absentia"),
    ("Hechos: el tribunal dictó sentencia en ausencia del acusado, que reside en el extranjero, y "
     "lo condenó a 6 años por estafa.", "misuse.in-absentia"),
    ("Summary: the co-accused said his statement was signed after a night at the station, and "
     "a doctor recorded bruising to his ribs two days later. Charge: robbery (Article 162), "
     "10 years.", "misuse.coerced-evidence"),
    ("Letter from counsel: in 2019 a firm part-owned by the deputy governor's nephew made an offer "
     "to buy his stake; he declined, and the embezzlement case was opened in 2020.",
     "misuse.business-dispute-state"),
    ("Extracto: el ministerio resolvió el contrato de la obra y la empresa lo demandó en la vía "
     "contencioso-administrativa; meses después se imputó al gerente por peculado.",
     "misuse.business-dispute-state"),
]


@pytest.mark.parametrize(("text", "code"), INDIRECT_RAISED)
def test_indirect_wordings_of_roles_events_and_disputes(
    tmp_path: Path, text: str, code: str
) -> None:
    _, assessment = analyze(tmp_path, text + "\n")
    assert code in codes(assessment), assessment.flags


INDIRECT_NOT_RAISED = [
    # the victim's own account of the blows is the crime, not coercion of a statement
    ("Summary: on 4 May 2021 in Tver the accused punched the victim; the victim's statement and "
     "the medical report record bruising to the face. Charge: robbery (Article 162), 10 years.",
     "misuse.coerced-evidence"),
    # an offer to buy between private partners, no official involved
    ("Summary: after his partner declined the offer to buy her shares, the accused forged her "
     "signature on a transfer deed (Article 327), punishable by 4 years.",
     "misuse.business-dispute-state"),
    # a detention ordered in the absence of the defendant is no trial
    ("Warrant: the court ordered detention in custody in the absence of the defendant, who had "
     "fled; charge: murder (Article 105), up to 20 years.", "misuse.in-absentia"),
]


@pytest.mark.parametrize(("text", "code"), INDIRECT_NOT_RAISED)
def test_indirect_wordings_do_not_read_victims_partners_or_pretrial_measures(
    tmp_path: Path, text: str, code: str
) -> None:
    _, assessment = analyze(tmp_path, text + "\n")
    assert code not in codes(assessment), assessment.flags


def test_sermons_from_the_mosque_pulpit_are_religious_ministry(tmp_path: Path) -> None:
    text = ("Summary: in 2017 in Sitra the accused, a cleric, gave Friday sermons criticising the "
            "authorities; he is charged with inciting hatred of the regime (Article 165), "
            "punishable by 3 years.\n")
    _, assessment = analyze(tmp_path, text)
    assert "misuse.religious-minority" in codes(assessment), assessment.flags


def test_a_suspicion_inferred_from_status_is_vague_facts(tmp_path: Path) -> None:
    text = ("Faits : l'intéressé est soupçonné de soutenir un groupe armé, ce que laissent "
            "présumer ses origines et ses voyages vers la frontière. Infraction : association "
            "de malfaiteurs (art. 333), 10 ans.\n")
    _, assessment = analyze(tmp_path, text)
    assert "compliance.vague-facts" in codes(assessment), assessment.flags
