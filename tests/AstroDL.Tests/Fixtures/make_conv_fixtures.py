#!/usr/bin/env python3
"""Generate PyTorch reference fixtures for the convolution, pooling, upsampling and padding tests.

Regenerate from the repository root with Debian's PyTorch
(``apt-get install -y python3-torch python3-numpy``):

    python3 tests/AstroDL.Tests/Fixtures/make_conv_fixtures.py

It writes ``tests/AstroDL.Tests/Fixtures/pytorch/conv.json``, which is committed; the C# tests only
read it. Everything is float64 with a fixed seed. Tensors are encoded by make_pytorch_fixtures.enc:
{"shape": [...], "data": [flat row-major list]}.

Layer cases come from make_pytorch_fixtures.layer_case: out = m(x); (out * grad_output).sum().backward(),
recording the output and the gradients of the input and of every parameter; max pools also record the
indices that return_indices gives. Pad cases do the same with torch.nn.functional.pad.
"""

import torch
import torch.nn as nn
import torch.nn.functional as F

from make_pytorch_fixtures import enc, layer_case, randn, write

torch.manual_seed(0)
torch.set_default_dtype(torch.float64)


def with_indices(case, module, x):
    """Adds the indices a max pool returns with return_indices to its layer case."""
    module.return_indices = True
    case["indices"] = enc(module(x)[1])
    return case


def conv(name, cls, x, in_channels, out_channels, kernel_size, **kw):
    """A convolution case; args spell every setting per dimension so the C# side needs no defaults."""
    dims = 1 if cls is nn.Conv1d else 2
    module = cls(in_channels, out_channels, kernel_size, **kw)
    tup = lambda v: list(v) if isinstance(v, tuple) else [v] * dims
    args = {
        "in_channels": in_channels,
        "out_channels": out_channels,
        "kernel_size": tup(module.kernel_size),
        "stride": tup(module.stride),
        "padding": module.padding if isinstance(module.padding, str) else tup(module.padding),
        "dilation": tup(module.dilation),
        "groups": module.groups,
        "bias": module.bias is not None,
        "padding_mode": module.padding_mode,
    }
    if cls is nn.ConvTranspose2d:
        args["output_padding"] = tup(module.output_padding)
    return layer_case(name, cls.__name__, args, module, x)


