#!/usr/bin/env python3
"""Generate PyTorch reference fixtures for AstroDL's normalization, embedding and recurrent layers.

Regenerate from the repository root with Debian's PyTorch
(``apt-get install -y python3-torch python3-numpy``):

    python3 tests/AstroDL.Tests/Fixtures/make_recurrent_fixtures.py

It writes ``normalization.json`` and ``recurrent.json`` into ``tests/AstroDL.Tests/Fixtures/pytorch/``; the C# tests
only read them. Everything is float64 with a fixed seed. Tensors are encoded as in make_pytorch_fixtures.py:
{"shape": [...], "data": [flat row-major list]}.

Each case records the module (name and constructor arguments), its parameters and buffers, the input, the outputs,
and the gradients of loss = sum(output * grad_output) (plus the final states times their grad_* for recurrent
networks) with respect to the input, the initial states and every parameter. Packed cases also record the lengths,
enforce_sorted, and the batch_sizes and sorted_indices of the packed input.
"""

import os

import torch
import torch.nn as nn
import torch.nn.utils.rnn as rnn_utils

# The same tensor encoding, output folder, seed and float64 default as the other fixtures.
from make_pytorch_fixtures import OUT_DIR, enc, layer_case, randn, write


def randomize_parameters(module):
    """Random parameters (not PyTorch's initial ones), so a wrong name or gate order cannot pass by symmetry."""
    with torch.no_grad():
        for p in module.parameters():
            p.copy_(randn(*p.shape) * 0.5)


# --------------------------------------------------------------------------
# normalization.json
# --------------------------------------------------------------------------
def norm_case(name, module_name, args, x, mode="train", warmup=(), buffers=None):
    """Warm-up passes (no gradient) in the same mode, then one checked pass with a backward, as in layers.json."""
    module = getattr(nn, module_name)(**args)
    randomize_parameters(module)
    if buffers:
        with torch.no_grad():
            for k, v in buffers.items():
                getattr(module, k).copy_(v)
    initial_buffers = {k: enc(b) for k, b in module.named_buffers()}
    module.train(mode == "train")
    with torch.no_grad():
        for w in warmup:
            module(w)
    case = layer_case(name, module_name, args, module, x, mode)
    case.update({
        "buffers": initial_buffers,
        "warmup": [enc(w) for w in warmup],
        "buffers_after": {k: enc(b) for k, b in module.named_buffers()},
    })
    return case


def running_stats(channels):
    return {"running_mean": randn(channels), "running_var": torch.rand(channels) + 0.5}


def make_normalization():
    cases = [
        norm_case("BatchNorm1d_train_2d", "BatchNorm1d", {"num_features": 4}, randn(6, 4) * 2 + 1),
        norm_case("BatchNorm1d_train_3d", "BatchNorm1d", {"num_features": 3}, randn(4, 3, 5)),
        norm_case("BatchNorm1d_eval", "BatchNorm1d", {"num_features": 4}, randn(6, 4), mode="eval", buffers=running_stats(4)),
        norm_case("BatchNorm1d_momentum_0.3_warmup", "BatchNorm1d", {"num_features": 3, "momentum": 0.3},
                  randn(5, 3), warmup=[randn(5, 3), randn(5, 3) + 2]),
        norm_case("BatchNorm1d_momentum_none_warmup", "BatchNorm1d", {"num_features": 3, "momentum": None},
                  randn(5, 3), warmup=[randn(5, 3), randn(5, 3) * 3 - 1]),
        norm_case("BatchNorm1d_no_affine", "BatchNorm1d", {"num_features": 4, "affine": False}, randn(6, 4)),
        norm_case("BatchNorm1d_no_tracking_eval", "BatchNorm1d", {"num_features": 4, "track_running_stats": False},
                  randn(6, 4), mode="eval"),
        norm_case("BatchNorm1d_eps_0.1", "BatchNorm1d", {"num_features": 2, "eps": 0.1}, randn(4, 2) * 0.3),
        norm_case("BatchNorm2d_train", "BatchNorm2d", {"num_features": 3}, randn(2, 3, 4, 5) * 1.5 - 0.5),
        norm_case("BatchNorm2d_eval", "BatchNorm2d", {"num_features": 3}, randn(2, 3, 4, 5), mode="eval", buffers=running_stats(3)),
        norm_case("BatchNorm2d_momentum_none_warmup", "BatchNorm2d", {"num_features": 2, "momentum": None},
                  randn(2, 2, 3, 3), warmup=[randn(2, 2, 3, 3) + 1, randn(2, 2, 3, 3)]),
        norm_case("BatchNorm2d_eval_initial_stats", "BatchNorm2d", {"num_features": 2}, randn(2, 2, 3, 3), mode="eval"),
        norm_case("LayerNorm_last", "LayerNorm", {"normalized_shape": [5]}, randn(3, 5) * 2 + 1),
        norm_case("LayerNorm_last_two", "LayerNorm", {"normalized_shape": [3, 4]}, randn(2, 3, 4)),
        norm_case("LayerNorm_no_affine", "LayerNorm", {"normalized_shape": [4], "elementwise_affine": False}, randn(2, 3, 4)),
        norm_case("LayerNorm_eps_0.5", "LayerNorm", {"normalized_shape": [6], "eps": 0.5}, randn(4, 6) * 0.5),
        embedding_case("Embedding", {"num_embeddings": 7, "embedding_dim": 3}, torch.tensor([[0, 2, 6], [2, 2, 5]])),
        embedding_case("Embedding_padding_idx", {"num_embeddings": 6, "embedding_dim": 4, "padding_idx": 1},
                       torch.tensor([1, 3, 1, 0, 5])),
    ]
    return cases


