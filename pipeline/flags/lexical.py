"""Flags from the flag lexicons, read in context.

A term of `flags-offense`, `flags-misuse` or `flags-compliance` found on a
page becomes a candidate for its entry's flag. Context then decides:

- a negation or reported denial just before a status or context word holds it
  back ("is not a member of any party"); offence names are not negated this
  way, since "did not pay the maintenance" is the offence itself;
- a status word (scope `subject`) next to a victim or witness cue is about
  someone else ("the journalist who was attacked");
- an entry's `exceptions` hold it back when their cues or ICCS codes are found
  in the same sentence, document or packet (organised crime, minors, ...).

Held-back candidates keep their reason, so the worksheet can show them. Terms
match in every language, so charges in one language and facts in another are
both read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache

from pipeline.flags.candidates import Candidate
from pipeline.flags.catalog import catalog
from pipeline.flags.consistency import charge_codes
from pipeline.flags.cues import (
    CONDITION,
    CUES,
    NEGATION,
    conditional,
    excludes_pattern,
    inside_longer,
    live_cues,
)
from pipeline.flags.named_parties import carrying_cues, named_party_hits, party_names
from pipeline.flags.sentences import PageText, page_text
from pipeline.flags.status import ordinary_charges
from pipeline.lexicons.loader import LexiconError, lexicon_path, load_lexicon
from pipeline.lexicons.schema import ExceptionRule, LexiconEntry
from pipeline.lexicons.words import word_alternation
from pipeline.lexicons.words import words as word_list
from pipeline.records import NOTICE_TYPES, Document, Evidence, Packet, Provenance
from pipeline.text.normalize import normalize_term
from pipeline.understand.labels import geo_terms
from pipeline.understand.pageview import Hit, PageView

FLAG_LEXICONS = ("flags-offense", "flags-misuse", "flags-compliance")
COUNTED = "cue.persons-counted"  # "three people: a player, a manager and a presenter"
ROLES = ("cue.victim-role", "cue.victim-died", "cue.witness-role", "cue.linked-role", COUNTED)
_ROLE_NAMES = {
    "cue.witness-role": "witness",
    "cue.linked-role": "person another is tied to (an owner, a leader followed)",
    COUNTED: "person among those counted",
}
COUNTERPART = "cue.counterpart-role"
COUNTERPART_GAP = 2  # tokens between the verb and the status word: an article, "public"
SUBJECT = "cue.subject-reference"
OUTLET = "cue.media-outlet"
COLLECTIVE = "cue.collective-noun"
REFUGEE = "misuse.refugee-asylum"
WORDS = "flag-words"  # small words read around a status word (lexicons/flag-words.yaml)
_HOST_REACH = 8  # tokens between the status word and the country


@cache
def _persecution() -> re.Pattern[str]:
    """Persecution or flight, inside a word (`word.persecution`)."""
    return re.compile(word_alternation(WORDS, "word.persecution"))


@dataclass(frozen=True)
class FlagEntry:
    lexicon: str
    version: str
    entry: LexiconEntry


@cache
def flag_entries() -> dict[str, FlagEntry]:
    """Every flag-lexicon entry by id, checked against the flag catalogue and the cues."""
    codes = {c.code for c in catalog().codes}
    cue_ids = {e.id for e in load_lexicon(CUES).entries}
    iccs_codes = set(load_lexicon("iccs").by_code())
    out: dict[str, FlagEntry] = {}
    for name in FLAG_LEXICONS:
        lexicon = load_lexicon(name)
        problems: list[tuple[int | None, str]] = []
        for entry in lexicon.entries:
            if entry.flag not in codes:
                problems.append((None, f"{entry.id}: flag {entry.flag!r} is not a flag code"))
            for also in entry.also:
                if also not in codes or also == entry.flag:
                    problems.append((None, f"{entry.id}: `also` {also!r} is not another flag code"))
            if entry.severity is None or entry.scope is None:
                problems.append((None, f"{entry.id}: flag entries need `severity` and `scope`"))
            rule_cues = [c for rule in entry.exceptions for c in (*rule.cues, *rule.unless_cues)]
            for cue in rule_cues + entry.near:
                if cue not in cue_ids:
                    problems.append((None, f"{entry.id}: unknown cue {cue!r}"))
            for code in [c for rule in entry.exceptions for c in rule.iccs]:
                if code not in iccs_codes:
                    problems.append((None, f"{entry.id}: {code!r} is not an ICCS code"))
            out[entry.id] = FlagEntry(name, lexicon.version, entry)
        if problems:
            raise LexiconError(lexicon_path(name), problems)
    return out


@dataclass
class _Page:
    document: Document
    view: PageView
    text: PageText
    cues: list[Hit]


def _cue_ids(hits: Iterable[Hit]) -> set[str]:
    return {h.entry_id for h in hits}


def _group(fe: FlagEntry | None) -> str:
    """The catalogue group of an entry's flag (category, misuse, compliance, ...)."""
    if fe is None or fe.entry.flag is None:
        return ""
    return catalog().get(fe.entry.flag).group


def _longest(hits: list[Hit], entries: dict[str, FlagEntry]) -> list[Hit]:
    """Overlapping flag terms: the longest wins ("insulting the president" over "insult",
    "after the coup attempt" over "coup attempt"), and on the same words an entry read with
    its `near` cue wins over a plain one ("commercial dispute" next to a state party is a
    dispute with the state, not a private one). Two offence names of different groups do
    not compete: the same charge may name an offence category and be a misuse indicator
    ("injuria ... contra la autoridad" is both a defamation charge and an
    insult-to-officials speech charge). Nor does an offence name compete with a misuse reading
    of another group that its `near` cue confirmed inside it ("unregistered association" is
    the charge, "association" beside a rights cause the subject's organisation). Nor, last,
    does a ground read in the facts (an Article 3 or category entry that reads no charge)
    compete with a misuse reading: "como dirigente indígena" puts the group in the place of
    an act and says who the subject is."""
    kept: list[Hit] = []

    def near(h: Hit) -> bool:
        fe = entries.get(h.entry_id)
        return bool(fe and fe.entry.near)

    def offence(h: Hit) -> bool:
        fe = entries.get(h.entry_id)
        return bool(fe and fe.entry.scope == "offense")

    def confirmed_misuse(h: Hit) -> bool:
        return near(h) and _group(entries.get(h.entry_id)) == "misuse"

    def competes(h: Hit, k: Hit) -> bool:
        if h.end <= k.start or h.start >= k.end:
            return False
        if (h.start, h.end) == (k.start, k.end) and near(k) != near(h):
            return True
        if _group(entries.get(h.entry_id)) == _group(entries.get(k.entry_id)):
            return True
        if (offence(h) and confirmed_misuse(k)) or (offence(k) and confirmed_misuse(h)):
            return False
        if {_group(entries.get(h.entry_id)), _group(entries.get(k.entry_id))} == \
                {"category", "misuse"} and not (offence(h) or offence(k)):
            return False
        return not (offence(h) and offence(k))

    for h in sorted(hits, key=lambda h: (-(h.end - h.start), not near(h), h.start)):
        if not any(competes(h, k) for k in kept):
            kept.append(h)
    return sorted(kept, key=lambda h: h.start)


