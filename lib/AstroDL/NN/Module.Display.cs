using System.Globalization;
using System.Net;
using AstroDL.Display;

namespace AstroDL;

public static partial class torch
{
    public static partial class nn
    {
        /// <summary>In notebooks a module shows PyTorch's printout and its parameter count; summary() adds output shapes.</summary>
        [TypeFormatterSource(typeof(RichFormatterSource), PreferredMimeTypes = new[] { MimeType.Html, MimeType.PlainText })]
        public abstract partial class Module : IRichDisplay
        {
            string? IRichDisplay.ToMime(string mimeType) => mimeType switch
            {
                MimeType.PlainText => ToString() + "\nParameters: " + ParameterCount(),
                MimeType.Html => "<div class=\"astrodl-module\"><pre>" + WebUtility.HtmlEncode(ToString()) + "</pre><div>Parameters: " + ParameterCount() + "</div></div>",
                _ => null,
            };

            private string ParameterCount() => parameters().Sum(p => p.numel()).ToString("N0", CultureInfo.InvariantCulture);
        }
    }
}

/// <summary>model.summary(...) for every model with one tensor input.</summary>
public static class SummaryExtensions
{
    /// <summary>
    /// The layers, output shapes and parameter counts of <paramref name="model"/>, from one run on zeros of
    /// <paramref name="input_shape"/> including the batch dimension: <c>model.summary(1, 784)</c>.
    /// </summary>
    public static ModelSummary summary(this torch.nn.Module<torch.Tensor, torch.Tensor> model, params long[] input_shape) =>
        ModelSummary.Of(model, input_shape);
}
