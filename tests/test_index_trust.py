"""The index is trusted only after it is checked (issue 13): where `CURRENT` may point, who may
have written the index, the files and arrays the build listed, a failed generation tried once,
and a new generation opened off the request path. Each reproduction of the review is a test."""

from __future__ import annotations

import io
import json
import os
import pickle
import re
import shutil
import stat
import threading
from pathlib import Path

import numpy as np
import pytest

from dxsearch.search.location import FORMAT_VERSION
import whoosh.index
from whoosh.filedb.structfile import StructFile

from dxsearch import IndexIncompatible, SearchIndex, build
from dxsearch.indexer.output import write_jsonl
from dxsearch.search.storage import CURRENT, META, TEXT_DIR, IndexUntrusted, verified_generation
from dxsearch.web.app import create_app

from .cli_helpers import run_cli

QUERY = "/api/search?q=%E4%BC%9A%E8%AD%B0%E9%8C%B2"  # 会議録


@pytest.fixture()
def small_index(survey, tmp_path) -> Path:
    build(survey.records[:40], tmp_path / "ix", ["test"])
    return tmp_path / "ix"


def live(index_dir: Path) -> Path:
    return index_dir / os.readlink(index_dir / CURRENT)


def point_current(index_dir: Path, target: str) -> None:
    (index_dir / CURRENT).unlink()
    (index_dir / CURRENT).symlink_to(target)


# --- where CURRENT may point ----------------------------------------------------------------------

@pytest.mark.parametrize("how", ["absolute", "relative outside", "gen symlink", "not a symlink"])
def test_current_must_name_a_generation_inside_the_index(survey, small_index, tmp_path, how):
    build(survey.records[:20], tmp_path / "elsewhere", ["test"])
    outside = live(tmp_path / "elsewhere")
    index = SearchIndex(small_index)
    if how == "absolute":
        point_current(small_index, str(outside))
    elif how == "relative outside":
        point_current(small_index, f"../elsewhere/{outside.name}")
    elif how == "gen symlink":  # a gen-… name inside, but itself a link to another directory
        (small_index / "gen-20990101T000000-000000001").symlink_to(outside)
        point_current(small_index, "gen-20990101T000000-000000001")
    else:
        (small_index / CURRENT).unlink()
        (small_index / CURRENT).mkdir()
    with pytest.raises(IndexUntrusted, match="refuses to follow|not the symlink a build writes"):
        SearchIndex(small_index)
    assert index.refresh(wait=True) is False  # a running server keeps its generation
    assert index.stats()["total"] == 40 and index.reload_error
    result = run_cli("search", "RPA", "--index", str(small_index))
    assert result.returncode == 2 and "dxsearch build" in result.stderr and "Traceback" not in result.stderr


def test_the_health_url_says_which_index_answers_and_why_a_rebuilt_one_was_not_taken(survey, small_index, tmp_path):
    """An admin's trial found no health URL for the office's monitor. /api/health answers 200 with the
    index answering searches; a rebuilt index refused (CURRENT pointing outside) makes it `stale`, the
    reason given, while searches go on from the one before; a good rebuild is `loading` with the old
    figures until it answers (a trial's monitor, asking straight after a build, saw the old figures as
    ok), then ok with its own."""
    from dxsearch.web.app import create_app

    index = SearchIndex(small_index)
    client = create_app(index=index).test_client()
    healthy = client.get("/api/health").get_json()
    assert healthy["status"] == "ok" and healthy["total"] == 40 and healthy["reload_error"] is None
    assert healthy["generation"] == live(small_index).name and healthy["built"]
    build(survey.records[:20], tmp_path / "elsewhere", ["test"])
    point_current(small_index, str(live(tmp_path / "elsewhere")))
    index.refresh(wait=True)
    stale = client.get("/api/health")
    assert stale.status_code == 200 and stale.get_json()["status"] == "stale"
    assert "refuses to follow" in stale.get_json()["reload_error"] and stale.get_json()["total"] == 40
    assert client.get("/api/search?q=RPA").status_code == 200
    (small_index / CURRENT).unlink()
    build(survey.records[:30], small_index, ["test"])
    asked = client.get("/api/health").get_json()  # the server's own checks are seconds apart: not yet made
    # the figures are of one generation, whichever answered: never the old ones called ok
    assert (asked["status"], asked["total"]) in {("loading", 40), ("ok", 30)}, asked
    assert (asked["generation"] == healthy["generation"]) == (asked["status"] == "loading")
    index.refresh(wait=True)
    again = client.get("/api/health").get_json()
    assert again["status"] == "ok" and again["total"] == 30 and again["generation"] != healthy["generation"]


