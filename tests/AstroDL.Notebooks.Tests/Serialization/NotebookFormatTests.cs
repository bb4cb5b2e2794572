using AstroDL.Notebooks.Model;
using AstroDL.Notebooks.Serialization;

namespace AstroDL.Notebooks.Tests.Serialization;

public class NotebookFormatTests
{
    // The shape VS Code saves: sorted keys, one-space indent, line lists, trailing newline.
    private const string Canonical = """
        {
         "cells": [
          {
           "cell_type": "markdown",
           "metadata": {},
           "source": [
            "# Tensors 101\n",
            "Ünïcode ok"
           ]
          },
          {
           "cell_type": "code",
           "execution_count": 1,
           "metadata": {
            "dotnet_interactive": {
             "language": "csharp"
            },
            "polyglot_notebook": {
             "kernelName": "csharp"
            },
            "tags": [
             "parameters"
            ]
           },
           "outputs": [
            {
             "name": "stdout",
             "output_type": "stream",
             "text": [
              "a\tb \u001b[31m\n",
              "c"
             ]
            },
            {
             "data": {
              "application/json": {
               "a": [
                true,
                null
               ],
               "b": 1
              },
              "image/svg+xml": "<svg/>",
              "text/plain": [
               "2"
              ]
             },
             "execution_count": 1,
             "metadata": {},
             "output_type": "execute_result"
            },
            {
             "data": {
              "text/plain": [
               "shown"
              ]
             },
             "metadata": {},
             "output_type": "display_data"
            },
            {
             "ename": "Error",
             "evalue": "boom",
             "output_type": "error",
             "traceback": [
              "boom"
             ]
            }
           ],
           "source": [
            "var x = 1 + 1;\n",
            "x"
           ]
          }
         ],
         "metadata": {
          "kernelspec": {
           "display_name": ".NET (C#)",
           "language": "C#",
           "name": ".net-csharp"
          },
          "language_info": {
           "name": "polyglot-notebook"
          },
          "polyglot_notebook": {
           "kernelInfo": {
            "defaultKernelName": "csharp",
            "items": [
             {
              "aliases": [],
              "name": "csharp"
             }
            ]
           }
          }
         },
         "nbformat": 4,
         "nbformat_minor": 4
        }

        """;

    [Fact]
    public void Reading_and_writing_a_canonical_notebook_gives_the_same_text()
    {
        var once = NotebookWriter.ToJson(NotebookReader.Parse(Canonical, "test.ipynb"));

        Assert.Equal(Canonical, once);
        Assert.Equal(once, NotebookWriter.ToJson(NotebookReader.Parse(once, "test.ipynb")));
    }

    [Fact]
    public void Reading_keeps_outputs_sources_and_metadata()
    {
        var notebook = NotebookReader.Parse(Canonical, "test.ipynb");

        Assert.Equal(".net-csharp", PolyglotMetadata.KernelspecNameOf(notebook.Metadata));
        var code = notebook.Cells[1];
        Assert.Equal("var x = 1 + 1;\nx", code.Source);
        Assert.Equal(["parameters"], code.Tags);
        Assert.Equal(new StreamOutput("stdout", "a\tb \u001b[31m\nc"), code.Outputs[0]);
        Assert.Equal("<svg/>", ((DataOutput)code.Outputs[1]).Data["image/svg+xml"]);
        Assert.Equal("boom", Assert.IsType<ErrorOutput>(code.Outputs[3]).EValue);
    }

    [Fact]
    public void Source_given_as_one_string_and_cell_ids_are_accepted()
    {
        const string json = """
            {"cells":[{"cell_type":"code","id":"c1","execution_count":null,"metadata":{},"outputs":[],"source":"a\nb"}],
             "metadata":{},"nbformat":4,"nbformat_minor":5}
            """;

        var notebook = NotebookReader.Parse(json, "one.ipynb");
        var written = NotebookWriter.ToJson(notebook);

        Assert.Equal("a\nb", notebook.Cells[0].Source);
        Assert.Contains("\"id\": \"c1\"", written);
        Assert.Contains("\"source\": [\n    \"a\\n\",\n    \"b\"\n   ]", written);
    }

    [Theory]
    [InlineData("{", "not valid JSON")]
    [InlineData("""{"nbformat":3,"cells":[]}""", "only nbformat 4")]
    [InlineData("""{"nbformat":4,"cells":[{"source":"x"}]}""", "cell 1 has no cell_type")]
    public void Broken_files_name_the_notebook_and_the_fix(string json, string problem)
    {
        var error = Assert.Throws<NotebookFormatException>(() => NotebookReader.Parse(json, "bad.ipynb"));

        Assert.StartsWith("bad.ipynb: ", error.Message);
        Assert.Contains(problem, error.Message);
        Assert.Contains("VS Code", error.Message);
    }

    [Fact]
    public void A_folder_given_as_a_notebook_is_called_a_folder()
    {
        using var folder = new Support.TempFolder();

        var error = Assert.Throws<NotebookFormatException>(() => NotebookReader.Read(folder.Path));

        Assert.Contains("is a folder, not a notebook", error.Message);
        Assert.Contains(System.IO.Path.Combine(folder.Path, "*.ipynb"), error.Message);
    }
}
