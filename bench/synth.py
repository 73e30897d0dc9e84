"""A deterministic synthetic corpus of N cases made by recombining the survey's own text.

Names, descriptions, reasons, statuses and prefectures all come from the bundled survey, cut at
Japanese clause boundaries and recombined, so token statistics stay realistic Japanese.

    .venv/bin/python bench/synth.py 10000 -o /tmp/synth-10k.jsonl
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from dxsearch.indexer.output import write_jsonl  # noqa: E402
from dxsearch.indexer.records import CaseRecord, make_id  # noqa: E402
from dxsearch.indexer.sources import BUNDLED_SURVEY, parse_source  # noqa: E402

_CLAUSE = re.compile(r"(?<=[、。])")


def _clauses(text: str) -> list[str]:
    return [c for c in _CLAUSE.split(text) if c]


def synthetic_records(n: int, seed: int = 1) -> list[CaseRecord]:
    survey = parse_source(BUNDLED_SURVEY).records
    rng = random.Random(seed)
    by_section: dict[str, list[CaseRecord]] = {}
    for r in survey:
        by_section.setdefault(r.section, []).append(r)
    sections = [r.section for r in survey]  # keeps the survey's proportions
    numbers: dict[str, int] = {}
    out: list[CaseRecord] = []
    for _ in range(n):
        section = rng.choice(sections)
        pool = by_section[section]
        base, other, third = rng.choice(pool), rng.choice(pool), rng.choice(pool)
        head = base.name[: max(2, len(base.name) // 2)]
        tail = other.name[len(other.name) // 2:]
        clauses = _clauses(base.description)[:2] + _clauses(third.description)[-2:]
        pref_from = rng.choice(survey)
        numbers[section] = numbers.get(section, 0) + 1
        record = replace(
            base,
            id=make_id(section, numbers[section], "synth"),
            number=numbers[section],
            name=head + tail,
            description="".join(clauses),
            shared_use_reason=other.shared_use_reason if base.shared_use is not None else None,
            status=other.status, status_order=other.status_order,
            prefecture=pref_from.prefecture, prefecture_code=pref_from.prefecture_code, region=pref_from.region,
            source=f"synth-{n}.jsonl", page=None,
        )
        out.append(record)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("n", type=int)
    parser.add_argument("-o", "--output", required=True)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    write_jsonl(synthetic_records(args.n, args.seed), Path(args.output))
    return 0


if __name__ == "__main__":
    sys.exit(main())
