namespace AstroDL.Datasets;

/// <summary>A place a Galaxy10 file may be, and how it was found (for messages and <see cref="Galaxy10Images.Source"/>).</summary>
internal sealed record Galaxy10Place(string File, string Origin)
{
    public string Source => $"{Origin} ({File})";
}
