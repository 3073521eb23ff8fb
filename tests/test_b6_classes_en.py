"""Behaviour tests for the classes the English b6 development cases exposed.

Each text is fictional and written for the test; none is taken from a case file.
"""

from __future__ import annotations

from pathlib import Path

from tests.test_flags import analyze, codes


def analyze_folder(tmp_path: Path, files: dict[str, str]):
    """A packet of several documents (one file each)."""
    from pipeline.chain import analyze_path

    folder = tmp_path / "packet"
    folder.mkdir(exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return analyze_path(folder, record=False)


# ---------------------------------------------------------------- absence told by a pronoun

ABSENT_PLURAL = {
    "en": """REGIONAL COURT OF ORAVIA - JUDGMENT No. 57, 4 March 2019 (extract)
The accused Ivo Dragan Petrov and Lena Dragan Petrova did not appear; the summonses could not
be served at their addresses. The court heard the case in their absence, with counsel appointed
by the court, and sentences each accused to six years' imprisonment for fraud.
""",
    "fr": """COUR D'APPEL DE ZELVA - ARRÊT n° 57 du 4 mars 2019 (extrait)
Les prévenus Ivo PETROV et Lena PETROVA n'ont pu être cités à leur adresse. La cour a examiné
l'affaire en leur absence et condamne chacun des prévenus à six ans d'emprisonnement pour
escroquerie.
""",
    "es": """TRIBUNAL DE SENTENCIA DE ZELVA - SENTENCIA n.º 57, 4 de marzo de 2019 (extracto)
No habiendo sido hallado el acusado Ivo PETROV, el tribunal celebró la vista en su ausencia y le
condena a seis años de prisión por estafa.
""",
    "ar": """محكمة الجنايات بزلفا - حكم رقم 57 بتاريخ 4 مارس 2019 (مقتطف)
تعذر إعلان المتهمين إيفو بتروف ولينا بتروفا، فنظرت المحكمة الدعوى في غيابهم وحكمت على كل منهما
بالسجن ست سنوات بتهمة الاحتيال.
""",
}


def test_a_judgment_given_in_their_absence_is_in_absentia(tmp_path: Path) -> None:
    for lang, text in ABSENT_PLURAL.items():
        _packet, assessment = analyze(tmp_path, text, name=f"judgment-{lang}.txt")
        assert "misuse.in-absentia" in codes(assessment), lang


# ---------------------------------------------------------------- a translation sent alone

NOTICE = """NCB ORAVIA - RED NOTICE REQUEST
Family name: MARKOV
Forenames: Teodor
Date of birth: 21/06/1984  Place of birth: Velna
Nationality: Oravian

Summary of facts: Between 2018 and 2020, in Velna, the wanted person sold forged vehicle
registration papers to at least forty buyers and received EUR 60,000.
Offences: forgery of official documents; fraud.
Law: Criminal Code, Art. 190 and Art. 209. Maximum penalty: 8 years' imprisonment.
"""

RULING_TRANSLATED = """VELNA DISTRICT COURT - RULING, file No. 4-r-77/2021
(translation from Oravian)
Having examined the motion of the prosecutor concerning the suspect MARKOV Teodor, born on
21.06.1948 in Velna, suspected of forgery of official documents and fraud, the court orders
his preventive arrest for 30 days from the moment of his detention.
"""


def test_a_translation_whose_original_is_not_in_the_packet_is_compared(tmp_path: Path) -> None:
    _packet, assessment = analyze_folder(
        tmp_path, {"notice.txt": NOTICE, "ruling.txt": RULING_TRANSLATED}
    )
    assert "consistency.identity" in codes(assessment)


# ---------------------------------------------------------------- a date that ends a sentence

def test_a_date_wrapped_from_the_line_above_is_not_the_document_date() -> None:
    from pipeline.understand.decision import _continues_sentence

    assert _continues_sentence("the suspect left and was declared wanted on\n", "")
    assert _continues_sentence("il a quitté le territoire depuis le\n", "")
    assert not _continues_sentence("MINISTRY OF JUSTICE\n", "")
    assert not _continues_sentence("declared wanted on\n", "london, ")


# ---------------------------------------------------------------- words against a religion

AGAINST_RELIGION = {
    "en": "Summary of facts: In 2022 the accused, Omar HALIM, published posts in which he mocked "
          "the Quran and ridiculed the Prophet. Charge: offences against religious unity. "
          "Maximum penalty: 5 years' imprisonment.",
    "fr": "Exposé des faits : en 2022, l'intéressé, Omar HALIM, a publié des messages dans "
          "lesquels il s'est moqué de l'islam et a tourné en dérision le prophète. "
          "Qualification : atteinte à l'unité religieuse. Peine encourue : 5 ans d'emprisonnement.",
    "es": "Hechos: en 2022 el reclamado, Omar HALIM, publicó mensajes en los que se burló del "
          "islam y ridiculizó el corán. Delito: ofensa religiosa. Pena: 5 años de prisión.",
    "ar": "ملخص الوقائع: خلال عام 2022 نشر المتهم عمر حليم منشورات سخر من القرآن الكريم فيها "
          "واستهزأ بالنبي. التهمة: المساس بالوحدة الدينية. العقوبة: السجن خمس سنوات.",
}


def test_words_mocking_a_religion_are_a_religious_speech_offence(tmp_path: Path) -> None:
    for lang, text in AGAINST_RELIGION.items():
        _packet, assessment = analyze(tmp_path, text, name=f"facts-{lang}.txt")
        found = codes(assessment)
        assert {"article3.religious", "misuse.speech-offense"} <= found, lang
        assert "offense.cultural-norms" not in found, lang


def test_a_verb_of_criticism_far_from_a_religion_is_not_religious(tmp_path: Path) -> None:
    text = ("Summary of facts: On 3 May 2021 the accused, Omar HALIM, criticised the contractor "
            "and then stabbed him in the car park of the Islamic Affairs building. Charge: murder. "
            "Maximum penalty: life imprisonment.")
    _packet, assessment = analyze(tmp_path, text)
    assert "article3.religious" not in codes(assessment)


# ---------------------------------------------------------------- a blogger told by the activity

BLOGGER_BY_ACTIVITY = {
    "en": "Summary of facts: The accused, Nadim SAAB, who runs a blog on local politics, "
          "published false information about the governor. Charge: spreading false information.",
    "fr": "Exposé des faits : l'intéressé, Nadim SAAB, qui tient un blog sur la vie locale, a "
          "diffusé de fausses nouvelles sur le gouverneur. Qualification : fausses nouvelles.",
    "es": "Hechos: el reclamado, Nadim SAAB, quien administra un blog de política local, difundió "
          "noticias falsas sobre el gobernador. Delito: difusión de noticias falsas.",
    "ar": "ملخص الوقائع: المتهم نديم صعب الذي يدير مدونة عن الشأن المحلي نشر أخبارا كاذبة عن "
          "المحافظ. التهمة: نشر أخبار كاذبة.",
}


def test_a_person_who_runs_a_blog_is_a_media_worker(tmp_path: Path) -> None:
    for lang, text in BLOGGER_BY_ACTIVITY.items():
        _packet, assessment = analyze(tmp_path, text, name=f"facts-{lang}.txt")
        assert "misuse.journalist-media" in codes(assessment), lang


# ---------------------------------------------------------------- speech to a crowd, then a warrant

CROWD_THEN_WARRANT = """INTERPOL NCB VELNA - DIFFUSION
Name: KORAN, Teo  DOB: 1975  Nationality: Velnian
Facts: The suspect, a member of parliament, addressed gatherings in Velna on 12 March 2022 and
urged the people to refuse the new levy. Shops were damaged in the unrest that followed.
Charges: sedition. Law: Sedition Act, section 3. Maximum penalty: 10 years' imprisonment.
Warrant: issued by the Chief Magistrate, Velna, case 77/2022, dated 20 April 2022.
"""


def test_a_warrant_weeks_after_the_subject_addressed_a_crowd_is_timing(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, CROWD_THEN_WARRANT, name="diffusion.txt")
    assert "misuse.political-timing" in codes(assessment)
