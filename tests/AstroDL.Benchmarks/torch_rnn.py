"""PyTorch's side of the recurrent comparison (Recurrent/RecurrentComparison.cs runs it).

Builds the case named on the command line exactly as Recurrent/RecurrentCase.cs sizes it (a recurrent layer, a
linear head on the last hidden state, cross entropy, Adam with lr 1e-3, one fixed random batch), prints a ready line,
then answers each line on standard input with the milliseconds per step of that many training steps.
"""
import argparse
import json
import sys
import time

import torch
from torch import nn

CASES = {  # name: (cell, steps, features, hidden, classes)
    "lstm-detector": ("lstm", 63, 4, 32, 2),
    "gru-classifier": ("gru", 194, 3, 32, 8),
}
BATCH = 32


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--case", choices=sorted(CASES), required=True)
    p.add_argument("--threads", type=int, default=1)
    p.add_argument("--seed", type=int, default=1)
    a = p.parse_args()
    torch.set_num_threads(a.threads)
    torch.manual_seed(a.seed)
    cell, steps, features, hidden, classes = CASES[a.case]
    recurrent = (nn.LSTM if cell == "lstm" else nn.GRU)(features, hidden, batch_first=True)
    head = nn.Linear(hidden, classes)
    optimizer = torch.optim.Adam(list(recurrent.parameters()) + list(head.parameters()), lr=1e-3)
    x = torch.randn(BATCH, steps, features)
    y = torch.randint(0, classes, (BATCH,))
    print(json.dumps({"ready": True}), flush=True)
    for line in sys.stdin:
        count = int(line)
        start = time.perf_counter()
        for _ in range(count):
            optimizer.zero_grad()
            output = recurrent(x)
            h = output[1][0] if cell == "lstm" else output[1]
            nn.functional.cross_entropy(head(h[-1]), y).backward()
            optimizer.step()
        print(json.dumps({"ms": (time.perf_counter() - start) * 1000 / count}), flush=True)


if __name__ == "__main__":
    main()
