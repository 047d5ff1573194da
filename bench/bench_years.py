"""Years of weekly bundles at the Secretariat: costs after N years against after two weeks.

24 regions (one per task force) each send 200 field edits a week: 180 of their task force's
activities and 20 of the shared people, so that every master bundle carries a week's news. The
weeks of history are written in bulk straight into the master's change log and records (the same
rows a merge writes; merging 6,000 bundles one by one would take hours). The measured steps are the
real ones, at two weeks and again at N years in the same run, for region 0:
- its master bundle for the week (`export --for`), in a fresh process: time and peak memory;
- the import of a weekly bundle (signed, verified, planned, merged; the median of five regions'),
  after the copy taken before an import session (timed apart: a copy minutes old is reused);
- a new region's first bundle after N years: accepted by a real regional copy, its size against the
  records it then holds as JSON;
- the master database and its backups folder after N years.

Run: python bench/bench_years.py [--years 5]
(targets: export time and memory, import <= 1.5x; first bundle accepted and <= 2x its records as
JSON; backups folder <= 3x the database)
"""

import argparse
import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
import zipfile
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
os.environ.setdefault("SIC_DESKTOP_PASSPHRASE", "benchmark passphrase")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import text

from bench.dataset import fresh_copy, words
from sic_desktop.db.backup import backup_before, backups_folder, make_backup
from sic_desktop.db.clock import format_hlc
from sic_desktop.db.store import Store, open_store
from sic_desktop.services.dump import dump_json
from sic_desktop.services.site import init_database
from sic_desktop.sync import bundle, trust, wire
from sic_desktop.sync.export import export
from sic_desktop.sync.identity import identity, keystore
from sic_desktop.sync.importer import import_bundle
from sic_desktop.sync.keys import PublicKeyFile, key_id
from sic_desktop.sync.setup import prepare_site

REGIONS = 24
IMPORTED = 5  # regions whose weekly bundle is imported for real at each measure (median time)
EDITS = 200
SHARED = 20  # of the 200, edits of shared people
FIELDS = ("title", "description", "status", "budget", "countries", "sponsor", "owner")
WEEK_MS = 7 * 24 * 3600 * 1000
START_MS = 1_704_067_200_000  # 2024-01-01

EXPORT_CHILD = """
import sys, time
from pathlib import Path
from sic_desktop.db.store import open_store
from sic_desktop.sync.export import export
store = open_store(Path(sys.argv[1]))
started = time.perf_counter()
done = export(store, Path(sys.argv[2]), for_site=sys.argv[3])
seconds = time.perf_counter() - started
# This process's own high-water mark: getrusage would count the parent's pages it was forked with.
peak = next(line.split()[1] for line in open("/proc/self/status") if line.startswith("VmHWM:"))
print(seconds, int(peak) / 1024, done.changes)
"""


@dataclass
class Region:
    site: str
    key: Ed25519PrivateKey
    task_force: str
    activities: list[str]
    seq: int = 0


@dataclass
class History:
    """The master's current value and head change of every (table, record, field) edited."""

    values: dict[tuple[str, str, str], object] = field(default_factory=dict)
    heads: dict[tuple[str, str, str], str] = field(default_factory=dict)
    inserts: dict[tuple[str, str], str] = field(default_factory=dict)
    people: list[str] = field(default_factory=list)


def _load(database: Path) -> History:
    history = History()
    with sqlite3.connect(database) as connection:
        for table, record, change_id in connection.execute(
            "SELECT table_name, record_id, change_id FROM change WHERE field = '*' "
            "AND table_name IN ('activity', 'person')"
        ):
            history.inserts[(table, record)] = change_id
        names = ", ".join(FIELDS)
        for row in connection.execute(f"SELECT id, {names} FROM activity"):
            for name, value in zip(FIELDS, row[1:], strict=True):
                history.values[("activity", row[0], name)] = value
        for record, value in connection.execute("SELECT id, languages FROM person"):
            history.values[("person", record, "languages")] = value
            history.people.append(record)
    connection.close()
    return history


