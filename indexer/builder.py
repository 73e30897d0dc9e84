"""Turns recognised rows into validated case records; shared by the text and the PDF parser.

A parser tells the builder what it saw, in document order: the table of contents, a header row
(which table we are in), a heading (分野 or group with its printed count), a data row (raw cell
text by field). The builder cleans and checks each row, keeps the 分野/group context, and collects
row errors so a bad file is reported in one pass.
"""

from __future__ import annotations

import difflib

from . import prefectures
from .cleaning import clean_cell, clean_lines, label_number
from .errors import Location, ParseError, ParseErrors
from .layout import SECTION_FIELDS, Heading, TocEntry
from .parse_result import HeadingTally, ParseResult, ParseWarning
from .records import CATEGORIES, EMPLOYMENT, SHARED_USE, STATUSES, CaseRecord, make_id
from .validate import validate


def _closed_choice(raw: str, allowed: tuple[str, ...]) -> tuple[int | None, str] | None:
    """The choice and its number (`①導入(実施)済` → (1, 導入(実施)済)); None for a label not
    allowed, or numbered otherwise than the survey numbers it (`⑥導入(実施)済`: see `misnumbered`)."""
    number, label = label_number(raw)
    if label in allowed and number in (None, allowed.index(label) + 1):
        return allowed.index(label) + 1, label
    return None


def misnumbered(raw: str, allowed: tuple[str, ...]) -> str:
    """`; 導入(実施)済 is number 1 (①), not 6` for a known choice under another number, else nothing."""
    number, label = label_number(raw)
    if label not in allowed or number is None or number == allowed.index(label) + 1:
        return ""
    right = allowed.index(label) + 1
    return f"; {label} is number {right} ({chr(0x2460 + right - 1)}), not {number}"


def split_shared_use(raw: str, allowed: tuple[str, ...]) -> tuple[int, str, str] | None:
    """`③共同利用不可 県において…` (choice and reason in one cell) → (3, 共同利用不可, 県において…)."""
    choice = _closed_choice(raw, allowed)
    if choice:
        return choice[0] or 0, choice[1], ""
    text = " ".join(raw.split())
    for i in range(len(text)):
        if text[i] == " ":
            choice = _closed_choice(text[:i], allowed)
            if choice:
                return choice[0] or 0, choice[1], text[i + 1:]
    return None


def did_you_mean(text: str, choices: tuple[str, ...], fuzzy: bool = True) -> str:
    """`; did you mean 長野県?` for 長野 (a prefix) or 導入済 (close to 導入(実施)済), and `; did you
    mean 実証中 or 実証予定?` for a prefix of two, as the command line's options say; else nothing:
    a case file is corrected by its author, who should see the exact value expected."""
    text = "".join(text.split())
    if not text:
        return ""
    starts = [c for c in choices if c.startswith(text)]
    close = starts or (difflib.get_close_matches(text, choices, n=1, cutoff=0.5) if fuzzy else [])
    return f"; did you mean {' or '.join(close)}?" if 1 <= len(close) <= 2 else ""


def make_record(section: str, number: int, raw: dict[str, str | None], where: Location, *,
                field: str | None = None, group: str | None = None, id_prefix: str = "",
                source: str = "", optional_choices: bool = False, keep_lines: bool = False) -> CaseRecord:
    """Clean and check one row's raw cell text (by field name) into a case record. With
    `optional_choices` (a case file of one's own) an empty shared use, 区分 or 常勤/非常勤 is
    left out; the survey's tables always state them, so there an empty one is an error. With
    `keep_lines` (a case file again) the line breaks of a description, reason or overview stay."""
    columns = SECTION_FIELDS[section]
    text_cell = clean_lines if keep_lines else clean_cell

    problems: list[ParseError] = []  # every field at fault, so a row is fixed in one pass (a trial's took two)
    no = f"No. {number}" if number else "its number unread"
    pref_text = clean_cell(raw.get("prefecture"))
    pref = prefectures.lookup(pref_text)
    if pref is None:
        # …by its name without 都, 道, 府 or 県 too: 東京県 → 東京都, 大阪県 → 大阪府 (an admin's trial got no hint)
        stem = pref_text[:-1] if len(pref_text) > 2 and pref_text[-1] in "都道府県" else pref_text
        problems.append(ParseError(where, f"unknown prefecture {pref_text!r} ({no})"
                                   f"{did_you_mean(stem, tuple(prefectures.BY_NAME), fuzzy=False)}",
                                   "prefecture"))

    status_text = raw.get("status") or ""
    status = _closed_choice(status_text, STATUSES)
    if status is None:
        wrong_number = misnumbered(status_text, STATUSES)
        problems.append(ParseError(where, f"unknown status {clean_cell(status_text)!r} ({no})"
                                   f"{wrong_number or did_you_mean(clean_cell(status_text), STATUSES)}; "
                                   f"expected one of {', '.join(STATUSES)}", "status"))

    name = clean_cell(raw.get("name"))
    if not name:
        problems.append(ParseError(where, f"empty name ({no})", "name"))

    shared = shared_order = reason = None
    if "shared_use" in columns and not (optional_choices and not clean_cell(raw.get("shared_use"))):
        allowed = SHARED_USE[section]
        split = split_shared_use(raw.get("shared_use") or "", allowed)
        if split is None:
            problems.append(ParseError(where, f"unknown shared-use value {clean_cell(raw.get('shared_use'))!r} "
                                              f"({no}){misnumbered(raw.get('shared_use') or '', allowed)}; "
                                              f"expected one of {', '.join(allowed)}", "shared_use"))
        else:
            shared_order, shared, merged_reason = split
            reason = text_cell(" ".join(t for t in (merged_reason, raw.get("shared_use_reason") or "") if t))

    category = employment = None
    if "category" in columns and not (optional_choices and not clean_cell(raw.get("category"))):
        choice = _closed_choice(raw.get("category") or "", CATEGORIES)
        if choice is None:
            problems.append(ParseError(where, f"unknown 区分 {clean_cell(raw.get('category'))!r} ({no})",
                                       "category"))
        else:
            category = choice[1]
    if "employment" in columns and not (optional_choices and not clean_cell(raw.get("employment"))):
        choice = _closed_choice(raw.get("employment") or "", EMPLOYMENT)
        if choice is None:
            problems.append(ParseError(where, f"unknown 常勤/非常勤 {clean_cell(raw.get('employment'))!r} "
                                              f"({no})", "employment"))
        else:
            employment = choice[1]
    if problems:
        raise problems[0] if len(problems) == 1 else ParseErrors(problems)
    assert pref is not None and status is not None

    return CaseRecord(
        id=make_id(section, number, id_prefix),
        section=section,
        number=number,
        field=field,
        group=group,
        name=name,
        description=text_cell(raw.get("description")),
        status=status[1],
        status_order=status[0] or 0,
        prefecture=pref.name,
        prefecture_code=pref.code,
        region=pref.region,
        shared_use=shared,
        shared_use_order=shared_order,
        shared_use_reason=reason,
        category=category,
        employment=employment,
        skill_area=clean_cell(raw.get("skill_area")) if "skill_area" in columns else None,
        overview=text_cell(raw.get("overview")) if "overview" in columns else None,
        source=source,
        page=where.page,
    )


