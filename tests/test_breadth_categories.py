"""Breadth of the category lexicons (fictional texts): wordings of prohibited-category and
Article 3 military or religious offences in the four languages raise their flag, and
ordinary crimes worded with nearby words do not."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_flags import analyze, codes

RAISED = [
    (
        "Summary of facts: on 4 June 2022 in Kampala the accused, Daniel OKELLO, was arrested at a "
        "private party and charged with carnal knowledge against the order of nature (section 145 "
        "of the Penal Code Act). Warrant of arrest no. KLA-22-117 of 20 June 2022.",
        "offense.cultural-norms",
    ),
    (
        "Résumé des faits : le 3 mars 2021 à Douala, le nommé Paul ESSOMBA a été surpris par des "
        "voisins et poursuivi pour relations sexuelles avec une personne de son sexe (art. 347-1 "
        "du "
        "Code pénal). Mandat d'arrêt n° 41/2021 du 12 avril 2021.",
        "offense.cultural-norms",
    ),
    (
        "ملخص الوقائع: بتاريخ 2 أيار 2020 في بيروت، نسب إلى المدعى عليه كريم حداد جرم المجامعة على "
        "خلاف الطبيعة مع شخص راشد برضاه (المادة 534 من قانون العقوبات). مذكرة توقيف رقم 88/2020.",
        "offense.cultural-norms",
    ),
    (
        "Resumen de los hechos: el 9 de enero de 2023 en Guayaquil, la señora Rosa MERA VERA, "
        "divorciada, no ha abonado la pensión compensatoria ni los alimentos debidos; figura en el "
        "registro de deudores alimentarios morosos. Orden de captura n.º 22-2023 de 3 de febrero "
        "de 2023.",
        "offense.family-private",
    ),
    (
        "ملخص الوقائع: امتنع المتهم سامي فؤاد عن دفع نفقة العدة ونفقة الصغار المقررة بحكم محكمة "
        "الأسرة منذ سنة 2021، رغم إعلانه. أمر ضبط وإحضار رقم 771 لسنة 2022.",
        "offense.family-private",
    ),
    (
        "Facts: on 14 May 2022 the accused, Maria SANTOS, issued a post-dated payment to her "
        "landlord; the cheque bounced and she was charged under the Bouncing Checks Law (Batas "
        "Pambansa 22). Warrant of arrest no. 22-0981 of 30 June 2022.",
        "offense.administrative-private",
    ),
    (
        "Résumé des faits : le 2 février 2022 à Oran, le nommé Yacine BELKACEM a tenté de "
        "quitter le "
        "territoire à bord d'une embarcation ; poursuivi pour tentative d'émigration clandestine "
        "et "
        "sortie irrégulière du territoire. Mandat d'arrêt n° 12/2022 du 1er mars 2022.",
        "offense.administrative-private",
    ),
    (
        "Summary of facts: the accused, Ivan PETROV, born in 1994, did not appear at the military "
        "commissariat after receiving a mobilisation summons in October 2022 and left the country "
        "to avoid mobilisation. Charge: article 328 of the Criminal Code. Warrant no. 3-117/2023.",
        "article3.military",
    ),
    (
        "ملخص الوقائع: تخلف المدعى عليه ماهر العلي عن خدمة العلم بعد دعوته للالتحاق في عام 2019 "
        "وغادر البلاد للتهرب من التجنيد. مذكرة توقيف رقم 45/2020 صادرة عن النيابة العامة العسكرية.",
        "article3.military",
    ),
    (
        "Resumen de los hechos: el soldado profesional Andrés GÓMEZ PINTO desertó de su unidad en "
        "abril de 2021 y no se presentó al término de su permiso. Delito: deserción (Código Penal "
        "Militar). Orden de captura n.º 05-2021.",
        "article3.military",
    ),
    (
        "Summary of facts: in March 2021 in Lahore the accused, Asif MASIH, is alleged to have "
        "made "
        "derogatory remarks about the Prophet in a message group, hurting religious sentiments. "
        "Charges: sections 295-A and 295-C of the Pakistan Penal Code. Warrant no. 233/2021.",
        "article3.religious",
    ),
    (
        "ملخص الوقائع: قام المتهم حامد يوسف بتوزيع الأناجيل في أحد الأحياء ومحاولة تنصير المسلمين "
        "خلال عامي 2019 و2020. أمر قبض رقم 90 لسنة 2021.",
        "article3.religious",
    ),
    (
        "Résumé des faits : la nommée LI Mei, pratiquante du falun gong, a été poursuivie pour "
        "distribution de tracts et pratique du falun gong dans un parc de Tianjin en 2020. "
        "Mandat d'arrêt n° 2020-331.",
        "misuse.religious-minority",
    ),
]

NOT_RAISED = [
    # a killing over money between relatives is an ordinary crime, whatever the family setting
    (
        "Summary of facts: on 2 July 2022 in Nairobi the accused, Peter MWANGI, stabbed his "
        "brother "
        "to death after a quarrel; he then fled. Charge: murder (section 203 of the Penal Code). "
        "Warrant of arrest no. NRB-22-411 of 8 July 2022.",
        "offense.family-private",
    ),
    # an ordinary robbery in which the robber wore a woman's dress as a disguise
    (
        "Resumen de los hechos: el 5 de mayo de 2021 en Lima, el imputado Jorge SALAS RÍOS, "
        "disfrazado "
        "con un vestido de mujer y con un arma de fuego, asaltó una agencia bancaria y sustrajo "
        "40 000 soles. Delito: robo agravado "
        "(art. 189 del Código Penal). Orden de captura n.º 77-2021.",
        "offense.cultural-norms",
    ),
    # a drink-driving crash with injuries is not a cultural-norms or traffic matter
    (
        "Résumé des faits : le 12 août 2022 à Lyon, le nommé Marc DURAND, en état d'ivresse "
        "manifeste, "
        "a percuté un piéton qui a subi des blessures graves. Infraction : blessures involontaires "
        "aggravées. Mandat d'arrêt n° 22/1187.",
        "offense.cultural-norms",
    ),
    # Arabic "ردة فعل" (a reaction) is not apostasy
    (
        "ملخص الوقائع: في ردة فعل على خلاف مالي، أطلق المتهم نادر سليم النار على شريكه فأرداه "
        "قتيلا بتاريخ 3 آذار 2021. التهمة: القتل العمد. مذكرة توقيف رقم 19/2021.",
        "article3.religious",
    ),
    # a civilian who disobeys a court order to return a car is not a military offender
    (
        "Summary of facts: on 9 September 2021 the accused, Samuel OWUSU, disobeyed an order of "
        "the "
        "court to return a seized car and sold it for 5,000 dollars. Charges: theft and contempt "
        "of court. Warrant of arrest no. ACC-21-88.",
        "article3.military",
    ),
]


@pytest.mark.parametrize(("text", "code"), RAISED)
def test_category_wordings_raise_their_flag(tmp_path: Path, text: str, code: str) -> None:
    _, assessment = analyze(tmp_path, text + "\n")
    assert code in codes(assessment), assessment.flags


@pytest.mark.parametrize(("text", "code"), NOT_RAISED)
def test_ordinary_crimes_near_those_words_do_not(tmp_path: Path, text: str, code: str) -> None:
    _, assessment = analyze(tmp_path, text + "\n")
    assert code not in codes(assessment), assessment.flags
