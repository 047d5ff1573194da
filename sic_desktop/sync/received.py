"""What a received bundle must pass before its merge is planned: addressing, numbering (replay,
gap, fork), change ids, clock values and attachments."""

from dataclasses import replace
from typing import Any

from sqlalchemy import Connection, select

from sic_desktop.db import clock
from sic_desktop.db.changelog import SEED_SITE_ID, change_id_problem
from sic_desktop.db.models import Change
from sic_desktop.errors import InputRefused
from sic_desktop.sync import bundle, wire
from sic_desktop.sync import plan as plan_
from sic_desktop.sync.identity import Identity
from sic_desktop.text import Text


class Quarantined(InputRefused):
    """Two different bundles claim the same changes of one site (a cloned laptop?)."""


def check_addressing(me: Identity, verified: bundle.Bundle, what: str) -> None:
    manifest, signer = verified.manifest, verified.signer
    if manifest.to != me.site_id:
        raise InputRefused(
            Text("%1 was made for another copy (site %2), not for this one (%3, site %4)",
                 what, manifest.to, me.name, me.site_id)
        )
    if me.is_secretariat:
        if manifest.kind != "changes" or signer.is_secretariat:
            raise InputRefused(Text("%1: the Secretariat imports regions' change bundles only", what))
    else:
        if manifest.kind != "master":
            raise InputRefused(Text("%1 is a region's change bundle; only the Secretariat can import it",
                                    what))
        if not signer.is_secretariat:
            raise InputRefused(
                Text("%1 is signed by %2, a regional key: only the Secretariat's key may sign a "
                     "master bundle", what, signer.name)
            )


def fresh_changes(connection: Connection, verified: bundle.Bundle, what: str) -> list[Any]:
    """Replay, overlap, gap and fork handling for a region's bundle at the Secretariat."""
    manifest, changes = verified.manifest, verified.changes
    site = verified.signer.site_id
    expected = list(range(manifest.seq_from, manifest.seq_to + 1))
    if [c.seq for c in changes] != expected or any(c.site != site for c in changes):
        raise InputRefused(
            Text("%1: its changes are not exactly %2's changes %3-%4 in order",
                 what, site, manifest.seq_from, manifest.seq_to)
        )
    have = (
        connection.execute(
            select(Change.seq).where(Change.site_id == site).order_by(Change.seq.desc()).limit(1)
        ).scalar()
        or 0
    )
    stored = {
        row.seq: content(wire.from_row(row))
        for row in connection.execute(
            select(Change.__table__).where(Change.site_id == site, Change.seq >= manifest.seq_from)
        )
    }
    # Ids derive from the site and number, so a cloned laptop's change has the id of the one it
    # replaces: what tells them apart is what they change.
    forked = [c.seq for c in changes if c.seq in stored and stored[c.seq] != content(c)]
    if forked:
        raise Quarantined(
            Text("%1 claims changes %2-%3 of %4, but different changes with those numbers were imported "
                 "before (a copied laptop, or a restored backup?): the bundle was quarantined and nothing "
                 "was applied", what, forked[0], forked[-1], verified.signer.name)
        )
    check_change_ids(connection, [c for c in changes if c.seq > have], verified.signer.name, what)
    for change in changes:
        problem = change_id_problem(change.id, change.site, change.seq)
        if problem is not None:
            raise InputRefused(Text("%1: change %2 of %3: %4; the bundle was refused and nothing was "
                                    "applied", what, change.seq, verified.signer.name, problem))
    if changes and changes[0].seq > have + 1:
        raise InputRefused(
            Text("%1: missing changes %2-%3 of %4; ask the region for a new export (it holds every "
                 "change not yet acknowledged)", what, have + 1, changes[0].seq - 1, verified.signer.name)
        )
    # The author a change names is free text its signer chose; the master records (and its conflict
    # queue shows) the name the trust registry gives the key that signed it.
    name = verified.signer.name
    return [c if c.author == name else replace(c, author=name) for c in changes if c.seq > have]


