"""The progress chart is a valid PNG drawn without third-party libraries."""

import struct
import zlib

from sic_desktop.documents.chart import Bar, progress_chart


def test_chart_is_a_png_of_the_expected_size() -> None:
    png = progress_chart([Bar("1", 1.4), Bar("2", 0.5), Bar("3", 0.0)], width=800)
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    width, height = struct.unpack(">II", png[16:24])
    assert width == 800 and height > 100
    start = png.index(b"IDAT") + 4
    length = struct.unpack(">I", png[start - 8:start - 4])[0]
    raw = zlib.decompress(png[start:start + length])
    assert len(raw) == height * (1 + width * 3)
    assert bytes((0x2F, 0x5D, 0x50)) in raw  # bars in the documents' green


def test_a_reached_target_is_drawn_in_its_own_colour() -> None:
    png = progress_chart([Bar("1", 1.2)])
    start = png.index(b"IDAT") + 4
    length = struct.unpack(">I", png[start - 8:start - 4])[0]
    assert bytes((0x6A, 0x9A, 0x3C)) in zlib.decompress(png[start:start + length])
