using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AstroDL.Notebooks.Execution;

/// <summary>
/// Whether a submission produces a value: it ends in an expression without <c>;</c> that is not void, or it
/// returns a value at top level. Roslyn knows this but keeps it internal, so it is recomputed from the tree.
/// </summary>
internal static class SubmissionResult
{
    public static bool HasValue(Compilation compilation)
    {
        var tree = compilation.SyntaxTrees.LastOrDefault();
        if (tree?.GetRoot() is not CompilationUnitSyntax unit)
        {
            return false;
        }

        var statements = unit.Members.OfType<GlobalStatementSyntax>().Select(g => g.Statement).ToList();
        if (statements.Any(s => s is ReturnStatementSyntax { Expression: not null }))
        {
            return true;
        }

        if (unit.Members.LastOrDefault() is not GlobalStatementSyntax { Statement: ExpressionStatementSyntax last }
            || !last.SemicolonToken.IsMissing)
        {
            return false;
        }

        var type = compilation.GetSemanticModel(tree).GetTypeInfo(last.Expression).Type;
        return type is not null && type.SpecialType != SpecialType.System_Void;
    }
}
