"""Export every case matching a query to a CSV file that Excel opens (UTF-8 with BOM).

    python examples/export_hits_csv.py "通勤手当 RPA" hits.csv [--index DIR]

Hits are streamed (`iter_hits`: no cap, never all in memory), and every cell goes through
`neutralise`, so a case whose text starts with `=`, `+`, `-` or `@` cannot run as a formula in Excel.
"""

import argparse
import csv

from dxsearch import SearchIndex
from dxsearch.search.csvexport import neutralise

parser = argparse.ArgumentParser()
parser.add_argument("query")
parser.add_argument("output")
parser.add_argument("--index", help="index directory (default: the default index)")
args = parser.parse_args()

index = SearchIndex(args.index)
columns = ["id", "section", "number", "prefecture", "status", "shared_use", "name", "description",
           "shared_use_reason", "score"]
written = 0
with open(args.output, "w", encoding="utf-8-sig", newline="") as f:
    writer = csv.writer(f)
    writer.writerow(columns)
    for hit in index.iter_hits(args.query):  # every hit, in ranked order
        row = hit.to_dict()
        writer.writerow([neutralise(row[c]) for c in columns])
        written += 1
print(f"{written} cases written to {args.output}")
