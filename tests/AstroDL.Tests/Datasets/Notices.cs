using AstroDL.Datasets;

namespace AstroDL.Tests.Datasets;

internal static class Notices
{
    /// <summary>What <paramref name="action"/> writes as data notices (others' notices may appear too; look for your own).</summary>
    public static string During(Action action)
    {
        var output = new StringWriter();
        var before = DataNotice.Output;
        DataNotice.Output = output;
        try
        {
            action();
        }
        finally
        {
            DataNotice.Output = before;
        }
        return output.ToString();
    }
}
