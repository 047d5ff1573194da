"""Merging 24 regional bundles of 2,000 field changes into the benchmark master, against plain sqlite3.

The baseline parses the same change lines with `json.loads` and inserts them with one
`executemany` into a copy of the same database, in the same run. The merge does everything a real
import does: safe ZIP reading, signature, strict JSON, allow-list and types, authorisation, the
three-way plan, one backup, and one transaction per bundle.

Run: python bench/bench_merge.py   (target: ratio <= 5.0)
"""

import json
import random
import shutil
import sqlite3
import sys
import tempfile
import time
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from bench.dataset import dataset_path, words
from sic_desktop.db.base import new_id
from sic_desktop.db.changelog import field_heads
from sic_desktop.db.clock import format_hlc
from sic_desktop.db.models import Activity, TaskForce
from sic_desktop.db.store import open_store
from sic_desktop.db.values import to_plain
from sic_desktop.sync import bundle, trust, wire
from sic_desktop.sync.canonical import JSON
from sic_desktop.sync.identity import identity
from sic_desktop.sync.importer import import_bundles
from sic_desktop.sync.keys import PublicKeyFile, key_id

REGIONS = 24
CHANGES = 2_000
FIELDS = ("title", "description", "status", "budget", "countries", "sponsor", "owner")


def make_bundles(database: Path, folder: Path) -> list[Path]:
    """Trust 24 regional keys (one per task force) and write a bundle of edits from each."""
    rng = random.Random(24)
    store = open_store(database)
    paths = []
    with store.session() as session, session.begin():
        master = identity(session).site_id
        task_forces = list(session.scalars(select(TaskForce).order_by(TaskForce.code)))
        for number, task_force in enumerate(task_forces[:REGIONS]):
            private_key = Ed25519PrivateKey.generate()
            site = new_id()
            card = PublicKeyFile(site, f"Region {number}", "regional", private_key.public_key(), "")
            trust.add(session, card, role="tfl", task_forces=[task_force.code], region=None)
            activities = list(
                session.scalars(select(Activity).where(Activity.task_force_id == task_force.id))
            )
            changes = _edits(session, rng, site, activities)
            manifest = bundle.Manifest(
                kind="changes",
                site_id=site,
                site_name=card.site_name,
                key_id=key_id(private_key.public_key()),
                to=master,
                seq_from=1,
                seq_to=len(changes),
                previous=None,
                acks={},
                created=format_hlc(1, 0),
            )
            path = folder / f"region{number:02d}.sicbundle"
            path.write_bytes(bundle.write(private_key, manifest, changes))
            paths.append(path)
    store.close()
    return paths


def _edits(session: Session, rng: random.Random, site: str,
           activities: list[Activity]) -> list[wire.WireChange]:
    heads: dict[tuple[str, str], str] = {}
    values: dict[tuple[str, str], JSON] = {}
    changes = []
    for seq in range(1, CHANGES + 1):
        activity = rng.choice(activities)
        name = rng.choice(FIELDS)
        key = (activity.id, name)
        if key not in heads:
            known = field_heads(session.connection(), "activity", activity.id)
            heads[key] = known.get(name) or known["*"]
            values[key] = to_plain(getattr(activity, name))
        new: JSON
        if name == "status":
            new = rng.choice(("planned", "ongoing", "completed"))
        elif name == "budget":
            new = float(rng.randrange(1000, 900_000))
        else:
            new = words(rng, 25 if name == "description" else 4)
        change = wire.WireChange(
            new_id(),
            site,
            seq,
            format_hlc(1_764_000_000_000 + seq, 0),
            "activity",
            activity.id,
            name,
            "update",
            values[key],
            new,
            heads[key],
            None,
            "Regional representative",
        )
        heads[key], values[key] = change.id, new
        changes.append(change)
    return changes


def baseline(database: Path, paths: list[Path]) -> float:
    """The same change lines parsed with json.loads and inserted with executemany into the same
    change log table (its indexes included) of a copy of the same master, one commit a bundle."""
    connection = sqlite3.connect(database)
    started = time.perf_counter()
    for path in paths:
        with zipfile.ZipFile(path) as archive:
            data = archive.read("changes.jsonl")
        rows = []
        for line in data.splitlines():
            c = json.loads(line)
            rows.append(
                (
                    c["id"],
                    c["site"],
                    c["seq"],
                    c["hlc"],
                    c["table"],
                    c["record"],
                    c["field"],
                    json.dumps(c["old"]),
                    json.dumps(c["new"]),
                    c["based_on"],
                    c["kind"],
                    c["author"],
                    1,
                    c["also_based_on"],
                )
            )
        with connection:
            connection.executemany(
                "INSERT INTO change (change_id, site_id, seq, hlc, table_name, record_id, field, "
                "old_value, new_value, based_on, kind, author, applied, also_based_on) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                rows,
            )
    elapsed = time.perf_counter() - started
    connection.close()
    return elapsed


def merge(database: Path, paths: list[Path]) -> float:
    store = open_store(database)
    started = time.perf_counter()
    reports = import_bundles(store, paths)
    elapsed = time.perf_counter() - started
    store.close()
    applied = sum(report.applied for report in reports)
    assert applied == REGIONS * CHANGES, applied
    return elapsed


def main() -> None:
    source = dataset_path()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        prepared = folder / "prepared.sqlite"
        shutil.copyfile(source, prepared)
        paths = make_bundles(prepared, folder)
        bases, merges = [], []
        for run in range(3):
            copy = folder / f"plain{run}.sqlite"
            shutil.copyfile(prepared, copy)
            bases.append(baseline(copy, paths))
            copy = folder / f"master{run}.sqlite"
            shutil.copyfile(prepared, copy)
            merges.append(merge(copy, paths))
    base, merged = min(bases), min(merges)
    total = REGIONS * CHANGES
    print(f"baseline: json.loads + sqlite3 executemany of {total} changes: {base:.2f} s")
    print(
        f"merge of {REGIONS} bundles x {CHANGES} field changes (verify, plan, backup, apply): {merged:.2f} s"
    )
    print(f"ratio merge/baseline: {merged / base:.2f}  (target <= 5.0)")


if __name__ == "__main__":
    main()