def embedding_case(name, args, indices):
    """Like norm_case, but the input is int64 indices (no input gradient)."""
    module = nn.Embedding(**args)
    randomize_parameters(module)  # the padding row too: its value is looked up, only its gradient is cut
    out = module(indices)
    grad_output = randn(*out.shape)
    (out * grad_output).sum().backward()
    return {
        "name": name,
        "module": "Embedding",
        "args": args,
        "mode": "train",
        "params": {"weight": enc(module.weight)},
        "buffers": {},
        "warmup": [],
        "input": enc(indices),
        "grad_output": enc(grad_output),
        "output": enc(out),
        "grad_params": {"weight": enc(module.weight.grad)},
        "buffers_after": {},
    }


# --------------------------------------------------------------------------
# recurrent.json
# --------------------------------------------------------------------------
def state_shape(module, batch):
    directions = 2 if module.bidirectional else 1
    shape = [module.num_layers * directions]
    return shape + ([batch] if batch is not None else []) + [module.hidden_size]


def network_case(name, module_name, args, x, initial=True, mode="train", lengths=None, enforce_sorted=True):
    """
    A whole RNN/LSTM/GRU: output, h_n (and c_n), and the gradients of all of them together. With lengths the input is
    packed (pack_padded_sequence) and the packed output padded back (pad_packed_sequence, zeros after each end).
    """
    module = getattr(nn, module_name)(**args)
    randomize_parameters(module)
    module.train(mode == "train")
    batch = None if x.dim() == 2 else x.shape[0 if module.batch_first else 1]
    lstm = isinstance(module, nn.LSTM)
    x = x.clone().requires_grad_(True)
    h0 = randn(*state_shape(module, batch)).requires_grad_(True) if initial else None
    c0 = randn(*state_shape(module, batch)).requires_grad_(True) if initial and lstm else None
    packed = None
    given = x
    if lengths is not None:
        packed = rnn_utils.pack_padded_sequence(x, torch.tensor(lengths), batch_first=module.batch_first,
                                                enforce_sorted=enforce_sorted)
        given = packed
    if lstm:
        out, (h_n, c_n) = module(given, (h0, c0)) if initial else module(given)
    else:
        out, h_n = module(given, h0) if initial else module(given)
        c_n = None
    if packed is not None:
        out, _ = rnn_utils.pad_packed_sequence(out, batch_first=module.batch_first)
    grads = {"output": randn(*out.shape), "h_n": randn(*h_n.shape)}
    loss = (out * grads["output"]).sum() + (h_n * grads["h_n"]).sum()
    if lstm:
        grads["c_n"] = randn(*c_n.shape)
        loss = loss + (c_n * grads["c_n"]).sum()
    loss.backward()
    record = recurrent_record(name, module_name, args, module, mode, x, {"h0": h0, "c0": c0},
                              {"output": out, "h_n": h_n, "c_n": c_n}, grads)
    if packed is not None:
        order = packed.sorted_indices if packed.sorted_indices is not None else torch.arange(len(lengths))
        record.update({"lengths": lengths, "enforce_sorted": enforce_sorted,
                       "batch_sizes": enc(packed.batch_sizes), "sorted_indices": enc(order)})
    return record


def cell_case(name, module_name, args, x, initial=True):
    """One step of RNNCell/LSTMCell/GRUCell: h' (and c') and their gradients."""
    module = getattr(nn, module_name)(**args)
    randomize_parameters(module)
    shape = list(x.shape[:-1]) + [module.hidden_size]
    lstm = isinstance(module, nn.LSTMCell)
    x = x.clone().requires_grad_(True)
    h0 = randn(*shape).requires_grad_(True) if initial else None
    c0 = randn(*shape).requires_grad_(True) if initial and lstm else None
    if lstm:
        h, c = module(x, (h0, c0)) if initial else module(x)
    else:
        h, c = (module(x, h0) if initial else module(x)), None
    grads = {"h": randn(*h.shape)}
    loss = (h * grads["h"]).sum()
    if lstm:
        grads["c"] = randn(*c.shape)
        loss = loss + (c * grads["c"]).sum()
    loss.backward()
    return recurrent_record(name, module_name, args, module, "train", x, {"h0": h0, "c0": c0}, {"h": h, "c": c}, grads)


