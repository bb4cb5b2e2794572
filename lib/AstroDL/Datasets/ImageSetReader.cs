using static AstroDL.torch;

namespace AstroDL.Datasets;

/// <summary>
/// Reads one split of an image set from a folder, checking each file's checksum, header and size, that images
/// and labels agree in number, and that every label names a class; any problem is an error naming the file and
/// what to do about it.
/// </summary>
internal static class ImageSetReader
{
    public static LabeledImages Read(ImageSetSpec spec, DataCandidate at, Split split)
    {
        var (imagesFile, labelsFile) = ImageSetSpec.OfSplit(FilesOf(spec, at), split);
        string imagesPath = at.Find(imagesFile.Name)!, labelsPath = at.Find(labelsFile.Name)!;
        var remedy = Remedy(spec, at);
        var images = Idx.ParseImages(imagesPath, Checked(spec, imagesFile, imagesPath, remedy).Content, remedy);
        var labels = Idx.ParseLabels(labelsPath, Checked(spec, labelsFile, labelsPath, remedy).Content, remedy);
        if (images.Count != labels.Length)
            throw new InvalidDataException(
                $"{imagesPath} holds {images.Count:N0} images but {labelsPath} holds {labels.Length:N0} labels; the two files must come from the " +
                $"same set and split. Delete both and {remedy}.");
        CheckImages(spec, imagesFile, imagesPath, images, remedy);
        CheckLabels(spec, labelsFile, labelsPath, labels, remedy);
        return new LabeledImages(spec.Title, split, images.ToTensor(), tensor(Array.ConvertAll(labels, b => (long)b)), spec.Classes, at.Source, at.IsSample);
    }

    /// <summary>Checks every file of the set in <paramref name="at"/>, one result per file (missing ones included).</summary>
    public static IReadOnlyList<FileCheck> Verify(ImageSetSpec spec, DataCandidate at)
    {
        var remedy = Remedy(spec, at);
        return FilesOf(spec, at).Select((file, index) =>
        {
            if (at.Find(file.Name) is not { } path)
                return new FileCheck(Path.Combine(at.Folder, file.Name + ".gz"), false, "missing");
            try
            {
                var (check, content) = Checked(spec, file, path, remedy);
                if (index % 2 == 0)
                    CheckImages(spec, file, path, Idx.ParseImages(path, content, remedy), remedy);
                else
                    CheckLabels(spec, file, path, Idx.ParseLabels(path, content, remedy), remedy);
                return check;
            }
            catch (InvalidDataException e)
            {
                return new FileCheck(path, false, e.Message);
            }
        }).ToList();
    }

    private static IReadOnlyList<KnownFile> FilesOf(ImageSetSpec spec, DataCandidate at) => at.IsSample ? spec.SampleFiles! : spec.Files;

    /// <summary>What to do about a bad file, for error messages.</summary>
    private static string Remedy(ImageSetSpec spec, DataCandidate at) =>
        at.IsSample
            ? $"restore it from the repository (git checkout -- data/{spec.SampleFolder})"
            : "get it again (download: true downloads it), or copy a good file there";

    /// <summary>Reads a file and checks it against the published checksums, returning the result and its IDX content.</summary>
    private static (FileCheck Check, byte[] Content) Checked(ImageSetSpec spec, KnownFile file, string path, string remedy)
    {
        var bytes = File.ReadAllBytes(path);
        byte[]? content = null;
        byte[] Content() => content ??= Idx.Content(path, bytes, remedy);
        var check = file.Check(path, bytes, Content);
        if (!check.Ok)
            throw new InvalidDataException($"{path}: {check.Message}. It is damaged or not {spec.Title}'s {file.Name}: delete it and {remedy}.");
        return (check, Content());
    }

    private static void CheckImages(ImageSetSpec spec, KnownFile file, string path, IdxImages images, string remedy)
    {
        if (images.Count != file.Count || images.Rows != 28 || images.Columns != 28)
            throw Idx.Corrupt(path, $"it holds {images.Count:N0} images of {images.Rows}×{images.Columns}; {spec.Title}'s {file.Name} " +
                                    $"holds {file.Count:N0} of 28×28", remedy);
    }

    private static void CheckLabels(ImageSetSpec spec, KnownFile file, string path, byte[] labels, string remedy)
    {
        if (labels.Length != file.Count)
            throw Idx.Corrupt(path, $"it holds {labels.Length:N0} labels; {spec.Title}'s {file.Name} holds {file.Count:N0}", remedy);
        int bad = Array.FindIndex(labels, label => label >= spec.Classes.Count);
        if (bad >= 0)
            throw Idx.Corrupt(path, $"label {bad} is {labels[bad]}, not a class from 0 to {spec.Classes.Count - 1}", remedy);
    }
}