def check_relayed_ids(verified: bundle.Bundle, what: str) -> None:
    """The Secretariat's signature vouches for the changes it relays; each id must still be its
    origin's (the shipped reference data has ids of its own)."""
    for change in verified.changes:
        if change.site == SEED_SITE_ID:
            continue
        problem = change_id_problem(change.id, change.site, change.seq)
        if problem is not None:
            raise InputRefused(Text("%1: %2; the bundle was refused and nothing was applied", what, problem))


def content(change: wire.WireChange) -> tuple[Any, ...]:
    """What a change does, without what the master rewrites (its author's name, a clock bounded)."""
    return (change.id, change.table, change.record, change.field, change.kind, change.old, change.new,
            change.based_on, change.also_based_on)


def check_change_ids(connection: Connection, fresh: list[Any], signer: str, what: str) -> None:
    """A change id belongs to the site that made it: one this copy already holds (copied from
    another region's bundle, say) refuses the bundle that carries it, never the site it came from."""
    seen: set[str] = set()
    for change in fresh:
        if change.id in seen:
            raise InputRefused(Text("%1: the change id %2 is used twice in it; nothing was applied",
                                    what, change.id))
        seen.add(change.id)
    ids = sorted(seen)
    for start in range(0, len(ids), plan_.CHUNK):
        taken = connection.execute(
            select(Change.change_id, Change.site_id, Change.seq)
            .where(Change.change_id.in_(ids[start : start + plan_.CHUNK])).limit(1)
        ).first()
        if taken is not None:
            raise InputRefused(
                Text("%1: %2 sent a change with the id %3, which belongs to change %4 of site %5 "
                     "received before: a change id is its own site's, so the bundle was refused and "
                     "nothing was applied", what, signer, taken[0], taken[2], taken[1]))


def clock_warnings(verified: bundle.Bundle) -> list[str]:
    """What a wrong clock in the bundle means; a value that is no time at all is refused."""
    now = clock.now_ms()
    day = 86_400_000
    stamps = [(clock.parse_hlc(change.hlc)[0], change) for change in verified.changes]
    for millis, change in stamps:
        if millis > clock.LATEST_MS:
            raise InputRefused(Text(
                "%1: change %2 carries the clock value %3, which is no time at all (%4): the bundle "
                "was refused", verified.signer.name, change.id, change.hlc, clock.date_of(millis)))
    latest = max((millis for millis, _ in stamps), default=0)
    if latest > now + clock.MAX_AHEAD_MS:
        return [Text("the clock of %1 runs more than a day ahead (a change dated %2): its changes "
                     "count as made when they arrived here (%3), so a wrong clock wins no conflict "
                     "against a later change. Ask them to set their computer's date right.",
                     verified.signer.name, clock.date_of(latest), clock.date_of(now))]
    earliest = min((millis for millis, _ in stamps if millis), default=now)
    if earliest < now - 20 * 365 * day:
        return [Text("the clock of %1 seems wrong (a change dated %2): its changes lose every tie "
                     "they are part of; ask them to set their computer's date right",
                     verified.signer.name, clock.date_of(earliest))]
    return []


def bounded(verified: bundle.Bundle) -> bundle.Bundle:
    """The bundle with every clock value held to the bound (db/clock.py): stored and compared so."""
    now = clock.now_ms()
    changes = [c if (b := clock.bounded(c.hlc, now)) == c.hlc else replace(c, hlc=b)
               for c in verified.changes]
    return replace(verified, changes=changes)


def named_files(changes: list[tuple[str, Any]]) -> set[str]:
    """The files (SHA-256) that changes' `*_sha256` fields point at; (field, new value) pairs."""
    named: set[str] = set()
    for name, new in changes:
        values = new if isinstance(new, dict) else {name: new}
        named.update(v for k, v in values.items() if k.endswith("sha256") and isinstance(v, str))
    return named


def check_attachments(verified: bundle.Bundle, what: str) -> None:
    """A file travels only as part of a change that points at it: any other is refused, so nothing
    unreferenced (invisible to `dump`, copied into every backup) is ever stored."""
    stray = sorted(set(verified.attachments) - named_files([(c.field, c.new) for c in verified.changes]))
    if stray:
        raise InputRefused(Text("%1 carries a file no change of it refers to (%2): it was refused",
                                what, stray[0]))
