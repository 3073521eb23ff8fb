"""A year of birth given alone is a field of the subject record, read by the subject reader:
the extract output and the worksheet's subject lines carry it, and a redacted worksheet
removes it like the other identifiers.

Each text is fictional and written for the test.
"""

from __future__ import annotations

from pathlib import Path

from tests.test_flags import analyze

NOTICE = (
    "NOTICE ROUGE - BCN Port Aldren - XX/2024/0733\n"
    "Personne recherchée : TAVOREN Ilas, mère : Sora, né en 1990 à Kessel.\n"
    "Faits : le 14 juillet 2024 à Kessel, il a tué Marc Odel par balles lors d'une dispute.\n"
    "Infraction : homicide volontaire. Peine : réclusion à perpétuité.\n"
)


def test_a_year_of_birth_alone_is_recorded_with_its_evidence(tmp_path: Path) -> None:
    packet, _ = analyze(tmp_path, NOTICE)
    subject = packet.documents[0].fields.subject
    assert subject.birth_dates == []
    assert [f.normalized for f in subject.birth_years] == ["1990"]
    ev = subject.birth_years[0].evidence
    assert ev is not None and ev.quote == "1990"


def test_a_full_date_of_birth_leaves_no_year_alone(tmp_path: Path) -> None:
    packet, _ = analyze(tmp_path, NOTICE.replace("né en 1990", "né le 3 mars 1990"))
    subject = packet.documents[0].fields.subject
    assert [f.normalized for f in subject.birth_dates] == ["1990-03-03"]
    assert subject.birth_years == []


def test_a_year_of_birth_of_someone_named_later_is_not_the_subjects(tmp_path: Path) -> None:
    """Past `NAME_REACH` a birth label is read as another person's (here, a nephew's)."""
    text = NOTICE.replace("mère : Sora, né en 1990 à Kessel.", "mère : Sora.").replace(
        "lors d'une dispute.",
        "lors d'une dispute, avec l'aide de son neveu Karel Odran, un mineur né en 2007.",
    )
    packet, _ = analyze(tmp_path, text)
    assert packet.documents[0].fields.subject.birth_years == []


def test_the_worksheet_shows_the_year_and_the_redacted_copy_removes_it(tmp_path: Path) -> None:
    from pipeline.report.redact import identifiers
    from pipeline.report.worksheet import header

    packet, assessment = analyze(tmp_path, NOTICE)
    assert "Born: 1990" in header(packet, assessment).subject
    assert "1990" in identifiers(packet)
