"""Penalties and charges of the f18 development batch, round 2, as classes (fictional texts
written for these tests, not copied from the evaluation set)."""

from __future__ import annotations

from pipeline.understand.charges import read_offenses
from pipeline.understand.penalties import read_penalty
from tests.understand_helpers import view

# ---- "shall be liable to suffer death": the Commonwealth penal codes' death penalty


def test_liable_to_suffer_death_is_death() -> None:
    p = read_penalty(
        'Where the offender uses a deadly weapon, he "shall be liable to suffer death".', "en"
    )
    assert p.kind == "death"


def test_suffer_loss_is_no_death() -> None:
    p = read_penalty(
        "The victim was left to suffer greatly; the offence is punishable by imprisonment "
        "not exceeding ten years.",
        "en",
    )
    assert (p.kind, p.max_months) == ("custodial", 120)


# ---- the maxima stated per count go to the charge under that count's heading, even when the
# "Statement of Offence" line under each heading is read as an item of its own

_COUNTS = (
    "INDICTMENT\nJOHN ARDEN NOLL is charged with the following offences:\n\n"
    "COUNT 1\n\nStatement of Offence\n\n"
    "Trafficking in a dangerous drug, contrary to section 5(4) of the Drugs Act.\n\n"
    "Particulars of Offence\n\nJohn Arden Noll, on the 3rd day of May, 2023, trafficked "
    "in cocaine.\n\n"
    "COUNT 2\n\nStatement of Offence\n\n"
    "Possession of a firearm without a licence, contrary to section 6(1) of the Firearms "
    "Act.\n\n"
    "Particulars of Offence\n\nJohn Arden Noll, on the 3rd day of May, 2023, had a "
    "pistol.\n\n"
    "Maximum penalties on conviction on indictment: Count 1 - a fine and imprisonment for "
    "life; Count 2 - imprisonment for fifteen years.\n"
)


def test_count_heading_numbers_the_charge_for_its_maximum() -> None:
    offenses, _ = read_offenses([view(_COUNTS, "en", "ocr")], "indictment")
    by_text = {o.text: (o.penalty_kind, o.max_penalty_months) for o in offenses}
    assert by_text["Trafficking in a dangerous drug"] == ("life", None)
    assert by_text["Possession of a firearm without a licence"] == ("custodial", 180)


def test_count_maximum_without_heading_keeps_item_position() -> None:
    text = (
        "Charges:\n1. Theft, contrary to section 252 of the Penal Code;\n"
        "2. Fraud, contrary to section 313 of the Penal Code.\n\n"
        "Maximum penalties: Count 1 - imprisonment for five years; Count 2 - imprisonment "
        "for ten years.\n"
    )
    offenses, _ = read_offenses([view(text, "en", "ocr")], "indictment")
    assert [o.max_penalty_months for o in offenses] == [60, 120]


# ---- "the offender shall be sentenced to ...": the law's penalty, not a sentence imposed; "it
# is decided to execute ...": the combined term of the sentences imposed before it

_COMBINED = (
    "Under Article 383 of the Criminal Law, where the amount is especially huge, the offender "
    "shall be sentenced to fixed-term imprisonment of not less than ten years or life "
    "imprisonment. The defendant Lin Haoran is guilty of embezzlement and is sentenced to "
    "fixed-term imprisonment of twelve years; guilty of accepting bribes and sentenced to "
    "fixed-term imprisonment of five years; it is decided to execute fixed-term imprisonment "
    "of fifteen years."
)


def test_shall_be_sentenced_is_the_law_and_decided_to_execute_the_sentence() -> None:
    p = read_penalty(_COMBINED, "en")
    assert (p.kind, p.max_months, p.sentence_months) == ("life", None, 180)


def test_sentenced_to_alone_is_still_the_sentence() -> None:
    p = read_penalty(
        "The court found the defendant guilty and he was sentenced to fixed-term "
        "imprisonment of six years.",
        "en",
    )
    assert (p.sentence_months, p.max_months) == (72, None)


