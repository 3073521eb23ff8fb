"""Layouts and wordings of the f7 development batch (Spanish and Arabic documents) as classes,
in the languages where each exists (fictional texts written for these tests, not copied from
the evaluation set)."""

from __future__ import annotations

import pytest

from pipeline.understand.charges import read_offenses
from pipeline.understand.decision import read_decision
from tests.understand_helpers import doc_type as _doc_type
from tests.understand_helpers import offenses as _offenses
from tests.understand_helpers import view as _view


def _charges(text: str, lang: str, doc_type: str | None = None) -> list[str]:
    return [o.text for o in read_offenses([_view(text, lang)], doc_type)[0]]


# ---- "los delitos de A, y\nB,\nen perjuicio del Estado": the victim after the contraction
# "del" ends the last charge; "propagación de noticias falsas" names an offence, so the "y"
# splits; the procedural code's articles ("Código Procesal Penal") are no charge's


def test_charges_in_running_text_end_at_the_victim_and_skip_procedural_articles() -> None:
    text = (
        "I. Que la Fiscalía presentó acusación en contra del ciudadano Julio César Arancibia "
        "Toruño, por ser presunto autor de los delitos de\nasociación ilícita, y\n"
        "propagación de noticias falsas,\nen perjuicio del Estado y la sociedad.\n\n"
        "CONSIDERANDO: Que los hechos se encuadran en los artículos 393 y 395 del Código "
        "Penal.\n\nPOR TANTO: De conformidad con los artículos 160 y 161 del Código Procesal "
        "Penal, se RESUELVE: Gírese orden de detención.\n"
    )
    assert _offenses(text, "es") == [
        ("asociación ilícita", ["393", "395"]),
        ("propagación de noticias falsas", ["393", "395"]),
    ]


# ---- the rule of concurrence joins two offences of one conviction: "A en reiteración real
# con un delito de B", "A en concours réel avec B"


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("FALLO: Condenando a Pedro GÓMEZ como autor penalmente responsable de un delito de hurto "
     "especialmente agravado en reiteración real con un delito de receptación, a la pena de "
     "cuatro años de penitenciaría.\n", "es", ["hurto especialmente agravado", "receptación"]),
    ("Le tribunal déclare Paul MARTIN coupable de vol qualifié en concours réel avec recel, "
     "et le condamne à trois ans d'emprisonnement.\n", "fr", ["vol qualifié", "recel"]),
])
def test_concurrence_splits_two_offences(text: str, lang: str, want: list[str]) -> None:
    assert _charges(text, lang) == want


# ---- "los delitos contra A en la modalidad de X y contra B en la modalidad de Y": each part
# names the protected interest, then its offence after its own cue


def test_each_protected_interest_part_keeps_its_offence() -> None:
    text = (
        "Por este medio rendimos informe en la carpetilla N° 55/2024, seguida por la presunta "
        "comisión de los delitos contra el patrimonio económico en la modalidad de hurto "
        "agravado\ny contra la fe pública en la modalidad de falsificación de documentos.\n"
    )
    want = ["hurto agravado", "falsificación de documentos"]
    assert _charges(text, "es", "police-report") == want


# ---- "; el B, con privación de libertad de cinco a diez años": a penalty whose verb the
# sentence left out ends the charge's wording after the comma


def test_a_penalty_after_comma_and_with_ends_a_restated_charge() -> None:
    text = (
        "El señor Mario ROJAS es requerido por los delitos de Robo Agravado, tipificado en el "
        "artículo 332 del Código Penal, y Receptación, tipificado en el artículo 172 del mismo "
        "Código.\n\nEl delito de Robo Agravado se sanciona con privación de libertad de cinco "
        "(5) a quince (15) años; la Receptación, con privación de libertad de seis meses a "
        "tres (3) años.\n"
    )
    assert _charges(text, "es", "extradition-request") == ["Robo Agravado", "Receptación"]


# ---- a diplomatic note that "has the honour to make the formal request for extradition"
# (a noun, not the verb "request") is an extradition request


@pytest.mark.parametrize(("text", "lang"), [
    ("MINISTERIO DE RELACIONES EXTERIORES\nNota DGAJ-220/2024\n\nEl Ministerio saluda "
     "atentamente a la Embajada y tiene el honor de formular\nla SOLICITUD FORMAL DE "
     "EXTRADICIÓN del ciudadano\nPEDRO LUNA VARGAS, requerido por el delito de estafa.\n", "es"),
    ("MINISTÈRE DES AFFAIRES ÉTRANGÈRES\nNote verbale n° 88/2024\n\nLe Ministère présente ses "
     "compliments à l'Ambassade et a l'honneur de formuler la DEMANDE FORMELLE D'EXTRADITION "
     "du nommé Paul DURAND, poursuivi pour escroquerie.\n", "fr"),
])
def test_formal_request_formula_is_an_extradition_request(text: str, lang: str) -> None:
    assert _doc_type(text, lang) == "extradition-request"


# ---- a Jordanian قرار اتهام: "اتهام المشتكى عليه <name> بما يلي:" over a numbered list; the
# same words without a colon and a list name no charge