def recurrent_record(name, module_name, args, module, mode, x, states, outputs, grads):
    params = dict(module.named_parameters())
    given = {k: v for k, v in states.items() if v is not None}
    return {
        "name": name,
        "module": module_name,
        "args": args,
        "mode": mode,
        "params": {k: enc(p) for k, p in params.items()},
        "input": enc(x),
        "states": {k: enc(v) for k, v in given.items()},
        "outputs": {k: enc(v) for k, v in outputs.items() if v is not None},
        "grad_outputs": {k: enc(v) for k, v in grads.items()},
        "grad_input": enc(x.grad),
        "grad_states": {k: enc(v.grad) for k, v in given.items()},
        "grad_params": {k: enc(p.grad) for k, p in params.items()},
    }


def make_recurrent():
    # input_size 3, hidden_size 4 (LSTM gates 16 rows, GRU 12), sequences of 5 steps, batches of 2.
    sizes = {"input_size": 3, "hidden_size": 4}
    cases = [
        network_case("RNN_tanh", "RNN", sizes, randn(5, 2, 3)),
        network_case("RNN_relu_2layers_zero_state", "RNN", {**sizes, "num_layers": 2, "nonlinearity": "relu"},
                     randn(5, 2, 3), initial=False),
        network_case("RNN_tanh_bidirectional_batch_first", "RNN", {**sizes, "batch_first": True, "bidirectional": True},
                     randn(2, 5, 3)),
    ]
    for kind in ("LSTM", "GRU"):
        cases += [
            network_case(kind, kind, sizes, randn(5, 2, 3)),
            network_case(f"{kind}_2layers", kind, {**sizes, "num_layers": 2}, randn(5, 2, 3)),
            network_case(f"{kind}_2layers_bidirectional_batch_first", kind,
                         {**sizes, "num_layers": 2, "batch_first": True, "bidirectional": True}, randn(2, 5, 3)),
            network_case(f"{kind}_no_bias_zero_state", kind, {**sizes, "bias": False}, randn(5, 2, 3), initial=False),
        ]
    cases += [
        network_case("LSTM_unbatched", "LSTM", sizes, randn(5, 3)),
        # Dropout between layers is off in eval mode, so the result is exact.
        network_case("LSTM_2layers_dropout_eval", "LSTM", {**sizes, "num_layers": 2, "dropout": 0.5}, randn(5, 2, 3), mode="eval"),
        # Packed batches of four sequences up to 5 steps: sorted, unsorted, bidirectional, stacked.
        network_case("RNN_tanh_packed", "RNN", sizes, randn(5, 4, 3), lengths=[5, 4, 2, 1]),
        network_case("GRU_bidirectional_packed_unsorted_batch_first", "GRU", {**sizes, "batch_first": True, "bidirectional": True},
                     randn(4, 5, 3), lengths=[2, 5, 3, 5], enforce_sorted=False),
        network_case("LSTM_2layers_bidirectional_packed_unsorted", "LSTM", {**sizes, "num_layers": 2, "bidirectional": True},
                     randn(5, 4, 3), lengths=[3, 1, 5, 4], enforce_sorted=False),
        network_case("LSTM_packed_zero_state_batch_first", "LSTM", {**sizes, "batch_first": True}, randn(3, 5, 3),
                     lengths=[5, 5, 2], initial=False),
        cell_case("RNNCell_tanh", "RNNCell", sizes, randn(2, 3)),
        cell_case("RNNCell_relu", "RNNCell", {**sizes, "nonlinearity": "relu"}, randn(2, 3)),
        cell_case("RNNCell_zero_state", "RNNCell", sizes, randn(2, 3), initial=False),
        cell_case("LSTMCell", "LSTMCell", sizes, randn(2, 3)),
        cell_case("LSTMCell_zero_state", "LSTMCell", sizes, randn(2, 3), initial=False),
        cell_case("LSTMCell_unbatched_no_bias", "LSTMCell", {**sizes, "bias": False}, randn(3)),
        cell_case("GRUCell", "GRUCell", sizes, randn(2, 3)),
        cell_case("GRUCell_zero_state", "GRUCell", sizes, randn(2, 3), initial=False),
    ]
    return cases


def main():
    os.makedirs(OUT_DIR, exist_ok=True)
    write("normalization.json", make_normalization())
    write("recurrent.json", make_recurrent())


if __name__ == "__main__":
    main()
