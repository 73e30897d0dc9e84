"""The one exception family of dxsearch: `except DxsearchError` catches every error the library
raises on purpose (bad input, a refused query, an unknown case, an index that cannot be used).

This module imports nothing, so every layer can use it.
"""


class DxsearchError(Exception):
    """Base of every error dxsearch raises on purpose; its message says what and where."""


class CaseNotFound(DxsearchError, KeyError):
    """No case has the given id (a KeyError too, so `except KeyError` keeps working)."""

    def __init__(self, case_id: str) -> None:
        self.case_id = case_id
        super().__init__(case_id)

    def __str__(self) -> str:
        return f"no case with id {self.case_id!r}"
