using System.Buffers.Binary;
using System.Text;

namespace AstroDL.Astro.Fits;

/// <summary>
/// Reads FITS files (big-endian, 2,880-byte blocks): the primary HDU and every extension, with image data for the primary
/// HDU and IMAGE extensions (BITPIX 8, 16, 32, 64, −32, −64; BSCALE, BZERO, BLANK); other extensions keep their header.
/// <c>var image = FitsFile.ReadImage("m51.fits");   // the first HDU with an image</c>
/// A damaged file is an InvalidDataException that names the file and the card or byte offset.
/// </summary>
public static class FitsFile
{
    private const int Block = 2880;
    private const int CardsPerBlock = Block / FitsCard.Length;

    /// <summary>Every HDU of the file, the primary first.</summary>
    public static IReadOnlyList<FitsHdu> Read(string path)
    {
        var bytes = File.Exists(path) ? File.ReadAllBytes(path) : throw new FileNotFoundException($"The FITS file {path} does not exist.", path);
        var hdus = new List<FitsHdu>();
        for (long at = 0; at < bytes.Length;)
        {
            var hdu = ReadHdu(path, bytes, hdus.Count, at, out var next);
            hdus.Add(hdu);
            at = next;
        }
        if (hdus.Count == 0) throw Bad(path, 0, "the file is empty");
        return hdus;
    }

    /// <summary>The first HDU that holds an image (the primary's, or the first IMAGE extension's when the primary is empty).</summary>
    public static FitsHdu ReadImage(string path) =>
        Read(path).FirstOrDefault(h => h.IsImage) ?? throw Bad(path, 0, "no HDU holds an image");

    private static FitsHdu ReadHdu(string path, byte[] bytes, int index, long start, out long next)
    {
        var cards = new List<FitsCard>();
        long at = start;
        for (bool end = false; !end; at += Block)
        {
            if (at + Block > bytes.Length)
                throw Bad(path, at, $"the header of HDU {index} is cut off: no END card before the end of the file ({bytes.Length:N0} bytes)");
            for (int c = 0; c < CardsPerBlock && !end; c++)
            {
                long offset = at + c * FitsCard.Length;
                var text = Encoding.ASCII.GetString(bytes, (int)offset, FitsCard.Length);
                if (text.Any(ch => ch is < ' ' or > '~'))
                    throw Bad(path, offset, $"HDU {index}, card {cards.Count + 1} holds bytes that are not printable ASCII; this is not a FITS header");
                if (text.StartsWith("END     ", StringComparison.Ordinal) || text.TrimEnd() == "END")
                {
                    end = true;
                    continue;
                }
                try
                {
                    cards.Add(FitsCard.Parse(text));
                }
                catch (FormatException e)
                {
                    throw Bad(path, offset, $"HDU {index}, {e.Message}");
                }
            }
        }
        var header = FitsHeader.Fold(cards);
        CheckFirstCard(path, start, index, header);
        int bitpix = (int)Required(path, start, header, "BITPIX");
        if (bitpix is not (8 or 16 or 32 or 64 or -32 or -64))
            throw Bad(path, start, $"HDU {index}: BITPIX = {bitpix} is not one of 8, 16, 32, 64, -32, -64");
        int naxis = (int)Required(path, start, header, "NAXIS");
        var axes = Enumerable.Range(1, naxis).Select(i => (long)Required(path, start, header, $"NAXIS{i}")).ToArray();
        long count = naxis == 0 ? 0 : axes.Aggregate(1L, (p, n) => p * n);
        long pcount = (long)(header.Number("PCOUNT") ?? 0), gcount = (long)(header.Number("GCOUNT") ?? 1);
        long dataBytes = Math.Abs(bitpix) / 8 * gcount * (pcount + count);
        long dataStart = at;
        if (dataStart + dataBytes > bytes.Length)
            throw Bad(path, bytes.Length, $"HDU {index}'s data ({dataBytes:N0} bytes from byte {dataStart:N0}) are cut off: the file ends after {bytes.Length:N0} bytes");
        next = dataStart + (dataBytes + Block - 1) / Block * Block;

        bool image = count > 0 && (index == 0 || header["XTENSION"] as string == "IMAGE");
        var values = image ? Physical(bytes.AsSpan((int)dataStart, (int)(count * Math.Abs(bitpix) / 8)), bitpix, header) : null;
        return new FitsHdu(index, header, image ? axes.Reverse().ToArray() : [], values, start, dataStart);
    }

    private static void CheckFirstCard(string path, long start, int index, FitsHeader header)
    {
        var first = header.Cards.Count > 0 ? header.Cards[0] : null;
        bool ok = index == 0 ? first is { Key: "SIMPLE", Value: true } : first?.Key == "XTENSION";
        if (!ok)
            throw Bad(path, start, index == 0
                ? $"it does not start with SIMPLE = T (found '{first?.Key}'), so it is not a FITS file"
                : $"HDU {index} does not start with an XTENSION card (found '{first?.Key}'); the file may have trailing bytes");
    }

    private static double Required(string path, long start, FitsHeader header, string key) =>
        header.Number(key) ?? throw Bad(path, start, $"the header has no numeric {key} card");

    /// <summary>BZERO + BSCALE · raw for each big-endian value; integer BLANK values become NaN.</summary>
    private static double[] Physical(ReadOnlySpan<byte> data, int bitpix, FitsHeader header)
    {
        double scale = header.Number("BSCALE") ?? 1, zero = header.Number("BZERO") ?? 0;
        long? blank = bitpix > 0 && header["BLANK"] is long b ? b : null;
        int size = Math.Abs(bitpix) / 8;
        var values = new double[data.Length / size];
        for (int i = 0; i < values.Length; i++)
        {
            var cell = data.Slice(i * size, size);
            long raw = bitpix switch
            {
                8 => cell[0],
                16 => BinaryPrimitives.ReadInt16BigEndian(cell),
                32 => BinaryPrimitives.ReadInt32BigEndian(cell),
                64 => BinaryPrimitives.ReadInt64BigEndian(cell),
                _ => 0,
            };
            double stored = bitpix switch
            {
                -32 => BinaryPrimitives.ReadSingleBigEndian(cell),
                -64 => BinaryPrimitives.ReadDoubleBigEndian(cell),
                _ => raw,
            };
            values[i] = blank == raw && bitpix > 0 ? double.NaN : zero + scale * stored;
        }
        return values;
    }

    private static InvalidDataException Bad(string path, long offset, string problem) =>
        new($"{path}, byte {offset:N0}: {problem}. The file is damaged or not FITS: get a fresh copy (or check it with astropy's fitsinfo).");
}
