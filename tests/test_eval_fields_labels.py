"""The labelled field documents under `data/eval/fields/` pass their own checker: every
"as written" label is a substring of its text, counts per language, render and type hold.
A label edited by hand (a clause added to a charge) must still be found in the text."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

CHECKER = Path(__file__).resolve().parents[1] / "data" / "eval" / "check_fields.py"


def _checker():
    spec = importlib.util.spec_from_file_location("check_fields", CHECKER)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_every_field_document_passes_the_checker(capsys: pytest.CaptureFixture[str]) -> None:
    assert _checker().main([]) == 0, capsys.readouterr().out


def test_checker_reports_a_label_missing_from_the_text(tmp_path: Path) -> None:
    source = sorted((CHECKER.parent / "fields").glob("en-*.yaml"))[0].read_text("utf-8")
    broken = tmp_path / "en-broken.yaml"
    broken.write_text(source.replace("charges: [", 'charges: ["no such charge here", ', 1), "utf-8")
    _, errors = _checker().check_file(broken)
    assert any("no such charge here" in e for e in errors)
