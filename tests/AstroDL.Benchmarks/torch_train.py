"""PyTorch's side of the end-to-end comparison (EndToEnd/EndToEndComparison.cs runs it, asks for one epoch at a time
on standard input and reads one JSON line per epoch).

Same models, optimizer (Adam, lr 1e-3), batch size and data as the kit's side. Batches are gathered from whole
tensors with a fresh random permutation per epoch (the fast way; torch.utils.data.DataLoader over a TensorDataset
would collate sample by sample in Python and make PyTorch look slower than it is).
"""
import argparse
import gzip
import json
import os
import sys
import time

import numpy as np
import torch
from torch import nn


def idx(path, magic):
    with gzip.open(path, "rb") as f:
        raw = f.read()
    found = int.from_bytes(raw[:4], "big")
    if found != magic:
        sys.exit(f"{path}: IDX magic {found:#x} where {magic:#x} was expected")
    rank = magic & 0xFF
    dims = [int.from_bytes(raw[4 + 4 * d:8 + 4 * d], "big") for d in range(rank)]
    return np.frombuffer(raw, dtype=np.uint8, offset=4 + 4 * rank).reshape(dims)


def load(folder, prefix):
    images = idx(os.path.join(folder, f"{prefix}-images-idx3-ubyte.gz"), 0x803)
    labels = idx(os.path.join(folder, f"{prefix}-labels-idx1-ubyte.gz"), 0x801)
    x = torch.from_numpy(images.astype(np.float32) / 255.0).unsqueeze(1)
    return x, torch.from_numpy(labels.astype(np.int64))


def load_galaxies(folder, prefix):
    """The raw arrays GalaxyStamps.Write makes: float32 [N, 3, 64, 64] and int64 [N], little-endian."""
    images = np.fromfile(os.path.join(folder, f"{prefix}-images.f32"), dtype="<f4").reshape(-1, 3, 64, 64)
    labels = np.fromfile(os.path.join(folder, f"{prefix}-labels.i64"), dtype="<i8")
    if len(images) != len(labels):
        sys.exit(f"{folder}: {len(images)} {prefix} images but {len(labels)} labels")
    return torch.from_numpy(images.copy()), torch.from_numpy(labels.copy())


def block(c_in, c_out):
    return [nn.Conv2d(c_in, c_out, 3, padding=1), nn.BatchNorm2d(c_out), nn.ReLU(), nn.MaxPool2d(2)]


def model(kind):
    if kind == "galaxy":
        return nn.Sequential(*block(3, 16), *block(16, 32), *block(32, 64),
                             nn.Flatten(), nn.Linear(64 * 8 * 8, 64), nn.ReLU(), nn.Linear(64, 10))
    if kind == "mlp":
        return nn.Sequential(nn.Flatten(), nn.Linear(784, 128), nn.ReLU(), nn.Linear(128, 10))
    return nn.Sequential(
        nn.Conv2d(1, 32, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(32, 64, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
        nn.Flatten(), nn.Linear(64 * 7 * 7, 128), nn.ReLU(), nn.Linear(128, 10))


def accuracy(net, x, y):
    net.eval()
    correct = 0
    with torch.no_grad():
        for start in range(0, len(y), 1000):
            correct += (net(x[start:start + 1000]).argmax(1) == y[start:start + 1000]).sum().item()
    return correct / len(y)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--model", choices=["mlp", "cnn", "galaxy"], default="mlp")
    p.add_argument("--batch", type=int, default=64)
    p.add_argument("--threads", type=int, default=1)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--data", required=True)
    a = p.parse_args()
    torch.set_num_threads(a.threads)
    torch.manual_seed(a.seed)
    if a.model == "galaxy":
        (train_x, train_y), (test_x, test_y) = load_galaxies(a.data, "train"), load_galaxies(a.data, "test")
    else:
        (train_x, train_y), (test_x, test_y) = load(a.data, "train"), load(a.data, "t10k")
    net = model(a.model)
    optimizer = torch.optim.Adam(net.parameters(), lr=1e-3)
    loss_fn = nn.CrossEntropyLoss()
    # Loading is done: say so, so that the kit's epochs never run beside this process's start-up.
    print(json.dumps({"ready": True}), flush=True)
    # Each line on standard input asks for one more epoch (the kit's epochs run in between).
    for epoch, _ in enumerate(sys.stdin, start=1):
        net.train()
        start = time.perf_counter()
        loss_sum, steps = 0.0, 0
        order = torch.randperm(len(train_y))
        for first in range(0, len(train_y), a.batch):
            batch = order[first:first + a.batch]
            optimizer.zero_grad()
            loss = loss_fn(net(train_x[batch]), train_y[batch])
            loss.backward()
            optimizer.step()
            loss_sum += loss.item()
            steps += 1
        seconds = time.perf_counter() - start
        print(json.dumps({"epoch": epoch, "seconds": seconds, "loss": loss_sum / steps,
                          "accuracy": accuracy(net, test_x, test_y)}), flush=True)


if __name__ == "__main__":
    main()
