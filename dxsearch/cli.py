"""The `dxsearch` command line: parse, build, check, search, export, similar, show, stats, serve.

Messages name the command line's own options (`--limit`, `--prefecture`), never the library's
parameters; usage and input errors exit 2, with no traceback."""

from __future__ import annotations

import argparse
import functools
import logging
import os
import re
import shlex
import signal
import sys
import time
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from . import __version__
from .errors import CaseNotFound, DxsearchError
from .indexer.casefile import is_case_file
from .indexer.errors import ParseError
from .indexer.output import atomic_text_writer, record_lines, write_jsonl
from .indexer.records import FIELD_LABELS, SECTIONS, case_title
from .indexer.sources import BUNDLED_SURVEY, bundled_survey, case_citation, parse_sources
from .search.describe import ASKED_ANSWER_SHARE
from .search.fields import EXTRA
from .search.limits import (DEFAULT_PER_PAGE, DEFAULT_SIMILAR, HEADER_TIMEOUT, MAX_PAGE, MAX_PER_PAGE,
                            MAX_QUERY_WORDS, MAX_SIMILAR, MAX_SIMILAR_TEXT_CHARS, SERVER_THREADS, SORTS, WEB_TIMEOUT)

if TYPE_CHECKING:  # imported when a command runs: `dxsearch build` of unchanged sources skips NumPy
    from .search.engine import SearchIndex
    from .search.results import Hit, QueryWordCount, RelatedCases, SearchResult
    from .search.understand import AppliedFilter


UNTOLD_MARK = "[no technology]"  # a hit line's mark of an AI・RPA case naming no technology


def _parse(paths: list[Path], command: str):
    """Parse the sources, or report why not (file, line or page, field) and return None."""
    try:
        return parse_sources(paths)
    except ParseError as e:
        print(f"dxsearch {command}: error: {e}", file=sys.stderr)
        return None


def _warning_label(res, warning) -> str:
    """The bundled survey's warnings are in the survey's own text (data/README.md), not the
    parse: said so by `parse` as by `build` (a trial found the two calling them differently), and
    of a copy of it too (an operator's edited copy called the same two `warning:`)."""
    own = Path(res.source) == bundled_survey() or warning.message in _bundled_survey_notes()
    return "note on the survey's own text" if own else "warning"


@functools.cache
def _bundled_survey_notes() -> frozenset[str]:
    """What the bundled survey's own text makes the parser say (read once, when a copy warns)."""
    from .indexer.sources import parse_source

    try:
        return frozenset(w.message for w in parse_source(bundled_survey()).warnings)
    except DxsearchError:
        return frozenset()


def _cmd_parse(args: argparse.Namespace) -> int:
    paths = [Path(p) for p in args.sources] or [bundled_survey()]
    started = time.perf_counter()
    results = _parse(paths, "parse")
    if results is None:
        return 2
    elapsed = time.perf_counter() - started
    records = [r for res in results for r in res.records]
    warnings = [w for res in results for w in res.warnings]
    labelled = [(_warning_label(res, w), w) for res in results for w in res.warnings]

    if args.strict and warnings:
        for label, w in labelled:
            print(f"{label}: {w}", file=sys.stderr)
        print(f"dxsearch parse: {len(warnings)} warning(s) and --strict: nothing written", file=sys.stderr)
        return 3
    if args.output:
        try:
            write_jsonl(records, Path(args.output))
        except OSError as e:
            print(f"dxsearch parse: error: cannot write {e.filename or args.output}: {e.strerror or e}; "
                  f"nothing written", file=sys.stderr)
            return 2
    else:
        sys.stdout.writelines(record_lines(records))
        sys.stdout.flush()

    for res in results:
        counts = res.counts()
        table = ", ".join(f"{s} {counts.get(s, 0)}" for s in SECTIONS if counts.get(s) or s in res.toc)
        print(f"{res.source}: {len(res.records)} records ({table})", file=sys.stderr)
    for label, w in labelled:
        print(f"{label}: {w}", file=sys.stderr)
    where = f" → {args.output}" if args.output else ""
    notes = sum(label != "warning" for label, _ in labelled)  # said as they were labelled (a check read 2 notes as 2 warnings)
    said = ", ".join(part for part in (f"{len(warnings) - notes} warning(s)" if len(warnings) > notes else "",
                                       f"{notes} note(s) on the survey's own text" if notes else "") if part) or "0 warning(s)"
    print(f"parsed {len(records)} records from {len(paths)} source(s) in {elapsed:.2f} s, {said}{where}", file=sys.stderr)
    return 0


def _same_sources(index_dir: Path) -> list[Path]:
    """The sources the index was built from, its bundled survey as this installation's: a
    reinstall (another virtual environment) moves the bundled survey, not the user's own files."""
    from .search.storage import recorded_sources

    out = []
    for recorded in recorded_sources(index_dir):
        path = Path(recorded)
        bundled = path.name == bundled_survey().name and path.parent.name == "data"
        out.append(bundled_survey() if bundled else path)
    return out


def _cmd_build(args: argparse.Namespace) -> int:
    from .search.integrity import user_name
    from .search.storage import (IndexMissing, IndexUnavailable, build, build_in_progress, fingerprint,
                                 no_foreign_files, not_a_directory, verified_generation)

    index_dir = _index_dir(args)
    try:
        not_a_directory(index_dir)
        no_foreign_files(index_dir)  # before reading any source
    except IndexUnavailable as e:
        print(f"dxsearch build: error: {e}; nothing was written", file=sys.stderr)
        return 2
    if build_in_progress(index_dir):  # …and before printing any note of them
        print(f"dxsearch build: error: another `dxsearch build` is writing {index_dir}; wait for it to finish",
              file=sys.stderr)
        return 2
    if args.same_sources and (args.sources or args.with_survey or args.survey_only):
        raise UsageError("--same-sources builds from the sources the index was built from: give it no SOURCE "
                         "files, no --with-survey and no --survey-only")
    if args.survey_only and (args.sources or args.with_survey):
        raise UsageError("--survey-only builds from the bundled survey alone: give it no SOURCE files and no "
                         "--with-survey")
    if args.replace and not args.sources:
        raise UsageError("--replace builds from the SOURCE files given alone: name them (`--survey-only` is the "
                         "bundled survey alone)")
    # the index's own sources a build of the bundled survey alone leaves out
    built_from = _same_sources(index_dir) if not args.sources and not args.same_sources else []
    dropped = [p for p in built_from if p.resolve() != bundled_survey().resolve()]
    if dropped and not args.survey_only:
        # `dxsearch build` alone would leave them out: a trial's cases were gone, said only in a note
        # among the survey's (asked which, the index is kept)
        also = " also" if len(dropped) < len(built_from) else ""  # beside the bundled survey, or instead of it
        print(f"dxsearch build: error: the index at {index_dir} was{also} built from "
              f"{', '.join(str(p) for p in dropped)}; `dxsearch build --same-sources` rebuilds it with them, "
              f"`dxsearch build --survey-only` from the bundled survey alone; the index is unchanged",
              file=sys.stderr)
        return 2
    paths = _same_sources(index_dir) if args.same_sources else [Path(p) for p in args.sources]
    if not paths or args.with_survey:
        paths.insert(0, bundled_survey())
    started = time.perf_counter()
    try:
        source_print = fingerprint(paths)
    except OSError as e:
        recorded = f" (a source of the index at {index_dir}; `dxsearch build FILE...` builds from others)" \
            if args.same_sources else ""
        print(f"dxsearch build: error: cannot read {e.filename}: {e.strerror}{recorded}; the index is unchanged",
              file=sys.stderr)
        return 2
    if args.survey_only:
        # …and said, when it leaves them out
        if dropped:
            print(f"note: the index was also built from {', '.join(str(p) for p in dropped)}; this build has the "
                  f"bundled survey only", file=sys.stderr)
    try:  # a live index that fails the checks made when it is opened is rebuilt, whatever its sources
        up_to_date = verified_generation(index_dir).meta.get("fingerprint") == source_print
    except IndexMissing:
        up_to_date = False
    except IndexUnavailable as e:
        up_to_date = False
        reason = str(e).split(": run `dxsearch build", 1)[0]  # what this build is about to do
        print(f"dxsearch build: {reason}; building a new one", file=sys.stderr)
    if not args.force and up_to_date:
        print(f"the index at {index_dir} is up to date with its sources ({time.perf_counter() - started:.2f} s); "
              f"--force rebuilds it anyway", file=sys.stderr)
        return 0
    results = _parse(paths, "build")
    if results is None:
        return 2
    short = [(res.source, table, printed, got) for res in results for table, (printed, got)
             in res.short_tables().items()]
    if not short or args.allow_short:
        for res in results:
            for w in res.warnings:
                print(f"{_warning_label(res, w)}: {w}", file=sys.stderr)
    else:
        # a survey cut short: not a whole index replaced by part of one (a trial's first 300 lines: 221 cases)
        for source, table, printed, got in short:
            print(f"dxsearch build: error: {source}: table {table}: the contents page prints {printed} entries, "
                  f"{got} were parsed", file=sys.stderr)
        print("dxsearch build: the survey looks cut short; the index is unchanged (`--allow-short` builds "
              "from it anyway)", file=sys.stderr)
        return 2
    if args.sources and not args.replace:
        # …nor would a build naming files (an admin's `dxsearch build office.csv`, without --with-survey,
        # would have served the office 5 cases instead of 599; `--with-survey new.csv` dropped old.csv)
        given = {p.resolve() for p in paths}
        # (a source gone since cannot be kept: not asked for)
        left_out = [p for p in _same_sources(index_dir) if p.resolve() not in given and p.exists()]
        if left_out:
            named = ", ".join("the bundled survey" if p.resolve() == bundled_survey().resolve() else str(p)
                              for p in left_out)
            survey = bundled_survey().resolve()
            with_survey = args.with_survey or any(p.resolve() == survey for p in left_out)
            keep = [*(["--with-survey"] if with_survey else []),
                    *(shlex.quote(str(p)) for p in [*left_out, *map(Path, args.sources)] if p.resolve() != survey)]
            print(f"dxsearch build: error: the index at {index_dir} was built from {named} too, which this build "
                  f"would leave out; `dxsearch build {' '.join(dict.fromkeys(keep))}` keeps them, `--replace` "
                  f"builds from the files given alone; the index is unchanged", file=sys.stderr)
            return 2
    records = [r for res in results for r in res.records]
    parsed = time.perf_counter()
    try:
        # absolute: `--same-sources` finds them again from any directory
        gen = build(records, index_dir, [str(p.resolve()) for p in paths], fingerprint=source_print,
                    reuse=not args.force)
    except (IndexUnavailable, ValueError, OSError) as e:
        print(f"dxsearch build: error: {e}; the previous index is unchanged", file=sys.stderr)
        return 2
    done = time.perf_counter()
    reused = f", {gen.meta['reused']} unchanged analyses reused" if gen.meta.get("reused") else ""
    count = gen.meta["count"]
    print(f"indexed {count} record{'' if count == 1 else 's'} from {len(paths)} source(s) into {index_dir} "
          f"(parse {parsed - started:.1f} s, index {done - parsed:.1f} s{reused})", file=sys.stderr)
    if all(is_case_file(p) for p in paths):  # no survey among the sources: say how to add it
        print("note: the index holds only the cases of these files; `dxsearch build --with-survey FILE...` "
              "indexes them beside the bundled survey", file=sys.stderr)
    for old in gen.left_behind:  # another user's, most likely (a build run once as root): disk kept for nothing
        try:
            owner = f" (owned by {user_name(old.lstat().st_uid)})"
        except OSError:
            owner = ""
        print(f"note: could not remove the old index copy {old}{owner}; remove it as its owner", file=sys.stderr)
    return 0


