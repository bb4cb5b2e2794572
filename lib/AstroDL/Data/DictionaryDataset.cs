namespace AstroDL;

public static partial class torch
{
    public static partial class utils
    {
        public static partial class data
        {
            /// <summary>
            /// TorchSharp's map-style data set whose items are named tensors, e.g. {"data": image, "label": label} for
            /// torchvision.datasets.MNIST. DataLoader batches each name separately.
            /// </summary>
            public abstract class Dataset : Dataset<Dictionary<string, Tensor>>
            {
            }
        }
    }
}
