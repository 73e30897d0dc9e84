"""The library's own error for a request it refuses (kept apart so the CLI can catch it cheaply)."""

from ..errors import DxsearchError


class QueryError(DxsearchError, ValueError):
    """A request the library refuses: unknown facet or value, bad page, query too long.
    `field` names the argument refused (query, page, prefecture …), for a caller to point at."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field
