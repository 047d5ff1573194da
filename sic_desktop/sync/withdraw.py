"""A region's unsent changes, each checked as the Secretariat will check it, and their withdrawal.

A bundle carries every change the Secretariat has not acknowledged, so one change it refuses (its
scope changed meanwhile, or a value recorded before today's limits) would refuse every later bundle
too. The region sees that change here and withdraws it: a reverting change, based on it, that the
Secretariat's merge recognises and takes with it (neither is applied), so the next bundle goes through.
"""

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sic_desktop.db.base import record_class
from sic_desktop.db.models import Change, Site
from sic_desktop.db.values import decode, from_plain
from sic_desktop.errors import InputRefused, NotFound
from sic_desktop.services import authority, gate
from sic_desktop.services.records import local_signer
from sic_desktop.services.validation import check_value, columns_of, label_of
from sic_desktop.sync import state, wire
from sic_desktop.sync.wire import WireChange
from sic_desktop.text import Text, word


@dataclass(frozen=True)
class Pending:
    """One change of this copy the Secretariat has not acknowledged, and what it would refuse in it."""

    change_id: str
    seq: int
    table: str
    record_id: str
    field: str
    kind: str
    record: str  # the record in words
    problem: str | None
    withdrawn: bool = False  # withdrawn, or the change that withdraws another: both travel, neither applies

    def as_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


def _unacked(session: Session) -> list[Change]:
    site_id = session.execute(select(Site.site_id)).scalar_one()
    ack = int(state.last_master(session)["acks"].get(site_id, 0))
    return list(session.scalars(
        select(Change).where(Change.site_id == site_id, Change.seq > ack).order_by(Change.seq)))


def pending(session: Session) -> list[Pending]:
    """This copy's unacknowledged changes, oldest first, each with the reason the Secretariat
    would refuse it (None: none that this copy can tell)."""
    signer = local_signer(session)
    lookup = gate.session_lookup(session)
    changes = _unacked(session)
    pairs = withdrawals([wire.from_row(c) for c in changes])
    settled = set(pairs) | set(pairs.values())
    found = []
    for change in changes:
        rule = authority.rules().get(change.table_name)
        if rule is None:
            continue
        current = lookup(change.table_name, change.record_id)
        problem = None
        if change.change_id not in settled:
            problem = _problem(change, rule, current, signer, lookup)
        found.append(Pending(change.change_id, change.seq, change.table_name, change.record_id, change.field,
                             change.kind, str(authority.named(rule, current)), problem,
                             change.change_id in settled))
    return found


def _problem(change: Change, rule: authority.Rule, current: Any, signer: authority.Signer | None,
             lookup: authority.Lookup) -> str | None:
    reason = authority.refusal(rule, current, current, signer, lookup)
    if reason is not None:
        return str(reason)
    new = decode(change.new_value)
    values = new if isinstance(new, dict) else {change.field: new}
    model = record_class(change.table_name)
    columns = columns_of(model)
    for name, value in values.items():
        column = columns.get(name)
        if column is None or value is None:
            continue
        try:
            problem = check_value(column, from_plain(column, value))
        except InputRefused as refusal:
            return str(refusal)
        if problem is not None:
            return str(Text("%1: %2", word(label_of(model, name), "fields"), problem))
    return None


def reverts(change: WireChange, later: WireChange) -> bool:
    """Whether `later` withdraws `change`: based on it, by the same site, undoing exactly what it did."""
    if (later.based_on != change.id or later.site != change.site or later.table != change.table
            or later.record != change.record):
        return False
    if change.kind == "insert":
        return later.kind == "delete"
    if change.kind in ("delete", "undelete"):
        return later.kind == ("undelete" if change.kind == "delete" else "delete")
    return later.kind == "update" and later.field == change.field and later.new == change.old


def withdrawals(changes: list[WireChange]) -> dict[str, str]:
    """{withdrawn change id: the id of the change withdrawing it} among `changes` (in order)."""
    by_id = {change.id: change for change in changes}
    found: dict[str, str] = {}
    for later in changes:
        change = by_id.get(later.based_on or "")
        if change is not None and change.id not in found and reverts(change, later):
            found[change.id] = later.id
    return found


def withdraw(session: Session, change_id: str) -> str:
    """Revert one unacknowledged change of this copy by a change based on it; returns its id.

    An edit puts the field's earlier value back, a new record goes to the trash, a move to or
    from the trash is undone. Only the field's latest change can be withdrawn (withdraw later
    ones first), so the reverting change is always based on the one it withdraws.
    """
    mine = {c.change_id: c for c in _unacked(session)}
    change = mine.get(change_id)
    if change is None:
        raise NotFound(Text("No change %1 of this copy waits to be sent: only those can be withdrawn",
                            change_id))
    model = record_class(change.table_name)
    record = session.get(model, change.record_id)
    assert record is not None
    pairs = withdrawals([wire.from_row(c) for c in mine.values()])
    if change_id in pairs or change_id in pairs.values():
        raise InputRefused(Text("Change %1 was withdrawn already", change.seq))
    settled = set(pairs) | set(pairs.values())
    later = [c for c in mine.values() if c.seq > change.seq and c.record_id == change.record_id
             and c.table_name == change.table_name and c.change_id not in settled]
    if (later and change.kind == "insert") or any(c.field == change.field for c in later):
        raise InputRefused(Text("Change %1 was changed again afterwards (change %2): withdraw that one "
                                "first", change.seq, later[-1].seq))
    session.info[gate.WITHDRAWING] = True
    try:
        if change.kind == "insert":
            record.deleted = True
        elif change.kind in ("delete", "undelete"):
            record.deleted = change.kind == "undelete"
        else:
            column = columns_of(model)[change.field]
            setattr(record, change.field, from_plain(column, decode(change.old_value)))
        session.flush()
    finally:
        session.info.pop(gate.WITHDRAWING, None)
    reverting = session.scalars(
        select(Change.change_id).where(Change.based_on == change_id).order_by(Change.seq.desc())
    ).first()
    if reverting is None:
        raise InputRefused(Text("Change %1 holds nothing to withdraw", change.seq))
    return reverting
