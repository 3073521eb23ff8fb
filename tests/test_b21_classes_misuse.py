"""Behaviour tests for the misuse classes the b21 development cases exposed: an office of the
governing side, a politician who left the ruling party, a movement refused registration as a
party and a deputy chair of its council, an editor told by an employer's certificate, a
journalist the subject acted on (the victim), the work of a documenter of detainees and of a
lawyer of the disappeared, testimony at a regional commission's hearing, statements called
concordant, a state company named with its acronym, a programme the subject broadcast and
"l'inculpé" as the subject in the timing rule, and speech charges against the government or
history. Each fix has a counterpart that must still read the other way.

Each text is fictional and written for the test; none is taken from a case file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.records import Assessment
from tests.test_flags import analyze, packet

OPP = "misuse.political-opposition"
MEDIA = "misuse.journalist-media"
HRD = "misuse.human-rights-defender"
COERCED = "misuse.coerced-evidence"
REFUGEE = "misuse.refugee-asylum"
BUSINESS = "misuse.business-dispute-state"
TIMING = "misuse.political-timing"
SPEECH = "misuse.speech-offense"


def _lexicon(assessment: Assessment, code: str) -> bool:
    """A raised flag of `code` read from a lexicon entry or a rule (not the text model alone)."""
    return any(
        f.code == code and (f.provenance.kind != "model"
                            or any(p.kind != "model" for p in f.corroborated_by))
        for f in assessment.flags
    )


# A fraud charge, not an ordinary crime of `status_alone` (which holds a past office alone on
# drug trafficking): the governing side is read here, not the status-alone rule.
FRAUD = (
    "Wanted person: VARNEK, Tomas Elio, born 15 June 1974 in Ostrava.\n"
    "Status: {status}, road haulage businessman.\n"
    "Facts: between March and November 2022 the subject's company sold 40 lorry loads of frozen"
    " fish to a retail chain on forged veterinary certificates and took EUR 1.2 million for them."
    " The driver said the subject handed him the certificates; bank records show the payments.\n"
    "Charge: fraud, section 209 of the Criminal Code.\n"
    "Judgment: Regional Court of Ostrava, no. 212/2023 of 18 April 2023, ten years.\n"
)


@pytest.mark.parametrize(("status", "raised"), [
    pytest.param("former member of parliament of the presidential majority (2018-2023)", False,
                 id="mp-of-the-majority"),
    pytest.param("former member of parliament (2018-2023)", True, id="mp-alone"),
    pytest.param("former minister, national leader of the ruling party until November 2019", True,
                 id="ruling-party-until-a-change-of-government"),
])
def test_office_of_the_governing_side(tmp_path: Path, status: str, raised: bool) -> None:
    _p, assessment = analyze(tmp_path, FRAUD.format(status=status))
    assert _lexicon(assessment, OPP) is raised, assessment.flags


DETOURNEMENT = (
    "DIFFUSION — BCN Lomé, réf. 2024/0093\n"
    "KOFFI-ADJA, Sénamé, né le 01/01/1968 à Aného.\n"
    "Faits : entre 2019 et 2022 à Lomé, l'intéressé a fait payer 14 factures de travaux jamais"
    " exécutés sur la route d'Aného, pour 900 millions de francs CFA virés à la société de son"
    " beau-frère.\n"
    "Qualification : détournement de deniers publics, art. 172 du Code pénal.\n"
    "Mandat d'arrêt n° 019/2024 du 27 février 2024.\n"
    "M. Koffi-Adja, ingénieur des travaux publics de 2019 à 2022, {extra}\n"
)


@pytest.mark.parametrize(("extra", "raised"), [
    pytest.param("avait quitté le parti au pouvoir en janvier 2023 pour rejoindre le Front uni.",
                 True, id="left-the-ruling-party"),
    pytest.param("avait quitté la société de travaux en janvier 2023 pour rejoindre un bureau"
                 " d'études.", False, id="left-a-company"),
])
def test_politician_who_left_the_ruling_party(tmp_path: Path, extra: str, raised: bool) -> None:
    _p, assessment = analyze(tmp_path, DETOURNEMENT.format(extra=extra))
    assert _lexicon(assessment, OPP) is raised, assessment.flags


EMBEZZLEMENT = (
    "Wanted person: ORLEV, Daniyar, born 5 May 1972 in Kokand.\n"
    "Facts: between March and November 2019 the subject signed three payment orders moving"
    " 4.2 billion soums from the regional road fund to a company of his brother-in-law for"
    " works never done.\n"
    "Charge: embezzlement, Article 167 of the Criminal Code.\n"
    "Warrant: Regional Criminal Court, no. 1-2107/21 of 12 August 2021.\n"
    "In September 2021 he was elected {extra}\n"
)


@pytest.mark.parametrize(("extra", "raised"), [
    pytest.param('deputy chairman of the political council of the "Free Homeland" movement.',
                 True, id="deputy-chair-of-a-movement-council"),
    pytest.param('deputy chairman of the supervisory board of the "Free Homeland" company.',
                 False, id="deputy-chair-of-a-company-board"),
    pytest.param("to the board of a civic group whose three applications to register as a"
                 " political party were rejected.", True, id="party-registration-refused"),
    pytest.param("to the board of a civic group whose three applications to register as a"
                 " charity were rejected.", False, id="charity-registration-refused"),
])
def test_movement_refused_registration(tmp_path: Path, extra: str, raised: bool) -> None:
    _p, assessment = analyze(tmp_path, EMBEZZLEMENT.format(extra=extra))
    assert _lexicon(assessment, OPP) is raised, assessment.flags


NASB = (
    "تعميم — المكتب المركزي الوطني، رقم 2024/0219\n"
    "الاسم: سالم فهد العتيبي، مواليد 1986/01/19.\n"
    "الوقائع: في 2023/12/02 باع المطلوب للمجني عليه سيارة مقابل 6.500 دينار دفعت بتحويل بنكي،"
    " ثم تبين أن السيارة مرهونة لشركة تمويل، وغادر البلاد يوم 2023/12/09.\n"
    "التهمة: النصب والاحتيال، المادة 231 من قانون الجزاء.\n"
    "أمر الضبط والإحضار، قضية رقم 2023/4417، بتاريخ 2024/01/08.\n"
)


@pytest.mark.parametrize(("extra", "raised"), [
    pytest.param("نشهد بأن السيد سالم فهد العتيبي يعمل لدينا منذ عام 2017 محرراً في قسم الشؤون"
                 " البرلمانية، ويكتب عموداً أسبوعياً.", True, id="editor-of-a-desk"),
    pytest.param("نشهد بأن السيد سالم فهد العتيبي يعمل لدينا منذ عام 2017 محاسباً في قسم الشؤون"
                 " المالية.", False, id="accountant-of-a-department"),
])
def test_editor_told_by_employer(tmp_path: Path, extra: str, raised: bool) -> None:
    _p, assessment = packet(tmp_path, {
        "diffusion.txt": ("diffusion", NASB), "shahada.txt": ("other", extra + "\n"),
    }, "KW")
    assert _lexicon(assessment, MEDIA) is raised, assessment.flags


EXTORSION = (
    "NOTIFICACIÓN ROJA - OCN SAN SALVADOR\n"
    "Requerido: ZELAYA PINTO, Brayan Josué. Nacido el 2 de febrero de 1996 en Usulután.\n"
    "Hechos: Entre el 4 de septiembre y el 20 de noviembre de 2022, el requerido llamó en once"
    " ocasiones desde dos números registrados a su nombre {who} de la radio comunitaria"
    ' "Voz del Valle", exigiéndole trescientos dólares semanales. El periodista entregó cuatro'
    " pagos, el último el 20 de noviembre de 2022 en el parque central.\n"
    "Delito: extorsión, art. 214 del Código Penal. Pena: de 15 a 20 años de prisión.\n"
    "Orden de detención: Juzgado de Instrucción de Usulután, ref. 84-22-3, de 12 de diciembre"
    " de 2022.\n"
)


def test_journalist_the_subject_acted_on(tmp_path: Path) -> None:
    _p, assessment = analyze(tmp_path, EXTORSION.format(who="al periodista y director"))
    assert not _lexicon(assessment, MEDIA), assessment.flags


def test_journalist_subject_still_read(tmp_path: Path) -> None:
    text = (
        "NOTIFICACIÓN ROJA - OCN SAN SALVADOR\n"
        "Requerido: ZELAYA PINTO, Brayan Josué. Nacido el 2 de febrero de 1996 en Usulután.\n"
        "Hechos: El requerido, periodista y director de la radio comunitaria \"Voz del Valle\","
        " difundió en 2022 tres programas sobre el alcalde. El periodista publicó además"
        " fotografías del alcalde.\n"
        "Delito: difamación, art. 177 del Código Penal. Pena: de uno a tres años de prisión.\n"
        "Orden de detención: Juzgado de Instrucción de Usulután, ref. 84-22-3, de 12 de"
        " diciembre de 2022.\n"
    )
    _p, assessment = analyze(tmp_path, text)
    assert _lexicon(assessment, MEDIA), assessment.flags


LAVADO = (
    "NOTIFICACIÓN ROJA - OCN\n"
    "Requerida: SOLÍS BARAHONA, Marta Inés. Nacida el 8 de marzo de 1979 en Chinandega.\n"
    "Hechos: La requerida, entre 2021 y 2022, recibió en Chinandega 40.000 dólares de una"
    " cuenta en Panamá y los transfirió a tres cuentas de su hermano.\n"
    "Delito: lavado de dinero, art. 282 del Código Penal. Pena: de 5 a 15 años de prisión.\n"
    "Orden: Juzgado Décimo de Managua, causa 4519-2023, de 27 de marzo de 2023.\n"
    "{extra}\n"
)


@pytest.mark.parametrize(("extra", "hrd", "coerced"), [
    pytest.param("Marta Solís coordinó desde 2018 un colectivo que llevó el registro de las"
                 " personas detenidas tras las protestas y documentó denuncias de tortura y tratos"
                 " crueles.", True, False, id="register-of-detainees-and-torture-complaints"),
    pytest.param("Marta Solís coordinó desde 2018 una cooperativa que llevó el registro de las"
                 " facturas de los socios.", False, False, id="register-of-invoices"),
    pytest.param("Marta Solís denunció que fue sometida a tortura y tratos crueles durante el"
                 " interrogatorio.", False, True, id="her-own-torture"),
])
def test_documenter_of_detainees(
    tmp_path: Path, extra: str, hrd: bool, coerced: bool
) -> None:
    _p, assessment = analyze(tmp_path, LAVADO.format(extra=extra))
    assert _lexicon(assessment, HRD) is hrd, assessment.flags
    assert _lexicon(assessment, COERCED) is coerced, assessment.flags


@pytest.mark.parametrize(("extra", "hrd", "refugee"), [
    pytest.param("El 14 de marzo de 2023 Marta Solís declaró en una audiencia pública de la CIDH"
                 " sobre las condiciones de las cárceles.", True, False,
                 id="testified-at-a-hearing"),
    pytest.param("En 2023 la CIDH otorgó medidas cautelares a Marta Solís.", False, True,
                 id="protective-measures-granted"),
])
def test_hearing_of_the_commission(
    tmp_path: Path, extra: str, hrd: bool, refugee: bool
) -> None:
    _p, assessment = analyze(tmp_path, LAVADO.format(extra=extra))
    assert _lexicon(assessment, HRD) is hrd, assessment.flags
    assert _lexicon(assessment, REFUGEE) is refugee, assessment.flags


LAUNDERING = (
    "Wanted person: HADDAD, Karim Nabil, born 12 June 1978 in Taiz.\n"
    "Facts: in 2022 and 2023 the accused received transfers from abroad through exchange houses"
    " and sent them on to unknown parties to hide their origin.\n"
    "Charge: money laundering, Law No. 1 of 2010. Penalty: up to seven years.\n"
    "Warrant: public funds prosecution, no. 77/2023 of 5 October 2023.\n"
    "Since 2017 he has represented families of detained men, {extra}\n"
)


@pytest.mark.parametrize(("extra", "raised"), [
    pytest.param("compiling a register of 211 disappeared persons.", True,
                 id="register-of-the-disappeared"),
    pytest.param("compiling a register of 211 suppliers.", False, id="register-of-suppliers"),
])
def test_lawyer_of_the_disappeared(tmp_path: Path, extra: str, raised: bool) -> None:
    _p, assessment = analyze(tmp_path, LAUNDERING.format(extra=extra))
    assert _lexicon(assessment, HRD) is raised, assessment.flags


AGRESSION = (
    "DIFFUSION — BCN Abidjan, réf. 2024/0318\n"
    "Personne recherchée : TOURÉ Abdoulaye, né le 03/05/1989 à Korhogo.\n"
    "Faits : le 22 février 2024 au marché d'Adjamé, TOURÉ a porté trois coups de machette au"
    " commerçant Yao Konan, partie civile. {extra}\n"
    "Qualification : tentative de meurtre. Mandat d'arrêt n° 041/2024 du 11 mars 2024.\n"
)


@pytest.mark.parametrize(("extra", "raised"), [
    pytest.param("Le certificat médical et les déclarations concordantes des témoins figurent"
                 " au dossier.", False, id="concordant-statements"),
    pytest.param("TOURÉ affirme que ses déclarations ont été obtenues sous les coups ; le"
                 " certificat médical l'atteste.", True, id="statements-under-blows"),
])
def test_concordant_statements(tmp_path: Path, extra: str, raised: bool) -> None:
    _p, assessment = analyze(tmp_path, AGRESSION.format(extra=extra))
    assert _lexicon(assessment, COERCED) is raised, assessment.flags


FORAGES = (
    "DIFFUSION — BCN Kinshasa, réf. 2023/2207\n"
    "KALONJI MBUYI, Didier, né le 09/12/1975 à Kamina.\n"
    "Faits : gérant de Kivu Forages SARL, KALONJI a présenté en 2022 à la {name} dix-neuf"
    " factures de forage pour 14 300 mètres, dont 9 100 seulement sont vérifiés.\n"
    "Préventions : faux en écriture et usage de faux, art. 124 du Code pénal.\n"
    "Mandat d'arrêt provisoire n° 8841/PG/23 du 30 juin 2023.\n"
)
LETTRE = (
    "Cabinet Ilunga — Lubumbashi, le 12 février 2024\n"
    "Notre client dirige Kivu Forages SARL depuis 2018. La {acronym} a résilié le contrat le"
    " 16 janvier 2023 et suspendu le paiement de 11 millions USD de factures ; Kivu Forages a"
    " engagé un arbitrage le 9 mars 2023.\n"
)


@pytest.mark.parametrize(("name", "acronym", "raised"), [
    pytest.param("Société minière de l'État du Tanganyika (SOMET)", "SOMET", True,
                 id="state-word-in-the-name"),
    pytest.param("Société minière du Tanganyika (SOMIT)", "SOMIT", False, id="private-name"),
])
def test_state_company_named_by_acronym(
    tmp_path: Path, name: str, acronym: str, raised: bool
) -> None:
    _p, assessment = packet(tmp_path, {
        "diffusion.txt": ("diffusion", FORAGES.format(name=name)),
        "lettre.txt": ("other", LETTRE.format(acronym=acronym)),
    }, "CD")
    assert _lexicon(assessment, BUSINESS) is raised, assessment.flags


BROADCAST = (
    "Wanted person: HAILU, Bereket Tsegaye, born 12 January 1985 in Gondar.\n"
    "Offence: obstruction of a public official, Art. 441 of the Criminal Code.\n"
    "Facts: on {day} 2023 the accused broadcast a 48-minute programme on the water board. On"
    " 17 August 2023 he refused to open the door of his studio to two inspectors who held a"
    " search order.\n"
    "Warrant: First Instance Court, file No. 318722, 22 August 2023.\n"
)


@pytest.mark.parametrize(("day", "raised"), [
    pytest.param("15 August", True, id="warrant-a-week-after-the-programme"),
    pytest.param("15 March", False, id="warrant-months-after-the-programme"),
])
def test_programme_the_subject_broadcast(tmp_path: Path, day: str, raised: bool) -> None:
    _p, assessment = analyze(tmp_path, BROADCAST.format(day=day))
    assert _lexicon(assessment, TIMING) is raised, assessment.flags


LETTRE_OUVERTE = (
    "TRIBUNAL DE GRANDE INSTANCE DE DOLISIE — Cabinet du juge d'instruction\n"
    "Mandat d'arrêt n° 0217/23 du 2 octobre 2023 contre NGOMA-PAKA Firmin, né le 21/07/1980.\n"
    "Visas : réquisitoire introductif du 15 septembre 2023.\n"
    "Exposé : le 3 septembre 2023, {who} a publié sur les réseaux sociaux une lettre ouverte"
    " accusant le ministère de laisser l'hôpital sans médicaments. L'inspection du 6 septembre"
    " a relevé des manquants dans la pharmacie du service dirigé par NGOMA-PAKA.\n"
    "Qualification : détournement de biens publics, art. 169 du Code pénal.\n"
)


@pytest.mark.parametrize(("who", "raised"), [
    pytest.param("l'inculpé", True, id="the-charged-person-wrote-it"),
    pytest.param("un syndicat d'infirmiers", False, id="a-union-wrote-it"),
])
def test_open_letter_of_the_charged_person(tmp_path: Path, who: str, raised: bool) -> None:
    _p, assessment = analyze(tmp_path, LETTRE_OUVERTE.format(who=who))
    assert _lexicon(assessment, TIMING) is raised, assessment.flags


SPEECH_TEXT = (
    "Wanted person: ABDULLA, Ilham, born 8 August 1978 in Yarkand.\n"
    "Offence: Article 249 of the Criminal Law.\n"
    "Facts: since 2017 the subject, in Almaty, has organised weekend classes that {what}.\n"
    "Warrant: Municipal Public Security Bureau, arrest warrant No. 0391 of 2022.\n"
)


@pytest.mark.parametrize(("what", "raised"), [
    pytest.param("distorted history", True, id="distorted-history"),
    pytest.param("taught history", False, id="taught-history"),
    pytest.param("were aimed at inciting hatred against the federal government", True,
                 id="hatred-against-the-government"),
    pytest.param("were aimed at raising funds for the federal government", False,
                 id="funds-for-the-government"),
])
def test_speech_against_history_or_government(tmp_path: Path, what: str, raised: bool) -> None:
    _p, assessment = analyze(tmp_path, SPEECH_TEXT.format(what=what))
    assert _lexicon(assessment, SPEECH) is raised, assessment.flags


IHTIYAL = (
    "تعميم - المكتب المركزي الوطني، 2023/09/05\n"
    "المطلوب: سالم عبد الرزاق الحداد، مواليد 1984/05/14.\n"
    "الوقائع: في شهر شباط 2023 تسلم المطلوب من المشتكي مبلغ 12 مليون دينار بحجة إنجاز معاملة"
    " ولم ينجزها ولم يرد المبلغ.\n"
    "التهمة: الاحتيال، المادة 456 من قانون العقوبات.\n"
    "أمر القبض: محكمة تحقيق البصرة، العدد 733/ق/2023، بتاريخ 2023/07/20.\n"
    "في عام 2019 اختلف المطلوب مع الوزير، وأعلن في {where} عزمه الترشح للانتخابات الرئاسية.\n"
)


@pytest.mark.parametrize("where", [
    pytest.param("مقابلات صحفية", id="in-press-interviews"),
    pytest.param("مؤتمر صحفي", id="at-a-press-conference"),
])
def test_press_phrase_names_no_other_person(tmp_path: Path, where: str) -> None:
    """An excluded press phrase ("مؤتمر صحفي") names no journalist, so the candidacy told
    after it stays the subject's (only a preposition and an article before a status word,
    "al periodista", make it another person's)."""
    _p, assessment = analyze(tmp_path, IHTIYAL.format(where=where))
    assert _lexicon(assessment, OPP), assessment.flags
