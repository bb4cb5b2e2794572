namespace AstroDL.Datasets;

/// <summary>Whether a data set is on this machine.</summary>
public enum DataSetStatus
{
    /// <summary>The full set is here.</summary>
    Found,

    /// <summary>
    /// A folder holds some of the set's files but not all: loaders refuse it (naming the missing ones) rather than mix a
    /// full split with the sample's other split.
    /// </summary>
    Incomplete,

    /// <summary>Only the small offline sample shipped in data/ is here; loaders use it and say so.</summary>
    SampleOnly,

    /// <summary>Neither the set nor a sample is here.</summary>
    Missing,
}
