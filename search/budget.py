"""A time budget for one request, as Elasticsearch's search `timeout` and Solr's `timeAllowed`.

Work limits (words, variants, filter values) bound what a request may ask for; the budget bounds
how long answering it may take whatever the corpus size and the machine's load. It is a deadline
created when the request starts and passed down: the search checks it at natural points (between
clause groups, between alternative searches, between chunks of a stream, before facet counting
and highlighting) and stops there. What was done by then is returned marked `partial`; when
nothing useful was done yet, `SearchTimeout` is raised (the web answers 503 with Retry-After).

    index.search("通勤手当", timeout=0.5)          # seconds; None (the default) is no limit
    budget = Budget(2.0, cancelled=client_gone)  # one deadline shared by several calls
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from ..errors import DxsearchError

Clock = Callable[[], float]


class SearchTimeout(DxsearchError):
    """The time budget ran out before there was anything to return (the web: 503, Retry-After)."""


class Budget:
    """A deadline (`seconds` from now; None: none) and, optionally, a `cancelled()` check that
    ends the budget early, e.g. when the client has gone. Once expired it stays expired, so every
    later check agrees with the first one that stopped. Safe to share by the calls of one request."""

    def __init__(self, seconds: float | None = None, *, clock: Clock = time.monotonic,
                 cancelled: Callable[[], bool] | None = None) -> None:
        if seconds is not None and (isinstance(seconds, bool) or not isinstance(seconds, (int, float))
                                    or math.isnan(seconds) or seconds < 0):
            raise ValueError(f"a time budget is a number of seconds, 0 or more (or None), not {seconds!r}")
        self._clock = clock
        self.seconds = seconds
        self.deadline = None if seconds is None else clock() + seconds
        self._cancelled = cancelled
        self._expired = False

    @classmethod
    def of(cls, timeout: float | Budget | None) -> Budget:
        """A library call's `timeout=`: seconds, a `Budget` shared with other calls, or None."""
        return timeout if isinstance(timeout, Budget) else cls(timeout)

    def expired(self) -> bool:
        """True once the deadline has passed or the request was cancelled."""
        if not self._expired:
            late = self.deadline is not None and self._clock() >= self.deadline
            self._expired = late or (self._cancelled is not None and self._cancelled())
        return self._expired

    def check(self, what: str) -> None:
        """Raise `SearchTimeout` when expired: for a point where nothing useful exists yet."""
        if self.expired():
            limit = f" of {self.seconds:g} s" if self.seconds is not None else ""
            raise SearchTimeout(f"the time budget{limit} ran out before {what}; try again, or narrow the request")

    def __repr__(self) -> str:
        return f"<Budget {self.seconds!r} s{' expired' if self._expired else ''}>"

