"""The editable word lists in data/ (synonyms, user dictionary, generic words, concepts): each is
the bundled file plus, optionally, a file of the user's own named by an environment variable,
in the same format; `#` starts a comment."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from ..errors import DxsearchError


def word_list_lines(bundled: Path, variable: str, what: str) -> Iterator[tuple[Path, int, str]]:
    """(file, line number, line without its comment) of every non-empty line of `bundled` and of
    the file `variable` names. A missing file is an error, never a silently shorter list."""
    paths = [bundled]
    extra = os.environ.get(variable)
    if extra:
        paths.append(Path(extra))
    for path in paths:
        if not path.is_file():
            origin = f"{variable} names {what}" if path != bundled else what
            raise DxsearchError(f"{origin} {path}, which does not exist")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            line = line.split("#", 1)[0].strip()
            if line:
                yield path, number, line
