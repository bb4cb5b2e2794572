using AstroDL.Backends.Cpu;
using static AstroDL.torch;
using TensorPrimitives = System.Numerics.Tensors.TensorPrimitives;

namespace AstroDL.Datasets;

/// <summary>
/// Grayscale images as an IDX file stores them: <see cref="Count"/> images of <see cref="Rows"/> × <see cref="Columns"/>
/// unsigned bytes (0 background, 255 full ink), row-major, one after another.
/// </summary>
public sealed class IdxImages
{
    internal IdxImages(byte[] pixels, int count, int rows, int columns)
    {
        Pixels = pixels;
        Count = count;
        Rows = rows;
        Columns = columns;
    }

    /// <summary>The raw bytes, Count × Rows × Columns of them.</summary>
    public byte[] Pixels { get; }

    public int Count { get; }

    public int Rows { get; }

    public int Columns { get; }

    /// <summary>float32 [Count, 1, Rows, Columns] with values byte / 255 in [0, 1], as torchvision's ToTensor scales them.</summary>
    public Tensor ToTensor()
    {
        // Converted straight into the tensor's storage: a full MNIST split is 188 MB of floats, worth not copying.
        var images = Tensor.Empty([Count, 1, Rows, Columns], ScalarType.Float32, CPU);
        var values = CpuBackend.Data<float>(images.View);
        TensorPrimitives.ConvertChecked<byte, float>(Pixels, values);
        TensorPrimitives.Divide(values, 255f, values);
        return images;
    }
}
