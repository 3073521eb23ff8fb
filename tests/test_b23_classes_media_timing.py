"""Behaviour tests for the media-worker classes the b23 development cases exposed: a film or
documentary director named by what he made ("directed ... a film", "auteur de trois
documentaires"), the editor of an online radio named by the outlet he runs, and a media
worker who is another person named by a given name and an initial ("Mira T., host of a
weekly podcast") or by bracketed Arabic initials ("السيدة (ن.ب)، صاحبة مدونة"). Each fix has
a counterpart that must still read the other way.

Each text is fictional and written for the test; none is taken from a case file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.flags.engine import candidates
from pipeline.records import Assessment, Packet
from tests.test_flags import analyze

MEDIA = "misuse.journalist-media"


def _lexicon(assessment: Assessment, code: str) -> bool:
    """A raised flag of `code` read from a lexicon entry or a rule (not the text model alone)."""
    return any(
        f.code == code and (f.provenance.kind != "model"
                            or any(p.kind != "model" for p in f.corroborated_by))
        for f in assessment.flags
    )


def _read_as_subject(packet: Packet, code: str) -> bool:
    """A candidate of `code` not held back as another person (the status-alone rule may
    still hold the subject's own title back in an ordinary case)."""
    return any(
        c.code == code and (c.suppressed is None or "status alone" in c.suppressed)
        for c in candidates(packet, use_model=False)
    )


SEDITION = (
    "Wanted person: VARGO, Teodor Ilie, born 4 April 1984 in Brasov.\n"
    "Facts: between May and June 2024 the subject spread false statements against the"
    " Government through an online channel.\n"
    "Charge: spreading false information, Article 194 of the Criminal Code.\n"
    "Warrant: Court of First Instance, no. 77/2024 of 1 July 2024.\n"
    "Mr Vargo {work}\n"
)


@pytest.mark.parametrize(("work", "raised"), [
    pytest.param('directed "Salt Roads", a two-part film on land seizures shown abroad.',
                 True, id="directed-a-film"),
    pytest.param("directed the regional office of a bottling company.", False,
                 id="directed-an-office"),
])
def test_film_director_named_by_his_film(tmp_path: Path, work: str, raised: bool) -> None:
    packet, _a = analyze(tmp_path, SEDITION.format(work=work))
    assert _read_as_subject(packet, MEDIA) is raised


@pytest.mark.parametrize(("work", "raised"), [
    pytest.param("est l'auteur de deux documentaires sur les mines.", True,
                 id="author-of-documentaries"),
    pytest.param("est l'auteur de deux vols de bétail.", False, id="author-of-thefts"),
])
def test_documentary_author_french(tmp_path: Path, work: str, raised: bool) -> None:
    text = (
        "DIFFUSION — BCN Niamey, réf. 2024/0099\n"
        "MAIGA, Issa Boubacar, né le 02/02/1985 à Gao.\n"
        "Faits : le 3 mars 2024, l'intéressé a publié des propos contre le gouvernement.\n"
        "Qualification : diffusion de fausses nouvelles, art. 255 du Code pénal.\n"
        f"M. Maiga {work}\n"
    )
    packet, _a = analyze(tmp_path, text)
    assert _read_as_subject(packet, MEDIA) is raised


@pytest.mark.parametrize(("work", "raised"), [
    pytest.param("runs and edits Radio Tamu, a Swahili programme streamed from Oslo.", True,
                 id="edits-an-online-radio"),
    pytest.param("listens to Radio Tamu, a programme he likes.", False, id="listens-to-radio"),
])
def test_editor_of_an_online_radio(tmp_path: Path, work: str, raised: bool) -> None:
    _p, assessment = analyze(tmp_path, SEDITION.format(work=work))
    assert _lexicon(assessment, MEDIA) is raised, assessment.flags


EXTORTION = (
    "Wanted person: GOGUA, Revaz Tamaz, born 9 September 1990 in Kutaisi.\n"
    "Facts: between 2 and 20 May 2024 the accused demanded USD 9,000 from\n"
    "{who}, host of a weekly podcast on cooking, and threatened to burn her car.\n"
    "Charge: extortion, Article 181 of the Criminal Code.\n"
    "Warrant: Tbilisi City Court, no. 1/2211-24 of 3 June 2024.\n"
)


@pytest.mark.parametrize(("who", "other"), [
    pytest.param("Mira T.", True, id="victim-named-by-initial"),
    pytest.param("his partner Eka", False, id="no-name-read"),
])
def test_media_victim_named_by_given_name_and_initial(
    tmp_path: Path, who: str, other: bool
) -> None:
    packet, _a = analyze(tmp_path, EXTORTION.format(who=who))
    held = [c for c in candidates(packet, use_model=False) if c.code == MEDIA]
    assert bool(held) and all("Mira T." in (c.suppressed or "") for c in held) is other


ARABIC = (
    "تعميم - المكتب المركزي الوطني الجزائر\n"
    "المطلوب: كريم بن علي السعدي، المولود بتاريخ 02/05/1991 بوهران، جزائري الجنسية.\n"
    "الوقائع: في 2024/03/04 استولى المطلوب على حساب {who}، صاحبة مدوّنة وقناة مختصة في الخياطة،"
    " وطلب منها مبلغ 500 ألف دينار.\n"
    "التهمة: الابتزاز. العقوبة القصوى: السجن خمس سنوات.\n"
)


@pytest.mark.parametrize(("who", "other"), [
    pytest.param("السيدة (ن.ب)", True, id="bracketed-initials-of-the-victim"),
    pytest.param("السيدة (ك.س)", False, id="bracketed-initials-of-the-subject"),
])
def test_media_victim_named_by_bracketed_arabic_initials(
    tmp_path: Path, who: str, other: bool
) -> None:
    packet, _a = analyze(tmp_path, ARABIC.format(who=who))
    held = [c for c in candidates(packet, use_model=False) if c.code == MEDIA]
    assert bool(held)
    assert any("(ن.ب)" in (c.suppressed or "") or "ن.ب" in (c.suppressed or "")
               for c in held) is other


TIMING = "misuse.political-timing"


def _timing(tmp_path: Path, docs: dict[str, tuple[str, str]], country: str) -> bool:
    from tests.test_flags import packet

    _p, assessment = packet(tmp_path, docs, country)
    return any(f.code == TIMING for f in assessment.flags)


NOTICE_FR = (
    "DIFFUSION - BCN Lomé, réf. TG/2024/D/007\n"
    "Personne recherchée : AMEGAH, Kossi Dodji, né le 03/03/1980 à Aného, togolais.\n"
    "Faits : le 2 octobre 2022, au marché d'Aného, l'intéressé a frappé M. Adjo à coups de"
    " bâton, lui causant une fracture du bras.\n"
    "Qualification : coups et blessures volontaires, art. 46 du Code pénal.\n"
    "Mandat d'arrêt n° 22/24 du juge d'instruction d'Aného, 20 mars 2024.\n"
)


@pytest.mark.parametrize(("told", "raised"), [
    pytest.param("l'hebdomadaire La Lagune a publié un entretien dans lequel mon client"
                 " détaillait les taxes exigées par des agents du port. Le dossier a été rouvert"
                 " d'office le 20 mars 2024.", True, id="interview-then-file-reopened"),
    pytest.param("mon client a acheté un terrain près du port. Il vit à Paris depuis.", False,
                 id="no-public-act"),
])
def test_interview_then_file_reopened(tmp_path: Path, told: str, raised: bool) -> None:
    letter = ("Me Afi Kodjo, avocate, au BCN Paris, 2 avril 2024.\n"
              "La plainte de M. Adjo a été classée sans suite en 2023. Le 1er mars 2024, "
              f"{told}\n")
    docs = {"diffusion.txt": ("diffusion", NOTICE_FR), "lettre.txt": ("other", letter)}
    assert _timing(tmp_path, docs, "TG") is raised


NOTICE_AR = (
    "نشرة حمراء - المكتب المركزي الوطني بغداد\n"
    "الاسم: سالم عادل ناصر الكعبي، مواليد 1975/02/03 في البصرة، عراقي الجنسية.\n"
    "الوقائع: نفذت شركة المطلوب مشروعا لوزارة النقل وألحقت بالمال العام ضررا قدره مليار دينار.\n"
    "التهمة: الإضرار العمدي بالمال العام. النص: المادة 340 من قانون العقوبات.\n"
    "أمر قبض صادر عن محكمة تحقيق النزاهة في البصرة بتاريخ 2023/05/10.\n"
)


@pytest.mark.parametrize(("decided", "raised"), [
    pytest.param("قررت المحكمة إلزام وزير النقل إضافة لوظيفته بأن يدفع للشركة المدعية مبلغ مليار"
                 " دينار.", True, id="court-obliged-the-minister"),
    pytest.param("قررت المحكمة رد الدعوى وتحميل الشركة المدعية الرسوم.", False,
                 id="claim-dismissed"),
])
def test_ruling_dated_by_its_judgment(tmp_path: Path, decided: str, raised: bool) -> None:
    judgment = (
        "محكمة القضاء الإداري - بغداد، الحكم رقم 77/قضاء إداري/2023 (مقتطف)\n"
        "صدر بتاريخ 2023/04/20 ... وحيث ثبت من تقرير الخبراء أن الشركة أنجزت المشروع وفق"
        f" المواصفات، وأن الوزارة امتنعت عن صرف المستحقات دون سند، {decided}\n"
    )
    docs = {"nashra.txt": ("red-notice", NOTICE_AR), "hukm.txt": ("judgment", judgment)}
    assert _timing(tmp_path, docs, "IQ") is raised


OPPOSITION = "misuse.political-opposition"


@pytest.mark.parametrize(("told", "raised"), [
    pytest.param("Au printemps 2022, il a refusé de soutenir publiquement le projet de révision"
                 " constitutionnelle du président.", True, id="refused-public-support"),
    pytest.param("Au printemps 2022, il a vendu deux usines à un groupe indien.", False,
                 id="sold-factories"),
])
def test_break_told_as_refused_public_support(tmp_path: Path, told: str, raised: bool) -> None:
    text = (
        "NOTICE ROUGE - BCN Lomé\n"
        "Nom : KPODAR, Elom Yawo. Né le 05/05/1970 à Kpalimé. Nationalité : togolaise.\n"
        "Faits : l'intéressé a financé un projet d'attentat contre le chef de l'État.\n"
        "Qualification : complot contre la sûreté de l'État.\n"
        f"M. Kpodar, industriel du coton, a financé les campagnes du président. {told}\n"
    )
    _p, assessment = analyze(tmp_path, text)
    assert _lexicon(assessment, OPPOSITION) is raised, assessment.flags
