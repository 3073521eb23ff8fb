"""Behaviour tests for the subject-role classes the b22 development cases exposed: a media
worker the subject stopped, robbed or sent a message to (another person), fact-checkers and
media work named by its product (an investigative podcast, investigative documentaries), and
migrants held for ransom whose asylum papers are theirs, not the subject's. Each fix has a
counterpart that must still read the other way.

Each text is fictional and written for the test; none is taken from a case file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.flags.engine import candidates
from pipeline.records import Assessment, Packet
from tests.test_flags import analyze

MEDIA = "misuse.journalist-media"
REFUGEE = "misuse.refugee-asylum"


def _lexicon(assessment: Assessment, code: str) -> bool:
    """A raised flag of `code` read from a lexicon entry or a rule (not the text model alone)."""
    return any(
        f.code == code and (f.provenance.kind != "model"
                            or any(p.kind != "model" for p in f.corroborated_by))
        for f in assessment.flags
    )


def _dealt_with(packet: Packet, code: str) -> bool:
    """Every candidate of `code` is held back as another person the subject acted on (the
    status-alone rule may still hold back the subject's own title in an ordinary case)."""
    found = [c for c in candidates(packet, use_model=False) if c.code == code]
    return bool(found) and all("another person" in (c.suppressed or "") for c in found)


ROBBERY = (
    "Wanted person: KOVAL, Dario Emil, born 3 March 1995 in Split.\n"
    "Facts: on 9 May 2023 at about 22:00 in Harbour Street the subject {act} a press"
    " photographer walking home, threatened her with a knife and took her camera worth EUR 4,000."
    " The victim identified him from CCTV footage.\n"
    "Charge: robbery, Article 230 of the Criminal Code.\n"
    "Warrant: County Court of Split, no. K-88/2023 of 2 June 2023.\n"
)


@pytest.mark.parametrize(("act", "other"), [
    pytest.param("stopped", True, id="stopped-a-photographer"),
    pytest.param(", who works as", False, id="subject-works-as-a-photographer"),
])
def test_media_worker_the_subject_stopped(tmp_path: Path, act: str, other: bool) -> None:
    packet, _a = analyze(tmp_path, ROBBERY.format(act=act))
    assert _dealt_with(packet, MEDIA) is other


EXTORSION = (
    "DIFFUSION — BCN Dakar, réf. 2024/0311\n"
    "NDIAYE, Ousmane Fallou, né le 04/04/1996 à Thiès.\n"
    "Faits : le 3 mars 2024 à Dakar, l'intéressé {act} une vidéaste et chroniqueuse suivie par"
    " 800 000 abonnés un faux courriel, a pris le contrôle de son compte et a exigé 2 millions"
    " de francs CFA pour le lui rendre.\n"
    "Qualification : extorsion de fonds, art. 372 du Code pénal.\n"
    "Mandat d'arrêt n° 044/2024 du 11 avril 2024.\n"
)


@pytest.mark.parametrize(("act", "other"), [
    pytest.param("a envoyé à", True, id="sent-to-a-videomaker"),
    pytest.param(", lui-même", False, id="himself-a-videomaker-and-columnist"),
])
def test_media_worker_the_subject_wrote_to(tmp_path: Path, act: str, other: bool) -> None:
    packet, _a = analyze(tmp_path, EXTORSION.format(act=act))
    assert _dealt_with(packet, MEDIA) is other


LIBEL = (
    "INFORMATION - City Prosecutor\n"
    "The undersigned accuses ROSA LIM TAN, {role}, of the crime of cyber libel, committed as"
    " follows: on 2 April 2023 the accused published online an article rating a councillor's"
    " claims about a bridge false, to his dishonour.\n"
    "Warrant of arrest: Regional Trial Court, Branch 9, Criminal Case No. 2211 of 5 June 2023.\n"
)


@pytest.mark.parametrize(("role", "raised"), [
    pytest.param("lead verifier of the fact-checking desk 'Tama Na'", True, id="fact-checker"),
    pytest.param("head of the accounting desk of a bakery", False, id="bookkeeper"),
])
def test_fact_checker(tmp_path: Path, role: str, raised: bool) -> None:
    _p, assessment = analyze(tmp_path, LIBEL.format(role=role))
    assert _lexicon(assessment, MEDIA) is raised, assessment.flags


SMUGGLING = (
    "Wanted person: RASULOV, Emin Tahir, born 12 July 1986 in Ganja.\n"
    "Facts: in October 2023 the subject and three others carried USD 240,000 in cash across the"
    " Samur border post without declaring it.\n"
    "Charge: smuggling of currency by a group, Article 206 of the Criminal Code.\n"
    "Warrant: Baku Grave Crimes Court, no. 1(101)-88/2024 of 9 January 2024.\n"
    "Mr Rasulov {work}\n"
)


@pytest.mark.parametrize(("work", "raised"), [
    pytest.param("co-hosts 'Open Ledger', a weekly investigative podcast on public spending.",
                 True, id="investigative-podcast"),
    pytest.param("listens to a podcast on gardening.", False, id="listens-to-a-podcast"),
])
def test_media_work_named_by_its_product(tmp_path: Path, work: str, raised: bool) -> None:
    _p, assessment = analyze(tmp_path, SMUGGLING.format(work=work))
    assert _lexicon(assessment, MEDIA) is raised, assessment.flags


def test_documentary_maker_french(tmp_path: Path) -> None:
    text = (
        "DIFFUSION — BCN Antananarivo, réf. 2023/0412\n"
        "RAVELO, Hery Tiana, né le 02/02/1979 à Toamasina.\n"
        "Faits : entre janvier et mars 2023, l'intéressé a encaissé 9 millions d'ariary de six"
        " figurants pour des rôles jamais attribués.\n"
        "Qualification : escroquerie, art. 405 du Code pénal.\n"
        "M. Ravelo est l'auteur et réalisateur de deux documentaires d'enquête sur la pêche"
        " illégale.\n"
    )
    _p, assessment = analyze(tmp_path, text)
    assert _lexicon(assessment, MEDIA), assessment.flags


HELD = (
    "Wanted person: AL-SAGHIR, Nuri Salem, born 2 February 1982 in Sabha.\n"
    "Facts: between May and August 2024 the subject ran a farm near Sabha where {who}, several"
    " registered with UNHCR as asylum seekers, were held in chains until relatives paid USD"
    " 3,000 each.\n"
    "Charges: kidnapping and unlawful detention for ransom; trafficking in persons.\n"
    "Warrant: Public Prosecutor, Tripoli, no. 207/2024 of 3 October 2024.\n"
)


@pytest.mark.parametrize(("who", "raised"), [
    pytest.param("about thirty migrants", False, id="migrants-held"),
])
def test_asylum_papers_of_migrants_held(tmp_path: Path, who: str, raised: bool) -> None:
    _p, assessment = analyze(tmp_path, HELD.format(who=who))
    assert _lexicon(assessment, REFUGEE) is raised, assessment.flags


def test_subject_registered_as_asylum_seeker_still_counts(tmp_path: Path) -> None:
    text = (
        "Wanted person: HADI, Omar Fathi, born 1 January 1990 in Benghazi.\n"
        "Facts: on 4 March 2023 the subject struck a neighbour in Tripoli, breaking his jaw.\n"
        "Charge: grievous bodily harm, Article 381 of the Penal Code.\n"
        "The subject has been registered with UNHCR in Tunis as an asylum seeker since"
        " June 2023.\n"
    )
    _p, assessment = analyze(tmp_path, text)
    assert _lexicon(assessment, REFUGEE), assessment.flags
