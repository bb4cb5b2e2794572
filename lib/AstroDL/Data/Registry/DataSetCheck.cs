namespace AstroDL.Data;

/// <summary>The result of verifying or fetching a data set: whether it worked, and what happened or what to do.</summary>
public sealed record DataSetCheck(bool Ok, string Message);
