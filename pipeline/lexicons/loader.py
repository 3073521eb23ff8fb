"""Load a lexicon file, or fail with the file, line and reason of each problem.

The YAML is composed into a node tree first, because nodes keep their start
marks: duplicate keys are found on the tree, and every pydantic error
location (`entries[12].terms.de`) is walked back down the tree to the node
it names, whose line is reported. A domain expert editing the file by hand
gets `lexicons/iccs.yaml:241: entries[37] (iccs.02011) terms.de: ...`.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml
from pydantic import ValidationError
from pydantic_core import ErrorDetails

from pipeline.config import repo_root
from pipeline.errors import TriageError
from pipeline.lexicons.schema import Lexicon, Loc

try:
    _Loader: type[yaml.SafeLoader] = yaml.CSafeLoader  # type: ignore[assignment]
except AttributeError:  # pragma: no cover - PyYAML built without libyaml
    _Loader = yaml.SafeLoader

MAX_REPORTED = 20


class LexiconError(TriageError):
    """A lexicon file is missing or malformed; the message lists `file:line: reason`."""

    code = "bad-lexicon"

    def __init__(self, file: Path | str, problems: list[tuple[int | None, str]]) -> None:
        self.path = str(file)
        self.problems = sorted(problems, key=lambda p: (p[0] is not None, p[0] or 0))
        problems = self.problems
        self.line = next((line for line, _ in problems if line is not None), None)
        lines = [
            f"{self.path}:{line}: {why}" if line else f"{self.path}: {why}"
            for line, why in problems
        ]
        if len(lines) > MAX_REPORTED:
            lines = [*lines[:MAX_REPORTED], f"... and {len(lines) - MAX_REPORTED} more problems"]
        head = f"invalid lexicon {self.path}"
        super().__init__("\n".join([head, *lines]), file=self.path)


def lexicons_dir() -> Path:
    """Where the project's lexicons live: `<repo>/lexicons/`."""
    return repo_root() / "lexicons"


def lexicon_path(name_or_path: str | Path) -> Path:
    """A bare name (`iccs`) means `<repo>/lexicons/iccs.yaml`; anything else is a path."""
    text = str(name_or_path)
    if (
        isinstance(name_or_path, Path)
        or "/" in text
        or "\\" in text
        or text.endswith((".yaml", ".yml"))
    ):
        return Path(name_or_path).expanduser().resolve()
    return lexicons_dir() / f"{text}.yaml"


def load_lexicon(name_or_path: str | Path) -> Lexicon:
    """The validated lexicon, read once per process (see `clear_cache`)."""
    return _load_cached(lexicon_path(name_or_path))


def lexicon_digest(name_or_path: str | Path) -> str:
    """Content key of the lexicon as this process loaded it (not as the file is now), so
    anything built from it is cached under what it was really built from."""
    path = lexicon_path(name_or_path)
    _load_cached(path)
    return _digests[path]


def clear_cache() -> None:
    """Forget loaded lexicons, e.g. after a file was edited."""
    _load_cached.cache_clear()
    _digests.clear()


_digests: dict[Path, str] = {}


@lru_cache(maxsize=64)
def _load_cached(path: Path) -> Lexicon:
    from pipeline.diskcache import cached, digest

    try:
        data = path.read_bytes()
    except OSError:
        return parse_lexicon_file(path)  # reports the problem
    schema = Path(__file__).with_name("schema.py").read_bytes()
    parents = b""
    if b"parents_from:" in data:  # validated against another file: its bytes are an input too
        parents = b"".join(p.read_bytes() for p in sorted(path.parent.glob("*.yaml")))
    key = digest([str(path), data, schema, parents])
    lexicon = cached("lexicons", key, lambda: _parse_bytes(data, path))
    _digests[path] = key
    return lexicon


def _parse_bytes(data: bytes, path: Path) -> Lexicon:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise LexiconError(path, [(None, f"cannot read the file: {exc}")]) from exc
    return parse_lexicon_text(text, path)