class _Context:
    """Cue hits by sentence, document and packet, and the ICCS codes of the charges."""

    def __init__(self, packet: Packet, pages: list[_Page]) -> None:
        self.pages = pages
        self.doc_cues: dict[str, set[str]] = {}
        self.doc_iccs: dict[str, set[str]] = {}
        # status-word hits held back as naming another person (page view id, start, end)
        self.other_person: set[tuple[int, int, int]] = set()
        for p in pages:
            self.doc_cues.setdefault(p.document.id, set()).update(_cue_ids(p.cues))
        views: dict[str, list[PageView]] = {}
        for p in pages:
            views.setdefault(p.document.id, []).append(p.view)
        for doc in packet.documents:
            # each charge's code, and those of the offences its wording names (a list of
            # charges read as one: "القتل العمد؛ إخفاء جثة؛ البلاغ الكاذب")
            self.doc_iccs[doc.id] = {
                o.iccs_code for o in doc.fields.offenses if o.iccs_code
            } | charge_codes(doc, views)
        self.packet_cues = set().union(*self.doc_cues.values()) if self.doc_cues else set()
        self.names = {
            w for doc in packet.documents for f in doc.fields.subject.names
            for w in normalize_term(f.value).replace(",", " ").split() if len(w) > 2
        }
        self.packet_iccs = set().union(*self.doc_iccs.values()) if self.doc_iccs else set()
        self.issuing = _requester(packet)
        # Words that can be a family name: all but the first word of a name, and the word
        # before the comma of "SURNAME, Given" ("صحفي يعمل" read as a name is no family name).
        self.surnames: set[str] = set()
        # Names read after the first of a document that share no word with any first one:
        # when such a reading starts with a status word, it is that word and another
        # person's name ("the journalist and presenter Rima Fares" read as a subject name).
        primary = [doc.fields.subject.names[0].value for doc in packet.documents
                   if doc.fields.subject.names]
        first_words = {w for v in primary for w in normalize_term(v).replace(",", " ").split()}
        readings = (
            (normalize_term(f.value).replace(",", " ").split(), f.value.replace(",", " ").split())
            for doc in packet.documents for f in doc.fields.subject.names[1:]
        )
        self.others = [
            (o, raw) for o, raw in readings
            if o and len(o) == len(raw) and not set(o) & first_words
        ]
        for doc in packet.documents:
            for f in doc.fields.subject.names:
                value = normalize_term(f.value)
                words = [w for w in value.replace(",", " ").split() if len(w) > 2]
                self.surnames.update(words[1:])
                if "," in value:
                    self.surnames.update(w for w in value.split(",")[0].split() if len(w) > 2)

    def holds(self, rule: ExceptionRule, page: _Page, sentence: tuple[int, int],
              hit: Hit, entry: LexiconEntry) -> bool:
        """Whether the rule's cues or offences are found within its reach. For an entry that
        reads a charge (scope `offense`), the offences named in the term's own sentence
        count too: a bare list of charges ("illegal crossing of the state border, banditry,
        terrorism, murder") may be read as no charge at all, yet it charges the term together
        with the others. A context entry's sentence tells a story, not charges. An offence
        name inside a longer one is a part of it ("هتك العرض" in "هتك العرض بالرضا", consensual
        relations), not another charge."""
        cues, iccs = self._reach(rule, page, sentence)
        if entry.scope == "offense":
            named = [h for h in page.view.hits("iccs") if sentence[0] <= h.start < sentence[1]]
            iccs = iccs | {
                h.entry_id.removeprefix("iccs.") for h in named
                if (h.end <= hit.start or h.start >= hit.end) and not inside_longer(h, named)
            }
        return rule.found(cues, iccs)

    def _reach(
        self, rule: ExceptionRule, page: _Page, sentence: tuple[int, int]
    ) -> tuple[set[str], set[str]]:
        if rule.within == "sentence":
            cues = _cue_ids(h for h in page.cues if sentence[0] <= h.start < sentence[1])
            iccs = self.doc_iccs.get(page.document.id, set())
        elif rule.within == "document":
            cues = self.doc_cues.get(page.document.id, set())
            iccs = self.doc_iccs.get(page.document.id, set())
        else:
            cues, iccs = self.packet_cues, self.packet_iccs
        return cues, iccs


def _negated(page: _Page, hit: Hit, sentence: tuple[int, int]) -> Hit | None:
    """The negation or denial just before the term, unless it lies in a condition closed
    before the term ("if he does not appear, he will be tried in his absence")."""
    window = catalog().negation_window
    at = page.text.token(hit.start)
    conditions = [c for c in page.cues if c.entry_id == CONDITION]
    for cue in page.cues:
        if (
            cue.entry_id in NEGATION
            and sentence[0] <= cue.start
            and cue.end <= hit.start
            and at - page.text.token(cue.end - 1) <= window
            and not conditional(page.text, cue, hit, conditions)
        ):
            return cue
    return None


def _distance(page: _Page, hit: Hit, start: int, end: int) -> int:
    first, last = page.text.token(hit.start), page.text.token(hit.end - 1)
    a, b = page.text.token(start), page.text.token(max(start, end - 1))
    return a - last if a > last else (first - b if b < first else 0)


def _other_role(
    page: _Page, hit: Hit, sentence: tuple[int, int], names: set[str]
) -> Hit | None:
    """The victim, witness or counted-people cue a status word stands nearer to than to the
    subject ("three people, a player, a manager and a presenter" counts others).

    The subject is found by a reference term ("the accused", "l'intéressé") or one of
    the subject's names as the documents give them; pronouns are too ambiguous to count.
    A role word inside the status term itself is part of its name, not a role ("Jehovah's
    Witnesses" names a faith, not witnesses).
    """
    roles = [
        (c, _distance(page, hit, c.start, c.end)) for c in page.cues
        if c.entry_id in ROLES and sentence[0] <= c.start < sentence[1]
        and not (c.start < hit.end and hit.start < c.end)
    ]
    if not roles:
        return None
    cue, near = min(roles, key=lambda r: r[1])
    subject = [
        _distance(page, hit, c.start, c.end) for c in page.cues
        if c.entry_id == SUBJECT and sentence[0] <= c.start < sentence[1]
        and _same_gender(page.view.text[c.start:c.end], page.view.text[hit.start:hit.end])
    ]
    for token in page.view.doc:
        if sentence[0] <= token.idx < sentence[1] and token.text in names:
            subject.append(_distance(page, hit, token.idx, token.idx + len(token.text)))
    if subject and min(subject) < near:
        return None
    return cue


