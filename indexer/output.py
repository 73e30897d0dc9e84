"""Writing files so that a failure never leaves a partial or damaged one behind."""

from __future__ import annotations

import errno
import json
import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable, Iterator, TextIO

from .records import CaseRecord


@contextmanager
def atomic_text_writer(path: Path) -> Iterator[TextIO]:
    """Write to a temporary file beside `path` and move it into place only on success."""
    path = Path(path)
    if not path.parent.is_dir():  # a mistyped directory is an error, not a new directory
        raise OSError(errno.ENOENT, "no such directory", str(path.parent))
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as e:
        raise OSError(e.errno, os.strerror(e.errno) if e.errno else str(e), str(path)) from e
    try:
        # mkstemp makes the file 0600; the user's umask decides, as for any file they write
        os.fchmod(fd, 0o666 & ~_umask())
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except OSError as e:  # the standard form, naming the file: "[Errno 28] No space left on device: 'x'"
        _discard(tmp)
        raise OSError(e.errno, os.strerror(e.errno) if e.errno else str(e), str(path)) from e
    except BaseException:
        _discard(tmp)
        raise


def _discard(tmp: str) -> None:
    try:
        os.unlink(tmp)
    except FileNotFoundError:
        pass


def _umask() -> int:
    """This process's umask, read without changing it (os.umask would, for every thread)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    return 0o022


def record_lines(records: Iterable[CaseRecord]) -> Iterator[str]:
    for r in records:
        yield json.dumps(r.to_dict(), ensure_ascii=False) + "\n"


def write_jsonl(records: Iterable[CaseRecord], path: Path) -> None:
    with atomic_text_writer(path) as f:
        f.writelines(record_lines(records))