def make_layers():
    cases = []
    c = cases.append

    c(conv("Conv1d_basic", nn.Conv1d, randn(2, 3, 10), 3, 4, 3))
    c(conv("Conv1d_stride_padding_dilation_groups", nn.Conv1d, randn(2, 4, 11), 4, 6, 3,
           stride=2, padding=2, dilation=2, groups=2))
    c(conv("Conv1d_same_even_kernel", nn.Conv1d, randn(2, 2, 9), 2, 3, 4, padding="same"))
    c(conv("Conv1d_valid_nobias", nn.Conv1d, randn(2, 2, 9), 2, 3, 4, padding="valid", bias=False))
    c(conv("Conv1d_reflect", nn.Conv1d, randn(2, 2, 8), 2, 3, 3, padding=1, padding_mode="reflect"))

    c(conv("Conv2d_basic", nn.Conv2d, randn(2, 3, 7, 6), 3, 4, 3))
    c(conv("Conv2d_stride_padding", nn.Conv2d, randn(2, 3, 7, 6), 3, 5, (3, 2), stride=(2, 1), padding=(1, 2)))
    c(conv("Conv2d_dilation", nn.Conv2d, randn(2, 2, 8, 7), 2, 3, 3, dilation=2, padding=1))
    c(conv("Conv2d_groups_nobias", nn.Conv2d, randn(2, 4, 6, 6), 4, 6, 3, groups=2, padding=1, bias=False))
    c(conv("Conv2d_depthwise", nn.Conv2d, randn(2, 3, 6, 5), 3, 6, 3, groups=3))
    c(conv("Conv2d_same_even_kernel_dilation", nn.Conv2d, randn(2, 2, 7, 8), 2, 3, (4, 3), padding="same", dilation=(1, 2)))
    c(conv("Conv2d_unbatched", nn.Conv2d, randn(2, 5, 5), 2, 3, 3))
    c(conv("Conv2d_replicate", nn.Conv2d, randn(2, 2, 5, 6), 2, 3, 3, padding=1, padding_mode="replicate"))
    c(conv("Conv2d_circular", nn.Conv2d, randn(2, 2, 5, 6), 2, 3, 3, padding=(1, 2), padding_mode="circular"))
    c(conv("Conv2d_reflect_same", nn.Conv2d, randn(2, 2, 5, 6), 2, 3, 3, padding="same", padding_mode="reflect"))

    c(conv("ConvTranspose2d_basic", nn.ConvTranspose2d, randn(2, 3, 4, 5), 3, 2, 3))
    c(conv("ConvTranspose2d_stride_output_padding", nn.ConvTranspose2d, randn(2, 3, 4, 4), 3, 4, 3,
           stride=2, padding=1, output_padding=1))
    c(conv("ConvTranspose2d_groups_dilation", nn.ConvTranspose2d, randn(2, 4, 3, 4), 4, 6, (3, 2),
           stride=(2, 3), padding=(1, 0), output_padding=(0, 2), dilation=(1, 2), groups=2))
    c(conv("ConvTranspose2d_nobias_unbatched", nn.ConvTranspose2d, randn(2, 3, 3), 2, 3, 2, stride=2, bias=False))

    def pool(name, module_name, args, module, x):
        case = layer_case(name, module_name, args, module, x)
        c(with_indices(case, module, x) if module_name.startswith("MaxPool") else case)

    pool("MaxPool1d_indices", "MaxPool1d", {"kernel_size": 3, "stride": 2, "padding": 1, "dilation": 1, "ceil_mode": False},
         nn.MaxPool1d(3, stride=2, padding=1), randn(2, 3, 11))
    pool("MaxPool1d_dilation_ceil", "MaxPool1d", {"kernel_size": 2, "stride": 2, "padding": 0, "dilation": 2, "ceil_mode": True},
         nn.MaxPool1d(2, stride=2, dilation=2, ceil_mode=True), randn(2, 2, 10))
    pool("MaxPool2d_2", "MaxPool2d", {"kernel_size": [2, 2], "stride": [2, 2], "padding": [0, 0], "dilation": [1, 1], "ceil_mode": False},
         nn.MaxPool2d(2), randn(2, 3, 6, 6))
    pool("MaxPool2d_padding_ceil", "MaxPool2d", {"kernel_size": [3, 3], "stride": [2, 2], "padding": [1, 1], "dilation": [1, 1], "ceil_mode": True},
         nn.MaxPool2d(3, stride=2, padding=1, ceil_mode=True), randn(2, 2, 7, 8))
    pool("MaxPool2d_dilation", "MaxPool2d", {"kernel_size": [2, 3], "stride": [1, 2], "padding": [0, 1], "dilation": [2, 1], "ceil_mode": False},
         nn.MaxPool2d((2, 3), stride=(1, 2), padding=(0, 1), dilation=(2, 1)), randn(2, 2, 6, 7))
    pool("MaxPool2d_unbatched", "MaxPool2d", {"kernel_size": [2, 2], "stride": [2, 2], "padding": [0, 0], "dilation": [1, 1], "ceil_mode": True},
         nn.MaxPool2d(2, ceil_mode=True), randn(3, 5, 5))

    pool("AvgPool1d_padding", "AvgPool1d", {"kernel_size": 3, "stride": 2, "padding": 1, "ceil_mode": False, "count_include_pad": True},
         nn.AvgPool1d(3, stride=2, padding=1), randn(2, 3, 10))
    pool("AvgPool1d_exclude_pad_ceil", "AvgPool1d", {"kernel_size": 3, "stride": 2, "padding": 1, "ceil_mode": True, "count_include_pad": False},
         nn.AvgPool1d(3, stride=2, padding=1, ceil_mode=True, count_include_pad=False), randn(2, 3, 10))
    pool("AvgPool2d_2", "AvgPool2d", {"kernel_size": [2, 2], "stride": [2, 2], "padding": [0, 0], "ceil_mode": False, "count_include_pad": True},
         nn.AvgPool2d(2), randn(2, 3, 6, 6))
    pool("AvgPool2d_padding_include", "AvgPool2d", {"kernel_size": [3, 3], "stride": [2, 2], "padding": [1, 1], "ceil_mode": True, "count_include_pad": True},
         nn.AvgPool2d(3, stride=2, padding=1, ceil_mode=True), randn(2, 2, 7, 8))
    pool("AvgPool2d_padding_exclude", "AvgPool2d", {"kernel_size": [3, 2], "stride": [2, 1], "padding": [1, 1], "ceil_mode": False, "count_include_pad": False},
         nn.AvgPool2d((3, 2), stride=(2, 1), padding=1, count_include_pad=False), randn(2, 2, 7, 8))
    pool("AvgPool2d_divisor_override", "AvgPool2d", {"kernel_size": [2, 2], "stride": [1, 1], "padding": [0, 0], "ceil_mode": False, "count_include_pad": True, "divisor_override": 3},
         nn.AvgPool2d(2, stride=1, divisor_override=3), randn(2, 2, 5, 5))

    pool("AdaptiveAvgPool2d_uneven", "AdaptiveAvgPool2d", {"output_size": [3, 4]}, nn.AdaptiveAvgPool2d((3, 4)), randn(2, 3, 8, 9))
    pool("AdaptiveAvgPool2d_global", "AdaptiveAvgPool2d", {"output_size": [1, 1]}, nn.AdaptiveAvgPool2d(1), randn(2, 3, 5, 6))
    pool("AdaptiveAvgPool2d_larger", "AdaptiveAvgPool2d", {"output_size": [5, 3]}, nn.AdaptiveAvgPool2d((5, 3)), randn(3, 3, 2))

    pool("Upsample_scale2", "Upsample", {"scale_factor": [2.0]}, nn.Upsample(scale_factor=2), randn(2, 2, 3, 4))
    pool("Upsample_size_uneven", "Upsample", {"size": [5, 7]}, nn.Upsample(size=(5, 7)), randn(2, 2, 3, 4))
    pool("Upsample_scale_fractional", "Upsample", {"scale_factor": [1.5, 2.5]}, nn.Upsample(scale_factor=(1.5, 2.5)), randn(1, 2, 4, 3))
    pool("Upsample_1d_scale3", "Upsample", {"scale_factor": [3.0]}, nn.Upsample(scale_factor=3), randn(2, 2, 4))
    return cases


