using AstroDL.Data;
using Course.Cli.Commands;

namespace AstroDL.Notebooks.Tests.Cli;

public class DoctorAndDataTests
{
    private sealed class FakeDataSet(string name, DataSetStatus status, bool verifies) : IDataSetInfo
    {
        public string Name => name;

        public string Description => "test data";

        public DataSetStatus Status => status;

        public string? Location => status == DataSetStatus.Missing ? null : "/data/" + name;

        public string Remedy => $"install {name}";

        public DataSetCheck Verify() => new(verifies, verifies ? "checksums match" : "train.bin: checksum differs");

        public DataSetCheck Fetch() => new(false, "offline; " + Remedy);
    }

    [Fact]
    public void Doctor_reports_each_check_and_what_to_do()
    {
        using var folder = new Support.TempFolder();

        var (exitCode, output) = CourseProcess.Run(folder.Path, "doctor");

        Assert.Contains("SDK", output);
        Assert.Matches(@"CPU\s+(x64|arm64|x86)", output);
        Assert.Contains("torch.cuda.is_available()", output);
        // Outside the repository the library build cannot be found: a problem, with the way out.
        Assert.Contains("FAIL library", output);
        Assert.Contains("-> run course doctor inside the repository", output);
        Assert.Equal(1, exitCode);
        Assert.EndsWith("problem(s) found; see the -> lines\n", output);
    }

    [Fact]
    public void Data_lists_verifies_and_fetches_registered_data_sets()
    {
        DataSetRegistry.Register(new FakeDataSet("test-found", DataSetStatus.Found, verifies: true));
        DataSetRegistry.Register(new FakeDataSet("test-sample", DataSetStatus.SampleOnly, verifies: false));
        var list = new StringWriter();
        var verify = new StringWriter();
        var fetch = new StringWriter();

        DataCommand.Run(["list"], list);
        var verifyExit = DataCommand.Run(["verify", "test-found", "TEST-SAMPLE"], verify);
        var fetchExit = DataCommand.Run(["fetch", "test-sample"], fetch);

        Assert.Matches(@"test-found\s+Found\s+/data/test-found", list.ToString());
        Assert.Contains("-> install test-sample", list.ToString());
        Assert.Equal(1, verifyExit);
        Assert.Equal("ok   test-found: checksums match\nFAIL test-sample: train.bin: checksum differs\n1 passed, 1 failed\n", verify.ToString().ReplaceLineEndings("\n"));
        Assert.Equal(1, fetchExit);
        Assert.Contains("offline; install test-sample", fetch.ToString());
        Assert.Contains("known: ", Assert.Throws<UsageException>(() => DataCommand.Run(["verify", "nope"], new StringWriter())).Message);
    }
}
