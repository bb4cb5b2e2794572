#!/usr/bin/env python3
"""Generate PyTorch reference fixtures for the AstroDL C# tests.

Regenerate from the repository root with Debian's PyTorch
(``apt-get install -y python3-torch python3-numpy``):

    python3 tests/AstroDL.Tests/Fixtures/make_pytorch_fixtures.py

The script writes JSON files into ``tests/AstroDL.Tests/Fixtures/pytorch/``.
The generated files are committed; the C# tests only read them and do NOT
need Python or PyTorch.

Everything is computed in float64 with a fixed seed, so the output is
deterministic and values are exact to (nearly) full double precision.

Tensor encoding everywhere: {"shape": [...], "data": [flat row-major list]}.
A 0-d tensor has "shape": [] and a one-element "data" list.  Integer tensors
(class targets) use the same encoding with ints.
"""

import json
import math
import os

import torch
import torch.nn as nn

torch.manual_seed(0)
torch.set_default_dtype(torch.float64)

OUT_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "pytorch")


# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------
def enc(t):
    """Encode a tensor as {"shape", "data"} (row-major, Python floats/ints)."""
    t = t.detach().cpu()
    if t.dtype in (torch.int64, torch.int32):
        data = [int(v) for v in t.reshape(-1).tolist()]
    else:
        data = [float(v) for v in t.reshape(-1).tolist()]
    return {"shape": list(t.shape), "data": data}


def randn(*shape):
    return torch.randn(*shape, dtype=torch.float64)


def nudge_from_zero(x, eps=1e-3):
    """Push elements with |x| < eps away from the kink at 0 (ReLU-like)."""
    x = x.clone()
    small = x.abs() < eps
    x[small] = torch.where(x[small] >= 0, torch.tensor(0.1), torch.tensor(-0.1))
    return x


def write(name, obj):
    path = os.path.join(OUT_DIR, name)
    with open(path, "w") as f:
        json.dump(obj, f, allow_nan=False)  # NaN/Infinity are not valid JSON
        f.write("\n")
    print(f"wrote {path} ({os.path.getsize(path)} bytes)")


# --------------------------------------------------------------------------
# layers.json
# --------------------------------------------------------------------------
def layer_case(name, module_name, args, module, x, mode="train"):
    """Run forward + backward with loss = sum(out * grad_output)."""
    module.train(mode == "train")
    x = x.clone().requires_grad_(True)
    out = module(x)
    grad_output = randn(*out.shape)
    (out * grad_output).sum().backward()
    params = dict(module.named_parameters())
    return {
        "name": name,
        "module": module_name,
        "args": args,
        "mode": mode,
        "params": {k: enc(p) for k, p in params.items()},
        "input": enc(x),
        "grad_output": enc(grad_output),
        "output": enc(out),
        "grad_input": enc(x.grad),
        "grad_params": {k: enc(p.grad) for k, p in params.items()},
    }


