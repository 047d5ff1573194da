"""Every document rendered by LibreOffice to PDF: the text a reader sees, page numbers included."""

import re
from pathlib import Path

import pytest

from sic_desktop.documents.pdf import docx_to_pdf

from .conftest import RenderSample, pdf_text

EXPECTED = {
    "concept-note": [
        "Restoring soil carbon in Sahelian agropastoral landscapes",
        "Concept note · version 3", "1. Context and rationale", "Institut Sénégalais",
        "2,750,000", "32,083 t CO₂e/yr", "10. Sustainability and scaling", "Green Climate Fund",
    ],
    "letter-of-support": [
        "Our reference: LoS-2025-007", "Dear Aminata Diallo,", "validated the concept note",
        "with the recommendation “recommended”", "Executive Secretary, on behalf of the Bureau",
    ],
    "meeting-minutes": [
        "MINUTES · TF MEETING", "Attendance", "Present", "Apologies", "Sarah Müller",
        "Project ideas from the regions", "Five ideas were presented", "Action items",
        "Contact CIRAD about MRV", "15 Mar 2025",
    ],
    "annual-report": [
        "Annual progress report 2025", "Members by role and region", "Inventory of activities",
        "Carbon projects registered", "Concept-note pipeline", "Meetings held",
    ],
}


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_libreoffice_renders_the_document(name: str, tmp_path: Path, soffice: str,
                                          render_sample: RenderSample) -> None:
    pdf = tmp_path / f"{name}.pdf"
    docx_to_pdf(render_sample(name, tmp_path), pdf)
    text = pdf_text(pdf)
    flat = re.sub(r"\s+", " ", text)
    for expected in EXPECTED[name]:
        assert expected in flat, f"{expected!r} missing from the PDF of {name}"
    pages = text.count("\f")
    assert re.search(rf"Page 1 of {pages}\b", flat), "page numbers are not fields"
    assert "{{" not in text and "{%" not in text
