namespace AstroDL.Datasets;

/// <summary>How far a download has come: <paramref name="Bytes"/> of <paramref name="TotalBytes"/> (null when the server does not say).</summary>
public readonly record struct DownloadProgress(string File, long Bytes, long? TotalBytes);
