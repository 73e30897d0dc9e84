"""Where the index lives, and building it atomically.

An index directory holds generations: `gen-<time>/` (a Whoosh index of the records and their
text, `search.schema`; the text index arrays in `text/`; and `dxsearch.json`) and `CURRENT`, a
symlink to the live one. A build writes a new generation beside the live one and
swaps `CURRENT` with one atomic rename; readers never see a half-built index, an interrupted build
leaves the old one working, and the next build removes what an interrupted one left. A lock file
makes a second concurrent build fail clearly instead of racing.
"""

from __future__ import annotations

import fcntl
import json
import os
import re
import shutil
import signal
import stat
import sys
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from ..errors import DxsearchError
from ..indexer.digest import file_sha256
from ..indexer.records import CaseRecord

# the file names and FORMAT_VERSION (search.location), importable from here as before
from .location import CURRENT, FORMAT_VERSION, LOCK, META, TEXT_DIR, format_mismatch  # noqa: F401


class IndexUnavailable(DxsearchError):
    """The index cannot be used (missing, damaged, another format, being built); the message
    tells the user what to do."""


class IndexMissing(IndexUnavailable):
    """No index has been built at this location yet."""


class IndexIncompatible(IndexUnavailable):
    """The index is damaged or of another format: `dxsearch build` makes a new one."""


class BuildInProgress(IndexUnavailable):
    """Another build holds the index's build lock."""


class IndexUntrusted(IndexUnavailable):
    """The index could have been written by someone else (owned by another user, writable by
    others, or `CURRENT` pointing outside the index directory): dxsearch refuses to read it, and
    the message says how to fix it."""


GENERATION_NAME = re.compile(r"gen-[0-9A-Za-z-]{1,64}")


def default_index_dir() -> Path:
    """`$DXSEARCH_INDEX`, else `$XDG_DATA_HOME/dxsearch/index` (~/.local/share/dxsearch/index):
    the same from any working directory."""
    env = os.environ.get("DXSEARCH_INDEX")
    if env:
        return Path(env).expanduser()
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "dxsearch" / "index"


@dataclass(frozen=True)
class Generation:
    path: Path
    meta: dict
    # older generations a build could not remove (another user's: a build run once as root left its
    # copy behind the service user's builds, unsaid: an admin's trial)
    left_behind: tuple[Path, ...] = ()


def not_a_directory(index_dir: Path) -> None:
    """IndexMissing when `index_dir` is a file: an index is a directory (a trial's `--index
    rpa.csv` was told CURRENT is no symlink, and to build there, which failed with a bare errno)."""
    if index_dir.exists() and not index_dir.is_dir():
        raise IndexMissing(f"{index_dir} is a file, not an index directory: give --index a directory "
                           f"(`dxsearch build --index DIR` makes one)")


def foreign_files(index_dir: Path) -> list[str]:
    """The names in `index_dir` that no build writes, when it holds no index (no `CURRENT`):
    a folder of one's own files, which is no index's (a trial's `--index` named its folder of
    case files). [] for a missing or empty directory, or one holding an index."""
    try:
        names = sorted(p.name for p in Path(index_dir).iterdir())
    except OSError:
        return []
    if CURRENT in names:
        return []
    # hidden names are the build's own (its lock, a link being swapped) or a desktop's (.DS_Store, .gitkeep)
    return [n for n in names if not n.startswith(".") and not GENERATION_NAME.fullmatch(n)]


def no_foreign_files(index_dir: Path) -> None:
    """IndexUnavailable when `index_dir` holds files of its own and no index (`foreign_files`): a
    build would tighten its permissions and sit among them (a re-check trial built into its
    folder of case files)."""
    others = foreign_files(index_dir)
    if others:
        raise IndexUnavailable(f"{index_dir} holds other files ({_shown(others)}) and no index: build the index in "
                               f"a directory of its own (a new one, such as {Path(index_dir) / 'index'})")


