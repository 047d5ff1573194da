"""This site's Ed25519 key: in the OS keyring, else in a passphrase-encrypted file; never plain."""

import base64
import binascii
import hashlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

import keyring
import keyring.errors
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from sic_desktop.errors import InputRefused, SicError
from sic_desktop.files import write_atomic
from sic_desktop.sync import canonical
from sic_desktop.sync.canonical import JSON
from sic_desktop.sync.signing import HANDOVER_DOMAIN, PUBLIC_KEY_DOMAIN, sign, verify
from sic_desktop.text import Text

SERVICE = "sic-desktop"
PASSPHRASE_ENV = "SIC_DESKTOP_PASSPHRASE"
_KEYRING_PREFIX = "ed25519-v1:"
# Keyring backends fail in many ways (no D-Bus, locked collection, missing library): any of them
# means "use the encrypted file" rather than "crash".
_KEYRING_FAILURES = (keyring.errors.KeyringError, RuntimeError, OSError, ValueError)


class KeyMissing(SicError):
    """This site's private key is nowhere to be found: the site must be enrolled again."""


class KeyExists(SicError):
    """A key for this site already exists; another would orphan every trust in the old one."""


class PassphraseProblem(SicError):
    """The encrypted key file cannot be opened: no passphrase, or the wrong one."""


class CreatedKey(NamedTuple):
    private_key: Ed25519PrivateKey
    stored_in: str  # "keyring" or the path of the encrypted key file


def key_file_for(database: Path) -> Path:
    """Where the encrypted fallback key of a database lives: right beside it."""
    return database.with_name(database.name + ".key.pem")


def raw_public(public_key: Ed25519PublicKey) -> bytes:
    return public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def key_id(public_key: Ed25519PublicKey) -> str:
    """A short name for a key: the first 16 hex digits of the SHA-256 of the raw public key."""
    return hashlib.sha256(raw_public(public_key)).hexdigest()[:16]


def fingerprint(public_key: Ed25519PublicKey) -> str:
    """The whole SHA-256 of the raw public key, in groups of four to read out over the phone."""
    digest = hashlib.sha256(raw_public(public_key)).hexdigest()
    return " ".join(digest[i : i + 4] for i in range(0, len(digest), 4))


def public_key_from_base64(text: str) -> Ed25519PublicKey:
    """A public key from its base64 raw form (ValueError if it is not one)."""
    try:
        raw = base64.b64decode(text, validate=True)
    except binascii.Error as error:
        raise ValueError("the public key is not valid base64") from error
    if len(raw) != 32:
        raise ValueError("an Ed25519 public key is 32 bytes")
    return Ed25519PublicKey.from_public_bytes(raw)


def public_key_to_base64(public_key: Ed25519PublicKey) -> str:
    return base64.b64encode(raw_public(public_key)).decode("ascii")