def _cmd_check(args: argparse.Namespace) -> int:
    """Verify the live generation in full: what is wrong, file by file; exit 2 when anything is."""
    from .search.storage import checked_generation, rebuild_hint

    index_dir = _index_dir(args)
    started = time.perf_counter()
    gen, meta, problems = checked_generation(index_dir, full=True)  # missing or untrusted: exit 2
    for problem in problems:
        print(f"{gen / problem.file}: {problem.what}")
    if problems:
        print(f"dxsearch check: the index at {index_dir} is damaged ({len(problems)} problem(s)); "
              f"{rebuild_hint(index_dir)} to replace it", file=sys.stderr)
        return 2
    print(f"ok: {gen}: {meta['count']} cases, {len(meta['files'])} files as the build wrote them "
          f"({time.perf_counter() - started:.2f} s)")
    return 0


def _index_dir(args: argparse.Namespace) -> Path:
    from .search.storage import default_index_dir

    return Path(args.index) if args.index else default_index_dir()


def _open_index(args: argparse.Namespace) -> SearchIndex:
    from .search.engine import SearchIndex

    return SearchIndex(_index_dir(args))


class UsageError(Exception):
    """A command line the library would refuse, told in the command line's own terms (its
    options, not the library's parameters); exit code 2 like argparse's own errors."""


# facet → its options on `search` and `export` (the first is the name used in messages)
FACET_OPTIONS: dict[str, tuple[str, ...]] = {
    "section": ("--section",), "prefecture": ("--prefecture", "--pref"), "region": ("--region",),
    "field": ("--field",), "group": ("--group",), "employment": ("--employment",), "status": ("--status",),
    "shared_use": ("--shared-use",),
    "technology": ("--technology",), "source": ("--source",),
}
FACET_HELP: dict[str, str] = {
    "section": "ai_rpa, shared_system, digital_talent, organization",
    "prefecture": "三重県, 香川県, … (--pref for short)",
    "region": "北海道, 東北, 関東, 中部, 近畿, 中国, 四国, 九州",
    "field": "分野: 総務分野, 教育分野, …",
    "group": "the survey's sub-heading: 会議録作成・テープおこし, …",
    "employment": "a digital-talent role's 常勤 or 非常勤",
    "status": "導入(実施)済, 導入(実施)予定, 実証中, 実証予定, 検討中",
    "shared_use": "共同利用中, 共同利用可能, 共同利用不可, さらなる共同利用可能, …",
    "technology": "AI, RPA, AI-OCR, チャットボット, …",
    "source": "the file a case came from",
}


def _output_format(raw: str) -> str:
    """An argparse type: one of `FORMATS`; a workbook's asked for is told the CSV Excel opens (a
    trial's `--format xlsx` got argparse's bare invalid choice)."""
    if raw in FORMATS:
        return raw
    asked = raw.lower().lstrip(".")
    excel = f" (Excel opens csv as is: {_EXCEL_READS})" if asked == "excel" or f".{asked}" in _WORKBOOK_SUFFIXES else ""
    raise argparse.ArgumentTypeError(f"{raw!r} is not one of {', '.join(FORMATS)}{excel}")


def _bounded(low: int, high: int):
    """An argparse type: a whole number in [low, high]; argparse names the option in its error."""
    def parse(raw: str) -> int:
        try:
            value = int(raw)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{raw!r} is not a whole number") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"must be between {low} and {high}, not {value}")
        return value
    return parse


def _filters(args: argparse.Namespace, index: SearchIndex) -> dict[str, list[str]]:
    """The facet options given, each value checked against the index so a mistake names the
    option (`--status`), not the library's facet."""
    filters: dict[str, list[str]] = {}
    for facet, options in FACET_OPTIONS.items():
        values = getattr(args, facet, None)
        if not values:
            continue
        known = [v.value for v in index.facet_values(facet)]
        given, values = values, []
        for value in given:
            read = index.read_values(facet, value) if value not in known else []
            if read:  # --pref 香川, --status 導入済み: as the words of a query are read
                print(f"note: {options[0]} {value} read as {', '.join(read)}", file=sys.stderr)
                values.extend(read)
                continue
            values.append(value)
            if value not in known:
                near = index.near_values(facet, value)
                other = index.value_elsewhere(facet, value) if not near else None
                listed = ", ".join(known[:8]) + (", …" if len(known) > 8 else "")
                if near:
                    hint = f"; did you mean {' or '.join(near)}?"
                elif other is not None:
                    option, meant = FACET_OPTIONS[other[0]][0], other[1]
                    # a place word read as several prefectures is that option's word (--region 東海: --pref 東海)
                    hint = f"; did you mean {option} {value} ({', '.join(meant)})?" \
                        if len(meant) > 1 and index.read_values(other[0], value) == meant \
                        else f"; did you mean {' or '.join(f'{option} {v}' for v in meant)}?"
                else:
                    hint = f"; values are {listed}"
                raise UsageError(f"unknown value {value!r} for {options[0]}{hint}"
                                 if known else f"unknown value {value!r} for {options[0]}: the index has none")
        filters[facet] = list(dict.fromkeys(values))
    return filters


def _print_json(data: object) -> None:
    import json

    print(json.dumps(data, ensure_ascii=False, indent=1))


