"""Behaviour tests for the classes the b14 development cases exposed on Article 3 and status
readings: signs the engine missed (an association named for equality or minority languages,
hate speech "against nations, nationalities and peoples", overthrow "by means outside the
Constitution", a critic of a military transition, Spanish boilerplate in the present perfect)
and a false alarm (counsel's "describes no act of violence"), each fixed by a lexicon entry, with
a counterpart that must still read the other way.

Each text is fictional and written for the test; none is taken from a case file.
"""

from __future__ import annotations

from pathlib import Path

from tests.test_flags import analyze, codes, held

# -------------------------------------------------- an association for equality or languages

LANGUAGES_ASSOCIATION_AR = """ملخص الوقائع:
المدعو عمر سيدي جالو، رئيس "جمعية ترقية اللغات الوطنية" في مدينة روصو، نشر يوم 3 مارس 2024
رسائل صوتية يتهم فيها الإدارة بإقصاء الناطقين بلغته من المدارس.
التهم: المساس بالوحدة الوطنية. العقوبة القصوى: الحبس ثلاث سنوات.
أمر بالقبض رقم 17/2024 صادر بتاريخ 2024/04/02.
"""

EQUALITY_ASSOCIATION_FR = """Exposé des faits :
Le nommé DIALLO Samba, président de l'association « Égalité Fleuve », a publié le 5 mai 2024
sur Facebook des messages accusant les notables de sa commune de traiter des familles en
serviteurs héréditaires.
Qualification : atteinte à l'unité nationale. Peine maximale : trois ans d'emprisonnement.
Mandat d'arrêt n° 12/2024 du 20 mai 2024.
"""

EQUALITY_PRESIDENT_VICTIM_FR = """Exposé des faits :
Le 5 mai 2024 à Rosso, le nommé DIALLO Samba a poignardé la victime, M. Ba, président de
l'association « Égalité Fleuve », qui est décédée à l'hôpital. Deux témoins l'ont identifié.
Qualification : meurtre (article 271 du code pénal). Peine maximale : réclusion à perpétuité.
Mandat d'arrêt n° 12/2024 du 20 mai 2024.
"""


def test_an_association_for_minority_languages_or_equality_is_a_defenders_body(
    tmp_path: Path,
) -> None:
    """The organisation reading counts beside the cause it is named for: promoting national
    languages or equality is a minority-rights cause (cue.rights-cause)."""
    for text in (LANGUAGES_ASSOCIATION_AR, EQUALITY_ASSOCIATION_FR):
        _packet, assessment = analyze(tmp_path, text)
        assert "misuse.human-rights-defender" in codes(assessment), text[:30]


def test_the_victim_who_heads_an_equality_association_is_not_the_subject(
    tmp_path: Path,
) -> None:
    _packet, assessment = analyze(tmp_path, EQUALITY_PRESIDENT_VICTIM_FR)
    assert "misuse.human-rights-defender" not in codes(assessment)


# -------------------------------------------------- "nations, nationalities and peoples"

NATIONS_HATE_SPEECH = """Summary of facts:
Between March and May 2024 the suspect, a presenter of a diaspora television channel, broadcast
programmes calling the members of a neighbouring community "invaders".
Charge: Hate speech disseminated through a broadcast service against nations, nationalities and
peoples, Article 4 of the Hate Speech Proclamation. Maximum penalty: five years' imprisonment.
Arrest warrant No. 4410 dated 12/06/2024.
"""

SNNPR_BIRTHPLACE = """Summary of facts:
Place of birth: Hawassa, Southern Nations, Nationalities and Peoples' Region.
On 4 March 2023 in Hawassa the suspect and two others robbed a bank branch at gunpoint and took
1.4 million birr; a guard was shot in the leg.
Charge: armed robbery, Article 671 of the Criminal Code. Maximum penalty: twenty years.
Arrest warrant No. 2210 dated 20/03/2023.
"""


def test_hate_speech_against_nations_and_nationalities_has_an_ethnic_character(
    tmp_path: Path,
) -> None:
    _packet, assessment = analyze(tmp_path, NATIONS_HATE_SPEECH)
    assert "article3.racial" in codes(assessment)


def test_a_region_named_for_its_nations_and_nationalities_is_no_ethnic_charge(
    tmp_path: Path,
) -> None:
    _packet, assessment = analyze(tmp_path, SNNPR_BIRTHPLACE)
    assert "article3.racial" not in codes(assessment)


# -------------------------------------------------- overthrow by unconstitutional means

