"""Filtering the 20,000-activity list per keystroke against a bare QSortFilterProxyModel.

The bare baseline holds the same rows (every column's text) in a QStandardItemModel behind a
QSortFilterProxyModel filtering all columns case-insensitively; ours is the list the window shows
(RecordTableModel + SearchProxy). Both sit under a shown QTableView and repaint after each key.

Run: python bench/bench_filter.py   (target: ratio <= 1.2)
"""

import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QTableView

from bench.dataset import dataset_path
from sic_desktop.db.store import open_store
from ui.queries import list_fields, load_rows
from ui.tablemodel import RecordTableModel, SearchProxy

TARGET = 1.2
ROUNDS = 3
# Single words typed key by key (and erased), so both filters mean the same thing: a substring.
WORDS = ("restoration", "kenya", "ongoing", "2019", "biochar", "zzz")


def keystrokes() -> list[str]:
    typed: list[str] = []
    for word in WORDS:
        typed += [word[:n] for n in range(1, len(word) + 1)]
        typed += [word[:n] for n in range(len(word) - 1, -1, -1)]
    return typed


def run(view: QTableView, set_filter: object, rows: object) -> list[float]:
    app = QCoreApplication.instance()
    assert app is not None
    times = []
    for text in keystrokes():
        start = time.perf_counter()
        set_filter(text)  # type: ignore[operator]
        view.model().rowCount()
        app.processEvents()
        times.append(time.perf_counter() - start)
    return times


def main() -> int:
    app = QApplication(sys.argv[:1])
    store = open_store(dataset_path())
    with store.session() as session:
        rows = load_rows(session, "activity")
    store.close()
    specs = list_fields("activity")
    print(f"{len(rows)} activities, {len(specs)} columns, {len(keystrokes())} keystrokes per round")

    bare_source = QStandardItemModel(0, len(specs))
    for row in rows:
        bare_source.appendRow([QStandardItem(text) for text in row.texts])
    bare = QSortFilterProxyModel()
    bare.setSourceModel(bare_source)
    bare.setFilterKeyColumn(-1)
    bare.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    ours_source = RecordTableModel(specs)
    ours_source.set_rows(rows)
    ours = SearchProxy()
    ours.setSourceModel(ours_source)

    views = []
    for model in (bare, ours):
        view = QTableView()
        view.setModel(model)
        view.resize(1200, 700)
        view.show()
        views.append(view)
    app.processEvents()

    bare_times: list[float] = []
    our_times: list[float] = []
    for _ in range(ROUNDS):  # interleaved, so both see the same machine state
        bare_times += run(views[0], bare.setFilterFixedString, bare_source)
        our_times += run(views[1], ours.set_search, ours_source)
    for text in ("kenya", "restoration"):
        bare.setFilterFixedString(text)
        ours.set_search(text)
        assert bare.rowCount() <= ours.rowCount(), text  # ours also matches words across columns
    bare_ms, our_ms = statistics.median(bare_times) * 1000, statistics.median(our_times) * 1000
    ratio = our_ms / bare_ms
    print(f"bare QSortFilterProxyModel: median {bare_ms:.1f} ms per keystroke "
          f"(total {sum(bare_times):.2f} s)")
    print(f"SIC Desktop list:           median {our_ms:.1f} ms per keystroke "
          f"(total {sum(our_times):.2f} s)")
    print(f"ratio {ratio:.2f} (target <= {TARGET})")
    for view in views:
        view.close()
    del app
    return 0 if ratio <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
