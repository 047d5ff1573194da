"""Writing bundles: a region's cumulative changes, or the Secretariat's master bundle for a site."""

import hashlib
import json
from collections import Counter
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, select, text
from sqlalchemy.orm import Session

from sic_desktop.db.changelog import SEED_SITE_ID
from sic_desktop.db.models import Attachment, BundleImport, Change, Site, TaskForce
from sic_desktop.db.store import Store
from sic_desktop.db.values import decode
from sic_desktop.errors import InputRefused, SicError, UsageError
from sic_desktop.files import write_atomic
from sic_desktop.services.writes import writing
from sic_desktop.sync import bundle, safezip, snapshot, state, trust, wire
from sic_desktop.sync.canonical import JSON
from sic_desktop.sync.identity import identity, keystore
from sic_desktop.sync.keys import key_id
from sic_desktop.sync.scope import Scope
from sic_desktop.sync.writes import tick
from sic_desktop.text import Text


@dataclass(frozen=True)
class Exported:
    path: Path
    kind: str
    to: str
    changes: int
    seq_from: int
    seq_to: int
    sha256: str


def export(store: Store, path: Path, *, for_site: str | None = None) -> Exported:
    """A region exports its unacknowledged changes; the Secretariat, a master bundle for a site."""
    with writing(store) as session:
        me = identity(session)
        private_key = keystore(store.path, me.site_id).load()
        scope_codes: list[str] = []
        if me.is_secretariat:
            if for_site is None:
                raise UsageError(Text("The Secretariat exports a master bundle for a site: --for SITE_ID"))
            manifest, changes, registry = _master(session, me.site_id, me.name, for_site)
            target = trust.for_site(session, for_site)
            scope_codes = list(target.task_forces) if target else []
        else:
            if for_site is not None:
                raise UsageError(Text("--for is for the Secretariat; a region exports to the Secretariat"))
            manifest = _regional(session, me.site_id, me.name)
            changes, registry = _pending(session, me.site_id, manifest.seq_from), None
            manifest = replace(manifest, deletes_seen=_deletes_seen(session, me.site_id, changes))
        manifest = replace(manifest, key_id=key_id(private_key.public_key()))
        data = bundle.write(
            private_key,
            manifest,
            changes,
            trust=registry,
            attachments=_attachments(session, changes),
        )
        _check_receivable(data, manifest.to)
        exported = Exported(
            path,
            manifest.kind,
            manifest.to,
            len(changes),
            manifest.seq_from,
            manifest.seq_to,
            hashlib.sha256(data).hexdigest(),
        )
        session.add(
            BundleImport(
                bundle_sha256=exported.sha256,
                site_id=manifest.to,
                key_id=manifest.key_id,
                kind=manifest.kind,
                seq_from=manifest.seq_from,
                seq_to=manifest.seq_to,
                verdict="exported",
                detail=json.dumps(
                    {
                        "file": str(path),
                        "changes": len(changes),
                        "created": manifest.created,
                        "task_forces": sorted(scope_codes),
                    }
                ),
                imported_at=datetime.now(UTC).replace(tzinfo=None),
            )
        )
        session.flush()
        # The file appears only once complete; if the commit then fails, a re-export heals it.
        write_atomic(path, data)
    return exported


def _check_receivable(data: bytes, to: str) -> None:
    """Refuse to write a bundle its receiver would refuse for its size, rather than report success."""
    what = Text("the bundle for site %1", to)
    try:
        entries = safezip.read_zip(data, what=what)
        # The receiver's own cap on the changes (bundle.read parses them under it).
        cap = bundle._CHANGE_LIMITS.max_bytes
        if len(entries[bundle.CHANGES]) > cap:
            raise InputRefused(Text("%1: the entry %2 is too large (%3 bytes; at most %4)",
                                    what, bundle.CHANGES, len(entries[bundle.CHANGES]), cap))
    except InputRefused as refusal:
        raise SicError(
            Text("%1; its receiver would refuse it, so it was not written", refusal.message)
        ) from None


def _secretariat_id(session: Session) -> str:
    for scope in trust.all_keys(session):
        if scope.is_secretariat and scope.status == "active":
            return scope.site_id
    raise SicError(Text("This regional copy has no Secretariat key pinned: re-run init"))


