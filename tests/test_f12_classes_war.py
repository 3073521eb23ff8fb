"""Classes of warrant-field misses found on the -f12 batch: each test is a new short text."""
from __future__ import annotations

import pytest

from pipeline.understand.decision import read_decision
from pipeline.understand.notice import read_notice
from tests.understand_helpers import view as _view


def _decision(text: str, lang: str, kind: str | None, method: str = "text-layer"):
    return read_decision([_view(text, lang, method)], kind)


def _value(found) -> str | None:
    return None if found is None else (found.normalized or found.value)


# ---- a sentence wrapped onto a head line is no "reference, then date" line
def test_wrapped_sentence_with_a_number_is_not_the_head_date_line() -> None:
    text = ("الجمهورية\nمحكمة الجنايات في صيدا\nرقم الأساس: 2022/415\n\nمذكرة توقيف غيابية\n\n"
            "بعد الاطلاع على التقرير المنظم من فصيلة الدرك\nالإقليمية رقم 77/ص تاريخ 2022/5/3،\n"
            "نقرر توقيف المدعى عليه.\n\nصيدا في 9 أيار 2022\nالرئيس\n")
    decision = _decision(text, "ar", "arrest-warrant")
    assert _value(decision.date) == "2022-05-09"
    assert _value(decision.number) == "2022/415"  # "رقم الأساس:" numbers the case


# ---- "Place, dated DATE" heads a warrant
def test_place_then_dated_heads_the_document() -> None:
    text = ("MINISTRY OF JUSTICE\nProvincial Prosecutor's Office No. 88/PPO.LP\n"
            "Luang Prabang, dated 03/02/2022\nORDER OF ARREST\nThe suspect shall be arrested.\n")
    decision = _decision(text, "en", "arrest-warrant")
    assert _value(decision.date) == "2022-02-03"
    assert _value(decision.number) == "88/PPO.LP"  # a number label on the office's line


# ---- "Warrant No. X, issued by Magistrate Y of the Z Court, Town, on DATE"
def test_date_after_the_issuing_court_and_its_town() -> None:
    text = ("The request rests on Warrant of Arrest No. 12 of 2022, issued by Senior "
            "Magistrate Ann B. COLE of the Northern Court, Port Town, on the 4th day of May "
            "2022, which remains in force.\n")
    decision = _decision(text, "en", "extradition-request")
    assert _value(decision.date) == "2022-05-04"
    assert decision.authority is not None and "Northern Court" in decision.authority.value


# ---- the date after "en fecha" (in words) and the court of "la decisión n.º"
def test_en_fecha_cues_the_decision_date() -> None:
    text = ("ORDEN DE DETENCIÓN\nEl juez de instrucción del Tribunal de Distrito de Tartu "
            "(Tartu Maakohus)\ndictó, en fecha tres de marzo de dos mil veintidós, la decisión "
            "n.º 2-22-118, por la que se acuerda la prisión preventiva del reclamado.\n")
    decision = _decision(text, "es", "extradition-request")
    assert _value(decision.date) == "2022-03-03"
    assert _value(decision.number) == "2-22-118"
    assert decision.authority is not None
    assert not decision.authority.value.lower().startswith("detención")


# ---- OCR's "n.2" for "n.º" still labels a resolution's number
@pytest.mark.parametrize("label", ["n.2", "n.?", "n.º"])
def test_ocr_variants_of_the_number_sign(label: str) -> None:
    text = ("4. MEDIDAS JUDICIALES\n\nEl Juzgado de Distrito de Bergen, a petición de esta "
            f"Jefatura, dictó el 3 de mayo de 2022 la resolución {label} R-77/2022, por la que "
            "se acuerda la prisión preventiva del investigado.\n")
    decision = _decision(text, "es", "police-report", "ocr")
    assert _value(decision.number) == "R-77/2022"
    assert _value(decision.date) == "2022-05-03"
    assert decision.authority is not None
    assert decision.authority.value == "Juzgado de Distrito de Bergen"


