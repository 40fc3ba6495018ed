using System.Text.RegularExpressions;

namespace BcfWorkflow.Infra.Tests.Support;

/// <summary>Diagnostic lines as the Bicep CLI prints them: <c>file(line,col) : Warning rule-id: message [link]</c>.</summary>
internal static partial class BicepDiagnostics
{
    public static IReadOnlyList<BicepDiagnostic> Parse(string output) =>
        DiagnosticLine().Matches(output)
            .Select(match => new BicepDiagnostic(match.Groups["level"].Value, match.Groups["code"].Value, match.Value.Trim()))
            .ToList();

    [GeneratedRegex(@"^.*\(\d+,\d+\) : (?<level>Error|Warning|Info) (?<code>[\w-]+):.*$", RegexOptions.Multiline)]
    private static partial Regex DiagnosticLine();
}
