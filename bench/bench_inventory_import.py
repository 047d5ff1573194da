"""Inventory import of a 20,000-row workbook (change log included) against openpyxl merely reading it.

Run: python bench/bench_inventory_import.py   (target: ratio <= 2.0)
"""

import random
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

from openpyxl import load_workbook

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.dataset import COUNTRIES, STATUSES, dataset_path, words
from sic_desktop.db.store import open_store
from sic_desktop.sheets.inventory import COLUMNS, import_inventory
from sic_desktop.sheets.workbook import write_list

ROWS = 20_000
REPEATS = 3
REGIONS = ("Africa", "Asia", "Europe", "North America")


def make_workbook(path: Path) -> None:
    rng = random.Random(7)

    def rows() -> Iterator[tuple[object, ...]]:
        for n in range(ROWS):
            start = date(2016, 1, 1) + timedelta(days=rng.randrange(2500))
            yield (None, f"{words(rng, 4).capitalize()} {n}", words(rng, 25), rng.choice(REGIONS),
                   ", ".join(rng.sample(COUNTRIES, 2)), "Sponsor", "Owner",
                   f"https://example.org/a/{n}", rng.choice(STATUSES), start,
                   start + timedelta(days=400), float(rng.randrange(1000, 900_000)), "EUR")

    write_list(path, "Inventory", COLUMNS, rows())


def bare_read(path: Path) -> float:
    started = time.perf_counter()
    workbook = load_workbook(path, read_only=True)
    count = sum(1 for _ in workbook.worksheets[0].iter_rows(values_only=True))
    workbook.close()
    assert count == ROWS + 1
    return time.perf_counter() - started


def full_import(path: Path, folder: Path, run: int) -> float:
    database = folder / f"run{run}.sqlite"
    shutil.copyfile(dataset_path(), database)
    store = open_store(database)
    started = time.perf_counter()
    with store.session() as session, session.begin():
        result = import_inventory(session, path, task_force="A2")
    elapsed = time.perf_counter() - started
    store.close()
    assert result.added == ROWS, result
    return elapsed


def main() -> None:
    dataset_path()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        workbook = folder / "inventory.xlsx"
        make_workbook(workbook)
        reads, imports = [], []
        for run in range(REPEATS):
            reads.append(bare_read(workbook))
            imports.append(full_import(workbook, folder, run))
    read, imported = min(reads), min(imports)
    print(f"openpyxl read of {ROWS} rows: {read:.2f} s")
    print(f"import of {ROWS} rows (validation, rows, change log, commit): {imported:.2f} s")
    print(f"ratio import/read: {imported / read:.2f}  (target <= 2.0)")


if __name__ == "__main__":
    main()
