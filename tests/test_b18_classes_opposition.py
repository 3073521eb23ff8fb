"""Behaviour tests for the opposition classes the b18 development cases exposed: a candidacy or
a party office told through the act or the title, a status word naming the person the subject
attacked, and political prisoners named as the people a drawing is about. Each fix has a
counterpart that must still read the other way.

Each text is fictional and written for the test; none is taken from a case file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_flags import analyze, codes, held, sources

OPP = "misuse.political-opposition"
ROLE = f"{OPP}.electoral-role"
PARTY_OFFICE = f"{OPP}.party-office"

STAND = (
    "Subject: MUKASA, Peter; born 3 May 1970.\n"
    "Background: in January 2025 he {act}.\n"
    "Summary of facts: between 2018 and 2020 he abused the authority of his office in the award"
    " of road contracts.\n"
    "Charge: abuse of office (section 11, Anti-Corruption Act).\n"
)

PRECANDIDATE = (
    "Nombre: ROCA PAZ, Mario. Nacido el 2/2/1975.\n"
    "Antecedentes: El requerido {act}.\n"
    "Hechos: El 3 de marzo de 2024 arrojó piedras contra un vehículo policial.\n"
    "Delito: daño calificado (art. 358 del Código Penal).\n"
)

LIST = (
    "الاسم: سامي خليل حداد. تاريخ الميلاد: 1985/01/02.\n"
    "ملخص الوقائع: {who} مسجّل {what} على إحدى القوائم الانتخابية لانتخابات المجلس التشريعي،"
    " وقد نشر منشورات تسيء إلى السلطات العامة.\n"
    "التهمة: ذم السلطات العامة.\n"
)

PARTY = (
    "Nom : KAMGA. Prénoms : Jean. Né le 4 mars 1965.\n"
    "Fonctions : depuis 2021, {office}.\n"
    "Résumé des faits : en 2019, à Douala, l'intéressé a signé des ordres de paiement pour des"
    " travaux jamais réalisés.\n"
    "Qualification : détournement de biens publics (article 184 du Code pénal).\n"
)

AMBUSH = (
    "الاسم: رامي فؤاد عيسى. تاريخ الولادة: 1979/05/05.\n"
    "ملخص الوقائع: بتاريخ 2024/03/02 {act} وأطلق عليه النار فأصابه في ساقه.\n"
    "التهمة: محاولة القتل قصداً.\n"
)

CARTOON = (
    "Nombre: LÓPEZ RUIZ, Ana. Nacida el 5/5/1985.\n"
    "Hechos: la acusada publicó dibujos en los que {drawn} y que provocaron alarma en la"
    " población.\n"
    "Delito: propagación de noticias falsas (art. 30, Ley 1042).\n"
)

CASES = [
    pytest.param(STAND.format(act="announced that he would stand for Parliament in his district"),
                 True, ROLE, id="would-stand-for-parliament"),
    pytest.param(STAND.format(act="announced that he would open a hardware shop in his district"),
                 False, None, id="would-open-a-shop"),
    pytest.param(PRECANDIDATE.format(act="anunció públicamente su precandidatura a la gobernación"),
                 True, ROLE, id="precandidatura-gobernacion"),
    pytest.param(PRECANDIDATE.format(act="anunció públicamente su apoyo al club de fútbol local"),
                 False, None, id="apoyo-club"),
    pytest.param(LIST.format(who="المتهم", what="مرشحاً في الترتيب الثالث"),
                 True, ROLE, id="candidate-on-a-list"),
    pytest.param(LIST.format(who="المتهم", what="ناخباً"),
                 False, None, id="voter-on-the-rolls"),
    pytest.param(PARTY.format(
        office="secrétaire national chargé de la jeunesse du Rassemblement pour le renouveau"),
                 True, PARTY_OFFICE, id="national-secretary-of-party"),
    pytest.param(PARTY.format(office="secrétaire national de la Croix-Rouge camerounaise"),
                 False, None, id="national-secretary-of-red-cross"),
    pytest.param(AMBUSH.format(act="قام المتهم بترصد النائب السابق"),
                 False, None, id="ambushed-former-mp-kept-other"),
    pytest.param(AMBUSH.format(act="أقدم المطلوب على اعتراض النائب السابق س. ع."),
                 False, None, id="intercepted-former-mp"),
    pytest.param(AMBUSH.format(act="أقدم المطلوب، وهو النائب السابق عن دائرة البترون، على اعتراض"
                               " أحد المارة"),
                 False, None, id="subject-is-former-mp"),
    pytest.param(CARTOON.format(drawn="aparecen funcionarios del Estado junto a presos políticos"),
                 False, None, id="drawings-of-political-prisoners"),
    pytest.param(CARTOON.format(drawn="contaba su vida como uno de los presos políticos"),
                 True, "misuse.political-opposition.opposition-figure",
                 id="one-of-the-political-prisoners"),
]


@pytest.mark.parametrize(("text", "raised", "source"), CASES)
def test_opposition_classes(tmp_path: Path, text: str, raised: bool, source: str | None) -> None:
    _, assessment = analyze(tmp_path, text)
    assert (OPP in codes(assessment)) is raised, [f.code for f in assessment.flags]
    if source is not None:
        assert source in sources(assessment)


def test_former_mp_on_an_ordinary_violent_charge_is_held_for_status_alone(tmp_path: Path) -> None:
    """The subject is the former MP (not the person he ambushed), but a past office alone on
    an attempted murder told with a date and an act is held back by the status-alone rule
    (lexicons/rules/flag-codes.yaml `status_alone`), where the reviewer still sees it."""
    text = AMBUSH.format(act="أقدم المطلوب، وهو النائب السابق عن دائرة البترون، على اعتراض"
                             " أحد المارة")
    _, assessment = analyze(tmp_path, text)
    assert OPP not in codes(assessment)
    assert "status alone" in held(assessment)[OPP]