def _regional(session: Session, site_id: str, name: str) -> bundle.Manifest:
    last = state.last_master(session)
    acks: dict[str, int] = {str(k): int(v) for k, v in last["acks"].items()}
    ack = acks.get(site_id, 0)
    last_seq = session.execute(select(Site.last_seq)).scalar_one()
    summary = Counter(session.scalars(select(Change.kind).where(Change.site_id == site_id, Change.seq > ack)))
    return bundle.Manifest(
        kind="changes",
        site_id=site_id,
        site_name=name,
        key_id="",
        to=_secretariat_id(session),
        seq_from=ack + 1,
        seq_to=last_seq,
        previous=state.last_export(session),
        acks=acks,
        created=tick(session.connection()),
        summary=dict(summary),
        acked_master=str(last.get("created", "")),
    )


def _pending(session: Session, site_id: str, seq_from: int) -> list[wire.WireChange]:
    """This copy's own changes from `seq_from` on: a range of the (site, seq) index, as plain rows."""
    rows = session.execute(
        select(*Change.__table__.c)
        .where(Change.site_id == site_id, Change.seq >= seq_from)
        .order_by(Change.seq)
    )
    return [wire.from_row(row) for row in rows]


def _deletes_seen(session: Session, site_id: str, changes: list[wire.WireChange]) -> dict[str, str | None]:
    """For each delete, the latest change of its record from another site that this copy held
    when the delete was made (its change log keeps local and received changes in one order).
    The Secretariat compares it with its own history of the record: an edit after it was not
    seen by whoever deleted, whatever this bundle acknowledges now."""
    seen: dict[str, str | None] = {}
    for change in changes:
        if change.kind != "delete":
            continue
        seen[change.id] = session.execute(
            text(
                "SELECT change_id FROM change WHERE table_name = :t AND record_id = :r "
                "AND site_id NOT IN (:me, :seed) "
                "AND rowid < (SELECT rowid FROM change WHERE change_id = :d) "
                "ORDER BY rowid DESC LIMIT 1"
            ),
            {"t": change.table, "r": change.record, "me": site_id, "seed": SEED_SITE_ID, "d": change.id},
        ).scalar()
    return seen


def _master(
    session: Session, site_id: str, name: str, for_site: str
) -> tuple[bundle.Manifest, list[wire.WireChange], list[dict[str, JSON]]]:
    """What `for_site` has not seen of its scope, read by index from its acknowledged position:
    the news of every other site after what it acknowledged, and, for records whose history it
    never received (its first bundle, a task force added to its scope, a record moved into it, a
    parent outside it), their current state - the changes it rests on - rather than their history."""
    target = trust.for_site(session, for_site)
    if target is None or target.is_secretariat:
        raise UsageError(Text("No active regional key is trusted for site %1: see `trust list`", for_site))
    connection = session.connection()
    acked = state.acked_by(session, for_site)
    stc = target.role == "stc"
    scope = Scope(session, target.task_forces, stc=stc)
    vector = snapshot.vector(connection)
    chosen: dict[int, Any] = {}
    if acked:
        # Task forces whose history the site has not received (its scope grew): their state.
        widened = tuple(sorted(set(target.task_forces) - state.delivered_task_forces(session, for_site)))
        fresh = Scope(session, widened, only_task_forces=True)
        whole = {table: ids for table, ids in fresh.visible.items() if ids}
        if stc:  # a note newly submitted, with its parts: the few submitted notes' state each time
            whole.update({table: ids for table, ids in scope.visible.items()
                          if ids and wire.models()[table].cls.__scope__ == "task_force"})
        for origin in sorted(set(vector) - {for_site}):
            for row in snapshot.news(connection, origin, acked.get(origin, 0)):
                key = (row.table_name, row.record_id)
                if scope.holds(*key) and not fresh.holds(*key):
                    chosen[int(row.rowid)] = row
    else:
        # The first bundle of a site (new, or re-enrolled on a new copy): the scope's state.
        whole = {table: scope.records(session, table) for table in wire.models()}
    for table, ids in whole.items():
        chosen.update((int(row.rowid), row) for row in snapshot.state_of(connection, table, sorted(ids)))
    # Later edits of a parent outside the scope follow while a record of the site points at it.
    chosen.update(_followed(session, target.task_forces, scope, acked))
    chosen.update(_parents(connection, list(chosen.values()), scope, for_site, memberships=not stc))
    changes = [wire.from_row(chosen[rowid]) for rowid in sorted(chosen) if chosen[rowid].site_id != for_site]
    registry: list[dict[str, JSON]] = [
        {key: _json(value) for key, value in scope_.as_json().items()} for scope_ in trust.all_keys(session)
    ]
    manifest = bundle.Manifest(
        kind="master",
        site_id=site_id,
        site_name=name,
        key_id="",
        to=for_site,
        seq_from=0,
        seq_to=len(changes),
        previous=state.last_export(session),
        acks=vector,
        created=tick(connection),
        summary=dict(Counter(c.kind for c in changes)),
    )
    return manifest, changes, registry


