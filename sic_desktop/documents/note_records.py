"""A concept note between the database and its form: read one out, save a filled form in."""

import re
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sic_desktop.db import models as m
from sic_desktop.db.base import Record, new_id
from sic_desktop.db.changelog import RecordedChange, take_recorded
from sic_desktop.documents import form as f
from sic_desktop.documents.concept_note import NoteFacts
from sic_desktop.errors import InputRefused, NotFound, RowError
from sic_desktop.services.records import assign_changed, check_writable
from sic_desktop.services.validation import check_value, columns_of
from sic_desktop.text import Text, joined

CHILDREN: dict[str, type[Record]] = {
    "partners": m.ConceptNotePartner, "work_plan": m.WorkPlanItem, "budget": m.BudgetLine,
    "indicators": m.ConceptNoteIndicator,
}
NOTE_FIELDS = [fl.name for fl in f.FIELDS if fl.name not in ("id", "region", "lead_organisation")]


def load_note(session: Session, note_id: str) -> m.ConceptNote:
    note = session.get(m.ConceptNote, note_id)
    if note is None or note.deleted:
        raise NotFound(Text("No concept note with id %1", note_id))
    return note


def _live(session: Session, model: type[Record], **where: Any) -> list[Any]:
    query = select(model).where(model.deleted.is_(False))
    for key, value in where.items():
        query = query.where(getattr(model, key) == value)
    if "position" in columns_of(model):
        query = query.order_by(getattr(model, "position"), model.id)  # noqa: B009
    return list(session.scalars(query))


def _name(session: Session, model: type[Any], record_id: str | None, attribute: str = "name"
          ) -> str | None:
    record = session.get(model, record_id) if record_id else None
    return getattr(record, attribute) if record is not None else None


def form_from_note(session: Session, note_id: str) -> f.ConceptNoteForm:
    """The note and its repeating parts as a form (what the workbook and the document show)."""
    note = load_note(session, note_id)
    values: dict[str, Any] = {name: getattr(note, name) for name in NOTE_FIELDS}
    values["id"] = note.id
    values["region"] = _name(session, m.Region, note.region_id)
    values["lead_organisation"] = _name(session, m.Organisation, note.lead_organisation_id)
    values["partners"] = [
        f.Partner(organisation=_name(session, m.Organisation, p.organisation_id) or "",
                  role=p.role, contribution=p.contribution)
        for p in _live(session, m.ConceptNotePartner, concept_note_id=note.id)]
    values["work_plan"] = [
        f.WorkPlanItem(activity=w.activity, output=w.output, responsible=w.responsible,
                       start=w.start, end=w.end)
        for w in _live(session, m.WorkPlanItem, concept_note_id=note.id)]
    values["budget"] = [
        f.BudgetLine(item=b.item, category=b.category, requested=b.requested,
                     cofinancing_cash=b.cofinancing_cash, cofinancing_in_kind=b.cofinancing_in_kind,
                     source=b.source)
        for b in _live(session, m.BudgetLine, concept_note_id=note.id)]
    values["indicators"] = [
        f.Indicator(name=i.name, unit=i.unit, baseline=i.baseline, target=i.target,
                    measurement=i.measurement)
        for i in _live(session, m.ConceptNoteIndicator, concept_note_id=note.id)]
    return f.ConceptNoteForm(**values)


def note_facts(session: Session, note: m.ConceptNote, *, issued: date | None = None) -> NoteFacts:
    """What the document shows beside the form: version, status, task force, team, countries."""
    task_force = session.get(m.TaskForce, note.task_force_id)
    team = session.get(m.ProjectTeam, note.team_id) if note.team_id else None
    leader = _name(session, m.Person, team.leader_id) if team else None
    partners = _live(session, m.ConceptNotePartner, concept_note_id=note.id)
    countries = {}
    for partner in partners:
        organisation = session.get(m.Organisation, partner.organisation_id)
        if organisation is not None and organisation.country:
            countries[organisation.name] = organisation.country
    return NoteFacts(
        version=note.version, status=note.status, issued=issued,
        cycle=str(_name(session, m.Cycle, note.cycle_id, "year") or ""),
        task_force=f"{task_force.code} · {task_force.name}" if task_force else "",
        team=team.name if team else "", team_leader=leader or "", partner_countries=countries)


def choices(session: Session) -> f.Choices:
    """The workbook's lists, with the regions from the reference data."""
    regions = tuple(r.name for r in _live(session, m.Region))
    return f.Choices(regions=regions) if regions else f.Choices()


