"""Printing the cycle overview: the grid with its legend, the windows, deadlines and counts, on A4 across."""

from __future__ import annotations

import html
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPageLayout, QTextDocument
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from sic_desktop.overview_marks import COLOURS, SYMBOLS
from ui.overview_grid import state_words
from ui.printing import a4_printer, print_document
from ui.translate import translated

if TYPE_CHECKING:  # the services load SQLAlchemy: not before the window's first paint
    from sic_desktop.services.overview_screen import OverviewScreen

translate = QCoreApplication.translate


def _table(header: list[str], rows: list[list[str]]) -> str:
    head = "".join(f"<th align='left' bgcolor='#e3ece8'>{html.escape(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(v)}</td>" for v in row) + "</tr>" for row in rows)
    return f"<table width='100%' border='1' cellspacing='0' cellpadding='3'><tr>{head}</tr>{body}</table>"


def overview_html(screen: OverviewScreen, today: date) -> str:
    """The overview as HTML that QTextDocument lays out on paper."""
    grid = screen.grid
    if grid is None:
        return ""
    e, words = html.escape, state_words()
    title = translate("overview", "Cycle %1: the state of each step, as of %2").replace(
        "%1", str(grid.year)).replace("%2", today.isoformat())
    legend = " &nbsp; ".join(
        f"<span style='background-color:#{COLOURS[k]}'>&nbsp;{SYMBOLS[k]}&nbsp;</span> {e(words[k])}"
        for k in SYMBOLS)
    numbers = [number for number, _title in grid.steps]
    by_tf: dict[str, dict[int, str]] = {}
    for cell in grid.cells:
        by_tf.setdefault(cell.task_force, {})[cell.step] = cell.state
    ends = "".join(f"<td align='center'><small>{e(_short(screen, n))}</small></td>" for n in numbers)
    head = "".join(f"<th width='4%' bgcolor='#e3ece8'>{n}</th>" for n in numbers)  # alike, dated or not
    rows = "".join(
        f"<tr><td><b>{e(code)}</b></td>" + "".join(
            f"<td align='center' bgcolor='#{COLOURS[states[n]]}'>{SYMBOLS[states[n]]}</td>" if n in states
            else "<td></td>" for n in numbers) + "</tr>" for code, states in by_tf.items())
    parts = [f"<h1>{e(title)}</h1>", f"<p>{legend}</p>",
             "<table border='1' cellspacing='0' cellpadding='3'>"
             f"<tr><th bgcolor='#e3ece8'>{e(translate('overview', 'Task force'))}</th>{head}</tr>"
             f"<tr><td><i>{e(translate('overview', 'ends'))}</i></td>{ends}</tr>{rows}</table>"]
    windows = [[str(n), t, *(d.isoformat() if d else "" for d in _span(screen, n))] for n, t in grid.steps]
    parts += [f"<h2>{e(translate('overview', 'Step windows'))}</h2>",
              _table([translate("overview", "Step"), translate("overview", "What"),
                      translate("overview", "From"), translate("overview", "To")], windows)]
    if grid.deadlines:
        parts += [f"<h2>{e(translate('overview', 'Funding calls closing in the cycle'))}</h2>",
                  _table([translate("overview", "Closes"), translate("overview", "Funder"),
                          translate("overview", "Call")],
                         [[d.on.isoformat(), d.funder, d.call] for d in grid.deadlines])]
    parts += [f"<h2>{e(translate('overview', 'Counts'))}</h2>",
              _table([translate("overview", "Task force"), translate("overview", "Members"),
                      translate("overview", "Activities"), translate("overview", "Meetings"),
                      translate("overview", "Ideas"), translate("overview", "Teams"),
                      translate("overview", "Concept notes"), translate("overview", "Assessed"),
                      translate("overview", "Validated")],
                     [[c.task_force, *(str(v) for v in (c.members, c.activities, c.meetings, c.ideas, c.teams,
                                                        c.concept_notes, c.assessed, c.validated))]
                      for c in grid.counts])]
    titles = dict(grid.steps)
    late = [c for c in grid.cells if c.state == "late"]
    if late:
        parts += [f"<h2>{e(translate('overview', 'Late, and why'))}</h2>",
                  _table([translate("overview", "Task force"), translate("overview", "Step"),
                          translate("overview", "Why")],
                         [[c.task_force, f"{c.step} {titles[c.step]}", translated(c.why)] for c in late])]
    return "".join(parts)


def _span(screen: OverviewScreen, number: int) -> tuple[date | None, date | None]:
    window = screen.windows.get(number)
    return (window.start, window.end) if window else (None, None)


def _short(screen: OverviewScreen, number: int) -> str:
    end = _span(screen, number)[1]
    return f"{end.day}/{end.month}" if end else ""


def overview_document(screen: OverviewScreen, today: date) -> QTextDocument:
    document = QTextDocument()
    document.setHtml(overview_html(screen, today))
    return document


def preview_overview(screen: OverviewScreen, parent: QWidget) -> QPrintPreviewDialog:
    """Qt's print preview of the overview, landscape (print, or print to PDF from it)."""
    printer = a4_printer()
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    dialog = QPrintPreviewDialog(printer, parent)
    year = str(screen.grid.year) if screen.grid else ""
    dialog.setWindowTitle(translate("overview", "Cycle overview %1").replace("%1", year))
    today = date.today()
    dialog.paintRequested.connect(lambda target: print_document(overview_document(screen, today), target))
    dialog.resize(1000, 760)
    dialog.open()
    return dialog

