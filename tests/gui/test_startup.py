"""Start-up: the first screen is painted from a quick read, before SQLAlchemy and Qt's enums load."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from sic_desktop.db.models import Activity, TaskForce
from sic_desktop.db.store import Store
from sic_desktop.services import records
from tests.gui.conftest import Owner, wait_idle

ROOT = Path(__file__).resolve().parents[2]
PROBE = """
import sys
from pathlib import Path
import PySide6.QtCore
import ui.worker
from ui.app import make_application, start_window
seen = []
original = ui.worker.Worker.start
def start(self):
    seen.append("sqlalchemy" in sys.modules)  # when the database thread is let go
    original(self)
ui.worker.Worker.start = start
app = make_application()
window, worker = start_window(Path(sys.argv[1]))
page = window.pages["inventory"].current_list()
ready = getattr(window, "_was_ready", False)
enums = "Qt" in vars(PySide6.QtCore)  # PySide6 makes the namespace's ~90 enums on its first use
while not seen:  # the database thread is let go on the next turn of the event loop
    app.processEvents()
print(ready, seen[0], page.model.rowCount(), enums, flush=True)
worker.close()
"""


def _activities(store: Store, count: int) -> None:
    with store.session() as session, session.begin():
        a1 = session.scalars(select(TaskForce.id).where(TaskForce.code == "A1")).one()
        for n in range(count):
            records.create(session, Activity, task_force_id=a1, title=f"Trial {n}")


def test_first_screen_before_sqlalchemy(store: Store, db_path: Path, tmp_path: Path) -> None:
    _activities(store, 3)
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", PROBE, str(db_path)], capture_output=True, text=True,
                            env=env, timeout=60, check=False, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    ready, sqlalchemy_loaded, rows, enums = result.stdout.split()
    assert ready == "True"  # painted with its rows
    assert rows == "3"
    assert sqlalchemy_loaded == "False"  # imported by the database thread, after the first paint
    assert enums == "False"  # Qt's enum namespace (~15 ms) is made after the first paint: ui/qtvalues.py


def test_quick_rows_are_replaced_by_the_full_read(
        qtbot: QtBot, owned: Owner, store: Store, db_path: Path) -> None:
    from ui.app import start_window

    _activities(store, 200)
    window, worker = start_window(db_path)
    owned(window)
    page = window.pages["inventory"].current_list()  # type: ignore[attr-defined]
    assert page.model.rowCount() == 150  # the first screenful, read with sqlite3
    wait_idle(qtbot, worker)
    assert page.model.rowCount() == 200
    assert page.model.rows[0].values != ()
    window.close()
    worker.close()


def test_a_database_that_fails_to_open_is_reported_once(qtbot: QtBot, owned: Owner, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from sic_desktop.errors import SicError
    from ui.mainwindow import MainWindow
    from ui.worker import Worker

    def refuse() -> Store:
        raise SicError("This database was written by a newer SIC Desktop")

    shown: list[BaseException] = []
    monkeypatch.setattr("ui.mainwindow.show_error", lambda error, parent: shown.append(error))
    worker = Worker(refuse)
    window = MainWindow(worker)
    owned(window)
    worker.error_handler = window.show_error  # what this test watches: the window's own reporting
    window.show()
    window.start()
    wait_idle(qtbot, worker)
    assert [str(error) for error in shown] == ["This database was written by a newer SIC Desktop"]
    window.close()
    worker.close()


def test_the_first_screen_of_a_task_forces_people_shows_only_its_members(store: Store, db_path: Path) -> None:
    from sic_desktop.db.models import Membership, Person
    from ui.queries import load_rows
    from ui.quickread import first_screen

    with store.session() as session, session.begin():
        a1 = session.scalars(select(TaskForce.id).where(TaskForce.code == "A1")).one()
        member = records.create(session, Person, name="Amina Diallo").record_id
        records.create(session, Person, name="Not A Member")
        records.create(session, Membership, task_force_id=a1, person_id=member, role="TFM")
    quick = first_screen(db_path, "person", a1)
    assert quick is not None
    with store.session() as session:
        full = load_rows(session, "person", task_force_id=a1)
    assert [row.id for row in quick.rows] == [row.id for row in full] == [member]
    assert [row.texts for row in quick.rows] == [row.texts for row in full]


@pytest.mark.parametrize("module", ["ui.overview", "ui.overlaps"])
def test_the_cycle_screens_are_built_before_sqlalchemy(module: str, tmp_path: Path) -> None:
    """A person who closed the window on the cycle overview or the overlaps opens on it again: its page
    is built before the first paint, so it may not load the services (SQLAlchemy, ~250 ms) itself."""
    program = (f"import sys, {module}\n"
               "print('sqlalchemy' in sys.modules, 'sic_desktop.services' in sys.modules)")
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, env=env,
                            timeout=60, check=False, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "False"]


def test_pysides_import_check_is_quicker_and_gives_its_own_answers() -> None:
    import importlib
    import json

    import ui.app  # puts the quick check in place  # noqa: F401

    feature = sys.modules["shibokensupport.feature"]
    quick = feature._mod_uses_pyside
    assert getattr(quick, "quick", False), "ui.app did not put the quick check in place"
    modules = [importlib.import_module(name) for name in
               ("ui.mainwindow", "ui.listpage", "sic_desktop.words", "sic_desktop.listing")]
    modules += [json, sys, importlib.import_module("_sqlite3")]  # stdlib, builtin, extension
    answers = [quick(module) for module in modules]
    assert answers == [quick.original(module) for module in modules]
    assert answers[:4] == [True, True, False, False]
