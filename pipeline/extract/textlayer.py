"""Is a PDF page's text layer real text or garbage? Named signals, each testable alone.

Each signal takes the page text (and what else it needs) and returns a reason string
("code: detail") when it fires, else None. `garbage_reasons` runs them all; a page with any
reason is OCR'd and the reasons land in `Page.ocr_reasons`. Every signal is one cheap pass
over the text (a 200-page text PDF must extract almost as fast as pypdfium2 alone).
"""

from __future__ import annotations

import re

from pipeline.extract.language import Detection, sample

CID_RE = re.compile(r"\(cid:\d+\)")
TOKEN_RE = re.compile(r"\S+")

STOPWORDS_BY_LANGUAGE = {
    "en": "the of and to in is for on by with that this was be as at from or an are has have not",
    "fr": "le la les de des du et en un une est pour par dans sur au aux que qui il elle ne pas",
    "es": "el los las del y por con para una que se su al es como lo sus fue",
    "ar": "في من على إلى عن أن ان التي الذي هذا هذه مع و أو تم",
}
STOPWORDS = frozenset(w for words in STOPWORDS_BY_LANGUAGE.values() for w in words.split())

CID_MIN = 3
BAD_CHAR_SHARE = 0.05
MIN_WORD_LETTERS = 20
MAX_WORD_LEN = 30
RECOGNISABLE_SHARE = 0.5
STOPWORD_MIN_TOKENS = 30
STOPWORD_SHARE = 0.02
PROSE_STOPWORD_SHARE = 0.08  # above this, skip the letter-level word check
NEAR_EMPTY_CHARS = 40
WORD_SAMPLE_CHARS = 600  # word signals judge a bounded sample (start and middle)
WORD_CHECK_CHARS = 300
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


LATIN = "A-Za-zÀ-ÖØ-öø-ÿŒœ"
CONSONANTS = "bcdfghjklmnpqrstvwxzçñ"
VOWELS = "aeiouyàáâãäåæèéêëìíîïòóôõöøœùúûüýÿ"
OPEN = "(\\[\"'«“‘¿¡"
CLOSE = ")\\]\"'»”’.,;:!?،؛؟"
PLAUSIBLE_LATIN_RE = re.compile(
    rf"(?<!\S)[{OPEN}]*"
    rf"(?=[^\s]*?[{VOWELS}])"  # a vowel somewhere
    rf"(?![^\s]*?[{CONSONANTS}]{{6}})"  # no run of six consonants
    rf"([{LATIN}](?:[{LATIN}'’-]{{0,{MAX_WORD_LEN - 2}}}[{LATIN}])?)"
    rf"[{CLOSE}]*(?!\S)",
    re.IGNORECASE,
)
ARABIC_LETTERS = "\u0621-\u064a\u064b-\u0652\u0640\u066e-\u06d3"
PLAUSIBLE_ARABIC_RE = re.compile(rf"(?<!\S)[{OPEN}]*([{ARABIC_LETTERS}]{{1,20}})[{CLOSE}]*(?!\S)")
LETTER_RE = re.compile(r"[^\W\d_]")
ARABIC_ANY_RE = re.compile(r"[\u0600-\u06ff]")


def _plausible_letters(text: str) -> int:
    latin = sum(len(m.group(1)) for m in PLAUSIBLE_LATIN_RE.finditer(text))
    if not ARABIC_ANY_RE.search(text):
        return latin
    return latin + sum(len(m.group(1)) for m in PLAUSIBLE_ARABIC_RE.finditer(text))


def plausible_word(token: str) -> bool:
    """A whitespace-free token made of letters of one script (Latin or Arabic), with the
    vowel/consonant mix a real word in our languages has; punctuation around it allowed."""
    token = token.strip()
    return bool(PLAUSIBLE_LATIN_RE.fullmatch(token) or PLAUSIBLE_ARABIC_RE.fullmatch(token))


def recognisable_words(text: str) -> str | None:
    """Low share of letters standing in plausible words (letter-weighted, so garbage without
    spaces, one huge "token", or letters glued to digits and symbols counts in full)."""
    letters = len(LETTER_RE.findall(text))
    if letters < MIN_WORD_LETTERS:
        return None
    share = min(1.0, _plausible_letters(text) / letters)
    if share < RECOGNISABLE_SHARE:
        return f"few-recognisable-words: {share:.0%} of {letters} letters form plausible words"
    return None


def stopwords(text: str) -> str | None:
    """Long text with almost none of the commonest words of en/fr/es/ar."""
    tokens, share = stopword_share(text)
    if tokens >= STOPWORD_MIN_TOKENS and share < STOPWORD_SHARE:
        return f"no-stopwords: {share:.0%} common words in {tokens} tokens"
    return None


def near_empty_with_images(text: str, has_images: bool) -> str | None:
    """No or almost no text on a page that carries images (a scan, perhaps with a stamp)."""
    if not has_images:
        return None
    n = len(SPACE_RE.sub("", text))
    if n < NEAR_EMPTY_CHARS:
        return "no-text-layer: page is an image" if n == 0 else f"near-empty-text: {n} characters"
    return None


def uncertain_language(text: str, detection: Detection) -> str | None:
    """Enough letters, yet no supported language is recognised with confidence."""
    if len(LETTER_RE.findall(text, 0, 400)) < LANG_MIN_LETTERS:
        return None
    if detection.language is None or detection.confidence < LANG_MIN_CONFIDENCE:
        return f"uncertain-language: confidence {detection.confidence:.2f}"
    return None


def stopword_share(text: str) -> tuple[int, float]:
    """Number of tokens and the share of them that are common words of en/fr/es/ar."""
    tokens = text.lower().split()
    if not tokens:
        return 0, 0.0
    return len(tokens), sum(1 for t in tokens if t in STOPWORDS) / len(tokens)


def garbage_reasons(text: str, *, has_images: bool, detection: Detection) -> list[str]:
    """Every signal that fires on this page's text layer (empty list: the text is usable).

    Word signals judge a bounded sample; the letter-level word check is skipped when the
    sample is plainly prose (many common words and no bad characters), which keeps a
    200-page text PDF close to pypdfium2's own speed."""
    probe = sample(text, WORD_SAMPLE_CHARS)
    reasons = [
        cid_codes(text),
        bad_characters(probe),
        stopwords(probe),
        near_empty_with_images(text, has_images),
        uncertain_language(probe, detection),
    ]
    tokens, share = stopword_share(probe)
    if any(reasons) or tokens < STOPWORD_MIN_TOKENS or share < PROSE_STOPWORD_SHARE:
        reasons.insert(2, recognisable_words(sample(probe, WORD_CHECK_CHARS)))
    return [reason for reason in reasons if reason]