# ---- "Date et lieu : le DATE, Ville" and a Persian date with its Gregorian one in brackets
def test_date_and_place_label_and_bracketed_gregorian_date() -> None:
    text = ("TRIBUNAL DE COMTÉ DE PÄRNU\n\nORDONNANCE\n\nNuméro de l'affaire : 1-22-318\n\n"
            "Date et lieu : le 2 juin 2022, Pärnu\n\nLe juge décide de placer X en détention.\n")
    decision = _decision(text, "fr", "arrest-warrant")
    assert _value(decision.date) == "2022-06-02"
    assert _value(decision.number) == "1-22-318"
    text = ("BUREAU DU PROCUREUR\nN° : 118/1400\nDate : 3 Hamal 1400 (correspondant au "
            "23 mars 2021)\nORDRE D'ARRESTATION\nVu le dossier n° 55 ;\n")
    decision = _decision(text, "fr", "arrest-warrant")
    assert _value(decision.date) == "2021-03-23"
    assert _value(decision.number) == "118/1400"  # the bare "N° :" at the head


# ---- a head "Reference:" / "Réf. :" with a register's two words is the document's number
@pytest.mark.parametrize(("text", "lang", "want"), [
    ("TRIBUNAL DE DISTRITO DE KOPER\nReferencia: IV Kpd 118/2022\n\nAUTO\n", "es",
     "IV Kpd 118/2022"),
    ("Parquet de district de Celje\nRéf. : Kt 77/2021\nCelje, 4. 5. 2022\n\nACTE D'ACCUSATION\n",
     "fr", "Kt 77/2021"),
    ("Fiscalía de Odense\nExpediente n.º: 0200-1188-22\n\nESCRITO DE ACUSACIÓN\n", "es",
     "0200-1188-22"),
    ("IN THE HIGH COURT\nIndictment No. GDAHCR2022/0031\nTHE STATE\nv.\nJOHN DOE\n", "en",
     "GDAHCR2022/0031"),
])
def test_head_reference_is_the_own_number(text: str, lang: str, want: str) -> None:
    kind = "judgment" if "AUTO" in text else "indictment"
    assert _value(_decision(text, lang, kind).number) == want


# ---- a notice's warrant section: "تحت الرقم X" and a two-cell table row "| Número | X |"
def test_notice_section_numbers_in_prose_and_in_label_value_rows() -> None:
    text = ("مذكرة التوقيف أو القرار القضائي:\nصدر بحق المطلوب قرار بالحبس الاحتياطي عن محكمة "
            "أوسلو الابتدائية بتاريخ 3 أيار 2022 تحت الرقم AB 12-3344/2022، لمدة أربعة أسابيع.\n")
    decision = _decision(text, "ar", "red-notice")
    assert _value(decision.number) == "AB 12-3344/2022"
    text = ("3. ORDEN DE DETENCIÓN O RESOLUCIÓN JUDICIAL EQUIVALENTE\n| Número | 2-BPS-11/2022 |\n"
            "| Fecha | 05.04.2022 |\n| Autoridad | Tribunal de Distrito de Kaunas |\n"
            "4. OTROS DATOS\n")
    decision = _decision(text, "es", "red-notice")
    assert _value(decision.number) == "2-BPS-11/2022"
    assert _value(decision.date) == "2022-04-05"
    assert decision.authority is not None
    assert decision.authority.value == "Tribunal de Distrito de Kaunas"


# ---- "قررت محكمة X (Original) بتاريخ 1.2.2022، في القضية رقم Y": court before the cue
def test_court_that_decided_before_the_case_number() -> None:
    text = ("القرار القضائي:\nقررت محكمة مقاطعة تامبيري (Pirkanmaan käräjäoikeus) بتاريخ "
            "1.2.2022، في القضية\nرقم R 22/118، حبس المطلوب احتياطياً.\n")
    decision = _decision(text, "ar", "diffusion")
    assert _value(decision.number) == "R 22/118"
    assert decision.authority is not None and decision.authority.value == "محكمة مقاطعة تامبيري"


# ---- a court's name in the original language after it in brackets is not part of it
def test_original_name_in_brackets_after_the_court_line() -> None:
    text = ("TRIBUNAL SUPERIOR DE BAR (VIŠI SUD U BARU)\nReferencia: K 3/2022\n\nSENTENCIA\n")
    decision = _decision(text, "es", "judgment")
    assert decision.authority is not None
    assert decision.authority.value == "TRIBUNAL SUPERIOR DE BAR"


