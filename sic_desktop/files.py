"""Files written whole or not at all, and folders of dated files kept to the newest few."""

import glob
import os
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path


def _clear_partials(path: Path) -> None:
    for stale in path.parent.glob(f".{glob.escape(path.name)}.*.partial"):
        stale.unlink(missing_ok=True)  # left by a write to the same file that was killed


@contextmanager
def replacing(path: Path, *, mode: int | None = None, overwrite: bool = True) -> Iterator[Path]:
    """A temporary path beside `path` to write to; it becomes `path` only when the block succeeds.

    For libraries that save to a path (openpyxl, python-docx): a crash, a full disk or an error
    never leaves half a file where the person expects theirs. `overwrite=False` refuses to replace
    a file that appeared meanwhile (FileExistsError), as a key file must never be.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    _clear_partials(path)
    handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=path.parent)
    os.close(handle)
    temp = Path(name)
    try:
        if mode is not None:
            os.chmod(temp, mode)
        yield temp
        with temp.open("rb+") as written:
            os.fsync(written.fileno())
        if overwrite:
            os.replace(temp, path)
        else:
            os.link(temp, path)  # link() refuses to replace
    finally:
        temp.unlink(missing_ok=True)


def write_atomic(path: Path, data: bytes, *, mode: int | None = None, overwrite: bool = True) -> None:
    """Write `data` to a temporary file beside `path`, then rename: a crash never leaves half a file."""
    with replacing(path, mode=mode, overwrite=overwrite) as temp:
        temp.write_bytes(data)


def keep_newest(newest_first: Iterable[Path], *, keep: int, budget: int | None = None,
                spare: Path | None = None) -> None:
    """Delete all but the newest `keep` files, and the oldest past `budget` bytes in all.

    `spare` (the copy just made) is never deleted, whatever its size.
    """
    total = 0
    for index, old in enumerate(newest_first):
        total += old.stat().st_size
        if old != spare and (index >= keep or (budget is not None and total > budget)):
            old.unlink(missing_ok=True)
