"""Count the RPA cases of each prefecture, in JIS order.

    python examples/rpa_per_prefecture.py [--index DIR]
"""

import argparse

from dxsearch import SearchIndex

parser = argparse.ArgumentParser()
parser.add_argument("--index", help="index directory (default: the default index)")
args = parser.parse_args()

index = SearchIndex(args.index)
result = index.search("", {"technology": ["RPA"]}, per_page=1)
for value in result.facets["prefecture"]:
    if value.count:
        print(f"{value.value}\t{value.count}")
print(f"合計\t{result.total}")
