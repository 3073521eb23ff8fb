"""Behaviour tests for the classes the b13 development cases exposed as false alarms of the
misuse and category flags: each fixed by a rule or a lexicon entry, with a counterpart that must
still read the other way.

Each text is fictional and written for the test; none is taken from a case file.
"""

from __future__ import annotations

from pathlib import Path

from tests.test_flags import analyze, codes, held

# ---------------------------------------------------------------- the person the subject approached

ROBBED_DELEGATE = (
    "Résumé des faits en vue d'une notice rouge\n"
    "Personne recherchée : MARCHAL, Kevin, né le 3 mai 1997 à Liège, de nationalité belge.\n"
    "Le 9 mars 2023, vers 16 h, rue Neuve à Bruxelles, à l'issue d'un rassemblement syndical,"
    " l'intéressé a abordé un délégué syndical de 48 ans et lui a arraché sa sacoche. La victime"
    " ayant résisté, l'intéressé lui a porté un coup de couteau au thorax avant de s'enfuir.\n"
    "Préventions : vol avec violences à l'aide d'une arme (articles 468 et 471 du Code pénal).\n"
    "Peine : réclusion de dix à quinze ans.\n"
)

DELEGATE_CHARGED = (
    "Résumé des faits en vue d'une notice rouge\n"
    "Personne recherchée : MARCHAL, Kevin, né le 3 mai 1997 à Liège, de nationalité belge.\n"
    "L'intéressé, délégué syndical de la centrale des transports, a organisé le 9 mars 2023 un"
    " piquet de grève devant le dépôt de Haren et a été inculpé d'entrave méchante à la"
    " circulation.\n"
    "Préventions : entrave méchante à la circulation (article 406 du Code pénal).\n"
    "Peine : réclusion de cinq à dix ans.\n"
)


def test_a_union_delegate_the_subject_approached_and_robbed_is_not_the_subject(
    tmp_path: Path,
) -> None:
    """"a abordé un délégué syndical": the delegate is the person robbed, the active form of
    the victim-role "a été abordé par"."""
    _packet, assessment = analyze(tmp_path, ROBBED_DELEGATE)
    assert "misuse.human-rights-defender" not in codes(assessment)
    assert "another person" in held(assessment)["misuse.human-rights-defender"]


def test_a_union_delegate_charged_over_a_picket_is_still_flagged(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, DELEGATE_CHARGED)
    assert "misuse.human-rights-defender" in codes(assessment)


# ---------------------------------------------------------------- the toll of a bombing

MARKET_BOMBING = (
    "Demande de notice rouge\n"
    "Identité : OUMAROU BELLO, Ali, né vers 1988 à Mora, de nationalité camerounaise.\n"
    "Exposé des faits : Le 4 mars 2016, vers 9 h, un engin explosif a détoné au marché de Mora,"
    " faisant douze morts et une trentaine de blessés. L'enquête a établi que l'intéressé a"
    " acheminé l'engin depuis la frontière et l'a remis au poseur.\n"
    "Qualifications : actes de terrorisme, assassinats (loi n° 2014/028, article 2 ; article 276"
    " du Code pénal).\nPeine encourue : peine de mort.\n"
    "Mandat : mandat d'arrêt n° 12/2016 décerné le 2 mai 2016 par le juge d'instruction"
    " militaire près le Tribunal militaire de Maroua.\n"
)

CIVILIAN_POST_MILITARY_COURT = (
    "Demande de notice rouge\n"
    "Identité : OUMAROU BELLO, Ali, né vers 1988 à Mora, de nationalité camerounaise.\n"
    "Exposé des faits : Le 4 mars 2016, l'intéressé, enseignant, a publié sur sa page Facebook"
    " un texte reprochant à l'armée des exactions contre les villageois de Mora.\n"
    "Qualifications : outrage aux corps constitués (article 152 du Code pénal).\n"
    "Peine encourue : cinq ans d'emprisonnement.\n"
    "Mandat : mandat d'arrêt n° 12/2016 décerné le 2 mai 2016 par le juge d'instruction"
    " militaire près le Tribunal militaire de Maroua.\n"
)


def test_a_bombing_told_by_its_toll_holds_the_military_court_back(tmp_path: Path) -> None:
    """"faisant douze morts" says people died in the attack charged: the military court
    names the forum of a deadly attack, not an opposition figure."""
    _packet, assessment = analyze(tmp_path, MARKET_BOMBING)
    assert "misuse.political-opposition" not in codes(assessment)
    assert "deadly attack" in held(assessment)["misuse.political-opposition"]


