"""The concept-note workbook in French and Spanish: written in the language, read back whichever it is."""

from pathlib import Path

import pytest
from openpyxl import load_workbook

from sic_desktop.documents import samples
from sic_desktop.sheets.note_read import read_workbook
from sic_desktop.sheets.note_workbook import write_workbook


@pytest.mark.parametrize(("language", "sheet", "label", "part"), [
    ("fr", "Note conceptuelle", "Organisation chef de file", "Partenaires"),
    ("es", "Nota conceptual", "Organización líder", "Socios"),
])
def test_a_workbook_in_another_language_reads_back_the_same_note(
        tmp_path: Path, language: str, sheet: str, label: str, part: str) -> None:
    form = samples.concept_note_form()
    path = tmp_path / f"note-{language}.xlsx"
    write_workbook(form, path, language=language)
    workbook = load_workbook(path)
    assert workbook.sheetnames[:2] == [sheet, part]
    labels = [cell.value for cell in workbook[sheet]["A"]]
    assert label in labels and "Lead organisation" not in labels
    assert read_workbook(path) == form


def test_a_french_team_types_a_budget_line_the_french_way(tmp_path: Path) -> None:
    form = samples.concept_note_form()
    path = tmp_path / "note.xlsx"
    write_workbook(form, path, language="fr")
    workbook = load_workbook(path)
    workbook["Budget"]["C2"] = "12 500,50"
    workbook.save(path)
    assert read_workbook(path).budget[0].requested == 12500.5
