"""Behaviour tests for the structural classes the b8 development cases exposed: identity,
dates and charges compared across documents, the Article 3 and category readings of a charge,
and the context that holds a misuse reading back.

Each text is fictional and written for the test; none is taken from a case file.
"""

from __future__ import annotations

from pathlib import Path

from tests.test_flags import analyze, codes, held, packet

# ---------------------------------------------------------------- a name word replaced

NOTICE_AR = """طلب نشرة حمراء
الاسم الرباعي: خالد منصور سعيد العتيبي
تاريخ الميلاد: ١٩٨٨/٠٣/١١م
ملخص الوقائع: في ٢٠٢٢/٠٤/٠٢م في مدينة الدمام استولى المتهم على مبلغ ٢.٣٠٠.٠٠٠ ريال من
أربعين مستثمراً بعد أن أوهمهم بمحفظة استثمارية وهمية.
التهمة: الاحتيال المالي. العقوبة: السجن مدة لا تزيد على سبع سنوات.
"""

WARRANT_AR = """أمر قبض رقم ٥٥١٢٠
الاسم: خالد منصور فهد العتيبي
بناءً على التحقيق في الاستيلاء على أموال أربعين مستثمراً عن طريق محفظة استثمارية وهمية،
تأمر النيابة العامة بالقبض على المتهم المذكور أعلاه.
"""

NOTICE_ES = """Solicitud de notificación roja
Apellidos y nombres: SALAZAR PINEDA, Mario Andrés
Resumen de los hechos: el 3 de mayo de 2022 en Tegucigalpa, el requerido mató de dos disparos
a un comerciante para robarle el vehículo.
Delito: homicidio (artículo 116 del Código Penal). Pena: 15 a 20 años de prisión.
"""

WARRANT_ES = """Orden de captura n.º 0412-2022
Nombre: MARIO ANDRÉS SALAZAR MONCADA
Se ordena su captura por el homicidio cometido el 3 de mayo de 2022 en Tegucigalpa.
"""

WARRANT_ES_SHORT = """Orden de captura n.º 0412-2022
Nombre: MARIO SALAZAR PINEDA
Se ordena su captura por el homicidio cometido el 3 de mayo de 2022 en Tegucigalpa.
"""


def test_a_name_with_one_word_replaced_is_an_identity_conflict(tmp_path: Path) -> None:
    for i, (notice, warrant, country) in enumerate(
        ((NOTICE_AR, WARRANT_AR, "SA"), (NOTICE_ES, WARRANT_ES, "HN"))
    ):
        folder = tmp_path / str(i)
        folder.mkdir()
        _p, assessment = packet(folder, {
            "notice.txt": ("red-notice", notice), "warrant.txt": ("arrest-warrant", warrant),
        }, country)
        assert "consistency.identity" in codes(assessment), country
        assert assessment.level != "no-concerns-found"


def test_a_name_given_shorter_is_no_identity_conflict(tmp_path: Path) -> None:
    _p, assessment = packet(tmp_path, {
        "notice.txt": ("red-notice", NOTICE_ES),
        "warrant.txt": ("arrest-warrant", WARRANT_ES_SHORT),
    }, "HN")
    assert "consistency.identity" not in codes(assessment)


# ---------------------------------------------------------------- the warrant dated otherwise

NOTICE_CA = """Demande de notice rouge
Nom : TREMBLAY, Luc
Né le 04/05/1975 à Sherbrooke
Exposé des faits : entre mars et octobre 2019, à Sherbrooke, l'intéressé a détourné 2,4 millions
de dollars des comptes de ses clients en falsifiant des relevés de placement.
Infraction : fraude d'une valeur dépassant 5 000 $ (article 380(1)a) du Code criminel).
Peine maximale : quatorze ans d'emprisonnement.
Mandat : mandat d'arrestation délivré le 12/02/2019 par la Cour du Québec.
"""