def _acted_on(
    page: _Page, hit: Hit, sentence: tuple[int, int], names: set[str]
) -> Hit | None:
    """The verb by which the subject, named earlier in the sentence, acts on the person the
    status word names ("el requerido solicitó a un exfuncionario ...", "the accused paid a
    former minister"): that person is another one. Only a verb right before the word counts,
    so an apposition after the subject ("the accused, a former minister, paid ...") stays his."""
    at = page.text.token(hit.start)
    verb = next((
        c for c in page.cues
        if c.entry_id == COUNTERPART and sentence[0] <= c.start and c.end <= hit.start
        and at - page.text.token(c.end - 1) - 1 <= COUNTERPART_GAP
    ), None)
    if verb is None:
        return None
    subject = any(
        c.entry_id == SUBJECT and sentence[0] <= c.start and c.end <= verb.start
        for c in page.cues
    ) or any(
        sentence[0] <= t.idx < verb.start and t.text in names for t in page.view.doc
    )
    return verb if subject else None


POSSESSIVE = "cue.possessive"
KINDRED = "cue.same-trade"


def _possessed(page: _Page, hit: Hit, sentence: tuple[int, int]) -> Hit | None:
    """A possessive determiner right before the status word, or one word before it ("his
    music editor", "son avocat", "su editor"): the word names someone related to the person
    the possessive points back to (his employee, lawyer, publisher), not that person. A word
    of the same trade in between ("his fellow journalists", "ses confrères journalistes")
    keeps the status his. A first status joined to it by "and" (`word.status-joiner`) shares
    the possessive ("a su propietario y locutor", "his publisher and editor")."""
    at = page.text.token(hit.start)
    for c in page.cues:
        if c.entry_id != POSSESSIVE or c.start < sentence[0] or c.end > hit.start:
            continue
        gap = at - page.text.token(c.end - 1) - 1
        if gap == 0 or _joined_after_one(page.view.text[c.end:hit.start]):
            return c
        if gap == 1 and not any(
            k.entry_id == KINDRED and c.end <= k.start and k.end <= hit.start for k in page.cues
        ):
            return c
    return None


@cache
def _one_joined() -> re.Pattern[str]:
    """One word and "and" (`word.status-joiner`): the words between a possessive and a
    second status joined to the first."""
    return re.compile(
        rf"[ \t]+[^\W\d_]+[ \t]+(?:{word_alternation(WORDS, 'word.status-joiner')})[ \t]+"
    )


def _joined_after_one(between: str) -> bool:
    """Whether `between` (the text from a possessive to a status word) is one word and "and"."""
    return _one_joined().fullmatch(between) is not None


def _same_gender(reference: str, term: str) -> bool:
    """Whether an Arabic subject reference and a status word can name the same person: a
    noun and its apposition agree in gender, and the feminine adds ة (folded to ه), so
    "المطلوب" (the wanted man) is not "الصحافية" (the woman journalist) he waited for.
    Other scripts are not checked."""
    a, b = reference.split(), term.split()
    if not a or not b or not all("\u0600" <= ch <= "\u06ff" for ch in a[-1] + b[0]):
        return True
    return a[-1].endswith(("ه", "ة")) == b[0].endswith(("ه", "ة"))


def _near_enough(entry: LexiconEntry, page: _Page, hit: Hit) -> bool:
    """An entry with `near` cues counts only with one of them close by (same sentence).

    A cue that is a word inside the longer name of an offence (ICCS lexicon) names that
    offence, not the context: the force of "السرقة بالإكراه", "robbery with violence", "vol
    avec violence", "robo con violencia" is how the robbery was done, not pressure on a
    person questioned. An entry's `near_sentences` lets the cue stand in that many sentences
    after the term's own (a court's steps told one per sentence); with `alone_if_bare` the
    term counts without a cue in a paragraph that names no particular (`_particulars`)."""
    if not entry.near:
        return True
    sentence = page.text.sentence(hit.start)
    for _ in range(entry.near_sentences):
        if sentence[1] < len(page.view.text):
            sentence = (sentence[0], page.text.sentence(sentence[1])[1])
    offences = page.view.hits("iccs")
    before = _party_before(entry, page, hit, sentence[0])
    if any(
        before[0] <= c.start < before[1]
        and _STATE_PARTY in (c.entry_id, carrying_cues().get(c.entry_id))
        for c in page.cues
    ):
        return True
    return any(
        c.entry_id in entry.near and sentence[0] <= c.start < sentence[1]
        and (c.end <= hit.start or c.start >= hit.end or _in_pattern_gap(hit, c))
        and _distance(page, hit, c.start, c.end) <= entry.near_window
        and not inside_longer(c, offences)
        for c in page.cues
    ) or (entry.alone_if_bare and not _particulars(page, *page.text.paragraph(hit.start)))


_STATE_PARTY = "cue.state-party"
_OPENER_WORDS = 4  # words a sentence may open with before its pronoun ("In 2022 it")
_WORD = re.compile(r"[\w'’-]+")


def _party_before(
    entry: LexiconEntry, page: _Page, hit: Hit, start: int
) -> tuple[int, int]:
    """The sentence before the hit's, where the hit's sentence opens with a pronoun that
    stands for a party (`word.party-pronoun`: "... is wholly owned by the provincial People's
    Committee. In 2022 it stopped all payments") and the entry reads a state party near it:
    that sentence's state-party cue is the pronoun's. An empty span otherwise."""
    if _STATE_PARTY not in entry.near or start == 0:
        return (0, 0)
    opening = _WORD.findall(page.view.text[start:hit.start])
    if len(opening) > _OPENER_WORDS + 1:
        return (0, 0)
    pronouns = set(word_list(WORDS, "word.party-pronoun"))
    joined = " ".join(opening)
    if not any(w in pronouns for w in opening) and not any(
        f" {p} " in f" {joined} " for p in pronouns if " " in p
    ):
        return (0, 0)
    return page.text.sentence(start - 1)


def _in_pattern_gap(hit: Hit, cue: Hit) -> bool:
    """Whether the cue fills the open words of a pattern hit, inside it and past its first
    word ("فسخت وزارة التربية عقد": the ministry that ended the contract is the party the
    pattern leaves open); a term's own words name no cue of their context."""
    return hit.kind == "pattern" and hit.start < cue.start and cue.end < hit.end


_FIGURE = re.compile(r"\d+")
_YEAR = re.compile(r"(?:19|20)\d\d")


def _particulars(page: _Page, start: int, end: int) -> bool:
    """Whether normalised `[start, end)` names a particular of the acts: a date with a day
    (`patterns` date.*), or a figure that is neither a year nor inside an article or case
    number ("USD 40,000", "7 victims"). A summary dated by years alone and told in
    words ("courant 2021, à Thiès, au préjudice de plusieurs personnes") names none."""
    refs = [h for h in page.view.hits("patterns") if h.start < end and h.end > start]
    if any(h.entry_id.startswith("date.") for h in refs):
        return True
    cited = [(h.start, h.end) for h in refs if h.entry_id.startswith(("article.", "case."))]
    return any(
        not _YEAR.fullmatch(m.group()) and not any(a <= m.start() < b for a, b in cited)
        for m in _FIGURE.finditer(page.view.text, start, end)
    )


_CAP = r"[A-ZÀ-ÖØ-Þ][\w'’-]+"