def test_a_civilian_before_a_military_court_for_a_post_is_still_flagged(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, CIVILIAN_POST_MILITARY_COURT)
    assert "misuse.political-opposition" in codes(assessment)


# ---------------------------------------------------------------- a distance is no time connective

PIROGUE_ON_VOTE_NIGHT = """ملخص الوقائع:
ليلة 29 إلى 30 يونيو 2024، وهي ليلة الاقتراع في الانتخابات الرئاسية، انطلقت من شاطئ يقع
على بعد نحو ثلاثين كيلومتراً شمال المدينة زورق صيد يقلّ 174 شخصاً نظّم المطلوب رحلتهم.
التهم: تهريب المهاجرين ضمن جماعة منظمة.
العقوبة القصوى: السجن عشرين سنة.
أمر القبض: صادر عن قاضي التحقيق بمحكمة نواذيبو بتاريخ 2024/07/18.
"""

WARRANT_AFTER_THE_VOTE = """ملخص الوقائع:
جرت الانتخابات الرئاسية بتاريخ 2024/06/29، وأعلن المطلوب، وهو مدون معارض، رفضه لنتائجها.
التهم: التحريض على التجمهر.
العقوبة القصوى: السجن خمس سنوات.
أمر القبض: صادر عن قاضي التحقيق بمحكمة نواذيبو بتاريخ 2024/07/18.
"""

CHARGED_AFTER_THE_VOTE = """ملخص الوقائع:
بعد الانتخابات الرئاسية لسنة 2024 بأسبوع، حركت النيابة العامة الدعوى ضد المطلوب، وهو
صاحب مقالات تنتقد فرز الأصوات.
التهم: نشر أخبار كاذبة.
العقوبة القصوى: السجن خمس سنوات.
"""


def test_a_place_at_a_distance_is_no_timing_sign(tmp_path: Path) -> None:
    """"على بعد ثلاثين كيلومترا" (at a distance of thirty kilometres): "بعد" is no "after"
    there, and the election night is only the date of the departure ("ليلة الاقتراع"), not an
    event the warrant followed."""
    _packet, assessment = analyze(tmp_path, PIROGUE_ON_VOTE_NIGHT)
    assert "misuse.political-timing" not in codes(assessment)


def test_a_warrant_weeks_after_a_dated_election_is_still_a_timing_sign(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, WARRANT_AFTER_THE_VOTE)
    assert "misuse.political-timing" in codes(assessment)


def test_proceedings_after_the_presidential_election_are_still_a_timing_sign(
    tmp_path: Path,
) -> None:
    _packet, assessment = analyze(tmp_path, CHARGED_AFTER_THE_VOTE)
    assert "misuse.political-timing" in codes(assessment)


# ---------------------------------------------------------------- a fund named for a group

FUND_EMBEZZLED = (
    "Difusión - Persona buscada para el cumplimiento de condena\n"
    "Apellidos: MAMANI QUISPE. Nombres: Eusebio. Nacido el 02/04/1970 en Oruro. Nacionalidad"
    " boliviana.\n"
    "Ocupación: ex técnico del Fondo de Desarrollo para los Pueblos Indígenas Originarios.\n"
    "Hechos: entre 2011 y 2013 el condenado cobró Bs 900.000 por dos proyectos de riego que"
    " nunca se ejecutaron; los fondos fueron depositados en su cuenta personal y retirados en"
    " efectivo.\n"
    "Delitos: uso indebido de bienes públicos; legitimación de ganancias ilícitas.\n"
    "Pena impuesta: seis años de presidio.\n"
)

INDIGENOUS_LEADER = (
    "Difusión - Persona buscada\n"
    "Apellidos: MAMANI QUISPE. Nombres: Eusebio. Nacido el 02/04/1970 en Oruro. Nacionalidad"
    " boliviana.\n"
    "Ocupación: dirigente de los pueblos indígenas del altiplano, procesado tras encabezar el"
    " bloqueo de la carretera contra la concesión minera.\n"
    "Delitos: atentado contra la seguridad de los servicios públicos.\n"
    "Pena: ocho años de presidio.\n"
)


