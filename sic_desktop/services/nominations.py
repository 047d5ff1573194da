"""Nominations: a candidacy the Secretariat proposed and the Governing Board approved becomes a membership.

Checked on every local write at flush (window, `records set`, imports), so however the Board's decision
is typed it is refused, with the reason, when the person's organisation is not a partner of the
Initiative, and otherwise makes (or re-activates) the person's TFL or TFRR membership in the same
transaction: the membership travels to the regions with the decision, in the same master bundle.
"""

from typing import Any

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import Session, UOWTransaction

from sic_desktop.db import models as m
from sic_desktop.db.changelog import StoreSession
from sic_desktop.errors import InputRefused
from sic_desktop.text import Text

APPROVED = "approved"
PROPOSED = "proposed"


class NominationRefused(InputRefused):
    """The Board's approval of a candidacy cannot be recorded (not proposed, not from a partner)."""


def _changed(obj: m.Candidacy, *keys: str) -> bool:
    state = inspect(obj)
    return any(state.attrs[key].history.has_changes() for key in keys)


def _get(session: Session, model: Any, record_id: str | None) -> Any:
    if record_id is None:
        return None
    found = next((o for o in session.new if isinstance(o, model) and o.id == record_id), None)
    with session.no_autoflush:
        return found or session.get(model, record_id)


def _who(session: Session, candidacy: m.Candidacy) -> tuple[str, str]:
    person = _get(session, m.Person, candidacy.person_id)
    task_force = _get(session, m.TaskForce, candidacy.task_force_id)
    return (person.name if person else str(candidacy.person_id),
            task_force.code if task_force else str(candidacy.task_force_id))


def partner_refusal(session: Session, candidacy: m.Candidacy) -> Text | None:
    """Why this candidate cannot be TFL or TFRR (None: they can): only partners' people can."""
    name, code = _who(session, candidacy)
    person = _get(session, m.Person, candidacy.person_id)
    organisation = _get(session, m.Organisation, person.organisation_id if person else None)
    if organisation is None or organisation.deleted:
        return Text("%1 cannot be %2 of task force %3: no organisation is recorded for them, and only "
                    "people from a partner organisation of the Initiative can be TFL or TFRR",
                    name, candidacy.role, code)
    if not organisation.partner:
        return Text("%1 cannot be %2 of task force %3: their organisation, %4, is not a partner of the "
                    "Initiative, and only people from a partner organisation can be TFL or TFRR",
                    name, candidacy.role, code, organisation.name)
    return None


def check_approval(session: Session, candidacy: m.Candidacy) -> None:
    """Refuse an approval the Secretariat did not propose, or of a person outside the partners."""
    if candidacy.exsec_proposal != PROPOSED:
        name, code = _who(session, candidacy)
        raise NominationRefused(Text(
            "The Governing Board approves the candidates the Secretariat proposes: %1 has not been "
            "proposed as %2 of task force %3", name, candidacy.role, code))
    reason = partner_refusal(session, candidacy)
    if reason is not None:
        raise NominationRefused(reason)


def membership_values(candidacy: m.Candidacy) -> dict[str, Any]:
    """The membership an approved candidacy makes: the one place that says which fields it gets."""
    return {"task_force_id": candidacy.task_force_id, "person_id": candidacy.person_id,
            "role": candidacy.role, "region_id": candidacy.region_id, "cycle_id": candidacy.cycle_id}


def _same_seat(values: dict[str, Any]) -> dict[str, Any]:
    """What makes a membership the same appointment: a TFRR's region counts, a TFL's does not (the
    cycle is matched apart: a membership recorded before memberships had a cycle holds in every one)."""
    return {key: value for key, value in values.items()
            if key != "cycle_id" and (key != "region_id" or values["role"] == "TFRR")}


def appoint(session: Session, candidacy: m.Candidacy) -> m.Membership:
    """The person's membership in that role: an existing one made active, else a new one."""
    values = membership_values(candidacy)
    seat = _same_seat(values)
    cycles = (None, values["cycle_id"])
    with session.no_autoflush:
        existing = session.scalars(select(m.Membership).where(
            m.Membership.deleted.is_(False),
            m.Membership.cycle_id.is_(None) | (m.Membership.cycle_id == values["cycle_id"]),
            *(getattr(m.Membership, key).is_(None) if value is None else getattr(m.Membership, key) == value
              for key, value in seat.items()))).first()
    existing = existing or next((o for o in session.new if isinstance(o, m.Membership)
                                 and o.cycle_id in cycles
                                 and all(getattr(o, k) == v for k, v in seat.items())), None)
    if existing is not None:
        if existing.status != "active":
            existing.status = "active"
        return existing
    membership = m.Membership(**values, status="active", start=candidacy.decided_on)
    session.add(membership)
    return membership


@event.listens_for(StoreSession, "before_flush", insert=True)
def _before_flush(session: Session, _flush: UOWTransaction, _instances: object) -> None:
    if session.info.get("sic_mode") is not None:  # shipped reference data, or received changes
        return
    candidacies = [o for o in session.new if isinstance(o, m.Candidacy)]
    candidacies += [o for o in session.dirty if isinstance(o, m.Candidacy) and o not in session.new
                    and _changed(o, "board_decision", "exsec_proposal", "person_id", "role", "deleted")]
    for candidacy in candidacies:
        if candidacy.board_decision == APPROVED and not candidacy.deleted:
            check_approval(session, candidacy)
            if _is_secretariat(session):
                appoint(session, candidacy)


def _is_secretariat(session: Session) -> bool:
    """Only the Secretariat records the Board's decisions; a regional copy receives their memberships."""
    with session.no_autoflush:
        role = session.scalars(select(m.Site.role)).one_or_none()
    return role != "regional"