def _shown(names: list[str]) -> str:
    return ", ".join(names[:3]) + (" …" if len(names) > 3 else "")


def _missing_hint(index_dir: Path, hint: str) -> str:
    """What to do where no index is: build one, unless the directory holds other files (it was
    told to build the index in among them)."""
    others = foreign_files(index_dir)
    if not others:
        return hint
    return (f"the directory holds other files ({_shown(others)}) and no index: give --index the directory of an "
            f"index, or build one in a new directory: `dxsearch build --index NEW_DIR [FILE.csv …]`")


def generation_path(index_dir: Path) -> Path:
    """The generation `CURRENT` names, which must be a `gen-…` directory directly inside
    `index_dir` (a relative symlink, as builds write it): a `CURRENT` pointing anywhere else would
    let whoever wrote it choose what the server unpickles. One readlink and one lstat."""
    index_dir = Path(index_dir)
    link = index_dir / CURRENT
    hint = f"run `dxsearch build --index {index_dir}`"
    not_a_directory(index_dir)
    try:
        target = os.readlink(link)
    except FileNotFoundError:
        raise IndexMissing(f"no search index at {index_dir}: {_missing_hint(index_dir, hint)}") from None
    except OSError as e:  # not a symlink (EINVAL), or unreadable
        raise IndexUntrusted(f"{link} is not the symlink a build writes ({e.strerror or e}); dxsearch follows "
                             f"CURRENT only to a gen-… directory beside it: remove it and {hint}") from None
    if not GENERATION_NAME.fullmatch(target):
        raise IndexUntrusted(f"{link} points at {target!r}, not at a gen-… directory inside {index_dir}; "
                             f"dxsearch refuses to follow it: {hint}")
    path = index_dir.resolve() / target
    try:
        mode = os.lstat(path).st_mode
    except OSError as e:
        raise IndexIncompatible(f"the search index at {index_dir} is damaged ({CURRENT} points at {target}, "
                                f"which cannot be read: {e.strerror or e}): {hint}") from None
    if not stat.S_ISDIR(mode):
        raise IndexUntrusted(f"{path} is not a directory (a symlink or a file): dxsearch refuses to follow "
                             f"it: {hint}")
    return path


def checked_generation(index_dir: Path, full: bool = False) -> tuple[Path, dict, list]:
    """The live generation, its metadata and what is wrong with it (`search.integrity`): the
    cheap checks made whenever it is opened, or with `full` every checksum and every record
    (`dxsearch check`). Raises `IndexMissing`, or `IndexUntrusted` when others could have
    written it (nothing in it is read then)."""
    from .integrity import generation_problems, record_problems, untrusted

    index_dir = Path(index_dir)
    gen = generation_path(index_dir)
    reason = untrusted(index_dir, gen)
    if reason:
        raise IndexUntrusted(f"dxsearch refuses the index at {index_dir}: {reason}")
    meta, problems = generation_problems(gen, full)
    if full and not problems:
        problems = record_problems(gen, meta["count"])
    return gen, meta, problems


def verified_generation(index_dir: Path) -> Generation:
    """The live generation after the cheap checks, or `IndexUntrusted` / `IndexIncompatible`
    saying what is wrong and to run `dxsearch build`: never a generation that could run code or
    crash a query. What `SearchIndex` opens, and what a script should open with Whoosh."""
    index_dir = Path(index_dir)
    gen, meta, problems = checked_generation(index_dir)
    if problems:
        hint = rebuild_hint(index_dir)
        if problems[0].file == META and "format" in problems[0].what:
            raise IndexIncompatible(f"the search index at {index_dir} has {problems[0].what}: {hint}")
        shown = "; ".join(map(str, problems[:3]))
        if len(problems) > 3:
            shown += f"; and {len(problems) - 3} more"
        raise IndexIncompatible(f"the search index at {index_dir} is damaged ({gen.name}: {shown}): {hint}")
    return Generation(gen, meta)