@cache
def _joined() -> re.Pattern[str]:
    """A second status joined by "and" (`word.status-joiner`), of one or two words, the
    second not a small word that opens a complement (`word.status-link`)."""
    return re.compile(
        rf"[ \t]+(?:{word_alternation(WORDS, 'word.status-joiner')})[ \t]+[a-zà-ÿ]+"
        rf"(?:[ \t]+(?!(?:{word_alternation(WORDS, 'word.status-link')})\s)[a-zà-ÿ]+)?"
    )


# Words of a name may be split by a line break where the text wraps ("Marija\nCAMILLERI").
_GAP = r"(?:[ \t]+|[ \t]*\n[ \t]*)"
_NAME_AFTER = re.compile(rf"[ \t]*(?:\n[ \t]*)?((?:{_CAP}{_GAP}){{1,3}}{_CAP})")


def _names_outlet(page: _Page, hit: Hit) -> bool:
    """The status term ends with a media outlet ("directora del semanario"), or is a verb of
    running one that counts only near an outlet ("edits Radio Kasa, a programme streamed
    from ..."), so the capitalised words after it are the outlet's name."""
    fe = flag_entries().get(hit.entry_id)
    if fe is not None and OUTLET in fe.entry.near:
        return True
    return any(
        c.entry_id == OUTLET and hit.start <= c.start and c.end == hit.end for c in page.cues
    )


def _names_body(page: _Page, hit: Hit) -> bool:
    """The status term ends with a party or movement noun ("secretario nacional de finanzas
    del partido", `word.political-body`) or a media outlet noun ("editor of the website",
    `word.outlet-noun`), so the capitalised words after it are the body's or outlet's name."""
    words = normalize_term(page.view.quote(hit.start, hit.end)).split()
    return bool(words) and (
        words[-1] in word_list(WORDS, "word.political-body")
        or words[-1] in word_list(WORDS, "word.outlet-noun")
    )


NAME_BEFORE_REACH = 140  # characters before a status word where its apposed name may stand


# "Lucía Ferrer Soto, reportera de ...": a name, a comma, maybe an article, then the word.
@cache
def _name_before() -> re.Pattern[str]:
    """A name, a comma, up to two more titles in apposition ("Rhonda Sookram, Senior Counsel,
    former Independent Senator and weekly columnist"), maybe an article
    (`word.apposition-article`), maybe a first status joined by "and" ("Alagie Sait TOURAY,
    co-founder and managing editor"), at the end. A title may wrap onto the next line
    ("Senior" ending one line, "Counsel," opening the next), not across a blank line."""
    joiner = word_alternation(WORDS, 'word.status-joiner')
    return re.compile(
        # the last word may be a family name's initial ("Nino K., host of ...")
        rf"((?:{_CAP}{_GAP}){{0,3}}(?:{_CAP}|{_CAP}{_GAP}[A-ZÀ-ÖØ-Þ]\.)),"
        rf"(?:(?:[^,.;:()\n]|\n(?![ \t]*\n)){{1,40}},){{0,2}}[ \t]*"
        rf"(?:(?:{word_alternation(WORDS, 'word.apposition-article')})[ \t]*)?"
        rf"(?:[\w-]+(?:[ \t]+[\w-]+){{0,2}}[ \t]+(?:{joiner})[ \t]+(?:[a-zà-ÿ]+[ \t]+)?)?$"
    )


def _apposed_name(text: str, names: set[str]) -> str | None:
    """The other person's name a status word at the end of `text` stands in apposition to.
    Every reading is tried, not only the first: a place before the name ("en la ciudad de
    Culiacán, Martha SOTO LEAL, reportera de ...") reads as a one-word name with the real name
    as its title. None when any reading is the subject's ("Buenos Aires, Juan PÉREZ, ...")."""
    found: list[tuple[str, set[str]]] = []
    pos = 0
    while (m := _name_before().search(text, pos)) is not None:
        words = {normalize_term(w) for w in re.split(r"[\s-]+", m.group(1)) if w}
        found.append((" ".join(m.group(1).split()), words))
        pos = m.start() + 1
    if any(words & names for _, words in found):
        return None
    return next((name for name, words in found if len(words) >= 2), None)


def _after_group_word(page: _Page, hit: Hit) -> bool:
    """The status word qualifies a community or association ("comunidad mapuche X"): what
    follows is the group's name, not a person's."""
    at = page.text.token(hit.start)
    return any(
        c.entry_id == COLLECTIVE and c.end <= hit.start and at - page.text.token(c.end - 1) <= 1
        for c in page.cues
    )


# Initials that stand for a person ("J. M. S.", "R.B.S."): how notices and judgments name a
# victim or a witness while the subject is named in full.
_INITIALS = r"(?:[A-ZÀ-ÖØ-Þ]\.[ \t]?){2,4}"
# Initials in brackets, in any script ("(J.M.S.)", "(ن.ب)"): Arabic letters joined by dots.
_BRACKETED = (
    r"\(\s*([A-ZÀ-ÖØ-Þ](?:\.[ \t]?[A-ZÀ-ÖØ-Þ]){1,3}\.?"
    r"|[\u0621-\u064a](?:\.[ \t]?[\u0621-\u064a]){1,3}\.?)\s*\)"
)


@cache
def _initials_before() -> re.Pattern[str]:
    """Initials, bare or in brackets ("السيدة (ن.ب)، صاحبة مدونة"), a comma (Latin or Arabic),
    maybe an article (`word.apposition-article`), at the end."""
    return re.compile(
        rf"(?:(?<![\w.])({_INITIALS})|{_BRACKETED})[ \t]*[,،][ \t]*"
        rf"(?:(?:{word_alternation(WORDS, 'word.apposition-article')})[ \t]*)?$"
    )


# After the status word: the initials at once, or after the outlet's quoted title
# ("periodista del semanario "La Voz", R. B. S.").
_INITIALS_AFTER = re.compile(
    rf"(?:[ \t,]*|[^.;:\"“«]{{0,40}}[\"“«][^\"”»\n]{{1,60}}[\"”»][ \t]*,\s*)"
    rf"({_INITIALS})(?![\w])"
)


# Initials in brackets that close the description the status word begins, in any script
# ("the activist and former candidate (J.M.S.)", "الناشط والمرشح السابق للانتخابات (ن.ب)"):
# Arabic initials are letters joined by dots, the last one often without its dot.
_BRACKETED_INITIALS = re.compile(
    r"[^.;:()؛\n]{0,80}(?:\n[^.;:()؛\n]{0,80})?\(\s*("
    r"[A-ZÀ-ÖØ-Þ](?:\.[ \t]?[A-ZÀ-ÖØ-Þ]){1,3}\.?"
    r"|[\u0621-\u064a](?:\.[ \t]?[\u0621-\u064a]){1,3}\.?"
    r")\s*\)"
)


def _initial_letters(names: set[str]) -> set[str]:
    """First letters of the subject's name words, and of Arabic ones without their article
    ("الجعبري" gives ا and ج), folded as the names are."""
    out: set[str] = set()
    for w in names:
        out.add(w[0])
        if w.startswith("ال") and len(w) > 2:
            out.add(w[2])
    return out


