"""The members of a task force (person and membership together), to and from a spreadsheet."""

from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sic_desktop.db.base import new_id
from sic_desktop.db.changelog import take_recorded
from sic_desktop.db.models import Membership, Organisation, Person, Region
from sic_desktop.db.models.people import ROLES
from sic_desktop.services.records import Outcome, assign_changed, check_writable
from sic_desktop.sheets.cells import as_text
from sic_desktop.sheets.common import ImportResult, check_ids, task_force_by_code
from sic_desktop.sheets.rows import Names, RowChecker
from sic_desktop.sheets.workbook import Column, read_list, write_list
from sic_desktop.text import Text

SHEET = "Members"
COLUMNS = (
    Column("ID", 38), Column("Name", 28), Column("Email", 30), Column("Organisation", 32),
    Column("Country", 16), Column("Region", 22), Column("Role", 8, ROLES), Column("Expertise", 50),
    Column("Profile URL", 36),
)
PERSON_FIELDS = {"Name": "name", "Email": "email", "Country": "country", "Expertise": "expertise",
                 "Profile URL": "profile_url"}


def export_members(session: Session, path: Path, *, task_force: str | None = None) -> int:
    """Write the members (of one task force, or all) to `path`; returns how many."""
    query = (select(Membership, Person)
             .join(Person, Membership.person_id == Person.id)
             .where(Membership.deleted.is_(False))
             .order_by(Person.name, Membership.id))
    if task_force:
        query = query.where(Membership.task_force_id == task_force_by_code(session, task_force).id)
    regions = Names(list(session.scalars(select(Region))))
    organisations = Names(list(session.scalars(select(Organisation))))
    rows = (
        (m.id, p.name, p.email, organisations.by_id.get(p.organisation_id or ""), p.country,
         regions.by_id.get(m.region_id or ""), m.role, p.expertise, p.profile_url)
        for m, p in session.execute(query).all()
    )
    return write_list(path, SHEET, COLUMNS, rows)


def import_members(session: Session, path: Path, *, task_force: str) -> ImportResult:
    """Update members by ID and add rows without one; all or nothing.

    A new row whose e-mail belongs to a known person adds a membership for that person rather than a
    second person. An organisation unknown by name is added.
    """
    owner = task_force_by_code(session, task_force)
    check_writable(session, Membership, {"task_force_id": owner.id})
    sheet, rows = read_list(path, COLUMNS)
    checker = RowChecker(sheet)
    regions = Names(list(session.scalars(select(Region).where(Region.deleted.is_(False)))))
    organisations = Names(list(session.scalars(
        select(Organisation).where(Organisation.deleted.is_(False)))))
    memberships = {m.id: m for m in session.scalars(
        select(Membership).where(Membership.task_force_id == owner.id, Membership.deleted.is_(False)))}
    people = {p.id: p for p in session.scalars(select(Person).where(Person.deleted.is_(False)))}
    by_email = {p.email.casefold(): p for p in people.values() if p.email}
    parsed: list[tuple[str | None, dict[str, Any], dict[str, Any], str | None]] = []
    for number, cells in rows:
        person_values = {field: checker.value(number, cells, title, Person, field)
                         for title, field in PERSON_FIELDS.items()}
        member_values = {
            "role": checker.value(number, cells, "Role", Membership, "role"),
            "region_id": checker.lookup(number, cells, "Region", regions, Text("region")),
        }
        organisation = as_text(cells.get("Organisation"))
        record_id = check_ids(checker, number, cells, memberships, Text("member"), owner.code)
        parsed.append((record_id, person_values, member_values, organisation))
    checker.raise_if_any()

    added = updated = 0
    for record_id, person_values, member_values, organisation in parsed:
        if organisation is not None:
            person_values["organisation_id"] = _organisation_id(session, organisations, organisation)
        if record_id is not None:
            membership = memberships[record_id]
            changed = assign_changed(people[membership.person_id], person_values)
            updated += assign_changed(membership, member_values) or changed
            continue
        email = person_values.get("email")
        person = by_email.get(email.casefold()) if email else None
        if person is None:
            person = Person(id=new_id(), **person_values)
            session.add(person)
            if email:
                by_email[email.casefold()] = person
        else:
            assign_changed(person, {k: v for k, v in person_values.items() if v is not None})
        session.add(Membership(task_force_id=owner.id, person_id=person.id, status="active", **member_values))
        added += 1
    session.flush()
    return ImportResult(added=added, updated=updated, outcome=Outcome("", take_recorded(session)))


def _organisation_id(session: Session, organisations: Names, name: str) -> str:
    found = organisations.ids.get(name.casefold())
    if found is None:
        record = Organisation(id=new_id(), name=name)
        session.add(record)
        organisations.names.append(name)
        organisations.ids[name.casefold()] = record.id
        organisations.by_id[record.id] = name
        found = record.id
    return found
