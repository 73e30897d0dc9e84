"""Checking an index generation before trusting it.

Opening a generation runs code paths that must not see hostile or damaged bytes: Whoosh unpickles
its table of contents (`_MAIN_*.toc`, the schema) and every stored record (the segments), and the
NumPy arrays drive allocations and indexing (a document number of 2**30 in `text.docs.npy` makes
a query allocate gigabytes). So a generation is used only when

- `CURRENT` is a relative symlink to a `gen-…` directory inside the index directory;
- the index directory, the generation and every file in it belong to this user (or root) and are
  writable by nobody else, as ssh demands of its key files: whoever can write them decides what the
  server unpickles;
- its files are plain files, exactly those the build listed in `dxsearch.json`, with the sizes listed;
- the Whoosh files (pickles) have the SHA-256 the build wrote, checked before Whoosh reads them;
- every array has the dtype and shape listed, and the values that index other arrays are in range
  (postings' document numbers below the case count, terms below the vocabulary size, pointer
  arrays ascending from 0 to their array's length).

Those are the *cheap* checks, made whenever a generation is opened: stat calls, `.npy` headers,
hashing the Whoosh files and a few vectorised passes over memory-mapped arrays. `dxsearch check`
adds the SHA-256 of every array and reads every record (`full=True`).
"""

from __future__ import annotations

import json
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from ..indexer.digest import file_sha256
from .location import FORMAT_VERSION, META, TEXT_DIR, format_mismatch


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a generation: the file (relative to the generation) and what."""

    file: str
    what: str

    def __str__(self) -> str:
        return f"{self.file}: {self.what}"


# --- who could have written it ------------------------------------------------------------------

def trusted_owners() -> set[int]:
    """Who may own an index this process reads: itself and root. Root reads only root's indexes:
    an index owned by a user serving root would let that user choose what root unpickles."""
    return {os.geteuid(), 0}


def user_name(uid: int) -> str:
    """The login name of `uid`, or `uid N` where none is known."""
    try:
        import pwd

        return pwd.getpwuid(uid).pw_name
    except (KeyError, ImportError):
        return f"uid {uid}"


def untrusted(index_dir: Path, gen: Path) -> str | None:
    """Why dxsearch must not read the index directory or generation `gen` (something in them is
    owned by another user, or writable by group or others), with the command that fixes it; None
    when they are fine. Symlinks' own modes mean nothing; their owner still counts."""
    owners = trusted_owners()
    for path in [Path(index_dir).resolve(), *_files(gen)[1]]:
        try:
            st = os.lstat(path)
        except FileNotFoundError:
            continue  # a missing file is damage, reported by the file checks
        if st.st_uid not in owners:
            me = user_name(os.geteuid())
            return (f"{path} is owned by {user_name(st.st_uid)}, not by {me}"
                    f"{'' if os.geteuid() == 0 else ' or root'}: dxsearch reads only indexes written by "
                    f"the user running it (others could make it run code); fix: `chown -R {me} {index_dir}`, "
                    f"or build an index of your own with `dxsearch build --index DIR`")
        if not stat.S_ISLNK(st.st_mode) and st.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
            who = " and ".join(w for w, bit in (("its group", stat.S_IWGRP), ("other users", stat.S_IWOTH))
                               if st.st_mode & bit)
            return (f"{path} is writable by {who} (mode {stat.S_IMODE(st.st_mode):04o}): anyone who can write "
                    f"the index can make dxsearch run code; fix: `chmod -R go-w {index_dir}`")
    return None


def _files(gen: Path) -> tuple[list[str], list[Path]]:
    """The files of a generation (relative names, sorted) and every path in it, directories too."""
    names, paths = [], [gen]
    for root, dirs, files in os.walk(gen):
        base = Path(root)
        paths += [base / d for d in dirs]
        for name in files:
            paths.append(base / name)
            names.append((base / name).relative_to(gen).as_posix())
    return sorted(names), paths


# --- what the build records ----------------------------------------------------------------------

def _npy_header(path: Path) -> tuple[str, list[int], int]:
    """dtype, shape and data offset of an `.npy` file, from its header alone."""
    from numpy.lib import format as npy

    with open(path, "rb") as f:
        version = npy.read_magic(f)
        read = npy.read_array_header_1_0 if version == (1, 0) else npy.read_array_header_2_0
        shape, fortran, dtype = read(f)
        if fortran or dtype.hasobject:
            raise ValueError("not a plain C-ordered array")
        return dtype.str, list(shape), f.tell()


