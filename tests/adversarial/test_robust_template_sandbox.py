"""A received Word template that tries to run code: vetted, refused, and never run (issue 11.1)."""

import json
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from docx import Document

from sic_desktop.documents import samples
from sic_desktop.sheets.note_workbook import write_workbook
from tests.e2e.conftest import cli, master_db

__all__ = ["cli", "master_db"]

Cli = Callable[..., subprocess.CompletedProcess[str]]


def hostile_template(path: Path, placeholder: str) -> Path:
    """A valid .docx holding the shipped concept note's text plus one hostile placeholder."""
    shipped = Path(__file__).parents[2] / "resources" / "templates" / "concept-note.docx"
    shutil.copy(shipped, path)
    document = Document(str(path))
    document.add_paragraph().add_run(placeholder)
    document.save(str(path))
    return path


def escapes(marker: Path) -> list[str]:
    """Placeholders that would create `marker` if the template ran as code."""
    command = f"touch {marker}"
    return [
        f"{{{{ cycler.__init__.__globals__.os.popen('{command}').read() }}}}",
        # The attribute name built at render time, so no static look at the text can see it.
        f"{{{{ (title|attr('%c%cinit%c%c'|format(95,95,95,95))).__globals__ }}}}"
        f"{{{{ lipsum.__globals__['os'].popen('{command}') }}}}",
        f"{{{{ title.__class__.__mro__[1].__subclasses__() }}}}{{{{ ''.join.__self__ }}}}"
        f"{{{{ namespace.__init__.__globals__.os.popen('{command}') }}}}",
    ]


@pytest.mark.parametrize("case", range(3))
def test_check_template_names_a_placeholder_that_tries_to_run_a_command(
        cli: Cli, tmp_path: Path, case: int) -> None:
    marker = tmp_path / "PWNED"
    placeholder = escapes(marker)[case]
    template = hostile_template(tmp_path / "concept-note.docx", placeholder)
    result = cli("documents", "check-template", template, "--json")
    assert result.returncode == 4, result.stderr
    assert not marker.exists()
    problems = json.loads(result.stdout)
    unsafe = [p for p in problems if p["kind"] == "unsafe"]
    assert unsafe, problems
    # The person is shown which placeholder it is, so the template can be refused or fixed.
    assert any("__" in p["placeholder"] or "%c" in p["placeholder"] for p in unsafe)
    plain = cli("documents", "check-template", template)
    assert "reaches beyond the document's data" in plain.stdout
    assert "no problems found" not in plain.stdout
    assert not marker.exists()


def test_a_dynamic_escape_the_text_cannot_show_is_stopped_while_rendering(
        cli: Cli, tmp_path: Path) -> None:
    marker = tmp_path / "PWNED"
    template = hostile_template(tmp_path / "concept-note.docx",
                                "{{ (title|attr('%c%cclass%c%c'|format(95,95,95,95))) }}")
    result = cli("documents", "check-template", template)
    assert result.returncode == 4
    assert "'__class__' of str is not part of the document's data" in result.stdout
    assert not marker.exists()


def test_an_override_template_that_tries_to_run_a_command_is_refused_and_never_runs(
        cli: Cli, master_db: Path, tmp_path: Path) -> None:
    workbook = tmp_path / "filled.xlsx"
    write_workbook(samples.concept_note_form(), workbook)
    imported = cli("--db", master_db, "concept-notes", "import", workbook, "--task-force", "A2", "--json")
    assert imported.returncode == 0, imported.stderr
    note = json.loads(imported.stdout)["id"]
    folder = Path(json.loads(cli("documents", "templates", "--json").stdout)["folder"])
    folder.mkdir(parents=True)
    marker = tmp_path / "PWNED"
    hostile_template(folder / "concept-note.docx", escapes(marker)[0])

    result = cli("--db", master_db, "documents", "concept-note", note, tmp_path / "out.docx")

    assert result.returncode == 4, result.stderr
    assert not marker.exists()
    assert not (tmp_path / "out.docx").exists()
    assert "reach beyond the document's data" in result.stderr
    assert "Traceback" not in result.stderr


def test_the_shipped_templates_still_pass_the_check_and_render(cli: Cli, tmp_path: Path) -> None:
    shipped = Path(__file__).parents[2] / "resources" / "templates"
    for template in sorted(shipped.glob("*.docx")):
        result = cli("documents", "check-template", template)
        assert result.returncode == 0, (template.name, result.stdout, result.stderr)
        assert "no problems found" in result.stdout
