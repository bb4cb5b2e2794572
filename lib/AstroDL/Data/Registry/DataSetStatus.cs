namespace AstroDL.Data;

/// <summary>What a data set's loader would use right now.</summary>
public enum DataSetStatus
{
    /// <summary>The full data set is on this machine.</summary>
    Found,

    /// <summary>Neither the data set nor a sample is available.</summary>
    Missing,

    /// <summary>Only the small offline sample shipped with the kit is available.</summary>
    SampleOnly,
}
