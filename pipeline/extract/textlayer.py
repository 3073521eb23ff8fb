"""Is a PDF page's text layer real text or garbage? Named signals, each testable alone.

Each signal takes the page text (and what else it needs) and returns a reason string
("code: detail") when it fires, else None. `garbage_reasons` runs them all; a page with any
reason is OCR'd and the reasons land in `Page.ocr_reasons`. Every signal is one cheap pass
over the text (a 200-page text PDF must extract almost as fast as pypdfium2 alone).
"""

from __future__ import annotations

import re

from pipeline.extract.language import Detection

CID_RE = re.compile(r"\(cid:\d+\)")
TOKEN_RE = re.compile(r"\S+")
STRIP = "\"'«»“”‘’()[]{}<>.,;:!?¡¿-–—/\\|*•·…%"

LATIN_VOWELS = set("aeiouyàáâãäåæèéêëìíîïòóôõöøœùúûüýÿ")
STOPWORDS_BY_LANGUAGE = {
    "en": "the of and to in is for on by with that this was be as at from or an are has have not",
    "fr": "le la les de des du et en un une est pour par dans sur au aux que qui il elle ne pas",
    "es": "el los las del y por con para una que se su al es como lo sus fue",
    "ar": "في من على إلى عن أن ان التي الذي هذا هذه مع و أو تم",
}
STOPWORDS = frozenset(w for words in STOPWORDS_BY_LANGUAGE.values() for w in words.split())

CID_MIN = 3
BAD_CHAR_SHARE = 0.05
MIN_TOKENS = 2
MIN_WORD_CHARS = 20
MAX_WORD_LEN = 30
RECOGNISABLE_SHARE = 0.5
STOPWORD_MIN_TOKENS = 40
STOPWORD_SHARE = 0.02
NEAR_EMPTY_CHARS = 40
LANG_MIN_LETTERS = 80
LANG_MIN_CONFIDENCE = 0.35


def cid_codes(text: str) -> str | None:
    """`(cid:N)` runs: glyph ids an extractor could not map to characters."""
    n = len(CID_RE.findall(text))
    return f"cid-codes: {n} (cid:N) glyph codes" if n >= CID_MIN else None


BAD_CHAR_RE = re.compile(
    "[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ud800-\uf8ff\ufffd\ufffe\uffff\U000f0000-\U0010ffff]"
)
SPACE_RE = re.compile(r"\s+")


def bad_characters(text: str) -> str | None:
    """Share of private-use, control, unassigned or replacement characters among non-spaces."""
    total = len(SPACE_RE.sub("", text))
    if not total:
        return None
    bad = len(BAD_CHAR_RE.findall(text))
    share = bad / total
    if share > BAD_CHAR_SHARE and bad >= 3:
        return f"bad-characters: {share:.0%} private-use/control characters"
    return None


def _script(ch: str) -> str | None:
    o = ord(ch)
    if o < 0x250 or 0x1E00 <= o < 0x1F00:
        return "latin"
    if 0x600 <= o < 0x700 or 0x750 <= o < 0x780 or 0xFB50 <= o < 0xFE00 or 0xFE70 <= o < 0xFF00:
        return "arabic"
    if 0x370 <= o < 0x530:
        return "greek-cyrillic"
    return "other"


def plausible_word(token: str) -> bool:
    """Letters of one script, with a vowel/consonant mix a real word in our languages has."""
    word = token.strip(STRIP)
    if not word or not word.isalpha():
        return False
    scripts = {_script(ch) for ch in word}
    if len(scripts) != 1:
        return False
    script = scripts.pop()
    if script == "arabic":
        return len(word) <= 20
    if script != "latin":
        return False
    if len(word) == 1:
        return True  # "a", "y", "à", initials
    if len(word) > MAX_WORD_LEN:
        return False
    lower = word.lower()
    if not word.isupper() and not word.islower() and not word.istitle():
        return False  # "KHfRxU": mixed case inside a word
    vowels = sum(ch in LATIN_VOWELS for ch in lower)
    if len(word) <= 3:
        return vowels >= 1 or word.isupper()  # "Mr", "US", "GB" pass as upper case only
    if vowels == 0 or vowels / len(word) > 0.8:
        return False
    run = 0
    for ch in lower:
        run = 0 if ch in LATIN_VOWELS else run + 1
        if run > 5:
            return False
    return True


def _word_tokens(text: str) -> list[str]:
    """Tokens that should be words: everything except bare numbers and punctuation."""
    tokens = []
    for tok in TOKEN_RE.findall(text):
        core = tok.strip(STRIP)
        if core and not re.fullmatch(r"[\d.,:/°ºª+\-–]+", core):
            tokens.append(core)
    return tokens


def recognisable_words(text: str) -> str | None:
    """Low share of characters in tokens that look like words of a supported language
    (character-weighted, so garbage without spaces, one huge "token", counts in full)."""
    tokens = _word_tokens(text)
    total = sum(len(t) for t in tokens)
    if len(tokens) < MIN_TOKENS or total < MIN_WORD_CHARS:
        return None
    good = sum(len(t) for t in tokens if plausible_word(t))
    share = good / total
    if share < RECOGNISABLE_SHARE:
        return f"few-recognisable-words: {share:.0%} of {len(tokens)} tokens' letters form words"
    return None


def stopwords(text: str) -> str | None:
    """Long text with almost none of the commonest words of en/fr/es/ar."""
    tokens = _word_tokens(text)
    if len(tokens) < STOPWORD_MIN_TOKENS:
        return None
    hits = sum(t.lower() in STOPWORDS for t in tokens)
    share = hits / len(tokens)
    if share < STOPWORD_SHARE:
        return f"no-stopwords: {hits} common words in {len(tokens)} tokens"
    return None


def near_empty_with_images(text: str, has_images: bool) -> str | None:
    """No or almost no text on a page that carries images (a scan, perhaps with a stamp)."""
    n = len(SPACE_RE.sub("", text))
    if has_images and n < NEAR_EMPTY_CHARS:
        return "no-text-layer: page is an image" if n == 0 else f"near-empty-text: {n} characters"
    return None


def uncertain_language(text: str, detection: Detection) -> str | None:
    """Enough letters, yet no supported language is recognised with confidence."""
    letters = sum(1 for ch in text[:2000] if ch.isalpha())
    if letters < LANG_MIN_LETTERS:
        return None
    if detection.language is None or detection.confidence < LANG_MIN_CONFIDENCE:
        return f"uncertain-language: confidence {detection.confidence:.2f}"
    return None


def garbage_reasons(text: str, *, has_images: bool, detection: Detection) -> list[str]:
    """Every signal that fires on this page's text layer (empty list: the text is usable)."""
    checks = (
        cid_codes(text),
        bad_characters(text),
        recognisable_words(text),
        stopwords(text),
        near_empty_with_images(text, has_images),
        uncertain_language(text, detection),
    )
    return [reason for reason in checks if reason]
