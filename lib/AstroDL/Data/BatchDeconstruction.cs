namespace AstroDL;

public static partial class torch
{
    /// <summary>Unpacks a two-tensor batch: <c>var (data, target) = batch</c>, <c>foreach (var (data, target) in loader)</c>.</summary>
    public static void Deconstruct(this Tensor[] tensors, out Tensor first, out Tensor second)
    {
        CheckUnpack(tensors, 2);
        (first, second) = (tensors[0], tensors[1]);
    }

    /// <summary>Unpacks a three-tensor batch.</summary>
    public static void Deconstruct(this Tensor[] tensors, out Tensor first, out Tensor second, out Tensor third)
    {
        CheckUnpack(tensors, 3);
        (first, second, third) = (tensors[0], tensors[1], tensors[2]);
    }

    private static void CheckUnpack(Tensor[] tensors, int count)
    {
        if (tensors.Length != count)
            throw new InvalidOperationException(
                $"Cannot unpack {tensors.Length} tensors into {count} variables: the batch (or array) holds {tensors.Length}. " +
                "Index it instead, for example batch[0].");
    }
}
