"""Files outside the database: written privately and atomically, read within bounds.

Every file the app writes (letters, reports, packets, exports, copies of attachments,
backups) goes through `atomic_write`: a temporary file with an unpredictable name in the
target's folder, created with O_EXCL|O_NOFOLLOW and mode 0600, written, flushed to the disk,
renamed over the target, and the folder flushed too. A failure removes the temporary file; a
killed run can leave only a hidden 0600 file nobody else may read. No write ever replaces an
open database, its -wal or -shm, whatever link leads to them (`refuse_protected`).

Every file the app reads from the user (CSV, JSON, attachments, packets, settings) goes
through `read_limited`: a folder, device, pipe or /proc file is refused before it is opened,
and no more than the limit is read.
"""

from __future__ import annotations

import os
import stat
import threading
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import BinaryIO

from dpo_desk.core.errors import DeskError, ValidationError
from dpo_desk.core.i18n import QT_TRANSLATE_NOOP

PRIVATE_MODE = 0o600
DATABASE_COMPANIONS = ("", "-wal", "-shm", "-journal")
# Kernel views, not files: reading them hangs, never ends or is not the data it seems.
SPECIAL_FOLDERS = (Path("/proc"), Path("/sys"), Path("/dev"))

_open_databases: Counter[Path] = Counter()
_lock = threading.Lock()


class ProtectedPathError(DeskError):
    """A write aimed at an open database (or its -wal/-shm), directly or through a link."""

    def __init__(self, target: Path, database: Path):
        self.target, self.database = target, database
        super().__init__(f"{target}: is the open database itself, its -wal or -shm, or a "
                         f"link to them ({database}); choose another file. Nothing was written")


# -- open databases: never written over ------------------------------------------------------

def protect(database: Path) -> None:
    """`database` is open: no `atomic_write` may replace it or its companions until
    `release`. Called by `Desk` (core/desk.py) for each connection it opens."""
    with _lock:
        _open_databases[Path(database).absolute()] += 1


def release(database: Path) -> None:
    with _lock:
        key = Path(database).absolute()
        _open_databases[key] -= 1
        if _open_databases[key] <= 0:
            del _open_databases[key]


def _companions(database: Path) -> set[Path]:
    found = set()
    for base in {database, database.resolve()}:
        found |= {Path(f"{base}{suffix}") for suffix in DATABASE_COMPANIONS}
    return found


