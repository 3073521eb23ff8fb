"""spaCy pipelines, one per supported language, built by one factory and loaded lazily.

Each pipeline is `spacy.blank(lang)` plus two rule components registered by
name, whose patterns come from files under `lexicons/`:

- `lexicon_terms`: a phrase matcher over the terms of the lexicons it is
  configured with; every match becomes a span in `doc.spans["terms"]`,
  labelled with the lexicon name, its id the entry id;
- `lexicon_patterns`: the regular expressions of the same lexicons' `patterns`
  (per language, or `any`), as spans in `doc.spans["patterns"]`.

Pipelines run on normalised text (`pipeline.text.normalize`), so terms match
whatever the case, accents, hyphenation or Arabic letter variants; span
offsets map back to the page through the normaliser's offset map.
"""

from __future__ import annotations

import re
import threading
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from pipeline.config import SUPPORTED_LANGUAGES
from pipeline.diskcache import cached, digest
from pipeline.lexicons.loader import lexicon_digest, lexicons_dir, load_lexicon
from pipeline.lexicons.schema import PLACEHOLDER
from pipeline.text.normalize import ARABIC_SCRIPT, normalize_term

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

TERMS_KEY = "terms"
Script = Literal["latin", "arabic"]
# Lexicons whose Arabic terms also match with a clitic attached to the first word
# ("والسب", "بالتجمهر", "للتطرف"): Arabic writes و ب ل ف ك as part of the word.
PREFIXED_LEXICONS = ("flags-", "context-cues")


def arabic_prefixed(term: str) -> set[str]:
    """A normalised Arabic term with the one-letter clitics a charge or sentence puts on it."""
    if term.startswith("ال"):
        bare = term[2:]
        return {f"{p}{term}" for p in ("و", "ب", "ف", "ك", "وب")} | {f"لل{bare}", f"ولل{bare}"}
    return {f"{p}{term}" for p in ("و", "ب", "ل", "ف", "ك")}


# Pronoun suffixes a possessed noun takes in place of the article ("صداقها", "نفقته").
POSSESSIVE_SUFFIXES = ("ه", "ها", "هم", "هما", "هن")


def arabic_possessed(term: str) -> set[str]:
    """A two-word construct ("مؤخر الصداق") with the possessor's article replaced by a
    pronoun suffix ("مؤخر صداقها"), a final ة (folded to ه) written ت before it; clitic
    forms included."""
    words = term.split(" ")
    if len(words) != 2 or words[0].startswith("ال") or not words[1].startswith("ال"):
        return set()
    stem = words[1][2:]
    if len(stem) < 3:
        return set()
    stems = {stem, stem[:-1] + "ت"} if stem.endswith("ه") else {stem}
    forms = {f"{words[0]} {s}{suffix}" for s in stems for suffix in POSSESSIVE_SUFFIXES}
    return forms | {f"{p}{f}" for f in forms for p in ("و", "ب", "ل", "ف", "ك")}
PATTERNS_KEY = "patterns"
# The text a Doc was made from, kept in `Doc.user_data` by `run` (`Doc.text` joins every
# token anew on each access, which costs more than the matching on a long page).
TEXT_KEY = "text"


def doc_text(doc: Doc) -> str:
    """The Doc's text: the one `run` kept, or joined from its tokens."""
    text = doc.user_data.get(TEXT_KEY)
    return text if isinstance(text, str) else doc.text


def run(nlp: Language, text: str) -> Doc:
    """`nlp(text)`, keeping the text for the components (see `TEXT_KEY`)."""
    doc = nlp.make_doc(text)
    doc.user_data[TEXT_KEY] = text
    return nlp(doc)

_lock = threading.Lock()


