"""A regional copy takes a master bundle: the master's word, except over its own unsent edits."""

from sqlalchemy import Connection, select

from sic_desktop.db.models import Change
from sic_desktop.sync.plan import CHUNK, Plan, Planner, State
from sic_desktop.sync.wire import WireChange, models


def plan_region(connection: Connection, changes: list[WireChange], *, me: str, ack: int) -> Plan:
    """Apply a master bundle in a regional copy: the master's word, except over local edits
    the Secretariat has not yet received (those wait for its merge and come back resolved)."""
    known: set[str] = set()
    ids = [change.id for change in changes]
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        known.update(
            connection.execute(select(Change.change_id).where(Change.change_id.in_(chunk))).scalars()
        )
    fresh = [change for change in changes if change.id not in known]
    pending: dict[tuple[str, str, str], str] = {}
    for table, record, name, change_id in connection.execute(
        select(Change.table_name, Change.record_id, Change.field, Change.change_id)
        .where(Change.site_id == me, Change.seq > ack)
        .order_by(Change.seq)
    ):
        pending[(table, record, name)] = change_id
    state = State(connection, fresh)
    planner = Planner(state)
    planner.plan.skipped = len(changes) - len(fresh)
    planner.arriving = {(c.table, c.record) for c in fresh if c.kind == "insert"}
    for change in fresh:
        model = models()[change.table]
        row = state.rows.get((change.table, change.record))
        if change.kind == "insert":
            if row is None:
                planner.insert_row(model, change)
                planner.require_parents(model, change)
                planner.log(change, applied=True)
            else:
                planner.log(change, applied=False)
            continue
        local = pending.get((change.table, change.record, change.field))
        if row is None or (local is not None and local not in (change.based_on, change.also_based_on)):
            planner.log(change, applied=False)
            continue
        planner.update_field(model, change)
        planner.log(change, applied=True)
    return planner.plan
