"""Helpers of the sync end-to-end tests (no tests here): sites, edits and forged bundles."""

import base64
import hashlib
import json
import os
import subprocess
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from sic_desktop.services.reference import reference_id
from sic_desktop.sync import canonical
from sic_desktop.sync.keys import key_id
from sic_desktop.sync.signing import sign

PASSPHRASE = "correct horse battery staple"

# What a window does when a person saves a form: a service call in one transaction.
EDIT = """
import json, sys
from pathlib import Path
from sic_desktop.db.base import record_class
from sic_desktop.db.store import open_store
from sic_desktop.services import records
spec = json.loads(sys.argv[2] if len(sys.argv) > 2 else sys.stdin.read())
store = open_store(Path(sys.argv[1]))
with store.session() as session, session.begin():
    for op in spec if isinstance(spec, list) else [spec]:
        model = record_class(op["table"])
        if op["op"] == "create":
            outcome = records.create(session, model, **op["values"])
        elif op["op"] == "update":
            outcome = records.update(session, model, op["id"], **op["values"])
        else:
            outcome = records.delete(session, model, op["id"])
        print(outcome.record_id)
store.close()
"""


def environment(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["HOME"] = str(home)
    env.pop("SIC_DESKTOP_DB", None)
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
    env["SIC_DESKTOP_PASSPHRASE"] = PASSPHRASE
    return env


@dataclass
class World:
    """A folder with sites made by `sic-desktop init`, and a way to run the program there."""

    folder: Path

    def run(self, *args: str | Path, check: int | None = 0) -> subprocess.CompletedProcess[str]:
        result = subprocess.run(
            [sys.executable, "-m", "sic_desktop", *map(str, args)],
            cwd=self.folder,
            env=environment(self.folder / "home"),
            capture_output=True,
            text=True,
            timeout=180,
            check=False,
        )
        if check is not None:
            assert result.returncode == check, (args, result.stdout, result.stderr)
        return result

    def json(self, *args: str | Path) -> Any:
        return json.loads(self.run(*args, "--json").stdout)

    def secretariat(self, name: str = "sec") -> "Site":
        db = self.folder / f"{name}.sqlite"
        self.run("--db", db, "init", "--role", "secretariat", "--site-name", f"Secretariat {name}")
        self.run("--db", db, "keys", "export", self.folder / f"{name}.pub")
        return Site(self, db, name, self.json("--db", db, "keys", "fingerprint")["site_id"])

    def region(
        self,
        name: str,
        secretariat: "Site",
        *,
        task_forces: tuple[str, ...] = ("A1",),
        region: str | None = "Africa",
        enrol: bool = True,
        role: str = "tfrr",
    ) -> "Site":
        db = self.folder / f"{name}.sqlite"
        self.run(
            "--db",
            db,
            "init",
            "--role",
            "regional",
            "--site-name",
            f"Region {name}",
            "--secretariat-key",
            self.folder / f"{secretariat.name}.pub",
        )
        pub = self.folder / f"{name}.pub"
        self.run("--db", db, "keys", "export", pub)
        site = Site(self, db, name, self.json("--db", db, "keys", "fingerprint")["site_id"])
        if enrol:
            args: list[str | Path] = ["--db", secretariat.db, "trust", "add", pub, "--role", role]
            for code in task_forces if role != "stc" else ():  # an assessor belongs to no task force
                args += ["--task-force", code]
            if region and role != "stc":
                args += ["--region", region]
            self.run(*args)
        return site


@dataclass
class Site:
    world: World
    db: Path
    name: str
    site_id: str
    exports: int = 0

    def edit(self, op: str, table: str, record: str | None = None, **values: Any) -> str:
        spec = json.dumps({"op": op, "table": table, "id": record, "values": values})
        result = subprocess.run(
            [sys.executable, "-c", EDIT, str(self.db), spec],
            cwd=self.world.folder,
            env=environment(self.world.folder / "home"),
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        return result.stdout.strip()

    def create_many(self, table: str, rows: list[dict[str, Any]]) -> list[str]:
        """Create many records in one transaction (one save of a long form)."""
        spec = json.dumps([{"op": "create", "table": table, "values": row} for row in rows])
        result = subprocess.run(
            [sys.executable, "-c", EDIT, str(self.db)],
            input=spec,
            cwd=self.world.folder,
            env=environment(self.world.folder / "home"),
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        return result.stdout.split()

    def export(self, for_site: "Site | None" = None) -> Path:
        self.exports += 1
        path = self.world.folder / f"{self.name}-{self.exports}.sicbundle"
        args: list[str | Path] = ["--db", self.db, "bundle", "export", path]
        if for_site is not None:
            args += ["--for", for_site.site_id]
        self.world.run(*args)
        return path

    def import_(self, bundle: Path, check: int | None = 0) -> subprocess.CompletedProcess[str]:
        return self.world.run("--db", self.db, "bundle", "import", bundle, check=check)

    def dump(self) -> str:
        return self.world.run("--db", self.db, "dump").stdout

    def records(self, table: str) -> dict[str, dict[str, Any]]:
        return {row["id"]: row for row in json.loads(self.dump())[table]}

    def conflicts(self) -> list[dict[str, Any]]:
        result: list[dict[str, Any]] = self.world.json("--db", self.db, "conflicts", "list")
        return result

    def private_key(self) -> Ed25519PrivateKey:
        pem = self.db.with_name(self.db.name + ".key.pem").read_bytes()
        key = serialization.load_pem_private_key(pem, password=PASSPHRASE.encode())
        assert isinstance(key, Ed25519PrivateKey)
        return key


def task_force(code: str) -> str:
    return reference_id("task_force", code)


def region_id(name: str) -> str:
    return reference_id("region", name)


def forge(
    signer: Site,
    to: Site,
    changes: bytes,
    *,
    manifest: dict[str, Any] | None = None,
    extra: list[tuple[str, bytes]] | None = None,
    listed: dict[str, Any] | None = None,
    raw_manifest: bytes | None = None,
) -> bytes:
    """A bundle really signed with `signer`'s key, holding whatever the test wants."""
    private_key = signer.private_key()
    entries = {"changes.jsonl": {"sha256": hashlib.sha256(changes).hexdigest(), "size": len(changes)}}
    body: dict[str, Any] = {
        "format": "sic-desktop-bundle",
        "format_version": 1,
        "schema_version": 1,
        "kind": "changes",
        "site_id": signer.site_id,
        "site_name": signer.name,
        "key_id": key_id(private_key.public_key()),
        "to": to.site_id,
        "seq_from": 1,
        "seq_to": changes.count(b"\n"),
        "previous": None,
        "acks": {},
        "created": "",
        "summary": {},
        "acked_master": "",
        "entries": listed if listed is not None else entries,
    }
    body.update(manifest or {})
    manifest_bytes = raw_manifest if raw_manifest is not None else canonical.dumps(body)
    signature = sign(private_key, manifest_bytes)
    line = f"ed25519 {key_id(private_key.public_key())} ".encode()
    sig_entry = line + base64.b64encode(signature) + b"\n"
    return zip_of(
        [
            ("manifest.json", manifest_bytes),
            ("manifest.sig", sig_entry),
            ("changes.jsonl", changes),
            *(extra or []),
        ]
    )


def zip_of(entries: list[tuple[str, bytes]]) -> bytes:
    import io
    import warnings

    buffer = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # duplicate names are what some tests want
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, data in entries:
                info = zipfile.ZipInfo("placeholder")
                info.filename = name
                info.compress_type = zipfile.ZIP_DEFLATED
                archive.writestr(info, data)
    return buffer.getvalue()


def change_line(origin: Site, seq: int, **overrides: Any) -> dict[str, Any]:
    line = {
        "id": f"00000000-0000-4000-8000-{seq:012d}",
        "site": origin.site_id,
        "seq": seq,
        "hlc": f"{1_700_000_000_000:015d}:{0:05d}",
        "table": "person",
        "record": f"10000000-0000-4000-8000-{seq:012d}",
        "field": "*",
        "kind": "insert",
        "old": None,
        "new": {"name": f"Forged {seq}", "deleted": False},
        "based_on": None,
        "also_based_on": None,
        "author": "test",
    }
    line.update(overrides)
    return line


def lines(*values: dict[str, Any]) -> bytes:
    return b"".join(canonical.dumps(value) + b"\n" for value in values)
