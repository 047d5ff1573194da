"""Fixtures of the core tests: a real database file for a Secretariat and for a region."""

from collections.abc import Iterator
from pathlib import Path

import pytest

from sic_desktop.db.store import Store
from sic_desktop.services.site import init_database


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """A new Secretariat database with the reference data loaded."""
    opened = init_database(tmp_path / "master.sqlite", role="secretariat", name="Executive Secretariat",
                           author="Test Secretariat")
    yield opened
    opened.close()


@pytest.fixture
def regional_store(tmp_path: Path) -> Iterator[Store]:
    """A new regional database."""
    opened = init_database(tmp_path / "region.sqlite", role="regional", name="Africa office",
                           author="Test TFRR")
    yield opened
    opened.close()