def _cmd_search(args: argparse.Namespace) -> int:
    from .search.shown_terms import cut_word  # a 2,000-character word said back cut, as the page does

    index = _open_index(args)
    result = index.search(args.query, _filters(args, index), per_page=args.limit, page=args.page, sort=args.sort,
                          understand_query=not args.literal)
    partial = result.partial_matches
    if args.page > result.pages and not result.partial:
        found = _cases(result.total) if result.total or partial is None else \
            f"0 cases, {_cases(partial.total)} with some of the words"
        raise UsageError(f"--page {args.page} is past the last page: {found}, "
                         f"{result.pages} page{'s' if result.pages > 1 else ''} of {args.limit}")
    if args.json:  # what /api/search returns, highlights included
        _print_json(result.to_dict())
        return 0
    for line in _read_back([f for f in result.applied_filters if f.origin == "query"]):
        print(line)
    # the options' filters on one line, each once (a trial read `--prefecture 香川県 → prefecture = 香川県` as noise)
    given: dict[str, list[str]] = {}
    for f in result.applied_filters:
        if f.origin != "query":
            given.setdefault(f.facet, []).append(f.value)
    if given:  # …places (prefectures and regions) any of them, as the search combines them (a trial read
        # `prefecture = 香川県; region = 東北` as both, where 22 cases of six prefectures were either)
        places = " or ".join(f"{facet} = {' or '.join(given[facet])}" for facet in ("prefecture", "region")
                             if facet in given)
        others = [f"{facet} = {' or '.join(values)}" for facet, values in given.items()
                  if facet not in ("prefecture", "region")]
        if others and "prefecture" in given and "region" in given:
            places = f"({places})"
        print("filters: " + "; ".join([*([places] if places else []), *others]))
    clauses = [w.clause for w in result.words]
    for w in result.words:
        note = " (excluded)" if w.excluded else "" if w.required else \
            " (only ranks: said for whom, which few cases say)" if w.for_whom else \
            " (only ranks: a common word, or what nearly every case does)"
        if not w.excluded and clauses.count(w.clause) > 1:
            note += " (or " + ", ".join(f"「{o.text}」" for o in result.words if o.clause == w.clause and o is not w) + ")"
        if w.apart:
            note += f" (no case writes it whole: found as {' … '.join(w.apart)}, close together)"
        alike = f" (words like it: {' / '.join(w.suggestions)})" if w.suggestions and not result.did_you_mean else ""
        if w.related:  # スキャン: the cases say AI-OCR
            alike += f" (related words the cases use: {' / '.join(w.related)})"
        also = index.synonyms_written(w, limit=len(w.forms)) if w.count and not w.excluded else []
        if w.reading_of:  # ぎじろく: no case writes the kana; 議事録 is read so
            note = f" (read as {' / '.join(w.reading_of)}: the kana typed are its reading)" + note
        elif also:  # as the page says 電決 (＝電子決裁)
            note = f" (also as {' / '.join(also[:4])}{' …' if len(also) > 4 else ''})" + note
        print(f"「{cut_word(w.text)}」 in {_cases(w.count)}{note}" if w.count else _in_no_case(w, alike))
    if result.did_you_mean and not result.total:
        print(f"did you mean: {' / '.join(result.did_you_mean)}")
    if (tagged := result.technology_tagged) is not None:  # as the page says
        holds = "the word finds all of them and the cases saying it elsewhere" if tagged.held == tagged.count \
            else f"a quoted word finds the cases writing it as typed, {tagged.held} of them"
        listing = " ".join(["dxsearch search", *([_shell_word(tagged.rest)] if tagged.rest else []),
                            f"--technology {_shell_word(tagged.tag)}"])
        # …and the search's other words, as the page says them (a re-check trial read "lists those" as the 26)
        those = f"lists those within {cut_word(tagged.rest)}" if tagged.rest else "lists those"
        print(f"the technology facet tags {_cases(tagged.count)} 「{tagged.tag}」 by their descriptions: {holds} "
              f"(`{listing}` {those})")
    if result.preferred is not None and result.preferred.applies and 0 < result.preferred.count < result.total:
        p = result.preferred
        every = next((v.count for v in result.facets.get(p.facet, []) if v.value == p.value), p.count)
        if every >= result.total:  # nothing is put first: as the page says it
            print(f"every case found has {p.facet} {p.value} (the query says {p.text})")
        elif result.mode == "description":  # as the page's でよく似ている事例 (N 件) を先に: not all of them
            # (a trial read 「first: the 9 cases whose status is 導入(実施)済」 as the only 9 of 21 in use)
            option = FACET_OPTIONS.get(p.facet, (f"--{p.facet}",))[0]
            using = f" and that use {' or '.join(p.technology)}" if p.technology else ""
            if p.untold:  # an AI・RPA case naming no technology may use RPA: the survey does not say
                using += f", {p.untold} of them naming no technology"
            print(f"first: the {_cases(p.count)} most similar whose {p.facet} is {p.value}{using} (the query says {p.text}); "
                  f"{every} in all with less similar ones ({option} {p.value} keeps to them)")
        else:
            print(f"first: the {_cases(p.count)} whose {p.facet} is {p.value} (the query says {p.text})")
        shown_until = result.first_group_pages
        if shown_until is not None and result.page > shown_until:  # as the page says: this one lists the others
            print(f"(they were on {'page 1' if shown_until == 1 else f'pages 1–{shown_until}'}; "
                  f"this page lists the others)")
    where = result.where()
    if where:  # …している県はありますか: the answer in a line, as the page gives it
        asked = result.preferred
        of = f" of {asked.value}" if asked is not None and asked.applies and asked.count else ""
        # a text's: counted among the most similar only, as the page's よく似ている says (a trial read
        # 「三重県 1」 beside six cases in use from six prefectures as a contradiction)
        among = f" among the most similar (scoring {ASKED_ANSWER_SHARE:.0%} of the first or more)" \
            if result.mode == "description" else ""
        more = result.where_count() - len(where)
        listed = " · ".join(f"{name} {n}" for name, n in where) + (f" · and {more} more" if more > 0 else "")
        if among:  # as the page's 導入(実施)済でよく似ている上位 3 件の都道府県
            print(f"prefectures of the {_cases(result.where_cases())}{of} most similar (scoring "
                  f"{ASKED_ANSWER_SHARE:.0%} of the first or more): {listed}")
        elif all(n == 1 for _, n in where):  # one each: none has the most (a trial)
            print(f"prefectures of the cases{of}: {listed}")
        else:
            print(f"prefectures with the most cases{of}: {listed}")
    elif result.asks_where and result.total and result.preferred is not None and result.preferred.applies \
            and not result.preferred.count:
        using = f" using {' or '.join(result.preferred.technology)}" if result.preferred.technology else ""
        print(f"no case{using} of {result.preferred.value} among these ({result.preferred.text}: none does it yet)")
    _print_reuse(result.reuse(), result.shareable, found=bool(result.total))
    if result.denied:
        print(f"not a condition: {result.denied} (the survey lists what was done; the cases below have the other words)")
    if result.own_status:
        print(f"not a condition: {', '.join(result.own_status)} (read as where the writer's own work stands; "
              "the cases below are of any status: --status keeps to one)")
    if result.filler_words:
        print(f"not searched for: {', '.join(result.filler_words)} (words that say what kind of thing is looked for)")
    if (untold := result.without_technology_word()) is not None:
        one = result.technology_untold == 1
        rest, dropped = untold
        # the command that lists them, with the options given (a re-check trial's --pref 東京都 was left out)
        options = [f"{FACET_OPTIONS[f.facet][0]} {_shell_word(f.value)}" for f in result.applied_filters
                   if f.origin != "query" and f.facet != "section"]
        to = " ".join(["dxsearch search", *([_shell_word(rest)] if rest else []), *options, "--section ai_rpa"])
        print(f"also {_cases(result.technology_untold)} of the AI・RPA table "
              f"{'meets' if one else 'meet'} the rest but {'names' if one else 'name'} no technology "
              f"(RPA or not, the survey does not say): `{to}` lists them among others, marked {UNTOLD_MARK}, "
              f"without {''.join(f'「{w}」' for w in dropped)}")
    if result.lone_operators:
        print(f"{' and '.join(result.lone_operators)} {'has' if len(result.lone_operators) == 1 else 'have'} "
              "no word to act on: OR goes between two words (RPA OR AI-OCR), NOT or - before a word to "
              "leave out (議事録 NOT 三重県, 議事録 -三重県); AND is not needed, every word is searched")
    if result.unrecorded_words:
        print(f"not searched for: {', '.join(result.unrecorded_words)} (the survey records no contact or section "
              "in charge of a case; its DX organisations, --section organization, are where to ask)")
    if result.ignored_words:
        print(f"{result.ignored_words} more words not searched: a search reads the first {MAX_QUERY_WORDS}")
    for r in result.relaxations:  # an empty or few-match result: what each filter's removal would find
        shown = " ".join(f"「{f.text}」" if f.origin == "query" else f"{FACET_OPTIONS[f.facet][0]} {f.value}"
                         for f in [r.filter, *r.also])
        if r.instead is not None and r.instead.origin == "query":  # …or a word (共同利用できる → 共同利用中)
            print(f"{'for more: ' if result.total else ''}with 「{r.instead.text}」 (the shared systems in use "
                  f"too) instead of {shown}: {_cases(r.count)}")
            continue
        if r.instead is not None:  # …or the value as the other table words it
            print(f"{'for more: ' if result.total else ''}with {FACET_OPTIONS[r.instead.facet][0]} "
                  f"{_shell_word(r.instead.value)} instead of {r.filter.value}: {_cases(r.count)}")
            continue
        # after a few matches, ways to more (a trial read `without …` over 4 cases as "none found")
        print(f"{'for more: ' if result.total else ''}without {shown}: {_cases(r.count)}")
    for size in result.place_sizes:  # …and how many cases its places hold at all (島根県: 2)
        held = ", ".join(f"{s} {n}" for s, n in size.by_section.items() if n)
        print(f"{size.value} holds {_cases(size.total)} in all" + (f" ({held})" if held else ""))
    first = (result.page - 1) * result.per_page + 1
    shown = f", showing {first}–{first + len(result.hits) - 1}" if result.total > len(result.hits) > 0 else ""
    if result.mode == "description":
        if result.key_terms:
            print(_key_terms(result.key_terms, result.added_terms))
            if result.absent_words:
                print(_absent(result.absent_words))
        elif not result.partial:
            print("no word of the text to compare the cases by (numbers and words such as 作業, 毎年 are not): "
                  "name the task, its forms or its systems")
        close = "" if result.close is None or result.close >= result.total else \
            (" (none especially close within the places chosen)" if result.elsewhere else " (none especially close)") \
            if not result.close else f" ({result.close} especially close, marked [close])"
        print(f"{_cases(result.total)} most similar to the text{close}, most similar first{shown} ({result.took_ms:.1f} ms)")
    else:
        if result.query.strip() and not result.words and not result.applied_filters:
            print(f"no word to search for in 「{cut_word(result.query.strip())}」: particles and words that do not say what "
                  "is looked for (探す, 使う) are not searched; name what the cases are about (議事録, 通勤手当 RPA)")
        places = f" from {result.prefecture_count} prefectures" if result.prefecture_count > 1 else ""
        print(f"{_cases(result.total)}{places}{shown} ({result.took_ms:.1f} ms)")
    any_words = _any_words_line(index, args, result)
    if any_words and result.total:  # beside the cases holding every word, where it is seen (a check missed it at the end)
        print(any_words)
    tags = _named_tags(result) if args.snippets else frozenset()
    _print_hits(result.hits, *_first_group_end(result), snippets=args.snippets, tags=tags)
    if result.total and result.page < result.pages:
        print(f"more: --page {result.page + 1} (or --limit up to {MAX_PER_PAGE})")
    related = result.related
    if related is not None and not related.of_partial_matches:
        # those lacking fewer words come first, whatever their score (a trial read the scores' order as none)
        fewer = ", those lacking fewer first" if len({w.clause for w in result.words if w.required and not w.excluded}) > 1 else ""
        _print_related(related, "no case within the filters contains every word; cases within them like those that "
                                "do elsewhere" if not result.total else f"cases like these, lacking some of the words{fewer}",
                       snippets=args.snippets)
    read_as = result.read_as
    if read_as is not None:
        why = "; ".join(f"no case writes {typed}: {suffix} left out" for typed, suffix in read_as.dropped.items()) \
            or "the kana typed are its reading"
        print(f"read as 「{read_as.query}」 ({why}): {_cases(read_as.total)}"
              + (f", the first {len(read_as.hits)}" if read_as.total > len(read_as.hits) else "") + ":")
        _print_hits(read_as.hits, snippets=args.snippets, tags=tags)
    if partial is not None:
        held = f"{partial.most} or {partial.matched}" if partial.most > partial.matched else f"{partial.matched}"
        first = (partial.page - 1) * result.per_page + 1
        shown = f", showing {first}–{first + len(partial.hits) - 1}" if partial.total > len(partial.hits) > 0 else ""
        print(f"no case contains every word; {_cases(partial.total)} contain{'s' if partial.total == 1 else ''} "
              f"{held} of the {partial.clauses}{shown}:")
        _print_hits(partial.hits, snippets=args.snippets, tags=tags)
        if partial.page * result.per_page < partial.total:
            print(f"more: --page {partial.page + 1} (or --limit up to {MAX_PER_PAGE})")
    if related is not None and related.of_partial_matches:
        _print_related(related, "cases like those, lacking more of the words", snippets=args.snippets)
    elsewhere = result.elsewhere
    if elsewhere is not None and elsewhere.hits:  # the places chosen hold few: the matches outside them
        names = " ".join(dict.fromkeys(f"「{f.text}」" if f.origin == "query" else f"{FACET_OPTIONS[f.facet][0]} {f.value}"
                                       for f in elsewhere.places))
        how = "like the text" if result.mode == "description" else "matching"
        first_few = f", the first {len(elsewhere.hits)}" if elsewhere.total > len(elsewhere.hits) else ""
        near = ""  # …the best of the places' region first (九州's best 5 of its 14 first)
        if elsewhere.near:
            some = f"best {elsewhere.near_first} of its " if elsewhere.near_total > elsewhere.near_first else ""
            near = f" ({elsewhere.near}'s {some}{elsewhere.near_total} first)"
        print(f"outside {names}: {_cases(elsewhere.total)} {how}{first_few}{near}:")
        _print_hits(elsewhere.hits, snippets=args.snippets, tags=tags)
    if any_words and not result.total:  # …after the partial matches, as the page offers it
        print(any_words)
    offered_similar = False
    if not result.total and result.mode == "keywords" and related is None and read_as is None and partial is None \
            and any(not w.count and not w.excluded for w in result.words):
        # a word in no case: the web page offers the cases like the words (テレワーク: the Web会議
        # cases); not when the filters alone leave nothing (RPA --region 四国 --status 実証中)
        # its place words read as the search read them, else (they found nothing) as words: as the page
        text = args.query[:MAX_SIMILAR_TEXT_CHARS]
        literal = None
        if index.similar(text=text, limit=1).hits:
            literal = ""
        elif any(f.origin == "query" for f in result.applied_filters) and \
                index.similar(text=text, limit=1, understand_query=False).hits:
            literal = "--literal "
        if literal is not None:
            offered_similar = True
            print(f"cases like the words, though none contains them: dxsearch similar {literal}--text "
                  f"{shlex.quote(args.query)}")
    if not result.total and result.unknown_words and not result.did_you_mean and read_as is None:
        # a word in no case and no other meant: the survey's date may be why, and a way out, as the page
        # gives them (a researcher's trial: ブロックチェーン printed 0 cases and nothing to do next)
        print("note: the survey is of 2020 (令和2年): what spread later (生成AI …) is in no case")
        if not (offered_similar or result.relaxations or partial is not None and partial.hits
                or related is not None and related.hits):
            print("try a shorter word (会議録自動作成 → 会議録) or another way of saying it (問い合わせ → チャットボット, "
                  "手書き → AI-OCR); `dxsearch stats` counts what the survey holds")
    return 0


