"""Fixtures of the document tests: LibreOffice when installed, sample documents rendered."""

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from sic_desktop.documents import samples, word
from sic_desktop.documents.chart import Bar, progress_chart

TEMPLATES = Path(__file__).resolve().parents[3] / "resources" / "templates"


@pytest.fixture
def soffice() -> str:
    """The LibreOffice program; the test is skipped (saying why) where it is not installed."""
    program = shutil.which("soffice")
    if program is None:
        pytest.skip("LibreOffice (soffice) is not installed: `make test` installs it on Debian "
                    "(apt-get install libreoffice-writer-nogui libreoffice-calc-nogui)")
    return program


def pdf_text(pdf: Path) -> str:
    """The text of a PDF as pdftotext lays it out."""
    result = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                            text=True, check=True)
    return result.stdout


RenderSample = Callable[[str, Path], Path]


@pytest.fixture
def render_sample() -> RenderSample:
    """Render the shipped template `name` with its full sample data into a folder."""
    def render(name: str, folder: Path) -> Path:
        target = folder / f"{name}.docx"
        images = {}
        context = samples.all_contexts()[name]
        if name == "annual-report":
            context["chart"] = "chart"
            images["chart"] = word.Image(progress_chart([Bar("1", 1.4), Bar("2", 0.5)]), 150)
        word.render(name, context, target, images=images, template=TEMPLATES / f"{name}.docx")
        return target
    return render