@dataclass(frozen=True)
class KeyStore:
    """Where one site's private key lives. `passphrase` asks a person (a dialog or a prompt)."""

    site_id: str
    key_file: Path
    passphrase: Callable[[], str] | None = None

    @property
    def username(self) -> str:
        # Namespaced by site: two databases on one machine never share (or overwrite) a key.
        return f"site:{self.site_id}"

    def create(self) -> CreatedKey:
        """Make and store this site's key pair; refuse if one already exists anywhere."""
        if self._from_keyring() is not None or self.key_file.exists():
            raise KeyExists(Text("a key for site %1 already exists; it was not replaced", self.site_id))
        private_key = Ed25519PrivateKey.generate()
        if self._to_keyring(private_key):
            return CreatedKey(private_key, "keyring")
        self._write_file(private_key)
        return CreatedKey(private_key, str(self.key_file))

    def _to_keyring(self, private_key: Ed25519PrivateKey) -> bool:
        """Store the key in the keyring; False where no keyring keeps it."""
        raw = private_key.private_bytes(
            serialization.Encoding.Raw,
            serialization.PrivateFormat.Raw,
            serialization.NoEncryption(),
        )
        secret = _KEYRING_PREFIX + base64.b64encode(raw).decode("ascii")
        try:
            keyring.set_password(SERVICE, self.username, secret)
            # Some backends accept a write and keep nothing; only a read-back proves it is stored.
            return bool(keyring.get_password(SERVICE, self.username) == secret)
        except _KEYRING_FAILURES:
            return False

    def load(self) -> Ed25519PrivateKey:
        """This site's private key, from the keyring or the encrypted file; else KeyMissing."""
        secret = self._from_keyring()
        if secret is not None:
            if not secret.startswith(_KEYRING_PREFIX):
                raise KeyMissing(
                    Text("the keyring entry for site %1 is not a SIC Desktop key; re-enrol", self.site_id)
                )
            raw = base64.b64decode(secret.removeprefix(_KEYRING_PREFIX))
            return Ed25519PrivateKey.from_private_bytes(raw)
        if self.key_file.exists():
            return self._read_file()
        raise KeyMissing(
            Text("the key for site %1 is missing; re-enrol this copy with the Secretariat (it is "
                 "neither in the keyring nor in %2)", self.site_id, self.key_file.name)
        )

    def renew(self) -> CreatedKey:
        """A new key pair for a site whose key was lost (re-enrolment); refused while it exists."""
        try:
            self.load()
        except KeyMissing:
            return self.create()
        raise KeyExists(
            Text("the key of site %1 is still here; a new one is made only when it is lost", self.site_id)
        )

    def rotate(self, private_key: Ed25519PrivateKey) -> CreatedKey:
        """Replace this site's key, which must still be here, by `private_key`; the old one is
        kept nowhere after."""
        self.load()
        if self._from_keyring() is not None:
            if not self._to_keyring(private_key):
                raise KeyMissing(Text("the keyring did not keep the new key of site %1", self.site_id))
            return CreatedKey(private_key, "keyring")
        pem = private_key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(self._ask_passphrase()),
        )
        write_atomic(self.key_file, pem, mode=0o600)
        return CreatedKey(private_key, str(self.key_file))

    def public_key(self) -> Ed25519PublicKey:
        return self.load().public_key()

    def _from_keyring(self) -> str | None:
        try:
            return keyring.get_password(SERVICE, self.username)
        except _KEYRING_FAILURES:
            return None

    def _ask_passphrase(self) -> bytes:
        text = os.environ.get(PASSPHRASE_ENV) or (self.passphrase() if self.passphrase else "")
        if not text:
            raise PassphraseProblem(
                Text("no keyring works on this machine, so the key of site %1 is kept in %2, encrypted: "
                     "give its passphrase (or set %3)", self.site_id, self.key_file.name, PASSPHRASE_ENV)
            )
        return text.encode("utf-8")

    def _write_file(self, private_key: Ed25519PrivateKey) -> None:
        pem = private_key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(self._ask_passphrase()),
        )
        try:  # a key file that appeared meanwhile is never overwritten
            write_atomic(self.key_file, pem, mode=0o600, overwrite=False)
        except FileExistsError:
            raise KeyExists(Text("a key for site %1 already exists; it was not replaced",
                                 self.site_id)) from None

    def _read_file(self) -> Ed25519PrivateKey:
        pem = self.key_file.read_bytes()
        try:
            key = serialization.load_pem_private_key(pem, password=self._ask_passphrase())
        except (ValueError, TypeError):
            raise PassphraseProblem(
                Text("the key file %1 of site %2 cannot be opened: wrong passphrase, or the file is damaged",
                     self.key_file.name, self.site_id)
            ) from None
        if not isinstance(key, Ed25519PrivateKey):
            raise PassphraseProblem(Text("%1 does not hold an Ed25519 key", self.key_file.name))
        return key


# --- the public key file a site hands over for enrolment ---------------------------------------

PUBLIC_KEY_FORMAT = "sic-desktop-public-key-v1"
_PUBLIC_KEY_FIELDS = {
    "format",
    "site_id",
    "site_name",
    "role",
    "public_key",
    "key_id",
    "created",
    "signature",
}