def _absent(words: list[str]) -> str:
    """A text's things that no case holds, said as the page says them."""
    return "in no case: " + " ".join(f"「{w}」" for w in words) + " (the cases below are like the text by its other words)"


def _key_terms(terms: list[str], added: list[str]) -> str:
    """The key terms the text says, then those added to them (synonyms, what meets its needs);
    each once, not also its parts (as the page lists them; --json has them all)."""
    from .search.shown_terms import listed_apart  # a command's import: `dxsearch build` skips Janome

    own, more = listed_apart(terms, added)
    if not own:  # テレワーク, in no case: only the words of what it needs (Web会議 …)
        return "key terms: none of the text's own; related: " + " ".join(more)
    return "key terms: " + " ".join(own) + (f" (and related: {' '.join(more)})" if more else "")


def _in_no_case(word: QueryWordCount, alike: str = "") -> str:
    """A word no case contains, as `search` and an empty export say it: a word written only inside
    other words says where (川: 香川, 神奈川, 川柳), as the page does."""
    from .search.shown_terms import cut_word

    if not word.inside:
        return f"no case mentions 「{cut_word(word.text)}」{alike}"
    return (f"no case has 「{cut_word(word.text)}」 as a word of its own{alike} "
            f"(written only inside other words: {' / '.join(word.inside)})")


def _cases(n: int) -> str:
    return f"{n} case" if n == 1 else f"{n} cases"


def _any_words_line(index: SearchIndex, args: argparse.Namespace, result: SearchResult) -> str | None:
    """The search for any one of the words (`SearchResult.any_words_query`) with its count, when
    it finds more than every word does: as the page offers it."""
    any_words = result.any_words_query()
    if any_words is None:
        return None
    count = index.search(any_words, _filters(args, index), per_page=1, understand_query=not args.literal,
                         highlight_hits=False, count_facets=False).total
    return f"any of the words: {_cases(count)}: dxsearch search {shlex.quote(any_words)}" if count > result.total else None


def _named_tags(result: SearchResult) -> frozenset[str]:
    """The technology tags the query's words name (GIS, チャットボット): their cases match too."""
    from .search.technology import named_tag

    return frozenset(t for w in result.words for f in (w.text, *w.forms) if (t := named_tag(f)))


def _print_related(related: RelatedCases, heading: str, snippets: bool = False) -> None:
    # マイナンバー of マイナンバーカード: one part is "part" (a trial read "the words' parts マイナンバー")
    said = [f"{', '.join(related.parts)}, {'part' if len(related.parts) == 1 else 'parts'} of a query word"] \
        if related.parts else []
    if terms := related.found_by():
        said.append(", ".join(terms))
    print(f"{heading}{' (found by ' + ', and by '.join(said) + ')' if said else ''}:")
    _print_hits(related.hits, snippets=snippets)


def _first_group_end(result: SearchResult) -> tuple[int | None, str]:
    """After which hit of the page the cases put first (`first: …`) end, and the line that says so."""
    order = "most similar first" if result.mode == "description" else "best first"
    ends = result.first_group_end
    return (ends, f"-- then the other cases, {order} --") if ends is not None else (None, "")


SNIPPET_FIELDS = {"description": "description", EXTRA: "other fields"}  # `--snippets`: the name is on the hit's line


