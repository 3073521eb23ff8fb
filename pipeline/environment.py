"""Checks that the machine has what the pipeline needs, with the command that fixes it."""

from __future__ import annotations

import shutil
import subprocess
from functools import lru_cache

from pipeline.errors import EnvironmentProblem

TESSERACT_PACKAGES = (
    "tesseract-ocr tesseract-ocr-eng tesseract-ocr-fra tesseract-ocr-spa "
    "tesseract-ocr-ara tesseract-ocr-osd"
)
TESSERACT_FIX = f"sudo apt-get update && sudo apt-get install -y {TESSERACT_PACKAGES}"
NEEDED_LANGS = ("eng", "fra", "spa", "ara", "osd")


@lru_cache(maxsize=1)
def check_tesseract() -> str:
    """Return Tesseract's version; raise `EnvironmentProblem` if it or a language is missing."""
    exe = shutil.which("tesseract")
    if exe is None:
        raise EnvironmentProblem(f"Tesseract OCR is not installed. Install it: {TESSERACT_FIX}")
    out = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, check=False)
    have = {line.strip() for line in (out.stdout + out.stderr).splitlines()}
    missing = [lang for lang in NEEDED_LANGS if lang not in have]
    if missing:
        raise EnvironmentProblem(
            f"Tesseract language data missing: {', '.join(missing)}. Install it: {TESSERACT_FIX}"
        )
    version = subprocess.run([exe, "--version"], capture_output=True, text=True, check=False)
    return (version.stdout or version.stderr).splitlines()[0].strip()
