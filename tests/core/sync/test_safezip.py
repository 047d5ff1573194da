"""The safe ZIP reader against hostile files, and the atomic writer."""

import io
import os
import stat
import zipfile
from pathlib import Path

import pytest

from sic_desktop.errors import InputRefused
from sic_desktop.files import write_atomic
from sic_desktop.sync.safezip import ZipLimits, build_zip, read_zip

GOOD = [("manifest.json", b'{"a":1}'), ("changes.jsonl", b'{"x":2}\n' * 100)]


def _zip(*entries: tuple[str | zipfile.ZipInfo, bytes], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=method) as archive:
        for name, content in entries:
            archive.writestr(name, content)
    return buffer.getvalue()


def test_round_trip_is_deterministic() -> None:
    data = build_zip(GOOD)
    assert data == build_zip(GOOD)
    assert read_zip(data) == dict(GOOD)
    assert list(read_zip(data)) == ["manifest.json", "changes.jsonl"]


def test_reads_from_a_path(tmp_path: Path) -> None:
    path = tmp_path / "b.sicbundle"
    path.write_bytes(build_zip(GOOD))
    assert read_zip(path) == dict(GOOD)
    with pytest.raises(InputRefused, match="cannot be read"):
        read_zip(tmp_path / "missing.sicbundle")
    with pytest.raises(InputRefused, match="too large"):
        read_zip(path, limits=ZipLimits(max_file=100))


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"hello, this is not a zip", "not a ZIP"),
        (b"%PDF-1.4\n" + b"x" * 500, "not a ZIP"),
    ],
)
def test_not_a_zip(data: bytes, reason: str) -> None:
    with pytest.raises(InputRefused, match=reason):
        read_zip(data)


def test_every_truncation_is_refused() -> None:
    data = build_zip(GOOD)
    for length in range(len(data)):
        with pytest.raises(InputRefused):
            read_zip(data[:length])


def test_every_flipped_byte_is_refused_or_harmless() -> None:
    """A flipped byte either makes the file unreadable or (in unchecked header fields) changes
    nothing that is read; it never yields different content silently."""
    data = build_zip(GOOD)
    for position in range(len(data)):
        damaged = bytearray(data)
        damaged[position] ^= 0x01
        try:
            entries = read_zip(bytes(damaged))
        except InputRefused:
            continue
        # Content is covered by CRC-32 (and by SHA-256 in the manifest); only names or
        # metadata can still differ, and the bundle verifier refuses unknown names.
        assert list(entries.values()) == [content for _, content in GOOD] or set(entries) != {
            name for name, _ in GOOD
        }


@pytest.mark.parametrize(
    "name", ["../x", "a/../../x", "/etc/passwd", "a\\b", "C:/x", "a//b", "./a", "dir/", "a\x01b"]
)
def test_odd_names_are_refused(name: str) -> None:
    info = zipfile.ZipInfo("placeholder")
    info.filename = name  # bypass ZipInfo's own clean-up, as a hostile tool would
    with pytest.raises(InputRefused, match="name"):
        read_zip(_zip((info, b"x")))


def test_duplicate_entries_are_refused() -> None:
    with pytest.warns(UserWarning, match="Duplicate name"):
        data = _zip(("manifest.json", b"1"), ("manifest.json", b"2"))
    with pytest.raises(InputRefused, match="twice"):
        read_zip(data)


def test_symlinks_are_refused() -> None:
    info = zipfile.ZipInfo("manifest.json")
    info.create_system = 3
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    with pytest.raises(InputRefused, match="not a plain file"):
        read_zip(_zip((info, b"/etc/passwd")))


def test_encrypted_entries_are_refused() -> None:
    data = bytearray(build_zip([("a", b"secret")]))
    # Set the "encrypted" flag in both the local header (offset 6) and the central directory.
    data[6] |= 1
    central = data.rfind(b"PK\x01\x02")
    data[central + 8] |= 1
    with pytest.raises(InputRefused, match="encrypted"):
        read_zip(bytes(data))


def test_other_compression_is_refused() -> None:
    with pytest.raises(InputRefused, match="unsupported compression"):
        read_zip(_zip(("a", b"x" * 100), method=zipfile.ZIP_BZIP2))


def test_compression_bomb_stops_early() -> None:
    big = _zip(("changes.jsonl", b"\x00" * (200 * 1024 * 1024)))
    assert len(big) < 300 * 1024
    with pytest.raises(InputRefused, match="too large"):
        read_zip(big)
    # The cap is on what an entry expands to, however well it compresses.
    bomb = _zip(("changes.jsonl", b"\x00" * (10 * 1024 * 1024)))
    with pytest.raises(InputRefused, match="too large"):
        read_zip(bomb, limits=ZipLimits(max_entry=8 * 1024 * 1024))


def test_legitimate_compressible_text_is_not_taken_for_a_bomb() -> None:
    # A 190,000-character description, mostly blank, compresses far beyond 200:1.
    text = (" " * 189_000 + "Soil carbon trials in the Sahel. ").encode()
    data = _zip(("changes.jsonl", text))
    assert len(text) > 200 * len(data)
    assert read_zip(data) == {"changes.jsonl": text}


def test_declared_sizes_are_not_trusted() -> None:
    """A central directory that claims a tiny size cannot smuggle a large entry past the caps."""
    data = bytearray(_zip(("a", b"\x00" * (8 * 1024 * 1024))))
    central = data.rfind(b"PK\x01\x02")
    data[central + 24 : central + 28] = (10).to_bytes(4, "little")  # uncompressed size: 10
    with pytest.raises(InputRefused):
        read_zip(bytes(data), limits=ZipLimits(max_entry=1024 * 1024))


def test_entry_and_total_caps() -> None:
    data = build_zip([("a", os.urandom(5000)), ("b", os.urandom(5000))])
    with pytest.raises(InputRefused, match="too large"):
        read_zip(data, limits=ZipLimits(max_entry=4000))
    with pytest.raises(InputRefused, match="too much data"):
        read_zip(data, limits=ZipLimits(max_total=8000))
    with pytest.raises(InputRefused, match="too many entries"):
        read_zip(data, limits=ZipLimits(max_entries=1))


def test_prepended_data_is_refused() -> None:
    with pytest.raises(InputRefused, match="before its first entry"):
        read_zip(b"MZ" + b"\x00" * 100 + build_zip(GOOD))


def test_atomic_write_leaves_no_partial_file(tmp_path: Path) -> None:
    target = tmp_path / "out.sicbundle"
    write_atomic(target, b"first")
    assert target.read_bytes() == b"first"

    with pytest.raises(TypeError):
        write_atomic(target, "not bytes")  # type: ignore[arg-type]
    assert target.read_bytes() == b"first"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["home", "out.sicbundle"]
