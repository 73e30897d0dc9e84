"""Checks a parsed survey against its own printed numbers.

Everything here is a warning, not an error: the survey itself can be wrong (a heading whose printed
count disagrees with its rows), and the user decides with `--strict` whether that may pass.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from .parse_result import ParseResult, ParseWarning
from .records import SECTIONS


def validate(result: ParseResult) -> list[ParseWarning]:
    warnings: list[ParseWarning] = []
    by_section: dict[str, list[int]] = defaultdict(list)
    for r in result.records:
        by_section[r.section].append(r.number)

    for section in SECTIONS:
        numbers = by_section.get(section, [])
        toc = result.toc.get(section)
        if toc is not None and len(numbers) != toc.count:
            warnings.append(ParseWarning(result.source, f"table {section}: the contents page prints "
                                                    f"{toc.count} entries, {len(numbers)} were parsed"))
        if toc is not None and not numbers:
            continue
        if not numbers:
            continue
        seen = set(numbers)
        repeats = sorted(n for n, times in Counter(numbers).items() if times > 1)
        missing = sorted(set(range(1, max(numbers) + 1)) - seen)
        if repeats:
            warnings.append(ParseWarning(result.source, f"table {section}: numbers repeated: {_ranges(repeats)}"))
        if missing:
            warnings.append(ParseWarning(result.source, f"table {section}: numbers missing: {_ranges(missing)}"))
        if numbers != sorted(numbers):
            warnings.append(ParseWarning(result.source, f"table {section}: numbers out of order"))

    for tally in result.headings:
        if tally.parsed != tally.heading.count:
            kind = "分野" if tally.heading.level == "field" else "group"
            warnings.append(ParseWarning(tally.where, f"table {tally.section}: {kind} heading "
                                                  f"「{tally.heading.name}」 prints {tally.heading.count}, "
                                                  f"{tally.parsed} rows parsed under it"))

    first_seen: dict[tuple, int] = {}
    for r in result.records:
        key = r.content_key
        if key in first_seen:
            warnings.append(ParseWarning(result.source, f"table {r.section}: row {r.number} repeats row "
                                                    f"{first_seen[key]} ({r.name}, {r.prefecture})"))
        else:
            first_seen[key] = r.number
    return warnings


def _ranges(numbers: list[int]) -> str:
    out: list[str] = []
    start = prev = numbers[0]
    for n in [*numbers[1:], None]:
        if n is not None and n == prev + 1:
            prev = n
            continue
        out.append(str(start) if start == prev else f"{start}-{prev}")
        if n is not None:
            start = prev = n
    return ", ".join(out)
