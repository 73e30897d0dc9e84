"""Export every case matching a query to a CSV file that Excel opens (UTF-8 with BOM).

    python examples/export_hits_csv.py "通勤手当 RPA" hits.csv [--index DIR]
"""

import argparse
import csv

from dxsearch import SearchIndex

parser = argparse.ArgumentParser()
parser.add_argument("query")
parser.add_argument("output")
parser.add_argument("--index", help="index directory (default: the default index)")
args = parser.parse_args()

index = SearchIndex(args.index)
columns = ["id", "section", "number", "prefecture", "status", "shared_use", "name", "description",
           "shared_use_reason", "score"]
result = index.export(args.query)  # every hit in ranked order, up to 10,000
with open(args.output, "w", encoding="utf-8-sig", newline="") as f:
    writer = csv.DictWriter(f, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    for hit in result.hits:
        writer.writerow(hit.to_dict())
print(f"{len(result.hits)} cases written to {args.output}")
