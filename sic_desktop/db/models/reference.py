"""Reference data owned by the Secretariat: steps, roles, goals, objectives, task forces, regions."""

from datetime import date
from typing import ClassVar

from sqlalchemy.orm import Mapped

from sic_desktop.db.base import Record, Scope
from sic_desktop.db.columns import day, link, text, whole

PHASES = (
    "Consolidate TFs", "I Stocktaking & planning", "II Ideation & team building",
    "III Project conception", "IV Scouting for funding", "V Securing funding",
    "VI Implementation", "Backstopping & monitoring",
)


class Reference(Record):
    """A record only the Secretariat may change; read-only in a regional copy."""

    __abstract__ = True
    __scope__: ClassVar[Scope] = "reference"


class Step(Reference):
    __tablename__ = "step"
    __label__ = "step"
    __title_field__ = "title"
    number: Mapped[int] = whole("Number", required=True)
    phase: Mapped[str] = text("Phase", required=True)
    title: Mapped[str] = text("Step", required=True)
    outputs: Mapped[str | None] = text("Outputs", long=True)
    actors: Mapped[str | None] = text("Who acts")


class Role(Reference):
    __tablename__ = "role"
    __label__ = "role"
    __title_field__ = "code"
    code: Mapped[str] = text("Code", required=True)
    name: Mapped[str] = text("Name", required=True)
    description: Mapped[str | None] = text("Description", long=True)


class Goal(Reference):
    __tablename__ = "goal"
    __label__ = "goal"
    __title_field__ = "code"
    code: Mapped[str] = text("Code", required=True)
    title: Mapped[str] = text("Title", required=True)


class Objective(Reference):
    __tablename__ = "objective"
    __label__ = "objective"
    __title_field__ = "code"
    goal_id: Mapped[str] = link("goal", "Goal", required=True)
    code: Mapped[str] = text("Code", required=True)
    title: Mapped[str] = text("Title", required=True)
    target_2030: Mapped[str | None] = text("Target 2030", long=True)
    target_2050: Mapped[str | None] = text("Target 2050", long=True)


class TaskForce(Reference):
    __tablename__ = "task_force"
    __label__ = "task force"
    __title_field__ = "code"
    objective_id: Mapped[str] = link("objective", "Objective", required=True)
    code: Mapped[str] = text("Code", required=True)
    name: Mapped[str] = text("Name", required=True)


class Region(Reference):
    __tablename__ = "region"
    __label__ = "region"
    __title_field__ = "name"
    name: Mapped[str] = text("Name", required=True)


class OrganisationType(Reference):
    __tablename__ = "organisation_type"
    __label__ = "organisation type"
    __title_field__ = "name"
    name: Mapped[str] = text("Name", required=True)


class Criterion(Reference):
    __tablename__ = "criterion"
    __label__ = "STC criterion"
    __title_field__ = "code"
    code: Mapped[str] = text("Code", required=True)
    title: Mapped[str] = text("Title", required=True)
    group: Mapped[str | None] = text("Group")
    # The scores an assessor may give; empty means services/assessments.DEFAULT_SCALE.
    scale_min: Mapped[int | None] = whole("Lowest score")
    scale_max: Mapped[int | None] = whole("Highest score")


class Cycle(Reference):
    __tablename__ = "cycle"
    __label__ = "cycle"
    __title_field__ = "year"
    year: Mapped[int] = whole("Year", required=True)
    title: Mapped[str | None] = text("Title")


class StepWindow(Reference):
    __tablename__ = "step_window"
    __label__ = "step window"
    cycle_id: Mapped[str] = link("cycle", "Cycle", required=True)
    step_id: Mapped[str] = link("step", "Step", required=True)
    start: Mapped[date | None] = day("Start")
    end: Mapped[date | None] = day("End")
