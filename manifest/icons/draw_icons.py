#!/usr/bin/env python3
"""Draws the OpsRhythm icons (standard library only) so the art can be changed and re-drawn.

The mark is the product's name: a cycle (the ring, open at the top right like a plan cycle that
never quite closes) with a pulse line through it (the weekly rhythm of status and meetings).

    python3 manifest/icons/draw_icons.py      # writes color.png (192x192) and outline.png (32x32)

Teams wants the color icon on a solid square background (Teams rounds the corners itself) and the outline icon white on transparent.
"""
import math
import os
import struct
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
BRAND = (0x1F, 0x5F, 0x9E)  # the accentColor in manifest.json
SUPERSAMPLE = 4


def segment_distance(px, py, ax, ay, bx, by):
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
    return math.hypot(px - (ax + t * dx), py - (ay + t * dy))


def in_ring(x, y, size, stroke):
    """The cycle: a ring with a gap between -20 and 40 degrees (clockwise from 3 o'clock)."""
    c = size / 2
    r = size * 0.36
    d = math.hypot(x - c, y - c)
    angle = math.degrees(math.atan2(c - y, x - c))
    if -20 < angle < 40:
        return False
    return abs(d - r) <= stroke / 2


def pulse_points(size):
    """A heartbeat across the middle: flat, small dip, tall peak, deep trough, flat."""
    s = size
    return [
        (0.18 * s, 0.52 * s), (0.36 * s, 0.52 * s), (0.42 * s, 0.60 * s), (0.50 * s, 0.24 * s),
        (0.58 * s, 0.76 * s), (0.65 * s, 0.46 * s), (0.70 * s, 0.52 * s), (0.84 * s, 0.52 * s),
    ]


def in_pulse(x, y, size, stroke):
    points = pulse_points(size)
    return any(
        segment_distance(x, y, *points[i], *points[i + 1]) <= stroke / 2
        for i in range(len(points) - 1)
    )


def coverage(test, x, y):
    """Fraction of the pixel's subsamples inside the shape: anti-aliased edges."""
    hits = 0
    for i in range(SUPERSAMPLE):
        for j in range(SUPERSAMPLE):
            if test(x + (i + 0.5) / SUPERSAMPLE, y + (j + 0.5) / SUPERSAMPLE):
                hits += 1
    return hits / (SUPERSAMPLE * SUPERSAMPLE)


def draw_color(size=192):
    stroke = size * 0.075
    rows = []
    for y in range(size):
        row = []
        for x in range(size):
            ring = coverage(lambda u, v: in_ring(u, v, size, stroke), x, y)
            pulse = coverage(lambda u, v: in_pulse(u, v, size, stroke), x, y)
            r, g, b = BRAND
            white = max(ring, pulse)
            r, g, b = (round(c + (255 - c) * white) for c in (r, g, b))
            row.append((r, g, b, 255))
        rows.append(row)
    return rows


def draw_outline(size=32):
    stroke = 2.4
    rows = []
    for y in range(size):
        row = []
        for x in range(size):
            a = max(
                coverage(lambda u, v: in_ring(u, v, size, stroke), x, y),
                coverage(lambda u, v: in_pulse(u, v, size, stroke), x, y),
            )
            row.append((255, 255, 255, round(255 * a)))
        rows.append(row)
    return rows


def write_png(path, rows):
    height, width = len(rows), len(rows[0])

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    raw = b"".join(b"\x00" + bytes(v for px in row for v in px) for row in rows)
    png = b"\x89PNG\r\n\x1a\n"
    png += chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0))
    png += chunk(b"IDAT", zlib.compress(raw, 9))
    png += chunk(b"IEND", b"")
    with open(path, "wb") as f:
        f.write(png)


if __name__ == "__main__":
    write_png(os.path.join(HERE, "color.png"), draw_color())
    write_png(os.path.join(HERE, "outline.png"), draw_outline())
