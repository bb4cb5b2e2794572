using static AstroDL.torch;

namespace AstroDL.Benchmarks.EndToEnd;

/// <summary>The two models of the comparison, built the same way in torch_train.py.</summary>
internal static partial class Models
{
    /// <summary>(a) 784-128-10 with ReLU.</summary>
    public static nn.Module<Tensor, Tensor> Mlp() =>
        nn.Sequential(nn.Flatten(), nn.Linear(784, 128), nn.ReLU(), nn.Linear(128, 10));

    /// <summary>(b) conv3x3(32)-ReLU-maxpool-conv3x3(64)-ReLU-maxpool-fc128-ReLU-fc10, or null while the kit has no convolution layers.</summary>
    public static nn.Module<Tensor, Tensor>? ConvNet()
    {
        nn.Module<Tensor, Tensor>? model = null;
        BuildConvNet(ref model);
        return model;
    }

    /// <summary>Implemented in ConvNet.cs, which compiles once nn.Conv2d and nn.MaxPool2d exist (see the project file).</summary>
    static partial void BuildConvNet(ref nn.Module<Tensor, Tensor>? model);
}
