"""The benchmark dataset: 24 task forces, 3,000 people, 20,000 activities, 500 concept notes, 300 meetings.

`python -m bench.dataset FILE` builds it into a new database through the ORM, so every row has its
change-log entries as real use would leave them. `dataset_path()` builds it once and reuses it.
"""

import random
import shutil
import sys
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select

from sic_desktop.db.base import Record
from sic_desktop.db.models import (
    ActionItem,
    ActionPlan,
    Activity,
    AgendaItem,
    BudgetLine,
    ConceptNote,
    ConceptNoteIndicator,
    ConceptNotePartner,
    Cycle,
    Decision,
    Goal,
    Indicator,
    Meeting,
    MeetingParticipant,
    Membership,
    Objective,
    Organisation,
    OrganisationType,
    Person,
    ProjectTeam,
    Region,
    TaskForce,
    WorkPlanItem,
)
from sic_desktop.services.site import init_database

CACHE = Path(__file__).resolve().parent / ".cache"
WORDS = tuple(
    [
        "soil",
        "carbon",
        "agroforestry",
        "restoration",
        "grazing",
        "compost",
        "biochar",
        "mapping",
        "training",
        "policy",
        "finance",
        "monitoring",
        "rice",
        "drylands",
        "wetlands",
        "peat",
        "erosion",
        "cover",
        "crops",
        "extension",
        "farmers",
        "measurement",
        "inventory",
        "baseline",
        "landscape",
        "rangeland",
        "water",
        "nutrient",
        "livestock",
        "markets",
    ]
)
COUNTRIES = (
    "Kenya",
    "Senegal",
    "France",
    "Brazil",
    "India",
    "Viet Nam",
    "Morocco",
    "Canada",
    "Australia",
    "Peru",
    "Ghana",
    "Spain",
    "Chile",
    "Indonesia",
    "Ethiopia",
    "Mexico",
)
STATUSES = ("planned", "ongoing", "completed")


def words(rng: random.Random, count: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(count))


def build(path: Path, *, seed: int = 4_1000) -> Path:
    """Write the benchmark dataset into a new database at `path`."""
    rng = random.Random(seed)
    store = init_database(path, role="secretariat", name="Executive Secretariat (benchmark)")
    with store.session() as session, session.begin():
        regions = list(session.scalars(select(Region)))
        org_types = list(session.scalars(select(OrganisationType)))
        task_forces = list(session.scalars(select(TaskForce)))
        for letter in "BCDEF":  # the Secretariat enters goals B-F; four objectives each make 24 TFs
            goal = Goal(code=letter, title=f"Goal {letter}")
            session.add(goal)
            session.flush()
            for number in range(1, 5 if letter != "F" else 3):
                objective = Objective(
                    goal_id=goal.id, code=f"{letter}{number}", title=f"Objective {letter}{number}"
                )
                session.add(objective)
                session.flush()
                task_force = TaskForce(
                    objective_id=objective.id, code=objective.code, name=f"Task force {objective.code}"
                )
                session.add(task_force)
                task_forces.append(task_force)
        session.flush()
        batch: list[Record] = []
        organisations = [
            Organisation(
                name=f"{words(rng, 2).title()} Institute {n}",
                type_id=rng.choice(org_types).id,
                country=rng.choice(COUNTRIES),
                partner=rng.random() < 0.6,
            )
            for n in range(300)
        ]
        batch += organisations
        people = [
            Person(
                name=f"Person {n:04d} {rng.choice(WORDS).title()}",
                email=f"person{n}@example.org",
                organisation_id=rng.choice(organisations).id,
                country=rng.choice(COUNTRIES),
                expertise=words(rng, 8),
                profile_url=f"https://example.org/people/{n}",
            )
            for n in range(3000)
        ]
        batch += people
        _assign_ids(batch)
        members_by_tf: dict[str, list[Person]] = {}
        cycle = session.scalars(select(Cycle.id).order_by(Cycle.year)).first()  # members of the first cycle
        for person in people:
            task_force = rng.choice(task_forces)
            members_by_tf.setdefault(task_force.id, []).append(person)
            role = rng.choices(("TFM", "TFRR", "TFL"), weights=(90, 8, 2))[0]
            batch.append(
                Membership(
                    task_force_id=task_force.id,
                    person_id=person.id,
                    cycle_id=cycle,
                    role=role,
                    region_id=rng.choice(regions).id,
                    status="active",
                )
            )
        for n in range(20_000):
            start = date(2015, 1, 1) + timedelta(days=rng.randrange(3000))
            batch.append(
                Activity(
                    task_force_id=rng.choice(task_forces).id,
                    title=f"{words(rng, 4).capitalize()} {n}",
                    description=words(rng, 25),
                    region_id=rng.choice(regions).id,
                    countries=", ".join(rng.sample(COUNTRIES, 2)),
                    sponsor=rng.choice(organisations).name,
                    owner=rng.choice(organisations).name,
                    url=f"https://example.org/activities/{n}",
                    status=rng.choice(STATUSES),
                    start=start,
                    end=start + timedelta(days=rng.randrange(90, 1500)),
                    budget=float(rng.randrange(10_000, 5_000_000)),
                    currency=rng.choice(("EUR", "USD")),
                )
            )
        for task_force in task_forces:
            plan = ActionPlan(task_force_id=task_force.id, title=f"Action plan {task_force.code}")
            batch.append(plan)
            _assign_ids([plan])
            batch += [
                ActionItem(
                    task_force_id=task_force.id, action_plan_id=plan.id, what=words(rng, 8), status="open"
                )
                for _ in range(10)
            ]
            batch += [
                Indicator(
                    task_force_id=task_force.id,
                    action_plan_id=plan.id,
                    name=words(rng, 4),
                    unit="ha",
                    baseline=0.0,
                    target_2030=float(rng.randrange(100, 10_000)),
                )
                for _ in range(5)
            ]
        _add_meetings(batch, rng, task_forces, members_by_tf)
        _add_concept_notes(batch, rng, task_forces, members_by_tf, organisations, regions)
        session.add_all(batch)
    store.close()
    return path


