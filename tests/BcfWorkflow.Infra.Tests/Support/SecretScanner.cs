using System.Text.RegularExpressions;

namespace BcfWorkflow.Infra.Tests.Support;

/// <summary>A coarse scan for credentials that must never be committed.</summary>
internal static partial class SecretScanner
{
    public static IEnumerable<string> Findings(string text) =>
        SecretShape().Matches(text).Select(match => match.Value);

    // Storage account keys and SAS tokens, SAS signatures, SendGrid keys (SG.<id>.<secret>), private keys.
    [GeneratedRegex(
        @"AccountKey=|SharedAccessSignature=?|[?&]sig=[A-Za-z0-9%]{10,}|SG\.[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{16,}|-----BEGIN [A-Z ]*PRIVATE KEY-----",
        RegexOptions.IgnoreCase)]
    private static partial Regex SecretShape();
}