def identity(path: Path) -> tuple[int, int] | None:
    """Which file is at `path` (device and inode), None when there is none."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_dev, info.st_ino


def refuse_protected(target: Path | str, databases: set[Path] | None = None) -> None:
    """Raise `ProtectedPathError` when writing `target` would replace an open database
    (or `databases`), its -wal, -shm or journal: by its name, through a symbolic link
    (the link or any folder on the way) or as a hard link to the same file."""
    target = Path(target).expanduser().absolute()
    with _lock:
        open_now = set(_open_databases)
    resolved = target.resolve()
    found = identity(target)
    for database in open_now | set(databases or ()):
        names = _companions(Path(database).absolute())
        if target in names or resolved in names or (found is not None and any(
                identity(name) == found for name in names)):
            raise ProtectedPathError(target, Path(database))


def writable(out: Path | str | BinaryIO, field: str = "out") -> Path | BinaryIO:
    """`out` checked before any work is done: its folder exists and it is not an open
    database (the writing itself, `atomic_write`, checks again). A stream passes as it is."""
    if not isinstance(out, str | Path):
        return out
    out = Path(out)
    refuse_protected(out)
    if not out.parent.is_dir():
        raise ValidationError.single(field, QT_TRANSLATE_NOOP(
            "core", "The folder {folder} does not exist"), folder=str(out.parent))
    return out


# -- writing ---------------------------------------------------------------------------------

class _Temp:
    """The temporary file of `replacing`: its `path`, and `stream`, open for writing."""

    def __init__(self, path: Path, stream: BinaryIO):
        self.path, self.stream = path, stream


@contextmanager
def replacing(path: Path | str) -> Iterator[_Temp]:
    """A private temporary file beside `path`, renamed over it (after a flush to the disk)
    when the block ends without an exception, removed when it does not."""
    target = Path(path)
    refuse_protected(target)
    folder = target.parent
    if not folder.is_dir():
        raise ValidationError.single(str(target), QT_TRANSLATE_NOOP(
            "core", "The folder {folder} does not exist"), folder=str(folder))
    import tempfile  # not needed to start (issue 8)

    # mkstemp: a random name, O_CREAT|O_EXCL|O_NOFOLLOW, mode 0600 whatever the umask.
    handle, temp_name = tempfile.mkstemp(prefix=f".{target.name[:80]}.", suffix=".tmp",
                                         dir=folder)
    try:
        with os.fdopen(handle, "wb") as stream:
            yield _Temp(Path(temp_name), stream)
            stream.flush()
            os.fsync(stream.fileno())  # also what another connection wrote by the name
        refuse_protected(target)  # a link swapped in meanwhile
        os.replace(temp_name, target)
    except BaseException:
        with suppress(OSError):
            os.unlink(temp_name)
        raise
    sync_folder(folder)


def atomic_write(path: Path | str, data: bytes | str | Callable[[BinaryIO], object], *,
                 encoding: str = "utf-8") -> Path:
    """Write `data` (bytes, text in `encoding`, or a function given the open binary file)
    to `path` so that a reader sees the old file or the whole new one, never half of it; the
    new file has mode 0600. Returns `path`."""
    with replacing(path) as temp:
        if callable(data):
            data(temp.stream)
        else:
            temp.stream.write(data.encode(encoding) if isinstance(data, str) else data)
    return Path(path)


def sync_folder(folder: Path) -> None:
    """Make a rename in `folder` survive a power cut (POSIX; a no-op where folders cannot
    be opened)."""
    flags = getattr(os, "O_DIRECTORY", None)
    if flags is None:
        return
    try:
        handle = os.open(folder, os.O_RDONLY | flags)
    except OSError:
        return
    try:
        with suppress(OSError):
            os.fsync(handle)
    finally:
        os.close(handle)


def create_private(path: Path) -> bool:
    """Create `path` empty with mode 0600 when it does not exist (before SQLite creates it:
    SQLite gives its -wal and -shm the mode of the database file). True when created."""
    try:
        handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL |
                         getattr(os, "O_NOFOLLOW", 0), PRIVATE_MODE)
    except OSError:  # there already; or a folder SQLite will name in its own error
        return False
    os.close(handle)
    return True


# -- reading ---------------------------------------------------------------------------------

def _not_regular(field: str, what: str) -> ValidationError:
    return ValidationError.single(field, QT_TRANSLATE_NOOP(
        "core", "cannot be read ({reason})"), reason=f"{what}, not a regular file")


def _kind(mode: int) -> str | None:
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a special file"


def require_regular(path: Path | str, field: str | None = None) -> Path:
    """Refuse, before opening it, anything but a plain file: a folder, device, pipe,
    socket, or a file of /proc, /sys or /dev (through links too)."""
    path = Path(path)
    field = field or str(path)
    try:
        info = os.stat(path)
    except OSError as exc:
        raise ValidationError.single(field, QT_TRANSLATE_NOOP(
            "core", "cannot be read ({reason})"), reason=exc.strerror or str(exc)) from exc
    kind = _kind(info.st_mode)
    if kind:
        raise _not_regular(field, kind)
    real = path.resolve()
    for folder in SPECIAL_FOLDERS:
        if real == folder or folder in real.parents:
            raise _not_regular(field, f"a system file under {folder}")
    return path


def read_limited(path: Path | str, limit: int, field: str | None = None) -> bytes:
    """The bytes of a plain file of at most `limit` bytes; anything else is refused, naming
    `field` (default: the path), without hanging and without reading past the limit."""
    path = Path(path)
    field = field or str(path)
    require_regular(path, field)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | \
        getattr(os, "O_BINARY", 0)
    try:
        handle = os.open(path, flags)
    except OSError as exc:
        raise ValidationError.single(field, QT_TRANSLATE_NOOP(
            "core", "cannot be read ({reason})"), reason=exc.strerror or str(exc)) from exc
    with os.fdopen(handle, "rb") as stream:
        kind = _kind(os.fstat(stream.fileno()).st_mode)  # swapped since the check
        if kind:
            raise _not_regular(field, kind)
        try:
            data = stream.read(limit + 1)
        except OSError as exc:
            raise ValidationError.single(field, QT_TRANSLATE_NOOP(
                "core", "cannot be read ({reason})"), reason=exc.strerror or str(exc)) from exc
    if len(data) > limit:
        raise too_large(field, limit)
    return data


def too_large(field: str, limit: int) -> ValidationError:
    if limit >= 1024 * 1024:
        return ValidationError.single(field, QT_TRANSLATE_NOOP(
            "core", "is larger than {limit} MB"), limit=limit // 1024 // 1024)
    return ValidationError.single(field, QT_TRANSLATE_NOOP(
        "core", "is larger than {limit} KB"), limit=max(1, limit // 1024))
