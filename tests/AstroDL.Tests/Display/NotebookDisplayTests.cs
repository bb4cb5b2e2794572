using AstroDL.Display;

namespace AstroDL.Tests.Display;

/// <summary>A stand-in for the Polyglot kernel's static display: found by its type name through reflection.</summary>
public static class FakeKernel
{
    public static List<object?> Shown { get; } = [];

    public static FakeDisplayed display(object value, params string[] mimeTypes)
    {
        Shown.Add(value);
        return new FakeDisplayed();
    }
}

public sealed class FakeDisplayed
{
    public void Update(object value) => FakeKernel.Shown.Add(value);
}

public class NotebookDisplayTests
{
    [Fact]
    public void HostStoredInAppContextShowsAndReplaces()
    {
        var shown = new List<object?>();
        AppContext.SetData(NotebookDisplay.HostDataName, (Func<object?, Action<object?>?>)(value =>
        {
            shown.Add(value);
            return replacement => shown.Add(replacement);
        }));
        try
        {
            var update = NotebookDisplay.TryShow("first");
            update!("second");

            Assert.Equal(["first", "second"], shown);
        }
        finally
        {
            AppContext.SetData(NotebookDisplay.HostDataName, null);
        }
    }

    [Fact]
    public void WithoutAHostNothingIsShown() => Assert.Null(NotebookDisplay.TryShow("x"));

    [Fact]
    public void PolyglotStyleKernelIsFoundByNameAndItsUpdateIsUsed()
    {
        FakeKernel.Shown.Clear();
        var display = NotebookDisplay.FindKernelDisplay([typeof(FakeKernel).Assembly], typeof(FakeKernel).FullName!);

        var update = NotebookDisplay.ShowThroughKernel(display, "progress 1");
        update!("progress 2");

        Assert.Equal(["progress 1", "progress 2"], FakeKernel.Shown);
        Assert.Null(NotebookDisplay.FindKernelDisplay([typeof(FakeKernel).Assembly], "No.Such.Kernel"));
    }
}
