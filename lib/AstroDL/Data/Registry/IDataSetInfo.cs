namespace AstroDL.Data;

/// <summary>
/// One data set the course uses, as <c>course data</c> and <c>course doctor</c> see it. Loaders implement it; a
/// class in this library that implements it and has a public parameterless constructor is listed by
/// <see cref="DataSetRegistry"/> without further registration.
/// </summary>
public interface IDataSetInfo
{
    /// <summary>The short name used on the command line (<c>course data fetch fashion-mnist</c>).</summary>
    string Name { get; }

    /// <summary>One line: what it is and which lectures use it.</summary>
    string Description { get; }

    DataSetStatus Status { get; }

    /// <summary>Where the data was found (file or folder), or null when missing.</summary>
    string? Location { get; }

    /// <summary>What a person can do to get the full data set (a package to install, a folder to set, a command).</summary>
    string Remedy { get; }

    /// <summary>Checks the files (sizes, checksums) where they were found.</summary>
    DataSetCheck Verify();

    /// <summary>Downloads the data set when online, checking its checksum; says what to do instead when it cannot.</summary>
    DataSetCheck Fetch();
}
