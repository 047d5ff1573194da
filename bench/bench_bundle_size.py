"""Size of a typical week's bundle (200 field edits) against those changes as deflated JSON lines.

The week is made through the real path: a regional copy enrolled with a Secretariat adds its
records, has them acknowledged by a master bundle, then makes 200 field edits and exports.

Run: python bench/bench_bundle_size.py   (target: ratio <= 1.3)
"""

import json
import os
import random
import sys
import tempfile
import zipfile
import zlib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import keyring
from keyring.backends import null

from bench.dataset import STATUSES, words
from sic_desktop.db.models import Activity
from sic_desktop.services import records
from sic_desktop.services.reference import reference_id
from sic_desktop.services.site import init_database
from sic_desktop.sync import trust
from sic_desktop.sync.export import export
from sic_desktop.sync.identity import identity, keystore
from sic_desktop.sync.importer import import_bundle
from sic_desktop.sync.keys import PublicKeyFile
from sic_desktop.sync.setup import prepare_site

EDITS = 200
RECORDS = 60


def main() -> None:
    # Never touch the keyring of whoever runs this: keys go to passphrase-encrypted files.
    keyring.set_keyring(null.Keyring())  # type: ignore[no-untyped-call]
    os.environ.setdefault("SIC_DESKTOP_PASSPHRASE", "benchmark only")
    rng = random.Random(200)
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        sec = init_database(folder / "sec.sqlite", role="secretariat", name="Secretariat")
        prepare_site(sec, secretariat_key=None)
        with sec.session() as session:
            me = identity(session)
        sec_key = keystore(sec.path, me.site_id).load()
        card = folder / "sec.pub"
        card.write_bytes(
            PublicKeyFile(me.site_id, me.name, me.role, sec_key.public_key(), "").to_bytes(sec_key)
        )
        region = init_database(folder / "region.sqlite", role="regional", name="Africa office")
        prepare_site(region, secretariat_key=card)
        with region.session() as session:
            region_me = identity(session)
        region_key = keystore(region.path, region_me.site_id).load()
        with sec.session() as session, session.begin():
            trust.add(
                session,
                PublicKeyFile(region_me.site_id, region_me.name, "regional", region_key.public_key(), ""),
                role="tfrr",
                task_forces=["A1"],
                region="Africa",
            )
        ids = []
        with region.session() as session, session.begin():
            for n in range(RECORDS):
                outcome = records.create(
                    session,
                    Activity,
                    task_force_id=reference_id("task_force", "A1"),
                    title=f"{words(rng, 4).capitalize()} {n}",
                    description=words(rng, 30),
                    region_id=reference_id("region", "Africa"),
                    status="planned",
                )
                ids.append(outcome.record_id)
        # Last week: exported, merged, acknowledged.
        import_bundle(sec, export(region, folder / "week0.sicbundle").path)
        import_bundle(region, export(sec, folder / "master.sicbundle", for_site=region_me.site_id).path)
        # This week: 200 field edits.
        with region.session() as session, session.begin():
            made = 0
            while made < EDITS:
                field = rng.choice(("title", "description", "status", "countries", "owner"))
                if field == "status":
                    value = rng.choice(STATUSES)
                elif field == "description":
                    value = words(rng, 30)
                else:
                    value = words(rng, 4).capitalize()
                outcome = records.update(session, Activity, rng.choice(ids), **{field: value})
                made += len(outcome.changes)  # setting a field to its own value is no change
        week = export(region, folder / "week1.sicbundle")
        size = week.path.stat().st_size
        with zipfile.ZipFile(week.path) as archive:
            changes = [json.loads(line) for line in archive.read("changes.jsonl").splitlines()]
        plain = "".join(json.dumps(change, separators=(",", ":")) + "\n" for change in changes)
        compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
        deflated = len(compressor.compress(plain.encode()) + compressor.flush())
        sec.close()
        region.close()
    assert len(changes) == week.changes == EDITS, week
    print(
        f"{len(changes)} field edits as JSON lines: {len(plain.encode())} bytes, deflated: {deflated} bytes"
    )
    print(f"signed bundle (manifest, signature, ZIP directory, changes): {size} bytes")
    print(f"ratio bundle/deflated: {size / deflated:.2f}  (target <= 1.3)")


if __name__ == "__main__":
    main()
