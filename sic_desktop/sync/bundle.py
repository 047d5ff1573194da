"""The `.sicbundle` file: a signed canonical manifest naming every entry by SHA-256 and size."""

import base64
import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from sic_desktop.errors import InputRefused
from sic_desktop.sync import canonical, safezip, wire
from sic_desktop.sync.canonical import JSON
from sic_desktop.sync.keys import key_id as key_id_of
from sic_desktop.sync.signing import sign, verify
from sic_desktop.sync.trust import Scope
from sic_desktop.text import Text

FORMAT = "sic-desktop-bundle"
FORMAT_VERSION = 1
# The tables and fields changes may name. Bump it when the models change in a way a bundle shows,
# and add the upgrade of the previous version's changes to UPGRADES.
SCHEMA_VERSION = 2
# 2: inventory baselines, overlap choices and the teams at a meeting (new tables only), so a change
# written under 1 reads as it was; an older SIC Desktop refuses a 2 ("update SIC Desktop").
UPGRADES: dict[int, Callable[[dict[str, JSON]], dict[str, JSON]]] = {1: lambda change: change}
KINDS = ("changes", "master")

MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
CHANGES = "changes.jsonl"
TRUST = "trust.json"
ATTACHMENTS = "attachments/"
_ATTACHMENT = re.compile(r"attachments/([0-9a-f]{64})")

_SIGNATURE_LINE = re.compile(rb"ed25519 ([0-9a-f]{16}) ([A-Za-z0-9+/]{86}==)\n")
_MANIFEST_KEYS = frozenset(
    (
        "format",
        "format_version",
        "schema_version",
        "kind",
        "site_id",
        "site_name",
        "key_id",
        "to",
        "seq_from",
        "seq_to",
        "previous",
        "acks",
        "created",
        "entries",
        "summary",
        "acked_master",
    )
)
# Fields a manifest may hold or leave out (bundles written before them lack them).
_OPTIONAL_KEYS = frozenset(("deletes_seen",))
_ID_TEXT = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_MANIFEST_LIMITS = canonical.Limits(max_bytes=4 * 1024 * 1024, max_depth=6, max_string=4096)
# Far more than weeks of offline work (a 20,000-row inventory import is 20,000 changes).
MAX_CHANGES = 1_000_000
_CHANGE_LIMITS = canonical.Limits(max_bytes=64 * 1024 * 1024, max_depth=4, max_string=wire.MAX_TEXT)


@dataclass(frozen=True)
class Manifest:
    kind: str
    site_id: str
    site_name: str
    key_id: str
    to: str
    seq_from: int
    seq_to: int
    previous: str | None
    acks: dict[str, int]
    created: str
    summary: dict[str, int] = field(default_factory=dict)
    schema_version: int = SCHEMA_VERSION
    # A region's bundle: the `created` of the last master bundle it applied ("" before the first).
    acked_master: str = ""
    # A region's bundle: for each delete it holds, the latest change of that record from another
    # site the region held when deleting (None: none); what it had seen, whatever it acks now.
    deletes_seen: dict[str, str | None] | None = None


@dataclass(frozen=True)
class Bundle:
    """A bundle whose signature, hashes and every change were checked."""

    sha256: str
    manifest: Manifest
    signer: Scope
    changes: list[wire.WireChange]
    trust: list[dict[str, JSON]]
    attachments: dict[str, bytes] = field(default_factory=dict)  # by SHA-256


def write(
    private_key: Ed25519PrivateKey,
    manifest: Manifest,
    changes: list[wire.WireChange],
    *,
    trust: list[dict[str, JSON]] | None = None,
    attachments: dict[str, bytes] | None = None,
) -> bytes:
    """The bytes of a signed bundle (deterministic for the same content)."""
    payload = [(CHANGES, b"".join(canonical.dumps(c.to_json()) + b"\n" for c in changes))]
    if trust is not None:
        payload.append((TRUST, canonical.dumps(list(trust))))
    for digest, content in sorted((attachments or {}).items()):
        payload.append((ATTACHMENTS + digest, content))
    body: dict[str, JSON] = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "schema_version": manifest.schema_version,
        "kind": manifest.kind,
        "site_id": manifest.site_id,
        "site_name": manifest.site_name,
        "key_id": manifest.key_id,
        "to": manifest.to,
        "seq_from": manifest.seq_from,
        "seq_to": manifest.seq_to,
        "previous": manifest.previous,
        "acks": dict(manifest.acks),
        "created": manifest.created,
        "summary": dict(manifest.summary),
        "acked_master": manifest.acked_master,
        **({} if manifest.deletes_seen is None else {"deletes_seen": dict(manifest.deletes_seen)}),
        "entries": {
            name: {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)} for name, data in payload
        },
    }
    manifest_bytes = canonical.dumps(body)
    signature = sign(private_key, manifest_bytes)
    line = f"ed25519 {key_id_of(private_key.public_key())} "
    signature_entry = line.encode() + base64.b64encode(signature) + b"\n"
    return safezip.build_zip([(MANIFEST, manifest_bytes), (SIGNATURE, signature_entry), *payload])


