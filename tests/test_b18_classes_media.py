"""Behaviour tests for the media, religion and refugee classes the b18 development cases
exposed: media workers told by their trade's acts, status words that name other people,
church and refugee-aid settings of ordinary crimes, records signed under blows, and protests
that are only what the subject wrote about. Each fix has a counterpart that must still read
the other way.

Each text is fictional and written for the test; none is taken from a case file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_flags import analyze, codes, held, rule_codes, sources

MEDIA = "misuse.journalist-media"

# ---------------------------------------------------------------- the media worker's own acts

RECEIVING = (
    "Subject: OWUSU, Daniel Kofi; male; born 3 March 1985.\n"
    "{who}\n"
    "Summary of facts: On 2 May 2024 a tablet belonging to the Ministry of Energy was stolen"
    " from an office in Accra. On 20 May 2024 the police asked the subject to hand it over."
    " He refused, {why}, and left for Lisbon.\n"
    "Charge: dishonestly receiving stolen property (section 146, Criminal Offences Act).\n"
)


@pytest.mark.parametrize(("who", "why", "raised"), [
    pytest.param("Occupation: unknown.", "citing the protection of his sources", True,
                 id="invokes-the-protection-of-his-sources"),
    pytest.param("Occupation: unknown.", "citing his right to remain silent", False,
                 id="invokes-his-right-to-silence"),
    pytest.param("Occupation: producer and presenter.", "without giving a reason", True,
                 id="producer-and-presenter"),
    pytest.param("Occupation: car dealer.", "without giving a reason", False,
                 id="car-dealer"),
])
def test_media_worker_told_by_the_trade(
    tmp_path: Path, who: str, why: str, raised: bool
) -> None:
    _p, assessment = analyze(tmp_path, RECEIVING.format(who=who, why=why))
    assert (MEDIA in codes(assessment)) is raised, assessment.flags


CARTOON = (
    "Nombre: Julio César PAVÓN LEIVA, nacido el 4/4/1979.\n"
    "Hechos: el acusado, {who} que se publicaban en el semanario digital La Brújula, difundió"
    " imágenes que presentaban a las autoridades como responsables de hechos inexistentes.\n"
    "Delito: propagación de noticias falsas (art. 30, Ley 1042).\n"
)


@pytest.mark.parametrize(("who", "raised"), [
    pytest.param("autor de las viñetas de la sección de humor gráfico", True,
                 id="author-of-the-cartoons"),
    pytest.param("técnico de mantenimiento de las oficinas", False, id="maintenance-worker"),
])
def test_cartoonist_told_by_his_drawings(tmp_path: Path, who: str, raised: bool) -> None:
    _p, assessment = analyze(tmp_path, CARTOON.format(who=who))
    assert (MEDIA in rule_codes(assessment)) is raised, assessment.flags


# ------------------------------------------------------------ a status word among people counted

BLACKMAIL = (
    "Personne recherchée : MAURON, Cédric ; né le 2.2.1990 à Genève.\n"
    "Résumé des faits : {sentence} en leur affirmant détenir des photos compromettantes et a"
    " exigé 30 000 francs de chacune. Une victime a payé le 4 avril 2023.\n"
    "Infraction : extorsion et chantage, art. 156 du Code pénal suisse.\n"
)


@pytest.mark.parametrize(("sentence", "raised"), [
    pytest.param(
        "l'intéressé a écrit à trois personnes, un notaire, un pharmacien et une journaliste"
        " de radio,", False, id="the-journalist-is-one-of-three-people-contacted"),
    pytest.param(
        "l'intéressé, journaliste de radio, a écrit à trois personnes, un notaire, un"
        " pharmacien et un avocat,", True, id="the-subject-is-the-journalist"),
])
def test_status_word_among_people_counted(tmp_path: Path, sentence: str, raised: bool) -> None:
    _p, assessment = analyze(tmp_path, BLACKMAIL.format(sentence=sentence))
    assert (MEDIA in codes(assessment)) is raised, assessment.flags
    if not raised:
        assert "counted" in held(assessment).get(MEDIA, ""), assessment.suppressed


# ---------------------------------------------------------------- a church setting of child abuse

CHURCH = (
    "Identity: LARSEN, Erik Paul; male; born 1 June 1987.\n"
    "Summary of facts: From 2019 to 2022 the subject was a youth leader of an evangelical"
    " congregation in Regina. {facts}\n"
    "Charges: {charges}\n"
)


@pytest.mark.parametrize(("facts", "charges", "raised"), [
    pytest.param(
        "Police seized a laptop holding 900 images of child sexual abuse, which he had"
        " traded online.", "making and distributing child pornography (s. 163.1 Criminal"
        " Code).", False, id="child-abuse-material-charged"),
    pytest.param(
        "He held Bible meetings in private homes without registering them.",
        "organising the activity of an unregistered religious association.", True,
        id="unregistered-worship-charged"),
])
def test_church_setting_of_child_abuse(
    tmp_path: Path, facts: str, charges: str, raised: bool
) -> None:
    _p, assessment = analyze(tmp_path, CHURCH.format(facts=facts, charges=charges))
    assert ("misuse.religious-minority" in codes(assessment)) is raised, assessment.flags


# ---------------------------------------------------------------- asylum words of the work done

CHARITY = (
    "Nom : BENALI. Prénom : Karim. Né le 6 juin 1979 à Lyon.\n"
    "Résumé des faits : {who} Entre 2019 et 2022, il a fait payer 20 fausses factures par"
    " l'association, pour un total de 640 000 EUR, versés sur son propre compte.\n"
    "Qualifications : abus de confiance ; faux et usage de faux.\n"
)


@pytest.mark.parametrize(("who", "raised"), [
    pytest.param("l'intéressé dirigeait une association d'aide aux demandeurs d'asile"
                 " financée par le Fonds Asile, migration et intégration.", False,
                 id="directs-an-asylum-aid-charity"),
    pytest.param("l'intéressé a obtenu le statut de réfugié en Italie en 2023.", True,
                 id="holds-refugee-status"),
])
def test_asylum_words_of_the_work_done(tmp_path: Path, who: str, raised: bool) -> None:
    _p, assessment = analyze(tmp_path, CHARITY.format(who=who))
    assert ("misuse.refugee-asylum" in codes(assessment)) is raised, assessment.flags


# ---------------------------------------------------------------- records signed under blows

RECORDS = (
    "Nom : FALL. Prénoms : Modou. Né le 3 mai 1991 à Thiès.\n"
    "Résumé des faits : l'intéressé est mis en cause par deux co-prévenus. Devant le juge,"
    " ces co-prévenus ont déclaré avoir signé leurs procès-verbaux {how}.\n"
    "Qualification : destruction de biens appartenant à autrui (article 406 du Code pénal).\n"
)


@pytest.mark.parametrize(("how", "raised"), [
    pytest.param("sans les lire, après avoir été frappés pendant deux nuits", True,
                 id="signed-unread-after-beatings"),
    pytest.param("après les avoir relus en présence de leur avocat", False,
                 id="signed-after-reading-with-counsel"),
])
def test_records_signed_under_blows(tmp_path: Path, how: str, raised: bool) -> None:
    _p, assessment = analyze(tmp_path, RECORDS.format(how=how))
    assert ("misuse.coerced-evidence" in codes(assessment)) is raised, assessment.flags


# ---------------------------------------------------------------- protests the subject wrote about

COLUMN = (
    "Nom : BELKACEM. Prénom : Nadir. Né le 7 juillet 1976 à Tizi Ouzou.\n"
    "Résumé des faits : le 5 mars 2023, l'intéressé {act} à Ouargla, dans lesquels il"
    " affirmait que des manifestants avaient été tués.\n"
    "Qualification : diffusion d'informations fausses (article 196 bis du Code pénal).\n"
    "Mandat d'arrêt du juge d'instruction de Sidi M'Hamed, n° 211/23, du 20 mars 2023.\n"
)


@pytest.mark.parametrize(("act", "raised"), [
    pytest.param("a publié des articles sur les manifestations", False,
                 id="wrote-about-the-protests"),
    pytest.param("a pris part aux manifestations", True, id="took-part-in-the-protests"),
])
def test_protests_the_subject_wrote_about(tmp_path: Path, act: str, raised: bool) -> None:
    _p, assessment = analyze(tmp_path, COLUMN.format(act=act))
    assert ("misuse.protest-assembly" in codes(assessment)) is raised, assessment.flags


@pytest.mark.parametrize(("act", "raised"), [
    pytest.param("a publié des articles sur les manifestations", False,
                 id="articles-about-protests-dated"),
    pytest.param("a pris part aux manifestations", True, id="protests-dated"),
])
def test_a_dated_publication_about_protests_is_no_dated_protest(
    tmp_path: Path, act: str, raised: bool
) -> None:
    """The date of "articles about the protests" is the articles', not the protests': the
    event rule does not time the warrant from it."""
    _p, assessment = analyze(tmp_path, COLUMN.format(act=act))
    assert ("rule.timing.after-political-event" in sources(assessment)) is raised, \
        assessment.flags


# ---------------------------------------------------------------- "during his programme"

SHOW = (
    "Nom : HAMDI. Prénom : Salim. Né le 1er janvier 1980 à Oran.\n"
    "Résumé des faits : l'intéressé a tenu des propos sur la gestion de la wilaya. {when}\n"
    "Qualification : outrage à corps constitué.\n"
)


@pytest.mark.parametrize(("when", "raised"), [
    pytest.param("Le 30 novembre 2022, il a repris ces propos lors de son émission.", False,
                 id="said-during-his-programme"),
    pytest.param("Une enquête a été ouverte au lendemain de son émission.", True,
                 id="investigation-the-day-after-his-programme"),
])
def test_during_his_programme_is_no_timing(tmp_path: Path, when: str, raised: bool) -> None:
    _p, assessment = analyze(tmp_path, SHOW.format(when=when))
    found = "misuse.political-timing.after-publication" in sources(assessment)
    assert found is raised, assessment.flags