def make_pads():
    cases = []
    for name, shape, pad, mode, value in [
        ("pad_constant_2d", (2, 3, 4, 5), (1, 2, 0, 3), "constant", 0.5),
        ("pad_constant_crop", (2, 3, 4, 5), (-1, 2, 1, -2), "constant", 0.0),
        ("pad_constant_3dims", (2, 3, 4), (1, 1, 2, 0, 0, 1), "constant", -1.0),
        ("pad_reflect_1d", (2, 3, 6), (2, 3), "reflect", 0.0),
        ("pad_reflect_2d", (2, 2, 4, 5), (1, 3, 2, 1), "reflect", 0.0),
        ("pad_replicate_1d", (2, 3, 4), (3, 1), "replicate", 0.0),
        ("pad_replicate_2d", (2, 2, 3, 4), (2, 0, 1, 4), "replicate", 0.0),
        ("pad_circular_2d", (2, 2, 4, 5), (1, 2, 3, 0), "circular", 0.0),
    ]:
        x = randn(*shape).requires_grad_(True)
        out = F.pad(x, pad, mode=mode, value=value) if mode == "constant" else F.pad(x, pad, mode=mode)
        grad_output = randn(*out.shape)
        (out * grad_output).sum().backward()
        cases.append({
            "name": name, "pad": list(pad), "mode": mode, "value": value,
            "input": enc(x), "grad_output": enc(grad_output), "output": enc(out), "grad_input": enc(x.grad),
        })
    return cases


def main():
    write("conv.json", {"layers": make_layers(), "pads": make_pads()})


if __name__ == "__main__":
    main()
