"""Start-up to a shown, populated main window on the benchmark dataset, against a bare PySide6 window.

Each side runs as a fresh process (interpreter start included) and prints a marker once its window
is painted; the time is taken from spawning the process to reading the marker. Runs alternate,
so both see the same warm disk cache; the median of each is compared. Like an installed program,
both run from compiled bytecode (written by a warm-up run into a scratch PYTHONPYCACHEPREFIX).

Run: python bench/bench_startup.py   (target: ratio <= 1.5)
"""

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TARGET = 1.5
RUNS = 11

BARE = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1366, 768)
window.show()
window.repaint()
print("SHOWN", flush=True)
QTimer.singleShot(0, app.quit)
app.exec()
"""

OURS = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from ui.app import make_application, start_window
app = make_application()
window, worker = start_window(Path(sys.argv[1]))
def shown():
    print("SHOWN", len(window.pages["inventory"].current_list().model.rows), flush=True)
    QTimer.singleShot(0, app.quit)
if getattr(window, "_was_ready", False):
    shown()
else:
    window.ready.connect(shown)
app.exec()
worker.close()
"""


def timed(code: str, *args: str, env: dict[str, str]) -> tuple[float, str]:
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, text=True, env=env, cwd=ROOT)
    assert process.stdout is not None
    line = process.stdout.readline()
    elapsed = time.perf_counter() - start
    process.wait(timeout=60)
    if not line.startswith("SHOWN"):
        raise SystemExit(f"the window did not show: {line!r}")
    return elapsed, line.strip()


def main() -> int:
    from bench.dataset import dataset_path

    dataset = dataset_path()
    with tempfile.TemporaryDirectory(prefix="sic-bench-") as scratch:
        database = Path(scratch) / "bench.sqlite"
        shutil.copyfile(dataset, database)
        env = dict(os.environ)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        env["HOME"] = scratch  # fresh settings: the window opens on the inventory (20,000 activities)
        env["XDG_CONFIG_HOME"] = str(Path(scratch) / "config")
        env["PYTHONPATH"] = str(ROOT)
        # An installed program runs from compiled bytecode: allow it, kept outside the source tree.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(Path(scratch) / "pycache")
        timed(BARE, env=env)
        timed(OURS, str(database), env=env)  # warm-up: .pyc files and the disk cache
        bare, ours = [], []
        for _ in range(RUNS):
            bare.append(timed(BARE, env=env)[0])
            seconds, marker = timed(OURS, str(database), env=env)
            ours.append(seconds)
    bare_s, ours_s = statistics.median(bare), statistics.median(ours)
    ratio = ours_s / bare_s
    print(f"bare PySide6 window:        median {bare_s * 1000:.0f} ms to shown")
    print(f"SIC Desktop main window:    median {ours_s * 1000:.0f} ms to shown with rows ({marker})")
    print(f"ratio {ratio:.2f} (target <= {TARGET})")
    return 0 if ratio <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
