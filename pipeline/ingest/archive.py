"""Safe zip unpacking, in memory.

Every breach is recorded as an `UnsafeArchive` error naming the member.
A bad member (traversal, absolute path, link, encryption, corruption) is
skipped and the rest unpacked; a limit that makes the whole archive unsafe
(member count, total size, compression ratio) rejects the archive. Sizes
are checked as declared in the headers and again as actually read.
"""

from __future__ import annotations

import io
import stat
import unicodedata
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from pipeline.errors import UnsafeArchive
from pipeline.ingest.names import is_ignored
from pipeline.records import ErrorRecord

MAX_MEMBERS = 1000
"""Members per packet, over all its archives."""
MAX_TOTAL_BYTES = 500 * 1024 * 1024
"""Uncompressed bytes per packet, over all its archives."""
MAX_RATIO = 100
"""Uncompressed / compressed size, for a member or the whole archive."""
RATIO_MIN_BYTES = 1024 * 1024
"""Smaller members (and archives) are not ratio-checked: small text compresses well."""
MAX_DEPTH = 2
"""Archive nesting: a zip packet (depth 1) may hold zips (depth 2), no deeper."""
CHUNK = 1 << 20


@dataclass
class Budget:
    """What is left of the limits for one packet, shared by all its archives."""

    members: int = field(default_factory=lambda: MAX_MEMBERS)
    bytes: int = field(default_factory=lambda: MAX_TOTAL_BYTES)


@dataclass(frozen=True)
class Member:
    """One unpacked file: its path inside the archive (POSIX, relative) and bytes."""

    path: str
    data: bytes


@dataclass
class Unpacked:
    members: list[Member] = field(default_factory=list)
    errors: list[ErrorRecord] = field(default_factory=list)


class _Rejected(Exception):
    """The whole archive is unsafe."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def unpack_zip(
    data: bytes, name: str, *, prefix: str = "", budget: Budget | None = None
) -> Unpacked:
    """Unpack the zip `data` (called `name` in messages) into memory.

    Member paths are relative to the archive root; errors name members as
    `prefix + path`. `budget` carries the packet-wide limits across archives.
    """
    budget = budget if budget is not None else Budget()
    result = Unpacked()
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = [i for i in zf.infolist() if not i.is_dir()]
            _check_archive(infos, len(data), name, budget)
            seen: set[str] = set()
            for info in sorted(infos, key=lambda i: i.filename):
                member = _unpack_member(zf, info, name, prefix, seen, budget, result)
                if member is not None:
                    result.members.append(member)
    except _Rejected as exc:
        return Unpacked(errors=[_error(exc.code, name, exc.message)])
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        result.errors.append(_error("zip-corrupt", name, f"{name}: not a readable zip ({exc})"))
    return result


def _check_archive(infos: list[zipfile.ZipInfo], size: int, name: str, budget: Budget) -> None:
    """Limits that condemn the whole archive, from its (declared) central directory."""
    if len(infos) > budget.members:
        raise _Rejected(
            "zip-too-many-members",
            f"{name}: {len(infos)} members, over the limit of {MAX_MEMBERS} files per packet",
        )
    total = sum(i.file_size for i in infos)
    if total > budget.bytes:
        raise _Rejected(
            "zip-too-large",
            f"{name}: {_mb(total)} uncompressed, over the limit of {_mb(MAX_TOTAL_BYTES)} "
            "per packet",
        )
    if total > RATIO_MIN_BYTES and total > MAX_RATIO * max(size, 1):
        raise _Rejected(
            "zip-ratio",
            f"{name}: expands {total // max(size, 1)}x ({_mb(total)} from {_mb(size)}), "
            f"more than {MAX_RATIO}x: a zip bomb?",
        )
    for info in infos:
        _check_ratio(info.filename, info.file_size, info.compress_size, name)


def _check_ratio(member: str, unpacked: int, packed: int, name: str) -> None:
    if unpacked > RATIO_MIN_BYTES and unpacked > MAX_RATIO * max(packed, 1):
        raise _Rejected(
            "zip-ratio",
            f"{name}: member {member!r} expands {unpacked // max(packed, 1)}x "
            f"({_mb(unpacked)}), more than {MAX_RATIO}x: a zip bomb?",
        )


def _unpack_member(
    zf: zipfile.ZipFile,
    info: zipfile.ZipInfo,
    name: str,
    prefix: str,
    seen: set[str],
    budget: Budget,
    result: Unpacked,
) -> Member | None:
    """Read one member safely, or record why not (and return None)."""
    raw = _member_name(info)
    where = prefix + raw
    path = raw.replace("\\", "/")
    parts = PurePosixPath(path).parts
    problem: tuple[str, str] | None = None
    if path.startswith("/") or (len(path) > 1 and path[1] == ":"):
        problem = ("zip-absolute-path", "has an absolute path")
    elif ".." in parts:
        problem = ("zip-traversal", "points outside the archive ('..')")
    elif stat.S_ISLNK(info.external_attr >> 16):
        problem = ("zip-link", "is a symbolic link")
    elif info.flag_bits & 0x1:
        problem = ("zip-encrypted", "is encrypted (password-protected)")
    elif _ignored(parts):
        return None
    else:
        path = "/".join(p for p in parts if p not in ("", "."))
        if path in seen:
            problem = ("zip-duplicate", "appears more than once")
    if problem:
        code, why = problem
        result.errors.append(_error(code, where, f"{name}: member {raw!r} {why}; skipped"))
        return None
    seen.add(path)
    try:
        data = _read_capped(zf, info, min(info.file_size, budget.bytes))
    except _Oversize:
        raise _Rejected(
            "zip-too-large",
            f"{name}: member {raw!r} holds more bytes than its header declares "
            f"({_mb(info.file_size)}) or than the packet allows",
        ) from None
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError) as exc:
        result.errors.append(
            _error("zip-corrupt", where, f"{name}: member {raw!r} cannot be read ({exc}); skipped")
        )
        return None
    _check_ratio(raw, len(data), info.compress_size, name)
    budget.members -= 1
    budget.bytes -= len(data)
    return Member(path, data)


class _Oversize(Exception):
    pass


def _read_capped(zf: zipfile.ZipFile, info: zipfile.ZipInfo, cap: int) -> bytes:
    """Read at most `cap` bytes; one more means the header lied."""
    out = bytearray()
    with zf.open(info) as f:
        while chunk := f.read(min(CHUNK, cap + 1 - len(out))):
            out += chunk
            if len(out) > cap:
                raise _Oversize
    return bytes(out)


def _member_name(info: zipfile.ZipInfo) -> str:
    """The member's name; UTF-8 names written without the UTF-8 flag are read as UTF-8."""
    if info.flag_bits & 0x800:
        return unicodedata.normalize("NFC", info.filename)
    try:
        name = info.filename.encode("cp437").decode("utf-8")
    except UnicodeError:
        name = info.filename
    return unicodedata.normalize("NFC", name)


def _ignored(parts: tuple[str, ...]) -> bool:
    """macOS clutter (__MACOSX/, .DS_Store), hidden files and other non-content names."""
    return any(is_ignored(part) for part in parts if part != ".")


def _error(code: str, file: str, message: str) -> ErrorRecord:
    return UnsafeArchive(message, file=file, code=code).record()


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MB"
