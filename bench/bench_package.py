"""The built program against the source install: sizes, and start-up of a command and of the window.

Each side runs as a fresh process, alternating, on copies of one database; the window's start-up is
the time from spawning the process to the log file's "window shown" line (written once the first paint
is done, ui/helpmenu.py). Needs `make package` first.

Run: python bench/bench_package.py   (target: built / source <= 1.2 for both)
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILT = ROOT / "build" / "dist" / "org._4p1000.SICDesktop" / "sic-desktop"
SOURCE = Path(sys.executable).with_name("sic-desktop")
TARGET = 1.2
RUNS = 7


def folder_size(path: Path) -> int:
    return sum(item.stat().st_size for item in path.rglob("*") if item.is_file() and not item.is_symlink())


def environment(home: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith(("SIC_DESKTOP", "XDG_"))}
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen", SIC_DESKTOP_LOG_DIR=str(home / "logs"),
               PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring", SIC_DESKTOP_PASSPHRASE="bench")
    return env


def command(program: Path, database: Path, home: Path) -> float:
    start = time.perf_counter()
    subprocess.run([str(program), "--db", str(database), "trust", "list"], env=environment(home),
                   check=True, capture_output=True)
    return time.perf_counter() - start


def window(program: Path, database: Path, home: Path) -> float:
    log = home / "logs" / "sic-desktop.log"
    log.unlink(missing_ok=True)
    start = time.perf_counter()
    process = subprocess.Popen([str(program), "--db", str(database)], env=environment(home),
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while not (log.exists() and "window shown" in log.read_text(encoding="utf-8")):
            if process.poll() is not None or time.perf_counter() - start > 60:
                raise SystemExit(f"{program}: the window did not show")
            time.sleep(0.005)
        return time.perf_counter() - start
    finally:
        process.terminate()
        process.wait(timeout=30)


def main() -> int:
    if not BUILT.is_file():
        raise SystemExit("bench_package: build the program first (make package)")
    debs = sorted((ROOT / "build").glob("sic-desktop_*.deb"))
    print(f"built folder: {folder_size(BUILT.parent) / 1e6:.0f} MB"
          + (f", .deb: {debs[-1].stat().st_size / 1e6:.0f} MB" if debs else ""))
    ratios = []
    with tempfile.TemporaryDirectory(prefix="sic-bench-package-") as scratch:
        home = Path(scratch)
        database = home / "bench.sqlite"
        subprocess.run([str(SOURCE), "--db", str(database), "init", "--role", "secretariat", "--site-name",
                        "Bench"], env=environment(home), check=True, capture_output=True)
        for name, measure in (("command (trust list)", command), ("window to first paint", window)):
            times: dict[Path, list[float]] = {BUILT: [], SOURCE: []}
            for program in (BUILT, SOURCE):  # warm-up: the disk cache, .pyc files
                copy = home / f"copy-{program.parent.name}.sqlite"
                shutil.copyfile(database, copy)
                measure(program, copy, home)
            for _ in range(RUNS):
                for program in (BUILT, SOURCE):
                    times[program].append(measure(program, home / f"copy-{program.parent.name}.sqlite", home))
            built, source = statistics.median(times[BUILT]), statistics.median(times[SOURCE])
            ratios.append(built / source)
            print(f"{name}: built {built * 1000:.0f} ms, source install {source * 1000:.0f} ms, "
                  f"ratio {built / source:.2f} (target <= {TARGET})")
    return 0 if max(ratios) <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