def _assign_ids(records: list[Record]) -> None:
    from sic_desktop.db.base import new_id

    for record in records:
        record.id = new_id()


def _add_meetings(
    batch: list[Record],
    rng: random.Random,
    task_forces: list[TaskForce],
    members_by_tf: dict[str, list[Person]],
) -> None:
    for n in range(300):
        task_force = rng.choice(task_forces)
        meeting = Meeting(
            task_force_id=task_force.id,
            kind=rng.choice(("TF meeting", "TFL meeting")),
            title=f"{task_force.code} meeting {n}",
            held_on=date(2023, 1, 1) + timedelta(days=rng.randrange(700)),
            place="Online",
            online=True,
            minutes=words(rng, 60),
        )
        _assign_ids([meeting])
        batch.append(meeting)
        members = members_by_tf.get(task_force.id, [])
        for person in rng.sample(members, min(8, len(members))):
            batch.append(
                MeetingParticipant(
                    task_force_id=task_force.id,
                    meeting_id=meeting.id,
                    person_id=person.id,
                    attendance="present",
                )
            )
        for position in range(1, 5):
            batch.append(
                AgendaItem(
                    task_force_id=task_force.id,
                    meeting_id=meeting.id,
                    position=position,
                    title=words(rng, 4).capitalize(),
                )
            )
        batch.append(
            Decision(task_force_id=task_force.id, meeting_id=meeting.id, position=1, text=words(rng, 12))
        )


def _add_concept_notes(
    batch: list[Record],
    rng: random.Random,
    task_forces: list[TaskForce],
    members_by_tf: dict[str, list[Person]],
    organisations: list[Organisation],
    regions: list[Region],
) -> None:
    for n in range(500):
        task_force = rng.choice(task_forces)
        members = members_by_tf.get(task_force.id) or [None]
        leader = rng.choice(members)
        team = ProjectTeam(
            task_force_id=task_force.id,
            name=f"Team {n}",
            leader_id=leader.id if leader else None,
            region_id=rng.choice(regions).id,
        )
        note = ConceptNote(
            task_force_id=task_force.id,
            title=f"{words(rng, 5).capitalize()} ({n})",
            acronym=f"CN{n}",
            version=1,
            countries=", ".join(rng.sample(COUNTRIES, 3)),
            region_id=team.region_id,
            lead_organisation_id=rng.choice(organisations).id,
            context=words(rng, 120),
            problem=words(rng, 80),
            objectives=words(rng, 60),
            outcomes=words(rng, 60),
            activities=words(rng, 80),
            theory_of_change=words(rng, 80),
            soil_carbon_actions=words(rng, 50),
            soc_change=round(rng.uniform(0.1, 1.5), 2),
            area_ha=float(rng.randrange(500, 50_000)),
            duration_months=rng.choice((24, 36, 48)),
            currency="EUR",
            amount_requested=float(rng.randrange(200_000, 5_000_000)),
            risks=words(rng, 40),
            sustainability=words(rng, 40),
        )
        _assign_ids([team, note])
        note.team_id = team.id
        batch += [team, note]
        for organisation in rng.sample(organisations, 3):
            batch.append(
                ConceptNotePartner(
                    task_force_id=task_force.id,
                    concept_note_id=note.id,
                    organisation_id=organisation.id,
                    role="partner",
                )
            )
        # Status is derived from the records (never typed): with an indicator the note is complete.
        batch.append(ConceptNoteIndicator(task_force_id=task_force.id, concept_note_id=note.id,
                                          name=words(rng, 4).capitalize(), unit="t C/ha", target="+0.4 %"))
        for position in range(1, 7):
            batch.append(
                WorkPlanItem(
                    task_force_id=task_force.id,
                    concept_note_id=note.id,
                    position=position,
                    activity=words(rng, 5).capitalize(),
                )
            )
            batch.append(
                BudgetLine(
                    task_force_id=task_force.id,
                    concept_note_id=note.id,
                    position=position,
                    item=words(rng, 3).capitalize(),
                    requested=float(rng.randrange(10_000, 500_000)),
                )
            )


def dataset_path() -> Path:
    """The benchmark dataset, built on first use and kept in bench/.cache."""
    cached = CACHE / "dataset.sqlite"
    if not cached.exists():
        CACHE.mkdir(exist_ok=True)
        partial = CACHE / "dataset.partial.sqlite"
        for leftover in CACHE.glob("dataset.partial.sqlite*"):
            leftover.unlink()
        build(partial)
        partial.replace(cached)
    return cached


def fresh_copy(target: Path) -> Path:
    """A private copy of the benchmark dataset that a benchmark may change."""
    shutil.copyfile(dataset_path(), target)
    return target


if __name__ == "__main__":
    destination = Path(sys.argv[1]) if len(sys.argv) > 1 else dataset_path()
    if len(sys.argv) > 1:
        build(destination)
    print(destination)
