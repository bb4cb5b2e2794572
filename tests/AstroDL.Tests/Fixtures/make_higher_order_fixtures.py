#!/usr/bin/env python3
"""Generate PyTorch reference fixtures for the higher-order gradient tests (autograd.grad with create_graph).

Regenerate from the repository root with Debian's PyTorch
(``apt-get install -y python3-torch python3-numpy``):

    python3 tests/AstroDL.Tests/Fixtures/make_higher_order_fixtures.py

It writes ``tests/AstroDL.Tests/Fixtures/pytorch/higher_order.json``, which is committed; the C# tests only
read it. Everything is float64 with a fixed seed.

Each case is a WGAN-GP gradient penalty: a critic D (its parameters recorded), real and fake batches and the
mixing weights eps; x_hat = eps*real + (1-eps)*fake; g = dD(x_hat)/dx_hat through autograd.grad with
create_graph; penalty = ((|g| per sample - 1)^2).mean(); penalty.backward(). Recorded: g, the penalty, and the
gradient of every critic parameter (null where the penalty does not depend on it, as for the last bias).
"""

import torch
import torch.nn as nn

from make_pytorch_fixtures import enc, randn, write

torch.manual_seed(0)
torch.set_default_dtype(torch.float64)


def penalty_case(name, critic, shape):
    real, fake = randn(*shape), randn(*shape)
    eps = torch.rand(shape[0], *([1] * (len(shape) - 1)))
    x_hat = (eps * real + (1 - eps) * fake).requires_grad_(True)
    score = critic(x_hat)
    (g,) = torch.autograd.grad(score, x_hat, grad_outputs=torch.ones_like(score), create_graph=True)
    penalty = ((g.reshape(shape[0], -1).norm(2, dim=1) - 1) ** 2).mean()
    penalty.backward()
    params = dict(critic.named_parameters())
    return {
        "name": name,
        "params": {k: enc(p) for k, p in params.items()},
        "real": enc(real),
        "fake": enc(fake),
        "eps": enc(eps),
        "input_gradient": enc(g),
        "penalty": enc(penalty),
        "grad_params": {k: None if p.grad is None else enc(p.grad) for k, p in params.items()},
    }


def conv_critic():
    return nn.Sequential(
        nn.Conv2d(1, 4, 3, stride=2, padding=1), nn.LeakyReLU(0.2),
        nn.Conv2d(4, 4, 3, padding=1, groups=2), nn.LeakyReLU(0.2),
        nn.Flatten(), nn.Linear(4 * 3 * 3, 1))


def transposed_critic():
    # Unusual for a critic, but it sends the double backward through a transposed convolution, ReLU and tanh.
    return nn.Sequential(
        nn.ConvTranspose2d(2, 3, 4, stride=2, padding=1), nn.ReLU(),
        nn.Conv2d(3, 2, 3), nn.Tanh(), nn.Flatten(), nn.Linear(2 * 6 * 6, 1))


def mlp_critic():
    return nn.Sequential(nn.Linear(5, 8), nn.Sigmoid(), nn.Linear(8, 4), nn.Softmax(dim=1), nn.Linear(4, 1))


write("higher_order.json", [
    penalty_case("conv_leaky_relu", conv_critic(), (3, 1, 6, 6)),
    penalty_case("conv_transpose_relu_tanh", transposed_critic(), (2, 2, 4, 4)),
    penalty_case("mlp_sigmoid_softmax", mlp_critic(), (4, 5)),
])
