using System.Collections.Immutable;
using System.Text;
using AstroDL.Notebooks.Display;
using AstroDL.Notebooks.Packages;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace AstroDL.Notebooks.Execution;

/// <summary>
/// One Roslyn script state carried from cell to cell, set up like the Polyglot C# kernel: its default
/// imports, <c>#r</c> and <c>#load</c> resolved against the notebook's folder, <c>display</c> in scope.
/// </summary>
internal sealed class ScriptSession
{
    private readonly Dictionary<string, string> packages = new(StringComparer.OrdinalIgnoreCase);
    private ScriptOptions options;
    private ScriptState<object> state;

    private ScriptSession(ScriptOptions options, ScriptState<object> state)
    {
        this.options = options;
        this.state = state;
    }

    public static async Task<ScriptSession> StartAsync(string notebookDirectory)
    {
        var options = ScriptOptions.Default
            .WithLanguageVersion(LanguageVersion.Latest)
            .AddImports(KernelDefaults.Imports)
            .AddReferences(typeof(Enumerable).Assembly, typeof(IEnumerable<>).Assembly, typeof(Task<>).Assembly, typeof(NotebookKernel).Assembly)
            .WithMetadataResolver(ScriptMetadataResolver.Default.WithBaseDirectory(notebookDirectory))
            .WithSourceResolver(new SourceFileResolver(ImmutableArray<string>.Empty, notebookDirectory))
            // Line numbers in stack traces let a failure name the line of the cell.
            .WithEmitDebugInformation(true)
            .WithFileEncoding(Encoding.UTF8);

        // A hidden first submission, like the kernel's, so display(...) needs no qualifier and no globals
        // object (whose members would leak into #load-ed files).
        var prelude = await CSharpScript.RunAsync($"using static {typeof(NotebookKernel).FullName};", options);
        return new ScriptSession(options, prelude);
    }

    /// <summary>
    /// Makes a NuGet package (and its dependencies) available to this cell and the ones after it, as the kernel's
    /// hoisted <c>#r "nuget:"</c>. The same package again with another version is the kernel's error.
    /// </summary>
    public void AddPackage(PackageReference package)
    {
        if (packages.TryGetValue(package.Name, out var previous))
        {
            if (previous == package.Version) return;
            throw new InvalidOperationException(
                $"{package.Name} version {package.Version} cannot be added because version {previous} was added previously.");
        }

        var resolved = NuGetCache.Default.Resolve(package);
        options = options.AddReferences(resolved.Assemblies.Select(path => MetadataReference.CreateFromFile(path)));
        NativeLibraries.Add(resolved.NativeFolders);
        packages[package.Name] = package.Version;
    }

    /// <summary>Runs one cell's code; <paramref name="cellFile"/> is the name its stack frames carry.</summary>
    public async Task<CellOutcome> RunAsync(string code, string cellFile, CancellationToken cancellation)
    {
        var script = state.Script.ContinueWith(code, options.WithFilePath(cellFile));
        var errors = script.Compile(cancellation).Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            return new CellOutcome.CompileFailed(errors);
        }

        var hasValue = SubmissionResult.HasValue(script.GetCompilation());
        state = await script.RunFromAsync(state, catchException: _ => true, cancellation);
        return state.Exception is { } exception
            ? new CellOutcome.Threw(exception)
            : new CellOutcome.Completed(hasValue, state.ReturnValue);
    }
}
