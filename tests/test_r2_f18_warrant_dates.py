"""Warrant dates of the f18 batch's own rulings, as classes (fictional texts written for these
tests, not copied from the evaluation set)."""

from __future__ import annotations

from pipeline.records import Decision
from pipeline.understand import decision
from pipeline.understand.decision import read_decision
from tests.understand_helpers import view


def _decision(text: str, lang: str, kind: str | None = "arrest-warrant") -> Decision:
    return read_decision([view(text, lang)], kind)


def _date(text: str, lang: str, kind: str | None = "arrest-warrant") -> str | None:
    found = _decision(text, lang, kind).date
    return None if found is None else found.normalized


# ---- a head line "City of X the <date>" whose column gap the text layer lost: the city word
# names the place, so the ruling's own date needs no comma after it

_CITY_HEAD = """Case No. 4/2-77/2023

RULING
on detention in custody in absentia

{place} the ninth of May two thousand and twenty-three

Judge of the Lenin District Court of Perm A. B. Orlova, having examined the
petition of the investigator dated 2 May 2023 in respect of
PETROV Ivan Olegovich, born 3 June 1990 in Perm,
"""


def _head_date(text: str, lang: str) -> str | None:
    views = [view(text, lang)]
    found = decision._header_date(views, decision._Context(views, letter=False))
    return None if found is None else found.normalized


def test_city_word_head_line_dates_the_ruling() -> None:
    text = _CITY_HEAD.format(place="City of Perm")
    assert _head_date(text, "en") == "2023-05-09"
    assert _date(text, "en") == "2023-05-09"


def test_head_line_of_a_sentence_without_city_word_is_no_date_line() -> None:
    assert _head_date(_CITY_HEAD.format(place="The judge considered on"), "en") is None


# ---- the date opening a ruling's first sentence, a court and its sitting after it: the day
# the court sat, not the earlier petition it heard

_SITTING = """محكمة الدائرة الشمالية                     رقم القضية: SS 4-2210/2023

قرار بالحبس الاحتياطي غيابياً

في يوم {weekday} 12 آذار 2023 {verb} محكمة الدائرة الشمالية {noun}
برئاسة القاضي سامي ناصر.

عرضت النيابة العامة طلبها المؤرخ في 3 آذار 2023 بحبس المشتبه به
احتياطياً في غيابه: خالد يوسف حسن، المولود في 5 أيار 1988.
"""


def test_date_before_a_court_sitting_dates_the_ruling() -> None:
    text = _SITTING.format(weekday="الأحد", verb="عقدت", noun="جلسة مغلقة")
    assert _date(text, "ar") == "2023-03-12"


def _sitting_date(text: str, lang: str) -> str | None:
    views = [view(text, lang)]
    found = decision._sitting_date(views, decision._Context(views, letter=False))
    return None if found is None else found.normalized


def test_date_before_a_court_without_sitting_is_not_the_ruling_date() -> None:
    text = _SITTING.format(weekday="الأحد", verb="زار", noun="مبنى البلدية")
    assert _sitting_date(text, "ar") is None
    assert _date(text, "ar") != "2023-03-12"


def test_sitting_noun_inside_a_longer_latin_word_is_no_sitting() -> None:
    text = """ORDER

On Monday 6 March 2023 the District Court of Varna found possession
of the seized items lawful.

The petition of the prosecutor dated 1 March 2023 was examined.
"""
    assert _sitting_date(text, "en") is None


# ---- a warrant's own "Fecha:" line beats a date cue inside a sentence, which cites the earlier
# decision the warrant rests on (a European arrest warrant dates itself in its last section)

_EAW = """ORDEN EUROPEA DE DETENCIÓN Y ENTREGA

b) Decisión sobre la que se basa la orden
Orden de detención dictada el 4 de marzo de 2023 por el Juzgado de
Instrucción n.º 2 de Valencia en el sumario n.º 31/2023.

i) Autoridad judicial que ha dictado la orden
Juzgado de Instrucción n.º 2 de Valencia
Fecha: {own}
"""


def test_own_date_line_after_the_cited_decision_dates_the_warrant() -> None:
    assert _date(_EAW.format(own="9 de marzo de 2023"), "es") == "2023-03-09"


def test_own_date_line_before_the_cited_decision_does_not_replace_it() -> None:
    # an own date earlier than the decision cited would be no own date of this paper
    assert _date(_EAW.format(own="1 de febrero de 2023"), "es") == "2023-03-04"


# ---- an indictment's signed closing line beats a date cue inside a sentence, which dates the
# earlier measure it keeps; a translator's closing note dates the translation, never the paper

