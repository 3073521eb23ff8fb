"""Document types, issuing countries and subject names: the classes of the f18 development
batch (a two-line title under a decision's bare name, translated titles of detention orders,
committals for trial and police records, an NCB message's type label, a translation made
for another state, the country of the penal code applied, an Arabic place glued to its
preposition, a Latin name in brackets ending at an Arabic comma, an Arabic dual nationality,
an OCR'd Arabic list number), in fictional texts written for these tests, not copied from the
evaluation set."""

from __future__ import annotations

from pipeline.understand.notice import header_country, law_country
from tests.understand_helpers import doc_type, names, nationalities, view


def _country(text: str, lang: str) -> str | None:
    found = header_country([view(text, lang)])
    return found.normalized if found else None


# ---- document types


_RULING = (
    "Translation from Russian\n\nCase No. 5/2-77/2024\n\nRULING\n"
    "on the selection of a preventive measure in the form of detention\n"
    "in custody (in absentia)\n\nCity of Kazan, judge P. R. Orlova, having examined ...\n"
)


def test_title_going_on_under_a_decision_word():
    assert doc_type(_RULING, "en") == "arrest-warrant"


def test_line_under_running_text_is_no_title():
    text = _RULING.replace("RULING\n", "The court heard the petition\n")
    assert doc_type(text, "en") == "other"


def test_arabic_detention_order_with_an_adjective():
    text = ("محكمة أودنسه   رقم القضية: 12/2024\n\n"
            "قرار قضائي بالحبس الاحتياطي غيابياً (أمر بالقبض)\n\nعقدت المحكمة جلسة مغلقة")
    assert doc_type(text, "ar") == "arrest-warrant"


def test_arabic_judicial_decision_on_something_else_stays_other():
    text = ("محكمة أودنسه   رقم القضية: 12/2024\n\nقرار قضائي بتأجيل الجلسة\n\n"
            "عقدت المحكمة جلسة مغلقة")
    assert doc_type(text, "ar") == "other"


def test_decree_committing_for_trial():
    text = ("TRIBUNAL DE MILÁN\nProc. n.º 1234/23 R.G.N.R.\nDECRETO QUE DISPONE EL JUICIO\n"
            "(art. 429 del Código de Procedimiento Penal)\n\nEl Juez dispone el juicio contra ...")
    assert doc_type(text, "es") == "indictment"


def test_arabic_referral_decision_without_article():
    text = "جمهورية القمر\nغرفة الاتهام\nقرار إحالة على المحكمة الجنائية رقم 12/2024\n\nإن الغرفة"
    assert doc_type(text, "ar") == "indictment"


def test_police_record_in_spanish():
    text = ("POLICÍA NACIONAL\nACTA POLICIAL N.º PL-2025-0007\n\n"
            "Yo, Marta DE BOER, inspectora de policía, hago constar lo siguiente:\n")
    assert doc_type(text, "es") == "police-report"


def test_message_type_label_names_a_diffusion():
    text = ("من: المكتب المركزي الوطني للإنتربول – نيامي\nإلى: جميع المكاتب المركزية الوطنية\n"
            "نوع الرسالة: تعميم بشأن شخص مطلوب للقبض عليه\nمرجعنا: NCB/12/2025\n")
    assert doc_type(text, "ar") == "diffusion"


def test_message_type_label_does_not_make_a_red_notice():
    text = ("من: المكتب المركزي الوطني للإنتربول – نيامي\nإلى: جميع المكاتب المركزية الوطنية\n"
            "نوع الرسالة: نشرة حمراء\nمرجعنا: NCB/12/2025\n")
    assert doc_type(text, "ar") != "red-notice"


# ---- issuing country


def test_authority_a_translation_is_made_for_is_no_issuer():
    text = ("POLICÍA NACIONAL DE LOS PAÍSES BAJOS\nUnidad Regional de Utrecht\n"
            "ACTA POLICIAL N.º PL-2025-0007\n"
            "Traducción al español para la Fiscalía General de la Nación (Colombia)\n\nYo, ...")
    assert _country(text, "es") == "NL"


