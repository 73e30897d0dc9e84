"""The bundled survey and dictionaries, installed with the package and found with
`importlib.resources`, so they come along with a wheel as well as with a source checkout."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def data_path(name: str) -> Path:
    """The file `name` of the bundled data, as a path on disk."""
    resource = files(__name__) / name
    # an installed wheel and a source checkout both keep package data as plain files
    return Path(str(resource))
