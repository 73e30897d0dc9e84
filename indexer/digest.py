"""Files by content: a source's fingerprint, an index file's checksum, a survey's id prefix."""

from __future__ import annotations

import hashlib
from pathlib import Path


def file_sha256(path: Path | str) -> str:
    """The SHA-256 of a file's bytes, read in blocks (an index file may be hundreds of MB)."""
    with open(path, "rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()
