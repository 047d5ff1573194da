"""Action plans with action items and indicators, and the inventory of activities."""

from datetime import date
from typing import ClassVar

from sqlalchemy.orm import Mapped

from sic_desktop.db.base import Record, Scope
from sic_desktop.db.columns import day, link, number, text, whole

ACTIVITY_STATUSES = ("planned", "ongoing", "completed")
ITEM_STATUSES = ("open", "in progress", "done", "dropped")


class ActionPlan(Record):
    __tablename__ = "action_plan"
    __label__ = "action plan"
    __title_field__ = "title"
    task_force_id: Mapped[str] = link("task_force", "Task force", required=True)
    cycle_id: Mapped[str | None] = link("cycle", "Cycle")
    title: Mapped[str] = text("Title", required=True)
    baseline: Mapped[str | None] = text("Baseline", long=True)


class ActionItem(Record):
    __tablename__ = "action_item"
    __label__ = "action item"
    __title_field__ = "what"
    task_force_id: Mapped[str] = link("task_force", "Task force", required=True)
    action_plan_id: Mapped[str] = link("action_plan", "Action plan", required=True)
    what: Mapped[str] = text("What", required=True, long=True)
    who: Mapped[str | None] = text("Who")
    due: Mapped[date | None] = day("Due")
    status: Mapped[str | None] = text("Status", choices=ITEM_STATUSES)


class Indicator(Record):
    __tablename__ = "indicator"
    __label__ = "indicator"
    __title_field__ = "name"
    task_force_id: Mapped[str] = link("task_force", "Task force", required=True)
    action_plan_id: Mapped[str] = link("action_plan", "Action plan", required=True)
    name: Mapped[str] = text("Indicator", required=True)
    unit: Mapped[str | None] = text("Unit")
    baseline: Mapped[float | None] = number("Baseline", positive=False)
    target_cycle: Mapped[float | None] = number("Target this cycle", positive=False)
    target_2030: Mapped[float | None] = number("Target 2030", positive=False)
    target_2050: Mapped[float | None] = number("Target 2050", positive=False)


class IndicatorValue(Record):
    __tablename__ = "indicator_value"
    __label__ = "measured value"
    task_force_id: Mapped[str] = link("task_force", "Task force", required=True)
    indicator_id: Mapped[str] = link("indicator", "Indicator", required=True)
    measured_on: Mapped[date] = day("Measured on", required=True)
    value: Mapped[float] = number("Value", required=True, positive=False)
    note: Mapped[str | None] = text("Note")


class Activity(Record):
    __tablename__ = "activity"
    __label__ = "activity"
    __title_field__ = "title"
    task_force_id: Mapped[str] = link("task_force", "Task force", required=True)
    cycle_id: Mapped[str | None] = link("cycle", "Cycle recorded in")
    title: Mapped[str] = text("Title", required=True)
    description: Mapped[str | None] = text("Description", long=True)
    region_id: Mapped[str | None] = link("region", "Region")
    countries: Mapped[str | None] = text("Countries")
    sponsor: Mapped[str | None] = text("Sponsor")
    owner: Mapped[str | None] = text("Owner")
    url: Mapped[str | None] = text("URL", check="url")
    status: Mapped[str | None] = text("Status", choices=ACTIVITY_STATUSES)
    start: Mapped[date | None] = day("Start")
    end: Mapped[date | None] = day("End")
    budget: Mapped[float | None] = number("Budget")
    currency: Mapped[str | None] = text("Currency")


class ActivityTaskForce(Record):
    """A further task force an activity serves (beyond the one whose inventory holds it)."""

    __tablename__ = "activity_task_force"
    __label__ = "task force served"
    task_force_id: Mapped[str] = link("task_force", "Task force", required=True)
    activity_id: Mapped[str] = link("activity", "Activity", required=True)
    served_task_force_id: Mapped[str] = link("task_force", "Serves task force", required=True)


class InventoryBaseline(Record):
    """A closed cycle's inventory, counted when it closed: later edits of its activities leave it be.

    The Secretariat freezes it (when the next cycle is created) and it travels to the regions as
    reference data, so every copy measures progress against the same figures.
    """

    __tablename__ = "inventory_baseline"
    __scope__: ClassVar[Scope] = "reference"
    __label__ = "inventory baseline"
    cycle_id: Mapped[str] = link("cycle", "Cycle", required=True)
    task_force_id: Mapped[str] = link("task_force", "Task force", required=True)
    status: Mapped[str | None] = text("Status")
    count: Mapped[int] = whole("Activities", required=True)
    frozen_on: Mapped[date | None] = day("Frozen on")
