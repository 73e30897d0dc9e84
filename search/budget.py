"""A time budget for one request, as Elasticsearch's search `timeout` and Solr's `timeAllowed`.

Work limits (words, variants, filter values) bound what a request may ask for; the budget bounds
how long answering it may take whatever the corpus size and the machine's load. It is a deadline
created when the request starts and passed down: the search checks it at natural points (between
clause groups, between もしかして and relaxation searches, between chunks of a stream, before
facet counting and highlighting) and stops there. What was done by then is returned marked `partial`; when
nothing useful was done yet, `SearchTimeout` is raised (the web answers 503 with Retry-After).

    index.search("通勤手当", timeout=0.5)          # seconds; None (the default) is no limit
    budget = Budget(2.0, cancelled=client_gone)  # one deadline shared by several calls

A deadline alone does not keep cheap requests fast while expensive ones run: on a machine with
few cores they share the CPU (and Python's GIL) with them. A server therefore gives its budgets
one `Gate`: a request that has used more than `after` seconds of CPU time must hold one of a few
slots to go on, waiting (asleep) at its next check for one to come free; one that cannot get a
slot before its deadline stops there, as at any deadline. Cheap requests never reach the gate.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable

from ..errors import DxsearchError
from .limits import EXPENSIVE_AFTER, EXPENSIVE_AFTER_PER_1000_CASES

Clock = Callable[[], float]
COURTESY_EVERY = 0.004  # s of wall time between an expensive request's pauses for cheap ones
COURTESY_PAUSE = 0.004  # s an expensive request pauses while cheap ones are in progress


class SearchTimeout(DxsearchError):
    """The time budget ran out before there was anything to return (the web: 503, Retry-After)."""


def expensive_after(cases: int) -> float:
    """The gate's threshold for an index of `cases` cases: a normal query stays below it, so
    only expensive work queues for the slot (bench/attack.py: a fixed 20 ms let expensive
    requests crowd a normal query out before they reached the gate, 31× its quiet p95 at 594
    cases; a fixed 5 ms made normal queries of a 100,000-case index queue for the slot, 278×)."""
    return EXPENSIVE_AFTER + EXPENSIVE_AFTER_PER_1000_CASES * max(cases, 0) / 1000


class Gate:
    """At most `slots` requests at a time may go on past `after` seconds of CPU time (see the
    module's docstring). `cpu_clock` is the current thread's CPU time (injectable for tests)."""

    def __init__(self, slots: int, after: float, cpu_clock: Clock = time.thread_time) -> None:
        if slots < 1 or after < 0:
            raise ValueError("a gate needs at least one slot and a threshold of 0 s or more")
        self.slots, self.after, self.cpu_clock = slots, after, cpu_clock
        self._free = threading.BoundedSemaphore(slots)
        self._lock = threading.Lock()
        self._active = 0  # budgets of requests in progress
        self._holders = 0  # of them, those holding a slot

    def arrive(self) -> None:
        with self._lock:
            self._active += 1

    def depart(self) -> None:
        with self._lock:
            self._active -= 1

    def others_waiting(self) -> bool:
        """Whether requests that do not hold a slot (cheap ones) are in progress."""
        return self._active > self._holders

    def enter(self, timeout: float | None) -> bool:
        """Take a slot, waiting at most `timeout` seconds (None: as long as it takes)."""
        got = self._free.acquire(timeout=timeout) if timeout is None or timeout > 0 else self._free.acquire(False)
        if got:
            with self._lock:
                self._holders += 1
        return got

    def leave(self) -> None:
        with self._lock:
            self._holders -= 1
        self._free.release()


class Budget:
    """A deadline (`seconds` from now; None: none) and, optionally, a `cancelled()` check that
    ends the budget early, e.g. when the client has gone. Once expired it stays expired, so every
    later check agrees with the first one that stopped. Safe to share by the calls of one request."""

    def __init__(self, seconds: float | None = None, *, clock: Clock = time.monotonic,
                 cancelled: Callable[[], bool] | None = None, gate: Gate | None = None) -> None:
        if seconds is not None and (isinstance(seconds, bool) or not isinstance(seconds, (int, float))
                                    or math.isnan(seconds) or seconds < 0):
            raise ValueError(f"a time budget is a number of seconds, 0 or more (or None), not {seconds!r}")
        self._clock = clock
        self.seconds = seconds
        self.deadline = None if seconds is None else clock() + seconds
        self._cancelled = cancelled
        self._expired = False
        self._gate = gate
        self._thread = threading.get_ident()  # CPU time is counted for the thread that made the budget
        self._cpu_start = gate.cpu_clock() if gate is not None else 0.0
        self._holding = False  # a slot of the gate, released by `release()`
        self._arrived = gate is not None
        self._last_courtesy = 0.0
        if gate is not None:
            gate.arrive()

    @classmethod
    def of(cls, timeout: float | Budget | None) -> Budget:
        """A library call's `timeout=`: seconds, a `Budget` shared with other calls, or None."""
        return timeout if isinstance(timeout, Budget) else cls(timeout)

    def expired(self) -> bool:
        """True once the deadline has passed or the request was cancelled."""
        if not self._expired:
            late = self.deadline is not None and self._clock() >= self.deadline
            self._expired = late or (self._cancelled is not None and self._cancelled())
            if not self._expired and self._gate is not None and not self._holding:
                self._expired = not self._pass_gate(self._gate)
            elif not self._expired and self._holding:
                self._let_cheap_requests_run()
        return self._expired

    def _let_cheap_requests_run(self) -> None:
        """An expensive request steps aside for a moment at its checks while cheap ones are in
        progress: Python's GIL would otherwise share the CPU evenly, and a 3 ms query would wait
        behind every expensive one."""
        gate = self._gate
        now = time.monotonic()
        if gate is not None and gate.others_waiting() and now - self._last_courtesy >= COURTESY_EVERY:
            time.sleep(COURTESY_PAUSE)
            self._last_courtesy = time.monotonic()

    def _pass_gate(self, gate: Gate) -> bool:
        """False when this request has become expensive and found no slot before its deadline."""
        if threading.get_ident() != self._thread or gate.cpu_clock() - self._cpu_start <= gate.after:
            return True
        wait = None if self.deadline is None else max(0.0, self.deadline - self._clock())
        self._holding = gate.enter(wait)
        return self._holding

    def claim(self, wait: float) -> None:
        """Take a slot of the gate now, waiting at most `wait` seconds (and not past the
        deadline), for work known to be expensive before it starts (a CSV download, which must
        not stop at the gate once its first byte is sent); `SearchTimeout` when none came free."""
        if self._gate is None or self._holding:
            return
        if self.deadline is not None:
            wait = min(wait, max(0.0, self.deadline - self._clock()))
        self._holding = self._gate.enter(wait)
        if not self._holding:
            self._expired = True
            raise SearchTimeout("the server is busy with other expensive requests; try again shortly")

    def release(self) -> None:
        """Give back the gate's slot, if this budget took one: when its request ends."""
        if self._holding and self._gate is not None:
            self._holding = False
            self._gate.leave()
        if self._arrived and self._gate is not None:
            self._arrived = False
            self._gate.depart()

    def check(self, what: str) -> None:
        """Raise `SearchTimeout` when expired: for a point where nothing useful exists yet."""
        if self.expired():
            limit = f" of {self.seconds:g} s" if self.seconds is not None else ""
            raise SearchTimeout(f"the time budget{limit} ran out before {what}; try again, or narrow the request")

    def __repr__(self) -> str:
        return f"<Budget {self.seconds!r} s{' expired' if self._expired else ''}>"

