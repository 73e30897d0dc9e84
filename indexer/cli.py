"""The `dxsearch` command line."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from .errors import ParseError
from .output import record_lines, write_jsonl
from .records import SECTIONS
from .sources import bundled_survey, parse_sources


def _cmd_parse(args: argparse.Namespace) -> int:
    paths = [Path(p) for p in args.sources] or [bundled_survey()]
    started = time.perf_counter()
    try:
        results = parse_sources(paths)
    except ParseError as e:
        print(f"dxsearch parse: error: {e}", file=sys.stderr)
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
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
