"""A hybrid logical clock: orders changes for display and tie-breaks; wall time never decides a merge."""

import time
from collections.abc import Callable

# "mmmmmmmmmmmmmmm:ccccc": milliseconds since the epoch and a counter, both zero-padded so that
# comparing the text compares the clock.
_WIDTH_MS = 15
_WIDTH_COUNTER = 5


def format_hlc(millis: int, counter: int) -> str:
    return f"{millis:0{_WIDTH_MS}d}:{counter:0{_WIDTH_COUNTER}d}"


def parse_hlc(value: str) -> tuple[int, int]:
    if not value:
        return 0, 0
    millis, _, counter = value.partition(":")
    return int(millis), int(counter)


class HybridClock:
    """Never goes backwards, even when the wall clock does or a peer's clock runs ahead."""

    def __init__(self, last: str = "", wall: Callable[[], float] = time.time) -> None:
        self.millis, self.counter = parse_hlc(last)
        self._wall = wall

    def tick(self) -> str:
        """The time stamp of a new local event."""
        now = int(self._wall() * 1000)
        if now > self.millis:
            self.millis, self.counter = now, 0
        else:
            self.counter += 1
        return format_hlc(self.millis, self.counter)

    def observe(self, remote: str) -> None:
        """Move past a time stamp received from another site."""
        millis, counter = parse_hlc(remote)
        if (millis, counter) > (self.millis, self.counter):
            self.millis, self.counter = millis, counter

    @property
    def last(self) -> str:
        return format_hlc(self.millis, self.counter)
