namespace AstroDL.Astro.Fits;

/// <summary>
/// The cards of one header, long strings already joined: a string ending in '&amp;' followed by CONTINUE cards is one value.
/// <c>header["OBJECT"]</c>, <c>header.Number("CRVAL1")</c>, <c>header.Wcs</c>.
/// </summary>
public sealed class FitsHeader
{
    internal FitsHeader(IReadOnlyList<FitsCard> cards) => Cards = cards;

    /// <summary>Every card in file order (CONTINUE cards folded into the card they continue).</summary>
    public IReadOnlyList<FitsCard> Cards { get; }

    /// <summary>The value of the first card called <paramref name="key"/>, or null when there is none.</summary>
    public object? this[string key] => Cards.FirstOrDefault(c => c.Key == key)?.Value;

    public bool Contains(string key) => Cards.Any(c => c.Key == key);

    /// <summary>The card's value as a number, or null when it is missing or not a number.</summary>
    public double? Number(string key) => Cards.FirstOrDefault(c => c.Key == key)?.Number;

    /// <summary>The world coordinate keywords of a two-axis image.</summary>
    public FitsWcs Wcs => FitsWcs.From(this);

    /// <summary>Joins CONTINUE cards onto the long string before them.</summary>
    internal static FitsHeader Fold(IEnumerable<FitsCard> cards)
    {
        var folded = new List<FitsCard>();
        foreach (var card in cards)
        {
            if (card.Key == "CONTINUE" && folded.Count > 0 && folded[^1].Value is string text && text.EndsWith('&'))
                folded[^1] = folded[^1] with { Value = text[..^1] + (card.Value as string ?? "") };
            else
                folded.Add(card);
        }
        return new FitsHeader(folded);
    }
}
