"""Behaviour tests for the classes of false `misuse.journalist-media` alarms the development
cases exposed: a media title that names a victim or a channel, or a subject whose ordinary
crime has nothing to do with media work, each fixed by a rule or a lexicon entry, with a
counterpart that must still raise the flag.

Each text is fictional and written for the test; none is taken from a case file.
"""

from __future__ import annotations

from pathlib import Path

from tests.test_flags import analyze, codes, held

JOURNALIST = "misuse.journalist-media"

# ---------------------------------------------------------------- "du journaliste" refers back

KIDNAPPED_REPORTER = (
    "Nom : MARCHAND        Prénoms : Olivier Jean\n"
    "Né le 2 juin 1975 à Lille ; nationalité française\n"
    "Profession : gérant de société\n\n"
    "Exposé des faits : Le 3 mars 2020, à Lyon, Paul GIRARD, journaliste au quotidien « Le Rhône »,"
    " a été enlevé devant son domicile par deux hommes cagoulés et retenu quatre jours dans un"
    " entrepôt de Vénissieux. Les relevés bancaires montrent que MARCHAND avait payé ces deux"
    " hommes pour suivre les déplacements du journaliste pendant la semaine précédente.\n"
    "Qualification : enlèvement et séquestration (article 224-1 du code pénal).\n"
    "Peine encourue : vingt ans de réclusion criminelle.\n"
)

REPORTER_SUBJECT = (
    "Nom : MARCHAND        Prénoms : Olivier Jean\n"
    "Né le 2 juin 1975 à Lille ; nationalité française\n\n"
    "Exposé des faits : Entre janvier et mars 2020, à Lyon, les articles du journaliste MARCHAND"
    " publiés sur son site ont accusé le préfet de fraude électorale.\n"
    "Qualification : diffusion de fausses nouvelles.\n"
)


def test_a_contracted_article_refers_back_to_the_victim_journalist(tmp_path: Path) -> None:
    """"du journaliste" (de + le) is the kidnapped journalist again, as "le journaliste" is."""
    _packet, assessment = analyze(tmp_path, KIDNAPPED_REPORTER)
    assert JOURNALIST not in codes(assessment)
    assert "refers back" in held(assessment)[JOURNALIST]


def test_a_contracted_article_about_the_subject_still_raises_the_flag(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, REPORTER_SUBJECT)
    assert JOURNALIST in codes(assessment)


# ---------------------------------------------------------------- titles wrapped over a line

WRAPPED_TITLES_VICTIM = (
    "Family name: OKAFOR            Forenames: Daniel Chuka\n"
    "Date of birth: 4 April 1985     Nationality: Nigerian\n\n"
    "Facts: On 2 May 2021 at about 19:30, Ms. Grace Ebi Nwosu, Senior\n"
    "Counsel, former Senator and weekly columnist of a daily newspaper, was leaving her chambers"
    " in Enugu when a grey van blocked her car. Two men forced her into the van and held her for"
    " nine days until a ransom of 40 million naira was paid. Phone records place OKAFOR in the"
    " van.\n"
    "Charge: kidnapping, section 364 of the Criminal Code. Maximum penalty: life imprisonment.\n"
)


def test_a_name_with_titles_wrapped_over_a_line_names_another_person(tmp_path: Path) -> None:
    """"Grace Ebi Nwosu, Senior\\nCounsel, former Senator and weekly columnist": the title that
    wraps onto the next line is still an apposition to the victim's name."""
    _packet, assessment = analyze(tmp_path, WRAPPED_TITLES_VICTIM)
    assert JOURNALIST not in codes(assessment)
    assert "Nwosu" in held(assessment)[JOURNALIST]


def test_the_subject_named_before_wrapped_titles_still_raises_the_flag(tmp_path: Path) -> None:
    text = (
        "Family name: OKAFOR            Forenames: Daniel Chuka\n"
        "Date of birth: 4 April 1985     Nationality: Nigerian\n\n"
        "Facts: Daniel Chuka OKAFOR, Senior\n"
        "Counsel, former Senator and weekly columnist of a daily newspaper, published on 2 May"
        " 2021 a column accusing the governor of stealing public funds.\n"
        "Charge: cyberstalking and publication of false information, section 24 of the"
        " Cybercrimes Act.\n"
    )
    _packet, assessment = analyze(tmp_path, text)
    assert JOURNALIST in codes(assessment)


# ---------------------------------------------------------------- radio and television commentators

COMMENTATOR_BEATEN = (
    "Family name: DIZON              Forenames: Ramon Castro\n"
    "Date of birth: 9 September 1970   Nationality: Philippines\n"
    "Occupation: municipal councillor\n\n"
    "Summary of facts: On 12 June 2021 in Tacloban City, radio commentator Julius ABAD was beaten"
    " with steel pipes outside his station by three men hired by DIZON and spent a month in"
    " hospital. The hired men named DIZON in their sworn statements.\n"
    "Charges: frustrated homicide committed against the journalist.\n"
    "Maximum penalty: 12 years.\n"
)

