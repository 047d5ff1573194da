"""The cycle overview written out: an .xlsx workbook, or a landscape .pdf (Word, through LibreOffice).

Each cell gives its state by a symbol and its colour, the legend says what the symbols mean, and the
why of every state is written beside it (a comment on the cell in the workbook, a list in the PDF).
"""

from collections.abc import Callable
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from sic_desktop.errors import UsageError
from sic_desktop.overview_marks import SYMBOLS
from sic_desktop.services.cycle_overview import Overview, cycle_overview, day_words
from sic_desktop.services.cycles import Window, cycle_by_year, windows
from sic_desktop.text import Text

STATE_WORDS = {"done": "done", "due": "due", "late": "late", "not_started": "not started",
               "not_applicable": "not applicable"}
COUNT_TITLES = ("Task force", "Members", "Activities", "Meetings", "Ideas", "Teams", "Concept notes",
                "Assessed", "Validated")


def legend() -> str:
    return "   ".join(f"{SYMBOLS[state]} {word}" for state, word in STATE_WORDS.items())


def heading(grid: Overview, today: date) -> str:
    return f"Cycle {grid.year}: the state of each step, as of {day_words(today)}"


def window_words(window: Window | None) -> str:
    if window is None or (window.start is None and window.end is None):
        return "no window planned"
    start = day_words(window.start) if window.start else "?"
    return f"{start} - {day_words(window.end) if window.end else '?'}"


def count_row(counts: object) -> list[object]:
    keys = ("task_force", "members", "activities", "meetings", "ideas", "teams", "concept_notes", "assessed",
            "validated")
    return [getattr(counts, key) for key in keys]


def write_overview(session: Session, year: int, target: Path, *, task_force_id: str | None = None,
                   today: date | None = None) -> int:
    """Write the overview of the cycle of `year` to `target` (.xlsx or .pdf); the number of cells."""
    from sic_desktop.documents.overview_pdf import write_pdf
    from sic_desktop.sheets.overview_sheet import write_xlsx

    writers: dict[str, Callable[[Overview, dict[int, Window], date, Path], None]] = {
        ".xlsx": write_xlsx, ".pdf": write_pdf}
    writer = writers.get(target.suffix.lower())
    if writer is None:
        raise UsageError(Text("%1: write a .xlsx or a .pdf file", target.name))
    today = today or date.today()
    grid = cycle_overview(session, year, task_force_id=task_force_id, today=today)
    by_step = {w.number: w for w in windows(session, cycle_by_year(session, year).id)}
    writer(grid, by_step, today, target)
    return len(grid.cells)