def _print_hits(hits: list[Hit], divide_after: int | None = None, divider: str = "", snippets: bool = False,
                tags: frozenset[str] = frozenset()) -> None:
    """The hits, one a line; `divider` printed after the first `divide_after` of them; with
    `snippets`, under each the fields other than its name where the words are, marked « » (a
    researcher could not see why three cases saying only RPA matched AI-OCR: their reasons say it),
    or, for a case holding none of them, the text its technology tag among `tags` was read from."""
    scored = any(hit.score for hit in hits)  # filters alone rank nothing: no column of 0.00 (a trial)
    for i, hit in enumerate(hits):
        if i == divide_after:
            print(divider)
        r = hit.record
        lacks = f"  (lacks {', '.join(hit.missing)})" if hit.missing else ""
        close = "  [close]" if hit.close else ""  # especially close to a pasted text, as the page's ◎特に近い
        # an AI・RPA case naming no technology, as the page's 技術の記載なし: the RPA note's command lists
        # the ones it counts among the table's 357, and a check could not tell them apart
        untold = f"  {UNTOLD_MARK}" if r.section == "ai_rpa" and not hit.technology else ""
        score = f"{hit.score:6.2f}" if scored else f"{'-':>6}"
        print(f"{r.id:<22} {score}  {_pad(r.prefecture, 8)} {_pad(r.status, 14)} {case_title(r)}{untold}{lacks}{close}")
        if snippets:
            shown = {field: text for field, text in hit.snippets.items() if field in SNIPPET_FIELDS}
            for field, text in shown.items():
                print(f"    {SNIPPET_FIELDS[field]}: {text}")
            if not shown and "name" not in hit.snippets and (tagged := _tagged_where(hit, tags)):
                print(f"    {tagged}")


def _tagged_where(hit: Hit, tags: frozenset[str]) -> str | None:
    """`technology GIS: 福岡県森林«地理情報»クラウドシステム`: where a case matched by a technology tag
    the query names (not by its words) says it, as the tag's rule reads it (`search.technology`)."""
    from .search.highlight import text_fragments
    from .search.technology import where_tagged

    for tag in (t for t in hit.technology if t in tags):
        found = where_tagged(hit.record, tag)
        if found is not None:
            return f"technology {tag}: {text_fragments(found[0], [found[1]])}"
    return None