def test_a_fund_for_indigenous_peoples_is_no_ethnic_sign(tmp_path: Path) -> None:
    """The group named as the beneficiary of a public fund names the body the subject worked
    for, not his own membership."""
    _packet, assessment = analyze(tmp_path, FUND_EMBEZZLED)
    assert "misuse.ethnic-minority" not in codes(assessment)


def test_a_leader_of_indigenous_peoples_is_still_flagged(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, INDIGENOUS_LEADER)
    assert "misuse.ethnic-minority" in codes(assessment)


# ---------------------------------------------------------------- the people put under surveillance

WIRETAPS_ORDERED = (
    "Solicitud de Notificación Roja\n"
    "Nombre: RESTREPO MEJÍA, Luis Fernando. Nacido el 12/05/1959 en Pereira. Nacionalidad"
    " colombiana.\n"
    "Cargo anterior: Director de la Unidad de Inteligencia del Estado, 2006 a 2008.\n"
    "Resumen de los hechos: Entre marzo de 2006 y julio de 2008, en Bogotá, el requerido ordenó a"
    " un grupo de analistas adelantar seguimientos e interceptación de comunicaciones, sin orden"
    " judicial, sobre varios magistrados de las altas cortes, periodistas y congresistas. Tres"
    " analistas y el ex director de inteligencia declararon que las órdenes provenían del"
    " requerido.\n"
    "Delitos: violación ilícita de comunicaciones; abuso de autoridad; concierto para delinquir.\n"
    "Pena máxima: doce años de prisión.\n"
    "Orden de captura: expedida el 3 de marzo de 2010 por la Fiscalía General de la Nación.\n"
)

JOURNALIST_CHARGED = (
    "Solicitud de Notificación Roja\n"
    "Nombre: RESTREPO MEJÍA, Luis Fernando. Nacido el 12/05/1959 en Pereira. Nacionalidad"
    " colombiana.\n"
    "Resumen de los hechos: El requerido, periodista del semanario La Voz del Eje, publicó el 4"
    " de marzo de 2010 una columna que atribuía al gobernador pagos de contratistas.\n"
    "Delitos: injuria y calumnia agravadas.\n"
    "Pena máxima: seis años de prisión.\n"
)


def test_journalists_wiretapped_and_officials_who_testified_are_not_the_subject(
    tmp_path: Path,
) -> None:
    """The journalists are the people whose communications were intercepted, the former
    director one of those who testified ("declararon")."""
    _packet, assessment = analyze(tmp_path, WIRETAPS_ORDERED)
    assert "misuse.journalist-media" not in codes(assessment)
    assert "victim" in held(assessment)["misuse.journalist-media"]
    assert "misuse.political-opposition" not in codes(assessment)
    assert "witness" in held(assessment)["misuse.political-opposition"]


def test_a_journalist_charged_over_a_column_is_still_flagged(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, JOURNALIST_CHARGED)
    assert "misuse.journalist-media" in codes(assessment)


# ---------------------------------------------------------------- deserters beside the subject

PLOT_WITH_DESERTERS = (
    "Difusión de búsqueda\n"
    "Ciudadano requerido: PARRA OSORIO, Julio César. Nacido el 14/02/1970 en Maracay."
    " Nacionalidad venezolana.\n"
    "Síntesis de los hechos: El requerido, concejal del municipio Girardot, se reunió el 5 de"
    " agosto de 2018 con militares desertores y con dirigentes de su partido para planificar la"
    " toma de la alcaldía.\n"
    "Delitos: conspiración; rebelión civil.\nPena máxima: veinte años de presidio.\n"
)

DESERTER_SOUGHT = (
    "Difusión de búsqueda\n"
    "Ciudadano requerido: PARRA OSORIO, Julio César. Nacido el 14/02/1970 en Maracay."
    " Nacionalidad venezolana.\n"
    "Síntesis de los hechos: El requerido, sargento del ejército, no se presentó en su unidad"
    " tras su permiso del 5 de agosto de 2018 y fue declarado desertor.\n"
    "Delitos: deserción.\nPena máxima: cuatro años de prisión.\n"
)


def test_soldiers_who_deserted_to_join_a_plot_are_no_military_offence(tmp_path: Path) -> None:
    """"con militares desertores" names the subject's co-actors, not a desertion charged."""
    _packet, assessment = analyze(tmp_path, PLOT_WITH_DESERTERS)
    assert "article3.military" not in codes(assessment)


