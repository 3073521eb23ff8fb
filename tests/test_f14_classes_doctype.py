"""Document types, warrant dates, maximum penalties and the issuing country: the classes of the
f14 development batch (untitled and OCR-garbled titles, dates among many dates), in fictional
texts written for these tests, not copied from the evaluation set."""

from __future__ import annotations

import pytest

from pipeline.records import Page
from pipeline.understand.dates import parse_date
from pipeline.understand.decision import read_decision
from pipeline.understand.notice import read_notice
from pipeline.understand.pageview import view_page
from pipeline.understand.penalties import read_penalty
from tests.understand_helpers import doc_type


def _view(text: str, lang: str):
    return view_page("t", Page(number=1, text=text, method="text-layer", language=lang), lang)


def _warrant_date(text: str, lang: str, kind: str) -> str | None:
    found = read_decision([_view(text, lang)], kind).date
    return found.normalized if found else None


def _country(text: str, lang: str, kind: str) -> str | None:
    found = read_notice([_view(text, lang)], kind).issuing_country
    return found.normalized if found else None


# ---- titles written letter by letter, or glued into one word once OCR drops the spaces


@pytest.mark.parametrize(("text", "lang", "kind"), [
    ("JUZGADO SEGUNDO DE CONTROL\nCausa 2C-1190-2024\n\n"
     "      O R D E N    D E    C A P T U R A\n      N° 2C-OC-011-2024\n\n"
     "Visto el escrito fiscal, este Tribunal estima acreditado el delito de robo.\n", "es",
     "arrest-warrant"),
    ("JUZGADO SEGUNDO DE CONTROL\nCausa 2C-1190-2024\n\nORDENDECAPTURA\nN* 2C-OC-011-2024\n\n"
     "Visto el escrito fiscal, este Tribunal estima acreditado el delito de robo.\n", "es",
     "arrest-warrant"),
    ("النيابة العامة\nنيابة الجنايات\n\n      أ م ر   إ ح ا ل ة\nالقضية رقم 77 لسنة 2024\n\n"
     "تحيل النيابة العامة المتهم إلى محكمة الجنايات لمعاقبته.\n", "ar", "indictment"),
    ("النيابة العامة\nنيابة الجنايات\n\nأمرإحالة\nالقضية رقم 77 لسنة 2024\n\n"
     "تحيل النيابة العامة المتهم إلى محكمة الجنايات لمعاقبته.\n", "ar", "indictment"),
])
def test_spaced_out_or_glued_title_types_the_document(text, lang, kind):
    assert doc_type(text, lang) == kind


def test_a_spaced_out_name_in_a_report_is_no_title():
    text = ("POLICE REPORT\nReport No. 9/2024\n\nSubject:\n   J O H N   D O E\n\n"
            "The officers recorded the complaint of the victim.\n")
    assert doc_type(text, "en") == "police-report"


# ---- a title with its gloss in brackets; a literal rendering of "diffusion"


def test_diffusion_title_with_a_bracketed_gloss():
    text = ("المكتب المركزي الوطني - الإنتربول\nنشرة انتشار (Diffusion) بشأن شخص مطلوب القبض عليه\n"
            "التاريخ: 03/02/2024\n\nيرجى البحث عن المدعو سالم بن علي وتوقيفه.\n")
    assert doc_type(text, "ar") == "diffusion"


def test_information_report_of_a_police_officer():
    text = ("المديرية العامة للأمن الوطني\nتقرير معلومات رقم 17/م.ش/2024\nبتاريخ 4 مارس 2024\n\n"
            "يشرفني أن أحيطكم علماً بأن المدعو سالم بن علي قد فر من السجن.\n")
    assert doc_type(text, "ar") == "police-report"


# ---- a judgment headed only by its court and the formula it is pronounced in


@pytest.mark.parametrize(("text", "lang"), [
    ("TRIBUNAL RÉGIONAL DE THIÈS\nDossier n° 88/2023\n\nAU NOM DU PEUPLE SÉNÉGALAIS\n\n"
     "Le tribunal, après en avoir délibéré, déclare le prévenu coupable de vol.\n", "fr"),
    ("محكمة بداية رام الله\nالقضية الجزائية رقم 55/2022\nباسم الشعب العربي الفلسطيني\n\n"
     "وحيث ثبت للمحكمة ارتكاب المتهم للأفعال المسندة إليه،\n"
     "حكماً حضورياً صدر وأفهم علناً في الخامس من أيار 2023.\n", "ar"),
])
def test_judgment_headed_by_the_formula_it_is_pronounced_in(text, lang):
    assert doc_type(text, lang) == "judgment"