def _initials_other(raw: str, a: int, b: int, names: set[str]) -> str | None:
    """The person a status word names by initials, right after it or in apposition before
    it ("el ambientalista J. M. S.", "R. A. O. M., exteniente ..."), or in brackets at the end
    of the description the word begins, in any script ("the activist and former candidate
    (J.M.S.)", "الناشط والمرشح السابق (ن.ب)"), when the initials are not the subject's (each
    letter the first letter of a word of the subject's names)."""
    before = _initials_before().search(raw[max(0, a - 40) : a])
    after = _INITIALS_AFTER.match(raw[b : b + 120]) or _BRACKETED_INITIALS.match(raw[b : b + 200])
    found = before or after
    if found is None:
        return None
    initials = next(g for g in found.groups() if g)
    letters = {normalize_term(ch) for ch in initials if ch.isalpha()}
    if letters <= _initial_letters(names):
        return None
    return " ".join(initials.split())


def _named_other(page: _Page, hit: Hit, names: set[str]) -> str | None:
    """The person a status word names, when that is not the subject: "the radio
    journalist and blogger Marcos Tadeu Lira", or in apposition after the name:
    "Lucía Ferrer Soto, reporter for ...", or by initials ("el ambientalista J. M. S.").
    Needs the subject's names; Latin script."""
    if not names:
        return None
    raw = page.view.page.text
    a, b = page.view.original_span(hit.start, hit.end)
    initials = _initials_other(raw, a, b, names)
    if initials is not None:
        return initials
    if _after_group_word(page, hit):
        return None
    before = _apposed_name(raw[max(0, a - NAME_BEFORE_REACH) : a], names)
    if before is not None:
        return before
    # a term ending with an outlet ("corresponsal del diario") is followed by the outlet's
    # name, not a person's; a name apposed before it still counts (above)
    if _names_outlet(page, hit) or _names_body(page, hit):
        return None
    tail = raw[b : b + 80]
    # step over a second status joined by "and"/"et"/"y" ("journalist and blogger"), of one
    # or two words ("periodista y candidato presidencial"), not into "of the" or "de la"
    joined = _joined().match(tail)
    if joined:
        tail = tail[joined.end():]
    m = _NAME_AFTER.match(tail)
    if m is None:
        return None
    words = {normalize_term(w) for w in re.split(r"[\s-]+", m.group(1)) if w}
    if words & names:
        return None
    return " ".join(m.group(1).split())


def _in_subject_name(page: _Page, hit: Hit, names: set[str]) -> bool:
    """Every word of the status term is a family-name word of the subject's name as the
    documents give it (`names`: not a first word, which a misread "المتهم صحفي" would be):
    "Al-Balushi", "Kurdi" or "Turkmen" as a family name says nothing of a group. A term
    followed at once by a group noun ("the Baloch people", "la communauté kurde" reads the
    other way and is not a name either) names the group even when the subject bears it as a
    family name ("BALOCH, Zarina ... incited the Baloch people")."""
    words = normalize_term(page.view.quote(hit.start, hit.end)).split()
    if not (words and all(w in names for w in words)):
        return False
    end = page.text.token(hit.end - 1)
    return not any(
        c.entry_id == COLLECTIVE and c.start >= hit.end and page.text.token(c.start) - end <= 1
        for c in page.cues
    )


def _misread_other(page: _Page, hit: Hit, ctx: _Context) -> str | None:
    """The status term begins a second name reading that shares nothing with the subject's
    first name: the reading is the term and another person's name."""
    words = normalize_term(page.view.quote(hit.start, hit.end)).split()
    for other, raw in ctx.others:
        if len(other) > len(words) and other[: len(words)] == words:
            return " ".join(raw[len(words):])
    return None


def _why_held(
    fe: FlagEntry, page: _Page, hit: Hit, ctx: _Context
) -> str | None:
    sentence = page.text.sentence(hit.start)
    scope = fe.entry.scope
    if scope in ("subject", "context"):
        cue = _negated(page, hit, sentence)
        if cue is not None:
            kind = "reported denial" if cue.entry_id == "cue.denial" else "negation"
            return f"{kind} before the term (\"{page.view.quote(cue.start, cue.end)}\")"
    if scope == "subject":
        if _in_letterhead(page, hit):
            term = page.view.quote(hit.start, hit.end)
            return (f"\"{term}\" stands in the heading of {page.document.file_name}: it names "
                    "who issued or wrote the document, not the subject's status")
        if _in_subject_name(page, hit, ctx.surnames):
            term = page.view.quote(hit.start, hit.end)
            return f"\"{term}\" is part of the subject's name here, not a status"
        other = _someone_else(page, hit, sentence, ctx)
        if other is not None:
            ctx.other_person.add((id(page.view), hit.start, hit.end))
            return other
    for rule in fe.entry.exceptions:
        if rule.severity is None and (rule.cues or rule.iccs) and ctx.holds(
            rule, page, sentence, hit, fe.entry
        ):
            return rule.reason
    if fe.entry.flag == REFUGEE and ctx.issuing:
        host = _status_from_requester(page, hit, sentence, ctx.issuing)
        if host is not None:
            return (
                f"the protection named here is the requesting country's own (\"{host}\"): "
                "refugee status counts against a request from the country the person fears, "
                "not from the one that granted it"
            )
    return None


LETTERHEAD_CHARS = 120  # a document's first line longer than this is running text


def _in_letterhead(page: _Page, hit: Hit) -> bool:
    """A term on the first line of a document, when that line is a heading (short, no label,
    no full stop, and a blank line or a capitalised line below it, not the rest of a
    sentence): an NGO's report or a defence letter opens with its author ("Colectivo de
    Derechos Humanos ... (con sede en San José)"), not with the subject."""
    if page.view.page.number != 1 or page.document.pages[0] is not page.view.page:
        return False
    raw = page.view.page.text
    lead = len(raw) - len(raw.lstrip())
    end = raw.find("\n", lead)
    a, _ = page.view.original_span(hit.start, hit.end)
    if end < 0 or not lead <= a < end:
        return False
    line = raw[lead:end].rstrip()
    below = raw[end + 1 :].lstrip(" \t")
    heading = (
        below[:1] in ("\n", "") or below[:1].isupper() or below[:1].isdigit()
        or (_caseless(below[:1]) and _YEAR_END.search(line) is not None)
    )
    closed = line.endswith(".") and not _DATELINE.search(line)
    return len(line) <= LETTERHEAD_CHARS and ":" not in line and not closed and heading


# A line that ends with a year: a heading's dateline ("رسالة من منظمة ...، تونس، 10 مايو 2024").
_YEAR_END = re.compile(r"\b\d{4}$")


def _caseless(ch: str) -> bool:
    """A letter of a script without capitals (Arabic): the line below a heading cannot be told
    from running text by its case, so the heading's closing year must tell it."""
    return ch.isalpha() and not ch.isupper() and not ch.islower()