_CLOSING = """TRIBUNAL DE NÁPOLES
Proc. n.º 5511/21 R.G.N.R.
DECRETO QUE DISPONE EL JUICIO

El Juez dispone el juicio contra ROSSI, Marco, nacido en Nápoles el 02/03/1975,
por el delito de estafa agravada (art. 640 del Código Penal).

Se mantiene la medida de prisión preventiva dictada el 7 de junio de 2021, no
ejecutada.

Nápoles, 14 de octubre de 2023
El Juez — Dra. Anna BIANCHI
{note}"""


def test_signed_closing_line_after_a_cited_measure_dates_the_indictment() -> None:
    assert _date(_CLOSING.format(note=""), "es", "indictment") == "2023-10-14"


def test_translator_closing_note_is_not_the_signature_date() -> None:
    note = "\nTraducción conforme al original italiano, Nápoles, 3 de noviembre de 2023.\n"
    assert _date(_CLOSING.format(note=note), "es", "indictment") == "2023-10-14"


def test_later_note_going_on_after_its_date_is_no_own_date_line() -> None:
    text = """IN THE CIRCUIT COURT, TEMA, HELD ON MONDAY THE 6TH DAY OF
MARCH, 2023, BEFORE HIS HONOUR K. MENSAH, CIRCUIT COURT JUDGE

CASE NO. CR/0112/2023
THE REPUBLIC VRS. YAW BOATENG

The accused is sentenced to six (6) months' imprisonment.

(SGD.) H/H K. MENSAH
Registrar's note, 04/09/2023: the convict did not surrender and is wanted.
"""
    assert _date(text, "en", "judgment") == "2023-03-06"


# ---- a judgment's head line "Audiencia pública de <date>" dates it, not a later note's date

_HEARING = """TRIBUNAL DE CLUJ — SECCIÓN PENAL
SENTENCIA PENAL N.º 77
{head} 3 de abril de 2023

Condena al acusado a dos años de prisión.
Dictada en audiencia pública hoy, 3 de abril de 2023.

MENCIÓN: La sentencia quedó firme el 9 de octubre de 2023.

Cluj, 10 de octubre de 2023
"""


def _cued(text: str, lang: str, kind: str) -> str | None:
    views = [view(text, lang)]
    context = decision._Context(views, letter=False)
    found = decision._cue_date(views, context, decision.DATE_CUES, own=kind)
    return None if found is None else found.normalized


def test_public_hearing_head_line_dates_the_judgment() -> None:
    text = _HEARING.format(head="Audiencia pública de")
    assert _cued(text, "es", "judgment") == "2023-04-03"
    assert _date(text, "es", "judgment") == "2023-04-03"


def test_hearing_head_word_alone_is_no_date_cue() -> None:
    assert _cued(_HEARING.format(head="Audiencia de"), "es", "judgment") is None


# ---- a date opening the line under the judges' signature line is the judgment's own; under a
# line of running text it ends that text's sentence

_SIGNED = """WENZHOU INTERMEDIATE PEOPLE'S COURT
CRIMINAL JUDGMENT
(2022) Zhe 03 Xing Chu No. 58

The defendant LI Wei is sentenced to fixed-term imprisonment of nine years.
Appeal lies to the Zhejiang High People's Court within ten days.

{above}
3 August 2022                Clerk   MA Lin

Certificate: this judgment became legally effective on 20 August 2022.
"""


def test_date_under_the_judges_signature_line_dates_the_judgment() -> None:
    text = _SIGNED.format(above="Presiding Judge ZHAO Min       Judges LIU Yang, XU Fei")
    assert _date(text, "en", "judgment") == "2022-08-03"


def test_date_under_running_text_is_no_signature_date() -> None:
    views = [view(_SIGNED.format(above="The fine shall be paid in full by the defendant on"), "en")]
    assert decision._signature_date(views, decision._Context(views, letter=False)) is None


# ---- a report citing warrants in the plural ("Non-bailable warrants of arrest ... were issued by
# X on DATE") cites them as it would one warrant

_PLURAL = """POLICE REPORT
Report No. 77/2024        Police Station: Model Town
The accused left the country on 02-05-2024. Non-bailable {what} against him were
issued by the Judicial Magistrate Section 30, Multan, on 14-06-2024.
"""


def test_plural_warrants_of_arrest_are_cited_with_their_date() -> None:
    text = _PLURAL.format(what="warrants of arrest")
    assert _date(text, "en", "police-report") == "2024-06-14"


def test_plural_summonses_are_no_warrant() -> None:
    assert _date(_PLURAL.format(what="summonses"), "en", "police-report") is None
