"""Consistency across the documents of one packet: identity, charges, dates.

Documents are compared pairwise on what both state; a field that only one
document gives is not a conflict. Names are compared word by word after
folding (case, accents), so word order and small spelling variants
("Sergei"/"Sergey") are not conflicts; names in different scripts are not
compared.
"""

from __future__ import annotations

import difflib
import itertools
import re
from collections.abc import Iterator
from datetime import date
from functools import cache

from pipeline.flags.candidates import Candidate
from pipeline.flags.catalog import catalog
from pipeline.flags.compliance import WARRANT_REACH
from pipeline.flags.cues import inside_longer, live_cues
from pipeline.flags.sentences import page_text
from pipeline.lexicons.words import word_alternation
from pipeline.records import (
    NOTICE_TYPES,
    Document,
    Evidence,
    Found,
    Offense,
    Packet,
    Provenance,
)
from pipeline.text.normalize import ARABIC_SCRIPT, normalize_term
from pipeline.understand.charges import article_ids, penal_law, procedure_law
from pipeline.understand.labels import view_dates
from pipeline.understand.pageview import Hit, PageView, head_cut
from pipeline.understand.subject import NAME_REACH

UNDERLYING = ("arrest-warrant", "indictment", "judgment", "extradition-request")


def _rule(name: str) -> Provenance:
    return Provenance(kind="rule", id=f"rule.consistency.{name}", version=catalog().version)


def _ev(*found: Found | None) -> tuple[Evidence, ...]:
    return tuple(f.evidence for f in found if f is not None and f.evidence is not None)


@cache
def _words(name: str) -> frozenset[str]:
    """The words of a name, folded; an initial ("G." in "ASHCROFT G. L.") is kept as its
    letter."""
    folded = normalize_term(name).replace(",", " ").replace(".", ". ")
    words = (w.strip(".") for w in folded.split())
    return frozenset(w for w in words if len(w) > 1 or (w.isascii() and w.isalpha()))


def _script(words: frozenset[str]) -> str:
    return "arabic" if any(ARABIC_SCRIPT.search(w) for w in words) else "latin"


def _same_word(x: str, y: str) -> bool:
    """Two words of a name agree: a small spelling or transliteration variant ("Sergei"/
    "Sergey"), or an initial and a word it begins ("G." and "Graham")."""
    if len(x) == 1 or len(y) == 1:
        return x[0] == y[0]
    return difflib.SequenceMatcher(None, x, y).ratio() >= 0.8