WARRANT_CA = """MANDAT D'ARRESTATION
ATTENDU QUE Luc TREMBLAY, né le 4 mai 1975, a été inculpé d'avoir, entre mars et octobre 2019,
à Sherbrooke, frustré ses clients de plus de 5 000 $ (article 380(1)a) du Code criminel) ;
les présentes ont pour objet de vous enjoindre d'arrêter immédiatement ledit prévenu.
Fait le 12 février 2020, à Sherbrooke.
"""


def test_a_notice_that_dates_the_warrant_otherwise_is_a_date_conflict(tmp_path: Path) -> None:
    _p, assessment = packet(tmp_path, {
        "notice.txt": ("red-notice", NOTICE_CA), "mandat.txt": ("arrest-warrant", WARRANT_CA),
    }, "CA")
    assert "consistency.dates" in codes(assessment)
    assert assessment.level == "review-needed"


# ---------------------------------------------------------------- a charge requalified by the court

NOTICE_FR = """Demande de notice rouge
Nom : LAMBERT, Didier
Exposé des faits : le 2 juin 2021 à Liège, l'intéressé a frappé un voisin au visage au cours
d'une dispute de stationnement.
Qualification : coups et blessures volontaires avec incapacité de travail,
article 399 du Code pénal.
Peine : emprisonnement de deux mois à deux ans. Jugement du tribunal correctionnel de Liège du
10/01/2022, condamnant l'intéressé à dix mois d'emprisonnement.
"""

JUDGMENT_FR = """Tribunal correctionnel de Liège - Jugement du 10 janvier 2022
Prévenu d'avoir, à Liège, le 2 juin 2021, volontairement porté des coups à un voisin, avec
incapacité de travail (article 399 du Code pénal).
Le certificat médical ne fait état d'aucune incapacité. Par ces motifs, le tribunal requalifie
la prévention en coups volontaires simples (article 398 du Code pénal) et condamne le prévenu à
dix mois d'emprisonnement.
"""

NOTICE_ES_Q = """Solicitud de notificación roja
Nombre: ORTIZ VEGA, Raúl
Resumen de los hechos: el 8 de agosto de 2020 en Rosario, el requerido hirió con un cuchillo a
su cuñado durante una discusión.
Delito: lesiones graves, artículo 90 del Código Penal. Pena: de uno a seis años de prisión.
Sentencia del Tribunal Oral de Rosario del 4 de mayo de 2022: tres años de prisión.
"""

JUDGMENT_ES = """Tribunal Oral en lo Criminal de Rosario - Sentencia del 4 de mayo de 2022
Se imputa a Raúl ORTIZ VEGA haber herido con un cuchillo a su cuñado el 8 de agosto de 2020
(lesiones graves, artículo 90 del Código Penal).
El tribunal recalifica los hechos como lesiones leves (artículo 89 del Código Penal) y lo
condena a un año de prisión.
"""


def test_a_judgment_that_requalifies_the_charge_differs_from_the_notice(tmp_path: Path) -> None:
    for i, (notice, judgment, country) in enumerate(
        ((NOTICE_FR, JUDGMENT_FR, "BE"), (NOTICE_ES_Q, JUDGMENT_ES, "AR"))
    ):
        folder = tmp_path / str(i)
        folder.mkdir()
        _p, assessment = packet(folder, {
            "notice.txt": ("red-notice", notice), "judgment.txt": ("judgment", judgment),
        }, country)
        found = [f for f in assessment.flags if f.code == "consistency.charges"]
        assert found, country
        assert any(f.provenance.id == "rule.consistency.requalified" for f in found), country


# ---------------------------------------------------------------- default judgment with its warrant

DEFAULT_WITH_WARRANT = """Diffusion - personne recherchée
Résumé des faits : le 3 mars 2022, au cours d'une émission de radio, le nommé KOFFI Serge a
accusé un député de détournement de fonds publics.
Par jugement rendu par défaut le 9 juin 2022, le tribunal correctionnel l'a condamné à deux ans
d'emprisonnement ferme et a décerné mandat d'arrêt contre lui.
Infraction : diffamation. Texte : article 290 du Code pénal.
"""