def _width(text: str) -> int:
    """Columns `text` takes in a terminal: a wide (Japanese) character takes two."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    """`text` padded with spaces to `width` terminal columns, so the next column lines up."""
    return text + " " * max(0, width - _width(text))


def _cmd_export(args: argparse.Namespace) -> int:
    index = _open_index(args)
    hits = index.iter_hits(args.query, _filters(args, index), sort=args.sort, understand_query=not args.literal)
    # a pasted text's ranking says each case's place and ◎, as its similar cases' CSV does
    count = _export_hits(hits, args, "cases", ranked=hits.ranked)
    if not count and args.query.strip():
        _why_nothing(index, args)
    return 0


_FORMAT_BY_SUFFIX = {".jsonl": "jsonl", ".json": "json"}  # an OUT's name tells its format; else csv
FORMATS = ("csv", "jsonl", "json")
# names Excel opens as a workbook, and refuses when the file is CSV text (a trial's `-o out.xlsx`)
_WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")
_EXCEL_READS = "UTF-8 with a BOM, Japanese headers"  # why the CSV written opens in Excel as it is


def _export_hits(hits: Iterator[Hit], args: argparse.Namespace, what: str, ranked: bool = False) -> int:
    """Hits as CSV or JSON Lines (`--format`, else by the name of `--output`) to `--output`,
    atomically, or to stdout; says how many went where on stderr. `ranked`: similar cases, whose
    CSV says each one's place and ◎, and a pasted text's ranking (`HitStream.ranked`)."""
    suffix = Path(args.output).suffix.lower() if args.output else ""
    if suffix in _WORKBOOK_SUFFIXES:
        raise UsageError(f"{args.output}: dxsearch writes CSV, not a {suffix} workbook, which Excel would refuse "
                         f"to open; name it {Path(args.output).with_suffix('.csv')} (Excel opens it as is: "
                         f"{_EXCEL_READS})")
    fmt = args.format or _FORMAT_BY_SUFFIX.get(suffix, "csv")
    chunks = _csv_chunks(hits, ranked) if fmt == "csv" else _jsonl_chunks(hits, array=fmt == "json")
    if args.output in (None, "-"):
        count = _write(chunks, sys.stdout.buffer)
        sys.stdout.buffer.flush()
        where = "stdout"
    else:
        try:
            count = _write_atomically(chunks, Path(args.output))
        except OSError as e:  # name the file and the reason
            reason = e.strerror or str(e)
            raise UsageError(reason if reason.startswith("cannot write") else
                             f"cannot write {args.output}: {reason}") from None
        where = args.output
    # one case, one similar case: not "1 cases" (a trial)
    print(f"exported {count} {what if count != 1 else what.removesuffix('s')} ({fmt}) to {where}", file=sys.stderr)
    return count


def _why_nothing(index: SearchIndex, args: argparse.Namespace) -> None:
    """Why an export wrote no case, as `search` would say: a word no case mentions, or the
    cases holding some of the words (an export is of the cases holding every word)."""
    from .search.shown_terms import cut_word

    result = index.search(args.query, _filters(args, index), per_page=1, understand_query=not args.literal,
                          highlight_hits=False)
    for w in result.words:
        if not w.count and not w.excluded:
            print(_in_no_case(w), file=sys.stderr)
    partial = result.partial_matches
    if partial is not None and partial.total:
        print(f"no case contains every word; {_cases(partial.total)} contain{'s' if partial.total == 1 else ''} "
              f"some of them: `dxsearch search` lists them", file=sys.stderr)
    # …or the search the words were read as, which `search` lists (電子申請化: 36 cases of 電子申請; a
    # researcher's export of it wrote a header alone, and said nothing of them)
    if result.read_as is not None and result.read_as.total:
        print(f"read as 「{result.read_as.query}」: {_cases(result.read_as.total)}; to export them: dxsearch export "
              f"{_shell_word(result.read_as.query)} with the same options", file=sys.stderr)
    elif result.did_you_mean:
        print(f"did you mean: {', '.join(result.did_you_mean)}", file=sys.stderr)


def _csv_chunks(hits: Iterator[Hit], ranked: bool = False) -> Iterator[tuple[int, str]]:
    from .search.csvexport import iter_csv

    seen = [0]

    def counted() -> Iterator[Hit]:
        for hit in hits:
            seen[0] += 1
            yield hit

    for chunk in iter_csv(counted(), ranked=ranked):
        yield seen[0], chunk


def _jsonl_chunks(hits: Iterator[Hit], per_chunk: int = 200, array: bool = False) -> Iterator[tuple[int, str]]:
    """One hit per line; `array`: the same lines as one JSON array (`json.load` reads the file; a
    trial's `-o hits.json` had written JSON Lines, which it does not)."""
    import json

    lines: list[str] = []
    count = 0
    for hit in hits:
        line = json.dumps(hit.to_dict(), ensure_ascii=False)
        lines.append((("[\n" if count == 0 else ",\n") + line) if array else line + "\n")
        count += 1
        if len(lines) >= per_chunk:
            yield count, "".join(lines)
            lines = []
    if array:
        lines.append("\n]\n" if count else "[]\n")
    if lines:
        yield count, "".join(lines)


def _write(chunks: Iterator[tuple[int, str]], out: BinaryIO) -> int:
    """Write (hits so far, text) chunks as UTF-8; the number of hits written."""
    count = 0
    for count, text in chunks:
        out.write(text.encode("utf-8"))
    return count


def _write_atomically(chunks: Iterator[tuple[int, str]], path: Path) -> int:
    """Write beside `path` and rename over it: on any error an existing file is left as it was."""
    count = 0
    with atomic_text_writer(path) as out:
        for count, text in chunks:
            out.write(text)
    return count


def _cmd_similar(args: argparse.Namespace) -> int:
    if (args.id is None) == (args.text is None):
        raise UsageError("give a case ID or --text TEXT, not both" if args.id is not None else
                         "give a case ID or --text TEXT")
    if args.text is not None and not args.text.strip():
        raise UsageError("--text is empty: give a description of your task to compare the cases with")
    if args.json and (args.output is not None or args.format is not None):
        raise UsageError("--json prints the answer; --output and --format write the cases as CSV or JSON Lines: "
                         "give one or the other")
    index = _open_index(args)
    if args.id is not None:
        args.id = _current_id(index, args.id)
    written = args.output is not None or args.format is not None
    # written out, every case similar enough unless --limit says otherwise (as /similar.csv: a trial's
    # file held 10 rows where the web's held the 19 its page counts)
    limit = args.limit if args.limit is not None else MAX_SIMILAR if written else DEFAULT_SIMILAR
    result = index.similar(case_id=args.id, text=args.text, limit=limit, filters=_filters(args, index),
                           understand_query=not args.literal)
    if written:  # for Excel: the columns of an export
        _export_hits(iter(result.hits), args, "similar cases", ranked=True)
        return 0
    if args.json:
        _print_json(result.to_dict())
        return 0
    for line in _read_back(result.applied_filters):  # the text's place and status words, as a search reads them
        print(line)
    if result.applied_filters:
        print("(--literal compares the cases by those words instead)")
    within = "; ".join(f"{f} {', '.join(vs)}" for f, vs in result.filters.items())
    record = index.get(args.id) if args.id is not None else None
    if record is not None:
        print(f"cases like {args.id} ({record.prefecture}) {case_title(record)}" + (f", within {within}" if within else ""))
    elif within:
        print(f"within {within}")
    if not result.key_terms:
        print("no word of the text to compare the cases by: describe the task in a few words or sentences")
        return 0
    print(_key_terms(result.key_terms, result.added_terms))
    if result.absent_words:
        print(_absent(result.absent_words))
    if not result.hits:
        print("no case like it" + (" within the filters" if result.filters else ""))
    _print_reuse(result.reuse(), result.shareable)
    # of how many similar enough (a trial saw 10 most similar, and nothing of the 23 there were)
    of = f" of the {result.total} similar enough" if len(result.hits) < result.total else ""
    more = " (a larger --limit lists more)" if of and not result.close_beyond else ""
    if 0 < result.close < len(result.hits):
        print(f"{len(result.hits)} most similar{of}, {result.close} of them especially close ([close]){more}")
    elif result.close:  # as the page's すべて◎特に近い; more of them beyond these are said below
        every = f"all {len(result.hits)}" if result.close_beyond else "all"
        print(f"{len(result.hits)} most similar{of}, {every} especially close ([close]){more}")
    elif of:
        print(f"{len(result.hits)} most similar{of}{more}")
    if result.close_beyond:
        print(f"{result.close_beyond} more especially close beyond these (a larger --limit lists them)")
    _print_hits(result.hits)
    if result.offers_in_table:  # as the page's デジタル人材の中で似ている事例 (roles like a role)
        table = result.source_table
        print(f"like it in its own table ({table}): {_cases(result.in_table)}: dxsearch similar {args.id} "
              + "".join(f"{FACET_OPTIONS[f][0]} {_shell_word(v)} " for f, vs in result.filters.items() for v in vs)
              + f"--section {table}")
    return 0


def _print_reuse(reuse: list[tuple[str, int]], shareable: list[Hit], found: bool = True) -> None:
    """流用できるものがあれば知りたい: whether the cases can be shared, as the page says it; not
    `found`, of the cases holding every word that the shared use asked for left out."""
    if reuse:
        of = "these cases" if found else "the cases with every word"
        print(f"shared use (共同利用の可否) of {of}: " + " · ".join(f"{value} {n}" for value, n in reuse))
        print("  that can be shared: " + ("; ".join(f"{h.record.id} {case_title(h.record)} ({h.record.prefecture})"
                                                   for h in shareable) or "none"))


def _current_id(index: SearchIndex, case_id: str) -> str:
    """The id a case has now, for an id saved from dxsearch 0.1 (survey-r2.ai_rpa-001), said on
    stderr; any other id as given."""
    current = index.current_id(case_id)
    if current is not None and current != case_id:
        print(f"note: {case_id} is read as {current} (the id the case has now)", file=sys.stderr)
        return current
    return case_id


def _cmd_show(args: argparse.Namespace) -> int:
    index = _open_index(args)
    args.id = _current_id(index, args.id)
    record = index.get(args.id)
    if record is None:
        raise CaseNotFound(args.id)
    technology = index.technology_of(args.id)
    if args.json:  # the case of /api/cases/<id>
        _print_json(dict(record.to_dict(), technology=technology, citation=case_citation(record.to_dict())))
        return 0
    from .search.csvexport import TECHNOLOGY_HEADER, cells

    data = dict(cells(record.to_dict()), technology="・".join(technology) or None)  # as the CSV says them
    labels = dict(FIELD_LABELS, technology=TECHNOLOGY_HEADER)
    width = max(_width(labels[k]) for k in labels)
    for key, label in labels.items():
        if data.get(key) not in (None, ""):
            value = str(data[key]).replace("\n", "\n" + " " * (width + 2))
            print(f"{_pad(label, width)}  {value}")
    return 0


def _cmd_stats(args: argparse.Namespace) -> int:
    index = _open_index(args)
    filters = _filters(args, index)
    query = args.query.strip()
    if filters or query:  # stats --section shared_system --json: a table's cases by region (a trial
        # used search --json); stats RPA: the matches of a search by every facet (a trial was refused)
        result = index.search(query, filters, per_page=1, highlight_hits=False)
        # the matching cases holding each value (`FacetValue.matched`), places chosen too (they combine
        # with OR: a count of a place is of it), and technologies (a case has several: a researcher's
        # --technology RPA lost which of them are AI-OCR too); another facet given as an option is
        # what was chosen
        counts = {facet: {v.value: v.matched for v in values if v.matched} for facet, values in result.facets.items()
                  if facet not in filters or facet in ("prefecture", "region", "technology")}
        if args.json:  # …and the words read as filters (三重県 of 三重県のRPA: a script could not tell)
            _print_json({"total": result.total, "query": query, "filters": filters, "facets": counts,
                         "applied_filters": [f.to_dict() for f in result.applied_filters]})
            return 0
        chosen = " ".join(f"{FACET_OPTIONS[f][0]} {v}" for f, vs in filters.items() for v in vs)
        said = " ".join(part for part in (f"「{query}」" if query else "", chosen) if part)
        print(f"{_cases(result.total)} {'matching' if query else 'with'} {said}")
        for line in _read_back([f for f in result.applied_filters if f.origin == "query"]):
            print(line)
        for facet, values in counts.items():
            if values:  # a table's cases have no value of another's column (shared systems: no employment)
                print(f"{facet}: " + ", ".join(f"{v} {n}" for v, n in values.items()))
        if "technology" in counts and "section" not in filters:
            print(TECHNOLOGY_NOTE)
        return 0
    stats = index.stats()
    if args.json:
        _print_json(stats)
        return 0
    print(f"{_cases(stats['total'])}, built {stats['built']} from {', '.join(stats['sources'] or [])}")
    for facet, counts in stats["facets"].items():  # every value a filter option takes
        # …and a facet no case has a value of says so (an index of one's own cases printed `field: `)
        print(f"{facet}: " + (", ".join(f"{v} {n}" for v, n in counts.items()) or "(no case has one)"))
    print(TECHNOLOGY_NOTE)
    return 0


# a researcher counted RPA 225 as AI・RPA cases (223, and 2 DX organisations) and AI 57 as every AI
TECHNOLOGY_NOTE = ("(technology: tags of the cases of every table, from their text; AI is AI other than "
                   "AI-OCR; --section ai_rpa counts the AI・RPA table's cases alone)")


def _is_loopback(host: str) -> bool:
    import ipaddress

    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _ip_address(raw: str) -> str:
    """An argparse type: an IPv4 or IPv6 address (a proxy is trusted by the address it connects from)."""
    import ipaddress

    try:
        return str(ipaddress.ip_address(raw))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{raw!r} is not an IP address (the proxy's, e.g. 127.0.0.1)") from None


def _seconds(raw: str) -> float:
    """An argparse type: a number of seconds, more than 0 and at most an hour."""
    try:
        value = float(raw)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{raw!r} is not a number of seconds") from None
    if not 0 < value <= 3600:  # also refuses nan
        raise argparse.ArgumentTypeError(f"must be more than 0 and at most 3600 seconds, not {raw}")
    return value


def _cmd_serve(args: argparse.Namespace) -> int:
    from .web.app import create_app
    from .web.serving import AccessLog, configure_logging, create_server

    if not _is_loopback(args.host) and not args.allow_host:
        print(f"dxsearch serve: error: --host {args.host} lets other machines connect; name the host names "
              f"they use with --allow-host (e.g. --allow-host dx.example.lg.jp), and put a reverse proxy "
              f"with TLS in front of it (see README, Web UI)", file=sys.stderr)
        return 2
    # opens the index once; a rebuild is picked up while serving
    app = create_app(_index_dir(args), allowed_hosts=args.allow_host or (), timeout=args.timeout, watch=True)
    configure_logging(access=not args.no_access_log)
    try:  # bind first, so "serving" is printed only once it is true
        server = create_server(AccessLog(app), args.host, args.port, args.threads, header_timeout=args.header_timeout,
                               trusted_proxy=args.trusted_proxy)
    except OSError as e:
        print(f"dxsearch serve: error: cannot listen on {args.host}:{args.port}: "
              f"{os.strerror(e.errno) if e.errno else e}", file=sys.stderr)
        return 2
    # through the log, with the time, as every line the server writes after it; the addresses clients
    # use, not 0.0.0.0, which no browser opens (an operator's trial)
    log = logging.getLogger("dxsearch")
    names = [args.host] if _is_loopback(args.host) or not args.allow_host else [h.lower() for h in args.allow_host]
    log.info("dxsearch: serving %s on %s:%s (Ctrl+C to stop)", ", ".join(f"http://{n}:{server.effective_port}/" for n in names),
             args.host, server.effective_port)
    if _is_loopback(args.host) and args.allow_host:  # behind a proxy on this machine: the names it forwards
        # (an admin's trial saw only http://127.0.0.1:8790/ and could not tell its --allow-host was taken)
        log.info("dxsearch: answering too for Host %s, forwarded from this machine (a reverse proxy)",
                 ", ".join(h.lower() for h in args.allow_host))
    # SIGTERM (systemctl stop, restart) stops as Ctrl+C does: the requests being answered finish
    # (it cut one off mid-answer in the trial, and logged nothing)
    try:
        before = signal.signal(signal.SIGTERM, _interrupt)
    except ValueError:  # not the main thread (a script serving from a thread): the default stays
        before = None
    try:
        server.run()
    except KeyboardInterrupt:
        pass
    finally:
        if before is not None:
            signal.signal(signal.SIGTERM, before)
    log.info("dxsearch: stopped")
    return 0


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="dxsearch", description="Search the prefectural DX case survey "
                                     "(都道府県におけるデジタル・ガバメントの先進事例調査).")
    parser.add_argument("--version", action="version", version=f"dxsearch {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("parse", help="parse survey text or PDF files into case records (JSON Lines)")
    p.add_argument("sources", nargs="*", metavar="SOURCE",
                   help="survey PDF or text extraction (default: the bundled survey)")
    p.add_argument("-o", "--output", metavar="OUT.jsonl", help="write records here (default: stdout)")
    p.add_argument("--strict", action="store_true", help="fail when the survey has any warning")
    p.set_defaults(func=_cmd_parse)

    def with_index(sp):
        sp.add_argument("--index", metavar="DIR", help="index directory (default: $DXSEARCH_INDEX or "
                        "~/.local/share/dxsearch/index)")
        return sp

    p = with_index(sub.add_parser("build", help="index survey files and case files (default: the bundled survey)"))
    p.add_argument("sources", nargs="*", metavar="SOURCE",
                   help="survey PDF or text, or cases as JSON Lines / CSV (default: the bundled survey, "
                        f"{BUNDLED_SURVEY})")
    p.add_argument("--with-survey", action="store_true",
                   help="index the bundled survey too, beside the SOURCE files (your own cases)")
    p.add_argument("--same-sources", action="store_true",
                   help="build from the sources the index was built from (your own cases kept); the bundled "
                   "survey when there is no index yet. What ./quickstart runs")
    p.add_argument("--survey-only", action="store_true",
                   help="build from the bundled survey alone, leaving out the other sources the index was built "
                   "from (a plain build refuses to)")
    p.add_argument("--replace", action="store_true",
                   help="build from the SOURCE files alone, leaving out the other sources the index was built "
                   "from (refused otherwise)")
    p.add_argument("--allow-short", action="store_true",
                   help="build even from a survey with fewer rows in a table than its contents page prints "
                   "(refused otherwise: a file cut short)")
    p.add_argument("--force", action="store_true", help="rebuild from scratch: even when the sources have not changed, and "
                   "analysing every record again instead of reusing unchanged ones")
    p.set_defaults(func=_cmd_build)

    def with_facets(sp: argparse.ArgumentParser) -> argparse.ArgumentParser:
        for facet, options in FACET_OPTIONS.items():
            sp.add_argument(*options, dest=facet, action="append", metavar="VALUE",
                            help=f"only cases with this {facet} (repeatable: any of them): {FACET_HELP[facet]}")
        return sp

    def with_query(sp: argparse.ArgumentParser) -> argparse.ArgumentParser:
        sp.add_argument("query", nargs="*", metavar="query", help="words (quoted or not: `三重県 RPA` is "
                        "`\"三重県 RPA\"`); prefecture, region, status and shared-use words become filters "
                        "(none: every case; `-` reads the query from stdin)")
        with_facets(sp)
        sp.add_argument("--sort", default="relevance", choices=SORTS,
                        help="relevance (best first; the default), prefecture (north to south, then table order) "
                             "or number (table and number, as the survey lists them)")
        sp.add_argument("--literal", action="store_true", help="search every word as text (no filters from the query)")
        return sp

    p = with_query(with_index(sub.add_parser("search", help="search the cases")))
    p.add_argument("--limit", type=_bounded(1, MAX_PER_PAGE), default=DEFAULT_PER_PAGE, metavar="N",
                   help=f"hits per page, 1–{MAX_PER_PAGE} (default 20)")
    p.add_argument("--page", type=_bounded(1, MAX_PAGE), default=1, metavar="N", help="which page (default 1)")
    p.add_argument("--snippets", action="store_true", help="under each case, where the words are: its description "
                   "and other fields with the matches between « and », as the web page marks them")
    p.add_argument("--json", action="store_true", help="print one JSON object (the web API's /api/search)")
    p.set_defaults(func=_cmd_search)

    p = with_query(with_index(sub.add_parser("export", help="every hit of a search as CSV, JSON Lines or JSON, streamed")))
    p.add_argument("--format", type=_output_format, metavar="{csv,jsonl,json}", help="csv (UTF-8 with BOM, Japanese headers, for Excel), "
                   "jsonl (one hit per line) or json (one array); default: by OUT's ending (.jsonl, .json), else csv")
    p.add_argument("-o", "--output", metavar="OUT", help="write here, atomically (default: stdout)")
    p.set_defaults(func=_cmd_export)

    p = with_facets(with_index(sub.add_parser("similar", help="cases similar to a case or to a description "
                                              "(the facet options keep those of a place, table …)")))
    p.add_argument("id", nargs="?", help="a case id such as ai_rpa-001")
    p.add_argument("--text", help="a description of your own task (its words naming a place or status "
                   "keep the cases to those values, as a search's do)")
    p.add_argument("--literal", action="store_true", help="compare by every word of the text (no filters from it)")
    p.add_argument("--limit", type=_bounded(1, MAX_SIMILAR), default=None, metavar="N",
                   help=f"at most this many cases, 1–{MAX_SIMILAR} (default {DEFAULT_SIMILAR}; written with -o or "
                        "--format, every case similar enough, as the web's CSV)")
    p.add_argument("--json", action="store_true", help="print one JSON object (the web API's /api/similar)")
    p.add_argument("-o", "--output", metavar="OUT", help="write the similar cases here as CSV for Excel (the "
                   "columns of `dxsearch export`; JSON Lines for an OUT ending in .jsonl, JSON for .json), atomically")
    p.add_argument("--format", type=_output_format, metavar="{csv,jsonl,json}",
                   help="csv, jsonl or json, to OUT or to stdout")
    p.set_defaults(func=_cmd_similar)

    p = with_index(sub.add_parser("serve", help="serve the web UI and JSON API (waitress)"))
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1: this machine only)")
    p.add_argument("--port", type=_bounded(1, 65535), default=8000, metavar="N", help="port (default 8000)")
    p.add_argument("--threads", type=_bounded(1, 64), default=SERVER_THREADS, metavar="N",
                   help=f"requests answered at once (default {SERVER_THREADS})")
    p.add_argument("--allow-host", action="append", metavar="NAME",
                   help="a host name clients use to reach the server (repeatable; needed with a --host "
                        "other than this machine: requests naming another host are refused)")
    p.add_argument("--timeout", type=_seconds, default=WEB_TIMEOUT, metavar="SECONDS",
                   help="time a request may search; then it answers with what it has, marked partial, "
                        f"or 503 (default {WEB_TIMEOUT:g})")
    p.add_argument("--header-timeout", type=_seconds, default=HEADER_TIMEOUT, metavar="SECONDS",
                   help="time a connection may take to send a whole request, or stay idle, before it is "
                        f"closed, so slow clients cannot hold connections (default {HEADER_TIMEOUT:g}; "
                        "short values are for tests)")
    p.add_argument("--no-access-log", action="store_true",
                   help="log no line per request (the time, a rebuilt index picked up and errors are still logged)")
    p.add_argument("--trusted-proxy", metavar="ADDRESS", type=_ip_address,
                   help="the address of the reverse proxy in front (e.g. 127.0.0.1): its X-Forwarded-Proto and "
                        "X-Forwarded-For are believed, so links in pages and CSVs say https and the log names the "
                        "client; from any other address those headers are dropped")
    p.set_defaults(func=_cmd_serve)

    p = with_index(sub.add_parser("check", help="verify the index in full: checksums, shapes, value ranges, "
                                  "records (exit 2 when anything is wrong)"))
    p.set_defaults(func=_cmd_check)

    p = with_index(sub.add_parser("show", help="one case, every field (as the case page shows it)"))
    p.add_argument("id", help="a case id such as ai_rpa-001")
    p.add_argument("--json", action="store_true", help="print one JSON object (the case of /api/cases/ID)")
    p.set_defaults(func=_cmd_show)

    p = with_facets(with_index(sub.add_parser(
        "stats", help="what the index holds: every facet's values and counts; of the matches of a query and the "
                      "cases of the filters given")))
    p.add_argument("query", nargs="*", metavar="query", help="a search, as `dxsearch search` reads it, whose "
                   "matches are counted: `dxsearch stats 三重県のRPA` (`-` reads it from stdin)")
    p.add_argument("--json", action="store_true", help="print one JSON object (the web API's /api/stats; with "
                   "a query or filters, {total, query, filters, facets: {facet: {value: count}}, applied_filters}: the "
                   "matching cases by every facet not given as an option (and by place and technology always), "
                   "values with none left out, as the text lists them; applied_filters as `search --json` has "
                   "them, the words read as filters among them)")
    p.set_defaults(func=_cmd_stats)
    return parser


def _read_back(filters: list[AppliedFilter]) -> list[str]:
    """The filters a query's words were read as, one line per choice, as the search combines
    them: the values of one facet, and places (prefectures and regions), are any of them; choices
    are all of them. A trial read 「共同利用」 over three lines, and 「北海道」, 「東北」 over two,
    as conditions all to be met."""
    choices: dict[tuple[str, bool], list[AppliedFilter]] = {}
    for f in filters:
        place = f.facet in ("prefecture", "region")
        choices.setdefault(("place" if place else f.facet, f.exclude), []).append(f)
    lines = []
    for (_, exclude), chosen in choices.items():
        words = "".join(dict.fromkeys(f"「{f.text}」" for f in chosen))
        by_facet: dict[str, list[str]] = {}
        for f in chosen:
            by_facet.setdefault(f.facet, []).append(f.value)
        if exclude:  # none of them
            said = " and ".join(f"{facet} ≠ {' nor '.join(values)}" for facet, values in by_facet.items())
        else:
            said = " or ".join(f"{facet} = {' or '.join(values)}" for facet, values in by_facet.items())
            said += "".join(" or " + " and ".join(f"{k} = {v}" for k, v in f.also) for f in chosen if f.also)
        lines.append(f"{words} → {said}")
    return lines


def _shell_word(text: str) -> str:
    """`text` as a shell reads it back: quoted only where it must be (導入(実施)済, words with a
    space), not every Japanese word (shlex.quote's '通勤手当')."""
    return text if re.fullmatch(r"[^\s'\"\\$`!*?&|;<>(){}\[\]#~=%^]+", text) and not text.startswith("-") \
        else shlex.quote(text)


MAX_PIPED_BYTES = 1_000_000  # a text piped in past this is no description; the query's own limits apply after


def _stdin_is_piped() -> bool:
    """Whether text waits on stdin, piped or redirected from a file: not a terminal, /dev/null
    (cron, services), nor a pipe a calling program holds open and writes nothing to (a script's
    subprocess inherits one): bytes already there, looked at without reading them."""
    import fcntl
    import stat
    import struct
    import termios

    try:
        fd = sys.stdin.fileno()
        info = os.fstat(fd)
        if os.path.samestat(info, os.stat(os.devnull)):
            return False  # /dev/null, even where it is a file others write to (a sandbox's)
        if stat.S_ISREG(info.st_mode):
            return info.st_size > os.lseek(fd, 0, os.SEEK_CUR)
        if stat.S_ISFIFO(info.st_mode):
            return struct.unpack("i", fcntl.ioctl(fd, termios.FIONREAD, b"\0\0\0\0"))[0] > 0
    except (AttributeError, OSError, ValueError):
        pass
    return False


def _piped_text(what: str) -> str:
    """The text on stdin, for `-`: UTF-8 (a BOM dropped, as Windows editors write it), else a
    UsageError naming the byte at fault."""
    data = sys.stdin.buffer.read(MAX_PIPED_BYTES + 1)
    if len(data) > MAX_PIPED_BYTES:
        raise UsageError(f"{what}: the text on stdin is over {MAX_PIPED_BYTES:,} bytes")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        # the encoding a BOM names (Windows' "Unicode" is UTF-16), else Shift_JIS's, Excel's and Notepad's old one
        source = "UTF-16" if data[:2] in (b"\xff\xfe", b"\xfe\xff") else "CP932"
        raise UsageError(f"{what}: the text on stdin is not UTF-8 (byte {e.start}: {data[e.start:e.start + 1]!r}); "
                         f"convert it first, e.g. `iconv -f {source} -t UTF-8`") from None
    if not text.strip():
        raise UsageError(f"{what}: {'only blank text' if text else 'nothing'} was piped in on stdin")
    return " ".join(text.split())


def main(argv: list[str] | None = None) -> int:
    """Run one command; its exit code (0 success, 2 usage or input error, 3 `parse --strict`
    with warnings). A closed pipe (`dxsearch search RPA --json | head -1`) ends quietly with 0."""
    parser = build_parser()
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0].startswith("-") and argv[0].split("=", 1)[0] not in ("-h", "--help", "--version"):
        # an option before any command (a trial's `dxsearch --bogus` was told only that a command is needed)
        commands = _commands(parser)
        owners = [name for name, p in commands.items() if any(argv[0].split("=", 1)[0] in a.option_strings
                                                               for a in p._actions)]
        parser.error(f"unrecognized option {argv[0]} before the command: "
                     + (f"it is an option of {', '.join(owners)}; put it after the command" if owners
                        else "options come after the command")
                     + f" (commands: {', '.join(commands)}; `dxsearch COMMAND --help` lists its options)")
    argv, excluded = _excluded_words(parser, argv)
    args, unknown = parser.parse_known_args(argv)
    if unknown:  # told by the command's own usage, with the option meant
        _unknown_options(_commands(parser)[args.command], unknown, _commands(parser))
    if isinstance(getattr(args, "query", None), list):  # words given unquoted are one query
        args.query = " ".join([*args.query, *excluded])
    try:
        # `-` is the text piped in (a trial's `echo … | dxsearch search` listed every case, and
        # `search -` searched for a hyphen)
        if getattr(args, "query", None) == "-":
            args.query = _piped_text("the query `-`")
        elif getattr(args, "query", None) == "" and _stdin_is_piped():
            print("note: no query given, so every case; text piped in is read with `-` as the query "
                  f"(dxsearch {args.command} -)", file=sys.stderr)
        if getattr(args, "text", None) == "-":
            args.text = _piped_text("--text -")
        code = args.func(args)
        sys.stdout.flush()  # a closed pipe shows here, not at exit
        return code
    except BrokenPipeError:
        _drop_stdout()
        return 0
    except UsageError as e:
        print(f"dxsearch {args.command}: error: {e}", file=sys.stderr)
        return 2
    except DxsearchError as e:  # worded as argparse's and UsageError's (a trial: some said error:, some not)
        print(f"dxsearch {args.command}: error: {e}", file=sys.stderr)
        return 2


