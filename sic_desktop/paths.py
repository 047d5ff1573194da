"""Where things live: shipped resources, the user's data folder and the default database."""

import os
import sys
from pathlib import Path

from sic_desktop import APP_NAME


def resources_dir() -> Path:
    """The `resources/` folder in a source checkout, an installed wheel or a frozen bundle."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    candidates = []
    if frozen_root:
        candidates.append(Path(frozen_root) / "resources")
    here = Path(__file__).resolve().parent
    candidates += [here.parent / "resources", here / "resources"]
    for candidate in candidates:
        if (candidate / "reference.json").is_file():
            return candidate
    raise FileNotFoundError("SIC Desktop resources were not found: the installation is damaged")


def data_dir() -> Path:
    """The user's data folder (created on demand)."""
    import platformdirs  # here: it costs the window's start-up 8 ms, which only needs resources_dir

    path = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database() -> Path:
    """The database opened when none is named: `SIC_DESKTOP_DB`, else one in the data folder."""
    override = os.environ.get("SIC_DESKTOP_DB")
    if override:
        return Path(override)
    return data_dir() / "sic.sqlite"
