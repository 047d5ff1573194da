"""Files are written whole or not at all, and rotated folders keep the newest."""

import stat
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from sic_desktop.files import keep_newest, replacing, write_atomic


def test_a_save_that_fails_half_way_leaves_the_previous_file_and_no_partial(tmp_path: Path) -> None:
    target = tmp_path / "members.xlsx"
    write_atomic(target, b"the file of yesterday")

    with pytest.raises(OSError), replacing(target) as partial:
        partial.write_bytes(b"half a wor")
        raise OSError("disk full")

    assert target.read_bytes() == b"the file of yesterday"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "home") == ["members.xlsx"]


def test_a_library_saving_to_a_path_writes_the_target_whole(tmp_path: Path) -> None:
    target = tmp_path / "out" / "inventory.xlsx"  # a folder not there yet is made
    book = Workbook()
    book.active["A1"] = "Activité"  # type: ignore[index]
    with replacing(target) as partial:
        book.save(partial)
    assert load_workbook(target).active["A1"].value == "Activité"  # type: ignore[index]
    assert [p.name for p in target.parent.iterdir()] == ["inventory.xlsx"]


def test_a_key_file_is_private_and_never_replaced(tmp_path: Path) -> None:
    key = tmp_path / "site.key"
    write_atomic(key, b"first key", mode=0o600, overwrite=False)
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    with pytest.raises(FileExistsError):
        write_atomic(key, b"second key", mode=0o600, overwrite=False)
    assert key.read_bytes() == b"first key"
    assert [p.name for p in tmp_path.iterdir() if p.name != "home"] == ["site.key"]


def test_a_partial_left_by_a_killed_write_goes_at_the_next_write(tmp_path: Path) -> None:
    target = tmp_path / "week.sicbundle"
    (tmp_path / ".week.sicbundle.abc123.partial").write_bytes(b"killed")
    write_atomic(target, b"bundle")
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "home") == ["week.sicbundle"]


def test_a_rotated_folder_keeps_the_newest_within_count_and_size(tmp_path: Path) -> None:
    files = []
    for day in range(5, 0, -1):  # newest first, 100 bytes each
        path = tmp_path / f"copy-{day}.zst"
        path.write_bytes(b"x" * 100)
        files.append(path)
    keep_newest(files, keep=4, budget=250)
    assert sorted(p.name for p in tmp_path.glob("*.zst")) == ["copy-4.zst", "copy-5.zst"]

    big = tmp_path / "copy-6.zst"
    big.write_bytes(b"x" * 1000)  # the copy just made stays, whatever its size
    keep_newest([big, *files[:2]], keep=4, budget=250, spare=big)
    assert sorted(p.name for p in tmp_path.glob("*.zst")) == ["copy-6.zst"]