class SurveyBuilder:
    def __init__(self, source: str, id_prefix: str = "", record_source: str | None = None):
        self.source = source
        self.record_source = record_source or source
        self.id_prefix = id_prefix
        self.section: str | None = None
        self.field: HeadingTally | None = None
        self.group: HeadingTally | None = None
        self.records: list[CaseRecord] = []
        self.errors: list[ParseError] = []
        self.warnings: list[ParseWarning] = []
        self.toc: dict[str, TocEntry] = {}
        self.headings: list[HeadingTally] = []
        self._next_number: dict[str, int] = {}
        self._rows_at_fault: dict[str, int] = {}  # rows read but not made records, by table

    # --- what the parser saw -------------------------------------------------------------
    def toc_entry(self, entry: TocEntry) -> None:
        self.toc.setdefault(entry.section, entry)

    def table(self, section: str) -> None:
        """A header row: the same table repeated on a new page, or the start of the next."""
        if section != self.section:
            self.section = section
            self.field = self.group = None

    def heading(self, heading: Heading, where: Location) -> None:
        if self.section is None:
            return
        tally = HeadingTally(self.section, heading, where)
        self.headings.append(tally)
        if heading.level == "field":
            self.field, self.group = tally, None
        else:
            self.group = tally

    def expected_number(self) -> int | None:
        if self.section is None:
            return None
        return self._next_number.get(self.section, 1)

    def row(self, number: int, raw: dict[str, str | None], where: Location) -> CaseRecord | None:
        if self.section is None:
            self.errors.append(ParseError(where, "a numbered row before any table header"))
            return None
        try:
            record = make_record(self.section, number, raw, where,
                                 field=self.field.heading.name if self.field else None,
                                 group=self.group.heading.name if self.group else None,
                                 id_prefix=self.id_prefix, source=self.record_source)
        except ParseError as e:
            self.errors.extend(e.errors if isinstance(e, ParseErrors) else [e])
            self._rows_at_fault[self.section] = self._rows_at_fault.get(self.section, 0) + 1
            return None
        self._next_number[self.section] = number + 1
        self.records.append(record)
        for tally in (self.field, self.group):
            if tally is not None:
                tally.parsed += 1
        return record

    def error(self, where: Location, message: str, field: str | None = None) -> None:
        self.errors.append(ParseError(where, message, field))

    # --- the end ----------------------------------------------------------------------------
    def _cut_short(self) -> list[ParseError]:
        """Beside a file's errors, the tables with fewer rows read than the contents page prints:
        a file cut in the middle of a line ended in `only a name` alone, and one with errors
        and cut short needed a second pass to learn it was short (an operator's trial)."""
        read: dict[str, int] = dict(self._rows_at_fault)
        for record in self.records:
            read[record.section] = read.get(record.section, 0) + 1
        return [ParseError(self.source, f"table {section}: the contents page prints {toc.count} entries, "
                                        f"{read.get(section, 0)} were read: the file looks cut short")
                for section, toc in self.toc.items() if read.get(section, 0) < toc.count]

    def finish(self) -> ParseResult:
        if self.errors:
            self.errors.extend(self._cut_short())
            raise self.errors[0] if len(self.errors) == 1 else ParseErrors(self.errors)
        if not self.records:
            raise ParseError(self.source, "no survey table found: this does not look like the "
                                          "survey (no header row such as 手続・事務の名称 / 導入状況 / 都道府県)")
        result = ParseResult(self.source, self.records, list(self.warnings), dict(self.toc),
                             list(self.headings))
        result.warnings.extend(validate(result))
        return result

