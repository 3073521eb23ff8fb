"""Lexicons: domain knowledge as validated YAML files in `<repo>/lexicons/`."""

from pipeline.lexicons.loader import LexiconError, clear_cache, lexicon_path, load_lexicon
from pipeline.lexicons.schema import ExceptionRule, Language, Lexicon, LexiconEntry

__all__ = [
    "ExceptionRule",
    "Language",
    "Lexicon",
    "LexiconEntry",
    "LexiconError",
    "clear_cache",
    "lexicon_path",
    "load_lexicon",
]
