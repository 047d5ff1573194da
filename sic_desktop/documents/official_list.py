"""The official list of a cycle: the TF leaders and regional representatives the Governing Board approved."""

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from sic_desktop.db import models as m
from sic_desktop.documents.annual_report import find_cycle
from sic_desktop.documents.contexts import OfficialListContext, OfficialRow, OfficialTaskForce
from sic_desktop.documents.languages import long_date, short_date
from sic_desktop.services.nominations import APPROVED

ROLE_ORDER = {"TFL": 0, "TFRR": 1}


def official_list(session: Session, *, year: int, issued: date | None = None) -> OfficialListContext:
    """Every task force in code order, each with the candidates the Board approved for that cycle."""
    cycle = find_cycle(session, year)
    people = {p.id: p for p in session.scalars(select(m.Person))}
    organisations = {o.id: o.name for o in session.scalars(select(m.Organisation)
                                                            .where(m.Organisation.deleted.is_(False)))}
    regions = {r.id: r.name for r in session.scalars(select(m.Region))}
    by_task_force: dict[str, list[tuple[tuple[int, str, str], OfficialRow]]] = {}
    for candidacy in session.scalars(select(m.Candidacy).where(
            m.Candidacy.deleted.is_(False), m.Candidacy.cycle_id == cycle.id,
            m.Candidacy.board_decision == APPROVED)):
        person = people.get(candidacy.person_id)
        if person is None or person.deleted:
            continue
        region = regions.get(candidacy.region_id or "", "") if candidacy.role == "TFRR" else ""
        row = OfficialRow(role=candidacy.role, name=person.name,
                          organisation=organisations.get(person.organisation_id or "", ""),
                          country=person.country or "", region=region,
                          approved=short_date(candidacy.decided_on))
        key = (ROLE_ORDER.get(candidacy.role, 2), region.casefold(), person.name.casefold())
        by_task_force.setdefault(candidacy.task_force_id, []).append((key, row))
    task_forces = [
        OfficialTaskForce(heading=f"{tf.code} · {tf.name}",
                          people=[row for _, row in sorted(by_task_force.get(tf.id, []),
                                                           key=lambda pair: pair[0])])
        for tf in sorted(session.scalars(select(m.TaskForce).where(m.TaskForce.deleted.is_(False))),
                         key=lambda tf: _code_order(tf.code))
    ]
    listed = sum(len(tf["people"]) for tf in task_forces)
    return OfficialListContext(
        doc_label="Official list", title=f"Official list {cycle.year}", cycle=str(cycle.year),
        scope="All task forces", issued=long_date(issued or date.today()), task_forces=task_forces,
        count=str(listed))


def _code_order(code: str) -> tuple[str, int, str]:
    """A2 before A10: the goal's letter, then the objective's number."""
    digits = "".join(ch for ch in code if ch.isdigit())
    return code[:1], int(digits) if digits else 0, code
