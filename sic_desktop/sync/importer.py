"""Importing a bundle: verify, check replay/gap/fork, then merge in one transaction after a backup."""

import hashlib
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from sic_desktop.db import health
from sic_desktop.db.backup import backup_before
from sic_desktop.db.models import BundleImport
from sic_desktop.db.store import Store
from sic_desktop.db.values import decode
from sic_desktop.errors import InputRefused
from sic_desktop.files import write_atomic
from sic_desktop.services.writes import rehearsal, writing
from sic_desktop.sync import bundle, merge, received, region, safezip, state, trust, writes
from sic_desktop.sync import plan as plan_
from sic_desktop.sync.identity import Identity, identity
from sic_desktop.sync.received import Quarantined
from sic_desktop.sync.wire import models
from sic_desktop.text import Text, plural, word

log = logging.getLogger("sic_desktop.sync")
# What a bundle does to how many records of a kind (%1): "2 activity records changed". The kind
# names the records rather than taking a plural of its own, so every language counts one noun.
# Each template is a literal `Text(..., count=)` call: dev/wordlist.py lists it for lupdate as a plural.
_VERBS: dict[str, Callable[[int, Text], Text]] = {
    "insert": lambda count, kind: Text("%n %1 record(s) added", kind, count=count),
    "update": lambda count, kind: Text("%n %1 record(s) changed", kind, count=count),
    "delete": lambda count, kind: Text("%n %1 record(s) moved to the trash", kind, count=count),
    "undelete": lambda count, kind: Text("%n %1 record(s) restored", kind, count=count),
}


_SHOWN = 40