def test_a_titled_warrant_keeps_its_title_over_that_formula():
    text = ("TRIBUNAL RÉGIONAL DE THIÈS\nAU NOM DU PEUPLE SÉNÉGALAIS\n\nMANDAT D'ARRÊT\n\n"
            "Nous, juge d'instruction, ordonnons à tous agents de la force publique.\n")
    assert doc_type(text, "fr") == "arrest-warrant"


def test_bill_of_information_is_a_charging_document():
    text = ("CRIMINAL DISTRICT COURT\nCASE No. 771-002\n\nBILL OF INFORMATION\n\n"
            "The District Attorney informs the Court that one John DOE did commit theft.\n")
    assert doc_type(text, "en") == "indictment"


def test_information_report_is_a_police_report():
    text = ("CITY POLICE DEPARTMENT\n\nINFORMATION REPORT No. 12/2024\n\n"
            "The informant stated that the suspect left the city by bus.\n")
    assert doc_type(text, "en") == "police-report"


# ---- the issuing country: an NCB city of several words; a US state court's header


def test_ncb_city_of_several_words_is_read_whole():
    text = ("NOTIFICACIÓN ROJA\nSolicitada por: OCN Ciudad de Guatemala (Ministerio Público)\n\n"
            "Delito: secuestro.\n")
    assert _country(text, "es", "red-notice") == "GT"


@pytest.mark.parametrize(("text", "code"), [
    ("IN THE DISTRICT COURT OF TRAVIS COUNTY\nSTATE OF TEXAS\n\nINDICTMENT\n\n"
     "The grand jury charges that John DOE committed robbery.\n", "US"),
    ("CRIMINAL DISTRICT COURT FOR THE PARISH OF ORLEANS\n\nBILL OF INFORMATION\n\n"
     "The District Attorney informs the Court that John DOE committed theft.\n", "US"),
    ("TRIBUNAL JUDICIAIRE D'ORLÉANS\n\nMANDAT D'ARRÊT\n\n"
     "Nous, juge d'instruction, ordonnons l'arrestation de Jean DUPONT.\n", "FR"),
])
def test_us_state_court_header_names_the_country(text, code):
    assert _country(text, "en" if code == "US" else "fr", "indictment") == code


# ---- warrant dates: closing formulas after a long place or court name


@pytest.mark.parametrize(("text", "lang", "kind", "iso"), [
    ("ORDEN DE CAPTURA\n\nSe decreta la captura del ciudadano Pedro PÉREZ.\n\n"
     "Dada, firmada y sellada en la Sala de Audiencias del Juzgado Segundo de Primera Instancia "
     "en Funciones de Control del Circuito Judicial Penal del Estado Lara, en Barquisimeto, a los "
     "diez (10) días del mes de mayo del año dos mil veinticuatro (2024).\nEL JUEZ\n",
     "es", "arrest-warrant", "2024-05-10"),
    ("ACTE D'ACCUSATION\n\nJean TREMBLAY est accusé d'avoir commis une fraude.\n\n"
     "Signé à Sherbrooke, ce quinzième jour de mars deux mille vingt-quatre.\n\n"
     "Mentions au dossier :\n- 2 mai 2024 : mandat d'arrestation décerné par le juge.\n",
     "fr", "indictment", "2024-03-15"),
    ("JUGEMENT\n\nPAR CES MOTIFS, condamne le prévenu à cinq ans.\n\n"
     "Ainsi jugé et prononcé à Constantine, le 14/06/2023.\n", "fr", "judgment", "2023-06-14"),
    ("محكمة بداية رام الله\nباسم الشعب العربي الفلسطيني\n\nلذلك تقرر المحكمة إدانة المتهم.\n"
     "حكماً غيابياً صدر وأفهم علناً\nفي الخامس من أيار 2023.\n", "ar", "judgment",
     "2023-05-05"),
    ("أمر إحالة\n\nتحال القضية إلى المحكمة للنظر فيها.\n\n"
     "حررت في مدينة أربيل في الثاني عشر من تشرين الأول/أكتوبر سنة ألفين واثنين وعشرين.\n",
     "ar", "indictment", "2022-10-12"),
    ("JUDGMENT\n\nThe accused is sentenced to ten years.\n\n"
     "Done and filed at Baton Rouge this fourth day of June, 2023.\n", "en", "judgment",
     "2023-06-04"),
])
def test_closing_formula_dates_the_document(text, lang, kind, iso):
    assert _warrant_date(text, lang, kind) == iso