@dataclass(frozen=True)
class PublicKeyFile:
    """Who a key belongs to, as its owner signed it (`keys export`)."""

    site_id: str
    site_name: str
    role: str
    public_key: Ed25519PublicKey
    created: str

    @property
    def key_id(self) -> str:
        return key_id(self.public_key)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)

    def _body(self) -> dict[str, JSON]:
        return {
            "format": PUBLIC_KEY_FORMAT,
            "site_id": self.site_id,
            "site_name": self.site_name,
            "role": self.role,
            "public_key": public_key_to_base64(self.public_key),
            "key_id": self.key_id,
            "created": self.created,
        }

    def to_bytes(self, private_key: Ed25519PrivateKey) -> bytes:
        """The canonical JSON file, self-signed with the matching private key."""
        if raw_public(private_key.public_key()) != raw_public(self.public_key):
            raise ValueError("the private key does not match the public key being exported")
        body = self._body()
        signature = sign(private_key, canonical.dumps(body), domain=PUBLIC_KEY_DOMAIN)
        body["signature"] = base64.b64encode(signature).decode("ascii")
        return canonical.dumps(body) + b"\n"

    @classmethod
    def from_bytes(cls, data: bytes, *, what: str = Text("the public key file")) -> "PublicKeyFile":
        """Parse strictly and check the self-signature; InputRefused with the reason otherwise."""
        value = canonical.loads(
            data, what=what, limits=canonical.Limits(max_bytes=16 * 1024, max_string=1024)
        )
        if not isinstance(value, dict) or set(value) != _PUBLIC_KEY_FIELDS:
            raise InputRefused(Text("%1 is not a SIC Desktop public key file", what))
        if not all(isinstance(item, str) for item in value.values()):
            raise InputRefused(Text("%1 is not a SIC Desktop public key file", what))
        fields = {name: str(item) for name, item in value.items()}
        if fields["format"] != PUBLIC_KEY_FORMAT:
            raise InputRefused(Text("%1 has an unknown format %2", what, repr(fields["format"][:40])))
        try:
            public_key = public_key_from_base64(fields["public_key"])
            signature = base64.b64decode(fields["signature"], validate=True)
        except (ValueError, binascii.Error) as error:
            raise InputRefused(Text("%1 is damaged: %2", what, str(error))) from None
        result = cls(fields["site_id"], fields["site_name"], fields["role"], public_key, fields["created"])
        if fields["key_id"] != result.key_id:
            raise InputRefused(Text("%1 names key %2 but holds another key", what, repr(fields["key_id"])))
        verify(
            public_key,
            signature,
            canonical.dumps(result._body()),
            domain=PUBLIC_KEY_DOMAIN,
            what=what,
        )
        return result


# --- the Secretariat's key handover: its new key, signed by the key regions have pinned ----------

HANDOVER_FORMAT = "sic-desktop-key-handover-v1"
_HANDOVER_FIELDS = {"format", "new_key", "old_key_id", "signature"}


@dataclass(frozen=True)
class Handover:
    """The new public key file of a site, vouched for by the site's previous key."""

    new_key: PublicKeyFile
    new_key_bytes: bytes
    old_key_id: str
    signature: bytes

    @classmethod
    def make(cls, old: Ed25519PrivateKey, new_key_bytes: bytes) -> bytes:
        new_key = PublicKeyFile.from_bytes(new_key_bytes)
        body: dict[str, JSON] = {
            "format": HANDOVER_FORMAT,
            "new_key": new_key_bytes.decode("utf-8"),
            "old_key_id": key_id(old.public_key()),
            "signature": base64.b64encode(sign(old, new_key_bytes, domain=HANDOVER_DOMAIN)).decode("ascii"),
        }
        assert new_key.key_id != body["old_key_id"]
        return canonical.dumps(body) + b"\n"

    @classmethod
    def from_bytes(cls, data: bytes, *, what: str = Text("the key handover file")) -> "Handover":
        """Parse strictly; the new key's self-signature is checked, the old key's is `check`'s."""
        value = canonical.loads(
            data, what=what, limits=canonical.Limits(max_bytes=32 * 1024, max_string=4096)
        )
        if not isinstance(value, dict) or set(value) != _HANDOVER_FIELDS:
            raise InputRefused(Text("%1 is not a SIC Desktop key handover file", what))
        if not all(isinstance(item, str) for item in value.values()) or value["format"] != HANDOVER_FORMAT:
            raise InputRefused(Text("%1 is not a SIC Desktop key handover file", what))
        new_key_bytes = str(value["new_key"]).encode("utf-8")
        try:
            signature = base64.b64decode(str(value["signature"]), validate=True)
        except (ValueError, binascii.Error) as error:
            raise InputRefused(Text("%1 is damaged: %2", what, str(error))) from None
        new_key = PublicKeyFile.from_bytes(new_key_bytes, what=Text("the new key in %1", what))
        return cls(new_key, new_key_bytes, str(value["old_key_id"]), signature)

    def check(self, old: Ed25519PublicKey, *, what: str = Text("the key handover file")) -> None:
        """Raise InputRefused unless the pinned old key signed this new key."""
        if key_id(old) != self.old_key_id:
            raise InputRefused(Text("%1 is vouched for by key %2, not by %3",
                                    what, self.old_key_id, key_id(old)))
        verify(old, self.signature, self.new_key_bytes, domain=HANDOVER_DOMAIN, what=what)
