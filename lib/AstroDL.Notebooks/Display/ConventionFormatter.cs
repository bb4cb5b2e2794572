using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;

namespace AstroDL.Notebooks.Display;

/// <summary>
/// The Polyglot kernel's convention for library types that reference no notebook package: an attribute named
/// <c>TypeFormatterSourceAttribute</c> on the type (or a base type) names a formatter source, whose
/// <c>CreateTypeFormatters()</c> yields objects with a <c>MimeType</c> and a <c>bool Format(object, TextWriter)</c>;
/// the attribute's <c>PreferredMimeTypes</c> lists what a display carries. Honouring it here makes a value render
/// the same in VS Code and in the runner.
/// </summary>
internal static class ConventionFormatter
{
    private const string AttributeName = "TypeFormatterSourceAttribute";

    private static readonly ConcurrentDictionary<Type, Convention?> conventions = new();

    /// <summary>The MIME types a display of <paramref name="type"/> carries, or null when it has no convention formatter.</summary>
    public static IReadOnlyList<string>? PreferredMimeTypes(Type type) => Find(type)?.PreferredMimeTypes;

    /// <summary>The value formatted as <paramref name="mimeType"/>, or null when no convention formatter writes it.</summary>
    public static string? Format(object value, string mimeType)
    {
        if (Find(value.GetType()) is not { } convention) return null;
        foreach (var formatter in convention.Formatters.Where(f => f.MimeType == mimeType))
        {
            using var writer = new StringWriter(CultureInfo.InvariantCulture);
            if (formatter.Format(value, writer)) return writer.ToString();
        }
        return null;
    }

    private sealed record Formatter(string MimeType, Func<object, TextWriter, bool> Format);

    private sealed record Convention(IReadOnlyList<Formatter> Formatters, IReadOnlyList<string>? PreferredMimeTypes);

    private static Convention? Find(Type type) => conventions.GetOrAdd(type, Discover);

    private static Convention? Discover(Type type)
    {
        var formatters = new List<Formatter>();
        IReadOnlyList<string>? preferred = null;
        foreach (var attribute in type.GetCustomAttributes(inherit: true).Where(a => a.GetType().Name == AttributeName))
        {
            if (Property(attribute, "FormatterSourceType") is Type sourceType
                && Activator.CreateInstance(sourceType, nonPublic: true) is { } source
                && sourceType.GetMethod("CreateTypeFormatters")?.Invoke(source, null) is IEnumerable created)
            {
                foreach (var formatter in created)
                {
                    if (formatter is null || Property(formatter, "MimeType") is not string mimeType) continue;
                    var format = formatter.GetType().GetMethod("Format", [typeof(object), typeof(TextWriter)]);
                    if (format?.ReturnType != typeof(bool)) continue;
                    formatters.Add(new Formatter(mimeType, (value, writer) => (bool)format.Invoke(formatter, [value, writer])!));
                }
            }
            preferred ??= Property(attribute, "PreferredMimeTypes") as string[];
        }
        return formatters.Count == 0 ? null : new Convention(formatters, preferred);
    }

    private static object? Property(object target, string name) =>
        target.GetType().GetProperty(name, BindingFlags.Public | BindingFlags.Instance)?.GetValue(target);
}