def _same_name(a: frozenset[str], b: frozenset[str]) -> bool:
    """Most words of the shorter name agree with a word of the other, one of them a whole
    word (initials alone do not make a name)."""
    whole = any(_same_word(x, y) for x in a if len(x) > 1 for y in b if len(y) > 1)
    matched = sum(1 for x in a if any(_same_word(x, y) for y in b))
    return whole and matched >= max(1, min(len(a), len(b)) // 2 + min(len(a), len(b)) % 2)


def _word_replaced(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two full names of as many words (three or more) that agree but for one word standing in
    the other's place: a different father's or grandfather's name in an Arabic chain of names
    ("Majid Salih Abdallah X" and "Majid Salih Abd al-Rahman X"), a different second family name
    ("MEJIA RAPALO" and "MEJIA RAUDALES"). A word missing from one name is no conflict (names are
    often given shorter); a word replaced is another person's name, or the same person's given
    otherwise, which a reviewer must check."""
    if len(a) != len(b) or len(a) < 3:
        return False
    only_a = [x for x in a if not any(_same_word(x, y) for y in b)]
    only_b = [y for y in b if not any(_same_word(x, y) for x in a)]
    return len(only_a) == 1 and len(only_b) == 1


def _names_in(name: frozenset[str], doc: Document) -> bool:
    """Every word of `name` is a word of the document's text: both documents name both
    persons (the subject and a co-accused, a witness or a deponent), so two names read from
    them are two people mentioned, not two identities given for the subject."""
    words = {
        w.strip(".,;:()[]\"'«»") for p in doc.pages
        for w in normalize_term(p.text).replace(",", " ").split()
    }
    return name <= words


def _in_head_lines(found: Found, doc: Document, lines: int = 2) -> bool:
    """The value was read from the first `lines` lines with text of the document (its
    heading: a court's name that runs over two lines, "... DELITOS CONTRA / EL AMBIENTE DE
    QUETZALTENANGO")."""
    e = found.evidence
    if e is None or not doc.pages or e.page != doc.pages[0].number:
        return False
    cut = head_cut(doc.pages[0].text, lines, blank=False)
    return cut is None or e.end <= cut


def _heading_misread(name: Found, reference: frozenset[str], doc: Document) -> bool:
    """A name read from a document's heading while its text gives, in full, the name the
    reference document gives: the court's name taken for the subject's, not another
    identity."""
    return _in_head_lines(name, doc) and _names_in(reference, doc)


def _stands_for_original(doc: Document) -> bool:
    """A document the checks read: an original, or a translation whose original is not in
    the packet ("RULING ... (translation from Romanian)" sent alone). A translation of a
    document the packet holds repeats it, spelt otherwise, and is left out; a translation sent
    alone is the only copy the reviewer has of that document, and its names, dates of birth
    and charges are compared like an original's."""
    return not doc.is_translation or doc.translation_of is None


def _compared(packet: Packet) -> list[tuple[Document, Document]]:
    """Each document against the reference one (the notice, else the first document that
    names the subject): what a reviewer compares, and linear in the number of documents."""
    docs = [d for d in packet.documents if _stands_for_original(d)]
    named = [d for d in docs if d.fields.subject.names or d.fields.subject.birth_dates]
    if not named:
        return []
    reference = next((d for d in named if d.doc_type in NOTICE_TYPES), named[0])
    return [(reference, d) for d in docs if d is not reference]


_ALL_DIGITS = re.compile(r"[\d\s./-]+")


def _swapped(found: list[Found]) -> set[str]:
    """The other reading of dates written in figures alone whose day and month are both 12
    or less ("08/11/1962" is 8 November or, month first as US documents write it, 11 August)."""
    out: set[str] = set()
    for f in found:
        day = _day(f.normalized)
        if day and day.day <= 12 and day.day != day.month and _ALL_DIGITS.fullmatch(f.value):
            out.add(day.replace(month=day.day, day=day.month).isoformat())
    return out


def _read_either_way(fa: list[Found], fb: list[Found]) -> bool:
    """A date in figures alone of one document is the other's date written out, read with
    day and month the other way round: the figures agree with either reading, so that is no
    conflict. Two dates both in figures are read alike (one packet, one convention)."""
    def written(found: list[Found]) -> set[str]:
        return {f.normalized for f in found if f.normalized and not _ALL_DIGITS.fullmatch(f.value)}

    return bool(_swapped(fa) & written(fb) or _swapped(fb) & written(fa))


ID_KINDS = ("national-id", "passport")


def _id_numbers(
    fa: list[Found], fb: list[Found]
) -> Iterator[tuple[str, list[Found], list[Found]]]:
    """Identity documents of one kind (national identity card, passport) that both documents
    number, with no number in common: "cédula 0923456781" and "cédula 0932456781" are two
    cards, or one misread, which a reviewer must check. Numbers are compared on their letters
    and digits alone, so spaces and dashes are no conflict."""
    for kind in ID_KINDS:
        xa = [f for f in fa if f.kind == kind and f.normalized]
        xb = [f for f in fb if f.kind == kind and f.normalized]
        if xa and xb and not {f.normalized for f in xa} & {f.normalized for f in xb}:
            yield kind.replace("-", " "), xa, xb


def identity(packet: Packet) -> Iterator[Candidate]:
    """Names, dates of birth and nationalities that differ between two documents."""
    for a, b in _compared(packet):
        sa, sb = a.fields.subject, b.fields.subject
        if sa.names and sb.names:
            na, nb = _words(sa.names[0].value), _words(sb.names[0].value)
            if (
                na and nb and _script(na) == _script(nb)
                and (not _same_name(na, nb) or _word_replaced(na, nb))
                and not (_names_in(nb, a) and _names_in(na, b))
                and not _heading_misread(sb.names[0], na, b)
                and not _heading_misread(sa.names[0], nb, a)
            ):
                yield Candidate(
                    "consistency.identity", "medium",
                    f"the name \"{sa.names[0].value}\" in {a.file_name} and "
                    f"\"{sb.names[0].value}\" in {b.file_name}",
                    _rule("name"), _ev(sa.names[0], sb.names[0]),
                )
        for kind, fa, fb in _id_numbers(sa.id_documents, sb.id_documents):
            yield Candidate(
                "consistency.identity", "medium",
                f"the {kind} number {fa[0].value} in {a.file_name} and {fb[0].value} in "
                f"{b.file_name}",
                _rule("id-number"), _ev(fa[0], fb[0]),
            )
        for what, rule, fa, fb in (
            ("date of birth", "birth-date", sa.birth_dates, sb.birth_dates),
            ("nationality", "nationality", sa.nationalities, sb.nationalities),
        ):
            va = {f.normalized for f in fa if f.normalized}
            vb = {f.normalized for f in fb if f.normalized}
            if va and vb and not va & vb and not _read_either_way(fa, fb):
                yield Candidate(
                    "consistency.identity", "medium",
                    f"the {what} {', '.join(sorted(va))} in {a.file_name} and "
                    f"{', '.join(sorted(vb))} in {b.file_name}",
                    _rule(rule), _ev(fa[0], fb[0]),
                )


def _penalties(doc: Document) -> dict[str, int]:
    """Maximum penalty in months per ICCS code, where both are known."""
    out: dict[str, int] = {}
    for o in doc.fields.offenses:
        if o.iccs_code and o.max_penalty_months:
            out[o.iccs_code] = max(out.get(o.iccs_code, 0), o.max_penalty_months)
    return out


def _in_heading(doc: Document, offense: Offense) -> bool:
    """The offence is read only from the document's first line, its heading: the court or
    chamber's name ("Cairo Criminal Court, terrorism circuit", "Juzgado de Violencia contra
    la Mujer"), not a charge."""
    if not offense.evidence or not doc.pages:
        return False
    first = doc.pages[0]
    stripped = first.text.lstrip()
    top = len(first.text) - len(stripped)
    line_end = top + len(stripped.split("\n", 1)[0])
    return all(e.page == first.number and e.end <= line_end for e in offense.evidence)


def _views_of(views: dict[str, list[PageView]], evidence: Evidence) -> PageView | None:
    return next(
        (v for v in views.get(evidence.document_id, []) if v.page.number == evidence.page), None
    )


def _pretrial_term(doc: Document, code: str, views: dict[str, list[PageView]]) -> str | None:
    """The quote of a term read as the maximum penalty of `code` that a pre-trial measure
    governs ("prisión preventiva por el plazo de nueve meses"): how long the person may be held
    before trial, not what the law punishes the offence with."""
    for o in doc.fields.offenses:
        if o.iccs_code != code:
            continue
        for e in o.evidence:
            view = _views_of(views, e)
            if view is None:
                continue
            a, b = view.norm.normalized_index(e.start), view.norm.normalized_index(e.end)
            cues = [h for h in live_cues(view) if a <= h.start and h.end <= b]
            measures = [h.end for h in cues if h.entry_id == "cue.pretrial-measure"]
            terms = [h.start for h in cues if h.entry_id == "cue.penalty-duration"]
            if any(m <= t for m in measures for t in terms):
                return e.quote
    return None


def _same_provision(x: str, y: str) -> bool:
    """Two article references name one provision: the same text, or one is the other with a
    subdivision added ("4(1)" and "4(1)(a)"; "120" and "120-b" are different articles). A
    notice often cites the section and the charge sheet the paragraph of it that applies."""
    short, long = sorted((x.lower().replace(" ", ""), y.lower().replace(" ", "")), key=len)
    return short == long or (long.startswith(short) and long[len(short)] in "(.")


# The widest span a range of articles ("Articles 147-148") is read as: a hyphen between two
# numbers that rise by more is a numbered article ("311-8", "222-33" fall, so stay one).
ARTICLE_RANGE_SPAN = 20


def _article_range(x: str) -> range | None:
    """The articles a range citation covers ("147-148": 147 and 148), or None when `x` is one
    article: a hyphen between two numbers read as a range only where the second is the larger
    and within `ARTICLE_RANGE_SPAN` of the first."""
    m = re.fullmatch(r"(\d+)\s*-\s*(\d+)", x.strip())
    if m is None:
        return None
    low, high = int(m[1]), int(m[2])
    return range(low, high + 1) if low < high <= low + ARTICLE_RANGE_SPAN else None


def _cites_provision(x: str, y: str) -> bool:
    """`_same_provision`, or one is a range of articles ("147-148") that holds the other
    ("147", "148(1)"): a judgment may cite the articles of a charge as a range."""
    if _same_provision(x, y):
        return True
    for span, single in ((x, y), (y, x)):
        covered = _article_range(span)
        head = re.match(r"\d+(?![\d-])", single.strip())
        if covered is not None and head is not None and int(head[0]) in covered:
            return True
    return False


def _shared_articles(an: set[str], au: set[str]) -> set[str]:
    """The articles of one document that name a provision the other document cites."""
    return {a for a in an if any(_cites_provision(a, b) for b in au)}


PROCEDURAL_STEP = ("cue.pretrial-measure", "cue.trial-went-ahead")
# Characters from a penalty's duration to an article cited for it: "Pena: de 6 a 20 años de
# prisión (art. 4, Decreto 67-2001)" cites the article that sets the penalty, where the notice
# cites the one that defines the offence (art. 2 of the same decree).
PENALTY_ARTICLE_REACH = 20


def _for_penalty(hit: Hit, durations: list[Hit]) -> Hit | None:
    """The penalty duration an article citation follows closely (`PENALTY_ARTICLE_REACH`)."""
    return next(
        (d for d in durations if 0 <= hit.start - d.end <= PENALTY_ARTICLE_REACH), None
    )


def _gap(hit: Hit, others: list[Hit]) -> int:
    """Characters between a citation and the nearest of `others` (0 where they touch)."""
    return min(max(o.start - hit.end, hit.start - o.end, 0) for o in others)


# Characters before a citation searched for the law of procedure it is cited from, within
# its own bracket or clause ("(Code of Criminal Procedure, Art. 312)").
PROCEDURE_LAW_REACH = 50


def _procedure_law_before(view: PageView, hit: Hit, start: int, cited: list[Hit]) -> str | None:
    """The quote of a law of procedure named just before a citation, in its own bracket or
    clause and with no other citation between ("custody is necessary ... (Code of Criminal
    Procedure, Art. 312)"): the article is of that law, not of the charge."""
    lead = max(start, hit.start - PROCEDURE_LAW_REACH)
    window = view.text[lead:hit.start]
    cut = max(window.rfind("("), window.rfind(";"))
    if cut < 0:
        return None
    lead += cut + 1
    if any(lead <= c.end <= hit.start for c in cited if c is not hit):
        return None
    law = procedure_law().search(view.text, lead, hit.start)
    if law is None or penal_law().search(view.text, lead, hit.start):
        return None
    return view.quote(law.start(), hit.end)


def _procedural_articles(doc: Document, views: dict[str, list[PageView]]) -> dict[str, str]:
    """The articles a document cites in sentences that tell a step of the proceedings or a
    penalty and name no offence ("declared an absent person under article 127 ..., a public
    defender represented him at the charging hearing and at the trial"; "Pena: de 6 a 20 años
    (art. 4)"), or name one further from the citation than the step is ("en el proceso por el
    delito de X ..., el juez dispuso, de conformidad con los artículos 520 y 522, la prisión
    preventiva"), or cites from a law of procedure named in its own bracket
    (`_procedure_law_before`), each with the quote of that step or law: a law of procedure or
    of penalties, which a reader given no charge's own citation may have taken for the law of
    the charges."""
    steps: dict[str, str] = {}
    charged: set[str] = set()
    for view in views.get(doc.id, []):
        text = page_text(view)
        cues = [h for h in live_cues(view) if h.entry_id in PROCEDURAL_STEP]
        durations = [h for h in live_cues(view) if h.entry_id == "cue.penalty-duration"]
        offences = view.hits("iccs")
        cited = [h for h in view.hits("patterns") if h.entry_id == "article.cited"]
        for hit in cited:
            a, b = text.sentence(hit.start)
            step = next((c for c in cues if a <= c.start < b), None) or _for_penalty(
                hit, [d for d in durations if a <= d.start]
            )
            ids = article_ids(view, hit)
            named = [o for o in offences if a <= o.start < b]
            law = None if named else _procedure_law_before(view, hit, a, cited)
            if law is not None:
                for i in ids:
                    steps.setdefault(i, law)
            elif step is None or (named and _gap(hit, named) <= _gap(hit, [step])):
                charged.update(ids)
            else:
                for i in ids:
                    steps.setdefault(i, view.quote(step.start, step.end))
    return {i: q for i, q in steps.items() if i not in charged}


def _civil_court(doc: Document, views: dict[str, list[PageView]]) -> str | None:
    """The quote of a civil or family court (`cue.civil-court`) named in the heading of a
    judgment (its first lines with text): a custody or child-return decision charges no one,
    and the offences its reasons mention are facts of the dispute."""
    if doc.doc_type != "judgment":
        return None
    for view in views.get(doc.id, [])[:1]:
        end = view.head_end(4, blank=False)
        court = next(
            (h for h in live_cues(view) if h.entry_id == "cue.civil-court" and h.end <= end), None
        )
        if court is not None:
            return view.quote(court.start, court.end)
    return None


def _names_a_group(offense: Offense, views: dict[str, list[PageView]]) -> bool:
    """The offence word follows "the ranks of" (`cue.group-ranks`): "his relatives fight in
    the ranks of the rebellion" ("في صفوف التمرد") names the rebel forces, a body of people,
    not a charge."""
    for e in offense.evidence[:1]:
        view = _views_of(views, e)
        if view is None:
            return False
        at = view.norm.normalized_index(e.start)
        return any(
            h.entry_id == "cue.group-ranks" and h.end <= at and not view.text[h.end:at].strip()
            for h in live_cues(view)
        )
    return False


def charge_codes(doc: Document, views: dict[str, list[PageView]]) -> set[str]:
    """The ICCS codes of a document's charges: each charge's own code, and the code of every
    offence named inside its wording. A list of charges the reader kept as one
    ("التزوير في محررات واستعمالها؛ خيانة الأمانة؛ غسل الأموال", classed as breach of trust)
    still names forgery and laundering; an offence read only from a heading names the court,
    not a charge."""
    out: set[str] = set()
    for o in doc.fields.offenses:
        if not o.iccs_code or _in_heading(doc, o) or _names_a_group(o, views):
            continue
        out.add(o.iccs_code)
        for e in o.evidence[:1]:
            view = _views_of(views, e)
            if view is None:
                continue
            a, b = view.norm.normalized_index(e.start), view.norm.normalized_index(e.end)
            inside = [h for h in view.hits("iccs") if a <= h.start and h.end <= b]
            # a term inside a longer one is a part of it: "sans intention de donner la mort"
            # (manslaughter) names no "intention de donner la mort" (murder)
            out.update(
                h.entry_id.removeprefix("iccs.") for h in inside if not inside_longer(h, inside)
            )
    return out


# Inchoate forms (ICCS 08063 preparation and incitement, 08064 conspiracy): they attach to
# another offence, which a charge of "possession of narcotics for sale and conspiracy" names
# in words the lexicon may not read, so they are no class of their own to compare.
INCHOATE = frozenset({"08063", "08064"})


def _classes(doc: Document, views: dict[str, list[PageView]]) -> set[str]:
    """The ICCS classes (four digits) of a document's charges (`charge_codes`), so a warrant
    that names only the forgery of a notice's list shares its class; inchoate forms
    (`INCHOATE`) are left out."""
    return {
        code[:4] for code in charge_codes(doc, views) if len(code) >= 4 and code not in INCHOATE
    }


# ICCS 0601 (controlled drugs) splits by purpose: for personal consumption (06011) and not
# for it (06012). One class to `_classes`, two different charges all the same.
DRUG_PURPOSES = ("06011", "06012")


def _drug_purposes(codes: set[str]) -> set[str]:
    """The purposes of drug charges (`DRUG_PURPOSES`) a document's charge codes name: a
    notice that charges "trafic de cocaïne" (060121) names supply, a judgment that retains
    "détention de stupéfiants pour usage personnel" (060111) personal use; a charge of drugs
    that names no purpose ("stupéfiants", 0601) names neither."""
    return {p for p in DRUG_PURPOSES if any(c.startswith(p) for c in codes)}


def charges(
    packet: Packet, views: dict[str, list[PageView]] | None = None
) -> Iterator[Candidate]:
    """The notice against each underlying document: offence classes, laws, maximum penalty."""
    views = views or {}
    notices = [d for d in packet.documents if d.doc_type in NOTICE_TYPES and d.fields.offenses]
    others = [d for d in packet.documents if d.doc_type in UNDERLYING and d.fields.offenses]
    notices = [d for d in notices if _stands_for_original(d)]
    others = [d for d in others if _stands_for_original(d)]
    # what each document cites, worked out once per document
    docs = (*notices, *others)
    classes = {d.id: _classes(d, views) for d in docs}
    purposes = {d.id: _drug_purposes(charge_codes(d, views)) for d in docs}
    articles = {d.id: {a for o in d.fields.offenses for a in o.articles} for d in docs}
    penalties = {d.id: _penalties(d) for d in docs}
    civil = {d.id: _civil_court(d, views) for d in others}
    procedural = {d.id: _procedural_articles(d, views) for d in docs if articles[d.id]}
    for n, u in itertools.product(notices, others):
        first = (*n.fields.offenses[0].evidence[:1], *u.fields.offenses[0].evidence[:1])
        # A civil or family court's decision charges no one: its offences are not compared.
        no_charges = (
            f"{u.file_name} is a decision of a civil or family court (\"{civil[u.id]}\"): the "
            "offences it mentions are facts of the dispute, not charges"
        ) if civil[u.id] else None
        # ICCS classes (four digits: fraud 0701 against embezzlement and breach of trust 0703),
        # so two different offences of one section still differ; a finer code of the same
        # class ("armed robbery" 04011 under robbery 0401) does not. An offence read only from
        # a heading names the court, not a charge.
        sn, su = classes[n.id], classes[u.id]
        an, au = articles[n.id], articles[u.id]
        # Drugs charged for supply in one document and for personal use alone in the other
        # differ though they share the class 0601 (`DRUG_PURPOSES`).
        pur_n, pur_u = purposes[n.id], purposes[u.id]
        drugs = len(pur_n) == len(pur_u) == 1 and pur_n != pur_u
        if sn and su and (not sn & su or drugs):
            # Both documents cite the same article for their charges: one offence, worded
            # (or translated) so that it reads as two classes ("armed robbery" and "theft
            # coupled with carrying a weapon", both "Art. 402"), not two charges.
            shared = sorted(_shared_articles(an, au))
            yield Candidate(
                "consistency.charges", "medium",
                f"the notice ({n.file_name}) charges \"{n.fields.offenses[0].text}\" while "
                f"{u.file_name} charges \"{u.fields.offenses[0].text}\"",
                _rule("offence-class"), first,
                suppressed=(
                    f"both documents cite article {', '.join(shared)} for the charge: the same "
                    "offence worded differently, not different charges"
                ) if shared else no_charges,
            )
        # Articles cited only for a step of the proceedings are left out of the comparison;
        # a document that cites no other is held back with the step as the reason.
        steps_n, steps_u = (procedural[n.id], procedural[u.id]) if an and au else ({}, {})
        ln, lu = an - steps_n.keys() or an, au - steps_u.keys() or au
        steps = {
            **{a: q for a, q in steps_n.items() if a in ln},
            **{a: q for a, q in steps_u.items() if a in lu},
        }
        if an and au and not (ln & lu or _shared_articles(ln, lu)):
            step = next((steps[a] for a in sorted(ln | lu) if a in steps), None)
            yield Candidate(
                "consistency.charges", "medium",
                f"the notice cites articles {', '.join(sorted(an))} and {u.file_name} cites "
                f"{', '.join(sorted(au))}",
                _rule("articles"), first,
                suppressed=(
                    f"article {', '.join(sorted(a for a in ln | lu if a in steps))} is cited for "
                    f"a step of the proceedings or for the penalty (\"{step}\"), not for the charge"
                ) if step else no_charges,
            )
        pn, pu = penalties[n.id], penalties[u.id]
        differ = sorted(code for code in pn.keys() & pu.keys() if pn[code] != pu[code])
        if differ:
            code = differ[0]
            lower = n if pn[code] < pu[code] else u
            pretrial = _pretrial_term(lower, code, views)
            imposed = _sentence_as_maximum(packet, (n, pn[code]), (u, pu[code]), code=code)
            yield Candidate(
                "consistency.charges", "medium",
                f"the maximum penalty for the same charge (ICCS {code}) is {pn[code]} months in "
                f"the notice and {pu[code]} months in {u.file_name}",
                _rule("penalty"), first,
                suppressed=(
                    f"the shorter term is a pre-trial measure (\"{pretrial}\"), not the penalty "
                    "the law sets"
                ) if pretrial else imposed or no_charges,
            )


def _sentence_as_maximum(
    packet: Packet, *read: tuple[Document, int], code: str
) -> str | None:
    """Why a differing maximum is no conflict: the term read as the maximum in a judgment is
    the sentence the packet states as imposed (or left to serve) for that charge ("Sentences
    the defendant to 15 years" beside the notice's "Maximum penalty: 10 to 20 years ...
    Sentence imposed: 15 years"). A judgment states the penalty it imposes, not the one the
    law sets, so the two figures answer different questions; so does a notice to serve a
    judgment's sentence ("peine : quatre mois ; reste à subir : quatre mois") beside the
    judgment that recites the law's range ("de huit jours à six mois")."""
    imposed = {
        m for d in packet.documents for o in d.fields.offenses if o.iccs_code == code
        for m in (o.sentence_months, o.remaining_months) if m
    } | {
        int(f.normalized) for d in packet.documents
        for f in (d.fields.decision.sentence_months, d.fields.decision.remaining_months)
        if f is not None and f.normalized and f.normalized.isdigit()
    }
    judged = any(d.doc_type == "judgment" for d in packet.documents)
    for doc, months in read:
        if doc.doc_type == "judgment" and months in imposed:
            return (
                f"the {months} months read as the maximum in {doc.file_name} is the sentence "
                "the packet states as imposed: a judgment gives the penalty it imposes, not the "
                "maximum the law sets"
            )
        if judged and doc.doc_type in NOTICE_TYPES and months in imposed:
            return (
                f"the {months} months read as the maximum in {doc.file_name} is the sentence "
                "the packet states as imposed: a notice to serve a judgment's sentence gives "
                "that sentence as its penalty"
            )
    return None


def _months(doc: Document) -> tuple[Found | None, set[int]]:
    """A document's sentence as imposed (its `decision.sentence_months`), and every term in
    months it states as imposed or left to serve."""
    dec = doc.fields.decision
    terms = {
        int(f.normalized) for f in (dec.sentence_months, dec.remaining_months)
        if f is not None and f.normalized and f.normalized.isdigit()
    }
    found = dec.sentence_months
    ok = found is not None and bool(found.normalized) and str(found.normalized).isdigit()
    return (found if ok else None), terms


def _notice_sentences(doc: Document, said: Found) -> set[int]:
    """The months of the sentence a notice states, and the remainder it leaves to serve when
    that is longer: a sentence read below the remainder ("... est resté plus de deux mois" of
    the facts beside "reste à subir : quatre mois") may be a misreading, the remainder then
    being the nearest term the notice gives for the sentence (or the sum of several)."""
    months = {int(str(said.normalized))}
    left = doc.fields.decision.remaining_months
    if left is not None and left.normalized and left.normalized.isdigit():
        months |= {m for m in [int(left.normalized)] if m > min(months)}
    return months


def sentences(packet: Packet) -> Iterator[Candidate]:
    """A notice that states another sentence than the judgment it rests on imposes ("Peine
    prononcée : trois ans" beside a judgment that "condamne à quatre mois"): the notice may
    state the charges as brought, not as judged, and the sentence decides the threshold.
    A judgment whose sentence or remainder is the notice's sentence agrees with it."""
    judged = [
        _months(d) for d in packet.documents
        if d.doc_type == "judgment" and _stands_for_original(d)
    ]
    judged = [(f, terms) for f, terms in judged if f is not None]
    for n in packet.documents:
        if n.doc_type not in NOTICE_TYPES or not _stands_for_original(n):
            continue
        said, _terms = _months(n)
        if said is None or not judged:
            continue
        if any(_notice_sentences(n, said) & terms for _f, terms in judged):
            continue
        found = judged[0][0]
        assert found is not None
        yield Candidate(
            "consistency.charges", "medium",
            f"the notice ({n.file_name}) states a sentence of {said.normalized} months while "
            f"the judgment imposes {found.normalized} months",
            _rule("sentence"), _ev(said, found),
        )


REQUALIFIED_REACH = 160  # characters from "requalifie la prévention en" to the article cited


def _requalified_articles(
    doc: Document, views: dict[str, list[PageView]]
) -> Iterator[tuple[list[str], Evidence]]:
    """The articles a judgment convicts under after giving the facts another qualification
    ("requalifie la prévention en coups simples (article 398)"): the first article cited
    within `REQUALIFIED_REACH` characters after the requalification words."""
    for view in views.get(doc.id, []):
        articles = [h for h in view.hits("patterns") if h.entry_id == "article.cited"]
        for cue in (h for h in live_cues(view) if h.entry_id == "cue.requalification"):
            cited = next(
                (a for a in articles if 0 <= a.start - cue.end <= REQUALIFIED_REACH), None
            )
            if cited is not None:
                yield article_ids(view, cited), view.evidence(cue.start, cited.end)


def requalified(
    packet: Packet, views: dict[str, list[PageView]] | None = None
) -> Iterator[Candidate]:
    """A judgment that convicted under another article than the charged one, while the notice
    cites none of the articles of conviction: the notice states the charge as brought, not
    as judged (a lesser offence may also fall under the penalty threshold)."""
    views = views or {}
    notices = [d for d in packet.documents if d.doc_type in NOTICE_TYPES and d.fields.offenses]
    judgments = [d for d in packet.documents if d.doc_type == "judgment"]
    for n, j in itertools.product(notices, judgments):
        if not (_stands_for_original(n) and _stands_for_original(j)):
            continue
        an = {a for o in n.fields.offenses for a in o.articles}
        for ids, evidence in _requalified_articles(j, views):
            if an and ids and not _shared_articles(set(ids), an):
                yield Candidate(
                    "consistency.charges", "medium",
                    f"{j.file_name} gives the facts another qualification (article "
                    f"{', '.join(ids)}) while the notice ({n.file_name}) cites article "
                    f"{', '.join(sorted(an))}",
                    _rule("requalified"), (evidence,),
                )
                break


def _day(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


INSTRUMENT_REACH = 30  # characters from "Convention of", "loi du" to the date it dates


def _notice_warrant_dates(
    packet: Packet, views: dict[str, list[PageView]]
) -> list[tuple[Document, Found]]:
    """The date a notice gives the warrant it rests on ("Arrest warrant: court of X, case
    12/2022, 14 March 2022"): the first date within `WARRANT_REACH` characters after a warrant
    word of the notice. A date of birth is never the warrant's date: a heading that names the
    warrant ("persona con orden de captura") can stand just before the identity block."""
    out: list[tuple[Document, Found]] = []
    births = {
        _day(f.normalized) for d in packet.documents for f in d.fields.subject.birth_dates
    } - {None}
    for doc in packet.documents:
        if doc.doc_type not in NOTICE_TYPES or doc.is_translation:
            continue
        for view in views.get(doc.id, []):
            dated = [d for d in view_dates(view) if _day(d.iso) not in births]
            words = [h for h in live_cues(view) if h.entry_id == "cue.warrant-word"]
            found = next(
                (d for w in words for d in dated if 0 <= d.start - w.end <= WARRANT_REACH), None
            )
            if found is not None:
                out.append((doc, Found(
                    value=view.quote(found.start, found.end), normalized=found.iso,
                    evidence=view.evidence(found.start, found.end),
                )))
                break
    return out


def _same_sentence_days(
    doc: Document, found: Found, views: dict[str, list[PageView]]
) -> set[date]:
    """The other days the sentence of `found` gives: a notice that dates the warrant's issue
    and then its renewal ("délivré le 14 octobre 2006 ..., renouvelé le 3 mai 2019") dates
    the renewed warrant of the packet too."""
    ev = found.evidence
    out: set[date] = set()
    for view in views.get(doc.id, []):
        if ev is None or view.page.number != ev.page:
            continue
        start, end = page_text(view).sentence(view.norm.normalized_index(ev.start))
        out |= {day for d in view_dates(view) if start <= d.start < end
                for day in [_day(d.iso)] if day is not None}
    return out


TITLE_REACH = 60  # characters from a warrant word to the date on its title line


def _title_dates(doc: Document, views: dict[str, list[PageView]]) -> list[Found]:
    """The dates a document gives on the line of a warrant word, just after it
    (`TITLE_REACH`): a warrant's own title line ("Orden de arresto N.º 0158-2023 - 27 de junio
    de 2023", "أمر قبض رقم 311/2024 - تاريخ الإصدار: 09/06/2024"), where the decision reader
    may have taken another date of the page (the acts') for the warrant's, or none."""
    out: list[Found] = []
    for view in views.get(doc.id, []):
        words = [h for h in live_cues(view) if h.entry_id == "cue.warrant-word"]
        for d in view_dates(view):
            if _day(d.iso) is not None and any(
                0 <= d.start - w.end <= TITLE_REACH and view.same_line(w.start, d.end)
                for w in words
            ):
                out.append(Found(
                    value=view.quote(d.start, d.end), normalized=d.iso,
                    evidence=view.evidence(d.start, d.end),
                ))
    return out


def _dated_by_title(doc: Document, views: dict[str, list[PageView]]) -> set[date]:
    """The days of `_title_dates`."""
    return {day for f in _title_dates(doc, views) if (day := _day(f.normalized))}


def _warrant_date(doc: Document, views: dict[str, list[PageView]]) -> Found | None:
    """A warrant's own date: the decision date read from it, else the date it gives itself as
    issued ("Fecha de emisión: 7 de octubre de 2024", read as an issue date), else the one
    date of its title line (none when it gives several). A warrant whose decision reader found
    no date is still dated."""
    if doc.fields.decision.date is not None and _day(doc.fields.decision.date.normalized):
        return doc.fields.decision.date
    titled = _title_dates(doc, views)
    found = doc.fields.notice.issue_date
    if found is None or not _day(found.normalized):
        found = titled[0] if len({f.normalized for f in titled}) == 1 else None
    if found is not None and _month_first(doc, views) and (other := _swapped([found])):
        return found.model_copy(update={"normalized": other.pop()})
    return found


def _month_first(doc: Document, views: dict[str, list[PageView]]) -> bool:
    """The document writes dates in figures month first, as US documents do: one of them has
    a second number over 12 ("DOB: 06/22/1981") and none a first number over 12."""
    seconds = False
    for view in views.get(doc.id, []):
        for d in view_dates(view):
            quote = view.quote(d.start, d.end)
            parts = re.match(r"\s*(\d{1,2})\D(\d{1,2})\D", quote)
            if not _ALL_DIGITS.fullmatch(quote) or not parts:
                continue
            if int(parts.group(1)) > 12:
                return False
            seconds = seconds or int(parts.group(2)) > 12
    return seconds


def _began_before(offense: Offense, warrant_day: date) -> bool:
    """The offence's own dates include one on or before the warrant's: a continuing act
    ("occupied the land from 23 November 2017 until 4 October 2022") or its aftermath (the
    eviction the day after the warrant) runs past the warrant that was issued while it went
    on; that is no conflict of dates."""
    return any(day is not None and day <= warrant_day for day in map(_day, offense.dates))


def _instrument_dates(views: dict[str, list[PageView]]) -> set[date]:
    """Dates that name a law, treaty or decree ("the Convention of 28 July 1951", "la loi du
    5 mars 2007"), not an act, wherever they are written so on the pages."""
    named: dict[date, bool] = {}
    for view in (v for vs in views.values() for v in vs):
        cues = [h for h in live_cues(view) if h.entry_id == "cue.instrument-date"]
        for d in view_dates(view):
            day = _day(d.iso)
            if day is None:
                continue
            dated = any(0 <= d.start - c.end <= INSTRUMENT_REACH for c in cues)
            named[day] = named.get(day, True) and dated
    return {day for day, only in named.items() if only}


ACT_DATE_REACH = 40  # characters from "commis à", "hechos ocurridos" to the date of the acts


def _recited_act_dates(
    doc: Document, views: dict[str, list[PageView]], *, charged: bool
) -> list[tuple[date, Evidence, bool]]:
    """The dates a warrant gives the acts it is issued for: a date `ACT_DATE_REACH`
    characters or less after an act-date cue (`cue.act-date`: "commis à Andapa le", "los
    hechos ocurridos la noche del") in its sentence, and, with `charged`, any date in a
    sentence that names the charge by an offence or an article ("that X, on the 28th day of
    October 2025, ... did rob ..., contrary to section 149"). Dates of birth, the warrant's own
    date and the dates of laws are left out by the caller. Each date says whether a cue
    gave it (True) or only the charge's sentence."""
    out: list[tuple[date, Evidence, bool]] = []
    for view in views.get(doc.id, []):
        text = page_text(view)
        cues = [h for h in live_cues(view) if h.entry_id == "cue.act-date"]
        charge_at = [h.start for h in view.hits("iccs")] + [
            h.start for h in view.hits("patterns") if h.entry_id == "article.cited"
        ]
        for d in view_dates(view):
            day = _day(d.iso)
            if day is None:
                continue
            a, b = text.sentence(d.start)
            cued = any(a <= c.start and 0 <= d.start - c.end <= ACT_DATE_REACH for c in cues)
            if cued or (charged and any(a <= x < b for x in charge_at)):
                out.append((day, view.evidence(d.start, d.end), cued))
    return out


def _day_first(doc: Document, views: dict[str, list[PageView]]) -> bool:
    """The document writes dates in figures day first: one of them begins with a number
    over 12 ("20/12/2021"), so none of its dates is to be read month first."""
    for view in views.get(doc.id, []):
        for d in view_dates(view):
            quote = view.quote(d.start, d.end)
            first = re.match(r"\s*(\d{1,2})\D", quote)
            if _ALL_DIGITS.fullmatch(quote) and first and int(first.group(1)) > 12:
                return True
    return False


def _notice_dates(doc: Document, views: dict[str, list[PageView]]) -> set[date]:
    """Every date a notice gives, and, unless it writes dates day first, the other reading
    of those in figures whose day and month could be swapped."""
    out: set[date] = set()
    day_first = _day_first(doc, views)
    for view in views.get(doc.id, []):
        for d in view_dates(view):
            day = _day(d.iso)
            if day is None:
                continue
            out.add(day)
            figures = _ALL_DIGITS.fullmatch(view.quote(d.start, d.end))
            if not day_first and day.day <= 12 and figures:
                out.add(day.replace(month=day.day, day=day.month))
    return out


def _recited_conflicts(
    packet: Packet, views: dict[str, list[PageView]], skip: set[date | None]
) -> Iterator[Candidate]:
    """A warrant recites its acts on a date after its own date, or on a date the notice gives
    nowhere (a day apart at most: "the night of 3 to 4 March"): the notice and the warrant may
    not speak of the same acts, or one of them is misdated."""
    notices = [
        d for d in packet.documents
        if d.doc_type in NOTICE_TYPES and _stands_for_original(d) and d.fields.offenses
    ]
    for w in packet.documents:
        if w.doc_type != "arrest-warrant" or not _stands_for_original(w):
            continue
        dated = _warrant_date(w, views)
        own = _day(dated.normalized) if dated is not None else None
        # a date of the warrant's title line is its own date, not its acts'
        titled = _dated_by_title(w, views)
        recited = [
            r for r in _recited_act_dates(w, views, charged=own is not None)
            if r[0] not in skip and r[0] != own and r[0] not in titled
        ]
        later = [(day, ev) for day, ev, _c in recited if own is not None and day > own]
        if later:
            day, ev = later[0]
            assert own is not None
            yield Candidate(
                "consistency.dates", "medium",
                f"{w.file_name} recites acts of {day.isoformat()}, after its own date "
                f"({own.isoformat()})",
                _rule("recited-acts-after-warrant"), (ev, *_ev(dated)),
            )
            continue
        cued = [(day, ev) for day, ev, by_cue in recited if by_cue]
        for n in notices:
            given = _notice_dates(n, views)
            if cued and not any(abs((day - g).days) <= 1 for day, _e in cued for g in given):
                day, ev = cued[0]
                yield Candidate(
                    "consistency.dates", "medium",
                    f"{w.file_name} dates the acts {day.isoformat()}, a date the notice "
                    f"({n.file_name}) gives nowhere",
                    _rule("acts-dated-otherwise"), (ev, *n.fields.offenses[0].evidence[:1]),
                )
                break


ISSUE_DATE_REACH = 25  # characters from a notice's issuing verb to the date it gives


@cache
def _notice_issued() -> re.Pattern[str]:
    """A notice word then its issuing verb in the same clause ("la diffusion a été émise le"),
    or, in Arabic, the verb first ("صدر التعميم بتاريخ")."""
    notice = word_alternation("notice-words", "word.notice-only")
    verb = word_alternation("notice-words", "word.notice-issued")
    return re.compile(
        rf"(?<!\w)(?:(?:{notice})(?!\w)[^.;:\n]{{0,40}}?(?<!\w)(?:{verb})"
        rf"|(?:{verb})\s(?:{notice}))(?!\w)"
    )


def _stated_issue_dates(
    packet: Packet, views: dict[str, list[PageView]]
) -> list[tuple[Document, Found]]:
    """The notice's issue date as a document other than the notice states it ("Nous
    confirmons que la diffusion a été émise le 30 mai 2024 sur la base du mandat ..."): the
    first date within `ISSUE_DATE_REACH` characters after the issuing verb, in its clause."""
    out: list[tuple[Document, Found]] = []
    for doc in packet.documents:
        if doc.doc_type in NOTICE_TYPES:
            continue
        for view in views.get(doc.id, []):
            for m in _notice_issued().finditer(view.text):
                d = next((d for d in view_dates(view)
                          if 0 <= d.start - m.end() <= ISSUE_DATE_REACH
                          and not re.search(r"[.;]", view.text[m.end() : d.start])), None)
                if d is not None and _day(d.iso):
                    out.append((doc, Found(
                        value=view.quote(d.start, d.end), normalized=d.iso,
                        evidence=view.evidence(d.start, d.end),
                    )))
    return out


def dates(
    packet: Packet, views: dict[str, list[PageView]] | None = None
) -> Iterator[Candidate]:
    """Acts after the warrant, a warrant after the notice, birth after the acts, future dates,
    and a notice that dates the warrant otherwise than the warrant itself."""
    views = views or {}
    received = packet.received_at.date()
    warrants = [
        (d, found) for d in packet.documents if d.doc_type == "arrest-warrant"
        for found in [_warrant_date(d, views)] if found is not None
    ]
    stated = _notice_warrant_dates(packet, views)
    own = {_day(f.normalized) for _d, f in warrants}
    titled = {day for d, _f in warrants for day in _dated_by_title(d, views)}
    for notice, said in stated:
        if own and _day(said.normalized) not in own | titled \
                and not _same_sentence_days(notice, said, views) & (own | titled):
            doc, found = warrants[0]
            yield Candidate(
                "consistency.dates", "medium",
                f"the notice ({notice.file_name}) dates the warrant {said.normalized} while "
                f"{doc.file_name} bears the date {found.normalized}",
                _rule("warrant-date"), _ev(said, found),
            )
    if not warrants:
        # The warrant as the notice dates it: acts after it are a conflict within the notice.
        warrants = [(d, f) for d, f in stated]
    notices = [
        (d, d.fields.notice.issue_date) for d in packet.documents
        if d.doc_type in NOTICE_TYPES and d.fields.notice.issue_date is not None
        and _day(d.fields.notice.issue_date.normalized)
    ] + _stated_issue_dates(packet, views)
    births = [
        f for d in packet.documents for f in d.fields.subject.birth_dates if _day(f.normalized)
    ]
    # A date of birth read into a charge's dates is not the date of the acts, nor is the date
    # of a law or a treaty ("the Convention of 28 July 1951").
    skip = {_day(f.normalized) for f in births} | _instrument_dates(views)
    acts = [
        (d, o, day) for d in packet.documents for o in d.fields.offenses
        for day in (_day(x) for x in o.dates) if day is not None and day not in skip
    ]
    for _doc, found in warrants:
        wday = _day(found.normalized)
        assert wday is not None
        later = [(d, o, day) for d, o, day in acts if day > wday and not _began_before(o, wday)]
        if later:
            _d, o, day = later[0]
            yield Candidate(
                "consistency.dates", "medium",
                f"the alleged acts ({day.isoformat()}) are dated after the warrant "
                f"({wday.isoformat()})",
                _rule("acts-after-warrant"), (*_ev(found), *o.evidence[:1]),
            )
        for _n, issued in notices:
            nday = _day(issued.normalized)
            if nday is not None and wday > nday:
                yield Candidate(
                    "consistency.dates", "medium",
                    f"the warrant ({wday.isoformat()}) is dated after the notice "
                    f"({nday.isoformat()})",
                    _rule("warrant-after-notice"), _ev(found, issued),
                )
    yield from _recited_conflicts(packet, views, skip)
    yield from _acts_after_judgment(packet, skip)
    for born in births:
        bday = _day(born.normalized)
        assert bday is not None
        early = [(d, o, day) for d, o, day in acts if day < bday]
        if early:
            _d, o, day = early[0]
            yield Candidate(
                "consistency.dates", "medium",
                f"the alleged acts ({day.isoformat()}) are dated before the subject's birth "
                f"({bday.isoformat()})",
                _rule("acts-before-birth"), (*_ev(born), *o.evidence[:1]),
            )
    found_dates = [f for _d, f in warrants] + [f for _d, f in notices]
    for found in found_dates:
        day = _day(found.normalized)
        if day is not None and day > received:
            yield Candidate(
                "consistency.dates", "medium",
                f"the date {day.isoformat()} is after the packet was received "
                f"({received.isoformat()})",
                _rule("future-date"), _ev(found),
            )


JUDGMENT_DATE_CONFIDENCE = 0.8  # a judgment's date read from its own heading or closing


def _acts_after_judgment(packet: Packet, skip: set[date | None]) -> Iterator[Candidate]:
    """The acts another document of the packet charges begin after the date of the judgment
    in the packet (the first date given to an offence, "depuis le 25 août 2025", against a
    judgment of 14 May 2025): the judgment cannot have tried them, so the documents do not
    describe the same acts."""
    judged = [
        (d, f) for d in packet.documents if d.doc_type == "judgment"
        for f in [d.fields.decision.date]
        if f is not None and (f.confidence or 0) >= JUDGMENT_DATE_CONFIDENCE and _day(f.normalized)
    ]
    for jdoc, found in judged[:1]:
        jday = _day(found.normalized)
        assert jday is not None
        for doc in packet.documents:
            if doc is jdoc or doc.doc_type == "judgment":
                continue
            for o in doc.fields.offenses:
                first = next((day for day in map(_day, o.dates) if day not in skip), None)
                if first is not None and first > jday:
                    yield Candidate(
                        "consistency.dates", "medium",
                        f"the acts {doc.file_name} charges begin {first.isoformat()}, after "
                        f"the judgment of {jday.isoformat()} in {jdoc.file_name}",
                        _rule("acts-after-judgment"), (*_ev(found), *o.evidence[:1]),
                    )
                    return


def _years(full: list[Found], alone: list[Found]) -> set[str]:
    """The years of a document's full dates of birth, else its years of birth given alone."""
    return {f.normalized[:4] for f in full if f.normalized} or {
        f.normalized for f in alone if f.normalized
    }


def birth_years(packet: Packet) -> Iterator[Candidate]:
    """Years of birth that differ between two documents when one of them gives the year alone
    ("مواليد 1990" and "né en 1994"): two dates in full are compared by `identity`."""
    for a, b in _compared(packet):
        sa, sb = a.fields.subject, b.fields.subject
        if sa.birth_dates and sb.birth_dates:
            continue
        years_a = _years(sa.birth_dates, sa.birth_years)
        years_b = _years(sb.birth_dates, sb.birth_years)
        if years_a and years_b and not years_a & years_b:
            fa = (sa.birth_dates or sa.birth_years)[0]
            fb = (sb.birth_dates or sb.birth_years)[0]
            yield Candidate(
                "consistency.identity", "medium",
                f"the year of birth {', '.join(sorted(years_a))} in {a.file_name} and "
                f"{', '.join(sorted(years_b))} in {b.file_name}",
                _rule("birth-year"), _ev(fa, fb),
            )


AGE_TOLERANCE = 3  # years between a stated ("about") age and the one a birth date gives


@cache
def _age_pattern() -> re.Pattern[str]:
    """A stated age in years: the words before it and a word for years after it ("aged about
    38 years", "âgé de 38 ans"), or a number with the words that make it an age alone
    ("38 years old", "38 años de edad")."""
    before = word_alternation("subject-words", "word.age-before")
    after = word_alternation("subject-words", "word.age-after")
    alone = word_alternation("subject-words", "word.age-after-alone")
    return re.compile(
        rf"(?<!\w)(?:(?:{before})\s(\d{{1,3}})\s(?:{after})|(\d{{1,3}})\s(?:{alone}))(?!\w)"
    )


def _stated_age(doc: Document, views: dict[str, list[PageView]]) -> tuple[int, Evidence] | None:
    """The first age in years a document states right after the subject's name (within
    `NAME_REACH`: "Juan PÉREZ, aged about 38 years"), with its evidence. An age further on is
    another person's ("the victim, a girl aged 14 years")."""
    named = [n.evidence for n in doc.fields.subject.names if n.evidence is not None]
    for view in views.get(doc.id, []):
        ends = [view.norm.normalized_index(ev.end) for ev in named if ev.page == view.page.number]
        for m in _age_pattern().finditer(view.text):
            if any(0 <= m.start() - end <= NAME_REACH for end in ends):
                return int(m.group(1) or m.group(2)), view.evidence(m.start(), m.end())
    return None


def stated_age(packet: Packet, views: dict[str, list[PageView]]) -> Iterator[Candidate]:
    """An age stated in a dated document that the date of birth of the reference document
    cannot give ("aged about 38 years" in a warrant of December 2024 for a person the notice
    says was born in 1991): the two documents may not describe the same person."""
    for a, b in _compared(packet):
        for ref, other in ((a, b), (b, a)):
            born = next((f for f in ref.fields.subject.birth_dates if _day(f.normalized)), None)
            dated = other.fields.decision.date
            stated = _stated_age(other, views)
            if born is None or dated is None or stated is None or other.fields.subject.birth_dates:
                continue
            birth, on = _day(born.normalized), _day(dated.normalized)
            if birth is None or on is None or on <= birth:
                continue
            age = on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))
            years, evidence = stated
            if abs(years - age) >= AGE_TOLERANCE:
                yield Candidate(
                    "consistency.identity", "medium",
                    f"{other.file_name} gives the person's age as {years} on "
                    f"{on.isoformat()}; the date of birth {born.value} in {ref.file_name} "
                    f"gives {age}",
                    _rule("age"), (*_ev(born, dated), evidence),
                )
                return


def consistency_candidates(
    packet: Packet, views: dict[str, list[PageView]] | None = None
) -> list[Candidate]:
    """Every cross-document check."""
    return [
        *identity(packet), *birth_years(packet), *stated_age(packet, views or {}),
        *charges(packet, views),
        *requalified(packet, views),
        *sentences(packet),
        *dates(packet, views),
    ]
