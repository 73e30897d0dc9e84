"""Export every case matching a query to a CSV file that Excel opens (UTF-8 with BOM).

    python examples/export_hits_csv.py "通勤手当 RPA" hits.csv [--index DIR]

The same sheet as `dxsearch export` and the web page's CSV (less its URL column): Japanese
headers, one row per case in ranked order, a pasted description's rows with 似ている順 and ◎.
Hits are streamed (`iter_hits`: no cap, never all in memory), and every cell that starts with
`=`, `+`, `-` or `@` is written with a leading `'`, so it cannot run as a formula in Excel (a dash
alone, the survey's "none", is no formula and stays as it is).
"""

import argparse

from dxsearch import SearchIndex, write_csv

parser = argparse.ArgumentParser()
parser.add_argument("query")
parser.add_argument("output")
parser.add_argument("--index", help="index directory (default: the default index)")
args = parser.parse_args()

index = SearchIndex(args.index)
written = write_csv(index.iter_hits(args.query), args.output)  # every hit, in ranked order
print(f"{written} cases written to {args.output}")