def _edit(history: History, rng: random.Random, region: Region, table: str, record: str, name: str,
          week: int) -> wire.WireChange:
    if name == "status":
        new: object = rng.choice(("planned", "ongoing", "completed"))
    elif name == "budget":
        new = float(rng.randrange(1000, 900_000))
    else:
        new = words(rng, 25 if name == "description" else 4)
    key = (table, record, name)
    region.seq += 1
    change = wire.WireChange(
        str(uuid.UUID(int=rng.getrandbits(128), version=4)), region.site, region.seq,
        format_hlc(START_MS + week * WEEK_MS + region.seq, 0), table, record, name, "update",
        history.values.get(key), new,  # type: ignore[arg-type]
        history.heads.get(key) or history.inserts[(table, record)], None, "Regional representative",
    )
    history.values[key], history.heads[key] = new, change.id
    return change


def _week(history: History, rng: random.Random, region: Region, week: int) -> list[wire.WireChange]:
    changes = [
        _edit(history, rng, region, "activity", rng.choice(region.activities), rng.choice(FIELDS), week)
        for _ in range(EDITS - SHARED)
    ]
    changes += [
        _edit(history, rng, region, "person", rng.choice(history.people), "languages", week)
        for _ in range(SHARED)
    ]
    return changes


def bulk(database: Path, weeks: list[list[wire.WireChange]]) -> None:
    """Write weeks of merged changes as a merge would: change rows and the records' new values."""
    connection = sqlite3.connect(database, isolation_level=None)
    connection.execute("BEGIN IMMEDIATE")
    connection.execute("UPDATE write_permit SET open = 1")
    for changes in weeks:
        rows = [change.to_row(applied=True) for change in changes]
        names = list(rows[0])
        connection.executemany(
            f"INSERT INTO change ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
            [tuple(row[n] for n in names) for row in rows],
        )
        for change in changes:
            connection.execute(f'UPDATE "{change.table}" SET "{change.field}" = ? WHERE id = ?',
                               (change.new, change.record))
    connection.execute("UPDATE write_permit SET open = 0")
    connection.execute("COMMIT")
    # A merge commits bundle by bundle and SQLite checkpoints after each; weeks written at once
    # would otherwise leave a write-ahead log of hundreds of MB that only this benchmark makes.
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()


def _manifest(path: Path) -> dict[str, object]:
    with zipfile.ZipFile(path) as archive:
        result: dict[str, object] = json.loads(archive.read(bundle.MANIFEST))
    return result


def _peak_export(database: Path, target: Path, site: str) -> tuple[float, float, int]:
    """Time and peak memory (of the whole process: Python, SQLAlchemy, SQLite) of one `export --for`
    in a fresh process, as the command line runs it."""
    result = subprocess.run([sys.executable, "-c", EXPORT_CHILD, str(database), str(target), site],
                            capture_output=True, text=True, check=False,
                            cwd=Path(__file__).resolve().parent.parent)
    assert result.returncode == 0, result.stderr
    seconds, memory, changes = result.stdout.split()
    return float(seconds), float(memory), int(changes)


