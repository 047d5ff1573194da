"""The annual progress report of a cycle, whole or for one task force, with its progress chart."""

from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sic_desktop.db import models as m
from sic_desktop.db.models.people import ROLES
from sic_desktop.db.models.planning import ACTIVITY_STATUSES
from sic_desktop.documents.chart import Bar, progress_chart
from sic_desktop.documents.contexts import (
    AnnualReportContext,
    Figure,
    InventoryRow,
    MeetingRow,
    MemberRow,
    ProgressRow,
    StageRow,
    decimal,
)
from sic_desktop.documents.letters import long_date
from sic_desktop.documents.minutes import short_date
from sic_desktop.errors import NotFound
from sic_desktop.text import Text, joined

NO_REGION = "No region stated"
CURRENT_MEMBERS = (None, "active")


@dataclass(frozen=True)
class Report:
    """The report's context and, when indicators have targets, the chart to place in it."""

    context: AnnualReportContext
    chart: bytes | None


def _live(session: Session, model: Any, *where: Any) -> list[Any]:
    return list(session.scalars(select(model).where(model.deleted.is_(False), *where)))


def find_cycle(session: Session, year: int) -> m.Cycle:
    cycle = session.scalars(select(m.Cycle).where(m.Cycle.year == year,
                                                  m.Cycle.deleted.is_(False))).first()
    if cycle is None:
        known = sorted(c.year for c in _live(session, m.Cycle))
        raise NotFound(Text("No cycle %1; known: %2",
                            year, joined(map(str, known)) if known else Text("none")))
    return cycle


def annual_report(session: Session, *, year: int, task_force: m.TaskForce | None = None,
                  issued: date | None = None) -> Report:
    """Members, inventory, indicators, concept-note pipeline and meetings of one cycle."""
    cycle = find_cycle(session, year)
    only = [] if task_force is None else [task_force.id]

    def scoped(model: Any, *where: Any) -> list[Any]:
        extra = [model.task_force_id.in_(only)] if only else []
        return _live(session, model, *where, *extra)

    members, members_total = _members(session, scoped, cycle)
    inventory, inventory_total, activities_now = _inventory(session, scoped, cycle)
    indicators, bars = _indicators(session, scoped, cycle)
    pipeline, notes = _pipeline(scoped, cycle)
    meetings = _meetings(session, scoped, cycle)
    scope = f"Task force {task_force.code} · {task_force.name}" if task_force else "All task forces"
    context = AnnualReportContext(
        doc_label="Annual progress report", title=f"Annual progress report {cycle.year}",
        cycle=str(cycle.year), scope=scope, issued=long_date(issued or date.today()),
        summary=[Figure(label="Members", value=members_total["total"]),
                 Figure(label="Activities in the inventory", value=str(activities_now)),
                 Figure(label="Concept notes", value=str(notes)),
                 Figure(label="Meetings held", value=str(len(meetings)))],
        members=members, members_total=members_total, inventory=inventory,
        inventory_total=inventory_total, indicators=indicators, chart=None, pipeline=pipeline,
        meetings=meetings)
    return Report(context, progress_chart(bars) if bars else None)


def _members(session: Session, scoped: Any, cycle: m.Cycle) -> tuple[list[MemberRow], MemberRow]:
    regions = {r.id: r.name for r in _live(session, m.Region)}
    counts: Counter[tuple[str, str]] = Counter()
    for membership in scoped(m.Membership):
        # The cycle's memberships; one recorded before memberships had a cycle counts in every cycle.
        if membership.status in CURRENT_MEMBERS and membership.cycle_id in (None, cycle.id):
            counts[(regions.get(membership.region_id, NO_REGION), membership.role)] += 1
    names = sorted({region for region, _ in counts}, key=lambda r: (r == NO_REGION, r))
    rows = [_member_row(region, {role: counts[(region, role)] for role in ROLES})
            for region in names]
    totals = {role: sum(counts[(region, role)] for region in names) for role in ROLES}
    return rows, _member_row("Total", totals)


def _member_row(region: str, by_role: dict[str, int]) -> MemberRow:
    return MemberRow(region=region, tfl=str(by_role["TFL"]), tfrr=str(by_role["TFRR"]),
                     tfm=str(by_role["TFM"]), total=str(sum(by_role.values())))