def test_a_soldier_declared_a_deserter_is_still_flagged(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, DESERTER_SOUGHT)
    assert "article3.military" in codes(assessment)


# ---------------------------------------------------------------- "active" said of a movement

MOVEMENT_ACTIVE_ABROAD = """أمر بالقبض
نأمر بالقبض على المدعو: كريم بن علي سعيدي، المولود بتاريخ 1970/03/02 بوهران، المقيم بفرنسا،
أحد مؤسسي ما يسمى "حركة الأمل الجديد" الناشطة انطلاقا من الخارج،
المتابع بجنحة نشر أخبار كاذبة من شأنها المساس بالأمن العمومي (المادة 196 مكرر من قانون العقوبات).
"""

WOMAN_ACTIVIST = """أمر بالقبض
نأمر بالقبض على المدعوة: سعاد بن علي، المولودة بتاريخ 1980/03/02 بوهران،
الناشطة الحقوقية المقيمة بفرنسا،
المتابعة بجنحة نشر أخبار كاذبة من شأنها المساس بالأمن العمومي (المادة 196 مكرر من قانون العقوبات).
"""


def test_a_movement_active_abroad_is_no_activist(tmp_path: Path) -> None:
    """"الناشطة انطلاقا من الخارج" is the adjective "active" agreeing with the movement."""
    _packet, assessment = analyze(tmp_path, MOVEMENT_ACTIVE_ABROAD)
    assert "misuse.human-rights-defender" not in codes(assessment)


def test_a_woman_rights_activist_is_still_flagged(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, WOMAN_ACTIVIST)
    assert "misuse.human-rights-defender" in codes(assessment)


# ------------------------------------------------------ journalists shot by several attackers

GANG_SHOOTING = (
    "Exposé des faits : Le 4 février 2023, vers 10 h, au lieu-dit Morne Vert, deux journalistes"
    " d'une radio communautaire, venus couvrir une distribution d'eau, ont été interceptés par des"
    " hommes armés de la bande dirigée par l'intéressé, puis abattus. Des douilles retrouvées sur"
    " place correspondent à un fusil saisi chez un membre de la bande.\n"
    "Personne recherchée : DORVAL, Jean-Maxime, né le 2 juin 1988 à Jacmel.\n"
    "Qualification : assassinat (articles 240 et 241 du Code pénal).\n"
    "Peine encourue : travaux forcés à perpétuité.\n"
)

UNIT_FOR_CRIMES_AGAINST_JOURNALISTS = (
    "Resumen de los hechos: el 2 de mayo de 2022, en el parque central de Retalhuleu, dos"
    " hombres en motocicleta dispararon contra un grupo de periodistas que conversaban en una"
    " banca; murieron dos de ellos. Orden de aprehensión del Juzgado de Primera Instancia Penal"
    " de Retalhuleu, expediente 11001-2022-00087, a solicitud de la Fiscalía de Delitos contra"
    " Periodistas.\n"
    "Persona requerida: OSORIO LEAL, Marvin Estuardo.\n"
    "Delito: asesinato (artículo 132 del Código Penal). Pena: de 25 a 50 años de prisión.\n"
)

REPORTER_CHARGED = (
    "Exposé des faits : l'intéressé, journaliste d'une radio communautaire, a diffusé le 4 février"
    " 2023 une émission accusant le maire de détournement ; il est poursuivi pour diffamation et"
    " diffusion de fausses nouvelles.\n"
    "Personne recherchée : DORVAL, Jean-Maxime, né le 2 juin 1988 à Jacmel.\n"
)


def test_journalists_intercepted_and_shot_by_a_gang_are_victims(tmp_path: Path) -> None:
    """Plural attackers and victims ("ont été interceptés par", "dispararon contra"), and a
    prosecutor's unit named for crimes against journalists: the journalists are not the subject."""
    for text in (GANG_SHOOTING, UNIT_FOR_CRIMES_AGAINST_JOURNALISTS):
        _, a = analyze(tmp_path, text)
        assert "misuse.journalist-media" not in codes(a)
    assert "misuse.journalist-media" in held(analyze(tmp_path, GANG_SHOOTING)[1])


def test_a_community_radio_journalist_charged_over_a_broadcast_is_still_flagged(
    tmp_path: Path,
) -> None:
    assert "misuse.journalist-media" in codes(analyze(tmp_path, REPORTER_CHARGED)[1])
