namespace AstroDL;

/// <summary>How ToString(style) lays a tensor out (TorchSharp's names).</summary>
public enum TensorStringStyle
{
    /// <summary>The summary line only: shape, dtype and device.</summary>
    Metadata,
    Julia,
    Numpy,
    CSharp,
    /// <summary>Whatever torch.TensorStringStyle is set to.</summary>
    Default,
}

public static partial class torch
{
    /// <summary>The style that ToString(TensorStringStyle.Default), str and print use.</summary>
    public static TensorStringStyle TensorStringStyle { get; set; } = AstroDL.TensorStringStyle.Julia;

    public partial class Tensor
    {
        /// <summary>
        /// The tensor as text in a style: Metadata gives the summary line; the value styles give the summary line and the
        /// values in PyTorch's print layout (the kit does not reproduce TorchSharp's Julia, NumPy and C# value layouts).
        /// </summary>
        public string ToString(TensorStringStyle style, string? fltFormat = null, int? width = null,
            System.Globalization.CultureInfo? cultureInfo = null, string? newLine = null)
        {
            if (style == AstroDL.TensorStringStyle.Default) style = torch.TensorStringStyle;
            var text = ToString(withValues: style != AstroDL.TensorStringStyle.Metadata);
            return newLine is null ? text : text.Replace("\n", newLine);
        }
    }
}