@dataclass(frozen=True)
class SavedNote:
    """What saving a form did: the note, whether it is new, and the logged changes."""

    note_id: str
    created: bool
    version: int
    changes: list[RecordedChange]


def save_form(session: Session, form: f.ConceptNoteForm, *, task_force: m.TaskForce
              ) -> SavedNote:
    """Create the note (no ID) or update the one the form names; parts are matched in order.

    A note edited after the STC assessed its current version gets a new version number, so the
    assessment stays pinned to the text it judged.
    """
    check_writable(session, m.ConceptNote, {"task_force_id": task_force.id})
    values: dict[str, Any] = {name: getattr(form, name) for name in NOTE_FIELDS}
    values["objectives_served"] = _objective_codes(session, form.objectives_served)
    values["region_id"] = _region_id(session, form.region)
    values["lead_organisation_id"] = (_organisation_id(session, form.lead_organisation)
                                      if form.lead_organisation else None)
    _check(m.ConceptNote, values, "Concept note")
    created = form.id is None
    if created:
        note = m.ConceptNote(id=new_id(), task_force_id=task_force.id, version=1,
                             status="draft", **values)
        session.add(note)
    else:
        note = _note_to_update(session, form.id or "", task_force)
        assign_changed(note, values)
    changed = _save_parts(session, note, form, task_force) or session.is_modified(note)
    if not created and changed and _assessed(session, note):
        note.version += 1
    session.flush()
    return SavedNote(note.id, created, note.version, take_recorded(session))


def _note_to_update(session: Session, note_id: str, task_force: m.TaskForce) -> m.ConceptNote:
    note = session.get(m.ConceptNote, note_id)
    if note is None or note.deleted or note.task_force_id != task_force.id:
        raise InputRefused(Text("Concept note, ID: no concept note %1 in task force %2; clear the ID to add "
                                "the note as a new one", repr(note_id), task_force.code))
    return note


def _assessed(session: Session, note: m.ConceptNote) -> bool:
    return bool(_live(session, m.Assessment, concept_note_id=note.id,
                      concept_note_version=note.version))


def _save_parts(session: Session, note: m.ConceptNote, form: f.ConceptNoteForm,
                task_force: m.TaskForce) -> bool:
    changed = False
    for part, model in CHILDREN.items():
        existing = _live(session, model, concept_note_id=note.id)
        for index, row in enumerate(getattr(form, part)):
            values = asdict(row)
            if part == "partners":
                values["organisation_id"] = _organisation_id(session, values.pop("organisation"))
            if "position" in columns_of(model):
                values["position"] = index + 1
            _check(model, values, f.PARTS[part].sheet, row=index + 2)
            if index < len(existing):
                changed = assign_changed(existing[index], values) or changed
            else:
                session.add(model(id=new_id(), task_force_id=task_force.id,
                                  concept_note_id=note.id, **values))
                changed = True
        for leftover in existing[len(getattr(form, part)):]:
            leftover.deleted = True
            changed = True
    return changed


def _check(model: type[Record], values: dict[str, Any], sheet: str, row: int = 0) -> None:
    columns = columns_of(model)
    for key, value in values.items():
        reason = check_value(columns[key], value)
        if reason:
            label = str(columns[key].info.get("label", key))
            if not row:
                raise InputRefused(Text("%1, %2: %3", sheet, label, reason))
            raise RowError(sheet=sheet, row=row, column=label, reason=reason)


def _objective_codes(session: Session, text: str | None) -> str | None:
    """Objective codes checked against the reference list and written one way: "A2, A5"."""
    if not text:
        return None
    known = {o.code.casefold(): o.code for o in _live(session, m.Objective)}
    codes = []
    for part in re.split(r"[,;\s]+", text):
        if not part:
            continue
        code = known.get(part.casefold())
        if code is None:
            raise InputRefused(Text("Concept note, Task force objective(s): unknown objective %1; known: %2",
                                    repr(part), joined(sorted(known.values()))))
        if code not in codes:
            codes.append(code)
    return ", ".join(codes) or None


def _region_id(session: Session, name: str | None) -> str | None:
    if not name:
        return None
    for region in _live(session, m.Region):
        if region.name.casefold() == name.casefold():
            return str(region.id)
    raise InputRefused(Text("Concept note, Region: unknown region %1", repr(name)))


def _organisation_id(session: Session, name: str) -> str:
    """The organisation of that name; a new one when none is known (as the member import does)."""
    for organisation in _live(session, m.Organisation):
        if organisation.name.casefold() == name.casefold():
            return str(organisation.id)
    organisation = m.Organisation(id=new_id(), name=name)
    session.add(organisation)
    session.flush()
    return organisation.id