def measure(store: Store, folder: Path, history: History, rng: random.Random, regions: list[Region],
            week: int, label: str) -> tuple[dict[str, float], int]:
    """Region 0's week: the master bundle it applied, its own bundle (and four others) imported,
    then its next master bundle; the other regions' week is merged in bulk. Returns the figures
    and the next week."""
    me = regions[0]
    previous = export(store, folder / f"{label}-previous.sicbundle", for_site=me.site).path
    facts = _manifest(previous)
    paths = []
    for number, region in enumerate(regions[:IMPORTED]):
        own = _week_of(history, rng, region, week, shared=False)
        manifest = bundle.Manifest(
            kind="changes", site_id=region.site, site_name=f"Region {number}",
            key_id=key_id(region.key.public_key()), to=str(facts["site_id"]), seq_from=own[0].seq,
            seq_to=own[-1].seq, previous=None,
            acks={str(k): int(v) for k, v in dict(facts["acks"]).items()},  # type: ignore[call-overload]
            created=format_hlc(START_MS + week * WEEK_MS, 1), acked_master=str(facts["created"]),
        )
        paths.append(folder / f"{label}-region{number}.sicbundle")
        paths[-1].write_bytes(bundle.write(region.key, manifest, own))
    bulk(store.path, [_week(history, rng, region, week) for region in regions[IMPORTED:]])
    started = time.perf_counter()
    backup_before(store.path, reason="before-import", fresh=timedelta(0))  # the session's first import
    backup_seconds = time.perf_counter() - started
    times = []
    for path in paths:
        started = time.perf_counter()
        report = import_bundle(store, path)
        times.append(time.perf_counter() - started)
        assert report.verdict == "applied", report.text()
    import_seconds = sorted(times)[len(times) // 2]  # the median of the week's first imports
    with sqlite3.connect(store.path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    seconds, memory, changes = _peak_export(store.path, folder / f"{label}-master.sicbundle", me.site)
    figures = {"export_s": seconds, "export_mb": memory, "export_changes": changes,
               "import_s": import_seconds, "backup_s": backup_seconds}
    return figures, week + 1


def _week_of(history: History, rng: random.Random, region: Region, week: int, *, shared: bool
             ) -> list[wire.WireChange]:
    if shared:
        return _week(history, rng, region, week)
    return [_edit(history, rng, region, "activity", rng.choice(region.activities), rng.choice(FIELDS), week)
            for _ in range(EDITS)]


def first_bundle(store: Store, folder: Path, card: Path, code: str) -> dict[str, float]:
    """A region enrolled after the years: its first master bundle, applied by a real regional copy."""
    late = init_database(folder / "late.sqlite", role="regional", name="Late region", author="TFRR")
    prepare_site(late, secretariat_key=card)
    with late.session() as session:
        me = identity(session)
    key = keystore(late.path, me.site_id).load()
    public = PublicKeyFile(me.site_id, me.name, me.role, key.public_key(), "")
    with store.session() as session, session.begin():
        trust.add(session, public, role="tfl", task_forces=[code], region=None)
    started = time.perf_counter()
    done = export(store, folder / "first.sicbundle", for_site=me.site_id)
    seconds = time.perf_counter() - started
    report = import_bundle(late, done.path)
    assert report.verdict == "applied", report.text()
    with late.session() as session:
        records = len(dump_json(session).encode())
    late.close()
    return {"first_s": seconds, "first_bytes": done.path.stat().st_size, "first_changes": done.changes,
            "scope_json_bytes": records}


def _size(path: Path) -> int:
    return sum(item.stat().st_size for item in path.rglob("*") if item.is_file()) if path.is_dir() else (
        path.stat().st_size if path.exists() else 0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--years", type=float, default=5.0, help="years of weekly bundles (default 5)")
    parser.add_argument("--keep", type=Path, help="keep the work folder here (default: a temporary one)")
    args = parser.parse_args()
    total_weeks = max(int(args.years * 52), 4)
    rng = random.Random(17)
    folder = Path(tempfile.mkdtemp(prefix="bench-years-")) if args.keep is None else args.keep
    folder.mkdir(parents=True, exist_ok=True)
    database = fresh_copy(folder / "master.sqlite")
    store = open_store(database)
    prepare_site(store, secretariat_key=None)
    with store.session() as session, session.begin():
        me = identity(session)
        card = folder / "secretariat.pub"
        key = keystore(store.path, me.site_id).load()
        card.write_bytes(PublicKeyFile(me.site_id, me.name, me.role, key.public_key(), "").to_bytes(key))
        task_forces = session.execute(
            text("SELECT id, code FROM task_force ORDER BY code")).all()
        regions = []
        for number, (task_force, code) in enumerate(task_forces[:REGIONS]):
            region_key = Ed25519PrivateKey.generate()
            site = str(uuid.uuid4())
            card_of = PublicKeyFile(site, f"Region {number}", "regional", region_key.public_key(), "")
            trust.add(session, card_of, role="tfl", task_forces=[code], region=None)
            ids = session.execute(
                text("SELECT id FROM activity WHERE task_force_id = :t"), {"t": task_force}).scalars().all()
            regions.append(Region(site, region_key, code, list(ids)))
    history = _load(database)
    started = time.perf_counter()
    bulk(database, [_week(history, rng, region, 0) for region in regions])
    early, week = measure(store, folder, history, rng, regions, 1, "early")
    loading = time.perf_counter()
    while week < total_weeks:
        batch = min(13, total_weeks - week)
        bulk(database, [_week(history, rng, region, week + n) for n in range(batch) for region in regions])
        week += batch
        print(f"  ... week {week} of {total_weeks}", file=sys.stderr, flush=True)
    loading = time.perf_counter() - loading
    late, week = measure(store, folder, history, rng, regions, week, "late")
    first = first_bundle(store, folder, card, regions[1].task_force)
    print(f"  2 weeks: {early}\n  later: {late}\n  first bundle: {first}", file=sys.stderr, flush=True)
    for _ in range(2):  # daily copies, besides the copies before imports (the budget holds any number)
        make_backup(database, reason="daily")
    store.close()
    with sqlite3.connect(database) as connection:
        changes = connection.execute("SELECT count(*) FROM change").fetchone()[0]
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    db_bytes, backup_bytes = _size(database), _size(backups_folder(database))
    years = total_weeks / 52
    rows = [
        ("master-bundle export time", f"{early['export_s']:.2f} s", f"{late['export_s']:.2f} s",
         late["export_s"] / early["export_s"], "<= 1.5x"),
        ("master-bundle export peak memory", f"{early['export_mb']:.0f} MB", f"{late['export_mb']:.0f} MB",
         late["export_mb"] / early["export_mb"], "<= 1.5x"),
        ("import of one weekly bundle", f"{early['import_s']:.2f} s", f"{late['import_s']:.2f} s",
         late["import_s"] / early["import_s"], "<= 1.5x"),
        ("copy before an import session", f"{early['backup_s']:.2f} s", f"{late['backup_s']:.2f} s",
         late["backup_s"] / early["backup_s"], "(reported)"),
    ]
    print(f"{changes:,} changes in the master's log after {years:.1f} years ({total_weeks} weeks; "
          f"history written in {loading:.0f} s); {time.perf_counter() - started:.0f} s in all")
    print(f"{'':36} {'2 weeks':>10} {f'{years:.1f} years':>10} {'ratio':>7}  target")
    for name, a, b, ratio, target in rows:
        print(f"{name:36} {a:>10} {b:>10} {ratio:>6.2f}x  {target}")
    print(f"master bundle for one region: {early['export_changes']:.0f} changes, "
          f"then {late['export_changes']:.0f}")
    ratio = first["first_bytes"] / first["scope_json_bytes"]
    print(f"first bundle of a new region after {years:.1f} years: accepted, {first['first_changes']:.0f} "
          f"changes, {first['first_bytes'] / 1e6:.1f} MB, {first['first_s']:.1f} s; its records as JSON "
          f"{first['scope_json_bytes'] / 1e6:.1f} MB: {ratio:.2f}x (target <= 2x)")
    print(f"database {db_bytes / 1e6:.0f} MB; backups folder {backup_bytes / 1e6:.0f} MB: "
          f"{backup_bytes / db_bytes:.2f}x (target <= 3x)")
    if args.keep is None:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
