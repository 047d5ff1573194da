"""A hybrid logical clock: orders changes for display and tie-breaks; wall time never decides a merge.

A clock value may run at most MAX_AHEAD_MS ahead of the wall clock of the copy that reads it (as
CockroachDB bounds its clock offset). One day: laptops here go weeks without a network, so their
clocks are never synchronised to the second, and a clock set to local time on a system that takes
it for UTC is up to 14 hours out; more than a day ahead is a wrong clock, not a slow network. A
value beyond the bound tells nothing about when the change was made except that it reached the
reader by then, so it counts as the reader's own time: a clock that ran 50 years ahead wins no
conflict against a change made after it arrived, and a site's own clock comes back once its wall
clock is set right. A value past the year 9999 is no time at all: LATEST_MS, for the reader to refuse.
"""

import time
from collections.abc import Callable
from datetime import UTC, datetime

# "mmmmmmmmmmmmmmm:ccccc": milliseconds since the epoch and a counter, both zero-padded so that
# comparing the text compares the clock.
_WIDTH_MS = 15
_WIDTH_COUNTER = 5
MAX_AHEAD_MS = 86_400_000
LATEST_MS = 253_402_300_799_999  # 9999-12-31T23:59:59.999Z


def format_hlc(millis: int, counter: int) -> str:
    return f"{millis:0{_WIDTH_MS}d}:{counter:0{_WIDTH_COUNTER}d}"


def parse_hlc(value: str) -> tuple[int, int]:
    if not value:
        return 0, 0
    millis, _, counter = value.partition(":")
    return int(millis), int(counter)


def now_ms() -> int:
    return int(time.time() * 1000)


def bounded(value: str, now: int) -> str:
    """`value`, or the reader's time `now` (ms) when `value` runs more than the bound ahead of it."""
    millis, _ = parse_hlc(value)
    return value if millis <= now + MAX_AHEAD_MS else format_hlc(now, 0)


def date_of(millis: int) -> str:
    """The day a clock value names, also for values past the year 9999 a broken clock can give."""
    try:
        return f"{datetime.fromtimestamp(millis / 1000, UTC):%Y-%m-%d}"
    except (ValueError, OverflowError, OSError):
        return f"the year {1970 + millis // 31_556_952_000}"


class HybridClock:
    """Never goes backwards, even when the wall clock does, except from beyond the bound (see above)."""

    def __init__(self, last: str = "", wall: Callable[[], float] = time.time) -> None:
        self.millis, self.counter = parse_hlc(last)
        self._wall = wall

    def tick(self) -> str:
        """The time stamp of a new local event."""
        now = int(self._wall() * 1000)
        if now > self.millis or self.millis > now + MAX_AHEAD_MS:
            # Past the bound the remembered value came from a wrong clock, since set right.
            self.millis, self.counter = now, 0
        else:
            self.counter += 1
        return format_hlc(self.millis, self.counter)

    def observe(self, remote: str) -> None:
        """Move past a time stamp received from another site (no further than the bound)."""
        millis, counter = parse_hlc(bounded(remote, int(self._wall() * 1000)))
        if (millis, counter) > (self.millis, self.counter):
            self.millis, self.counter = millis, counter

    @property
    def last(self) -> str:
        return format_hlc(self.millis, self.counter)