def manifest(gen: Path) -> dict[str, dict]:
    """What the build wrote: every file of the generation (but `dxsearch.json`) with its size
    and SHA-256, and each array's dtype and shape. Stored in `dxsearch.json` under "files"."""
    out: dict[str, dict] = {}
    for name in _files(gen)[0]:
        if name == META:
            continue
        path = gen / name
        entry: dict = {"size": path.stat().st_size, "sha256": file_sha256(path)}
        if name.endswith(".npy"):
            entry["dtype"], entry["shape"], _ = _npy_header(path)
        out[name] = entry
    return out


# --- checking -------------------------------------------------------------------------------------

CHANGED = "its contents changed since the build (SHA-256 differs)"


def _is_whoosh(name: str) -> bool:
    """Files Whoosh reads (and unpickles from): everything outside `text/`."""
    return not name.startswith(TEXT_DIR + "/")


def file_problems(gen: Path, meta: dict, names: list[str], full: bool) -> list[Problem]:
    """The files against the build's list: the same names and sizes, array headers, and the
    SHA-256 of the Whoosh files (of every file with `full`)."""
    listed = meta.get("files")
    if not isinstance(listed, dict):
        return [Problem(META, "no list of the files the build wrote")]
    problems = [Problem(n, "not written by the build") for n in names if n != META and n not in listed]
    problems += [Problem(n, "missing") for n in listed if n not in names]
    for name in (n for n in names if n in listed):
        path, facts = gen / name, listed[name]
        size = path.stat().st_size
        if size != facts.get("size"):
            problems.append(Problem(name, f"{size} bytes, the build wrote {facts.get('size')}"))
            continue
        if name.endswith(".npy"):
            try:
                dtype, shape, offset = _npy_header(path)
            except (ValueError, OSError, EOFError) as e:
                problems.append(Problem(name, f"not a NumPy array ({e})"))
                continue
            import numpy as np

            if (dtype, shape) != (facts.get("dtype"), facts.get("shape")):
                problems.append(Problem(name, f"{dtype} {tuple(shape)}, the build wrote "
                                              f"{facts.get('dtype')} {tuple(facts.get('shape') or ())}"))
                continue
            if offset + int(np.prod(shape, dtype=np.int64)) * np.dtype(dtype).itemsize != size:
                problems.append(Problem(name, "its header does not match its size"))
                continue
        if (full or _is_whoosh(name)) and file_sha256(path) != facts.get("sha256"):
            problems.append(Problem(name, CHANGED))
    return problems


def array_problems(text_dir: Path, size: int) -> list[Problem]:
    """The arrays fit together and every value used as an index is in range, so no query can
    index past an array or allocate by a bad value. One vectorised pass over the arrays that
    hold document and term numbers (memory-mapped); the rest from shapes."""
    import numpy as np

    from .fields import FIELDS, HIGHLIGHTED, VIEWS

    problems: list[Problem] = []

    def load(name: str) -> np.ndarray:
        return np.load(text_dir / f"{name}.npy", mmap_mode="r")

    def bad(name: str, what: str) -> None:
        problems.append(Problem(f"{TEXT_DIR}/{name}.npy", what))

    def check_ptr(name: str, ptr: np.ndarray, rows: int, end: int) -> None:
        if ptr.shape != (rows + 1,):
            bad(name, f"{ptr.shape[0]} entries, expected {rows + 1}")
        elif ptr[0] != 0 or ptr[-1] != end:
            bad(name, f"runs from {int(ptr[0])} to {int(ptr[-1])}, expected 0 to {end}")
        elif rows and np.any(ptr[1:] < ptr[:-1]):
            bad(name, "not ascending")

    def check_range(name: str, values: np.ndarray, high: int) -> None:
        if values.size and (int(values.min()) < 0 or int(values.max()) >= high):
            bad(name, f"values from {int(values.min())} to {int(values.max())}, expected 0 to {high - 1}")

    keys = load("keys")
    if keys.shape != (size,):
        bad("keys", f"the text index holds {keys.shape[0] if keys.ndim else 0} cases, the records {size}")
        return problems  # nothing else can be compared
    n_terms: dict[str, int] = {}
    for view in VIEWS:
        share = load(f"{view}.share")
        n_terms[view] = n = share.shape[0]
        vocab = json.loads((text_dir / f"vocab-{view}.json").read_text(encoding="utf-8"))
        if not isinstance(vocab, list) or len(vocab) != n:
            problems.append(Problem(f"{TEXT_DIR}/vocab-{view}.json", f"does not hold the {n} terms of the arrays"))
        docs, impacts = load(f"{view}.docs"), load(f"{view}.impacts")
        if impacts.shape != docs.shape:
            bad(f"{view}.impacts", f"{impacts.shape[0]} entries, {view}.docs has {docs.shape[0]}")
        check_ptr(f"{view}.ptr", load(f"{view}.ptr"), n, docs.shape[0])
        check_range(f"{view}.docs", docs, size)
    if load("text.description_cf").shape != (n_terms["text"],):
        bad("text.description_cf", f"expected {n_terms['text']} entries")
    for field in FIELDS:
        parts = {p: load(f"fwd.{field.name}.{p}") for p in ("ptr", "terms", "tf", "length")}
        if parts["tf"].shape != parts["terms"].shape:
            bad(f"fwd.{field.name}.tf", f"{parts['tf'].shape[0]} entries, expected {parts['terms'].shape[0]}")
        if parts["length"].shape != (size,):
            bad(f"fwd.{field.name}.length", f"{parts['length'].shape[0]} entries, expected {size}")
        check_ptr(f"fwd.{field.name}.ptr", parts["ptr"], size, parts["terms"].shape[0])
        check_range(f"fwd.{field.name}.terms", parts["terms"], n_terms[field.view])
    for name in HIGHLIGHTED:
        view = next(f.view for f in FIELDS if f.name == name)
        parts = {p: load(f"spans.{name}.{p}") for p in ("ptr", "terms", "start", "end")}
        for p in ("start", "end"):
            if parts[p].shape != parts["terms"].shape:
                bad(f"spans.{name}.{p}", f"{parts[p].shape[0]} entries, expected {parts['terms'].shape[0]}")
        check_ptr(f"spans.{name}.ptr", parts["ptr"], size, parts["terms"].shape[0])
        check_range(f"spans.{name}.terms", parts["terms"], n_terms[view])
    return problems


