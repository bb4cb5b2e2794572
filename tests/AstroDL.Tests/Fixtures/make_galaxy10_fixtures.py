#!/usr/bin/env python3
"""Write small mock Galaxy10 HDF5 files in the real files' layout, for the Galaxy10 loader tests.

The real files (Galaxy10_DECals.h5, Galaxy10.h5 on Zenodo) hold the datasets ``images`` (N, H, W, 3) uint8,
stored gzip-compressed in chunks, and ``ans`` (N,) class labels; the DECaLS file also holds ``ra``, ``dec``,
``redshift`` and ``pxscale`` (N,). The mocks keep that layout at a few kilobytes:

* ``galaxy10_decals_mock.h5``: 12 images of 16x16x3 in chunks of (2, 8, 16, 3), so a subset cuts through
  chunks; labels uint8; ra, dec float64; redshift, pxscale float32 (the loader accepts either float width).
* ``galaxy10_sdss_mock.h5``: 5 images of 9x9x3 in chunks of one image; labels int64; no extras.
* ``galaxy10_no_labels.h5``: images only (the ``ans`` dataset is missing).
* ``galaxy10_flat_images.h5``: images of shape (4, 8, 8), without the colour axis.
* ``galaxy10_label_count.h5``: 4 images but 5 labels.
* ``galaxy10_scalar_pxscale.h5``: 4 images with one pixel scale for all (a scalar ``pxscale``), which the loader
  gives to every image.

``galaxy10_mock.json`` holds what the tests compare with, computed here from the arrays written (never
from the C# loader): the labels and extras, the byte sum of every image, probe pixels at random
(image, row, column, band) positions, and where in the DECaLS mock each compressed chunk of images lies.

Needs Debian's python3-h5py. Regenerate (from the repository root; the output is the same every time):

    /usr/bin/python3 tests/AstroDL.Tests/Fixtures/make_galaxy10_fixtures.py
"""

import json
import os
import random

import h5py
import numpy as np

OUT_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "galaxy10")


def pattern(count, size):
    """Elliptical mock galaxies on a sky level that differs per image and band, off-centre and longer along x,
    so a transposed, flipped or shifted read shows; the smooth sky keeps the gzip chunks small."""
    n, y, x, c = np.meshgrid(np.arange(count), np.arange(size), np.arange(size), np.arange(3), indexing="ij")
    cx, cy = size * 0.4 + n % 4, size * 0.55 + n % 3
    r2 = ((x - cx) / (0.15 * size + 0.1 * n)) ** 2 + ((y - cy) / (0.08 * size + 0.05 * n)) ** 2
    values = 8 + 3 * n + 20 * c + (230 - 60 * c) * np.exp(-0.5 * r2)
    return np.clip(np.rint(values), 0, 255).astype(np.uint8)


def write(name, datasets, chunks=None):
    path = os.path.join(OUT_DIR, name)
    with h5py.File(path, "w", track_order=False) as f:
        for key, values in datasets.items():
            if key == "images" and chunks is not None:
                f.create_dataset(key, data=values, chunks=chunks, compression="gzip", compression_opts=4, track_times=False)
            else:
                f.create_dataset(key, data=values, track_times=False)


def probes(images, rng, count):
    shape = images.shape
    picks = []
    for _ in range(count):
        at = [rng.randrange(s) for s in shape]
        picks.append({"at": at, "value": int(images[tuple(at)])})
    return picks


def describe(images, labels, rng, extras=None):
    result = {
        "shape": list(images.shape),
        "labels": [int(v) for v in labels],
        "image_sums": [int(images[i].astype(np.int64).sum()) for i in range(images.shape[0])],
        "probes": probes(images, rng, 48),
    }
    for key, values in (extras or {}).items():
        result[key] = [float(v) for v in values]
    return result


def main():
    os.makedirs(OUT_DIR, exist_ok=True)
    rng = random.Random(10)

    decals_images = pattern(12, 16)
    decals_labels = np.array([3, 0, 9, 5, 1, 7, 2, 8, 4, 6, 3, 7], dtype=np.uint8)
    index = np.arange(12)
    decals_extras = {
        "ra": (150.0 + index * 0.123456789).astype(np.float64),
        "dec": (-2.5 + index * 0.987654321).astype(np.float64),
        "redshift": (0.01 + index * 0.0125).astype(np.float32),
        "pxscale": np.full(12, 0.262, dtype=np.float32),
    }
    write("galaxy10_decals_mock.h5", {"images": decals_images, "ans": decals_labels, **decals_extras}, chunks=(2, 8, 16, 3))

    sdss_images = pattern(5, 9)
    sdss_labels = np.array([1, 2, 0, 9, 4], dtype=np.int64)
    write("galaxy10_sdss_mock.h5", {"images": sdss_images, "ans": sdss_labels}, chunks=(1, 9, 9, 3))

    write("galaxy10_no_labels.h5", {"images": pattern(4, 8)})
    write("galaxy10_flat_images.h5", {"images": pattern(4, 8)[..., 0], "ans": np.zeros(4, dtype=np.uint8)})
    write("galaxy10_label_count.h5", {"images": pattern(4, 8), "ans": np.zeros(5, dtype=np.uint8)})
    write("galaxy10_scalar_pxscale.h5", {"images": pattern(4, 8), "ans": np.zeros(4, dtype=np.uint8), "pxscale": np.float64(0.262)})

    expected = {
        "decals": describe(decals_images, decals_labels, rng, decals_extras),
        "sdss": describe(sdss_images, sdss_labels, rng),
    }
    # Where each compressed chunk of the DECaLS mock's images lies, so a test can damage one chunk and no other.
    with h5py.File(os.path.join(OUT_DIR, "galaxy10_decals_mock.h5"), "r") as f:
        dataset = f["images"].id
        chunks = [dataset.get_chunk_info(i) for i in range(dataset.get_num_chunks())]
        expected["decals"]["chunks"] = [{"at": list(c.chunk_offset), "byte_offset": c.byte_offset, "size": c.size} for c in chunks]
    with open(os.path.join(OUT_DIR, "galaxy10_mock.json"), "w") as f:
        json.dump(expected, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