def make_layers():
    cases = []
    c = cases.append

    c(layer_case("Linear_bias", "Linear",
                 {"in_features": 5, "out_features": 3, "bias": True},
                 nn.Linear(5, 3, bias=True), randn(4, 5)))
    c(layer_case("Linear_nobias", "Linear",
                 {"in_features": 5, "out_features": 3, "bias": False},
                 nn.Linear(5, 3, bias=False), randn(4, 5)))
    c(layer_case("Linear_3d_input", "Linear",
                 {"in_features": 5, "out_features": 3, "bias": True},
                 nn.Linear(5, 3, bias=True), randn(2, 4, 5)))

    c(layer_case("Identity", "Identity", {}, nn.Identity(), randn(4, 5)))
    c(layer_case("Flatten_default", "Flatten", {},
                 nn.Flatten(), randn(2, 3, 2, 2)))
    c(layer_case("Flatten_start_dim0", "Flatten", {"start_dim": 0},
                 nn.Flatten(start_dim=0), randn(2, 3, 2, 2)))

    c(layer_case("ReLU", "ReLU", {}, nn.ReLU(), nudge_from_zero(randn(4, 5))))
    c(layer_case("LeakyReLU_0.1", "LeakyReLU", {"negative_slope": 0.1},
                 nn.LeakyReLU(negative_slope=0.1), nudge_from_zero(randn(4, 5))))
    c(layer_case("ELU_1.0", "ELU", {"alpha": 1.0}, nn.ELU(alpha=1.0), randn(4, 5)))
    c(layer_case("ELU_0.5", "ELU", {"alpha": 0.5}, nn.ELU(alpha=0.5), randn(4, 5)))
    c(layer_case("Sigmoid", "Sigmoid", {}, nn.Sigmoid(), randn(4, 5)))
    c(layer_case("Tanh", "Tanh", {}, nn.Tanh(), randn(4, 5)))
    c(layer_case("Softmax_dim1", "Softmax", {"dim": 1}, nn.Softmax(dim=1), randn(4, 5)))
    c(layer_case("Softmax_dim0", "Softmax", {"dim": 0}, nn.Softmax(dim=0), randn(4, 5)))
    c(layer_case("LogSoftmax_dim1", "LogSoftmax", {"dim": 1},
                 nn.LogSoftmax(dim=1), randn(4, 5)))
    c(layer_case("Softplus_beta1", "Softplus", {"beta": 1, "threshold": 20},
                 nn.Softplus(beta=1, threshold=20), randn(4, 5)))
    # beta*x > threshold => linear branch; scale by 3 so some elements cross it.
    x = randn(4, 5) * 3
    assert (2 * x > 1).any() and (2 * x <= 1).any()
    c(layer_case("Softplus_beta2_threshold1", "Softplus", {"beta": 2, "threshold": 1},
                 nn.Softplus(beta=2, threshold=1), x))

    c(layer_case("Dropout_eval", "Dropout", {"p": 0.5},
                 nn.Dropout(p=0.5), randn(4, 5), mode="eval"))

    seq = nn.Sequential(nn.Linear(5, 8), nn.ReLU(), nn.Linear(8, 3))
    c(layer_case("Sequential_MLP", "Sequential",
                 {"layers": ["Linear(5,8)", "ReLU", "Linear(8,3)"]},
                 seq, randn(4, 5)))
    # The hidden pre-activations must stay away from ReLU's kink too.
    with torch.no_grad():
        pre = seq[0](torch.tensor(cases[-1]["input"]["data"]).reshape(4, 5))
        assert pre.abs().min() > 1e-3, "Sequential hidden unit too close to 0"
    return cases


# --------------------------------------------------------------------------
# losses.json
# --------------------------------------------------------------------------
def loss_cases(base_name, loss_name, args, ctor, inp, target, target_dtype):
    """One case per reduction.  grad_input = d sum(output * grad_output)/d input."""
    out_cases = []
    for reduction in ("none", "mean", "sum"):
        x = inp.clone().requires_grad_(True)
        loss = ctor(reduction)(x, target)
        if reduction == "none":
            grad_output = randn(*loss.shape)
        else:
            grad_output = torch.tensor(1.0)  # 0-d, shape []
        (loss * grad_output).sum().backward()
        out_cases.append({
            "name": f"{base_name}_{reduction}",
            "loss": loss_name,
            "args": args,
            "reduction": reduction,
            "input": enc(x),
            "target": enc(target),
            "target_dtype": target_dtype,
            "output": enc(loss),
            "grad_output": enc(grad_output),
            "grad_input": enc(x.grad),
        })
    return out_cases


def pm1(*shape):
    """Random targets in {-1, +1} (float)."""
    return torch.randint(0, 2, shape).to(torch.float64) * 2 - 1


