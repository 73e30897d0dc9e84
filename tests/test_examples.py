"""The README's example scripts run against a real index."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path

from .cli_helpers import run_cli

ROOT = Path(__file__).resolve().parent.parent


def run(script: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "examples" / script), *args], capture_output=True,
                          text=True, encoding="utf-8", timeout=120)


def test_rpa_per_prefecture(index_dir, index):
    result = run("rpa_per_prefecture.py", "--index", str(index_dir))
    assert result.returncode == 0, result.stderr
    rows = dict(line.split("\t") for line in result.stdout.splitlines())
    total = index.search("", {"technology": ["RPA"]}).total
    assert int(rows.pop("合計")) == total == sum(int(n) for n in rows.values())
    assert list(rows)[0] == "北海道" and int(rows["和歌山県"]) > 10
    # within a region: each of its prefectures' matches, adding up (a trial summed `count`, which
    # within a chosen place says what a tick would add: 225 for 33 cases of 近畿)
    result = run("rpa_per_prefecture.py", "--index", str(index_dir), "--region", "近畿")
    assert result.returncode == 0, result.stderr
    rows = dict(line.split("\t") for line in result.stdout.splitlines())
    total = index.search("", {"technology": ["RPA"], "region": ["近畿"]}).total
    assert int(rows.pop("合計")) == total == sum(int(n) for n in rows.values()) > 0
    assert set(rows) <= {"三重県", "滋賀県", "京都府", "大阪府", "兵庫県", "奈良県", "和歌山県"} and "和歌山県" in rows


def test_rpa_per_prefecture_ends_quietly_when_its_reader_has_gone(index_dir):
    """`… | head`: a trial saw a BrokenPipeError traceback where the CLI ends quietly. The pipe's
    reading end is closed before the script starts, so every write it makes meets a closed pipe."""
    read, write = os.pipe()
    os.close(read)
    try:
        done = subprocess.run([sys.executable, str(ROOT / "examples" / "rpa_per_prefecture.py"), "--index",
                               str(index_dir)], stdout=write, stderr=subprocess.PIPE, timeout=120)
    finally:
        os.close(write)
    assert (done.returncode, done.stderr) == (0, b"")


def test_export_hits_csv(index_dir, index, tmp_path):
    out = tmp_path / "hits.csv"
    result = run("export_hits_csv.py", "通勤手当", str(out), "--index", str(index_dir))
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    with open(out, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == index.search("通勤手当").total
    assert "通勤" in rows[0]["名称"]
    # the sheet `dxsearch export` writes (a trial's colleagues got two sheets of different columns)
    exported = run_cli("export", "通勤手当", "--index", str(index_dir))
    assert out.read_text(encoding="utf-8-sig").splitlines() == exported.stdout.lstrip("\ufeff").splitlines()


def test_export_hits_csv_neutralises_formulas(tmp_path):
    from dxsearch import build
    from dxsearch.indexer.sources import parse_source

    own = tmp_path / "own.csv"
    own.write_text("section,number,name,description,status,prefecture,shared_use\n"
                   'ai_rpa,1,"=HYPERLINK(""http://x.example"",""議事録"")",+cmd|議事録,実証中,長野県,その他\n'
                   "ai_rpa,2,@SUM(A1) 議事録,-1 議事録の作成,実証中,長野県,その他\n", encoding="utf-8")
    build(parse_source(own).records, tmp_path / "ix", [str(own)])
    out = tmp_path / "hits.csv"
    result = run("export_hits_csv.py", "議事録", str(out), "--index", str(tmp_path / "ix"))
    assert result.returncode == 0, result.stderr
    with open(out, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    cells = [row[c] for row in rows for c in ("名称", "内容")]
    assert len(rows) == 2 and sorted(cells) == sorted([
        "'=HYPERLINK(\"http://x.example\",\"議事録\")", "'+cmd|議事録", "'@SUM(A1)議事録", "'-1議事録の作成"])  # layout spaces dropped
