namespace AstroDL.Datasets;

/// <summary>Whether a data set is on this machine.</summary>
public enum DataSetStatus
{
    /// <summary>The full set is here.</summary>
    Found,

    /// <summary>Only the small offline sample shipped in data/ is here; loaders use it and say so.</summary>
    SampleOnly,

    /// <summary>Neither the set nor a sample is here.</summary>
    Missing,
}
