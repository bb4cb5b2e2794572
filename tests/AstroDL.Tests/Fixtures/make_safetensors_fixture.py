#!/usr/bin/env python3
"""Write a safetensors reference file for the AstroDL checkpoint tests, and check files the kit wrote.

Needs only Debian's Python and NumPy (``apt-get install -y python3-numpy``); the ``safetensors`` package
is not used, so the writer and reader below follow the format specification byte for byte as the
reference library (huggingface/safetensors) does:

* 8 bytes: the header length N as a little-endian unsigned 64-bit integer;
* N bytes: compact UTF-8 JSON, ``{"__metadata__": {...}, name: {"dtype", "shape", "data_offsets"}, ...}``,
  padded with spaces to a multiple of 8;
* the tensors' raw little-endian bytes, ordered by dtype (I64, F64, F32, BOOL) and then by name, with
  ``data_offsets`` relative to the start of this data section and tiling it without gaps.

Regenerate the fixture (from the repository root; the output is deterministic and committed):

    /usr/bin/python3 tests/AstroDL.Tests/Fixtures/make_safetensors_fixture.py

This writes ``tests/AstroDL.Tests/Fixtures/pytorch/reference.safetensors`` and ``reference.json`` (the
expected values). The C# test SafeTensorsInteropTests reads both.

Check that a file written by the kit parses with this reader and holds the expected values: run the
tests (SafeTensorsInteropTests writes ``kit_written.safetensors`` next to the test assembly), then

    /usr/bin/python3 tests/AstroDL.Tests/Fixtures/make_safetensors_fixture.py \
        --check tests/AstroDL.Tests/bin/Debug/net10.0/kit_written.safetensors
"""

import json
import os
import struct
import sys

import numpy as np

OUT_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "pytorch")
SAFETENSORS_PATH = os.path.join(OUT_DIR, "reference.safetensors")
JSON_PATH = os.path.join(OUT_DIR, "reference.json")

DTYPES = {"I64": np.dtype("<i8"), "F64": np.dtype("<f8"), "F32": np.dtype("<f4"), "BOOL": np.dtype("?")}
ORDER = list(DTYPES)  # the reference writer's order: descending dtype, then name
MAX_HEADER = 100_000_000


def dtype_name(array):
    for name, dtype in DTYPES.items():
        if array.dtype == dtype:
            return name
    raise ValueError(f"unsupported dtype {array.dtype}")


def serialize(tensors, metadata):
    """The bytes of a safetensors file holding `tensors` (name -> NumPy array)."""
    names = sorted(tensors, key=lambda n: (ORDER.index(dtype_name(tensors[n])), n))
    header = {"__metadata__": metadata}
    offset = 0
    for name in names:
        size = tensors[name].nbytes
        header[name] = {"dtype": dtype_name(tensors[name]), "shape": list(tensors[name].shape),
                        "data_offsets": [offset, offset + size]}
        offset += size
    text = json.dumps(header, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    text += b" " * ((8 - len(text) % 8) % 8)
    data = b"".join(np.ascontiguousarray(tensors[n], dtype=DTYPES[dtype_name(tensors[n])]).tobytes() for n in names)
    return struct.pack("<Q", len(text)) + text + data


def parse(blob):
    """Tensors of a safetensors file, with the checks the reference reader makes."""
    if len(blob) < 8:
        raise ValueError("file shorter than the header size")
    (n,) = struct.unpack("<Q", blob[:8])
    if n > MAX_HEADER or 8 + n > len(blob):
        raise ValueError(f"header size {n} out of range")
    header_bytes = blob[8:8 + n]
    if not header_bytes.startswith(b"{"):
        raise ValueError("header does not start with '{'")
    header = json.loads(header_bytes.decode("utf-8"))
    metadata = header.pop("__metadata__", None)
    if metadata is not None and not all(isinstance(v, str) for v in metadata.values()):
        raise ValueError("__metadata__ values must be strings")
    data = blob[8 + n:]
    end = 0
    tensors = {}
    for name, info in sorted(header.items(), key=lambda kv: tuple(kv[1]["data_offsets"])):
        begin, stop = info["data_offsets"]
        if begin != end or stop < begin:
            raise ValueError(f"{name}: data_offsets {info['data_offsets']} do not follow on at {end}")
        dtype = DTYPES[info["dtype"]]
        count = int(np.prod(info["shape"], dtype=np.int64))
        if count * dtype.itemsize != stop - begin:
            raise ValueError(f"{name}: {stop - begin} bytes for shape {info['shape']}")
        tensors[name] = np.frombuffer(data[begin:stop], dtype=dtype).reshape(info["shape"])
        end = stop
    if end != len(data):
        raise ValueError(f"data section is {len(data)} bytes, tensors cover {end}")
    return tensors, metadata


def reference_tensors():
    rng = np.random.default_rng(20240611)
    return {
        "conv.weight": rng.standard_normal((2, 3, 2)).astype(np.float32),
        "fc.bias": np.array([0.5, -1.25, 3.0e-8, 65504.0], dtype=np.float32),
        "fc.weight": rng.standard_normal((3, 4)),  # float64
        "labels": np.array([0, -7, 2**40 + 3, 9], dtype=np.int64),
        "step": np.array(12345, dtype=np.int64),  # 0-d
        "mask": np.array([[True, False, True], [False, False, True]]),
        "empty": np.zeros((0, 3), dtype=np.float32),
    }


def expected_json(tensors):
    def values(a):
        return [bool(v) if a.dtype == np.bool_ else (int(v) if a.dtype.kind == "i" else float(v)) for v in a.reshape(-1)]
    return {name: {"dtype": dtype_name(a), "shape": list(a.shape), "data": values(a)} for name, a in sorted(tensors.items())}


def check(path):
    with open(path, "rb") as f:
        tensors, metadata = parse(f.read())
    expected = reference_tensors()
    if set(tensors) != set(expected):
        raise SystemExit(f"{path}: tensors {sorted(tensors)}, expected {sorted(expected)}")
    for name, a in expected.items():
        b = tensors[name]
        if b.dtype != a.dtype or b.shape != a.shape or not np.array_equal(a, b):
            raise SystemExit(f"{path}: tensor {name} differs: {b.dtype} {b.shape} vs {a.dtype} {a.shape}")
    with open(path, "rb") as f:
        same = f.read() == serialize(expected, {"format": "pt"})
    print(f"{path}: OK, {len(tensors)} tensors, metadata {metadata}, "
          f"{'byte-identical to' if same else 'parses but differs in bytes from'} this writer's output")


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--check":
        check(sys.argv[2])
        return
    tensors = reference_tensors()
    blob = serialize(tensors, {"format": "pt"})
    parsed, _ = parse(blob)
    assert all(np.array_equal(parsed[n], tensors[n]) for n in tensors)
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(SAFETENSORS_PATH, "wb") as f:
        f.write(blob)
    with open(JSON_PATH, "w") as f:
        json.dump(expected_json(tensors), f, indent=1)
        f.write("\n")
    print(f"wrote {SAFETENSORS_PATH} ({len(blob)} bytes) and {JSON_PATH}")


if __name__ == "__main__":
    main()