def _inventory(session: Session, scoped: Any, cycle: m.Cycle
               ) -> tuple[list[InventoryRow], InventoryRow, int]:
    """The first cycle's inventory is the baseline; 'now' is everything recorded up to this one."""
    years = {c.id: c.year for c in _live(session, m.Cycle)}
    first = min(years.values(), default=cycle.year)
    baseline: Counter[str] = Counter()
    now: Counter[str] = Counter()
    for activity in scoped(m.Activity):
        year = years.get(activity.cycle_id, first)
        status = activity.status or "not stated"
        if year == first:
            baseline[status] += 1
        if year <= cycle.year:
            now[status] += 1
    statuses = [*ACTIVITY_STATUSES, *sorted((set(baseline) | set(now)) - set(ACTIVITY_STATUSES))]
    rows = [_inventory_row(s.capitalize(), baseline[s], now[s]) for s in statuses
            if baseline[s] or now[s]]
    total = _inventory_row("Total", sum(baseline.values()), sum(now.values()))
    return rows, total, sum(now.values())


def _inventory_row(status: str, baseline: int, now: int) -> InventoryRow:
    return InventoryRow(status=status, baseline=str(baseline), now=str(now),
                        change=f"{now - baseline:+d}")


def _indicators(session: Session, scoped: Any, cycle: m.Cycle
                ) -> tuple[list[ProgressRow], list[Bar]]:
    codes = {t.id: t.code for t in _live(session, m.TaskForce)}
    plans = {p.id for p in scoped(m.ActionPlan, m.ActionPlan.cycle_id == cycle.id)}
    rows: list[ProgressRow] = []
    bars: list[Bar] = []
    indicators = [i for i in scoped(m.Indicator) if i.action_plan_id in plans]
    indicators.sort(key=lambda i: (codes.get(i.task_force_id, ""), i.name.casefold()))
    for number, indicator in enumerate(indicators, start=1):
        latest = session.scalars(
            select(m.IndicatorValue)
            .where(m.IndicatorValue.indicator_id == indicator.id,
                   m.IndicatorValue.deleted.is_(False))
            .order_by(m.IndicatorValue.measured_on.desc())).first()
        target = indicator.target_cycle if indicator.target_cycle is not None \
            else indicator.target_2030
        base = indicator.baseline or 0.0
        share = None
        if latest is not None and target is not None and target != base:
            share = (latest.value - base) / (target - base)
            bars.append(Bar(str(number), share))
        rows.append(ProgressRow(
            number=str(number), task_force=codes.get(indicator.task_force_id, ""),
            name=indicator.name, unit=indicator.unit or "", baseline=_figure(indicator.baseline),
            target=_figure(target), latest=_figure(latest.value if latest else None),
            progress=f"{share:.0%}" if share is not None else "—"))
    return rows, bars


def _figure(value: float | None) -> str:
    if value is None:
        return "—"
    return decimal(value, 0) if float(value).is_integer() else decimal(value)


def _pipeline(scoped: Any, cycle: m.Cycle) -> tuple[list[StageRow], int]:
    notes = {n.id for n in scoped(m.ConceptNote, m.ConceptNote.cycle_id == cycle.id)}

    def count(model: Any, *where: Any) -> int:
        return len({r.concept_note_id for r in scoped(model, *where)
                    if r.concept_note_id in notes})

    stages = [
        ("Concept notes drafted", len(notes)),
        ("Assessed by the STC", count(m.Assessment)),
        ("Validated by the Bureau", count(m.Validation, m.Validation.decision == "validated")),
        ("Letters of support issued", count(m.LetterOfSupport)),
        ("Expressions of interest sent", count(m.ExpressionOfInterest)),
        ("Full proposals requested", count(m.ExpressionOfInterest,
                                           m.ExpressionOfInterest.answer
                                           == "full proposal requested")),
        ("Full proposals submitted", count(m.FullProposal)),
        ("Agreements signed", count(m.Agreement)),
    ]
    return [StageRow(stage=s, count=str(c)) for s, c in stages], len(notes)


def _meetings(session: Session, scoped: Any, cycle: m.Cycle) -> list[MeetingRow]:
    codes = {t.id: t.code for t in _live(session, m.TaskForce)}
    rows = []
    meetings = scoped(m.Meeting, m.Meeting.cycle_id == cycle.id)
    meetings.sort(key=lambda x: (x.held_on, x.title))
    for meeting in meetings:
        present = [p for p in _live(session, m.MeetingParticipant,
                                    m.MeetingParticipant.meeting_id == meeting.id)
                   if p.attendance not in ("apologies", "absent")]
        rows.append(MeetingRow(held_on=short_date(meeting.held_on), kind=meeting.kind,
                               task_force=codes.get(meeting.task_force_id, ""),
                               title=meeting.title,
                               participants=str(len(present))))
    return rows
