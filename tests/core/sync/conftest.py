"""The sync tests' copies: `world` is the Secretariat and two regions of task force A1, on real files."""

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.core.sync.copies import Copy, three_copies


@pytest.fixture
def world(tmp_path: Path) -> Iterator[tuple[Copy, Copy, Copy]]:
    yield from three_copies(tmp_path)
