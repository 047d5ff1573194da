"""Reading back what an import stored: people with their membership of a task force."""

from typing import Any

from sqlalchemy import select

from sic_desktop.db.models import Membership, Organisation, Person
from sic_desktop.db.store import Store
from sic_desktop.services.reference import reference_id


def members_of(store: Store, code: str = "A1") -> dict[str, dict[str, Any]]:
    """{name: person and membership fields} for the task force's live members."""
    task_force = reference_id("task_force", code)
    with store.session() as session:
        rows = session.execute(
            select(Person, Membership).join(Membership, Membership.person_id == Person.id)
            .where(Membership.task_force_id == task_force, Membership.deleted.is_(False))).all()
        organisations = {o.id: o.name for o in session.scalars(select(Organisation))}
        return {p.name: {"email": p.email, "country": p.country, "languages": p.languages,
                         "organisation": organisations.get(p.organisation_id or ""), "role": m.role,
                         "preferred_role": m.preferred_role, "status": m.status, "person_id": p.id,
                         "membership_id": m.id}
                for p, m in rows}
