"""Behaviour tests for the misuse-recall classes the b8 development cases exposed.

Each text is fictional and written for the test; none is taken from a case file.
"""

from __future__ import annotations

from pathlib import Path

from tests.test_flags import analyze, codes, sources

# ---------------------------------------------------------------- racial disharmony by words

DISHARMONY_EN = """Summary of facts
On 4 June 2019 at a public meeting in Batticaloa, the suspect Ravi KANNAN addressed the
audience and called on his listeners to drive the other community out of the district.
Charge: causing racial or communal disharmony by words spoken, section 4 of the Public Order
Act. Punishment: imprisonment up to ten years. Warrant of arrest No. 77/19 of 2 July 2019.
"""

DISHARMONY_FR = """Exposé des faits
Le 4 juin 2019 à Kayes, lors d'une réunion publique, le nommé Moussa DIALLO a appelé
l'assistance à chasser les membres d'une autre communauté du cercle.
Qualification : incitation à la discorde raciale par des paroles ou des écrits, article 58
du code pénal. Peine encourue : dix ans d'emprisonnement. Mandat d'arrêt n° 19/077 du
2 juillet 2019.
"""


def test_racial_disharmony_by_spoken_words_is_racial_and_speech(tmp_path: Path) -> None:
    for text in (DISHARMONY_EN, DISHARMONY_FR):
        _packet, assessment = analyze(tmp_path, text)
        found = codes(assessment)
        assert "article3.racial" in found, text[:30]
        assert "misuse.speech-offense" in found, text[:30]
        assert "article3.racial.ethnic-hatred-divisionism" in sources(assessment)


DIVISION_EN = """Summary of facts
Between 2016 and 2018 the suspect Aram SARKIS wrote and read out statements promoting the
division of the country along ethnic lines at meetings in Zurich.
Charge: endangering the territorial integrity of the State, article 301 of the Penal Code.
Penalty: up to fifteen years' imprisonment. Arrest warrant No. 18/552 of 3 October 2018.
"""

DIVISION_ES = """Resumen de los hechos
Entre 2016 y 2018 el investigado Aram SARKIS redactó y leyó en reuniones celebradas en Zúrich
declaraciones en favor de la división del país por líneas étnicas.
Delito: atentado contra la integridad territorial del Estado, artículo 301 del Código Penal.
Pena: hasta quince años de prisión. Orden de captura n.º 18/552 del 3 de octubre de 2018.
"""


def test_dividing_the_country_on_ethnic_lines_is_an_ethnic_claim(tmp_path: Path) -> None:
    for text in (DIVISION_EN, DIVISION_ES):
        _packet, assessment = analyze(tmp_path, text)
        found = codes(assessment)
        assert {"article3.racial", "misuse.ethnic-minority"} <= found, text[:30]


# ---------------------------------------------------------------- speeches and content as the act

SPEECHES_EN = """Summary of facts
The suspect Omar FARAH, in speeches delivered at two community events in Leicester in 2021,
praised the armed wing of a banned movement.
Charge: support for a proscribed organisation, section 12 of the Security Act.
Penalty: up to fourteen years' imprisonment. Warrant No. 441/21 of 5 May 2021.
"""

CONTENT_FR = """Exposé des faits
Entre 2018 et 2020 à Oujda, le nommé Karim BENALI a animé des ateliers vidéo où il a incité
des étudiants à diffuser des contenus portant atteinte aux institutions.
Qualification : atteinte à l'ordre public, article 88 du code pénal. Peine encourue : cinq ans
d'emprisonnement. Mandat d'arrêt n° 20/311 du 9 mars 2020.
"""

CONTENT_EN = """Summary of facts
Between 2018 and 2020 in Oujda, Karim BENALI ran video workshops where he urged students to
post content undermining the institutions of the kingdom.
Charge: disturbing public order, article 88 of the Penal Code. Penalty: five years'
imprisonment. Arrest warrant No. 20/311 of 9 March 2020.
"""


def test_speeches_and_content_against_institutions_are_the_act_charged(tmp_path: Path) -> None:
    for text in (SPEECHES_EN, CONTENT_FR, CONTENT_EN):
        _packet, assessment = analyze(tmp_path, text)
        assert "misuse.speech-offense" in codes(assessment), text[:40]


# ---------------------------------------------------------------- civil-society work

CITIZEN_JOURNALISM_FR = """Exposé des faits
De 2016 à 2019 à Tunis, la nommée Leïla MANSOUR a organisé pour une association des
formations en journalisme citoyen destinées à des lycéens, financées par des donateurs.
Qualification : détournement de fonds, article 99 du code pénal. Peine encourue : dix ans
d'emprisonnement. Mandat d'amener n° 19/208 du 14 novembre 2019.
"""

CITIZEN_JOURNALISM_ES = """Resumen de los hechos
De 2016 a 2019 en Managua, la investigada Lucía ROCHA organizó para una fundación talleres
de periodismo ciudadano dirigidos a estudiantes, financiados por donantes.
Delito: apropiación indebida, artículo 224 del Código Penal. Pena: hasta diez años de prisión.
Orden de captura n.º 19/208 del 14 de noviembre de 2019.
"""