def test_a_reports_own_closing_formula_dates_no_warrant():
    text = ("PROCÈS-VERBAL DE SYNTHÈSE\n\nNous, officier de police judiciaire, rapportons les "
            "opérations suivantes. Aucun mandat n'a encore été décerné.\n\n"
            "Dont acte, clos et signé à Grenoble, le 9 mars 2024, 18 heures.\n")
    assert _warrant_date(text, "fr", "police-report") is None


def test_facts_a_judgment_recites_in_words_are_not_its_date():
    text = ("حكم غيابي\nباسم الشعب اللبناني\n\nوحيث تبين أنه بتاريخ الخامس من آب 2022 أقدم "
            "المتهم على إطلاق النار، وصدر بحقه حكم مستقل،\n\nلذلك تحكم المحكمة غيابياً.\n"
            "حكماً غيابياً صدر في بيروت بتاريخ الثالث من تشرين الأول سنة ألفين وثلاث وعشرين.\n")
    assert _warrant_date(text, "ar", "judgment") == "2023-10-03"


def test_a_closing_formula_whose_sentence_ended_dates_nothing_after_it():
    text = ("ORDEN DE CAPTURA\n\nSe decreta la captura del ciudadano Pedro PÉREZ.\n\n"
            "Dada en la Sala de Audiencias del Juzgado Segundo de Primera Instancia en Funciones "
            "de Control del Circuito Judicial Penal. Se deja constancia de que el imputado huyó "
            "el 3 de enero de 2024.\n")
    assert _warrant_date(text, "es", "arrest-warrant") != "2024-01-03"


# ---- a judgment's or indictment's own date, not that of the warrant it cites


def test_indictment_citing_a_warrant_is_dated_by_its_signature_line():
    text = ("ACUSACIÓN\n\nLa Procuraduría presenta formal acusación contra el imputado Luis ROJAS, "
            "prófugo, con orden de arresto núm. 0055-2023 dictada el 4 de enero de 2023 por la "
            "Oficina Judicial de Atención Permanente.\n\nPor tales motivos se solicita la apertura "
            "a juicio.\n\nEn Santo Domingo, capital de la República Dominicana, a los doce (12) "
            "días del mes de marzo del año dos mil veinticuatro (2024).\n")
    assert _warrant_date(text, "es", "indictment") == "2024-03-12"


def test_a_warrant_still_reads_its_own_issuing_cue():
    text = ("ORDEN DE ARRESTO\n\nLa Oficina Judicial de Atención Permanente dispone la orden de "
            "arresto núm. 0055-2023 dictada el 4 de enero de 2023 contra Luis ROJAS.\n")
    assert _warrant_date(text, "es", "arrest-warrant") == "2023-01-04"


def test_reference_line_dates_the_judgment():
    text = ("TRIBUNAL PROVINCIAL POPULAR DE HOLGUÍN\nSentencia No. 45/2022 de 12 de mayo de 2022 "
            "-- Causa No. 31/2022\n\nVisto en juicio oral el proceso seguido contra el acusado.\n"
            "FALLAMOS: que debemos sancionar y sancionamos al acusado.\n")
    assert _warrant_date(text, "es", "judgment") == "2022-05-12"


def test_translated_judgment_dated_before_its_operative_formula():
    text = ("[Certified translation from the German]\n\nDistrict Court of Bonn\n\n"
            "IN THE NAME OF THE PEOPLE\n\nthe Criminal Chamber, at the main hearing on 2 and 3 "
            "March 2020, on 3 March 2020 has held as follows:\n\n1. The accused is guilty of "
            "fraud.\n\nTranslated on 5 May 2021 by Anna MEYER, sworn translator.\n")
    assert _warrant_date(text, "en", "judgment") == "2020-03-03"


def test_translators_date_is_never_the_judgments():
    text = ("JUDGMENT\n\n1. The accused is guilty of fraud.\n\n"
            "Translated on 5 May 2021 by Anna MEYER, sworn translator.\n")
    assert _warrant_date(text, "en", "judgment") != "2021-05-05"


# ---- a warrant cited in a report or request: far from its cue, or quoted whole