def _excluded_words(parser: argparse.ArgumentParser, argv: list[str]) -> tuple[list[str], list[str]]:
    """`argv` without the excluded words of a query (`議事録 -三重県`: argparse takes -三重県 for an
    option), and those words. A word is excluded when it starts with one - and is no option of
    the command (nor the value of one); `--` ends the options as usual."""
    if not argv or argv[0] not in ("search", "export", "stats"):
        return argv, []
    command = _commands(parser)[argv[0]]
    takes_value = {o for a in command._actions if a.nargs != 0 for o in a.option_strings}
    known = {o for a in command._actions for o in a.option_strings}
    kept, excluded = [argv[0]], []
    i = 1
    while i < len(argv):
        arg = argv[i]
        if arg == "--":
            kept.extend(argv[i:])
            break
        name = arg.split("=", 1)[0]
        if name in takes_value and "=" not in arg:
            value = argv[i + 1:i + 2]  # the option's value, whatever it looks like (--pref -三重県)
            kept.extend([f"{arg}={value[0]}"] if value and value[0].startswith("-") and arg.startswith("--")
                        else [arg, *value])
            i += 2
            continue
        # …nor one ASCII letter, which no one excludes and which is an option's shape (a trial's
        # `search 議事録 -o res.csv` searched for 「res」「csv」 without 「o」 and wrote nothing)
        is_option = name in known or arg.startswith("--") or len(arg) == 2 and arg[1].isascii() and arg[1].isalpha() \
            or any(arg.startswith(o) for o in takes_value if len(o) == 2)  # -oOUT.csv
        if arg.startswith("-") and len(arg) > 1 and not is_option:
            excluded.append(arg)
        else:
            kept.append(arg)
        i += 1
    return kept, excluded


