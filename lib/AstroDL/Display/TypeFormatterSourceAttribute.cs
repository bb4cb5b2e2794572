namespace AstroDL.Display;

/// <summary>
/// The notebook formatting convention: a notebook host (the Polyglot C# kernel, or the course runner) finds this
/// attribute on a value's type by its name alone, creates <see cref="FormatterSourceType"/> and asks it for
/// formatters. So library types render richly without the library referencing any notebook package.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
internal sealed class TypeFormatterSourceAttribute(Type formatterSourceType) : Attribute
{
    /// <summary>A type with a public parameterless constructor and a public <c>CreateTypeFormatters()</c>.</summary>
    public Type FormatterSourceType { get; } = formatterSourceType;

    /// <summary>The MIME types a display of the value carries, richest first.</summary>
    public string[]? PreferredMimeTypes { get; set; }
}
