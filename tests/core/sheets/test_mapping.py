"""Column titles as people write them: any case or accents, French, Spanish, synonyms, or mapped by hand."""

from pathlib import Path

import pytest

from sic_desktop.db.store import Store
from sic_desktop.sheets.mapping import read_mapping_file
from sic_desktop.sheets.members import import_members
from sic_desktop.sheets.problems import SheetErrors
from tests.core.sheets.helpers import members_of
from tests.sheets import write_sheet


def test_french_titles_fill_every_field(store: Store, tmp_path: Path) -> None:
    path = write_sheet(tmp_path / "membres.xlsx",
                       ["Nom", "Courriel", "Organisme", "Pays", "Région", "Rôle", "Rôle préféré", "Statut",
                        "Langues"],
                       [["Awa Ndiaye", "awa@example.org", "ISRA", "Sénégal", "Africa", "TFRR", "TFL",
                         "candidat", "français, wolof"]])
    with store.session() as session, session.begin():
        result = import_members(session, path, task_force="A1")
    assert (result.added, result.notes) == (1, [])
    assert members_of(store)["Awa Ndiaye"] | {"person_id": None, "membership_id": None} == {
        "email": "awa@example.org", "organisation": "ISRA", "country": "Sénégal", "role": "TFRR",
        "preferred_role": "TFL", "status": "applied", "languages": "français, wolof",
        "person_id": None, "membership_id": None}


def test_spanish_lower_case_and_synonym_titles_map(store: Store, tmp_path: Path) -> None:
    path = write_sheet(tmp_path / "miembros.xlsx",
                       ["nombre completo", "CORREO ELECTRONICO", "organización", "  Rol ", "estado"],
                       [["Lucía Pérez", "lucia@example.org", "INTA", "TFM", "activo"]])
    with store.session() as session, session.begin():
        import_members(session, path, task_force="A1")
    lucia = members_of(store)["Lucía Pérez"]
    assert (lucia["email"], lucia["organisation"], lucia["role"], lucia["status"]) == (
        "lucia@example.org", "INTA", "TFM", "active")


def test_a_sheet_people_already_have_imports_and_an_unknown_column_is_a_note(
        store: Store, tmp_path: Path) -> None:
    path = write_sheet(tmp_path / "list.xlsx", ["Full name", "E-mail", "Phone"],
                       [["Ana Silva", "ana@example.org", "+351 21 000 0000"],
                        ["Bo Chen", "bo@example.org", None]])
    with store.session() as session, session.begin():
        result = import_members(session, path, task_force="A1")
    assert result.added == 2
    assert result.notes == ["1 column not imported: 'Phone'"]
    members = members_of(store)
    assert {(m["role"], m["status"]) for m in members.values()} == {("TFM", "active")}


def test_a_mapping_file_names_the_columns_titles_do_not(store: Store, tmp_path: Path) -> None:
    path = write_sheet(tmp_path / "list.xlsx", ["Who", "Contact", "Notes"],
                       [["Ana Silva", "ana@example.org", "met in Rome"]])
    mapping = tmp_path / "mapping.txt"
    mapping.write_text("# our sheet's titles\nWho = Name\ncontact=E-mail\nNotes=ignore\n", encoding="utf-8")
    with store.session() as session, session.begin():
        result = import_members(session, path, task_force="A1", mapping=read_mapping_file(mapping))
    assert result.notes == ["1 column not imported: 'Notes'"]
    assert members_of(store)["Ana Silva"]["email"] == "ana@example.org"


def test_without_a_name_column_the_refusal_says_how_to_map_one(store: Store, tmp_path: Path) -> None:
    path = write_sheet(tmp_path / "list.xlsx", ["Who", "Contact"], [["Ana Silva", "ana@example.org"]])
    with store.session() as session, session.begin(), pytest.raises(SheetErrors) as refused:
        import_members(session, path, task_force="A1", mapping={"Contact": "Telephone"})
    message = str(refused.value)
    assert "column 'Contact': the mapping names 'Telephone', which is not a field" in message
    assert "column 'Name': no column holds Name; name one with --map \"Your title=Name\"" in message
    assert members_of(store) == {}
