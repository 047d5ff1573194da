"""The concept-note workbook: a protected template, a faithful round trip, precise refusals."""

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from sic_desktop.documents import samples
from sic_desktop.documents.form import PARTS, Choices, ConceptNoteForm
from sic_desktop.documents.pdf import convert
from sic_desktop.errors import InputRefused, RowError
from sic_desktop.sheets.note_read import read_workbook
from sic_desktop.sheets.note_workbook import MAIN_SHEET, write_template, write_workbook


def labels(path: Path) -> dict[str, int]:
    ws = load_workbook(path)[MAIN_SHEET]
    return {str(ws.cell(row=r, column=1).value): r for r in range(1, ws.max_row + 1)
            if ws.cell(row=r, column=1).value}


def test_template_layout_protection_and_lists(tmp_path: Path) -> None:
    path = tmp_path / "template.xlsx"
    write_template(path)
    wb = load_workbook(path)
    assert wb.sheetnames == [MAIN_SHEET, "Partners", "Work plan", "Budget", "Indicators", "Lists"]
    main = wb[MAIN_SHEET]
    rows = labels(path)
    title = rows["Title"]
    assert main.protection.sheet
    assert main[f"B{title}"].protection.locked is False
    assert main[f"A{title}"].protection.locked is True
    assert main[f"B{rows['ID']}"].protection.locked is True  # SIC Desktop's, not the team's
    assert main.freeze_panes == "A4"
    assert main.column_dimensions["B"].width == 80
    region = f"B{rows['Region']}"
    rules = [dv for dv in main.data_validations.dataValidation if region in str(dv.sqref)]
    assert rules and rules[0].type == "list" and rules[0].formula1.startswith("'Lists'!")
    assert wb["Lists"].sheet_state == "hidden"
    for part in PARTS.values():
        ws = wb[part.sheet]
        assert [ws.cell(row=1, column=i + 1).value for i in range(len(part.columns))] == [
            c.label for c in part.columns]
        assert ws.freeze_panes == "A2" and ws.protection.sheet
        assert ws["A2"].protection.locked is False
        assert ws.auto_filter.ref
    budget = wb["Budget"]
    assert budget["G1"].value == "Line total" and budget["G2"].value.startswith("=IF(")


def test_write_then_read_gives_the_same_concept_note(tmp_path: Path) -> None:
    form = samples.concept_note_form()
    form.id = "3f2a-note"
    path = tmp_path / "note.xlsx"
    write_workbook(form, path)
    assert read_workbook(path) == form


def test_blank_template_is_refused_because_the_title_is_required(tmp_path: Path) -> None:
    path = tmp_path / "template.xlsx"
    write_template(path)
    with pytest.raises(RowError) as caught:
        read_workbook(path)
    row = labels(path)["Title"]
    assert (caught.value.sheet, caught.value.row, caught.value.column) == (MAIN_SHEET, row, "Title")
    assert f"cell B{row} is required" in str(caught.value)


def filled(tmp_path: Path) -> Path:
    path = tmp_path / "note.xlsx"
    write_workbook(samples.concept_note_form(), path)
    return path


@pytest.mark.parametrize(("sheet", "cell", "value", "column", "reason"), [
    ("Budget", "C3", "lots", "Requested", "cell C3 must be a number (found 'lots')"),
    ("Budget", "D2", -5, "Co-financing (cash)", "cell D2 may not be negative"),
    ("Budget", "A2", "Bribes", "Category", "cell A2 'Bribes' is not in the list"),
    ("Work plan", "E2", date(2024, 1, 1), "End", "cell E2 is before the start"),
    ("Work plan", "D3", "soon", "Start", "cell D3 must be a date"),
    ("Partners", "A3", None, "Organisation", "cell A3 is required"),
])
def test_a_bad_cell_refuses_the_whole_file_naming_sheet_cell_and_reason(
        tmp_path: Path, sheet: str, cell: str, value: object, column: str, reason: str) -> None:
    path = filled(tmp_path)
    wb = load_workbook(path)
    wb[sheet][cell] = value
    wb.save(path)
    with pytest.raises(RowError) as caught:
        read_workbook(path)
    assert caught.value.sheet == sheet and caught.value.column == column
    assert caught.value.row == int(cell[1:])
    assert reason in caught.value.reason


