namespace AstroDL.Datasets;

/// <summary>Where a data set would be loaded from now: its status, folder (null when missing) and, in words, how it was found.</summary>
public sealed record DataSetLocation(DataSetStatus Status, string? Folder, string? Source);