def _links(row: Any) -> list[tuple[str, str]]:
    """The records a change points at (its new values in link fields)."""
    model = wire.models()[row.table_name]
    new = decode(row.new_value)
    values = new if isinstance(new, dict) else {row.field: new}
    found = []
    for name, value in values.items():
        column = model.columns.get(name)
        parent = column.info.get("link") if column is not None else None
        if parent and isinstance(value, str):
            found.append((str(parent), value))
    return found


def _parents(connection: Connection, rows: list[Any], scope: Scope, for_site: str, *,
             memberships: bool = True) -> dict[int, Any]:
    """The state of every record the chosen changes need but the site may not hold: a parent
    outside its scope (a task force it does not follow), and a record moved into its scope
    (whose earlier changes it never received), then their own parents in turn. With a person
    go their memberships (`memberships`): the site's copy then knows a person shared with another
    task force is not its own to edit, as the Secretariat's merge will judge.
    A region skips the changes it already holds, so carrying one twice is harmless."""
    carried: dict[int, Any] = {}
    seen: set[tuple[str, str]] = set()
    todo: list[tuple[str, str]] = []
    for row in rows:
        if row.field in ("task_force_id", "kind") and row.kind == "update":  # moved into the scope
            todo.append((row.table_name, row.record_id))
        # A person newly named (a new member) may have been held back until now: always carried.
        todo += [link for link in _links(row) if not scope.holds(*link) or link[0] == "person"]
    while todo:
        key = todo.pop()
        if key in seen or key[0] not in wire.models():
            continue
        seen.add(key)
        if key[0] == "person" and memberships:
            todo += [("membership", str(i)) for i in connection.execute(
                text("SELECT id FROM membership WHERE person_id = :p"), {"p": key[1]}).scalars()]
        for row in snapshot.state_of(connection, key[0], [key[1]]):
            if row.site_id != for_site:
                carried[int(row.rowid)] = row
            todo += [link for link in _links(row) if link not in seen and not scope.holds(*link)]
    return carried


def _followed(
    session: Session, codes: tuple[str, ...], scope: Scope, acked: dict[str, int]
) -> dict[int, Any]:
    """The unacknowledged state of out-of-scope records that the site's records point at."""
    task_forces = select(TaskForce.id).where(TaskForce.code.in_(codes))
    wanted: set[tuple[str, str]] = set()
    for model in wire.models().values():
        if model.cls.__scope__ in ("reference", "shared"):
            continue
        for column in model.columns.values():
            parent = column.info.get("link")
            if not parent or wire.models()[str(parent)].cls.__scope__ in ("reference", "shared"):
                continue
            values = session.scalars(
                select(column).where(model.table.c.task_force_id.in_(task_forces)).distinct()
            )
            wanted.update((str(parent), str(v)) for v in values if v is not None)
    followed: dict[int, Any] = {}
    connection = session.connection()
    for table, record in sorted(key for key in wanted if not scope.holds(*key)):
        for row in snapshot.state_of(connection, table, [record]):
            if row.seq > acked.get(row.site_id, 0):
                followed[int(row.rowid)] = row
    return followed


def _json(value: object) -> JSON:
    if isinstance(value, list):
        return [str(item) for item in value]
    return value if isinstance(value, str | None) else str(value)


def _attachments(session: Session, changes: list[wire.WireChange]) -> dict[str, bytes]:
    """The files the changes point at by hash (`*_sha256` fields), so they travel with them."""
    wanted: set[str] = set()
    for change in changes:
        values = change.new if isinstance(change.new, dict) else {change.field: change.new}
        for name, value in values.items():
            if name.endswith("sha256") and isinstance(value, str):
                wanted.add(value)
    if not wanted:
        return {}
    rows = session.execute(
        select(Attachment.sha256, Attachment.data).where(Attachment.sha256.in_(sorted(wanted)))
    )
    return {digest: bytes(data) for digest, data in rows}
