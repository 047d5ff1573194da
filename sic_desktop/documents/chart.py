"""A horizontal bar chart as a PNG, drawn with the standard library only (zlib and struct)."""

import struct
import zlib
from collections.abc import Sequence
from dataclasses import dataclass

Color = tuple[int, int, int]
WHITE: Color = (255, 255, 255)
BAR: Color = (0x2F, 0x5D, 0x50)  # the documents' deep green
BAR_DONE: Color = (0x6A, 0x9A, 0x3C)  # a target reached
TRACK: Color = (0xEE, 0xF3, 0xF0)
GRID: Color = (0xD5, 0xDD, 0xD9)
INK: Color = (0x33, 0x3A, 0x37)
TARGET: Color = (0xB3, 0x5C, 0x1E)

# 5x7 glyphs for the few characters a progress chart prints.
GLYPHS = {
    "0": ("01110", "10001", "10001", "10001", "10001", "10001", "01110"),
    "1": ("00100", "01100", "00100", "00100", "00100", "00100", "01110"),
    "2": ("01110", "10001", "00001", "00010", "00100", "01000", "11111"),
    "3": ("11110", "00001", "00001", "01110", "00001", "00001", "11110"),
    "4": ("00010", "00110", "01010", "10010", "11111", "00010", "00010"),
    "5": ("11111", "10000", "11110", "00001", "00001", "10001", "01110"),
    "6": ("00110", "01000", "10000", "11110", "10001", "10001", "01110"),
    "7": ("11111", "00001", "00010", "00100", "01000", "01000", "01000"),
    "8": ("01110", "10001", "10001", "01110", "10001", "10001", "01110"),
    "9": ("01110", "10001", "10001", "01111", "00001", "00010", "01100"),
    "%": ("11000", "11001", "00010", "00100", "01000", "10011", "00011"),
    ".": ("00000", "00000", "00000", "00000", "00000", "01100", "01100"),
    "-": ("00000", "00000", "00000", "11111", "00000", "00000", "00000"),
    "+": ("00000", "00100", "00100", "11111", "00100", "00100", "00000"),
    " ": ("00000",) * 7,
}


@dataclass(frozen=True)
class Bar:
    """One bar: a short label (the row number in the table) and a share of its target."""

    label: str
    share: float  # 1.0 = the target reached


class Canvas:
    """An RGB picture held in memory."""

    def __init__(self, width: int, height: int) -> None:
        self.width, self.height = width, height
        self.pixels = bytearray(WHITE * (width * height))

    def rect(self, x: int, y: int, w: int, h: int, color: Color) -> None:
        x0, y0 = max(x, 0), max(y, 0)
        x1, y1 = min(x + w, self.width), min(y + h, self.height)
        if x1 <= x0 or y1 <= y0:
            return
        line = bytes(color) * (x1 - x0)
        for row in range(y0, y1):
            start = (row * self.width + x0) * 3
            self.pixels[start:start + len(line)] = line

    def text(self, x: int, y: int, text: str, color: Color, scale: int) -> int:
        """Draw `text` with its top-left at (x, y); returns the x after it."""
        for char in text:
            glyph = GLYPHS.get(char, GLYPHS[" "])
            for gy, row in enumerate(glyph):
                for gx, bit in enumerate(row):
                    if bit == "1":
                        self.rect(x + gx * scale, y + gy * scale, scale, scale, color)
            x += 6 * scale
        return x

    def png(self) -> bytes:
        raw = b"".join(b"\x00" + bytes(self.pixels[r * self.width * 3:(r + 1) * self.width * 3])
                       for r in range(self.height))

        def chunk(kind: bytes, data: bytes) -> bytes:
            return (struct.pack(">I", len(data)) + kind + data
                    + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

        header = struct.pack(">IIBBBBB", self.width, self.height, 8, 2, 0, 0, 0)
        dpi = struct.pack(">IIB", 7874, 7874, 1)  # 200 dots per inch, for a crisp print
        return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"pHYs", dpi)
                + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def text_width(text: str, scale: int) -> int:
    return len(text) * 6 * scale - scale


def progress_chart(bars: Sequence[Bar], *, width: int = 1200) -> bytes:
    """Bars of progress toward target (capped at 150 %), a line at the target, values printed."""
    scale, bar_h, gap, top, axis_h = 2, 30, 16, 16, 36
    left = 20 + text_width("00", scale) + 20
    right = width - (text_width("150%", scale) + 40)
    height = top + len(bars) * (bar_h + gap) + axis_h
    canvas = Canvas(width, height)
    ceiling = 1.5 if any(b.share > 1 for b in bars) else 1.0
    plot = right - left

    def x_at(share: float) -> int:
        return left + round(plot * min(max(share, 0.0), ceiling) / ceiling)

    bottom = top + len(bars) * (bar_h + gap)
    steps = [0.0, 0.25, 0.5, 0.75, 1.0] + ([1.25, 1.5] if ceiling > 1 else [])
    for step in steps:
        canvas.rect(x_at(step), top - 6, 2, bottom - top + 6, GRID)
        label = f"{step:.0%}"
        canvas.text(x_at(step) - text_width(label, 2) // 2, bottom + 10, label, INK, 2)
    for index, bar in enumerate(bars):
        y = top + index * (bar_h + gap) + gap // 2
        canvas.text(left - 20 - text_width(bar.label, scale), y + (bar_h - 7 * scale) // 2,
                    bar.label, INK, scale)
        canvas.rect(left, y, plot, bar_h, TRACK)
        end = x_at(bar.share)
        canvas.rect(left, y, end - left, bar_h, BAR_DONE if bar.share >= 1 else BAR)
    target = x_at(1.0)
    for dash in range(top - 10, bottom, 12):
        canvas.rect(target - 1, dash, 4, 7, TARGET)
    for index, bar in enumerate(bars):  # values last, on a clear patch, so the line never hides one
        y = top + index * (bar_h + gap) + gap // 2
        value = f"{bar.share:.0%}"
        x = x_at(bar.share) + 8
        canvas.rect(x, y + 4, text_width(value, scale) + 12, bar_h - 8, WHITE)
        canvas.text(x + 6, y + (bar_h - 7 * scale) // 2, value, INK, scale)
    return canvas.png()
