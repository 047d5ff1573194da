"""Which records a site's master bundle may carry: its task forces', the shared ones, the Initiative's."""

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from sic_desktop.db.models import TaskForce
from sic_desktop.initiative import INITIATIVE_WIDE_RECORDS
from sic_desktop.sync import wire

# The parts of a concept note an STC assessor's copy receives with it.
STC_PARTS = ("concept_note_partner", "work_plan_item", "budget_line", "concept_note_indicator")


class Scope:
    """Which records a site may see: reference and shared data, and its task forces' records
    (with `only_task_forces`, just those records). People are shared, but a person another task
    force's records name (a member, a candidate, a participant, a team member) goes only to a site
    whose own records name them too: a region's laptop holds no other task force's people. People
    no task force names yet (just added, to be enrolled) go to every site, and a person's
    memberships of other task forces go with them (so the site knows it may not edit them). An STC
    assessor's copy (`stc`) sees the concept notes submitted for assessment, with their parts, steps
    and assessments."""

    def __init__(self, session: Session, codes: tuple[str, ...], *, only_task_forces: bool = False,
                 stc: bool = False) -> None:
        task_forces = set(session.scalars(select(TaskForce.id).where(TaskForce.code.in_(codes))))
        # None: every record of the table.
        self.visible: dict[str, set[str] | None] = {}
        for name, model in wire.models().items():
            if model.cls.__scope__ in ("reference", "shared"):
                self.visible[name] = set() if only_task_forces else None
                continue
            table: Table = model.table
            self.visible[name] = set(
                session.scalars(select(table.c.id).where(table.c.task_force_id.in_(task_forces)))
            )
        if stc:
            self._submitted(session)
        elif not only_task_forces:  # (a widened scope's new task forces bring no Initiative records)
            self._initiative_wide(session)
        if not only_task_forces:
            people = {str(i) for i in session.scalars(select(wire.models()["person"].table.c.id))}
            named = self._named("person", session)
            self.visible["person"] = people - self._named("person", session, everyone=True) | named
            if not stc:  # their other task forces' memberships: whether the site may edit them
                self._memberships_of(session, named)

    def _initiative_wide(self, session: Session) -> None:
        """The whole Initiative's records (the TF leaders' meetings), whichever task force recorded
        them: every region sees them in its cycle and adds its own participants."""
        for name, (field, value) in INITIATIVE_WIDE_RECORDS.items():
            table = wire.models()[name].table
            held = self.visible.setdefault(name, set())
            assert held is not None
            held.update(str(i) for i in session.scalars(select(table.c.id).where(table.c[field] == value)))

    def _memberships_of(self, session: Session, people: set[str]) -> None:
        table = wire.models()["membership"].table
        ordered, held = sorted(people), self.visible.setdefault("membership", set())
        assert held is not None
        for start in range(0, len(ordered), 500):
            held.update(str(i) for i in session.scalars(
                select(table.c.id).where(table.c.person_id.in_(ordered[start:start + 500]))))

    def _submitted(self, session: Session) -> None:
        from sic_desktop.services.note_status import submitted

        notes = {str(i) for i in session.scalars(select(wire.models()["concept_note"].table.c.id))}
        notes = {note for note in notes if submitted(session, note)}
        self.visible["concept_note"] = notes
        for name in (*STC_PARTS, "assessment", "note_status_change"):
            table = wire.models()[name].table
            self.visible[name] = set(session.scalars(
                select(table.c.id).where(table.c.concept_note_id.in_(sorted(notes)))))
        scores = wire.models()["assessment_score"].table
        self.visible["assessment_score"] = set(session.scalars(
            select(scores.c.id).where(scores.c.assessment_id.in_(sorted(self.visible["assessment"] or ())))))

    def _named(self, parent: str, session: Session, *, everyone: bool = False) -> set[str]:
        """The records of `parent` that the site's own task-force records link to (`everyone`: that
        any task force's records link to)."""
        named: set[str] = set()
        for name, model in wire.models().items():
            if model.cls.__scope__ != "task_force":
                continue
            if everyone:
                for column in model.columns.values():
                    if column.info.get("link") == parent:
                        values = session.scalars(select(column).distinct())
                        named.update(str(v) for v in values if v is not None)
                continue
            ids = self.visible.get(name)
            if not ids:
                continue
            ordered = sorted(ids)
            for column in model.columns.values():
                if column.info.get("link") != parent:
                    continue
                for start in range(0, len(ordered), 500):
                    chunk = ordered[start:start + 500]
                    named.update(str(v) for v in session.scalars(
                        select(column).where(model.table.c.id.in_(chunk))) if v is not None)
        return named

    def holds(self, table: str, record: str) -> bool:
        ids = self.visible.get(table, set())
        return ids is None or record in ids

    def records(self, session: Session, table: str) -> set[str]:
        ids = self.visible.get(table, set())
        if ids is None:
            ids = {str(i) for i in session.scalars(select(wire.models()[table].table.c.id))}
        return ids