# A heading's closing date after a comma: its full stop ends the date, not a sentence
# ("Observatorio X - Nota para la defensa, 20 de noviembre de 2023.", "..., 14/11/2023.").
_DATELINE = re.compile(
    r",[ \t]*(?:\d{1,2}(?:er|º)?[ \t]+(?:de[ \t]+)?[^\W\d_]+[ \t]+(?:de[ \t]+)?\d{4}"
    r"|[^\W\d_]+[ \t]+\d{1,2},?[ \t]+\d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})\.$"
)


def _someone_else(
    page: _Page, hit: Hit, sentence: tuple[int, int], ctx: _Context
) -> str | None:
    """Why a status word names another person than the subject (named, acted on, related,
    victim or witness), if it does."""
    other = _misread_other(page, hit, ctx) or _named_other(page, hit, ctx.names)
    if other is not None:
        term = page.view.quote(hit.start, hit.end)
        return f"the {term} named here is {other}, not the subject"
    verb = _acted_on(page, hit, sentence, ctx.names)
    if verb is not None:
        quote = page.view.quote(verb.start, verb.end)
        term = page.view.quote(hit.start, hit.end)
        return (
            f"the {term} named here is another person the subject dealt with "
            f"(\"{quote}\"), not the subject"
        )
    owner = _possessed(page, hit, sentence)
    if owner is not None:
        term = page.view.quote(hit.start, hit.end)
        return (
            f"\"{page.view.quote(owner.start, hit.end)}\" names a person related to "
            f"someone, not that person's own status (the {term} is another person)"
        )
    cue = _other_role(page, hit, sentence, ctx.names)
    if cue is not None:
        role = _ROLE_NAMES.get(cue.entry_id, "victim")
        quote = page.view.quote(cue.start, cue.end)
        term = page.view.quote(hit.start, hit.end)
        return f"the {term} named here is a {role} (\"{quote}\"), not the subject"
    earlier = _same_apposition(page, hit, ctx)
    if earlier is not None:
        term = page.view.quote(hit.start, hit.end)
        return (
            f"\"{term}\" goes on describing the {earlier} named just before as another "
            "person, not the subject"
        )
    return None


APPOSITION_GAP = 12  # tokens between two status words of one description of a person


def _same_apposition(page: _Page, hit: Hit, ctx: _Context) -> str | None:
    """The earlier status word this one goes on describing, when that word was read as
    another person's: "M. Koné, député à l'Assemblée nationale élu sous les couleurs d'un
    parti de l'opposition" tells the deputy's party, not the subject's. Only within one
    phrase (no comma, full stop, colon or bracket between), with neither the subject named
    nor referred to between them nor right after the word."""
    text = page.view.text
    at = page.text.token(hit.start)
    for view_id, start, end in ctx.other_person:
        if view_id != id(page.view) or end > hit.start:
            continue
        if at - page.text.token(end - 1) > APPOSITION_GAP:
            continue
        if re.search(r"[,.;:()]", text[end:hit.start]):
            continue
        if any(c.entry_id == SUBJECT and end <= c.start < hit.start for c in page.cues):
            continue
        if any(end <= t.idx < hit.start and t.text in ctx.names for t in page.view.doc):
            continue
        b = page.view.original_span(hit.start, hit.end)[1]
        after = _NAME_AFTER.match(page.view.page.text[b : b + 80])
        if after and {normalize_term(w) for w in after.group(1).split()} & ctx.names:
            continue
        return page.view.quote(start, end)
    return None


def _requester(packet: Packet) -> str | None:
    """The requesting country when the packet states it: the manifest's, else the one a
    notice or diffusion names. A country named in a bare summary of facts is no requester
    ("s'est réfugié en Belgique" says where he went, not who asks)."""
    if packet.manifest and packet.manifest.issuing_country:
        return packet.manifest.issuing_country
    return next((
        d.fields.notice.issuing_country.normalized for d in packet.documents
        if d.doc_type in NOTICE_TYPES and d.fields.notice.issuing_country is not None
        and d.fields.notice.issuing_country.normalized
    ), None)


def _country_code(entry_id: str) -> str:
    return entry_id.rsplit(".", 1)[-1].upper()


def _status_from_requester(
    page: _Page, hit: Hit, sentence: tuple[int, int], issuing: str
) -> str | None:
    """The refugee or asylum status is the one the requesting country itself granted or
    examines ("Statut en Suisse : réfugié reconnu" in a Swiss request; "asylum seeker in
    Germany" in a German one): the nearest country named in the sentence, within a few
    tokens of the status word, is the issuing country, introduced by a word of place or
    agency ("en", "in", "by", "por", "في"). INTERPOL's refugee policy (GA-2017-86-RES-09)
    protects a refugee from the country where he fears persecution, so a status granted by
    the requester is no sign against its own request. A sentence that speaks of persecution
    or flight is left alone (the feared country may be the one named)."""
    if _persecution().search(page.view.text[sentence[0]:sentence[1]]):
        return None
    countries = [
        (c, _distance(page, hit, c.start, c.end)) for c in page.view.hits("countries-names")
        if sentence[0] <= c.start < sentence[1] and (c.end <= hit.start or c.start >= hit.end)
    ]
    if not countries:
        return _city_of_requester(page, hit, sentence, issuing)
    country, gap = min(countries, key=lambda x: x[1])
    if gap > _HOST_REACH or _country_code(country.entry_id) != issuing:
        return _city_of_requester(page, hit, sentence, issuing)
    before = [t for t in page.view.doc if t.idx < country.start and sentence[0] <= t.idx]
    if not before or before[-1].text not in word_list(WORDS, "word.host"):
        return None
    return page.view.quote(before[-1].idx, country.end)


def _city_of_requester(
    page: _Page, hit: Hit, sentence: tuple[int, int], issuing: str
) -> str | None:
    """A place of the requesting country right after the status word, as the seat of the
    office that granted it ("UNHCR office in Cairo", "المفوضية ... بالقاهرة", the Arabic "ب"
    written onto the city): the first place word within a few tokens after the status word,
    or after the refugee words that follow it ("بطاقة لاجئ صادرة عن المفوضية ... بالقاهرة"),
    after a word of place (`word.host`) or with the clitic. One-word names only."""
    last = page.text.token(hit.end - 1)
    for other in sorted(page.view.hits("flags-misuse"), key=lambda h: h.start):
        fe = flag_entries().get(other.entry_id)
        if fe is None or fe.entry.flag != REFUGEE or not hit.end <= other.start < sentence[1]:
            continue
        if page.text.token(other.start) - last > _HOST_REACH:
            break
        last = max(last, page.text.token(other.end - 1))
    hosts = word_list(WORDS, "word.host")
    prev = None
    for tok in page.view.doc:
        if not hit.end <= tok.idx < sentence[1]:
            continue
        if page.text.token(tok.idx) - last > _HOST_REACH:
            return None
        start, code = tok.idx, geo_terms().get(tok.text[1:]) if tok.text[:1] == "ب" else None
        if code is None and prev is not None and prev.text in hosts:
            start, code = prev.idx, geo_terms().get(tok.text)
        if code:
            return page.view.quote(start, tok.idx + len(tok.text)) if code == issuing else None
        prev = tok
    return None


