"""Behaviour tests for the classes the b23 development cases exposed: the accused's
membership of an ethnic community given as the ground of the case (`article3.racial`,
`misuse.ethnic-minority`, `compliance.vague-facts`), spelling variants of group names, facts
that put the charge in the place of the person's act (`compliance.vague-facts`), and a
judgment that rules the trafficking intent out (`offense.cultural-norms`). Each has a
counterpart that must still read the other way.

Each text is fictional and written for the test; none is taken from a case file.
"""

from __future__ import annotations

from pathlib import Path

from tests.test_flags import analyze, codes, rule_codes

RACIAL = "article3.racial"
ETHNIC = "misuse.ethnic-minority"
VAGUE = "compliance.vague-facts"
CULTURAL = "offense.cultural-norms"

# -------------------------------------------------- membership of the community as the ground

FAITS = (
    "DIFFUSION - BCN Port-Aldren, réf. XX-DIF-2024-011\n"
    "Personne recherchée : KARELO, Ernest, né en 1980 à Velmar, éleveur.\n"
    "Faits : {faits}\n"
    "Qualifications : association de malfaiteurs. Peine maximale : 10 ans.\n"
    "Mandat d'arrêt n° 12/2024 du juge d'instruction de Velmar, 3 juin 2024.\n"
)


def test_the_facts_opening_with_his_community_are_racial_and_vague(tmp_path: Path) -> None:
    faits = ("l'intéressé appartient à la communauté peuhle, dont des éléments sont soupçonnés"
             " de soutenir les groupes armés.")
    _, assessment = analyze(tmp_path, FAITS.format(faits=faits))
    assert {RACIAL, ETHNIC, VAGUE} <= codes(assessment)


def test_a_herder_of_the_community_with_an_act_of_his_own_is_not_racial(tmp_path: Path) -> None:
    faits = ("le 4 mai 2024 à Velmar, l'intéressé, éleveur peuhl, a frappé un voisin avec un"
             " bâton lors d'une dispute sur un puits.")
    _, assessment = analyze(tmp_path, FAITS.format(faits=faits))
    assert RACIAL not in codes(assessment)


def test_arrests_made_because_of_membership_are_racial(tmp_path: Path) -> None:
    faits = ("le 21 mai 2024, quatorze individus ont été interpellés au motif de leur"
             " appartenance à la communauté soupçonnée de renseigner les assaillants.")
    _, assessment = analyze(tmp_path, FAITS.format(faits=faits))
    assert {RACIAL, VAGUE} <= codes(assessment)


NOTICE = (
    "RED NOTICE. Subject: VELTOROV, Amir, born 1970 in Kessel. Charge: organisation of a"
    " criminal community; 12 to 20 years. Warrant No. 14/2024 of the Kessel prosecutor.\n"
    "Facts: the subject created a criminal community from among {who} and directed it from"
    " abroad.\n"
)


def test_a_group_recruited_from_his_ethnic_environment_is_racial(tmp_path: Path) -> None:
    _, assessment = analyze(tmp_path, NOTICE.format(who="persons of his ethnic environment"))
    assert {RACIAL, VAGUE} <= codes(assessment)


def test_a_group_recruited_from_his_former_colleagues_is_not(tmp_path: Path) -> None:
    _, assessment = analyze(tmp_path, NOTICE.format(who="his former colleagues at the bank"))
    assert RACIAL not in rule_codes(assessment)


AR = (
    "تعميم - المكتب المركزي الوطني، الرقم XX/DIF/2023/0101\n"
    "المطلوب: سالم علي، مواليد 1990.\n"
    "الوقائع: {facts}\n"
    "التهم: القتل العمد. العقوبة القصوى: الإعدام.\n"
)


def test_wanted_as_one_of_the_people_of_a_group_is_racial(tmp_path: Path) -> None:
    facts = "المطلوب من أهالي تاورغاء الذين انضموا إلى الكتائب التي حاصرت المدينة."
    _, assessment = analyze(tmp_path, AR.format(facts=facts))
    assert {RACIAL, VAGUE} <= codes(assessment)


def test_wanted_for_his_own_act_is_not_racial(tmp_path: Path) -> None:
    facts = "بتاريخ 2023/03/04 أطلق المطلوب النار على جاره في السوق فقتله."
    _, assessment = analyze(tmp_path, AR.format(facts=facts))
    assert RACIAL not in codes(assessment)


# -------------------------------------------------- spelling variants

def test_the_misquito_spelling_is_an_ethnic_minority(tmp_path: Path) -> None:
    text = ("Informe policial. El sospechoso pertenece a la etnia misquita; por esa pertenencia"
            " se considera que existe riesgo de fuga. Delito: robo con violencia.\n")
    _, assessment = analyze(tmp_path, text)
    assert ETHNIC in codes(assessment)
    assert RACIAL not in codes(assessment)


def test_a_mosquito_net_is_not(tmp_path: Path) -> None:
    text = ("Informe policial. El sospechoso robó tres mosquiteros de la tienda el 3 de mayo de"
            " 2024 en Velmar. Delito: hurto.\n")
    _, assessment = analyze(tmp_path, text)
    assert ETHNIC not in codes(assessment)


# -------------------------------------------------- the charge in the place of the act

TD = (
    "NOTICE ROUGE - BCN Port-Aldren, réf. XX/RN/2023/034\n"
    "Nom : TAVOREN, Ilas. Né le 01/01/1984 à Velmar.\n"
    "Résumé des faits : le 14 mars 2023, à Velmar, un manquant de 600 000 000 francs a été"
    " constaté dans les caisses de la société Orvale. {act}\n"
    "Qualifications : détournement de biens publics. Peine maximale : 20 ans.\n"
    "Mandat d'arrêt n° 041/2023 du 22 mai 2023, juge d'instruction de Velmar.\n"
)


def test_guilty_of_the_offences_listed_below_is_vague(tmp_path: Path) -> None:
    act = ("Les investigations ont établi l'implication de plusieurs individus, dont l'intéressé,"
           " qui se sont rendus coupables des faits visés ci-dessous.")
    _, assessment = analyze(tmp_path, TD.format(act=act))
    assert VAGUE in codes(assessment)


def test_an_act_of_his_own_is_not_vague(tmp_path: Path) -> None:
    act = ("L'intéressé, caissier, a viré 600 000 000 francs du compte de la société vers son"
           " compte personnel le 10 mars 2023.")
    _, assessment = analyze(tmp_path, TD.format(act=act))
    assert VAGUE not in codes(assessment)


# -------------------------------------------------- a judgment that rules trafficking out

JUDGMENT = (
    "Tribunal correctionnel de Velmar, jugement du 15 janvier 2023 (extrait).\n"
    "Le prévenu a été trouvé en possession de 3 grammes de résine de cannabis pour sa"
    " consommation personnelle. {ruling} Il est condamné pour usage de stupéfiants à un an"
    " d'emprisonnement.\n"
)


def test_a_court_ruling_trafficking_out_leaves_personal_use(tmp_path: Path) -> None:
    ruling = "Aucun matériel de vente n'a été trouvé ; le tribunal écarte l'intention de trafic."
    _, assessment = analyze(tmp_path, JUDGMENT.format(ruling=ruling))
    assert CULTURAL in codes(assessment)


def test_a_trafficking_context_still_holds_personal_use_back(tmp_path: Path) -> None:
    ruling = "Une balance et des sachets ont été trouvés, signes d'un trafic."
    _, assessment = analyze(tmp_path, JUDGMENT.format(ruling=ruling))
    assert CULTURAL not in codes(assessment)
