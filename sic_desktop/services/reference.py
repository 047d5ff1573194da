"""Loading the reference data shipped in resources/ into a new database, with the same ids everywhere."""

import json
import uuid
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from sic_desktop.db.base import Record
from sic_desktop.db.changelog import SEED_NAMESPACE, seeding
from sic_desktop.db.models import (
    Criterion,
    Cycle,
    Goal,
    Objective,
    OrganisationType,
    Region,
    Role,
    Step,
    StepWindow,
    TaskForce,
)
from sic_desktop.paths import resources_dir


def reference_id(table: str, key: str) -> str:
    """The id of a shipped reference record: derived from its natural key, equal in every copy."""
    return str(uuid.uuid5(SEED_NAMESPACE, f"{table}:{key}"))


def load_reference_data(session: Session) -> int:
    """Add the shipped steps, roles, goals, objectives, task forces, regions and criteria."""
    data = json.loads((resources_dir() / "reference.json").read_text(encoding="utf-8"))
    records: list[Record] = []

    def add(model: type[Record], key: str, **values: Any) -> str:
        record_id = reference_id(model.__tablename__, key)
        records.append(model(id=record_id, **values))
        return record_id

    step_ids = {}
    for step in data["steps"]:
        step_ids[str(step["number"])] = add(Step, str(step["number"]), **step)
    for role in data["roles"]:
        add(Role, role["code"], **role)
    for goal in data["goals"]:
        goal_id = add(Goal, goal["code"], code=goal["code"], title=goal["title"])
        for objective in goal["objectives"]:
            objective_id = add(Objective, objective["code"], goal_id=goal_id, **objective)
            add(TaskForce, objective["code"], objective_id=objective_id,
                code=objective["code"], name=objective["title"])
    for name in data["regions"]:
        add(Region, name, name=name)
    for name in data["organisation_types"]:
        add(OrganisationType, name, name=name)
    for criterion in data["criteria"]:
        add(Criterion, criterion["code"], **criterion)
    cycle = data["first_cycle"]
    cycle_id = add(Cycle, str(cycle["year"]), year=cycle["year"], title=cycle["title"])
    for number, (start, end) in cycle["windows"].items():
        add(StepWindow, f"{cycle['year']}:{number}", cycle_id=cycle_id, step_id=step_ids[number],
            start=date.fromisoformat(start), end=date.fromisoformat(end))
    with seeding(session):
        session.add_all(records)
    return len(records)
