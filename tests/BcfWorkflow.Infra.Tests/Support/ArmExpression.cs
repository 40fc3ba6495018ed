namespace BcfWorkflow.Infra.Tests.Support;

internal static class ArmExpression
{
    /// <summary>The top-level arguments of an ARM call such as <c>[guid(a(b, c), d, e)]</c>: a(b, c) · d · e.</summary>
    public static IReadOnlyList<string> ArgumentsOf(string function, string expression)
    {
        var prefix = $"[{function}(";
        if (!expression.StartsWith(prefix, StringComparison.Ordinal) || !expression.EndsWith(")]", StringComparison.Ordinal))
        {
            return [];
        }

        var body = expression[prefix.Length..^2];
        var arguments = new List<string>();
        var depth = 0;
        var start = 0;
        for (var index = 0; index < body.Length; index++)
        {
            depth += body[index] switch { '(' or '[' => 1, ')' or ']' => -1, _ => 0 };
            if (body[index] == ',' && depth == 0)
            {
                arguments.Add(body[start..index].Trim());
                start = index + 1;
            }
        }

        arguments.Add(body[start..].Trim());
        return arguments;
    }
}
