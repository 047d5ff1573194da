"""The members of a task force (person and membership together), to and from a spreadsheet."""

from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sic_desktop.db.base import new_id
from sic_desktop.db.changelog import take_recorded
from sic_desktop.db.models import Membership, Organisation, Person, Region
from sic_desktop.db.models.people import MEMBERSHIP_STATUSES, ROLES
from sic_desktop.services.records import Outcome, assign_changed, check_writable
from sic_desktop.sheets.cells import is_empty
from sic_desktop.sheets.common import Cycles, ImportResult, check_ids, task_force_by_code
from sic_desktop.sheets.rows import Names, RowChecker, with_conventions
from sic_desktop.sheets.workbook import Column, read_list, write_list
from sic_desktop.text import Text

SHEET = "Members"
COLUMNS = (
    Column("ID", 38), Column("Name", 28, required=True), Column("Email", 30), Column("Organisation", 32),
    Column("Country", 16), Column("Region", 22), Column("Role", 8, ROLES),
    Column("Preferred role", 10, ROLES), Column("Status", 10, MEMBERSHIP_STATUSES), Column("Languages", 18),
    Column("Expertise", 50), Column("Profile URL", 36), Column("Cycle", 10),
)
PERSON_FIELDS = {"Name": "name", "Email": "email", "Country": "country", "Languages": "languages",
                 "Expertise": "expertise", "Profile URL": "profile_url"}
NEW_ROLE = "TFM"  # a new row without a role is a member, the least a person can be
NEW_STATUS = "active"


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
    years = Cycles(session).years
    rows = (
        (m.id, p.name, p.email, organisations.by_id.get(p.organisation_id or ""), p.country,
         regions.by_id.get(m.region_id or ""), m.role, m.preferred_role, m.status, p.languages,
         p.expertise, p.profile_url, years.get(m.cycle_id or ""))
        for m, p in session.execute(query).all()
    )
    return write_list(path, SHEET, COLUMNS, rows)


def import_members(session: Session, path: Path, *, task_force: str,
                   mapping: dict[str, str] | None = None, language: str | None = None) -> ImportResult:
    """Update members by ID (or by a known e-mail) and add the other rows; all or nothing.

    A row whose e-mail belongs to a known person is that person: their membership of this task force
    is updated, or one is added, never a second person. An organisation unknown by name is added.
    Only the columns the file has are read; an empty Role, Status or Cycle leaves the member's as it
    is (a new member is then a TFM, active, of the current cycle). A person is a member once per
    cycle: a row of another cycle than the person's membership adds one for that cycle.
    """
    owner = task_force_by_code(session, task_force)
    check_writable(session, Membership, {"task_force_id": owner.id})
    sheet = read_list(path, COLUMNS, explicit=mapping)
    present = sheet.present
    rows, conventions = with_conventions(sheet, (), language)
    checker = RowChecker(sheet, conventions)
    regions = Names(list(session.scalars(select(Region).where(Region.deleted.is_(False)))))
    organisations = Names(list(session.scalars(
        select(Organisation).where(Organisation.deleted.is_(False)))))
    memberships = {m.id: m for m in session.scalars(
        select(Membership).where(Membership.task_force_id == owner.id, Membership.deleted.is_(False)))}
    cycles = Cycles(session)
    by_person = {(m.person_id, m.cycle_id): m for m in memberships.values()}
    people = {p.id: p for p in session.scalars(select(Person).where(Person.deleted.is_(False)))}
    by_email = {p.email.casefold(): p for p in people.values() if p.email}
    parsed: list[tuple[int, str | None, dict[str, Any], dict[str, Any], str | None]] = []
    for number, cells in rows:
        person_values = {field: checker.value(number, cells, title, Person, field)
                         for title, field in PERSON_FIELDS.items() if title in present}
        member_values: dict[str, Any] = {}
        for title, field in (("Role", "role"), ("Preferred role", "preferred_role"), ("Status", "status")):
            if title in present and (field == "preferred_role" or not is_empty(cells.get(title))):
                member_values[field] = checker.choice(number, cells, title, Membership, field)
        if "Region" in present:
            member_values["region_id"] = checker.lookup(number, cells, "Region", regions, Text("region"))
        if "Cycle" in present and not is_empty(cells.get("Cycle")):
            member_values["cycle_id"] = cycles.read(checker, number, cells)
        organisation = None  # checked as an organisation's name: it may become a new record
        if "Organisation" in present and not is_empty(cells.get("Organisation")):
            organisation = checker.value(number, cells, "Organisation", Organisation, "name")
        record_id = check_ids(checker, number, cells, memberships, Text("member"), owner.code)
        parsed.append((number, record_id, person_values, member_values, organisation))
    checker.raise_if_any()

    result = ImportResult(added=0, updated=0, outcome=Outcome(""), notes=sheet.mapping.notes())
    for number, record_id, person_values, member_values, organisation in parsed:
        if organisation is not None:
            person_values["organisation_id"] = _organisation_id(session, organisations, organisation)
        email = person_values.get("email")
        known = by_email.get(email.casefold()) if email and record_id is None else None
        if known is not None:
            result.matches.append(Text("row %1: %2 is %3, already known", number, email, known.name))
            # A membership recorded before memberships had a cycle is the one a row without a cycle means.
            same = by_person.get((known.id, member_values.get("cycle_id", cycles.current))) or (
                None if "cycle_id" in member_values else by_person.get((known.id, None)))
            if same is not None:
                record_id = same.id
        if record_id is not None:
            membership = memberships[record_id]
            changed = assign_changed(people[membership.person_id], person_values)
            if assign_changed(membership, member_values) or changed:
                result.updated += 1
            else:
                result.unchanged += 1
            continue
        person = known
        if person is None:
            person = Person(id=new_id(), **person_values)
            session.add(person)
            if email:
                by_email[email.casefold()] = person
        else:
            assign_changed(person, {k: v for k, v in person_values.items() if v is not None})
        membership = Membership(id=new_id(), task_force_id=owner.id, person_id=person.id, **(
            {"role": NEW_ROLE, "status": NEW_STATUS, "cycle_id": cycles.current} | member_values))
        session.add(membership)
        memberships[membership.id] = by_person[(person.id, membership.cycle_id)] = membership
        result.added += 1
    session.flush()
    result.outcome = Outcome("", take_recorded(session))
    return result


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
