namespace AstroDL.Notebooks.Packages;

/// <summary>What a <c>#r "nuget:"</c> reference brings: managed dlls to compile against and load, and the folders of its native libraries.</summary>
internal sealed record ResolvedPackage(IReadOnlyList<string> Assemblies, IReadOnlyList<string> NativeFolders);
