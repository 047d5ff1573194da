"""A written .docx read back as text: paragraphs and table rows (cells joined by tabs) in reading order."""

from pathlib import Path

from docx import Document
from docx.table import Table


def text_of(path: Path) -> str:
    lines = []
    for block in Document(str(path)).iter_inner_content():
        if isinstance(block, Table):
            lines += ["\t".join(c.text for c in row.cells) for row in block.rows]
        else:
            lines.append(block.text)
    return "\n".join(lines)