def test_authority_on_an_ordinary_line_still_issues():
    text = ("Fiscalía General de la Nación (Colombia)\nACTA N.º 7\n\nYo, ...")
    assert _country(text, "es") == "CO"


def test_translators_office_below_the_title_line_is_no_issuer():
    text = ("ترجمة محلفة عن اللغة الدنماركية\n"
            "(مكتب النهرين للترجمة – أربيل، بتاريخ 5 كانون الثاني 2025)\n\n"
            "محكمة أودنسه   رقم القضية: 12/2024\n\nوفقاً للمادة 237 من قانون العقوبات الدنماركي")
    assert _country(text, "ar") == "DK"


def test_bracketed_line_not_under_a_translation_names_the_issuer():
    text = ("وزارة العدل\n(مكتب التعاون الدولي – أربيل)\n\nمذكرة بشأن المطلوب")
    assert _country(text, "ar") == "IQ"


def test_country_of_the_penal_code_applied():
    text = ("TRADUCCIÓN JURADA — ORDEN DE DETENCIÓN EUROPEA\nN.º MAE 1/2024\n\n"
            "Delito previsto por el artículo 222-7 del Código Penal francés.")
    assert _country(text, "es") == "FR"
    arabic = "المواد 12 و13 من القانون الجنائي لدولة إريتريا لسنة 2015"
    assert law_country([view(arabic, "ar")]).normalized == "ER"  # type: ignore[union-attr]


def test_code_without_a_country_names_none():
    assert law_country([view("Article 159 of the Criminal Code, part 4.", "en")]) is None


def test_arabic_place_glued_to_its_preposition():
    assert _country("محكمة الاستئناف بجيبوتي – غرفة الاتهام\nقرار رقم 4\n", "ar") == "DJ"
    assert _country("محكمة الاستئناف – غرفة الاتهام\nقرار رقم 4\n", "ar") is None


# ---- subject names and nationalities


_SUSPECT = (
    "طلبت النيابة العامة حبس المشتبه\nبه احتياطياً في غيابه:\n"
    "سامي فريد ناصر العبيدي (Sami Farid Nasser AL-OBAIDI)،\n"
    "المعروف بـ \"أبو فارس\"، المولود في 3 آذار 1994 في كركوك، يحمل\n"
    "الجنسيتين النرويجية والعراقية، آخر عنوان معروف له: بيرغن.\n"
)


def test_latin_name_in_brackets_ending_at_an_arabic_comma():
    assert names(_SUSPECT, "ar") == ["Sami Farid Nasser AL-OBAIDI", "سامي فريد ناصر العبيدي"]


def test_arabic_form_before_the_bracket_must_fill_its_line():
    text = _SUSPECT.replace("سامي فريد ناصر العبيدي (", "وقال إن السيد (")
    assert "وقال إن السيد" not in names(text, "ar")


def test_arabic_dual_nationality_glued_and():
    assert nationalities(_SUSPECT, "ar") == ["NO", "IQ"]


def test_glued_and_before_a_non_country_adds_nothing():
    text = "المتهم: سامي فريد، يحمل الجنسية النرويجية وسكن في بيرغن."
    assert nationalities(text, "ar") == ["NO"]


def test_ocr_arabic_list_number_before_a_name():
    text = ("وحيث إن التحقيق أسفر عن أدلة كافية ضد:\n\n-١\u200f يوسف عمر عبدي «(Yusuf Omar ABDI)"
            " الشهير ب «يوسف طويل», المولود\n\nسنة 1990 بجيبوتي\n\n"
            "والإبقاء على أمر القبض الصادر ضد المتهم الأول ساري المفعول,")
    assert names(text, "ar") == ["يوسف عمر عبدي", "Yusuf Omar ABDI"]


def test_number_in_a_value_opening_with_latin_digits_is_no_list_number():
    assert names("Name: 12 MAY STREET\n", "en") == []