# --- a TOC pickle that would run code -------------------------------------------------------------

def _schema_span(toc: bytes) -> tuple[int, int]:
    """Where the pickled schema (a varint length and the pickle) lies in a Whoosh TOC file."""
    stream = StructFile(io.BytesIO(toc))
    for _ in range(3):
        stream.read_varint()  # int, long and float sizes
    stream.read_int(), stream.read_int()  # byte-order check, TOC version
    for _ in range(3):
        stream.read_varint()  # Whoosh's release
    start = stream.tell()
    stream.read_string()
    return start, stream.tell()


def evil_toc(toc: bytes, marker: Path) -> bytes:
    """`toc` with its schema replaced by a pickle that runs `touch marker` when unpickled, padded
    to the original size (so only the checksum can tell)."""

    class Evil:
        def __init__(self, command: str) -> None:
            self.command = command

        def __reduce__(self):
            return os.system, (self.command,)

    start, end = _schema_span(toc)
    original = len(toc[start:end])
    command = f"touch {marker}"
    for pad in range(original):  # the varint length grows with the pickle: find the pad that fits
        out = io.BytesIO()
        StructFile(out).write_string(pickle.dumps(Evil(command + " " * pad), 2))
        if len(out.getvalue()) == original:
            return toc[:start] + out.getvalue() + toc[end:]
    raise AssertionError("no padding makes the same size")


def test_the_crafted_toc_does_run_code_when_whoosh_reads_it(small_index, tmp_path):
    """The payload of the next tests is real: Whoosh's own open_dir runs it."""
    probe = tmp_path / "probe"
    shutil.copytree(live(small_index), probe)
    toc = probe / "_MAIN_1.toc"
    marker = tmp_path / "ran"
    toc.write_bytes(evil_toc(toc.read_bytes(), marker))
    with pytest.raises(Exception):
        whoosh.index.open_dir(str(probe))  # the schema is os.system's return value, after it ran
    assert marker.exists()


def test_a_toc_that_would_run_code_is_refused_before_unpickling(survey, small_index, tmp_path):
    marker = tmp_path / "ran"
    index = SearchIndex(small_index)
    gen = build(survey.records[:25], small_index, ["test"]).path  # a new generation, then tampered with
    toc = gen / "_MAIN_1.toc"
    size = toc.stat().st_size
    toc.write_bytes(evil_toc(toc.read_bytes(), marker))
    assert toc.stat().st_size == size
    assert index.refresh(wait=True) is False  # the server keeps its generation
    assert index.stats()["total"] == 40 and "_MAIN_1.toc" in (index.reload_error or "")
    with pytest.raises(IndexIncompatible, match=r"_MAIN_1\.toc: its contents changed.*dxsearch build"):
        SearchIndex(small_index)
    checked = run_cli("check", "--index", str(small_index))
    assert checked.returncode == 2 and "_MAIN_1.toc: its contents changed" in checked.stdout
    assert run_cli("search", "RPA", "--index", str(small_index)).returncode == 2
    assert not marker.exists()


