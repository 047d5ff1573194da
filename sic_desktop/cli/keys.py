"""`keys fingerprint|export`: this site's key id, fingerprint and self-signed public key file."""

import argparse
from pathlib import Path
from typing import Any

from sic_desktop.cli.common import Context, add_command


def register(commands: Any) -> None:
    parser = add_command(commands, "keys", "this site's signing key")
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    add_command(actions, "fingerprint", "print this site's key id and fingerprint").set_defaults(
        run=fingerprint
    )
    export = add_command(actions, "export", "write this site's public key file (self-signed)")
    export.add_argument("file", type=Path)
    export.set_defaults(run=export_)
    renew_ = add_command(
        actions,
        "renew",
        "make a new key pair after the old one was lost (then re-enrol); at the Secretariat, "
        "--handover FILE replaces a key still here and writes the new key signed by the old one",
    )
    renew_.add_argument("--handover", type=Path, metavar="FILE")
    renew_.add_argument("--revoked", action="store_true",
                        help="the Secretariat revoked this copy's key: replace it, though it is still here")
    renew_.set_defaults(run=renew)


def fingerprint(args: argparse.Namespace, context: Context) -> int:
    from sic_desktop.sync import keys
    from sic_desktop.sync.identity import identity, keystore

    with context.store().session() as session:
        me = identity(session)
    public_key = keystore(context.db_path, me.site_id).public_key()
    data = {
        "key_id": keys.key_id(public_key),
        "site_id": me.site_id,
        "name": me.name,
        "role": me.role,
        "fingerprint": keys.fingerprint(public_key),
    }
    context.emit(
        f"{me.name} ({me.role}), site {me.site_id}\n"
        f"key id      {data['key_id']}\nfingerprint {data['fingerprint']}",
        data,
    )
    return 0


def export_(args: argparse.Namespace, context: Context) -> int:
    from sic_desktop.files import write_atomic
    from sic_desktop.sync.identity import identity, keystore
    from sic_desktop.sync.keys import PublicKeyFile
    from sic_desktop.sync.trust import now_text

    with context.store().session() as session:
        me = identity(session)
    private_key = keystore(context.db_path, me.site_id).load()
    info = PublicKeyFile(me.site_id, me.name, me.role, private_key.public_key(), now_text())
    write_atomic(args.file, info.to_bytes(private_key))
    context.emit(
        f"Public key of {me.name} written to {args.file}\n"
        f"Read this fingerprint to the Secretariat: {info.fingerprint}",
        {
            "file": str(args.file),
            "key_id": info.key_id,
            "site_id": me.site_id,
            "fingerprint": info.fingerprint,
        },
    )
    return 0


def renew(args: argparse.Namespace, context: Context) -> int:
    from sic_desktop.services.writes import writing
    from sic_desktop.sync import keys, trust
    from sic_desktop.sync.identity import identity, keystore

    store = context.store()
    if args.handover is not None:
        return _hand_over(args.handover, context)
    with writing(store) as session:
        me = identity(session)
        created = _replace_revoked(keystore(context.db_path, me.site_id)) if args.revoked \
            else _renew(keystore(context.db_path, me.site_id))
        public_key = created.private_key.public_key()
        if me.is_secretariat:
            for scope in trust.all_keys(session):
                if scope.site_id == me.site_id and scope.status == "active":
                    trust.revoke(session, scope.key_id)
            card = keys.PublicKeyFile(me.site_id, me.name, me.role, public_key, trust.now_text())
            trust.add(session, card, role="secretariat", task_forces=[], region=None)
    who = "every regional copy must pin" if me.is_secretariat else "the Secretariat must trust"
    context.emit(
        f"New key {keys.key_id(public_key)} for {me.name}; export it with `keys export FILE`: "
        f"{who} it again (and revoke the lost one)",
        {
            "key_id": keys.key_id(public_key),
            "site_id": me.site_id,
            "fingerprint": keys.fingerprint(public_key),
        },
    )
    return 0


def _renew(store: Any) -> Any:
    from sic_desktop.sync.keys import KeyExists
    from sic_desktop.text import Text

    try:
        return store.renew()
    except KeyExists as exists:
        words = Text("%1. If the Secretariat revoked it, replace it with `sic-desktop keys renew "
                     "--revoked`, then send the new key for enrolment", exists.message)
        raise KeyExists(words) from None


def _replace_revoked(store: Any) -> Any:
    """A new key in place of one the Secretariat revoked (a lost key needs no flag: `renew` makes one)."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from sic_desktop.sync.keys import KeyMissing

    try:
        return store.rotate(Ed25519PrivateKey.generate())
    except KeyMissing:
        return store.renew()


def _hand_over(path: Path, context: Context) -> int:
    """The Secretariat replaces its key while the old one is still here: the handover file (the
    new public key signed by the old one) lets every region pin the new key with
    `trust pin-secretariat FILE`, and nothing else can make them."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from sic_desktop.errors import UsageError
    from sic_desktop.files import write_atomic
    from sic_desktop.services.writes import writing
    from sic_desktop.sync import keys, trust
    from sic_desktop.sync.identity import identity, keystore

    store = context.store()
    with writing(store) as session:
        me = identity(session)
        if not me.is_secretariat:
            raise UsageError("Only the Secretariat hands its key over; a region re-enrols (`keys renew`)")
        store_of_keys = keystore(context.db_path, me.site_id)
        old = store_of_keys.load()
        new = Ed25519PrivateKey.generate()
        card = keys.PublicKeyFile(me.site_id, me.name, me.role, new.public_key(), trust.now_text())
        write_atomic(path, keys.Handover.make(old, card.to_bytes(new)))
        try:
            trust.revoke(session, keys.key_id(old.public_key()))
            trust.add(session, card, role="secretariat", task_forces=[], region=None)
            store_of_keys.rotate(new)
        except BaseException:
            path.unlink(missing_ok=True)
            raise
    context.emit(
        f"New key {card.key_id} for {me.name}; the old key {keys.key_id(old.public_key())} is revoked.\n"
        f"Send {path} to every region: `trust pin-secretariat {path.name}` (fingerprint {card.fingerprint})",
        {
            "key_id": card.key_id,
            "previous": keys.key_id(old.public_key()),
            "site_id": me.site_id,
            "fingerprint": card.fingerprint,
            "handover": str(path),
        },
    )
    return 0
