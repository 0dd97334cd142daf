"""Failed logins slow a guesser down: after too many failures for one account, or from one
address, in a window, the login form answers 429 without checking the password."""

from __future__ import annotations

import math
import time
from collections import deque
from collections.abc import Callable

WINDOW_S = 15 * 60
PER_NAME = 5  # failures for one account in the window
PER_ADDRESS = 20  # failures from one client address in the window (several accounts tried)
MAX_KEYS = 10_000  # keys remembered at most, so a flood of made-up names cannot grow memory without end


class LoginThrottle:
    """Failures per account name and per client address, in memory (one server process)."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._failures: dict[tuple[str, str], deque[float]] = {}

    def retry_after(self, name: str, address: str) -> int:
        """Seconds until this account or address may try again; 0 when it may now."""
        now = self._clock()
        waits = [self._wait(("name", name.casefold()), PER_NAME, now), self._wait(("address", address), PER_ADDRESS, now)]
        return max(waits)

    def failed(self, name: str, address: str) -> None:
        now = self._clock()
        if len(self._failures) >= MAX_KEYS:
            self._forget_old(now)
        for key in (("name", name.casefold()), ("address", address)):
            self._failures.setdefault(key, deque()).append(now)

    def succeeded(self, name: str) -> None:
        self._failures.pop(("name", name.casefold()), None)

    def _wait(self, key: tuple[str, str], limit: int, now: float) -> int:
        times = self._failures.get(key)
        if not times:
            return 0
        while times and times[0] <= now - WINDOW_S:
            times.popleft()
        if len(times) < limit:
            return 0
        return max(1, math.ceil(times[-limit] + WINDOW_S - now))

    def _forget_old(self, now: float) -> None:
        for key in [k for k, times in self._failures.items() if not times or times[-1] <= now - WINDOW_S]:
            del self._failures[key]
        if len(self._failures) >= MAX_KEYS:  # all recent: drop the oldest half rather than grow
            for key in sorted(self._failures, key=lambda k: self._failures[k][-1])[: MAX_KEYS // 2]:
                del self._failures[key]
