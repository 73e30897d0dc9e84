"""Writing files so that a failure never leaves a partial or damaged one behind."""

from __future__ import annotations

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
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def record_lines(records: Iterable[CaseRecord]) -> Iterator[str]:
    for r in records:
        yield json.dumps(r.to_dict(), ensure_ascii=False) + "\n"


def write_jsonl(records: Iterable[CaseRecord], path: Path) -> None:
    with atomic_text_writer(path) as f:
        f.writelines(record_lines(records))
