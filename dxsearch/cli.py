"""The `dxsearch` command line."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from .errors import DxsearchError
from .indexer.errors import ParseError
from .indexer.output import record_lines, write_jsonl
from .indexer.records import SECTIONS
from .indexer.sources import bundled_survey, parse_sources


def _parse(paths: list[Path], command: str):
    """Parse the sources, or report why not (file, line or page, field) and return None."""
    try:
        return parse_sources(paths)
    except ParseError as e:
        print(f"dxsearch {command}: error: {e}", file=sys.stderr)
        return None


def _cmd_parse(args: argparse.Namespace) -> int:
    paths = [Path(p) for p in args.sources] or [bundled_survey()]
    started = time.perf_counter()
    results = _parse(paths, "parse")
    if results is None:
        return 2
    elapsed = time.perf_counter() - started
    records = [r for res in results for r in res.records]
    warnings = [w for res in results for w in res.warnings]

    if args.strict and warnings:
        for w in warnings:
            print(f"warning: {w}", file=sys.stderr)
        print(f"dxsearch parse: {len(warnings)} warning(s) and --strict: nothing written", file=sys.stderr)
        return 3
    if args.output:
        write_jsonl(records, Path(args.output))
    else:
        sys.stdout.writelines(record_lines(records))
        sys.stdout.flush()

    for res in results:
        counts = res.counts()
        table = ", ".join(f"{s} {counts.get(s, 0)}" for s in SECTIONS if counts.get(s) or s in res.toc)
        print(f"{res.source}: {len(res.records)} records ({table})", file=sys.stderr)
    for w in warnings:
        print(f"warning: {w}", file=sys.stderr)
    where = f" → {args.output}" if args.output else ""
    print(f"parsed {len(records)} records from {len(paths)} source(s) in {elapsed:.2f} s, "
          f"{len(warnings)} warning(s){where}", file=sys.stderr)
    return 0


def _cmd_build(args: argparse.Namespace) -> int:
    from .search.storage import IndexUnavailable, build, fingerprint, is_up_to_date

    paths = [Path(p) for p in args.sources] or [bundled_survey()]
    index_dir = _index_dir(args)
    started = time.perf_counter()
    try:
        source_print = fingerprint(paths)
    except OSError as e:
        print(f"dxsearch build: error: cannot read {e.filename}: {e.strerror}", file=sys.stderr)
        return 2
    if not args.force and is_up_to_date(index_dir, source_print):
        print(f"the index at {index_dir} is up to date with its sources ({time.perf_counter() - started:.2f} s); "
              f"--force rebuilds it anyway", file=sys.stderr)
        return 0
    results = _parse(paths, "build")
    if results is None:
        return 2
    for w in (w for res in results for w in res.warnings):
        print(f"warning: {w}", file=sys.stderr)
    records = [r for res in results for r in res.records]
    parsed = time.perf_counter()
    try:
        gen = build(records, index_dir, [str(p) for p in paths], fingerprint=source_print, reuse=not args.force)
    except (IndexUnavailable, ValueError, OSError) as e:
        print(f"dxsearch build: error: {e}; the previous index is unchanged", file=sys.stderr)
        return 2
    done = time.perf_counter()
    reused = f", {gen.meta['reused']} unchanged analyses reused" if gen.meta.get("reused") else ""
    print(f"indexed {gen.meta['count']} records from {len(paths)} source(s) into {index_dir} "
          f"(parse {parsed - started:.1f} s, index {done - parsed:.1f} s{reused})", file=sys.stderr)
    return 0


def _index_dir(args: argparse.Namespace) -> Path:
    from .search.storage import default_index_dir

    return Path(args.index) if args.index else default_index_dir()


def _open_index(args: argparse.Namespace):
    from .search.engine import SearchIndex

    return SearchIndex(_index_dir(args))


def _cmd_search(args: argparse.Namespace) -> int:
    import json

    filters: dict[str, list[str]] = {}
    for key, values in (("prefecture", args.pref), ("section", args.section), ("status", args.status),
                        ("region", args.region), ("shared_use", args.shared_use),
                        ("technology", args.technology)):
        if values:
            filters[key] = values
    index = _open_index(args)
    result = index.search(args.query, filters, per_page=args.limit, page=args.page, sort=args.sort,
                          understand_query=not args.literal, highlight_hits=not args.json)
    if args.json:
        print(json.dumps(result.to_dict(), ensure_ascii=False, indent=1))
        return 0
    for f in result.applied_filters:
        if f.origin == "query":
            print(f"「{f.text}」 → {f.facet} = {f.value}")
    print(f"{result.total} cases ({result.took_ms:.1f} ms)")
    for hit in result.hits:
        r = hit.record
        print(f"{r.id:<22} {hit.score:6.2f}  {r.prefecture:<5} {r.status:<10} {r.name}")
    return 0


def _cmd_similar(args: argparse.Namespace) -> int:
    import json

    index = _open_index(args)
    if (args.id is None) == (args.text is None):
        print("dxsearch similar: give a case ID or --text TEXT", file=sys.stderr)
        return 2
    try:
        result = index.similar(case_id=args.id, text=args.text, limit=args.limit)
    except KeyError:
        print(f"dxsearch similar: no case with id {args.id!r}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(result.to_dict(), ensure_ascii=False, indent=1))
        return 0
    print("key terms: " + " ".join(result.key_terms))
    for hit in result.hits:
        r = hit.record
        print(f"{r.id:<22} {hit.score:6.2f}  {r.prefecture:<5} {r.name}")
    return 0


def _cmd_stats(args: argparse.Namespace) -> int:
    import json

    stats = _open_index(args).stats()
    if args.json:
        print(json.dumps(stats, ensure_ascii=False, indent=1))
        return 0
    print(f"{stats['total']} cases, built {stats['built']} from {', '.join(stats['sources'] or [])}")
    for facet in ("section", "status", "region", "technology"):
        print(f"{facet}: " + ", ".join(f"{v} {n}" for v, n in stats["facets"][facet].items()))
    return 0


def _cmd_serve(args: argparse.Namespace) -> int:
    import waitress

    from .web.app import create_app

    app = create_app(_index_dir(args))  # opens the index once; a rebuild is picked up while serving
    print(f"dxsearch: serving http://{args.host}:{args.port}/ (Ctrl+C to stop)", file=sys.stderr)
    waitress.serve(app, host=args.host, port=args.port, threads=args.threads, ident="dxsearch",
                   channel_timeout=30, connection_limit=200, max_request_body_size=1_048_576,
                   asyncore_use_poll=True, _quiet=True)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="dxsearch", description="Search the prefectural DX case survey "
                                     "(都道府県におけるデジタル・ガバメントの先進事例調査).")
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
                   help="survey PDF or text, or cases as JSON Lines / CSV (default: the bundled survey)")
    p.add_argument("--force", action="store_true", help="rebuild from scratch: even when the sources have not changed, and "
                   "analysing every record again instead of reusing unchanged ones")
    p.set_defaults(func=_cmd_build)

    p = with_index(sub.add_parser("search", help="search the cases"))
    p.add_argument("query", nargs="?", default="", help="words; prefecture, region, status and "
                   "shared-use words become filters")
    p.add_argument("--pref", action="append", metavar="NAME", help="prefecture (repeatable)")
    p.add_argument("--section", action="append", metavar="S", help="ai_rpa, shared_system, digital_talent, organization")
    p.add_argument("--status", action="append", metavar="S", help="導入(実施)済, 導入(実施)予定, 実証中, 実証予定, 検討中")
    p.add_argument("--region", action="append", metavar="R")
    p.add_argument("--shared-use", action="append", metavar="S")
    p.add_argument("--technology", action="append", metavar="T")
    p.add_argument("--sort", default="relevance", choices=("relevance", "prefecture", "number"))
    p.add_argument("--limit", type=int, default=20, metavar="N")
    p.add_argument("--page", type=int, default=1, metavar="N")
    p.add_argument("--literal", action="store_true", help="search every word as text (no filters from the query)")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(func=_cmd_search)

    p = with_index(sub.add_parser("similar", help="cases similar to a case or to a description"))
    p.add_argument("id", nargs="?", help="a case id such as ai_rpa-001")
    p.add_argument("--text", help="a description of your own task")
    p.add_argument("--limit", type=int, default=10, metavar="N")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_cmd_similar)

    p = with_index(sub.add_parser("serve", help="serve the web UI and JSON API (waitress)"))
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1: this machine only)")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--threads", type=int, default=8)
    p.set_defaults(func=_cmd_serve)

    p = with_index(sub.add_parser("stats", help="what the index holds"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_cmd_stats)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except DxsearchError as e:
        print(f"dxsearch {args.command}: {e}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
