"""PyTorch's CPU matmul on the same shapes as Program.cs, in GFLOP/s (best of 5 timed runs after warm-up)."""
import os
import sys
import time

import torch

SHAPES = [(2048, 2048, 2048), (64, 784, 128), (784, 64, 128), (9216, 288, 64)]


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


# Debian's torch calls the system libblas.so.3; the alternative says which BLAS that is (OpenBLAS with libopenblas0-openmp).
BLAS = "/etc/alternatives/libblas.so.3-x86_64-linux-gnu"
print(f"torch {torch.__version__}, libblas.so.3 -> {os.path.realpath(BLAS) if os.path.exists(BLAS) else 'unknown'}")
print("| M x K x N | threads | PyTorch GFLOP/s |")
print("|---|---|---|")
for m, k, n in SHAPES:
    a, b = torch.randn(m, k), torch.randn(k, n)
    for threads in (1, 2):
        torch.set_num_threads(threads)
        print(f"| {m}x{k}x{n} | {threads} | {2 * m * k * n / measure(a, b) / 1e9:.1f} |")
sys.stdout.flush()
