"""Count the RPA cases of each prefecture, in JIS order (of one region's prefectures, given one).

    python examples/rpa_per_prefecture.py [--index DIR] [--region 近畿]

Each prefecture's number is `matched`, how many of the matching cases it has. A facet value's
`count` is that too until a value of the same facet is chosen; then the others' `count` says
how many a tick of them would add, as the web page's checkboxes do.
"""

import argparse
import os
import sys

from dxsearch import SearchIndex

parser = argparse.ArgumentParser()
parser.add_argument("--index", help="index directory (default: the default index)")
parser.add_argument("--region", action="append", default=[], help="keep to a region (北海道 東北 関東 中部 近畿 中国 四国 九州)")
args = parser.parse_args()

index = SearchIndex(args.index)
result = index.search("", {"technology": ["RPA"], "region": args.region}, per_page=1)
try:
    for value in result.facets["prefecture"]:
        if value.matched:
            print(f"{value.value}\t{value.matched}")
    print(f"合計\t{result.total}")
    sys.stdout.flush()
except BrokenPipeError:  # read by `head`, which closed the pipe: the rest is not wanted
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # (Python's docs: no second error at exit)