def current_generation(index_dir: Path) -> Generation:
    """The live generation and its metadata, unchecked (`verified_generation` checks it)."""
    index_dir = Path(index_dir)
    hint = f"run `dxsearch build --index {index_dir}`"
    target = generation_path(index_dir)
    try:
        meta = json.loads((target / META).read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise IndexIncompatible(f"the search index at {index_dir} is damaged ({e}): {hint}") from e
    if meta.get("format") != FORMAT_VERSION:
        raise IndexIncompatible(f"the search index at {index_dir} has {format_mismatch(meta.get('format'))}: {hint}")
    return Generation(target, meta)


_held_locks: set[int] = set()  # descriptors of build locks this process holds
_forking_pid = 0  # the process that is forking, noted just before the fork


def _before_fork() -> None:
    global _forking_pid
    _forking_pid = os.getpid()


def _in_forked_child() -> None:
    """A process forked during a build (the analysis workers) must neither keep the build lock
    nor outlive the build: an flock belongs to the open file, which a fork shares, so a worker
    orphaned by a killed build would hold the lock until it finished its work."""
    if not _held_locks:
        return
    devnull = os.open(os.devnull, os.O_RDONLY)
    for fd in _held_locks:
        os.dup2(devnull, fd)  # drops this process's reference to the lock; the number stays valid
    os.close(devnull)
    _held_locks.clear()
    if sys.platform.startswith("linux"):
        import ctypes

        PR_SET_PDEATHSIG = 1
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != _forking_pid:  # the build died between the fork and the line above
        os._exit(1)


os.register_at_fork(before=_before_fork, after_in_child=_in_forked_child)


def _tighten(path: Path) -> None:
    """Clear the group and other write bits of `path` and everything in it: readers refuse an
    index others can write (`search.integrity`), whatever the umask (002 is common)."""
    for p in [path, *(path.rglob("*") if path.is_dir() else ())]:
        if not p.is_symlink():
            mode = p.stat().st_mode
            if mode & 0o022:
                os.chmod(p, stat.S_IMODE(mode) & ~0o022)


@contextmanager
def build_lock(index_dir: Path) -> Iterator[None]:
    """Held while a build writes `index_dir`; a second build fails at once instead of racing.
    Processes forked meanwhile drop it and die with the build (`_in_forked_child`). The index
    directory is made, or kept, writable by its owner alone: readers refuse it otherwise."""
    not_a_directory(index_dir)
    no_foreign_files(index_dir)
    index_dir.mkdir(parents=True, exist_ok=True)
    if index_dir.stat().st_mode & 0o022 and index_dir.stat().st_uid == os.geteuid():
        os.chmod(index_dir, stat.S_IMODE(index_dir.stat().st_mode) & ~0o022)
    with open(index_dir / LOCK, "a+") as f:
        try:
            fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as e:
            raise BuildInProgress(f"another `dxsearch build` is writing {index_dir}; "
                                  f"wait for it to finish") from e
        _held_locks.add(f.fileno())
        try:
            yield
        finally:
            _held_locks.discard(f.fileno())
            fcntl.flock(f, fcntl.LOCK_UN)


def build_in_progress(index_dir: Path) -> bool:
    """Whether another build holds `index_dir`'s lock now: asked before a build reads its sources,
    so a second build says so at once rather than after parsing (an admin's trial saw the survey's
    notes printed first). The build itself still takes the lock (`build_lock`)."""
    try:
        f = open(index_dir / LOCK)
    except OSError:
        return False  # no lock file: no build has run there yet
    with f:
        try:
            fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        fcntl.flock(f, fcntl.LOCK_UN)
        return False


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _remove_stale(index_dir: Path, keep: set[Path]) -> tuple[Path, ...]:
    """Removes the generations and links no reader needs; returns those it could not remove."""
    left = []
    for child in index_dir.iterdir():
        if child.name.startswith(("gen-", ".CURRENT.")) and child.resolve() not in keep:
            if child.is_dir() and not child.is_symlink():
                shutil.rmtree(child, ignore_errors=True)
            else:
                try:
                    child.unlink(missing_ok=True)
                except OSError:
                    pass
            if child.exists() or child.is_symlink():
                left.append(child)
    return tuple(left)


def fingerprint(paths: Iterable[Path]) -> dict:
    """What an index was built from: the dxsearch version, the index format, the parsing and analysis (code
    included: a development install keeps its version number while its analysis changes) and
    every source file's SHA-256. Equal fingerprints mean a rebuild would produce the same index."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        code = version("dxsearch")
    except PackageNotFoundError:
        code = "unknown"
    files = []
    for p in paths:
        files.append({"path": str(Path(p).resolve()), "sha256": file_sha256(p)})
    from .datafiles import dictionaries_digest

    return {"dxsearch": code, "format": FORMAT_VERSION, "dictionaries": dictionaries_digest(),
            "analysis": _analysis_version(), "parsing": _parsing_version(), "files": files}


def recorded_sources(index_dir: Path) -> list[str]:
    """The sources the live generation was built from, as its build recorded them (what
    `dxsearch build --same-sources` builds from again); [] when there is none to read."""
    try:
        meta = json.loads((generation_path(Path(index_dir)) / META).read_text(encoding="utf-8"))
    except (IndexUnavailable, OSError, ValueError):
        return []
    sources = meta.get("sources") if isinstance(meta, dict) else None
    return [s for s in sources if isinstance(s, str)] if isinstance(sources, list) else []


def rebuild_hint(index_dir: Path) -> str:
    """What to run to replace a damaged index: `--same-sources` when its build read files of the
    user's own, since a plain build is the bundled survey alone (a trial following the plain hint
    lost its own cases; the note saying so came after the build)."""
    from ..indexer.sources import BUNDLED_SURVEY

    own = [s for s in recorded_sources(index_dir) if Path(s).resolve() != BUNDLED_SURVEY.resolve()]
    if own:
        return f"run `dxsearch build --index {index_dir} --same-sources` (it was built from {', '.join(own)})"
    return f"run `dxsearch build --index {index_dir}`"


def is_up_to_date(index_dir: Path, print_: dict) -> bool:
    """Whether the live generation was built from these sources and passes the checks made when
    it is opened: a damaged one is rebuilt, not declared up to date."""
    try:
        return verified_generation(Path(index_dir)).meta.get("fingerprint") == print_
    except IndexUnavailable:
        return False


def _previous_text_index(index_dir: Path, live: Path | None):
    """The live generation's text index, when its analyses can be reused: same versions, and
    every file as the build wrote it (full checksums: a damaged array must not seed the new
    generation)."""
    from .integrity import generation_problems, untrusted
    from .textindex import TextIndex

    if live is None or untrusted(index_dir, live):
        return None
    try:
        meta, problems = generation_problems(live, full=True)
        if problems or meta.get("analysis") != _analysis_version():
            return None
        return TextIndex(live / TEXT_DIR)
    except (OSError, ValueError):
        return None  # damaged, untrusted or older: analyse everything


# the modules that decide what a record's analysis is: a change to them (a development install
# keeps its version number) is a new analysis
# …and technology.py: its rules tag each case (the technology facet), so a change to them rebuilds
_ANALYSIS_SOURCES = ("analysis.py", "fields.py", "record_analysis.py", "technology.py")


def _parsing_version() -> str:
    """The code that reads sources into records (the package's indexer): a development install
    that changes it (pages counted in a text extraction) reads the same files into other records."""
    import hashlib

    indexer = Path(__file__).resolve().parent.parent / "indexer"
    code = hashlib.sha256(b"".join(p.read_bytes() for p in sorted(indexer.glob("*.py"))))
    return code.hexdigest()[:16]


def _analysis_version() -> str:
    """Analyses are reused only by the same dxsearch and Janome versions, dictionaries and
    analysis code."""
    import hashlib

    from importlib.metadata import PackageNotFoundError, version

    out = []
    for package in ("dxsearch", "janome"):
        try:
            out.append(f"{package}={version(package)}")
        except PackageNotFoundError:
            out.append(f"{package}=unknown")
    from .datafiles import dictionaries_digest

    code = hashlib.sha256(b"".join(Path(__file__).with_name(name).read_bytes() for name in _ANALYSIS_SOURCES))
    return " ".join(out) + f" dictionaries={dictionaries_digest()[:16]} code={code.hexdigest()[:16]}"


def build(records: Iterable[CaseRecord], index_dir: Path, sources: list[str],
          fingerprint: dict | None = None, reuse: bool = True) -> Generation:
    """Write a new generation and make it current. Raises before the swap on any error.

    With `reuse`, records whose text is unchanged since the live generation are taken over from
    its arrays, so a rebuild after editing a few cases analyses only those (analyses are reused
    only by the same dxsearch and Janome versions; `reuse=False` is `dxsearch build --force`)."""
    # imported here: `dxsearch build` of unchanged sources needs no Whoosh
    from .integrity import manifest
    from .record_analysis import analyse_records, build_workers
    from .suggest import write_readings
    from .textindex import TextIndex, TextIndexWriter, content_key
    from .whoosh_index import write_whoosh_index

    records = list(records)
    seen: set[str] = set()
    for record in records:
        if record.id in seen:
            raise ValueError(f"two records with the id {record.id}")
        seen.add(record.id)
    index_dir = Path(index_dir)
    with build_lock(index_dir):
        try:
            live: Path | None = generation_path(index_dir)  # never a directory outside index_dir
        except IndexUnavailable:
            live = None
        _remove_stale(index_dir, {p for p in (live,) if p})  # leftovers of interrupted builds
        gen = index_dir / f"gen-{time.strftime('%Y%m%dT%H%M%S')}-{time.time_ns() % 10**9:09d}"
        gen.mkdir()
        try:
            keys = [content_key(r) for r in records]
            previous = _previous_text_index(index_dir, live) if reuse else None
            known = {k: d for d, k in enumerate(previous.content_keys())} if previous is not None else {}
            fresh = analyse_records([r for r, k in zip(records, keys) if k not in known])
            text = TextIndexWriter(previous)
            for key in keys:
                if key in known:
                    text.add_unchanged(key, known[key])
                else:
                    text.add(key, next(fresh))
            fresh.close()  # ends the worker pool
            text.write(gen / TEXT_DIR)
            write_readings(TextIndex(gen / TEXT_DIR))  # what もしかして reads kana by, made once here
            # Whoosh indexes the analyses just written (document d of both is records[d])
            write_whoosh_index(gen, records, gen / TEXT_DIR, build_workers())
            _tighten(gen)
            meta = {"format": FORMAT_VERSION, "count": len(records), "sources": sources,
                    "built": time.strftime("%Y-%m-%dT%H:%M:%S%z"), "fingerprint": fingerprint,
                    "analysis": _analysis_version(), "reused": sum(k in known for k in keys),
                    "files": manifest(gen)}
            (gen / META).write_text(json.dumps(meta, ensure_ascii=False, indent=1), encoding="utf-8")
            _tighten(gen / META)
            _fsync_dir(gen)
            tmp_link = index_dir / f".CURRENT.{os.getpid()}"
            tmp_link.unlink(missing_ok=True)
            tmp_link.symlink_to(gen.name)
            os.replace(tmp_link, index_dir / CURRENT)
            _fsync_dir(index_dir)
        except BaseException:
            shutil.rmtree(gen, ignore_errors=True)
            raise
        # keep the previous generation for readers that still have it open
        left = _remove_stale(index_dir, {gen.resolve(), *(p for p in (live,) if p)})
        return Generation(gen, meta, left)
