"""PyTorch's CPU matmul (OpenBLAS under Debian's python3-torch) on the products Sgemm/SgemmComparison.cs sends as
"name=batch:M:K:N:flags threads" lines (see Sgemm/GemmShape.cs): one JSON line per request, in GFLOP/s, best of 5
timed batches after warm-up, the same procedure as the kit's side."""
import json
import os
import re
import sys
import time

import torch


def measure(a, b):
    start, calls = time.perf_counter(), 0
    while time.perf_counter() - start < 0.3 or calls < 2:
        torch.matmul(a, b)
        calls += 1
    batch = max(1, int(calls * 0.2 / (time.perf_counter() - start)))
    best = float("inf")
    for _ in range(5):
        t = time.perf_counter()
        for _ in range(batch):
            torch.matmul(a, b)
        best = min(best, (time.perf_counter() - t) / batch)
    return best


def operands(batch, m, k, n, flags):
    shared = "w" in flags
    a = torch.randn(k, m).t() if "a" in flags else torch.randn(m, k)
    if not shared:
        a = torch.randn(batch, k, m).transpose(1, 2) if "a" in flags else torch.randn(batch, m, k)
    b = torch.randn(batch, n, k).transpose(1, 2) if "b" in flags else torch.randn(batch, k, n)
    if batch == 1 and not shared:
        a, b = a[0], b[0]
    return a, b


# First a line that says what PyTorch calls: Debian's torch uses the system libblas.so.3, and the alternative
# names the BLAS behind it (OpenBLAS with libopenblas0-openmp).
BLAS = "/etc/alternatives/libblas.so.3-x86_64-linux-gnu"
print(json.dumps({"torch": torch.__version__, "blas": os.path.realpath(BLAS) if os.path.exists(BLAS) else "unknown",
                  "blas_info": (re.findall(r"BLAS_INFO=(\w+)", torch.__config__.show()) or ["unknown"])[0]}), flush=True)

# One request per line on standard input, "spec threads", answered at once, so the kit's and PyTorch's
# measurements of a product are taken back to back (the load of a shared machine drifts).
for request in sys.stdin:
    spec, threads = request.strip().rsplit(" ", 1)
    name, numbers = spec.rsplit("=", 1)
    batch, m, k, n, flags = numbers.split(":")
    batch, m, k, n = int(batch), int(m), int(k), int(n)
    a, b = operands(batch, m, k, n, flags)
    torch.set_num_threads(int(threads))
    seconds = measure(a, b)
    print(json.dumps({"name": name, "threads": int(threads), "gflops": 2 * batch * m * k * n / seconds / 1e9}), flush=True)
