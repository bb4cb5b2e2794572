using StbImageSharp;

namespace AstroDL.Datasets;

/// <summary>
/// A decoded texture: 8-bit red, green, blue, row after row from the top of the image. Palette and grey PNGs are expanded
/// to RGB; an alpha channel is dropped.
/// </summary>
internal sealed record TextureImage(byte[] Rgb, int Width, int Height)
{
    public static TextureImage Read(string path)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException(
                $"{path}: textures.json lists this image but it is missing; reinstall the package (sudo apt-get install --reinstall {StellariumGalaxies.Package}).", path);
        ImageResult image;
        try
        {
            image = ImageResult.FromMemory(File.ReadAllBytes(path), ColorComponents.RedGreenBlue);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new InvalidDataException(
                $"{path}: the image cannot be decoded ({e.Message}); the file is damaged or not a PNG or JPEG. " +
                $"Reinstall the package (sudo apt-get install --reinstall {StellariumGalaxies.Package}).", e);
        }
        return new TextureImage(image.Data, image.Width, image.Height);
    }
}
