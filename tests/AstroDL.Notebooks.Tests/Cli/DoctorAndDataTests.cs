using Course.Cli.Commands;

namespace AstroDL.Notebooks.Tests.Cli;

public class DoctorAndDataTests
{
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
    public void Doctor_keeps_trace_lines_for_problems_and_verbose()
    {
        var brief = new StringWriter();
        var verbose = new StringWriter();
        DoctorCommand.Run([], brief);
        DoctorCommand.Run(["--verbose"], verbose);

        // The CUDA finding (a note without a GPU, ok with one) always carries the loader's trace: one pointer line
        // to it normally, the trace itself with --verbose.
        Assert.Matches(@"\(\d+ trace lines: course doctor --verbose\)", brief.ToString());
        Assert.DoesNotContain("trace lines: course doctor --verbose", verbose.ToString());
        Assert.True(verbose.ToString().Split('\n').Length > brief.ToString().Split('\n').Length, "--verbose shows no more lines");
        Assert.Contains("only option is --verbose", Assert.Throws<UsageException>(() => DoctorCommand.Run(["--loud"], new StringWriter())).Message);
    }

    [Fact]
    public void Data_list_says_how_to_download_in_command_line_terms()
    {
        var howToGet = AstroDL.Datasets.DataSetRegistry.Get("mnist").HowToGet;
        Assert.DoesNotContain("pass download: true", howToGet);
        Assert.Contains("course data fetch mnist on the command line, or download: true in code", howToGet);
    }

    [Fact]
    public void Data_lists_verifies_and_fetches_the_registered_data_sets()
    {
        var list = new StringWriter();
        var verify = new StringWriter();
        var fetch = new StringWriter();

        DataCommand.Run(["list"], list);
        var verifyExit = DataCommand.Run(["verify", "GALAXIES"], verify);
        var fetchExit = DataCommand.Run(["fetch", "galaxies"], fetch);

        // The galaxy table ships with the repository; MNIST is found in full or as the shipped sample.
        Assert.Matches(@"galaxies\s+Found\s+\S+galaxies.csv", list.ToString());
        Assert.Matches(@"mnist\s+(Found|SampleOnly)", list.ToString());
        Assert.Equal(0, verifyExit);
        Assert.EndsWith("ok   galaxies: 1 file(s) good\n1 passed, 0 failed\n", verify.ToString().ReplaceLineEndings("\n"));
        Assert.Equal(1, fetchExit);
        Assert.Contains("FAIL galaxies: The galaxy table is not downloaded", fetch.ToString());
        Assert.Contains("the kit knows mnist", Assert.Throws<UsageException>(() => DataCommand.Run(["verify", "nope"], new StringWriter())).Message);
    }

    [Fact]
    public void Fetch_all_gets_the_notebooks_data_and_leaves_the_large_optional_sets_to_be_named()
    {
        var names = DataCommand.FetchedByAll().Select(d => d.Name).ToList();
        Assert.Contains("mnist", names);
        Assert.DoesNotContain("galaxy10-decals", names);
        Assert.DoesNotContain("galaxy10-sdss", names);
        Assert.True(AstroDL.Datasets.DataSetRegistry.Get("galaxy10-decals").CanFetch);
    }
}