# ---- "en ausencia de tratado" is no trial in absentia; nor "prisión preventiva en ausencia"
def test_absence_of_a_treaty_and_detention_in_absence_are_no_judgment() -> None:
    text = ("La Fiscalía General, en ausencia de tratado bilateral, solicita la extradición "
            "de Juan PÉREZ.\n")
    assert _decision(text, "es", "extradition-request").in_absentia is None
    text = ("Auto n.º 1-22-9 del juez de instrucción, que acuerda la prisión preventiva en "
            "ausencia de Juan PÉREZ por dos meses.\n")
    assert _decision(text, "es", "diffusion").in_absentia is None
    text = "La Sala condenó en ausencia al acusado a ocho años de prisión.\n"
    assert _decision(text, "es", "judgment").in_absentia is not None


# ---- status labels: "Status of notice:", "Estatus de la notificación:", "Statut : la
# présente diffusion est active"
@pytest.mark.parametrize(("text", "lang", "kind"), [
    ("Status of notice: Active\n", "en", "red-notice"),
    ("Estatus de la notificación: vigente\n", "es", "red-notice"),
    ("Statut : la présente diffusion est active. Toute modification suivra.\n", "fr",
     "diffusion"),
])
def test_status_label_variants(text: str, lang: str, kind: str) -> None:
    notice = read_notice([_view(text, lang)], kind)
    assert [s.normalized for s in notice.status] == ["active"]


# ---- a decision number beside the case's basis number on one line: the decision's
def test_decision_number_after_the_basis_number_on_its_line() -> None:
    text = ("الهيئة الاتهامية في طرابلس\n\nقرار اتهامي\nرقم الأساس: 2022/71 — رقم القرار: "
            "2022/305\n\nإن الهيئة الاتهامية ...\n")
    assert _value(_decision(text, "ar", "indictment").number) == "2022/305"


# ---- "décision du juge ... du tribunal de X (nom), rendue le DATE" in a diffusion
def test_strong_date_cue_reaches_back_over_a_long_court_name() -> None:
    text = ("Fondement de la recherche : décision du juge chargé de l'enquête du tribunal de "
            "la ville de Tartu (Tartu Maakohus), rendue le trois mai deux mille vingt-deux dans "
            "la procédure pénale n° 118220001 ordonnant sa recherche.\n")
    decision = _decision(text, "fr", "diffusion")
    assert _value(decision.date) == "2022-05-03"
    assert _value(decision.number) == "118220001"


# ---- regressions of the number labels (fix-num-regress): a wrong number costs more than none
def test_case_label_with_register_letters_beats_an_address_number() -> None:
    text = ("IN THE DISTRICT COURT OF KANDY\n\nCase No. DC 4471/2021\n\n"
            "The Republic   Complainant\nVs.\nKamal Perera\n"
            "No. 12/7, Lake Road, Peradeniya   Accused\n\nJUDGMENT\nThe accused did not appear.\n")
    assert _value(_decision(text, "en", "judgment").number) == "DC 4471/2021"
    text = ("IN THE DISTRICT COURT OF KANDY\n\nKamal Perera\nNo. 12/7, Lake Road, Peradeniya\n\n"
            "JUDGMENT\nThe accused failed to appear.\n")
    assert _decision(text, "en", "judgment").number is None  # a house's number, no colon


def test_department_register_and_serial_are_one_number() -> None:
    text = ("Arrest warrant or equivalent judicial decision:\n\nCourt order (Haftbefehl) No. "
            "41 Js 902/23-8\n\nissued on 05.04.2023 by the Public Prosecutor's Office Graz\n")
    assert _value(_decision(text, "en", "red-notice").number) == "41 Js 902/23-8"


def test_ocr_split_reference_in_a_label_value_is_joined() -> None:
    text = ("FISCALÍA ADJUNTA DE LIMÓN\nLimón, 4 de marzo de 2023\n\nExpediente: 19-00413 "
            "2-0982-PE\nImputado: Juan MORA\n\nFormulo acusación contra el imputado.\n")
    assert _value(_decision(text, "es", "indictment", "ocr").number) == "19-004132-0982-PE"


