"""Count the RPA cases of each prefecture, in JIS order.

    python examples/rpa_per_prefecture.py [--index DIR]
"""

import argparse
import os
import sys

from dxsearch import SearchIndex

parser = argparse.ArgumentParser()
parser.add_argument("--index", help="index directory (default: the default index)")
args = parser.parse_args()

index = SearchIndex(args.index)
result = index.search("", {"technology": ["RPA"]}, per_page=1)
try:
    for value in result.facets["prefecture"]:
        if value.count:
            print(f"{value.value}\t{value.count}")
    print(f"合計\t{result.total}")
    sys.stdout.flush()
except BrokenPipeError:  # read by `head`, which closed the pipe: the rest is not wanted
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # (Python's docs: no second error at exit)
