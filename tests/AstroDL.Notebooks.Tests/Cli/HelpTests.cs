namespace AstroDL.Notebooks.Tests.Cli;

public class HelpTests
{
    [Theory]
    [InlineData("run", "--help")]
    [InlineData("help", "run")]
    [InlineData("run", "notebooks/01-perceptron.ipynb", "-h")]
    public void Help_for_run_prints_its_usage_alone_and_exits_0(params string[] args)
    {
        var (exitCode, output) = CourseProcess.Run(Path.GetTempPath(), args);

        Assert.True(exitCode == 0, output);
        Assert.StartsWith("course run [NOTEBOOK...]", output);
        Assert.Contains("--cell-timeout S", output);
        Assert.DoesNotContain("course doctor", output);
    }

    [Fact]
    public void Help_lists_every_command_and_how_to_call_the_Release_build()
    {
        var (exitCode, output) = CourseProcess.Run(Path.GetTempPath(), "help");

        Assert.True(exitCode == 0, output);
        Assert.Contains("-c Release", output);
        foreach (var command in new[] { "course run", "course test", "course doctor", "course data", "course help" })
        {
            Assert.Contains(command, output);
        }
    }

    [Fact]
    public void Help_for_an_unknown_command_names_it_and_the_known_ones()
    {
        var (exitCode, output) = CourseProcess.Run(Path.GetTempPath(), "help", "trian");

        Assert.Equal(3, exitCode);
        Assert.Equal("course: there is no command 'trian'; the commands are run, test, doctor, data, help\n", output);
    }
}