def test_a_toc_of_a_later_generation_not_listed_by_the_build_is_refused(small_index):
    """Whoosh reads the highest-numbered TOC: one the build did not write is refused."""
    gen = live(small_index)
    shutil.copy(gen / "_MAIN_1.toc", gen / "_MAIN_2.toc")
    with pytest.raises(IndexIncompatible, match=r"_MAIN_2\.toc: not written by the build"):
        SearchIndex(small_index)


# --- who may have written the index ---------------------------------------------------------------

@pytest.mark.parametrize("where", ["index dir", "generation", "array"])
@pytest.mark.parametrize("bits", [stat.S_IWGRP, stat.S_IWOTH])
def test_an_index_others_can_write_is_refused_with_the_chmod_hint(small_index, where, bits):
    path = {"index dir": small_index, "generation": live(small_index),
            "array": live(small_index) / TEXT_DIR / "text.docs.npy"}[where]
    os.chmod(path, stat.S_IMODE(path.stat().st_mode) | bits)  # as root too: the bits are what count
    hint = rf"{re.escape(str(path))} is writable by .*chmod -R go-w {re.escape(str(small_index))}"
    with pytest.raises(IndexUntrusted, match=hint):
        SearchIndex(small_index)
    result = run_cli("stats", "--index", str(small_index))
    assert result.returncode == 2 and "chmod -R go-w" in result.stderr and "Traceback" not in result.stderr
    os.chmod(path, stat.S_IMODE(path.stat().st_mode) & ~bits)
    assert SearchIndex(small_index).stats()["total"] == 40


def test_an_index_owned_by_another_user_is_refused_with_the_chown_hint(small_index, monkeypatch):
    """Another user's index is refused, root included: root reads only root's indexes."""
    target = live(small_index) / "_MAIN_1.toc"
    if os.geteuid() == 0:
        os.chown(target, 65534, 65534)  # nobody
    else:  # this process as another user than the index's owner (and not root)
        fake = os.geteuid() + 4242
        monkeypatch.setattr(os, "geteuid", lambda: fake)
    with pytest.raises(IndexUntrusted, match=r"_MAIN_1\.toc is owned by .*chown -R"):
        SearchIndex(small_index)


def test_a_build_writes_an_index_nobody_else_can_write_whatever_the_umask(survey, tmp_path):
    old = os.umask(0o002)
    try:
        build(survey.records[:10], tmp_path / "ix", ["test"])
    finally:
        os.umask(old)
    for path in [tmp_path / "ix", *live(tmp_path / "ix").rglob("*")]:
        assert not path.stat().st_mode & 0o022, path
    assert SearchIndex(tmp_path / "ix").stats()["total"] == 10


# --- damaged arrays -------------------------------------------------------------------------------

def damage(path: Path, how: str) -> None:
    if how == "truncated":
        os.truncate(path, 1000)
    else:  # the right size, every value 2**24 (or 0: in range, only the checksum differs)
        array = np.load(path)
        array[:] = {"filled 2**24": 2**24, "filled 2**30": 2**30}[how]
        np.save(path, array)


@pytest.mark.parametrize("name, how", [("text.docs.npy", "truncated"), ("text.docs.npy", "filled 2**24"),
                                       ("bigram.docs.npy", "filled 2**30"),
                                       ("fwd.description.terms.npy", "filled 2**24"),
                                       ("spans.name.ptr.npy", "filled 2**24")])
