"""Thin, budgeted, cached calls to the Tesseract binary (through pytesseract, on file paths).

Every call: sets `OMP_THREAD_LIMIT=1` (Tesseract's OpenMP build is 5x slower without it),
holds a slot of the process-wide worker budget, honours the per-page time-out, and is
cached by image hash + language + version + config. Missing Tesseract or language data
raises `EnvironmentProblem` with the command that fixes it.
"""

from __future__ import annotations

import functools
import hashlib
import os
import re
import sys
import threading
from pathlib import Path
from typing import Any

from pipeline.config import settings
from pipeline.errors import EnvironmentProblem, OCRTimeout
from pipeline.extract import cache
from pipeline.extract.workers import tesseract_slot

INSTALL_FIX = (
    "sudo apt-get install -y tesseract-ocr tesseract-ocr-eng tesseract-ocr-fra "
    "tesseract-ocr-spa tesseract-ocr-ara tesseract-ocr-script-arab tesseract-ocr-osd"
)

# Counts Tesseract processes actually started (tests use it to prove cache hits).
calls = {"data": 0, "osd": 0}
_calls_lock = threading.Lock()


def _missing(what: str) -> EnvironmentProblem:
    return EnvironmentProblem(f"{what}. Install it with: {INSTALL_FIX}", code="tesseract-missing")


def _prepare_env() -> None:
    os.environ["OMP_THREAD_LIMIT"] = "1"


_import_lock = threading.Lock()


def _pytesseract() -> Any:
    """pytesseract, imported without pandas.

    pytesseract imports pandas at import time (0.6 s) only to offer DataFrame output, which
    this project never asks for; hiding pandas during that one import keeps a one-file
    `triage extract` near two seconds. If pandas is already loaded nothing is hidden.
    """
    with _import_lock:
        if "pytesseract" in sys.modules or "pandas" in sys.modules:
            import pytesseract
        else:
            sys.modules["pandas"] = None  # type: ignore[assignment]  # import raises ImportError
            try:
                import pytesseract
            finally:
                del sys.modules["pandas"]
    return pytesseract


_probe_lock = threading.Lock()


def _probed(fn: Any) -> Any:
    """`lru_cache` plus a lock: page threads asking at once start one process, not three."""
    cached = functools.lru_cache(maxsize=1)(fn)

    @functools.wraps(fn)
    def wrapper() -> Any:
        with _probe_lock:
            return cached()

    wrapper.cache_clear = cached.cache_clear  # type: ignore[attr-defined]
    return wrapper


# Where Debian and source builds keep language data; a directory's mtime changes when a
# language pack is installed or removed, so it is part of the probes' cache key.
_TESSDATA_GLOBS = ("/usr/share/tesseract-ocr/*/tessdata", "/usr/share/tessdata",
                   "/usr/local/share/tessdata")


def _probe_key() -> str | None:
    """What the probes' answers depend on: the binary (path, size, mtime) and the language
    data folders; None when the binary is not found (probe live, so the error is real)."""
    import glob
    import shutil

    from pipeline.diskcache import digest

    binary = shutil.which(_pytesseract().pytesseract.tesseract_cmd)
    if binary is None:
        return None
    folders = [os.environ.get("TESSDATA_PREFIX", "")]
    folders += sorted(d for pattern in _TESSDATA_GLOBS for d in glob.glob(pattern))
    parts = []
    for path in [os.path.realpath(binary), *filter(None, folders)]:
        try:
            st = os.stat(path)
        except OSError:
            continue
        parts.append(f"{path}:{st.st_size}:{st.st_mtime_ns}")
    return digest(parts)


def _probe(name: str, run: Any) -> Any:
    """A probe's answer from the build cache (`TRIAGE_CACHE`), else from Tesseract itself:
    starting Tesseract twice costs ~0.4 s before a one-file `triage extract` reads a page."""
    from pipeline.diskcache import cached

    pytesseract = _pytesseract()
    _prepare_env()
    try:
        key = _probe_key()
        return run() if key is None else cached(f"tesseract-{name}", key, run)
    except pytesseract.TesseractNotFoundError as exc:
        raise _missing("Tesseract is not installed or not on PATH") from exc


@_probed
def version() -> str:
    """The Tesseract version string (one process per installation, cached)."""
    return _probe("version", lambda: str(_pytesseract().get_tesseract_version()))


@_probed
def installed_languages() -> frozenset[str]:
    """Tesseract language data present on this machine (cached per installation)."""
    return _probe("languages-v2", _list_languages)


