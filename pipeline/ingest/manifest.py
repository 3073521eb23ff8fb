"""The optional packet manifest (`packet.yaml` or `packet.yml` at the packet root)."""

from __future__ import annotations

import difflib
import re
from typing import Any, get_args

import yaml
from pydantic import ValidationError

from pipeline.errors import ManifestError
from pipeline.records import DocType, Manifest, NoticeType

MANIFEST_NAMES = ("packet.yaml", "packet.yml")

_ALLOWED = {"notice_type": get_args(NoticeType), "documents": get_args(DocType)}
_PATTERN_HINTS = {
    "issuing_country": "an ISO 3166-1 alpha-2 country code in upper case (e.g. TR)",
    "languages": "an ISO 639-1 language code in lower case (e.g. en)",
}
_STRING_KEYS = ("issuing_country", "reference", "received")


class _Loader(yaml.SafeLoader):
    """Safe YAML with only true/false as booleans (so `no` stays a language), dates as
    text, and duplicate keys refused."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=True)
            if isinstance(key, str | int | float | bool) and key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"duplicate key {key!r}", key_node.start_mark
                )
            seen.add(key)
        return super().construct_mapping(node, deep)


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if not tag.endswith((":bool", ":timestamp"))]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


def is_manifest_name(path: str) -> bool:
    """True for `packet.yaml` / `packet.yml` (any case) at the packet root."""
    return "/" not in path and path.lower() in MANIFEST_NAMES


def parse_manifest(data: bytes, name: str = "packet.yaml") -> Manifest:
    """Validate manifest bytes into a `Manifest`; an empty file declares nothing.

    Raises `ManifestError` naming the file, the key path, the reason and the
    allowed values (or the line and column of a YAML syntax error).
    """
    try:
        raw = yaml.load(data, Loader=_Loader)  # a SafeLoader subclass
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
        reason = " ".join(p for p in (exc.context, exc.problem) if p)
        raise ManifestError(f"{name}: {where}invalid YAML: {reason}", file=name) from None
    except yaml.YAMLError as exc:
        raise ManifestError(f"{name}: invalid YAML: {exc}", file=name) from None
    if raw is None:
        return Manifest()
    if not isinstance(raw, dict):
        raise ManifestError(
            f"{name}: the top level must be a mapping of keys "
            f"({', '.join(Manifest.model_fields)}), not a {type(raw).__name__}",
            file=name,
        )
    for key in _STRING_KEYS:
        if isinstance(raw.get(key), int | float) and not isinstance(raw.get(key), bool):
            raw[key] = str(raw[key])
    try:
        return Manifest.model_validate(raw)
    except ValidationError as exc:
        problems = "; ".join(_describe(err) for err in exc.errors())
        raise ManifestError(f"{name}: {problems}", file=name) from None


def _describe(err: Any) -> str:
    """One validation problem in words: key path, reason, allowed values."""
    loc, kind, value = err["loc"], err["type"], err.get("input")
    path = _key_path(loc)
    if kind == "extra_forbidden":
        keys = list(Manifest.model_fields)
        close = difflib.get_close_matches(str(loc[-1]), keys, n=1)
        hint = f" (did you mean {close[0]}?)" if close else ""
        return f"unknown key {loc[-1]!r}{hint}; allowed keys: {', '.join(keys)}"
    if kind == "literal_error":
        allowed = _ALLOWED.get(str(loc[0])) or (err.get("ctx", {}).get("expected", ""),)
        return f"{path}: {value!r} is not one of {', '.join(allowed)}"
    if kind == "string_pattern_mismatch":
        hint = _PATTERN_HINTS.get(str(loc[0]), f"matching {err['ctx']['pattern']}")
        return f"{path}: {value!r} is not {hint}"
    return f"{path}: {err['msg'].lower()} (got {value!r})"


def _key_path(loc: tuple[Any, ...]) -> str:
    """('documents', 'a.pdf') -> "documents['a.pdf']"; ('languages', 1) -> 'languages[1]'."""
    head, *rest = loc or ("(top level)",)
    return str(head) + "".join(f"[{part!r}]" for part in rest)