def _lowering(fe: FlagEntry, page: _Page, hit: Hit, ctx: _Context) -> ExceptionRule | None:
    """The entry's first exception with a `severity` that holds here: a mixed case, raised at
    that lower severity with the rule's reason."""
    sentence = page.text.sentence(hit.start)
    for rule in fe.entry.exceptions:
        if rule.severity is not None and ctx.holds(rule, page, sentence, hit, fe.entry):
            return rule
    return None


def _around(page: _Page, hit: Hit, reach: int = 120) -> Evidence:
    """The sentence around a hit (at most `reach` characters either side, whole words)."""
    start, end = page.text.sentence(hit.start)
    text = page.view.text
    if hit.start - start > reach:
        cut = text.rfind(" ", start, hit.start - reach)
        start = cut + 1 if cut >= 0 else hit.start - reach
    if end - hit.end > reach:
        cut = text.find(" ", hit.end + reach, end)
        end = cut if cut >= 0 else hit.end + reach
    while end > start and text[end - 1] == " ":
        end -= 1
    return page.view.evidence(start, max(end, hit.end))


# A definite article right before a status word ("le journaliste", "the journalist"), or the
# Arabic article that begins it, with a one-letter clitic ("والصحفي").


@cache
def _definite_before() -> re.Pattern[str]:
    """A definite or demonstrative article at the end (`word.definite`)."""
    return re.compile(rf"(?:^|\s)(?:{word_alternation(WORDS, 'word.definite')})\s?$")


_ARTICLE = re.compile(r"^[وفبلك]?(?:ال|لل)")


class _Told:
    """Who a status word already named in a document. A definite "the journalist" read after
    the document named the journalist as another person (a victim, someone named) and never as
    the subject refers back to that person: "M. K., directeur de publication, ... tués. Le
    journaliste enquêtait sur ..." is the victim again, not the subject."""

    def __init__(self) -> None:
        self.other: dict[tuple[str, str], str] = {}  # (document, code) -> the earlier term
        self.own: set[tuple[str, str]] = set()

    def read(
        self, fe: FlagEntry, page: _Page, hit: Hit, ctx: _Context, held: str | None
    ) -> str | None:
        if fe.entry.scope != "subject" or fe.entry.flag is None:
            return held
        key = (page.document.id, fe.entry.flag)
        term = page.view.quote(hit.start, hit.end)
        if held is not None:
            if (id(page.view), hit.start, hit.end) in ctx.other_person:
                self.other.setdefault(key, term)
            return held
        earlier = self.other.get(key)
        if earlier is not None and key not in self.own and _definite(page, hit):
            return (
                f"\"{term}\" refers back to the {earlier} the document named earlier as "
                "another person, not the subject"
            )
        self.own.add(key)
        return None


    def excluded_other(self, fe: FlagEntry, page: _Page, hit: Hit, ctx: _Context) -> None:
        """A status word its entry's `excludes` phrase puts in another person's role ("llamó
        ... al periodista y director de la radio"): that person is another one, so a definite
        "el periodista" later in the document, or the description the phrase goes on with,
        is that person again."""
        if fe.entry.scope != "subject" or fe.entry.flag is None:
            return
        ctx.other_person.add((id(page.view), hit.start, hit.end))
        term = page.view.quote(hit.start, hit.end)
        self.other.setdefault((page.document.id, fe.entry.flag), term)


def _definite(page: _Page, hit: Hit) -> bool:
    text = page.view.text
    return bool(
        _definite_before().search(text[max(0, hit.start - 10) : hit.start])
        or _ARTICLE.match(text[hit.start : hit.end])
    )

GROUP_MEMBER = "misuse.ethnic-minority.group-member"
GROUNDS = "cue.grounds-on-accused"
GROUNDS_CODES = ("article3.racial", "compliance.vague-facts")
GROUNDS_WHAT = "the accused's ethnic group named in the order's own grounds, in the place of an act"
ETHNICITY_WHAT = (
    "the person's ethnic group recorded as his ethnicity in the requesting state's own document"
)
ETHNICITY = "cue.ethnicity-named"
RACIAL = "article3.racial"
_ADJACENT = re.compile(r"[\s:,.-]{0,3}")  # "Ethnicity: Hmong", "de etnia bubi", "Kurdish ethnicity"


def _grounds_codes(fe: FlagEntry, page: _Page, hit: Hit, ordinary: bool) -> dict[str, str]:
    """An ethnic group named in the order's own grounds about the accused, or as the status an
    act is attributed by (`cue.grounds-on-accused` in the same sentence: "attendu que
    l'inculpé est un notable peul", "en atención a su calidad de vocero de una comunidad
    mapuche"), makes that identity a ground of the case (article3.racial) and puts it in the
    place of an act of his own (compliance.vague-facts). Recorded as the person's ethnicity in
    the state's own document, it is a ground of the case only (`_ethnicity_recorded`), and
    only where the charges are not all ordinary crimes (`ordinary`: a recorded ethnicity
    beside a concrete murder or robbery charge is an identity datum, not a ground). Returns
    each extra code with what the reading says."""
    if fe.entry.id != GROUP_MEMBER:
        return {}
    start, end = page.text.sentence(hit.start)
    if any(c.entry_id == GROUNDS and start <= c.start < end for c in page.cues):
        return dict.fromkeys(GROUNDS_CODES, GROUNDS_WHAT)
    if not ordinary and _ethnicity_recorded(page, hit):
        return {RACIAL: ETHNICITY_WHAT}
    return {}


def _ethnicity_recorded(page: _Page, hit: Hit) -> bool:
    """The group is given as the person's ethnicity, right beside the word for it ("Ethnicity:
    Tibetan", "d'ethnie peule", "of Kurdish ethnicity", "من أصول طارقية"), in the requesting
    state's own document (a notice, warrant, judgment or request, not a letter or report):
    the authority has put the person's ethnic identity into the case."""
    doc = page.document
    if (doc.doc_type or doc.declared_type) in (None, "other"):
        return False
    text = page.view.text
    return any(
        c.entry_id == ETHNICITY
        and (
            (c.end <= hit.start and _ADJACENT.fullmatch(text[c.end : hit.start]))
            or (hit.end <= c.start and _ADJACENT.fullmatch(text[hit.end : c.start]))
        )
        for c in page.cues
    )


