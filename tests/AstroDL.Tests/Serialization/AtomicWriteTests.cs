using AstroDL.Serialization;
using static AstroDL.torch;

namespace AstroDL.Tests.Serialization;

public class AtomicWriteTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void SaveLeavesOnlyTheCheckpoint()
    {
        var path = folder.File("model.safetensors");
        save(new Dictionary<string, Tensor> { ["w"] = ones(3) }, path);
        save(new Dictionary<string, Tensor> { ["w"] = zeros(3) }, path);
        Assert.Equal([path], Directory.GetFiles(folder.Path));
        Assert.Equal(new float[] { 0, 0, 0 }, load(path)["w"].data<float>().ToArray());
    }

    [Fact]
    public void FailedWriteKeepsTheOldFileAndLeavesNoTemporary()
    {
        var path = folder.File("model.safetensors");
        File.WriteAllText(path, "old content");
        Assert.Throws<IOException>(() => AtomicFile.Write(path, stream =>
        {
            stream.Write(new byte[1000]);
            throw new IOException("disk full");
        }));
        Assert.Equal("old content", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(folder.Path));
    }

    [Fact]
    public void SaveThatFailsHalfwayKeepsTheOldCheckpoint()
    {
        var path = folder.File("model.safetensors");
        save(new Dictionary<string, Tensor> { ["w"] = ones(3) }, path);
        var gone = ones(2);
        gone.Dispose();
        Assert.Throws<ObjectDisposedException>(() => save(new Dictionary<string, Tensor> { ["w"] = zeros(3), ["v"] = gone }, path));
        Assert.Equal(new float[] { 1, 1, 1 }, load(path)["w"].data<float>().ToArray());
        Assert.Equal([path], Directory.GetFiles(folder.Path));
    }

    [Fact]
    public void MissingFolderIsNamed()
    {
        var path = Path.Combine(folder.Path, "no-such-folder", "model.safetensors");
        var e = Assert.Throws<DirectoryNotFoundException>(() => save(new Dictionary<string, Tensor> { ["w"] = ones(1) }, path));
        Assert.Contains("no-such-folder", e.Message);
    }

    [Fact]
    public void SaveRemovesTemporariesThatAKilledSaveLeftBehind()
    {
        var path = folder.File("model.safetensors");
        var stale = folder.File($".model.safetensors.{Guid.NewGuid():N}.tmp");
        var otherTarget = folder.File($".other.safetensors.{Guid.NewGuid():N}.tmp");
        foreach (var file in new[] { stale, otherTarget })
        {
            File.WriteAllBytes(file, new byte[100]);
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddDays(-1));
        }

        save(new Dictionary<string, Tensor> { ["w"] = ones(3) }, path);
        Assert.Equal([otherTarget, path], Directory.GetFiles(folder.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void FailedSaveNamesTheCheckpoint()
    {
        var path = folder.File("model.safetensors");
        Directory.CreateDirectory(path); // a folder where the file should go: the rename fails
        var e = Assert.ThrowsAny<IOException>(() => save(new Dictionary<string, Tensor> { ["w"] = ones(3) }, path));
        Assert.StartsWith(path + ":", e.Message);
        Assert.Equal([path], Directory.GetFileSystemEntries(folder.Path));
    }
}
