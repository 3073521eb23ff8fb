"""Charges of the f18 development batch, French and Arabic, as classes (fictional texts
written for these tests, not copied from the evaluation set)."""

from __future__ import annotations

from pipeline.understand.charges import read_offenses
from tests.understand_helpers import view


def _charges(text: str, lang: str, doc_type: str | None = None, method: str = "ocr") -> list[str]:
    return [o.text for o in read_offenses([view(text, lang, method)], doc_type)[0]]


# ---- "PREMIER CHEF" / "Avoir, ..., fait X : <charge>, infraction prévue et punie par ...": the
# charge's name after the colon that closes the count's particulars

_COUNTS = (
    "ACTE D'ACCUSATION\n"
    "Le Procureur saisit le Tribunal à charge de :\n"
    "Paul KAGABO, né le 2 mai 1980, comptable.\n"
    "\n"
    "EXPOSÉ SOMMAIRE DES FAITS\n"
    "En 2021, KAGABO a viré les fonds de la commune sur son compte et a établi de\n"
    "fausses factures. Il a quitté le pays le 3 mars 2023.\n"
    "\n"
    "PREMIER CHEF\n"
    "Avoir, à Butare, entre mai et juin 2021, en sa qualité de comptable public, soustrait\n"
    "des fonds de la commune : détournement de deniers publics, infraction prévue et punie\n"
    "par l'article 12 de la loi n° 10/2019 (emprisonnement de cinq à sept ans).\n"
    "\n"
    "DEUXIÈME CHEF\n"
    "Avoir, à Butare, en 2022, fabriqué de fausses factures de fournitures :\n"
    "faux en écriture de commerce, infraction prévue et punie par l'article 40 de la\n"
    "loi n° 11/2019.\n"
)


def test_count_heading_then_colon_names_charge() -> None:
    assert _charges(_COUNTS, "fr", "indictment") == [
        "détournement de deniers publics", "faux en écriture de commerce"
    ]


def test_count_colon_before_long_particulars_names_no_charge() -> None:
    text = (
        "PREMIER CHEF\n"
        "Avoir, à Butare, en 2021, agi comme suit : remis chaque mois les fonds de la commune\n"
        "à des tiers sans jamais en rendre compte au conseil communal ni au receveur, faits\n"
        "prévus et punis par l'article 12 de la loi n° 10/2019.\n"
    )
    assert not any(c.startswith("remis chaque mois") for c in _charges(text, "fr", "indictment"))


# ---- the feminine "prévue(s) par" ends a charge's wording like "prévus par"


def test_feminine_provided_by_ends_wording() -> None:
    text = (
        "QUALIFICATION\n"
        "Les faits reprochés à Jean MUGABO constituent les infractions de\n"
        "vol qualifié et de tentative d'assassinat, prévues par les articles 20 et 30\n"
        "du Code pénal.\n"
    )
    assert _charges(text, "fr", "police-report") == ["vol qualifié", "tentative d'assassinat"]


# ---- another party's charges: a ground's lead ("Attendu que le coïnculpé X, poursuivi pour
# ...") and a plural pronoun that takes up the co-offenders of the sentence before


def test_grounds_lead_then_co_accused_is_not_subject() -> None:
    text = (
        "Attendu que Marc TUYISENGE est poursuivi du chef de vol qualifié ;\n"
        "Attendu que le coïnculpé Paul HAKIZA, poursuivi pour recel, sera jugé à part ;\n"
    )
    assert _charges(text, "fr", "judgment") == ["vol qualifié"]


def test_grounds_lead_with_subject_still_reads() -> None:
    text = "Attendu que le prévenu Marc TUYISENGE, poursuivi pour recel, ne comparaît pas ;\n"
    assert [c[:5] for c in _charges(text, "fr", "judgment")] == ["recel"]


def test_plural_pronoun_after_accomplices_is_not_subject() -> None:
    text = (
        "Les deux complices, Luc KAMANA et Jean NDORI, ont été arrêtés le 9 mars ;\n"
        "ils sont poursuivis pour recel et complicité.\n"
        "Marc TUYISENGE est poursuivi pour vol à main armée.\n"
    )
    assert _charges(text, "fr", "police-report") == ["vol à main armée"]


def test_plural_pronoun_after_subject_still_reads() -> None:
    text = (
        "Marc TUYISENGE et Luc KAMANA ont été arrêtés le 9 mars ;\n"
        "ils sont poursuivis pour recel et complicité.\n"
    )
    assert _charges(text, "fr", "police-report") == ["recel et complicité"]


# ---- Arabic: a remark that the offence does not concern the person sought, with the attached
# pronoun or without "وهي تهمة", and an earlier conviction after "سبق أن"


def test_arabic_remark_with_attached_pronoun() -> None:
    text = (
        "وتبين أنه تواطأ مع المدعوة سلمى، ووجهت إليها تهمة تزوير الشيكات، وهي تهمة لا تشمله.\n"
        "الجرائم المنسوبة إليه\n"
        "- السرقة؛\n"
    )
    assert _charges(text, "ar", "police-report") == ["السرقة"]


def test_arabic_remark_without_charge_word() -> None:
    text = (
        "وسُلّم المتهم الثاني إلى السلطات، وهو متابع أيضاً بتهمة انتحال صفة لا تخص المطلوب.\n"
        "التهم\n"
        "أ) الاتجار بالبشر؛\n"
    )
    assert _charges(text, "ar", "diffusion") == ["الاتجار بالبشر"]


def test_arabic_charge_without_remark_still_reads() -> None:
    text = "ووجهت إليه تهمة تزوير الشيكات.\n"
    assert _charges(text, "ar", "police-report") == ["تزوير الشيكات"]


def test_arabic_earlier_conviction_is_not_charge() -> None:
    text = (
        "ويشار إلى أنه سبق أن أُدين عام 2015 بجرم إصدار شيك بدون رصيد.\n"
        "الجرائم المنسوبة إليه\n"
        "- السرقة؛\n"
    )
    assert _charges(text, "ar", "police-report") == ["السرقة"]
