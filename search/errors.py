"""The library's own error for a request it refuses (kept apart so the CLI can catch it cheaply)."""

from ..errors import DxsearchError


class QueryError(DxsearchError, ValueError):
    """A request the library refuses: unknown facet or value, bad page, query too long."""
