"""Site keys in a real Secret Service (gnome-keyring on a private D-Bus), as a Linux desktop has."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = """
import json, sys
from pathlib import Path
import keyring
from sic_desktop.sync.keys import KeyStore, key_id
folder = Path(sys.argv[1])
first, second = KeyStore("site-a", folder / "a.pem"), KeyStore("site-b", folder / "b.pem")
made = [first.create(), second.create()]
print(json.dumps({
    "backend": type(keyring.get_keyring()).__module__,
    "stored": [m.stored_in for m in made],
    "reloaded": key_id(first.public_key()) == key_id(made[0].private_key.public_key()),
    "distinct": key_id(first.public_key()) != key_id(second.public_key()),
    "files": sorted(p.name for p in folder.iterdir()),
}))
"""


@pytest.mark.skipif(
    shutil.which("gnome-keyring-daemon") is None or shutil.which("dbus-run-session") is None,
    reason="needs gnome-keyring and dbus (packaging/system-deps.sh installs them for tests)",
)
def test_keys_live_in_a_real_secret_service(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON_KEYRING", "DBUS_"))}
    keys = tmp_path / "keys"
    keys.mkdir()
    env["HOME"] = str(tmp_path)
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    env.pop("SIC_DESKTOP_PASSPHRASE", None)  # a key file would need it: none must be made
    inner = (
        "printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null && "
        f'"{sys.executable}" -c \'{SCRIPT}\' "{keys}"'
    )
    result = subprocess.run(
        ["dbus-run-session", "--", "sh", "-c", inner],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    facts = json.loads(result.stdout.strip().splitlines()[-1])
    assert facts == {
        "backend": "keyring.backends.SecretService",
        "stored": ["keyring", "keyring"],
        "reloaded": True,
        "distinct": True,
        "files": [],
    }
