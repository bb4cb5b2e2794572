namespace AstroDL;

/// <summary>
/// Layers refuse an input whose floating dtype differs from their weight's, as PyTorch does: mixing would silently
/// promote the result and leave, say, a float64 .grad on a float32 parameter.
/// </summary>
internal static class WeightDtype
{
    public static void Check(string who, torch.Tensor input, torch.Tensor weight)
    {
        if (input.dtype == weight.dtype || !input.is_floating_point() || !weight.is_floating_point()) return;
        throw new ArgumentException(
            $"{who}: the input is {input.dtype.Name()} but the layer's weight is {weight.dtype.Name()}. Convert one to the other: " +
            $"input.to({weight.dtype.Name()}) for the input, or model.to({input.dtype.Name()}) for the layer.");
    }
}