def _plain(path: Path) -> bool:
    mode = os.lstat(path).st_mode
    return stat.S_ISREG(mode) or stat.S_ISDIR(mode)


def generation_problems(gen: Path, full: bool = False) -> tuple[dict, list[Problem]]:
    """Everything wrong with generation `gen` (its metadata, and the problems): the cheap checks,
    or with `full` every checksum. Who owns it is `untrusted`'s to check, first."""
    try:
        return _generation_problems(gen, full)
    except OSError as e:  # unreadable, or removed while being checked
        name = Path(e.filename) if e.filename else gen
        where = name.relative_to(gen).as_posix() if name.is_relative_to(gen) else str(name)
        return {}, [Problem(where, f"cannot be read ({e.strerror or e})")]


def _generation_problems(gen: Path, full: bool) -> tuple[dict, list[Problem]]:
    names, paths = _files(gen)
    try:
        meta = json.loads((gen / META).read_text(encoding="utf-8"))
        if not isinstance(meta, dict):
            raise ValueError("not a JSON object")
    except (OSError, ValueError) as e:
        return {}, [Problem(META, f"cannot be read ({e})")]
    if meta.get("format") != FORMAT_VERSION:
        return meta, [Problem(META, format_mismatch(meta.get("format")))]
    count = meta.get("count")
    if not isinstance(count, int) or count < 0:
        return meta, [Problem(META, f"no case count ({count!r})")]
    problems = [Problem(p.relative_to(gen).as_posix(), "not a plain file or directory (builds write only those)")
                for p in paths if not _plain(p)]
    if problems:
        return meta, problems
    try:  # the most telling problem first: arrays of other records
        held = _npy_header(gen / TEXT_DIR / "keys.npy")[1]
        if held[:1] != [count]:
            problems.append(Problem(f"{TEXT_DIR}/keys.npy", f"the text index holds {held[0] if held else 0} "
                                                           f"cases, the records {count}"))
    except (ValueError, OSError, EOFError):
        pass  # reported by the file checks
    problems += file_problems(gen, meta, names, full)
    if all(p.what == CHANGED for p in problems):  # every array has its listed size and header
        try:
            problems += array_problems(gen / TEXT_DIR, count)
        except (OSError, ValueError) as e:
            problems.append(Problem(TEXT_DIR, f"cannot be read ({e})"))
    return meta, problems


def record_problems(gen: Path, count: int) -> list[Problem]:
    """The Whoosh index holds `count` documents, numbered as the arrays are, each a readable
    record. Only for a generation whose Whoosh files passed their checksums."""
    import whoosh.index

    try:
        ix = whoosh.index.open_dir(str(gen))
        with ix.reader() as reader:
            docnums = []
            for docnum, fields in reader.iter_docs():
                json.loads(fields["record"])
                docnums.append(docnum)
    except Exception as e:  # a damaged segment surfaces as many kinds of error
        return [Problem("_MAIN_*.toc", f"the Whoosh index cannot be read ({type(e).__name__}: {e})")]
    if docnums != list(range(count)):
        return [Problem("_MAIN_*.toc", f"the Whoosh index holds {len(docnums)} records, the arrays {count}")]
    return []

