"""The concept-note workbook's data-validation pop-ups in its language, read back from the .xlsx."""

from pathlib import Path

import pytest
from openpyxl import load_workbook

from sic_desktop.sheets.note_workbook import write_template

ENGLISH = ("Not in the list", "Not a number", "Not a date", "Enter a", "Choose a value")


def pop_ups(path: Path) -> dict[str, set[tuple[str, str]]]:
    """{sheet: {(error title, error text)}} for every validation rule of the workbook as saved."""
    workbook = load_workbook(path)
    return {sheet.title: {(rule.errorTitle or "", rule.error or "")
                          for rule in sheet.data_validations.dataValidation}
            for sheet in workbook.worksheets}


@pytest.mark.parametrize(("language", "expected"), [
    ("fr", {("Valeur hors liste", "Choisissez une valeur dans la liste (Région)."),
            ("Nombre attendu", "Saisissez un nombre. Il ne peut être inférieur à 0."),
            ("Date attendue", "Saisissez une date, p. ex. 2025-03-31.")}),
    ("es", {("Valor fuera de la lista", "Elija un valor de la lista (Región)."),
            ("Se espera un número", "Escriba un número. No puede ser inferior a 0."),
            ("Se espera una fecha", "Escriba una fecha, p. ej. 2025-03-31.")}),
    ("en", {("Not in the list", "Choose a value from the list (Region)."),
            ("Not a number", "Enter a number. It may not be below 0."),
            ("Not a date", "Enter a date, e.g. 2025-03-31.")}),
])
def test_the_pop_ups_of_a_workbook_are_in_its_language(
        tmp_path: Path, language: str, expected: set[tuple[str, str]]) -> None:
    path = tmp_path / f"note.{language}.xlsx"
    write_template(path, language=language)
    rules = pop_ups(path)
    every = set().union(*rules.values())
    assert expected <= every
    assert all(title and text for title, text in every)  # no rule without its words
    if language != "en":
        assert not [pair for pair in every if any(word in " ".join(pair) for word in ENGLISH)]