def make_losses():
    cases = []
    add = cases.extend

    x, t = randn(4, 3), randn(4, 3)
    add(loss_cases("MSELoss", "MSELoss", {},
                   lambda r: nn.MSELoss(reduction=r), x, t, "float"))
    x, t = randn(4, 3), randn(4, 3)
    add(loss_cases("L1Loss", "L1Loss", {},
                   lambda r: nn.L1Loss(reduction=r), x, t, "float"))

    for beta in (1.0, 0.5):
        x, t = randn(4, 3), randn(4, 3)
        d = (x - t).abs()
        # need both branches, and nothing sitting exactly on the boundary
        assert (d < beta).any() and (d > beta).any()
        assert ((d - beta).abs() > 1e-3).all()
        add(loss_cases(f"SmoothL1Loss_beta{beta}", "SmoothL1Loss", {"beta": beta},
                       lambda r, b=beta: nn.SmoothL1Loss(reduction=r, beta=b),
                       x, t, "float"))

    # NLLLoss: input is log-probabilities
    x = torch.log_softmax(randn(6, 4), dim=1)
    t = torch.randint(0, 4, (6,))
    add(loss_cases("NLLLoss", "NLLLoss", {},
                   lambda r: nn.NLLLoss(reduction=r), x, t, "int64"))
    w = torch.rand(4) + 0.5
    add(loss_cases("NLLLoss_weight", "NLLLoss", {"weight": w.tolist()},
                   lambda r: nn.NLLLoss(weight=w, reduction=r), x, t, "int64"))

    # CrossEntropyLoss with class indices
    x = randn(6, 4)
    t = torch.randint(0, 4, (6,))
    add(loss_cases("CrossEntropyLoss", "CrossEntropyLoss", {},
                   lambda r: nn.CrossEntropyLoss(reduction=r), x, t, "int64"))
    add(loss_cases("CrossEntropyLoss_label_smoothing", "CrossEntropyLoss",
                   {"label_smoothing": 0.1},
                   lambda r: nn.CrossEntropyLoss(label_smoothing=0.1, reduction=r),
                   x, t, "int64"))
    w = torch.rand(4) + 0.5
    add(loss_cases("CrossEntropyLoss_weight", "CrossEntropyLoss", {"weight": w.tolist()},
                   lambda r: nn.CrossEntropyLoss(weight=w, reduction=r), x, t, "int64"))
    # CrossEntropyLoss with class probabilities (float target, same shape as input)
    x = randn(6, 4)
    tp = torch.softmax(randn(6, 4), dim=1)
    add(loss_cases("CrossEntropyLoss_probs", "CrossEntropyLoss", {},
                   lambda r: nn.CrossEntropyLoss(reduction=r), x, tp, "float"))

    # Binary losses
    x = torch.sigmoid(randn(5, 3))
    t = torch.randint(0, 2, (5, 3)).to(torch.float64)
    add(loss_cases("BCELoss", "BCELoss", {},
                   lambda r: nn.BCELoss(reduction=r), x, t, "float"))
    x = randn(5, 3) * 3
    t = torch.randint(0, 2, (5, 3)).to(torch.float64)
    add(loss_cases("BCEWithLogitsLoss", "BCEWithLogitsLoss", {},
                   lambda r: nn.BCEWithLogitsLoss(reduction=r), x, t, "float"))
    pw = torch.rand(3) * 2 + 0.5
    add(loss_cases("BCEWithLogitsLoss_pos_weight", "BCEWithLogitsLoss",
                   {"pos_weight": pw.tolist()},
                   lambda r: nn.BCEWithLogitsLoss(pos_weight=pw, reduction=r),
                   x, t, "float"))

    # Margin losses
    x, t = randn(4, 3), pm1(4, 3)
    # kink of max(0, margin - x) at x == margin: keep away from it
    assert ((x - 1.0).abs() > 1e-3).all()
    add(loss_cases("HingeEmbeddingLoss", "HingeEmbeddingLoss", {"margin": 1.0},
                   lambda r: nn.HingeEmbeddingLoss(margin=1.0, reduction=r),
                   x, t, "float"))
    x, t = randn(4, 3), pm1(4, 3)
    add(loss_cases("SoftMarginLoss", "SoftMarginLoss", {},
                   lambda r: nn.SoftMarginLoss(reduction=r), x, t, "float"))
    x = randn(6, 4)
    t = torch.randint(0, 4, (6,))
    # kink of max(0, margin - x[y] + x[i]) at 0: keep away from it
    m = 1.0 - x.gather(1, t[:, None]) + x
    assert (m.abs() > 1e-3).all()
    add(loss_cases("MultiMarginLoss", "MultiMarginLoss", {"p": 1, "margin": 1.0},
                   lambda r: nn.MultiMarginLoss(p=1, margin=1.0, reduction=r),
                   x, t, "int64"))
    return cases


