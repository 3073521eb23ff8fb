"""OCR of one page image: passes, orientation, language, words with offsets and boxes.

Strategy (cheap for the common case, a clean upright English page = one Tesseract pass):
1. First pass with the manifest's languages (mapped to Tesseract codes), else `eng`.
2. Only if that pass looks wrong (few words or low mean confidence): OSD on the same file
   for rotation and script; rotate and redo, and use the Arabic models when the script is Arabic.
3. Without manifest hints: detect the language of the result; if it is another supported
   language (fr/es/ar), redo the pass with that language.
The best pass (by summed word confidence) wins. Every Tesseract call is budgeted and cached.
"""

from __future__ import annotations

import hashlib
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from pipeline.config import SUPPORTED_LANGUAGES, TESSERACT_LANG, settings
from pipeline.extract import tesseract
from pipeline.extract.language import Detection, detect
from pipeline.records import Word
from pipeline.text.normalize import PERSIAN_FORMS

WEAK_MIN_WORDS = 10
WEAK_MIN_CONFIDENCE = 60.0
OSD_MIN_ORIENTATION_CONF = 1.0
REDO_MIN_LANG_CONFIDENCE = 0.6
SCRIPT_LANG = {"Arabic": TESSERACT_LANG["ar"]}


@dataclass
class Pass:
    """One Tesseract pass over one image."""

    lang: str
    text: str
    words: list[Word]
    confidence: float | None
    rotation: int

    @property
    def score(self) -> float:
        """Summed confidence of the confident words: favours many well-read words."""
        return sum(w.conf for w in self.words if w.conf >= 50)

    def weak(self) -> bool:
        return len(self.words) < WEAK_MIN_WORDS or (self.confidence or 0.0) < WEAK_MIN_CONFIDENCE


@dataclass
class OcrResult:
    """What OCR tells about one page."""

    text: str
    words: list[Word]
    confidence: float | None
    low_confidence: bool
    rotation: int
    languages: str
    detection: Detection
    preprocessing: list[str] = field(default_factory=list)
    seconds: float = 0.0


def hint_languages(hints: Sequence[str]) -> str | None:
    """Manifest languages (ISO 639-1) as a Tesseract language string, or None."""
    codes = [TESSERACT_LANG[h] for h in dict.fromkeys(hints) if h in SUPPORTED_LANGUAGES]
    return "+".join(codes) or None


# The Arabic-script model writes Persian forms for what Arabic documents print: Extended
# Arabic-Indic digits (۲ for ٢), keheh and Farsi yeh. None of the supported languages uses
# them, so each is read as its Arabic letter or digit (one character for one: offsets hold).
_SCRIPT_FOLD = str.maketrans(
    {**{chr(0x06F0 + d): chr(0x0660 + d) for d in range(10)}, **PERSIAN_FORMS}
)
# A doubled section sign "§§" (several sections: "§§ 146, 147 StGB") comes out "$$". No
# currency is written with two dollar signs, so the word "$$" is the sign (same length).
_DOUBLE_SECTION = {"$$": "§§"}


def build_text(
    data: dict[str, Any], width: int, height: int
) -> tuple[str, list[Word], float | None]:
    """Page text from Tesseract's word table: words joined by spaces, lines by newlines,
    paragraphs and blocks by a blank line; each word keeps its offsets and its box as
    fractions of the image. Persian forms of Arabic letters and digits are folded, a word
    "$$" is read as the doubled section sign "§§"."""
    parts: list[str] = []
    words: list[Word] = []
    pos = 0
    prev: tuple[int, int, int] | None = None
    texts = data.get("text", [])
    for i, raw in enumerate(texts):
        token = raw.strip().translate(_SCRIPT_FOLD)
        token = _DOUBLE_SECTION.get(token, token)
        conf = data["conf"][i]
        if not token or conf < 0:
            continue
        line = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
        if prev is not None:
            sep = " " if line == prev else "\n" if line[:2] == prev[:2] else "\n\n"
            parts.append(sep)
            pos += len(sep)
        prev = line
        left, top = data["left"][i], data["top"][i]
        w, h = data["width"][i], data["height"][i]
        words.append(
            Word(
                text=token,
                start=pos,
                end=pos + len(token),
                x0=round(left / width, 5),
                y0=round(top / height, 5),
                x1=round((left + w) / width, 5),
                y1=round((top + h) / height, 5),
                conf=float(conf),
            )
        )
        parts.append(token)
        pos += len(token)
    confidence = round(sum(w.conf for w in words) / len(words), 2) if words else None
    return "".join(parts), words, confidence


