"""Behaviour tests for the b22 misuse classes left after round 1: a protest march told as
passing by while an ordinary crime was done, a party's own rally, an outlet that published an
interview with the subject, an ex-deputy's status alone on a kidnapping charge, a name line
"SURNAME, Given. Born ..." closed by a full stop, and a letter whose "he" does the act before
the stated interval. Each fix has a counterpart that must still read the other way.

Each text is fictional and written for the test; none is taken from a case file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.flags.engine import candidates
from pipeline.records import Packet
from tests.test_flags import analyze, packet, sources

PROTEST = "misuse.protest-assembly"
MEDIA = "misuse.journalist-media"
OPPOSITION = "misuse.political-opposition"
STATED = "rule.timing.stated-interval"


def _raised(packet: Packet, code: str) -> bool:
    """A raised lexicon candidate of `code` (rules only, no model)."""
    return any(
        c.code == code and c.suppressed is None and c.provenance.kind == "lexicon"
        for c in candidates(packet, use_model=False)
    )


# -------------------------------------------------- a march passing by: time and place only

THEFT = (
    "WANTED PERSON DIFFUSION - NCB Valmora\n"
    "Subject: KARST, Pavel, born 2 May 1990 in Orlin.\n"
    "Facts: On 4 March 2024, {scene}, the subject forced the back door of a watch shop with a"
    " crowbar and took 20 watches worth EUR 40,000. His fingerprints were on the crowbar.\n"
    "Offence: aggravated theft, Art. 204 Criminal Code.\n"
)


@pytest.mark.parametrize(("scene", "raised"), [
    pytest.param("while a large protest march was passing along the main street", False,
                 id="march-passing-by"),
    pytest.param("during a protest march along the main street", True, id="during-the-protest"),
])
def test_a_march_passing_by_is_the_time_of_the_theft(
    tmp_path: Path, scene: str, raised: bool
) -> None:
    packet, _a = analyze(tmp_path, THEFT.format(scene=scene))
    assert _raised(packet, PROTEST) is raised


# -------------------------------------------------- a party's own rally is no protest

RALLY = (
    "RED NOTICE - NCB Orlin\n"
    "Subject: TOMAS, Erik, born 1 June 1980 in Orlin.\n"
    "Facts: The subject took a bribe of USD 50,000 from a mining company on 3 May 2021.\n"
    "Charge: bribery.\n"
    "The accused, who lives abroad and has {what}, did not appear.\n"
)


@pytest.mark.parametrize(("what", "raised"), [
    pytest.param("spoken at rallies of a parliamentary opposition party", False,
                 id="party-rallies"),
    pytest.param("spoken at rallies against the government", True, id="anti-government-rallies"),
])
def test_a_partys_own_rally_is_not_a_protest(tmp_path: Path, what: str, raised: bool) -> None:
    packet, _a = analyze(tmp_path, RALLY.format(what=what))
    assert _raised(packet, PROTEST) is raised


# -------------------------------------------------- an outlet that interviewed the subject

INTERVIEW = (
    "RED NOTICE - NCB Orlin\n"
    "Subject: VARGA, Imre, born 5 May 1975 in Orlin. Surgeon.\n"
    "Facts: On 12 August 2021 {who} in which he said that nurses had not received their"
    " bonuses. He was charged with spreading false information on 1 September 2021.\n"
)


@pytest.mark.parametrize(("who", "raised"), [
    pytest.param("an independent news site published an interview", False, id="interviewed"),
    pytest.param("he, who runs an independent news site, published a post", True,
                 id="runs-the-site"),
])
def test_an_outlet_that_published_an_interview_with_the_subject(
    tmp_path: Path, who: str, raised: bool
) -> None:
    packet, _a = analyze(tmp_path, INTERVIEW.format(who=who))
    assert _raised(packet, MEDIA) is raised


# -------------------------------------------------- an ex-deputy's status alone

NOTICE_HT = (
    "NOTICE ROUGE - BCN Orlin\n"
    "DUVAL, Jean-Marc. Né le 14/04/1970 à Orlin.\n"
    "Faits : Le 7 mars 2022, un commerçant a été enlevé devant son dépôt par quatre hommes armés"
    " et séquestré neuf jours. Sa famille a versé 150 000 dollars, dont 60 000 sur le compte"
    " d'une société appartenant à l'intéressé ; le téléphone de l'intéressé a borné près du lieu"
    " de séquestration.\n"
    "Infractions : {charge}.\n"
)
MESSAGE_HT = (
    "BCN ORLIN - 12 juin 2022\n"
    "L'intéressé a été député de la circonscription d'Orlin de 2016 à 2020.\n"
)


@pytest.mark.parametrize(("charge", "held"), [
    pytest.param("enlèvement et séquestration contre rançon", True, id="kidnapping"),
    pytest.param("détournement de deniers publics", False, id="embezzlement"),
])
def test_an_ex_deputys_status_alone_on_a_kidnapping(
    tmp_path: Path, charge: str, held: bool
) -> None:
    docs = {
        "notice.txt": ("red-notice", NOTICE_HT.format(charge=charge)),
        "message.txt": ("other", MESSAGE_HT),
    }
    found, _a = packet(tmp_path, docs, "HT")
    status = [c for c in candidates(found, use_model=False) if c.code == OPPOSITION]
    assert status
    assert all(c.suppressed is not None for c in status) is held


# -------------------------------------------------- the letter's "il" and the notice's name line

NOTICE_DZ = (
    "NOTICE ROUGE - BCN Orlin - 2018/0063\n"
    "{name} Né le 19/03/1978 à Orlin. Orlinien.\n"
    "Faits : De 2016 à juin 2017, à Orlin, l'intéressé a organisé des réunions d'une"
    " association non agréée.\n"
    "Infractions : activité au sein d'une association non agréée.\n"
    "Mandat : mandat d'arrêt du juge d'instruction d'Orlin, n° 0711/17, du 11 octobre 2017.\n"
)
LETTER_DZ = (
    "Lettre d'une ONG de défense de la liberté de conviction, Londres, 5 mars 2019\n"
    "M. Brahimi est le porte-parole de sa communauté. En 2017, {act} la liste des procédures"
    " aux rapporteurs spéciaux des Nations unies. Le mandat a été décerné un mois après l'envoi"
    " de cette liste.\n"
)


def _dz(tmp_path: Path, name: str, act: str) -> set[str]:
    docs = {
        "notice.txt": ("red-notice", NOTICE_DZ.format(name=name)),
        "lettre.txt": ("other", LETTER_DZ.format(act=act)),
    }
    return sources(packet(tmp_path, docs, "DZ")[1])


def test_a_name_line_closed_by_a_full_stop_names_the_subject(tmp_path: Path) -> None:
    assert STATED in _dz(tmp_path, "BRAHIMI, Mourad.", "il a transmis")


def test_without_the_name_the_letter_names_no_one(tmp_path: Path) -> None:
    assert STATED not in _dz(tmp_path, "Orlinien de naissance.", "il a transmis")


def test_he_to_whom_something_was_done_is_not_the_act(tmp_path: Path) -> None:
    assert STATED not in _dz(tmp_path, "BRAHIMI, Mourad.", "il a été informé que l'on avait reçu")


# -------------------------------------------------- the state party inside a pattern's open words

BUSINESS = "misuse.business-dispute-state"
NOTICE_KW = (
    "طلب نشرة حمراء - المكتب المركزي الوطني\n"
    "المطلوب: سامي خالد الراشد، مواليد 01/02/1975.\n"
    "الوقائع: قدمت الشركة التي يرأسها المطلوب مستخلصات عن أعمال لم تنفذ، وصرف بموجبها مبلغ"
    " مليون دينار.\n"
    "التهمة: الاستيلاء على المال العام.\n"
)
LETTER_KW = (
    "مذكرة من مكتب المحامي إلى المكتب المركزي الوطني، 10/04/2025\n"
    "فسخت {party} عقد الصيانة مع شركة المطلوب في مارس 2022 وامتنعت عن صرف مستحقاتها.\n"
)


@pytest.mark.parametrize(("party", "raised"), [
    pytest.param("وزارة الأشغال", True, id="the-ministry-ended-the-contract"),
    pytest.param("شركة خاصة", False, id="a-private-company-ended-it"),
])
def test_the_state_party_named_inside_the_pattern(
    tmp_path: Path, party: str, raised: bool
) -> None:
    docs = {
        "nashra.txt": ("red-notice", NOTICE_KW),
        "mudhakkira.txt": ("other", LETTER_KW.format(party=party)),
    }
    found, _a = packet(tmp_path, docs, "KW")
    assert _raised(found, BUSINESS) is raised