def _commands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    """The parser of each command."""
    return next(a.choices for a in parser._actions if isinstance(a, argparse._SubParsersAction))


def _unknown_options(command: argparse.ArgumentParser, unknown: list[str],
                     commands: Mapping[str, argparse.ArgumentParser] | None = None) -> None:
    """Exit 2 with the command's usage, naming each unknown option and the one it was likely meant
    as: this command's, or another command's, said to be so (`export --limt` was offered
    --literal: export has no --limit, it writes every match)."""
    import difflib

    def options(parser: argparse.ArgumentParser) -> list[str]:
        return [o for a in parser._actions for o in a.option_strings if o.startswith("--")]

    known = options(command)
    elsewhere: dict[str, list[str]] = {}
    for command_name, other in (commands or {}).items():
        for option in options(other):
            if option not in known:
                elsewhere.setdefault(option, []).append(f"`dxsearch {command_name}`")
    # another command's short option (-o), said with its long name
    short: dict[str, tuple[str, list[str]]] = {}
    for command_name, other in (commands or {}).items():
        for a in other._actions:
            shorts = [o for o in a.option_strings if not o.startswith("--")]
            longs = [o for o in a.option_strings if o.startswith("--")]
            for o in shorts:
                if longs and o not in command._option_string_actions:
                    short.setdefault(o, (longs[0], []))[1].append(f"`dxsearch {command_name}`")
    meant: list[str] = []
    for arg in unknown:
        name = arg.split("=", 1)[0]
        if not name.startswith("-"):
            continue
        if name in short:
            long_name, owners = short[name]
            meant.append(f"{name} ({long_name}) is an option of {' and '.join(owners)}, not of this command")
            continue
        close = difflib.get_close_matches(name, [*known, *elsewhere], n=1, cutoff=0.6)
        if close and close[0] in elsewhere:
            meant.append(f"{name}: {close[0]} is an option of {' and '.join(elsewhere[close[0]])}, not of this command")
        else:
            meant.extend(f"{name}: did you mean {c}?" for c in close)
    command.error("unrecognized arguments: " + " ".join(unknown) + (f" ({'; '.join(meant)})" if meant else ""))


def _drop_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's last flush does not fail a second time."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


if __name__ == "__main__":
    sys.exit(main())
