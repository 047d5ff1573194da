"""One spreadsheet package: kinds in a typed registry (what the built program needs), one capped reader."""

import ast
import time
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from sic_desktop.db.models import Person
from sic_desktop.db.store import Store
from sic_desktop.errors import InputRefused
from sic_desktop.sheets import reader
from sic_desktop.sheets.kinds import KINDS
from sic_desktop.sheets.members import import_members
from sic_desktop.sync.safezip import ZipLimits
from tests.sheets import MEMBER_TITLES, members_sheet, write_sheet

ROOT = Path(__file__).resolve().parents[3]


def _imports_by_name(path: Path) -> list[str]:
    """Calls that load a module from a name computed at run time, which PyInstaller cannot follow."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call):
            name = ast.unparse(node.func)
            if name.endswith(("import_module", "__import__")) and not isinstance(node.args[0], ast.Constant):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {ast.unparse(node)}")
    return found


def test_no_module_of_the_program_is_loaded_by_a_name_built_at_run_time() -> None:
    # The PyInstaller build died with "No module named sic_desktop.sheets.members" for this reason.
    sources = [p for folder in ("sic_desktop", "ui") for p in (ROOT / folder).rglob("*.py")
               if "migrations" not in p.parts]
    assert [hit for path in sources for hit in _imports_by_name(path)] == []


def test_every_sheet_kind_loads_its_export_and_import() -> None:
    assert set(KINDS) == {"members", "inventory"}
    assert KINDS["members"].field_titles() == MEMBER_TITLES
    for kind in KINDS.values():
        parts = kind.load()
        assert callable(parts.export) and callable(parts.import_)


def test_a_million_row_workbook_is_refused_at_once_with_the_cap_in_the_message(
        store: Store, tmp_path: Path) -> None:
    path = tmp_path / "huge.xlsx"
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(MEMBER_TITLES)
    sheet.cell(row=1_000_001, column=2, value="Last of a million")  # the file says 1,000,001 rows
    workbook.save(path)
    started = time.perf_counter()
    with store.session() as session, session.begin(), pytest.raises(InputRefused) as refused:
        import_members(session, path, task_force="A1")
    assert time.perf_counter() - started < 10
    assert "1000000 rows; at most 100000 can be imported at once" in str(refused.value)


def test_rows_past_the_cap_are_refused_even_when_the_file_does_not_declare_them(
        store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reader, "MAX_ROWS", 5)
    path = members_sheet(tmp_path / "m.xlsx", [[None, f"Person {n}"] for n in range(6)])
    with store.session() as session, session.begin(), pytest.raises(InputRefused, match="at most 5"):
        import_members(session, path, task_force="A1")


def _with_shared_string(path: Path, placeholder: str, text: str) -> Path:
    """The workbook with one string replaced in the file itself (openpyxl would cut it short)."""
    with zipfile.ZipFile(path) as source:
        entries = {info.filename: source.read(info) for info in source.infolist()}
    entries = {name: data.replace(placeholder.encode(), text.encode()) for name, data in entries.items()}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in entries.items():
            target.writestr(name, data)
    return path


def test_a_giant_shared_string_is_refused_before_anything_is_stored(store: Store, tmp_path: Path) -> None:
    path = members_sheet(tmp_path / "m.xlsx", [[None, "Ana", None, None, None, None, "TFM"],
                                               [None, "GIANT", None, None, None, None, "TFM"]])
    _with_shared_string(path, "GIANT", "x" * 40_000)
    with store.session() as session, session.begin(), pytest.raises(InputRefused) as refused:
        import_members(session, path, task_force="A1")
    assert "cell B3 holds 40000 characters; a cell holds at most 32767" in str(refused.value)
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == 0


def test_a_sheet_whose_strings_expand_past_the_bundle_caps_is_refused(
        store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reader, "LIMITS", ZipLimits(max_entry=20_000, folders=True))
    path = members_sheet(tmp_path / "m.xlsx", [[None, f"Person {n} " + "y" * 300] for n in range(100)])
    with store.session() as session, session.begin(), pytest.raises(InputRefused, match="too large"):
        import_members(session, path, task_force="A1")


def test_an_old_excel_file_named_xlsx_is_refused_in_words(tmp_path: Path) -> None:
    path = write_sheet(tmp_path / "m.xlsx", ["Name"], [["Ana"]])
    renamed = path.with_suffix(".numbers")
    path.rename(renamed)
    with pytest.raises(InputRefused, match=r"cannot read \.numbers files; save it as one of \.xlsx"):
        reader.read_table(renamed)
