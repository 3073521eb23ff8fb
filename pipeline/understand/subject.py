"""The wanted person: names, aliases, birth dates and places, sex, nationalities, ID documents.

Read from label blocks ("Family name: X", "Date de naissance : ...") and from
prose cues ("against", "le nommé", "el imputado", "المتهم", "born on", "de
nationalité X"); a name may also be read just before a birth or alias cue
("NAME,\na/k/a ..."). Every value carries its verbatim evidence.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise

from pipeline.lexicons.loader import load_lexicon
from pipeline.lexicons.words import word_alternation, word_start_alternation, written_alternation
from pipeline.records import Found, Subject
from pipeline.text.normalize import normalize_term
from pipeline.understand.dates import DateHit
from pipeline.understand.labels import (
    LEXICON,
    Label,
    block_labels,
    clean,
    found,
    found_original,
    geo_code,
    geo_terms,
    hits_in,
    inline_labels,
    labels,
    longest,
    trim,
    value_span,
    view_dates,
)
from pipeline.understand.pageview import Hit, PageView

WORDS = "subject-words"  # stop words, end words and weak cues around a name (not matched)


@cache
def _words(entry_id: str) -> frozenset[str]:
    """An entry of `subject-words` as a set of its terms, as written there."""
    return frozenset(t for _lang, t in load_lexicon(WORDS).get(entry_id).iter_terms())


def _stop() -> frozenset[str]:
    """Words that end a name read in prose (`word.prose-stop`), lower-cased, accents folded."""
    return _words("word.prose-stop")


def _particles() -> frozenset[str]:
    """Particles inside a name ("de", "van", "bin", "oglu") (`word.name-particle`)."""
    return _words("word.name-particle")


def _honorifics() -> frozenset[str]:
    """Titles before a name ("mr", "mme", "السيد", "ing") (`word.honorific`)."""
    return _words("word.honorific")


def _name_junk() -> frozenset[str]:
    """Capitalised words that are never part of a person's name: headers, labels,
    institutions, salutations (`word.name-junk`)."""
    return _words("word.name-junk")


def _in(word: str, *lists: frozenset[str]) -> bool:
    return any(word in words for words in lists)


def _written(entry_id: str) -> str:
    """An entry of this reader's word lexicon, its terms as written (for the stored text)."""
    return written_alternation(WORDS, entry_id)


def _w(entry_id: str) -> str:
    """An entry of `subject-words` as an alternation of its normalised terms, longest first."""
    return word_alternation(WORDS, entry_id)


@cache
def _anaphoric() -> frozenset[str]:
    """Cue words pointing back to a person named before, as the matcher reads them."""
    return frozenset(normalize_term(t) for t in _words("word.anaphoric-cue"))


_TANWEEN = ("اً", "ًا", "ٌ", "ٍ", "ً")  # accusative/nominative endings: adverbs, not names
_LATIN = re.compile(r"[A-Za-zÀ-ÖØ-öø-ɏ]")
_WORD = re.compile(r"[^\s-]\S*?-[ \t]*\n\s*\S+|\S+")  # "VILLAMIZAR-\nOSPINA" is one word
_CELL = re.compile(r"[^\s|](?:[^|\t\n]*?[^\s|])?(?=[ ]?(?:\||\t|[ ]{2}|$))")
_ARABIC = re.compile(r"^[\u0600-\u06ff]+$")
# ... a tatweel alone ("بـ X"), and the direction marks a mixed-script text layer writes
_STRIP = "‘’'\"«»“”:;.,()|[]{}*•_<>ـ\u200e\u200f"
_OPENERS = "(«“\"‘'"
# "1-", "2.", "(3)", "a)": the number of a list item; OCR of a right-to-left line may put
# an Arabic item's hyphen before its number ("-١" for "١-") or apart from it ("١")
_ENUMERATOR = re.compile(r"\(?\d{1,2}[-.)°]|[a-z]\)|-?[٠-٩۰-۹]{1,2}")
_CLOSERS = ")»”\"’'"


@cache
def _id_value() -> re.Pattern[str]:
    """An identity document's number after its label, maybe after a number label
    (`word.id-number-label`)."""
    return re.compile(
        rf"[\s:|#]*(?:(?:{_w('word.id-number-label')})\.?\s?:?\s?)?"
        r"([a-z]{0,3}[0-9][a-z0-9/-]{3,}|[a-z][a-z0-9/-]*[0-9][a-z0-9/-]*)"
    )


_ID_KIND = {"passport": "passport", "national-id": "national-id", "id-document": "other"}
_NAME_FIELDS = {"full-name", "subject-cue"}
# OCR reads an Arabic comma after a word as a hamza: "مرسي،" → "مرسيء". A name word ends in
# a hamza only after an alef ("علاء", "أسماء").
_OCR_COMMA = re.compile(r"(?<=[\u0621-\u064a])(?<!ا)ء$")


def _aka(between: str) -> str:
    """"Also known as" abbreviated (`word.alias-abbreviation`), with `between` its letters
    and an optional full stop after them ("aka", "a.k.a.", "a/k/a")."""
    return "|".join(
        between.join(re.escape(c) for c in t) + r"\.?"
        for t in sorted(_words("word.alias-abbreviation"), key=lambda t: (-len(t), t))
    )


# Latin-script alias markers, shared by the cue after a name and the lead inside a label's value
@cache
def _marker() -> str:
    """An alias marker: "aka" with dots or slashes, or a word (`word.alias-marker`)."""
    return rf"{_aka('[./]?')}|{_written('word.alias-marker')}"


@cache
def _alias_after() -> re.Pattern[str]:
    """An alias marker after a name (`@`, `(a)`, `_marker`, `word.alias-phrase`; Arabic
    `word.alias-known` before "ب", `word.alias-nickname`), then the alias: quoted, in
    capitals or in Arabic script."""
    return re.compile(
        rf"[ \t]*(?:@|\(a\)|\(?(?:{_written('word.alias-phrase')}|{_marker()}"
        rf"|(?:{_written('word.alias-known')})\s?بـ?|و?(?:{_written('word.alias-nickname')}))"
        r"[:.]?)"
        # a quoted alias may stand on the next line ("المعروف بـ\n«جو هدّاد»")
        r"(?:[ \t]*\n?[ \t]*[\"“«‘']\s?([^\"”»’'\n]{2,40}?)\s?[\"”»’']"
        r"|[ \t]*([A-Z][\w'-]+(?:[ \t][A-Z][\w'-]+){0,2})"
        r"|[ \t]*([\u0600-\u06ff]+(?:[ \t][\u0600-\u06ff]+){0,2}))",
        re.IGNORECASE,
    )


def _key(name: str) -> frozenset[str]:
    words = re.findall(r"\w+", normalize_term(name))
    key = frozenset(w for w in words if len(w) > 1 or not w.isalpha())
    return key if len(key) >= 2 else frozenset(words)  # "LEBEDEVA A. I.": initials count


@cache
def _not_name() -> tuple[frozenset[str], frozenset[str]]:
    """Words never in a name (`not-a-name` of field-labels, number words and time units).

    (normalised terms, terms compared as written: those with ى, since folding it makes
    "على" the name "علي")
    """
    folded: set[str] = set()
    written: set[str] = set()
    for entry, _lang, term in load_lexicon(LEXICON).iter_terms():
        if entry.code == "not-a-name" and " " not in term:
            (written.add(term) if "ى" in term else folded.add(normalize_term(term)))
    for entry, _lang, term in load_lexicon("numbers").iter_terms():
        if " " not in term and not entry.id.startswith("half"):
            (written.add(term) if "ى" in term else folded.add(normalize_term(term)))
    return frozenset(folded), frozenset(written)


def _junk_word(core: str) -> bool:
    folded, written = _not_name()
    return core in written or normalize_term(core) in folded


_PRONOUN_SUFFIXES = ("هما", "هم", "ها", "ه")  # attached pronouns, as written (not "ة")


def _affixed_function_word(written: str) -> bool:
    """An Arabic function word with an attached conjunction or pronoun, which no name word is:
    a name stop after "و"/"ف" ("وهو", "وقد"), a name stop before a pronoun ("فيها", "منه"), or
    a noun after the prepositions "ب"/"ل" with its pronoun ("بعرضه", "لقيامه")."""
    stops = _words("word.name-stop")
    word = written.rstrip("،")
    if len(word) >= 3 and word[0] in "وف" and normalize_term(word[1:]) in stops:
        return True
    for suffix in _PRONOUN_SUFFIXES:
        if not word.endswith(suffix):
            continue
        stem = word[: -len(suffix)]
        if len(stem) >= 2 and normalize_term(stem) in stops:
            return True
        if len(stem) >= 3 and stem[0] in "بل":
            return True
    return False


def _definite_plural(folded: str) -> bool:
    """An Arabic definite sound masculine plural of a participle ("المهمشين", "المتظاهرون":
    the marginalised, the demonstrators): a group of people, never a person's first name."""
    return len(folded) >= 7 and folded.startswith("الم") and folded.endswith(("ين", "ون"))


def _initial(raw: str, word: tuple[int, int, str]) -> bool:
    """A single capital letter followed by its dot: an initial ("A. I."), whatever it spells."""
    _s, e, w = word
    return len(w) == 1 and w.isupper() and "." in raw[e - 1 : e + 1]


def _is_particle(core: str) -> bool:
    return normalize_term(core) in _particles() or bool(re.fullmatch(r"[dDlL]['’]", core))


def _opening_particle(core: str) -> bool:
    """A particle in capitals that may open a surname ("DE LA TOUR", "DEL RÍO")."""
    return len(core) > 1 and core.isupper() and _is_particle(core)