def parse_lexicon_file(path: Path) -> Lexicon:
    """Read and validate one file, uncached."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise LexiconError(path, [(None, "no such lexicon file")]) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise LexiconError(path, [(None, f"cannot read the file: {exc}")]) from exc
    return parse_lexicon_text(text, path)


def parse_lexicon_text(text: str, path: Path) -> Lexicon:
    """Validate lexicon YAML; `path` names the file in messages and gives the expected name."""
    try:
        root = yaml.compose(text, Loader=_Loader)
    except yaml.YAMLError as exc:
        raise LexiconError(path, [_yaml_problem(exc)]) from None
    if root is None:
        raise LexiconError(path, [(None, "the file is empty")])
    if not isinstance(root, yaml.MappingNode):
        raise LexiconError(path, [(_line(root), "the top level must be a mapping of keys")])

    problems = _duplicate_keys(root)
    if problems:
        raise LexiconError(path, problems)
    try:
        data = yaml.load(text, Loader=_Loader)
    except yaml.YAMLError as exc:  # pragma: no cover - compose succeeded
        raise LexiconError(path, [_yaml_problem(exc)]) from None

    try:
        lexicon = Lexicon.model_validate(data, context={"defer_references": True})
    except ValidationError as exc:
        found = [_error_problem(root, err) for err in exc.errors()]
        found += [_problem(root, loc, why) for loc, why in _duplicate_ids(data)]
        raise LexiconError(path, found) from None

    found = [_problem(root, loc, why) for loc, why in lexicon.reference_problems()]
    if lexicon.parents_from is not None:
        codes = set(load_lexicon(path.with_name(f"{lexicon.parents_from}.yaml")).by_code())
        found += [
            _problem(root, ("entries", i, "parent"),
                     f"parent {e.parent!r} is not a code of lexicon {lexicon.parents_from!r}")
            for i, e in enumerate(lexicon.entries)
            if e.parent is not None and e.parent not in codes
        ]
    stem = path.stem
    if lexicon.lexicon != stem:
        found.insert(
            0,
            _problem(
                root, ("lexicon",), f"name {lexicon.lexicon!r} must equal the file stem {stem!r}"
            ),
        )
    if found:
        raise LexiconError(path, found)
    return lexicon


def _error_problem(root: yaml.Node, err: ErrorDetails) -> tuple[int | None, str]:
    """A pydantic error in words a lexicon editor acts on, placed on its line."""
    loc = err["loc"]
    msg = str(err["msg"]).removeprefix("Value error, ")
    node = _node_at(root, loc)
    if err["type"] == "extra_forbidden":
        msg = "unknown key (not part of the lexicon schema)"
    elif err["type"] == "missing":
        msg = f"required key {loc[-1]!r} is missing"
    elif err["type"].endswith("_type") and isinstance(node, yaml.ScalarNode):
        msg = f"{msg}, got {node.value!r} read as {type(err['input']).__name__}: quote it"
    elif loc and loc[-1] == "[key]" and err["type"] == "literal_error":
        msg = f"language {err['input']!r} is not allowed: use en, fr, es or ar"
    return _problem(root, loc, msg)


def _duplicate_ids(data: object) -> list[tuple[Loc, str]]:
    """Duplicate ids in raw data, so they are reported along with schema errors."""
    entries = data.get("entries") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        return []
    first: dict[str, int] = {}
    found: list[tuple[Loc, str]] = []
    for i, entry in enumerate(entries):
        entry_id = entry.get("id") if isinstance(entry, dict) else None
        if not isinstance(entry_id, str):
            continue
        if entry_id in first:
            found.append(
                (
                    ("entries", i, "id"),
                    f"duplicate id {entry_id!r} (first at entries[{first[entry_id]}])",
                )
            )
        else:
            first[entry_id] = i
    return found


def _problem(root: yaml.Node, loc: Loc, why: str) -> tuple[int | None, str]:
    node = _node_at(root, loc)
    where = _loc_text(root, loc)
    return _line(node), f"{where}: {why}" if where else why


def _node_at(root: yaml.Node, loc: Loc) -> yaml.Node:
    """The deepest node that `loc` reaches (the entry itself if a key is missing)."""
    node: yaml.Node = root
    key_node: yaml.Node | None = None
    for part in loc:
        if part == "[key]" and key_node is not None:
            return key_node
        if isinstance(node, yaml.MappingNode):
            match = next(((k, v) for k, v in node.value if k.value == str(part)), None)
            if match is None:
                return node
            key_node, node = match
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int):
            if part >= len(node.value):
                return node
            node = node.value[part]
        else:
            return node
    return node


def _loc_text(root: yaml.Node, loc: Loc) -> str:
    """`entries[12] (iccs.0101) terms.de`: the entry id helps find the place by eye."""
    out = ""
    for i, part in enumerate(loc):
        if part == "[key]":
            continue
        if isinstance(part, int):
            out += f"[{part}]"
            if i == 1 and loc[0] == "entries":
                entry_id = _scalar(_node_at(root, ("entries", part, "id")))
                if entry_id:
                    out += f" ({entry_id})"
        else:
            out += f" {part}" if out.endswith(")") else (f".{part}" if out else str(part))
    return out


def _scalar(node: yaml.Node) -> str | None:
    return node.value if isinstance(node, yaml.ScalarNode) else None


def _duplicate_keys(node: yaml.Node) -> list[tuple[int | None, str]]:
    problems: list[tuple[int | None, str]] = []
    if isinstance(node, yaml.MappingNode):
        seen: dict[str, int] = {}
        for key, value in node.value:
            name = str(key.value)
            if name in seen:
                problems.append(
                    (_line(key), f"duplicate key {name!r} (first on line {seen[name]})")
                )
            else:
                seen[name] = _line(key)
            problems += _duplicate_keys(value)
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            problems += _duplicate_keys(item)
    return problems


def _line(node: yaml.Node) -> int:
    return node.start_mark.line + 1


def _yaml_problem(exc: yaml.YAMLError) -> tuple[int | None, str]:
    problem_mark = getattr(exc, "problem_mark", None)
    context_mark = getattr(exc, "context_mark", None)
    mark = problem_mark or context_mark
    why = f"YAML syntax error: {getattr(exc, 'problem', None) or exc}"
    context = getattr(exc, "context", None)
    if context:
        started = f" started on line {context_mark.line + 1}" if context_mark else ""
        why += f" ({context}{started})"
    return (mark.line + 1 if mark is not None else None), why
