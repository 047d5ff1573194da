"""Printing the minutes of a meeting: a QTextDocument laid out on A4 with deliberate margins."""

import html
from typing import Any

from PySide6.QtCore import QCoreApplication, QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

# Qt adds its own 2 cm margin to a document without a page size; ours is set on the printer instead.
MARGINS_MM = QMarginsF(20, 18, 20, 18)


def _tr(text: str) -> str:
    return QCoreApplication.translate("printing", text)


def _people(people: list[Any]) -> str:
    if not people:
        return "<p>-</p>"
    items = "".join(
        f"<li>{html.escape(p['name'])}"
        + (f", {html.escape(p['organisation'])}" if p.get("organisation") else "")
        + (f" ({html.escape(p['role'])})" if p.get("role") else "") + "</li>" for p in people)
    return f"<ul>{items}</ul>"


def minutes_html(context: dict[str, Any]) -> str:
    """The minutes as simple HTML that QTextDocument lays out well on paper."""
    e = html.escape
    facts = [(_tr("Task force"), context.get("task_force", "")), (_tr("Kind"), context.get("kind", "")),
             (_tr("Date"), context.get("held_on", "")), (_tr("Place"), context.get("place", "")),
             (_tr("Cycle"), context.get("cycle", "")), (_tr("Step"), context.get("step", ""))]
    parts = [f"<h1>{e(_tr('Minutes'))}: {e(context.get('title', ''))}</h1>",
             "<table cellpadding='3'>" + "".join(
                 f"<tr><td><b>{e(label)}</b></td><td>{e(value)}</td></tr>" for label, value in facts if value)
             + "</table>",
             f"<h2>{e(_tr('Present'))}</h2>{_people(context.get('present', []))}"]
    if context.get("apologies"):
        parts.append(f"<h2>{e(_tr('Apologies'))}</h2>{_people(context['apologies'])}")
    if context.get("absent"):
        parts.append(f"<h2>{e(_tr('Absent'))}</h2>{_people(context['absent'])}")
    if context.get("agenda"):
        parts.append(f"<h2>{e(_tr('Agenda'))}</h2><ol>" + "".join(
            f"<li><b>{e(item['title'])}</b>" + "".join(f"<p>{e(n)}</p>" for n in item.get("notes", []))
            + "</li>" for item in context["agenda"]) + "</ol>")
    if context.get("decisions"):
        parts.append(f"<h2>{e(_tr('Decisions'))}</h2><ol>"
                     + "".join(f"<li>{e(d['text'])}</li>" for d in context["decisions"]) + "</ol>")
    if context.get("actions"):
        head = "".join(f"<th align='left'>{e(_tr(t))}</th>" for t in ("What", "Who", "Due", "Status"))
        rows = "".join(f"<tr><td>{e(a['what'])}</td><td>{e(a['owner'])}</td><td>{e(a['due'])}</td>"
                       f"<td>{e(a['status'])}</td></tr>" for a in context["actions"])
        parts.append(f"<h2>{e(_tr('Action items'))}</h2>"
                     f"<table width='100%' border='1' cellspacing='0' cellpadding='4'>"
                     f"<tr>{head}</tr>{rows}</table>")
    if context.get("notes"):
        parts.append(f"<h2>{e(_tr('Notes'))}</h2>" + "".join(f"<p>{e(p)}</p>" for p in context["notes"]))
    if context.get("issued"):
        parts.append(f"<p><i>{e(_tr('Issued'))} {e(context['issued'])}</i></p>")
    return "".join(parts)


def a4_printer(mode: QPrinter.PrinterMode = QPrinter.PrinterMode.HighResolution) -> QPrinter:
    printer = QPrinter(mode)
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                      MARGINS_MM, QPageLayout.Unit.Millimeter))
    return printer


def print_document(document: QTextDocument, printer: QPrinter) -> None:
    """Lay the document out on the printer's own page, so its margins are the printer's ones."""
    document.documentLayout().setPaintDevice(printer)
    document.setDocumentMargin(0)
    area = printer.pageRect(QPrinter.Unit.DevicePixel)
    document.setPageSize(QSizeF(area.width(), area.height()))
    document.print_(printer)


def minutes_document(context: dict[str, Any]) -> QTextDocument:
    document = QTextDocument()
    document.setHtml(minutes_html(context))
    return document


def preview_minutes(context: dict[str, Any], parent: QWidget) -> QPrintPreviewDialog:
    """Qt's print preview of the minutes (print, or print to PDF from it)."""
    printer = a4_printer()
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(_tr("Minutes: %1").replace("%1", str(context.get("title", ""))))
    dialog.paintRequested.connect(lambda target: print_document(minutes_document(context), target))
    dialog.resize(900, 1000)
    dialog.open()
    return dialog
