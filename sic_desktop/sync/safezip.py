"""ZIP bundles read in memory under hard caps (never extracted), and written atomically."""

import io
import stat
import struct
import zipfile
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sic_desktop.errors import InputRefused
from sic_desktop.text import Text

_CHUNK = 64 * 1024
_ZIP_ERRORS = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    EOFError,
    zlib.error,
    NotImplementedError,
    ValueError,
    struct.error,
    OSError,
)
# A fixed time stamp: the same entries always give the same bytes.
_EPOCH = (1980, 1, 1, 0, 0, 0)


@dataclass(frozen=True)
class ZipLimits:
    """The most a bundle may hold; crossing any cap refuses the whole file.

    The caps are on the expanded sizes, counted while reading: a compression ratio says nothing
    about harm (a long, mostly blank description compresses a thousand times and is legitimate),
    while the bytes a bundle expands to are what could exhaust memory.
    """

    max_file: int = 256 * 1024 * 1024
    max_entries: int = 10_000
    max_entry: int = 64 * 1024 * 1024
    max_total: int = 256 * 1024 * 1024
    max_name: int = 255
    folders: bool = False  # spreadsheets (an .ods from LibreOffice) list empty folder entries; skipped


DEFAULT_LIMITS = ZipLimits()


def read_zip(
    source: bytes | Path, *, what: str = "the bundle", limits: ZipLimits = DEFAULT_LIMITS
) -> dict[str, bytes]:
    """Every entry of a ZIP file, by name in archive order, or InputRefused saying what is wrong."""
    data = read_capped(source, what, limits) if isinstance(source, Path) else source
    if len(data) > limits.max_file:
        raise InputRefused(Text("%1 is too large (%2 bytes; at most %3)", what, len(data), limits.max_file))
    if not data:
        raise InputRefused(Text("%1 is empty", what))
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except _ZIP_ERRORS:
        raise InputRefused(Text("%1 is not a SIC Desktop bundle (not a ZIP file, or cut short)",
                                what)) from None
    with archive:
        infos = archive.infolist()
        if len(infos) > limits.max_entries:
            raise InputRefused(Text("%1 has too many entries (%2)", what, len(infos)))
        _check_layout(infos, archive.start_dir, what)
        entries: dict[str, bytes] = {}
        total = 0
        for info in infos:
            if limits.folders and info.filename.endswith("/") and info.file_size == 0:
                continue
            _check_entry(info, entries, what, limits)
            try:
                content = _read_entry(archive, info, total, what, limits)
            except _ZIP_ERRORS as error:
                raise InputRefused(
                    Text("%1 is damaged or cut short (entry %2: %3)", what, repr(info.filename), str(error))
                ) from None
            total += len(content)
            entries[info.filename] = content
    return entries


def read_capped(path: Path, what: str, limits: ZipLimits = DEFAULT_LIMITS) -> bytes:
    """A file's bytes, refused past the size cap (read no further than the cap)."""
    try:
        with path.open("rb") as handle:
            data = handle.read(limits.max_file + 1)
    except OSError as error:
        raise InputRefused(Text("%1 cannot be read: %2", what, str(error.strerror or error))) from None
    if len(data) > limits.max_file:
        raise InputRefused(Text("%1 is too large (more than %2 bytes)", what, limits.max_file))
    return data


def _check_layout(infos: list[zipfile.ZipInfo], directory_start: int, what: str) -> None:
    """Entries start at the first byte and never overlap (overlap is how the worst bombs work)."""
    ordered = sorted(infos, key=lambda info: info.header_offset)
    if ordered and ordered[0].header_offset != 0:
        raise InputRefused(Text("%1 has unexplained data before its first entry", what))
    for info, following in zip(ordered, [*ordered[1:], None], strict=True):
        end = following.header_offset if following else directory_start
        if info.header_offset + info.compress_size > end:
            raise InputRefused(Text("%1 has overlapping entries (%2)", what, repr(info.filename)))


def _check_entry(info: zipfile.ZipInfo, seen: dict[str, bytes], what: str, limits: ZipLimits) -> None:
    name = info.filename
    shown = repr(name[:80])
    if not name or len(name) > limits.max_name:
        raise InputRefused(Text("%1 has an entry with an empty or overlong name", what))
    if "\\" in name or name.startswith("/") or ":" in name or any(ord(c) < 32 for c in name):
        raise InputRefused(Text("%1 has an entry with a forbidden name %2", what, shown))
    if any(part in ("", ".", "..") for part in name.split("/")):
        raise InputRefused(Text("%1 has an entry with a forbidden name %2", what, shown))
    if name in seen:
        raise InputRefused(Text("%1 holds the entry %2 twice", what, shown))
    if info.flag_bits & 0x41:
        raise InputRefused(Text("%1 has an encrypted entry %2", what, shown))
    mode = info.external_attr >> 16
    if stat.S_IFMT(mode) not in (0, stat.S_IFREG):
        raise InputRefused(Text("%1 has an entry %2 that is not a plain file (a link?)", what, shown))
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        raise InputRefused(Text("%1 uses an unsupported compression in %2", what, shown))
    if info.file_size > limits.max_entry:  # a cheap early refusal; the real check is while reading
        raise InputRefused(Text("%1: the entry %2 is too large", what, shown))


def _read_entry(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, total: int, what: str, limits: ZipLimits
) -> bytes:
    """Read in chunks and stop as soon as a cap is crossed: declared sizes may lie."""
    shown = repr(info.filename[:80])
    chunks: list[bytes] = []
    size = 0
    with archive.open(info) as stream:
        while chunk := stream.read(_CHUNK):
            size += len(chunk)
            if size > limits.max_entry:
                raise InputRefused(Text("%1: the entry %2 is too large", what, shown))
            if total + size > limits.max_total:
                raise InputRefused(Text("%1 holds too much data (more than %2)", what, limits.max_total))
            chunks.append(chunk)
    return b"".join(chunks)


def build_zip(entries: Sequence[tuple[str, bytes]]) -> bytes:
    """A ZIP of `entries` in this order; the same entries always give the same bytes."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in entries:
            info = zipfile.ZipInfo(name, date_time=_EPOCH)
            info.create_system = 3
            info.external_attr = (stat.S_IFREG | 0o644) << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, content, compresslevel=9)
    return buffer.getvalue()
