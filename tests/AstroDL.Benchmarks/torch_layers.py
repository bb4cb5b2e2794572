"""PyTorch's side of ConvolutionBenchmarks (Micro/ConvolutionBenchmarks.cs): the same layers, shapes and gradients,
timed with a stopwatch (best of 7 rounds of 10 calls after 40 warm-up calls), on one thread.

    /usr/bin/python3 tests/AstroDL.Benchmarks/torch_layers.py
"""
import time

import torch
from torch import nn

torch.set_num_threads(1)
torch.manual_seed(1)
conv1 = nn.Conv2d(1, 32, 3, padding=1)
conv2 = nn.Conv2d(32, 64, 3, padding=1)
images = torch.rand(64, 1, 28, 28)
features = torch.rand(64, 32, 14, 14, requires_grad=True)
activations = torch.rand(64, 32, 28, 28, requires_grad=True)
conv1_gradient = torch.randn(64, 32, 28, 28)
conv2_gradient = torch.randn(64, 64, 14, 14)
pool_gradient = torch.randn(64, 32, 14, 14)


def no_grad(fn):
    def run():
        with torch.no_grad():
            fn()
    return run


cases = [
    ("Conv1Forward", no_grad(lambda: conv1(images))),
    ("Conv1ForwardBackward", lambda: conv1(images).backward(conv1_gradient)),
    ("Conv2Forward", no_grad(lambda: conv2(features))),
    ("Conv2ForwardBackward", lambda: conv2(features).backward(conv2_gradient)),
    ("MaxPoolForwardBackward", lambda: nn.functional.max_pool2d(activations, 2).backward(pool_gradient)),
]
print(f"torch {torch.__version__}, 1 thread")
for name, fn in cases:
    for _ in range(40):
        fn()
    best = float("inf")
    for _ in range(7):
        start = time.perf_counter()
        for _ in range(10):
            fn()
        best = min(best, (time.perf_counter() - start) / 10)
    print(f"{name:24s} {best * 1e3:8.3f} ms", flush=True)