def lexical_candidates(packet: Packet, views: dict[str, list[PageView]]) -> list[Candidate]:
    """Candidates from every flag-lexicon term in the packet's pages, and from the entries'
    `patterns` (a shape a list of terms cannot hold, such as "persons of <any> origin"),
    which are read in context exactly like terms."""
    entries = flag_entries()
    pages = []
    for doc in packet.documents:
        for view in views.get(doc.id, []):
            text = page_text(view)
            pages.append(_Page(doc, view, text, live_cues(view)))
    # a party described once as the state's ("NAME, the state-owned utility") is a state
    # party wherever the packet names it
    parties = party_names(p.view for p in pages)
    for page in pages:
        page.cues.extend(named_party_hits(page.view, parties))
    ctx = _Context(packet, pages)
    rule = catalog().status_alone
    ordinary = rule is not None and ordinary_charges(packet, rule)
    out: list[Candidate] = []
    told = _Told()
    for page in pages:
        found = [h for name in FLAG_LEXICONS for h in page.view.hits(name) if h.entry_id in entries]
        hits = [
            h for h in found
            if not _excluded(page.view, h) and _near_enough(entries[h.entry_id].entry, page, h)
        ]
        others = [h for h in found if _excluded_other(page.view, h)]
        for hit in sorted([*_longest(hits, entries), *others], key=lambda h: h.start):
            fe = entries[hit.entry_id]
            if hit in others:
                told.excluded_other(fe, page, hit, ctx)
                continue
            if fe.entry.flag is None or fe.entry.severity is None:
                continue
            held_back = told.read(fe, page, hit, ctx, _why_held(fe, page, hit, ctx))
            lowered = None if held_back else _lowering(fe, page, hit, ctx)
            # an entry whose words name two flags (`also`) raises both from the same reading
            grounds = _grounds_codes(fe, page, hit, ordinary)
            for code in (fe.entry.flag, *fe.entry.also, *grounds):
                out.append(
                    Candidate(
                        code=code,
                        severity=lowered.severity if lowered else fe.entry.severity,
                        what=grounds.get(code) or fe.entry.name[0].lower() + fe.entry.name[1:],
                        note=lowered.reason if lowered else None,
                        provenance=Provenance(kind="lexicon", id=fe.entry.id, version=fe.version),
                        evidence=(_around(page, hit),),
                        suppressed=held_back,
                        term=page.view.quote(hit.start, hit.end),
                    )
                )
    return _corroborating_only(out, entries)


def _corroborating_only(found: list[Candidate], entries: dict[str, FlagEntry]) -> list[Candidate]:
    """Readings of a `corroborates` entry count only beside another live reading of the same
    code in the packet; alone they are held back with the reason, so a reviewer still sees
    them ("tried by a revolutionary court" says something about the forum, not the person)."""
    def corroborating(c: Candidate) -> bool:
        fe = entries.get(c.provenance.id)
        return bool(fe and fe.entry.corroborates)

    backed = {c.code for c in found if c.suppressed is None and not corroborating(c)}
    return [
        replace(c, suppressed=(
            f"{c.what} only corroborates {c.code}: no other reading "
            "of it in the packet"
        ))
        if corroborating(c) and c.suppressed is None and c.code not in backed else c
        for c in found
    ]


@cache
def category_exceptions(code: str) -> tuple[ExceptionRule, ...]:
    """The packet- or document-wide exceptions that every lexicon entry of a code names:
    they belong to the category itself (category 3 and organised crime, category 2 and
    violence in the family), so they hold back a reading that names no term, such as the
    offence-category model's.

    Only entries of scope `offense` (the ones that name an offence of the category) are
    compared: a `context` entry reads a sign around the offence (a parallel civil suit, a
    divorce case) and may hold itself back more narrowly, which says nothing about the
    category as a whole."""
    entries = [
        fe.entry for fe in flag_entries().values()
        if fe.entry.flag == code and fe.entry.scope == "offense"
    ]

    def key(
        rule: ExceptionRule,
    ) -> tuple[tuple[str, ...], tuple[str, ...], str, bool, tuple[str, ...]]:
        return (
            tuple(sorted(rule.cues)), tuple(sorted(rule.iccs)), rule.within, rule.together,
            tuple(sorted(rule.unless_cues)),
        )

    if not entries:
        return ()
    shared = {
        key(r) for r in entries[0].exceptions if r.within != "sentence" and r.severity is None
    }
    for entry in entries[1:]:
        shared &= {key(r) for r in entry.exceptions}
    return tuple(
        r for r in entries[0].exceptions if key(r) in shared and r.severity is None
    )


def category_exception_holds(
    code: str, packet: Packet, views: dict[str, list[PageView]], document_id: str | None
) -> str | None:
    """The reason of a category-wide exception of `code` that holds in the packet (or in
    the document `document_id` for document-wide ones), if any."""
    rules = category_exceptions(code)
    if not rules:
        return None
    pages = [
        _Page(doc, view, page_text(view), live_cues(view))
        for doc in packet.documents for view in views.get(doc.id, [])
    ]
    ctx = _Context(packet, pages)
    for rule in rules:
        if rule.within == "packet":
            cues, iccs = ctx.packet_cues, ctx.packet_iccs
        elif document_id is not None:
            cues = ctx.doc_cues.get(document_id, set())
            iccs = ctx.doc_iccs.get(document_id, set())
        else:
            continue
        if rule.found(cues, iccs):
            return rule.reason
    return None


@cache
def _exclusions(entry_id: str) -> re.Pattern[str] | None:
    """One pattern of a flag entry's `excludes` phrases, or None."""
    return excludes_pattern(flag_entries()[entry_id].entry)


def _excluded(view: PageView, hit: Hit) -> bool:
    """The hit lies inside one of its entry's `excludes` phrases ("press conference"), or
    starts inside one and runs on past its end: a longer term that begins on the phrase's last
    words ("remises à un journaliste de télévision": the excluded "à un journaliste" puts the
    journalist in another role, and the longer term "journaliste de télévision" is still that
    other person). A term inside a date ("12 March 2023": a month, not a march) never counts."""
    if _in_date(view, hit):
        return True
    pattern = _exclusions(hit.entry_id)
    if pattern is None:
        return False
    lo = max(0, hit.start - 80)
    return any(
        m.start() <= hit.start + _clitics(view.text, hit.start, m.start())
        and hit.start < m.end()
        for m in pattern.finditer(view.text, lo, hit.end + 80)
    )


ROLE_WORD_CHARS = 4  # the small words (prepositions, articles) before a status word


def _excluded_other(view: PageView, hit: Hit) -> bool:
    """The hit ends one of its entry's `excludes` phrases that begins before it with small
    words only, a preposition and an article that give the person a role ("al periodista",
    "to the journalist", "à un journaliste", "مع الصحفيين"): the phrase names another person
    by the status word. A phrase with a noun before the word ("conférence de presse",
    "مؤتمر صحفي", "crimes against journalists") names no one."""
    pattern = _exclusions(hit.entry_id)
    if pattern is None or _in_date(view, hit):
        return False
    lo = max(0, hit.start - 80)
    return any(
        m.start() < hit.start and m.end() == hit.end
        and all(len(w) <= ROLE_WORD_CHARS for w in view.text[m.start():hit.start].split())
        for m in pattern.finditer(view.text, lo, hit.end + 80)
    )


def _in_date(view: PageView, hit: Hit) -> bool:
    """Whether the hit lies inside a date the `patterns` lexicon finds ("12 March 2023")."""
    return any(
        d.entry_id.startswith("date.") and d.start <= hit.start and hit.end <= d.end
        for d in view.hits("patterns")
    )


def _clitics(text: str, start: int, phrase_start: int) -> int:
    """How many proclitic letters at `start` precede a phrase that begins at `phrase_start`."""
    gap = phrase_start - start
    return gap if 0 < gap <= 2 and all(c in "وفبلك" for c in text[start:phrase_start]) else 0