def test_warrant_title_number_beats_the_case_number() -> None:
    """The reference is reported as the scan reads it ("]" kept): no guess at a misread letter."""
    text = ("TRIBUNAL DE LA COMARCA DE BENGUELA\nProceso n.? 551/22-A\n\nORDEN DE DETENCIÓN "
            "N.* 014/]P/TCB/2023\n\nEl Juez manda detener a:\nPEDRO NETO\n")
    assert _value(_decision(text, "es", "arrest-warrant", "ocr").number) == "014/]P/TCB/2023"


def test_radicacion_numbers_a_colombian_judgment_not_its_bare_serial() -> None:
    text = ("JUZGADO SEGUNDO PENAL DEL CIRCUITO DE NEIVA\n\nRadicación: 410016000589202200455\n"
            "Sentencia n.º 097\nNeiva, tres (3) de abril de dos mil veintitrés (2023)\n\n"
            "Procesado: Luis ROJAS\n")
    assert _value(_decision(text, "es", "judgment").number) == "410016000589202200455"


def test_sentencia_numero_is_the_judgment_number_not_the_case() -> None:
    text = ("TRIBUNAL PROVINCIAL POPULAR DE MATANZAS\n\nCausa N.º 12 de 2020\nSENTENCIA NÚMERO "
            "58 DE 2021\n\nEn la ciudad de Matanzas, vista la causa contra el acusado.\n")
    assert _value(_decision(text, "es", "judgment").number) == "58 DE 2021"


def test_several_references_on_a_head_line() -> None:
    text = ("TRIBUNAL JUDICIAIRE DE NANTES\n\nParquet n° 22.105.00917 — Instruction n° 4/22/13\n\n"
            "MANDAT D'ARRÊT\n\nNous, juge d'instruction, mandons d'arrêter X.\n")
    assert _value(_decision(text, "fr", "arrest-warrant").number) == "4/22/13"
    text = ("TRIBUNAL JUDICIAIRE DE NANTES\n\nParquet n° 22.105.00917 — Cabinet n° 4/22/13\n\n"
            "MANDAT D'ARRÊT\n\nNous, juge d'instruction, mandons d'arrêter X.\n")
    assert _decision(text, "fr", "arrest-warrant").number is None  # which one is not sure


def test_al_number_label_and_a_court_named_in_a_sentence() -> None:
    text = ("محكمة جنايات بحري\nأمر قبض\nالرقم: ب.ج/١٢/٢٠٢٣\nإلى: جميع رجال الشرطة\n"
            "حيث إنه قد ثبت لدى المحكمة من محضر التحري رقم ٧٧/٢٠٢٣ أن المتهم هارب.\n")
    assert _value(_decision(text, "ar", "arrest-warrant").number) == "ب.ج/١٢/٢٠٢٣"
    text = ("محكمة جنايات بحري\nأمر قبض\nإلى: جميع رجال الشرطة\n"
            "حيث إنه قد ثبت لدى المحكمة من محضر التحري رقم ٧٧/٢٠٢٣ أن المتهم هارب.\n")
    assert _decision(text, "ar", "arrest-warrant").number is None  # the inquiry's number


def test_register_letters_then_number_of_year() -> None:
    text = ("IN THE HIGH COURT OF FIJI AT SUVA\nCriminal Case No. HAC 12 of 2021\nSTATE\nv.\n"
            "JONE TUI\n\nSENTENCE\n1. You were charged with robbery.\n")
    assert _value(_decision(text, "en", "judgment").number) == "HAC 12 of 2021"


def test_header_reference_read_in_part_is_none() -> None:
    text = ("محكمة بودفا العليا\n\nقاضي التحقيق\n\nرقم: 18/23 ٤-7\n\nالتاريخ: 03.04.2023\n\n"
            "قرار بالحبس الاحتياطي\n")
    assert _decision(text, "ar", "arrest-warrant", "ocr").number is None  # a scan's mixed line