DEFAULT_WITH_WARRANT_ES = """Difusión - persona buscada
Resumen de los hechos: el 3 de marzo de 2022, en un programa de radio, Sergio MORA acusó a un
diputado de desviar fondos públicos.
Por sentencia dictada en ausencia el 9 de junio de 2022, el juzgado lo condenó a dos años de
prisión y libró orden de captura en su contra.
Delito: difamación, artículo 290 del Código Penal.
"""


def test_a_judgment_by_default_that_issues_its_warrant_is_a_trial(tmp_path: Path) -> None:
    for text in (DEFAULT_WITH_WARRANT, DEFAULT_WITH_WARRANT_ES):
        _packet, assessment = analyze(tmp_path, text)
        assert "misuse.in-absentia" in codes(assessment), text[:30]


ARREST_IN_ABSENTIA = """Summary of facts
On 4 May 2021 in Samara the accused Oleg SOKOLOV stole 3 million roubles from his employer.
On 2 June 2021 the district court ordered his arrest in absentia as a measure of restraint.
Charge: embezzlement, article 160(4) of the Criminal Code; up to 10 years' imprisonment.
"""


def test_an_arrest_ordered_in_absentia_is_still_no_trial(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, ARREST_IN_ABSENTIA)
    assert "misuse.in-absentia" not in codes(assessment)


# ---------------------------------------------------------------- leaving the country unlawfully

UNLAWFUL_EXIT_AR = """تعميم
ملخص الأفعال: في ٢٠٢١/٠٢/٠٣ عبر المذكور الحدود الشرقية سيراً على الأقدام.
الجرم: مغادرة أراضي المملكة الأردنية الهاشمية بطريقة غير مشروعة.
العقوبة: الحبس من ستة أشهر إلى ثلاث سنوات.
"""

UNLAWFUL_EXIT_ES = """Resumen de los hechos
El 3 de febrero de 2021 el requerido cruzó a pie la frontera norte.
Delito: salida ilegal del territorio de la República, artículo 12 de la Ley de Migración.
Pena: de 2 a 4 años de prisión.
"""


def test_leaving_the_country_unlawfully_is_an_administrative_offence(tmp_path: Path) -> None:
    for text in (UNLAWFUL_EXIT_AR, UNLAWFUL_EXIT_ES):
        _packet, assessment = analyze(tmp_path, text)
        assert "offense.administrative-private" in codes(assessment), text[:30]


FLIGHT_AFTER_ROBBERY_AR = """ملخص الوقائع
بتاريخ ٢٠٢٢/٠٥/٠٤ في مدينة إربد دخل المطلوب مع آخر محلاً للذهب وهدد صاحبه بمسدس واستولى على
مصوغات قيمتها ٤٠ ألف دينار، ثم غادر البلاد بطريقة غير نظامية عبر الحدود الشمالية.
الجرم: السرقة بالإكراه. العقوبة: الأشغال المؤقتة من عشر سنوات إلى عشرين سنة.
"""


def test_a_fugitives_unlawful_flight_is_no_charge(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, FLIGHT_AFTER_ROBBERY_AR)
    assert "offense.administrative-private" not in codes(assessment)


# ---------------------------------------------------------------- torture feared on return

RISK_ON_RETURN_AR = """مذكرة الدفاع
منح موكلي صفة اللاجئ في هولندا سنة ٢٠١٩ لخشيته من الاضطهاد، وما يتعرض له المعارضون من
اعتقال وتعذيب عند عودتهم إلى البلاد.
"""

RISK_ON_RETURN_EN = """Defence submission
The requested person was granted refugee status in Canada in 2019. He would face torture if
returned, as the UN Committee against Torture has found for critics of the government.
"""


def test_torture_feared_on_return_is_no_coerced_evidence(tmp_path: Path) -> None:
    for text in (RISK_ON_RETURN_AR, RISK_ON_RETURN_EN):
        _packet, assessment = analyze(tmp_path, text)
        assert "misuse.coerced-evidence" not in codes(assessment), text[:30]
        assert "return" in held(assessment).get("misuse.coerced-evidence", ""), text[:30]


