namespace AstroDL.Notebooks.Display;

/// <summary>What <c>HTML("...")</c> returns: markup that displays as text/html as it is, as in the Polyglot kernel.</summary>
public sealed class HtmlContent(string html)
{
    public string Html { get; } = html;

    public override string ToString() => Html;
}
