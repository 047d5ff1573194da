"""Site keys in the keyring and in the encrypted fallback file; the self-signed public key file."""

import base64
import json
from pathlib import Path

import keyring
import keyring.errors
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from sic_desktop.errors import InputRefused
from sic_desktop.sync import keys
from sic_desktop.sync.keys import KeyExists, KeyMissing, KeyStore, PassphraseProblem, PublicKeyFile
from sic_desktop.sync.signing import sign, verify


@pytest.fixture
def no_keyring() -> None:
    """The failing backend a headless Linux resolves to (conftest restores the memory one)."""
    keyring.set_keyring(fail.Keyring())  # type: ignore[no-untyped-call]


def test_key_goes_to_the_keyring_namespaced_by_site(tmp_path: Path) -> None:
    first = KeyStore("site-a", tmp_path / "a.sqlite.key.pem")
    second = KeyStore("site-b", tmp_path / "b.sqlite.key.pem")
    created_a = first.create()
    second.create()
    assert created_a.stored_in == "keyring"
    assert keys.key_id(first.public_key()) == keys.key_id(created_a.private_key.public_key())
    assert keys.key_id(second.public_key()) != keys.key_id(first.public_key())
    assert not (tmp_path / "a.sqlite.key.pem").exists()
    assert keyring.get_password(keys.SERVICE, "site:site-a") is not None


def test_no_second_key_for_a_site(tmp_path: Path) -> None:
    store = KeyStore("site-a", tmp_path / "k.pem")
    store.create()
    with pytest.raises(KeyExists):
        store.create()


def test_lost_key_is_an_error_never_a_new_key(tmp_path: Path) -> None:
    store = KeyStore("site-a", tmp_path / "k.pem")
    store.create()
    keyring.delete_password(keys.SERVICE, store.username)
    with pytest.raises(KeyMissing, match="the key for site site-a is missing; re-enrol"):
        store.load()
    assert keyring.get_password(keys.SERVICE, store.username) is None