def test_a_damaged_array_is_refused_and_build_repairs_it(survey, tmp_path, name, how):
    cases = tmp_path / "cases.jsonl"
    write_jsonl(survey.records[:40], cases)
    ix = tmp_path / "ix"
    assert run_cli("build", str(cases), "--index", str(ix)).returncode == 0
    damage(live(ix) / TEXT_DIR / name, how)
    with pytest.raises(IndexIncompatible, match=rf"{TEXT_DIR}/{name}: .*dxsearch build"):
        SearchIndex(ix)
    searched = run_cli("search", "会議録", "--index", str(ix))
    assert searched.returncode == 2 and name in searched.stderr and "Traceback" not in searched.stderr
    checked = run_cli("check", "--index", str(ix))
    assert checked.returncode == 2 and f"{TEXT_DIR}/{name}: " in checked.stdout
    rebuilt = run_cli("build", str(cases), "--index", str(ix))  # no --force
    assert rebuilt.returncode == 0 and "indexed 40 records" in rebuilt.stderr, rebuilt.stderr
    assert name in rebuilt.stderr and "up to date" not in rebuilt.stderr
    assert rebuilt_ok(ix)
    again = run_cli("build", str(cases), "--index", str(ix))
    assert "up to date" in again.stderr


def rebuilt_ok(ix: Path) -> bool:
    checked = run_cli("check", "--index", str(ix))
    assert checked.returncode == 0 and checked.stdout.startswith("ok: "), checked.stdout + checked.stderr
    return SearchIndex(ix).search("会議録").total > 0


@pytest.mark.parametrize("name, how", [("text.docs.npy", "truncated"), ("text.docs.npy", "filled 2**24"),
                                       ("fwd.name.terms.npy", "filled 2**30")])
def test_the_server_keeps_the_old_generation_when_the_new_one_is_damaged(survey, small_index, name, how):
    index = SearchIndex(small_index)
    client = create_app(index=index, refresh_every=0).test_client()
    gen = build(survey.records[:50], small_index, ["test"]).path
    damage(gen / TEXT_DIR / name, how)
    assert index.refresh(wait=True) is False
    for url in (QUERY, "/?q=%E4%BC%9A%E8%AD%B0%E9%8C%B2", f"/cases/{survey.records[0].id}", "/api/stats"):
        assert client.get(url).status_code == 200, url
    assert client.get("/api/stats").get_json()["total"] == 40
    assert name in (index.reload_error or "")


def test_reuse_takes_no_analysis_from_a_damaged_generation(survey, tmp_path):
    """A value damaged within range passes the cheap checks, but a rebuild reuses analyses only
    from a generation whose every checksum holds: the new index is what a cold build makes."""
    cases = tmp_path / "cases.jsonl"
    write_jsonl(survey.records[:40], cases)
    ix = tmp_path / "ix"
    assert run_cli("build", str(cases), "--index", str(ix)).returncode == 0
    terms = live(ix) / TEXT_DIR / "fwd.description.terms.npy"
    array = np.load(terms)
    array[:] = 0  # every description's terms become term 0: in range, wrong
    np.save(terms, array)
    verified_generation(ix)  # cheap checks pass
    assert run_cli("check", "--index", str(ix)).returncode == 2
    write_jsonl(survey.records[:41], cases)
    assert run_cli("build", str(cases), "--index", str(ix)).returncode == 0
    assert json.loads((live(ix) / META).read_text())["reused"] == 0
    rebuilt = np.load(live(ix) / TEXT_DIR / "fwd.description.terms.npy")
    cold = tmp_path / "cold"
    assert run_cli("build", str(cases), "--index", str(cold), "--force").returncode == 0
    assert np.array_equal(rebuilt, np.load(live(cold) / TEXT_DIR / "fwd.description.terms.npy"))


def test_an_index_of_the_previous_format_says_to_rebuild(small_index):
    meta_path = live(small_index) / META
    meta = json.loads(meta_path.read_text())
    meta["format"] = 3
    del meta["files"]
    meta_path.write_text(json.dumps(meta))
    with pytest.raises(IndexIncompatible, match=f"format 3, this dxsearch reads format {FORMAT_VERSION}: run `dxsearch build"):
        SearchIndex(small_index)
    # one a newer dxsearch wrote says so: rebuilding with this one mid-upgrade would undo it (a check)
    meta["format"] = FORMAT_VERSION + 1
    meta_path.write_text(json.dumps(meta))
    with pytest.raises(IndexIncompatible, match=fr"format {FORMAT_VERSION + 1}, this dxsearch reads format {FORMAT_VERSION} "
                                                r"\(written by a newer dxsearch: serve it with that one, or rebuild it with this one\)"):
        SearchIndex(small_index)