def test_indicting_formula_over_a_list() -> None:
    text = (
        "لذلك أقرر اتهام المشتكى عليه سامر خليل العمري\nبما يلي:\n"
        "١- جناية السرقة بالإكراه خلافاً لأحكام المادة ٤٠١ من قانون العقوبات.\n"
        "٢- جنحة إيذاء شخص خلافاً لأحكام المادة ٣٣٤ من قانون العقوبات.\n"
    )
    assert _offenses(text, "ar") == [
        ("جناية السرقة بالإكراه", ["401"]), ("جنحة إيذاء شخص", ["334"]),
    ]


def test_indicting_formula_without_a_list_names_no_charge() -> None:
    text = "تقرر الهيئة:\n1- اتهام المدعى عليه سامر خليل العمري بالجناية المذكورة أعلاه.\n"
    assert all("العمري" not in c for c in _charges(text, "ar", "indictment"))


# ---- "وتشكل هذه الأفعال جرائم A وB وC، المنصوص عليها ...": the charging sentence of a
# police report


def test_these_acts_constitute_the_crimes_of() -> None:
    text = (
        "نحن ضابط الشرطة القضائية نحرر هذا المحضر.\n"
        "وتشكل هذه الأفعال جرائم تهريب المهاجرين وتكوين عصابة إجرامية، المنصوص عليها في "
        "المادة 4 من القانون رقم 10-2021.\n"
    )
    assert _charges(text, "ar", "police-report") == ["تهريب المهاجرين", "تكوين عصابة إجرامية"]


# ---- the purpose or make-up of a group or gathering after the offence's name, with no comma


def test_a_group_purpose_or_make_up_ends_a_verb_phrase_charge() -> None:
    text = (
        "أسندت النيابة العامة إلى المتهم أنه في غضون عام 2022 بدائرة المحافظة الوسطى:\n"
        "أولا: انضم إلى جماعة إرهابية الغرض منها الإخلال بالنظام العام بالمخالفة للمادة 6 "
        "من القانون رقم 58 لسنة 2006.\n"
        "ثانياً: اشترك في تجمهر في مكان عام مؤلف من أكثر من خمسة أشخاص بالمخالفة للمادة 178 "
        "من قانون العقوبات.\n"
    )
    assert _charges(text, "ar") == ["انضم إلى جماعة إرهابية", "اشترك في تجمهر في مكان عام"]


# ---- bounced cheques "بدون مؤونة" (Lebanon, Maghreb: "sans provision") name an offence


def test_cheques_without_cover_name_an_offence() -> None:
    text = (
        "مذكرة توقيف غيابية\n\nجرائم:\n"
        "- الاحتيال المنصوص عليه في المادة 655 من قانون العقوبات،\n"
        "- إصدار شيكات بدون مؤونة المنصوص عليه في المادة 666 من قانون العقوبات.\n"
    )
    assert _offenses(text, "ar") == [
        ("الاحتيال", ["655"]), ("إصدار شيكات بدون مؤونة", ["666"]),
    ]


# ---- a notice's "الإجراء المطلوب" / "Action requested" section ends the charges block


def test_action_requested_heading_ends_the_charges() -> None:
    text = (
        "التهم والنصوص القانونية:\n1. غسل الأموال - المادة 6 من قانون مكافحة غسل الأموال\n"
        "2. التزوير في محررات رسمية - المادة 198 من قانون الجزاء\n"
        "ثالثاً: الإجراء المطلوب\n"
        "تحديد مكان الشخص المطلوب والقبض عليه مؤقتاً تمهيداً لتسليمه.\n"
    )
    assert _charges(text, "ar", "red-notice") == ["غسل الأموال", "التزوير في محررات رسمية"]


# ---- warrant dates: a court's "Place. Date in words." head line; a Bolivian "mandamiento de
# aprehensión de fecha ..." cited by a request


def test_court_head_line_with_place_and_full_stop_dates_the_warrant() -> None:
    text = (
        "PODER JUDICIAL\nJUZGADO TERCERO DISTRITO PENAL DE AUDIENCIAS DE LEÓN\n"
        "Expediente N° 000871-ORO1-2024-PN\n\nAUTO QUE ORDENA LA DETENCIÓN\n\n"
        "Juzgado Tercero Distrito Penal de Audiencias de León, Circunscripción\n"
        "Occidente. Doce de febrero de dos mil veinticuatro. Las nueve de la mañana.\n\n"
        "VISTOS RESULTA: Que el Ministerio Público presentó acusación en contra de Luis Mena.\n"
    )
    decision = read_decision([_view(text, "es")], "arrest-warrant")
    assert decision.date is not None and decision.date.normalized == "2024-02-12"


def test_mandamiento_de_aprehension_is_a_warrant() -> None:
    text = (
        "El Ministerio de Relaciones Exteriores tiene el honor de solicitar la extradición del "
        "ciudadano Pedro Luna.\n\nSe adjuntan copias legalizadas del mandamiento de aprehensión "
        "de fecha\n14 de mayo de 2024, librado por el Juez de Instrucción Penal Primero de "
        "Sucre.\n"
    )
    decision = read_decision([_view(text, "es")], "extradition-request")
    assert decision.date is not None and decision.date.normalized == "2024-05-14"
