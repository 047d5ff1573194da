"""Files as people save them: .csv in any of the usual encodings and separators, .ods, .xlsm; .csv out."""

import csv
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import select

from sic_desktop.db.models import Activity
from sic_desktop.db.store import Store
from sic_desktop.documents.pdf import convert
from sic_desktop.sheets.inventory import import_inventory
from sic_desktop.sheets.members import export_members, import_members
from sic_desktop.sheets.reader import open_workbook
from tests.core.sheets.helpers import members_of
from tests.sheets import MEMBER_TITLES, write_sheet


@pytest.mark.parametrize(("encoding", "separator"), [("cp1252", ";"), ("utf-8-sig", ","), ("utf-8", ";"),
                                                     ("utf-8", "\t")])
def test_a_csv_reads_in_its_encoding_and_with_its_separator(
        store: Store, tmp_path: Path, encoding: str, separator: str) -> None:
    path = tmp_path / "membres.csv"
    lines = [["Nom", "Courriel", "Pays", "Organisme"],
             ["René Dupré", "rene@example.org", "Côte d'Ivoire", "Centre \"Sols; et climat\""]]
    with path.open("w", encoding=encoding, newline="") as handle:
        csv.writer(handle, delimiter=separator).writerows(lines)
    with store.session() as session, session.begin():
        import_members(session, path, task_force="A1")
    rene = members_of(store)["René Dupré"]
    assert (rene["country"], rene["organisation"]) == ("Côte d'Ivoire", 'Centre "Sols; et climat"')


def test_members_go_out_to_csv_and_come_back_unchanged(store: Store, tmp_path: Path) -> None:
    first = write_sheet(tmp_path / "m.xlsx", ["Name", "Email", "Languages", "Status"],
                        [["Zoë Émond", "zoe@example.org", "français, English", "inactive"],
                         ["@SUM(1+1)*cmd|' /C calc'!A0", None, None, None]])
    with store.session() as session, session.begin():
        import_members(session, first, task_force="A1")
    exported = tmp_path / "members.csv"
    with store.session() as session:
        assert export_members(session, exported, task_force="A1") == 2
    data = exported.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # Excel opens accents right only with the BOM
    rows = list(csv.reader(data.decode("utf-8-sig").splitlines()))
    assert rows[0] == MEMBER_TITLES
    assert any(row[1] == "'@SUM(1+1)*cmd|' /C calc'!A0" for row in rows)  # a spreadsheet never runs it
    with store.session() as session, session.begin():
        again = import_members(session, exported, task_force="A1")
    assert (again.added, again.updated, again.unchanged, len(again.outcome.changes)) == (0, 0, 2, 0)
    assert "@SUM(1+1)*cmd|' /C calc'!A0" in members_of(store)


@pytest.mark.slow
def test_an_ods_saved_by_libreoffice_imports(store: Store, tmp_path: Path, soffice: str) -> None:
    source = write_sheet(tmp_path / "inventaire.xlsx", ["Titre", "Début", "Fin", "Budget", "Devise"],
                         [["Cartographie du carbone", "2024-01-15", "2025-06-30", 125000.5, "EUR"]])
    ods = tmp_path / "ods" / "inventaire.ods"
    convert(source, ods, "ods")
    assert zipfile.ZipFile(ods).read("mimetype") == b"application/vnd.oasis.opendocument.spreadsheet"
    with store.session() as session, session.begin():
        result = import_inventory(session, ods, task_force="A2")
    assert result.added == 1
    with store.session() as session:
        activity = session.scalars(select(Activity).where(Activity.title == "Cartographie du carbone")).one()
        assert (str(activity.start), str(activity.end), activity.budget) == ("2024-01-15", "2025-06-30",
                                                                            125000.5)


def test_a_macro_workbook_imports_and_its_macros_are_not_kept(store: Store, tmp_path: Path) -> None:
    source = write_sheet(tmp_path / "list.xlsx", ["Name", "Email"], [["Ana Silva", "ana@example.org"]])
    macro = tmp_path / "list.xlsm"
    with zipfile.ZipFile(source) as plain, zipfile.ZipFile(macro, "w") as target:
        for info in plain.infolist():
            data = plain.read(info)
            if info.filename == "[Content_Types].xml":
                data = data.replace(b"openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                                    b"ms-excel.sheet.macroEnabled.main+xml")
            target.writestr(info, data)
        target.writestr("xl/vbaProject.bin", b"\xd0\xcf\x11\xe0 not to be run")
    with store.session() as session, session.begin():
        assert import_members(session, macro, task_force="A1").added == 1
    assert open_workbook(macro, read_only=True).vba_archive is None  # the macro part is never loaded
