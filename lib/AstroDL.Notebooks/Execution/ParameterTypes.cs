using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AstroDL.Notebooks.Execution;

/// <summary>
/// The variables a parameters cell declares and their C# types: the written type, or for <c>var</c> the type of
/// the literal that initializes it (<c>10</c> int, <c>1e-3</c> double, <c>0.5f</c> float, <c>true</c> bool, <c>"x"</c> string).
/// Null when the type cannot be read from the text (the override is then written as a guessed literal).
/// </summary>
public static class ParameterTypes
{
    public static IReadOnlyDictionary<string, string?> Of(string source)
    {
        var root = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest, kind: SourceCodeKind.Script)).GetRoot();
        var declared = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var declaration in root.DescendantNodes().OfType<VariableDeclarationSyntax>()
                     .Where(d => d.Parent is FieldDeclarationSyntax or LocalDeclarationStatementSyntax { Parent: GlobalStatementSyntax }))
        {
            foreach (var variable in declaration.Variables)
            {
                declared[variable.Identifier.Text] = declaration.Type.IsVar
                    ? LiteralType(variable.Initializer?.Value)
                    : Normalize(declaration.Type.ToString());
            }
        }

        return declared;
    }

    private static string? LiteralType(ExpressionSyntax? value) => value switch
    {
        PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.UnaryMinusExpression or (int)SyntaxKind.UnaryPlusExpression } signed => LiteralType(signed.Operand),
        LiteralExpressionSyntax literal => literal.Kind() switch
        {
            SyntaxKind.TrueLiteralExpression or SyntaxKind.FalseLiteralExpression => "bool",
            SyntaxKind.StringLiteralExpression => "string",
            SyntaxKind.NumericLiteralExpression => literal.Token.Value switch
            {
                int => "int",
                long => "long",
                float => "float",
                double => "double",
                decimal => "decimal",
                _ => null,
            },
            _ => null,
        },
        _ => null,
    };

    private static string? Normalize(string type) => type switch
    {
        "int" or "Int32" or "System.Int32" => "int",
        "long" or "Int64" or "System.Int64" => "long",
        "double" or "Double" or "System.Double" => "double",
        "float" or "Single" or "System.Single" => "float",
        "decimal" or "Decimal" or "System.Decimal" => "decimal",
        "bool" or "Boolean" or "System.Boolean" => "bool",
        "string" or "String" or "System.String" => "string",
        _ => null,
    };
}