def read(
    source: bytes | Path, lookup: Callable[[str], Scope | None], *, what: str = Text("the bundle")
) -> Bundle:
    """Read and verify: caps, then the signature, then the manifest, hashes and every change."""
    data = safezip.read_capped(source, what) if isinstance(source, Path) else source
    entries = safezip.read_zip(data, what=what)
    signer, manifest_bytes = _check_signature(entries, lookup, what)
    body = canonical.loads(manifest_bytes, what=Text("%1: the manifest", what), limits=_MANIFEST_LIMITS)
    manifest = _manifest(body, what)
    assert isinstance(body, dict)
    if manifest.key_id != signer.key_id or manifest.site_id != signer.site_id:
        raise InputRefused(Text("%1: the manifest names another signer than the signature", what))
    _check_entries(entries, body, what)
    changes = _changes(entries[CHANGES], manifest.schema_version, what)
    trust: list[dict[str, JSON]] = []
    if TRUST in entries:
        value = canonical.loads(entries[TRUST], what=Text("%1: the trust registry", what))
        if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
            raise InputRefused(Text("%1: the trust registry is malformed", what))
        trust = [item for item in value if isinstance(item, dict)]
    files = {
        name.removeprefix(ATTACHMENTS): content
        for name, content in entries.items()
        if name.startswith(ATTACHMENTS)
    }
    return Bundle(hashlib.sha256(data).hexdigest(), manifest, signer, changes, trust, files)


def _check_signature(
    entries: dict[str, bytes], lookup: Callable[[str], Scope | None], what: str
) -> tuple[Scope, bytes]:
    if MANIFEST not in entries or SIGNATURE not in entries:
        raise InputRefused(Text("%1 is not a SIC Desktop bundle (no signed manifest)", what))
    match = _SIGNATURE_LINE.fullmatch(entries[SIGNATURE])
    if match is None:
        raise InputRefused(Text("%1: the signature entry is damaged", what))
    key_id = match.group(1).decode()
    signer = lookup(key_id)
    if signer is None:
        raise InputRefused(
            Text("%1 is signed by the unknown key %2: this copy does not trust it "
                 "(not enrolled here, or made for another Secretariat)", what, key_id)
        )
    if signer.status != "active":
        raise InputRefused(Text("%1 is signed by %2's key %3, which was revoked", what, signer.name, key_id))
    verify(signer.public_key, base64.b64decode(match.group(2)), entries[MANIFEST], what=what)
    return signer, entries[MANIFEST]


def _manifest(body: JSON, what: str) -> Manifest:
    if not isinstance(body, dict) or body.get("format") != FORMAT:
        raise InputRefused(Text("%1 is not a SIC Desktop bundle (unknown manifest)", what))
    for key, latest in (("format_version", FORMAT_VERSION), ("schema_version", SCHEMA_VERSION)):
        version = body.get(key)
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            raise InputRefused(Text("%1: the manifest's %2 is not valid", what, key))
        if version > latest:
            raise InputRefused(
                Text("%1 was made by a newer SIC Desktop (%2 %3; this one reads up to %4): update "
                     "SIC Desktop, then import it again", what, key, version, latest)
            )
    if set(body) - _OPTIONAL_KEYS != _MANIFEST_KEYS:
        raise InputRefused(Text("%1: the manifest has missing or unknown fields", what))
    texts = ("kind", "site_id", "site_name", "key_id", "to", "created", "acked_master")
    if not all(isinstance(body[key], str) for key in texts):
        raise InputRefused(Text("%1: the manifest is malformed", what))
    if body["kind"] not in KINDS:
        raise InputRefused(Text("%1: unknown bundle kind %2", what, repr(str(body["kind"])[:40])))
    acks, summary = body["acks"], body["summary"]
    numbers = [body["seq_from"], body["seq_to"]]
    if not isinstance(acks, dict) or not isinstance(summary, dict):
        raise InputRefused(Text("%1: the manifest is malformed", what))
    numbers += [*acks.values(), *summary.values()]
    if not all(isinstance(n, int) and not isinstance(n, bool) and n >= 0 for n in numbers):
        raise InputRefused(Text("%1: the manifest holds a number that is not valid", what))
    previous = body["previous"]
    if previous is not None and not isinstance(previous, str):
        raise InputRefused(Text("%1: the manifest is malformed", what))
    seen = body.get("deletes_seen")
    if seen is not None and (
        not isinstance(seen, dict)
        or not all(
            _ID_TEXT.fullmatch(k) and (v is None or (isinstance(v, str) and _ID_TEXT.fullmatch(v)))
            for k, v in seen.items()
        )
    ):
        raise InputRefused(Text("%1: the manifest's deletes_seen is malformed", what))
    return Manifest(
        str(body["kind"]),
        str(body["site_id"]),
        str(body["site_name"]),
        str(body["key_id"]),
        str(body["to"]),
        int(str(body["seq_from"])),
        int(str(body["seq_to"])),
        previous,
        {str(k): int(str(v)) for k, v in acks.items()},
        str(body["created"]),
        {str(k): int(str(v)) for k, v in summary.items()},
        int(str(body["schema_version"])),
        str(body["acked_master"]),
        None if seen is None else {str(k): None if v is None else str(v) for k, v in seen.items()},
    )


