using static AstroDL.torch;

namespace AstroDL.Datasets;

/// <summary>
/// The spiral galaxy M51 in the B band: IRAF's test image dev$pix, a 512×512 CCD frame (600 s, Kitt Peak, 1987) that
/// Debian's iraf package installs in /usr/lib/iraf/dev. Values are counts (−1 to 19,936; the sky is about 90).
/// <c>var m51 = M51.Load();   // float32 [512, 512]</c>
/// </summary>
public static class M51
{
    /// <summary>The Debian package that installs the image.</summary>
    public const string Package = "iraf";

    /// <summary>Where Debian's iraf package puts the image.</summary>
    public const string SystemFolder = "/usr/lib/iraf/dev";

    public const string HeaderFileName = "pix.imh";

    public const string Credit = "M51, B band, 600 s, KPNO 1987: the IRAF test image dev$pix (NOAO/IRAF, from Debian's iraf package)";

    /// <summary>SHA-256 of pix.pix as Debian's iraf 2.17 installs it.</summary>
    internal const string PixelSha256 = "dd374caabfdebef60629cd491a5d8231fabf98691c662f6bb0dacff5beb689d9";

    /// <summary>
    /// The image as float32 [512, 512] in counts, row 0 being the frame's first line. <paramref name="path"/> is a copy
    /// of pix.imh (with pix.pix beside it) or its folder; by default the installed package's.
    /// </summary>
    public static Tensor Load(string? path = null) => Read(path).tensor();

    /// <summary>The image with its title and header cards (exposure, date, coordinates, processing history).</summary>
    public static IrafImage Read(string? path = null)
    {
        var header = HeaderPath(path);
        if (!File.Exists(header))
            throw new FileNotFoundException(
                $"M51 (IRAF's test image dev$pix) was not found: {header} does not exist. It comes with Debian's {Package} package: " +
                $"sudo apt-get install {Package} (or environment/setup-debian.sh), or pass the path of a copy of {HeaderFileName} with pix.pix beside it.",
                header);
        return IrafImageReader.Read(header);
    }

    internal static string HeaderPath(string? path) =>
        path is null ? Path.Combine(SystemFolder, HeaderFileName)
        : Directory.Exists(path) ? Path.Combine(Path.GetFullPath(path), HeaderFileName)
        : Path.GetFullPath(path);
}