TORTURED_IN_CUSTODY = """Defence submission
In March 2020 the requested person was tortured in custody until he signed the statement the
investigators had written.
"""


def test_torture_in_custody_is_still_coerced_evidence(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, TORTURED_IN_CUSTODY)
    assert "misuse.coerced-evidence" in codes(assessment)


# ---------------------------------------------------------------- offences against the state

STATE_PROPAGANDA_ES = """Resumen de los hechos
Desde 2021 el acusado Luis PARDO difunde videos en una red social en los que critica a los
dirigentes del país.
Delito: propaganda contra el orden constitucional (artículo 124 del Código Penal).
Pena: de cuatro a diez años de privación de libertad.
"""

STATE_PROPAGANDA_EN = """Summary of facts
Since 2020 the accused Reza KARIMI has posted videos criticising the country's leaders.
Charge: propaganda against the system (article 500 of the Islamic Penal Code).
Penalty: up to one year's imprisonment.
"""

REPUBLICAN_FORM_ES = """Resumen de los hechos
El 2 de agosto de 2024 el requerido llamó por televisión a desconocer los resultados
proclamados, conducta que constituye conspiración contra la forma política republicana.
Pena: presidio de ocho a dieciséis años.
"""


def test_offences_against_the_state_itself_are_political(tmp_path: Path) -> None:
    for text in (STATE_PROPAGANDA_ES, STATE_PROPAGANDA_EN, REPUBLICAN_FORM_ES):
        _packet, assessment = analyze(tmp_path, text)
        assert "article3.political" in codes(assessment), text[40:90]
        assert assessment.level == "likely-non-compliant"


# ---------------------------------------------------------------- the honour of officials

OFFICIALS_HONOUR_FR = """Résumé des faits
Le 2 mai 2023, dans un article, le nommé BAKO Issa a écrit que deux préfets avaient détourné
l'aide alimentaire. Ces propos ont porté atteinte à l'honneur des fonctionnaires publics visés.
Infraction : outrage envers des fonctionnaires publics. Peine : deux ans d'emprisonnement.
"""

OFFICIALS_HONOUR_ES = """Resumen de los hechos
El 2 de mayo de 2023, en una columna, Julio PAZ afirmó que dos gobernadores desviaron fondos;
con ello lesionó el honor de los funcionarios públicos aludidos.
Delito: desacato. Pena: dos años de prisión.
"""

PRIVATE_HONOUR_FR = """Résumé des faits
Le 2 mai 2023, sur un réseau social, le nommé BAKO Issa a accusé son ancien associé de vol.
Ces propos ont porté atteinte à l'honneur de son ancien associé.
Infraction : diffamation. Peine : un an d'emprisonnement.
"""


def test_the_honour_of_officials_is_no_category_one_matter(tmp_path: Path) -> None:
    for text in (OFFICIALS_HONOUR_FR, OFFICIALS_HONOUR_ES):
        _packet, assessment = analyze(tmp_path, text)
        assert "offense.cultural-norms" not in codes(assessment), text[:40]
    _packet, assessment = analyze(tmp_path, PRIVATE_HONOUR_FR)
    assert "offense.cultural-norms" in codes(assessment)


# ---------------------------------------------------------------- a wave of arrests of protesters

CRACKDOWN_ES = """Escrito de la defensa
El procedimiento contra mi representado se abrió el 2 de septiembre de 2024, días después de
las elecciones y en plena ola de detenciones de manifestantes. Se le imputa haber publicado
en su portal las actas de escrutinio.
"""

CRACKDOWN_EN = """Defence submission
The case against my client was opened on 2 September 2024, days after the elections, amid a
wave of arrests of protesters. He is charged with publishing the tally sheets on his website.
"""


def test_a_wave_of_arrests_of_protesters_is_not_the_subjects_assembly(tmp_path: Path) -> None:
    for text in (CRACKDOWN_ES, CRACKDOWN_EN):
        _packet, assessment = analyze(tmp_path, text)
        assert "misuse.protest-assembly" not in codes(assessment), text[:30]
