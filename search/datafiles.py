"""The editable word lists in data/ (synonyms, user dictionary, generic words, concepts): each is
the bundled file plus, optionally, a file of the user's own named by an environment variable,
in the same format; `#` starts a comment. Also the analysis dictionaries' digest, which
`dxsearch build` of unchanged sources reads without loading the analysis (Whoosh, Janome)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from ..data import data_path
from ..errors import DxsearchError

USER_DICTIONARY = data_path("userdict.txt")
VARIANTS_FILE = data_path("variants.txt")


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


def user_dictionary_lines() -> list[str]:
    """The user dictionary's entries: data/userdict.txt, then the file DXSEARCH_USERDICT names."""
    lines = []
    for path, number, line in word_list_lines(USER_DICTIONARY, "DXSEARCH_USERDICT", "the user dictionary"):
        fields = line.split(",")
        if len(fields) != 3 or not all(f.strip() for f in fields):
            raise DxsearchError(f"{path}, line {number}: expected `surface,part of speech,reading`, got {line!r}")
        lines.append(",".join(f.strip() for f in fields))
    return lines


def dictionaries_digest() -> str:
    """SHA-256 of the user dictionary's entries and the variant table: an index analysed with
    other dictionaries is rebuilt, not declared up to date."""
    import hashlib

    digest = hashlib.sha256("\n".join(user_dictionary_lines()).encode("utf-8"))
    digest.update(VARIANTS_FILE.read_bytes())
    return digest.hexdigest()