COMMENTATOR_SUBJECT = (
    "Family name: DIZON              Forenames: Ramon Castro\n"
    "Date of birth: 9 September 1970   Nationality: Philippines\n"
    "Occupation: radio commentator\n\n"
    "Summary of facts: On 12 June 2021 in Tacloban City, on his morning programme, DIZON accused"
    " the mayor of taking bribes from a quarry operator.\n"
    "Charges: cyber libel, section 4(c)(4) of Republic Act 10175.\n"
)


def test_the_journalist_named_in_the_charge_is_the_commentator_beaten(tmp_path: Path) -> None:
    """A radio commentator is a media trade: the victim so named is another person, and "the
    journalist" of the charge refers back to him."""
    _packet, assessment = analyze(tmp_path, COMMENTATOR_BEATEN)
    assert JOURNALIST not in codes(assessment)
    assert JOURNALIST in held(assessment)


def test_a_radio_commentator_subject_raises_the_flag(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, COMMENTATOR_SUBJECT)
    assert JOURNALIST in codes(assessment)


# ---------------------------------------------------------------- a killing is no exception

REPORTER_KILLING = (
    "Family name: MUTUA               Forenames: Peter Kioko\n"
    "Date of birth: 3 March 1986       Nationality: Kenyan\n"
    "Occupation: television reporter and host of a weekly opposition talk show\n\n"
    "Summary of facts: On 8 August 2021 in Kisumu a car bomb killed the prosecutor in charge of"
    " the inquiry into the governor's accounts. A single witness, who has since retracted his"
    " statement, said that MUTUA had paid the bomb-maker.\n"
    "Charge: murder, section 203 of the Penal Code. Maximum penalty: death.\n"
)


def test_a_reporter_charged_with_a_killing_still_raises_the_flag(tmp_path: Path) -> None:
    """No exception for a killing: murder charges against a journalist on a retracted
    testimony are a documented misuse pattern (DOMAIN.md §6), so only an investment fraud or a
    title that names someone else holds the media title back."""
    _packet, assessment = analyze(tmp_path, REPORTER_KILLING)
    assert JOURNALIST in codes(assessment)


# ---------------------------------------------------------------- a columnist's investment fraud

COLUMNIST_PONZI = (
    "Imputada: Carla Andrea MÉNDEZ SOTO, nacida el 2 de mayo de 1975 en Lima, columnista de una"
    " revista de negocios.\n"
    "Hechos: Entre 2017 y 2019, en Miraflores, la imputada captó 2,3 millones de soles de 54"
    " ahorristas prometiéndoles un interés mensual del 4 %, y usó esos fondos para pagar"
    " rentabilidades a inversionistas anteriores y para comprar dos inmuebles a su nombre.\n"
    "Delito: estafa agravada (artículo 196 del Código Penal). Pena: hasta ocho años.\n"
)

COLUMNIST_FRAUD_STATE = (
    "Imputada: Carla Andrea MÉNDEZ SOTO, nacida el 2 de mayo de 1975 en Lima, columnista de una"
    " revista de negocios.\n"
    "Hechos: En 2019 la imputada publicó columnas sobre sobrecostos en la compra de vacunas; en"
    " 2020 la fiscalía la acusó de haber cobrado por esas columnas a una empresa competidora.\n"
    "Delito: estafa agravada (artículo 196 del Código Penal). Pena: hasta ocho años.\n"
)


def test_a_columnist_running_an_investment_scheme_is_held_back(tmp_path: Path) -> None:
    """Returns paid to earlier investors with later ones' money: a fraud against savers."""
    _packet, assessment = analyze(tmp_path, COLUMNIST_PONZI)
    assert JOURNALIST not in codes(assessment)
    assert "investment fraud" in held(assessment)[JOURNALIST]


def test_a_columnist_charged_with_fraud_over_her_columns_still_raises_the_flag(
    tmp_path: Path,
) -> None:
    _packet, assessment = analyze(tmp_path, COLUMNIST_FRAUD_STATE)
    assert JOURNALIST in codes(assessment)


# ---------------------------------------------------------------- a community radio as a channel

CALLS_ON_COMMUNITY_RADIO = (
    "Persona buscada: TÓRREZ LÓPEZ, Anselmo, nacido el 4/2/1969 en Siuna.\n"
    "Hechos: el requerido, dirigente comunal y productor de cacao, llamó entre marzo y mayo de"
    " 2022, por medio de la radio comunitaria de su municipio, a bloquear la carretera hacia la"
    " mina.\n"
    "Delito: obstrucción de funciones (artículo 462 del Código Penal).\n"
)

COMMUNITY_RADIO_ANNOUNCER = (
    "Persona buscada: TÓRREZ LÓPEZ, Anselmo, nacido el 4/2/1969 en Siuna.\n"
    "Hechos: el requerido, locutor de la radio comunitaria de su municipio, denunció entre marzo"
    " y mayo de 2022 en su programa la contaminación del río por la mina.\n"
    "Delito: propagación de noticias falsas (artículo 30 de la Ley 1042).\n"
)


def test_speaking_through_a_community_radio_is_no_media_work(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, CALLS_ON_COMMUNITY_RADIO)
    assert JOURNALIST not in codes(assessment)


def test_an_announcer_of_a_community_radio_still_raises_the_flag(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, COMMUNITY_RADIO_ANNOUNCER)
    assert JOURNALIST in codes(assessment)
