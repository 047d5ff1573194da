"""The inventory of activities of a task force, to and from a spreadsheet."""

from pathlib import Path
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from sic_desktop.db.changelog import take_recorded
from sic_desktop.db.models import Activity, Region, TaskForce
from sic_desktop.db.models.planning import ACTIVITY_STATUSES
from sic_desktop.services.records import Outcome, assign_changed, check_writable
from sic_desktop.services.validation import ends_before_start
from sic_desktop.sheets.cells import is_empty
from sic_desktop.sheets.common import Cycles, ImportResult, check_ids, task_force_by_code
from sic_desktop.sheets.rows import Names, RowChecker, with_conventions
from sic_desktop.sheets.workbook import Column, read_list, write_list
from sic_desktop.text import Text

SHEET = "Inventory"
COLUMNS = (
    Column("ID", 38), Column("Title", 40, required=True), Column("Description", 60), Column("Region", 22),
    Column("Countries", 24), Column("Sponsor", 28), Column("Owner", 28), Column("URL", 36),
    Column("Status", 12, ACTIVITY_STATUSES), Column("Start", 12), Column("End", 12),
    Column("Budget", 14), Column("Currency", 10), Column("Cycle", 10),
)
TEXT_FIELDS = {"Title": "title", "Description": "description", "Countries": "countries",
               "Sponsor": "sponsor", "Owner": "owner", "URL": "url", "Currency": "currency"}


def export_inventory(session: Session, path: Path, *, task_force: str | None = None) -> int:
    """Write the activities (of one task force, or all) to `path`; returns how many."""
    query = select(Activity).where(Activity.deleted.is_(False)).order_by(Activity.title, Activity.id)
    if task_force:
        query = query.where(Activity.task_force_id == task_force_by_code(session, task_force).id)
    regions = Names(list(session.scalars(select(Region))))
    years = Cycles(session).years
    rows = (
        (a.id, a.title, a.description, regions.by_id.get(a.region_id or ""), a.countries, a.sponsor,
         a.owner, a.url, a.status, a.start, a.end, a.budget, a.currency, years.get(a.cycle_id or ""))
        for a in session.scalars(query)
    )
    return write_list(path, SHEET, COLUMNS, rows)


def import_inventory(session: Session, path: Path, *, task_force: str,
                     mapping: dict[str, str] | None = None, language: str | None = None) -> ImportResult:
    """Update activities by ID and add rows without one; all or nothing.

    Only the columns the file has are read: an activity keeps the fields the file has no column for,
    and its cycle when the Cycle cell is empty; a new one belongs to the current cycle unless its row
    names another.
    """
    owner: TaskForce = task_force_by_code(session, task_force)
    check_writable(session, Activity, {"task_force_id": owner.id})
    sheet = read_list(path, COLUMNS, explicit=mapping)
    present = sheet.present
    rows, conventions = with_conventions(sheet, ("Start", "End", "Budget"), language)
    checker = RowChecker(sheet, conventions)
    regions = Names(list(session.scalars(select(Region).where(Region.deleted.is_(False)))))
    cycles = Cycles(session)
    existing = {a.id: a for a in session.scalars(
        select(Activity).where(Activity.task_force_id == owner.id, Activity.deleted.is_(False)))}
    text_fields = [(title, field) for title, field in TEXT_FIELDS.items() if title in present]
    parsed: list[tuple[str | None, dict[str, Any]]] = []
    for number, cells in rows:
        values: dict[str, Any] = {field: checker.value(number, cells, title, Activity, field)
                                  for title, field in text_fields}
        if "Status" in present:
            values["status"] = checker.choice(number, cells, "Status", Activity, "status")
        if "Region" in present:
            values["region_id"] = checker.lookup(number, cells, "Region", regions, Text("region"))
        if "Start" in present:
            values["start"] = checker.date(number, cells, "Start", Activity, "start")
        if "End" in present:
            values["end"] = checker.date(number, cells, "End", Activity, "end")
        if "Budget" in present:
            values["budget"] = checker.number(number, cells, "Budget", Activity, "budget")
        if "Cycle" in present and not is_empty(cells.get("Cycle")):
            values["cycle_id"] = cycles.read(checker, number, cells)
        if ends_before_start(values):
            checker.fail(number, "End", Text("the end is before the start"))
        parsed.append((check_ids(checker, number, cells, existing, Text("activity"), owner.code), values))
    checker.raise_if_any()
    new_rows = [{"cycle_id": cycles.current} | values | {"task_force_id": owner.id}
                for record_id, values in parsed if record_id is None]
    updated = sum(assign_changed(existing[record_id], values) for record_id, values in parsed if record_id)
    session.flush()
    if new_rows:
        session.execute(insert(Activity), new_rows)
    known = sum(1 for record_id, _ in parsed if record_id)
    return ImportResult(added=len(new_rows), updated=updated, unchanged=known - updated,
                        outcome=Outcome("", take_recorded(session)), notes=sheet.mapping.notes())