def _check_entries(entries: dict[str, bytes], body: dict[str, JSON], what: str) -> None:
    listed = body["entries"]
    if not isinstance(listed, dict) or CHANGES not in listed:
        raise InputRefused(Text("%1: the manifest does not list the changes", what))
    expected = {MANIFEST, SIGNATURE, *listed}
    unlisted = sorted(set(entries) - expected)
    missing = sorted(expected - set(entries))
    if unlisted:
        raise InputRefused(Text("%1 holds entries its manifest does not list: %2", what, str(unlisted[:5])))
    if missing:
        raise InputRefused(Text("%1 lacks entries its manifest lists: %2", what, str(missing[:5])))
    for name, facts in listed.items():
        attachment = _ATTACHMENT.fullmatch(name)
        if (name not in (CHANGES, TRUST) and not attachment) or not isinstance(facts, dict):
            raise InputRefused(Text("%1: the manifest lists an unknown entry %2", what, repr(name[:60])))
        content = entries[name]
        if facts.get("size") != len(content):
            raise InputRefused(Text("%1: the entry %2 does not have the size the manifest says", what, name))
        if facts.get("sha256") != hashlib.sha256(content).hexdigest():
            raise InputRefused(Text("%1: the entry %2 was altered (its SHA-256 differs)", what, name))
        if attachment and attachment.group(1) != facts.get("sha256"):
            raise InputRefused(Text("%1: the attachment %2 is not named by its SHA-256", what, name))


def _changes(data: bytes, schema_version: int, what: str) -> list[wire.WireChange]:
    """Every change, each checked as soon as it is parsed: a hostile entry (millions of lines that
    are not changes, say) is refused at its first bad line, not after all of them are parsed."""
    where = Text("%1: changes", what)
    if len(data) > _CHANGE_LIMITS.max_bytes:
        raise InputRefused(Text("%1 is too large (%2 bytes; at most %3)", where, len(data),
                                _CHANGE_LIMITS.max_bytes))
    if data and not data.endswith(b"\n"):
        raise InputRefused(Text("%1 is truncated (the last line has no end)", where))
    count = data.count(b"\n")
    if count > MAX_CHANGES:
        raise InputRefused(Text("%1 holds %2 changes; a bundle holds at most %3", where, count, MAX_CHANGES))
    changes = []
    for number, line in enumerate(data.split(b"\n")[:-1], start=1):
        try:
            value = canonical.loads(line, what=where, limits=_CHANGE_LIMITS)
        except InputRefused:  # named only once refused: a Text for each good line costs time
            value = canonical.loads(line, what=Text("%1, line %2", where, number), limits=_CHANGE_LIMITS)
        changes.append(_change(_upgrade(value, schema_version), what, number))
    return changes


def _change(value: JSON, what: str, number: int) -> wire.WireChange:
    """One checked change; it is named (a Text, which costs time on thousands) only once refused."""
    try:
        return wire.parse(value, what)
    except InputRefused:
        pass
    return wire.parse(value, Text("%1: change %2", what, number))


def _upgrade(value: JSON, version: int) -> JSON:
    """Bring a change written under an older schema version up to this one, step by step."""
    while version < SCHEMA_VERSION and isinstance(value, dict):
        value = UPGRADES[version](value)
        version += 1
    return value
