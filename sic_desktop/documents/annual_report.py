"""The annual progress report of a cycle, whole or for one task force, with its progress chart."""

from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from sic_desktop.db import models as m
from sic_desktop.db.models.people import ROLES
from sic_desktop.db.models.planning import ACTIVITY_STATUSES
from sic_desktop.documents import report_parts as parts
from sic_desktop.documents.chart import Bar, progress_chart
from sic_desktop.documents.contexts import (
    AnnualReportContext,
    InventoryRow,
    MeetingRow,
    MemberRow,
    ProgressRow,
    StageRow,
    decimal,
)
from sic_desktop.documents.letters import long_date
from sic_desktop.documents.minutes import short_date
from sic_desktop.documents.trend import trend_chart
from sic_desktop.errors import NotFound
from sic_desktop.services import baselines
from sic_desktop.services.cycles import span, windows
from sic_desktop.text import Text, joined

NO_REGION = "No region stated"


@dataclass(frozen=True)
class Report:
    """The report's context and, when indicators have targets, the chart to place in it."""

    context: AnnualReportContext
    chart: bytes | None
    trend: bytes | None = None  # the indicators' measured values over time


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

    cycle_windows = windows(session, cycle.id)
    first_day, last_day = span(cycle, cycle_windows)
    members, members_total = _members(session, scoped, cycle, first_day, last_day)
    inventory, inventory_total, _activities_now = _inventory(session, scoped, cycle, only)
    indicators, bars, numbered = _indicators(session, scoped, cycle)
    pipeline, _notes = _pipeline(scoped, cycle)
    meetings = _meetings(session, scoped, cycle, first_day, last_day)
    by_task_force, total = parts.task_force_rows(session, cycle.year, task_force.id if task_force else None)
    no_cycle, no_cycle_note = parts.without_cycle(session, only)
    series = parts.trend_series(session, numbered)
    scope = f"Task force {task_force.code} · {task_force.name}" if task_force else "All task forces"
    context = AnnualReportContext(
        doc_label="Annual progress report", title=f"Annual progress report {cycle.year}",
        cycle=str(cycle.year), scope=scope, issued=long_date(issued or date.today()),
        summary=parts.summary(total), members=members, members_total=members_total, inventory=inventory,
        inventory_total=inventory_total, indicators=indicators, chart=None, pipeline=pipeline,
        meetings=meetings, baseline_note=parts.baseline_note(session), trend=None,
        task_forces=by_task_force, task_forces_total=total,
        reports=parts.progress_reports(session, cycle, only), no_cycle=no_cycle, no_cycle_note=no_cycle_note)
    return Report(context, progress_chart(bars) if bars else None, trend_chart(series) if series else None)


def _members(session: Session, scoped: Any, cycle: m.Cycle, first: date, last: date
             ) -> tuple[list[MemberRow], MemberRow]:
    """Members of the cycle, as the overview counts them (services/cycle_facts.py): not left, the
    cycle's own memberships (one recorded before memberships had a cycle counts in every cycle), their
    dates within its span."""
    regions = {r.id: r.name for r in _live(session, m.Region)}
    counts: Counter[tuple[str, str]] = Counter()
    for membership in scoped(m.Membership):
        if (membership.status != "left" and membership.cycle_id in (None, cycle.id)
                and (membership.start is None or membership.start <= last)
                and (membership.end is None or membership.end >= first)):
            counts[(regions.get(membership.region_id, NO_REGION), membership.role)] += 1
    names = sorted({region for region, _ in counts}, key=lambda r: (r == NO_REGION, r))
    rows = [_member_row(region, {role: counts[(region, role)] for role in ROLES})
            for region in names]
    totals = {role: sum(counts[(region, role)] for region in names) for role in ROLES}
    return rows, _member_row("Total", totals)


def _member_row(region: str, by_role: dict[str, int]) -> MemberRow:
    return MemberRow(region=region, tfl=str(by_role["TFL"]), tfrr=str(by_role["TFRR"]),
                     tfm=str(by_role["TFM"]), total=str(sum(by_role.values())))


def _inventory(session: Session, scoped: Any, cycle: m.Cycle, only: list[str]
               ) -> tuple[list[InventoryRow], InventoryRow, int]:
    """The first cycle's inventory is the baseline - frozen once that cycle closed, so later edits of
    its activities do not move it - and 'now' is everything recorded up to this cycle. Activities
    with no cycle are in neither (the report counts them apart)."""
    cycles = sorted(_live(session, m.Cycle), key=lambda c: c.year)
    years = {c.id: c.year for c in cycles}
    first = cycles[0] if cycles else cycle
    frozen = baselines.baseline_counts(session, first.id, only or None)
    baseline: Counter[str] = Counter()
    now: Counter[str] = Counter()
    for activity in scoped(m.Activity):
        year = years.get(activity.cycle_id or "")
        if year is None:
            continue
        status = activity.status or "not stated"
        if year == first.year and frozen is None:
            baseline[status] += 1
        if year <= cycle.year:
            now[status] += 1
    for status, count in (frozen or {}).items():
        baseline[status or "not stated"] += count
    statuses = [*ACTIVITY_STATUSES, *sorted((set(baseline) | set(now)) - set(ACTIVITY_STATUSES))]
    rows = [_inventory_row(s.capitalize(), baseline[s], now[s]) for s in statuses
            if baseline[s] or now[s]]
    total = _inventory_row("Total", sum(baseline.values()), sum(now.values()))
    return rows, total, sum(now.values())


def _inventory_row(status: str, baseline: int, now: int) -> InventoryRow:
    return InventoryRow(status=status, baseline=str(baseline), now=str(now),
                        change=f"{now - baseline:+d}")


def _indicators(session: Session, scoped: Any, cycle: m.Cycle
                ) -> tuple[list[ProgressRow], list[Bar], list[tuple[str, m.Indicator]]]:
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
    return rows, bars, [(str(number), indicator) for number, indicator in enumerate(indicators, start=1)]


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


def _meetings(session: Session, scoped: Any, cycle: m.Cycle, first: date, last: date) -> list[MeetingRow]:
    """The cycle's meetings as the overview finds them: its own, or with no cycle and held within it."""
    codes = {t.id: t.code for t in _live(session, m.TaskForce)}
    rows = []
    meetings = scoped(m.Meeting, or_(m.Meeting.cycle_id == cycle.id, m.Meeting.cycle_id.is_(None)
                                     & m.Meeting.held_on.between(first, last)))
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
