"""The README's pictures of the shipped templates (python packaging/make_templates.py --previews)."""

import subprocess
import tempfile
from pathlib import Path


def previews(templates: Path, folder: Path) -> list[Path]:
    """Page one of each document, made from `templates` with sample data, as the PNG the README shows."""
    from sic_desktop.documents import samples, word
    from sic_desktop.documents.chart import Bar, progress_chart
    from sic_desktop.documents.pdf import docx_to_pdf
    from sic_desktop.sheets.note_workbook import write_workbook

    written = []
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        sources = {}
        for name, context in samples.all_contexts().items():
            images = {}
            if name == "annual-report":
                context["chart"] = "chart"
                images["chart"] = word.Image(progress_chart(
                    [Bar("1", 1.4), Bar("2", 0.6)]), 150)
            sources[name] = work / f"{name}.docx"
            word.render(name, context, sources[name], images=images,
                        template=templates / f"{name}.docx")
        sources["concept-note-workbook"] = work / "concept-note-workbook.xlsx"
        write_workbook(samples.concept_note_form(), sources["concept-note-workbook"])
        for name, source in sources.items():
            pdf = work / f"{name}.pdf"
            docx_to_pdf(source, pdf)
            subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1",
                            "-singlefile", str(pdf), str(folder / name)], check=True)
            written.append(folder / f"{name}.png")
    return written