def _list_languages() -> frozenset[str]:
    """`tesseract --list-langs`, read here: pytesseract's own parser keeps lowercase names
    only and so drops script models such as `Arabic`."""
    import subprocess

    pytesseract = _pytesseract()
    try:
        out = subprocess.run([pytesseract.pytesseract.tesseract_cmd, "--list-langs"],
                             capture_output=True, text=True, check=False)
    except OSError as exc:
        raise pytesseract.TesseractNotFoundError() from exc
    lines = (out.stdout or out.stderr).splitlines()
    return frozenset(s for line in lines[1:] if (s := line.strip()) and " " not in s)


def require(lang: str) -> None:
    """Raise `EnvironmentProblem` unless every language of `lang` ('fra+eng') is installed."""
    have = installed_languages()
    missing = [code for code in lang.split("+") if code not in have]
    if missing:
        raise _missing(f"Tesseract language data missing: {', '.join(missing)}")


def check_installed() -> None:
    """Fail early (before a batch starts) unless Tesseract and every language we OCR are here."""
    require("eng+fra+spa+ara+Arabic+osd")


def file_sha256(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def _run(kind: str, path: Path, lang: str, config: str, image_sha: str | None) -> Any:
    pytesseract = _pytesseract()

    _prepare_env()
    require(lang)  # Tesseract only warns, and goes on without it, when one language is missing
    key = cache.cache_key(image_sha or file_sha256(path), lang, version(), f"{kind} {config}")
    hit = cache.get(key)
    if hit is not None:
        return hit
    timeout = settings().ocr_timeout_s
    try:
        with tesseract_slot():
            with _calls_lock:
                calls[kind] += 1
            if kind == "data":
                # what `pytesseract.image_to_data` runs, without its own `tesseract
                # --version` check (one more process per run; `version()` is cached)
                out = pytesseract.run_and_get_output(
                    str(path), "tsv", lang, f"-c tessedit_create_tsv=1 {config}".strip(), 0,
                    timeout,
                )
                raw = pytesseract.pytesseract.file_to_dict(out, "\t", -1)
            else:
                raw = pytesseract.image_to_osd(str(path), lang=lang, config=config,
                                               timeout=timeout)
    except pytesseract.TesseractNotFoundError as exc:
        raise _missing("Tesseract is not installed or not on PATH") from exc
    except pytesseract.TesseractError as exc:
        text = str(exc)
        if "Failed loading language" in text or "Could not initialize tesseract" in text:
            raise _missing(f"Tesseract language data missing for '{lang}'") from exc
        if kind == "osd":
            raw = ""  # "Too few characters": no orientation to report
        else:
            raise
    except RuntimeError as exc:
        if "timeout" in str(exc).lower():
            raise OCRTimeout(f"Tesseract took longer than {timeout} s") from exc
        raise
    value = _data_value(raw) if kind == "data" else _osd_value(raw)
    cache.put(key, value)
    return value


def _data_value(raw: dict[str, list[Any]]) -> dict[str, Any]:
    """Keep only the TSV columns we use, as JSON-friendly lists."""
    cols = ("block_num", "par_num", "line_num", "left", "top", "width", "height", "conf", "text")
    out: dict[str, Any] = {}
    for col in cols:
        values = raw.get(col, [])
        if col == "text":
            out[col] = [str(v) for v in values]
        elif col == "conf":
            out[col] = [float(v) for v in values]
        else:
            out[col] = [int(v) for v in values]
    return out


def _osd_value(raw: str) -> dict[str, Any]:
    rotate = re.search(r"Rotate:\s*(\d+)", raw)
    script = re.search(r"Script:\s*(\w+)", raw)
    orient_conf = re.search(r"Orientation confidence:\s*([\d.]+)", raw)
    script_conf = re.search(r"Script confidence:\s*([\d.]+)", raw)
    return {
        "rotate": int(rotate.group(1)) if rotate else 0,
        "orientation_confidence": float(orient_conf.group(1)) if orient_conf else 0.0,
        "script": script.group(1) if script else None,
        "script_confidence": float(script_conf.group(1)) if script_conf else 0.0,
    }


def image_to_data(
    path: Path, lang: str, *, config: str = "", image_sha: str | None = None
) -> dict[str, Any]:
    """Tesseract's word table (TSV columns) for the image file at `path`."""
    return _run("data", path, lang, config, image_sha)


def osd(path: Path, *, image_sha: str | None = None) -> dict[str, Any]:
    """Orientation and script of the image at `path` ({'rotate', 'script', ...})."""
    return _run("osd", path, "osd", "--psm 0", image_sha)
