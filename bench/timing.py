"""Timing a baseline and ours in turn, each round, and judging by their least times."""

import statistics
import time
from collections.abc import Callable


def timed(*works: Callable[[], object], rounds: int) -> list[list[float]]:
    """Each work's times, the works taken in turn each round, so a load that comes and goes on a shared
    machine weighs on both alike."""
    times: list[list[float]] = [[] for _ in works]
    for _ in range(rounds):
        for work, took in zip(works, times, strict=True):
            start = time.perf_counter()
            work()
            took.append(time.perf_counter() - start)
    return times


def ratios(baseline: list[float], ours: list[float]) -> tuple[float, float]:
    """Ours over the baseline by their least times (what each costs when nothing else runs, as timeit
    advises: the target is judged on this), and the median of each round's ratio (on a busy machine
    other processes take a core from one round and not the next, so it wanders more)."""
    paired = statistics.median(mine / theirs for mine, theirs in zip(ours, baseline, strict=True))
    return min(ours) / min(baseline), paired