def test_training_citizen_journalists_is_rights_work(tmp_path: Path) -> None:
    for text in (CITIZEN_JOURNALISM_FR, CITIZEN_JOURNALISM_ES):
        _packet, assessment = analyze(tmp_path, text)
        assert "misuse.human-rights-defender" in codes(assessment), text[:30]
        assert "misuse.human-rights-defender.rights-work" in sources(assessment)


# ---------------------------------------------------------------- religion

QURAN_CLASSES_AR = """ملخص الوقائع
خلال عامي ٢٠١٨ و٢٠١٩ نظم المدعو يوسف عمر في منزله بمدينة خوتان دروس دينية غير مرخصة
لأطفال الحي.
التهمة: الإخلال بالنظام العام، المادة ٢٩٠ من القانون الجنائي. العقوبة: السجن مدة لا تزيد على
سبع سنوات. أمر القبض رقم ١٩/٤٤٢ بتاريخ ٢٠١٩/١٠/٠٣.
"""

QURAN_CLASSES_EN = """Summary of facts
In 2018 and 2019 Yusuf OMAR held unlicensed Quran classes for children of his street in his
flat in Hotan.
Charge: disturbing public order, article 290 of the Criminal Law. Penalty: up to seven years'
imprisonment. Detention order No. 19/442 of 3 October 2019.
"""


def test_unlicensed_religious_teaching_turns_on_religion(tmp_path: Path) -> None:
    for text in (QURAN_CLASSES_AR, QURAN_CLASSES_EN):
        _packet, assessment = analyze(tmp_path, text)
        assert "misuse.religious-minority" in codes(assessment), text[:30]
        assert "misuse.religious-minority.faith-charges" in sources(assessment)


HADITH_AR = """ملخص الوقائع
نشر المدعو سليم حداد على قناته في يوتيوب سنة ٢٠٢٢ حلقات يشكك في حجية السنة النبوية
ويدعو فيها إلى الاكتفاء بالقرآن.
التهمة: الإساءة إلى الدين الإسلامي، المادة ١٤٤ مكرر ٢ من قانون العقوبات. العقوبة: الحبس من
ثلاث إلى خمس سنوات. أمر بالقبض رقم ٢٢/٠٩١ بتاريخ ٢٠٢٢/٠٥/١٠.
"""

HADITH_EN = """Summary of facts
In 2022 Salim HADDAD posted episodes on his YouTube channel in which he questioned the
authenticity of the hadiths and urged viewers to follow the Quran alone.
Charge: offending Islam, article 144 bis 2 of the Penal Code. Penalty: three to five years'
imprisonment. Arrest warrant No. 22/091 of 10 May 2022.
"""

DENIED_IN_THE_YEAR_AR = """ملخص الوقائع
بتاريخ ٢٠٢١/٠٣/١٤ بمدينة وهران طعن المدعو كريم سعدي جاره بسكين في البطن، وعند استجوابه
أنكر المتهم ما نسب إليه خلال السنة الماضية من خلافات مع المجني عليه.
التهمة: محاولة القتل العمد، المادة ٢٥٤ من قانون العقوبات. العقوبة: السجن المؤبد. أمر بالقبض
رقم ٢١/٢٢٠ بتاريخ ٢٠٢١/٠٤/٠١.
"""


def test_rejecting_the_hadith_is_a_dissenting_belief(tmp_path: Path) -> None:
    for text in (HADITH_AR, HADITH_EN):
        _packet, assessment = analyze(tmp_path, text)
        found = codes(assessment)
        assert {"article3.religious", "misuse.religious-minority"} <= found, text[:30]
        assert "misuse.religious-minority.tradition-rejected" in sources(assessment)
        assert assessment.level == "likely-non-compliant"


def test_a_denial_near_the_word_year_is_not_a_rejected_tradition(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, DENIED_IN_THE_YEAR_AR)
    assert "misuse.religious-minority" not in codes(assessment)


# ---------------------------------------------------------------- a company handed to the state

HOLDING_AR = """ملخص الوقائع
امتنع المدعو سامي فؤاد عن تنفيذ قرار لجنة التحفظ والحصر بشأن شركته للأسمدة، القاضي بالتحفظ
على أسهمه ونقل إدارتها إلى الشركة القابضة، فحكم عليه غيابياً بتاريخ ٢٠٢١/٠٦/٠٢.
التهمة: تمويل جماعة محظورة، المادة ١٣ من القانون رقم ٩٤ لسنة ٢٠١٥. العقوبة: السجن المؤبد.
"""

HOLDING_EN = """Summary of facts
After Sami FOUAD refused the transfer of his shares to a state holding company ordered for his
fertiliser firm, the criminal court convicted him in absentia on 2 June 2021 of financing a
banned group, article 13 of Law 94 of 2015, and sentenced him to life imprisonment.
"""


def test_shares_handed_to_a_state_holding_is_a_dispute_with_the_state(tmp_path: Path) -> None:
    for text in (HOLDING_AR, HOLDING_EN):
        _packet, assessment = analyze(tmp_path, text)
        found = codes(assessment)
        assert {"misuse.business-dispute-state", "misuse.in-absentia"} <= found, text[:30]
        assert assessment.level == "likely-non-compliant"