def test_main_sheet_values_are_checked(tmp_path: Path) -> None:
    path = filled(tmp_path)
    row = labels(path)["Duration (months)"]
    wb = load_workbook(path)
    wb[MAIN_SHEET][f"B{row}"] = 12.5
    wb.save(path)
    with pytest.raises(RowError, match=rf"Concept note, row {row}.*cell B{row} must be a whole"):
        read_workbook(path)


def test_values_typed_as_text_are_understood(tmp_path: Path) -> None:
    path = filled(tmp_path)
    rows = labels(path)
    wb = load_workbook(path)
    main = wb[MAIN_SHEET]
    main[f"B{rows['Area (ha)']}"] = "25 000,5"
    main[f"B{rows['Region']}"] = "africa"
    main[f"B{rows['Duration (months)']}"] = 36.0
    wb["Work plan"]["D2"] = "2025-02-01"
    wb.save(path)
    form = read_workbook(path)
    assert form.area_ha == 25000.5 and form.region == "Africa" and form.duration_months == 36
    assert form.work_plan[0].start == date(2025, 2, 1)


def test_empty_rows_between_filled_ones_are_skipped(tmp_path: Path) -> None:
    path = filled(tmp_path)
    wb = load_workbook(path)
    wb["Partners"]["A10"] = "FAO"
    wb.save(path)
    assert [p.organisation for p in read_workbook(path).partners][-1] == "FAO"


def test_a_file_that_is_no_workbook_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "note.xlsx"
    path.write_text("not a spreadsheet")
    with pytest.raises(InputRefused, match="not an Excel workbook"):
        read_workbook(path)


def test_a_huge_file_is_refused_before_it_is_opened(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    import sic_desktop.sheets.reader as reader
    from sic_desktop.sync.safezip import ZipLimits

    path = filled(tmp_path)
    monkeypatch.setattr(reader, "LIMITS", ZipLimits(max_entry=1000, folders=True))
    with pytest.raises(InputRefused, match="too large"):
        read_workbook(path)


def test_a_workbook_without_the_sheets_is_refused(tmp_path: Path) -> None:
    from openpyxl import Workbook

    path = tmp_path / "other.xlsx"
    Workbook().save(path)
    with pytest.raises(InputRefused, match="no sheet named 'Concept note'"):
        read_workbook(path)


def test_choices_come_from_reference_data(tmp_path: Path) -> None:
    path = filled(tmp_path)
    with pytest.raises(RowError, match="'Africa' is not in the list"):
        read_workbook(path, choices=Choices(regions=("Europe",)))


@pytest.mark.slow
def test_round_trip_through_libreoffice_keeps_the_data(tmp_path: Path, soffice: str) -> None:
    form = samples.concept_note_form()
    form.id = "note-1"
    original = tmp_path / "note.xlsx"
    write_workbook(form, original)
    saved = tmp_path / "saved-by-libreoffice" / "note.xlsx"
    convert(original, saved, "xlsx:Calc MS Excel 2007 XML")
    assert saved.read_bytes() != original.read_bytes()
    assert read_workbook(saved) == form


@pytest.mark.slow
def test_template_filled_after_libreoffice_saved_it(tmp_path: Path, soffice: str) -> None:
    template = tmp_path / "template.xlsx"
    write_template(template)
    saved = tmp_path / "lo" / "template.xlsx"
    convert(template, saved, "xlsx:Calc MS Excel 2007 XML")
    wb = load_workbook(saved)
    assert wb[MAIN_SHEET].protection.sheet and wb["Lists"].sheet_state == "hidden"
    assert wb["Budget"]["B2"].protection.locked is False
    kept = {(dv.type, dv.formula1) for dv in wb[MAIN_SHEET].data_validations.dataValidation}
    assert ("list", "Lists!$A$2:$A$8") in kept  # the region drop-down survives LibreOffice
    rows = labels(saved)
    wb[MAIN_SHEET][f"B{rows['Title']}"] = "A note typed in LibreOffice"
    wb["Budget"]["B2"] = "Seeds"
    wb["Budget"]["C2"] = 1000
    wb.save(saved)
    form = read_workbook(saved)
    assert form == ConceptNoteForm(title="A note typed in LibreOffice",
                                   budget=form.budget) and form.budget[0].requested == 1000.0
