"""Export every case matching a query to a CSV file that Excel opens (UTF-8 with BOM).

    python examples/export_hits_csv.py "通勤手当 RPA" hits.csv [--index DIR]
"""

import argparse
import csv

from search import MAX_PER_PAGE, SearchIndex

parser = argparse.ArgumentParser()
parser.add_argument("query")
parser.add_argument("output")
parser.add_argument("--index", help="index directory (default: the default index)")
args = parser.parse_args()

index = SearchIndex(args.index)
columns = ["id", "section", "number", "prefecture", "status", "shared_use", "name", "description",
           "shared_use_reason", "score"]
with open(args.output, "w", encoding="utf-8-sig", newline="") as f:
    writer = csv.DictWriter(f, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    page = 1
    while True:
        result = index.search(args.query, page=page, per_page=MAX_PER_PAGE, highlight_hits=False)
        for hit in result.hits:
            writer.writerow(hit.to_dict())
        if page * MAX_PER_PAGE >= result.total:
            break
        page += 1
print(f"{result.total} cases written to {args.output}")