RISE_UP_OUTSIDE_CONSTITUTION = """Facts: On 3 and 9 May 2024 the subject spoke live on his page and
called on the soldiers and the people to gather in the capital. These acts aim to incite the
people to rise up against the government and to overthrow it by means outside the Constitution.
Charge: Plotting (Article 453 of the Criminal Code). Penalty: five to ten years' imprisonment.
Warrant: Arrest warrant No. 881 dated 20/05/2024.
"""


def test_overthrow_by_means_outside_the_constitution_is_political(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, RISE_UP_OUTSIDE_CONSTITUTION)
    assert "article3.political" in codes(assessment)


# ---------------------------------------------------------------- "describes no act of violence"

NO_ACT_OF_VIOLENCE = """To the Commission for the Control of INTERPOL's Files

1. The diffusion against our client concerns three live speeches he gave on his own page on
3, 9 and 15 May 2024 in which he called for a change of leader.
2. The diffusion describes no act of violence and no weapon, only his speeches.
"""

NO_ACT_OF_THE_SUBJECT = """To the Commission for the Control of INTERPOL's Files

1. The diffusion against our client says he took part in the activities of a group.
2. The diffusion describes no act of our client, and no date or place.
"""


def test_counsel_saying_no_act_of_violence_is_described_is_no_vague_fact(
    tmp_path: Path,
) -> None:
    _packet, assessment = analyze(tmp_path, NO_ACT_OF_VIOLENCE)
    assert "compliance.vague-facts" not in codes(assessment)


def test_counsel_saying_no_act_is_described_is_still_a_vague_fact(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, NO_ACT_OF_THE_SUBJECT)
    assert "compliance.vague-facts" in codes(assessment)


# ---------------------------------------------------------------- a critic of a military transition

TRANSITION_CRITIC = """Exposé des faits :
Le lieutenant OUEDRAOGO Paul a quitté son unité le 2 mars 2024 et a gagné le Ghana. Le 9 mars
2024, dans une vidéo, il a critiqué la conduite de la transition et appelé ses camarades à la
réflexion.
Qualifications : désertion à l'étranger. Peine maximale : dix ans d'emprisonnement.
Mandat d'arrêt n° 2024-019 du 12 mars 2024.
"""

TRANSITION_CRITIC_VICTIM = """Exposé des faits :
Le 9 mars 2024 à Bobo-Dioulasso, le nommé OUEDRAOGO Paul a tué par balle la victime, un
commerçant qui avait critiqué la conduite de la transition, pour lui voler sa moto. Deux
témoins l'ont identifié.
Qualifications : assassinat et vol à main armée. Peine maximale : emprisonnement à vie.
Mandat d'arrêt n° 2024-019 du 12 mars 2024.
"""


def test_criticising_the_conduct_of_the_transition_is_an_opposition_sign(
    tmp_path: Path,
) -> None:
    _packet, assessment = analyze(tmp_path, TRANSITION_CRITIC)
    assert "misuse.political-opposition" in codes(assessment)


def test_a_victim_who_criticised_the_transition_is_not_the_subject(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, TRANSITION_CRITIC_VICTIM)
    assert "misuse.political-opposition" not in codes(assessment)
    assert "misuse.political-opposition" in held(assessment)


# -------------------------------------------------- boilerplate in the present perfect

SOVEREIGNTY_BOILERPLATE = """Relación de hechos: La acusada, desde el año 2019 hasta la fecha, en
conjunto con otras personas dentro y fuera del territorio nacional, ha realizado actos que
menoscaban la independencia, la soberanía y la autodeterminación del pueblo.
Delito: Menoscabo a la integridad nacional (artículo 410 del Código Penal).
Pena máxima: quince años de prisión. Orden de captura del 3 de febrero de 2025.
"""

CONCRETE_ACTS = """Relación de hechos: El acusado, gerente de la cooperativa, ha realizado actos
que le permitieron transferir el 4 de marzo de 2024, desde la cuenta de la cooperativa en el Banco
Central de Managua, 2,1 millones de córdobas a una cuenta propia.
Delito: Apropiación indebida (artículo 244 del Código Penal).
Pena máxima: cinco años de prisión. Orden de captura del 3 de abril de 2024.
"""


def test_acts_told_only_as_harming_sovereignty_are_boilerplate(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, SOVEREIGNTY_BOILERPLATE)
    assert "compliance.vague-facts" in codes(assessment)


def test_acts_told_with_a_date_place_and_amount_are_not_boilerplate(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, CONCRETE_ACTS)
    assert "compliance.vague-facts" not in codes(assessment)