class _Image:
    """An image file for Tesseract, with its content hash; pixels decoded only if needed."""

    def __init__(self, path: Path, sha: str, size: tuple[int, int],
                 gray: np.ndarray | None = None) -> None:
        self.path, self.sha, self.size = path, sha, size
        self._gray = gray

    @classmethod
    def from_gray(cls, gray: np.ndarray, folder: Path, name: str) -> _Image:
        """Write a greyscale array once as a PGM file."""
        gray = np.ascontiguousarray(gray, dtype=np.uint8)
        h, w = gray.shape
        header = b"P5\n%d %d\n255\n" % (w, h)
        path = folder / f"{name}.pgm"
        digest = hashlib.sha256(header)
        digest.update(memoryview(gray).cast("B"))
        with open(path, "wb") as f:
            f.write(header)
            f.write(memoryview(gray).cast("B"))
        return cls(path, digest.hexdigest(), (w, h), gray)

    @classmethod
    def from_bytes(cls, data: bytes, folder: Path, name: str, size: tuple[int, int]) -> _Image:
        """An encoded image (e.g. a scan's JPEG) given to Tesseract as it is."""
        path = folder / name
        path.write_bytes(data)
        return cls(path, hashlib.sha256(data).hexdigest(), size)

    @property
    def gray(self) -> np.ndarray:
        if self._gray is None:
            from PIL import Image

            with Image.open(self.path) as im:
                self._gray = np.asarray(im.convert("L"), dtype=np.uint8)
        return self._gray


def _pass(image: _Image, lang: str, rotation: int, config: str) -> Pass:
    data = tesseract.image_to_data(image.path, lang, config=config, image_sha=image.sha)
    width, height = image.size
    text, words, conf = build_text(data, width, height)
    return Pass(lang=lang, text=text, words=words, confidence=conf, rotation=rotation)


def _rotate(gray: np.ndarray, degrees_cw: int) -> np.ndarray:
    """Turn the image clockwise by a multiple of 90 degrees."""
    return np.rot90(gray, k=-(degrees_cw // 90) % 4)


def ocr_image(
    gray: np.ndarray,
    *,
    hints: Sequence[str] = (),
    dpi: int | None = None,
    preprocessing: Sequence[str] = (),
    rotation: int = 0,
) -> OcrResult:
    """OCR one greyscale page image (uint8, HxW) following the module's strategy.

    `rotation` is what earlier steps (EXIF) already turned; the result's rotation adds the
    OSD correction (clockwise degrees)."""
    with tempfile.TemporaryDirectory(prefix="triage-ocr-") as tmp:
        image = _Image.from_gray(gray, Path(tmp), "page")
        return _ocr(image, Path(tmp), hints, dpi, preprocessing, rotation)


def ocr_encoded(
    data: bytes,
    suffix: str,
    size: tuple[int, int],
    *,
    hints: Sequence[str] = (),
    dpi: int | None = None,
    preprocessing: Sequence[str] = (),
) -> OcrResult:
    """OCR an encoded page image (a scan's own JPEG) without decoding it here."""
    with tempfile.TemporaryDirectory(prefix="triage-ocr-") as tmp:
        image = _Image.from_bytes(data, Path(tmp), f"page{suffix}", size)
        return _ocr(image, Path(tmp), hints, dpi, preprocessing, 0)


def _ocr(
    image: _Image,
    folder: Path,
    hints: Sequence[str],
    dpi: int | None,
    preprocessing: Sequence[str],
    rotation: int,
) -> OcrResult:
    """The module's strategy on one image file (see the module doc)."""
    started = time.perf_counter()
    config = f"--dpi {dpi}" if dpi else ""
    hinted = hint_languages(hints)
    lang = hinted or "eng"
    best = _pass(image, lang, 0, config)
    best_image = image
    if best.weak():
        osd = tesseract.osd(image.path, image_sha=image.sha)
        script_lang = SCRIPT_LANG.get(osd.get("script") or "")
        if script_lang and osd.get("script_confidence", 0) > 0.5 and script_lang not in lang:
            lang = script_lang
        turn = osd.get("rotate", 0) % 360
        if turn and osd.get("orientation_confidence", 0) >= OSD_MIN_ORIENTATION_CONF:
            turned = _Image.from_gray(_rotate(image.gray, turn), folder, f"rot{turn}")
            candidate = _pass(turned, lang, turn, config)
            if candidate.score > best.score:
                best, best_image = candidate, turned
        if lang != best.lang:
            candidate = _pass(best_image, lang, best.rotation, config)
            if candidate.score > best.score:
                best = candidate
    detection = detect(best.text)
    if not hinted and detection.language and detection.confidence >= REDO_MIN_LANG_CONFIDENCE:
        want = TESSERACT_LANG[detection.language]
        if want not in best.lang.split("+"):
            candidate = _pass(best_image, want, best.rotation, config)
            if candidate.score >= best.score * 0.9:
                best = candidate
                detection = detect(best.text)
    low = best.confidence is None or best.confidence < settings().low_confidence
    return OcrResult(
        text=best.text,
        words=best.words,
        confidence=best.confidence,
        low_confidence=low,
        rotation=(rotation + best.rotation) % 360,
        languages=best.lang,
        detection=detection,
        preprocessing=list(preprocessing),
        seconds=round(time.perf_counter() - started, 3),
    )