def _latin_name_word(core: str) -> bool:
    """A capitalised or all-caps word of letters, hyphens and apostrophes (no digits)."""
    if not re.fullmatch(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*\.?", core):
        return False
    first = core.lstrip("'’")
    if sum(a.islower() and b.isupper() for a, b in pairwise(core)) >= 2:
        return False  # OCR reads Cyrillic as Latin letters in mixed case ("ByKoBuh")
    if re.match(r"l[bcdfghjkmnpqrstvwxz][a-z]", first):  # OCR: "lgor" for "Igor"
        return True
    return first[:1].isupper() or bool(re.match(r"(?:[dDlL]['’]|[Mm]a?c|O['’])[A-Z]", first))


def _name_words(
    view: PageView, a: int, limit: int, weak: bool, block: bool, described: bool = False
) -> list[tuple[int, int, str]] | None:
    """The name written from original offset `a` (up to `limit`): its words, else None.
    After a weak cue a name in mixed case counts only with `described` and an identity
    clause right after it (`_identity_follows`)."""
    raw = view.page.text
    window = raw[a:limit]
    base = a
    words: list[tuple[int, int, str]] = []
    crossed = -1
    ended = False
    arabic = False
    comma_used = False
    opened = 0
    prev_end = 0
    skip_to = 0
    for m in _WORD.finditer(window):
        if m.start() < skip_to:
            continue  # the country's adjective between an article and an honorific
        word = m.group()
        if word.endswith("،") and _LATIN.search(word):
            word = word[:-1] + ","  # "(Ahmad ALI)،": a Latin name ends at an Arabic comma too
        gap = window[prev_end : m.start()]
        # after a weak cue ending its line, only a name in capitals opens the next line
        # ("a warrant was issued against\nWOL AKECH MADUT DENG on ..."); OCR may put a blank
        # line between the two
        breaks = 2 if view.page.method == "ocr" else 1
        capitals = 1 <= gap.count("\n") <= breaks \
            and bool(re.fullmatch(r"[^\W\d_]{2,}", word)) and word.isupper()
        if not words and not block and (
            re.search(r"[.;]", gap + word[:1]) or ("\n" in gap and weak and not capitals)
            or (re.search(r"[,،]", gap + word[:1]) and weak)
        ):
            return None
        if words and gap.count("\n") > 1:
            break
        core = re.sub(r"-\s+", "-", word).strip(_STRIP)
        if not words:
            core = core.strip("/\\")
        bare = normalize_term(core)
        if not core:
            if words:
                break
            prev_end = m.end()
            continue
        if words and (word.endswith((":", "：")) or re.match(r"\s?[:：]", window[m.end():])):
            break  # the next label ("... Prénoms :")
        if not words and len(core) > 1 and (
                word.endswith((":", "：")) or re.match(r"\s?[:：]", window[m.end():])):
            return None  # a label opens the text after the cue ("v.   SOBRE: Art. 93"), no name
        if not words and (bare in _honorifics() or bare.rstrip(".") in _honorifics()):
            prev_end = m.end()
            continue
        article = core.islower() and bare in _words("word.article")
        if not words and article and _honorific_next(window, m.end()):
            prev_end = m.end()  # "contra del ciudadano X", "against the citizen X"
            continue
        if not words and article:
            skip_to = _demonym_then_honorific(view, base, window, m.end())
            if skip_to:
                prev_end = skip_to  # "the extradition of the Polish citizen X"
                continue
        if not words and ":" in word and len(core) < 2:
            prev_end = m.end()
            continue
        if not words and block and _ENUMERATOR.fullmatch(word.strip("\u200e\u200f")):
            prev_end = m.end()  # "تتهم النيابة العامة:\n1- NAME، ...": the list's number
            continue
        if _ARABIC.match(core.replace("،", "")) and (arabic or not words):
            if words and word[:1] == "(":
                ended = True  # "X Y Z (Latin form)" that OCR read as Arabic letters: a note
                break
            if view.page.method == "ocr" and _OCR_COMMA.search(core):
                core = word = core[:-1] + "،"  # OCR reads "مرسي،" as "مرسيء"
            core_ar = core.rstrip("،")
            norm_ar = normalize_term(core_ar)
            stop = norm_ar in _words("word.name-stop")
            stop = stop or core_ar in _words("word.name-stop-written")
            # a country or place opens no name in prose ("غادر المطلوب النرويج عبر ...")
            stop = stop or (not words and not block and norm_ar.startswith("ال")
                            and norm_ar in geo_terms())
            # a definite plural of a participle opens no name ("ضد المهمشين", "المعتقلين")
            stop = stop or (not words and _definite_plural(norm_ar))
            # "وسام ابن توفيق ...": "son of" inside a name, but none opens with it, and the
            # parents' clause after a name ends it ("زروقي بوعلام ابن محمد وخديجة")
            if norm_ar in _son_of():
                stop = stop or not words or _parents_follow(window, m.end())
            if stop or norm_ar.startswith(("بال", "لل")) or (
                norm_ar.startswith("وال") and len(norm_ar) > 6
            ) or _junk_word(core_ar) or core_ar.endswith(_TANWEEN) \
                    or _affixed_function_word(core_ar):
                if norm_ar in ("الجنسيه", "جنسيه") and len(words) > 2:
                    words.pop()  # "مصري الجنسية": the adjective is no name
                if words:
                    ended = norm_ar in _words("word.name-end")
                break
            arabic = True
            if words and "\n" in gap and crossed < 0:
                crossed = len(words)
            if not words:  # a name in brackets ("ضد المتهم (X Y Z) وفق ..."): it opens past
                opened = len(word) - len(word.lstrip(_OPENERS))
            closed = bool(opened) and word.rstrip("،,.:").endswith(tuple(_CLOSERS))
            words.append((base + m.start() + (0 if words else opened),
                          base + m.start() + len(word.rstrip("،,.:" + _CLOSERS)), core_ar))
            prev_end = m.end()
            if word.endswith(("،", ",", ".", ":")) or closed:  # ... and ends at its bracket
                ended = True
                opened = 0
                break
            if len(words) >= 8 or sum(not _is_particle(w) for _s, _e, w in words) >= 6:
                break  # "عبد الرحمن بن يوسف بن أحمد الحداد": "بن" counts no name word
            continue
        if arabic:
            ended = True
            break
        if re.search(r"\d", word) or ((bare in _name_junk() or _junk_word(core))
                                      and not (words and _is_particle(core))):
            if words:
                ended = True
            break
        if words and len(bare) > 3 and bare.rstrip(".") in _honorifics():
            break  # "... Nordine AZZOUZI\nMonsieur le Ministre,": a salutation, no name
        if words and word.startswith("("):
            ended = True  # 'JESÚS ALBERTO "N" (JESÚS ALBERTO CARRASCO MOLINAR)': a restatement
            break
        is_name = _latin_name_word(core) and bare not in _stop()
        # a value or a surname read back from its comma may open with a particle in lower case
        # ("van der Meulen, Hendrik Jan"); running text may not ("... de Juan PÉREZ")
        opening = _opening_particle(core) or (block and core.islower())
        if not is_name and not ((words or opening) and _is_particle(core)):
            if words and (bare in _stop() or not core[:1].isalpha()) and "\n" not in gap:
                ended = True
            # the sentence goes on in lower case after two name words carried over a line
            # break ("el ciudadano Humberto José\nMárquez Altuve habría"), not after one
            # ("Edem Kokou AGBODJAN\nWe request")
            lower_end = bool(words) and core[:1].islower() and "\n" not in gap
            if lower_end and 0 < crossed <= len(words) - 2:
                ended = True
            break
        if words and "\n" in gap and crossed < 0:
            crossed = len(words)
        end = base + m.start() + len(word.rstrip(",;:.)|\u200e\u200f"))
        if word.rstrip(",;:").endswith(".") and len(core) <= 2:  # an initial ("A.")
            end = base + m.start() + len(word.rstrip(",;:"))
        if not words:  # the evidence opens past a bracket or quote ("(JESÚS", "«Chino")
            opened = len(word) - len(word.lstrip(_OPENERS))
        words.append((base + m.start() + (0 if words else opened), end, core))
        prev_end = m.end()
        if not opened and word.rstrip(",;:.").endswith(")") and "(" not in word:
            ended = True  # "(also known as Tommy NGUYEN)\nDOB ...": its bracket closes the name
            break
        if word.endswith((",", ";")):
            # "GÓRSKI, Tomasz Piotr": a surname, a comma, then the forenames
            surname = all(w.isupper() for _s, _e, w in words if len(w) > 1)
            named = len([w for _s, _e, w in words if not _is_particle(w)])  # "EL AMRANI,"
            if not comma_used and word.endswith(",") and (
                (block and (len(words) <= 3 or surname)) or (surname and named <= 2)
            ):
                nxt = re.match(r"\s*(\S+)", window[m.end():])
                nxt_core = nxt.group(1).strip(_STRIP) if nxt else ""
                # two capitals words then a comma: only before forenames in capitals too
                # ("TORRES VILLACORTA, JHONNY ALEXIS"), not a list of persons; a value's
                # longer surname in capitals only before forenames in mixed case
                # ("SUBJECT: MOTA DE SOUSA LOBATO, Nuno Alexandre")
                long_surname = block and len(words) > 3
                if nxt and _latin_name_word(nxt_core) and \
                        not _in(normalize_term(nxt_core), _stop(), _name_junk()) and \
                        (block or named == 1 or nxt_core.isupper()) and \
                        not (long_surname and (nxt_core.isupper() or not nxt_core[:1].isupper())):
                    comma_used = True
                    continue
            ended = True
            break
        if len(words) >= 7:
            break
    else:
        ended = True
    if crossed > 0 and not block and (not ended or (
            _style(words[:crossed]) and not _style(words[crossed:]))):
        words = words[:crossed]
    while words and _is_particle(words[-1][2]) and not arabic and not (
        comma_used and words[-1][2][:1].isupper()
    ) and not _initial(raw, words[-1]):
        # after "SURNAME, Forenames" a capitalised "Van" is a forename ("NGUYEN, Thi Van");
        # a capital and its dot is an initial, not the particle it spells ("LEBEDEVA A. I.")
        words.pop()
    if opened and words:  # and closes before the matching quote ("«Chino Jhonny»")
        s, e, w = words[-1]
        words[-1] = (s, e - (len(raw[s:e]) - len(raw[s:e].rstrip(_CLOSERS))), w)
    if not _looks_like_name([w for _s, _e, w in words], arabic):
        return None
    if weak and not arabic:
        caps = [w for _s, _e, w in words if len(w) > 1 and w.isupper()]
        if not caps and not (described and _identity_follows(view, words[-1][1])):
            return None
    return words


IDENTITY_NEAR = 40  # characters after a name where its nationality or birth must begin


def _identity_follows(view: PageView, end: int) -> bool:
    """Whether a nationality or birth label, or a nationality adjective in lower case, opens
    the clause right after a name ending at original offset `end`, in its sentence ("contra
    Ana Ruiz Mora, costarricense, ...", "contra Ana Ruiz Mora, nacida el ...")."""
    ne = view.norm.normalized_index(end)
    if not re.match(r"\s?[,،]", view.text[ne:ne + 2]):
        return False
    sentence = _SENTENCE_END.search(view.text, ne, ne + IDENTITY_NEAR)
    stop = sentence.start() if sentence else ne + IDENTITY_NEAR
    demonyms = [h.start for h in view.hits("countries-names")
                if view.quote(h.start, h.end).islower()]
    starts = [lab.start for lab in labels(view, {"nationality", "birth-date"})] + demonyms
    return any(ne < start < stop for start in starts)


@cache
def _son_of() -> frozenset[str]:
    """The Arabic "son of" that may stand inside a name (`word.son-of`), normalised."""
    return frozenset(normalize_term(t) for t in _words("word.son-of"))


def _parents_follow(window: str, pos: int) -> bool:
    """Whether the second or third word after `pos` opens with the "and" of a parents' clause
    (`word.parents-and`): "ابن محمد وخديجة", "ابن عبد القادر وفاطمة"."""
    after = window[pos:].split(None, 3)[1:3]
    return any(w.startswith(tuple(_words("word.parents-and"))) and len(w.strip(_STRIP)) >= 4
               for w in after)


def _demonym_then_honorific(view: PageView, base: int, window: str, pos: int) -> int:
    """Window offset where a country's adjective after an article ends when an honorific
    follows it ("the Polish citizen X"; `pos` ends the article, `base` is the window's
    original offset); 0 otherwise."""
    nxt = re.match(r"\s+(\S+)", window[pos:])
    if nxt is None or not _honorific_next(window, pos + nxt.end(1)):
        return 0
    na = view.norm.normalized_index(base + pos + nxt.start(1))
    nb = view.norm.normalized_index(base + pos + nxt.end(1))
    country = any(h.start == na for h in hits_in(view, "countries-names", na, nb + 1))
    return pos + nxt.end(1) if country else 0


def _honorific_next(window: str, pos: int) -> bool:
    """Whether the word after `pos` is an honorific ("ciudadano", "sieur", "citizen")."""
    nxt = re.match(r"\s*(\S+)", window[pos:])
    return nxt is not None and normalize_term(nxt.group(1).strip(_STRIP)) in _honorifics()


def _style(words: list[tuple[int, int, str]]) -> bool:
    """All caps (True) or mixed case: a name keeps its style across a line break."""
    return all(w.isupper() for _s, _e, w in words if len(w) > 1)


def _looks_like_name(words: list[str], arabic: bool) -> bool:
    """2-6 name words (Latin: capitalised or all caps; Arabic: no function words)."""
    names = [w for w in words if not _is_particle(w)]  # "bin", "van", "بن" count no name word
    if not 2 <= len(names) <= 6 or len(words) > 8:
        return False
    if arabic:
        return all(len(normalize_term(w)) >= 2 for w in words) and not all(
            normalize_term(w) in _words("word.name-stop") for w in names)
    return all(normalize_term(w) not in _name_junk() for w in names)


def _name_from_value(view: PageView, start: int, end: int) -> tuple[int, int] | None:
    """A name in a label value (original offsets): cut at a birth/sex cue or a semicolon."""
    text = view.text
    cut = end
    for lab in labels(view, {"birth-date", "sex", "male", "female", "nationality", "passport",
                             "alias", "birth-place", "national-id"}):
        if start < lab.start < cut and (lab.field not in ("male", "female")
                                        or len(lab.hit.text) > 1):
            cut = lab.start
    semi = text.find(";", start, cut)
    if semi >= 0:
        cut = semi
    a, b = trim(view, start, cut)
    if b - a < 3:
        return None
    if text[a:b].endswith("(continued)") or text[a:b].endswith("(suite)"):
        return None
    oa, _ = view.original_span(a, b)
    _, ob = view.original_span(a, b)
    words = _name_words(view, oa, ob, weak=False, block=True)
    if not words:
        return None
    return words[0][0], words[-1][1]


def _prose_name(view: PageView, cue: Label, weak: bool) -> tuple[int, int] | None:
    """Original offsets of a name written after a prose cue, if one is there."""
    if cue.colon:  # "Contra: NAME", "the accused: NAME": a value to its line end
        return _name_from_value(view, *value_span(cue))
    _, a = view.original_span(cue.start, cue.end)
    if weak:
        caption = _caption_name(view, cue, a)
        if caption is not None:
            return caption
    words = _name_words(view, a, min(len(view.page.text), a + 160), weak, block=False,
                        described=True)
    if not words:
        return None
    return words[0][0], words[-1][1]


_ACCUSED_NUMBER = re.compile(r"[ \t]*\d{1,2}[.)][ \t]+")  # "1. NAME": the first accused


def _caption_name(view: PageView, cue: Label, a: int) -> tuple[int, int] | None:
    """The name on the line under a cue that stands alone on its line, as in a case's
    caption ("PUBLIC PROSECUTOR\n\nv.\n\nNAME (OTHER NAME)"): written in capitals, or as a
    surname in capitals and the forenames ("SURNAME, Given", "SURNAME Given", "Given
    SURNAME"); an accused's number ("1. NAME") is passed over."""
    raw = view.page.text
    line_from = raw.rfind("\n", 0, a) + 1
    nl = raw.find("\n", a)
    if nl < 0 or raw[line_from:nl].strip(" \t.:") != raw[line_from:a].strip(" \t.:") \
            or re.search(r"[^\W\d_]", raw[line_from : view.original_span(cue.start, cue.end)[0]]):
        return None  # the cue does not stand alone on its line
    m = re.match(r"\s*", raw[nl:])
    b = nl + (m.end() if m else 0)
    if raw[nl:b].count("\n") > 2:
        return None
    number = _ACCUSED_NUMBER.match(raw, b)
    b = number.end() if number else b
    end = raw.find("\n", b)
    end = len(raw) if end < 0 else end
    words = _name_words(view, b, end, weak=False, block=True)
    # in capitals, or a surname in capitals and forenames in mixed case
    # ("DESROSIERS-LAPOINTE, Jean-François", "NKOMO Thabo", "Thabo NKOMO")
    if not words or not (_style(words) or (
            len(words) > 1 and any(_style([w]) and len(w[2]) > 1 for w in words))):
        return None
    return words[0][0], words[-1][1]


@cache
def _apposition() -> re.Pattern[str]:
    """A comma (or a semicolon: "MORA, Luis; nacido el") ending the text before a cue, maybe
    after an alias in apposition (a marker: `word.alias-marker`, "a.k.a.", `word.alias-phrase`,
    and a quoted alias) or after the sex ("NAME,\nmale, born ...": `field.male`,
    `field.female`); line breaks may follow a comma."""
    aka = _aka(r"\.?")
    sex = "|".join(re.escape(t) for t in sorted(_sex_words(), key=lambda t: (-len(t), t)))
    return re.compile(
        rf"(?:,|،|;)\s*(?:(?:\(?(?:{_written('word.alias-marker')}|{aka}"
        rf"|{_written('word.alias-phrase')})[ \t]*"
        r"[«“\"‘'][^\"”»’'\n]{1,40}[»”\"’'][ \t]*\)?"
        rf"|(?i:{sex}))[ \t]*(?:,|،)\s*)?$"
    )


@cache
def _sex_words() -> frozenset[str]:
    """The words of `field.male` and `field.female` as written, but the one-letter ones."""
    lexicon = load_lexicon(LEXICON)
    return frozenset(t for entry in ("field.male", "field.female")
                     for _lang, t in lexicon.get(entry).iter_terms() if len(t) > 1)


# Before an alias cue: a comma or bracket on the name's line, or the end of that line
# ("EL AMRANI, Hicham\nalias « X »", "Rajiv Anand MALHOTRA-KEYES,\na/k/a", "NAME (alias").
# ("NAME,\na/k/a ...", "NAME\n(also called \"X\")", "NAME, alias ...", "NAME (alias ...")
_BEFORE_ALIAS = re.compile(r"(?:[ \t]*[,،])?[ \t]*\n\s*\(?[ \t]*$|[ \t]*[,،(][ \t]*$")


# Before an alias cue with only a space, after a surname in capitals, as a caption or a
# charging line writes it ("RASHAD THEODORE McKINNEY-BAIN a/k/a \"Shaddy\"").
_CAPS_BEFORE_ALIAS = re.compile(r"(?<=[A-ZÀ-ÖØ-Þ]{2})[ \t]+$")


# A full stop ending a name line before a prose birth cue that opens a new sentence
# ("HAMMOUCHE, Mourad. Né le ..."): read only for a surname in capitals and its comma.
_STOP_BEFORE_CUE = re.compile(r"(?<=[^\W\d_]{2})\.[ \t]+$")


def _name_before(view: PageView, cue: Label) -> tuple[int, int] | None:
    """A name in apposition before a prose birth or alias cue ("LEBEDEVA Anna Igorevna,
    born ...", "NAME,\na/k/a ...").

    The name may open its line after a cue word that does not end with it (a
    line break, "against\n\nNAME, born"), or after a bracket; at least one word is
    written in capitals, as surnames are in these documents.
    """
    raw = view.page.text
    if cue.field == "alias" and view.text[cue.end : cue.end + 1] == "-":
        return None  # "dit-il": a verb, no alias
    c, _ = view.original_span(cue.start, cue.end)
    seg_from = max(0, c - 160)
    gap = _BEFORE_ALIAS if cue.field == "alias" else _apposition()
    m = gap.search(raw, seg_from, c)
    if m is None and cue.field == "alias":
        m = _CAPS_BEFORE_ALIAS.search(raw, seg_from, c)
    stopped = False  # "HAMMOUCHE, Mourad. Né le ...": a full stop before a capitalised cue
    if m is None and cue.field != "alias" and raw[c : c + 1].isupper():
        m = _STOP_BEFORE_CUE.search(raw, seg_from, c)
        stopped = m is not None
    if m is None:
        return None
    cut = m.start()
    # "NAME, fils de X et de Y, né le ...": the parents' clause stands between name and cue
    parents = _parents_clause().search(raw, seg_from, cut) if cue.field != "alias" else None
    if parents:
        cut = parents.start()
    tokens = list(re.finditer(r"\S+", raw[seg_from:cut]))
    start = None
    comma_used = False
    prev_a = cut
    line_start = None  # where the name's last line starts, once the walk crossed a line break
    for i in range(len(tokens) - 1, -1, -1):
        tok = tokens[i]
        a = seg_from + tok.start()
        if raw[a + len(tok.group()) : prev_a].count("\n") > 1:
            break
        if start is not None and line_start is None and "\n" in raw[a : prev_a]:
            line_start = start
        word = tok.group()
        core = word.strip(_STRIP)
        bare = normalize_term(core)
        if line_start is not None and core.islower() and bare in _stop():
            start = line_start  # "... de Lausanne\nLorenz X, né": the line above ends a phrase
            break
        if bare in _stop() and start is not None and _opening_particle(core):
            if _inside_surname(tokens, i):
                start = prev_a = a  # "Yariela Itzel CHAVARRÍA DE LEÓN": inside the surname
                continue
            # "le nommé DE LA TOUR, Jean-Marc": a particle in capitals opens the name,
            # unless a capitalised word precedes it ("ORDEN DE DETENCIÓN DE JUAN PÉREZ")
            prev = tokens[i - 1].group().strip(_STRIP) if i else ""
            if not (prev[:1].isupper() and not prev.endswith(":")):
                start = a
            break
        # "van der Meulen, Hendrik Jan": after particles in lower case, a surname in any case
        particle_led = i > 0 and _is_particle(tokens[i - 1].group()) \
            and tokens[i - 1].group().islower()
        surname_comma = (word.endswith(",") and not comma_used and start is not None
                         and (core.isupper() or particle_led) and len(core) > 1)
        initial = word.endswith(".") and len(core) == 1 and core.isupper()
        if word.endswith((",", ";", ".", ":")) and not surname_comma and not initial:
            break
        if word.endswith(","):
            comma_used = True
        lower_particle = comma_used and core.islower() and _is_particle(core)
        # a particle inside the name is no number word ("WELLINGTON DOS SANTOS")
        number = _junk_word(core) and not (start is not None and _is_particle(core))
        if (bare in _stop() and not lower_particle) or bare in _name_junk() \
                or bare.rstrip(".") in _honorifics() \
                or number or not (_latin_name_word(core) or _is_particle(core)):
            break
        start = a
        prev_a = a
        if word.startswith("("):  # "NAME (FULL NAME), alias": the bracket opens the name
            break
    if start is None or _after_parent_of(view, start) or (stopped and not comma_used):
        return None
    start = _past_country(view, start, cut)
    na = view.norm.normalized_index(start)
    if any(lab.end <= na and not view.text[lab.end : na].strip(" :«“\"'")
           for lab in labels(view, {"alias"})):
        return None  # "..., also known as Théo NSENGA, born ...": the alias, not the name
    # "RODRÍGUEZ SOTOLONGO, Yoandris (a) ...": a surname's comma inside the span read back
    # from the cue is the name's, as in a block (no list of persons ends at the cue)
    # a surname opening with a particle in lower case is as sure as one in capitals
    strong = comma_used and raw[start : start + 1].islower()
    words = _name_words(view, start, cut + 1, weak=not strong, block=comma_used)
    if not words:
        return None
    return words[0][0], words[-1][1]


def _past_country(view: PageView, start: int, end: int) -> int:
    """Where a name read back from a cue starts once a country opening it is left out: "the
    citizen of the Republic of Uzbekistan TURSUNOV Bakhodir, born ..." (a country in mixed
    case, after a stop word, before a surname in capitals, belongs to the words before it)."""
    raw = view.page.text
    before = re.search(r"(\S+)\s+$", raw[max(0, start - 40) : start])
    if before is None or normalize_term(before.group(1).strip(_STRIP)) not in _stop():
        return start
    na, nb = view.norm.normalized_index(start), view.norm.normalized_index(end)
    country = next((h for h in hits_in(view, "countries-names", na, nb) if h.start == na), None)
    if country is None:
        return start
    a, b = view.original_span(country.start, country.end)
    nxt = re.match(r"\s+(\S+)", raw[b:end])
    word = nxt.group(1).strip(_STRIP) if nxt else ""
    if raw[a:b].isupper() or len(word) < 2 or not word.isupper():
        return start
    return b + nxt.start(1) if nxt else start


def _name_token(token: str) -> bool:
    """A token that is a name word as written: no punctuation around it, no stop, junk or
    title word."""
    core = token.strip(_STRIP)
    return token == core and _latin_name_word(core) and not _junk_word(core) \
        and not _in(normalize_term(core), _stop(), _name_junk(), _honorifics())


def _between(a: re.Match[str], b: re.Match[str]) -> str:
    """The text between two tokens of one search."""
    return a.string[a.end() : b.start()]


def _inside_surname(tokens: list[re.Match[str]], i: int) -> bool:
    """Whether the particle in capitals at `tokens[i]` stands inside a surname: after a name
    word written in mixed case, or after one in capitals that such a word precedes
    ("Yariela Itzel CHAVARRÍA DE LEÓN"), or after forenames that open a label's value
    ("seguido a:\nWILLIAM ANTONIO DE LOS SANTOS REYES"); not in a heading in capitals
    ("ORDEN DE CAPTURA DE JUAN PÉREZ")."""
    def mixed(k: int) -> bool:
        return k >= 0 and _name_token(tokens[k].group()) and not tokens[k].group().isupper()
    if i == 0 or not _name_token(tokens[i - 1].group()):
        return False
    if mixed(i - 1) or mixed(i - 2):
        return True
    j = i - 1
    while j > 0 and _name_token(tokens[j - 1].group()) and not _is_particle(tokens[j - 1].group()):
        j -= 1
    if not 0 < j <= i - 2:  # two forenames at least ...
        return False
    lead = tokens[j - 1].group()
    # ... opening a label's value, or opening their line after a sentence running on in lower
    # case ("en la causa seguida a\nHÉCTOR AURELIO DE GRACIA MORENO")
    return lead.endswith(":") or (lead.islower() and lead[-1:].isalpha()
                                  and "\n" in _between(tokens[j - 1], tokens[j]))


@cache
def _parents_clause() -> re.Pattern[str]:
    """A parents' clause ending a text, after a comma: "fils de X et de Y", "hijo de X y de
    Y", "son of X and Y" (`word.parent-of` opens it), on one line or two."""
    return re.compile(rf"[,،][ \t]*\n?[ \t]*(?i:{_written('word.parent-of')})[ \t]"
                      r"[^,;.()\n]{1,60}(?:\n[^,;.()\n]{1,60})?$")


@cache
def _parent_of() -> re.Pattern[str]:
    """The words before a parent's name at the end of a text (`word.parent-of`, folded)."""
    return re.compile(rf"(?<![^\W\d_])(?:{_w('word.parent-of')})\s*$")


def _after_parent_of(view: PageView, start: int) -> bool:
    """Whether a name starting at original offset `start` follows "fils de", "et de", "hijo
    de", "son of" (`word.parent-of`): a parent's name in the identity clause ("fils de
    Mohammed et de Rahma EL AMRANI, né le ..."), not the person's."""
    na = view.norm.normalized_index(start)
    return bool(_parent_of().search(view.text, max(0, na - 40), na))


def _arabic(value: str) -> bool:
    """Whether a value opens with a word in Arabic script."""
    first = value.split()
    return bool(first) and bool(_ARABIC.match(first[0].strip(_STRIP)))


def _scripts(labs: list[Label], view: PageView) -> set[bool]:
    """The scripts of the values of some labels (True: Arabic)."""
    out = set()
    for lab in labs:
        a, b = view.original_span(*value_span(lab))
        if view.page.text[a:b].strip():
            out.add(_arabic(view.page.text[a:b]))
    return out


# A run of dots (a leader) before a cue on its line: the cue is a caption's role tag after a
# name ("SALIM BIN OMAR ABDALLA alias X ........ 1ST ACCUSED"), not the cue of a name after it.
_LEADER = re.compile(r"\.{3,}|…")


def _role_tag(view: PageView, lab: Label) -> bool:
    """Whether a cue follows a dot leader on its line (`_LEADER`)."""
    raw = view.page.text
    a, _ = view.original_span(lab.start, lab.end)
    return bool(_LEADER.search(raw, raw.rfind("\n", 0, a) + 1, a))


def _single_value(view: PageView, lab: Label) -> tuple[int, int] | None:
    """A full name written under a forenames label alone ("Nombre: Luz Dary OSORIO VALENCIA")."""
    span = _name_from_value(view, *value_span(lab))
    if span is None:
        return None
    words = view.page.text[span[0] : span[1]].split()
    if _ARABIC.match(words[0].strip("،")) and len(words) >= 3:
        return span
    if any(len(w.strip(_STRIP)) > 1 and w.strip(_STRIP).isupper() for w in words):
        return span
    return None


# "For the Accused: Adv. X", "Pour le prévenu : Me X": the line names the party's counsel.
@cache
def _counsel() -> re.Pattern[str]:
    """"For the" at the end of the text before a label (`word.for-party`)."""
    return re.compile(rf"\b(?:{word_alternation(WORDS, 'word.for-party')})\s*$", re.IGNORECASE)


def _for_party(view: PageView, lab: Label) -> bool:
    """A label with its colon after "For the" on its line: the party's counsel follows."""
    if not lab.colon:
        return False
    raw = view.page.text
    a, _ = view.original_span(lab.start, lab.end)
    return bool(_counsel().search(raw[raw.rfind("\n", 0, a) + 1 : a]))


# OCR reads the "J" ending a word in capitals as a bracket ("LLESHA]", "BELHAD)J"): the
# bracket closes nothing there
_OCR_J = re.compile(r"(?<=[A-Z]{2})(?:[\])]J?|J[\])])(?![^\W\d_])")


def _names(views: list[PageView]) -> list[Found]:
    out: list[Found] = []
    seen: set[frozenset[str]] = set()
    written: set[frozenset[str]] = set()  # forms written contiguously (not reassembled)
    again: dict[int, list[Found]] = {}  # a kept form's later readings (id of the kept form)

    def add(f: Found | None, joined: bool = False) -> bool:
        """Keep a new form: not one found already, nor a part of a form written as such.

        A fuller form is kept ('JESÚS ALBERTO "N"', then the full name), and so is a
        prose form of a name only reassembled from "Nom :" and "Prénoms :" fields.
        """
        if f is None:
            return False
        key = _key(f.value)
        if key in seen:  # read again: its identity clause may follow there ("1. X, born ...")
            same = next((g for g in out if _key(g.value) == key), None)
            if same is not None:
                again.setdefault(id(same), []).append(f)
        if len(key) < 2 or key in seen or any(key < s for s in written):
            return False
        seen.add(key)
        if not joined:
            written.add(key)
        out.append(f)
        return True

    # Label blocks: a full-name line wins over family name + forenames.
    for view in views:
        blocks = [lab for lab in inline_labels(view, {"full-name", "family-name", "given-names",
                                                     "patronymic"})
                  if not _for_party(view, lab)]
        forms: list[Found] = []
        for lab in blocks:
            if lab.field != "full-name":
                continue
            span = _name_from_value(view, *value_span(lab))
            if span:
                f = found_original(view, *span, normalized=None, confidence=0.9)
                if add(f):
                    forms.append(f)
        # ... unless it is written in the other script ("الاسم بالحروف اللاتينية: X" under
        # "اسم العائلة:" and "الاسم الأول:"): the fields give the form of their own script
        if forms and not _scripts([lab for lab in blocks if lab.field != "full-name"], view) \
                - {_arabic(f.value) for f in forms}:
            continue
        family = next((lab for lab in blocks if lab.field == "family-name"), None)
        given = next((lab for lab in blocks if lab.field == "given-names"), None)
        columns = _two_columns(view, family, given) if family and given else None
        patronymic = _patronymic(view, blocks)
        if columns:
            fam, giv = columns
            raw = view.page.text
            value = f"{clean(raw[fam[0]:fam[1]])}, {clean(raw[giv[0]:giv[1]])}"
            end = giv[1]
            if patronymic:
                value, end = f"{value} {clean(raw[patronymic[0]:patronymic[1]])}", patronymic[1]
            f = found_original(view, fam[0], end, confidence=0.85)
            add(f.model_copy(update={"value": value}), joined=True)
            # the fields' form first: a written form equal to it keeps the fields' evidence
            for written_form in _written_whole(views, raw[fam[0] : fam[1]], value,
                                               (view.page.number, fam[0], end)):
                add(written_form)
            continue
        fam = _family_value(view, family) if family else None
        if fam is None:
            if given is not None:
                span = _single_value(view, given)
                if span:
                    add(found_original(view, *span, confidence=0.8))
            continue
        giv = (_name_from_value(view, *value_span(given)) or _family_value(view, given)) \
            if given else None
        if giv is None:
            add(found_original(view, *fam, confidence=0.8))
            continue
        raw = view.page.text
        value = f"{clean(raw[fam[0]:fam[1]])}, {clean(raw[giv[0]:giv[1]])}"
        spans = [fam, giv]
        if patronymic:
            value = f"{value} {clean(raw[patronymic[0]:patronymic[1]])}"
            spans.append(patronymic)
        f = found_original(view, min(a for a, _ in spans), max(b for _, b in spans),
                           confidence=0.9)
        add(f.model_copy(update={"value": value}), joined=True)
        for written_form in _written_whole(views, raw[fam[0] : fam[1]], value,
                                           (view.page.number, min(a for a, _ in spans),
                                            max(b for _, b in spans))):
            add(written_form)
    # Prose cues.
    anchored: list[Found] = []  # names written just before an alias cue
    in_prose: list[Found] = []  # names read after a cue in running text ("غادر المتهم ...")
    pointed: list[Found] = []  # names after a cue that points back ("the said X"): anyone's
    prose: set[int] = set()  # ids of the names read in running text, before or after a cue
    for view in views:
        for lab in labels(view, _NAME_FIELDS | {"birth-date", "alias"}):
            if lab.field in ("birth-date", "alias"):
                span = None if lab.colon else _name_before(view, lab)
                if span and lab.field == "alias":
                    anchored.append(found_original(view, *span, confidence=0.75))
                elif span:
                    f = found_original(view, *span, confidence=0.75)
                    if add(f):
                        prose.add(id(f))
                continue
            if (lab.colon and lab.line_start and lab.field == "full-name") or _for_party(view, lab):
                continue
            if not lab.colon and _role_tag(view, lab):
                continue
            weak = lab.hit.text in _words("word.weak-cue")
            span = _prose_name(view, lab, weak)
            if span:
                f = found_original(view, *span, confidence=0.7 if weak else 0.8)
                if add(f) and not lab.colon:
                    in_prose.append(f)
                    prose.add(id(f))
                    if lab.hit.text in _anaphoric():
                        pointed.append(f)
    by_page = {v.page.number: v for v in views}
    # A co-accused or a victim may have an alias too: a name before an alias cue is the
    # subject's when no name was found otherwise, or when it shares a word with one, or when
    # a birth or nationality follows its alias too (the identity clause of the person sought)
    for f in anchored:
        if (not out or any(_key(f.value) & _key(n.value) for n in out)
                or len(_details(f, out + anchored, by_page)) > 1) and add(f):
            prose.add(id(f))
    # "the said X" restates a person named before, the victim as well as the accused: it is
    # the subject only as a restatement of a name read otherwise
    ids = {id(f) for f in pointed}
    others = [f for f in out if id(f) not in ids]
    if others:
        out = [f for f in out if id(f) not in ids
               or any(_key(f.value) & _key(n.value) for n in others)]
    out = _described_first(out, prose, by_page, again)
    out = _without_present_parties(out, by_page)
    for f in list(out):  # "NAME (en su pasaporte: OTHER FORM)": the same person restated
        view = by_page.get(f.evidence.page) if f.evidence else None
        span = _restated_name(view, f.evidence.end) if view and f.evidence else None
        span = span or (_other_script(view, f) if view and f.evidence else None)
        if span:
            restated = found_original(view, *span, confidence=0.75)
            if add(restated) and f in in_prose:
                in_prose.append(restated)  # read in running text as the form it restates
    out = _beside_labelled(out, in_prose)
    out = [f.model_copy(update={"value": re.sub(r"(?<=\w)-\s+(?=\w)", "-", f.value)})
           for f in out]
    out = [f.model_copy(update={"value": _OCR_J.sub("J", f.value)})
           if f.evidence and f.evidence.page in by_page
           and by_page[f.evidence.page].page.method == "ocr" else f for f in out]
    return [f.model_copy(update={"normalized": _norm_name(f.value)}) for f in out]


# The fields of the identity clause that may follow a name read in running text.
_DETAIL_FIELDS = {"alias", "birth-date", "birth-place", "nationality", "relative-name"}
DETAILS_WITHIN = 160  # characters after a name where its identity clause may run


def _details(f: Found, others: list[Found], by_page: dict[int, PageView]) -> set[str]:
    """The identity details written after a name read in running text, in its sentence and
    before the next name: the fields of the alias, birth and nationality labels there ("X
    (a) "El Italiano", venezolano, ... nacido en Cabimas el ..." → alias, birth-date)."""
    view = by_page.get(f.evidence.page) if f.evidence else None
    if view is None or f.evidence is None:
        return set()
    end = f.evidence.end
    ne = view.norm.normalized_index(end)
    stop = min([ne + DETAILS_WITHIN] + [
        view.norm.normalized_index(n.evidence.start) for n in others
        if n.evidence and n.evidence.page == f.evidence.page and n.evidence.start >= end])
    sentence = _SENTENCE_END.search(view.text, ne, stop)
    stop = sentence.start() if sentence else stop
    return {lab.field for lab in labels(view, _DETAIL_FIELDS) if ne <= lab.start < stop}


def _described_first(
    names: list[Found], prose: set[int], by_page: dict[int, PageView],
    again: dict[int, list[Found]] | None = None,
) -> list[Found]:
    """Without the names read in running text that no identity detail follows (`_details`,
    after any of its readings in `again`) and that share no word with one that has some or
    with a labelled name: where the text
    names several persons, the one it describes is the person sought ("el acusado X, alias
    "Y", hijo de ...; y contra el acusado Z.", "المدعو X، المعروف بـ"Y"، ... أدين فيها معه
    المدعو Z")."""
    found = [f for f in names if id(f) in prose]
    # a name is described where any reading of it is ("the accused X and others ... THE
    # ACCUSED:\n1. X, called "Y", born on ...")
    again = again or {}
    described = [f for f in found if any(_details(g, names, by_page)
                                         for g in [f, *again.get(id(f), [])])]
    if not described:
        return names
    keep = described + [f for f in names if id(f) not in prose]
    return [f for f in names if id(f) not in prose or f in described
            or any(_own_words(f.value) & _own_words(n.value) for n in keep)]


@cache
def _present_party() -> re.Pattern[str]:
    """A word of `word.present-party` ("présent", "detenido", "حاضر") on the normalised text."""
    return re.compile(rf"(?<!\w)(?:{_w('word.present-party')})(?!\w)", re.IGNORECASE)


def _where(f: Found) -> tuple[int, int]:
    """Page and offset of a name's evidence, for reading order."""
    return (f.evidence.page, f.evidence.start) if f.evidence else (1 << 30, 0)


def _without_present_parties(names: list[Found], by_page: dict[int, PageView]) -> list[Found]:
    """Without a person listed after another whose identity clause says that he is in court
    or held ("2) Y, né en 1985, comptable, présent", "y del imputado Y, alias Z, detenido"):
    a co-accused, where the person sought is listed first; a form sharing a word with the
    first name stays."""
    first = min(names, key=_where, default=None)
    drop: set[int] = set()
    for f in names:
        view = by_page.get(f.evidence.page) if f.evidence else None
        if f is first or view is None or f.evidence is None \
                or _own_words(f.value) & _own_words(first.value if first else ""):
            continue
        ne = view.norm.normalized_index(f.evidence.end)
        stop = min([ne + DETAILS_WITHIN] + [
            view.norm.normalized_index(n.evidence.start) for n in names
            if n.evidence and n.evidence.page == f.evidence.page
            and n.evidence.start >= f.evidence.end])
        sentence = _SENTENCE_END.search(view.text, ne, stop)
        if _present_party().search(view.text, ne, sentence.start() if sentence else stop):
            drop.add(id(f))
    return [f for f in names if id(f) not in drop]


def _own_words(name: str) -> frozenset[str]:
    """A name's words but its particles ("ولد", "bin", "de"), which persons share."""
    return frozenset(w for w in _key(name) if w not in _particles())


# A name restated in the other script in brackets right after it, maybe on the next line; a
# right-to-left text layer may turn either bracket ("Mohamed Amine BEN ABDALLAH (محمد أمين بن
# عبد الله(", "محمد الأمين ولد بوبكر\n)Mohamed Lemine Ould Boubacar)"); OCR may add a stray
# quote before the bracket ("«(Ilyas Omar DIRIEH)").
_OTHER_SCRIPT = re.compile(r"[ \t]*\n?[ \t]*[«»]?[()][ \t]*([^()\n]{3,80}?)[ \t]*[()]")


def _other_script(view: PageView, f: Found) -> tuple[int, int] | None:
    """The form of a name written in the other script (Arabic after Latin, Latin after
    Arabic) in brackets right after it, if it reads as a name."""
    raw = view.page.text
    assert f.evidence is not None
    m = _OTHER_SCRIPT.match(raw, f.evidence.end)
    if m is None:
        return _bracketed_after(view, f)
    arabic = bool(_ARABIC.match(f.value.split()[0].strip(_STRIP)))
    inner = m.group(1).split()
    if arabic == all(_ARABIC.match(w.strip(_STRIP)) for w in inner):
        return None  # the same script: a note or another person, not a transliteration
    words = _name_words(view, m.start(1), m.end(1), weak=False, block=True)
    if not words or (words[-1][1] < m.end(1) - 1):
        return None  # a name fills the brackets, nothing else
    return words[0][0], words[-1][1]


def _bracketed_after(view: PageView, f: Found) -> tuple[int, int] | None:
    """The Arabic form opening the line of a Latin name read in brackets after it
    ("أحمد كريم الجبوري (Ahmad Kareem AL-JUBOURI)،"), if it fills the line up to the bracket."""
    raw = view.page.text
    assert f.evidence is not None
    start = f.evidence.start
    if raw[start - 1 : start] != "(" or _ARABIC.match(f.value):
        return None
    line_start = raw.rfind("\n", 0, start) + 1
    segment = raw[line_start : start - 1].rstrip()
    if not segment or not all(_ARABIC.match(w.strip(_STRIP)) for w in segment.split()):
        return None
    words = _name_words(view, line_start, line_start + len(segment), weak=False, block=True)
    if not words or words[-1][1] < line_start + len(segment) - 1:
        return None  # a name fills the line up to the bracket, nothing else
    return words[0][0], words[-1][1]


# A name restated in brackets after a note and its colon: the form another script, register
# or document writes ("Gunnar Þór Sigurðsson (en su pasaporte: Gunnar Thor Sigurdsson)",
# "OZOLIŅŠ Jānis (transcription : OZOLINS Janis)", "X (graphie estonienne :\nY)").
_RESTATED_NOTE = re.compile(r"[ \t]*\(([^():\n]{2,40}?(?:\n[^():\n]{1,40}?)?)[ \t]?:[ \t]*")
RESTATED_MAX = 80  # the restated form, at most, before its closing bracket


def _restated_name(view: PageView, end: int) -> tuple[int, int] | None:
    """The name restated in brackets right after a name ending at original offset `end`,
    unless the note is an alias's or a relative's label ("(alias: X)", "(father: Y)")."""
    raw = view.page.text
    m = _RESTATED_NOTE.match(raw, end)
    if m is None:
        return None
    close = raw.find(")", m.end())
    if close < 0 or close - m.end() > RESTATED_MAX or "\n\n" in raw[m.end():close]:
        return None
    na = view.norm.normalized_index(m.start(1))
    nb = view.norm.normalized_index(m.end(1))
    if any(na <= lab.start < nb for lab in labels(view, {"alias", "relative-name"})):
        return None
    words = _name_words(view, m.end(), close, weak=False, block=True)
    if not words:
        return None
    return words[0][0], words[-1][1]


def _written_whole(
    views: list[PageView], family: str, joined: str, fields: tuple[int, int, int]
) -> list[Found]:
    """A name reassembled from "Surname:" and "Forenames:" fields as the text also writes it
    in one piece ("Kelvin CHEUNG Wing-kei departed ...", "extradición de Josip MATKOVIĆ
    BARIĆ"): the Latin name words around a mention of the surname outside the fields
    (`fields`: page, start, end), holding every word of the fields."""
    family = clean(family)
    if not family or not _latin_name_word(family.split()[0]):
        return []
    want = _key(joined)
    out = []
    for view in views:
        raw = view.page.text
        for m in re.finditer(rf"(?<!\w){re.escape(family)}(?!\w)", raw, re.IGNORECASE):
            if view.page.number == fields[0] and fields[1] <= m.start() < fields[2]:
                continue
            words = _name_words(view, m.start(), min(len(raw), m.start() + 160), weak=False,
                                block=False)
            if not words:
                continue
            start = _names_before(raw, m.start())
            if _key(raw[start : words[-1][1]]) >= want:
                out.append(found_original(view, start, words[-1][1], confidence=0.75))
    return out


_WORD_BEFORE = re.compile(r"(?:^|(?<=\s))([^\W\d_][\w'’-]*)[ \t]+$")


def _names_before(raw: str, pos: int) -> int:
    """Where the forenames written just before a surname start (up to three capitalised
    words on its line, with no punctuation between: "Kelvin CHEUNG")."""
    start = pos
    for _ in range(3):
        m = _WORD_BEFORE.search(raw, max(0, start - 40), start)
        if m is None:
            break
        word = m.group(1)
        bare = normalize_term(word)
        if not _latin_name_word(word) or _is_particle(word) or _junk_word(word) \
                or _in(bare, _stop(), _name_junk(), _honorifics()):
            break
        start = m.start(1)
    return start


def _patronymic(view: PageView, blocks: list[Label]) -> tuple[int, int] | None:
    """The patronymic of a name split over fields (original offsets): its label's value
    ("Patronyme : Samveli"), or its cell in the row under a header row of labels
    ("| Apellido | Nombre | Patronímico |"). It follows the forenames in the full name."""
    lab = next((b for b in blocks if b.field == "patronymic"), None)
    if lab is None:
        return None
    raw = view.page.text
    a, _ = view.original_span(lab.start, lab.end)
    line_from = raw.rfind("\n", 0, a) + 1
    nl = raw.find("\n", a)
    head = [m.span() for m in _CELL.finditer(raw[line_from:nl])] if nl > 0 else []
    if len(head) >= 2 and not raw[a + len(lab.hit.text) : nl].lstrip(" \t|").startswith(":"):
        nxt_end = raw.find("\n", nl + 1)
        row = [m.span() for m in _CELL.finditer(raw[nl + 1 : len(raw) if nxt_end < 0 else nxt_end])]
        i = next((k for k, (s, e) in enumerate(head) if s <= a - line_from < e), None)
        if i is None or len(row) != len(head):
            return None
        s, e = row[i]
        cell = raw[nl + 1 + s : nl + 1 + e]
        return (nl + 1 + s, nl + 1 + e) if _latin_name_word(cell) or _ARABIC.match(cell) \
            else None
    return _family_value(view, lab)


def _beside_labelled(names: list[Found], in_prose: list[Found]) -> list[Found]:
    """Without the names read in running text that share no word with a name the document
    labels or introduces ("Accused: NAME", "المسمى: NAME"): a later mention of the accused
    is the subject, so words after it that are no part of that name are the rest of the
    sentence ("غادر المتهم البلاد عبر ...") or another person."""
    prose = {id(f) for f in in_prose}
    labelled = [f for f in names if id(f) not in prose]
    if not labelled:
        return names
    return [f for f in names if id(f) not in prose
            or any(_key(f.value) & _key(n.value) for n in labelled)]


def _two_columns(
    view: PageView, family: Label, given: Label
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Family name and forenames as two columns under their labels on one line.

    ("Family name:        Forename(s):" then "ZHAKENOV           Askar Bolatovich")
    """
    if view.line_end(family.start) != view.line_end(given.start) or given.start < family.start:
        return None
    raw = view.page.text
    fa, _ = view.original_span(family.start, family.end)
    ga, _ = view.original_span(given.start, given.end)
    line_from = raw.rfind("\n", 0, fa) + 1
    nl = raw.find("\n", ga)
    if nl < 0 or raw[fa:ga].strip(" \t:|/") != raw[fa:fa + len(family.hit.text)].strip(" \t:"):
        return None  # a value between the labels: not a column layout
    nxt_end = raw.find("\n", nl + 1)
    nxt_end = len(raw) if nxt_end < 0 else nxt_end
    cells = [(m.start() + nl + 1, m.end() + nl + 1)
             for m in _CELL.finditer(raw[nl + 1 : nxt_end])]
    if len(cells) < 2:
        return None
    col = ga - line_from
    first = cells[0]
    second = min(cells[1:], key=lambda c: abs(c[0] - (nl + 1) - col))
    out = []
    for a, b in (first, second):
        cell = raw[a:b].strip("|: \t")
        if not cell:
            return None
        ia = view.norm.normalized_index(a)
        ib = view.norm.normalized_index(b)
        span = _name_from_value(view, ia, ib)
        if span is None:
            m = re.fullmatch(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*", raw[a:b].strip())
            if not m or not (_latin_name_word(m.group()) or _ARABIC.match(m.group())) \
                    or normalize_term(m.group()) in _name_junk():
                return None
            span = (a, b)
        out.append(span)
    return out[0], out[1]


def _family_value(view: PageView, lab: Label) -> tuple[int, int] | None:
    """A family name (one word is enough here: the forenames follow)."""
    a, b = value_span(lab)
    a, b = trim(view, a, b)
    if b <= a:
        return None
    oa, ob = view.original_span(a, b)
    raw = view.page.text
    span = _name_from_value(view, a, b)
    if span:
        return span
    m = re.match(r"[^\W\d_]+(?:['’\- ][^\W\d_]+){0,3}", raw[oa:ob])
    if not m or normalize_term(m.group()) in _name_junk():
        return None
    if not (_ARABIC.match(m.group().split()[0]) or _latin_name_word(m.group().split()[0])):
        return None
    return oa, oa + len(m.group().rstrip())


def _norm_name(name: str) -> str:
    return " ".join(re.findall(r"\w+", normalize_term(name)))


def _aliases(views: list[PageView], names: list[Found] | None = None) -> list[Found]:
    out: list[Found] = []
    for view, end in _name_ends(views, names or []):  # "X SANDHU @ \"Happy\"", "X a.k.a. Y"
        m = _alias_after().match(view.page.text, end)
        while m:  # "SANDHU @ Gopi @ Preet Sandhu", "X (a) \"el Ruso\"\n(a) \"Rubencito\""
            group = next(g for g in (1, 2, 3) if m.group(g))
            out.append(found_original(view, *_unpunct(view.page.text, m.start(group),
                                                      m.end(group)), confidence=0.7))
            more = _AND_QUOTED.match(view.page.text, m.end(1)) if group == 1 else None
            while more:  # 'also known as "X" and "Y"'
                out.append(found_original(view, *_unpunct(view.page.text, *more.span(1)),
                                          confidence=0.7))
                m, more = more, _AND_QUOTED.match(view.page.text, more.end(1))
            nxt = re.compile(r"[ \t]*\n?").match(view.page.text, m.end())
            m = _alias_after().match(view.page.text, nxt.end() if nxt else m.end())
    for view in views:
        for lab in labels(view, {"alias"}):
            if lab.colon:
                a, b = value_span(lab)
                quoted = _quoted_forms(view.page.text, *view.original_span(a, b))
                if quoted:
                    out += [found_original(view, *q, confidence=0.8) for q in quoted]
                    continue
                for s, e in _alias_parts(view, a, b):
                    if e - s >= 2 and re.search(r"[^\W\d_]", view.text[s:e]):
                        out += [found_original(view, *span, confidence=0.8)
                                for span in _alias_forms(view.page.text, *view.original_span(s, e))
                                if not _mixed_script(view.page.text[span[0] : span[1]])]
                continue
            span = _quoted_or_name(view, lab)
            if span:
                out.append(found_original(view, *span, confidence=0.6))
                other = _restated_alias(view.page.text, *span)
                if other:
                    out.append(found_original(view, *other, confidence=0.6))
                more = _AND_QUOTED.match(view.page.text, span[1])
                while more:  # "connu sous les noms de « X »\net « Y »"
                    out.append(found_original(view, *_unpunct(view.page.text, *more.span(1)),
                                              confidence=0.6))
                    more = _AND_QUOTED.match(view.page.text, more.end())
    return _dedupe(out)


def _name_ends(views: list[PageView], names: list[Found]) -> list[tuple[PageView, int]]:
    """Where each name ends: where it was read, then every other place a page writes it
    whole (the alias may follow the name in a caption, "versus\nX @ Y,", and the name be read
    in the text below: "The accused X is convicted")."""
    by_page = {v.page.number: v for v in views}
    out: list[tuple[PageView, int]] = []
    for name in names:
        ev = name.evidence
        view = by_page.get(ev.page) if ev else None
        if ev is not None and view is not None:
            out.append((view, ev.end))
        for v in views:
            out += [(v, m.end()) for m in re.finditer(
                rf"(?<!\w){re.escape(name.value)}(?!\w)", v.page.text)
                if not any(w is v and e == m.end() for w, e in out)]
    return out


# A quoted form, and the word or two that may join two of them in a label's value
# ("«Pepe» o «el Croata»", '"Ryo-san" and as "TAKAHASHI Ken"', "«X» و«Y»").
_QUOTED = re.compile(r"[«“\"]\s?([^\"“”«»\n]{1,40}?)\s?[»”\"]")
_QUOTES_JOIN = re.compile(r"[ \t]*[^\W\d_]+(?:[ \t]+[^\W\d_]+)?[ \t]*")
# After a quoted alias read after a cue, another one joined by a short word ("et", "and", "y",
# "o", "و"), maybe over a line break: "connu sous les noms de « X »\net « Y »".
# The second form may wrap at the line's end inside its quotes ('"Geoffrey\nKOWALCZYK"').
_AND_QUOTED = re.compile(
    r"[ \t]?[»”\"][ \t]*\n?[ \t]*[^\W\d_]{1,3}[ \t]*\n?[ \t]*"
    r"[«“\"]\s?([^\"“”«»\n]{1,40}?(?:[ \t]*\n[ \t]*[^\"“”«»\n]{1,40}?)?)\s?[»”\"]")


def _quoted_forms(raw: str, a: int, b: int) -> list[tuple[int, int]]:
    """The aliases of a label's value that quotes two or more forms joined by a word or two
    and ends with the last (original offsets), else none: each quoted form is one alias
    (forms split by ";" or "," are read by `_alias_parts`)."""
    hits = list(_QUOTED.finditer(raw, max(0, a - 1), min(len(raw), b + 1)))
    if len(hits) < 2 or hits[-1].end() < b or any(
            not _QUOTES_JOIN.fullmatch(raw, x.end(), y.start()) for x, y in pairwise(hits)):
        return []
    return [_unpunct(raw, *m.span(1)) for m in hits]


def _mixed_script(value: str) -> bool:
    """Arabic and Latin letters, or letters and digits, in one word: OCR read a Latin alias
    on an Arabic page as noise ("«3الاة ا uطA»")."""
    return bool(re.search(r"[\u0621-\u064a]", value) and re.search(r"[A-Za-z]", value)) \
        or any(re.search(r"\d", w) and re.search(r"[^\W\d_]", w) for w in value.split())


# An Arabic transliteration in brackets after a Latin alias ("«Lillen» (ليلن)").
_ARABIC_RESTATED = re.compile(
    r"[ \t]*[()]\s*([\u0600-\u06ff]+(?:[ \t]+[\u0600-\u06ff]+){0,4})\s*[()]")


def _restated_alias(raw: str, a: int, b: int) -> tuple[int, int] | None:
    """The alias restated in the other script in brackets after it, past its closing quote
    ("الملقب بـ «زمبا» (Zemba)", "والمعروف بـ «Lillen» (ليلن)")."""
    pos = b + len(raw[b : b + 2]) - len(raw[b : b + 2].lstrip(" »”\"’'«"))
    arabic = bool(_ARABIC.match(raw[a:b].split()[0].strip(_STRIP)))
    if not arabic and raw[b : b + 1] not in _CLOSERS + "«":
        return None  # "المعروف بـ X Y (التهجئة البولندية لاسمه)": an unquoted alias's note
    m = (_TRANSLITERATION if arabic else _ARABIC_RESTATED).match(raw, pos)
    return m.span(1) if m else None


# A Latin transliteration in brackets after an Arabic form ("نورلان باكيتوف (Nurlan BAKYTOV)");
# a right-to-left text layer may write its closing bracket as an opening one ("(Doni(").
_TRANSLITERATION = re.compile(r"[ \t]*\(\s*([A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,4}?)\s*(?:[()]|$)")
# A note in brackets after an alias, in lower case: "Wol Jur (alias)", "X (surnom)".
# ... or a longer note opening with a lower-case word: "X (nombre utilizado en Uruguay)".
_NOTE = re.compile(r"[ \t]*\((?:[a-z][a-z .]*|[a-zà-ÿ]{4,}\s[^()\n]{1,40})\)[ \t]*$")


def _alias_forms(raw: str, a: int, b: int) -> list[tuple[int, int]]:
    """An alias value's forms (original offsets): without a note in brackets after it, and
    as two forms when an Arabic one is followed by its Latin transliteration in brackets."""
    note = _NOTE.search(raw, a, b)
    if note and note.start() > a:
        return [(a, note.start())]
    m = re.search(r"[ \t]*\(", raw[a:b])
    latin = _TRANSLITERATION.fullmatch(raw[a:b], m.start()) if m else None
    if m is None or latin is None or not _ARABIC.match(raw[a:b].split()[0].strip(_STRIP)):
        return [(a, b)]
    first = raw[a : a + m.start()]
    start = a + len(first) - len(first.lstrip(_STRIP + " "))
    end = a + len(first.rstrip(_STRIP + " "))
    return [(start, end), (a + latin.start(1), a + latin.end(1))]


def _alias_parts(view: PageView, a: int, b: int) -> list[tuple[int, int]]:
    """The aliases of a label value, split at ";", "/" and ", ".

    A comma after a surname in capitals that a forename follows ("DOE, John")
    is part of one alias, not a separator.
    """
    text = view.text
    parts: list[tuple[int, int]] = []
    pos = a
    for m in re.finditer(r"[;؛/]|,(?=\s)", text[a:b]):
        cut = a + m.start()
        if m.group() == "," and _surname_comma(view, pos, cut, b):
            continue
        parts.append(_unmarked(view, *trim(view, pos, cut)))
        pos = cut + 1
    parts.append(_unmarked(view, *trim(view, pos, b)))
    return parts


# An alias marker repeated inside a label's value ("Other names: alias «X», alias «Y»")
@cache
def _marker_lead() -> re.Pattern[str]:
    """An alias marker (`_marker`) or "@" before the alias."""
    return re.compile(rf"(?:{_marker()}|@)\s+(?=\S)")


def _unmarked(view: PageView, a: int, b: int) -> tuple[int, int]:
    """An alias without the marker written before it in a label's value."""
    m = _marker_lead().match(view.text, a, b)
    return trim(view, m.end(), b) if m else (a, b)


def _surname_comma(view: PageView, start: int, comma: int, end: int) -> bool:
    raw = view.page.text
    oa, _ = view.original_span(start, max(comma, start + 1))
    _, oc = view.original_span(max(start, comma - 1), comma)
    _, ob = view.original_span(max(start, end - 1), end)
    before = raw[oa:oc].strip(" \t" + _STRIP).split()
    after = raw[oc + 1 : ob].split()
    if len(before) != 1 or len(before[0]) < 2 or not before[0].isupper() or not after:
        return False
    first = after[0].strip(_STRIP)
    return _latin_name_word(first) and not first.isupper() and normalize_term(first) not in _stop()


def _unpunct(raw: str, a: int, b: int) -> tuple[int, int]:
    """A quoted alias without the comma OCR or typing left inside the quotes."""
    while b > a + 1 and raw[b - 1] in ",;: \t":
        b -= 1
    return a, b


def _quoted_or_name(view: PageView, lab: Label) -> tuple[int, int] | None:
    raw = view.page.text
    _, a = view.original_span(lab.start, lab.end)
    # "الشهير بـ «X»", "المعروف بـ\n«X»": a tatweel or a line break may stand before the quote;
    # a right-to-left text layer may write the closing quote as an opening one ("«Lillen«")
    # ... or after the "ب" of the cue, written onto the quote ('الملقب بـ"X"')
    m = re.match(r"[ \tـ]*(?:بـ?)?\n?[ \t]*[«“\"‘']\s?([^\"”»«’'\n]{2,40}?)\s?[»”\"’'«]",
                 raw[a : a + 60])
    if m:
        return _unpunct(raw, a + m.start(1), a + m.end(1))
    span = _prose_name(view, lab, weak=False)
    if span is None and lab.hit.text in ("alias", "aka", "a.k.a."):
        m = re.match(r"[ \t]*([A-Z][\w'-]+)", raw[a : a + 40])
        if m:
            return a + m.start(1), a + m.end(1)
    return span


# A sentence ends between a birth label and a date: the label was a word of the sentence
# before, not a label (French "né", folded to "ne", is also the negation: "il ne l'a pas
# ramenée. Le 25 juillet 2022, ..." is no date of birth).
_SENTENCE_END = re.compile(r"[.!?;](?:\s|$)")
# ... though not the stop of an abbreviation of single letters: a calendar's era between a
# date and its restatement ("born 2045-03-05 B.S. (18 June 1988 A.D.)").
_LABEL_SENTENCE_END = re.compile(r"(?<![.\s][^\W\d_])[.!?;](?:\s|$)")
# ... or a bracket opened before the label and closed before the date: the label's value
# ended unread ("Victim B (DOB 6/1989) was interviewed on 21 October 2009" gives no date of
# birth; "Date of birth (dd/mm/yyyy): 12/03/1980" still does).
_VALUE_CLOSED = re.compile(r"[^()]*\)")
# ... or a year alone right after the label: the value was that year ("l'accusé, né en 1985,
# a, dans la nuit du 11 septembre 2021, ..." gives no date of birth in 2021).
_YEAR_ALONE = re.compile(r"\W{0,4}(?:\w{1,3}\s)?(?:1[89]|20)\d\d(?![\d/.-]\d)")


def _birth(views: list[PageView]) -> tuple[list[Found], list[Found]]:
    """Dates and places of birth after a birth label. A label and its date sit in one
    sentence: a full stop between them means the "label" was a word of the sentence before
    (`_SENTENCE_END`); a bracket that opened before the label and closes between them, or a
    year alone as the value, ends the value unread (`_VALUE_CLOSED`, `_YEAR_ALONE`)."""
    dates: list[Found] = []
    places: list[Found] = []
    for view in views:
        on_page = view_dates(view)
        for lab in labels(view, {"birth-date"}):
            date = _date_after(on_page, lab.value_start, 30)
            if date is None or _LABEL_SENTENCE_END.search(view.text, lab.value_start, date.start) \
                    or _VALUE_CLOSED.match(view.text, lab.value_start, date.start) \
                    or _YEAR_ALONE.match(view.text, lab.value_start, date.start) \
                    or _first_person().search(view.text, max(0, lab.start - 200), lab.start):
                continue
            date = _restated(view, on_page, date)
            dates.append(found(view, date.start, date.end, normalized=date.iso, confidence=0.9))
            place = _place_after(view, date.end)
            if place:
                places.append(place)
        for lab in labels(view, {"birth-place"}):
            date = _date_after(on_page, lab.value_start, 40)
            if lab.colon or date is None \
                    or _LABEL_SENTENCE_END.search(view.text, lab.value_start, date.start) \
                    or not _place_then_date().fullmatch(view.text, lab.value_start, date.start):
                continue
            date = _restated(view, on_page, date)
            dates.append(found(view, date.start, date.end, normalized=date.iso, confidence=0.85))
        for lab in block_labels(view, {"birth-place"}):
            a, b = value_span(lab)
            if b > a:
                places.append(found(view, a, b, normalized=_geo_in(view, a, b), confidence=0.9))
    return _dedupe(dates, by_normalized=True), _dedupe(places)


@cache
def _first_person() -> re.Pattern[str]:
    """A clause opened by its writer in the first person up to a birth or identity document
    label ("I, Ayesha Aslam, of Bradford, born ...", `word.deponent`): the deponent's own
    particulars, a witness or relative who swears the statement, not the person sought's."""
    return re.compile(
        rf"(?<![\w'’])(?:{_w('word.deponent')}),[^.;:]*$")


@cache
def _place_then_date() -> re.Pattern[str]:
    """A place of up to four words, then the article before a date (`word.date-article`): what
    stands between a prose birth-place cue and the date of birth ("born in Nis on 22 November
    1988")."""
    return re.compile(
        rf"\s?[^\W\d_][\w'’.-]*(?:,?\s[^\W\d_][\w'’.-]*){{0,3}},?\s"
        rf"(?:{word_alternation('decision-words', 'word.date-article')})\s?")


def _restated(view: PageView, on_page: list[DateHit], date: DateHit) -> DateHit:
    """The date restated in brackets after a numeric one ("04/09/1983 (April 9, 1983)").

    The spelled-out month settles whether the numbers were day or month first; a date of
    another calendar restated so after its era ("2041-05-12 B.S. (26 August 1984 A.D.)",
    `word.calendar-era`) is given by the Gregorian one.
    """
    gap = rf"[ \t]*(?:(?:{_w('word.calendar-era')})(?![^\W\d_])[ \t]*)?\([ \t]*"
    for other in on_page:
        if other.start >= date.end and re.fullmatch(gap, view.text[date.end : other.start]):
            if re.search(r"[^\W\d_]{3}", view.text[other.start : other.end]):
                return other
            break
    return date


def _date_after(on_page: list[DateHit], pos: int, within: int) -> DateHit | None:
    return next((d for d in on_page if pos <= d.start <= pos + within), None)


def _geo_in(view: PageView, start: int, end: int) -> str | None:
    """ISO code of the last country (else the first place) named in a span."""
    hits = hits_in(view, "countries-names", start, end)
    if hits:
        return geo_code(hits[-1])
    hits = hits_in(view, "places", start, end)
    if hits:
        return geo_code(hits[0])
    for word in re.findall(r"\w+", view.text[start:end]):
        for cut in (word, word[1:], word[2:]):  # Arabic ب / بال prefixes
            code = geo_terms().get(cut)
            if code:
                return code
    return None


@cache
def _place_prep() -> re.Pattern[str]:
    """The preposition before a birth place (`word.birth-place-preposition`), or an Arabic
    "ب" written onto it."""
    return re.compile(
        rf",?\s?(?:{_w('word.birth-place-preposition')})\s|\s?(?=ب[\u0621-\u064a]{{3,}})"
    )


def _place_after(view: PageView, pos: int) -> Found | None:
    """A birth place written right after a birth date ("... at Soweto, South Africa, of")."""
    text = view.text
    m = _place_prep().match(text, pos)
    if not m:
        return None
    start = m.end()
    if text.startswith("ب", start):
        word = re.match(r"\S+", text[start:])
        if word is None:
            return None
        end = start + len(word.group().rstrip("،,"))
        code = _geo_in(view, start, end)
        if code is None:
            return None
        return found(view, start + 1, end, normalized=code, confidence=0.7)
    geo = {h.start: h for lexicon in ("places", "countries-names")
           for h in view.hits(lexicon) if start <= h.start < start + 80}
    end = start
    code = None
    cursor = start
    for _ in range(4):
        hit = geo.get(cursor)
        if hit is not None:
            end = hit.end
            code = geo_code(hit) if hit.lexicon == "countries-names" or code is None else code
        else:
            w = re.match(r"[^\W\d_][\w'-]*(?: [^\W\d_][\w'-]*){0,2}", text[cursor:])
            raw_a, _ = view.original_span(cursor, cursor + 1)
            if w is None or not view.page.text[raw_a : raw_a + 1].isupper():
                break
            end = cursor + len(w.group())
        nxt = re.match(r",\s?", text[end:])
        if not nxt:
            break
        cursor = end + nxt.end()
        raw_c, _ = view.original_span(cursor, cursor + 1)
        if cursor not in geo and not view.page.text[raw_c : raw_c + 1].isupper():
            break
    if end <= start:
        return None
    return found(view, start, end, normalized=code, confidence=0.7)


def _sex(views: list[PageView], names: list[Found]) -> Found | None:
    for view in views:
        for lab in block_labels(view, {"sex"}):
            a, b = value_span(lab)
            for value in labels(view, {"male", "female"}):
                if a <= value.start < b:
                    return found(view, value.start, value.end,
                                 normalized="M" if value.field == "male" else "F", confidence=0.9)
    for view in views:  # prose: "THABO DANIEL MOKOENA, male, born ..."
        ends = [n.evidence.end for n in names if n.evidence and n.evidence.page == view.page.number]
        for value in labels(view, {"male", "female"}):
            if len(value.hit.text) < 3:
                continue
            a, _ = view.original_span(value.start, value.end)
            if any(0 <= a - e <= 4 for e in ends):
                return found(view, value.start, value.end,
                             normalized="M" if value.field == "male" else "F", confidence=0.7)
    return None


_GLUED_AND = re.compile(r"[ \t\n]+و(\S+)")  # an Arabic "and" glued to the next word


def _nationalities(views: list[PageView], names: list[Found] | None = None) -> list[Found]:
    out: list[Found] = []
    for view in views:
        countries = longest(view.hits("countries-names"))
        for i, hit in enumerate(countries):  # 'X, alias "Y", salvadoreño, nacido el ...'
            if not _demonym_after_name(view, hit, names or []):
                continue
            run = [hit]  # "paraguayo y brasileño,"
            for other in countries[i + 1 :]:
                if not coordinated().fullmatch(view.text[run[-1].end : other.start]):
                    break
                run.append(other)
            raw_end = view.original_span(run[-1].start, run[-1].end)[1]
            if all(view.quote(h.start, h.end).islower() for h in run) \
                    and re.match(r"\s*[,،]", view.page.text[raw_end : raw_end + 4]):
                out += [found(view, h.start, h.end, normalized=geo_code(h), confidence=0.7)
                        for h in run]
        for lab in labels(view, {"nationality"}) + _citizen_cues(view):
            if lab.colon:
                a, b = value_span(lab)
                stop = _nationality_end().search(view.text, a, b)
                b = stop.start() if stop else b
                before = len(out)
                for hit in hits_in(view, "countries-names", a, b):
                    out.append(found(view, hit.start, hit.end, normalized=geo_code(hit),
                                     confidence=0.9))
                for m in re.finditer(r"(?<!\S)و(\S+)", view.text[a:b]):  # "نرويجية وعراقية"
                    code = _arabic_countries().get(m.group(1).rstrip("،,.)"))
                    if code:
                        out.append(found(view, a + m.start(1), a + m.end(1), normalized=code,
                                         confidence=0.85))
                # an empty value after a colon OCR read for a comma ("تشادي الجنسية: تاجر"):
                # the adjective right before the label may still be its value
                if len(out) > before or not any(
                        _next_to(view.text, h.end, lab.start)
                        and "\n" not in view.quote(h.start, lab.start) for h in countries):
                    continue
            # "of X nationality", "de nationalité X", "مصري الجنسية", "citizen of the X"; a
            # country after the label is its value, and the place before it then ends the
            # words before ("provincia de Zaire, de nacionalidad angoleña")
            after = any(_next_to(view.text, lab.end, h.start) for h in countries)
            for i, hit in enumerate(countries):
                if not ((_next_to(view.text, hit.end, lab.start) and not after)
                        or _next_to(view.text, lab.end, hit.start)):
                    continue
                out.append(found(view, hit.start, hit.end, normalized=geo_code(hit),
                                 confidence=0.8))
                for other in countries[i + 1 :]:  # "X et Y", "X and of Y", "X y Y"
                    if not coordinated().fullmatch(view.text[hit.end : other.start]):
                        break
                    out.append(found(view, other.start, other.end, normalized=geo_code(other),
                                     confidence=0.75))
                    hit = other
                # "يحمل الجنسيتين الدنماركية والعراقية": the second one glued to its "and"
                glued = _GLUED_AND.match(view.text, hit.end)
                code = _arabic_countries().get(glued.group(1).rstrip("،,.)")) if glued else None
                if glued and code:
                    out.append(found(view, glued.start(1), glued.end(1), normalized=code,
                                     confidence=0.75))
        for hit in countries:  # "مواليد ١٩٨٧ بعلبك، لبناني، سجل رقم ١٢": a bare adjective
            if _NISBA_ALONE.fullmatch(view.text, max(0, hit.start - 3), min(len(view.text),
                                                                              hit.end + 2)):
                out.append(found(view, hit.start, hit.end, normalized=geo_code(hit),
                                 confidence=0.7))
    return _dedupe(out, by_normalized=True)


@cache
def _nationality_words() -> frozenset[str]:
    """The one-word terms of `field.nationality`, normalised ("ciudadano", "المواطن")."""
    return frozenset(normalize_term(t) for _lang, t in
                     load_lexicon(LEXICON).get("field.nationality").iter_terms() if " " not in t)


def _citizen_cues(view: PageView) -> list[Label]:
    """Name cues that end with a nationality word ("la ciudadana nicaragüense X", "el
    ciudadano venezolano X"): the longer cue hides the nationality label inside it."""
    return [lab for lab in labels(view, {"subject-cue"})
            if not lab.colon and lab.hit.text.split()[-1] in _nationality_words()]


def _demonym_after_name(view: PageView, hit: Hit, names: list[Found]) -> bool:
    """A nationality adjective in lower case after a comma in the identity clause of a name
    written before it on the page, in its sentence (", dominicano, nacido el ..."); the
    caller wants a comma after it too (or after the adjectives joined to it)."""
    raw = view.page.text
    a, b = view.original_span(hit.start, hit.end)
    if not raw[a:b].islower() or not re.search(r"[,،]\s*$", raw[max(0, a - 6) : a]):
        return False
    # the name as written anywhere before it on the page (its first reading may be elsewhere)
    ends = [m.end() for n in names for m in re.finditer(
        r"\s+".join(re.escape(w) for w in n.value.split()), raw[:a])]
    return bool(ends) and a - max(ends) <= DETAILS_WITHIN \
        and not _SENTENCE_END.search(raw, max(ends), a)


@cache
def _nationality_end() -> re.Pattern[str]:
    """Where a nationality value ends: a permit or residence in another country
    (`word.nationality-end`: "titulaire d'une carte de séjour belge")."""
    return re.compile(word_start_alternation(WORDS, "word.nationality-end"))


# An Arabic adjective of nationality (a nisba, "لبناني", "سورية") alone between two commas in
# the identity clause: the subject's nationality, as a label would give it.
_NISBA_ALONE = re.compile(r".*[،,][ \t]*(?!ال)[\u0621-\u064a]+ي(?:ه)?[ \t]*[،,].*", re.DOTALL)


@cache
def _arabic_countries() -> dict[str, str]:
    """Arabic country names and adjectives of `countries-names` (normalised) → ISO code, to
    read one written onto "و" ("and")."""
    return {normalize_term(term): entry.code or "" for entry, lang, term
            in load_lexicon("countries-names").iter_terms() if lang == "ar" and entry.code}


@cache
def _next_gap() -> re.Pattern[str]:
    """Commas and small words (`word.label-country-gap`) between a label and a country."""
    return re.compile(rf"[ \t\n,]*(?:(?:{_w('word.label-country-gap')})[ \t\n]+)*")


@cache
def coordinated() -> re.Pattern[str]:
    """"And" or a comma between two countries (`word.country-and`), maybe with "of" and an
    article (`word.country-and-of`, `word.country-and-article`)."""
    return re.compile(
        rf"[ \t\n]*(?:{_w('word.country-and')}|,)[ \t\n]+"
        rf"(?:(?:{_w('word.country-and-of')})[ \t\n]+)*"
        rf"(?:(?:{_w('word.country-and-article')})[ \t\n]+)?"
    )


def _next_to(text: str, end: int, start: int) -> bool:
    """A label and a country next to each other (a few function words between)."""
    return 0 <= start - end <= 16 and bool(_next_gap().fullmatch(text[end:start]))


def _id_documents(views: list[PageView]) -> list[Found]:
    out: list[Found] = []
    for view in views:
        labs = labels(view, set(_ID_KIND))
        for i, lab in enumerate(labs):
            nxt = labs[i + 1] if i + 1 < len(labs) else None
            if lab.field == "id-document" and nxt and nxt.start - lab.end <= 4:
                continue  # "Identity document: passport X": the specific label reads it
            m = _id_value().match(view.text, lab.end)
            if not m or re.fullmatch(r"\d{1,4}", m.group(1)) \
                    or _first_person().search(view.text, max(0, lab.start - 200), lab.start):
                continue
            s, e = m.span(1)
            value = found(view, s, e, normalized=re.sub(r"[^A-Z0-9]", "", view.quote(s, e).upper()),
                          kind=_ID_KIND[lab.field], confidence=0.85)
            out.append(value)
    return _dedupe(out, by_normalized=True)


def _dedupe(items: list[Found], by_normalized: bool = False) -> list[Found]:
    seen: set[str] = set()
    out = []
    for f in items:
        key = (f.normalized if by_normalized and f.normalized else normalize_term(f.value))
        if key in seen:
            continue
        seen.add(key)
        out.append(f)
    return out


# A year alone as a birth label's value ("مواليد 1990 طرابلس", "né en 1994 à Tripoli").
_BIRTH_YEAR = re.compile(r"[^\w\n]{0,4}(?:\w{1,3}\s)?((?:19|20)\d\d)(?![\d/.-]\d)")

# How far after the subject's name his year of birth is read ("TAVOREN Ilas, mère : Sora,
# né en 1990"): a birth label further on is another person's (a child, a victim).
NAME_REACH = 80


def _birth_years(views: list[PageView], names: list[Found]) -> list[Found]:
    """A year alone after a birth label that follows the subject's name closely
    (`NAME_REACH`); read only where no full date of birth is."""
    named = names[0].evidence if names else None
    if named is None:
        return []
    for view in views:
        if view.page.number != named.page:
            continue
        after = view.norm.normalized_index(named.end)
        for lab in labels(view, {"birth-date"}):
            if not after <= lab.start <= after + NAME_REACH:
                continue
            m = _BIRTH_YEAR.match(view.text, lab.value_start)
            if m:
                return [found(view, m.start(1), m.end(1), normalized=m.group(1), confidence=0.8)]
    return []


def read_subject(views: list[PageView]) -> Subject:
    """The person the document is about, every value with its evidence."""
    names = _names(views)
    birth_dates, birth_places = _birth(views)
    return Subject(
        names=names,
        aliases=_aliases(views, names),
        birth_dates=birth_dates,
        birth_years=[] if birth_dates else _birth_years(views, names),
        birth_places=birth_places,
        sex=_sex(views, names),
        nationalities=_nationalities(views, names),
        id_documents=_id_documents(views),
    )