def _short(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 60 else text[:57] + "..."


def _details(plan: plan_.Plan | None) -> list[dict[str, Any]]:
    """Every change a bundle would make, field by field (what a preview shows)."""
    if plan is None:
        return []
    return [
        {
            "table": row["table_name"],
            "record_id": row["record_id"],
            "field": row["field"],
            "kind": row["kind"],
            "old": decode(row["old_value"]),
            "new": decode(row["new_value"]),
            "applies": bool(row["applied"]),
        }
        for row in plan.changes
    ]


@dataclass
class Report:
    """What a bundle did (or would do): the verdict, counts, conflicts and warnings."""

    file: str
    verdict: str  # applied | conflicts | already applied | preview
    kind: str
    signer: str
    site_id: str
    seq_from: int
    seq_to: int
    applied: int = 0
    skipped: int = 0
    merged: int = 0
    summary: list[str] = field(default_factory=list)
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    details: list[dict[str, Any]] = field(default_factory=list)  # field by field, in a preview

    @property
    def exit_code(self) -> int:
        return 3 if self.conflicts and self.verdict != "preview" else 0

    def as_json(self) -> dict[str, Any]:
        return {**self.__dict__, "exit_code": self.exit_code}

    def text(self) -> str:
        lines = [
            f"{self.file}: {self.kind} bundle from {self.signer} (site {self.site_id}), "
            f"changes {self.seq_from}-{self.seq_to}: {self.verdict}",
            "  " + (", ".join(self.summary) or "nothing new"),
        ]
        lines += [f"  warning: {warning}" for warning in self.warnings]
        for detail in self.details[:_SHOWN]:
            lines.append(
                f"    {detail['table']} {detail['record_id']} {detail['field']}: "
                f"{_short(detail['old'])} -> {_short(detail['new'])}"
                + ("" if detail["applies"] else "  (waits in the conflict queue)")
            )
        if len(self.details) > _SHOWN:
            lines.append(f"    ... and {len(self.details) - _SHOWN} more (all of them with --json)")
        if self.conflicts:
            lines.append(f"  {plural('%n conflict(s) queued:', len(self.conflicts))}")
            lines += [
                f"    {c['id']}  {c['table_name']} {c['record_id']} {c['field']} ({c['kind']}): "
                f"master {c['master']} / incoming {c['incoming']}"
                for c in self.conflicts
            ]
        return "\n".join(lines)


def inspect_bundle(store: Store, path: Path) -> Report:
    """Verify a bundle and say what it would change; nothing is written."""
    return _run(store, path, write=False)


def import_bundle(store: Store, path: Path) -> Report:
    """Verify and apply a bundle in one transaction; a refusal changes nothing and is logged."""
    health.ensure_sound(store.path)  # never merge into a file SQLite finds damaged
    return _run(store, path, write=True)


def import_bundles(store: Store, paths: list[Path], *,
                   refused: Callable[[Path, InputRefused], None] | None = None) -> list[Report]:
    """A merge session: one backup first, then each bundle in its own all-or-nothing transaction.
    The first refusal stops the session (the bundles before it stay applied), unless `refused`
    takes it and the session goes on with the next bundle."""
    health.ensure_sound(store.path)
    _backup(store.path)
    reports = []
    for path in paths:
        try:
            reports.append(_run(store, path, write=True, backed_up=True))
        except InputRefused as refusal:
            if refused is None:
                raise
            refused(path, refusal)
    return reports


def _run(store: Store, path: Path, *, write: bool, backed_up: bool = False) -> Report:
    try:
        data = safezip.read_capped(path, str(path))
    except InputRefused as refusal:
        if write:
            _log_refusal(store, path, "", refusal, verdict="refused")
        raise
    sha = hashlib.sha256(data).hexdigest()
    facts: dict[str, Any] = {}  # who sent it, once its signature is verified: for the bundle log
    try:
        with writing(store) if write else rehearsal(store) as session:
            me = identity(session)
            verified = bundle.read(data, lambda key: trust.find(session, key), what=str(path))
            manifest = verified.manifest
            facts.update(site_id=manifest.site_id, key_id=manifest.key_id, kind=manifest.kind,
                         seq_from=manifest.seq_from, seq_to=manifest.seq_to)
            received.check_addressing(me, verified, str(path))
            received.check_attachments(verified, str(path))
            warnings = received.clock_warnings(verified)
            verified = received.bounded(verified)
            report, plan = _plan(session, me, verified, str(path))
            report.warnings = warnings + report.warnings
            if not write:
                report.verdict = "preview"
                report.details = _details(plan)
                return report  # the rehearsal rolls back whatever the plan touched
            connection = session.connection()
            if plan is not None and (plan.changes or plan.queued):
                if not backed_up:
                    _backup(store.path)
                writes.apply(connection, plan)
                if me.is_secretariat:  # the master's statuses follow the records just merged
                    from sic_desktop.services.note_rules import follow_notes, notes_touched

                    follow_notes(session, notes_touched(session, plan.changes))
            _keep_attachments(connection, verified.attachments, plan)
            _record(session, verified, report, sha)
        log.info("imported %s: %s", path, report.verdict)
        return report
    except Quarantined as refusal:
        _log_refusal(store, path, sha, refusal, verdict="quarantined", data=data, facts=facts)
        raise
    except InputRefused as refusal:
        if write:
            _log_refusal(store, path, sha, refusal, verdict="refused", facts=facts)
        raise


def _plan(
    session: Session, me: Identity, verified: bundle.Bundle, what: str
) -> tuple[Report, plan_.Plan | None]:
    manifest = verified.manifest
    report = Report(
        what,
        "applied",
        manifest.kind,
        verified.signer.name,
        manifest.site_id,
        manifest.seq_from,
        manifest.seq_to,
    )
    connection = session.connection()
    if me.is_secretariat:
        fresh = received.fresh_changes(connection, verified, what)
        report.skipped = len(verified.changes) - len(fresh)
        if not fresh:
            report.verdict = "already applied"
            return report, None
        try:
            plan = merge.plan_master(
                connection,
                fresh,
                signer=verified.signer,
                acks=manifest.acks,
                master_site=me.site_id,
                deletes_seen=manifest.deletes_seen,
            )
        except InputRefused as refusal:
            raise InputRefused(Text("%1: %2", what, refusal.message)) from None
    else:
        last = state.last_master(session)
        if manifest.created < str(last.get("created", "")):
            raise InputRefused(
                Text("%1 is older than the last master bundle applied here (%2 < %3): it was refused",
                     what, manifest.created, last["created"])
            )
        received.check_relayed_ids(verified, what)
        plan = region.plan_region(
            connection, verified.changes, me=me.site_id, ack=manifest.acks.get(me.site_id, 0)
        )
        if manifest.created == last.get("created") or not plan.changes:
            report.verdict = "already applied" if not plan.changes else report.verdict
    report.applied, report.merged = plan.applied, plan.merged
    report.skipped += plan.skipped
    report.summary = _summary(plan)
    report.conflicts = [{k: v for k, v in conflict.items() if k != "created_at"} for conflict in plan.queued]
    if report.conflicts:
        report.verdict = "conflicts"
    return report, plan


def _summary(plan: plan_.Plan) -> list[str]:
    words: list[str] = []
    for (table, kind), count in sorted(plan.summary.items()):
        label = word(models()[table].cls.__label__, "records")
        words.append(_VERBS[kind](count, label) if kind in _VERBS
                     else Text("%n %1 record(s): %2", label, kind, count=count))
    if plan.merged:
        words.append(Text("%n value(s) already equal", count=plan.merged))
    return words


def _record(session: Session, verified: bundle.Bundle, report: Report, sha: str) -> None:
    manifest = verified.manifest
    detail = {
        "acked_master": manifest.acked_master,
        "acks": manifest.acks,
        "created": manifest.created,
        "applied": report.applied,
        "conflicts": len(report.conflicts),
        "previous": manifest.previous,
    }
    session.add(
        BundleImport(
            bundle_sha256=sha,
            site_id=manifest.site_id,
            key_id=manifest.key_id,
            kind=manifest.kind,
            seq_from=manifest.seq_from,
            seq_to=manifest.seq_to,
            verdict=report.verdict,
            detail=json.dumps(detail),
            imported_at=datetime.now(UTC).replace(tzinfo=None),
        )
    )
    if verified.trust and verified.signer.is_secretariat and manifest.kind == "master":
        _take_registry(session, verified)
    session.flush()


def _take_registry(session: Session, verified: bundle.Bundle) -> None:
    from sic_desktop.sync.keys import public_key_from_base64

    entries = []
    for item in verified.trust:
        try:
            entries.append(
                trust.Scope(
                    str(item["key_id"]),
                    str(item["site_id"]),
                    str(item["name"]),
                    str(item["role"]),
                    tuple(str(code) for code in item["task_forces"] or []),  # type: ignore[union-attr]
                    None if item["region"] is None else str(item["region"]),
                    str(item["status"]),
                    public_key_from_base64(str(item["public_key"])),
                )
            )
        except (KeyError, TypeError, ValueError):
            raise InputRefused(Text("the master bundle's trust registry is malformed")) from None
    pinned = {s.key_id for s in trust.all_keys(session) if s.is_secretariat}
    trust.replace_registry(session, entries, keep=pinned)


def _backup(database: Path) -> None:
    """A copy of the committed state, taken while this import holds the write lock (or one made
    minutes ago: the bundles imported since import again harmlessly)."""
    backup_before(database, reason="before-import")


def _log_refusal(
    store: Store,
    path: Path,
    sha: str,
    refusal: InputRefused,
    *,
    verdict: str,
    data: bytes | None = None,
    facts: dict[str, Any] | None = None,
) -> None:
    log.info("%s %s: %s", verdict, path, refusal)
    if data is not None:
        folder = store.path.with_name(store.path.stem + "-quarantine")
        folder.mkdir(exist_ok=True)
        write_atomic(folder / f"{sha}.sicbundle", data)
    with writing(store) as session:
        session.add(
            BundleImport(
                bundle_sha256=sha,
                verdict=verdict,
                detail=str(refusal)[:2000],
                imported_at=datetime.now(UTC).replace(tzinfo=None),
                **(facts or {}),
            )
        )


def _keep_attachments(connection: Connection, files: dict[str, bytes], plan: plan_.Plan | None) -> None:
    """Files that came with the changes this import logged, each stored once by its (already
    checked) SHA-256; the changes were authorised, so the signer may bring them."""
    logged = [] if plan is None else [(row["field"], decode(row["new_value"])) for row in plan.changes]
    named = received.named_files(logged)
    kept = sorted((digest, content) for digest, content in files.items() if digest in named)
    if kept:
        connection.exec_driver_sql(
            "INSERT OR IGNORE INTO attachment (sha256, data, size) VALUES (?, ?, ?)",
            [(digest, content, len(content)) for digest, content in kept],
        )
