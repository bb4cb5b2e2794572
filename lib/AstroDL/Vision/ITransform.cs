using static AstroDL.torch;

namespace AstroDL;

public static partial class torchvision
{
    /// <summary>A transform of image tensors, as TorchSharp's torchvision defines it: <c>output = transform.call(input)</c>.</summary>
    public interface ITransform
    {
        Tensor call(Tensor input);
    }
}
