"""What parsing a source gives: its records, warnings, and the survey's own printed numbers
(contents page, heading counts) that validation checks the records against."""

from __future__ import annotations

from dataclasses import dataclass, field

from .errors import Location
from .layout import Heading, TocEntry
from .records import CaseRecord


@dataclass
class HeadingTally:
    section: str
    heading: Heading
    where: Location
    parsed: int = 0


@dataclass(frozen=True)
class ParseWarning:
    where: Location | str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


@dataclass
class ParseResult:
    source: str
    records: list[CaseRecord]
    warnings: list[ParseWarning] = field(default_factory=list)
    toc: dict[str, TocEntry] = field(default_factory=dict)
    headings: list[HeadingTally] = field(default_factory=list)
    # where each record is in its file (a case file's line and row), for errors about a record as a whole
    where: dict[str, Location] = field(default_factory=dict)

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for r in self.records:
            out[r.section] = out.get(r.section, 0) + 1
        return out

    def short_tables(self) -> dict[str, tuple[int, int]]:
        """The tables with fewer rows parsed than the contents page prints: table → (printed,
        parsed). A file cut short (a copy that stopped at page 18) parses without an error; a build
        from it would replace a whole index with part of one."""
        parsed = self.counts()
        return {section: (toc.count, parsed.get(section, 0)) for section, toc in self.toc.items()
                if parsed.get(section, 0) < toc.count}
