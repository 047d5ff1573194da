"""Printing the minutes of a meeting: a QTextDocument laid out on A4 with deliberate margins."""

import html
from typing import Any

from PySide6.QtCore import QCoreApplication, QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

# Qt adds its own 2 cm margin to a document without a page size; ours is set on the printer instead.
MARGINS_MM = QMarginsF(20, 18, 20, 18)


# lupdate reads `translate("context", "literal")` calls; the alias keeps lines short.
translate = QCoreApplication.translate


def _choice(value: Any) -> str:
    """A meeting's kind or an action's status as stored, in the reader's language."""
    return translate("choices", str(value)) if value else ""


def _people(people: list[Any]) -> str:
    if not people:
        return "<p>-</p>"
    items = "".join(
        f"<li>{html.escape(p['name'])}"
        + (f", {html.escape(p['organisation'])}" if p.get("organisation") else "")
        + (f" ({html.escape(_choice(p['role']))})" if p.get("role") else "") + "</li>" for p in people)
    return f"<ul>{items}</ul>"


def _attendance(context: dict[str, Any]) -> str:
    """Who came, counted in the reader's language: "1 present, 4 invited (attendance not recorded)"."""
    counts = {key: len(context.get(key) or []) for key in ("present", "apologies", "absent", "invited")}
    if not any(counts.values()):
        return translate("printing", "No participants were recorded.")
    parts = [translate("printing", "%n present", "", counts["present"])]
    if counts["apologies"]:
        parts.append(translate("printing", "%n sent apologies", "", counts["apologies"]))
    if counts["absent"]:
        parts.append(translate("printing", "%n absent", "", counts["absent"]))
    if counts["invited"]:
        parts.append(translate("printing", "%n invited (attendance not recorded)", "", counts["invited"]))
    return ", ".join(parts)


def _words() -> dict[str, str]:
    return {
        "minutes": translate("printing", "Minutes"), "task_force": translate("printing", "Task force"),
        "kind": translate("printing", "Kind"), "date": translate("printing", "Date"),
        "place": translate("printing", "Place"), "cycle": translate("printing", "Cycle"),
        "step": translate("printing", "Step"), "present": translate("printing", "Present"),
        "apologies": translate("printing", "Apologies"), "absent": translate("printing", "Absent"),
        "invited": translate("printing", "Invited, attendance not recorded"),
        "attendance": translate("printing", "Attendance"),
        "agenda": translate("printing", "Agenda"), "decisions": translate("printing", "Decisions"),
        "actions": translate("printing", "Action items"), "what": translate("printing", "What"),
        "who": translate("printing", "Who"), "due": translate("printing", "Due"),
        "status": translate("printing", "Status"), "notes": translate("printing", "Notes"),
        "issued": translate("printing", "Issued"),
    }


def minutes_html(context: dict[str, Any]) -> str:
    """The minutes as simple HTML that QTextDocument lays out well on paper."""
    e = html.escape
    w = {key: e(text) for key, text in _words().items()}
    facts = [(w[key], _choice(context.get(field)) if key == "kind" else context.get(field, ""))
             for key, field in (("task_force", "task_force"), ("kind", "kind"), ("date", "held_on"),
                                ("place", "place"), ("cycle", "cycle"), ("step", "step"))]
    rows = "".join(f"<tr><td><b>{label}</b></td><td>{e(value)}</td></tr>" for label, value in facts if value)
    heading = translate("printing", "Minutes: %1").replace("%1", str(context.get("title", "")))
    parts = [f"<h1>{e(heading)}</h1>",
             f"<table cellpadding='3'>{rows}</table>",
             f"<h2>{w['attendance']}</h2><p>{e(_attendance(context))}</p>",
             f"<h3>{w['present']}</h3>{_people(context.get('present', []))}"]
    for key in ("apologies", "absent", "invited"):  # only a recorded presence counts as present
        if context.get(key):
            parts.append(f"<h3>{w[key]}</h3>{_people(context[key])}")
    if context.get("agenda"):
        items = "".join(
            f"<li><b>{e(item['title'])}</b>" + "".join(f"<p>{e(n)}</p>" for n in item.get("notes", []))
            + "</li>" for item in context["agenda"])
        parts.append(f"<h2>{w['agenda']}</h2><ol>{items}</ol>")
    if context.get("decisions"):
        items = "".join(f"<li>{e(d['text'])}</li>" for d in context["decisions"])
        parts.append(f"<h2>{w['decisions']}</h2><ol>{items}</ol>")
    if context.get("actions"):
        head = "".join(f"<th align='left'>{w[key]}</th>" for key in ("what", "who", "due", "status"))
        lines = "".join(f"<tr><td>{e(a['what'])}</td><td>{e(a['owner'])}</td><td>{e(a['due'])}</td>"
                        f"<td>{e(_choice(a['status']))}</td></tr>" for a in context["actions"])
        parts.append(f"<h2>{w['actions']}</h2>"
                     f"<table width='100%' border='1' cellspacing='0' cellpadding='4'>"
                     f"<tr>{head}</tr>{lines}</table>")
    if context.get("notes"):
        parts.append(f"<h2>{w['notes']}</h2>" + "".join(f"<p>{e(p)}</p>" for p in context["notes"]))
    if context.get("issued"):
        parts.append(f"<p><i>{w['issued']} {e(context['issued'])}</i></p>")
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
    dialog.setWindowTitle(translate("printing", "Minutes: %1").replace("%1", str(context.get("title", ""))))
    dialog.paintRequested.connect(lambda target: print_document(minutes_document(context), target))
    dialog.resize(900, 1000)
    dialog.open()
    return dialog
