"""Organisations, people, task-force memberships, candidacies and key players."""

from datetime import date
from typing import ClassVar

from sqlalchemy.orm import Mapped

from sic_desktop.db.base import Record, Scope
from sic_desktop.db.columns import day, flag, link, text

ROLES = ("TFL", "TFRR", "TFM")
# "to confirm": carried into a new cycle from the last one, for a leader to confirm (active) or end (left).
MEMBERSHIP_STATUSES = ("applied", "active", "to confirm", "inactive", "left")


class Organisation(Record):
    __tablename__ = "organisation"
    __scope__: ClassVar[Scope] = "shared"
    __label__ = "organisation"
    __title_field__ = "name"
    name: Mapped[str] = text("Name", required=True)
    type_id: Mapped[str | None] = link("organisation_type", "Type")
    country: Mapped[str | None] = text("Country")
    partner: Mapped[bool] = flag("Partner of the Initiative")
    url: Mapped[str | None] = text("Web site", check="url")


class Person(Record):
    __tablename__ = "person"
    __scope__: ClassVar[Scope] = "shared"
    __label__ = "person"
    __title_field__ = "name"
    name: Mapped[str] = text("Name", required=True)
    email: Mapped[str | None] = text("Email", check="email")
    organisation_id: Mapped[str | None] = link("organisation", "Organisation")
    country: Mapped[str | None] = text("Country")
    languages: Mapped[str | None] = text("Languages")
    expertise: Mapped[str | None] = text("Expertise", long=True)
    profile_url: Mapped[str | None] = text("Profile URL", check="url")


class Membership(Record):
    __tablename__ = "membership"
    __label__ = "membership"
    task_force_id: Mapped[str] = link("task_force", "Task force", required=True)
    person_id: Mapped[str] = link("person", "Person", required=True)
    cycle_id: Mapped[str | None] = link("cycle", "Cycle")
    role: Mapped[str] = text("Role", required=True, choices=ROLES)
    region_id: Mapped[str | None] = link("region", "Region")
    preferred_role: Mapped[str | None] = text("Preferred role", choices=ROLES)
    status: Mapped[str | None] = text("Status", choices=MEMBERSHIP_STATUSES)
    start: Mapped[date | None] = day("Start")
    end: Mapped[date | None] = day("End")


class Candidacy(Record):
    __tablename__ = "candidacy"
    __label__ = "candidacy"
    task_force_id: Mapped[str] = link("task_force", "Task force", required=True)
    person_id: Mapped[str] = link("person", "Person", required=True)
    cycle_id: Mapped[str | None] = link("cycle", "Cycle")
    role: Mapped[str] = text("Role", required=True, choices=("TFL", "TFRR"))
    region_id: Mapped[str | None] = link("region", "Region")
    motivation: Mapped[str | None] = text("Why qualified", long=True)
    key_players: Mapped[str | None] = text("Key players listed", long=True)
    exsec_proposal: Mapped[str | None] = text(
        "Secretariat proposal", choices=("proposed", "not proposed"))
    board_decision: Mapped[str | None] = text(
        "Governing Board decision", choices=("approved", "not approved", "pending"))
    decided_on: Mapped[date | None] = day("Decided on")


class Player(Record):
    __tablename__ = "player"
    __label__ = "key player"
    __title_field__ = "name"
    task_force_id: Mapped[str] = link("task_force", "Task force", required=True)
    name: Mapped[str] = text("Name", required=True)
    organisation_id: Mapped[str | None] = link("organisation", "Organisation")
    scope: Mapped[str | None] = text("Scope", choices=("global", "regional"))
    region_id: Mapped[str | None] = link("region", "Region")
    notes: Mapped[str | None] = text("Notes", long=True)
