using AstroDL.Datasets;

namespace AstroDL
{
    public static partial class torchvision
    {
        public static partial class datasets
        {
            /// <summary>
            /// MNIST as TorchSharp's torchvision gives it: items {"data": float32 [1, 28, 28] in [0, 1], "label": int64}.
            /// <paramref name="root"/> is looked in first (the files themselves, or a mnist/ or MNIST/raw/ sub-folder), then
            /// the kit's usual places; <paramref name="download"/> fetches the set into root/mnist; without either the
            /// offline sample is used, with a notice. TorchSharp applies <paramref name="target_transform"/> to the image
            /// (as a [1, 1, 28, 28] batch), despite its name; so does the kit, so ported code gives the same results.
            /// </summary>
            public static Modules.MNIST MNIST(string root, bool train, bool download = false, ITransform? target_transform = null) =>
                new(Mnist.Spec, root, train, download, target_transform);

            /// <summary>Fashion-MNIST, in the same form and search order as <see cref="MNIST"/> (it has no offline sample).</summary>
            public static Modules.FashionMNIST FashionMNIST(string root, bool train, bool download = false, ITransform? target_transform = null) =>
                new(root, train, download, target_transform);
        }
    }
}

namespace AstroDL.Modules
{
    using static AstroDL.torch;

    /// <summary>An MNIST-layout split held as two tensors; items are {"data": image, "label": class}.</summary>
    public class MNIST : utils.data.Dataset
    {
        private readonly torchvision.ITransform? transform;

        internal MNIST(ImageSetSpec spec, string root, bool train, bool download, torchvision.ITransform? transform)
        {
            var split = ImageSetLoader.Load(spec, train ? Split.Train : Split.Test, root, download, DataPlaces.Current(), () => new Downloader());
            // The data set outlives any dispose scope it is made in, as a TensorDataset does.
            images = split.Images.DetachFromDisposeScope();
            targets = split.Labels.DetachFromDisposeScope();
            classes = split.Classes;
            Source = split.Source;
            IsSample = split.IsSample;
            this.transform = transform;
        }

        /// <summary>Every image, float32 [N, 1, 28, 28] in [0, 1].</summary>
        public Tensor images { get; }

        /// <summary>Every label, int64 [N] (torchvision's name).</summary>
        public Tensor targets { get; }

        /// <summary>The class names, by label.</summary>
        public IReadOnlyList<string> classes { get; }

        /// <summary>Where the files were read from.</summary>
        public string Source { get; }

        /// <summary>True when the offline sample stands in for the full set.</summary>
        public bool IsSample { get; }

        public override long Count => targets.size(0);

        public override Dictionary<string, Tensor> GetTensor(long index)
        {
            CheckIndex(index);
            var image = images.select(0, index);
            return new Dictionary<string, Tensor>
            {
                ["data"] = transform is null ? image : transform.call(image.unsqueeze(0)).squeeze(0),
                ["label"] = targets.select(0, index),
            };
        }

        protected override void Dispose(bool disposing)
        {
            if (!disposing) return;
            images.Dispose();
            targets.Dispose();
        }
    }

    /// <summary>Fashion-MNIST, as <see cref="MNIST"/> holds MNIST.</summary>
    public sealed class FashionMNIST : MNIST
    {
        internal FashionMNIST(string root, bool train, bool download, torchvision.ITransform? transform)
            : base(FashionMnist.Spec, root, train, download, transform)
        {
        }
    }
}