def _register() -> None:
    """Register the two components with spaCy (once, on first use)."""
    from spacy.language import Language
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Span

    if "lexicon_terms" in Language.factories:
        return

    def build(nlp: Language, lexicons: list[str], script: Script) -> PhraseMatcher:
        matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        for name in lexicons:
            by_entry: dict[str, set[str]] = {}
            prefixed = name.startswith(PREFIXED_LEXICONS)
            for entry, lang, term in load_lexicon(name).iter_terms():
                folded = normalize_term(term)
                forms = {folded}
                if prefixed and lang == "ar":
                    forms |= arabic_prefixed(folded) | arabic_possessed(folded)
                arabic = script == "arabic"
                mine = {f for f in forms if bool(ARABIC_SCRIPT.search(f)) == arabic}
                if mine:
                    by_entry.setdefault(entry.id, set()).update(mine)
            for entry_id, terms in by_entry.items():
                matcher.add(f"{name}|{entry_id}", [_term_doc(nlp, t) for t in sorted(terms)])
        return matcher

    class LexiconTerms:
        """Phrase matches of lexicon terms (all languages: documents mix them).

        Terms in Arabic script and the others are in two matchers: a term with an Arabic
        letter can only match a text that has one, so a page without any never loads the
        Arabic matcher (half the patterns, with the clitic forms), which a one-file run in
        a Latin-script language would otherwise pay for at start."""

        def __init__(self, nlp: Language, lexicons: list[str]) -> None:
            self.nlp, self.lexicons = nlp, lexicons
            self.matchers: dict[Script, PhraseMatcher] = {}
            self._lock = threading.Lock()
            self._matcher("latin")
            if nlp.lang == "ar":
                self._matcher("arabic")

        def _matcher(self, script: Script) -> PhraseMatcher:
            # Building a matcher tokenises its terms (seconds); it is cached on disk by
            # everything it depends on. Match ids are read from the matcher's own strings.
            with self._lock:
                if script not in self.matchers:
                    nlp, lexicons = self.nlp, self.lexicons
                    self.matchers[script] = cached(
                        "phrase-matchers", _matcher_key(nlp.lang, lexicons, script),
                        lambda: build(nlp, lexicons, script),
                    )
                return self.matchers[script]

        def __call__(self, doc: Doc) -> Doc:
            spans = []
            scripts: list[Script] = ["latin"]
            if ARABIC_SCRIPT.search(doc_text(doc)):
                scripts.append("arabic")
            for script in scripts:
                matcher = self._matcher(script)
                strings = matcher.vocab.strings
                for match_id, start, end in matcher(doc):
                    name, entry_id = strings[match_id].split("|", 1)
                    spans.append(Span(doc, start, end, label=name, span_id=entry_id))
            doc.spans[TERMS_KEY] = spans
            return doc

    class LexiconPatterns:
        """Regular-expression matches from the lexicons' `patterns` (language or `any`)."""

        def __init__(self, nlp: Language, lexicons: list[str]) -> None:
            self.rules: list[_PatternRule] = []
            for name in lexicons:
                for entry in load_lexicon(name).entries:
                    for lang, regexes in entry.patterns.items():
                        if lang in (nlp.lang, "any"):
                            for rx in regexes:
                                rule = _PatternRule(name, entry.id, rx, tuple(entry.requires))
                                if not rule.requires:
                                    rule.compiled()
                                self.rules.append(rule)

        def __call__(self, doc: Doc) -> Doc:
            spans = []
            text = doc_text(doc)  # once, not per rule
            for rule in self.rules:
                if rule.requires and not any(r in text for r in rule.requires):
                    continue
                name, entry_id = rule.lexicon, rule.entry_id
                for m in rule.compiled().finditer(text):
                    span = doc.char_span(
                        m.start(), m.end(), label=name, span_id=entry_id,
                        alignment_mode="expand",
                    )
                    if span is not None:
                        spans.append(span)
            doc.spans[PATTERNS_KEY] = spans
            return doc

    @Language.factory("lexicon_terms", default_config={"lexicons": []})
    def make_lexicon_terms(nlp: Language, name: str, lexicons: list[str]) -> LexiconTerms:
        return LexiconTerms(nlp, lexicons)

    @Language.factory("lexicon_patterns", default_config={"lexicons": []})
    def make_lexicon_patterns(nlp: Language, name: str, lexicons: list[str]) -> LexiconPatterns:
        return LexiconPatterns(nlp, lexicons)


def _term_doc(nlp: Language, term: str) -> Doc:
    """A term tokenised as the same words are in running text. A term that ends with an
    elided word ("inculpé d'", "les crimes d'") is tokenised with a letter after it and the
    letter dropped: alone, "d'" splits into "d" and "'", while in "d'escroquerie" the
    tokenizer keeps "d'" whole, so the term would never match."""
    if not term.endswith("'"):
        return nlp.tokenizer(term)
    from spacy.tokens import Doc

    doc = nlp.tokenizer(term + "x")
    if len(doc) < 2 or doc[-1].text != "x" or not doc[-2].text.endswith("'"):
        return nlp.tokenizer(term)
    words = [t.text for t in doc[:-1]]
    spaces = [bool(t.whitespace_) for t in doc[:-1]]
    return Doc(nlp.vocab, words=words, spaces=spaces)


@cache
def _code() -> tuple[bytes, bytes]:
    """The code that builds what this module caches on disk: this module and the normaliser."""
    from pipeline.text import normalize as normalize_module

    return Path(__file__).read_bytes(), Path(normalize_module.__file__).read_bytes()


def _matcher_key(lang: str, lexicons: list[str], script: Script) -> str:
    """Everything a compiled phrase matcher depends on."""
    import spacy

    loaded = [lexicon_digest(name) for name in lexicons]
    return digest([lang, script, spacy.__version__, *_code(), *lexicons, *loaded])