def test_warrant_dated_on_the_day_in_words_far_after_its_cue():
    text = ("SUBJECT: WANTED PERSON - DIFFUSION\n\n3. A warrant of arrest, No. 55/2023, was "
            "issued against the subject by the Court of Magistrates as a Court of Criminal "
            "Inquiry, presided by Magistrate Dr Anne FALZON LL.D., on the ninth day of May two "
            "thousand and twenty-three, after he failed to appear.\n")
    assert _warrant_date(text, "en", "diffusion") == "2023-05-09"


@pytest.mark.parametrize(("text", "lang", "iso"), [
    ("SOLICITUD DE EXTRADICIÓN\n\nSe transcribe la parte dispositiva del mandamiento:\n"
     "\"ORDEN DE CAPTURA N° 0091-2023.\nEl Juez de Garantías, visto el pedido fiscal, ORDENA la "
     "captura de Marcos LIMA, alias \"Toco\", nacido el 02/02/1990, por tráfico de drogas "
     "(artículo 33 de la Ley n.º 11.343/2006) y asociación para el tráfico (artículo 35 de la "
     "misma ley), y su conducción ante este juzgado. Posadas, doce de marzo de dos mil "
     "veintitrés.\"\n\nLos delitos se castigan con penas de hasta quince años.\n", "es",
     "2023-03-12"),
    ("طلب تسليم\n\nونورد فيما يلي نص قرار القبض:\n«قرار قبض رقم 2023/55\n"
     "تقرر محكمة الجنايات الأولى القبض على المشتبه به وإحضاره أمام المحكمة فور القبض عليه "
     "لقيامه بالاحتيال وغسل الأموال المتأتية من الجرائم والتزوير في المحررات الرسمية واستعمالها "
     "مع علمه بتزويرها، وذلك بعد ثبوت مغادرته البلاد.\nصدر القرار بتاريخ 14/03/2023.»\n"
     "\nوقد صدرت بحقه لائحة اتهام بتاريخ 20/05/2023.\n", "ar", "2023-03-14"),
])
def test_warrant_quoted_whole_in_a_request_is_dated_by_its_own_text(text, lang, iso):
    assert _warrant_date(text, lang, "extradition-request") == iso


def test_report_dates_the_warrant_before_the_judgment_it_rests_on():
    text = ("INFORME No. 12/2024\n\n1. El sujeto fue condenado mediante sentencia definitiva del "
            "Tribunal Primero de Sentencia, de fecha 3 de marzo de 2018, a diez años de prisión.\n"
            "2. El Juzgado de Vigilancia Penitenciaria giró orden de captura el 5 de junio de "
            "2023, la cual se encuentra vigente.\n")
    assert _warrant_date(text, "es", "police-report") == "2023-06-05"


# ---- dates: an Arabic ordinal day, a Levantine month with its gloss, a French ordinal day


@pytest.mark.parametrize(("text", "lang", "iso"), [
    ("الخامس من أيار 2023", "ar", "2023-05-05"),
    ("الثاني عشر من تشرين الأول/أكتوبر سنة ألفين واثنين وعشرين", "ar", "2022-10-12"),
    ("quinzième jour de mars deux mille vingt-quatre", "fr", "2024-03-15"),
])
def test_dates_in_words(text, lang, iso):
    assert parse_date(text, lang) == iso


# ---- penalties: death as the alternative to a term; time already served


def test_death_as_the_alternative_after_a_term_of_years():
    text = "previsto en el artículo 261, con privación de libertad de diez a veinte años o muerte"
    assert read_penalty(text, "es").kind == "death"


def test_a_result_of_injury_or_death_is_no_death_penalty():
    text = ("conducción temeraria con resultado de lesiones o muerte, castigada con prisión "
            "de uno a cuatro años")
    penalty = read_penalty(text, "es")
    assert (penalty.kind, penalty.max_months) == ("custodial", 48)


@pytest.mark.parametrize(("text", "lang", "remaining"), [
    ("فر من السجن بعد أن قضى ثلاث سنوات وتسعة أشهر من عقوبته، ولا يزال عليه أن يقضي "
     "ست سنوات وثلاثة أشهر.", "ar", 75),
    ("the two years and one month he spent in remand custody is taken into account, leaving "
     "eleven years and five months to be served upon arrest.", "en", 137),
])
def test_time_served_is_no_maximum(text, lang, remaining):
    penalty = read_penalty(text, lang)
    assert penalty.max_months is None
    assert penalty.remaining_months == remaining


def test_a_term_after_a_punishment_cue_is_still_a_maximum():
    text = "La loi punit ce crime de dix ans d'emprisonnement."
    assert read_penalty(text, "fr").max_months == 120