# --- reloading: once per change, off the request path ---------------------------------------------

def test_a_failed_generation_is_tried_once_per_change_of_current(survey, small_index, monkeypatch):
    index = SearchIndex(small_index)
    client = create_app(index=index, refresh_every=0).test_client()
    loads: list[int] = []
    real_load = index._load

    def counted():
        loads.append(1)
        return real_load()

    monkeypatch.setattr(index, "_load", counted)
    gen = build(survey.records[:25], small_index, ["test"]).path
    damage(gen / TEXT_DIR / "text.docs.npy", "truncated")
    for _ in range(5):
        assert client.get(QUERY).status_code == 200
        if index._loader is not None:
            index._loader.join()
        assert index.refresh(wait=True) is False
    assert len(loads) == 1 and index.stats()["total"] == 40
    build(survey.records[:30], small_index, ["test"])  # CURRENT changes: the new one is tried
    assert index.refresh(wait=True) is True and len(loads) == 2
    assert index.stats()["total"] == 30 and index.reload_error is None


def test_a_new_generation_opens_in_the_background_while_requests_answer(survey, small_index, monkeypatch):
    index = SearchIndex(small_index)
    client = create_app(index=index, refresh_every=0).test_client()
    opening, release = threading.Event(), threading.Event()
    real_load = index._load

    def slow_load():
        opening.set()
        assert release.wait(120), "the test never released the load"
        return real_load()

    monkeypatch.setattr(index, "_load", slow_load)
    build(survey.records[:25], small_index, ["test"])
    assert client.get("/api/stats").get_json()["total"] == 40  # starts the reload, does not wait for it
    assert opening.wait(120)
    for _ in range(3):  # the reload is stuck: every request answers from the old generation
        response = client.get(QUERY)
        assert response.status_code == 200
        assert client.get("/api/stats").get_json()["total"] == 40
    assert index._loader is not None and index._loader.is_alive()
    release.set()
    index._loader.join()
    assert client.get("/api/stats").get_json()["total"] == 25


def test_check_reports_a_good_index(small_index):
    result = run_cli("check", "--index", str(small_index))
    assert result.returncode == 0 and result.stdout.startswith("ok: ") and "40 cases" in result.stdout
    missing = run_cli("check", "--index", str(small_index / "none"))
    assert missing.returncode == 2 and "dxsearch build" in missing.stderr


def test_a_symlink_inside_a_generation_is_refused(small_index, tmp_path):
    """Builds write plain files only: a link could lead to a file the checks never saw."""
    gen = live(small_index)
    elsewhere = tmp_path / "keys.npy"
    shutil.move(gen / TEXT_DIR / "keys.npy", elsewhere)
    (gen / TEXT_DIR / "keys.npy").symlink_to(elsewhere)
    with pytest.raises(IndexIncompatible, match=r"text/keys\.npy: not a plain file"):
        SearchIndex(small_index)


def test_a_fifo_in_place_of_the_toc_is_refused_without_opening_it(small_index):
    gen = live(small_index)
    os.remove(gen / "_MAIN_1.toc")
    os.mkfifo(gen / "_MAIN_1.toc")  # opening it would block
    with pytest.raises(IndexIncompatible, match=r"_MAIN_1\.toc: not a plain file"):
        SearchIndex(small_index)


def test_an_unreadable_file_is_a_clear_message(small_index, monkeypatch):
    from dxsearch.search import integrity

    def denied(path: Path) -> str:  # as for a file of mode 000 (root reads those anyway)
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(integrity, "file_sha256", denied)
    with pytest.raises(IndexIncompatible, match=r"MAIN\w*\.?\w*: cannot be read \(Permission denied\)"):
        SearchIndex(small_index)
