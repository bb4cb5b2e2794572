#!/usr/bin/env python3
"""Write the expected statistics of IRAF's M51 test image (dev$pix) for the M51 reader's tests.

Reads Debian iraf's /usr/lib/iraf/dev/pix.pix with NumPy alone, independently of the kit: the pixels are
big-endian int16, 512 x 512, from byte 2048 (the header pix.imh gives the offset as 1025 two-byte chars,
counted from 1). Regenerate (from the repository root; the output is deterministic and committed):

    /usr/bin/python3 tests/AstroDL.Tests/Fixtures/make_m51_fixture.py

This writes tests/AstroDL.Tests/Fixtures/iraf/m51.json.
"""

import hashlib
import json
import os

import numpy as np

PIXELS = "/usr/lib/iraf/dev/pix.pix"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "iraf", "m51.json")
OFFSET, SIZE = 2048, 512

raw = open(PIXELS, "rb").read()
assert raw[:5] == b"impv2", "not an IRAF v2 pixel file"
assert len(raw) == OFFSET + 2 * SIZE * SIZE, len(raw)
image = np.frombuffer(raw, dtype=">i2", offset=OFFSET).reshape(SIZE, SIZE).astype(np.float64)

# A few pixels at fixed places (row = image line - 1, column = x - 1), among them the brightest one.
peak = np.unravel_index(int(image.argmax()), image.shape)
places = [(0, 0), (0, 4), (255, 250), (511, 511), (100, 400), (int(peak[0]), int(peak[1]))]
fixture = {
    "pixel_sha256": hashlib.sha256(raw).hexdigest(),
    "height": SIZE,
    "width": SIZE,
    "min": image.min(),
    "max": image.max(),
    "sum": image.sum(),
    "mean": image.mean(),
    "std": image.std(),
    "median": float(np.median(image)),
    "peak": [int(peak[0]), int(peak[1])],
    "pixels": [{"row": r, "column": c, "value": image[r, c]} for r, c in places],
}
os.makedirs(os.path.dirname(OUT), exist_ok=True)
with open(OUT, "w") as f:
    json.dump(fixture, f, indent=1)
    f.write("\n")
print(OUT)