# --------------------------------------------------------------------------
# optimizers.json
# --------------------------------------------------------------------------
N_STEPS = 5
OPT_PARAMS0 = [randn(3, 4), randn(4)]
# Fixed gradients, independent of the parameter values, so C# can replay them.
OPT_GRADS = [[randn(3, 4), randn(4)] for _ in range(N_STEPS)]


def opt_case(name, opt_name, args):
    params = [p.clone().requires_grad_(True) for p in OPT_PARAMS0]
    kwargs = dict(args)
    if "betas" in kwargs:
        kwargs["betas"] = tuple(kwargs["betas"])
    opt = getattr(torch.optim, opt_name)(params, **kwargs)
    history = []
    for step in range(N_STEPS):
        for p, g in zip(params, OPT_GRADS[step]):
            p.grad = g.clone()
        opt.step()
        history.append([enc(p) for p in params])
    return {
        "name": name,
        "optimizer": opt_name,
        "args": args,
        "params0": [enc(p) for p in OPT_PARAMS0],
        "grads": [[enc(g) for g in gs] for gs in OPT_GRADS],
        "params": history,
    }


def make_optimizers():
    specs = [
        ("SGD", "SGD", {"lr": 0.1}),
        ("SGD_momentum", "SGD", {"lr": 0.1, "momentum": 0.9}),
        ("SGD_momentum_dampening", "SGD", {"lr": 0.1, "momentum": 0.9, "dampening": 0.1}),
        ("SGD_nesterov", "SGD", {"lr": 0.1, "momentum": 0.9, "nesterov": True}),
        ("SGD_momentum_weight_decay", "SGD",
         {"lr": 0.1, "momentum": 0.9, "weight_decay": 0.01}),
        ("Adagrad", "Adagrad", {"lr": 0.1}),
        ("Adagrad_all", "Adagrad", {"lr": 0.1, "lr_decay": 0.01, "weight_decay": 0.01,
                                    "initial_accumulator_value": 0.1}),
        ("Adadelta", "Adadelta", {"lr": 1.0}),
        ("Adadelta_rho_weight_decay", "Adadelta",
         {"lr": 1.0, "rho": 0.8, "weight_decay": 0.01}),
        ("RMSprop", "RMSprop", {"lr": 0.01}),
        ("RMSprop_momentum_centered", "RMSprop",
         {"lr": 0.01, "momentum": 0.9, "centered": True}),
        ("RMSprop_alpha_weight_decay", "RMSprop",
         {"lr": 0.01, "alpha": 0.9, "weight_decay": 0.01}),
        ("Adam", "Adam", {"lr": 0.01}),
        ("Adam_betas_weight_decay", "Adam",
         {"lr": 0.01, "betas": [0.8, 0.9], "weight_decay": 0.01}),
        ("Adam_amsgrad", "Adam", {"lr": 0.01, "amsgrad": True}),
        ("AdamW", "AdamW", {"lr": 0.01}),
        ("AdamW_weight_decay", "AdamW", {"lr": 0.01, "weight_decay": 0.1}),
    ]
    return [opt_case(*s) for s in specs]


