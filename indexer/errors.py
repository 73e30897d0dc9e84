"""Errors that say what went wrong and where (file, page, line, field)."""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import DxsearchError


@dataclass(frozen=True)
class Location:
    source: str
    line: int | None = None
    page: int | None = None
    # a CSV's row as a spreadsheet numbers it (the header row 1), where cells holding line breaks
    # put it on another line of the file: a trial's Excel showed row 3 for the error's line 5
    row: int | None = None

    def __str__(self) -> str:
        parts = [self.source]
        if self.page is not None:
            parts.append(f"page {self.page}")
        if self.line is not None:
            parts.append(f"line {self.line}" + (f" (row {self.row} in Excel)" if self.row not in (None, self.line) else ""))
        return ", ".join(parts)


class ParseError(DxsearchError):
    """Input that cannot become case records; the message names file, page/line and field."""

    def __init__(self, where: Location | str, message: str, field: str | None = None):
        self.where = where
        self.field = field
        self.message = message
        prefix = f"{where}"
        if field:
            prefix += f", field '{field}'"
        super().__init__(f"{prefix}: {message}")


class ParseErrors(ParseError):
    """Several row errors in one source, reported together so a user fixes them in one pass."""

    def __init__(self, errors: list[ParseError], limit: int = 20):
        self.errors = errors
        shown = "\n  ".join(str(e) for e in errors[:limit])
        more = f"\n  … and {len(errors) - limit} more" if len(errors) > limit else ""
        where = errors[0].where
        source = where.source if isinstance(where, Location) else where
        Exception.__init__(self, f"{source}: {len(errors)} error(s):\n  {shown}{more}")
        self.where = errors[0].where
        self.field = errors[0].field
        self.message = str(self)