# ---- "resultando la pena total de ...": the term formed from the terms just imposed is the
# sentence, even past a full stop

_CONCURSO = (
    "Condena al acusado LÓPEZ VARELA Andrés por el delito de robo a la pena de cuatro años de "
    "prisión, y por el delito de allanamiento de morada a la pena de dos años y seis meses de "
    "prisión, en concurso real. Aplica la pena más grave, aumentada en un tercio de la otra, "
)


def test_resultando_la_pena_total_is_the_sentence() -> None:
    text = _CONCURSO + "resultando la pena total de cuatro años y diez meses de prisión."
    assert read_penalty(text, "es").sentence_months == 58


def test_total_past_a_full_stop_without_resultando_stays_a_total() -> None:
    text = _CONCURSO + "y fija la pena total de cuatro años y diez meses de prisión."
    assert read_penalty(text, "es").sentence_months == 48


# ---- the document's own rulings on its charges: requalified facts take their new name, a
# charge the judge dismisses ("n'y avoir lieu à suivre ... du chef de") is no charge

_ORDONNANCE = (
    "ORDONNANCE DE RENVOI\n\n"
    "Vu la procédure suivie contre DIALLO Ousmane, inculpé de vol aggravé, de viol et de "
    "détention illégale d'arme à feu ;\n\n"
    "Attendu que les violences ne sont pas établies ; qu'il convient de requalifier "
    "les faits de vol aggravé en vol simple ;\n\n"
    "PAR CES MOTIFS,\n\n"
    "Disons n'y avoir lieu à suivre contre DIALLO Ousmane du chef de détention illégale "
    "d'arme à feu ;\n\n"
    "Ordonnons le renvoi de DIALLO Ousmane devant le tribunal pour y être jugé des chefs "
    "de vol simple et de viol.\n"
)


def test_requalified_and_dismissed_charges_give_way() -> None:
    offenses, _ = read_offenses([view(_ORDONNANCE, "fr", "ocr")], "indictment")
    names = [o.text for o in offenses]
    assert "vol aggravé" not in names
    assert "détention illégale d'arme à feu" not in names
    assert "viol" in names


def test_charges_without_ruling_stay() -> None:
    text = _ORDONNANCE.split("Attendu")[0] + "PAR CES MOTIFS, renvoyons l'inculpé.\n"
    offenses, _ = read_offenses([view(text, "fr", "ocr")], "indictment")
    names = [o.text for o in offenses]
    assert "vol aggravé" in names
    assert "détention illégale d'arme à feu" in names


def test_requalification_names_the_new_offence() -> None:
    text = (
        "JUGEMENT\n\nAttendu que Mensah Kodjo est poursuivi du chef d'escroquerie ;\n\n"
        "PAR CES MOTIFS,\n\nRequalifie les faits d'escroquerie en abus de confiance ;\n\n"
        "Le condamne à deux ans d'emprisonnement.\n"
    )
    offenses, _ = read_offenses([view(text, "fr", "ocr")], "judgment")
    assert [o.text for o in offenses] == ["abus de confiance"]


# ---- Arabic: "ومعاقبته" (and punishing him) in the operative part is the sentence imposed, and
# "وشهر واحد" one month added to the years before it


def test_arabic_and_punishing_him_is_the_sentence() -> None:
    text = (
        "تنص المادة 180 على معاقبة السرقة بالسجن لمدة من ثلاث إلى سبع سنوات. "
        "إدانة المتهم بالسرقة ومعاقبته بالسجن لمدة خمس سنوات."
    )
    p = read_penalty(text, "ar")
    assert (p.max_months, p.sentence_months) == (84, 60)


def test_arabic_one_month_after_years_in_remainder() -> None:
    p = read_penalty("المدة المتبقية الواجبة التنفيذ: 6 سنوات وشهر واحد و10 أيام.", "ar")
    assert p.remaining_months == 73


def test_arabic_month_without_one_is_no_duration() -> None:
    p = read_penalty("المدة المتبقية الواجبة التنفيذ: 6 سنوات وشهر رمضان.", "ar")
    assert p.remaining_months == 72