class _PatternRule:
    """One lexicon pattern, compiled on first use (at once when it `requires` nothing)."""

    def __init__(self, lexicon: str, entry_id: str, source: str, requires: tuple[str, ...]):
        self.lexicon, self.entry_id, self.source = lexicon, entry_id, source
        self.requires = tuple(normalize_term(r) for r in requires)
        self._compiled: re.Pattern[str] | None = None

    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(PLACEHOLDER.sub(_alternation, self.source))
        return self._compiled


def _alternation(match: re.Match[str]) -> str:
    """`{months}` → a non-capturing alternation of that lexicon's normalised terms."""
    name = match.group(1)
    return _lexicon_alternation(name, lexicon_digest(name))


@cache
def _lexicon_alternation(name: str, content: str) -> str:
    """Worked out once per lexicon content and kept in the disk cache: a dozen patterns
    share `{numbers}`, whose thousands of terms take about 0.15 s to normalise and factor."""

    def build() -> str:
        terms = {normalize_term(t) for _e, _l, t in load_lexicon(name).iter_terms()}
        return trie_alternation(terms)

    return cached("alternations", digest([name, content, *_code()]), build)


def trie_alternation(terms: set[str]) -> str:
    """The terms as one regex factored by common prefixes ("un(?:o|a)?" rather than
    "uno|una|un"): the same matches as the flat alternation, longest first, but it compiles
    in a fraction of the time, which a one-file run pays on every start."""
    trie: dict[str, dict] = {}
    for term in terms:
        node = trie
        for ch in term:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        parts = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not parts:
            return ""
        body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
        if "" not in node:
            return body
        return f"(?:{body})?" if len(parts) == 1 else f"{body}?"

    return "(?:" + emit(trie) + ")"


def matched_lexicons() -> tuple[str, ...]:
    """Every lexicon under `lexicons/` that is matched in documents (`match: true`)."""
    names = sorted(p.stem for p in lexicons_dir().glob("*.yaml"))
    return tuple(n for n in names if load_lexicon(n).match)


def build_nlp(lang: str, lexicons: tuple[str, ...] | None = None) -> Language:
    """A blank pipeline for `lang` with the lexicon rule components (all matched lexicons)."""
    import spacy

    _register()
    lexicons = matched_lexicons() if lexicons is None else lexicons
    nlp = spacy.blank(lang)
    _without_bracket_emoticons(nlp)
    if lang == "ar":
        _split_stop_after_closer(nlp)
        _split_opener_after_letter(nlp)
    nlp.add_pipe("lexicon_terms", config={"lexicons": list(lexicons)})
    nlp.add_pipe("lexicon_patterns", config={"lexicons": list(lexicons)})
    return nlp


# A tokenizer exception made of punctuation with a bracket: an emoticon ("):", ":(", ")-:").
_BRACKET_EMOTICON = re.compile(r"[^\w\s]*[()][^\w\s]*")


def _without_bracket_emoticons(nlp: Language) -> None:
    """spaCy keeps emoticons whole, so the plural mark of a label before its colon
    ("Ley(es) aplicable(s):", "Charge(s):") became "(s" and "):", and no term ending in
    "(s)" matched there; notices hold no emoticons."""
    rules = nlp.tokenizer.rules or {}
    nlp.tokenizer.rules = {k: v for k, v in rules.items() if not _BRACKET_EMOTICON.fullmatch(k)}


# A full stop after a closing quote or bracket ('لرصد الانتهاكات".', '(القتل العمد).').
_STOP_AFTER_CLOSER = r"(?<=[\"'\)\]\}»”’])\."


def _split_stop_after_closer(nlp: Language) -> None:
    """spaCy's Arabic tokenizer splits a full stop only after a letter or a digit, so a word
    followed by a closing quote or bracket and a full stop ('الانتهاكات".') stayed one token
    and no term ending on that word matched. The stop after a closer becomes a suffix of its
    own, as the other languages' tokenizers already split it."""
    from spacy.util import compile_suffix_regex

    suffixes = [*nlp.Defaults.suffixes, _STOP_AFTER_CLOSER]
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search


# An opening quote written right after a one-letter proclitic ("المعروف بـ«X»", "الملقب ب«X»").
_OPENER_AFTER_LETTER = r"(?<=[\u0621-\u064a])[«“]"


def _split_opener_after_letter(nlp: Language) -> None:
    """spaCy's Arabic tokenizer kept "ب«X" as one token, so the alias cue "المعروف ب" did not
    match before a quoted alias written without a space; the quote becomes an infix."""
    from spacy.util import compile_infix_regex

    infixes = [*nlp.Defaults.infixes, _OPENER_AFTER_LETTER]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


@cache
def _cached(lang: str) -> Language:
    return build_nlp(lang)


def nlp_for(lang: str | None) -> Language:
    """The pipeline for a document language (English for anything unsupported); built once."""
    lang = lang if lang in SUPPORTED_LANGUAGES else "en"
    with _lock:
        return _cached(lang)