@pytest.mark.usefixtures("no_keyring")
def test_fallback_file_is_encrypted_with_the_env_passphrase(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(keys.PASSPHRASE_ENV, "correct horse")
    folder = tmp_path / "data"
    folder.mkdir()
    key_file = keys.key_file_for(folder / "region.sqlite")
    store = KeyStore("site-a", key_file)
    created = store.create()
    assert created.stored_in == str(key_file)
    assert key_file.name == "region.sqlite.key.pem"
    pem = key_file.read_bytes()
    assert b"ENCRYPTED PRIVATE KEY" in pem
    assert key_file.stat().st_mode & 0o077 == 0
    assert list(folder.iterdir()) == [key_file]  # no temporary file left behind
    assert keys.key_id(store.public_key()) == keys.key_id(created.private_key.public_key())

    monkeypatch.setenv(keys.PASSPHRASE_ENV, "wrong")
    with pytest.raises(PassphraseProblem, match="wrong passphrase"):
        store.load()
    monkeypatch.delenv(keys.PASSPHRASE_ENV)
    with pytest.raises(PassphraseProblem, match="SIC_DESKTOP_PASSPHRASE"):
        store.load()


@pytest.mark.usefixtures("no_keyring")
def test_fallback_asks_a_person_when_no_env(tmp_path: Path) -> None:
    asked: list[str] = []

    def prompt() -> str:
        asked.append("yes")
        return "typed at the prompt"

    store = KeyStore("site-a", tmp_path / "k.pem", passphrase=prompt)
    private_key = store.create().private_key
    assert keys.key_id(store.load().public_key()) == keys.key_id(private_key.public_key())
    assert len(asked) == 2


@pytest.mark.usefixtures("no_keyring")
def test_no_passphrase_means_no_key_file(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    store = KeyStore("site-a", folder / "k.pem")
    with pytest.raises(PassphraseProblem):
        store.create()
    assert list(folder.iterdir()) == []


def test_keyring_that_fails_on_write_falls_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    class ReadOnlyKeyring(KeyringBackend):
        """Reads find nothing; every write fails, as a locked Secret Service collection does."""

        priority = 1

        def get_password(self, service: str, username: str) -> str | None:
            return None

        def set_password(self, service: str, username: str, password: str) -> None:
            raise keyring.errors.PasswordSetError("the collection is locked")

    keyring.set_keyring(ReadOnlyKeyring())  # type: ignore[no-untyped-call]
    monkeypatch.setenv(keys.PASSPHRASE_ENV, "pw")
    store = KeyStore("site-a", tmp_path / "k.pem")
    assert store.create().stored_in == str(tmp_path / "k.pem")
    store.load()


def test_file_key_missing_and_keyring_empty(tmp_path: Path) -> None:
    with pytest.raises(KeyMissing, match="re-enrol"):
        KeyStore("nowhere", tmp_path / "k.pem").load()


def test_fingerprint_and_key_id(tmp_path: Path) -> None:
    public_key = KeyStore("s", tmp_path / "k").create().private_key.public_key()
    key_id = keys.key_id(public_key)
    groups = keys.fingerprint(public_key).split(" ")
    assert len(key_id) == 16
    assert len(groups) == 16 and all(len(group) == 4 for group in groups)
    assert "".join(groups).startswith(key_id)


def _exported(tmp_path: Path) -> tuple[bytes, KeyStore]:
    store = KeyStore("7f1c", tmp_path / "k")
    private_key = store.create().private_key
    info = PublicKeyFile("7f1c", "Région Afrique", "regional", private_key.public_key(), "2026-11-25")
    return info.to_bytes(private_key), store


def test_public_key_file_round_trip(tmp_path: Path) -> None:
    data, store = _exported(tmp_path)
    loaded = PublicKeyFile.from_bytes(data)
    assert loaded.site_name == "Région Afrique"
    assert loaded.key_id == keys.key_id(store.public_key())
    assert data == loaded.to_bytes(store.load())


def _tampered(data: bytes, **changes: str) -> bytes:
    value = json.loads(data)
    value.update(changes)
    return json.dumps(value).encode()


def test_public_key_file_refuses_tampering(tmp_path: Path) -> None:
    data, _ = _exported(tmp_path)
    with pytest.raises(InputRefused, match="does not match"):
        PublicKeyFile.from_bytes(_tampered(data, site_name="Someone else"))
    other = KeyStore("x", tmp_path / "x").create().private_key.public_key()
    with pytest.raises(InputRefused, match="holds another key"):
        PublicKeyFile.from_bytes(_tampered(data, public_key=keys.public_key_to_base64(other)))
    with pytest.raises(InputRefused, match="not a SIC Desktop public key file"):
        PublicKeyFile.from_bytes(b'{"a":1}')
    with pytest.raises(InputRefused, match="appears twice"):
        PublicKeyFile.from_bytes(data.rstrip(b"}\n") + b',"role":"secretariat"}')
    with pytest.raises(InputRefused, match="damaged"):
        PublicKeyFile.from_bytes(_tampered(data, signature="!!"))


def test_signature_domains_are_separate(tmp_path: Path) -> None:
    private_key = KeyStore("s", tmp_path / "k").create().private_key
    signature = sign(private_key, b"manifest")
    verify(private_key.public_key(), signature, b"manifest")
    with pytest.raises(InputRefused, match="does not match"):
        verify(private_key.public_key(), signature, b"manifest", domain=b"other\x00")
    with pytest.raises(InputRefused, match="does not match"):
        verify(private_key.public_key(), signature, b"manifesT")
    with pytest.raises(InputRefused, match="damaged"):
        verify(private_key.public_key(), signature[:10], b"manifest")
    flipped = bytes([signature[0] ^ 1]) + signature[1:]
    with pytest.raises(InputRefused):
        verify(private_key.public_key(), flipped, b"manifest")
    assert base64.b64encode(signature)


def test_renew_only_after_a_loss(tmp_path: Path) -> None:
    store = KeyStore("site-a", tmp_path / "k.pem")
    first = store.create().private_key
    with pytest.raises(KeyExists, match="still here"):
        store.renew()
    keyring.delete_password(keys.SERVICE, store.username)
    second = store.renew().private_key
    assert keys.key_id(second.public_key()) != keys.key_id(first.public_key())
    assert keys.key_id(store.public_key()) == keys.key_id(second.public_key())


@pytest.mark.usefixtures("no_keyring")
def test_the_window_can_supply_the_passphrase(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from sic_desktop.sync import identity

    monkeypatch.setattr(identity, "_ask", identity._ask)  # restored after the test
    identity.ask_passphrase_with(lambda: "typed in a dialog")
    store = identity.keystore(tmp_path / "region.sqlite", "site-a")
    created = store.create()
    assert created.stored_in == str(tmp_path / "region.sqlite.key.pem")
    assert keys.key_id(store.load().public_key()) == keys.key_id(created.private_key.public_key())


def test_rotation_replaces_a_key_still_here_and_the_handover_is_checked(tmp_path: Path) -> None:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    store = KeyStore("site-a", tmp_path / "k.pem")
    old = store.create().private_key
    new = Ed25519PrivateKey.generate()
    card = PublicKeyFile("site-a", "Secretariat", "secretariat", new.public_key(), "2026-01-01")
    data = keys.Handover.make(old, card.to_bytes(new))
    assert store.rotate(new).stored_in == "keyring"
    assert keys.key_id(store.public_key()) == card.key_id
    handover = keys.Handover.from_bytes(data)
    handover.check(old.public_key())
    with pytest.raises(InputRefused, match="vouched for by key"):
        handover.check(Ed25519PrivateKey.generate().public_key())
    forged = json.loads(data)
    forged["signature"] = base64.b64encode(sign(new, forged["new_key"].encode())).decode()
    with pytest.raises(InputRefused, match="does not match"):
        keys.Handover.from_bytes(json.dumps(forged).encode()).check(old.public_key())
    with pytest.raises(KeyMissing):
        KeyStore("site-b", tmp_path / "b.pem").rotate(new)  # no key to replace


@pytest.mark.usefixtures("no_keyring")
def test_rotation_in_the_encrypted_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    monkeypatch.setenv(keys.PASSPHRASE_ENV, "correct horse")
    store = KeyStore("site-a", tmp_path / "k.pem")
    store.create()
    new = Ed25519PrivateKey.generate()
    assert store.rotate(new).stored_in == str(tmp_path / "k.pem")
    assert keys.key_id(store.public_key()) == keys.key_id(new.public_key())
    assert b"ENCRYPTED" in (tmp_path / "k.pem").read_bytes()
    assert not list(tmp_path.glob(".k.pem.*"))  # no temporary file left behind