# --------------------------------------------------------------------------
# schedulers.json
# --------------------------------------------------------------------------
def make_schedulers():
    specs = [
        ("StepLR", "StepLR", {"step_size": 2, "gamma": 0.5}, "SGD"),
        ("ExponentialLR", "ExponentialLR", {"gamma": 0.9}, "SGD"),
        ("CosineAnnealingLR", "CosineAnnealingLR", {"T_max": 5, "eta_min": 0.01}, "SGD"),
        # OneCycleLR also cycles the momentum (SGD's momentum, Adam's beta1): "momenta" records it.
        ("OneCycleLR", "OneCycleLR", {"max_lr": 1.0, "total_steps": 10}, "SGD"),
        ("OneCycleLR_linear", "OneCycleLR", {"max_lr": 0.5, "total_steps": 12, "pct_start": 0.4, "anneal_strategy": "linear",
                                             "div_factor": 10.0, "final_div_factor": 100.0}, "Adam"),
        ("OneCycleLR_three_phase", "OneCycleLR", {"max_lr": 0.3, "epochs": 2, "steps_per_epoch": 6, "three_phase": True,
                                                  "base_momentum": 0.8, "max_momentum": 0.9}, "Adam"),
        ("OneCycleLR_no_momentum", "OneCycleLR", {"max_lr": 0.2, "total_steps": 10, "cycle_momentum": False}, "Adam"),
    ]
    base_lr = 0.1
    cases = []
    for name, sched_name, args, optimizer in specs:
        p = torch.zeros(1, requires_grad=True)
        opt = torch.optim.SGD([p], lr=base_lr) if optimizer == "SGD" else torch.optim.Adam([p], lr=base_lr)
        sched = getattr(torch.optim.lr_scheduler, sched_name)(opt, **args)

        def momentum():
            g = opt.param_groups[0]
            return g["momentum"] if "momentum" in g else g["betas"][0]

        lrs = [opt.param_groups[0]["lr"]]  # after 0 scheduler.step() calls
        momenta = [momentum()]
        for _ in range(9):                 # after 1..9 calls
            opt.step()                     # (order avoids PyTorch's warning)
            sched.step()
            lrs.append(opt.param_groups[0]["lr"])
            momenta.append(momentum())
        cases.append({"name": name, "scheduler": sched_name, "args": args, "optimizer": optimizer,
                      "base_lr": base_lr, "lrs": [float(v) for v in lrs], "momenta": [float(v) for v in momenta]})
    return cases


# --------------------------------------------------------------------------
# clip_grad_norm.json
# --------------------------------------------------------------------------
def make_clip_grad_norm():
    grads = [randn(3, 4), randn(4)]
    cases = []
    for norm_type in (2.0, "inf"):
        for max_norm in (1.0, 100.0):
            params = [torch.zeros_like(g, requires_grad=True) for g in grads]
            for p, g in zip(params, grads):
                p.grad = g.clone()
            nt = math.inf if norm_type == "inf" else norm_type
            total = nn.utils.clip_grad_norm_(params, max_norm=max_norm, norm_type=nt)
            cases.append({
                "name": f"clip_norm{norm_type}_max{max_norm}",
                "max_norm": max_norm,
                "norm_type": norm_type,       # 2.0 or the string "inf"
                "grads": [enc(g) for g in grads],
                "total_norm": float(total),
                "clipped_grads": [enc(p.grad) for p in params],
            })
    return cases


def main():
    os.makedirs(OUT_DIR, exist_ok=True)
    write("layers.json", make_layers())
    write("losses.json", make_losses())
    write("optimizers.json", make_optimizers())
    write("schedulers.json", make_schedulers())
    write("clip_grad_norm.json", make_clip_grad_norm())


if __name__ == "__main__":
    main()
