"""The cycle overview as a landscape .pdf: written as Word, then converted by LibreOffice."""

import tempfile
from datetime import date
from pathlib import Path

from sic_desktop.documents.pdf import docx_to_pdf
from sic_desktop.files import replacing
from sic_desktop.overview_marks import COLOURS, SYMBOLS
from sic_desktop.services.cycle_overview import Overview, day_words
from sic_desktop.services.cycles import Window
from sic_desktop.services.overview_export import (
    COUNT_TITLES,
    STATE_WORDS,
    count_row,
    heading,
    legend,
    window_words,
)


def _shade(cell: object, colour: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    properties = cell._tc.get_or_add_tcPr()  # type: ignore[attr-defined]
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), colour)
    properties.append(shading)


def _table(document: object, header: list[str], rows: list[list[str]], size: float) -> object:
    from docx.shared import Pt

    table = document.add_table(rows=1, cols=len(header))  # type: ignore[attr-defined]
    table.style = "Table Grid"
    for cell, title in zip(table.rows[0].cells, header, strict=True):
        cell.text = title
        _shade(cell, "E3ECE8")
    for row in rows:
        for cell, value in zip(table.add_row().cells, row, strict=True):
            cell.text = value
    for row in table.rows:
        for cell in row.cells:
            for paragraph in cell.paragraphs:
                for run in paragraph.runs:
                    run.font.size = Pt(size)
    return table


def _short(day: date | None) -> str:
    """A window's last day without its year ("31 Mar"), to fit a grid column."""
    return day_words(day).rsplit(" ", 1)[0] if day else ""


def write_pdf(grid: Overview, by_step: dict[int, Window], today: date, target: Path) -> None:
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    document = Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(1.5))
    document.styles["Normal"].font.name = "DejaVu Sans"
    document.styles["Normal"].font.size = Pt(9)
    document.add_heading(heading(grid, today), level=1)
    document.add_paragraph(legend())
    numbers = [number for number, _title in grid.steps]
    titles = dict(grid.steps)
    by_tf: dict[str, dict[int, str]] = {}
    for cell in grid.cells:
        by_tf.setdefault(cell.task_force, {})[cell.step] = cell.state
    ends = [_short(by_step[n].end) if n in by_step else "" for n in numbers]
    table = _table(document, ["TF", *(str(n) for n in numbers)],
                   [["by", *ends]] + [[code, *(SYMBOLS[states[n]] if n in states else "" for n in numbers)]
                                      for code, states in by_tf.items()], 7.5)
    for row in table.rows[2:]:  # type: ignore[attr-defined]
        code = row.cells[0].text
        for number, cell in zip(numbers, row.cells[1:], strict=True):
            if number in by_tf[code]:
                _shade(cell, COLOURS[by_tf[code][number]])
            cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    document.add_heading("Steps and their windows", level=2)
    _table(document, ["Step", "What", "Window"],
           [[str(n), titles[n], window_words(by_step.get(n))] for n in numbers], 8)
    if grid.deadlines:
        document.add_heading("Funding calls closing in the cycle", level=2)
        _table(document, ["Closes", "Funder", "Call"],
               [[day_words(d.on), d.funder, d.call] for d in grid.deadlines], 8)
    document.add_heading("Counts of the cycle's records", level=2)
    _table(document, list(COUNT_TITLES), [[str(v) for v in count_row(c)] for c in grid.counts], 8)
    pressing = [c for c in grid.cells if c.state in ("late", "due")]
    if pressing:
        document.add_heading("Late and due, and why", level=2)
        _table(document, ["TF", "Step", "State", "Why"],
               [[c.task_force, f"{c.step} {titles[c.step]}", STATE_WORDS[c.state], str(c.why)]
                for c in sorted(pressing, key=lambda c: (c.state != "late", c.task_force, c.step))], 8)
    with tempfile.TemporaryDirectory(prefix="sic-overview-") as scratch:
        docx = Path(scratch) / f"{target.stem}.docx"
        document.save(str(docx))
        with replacing(target) as temp:
            docx_to_pdf(docx, temp)
