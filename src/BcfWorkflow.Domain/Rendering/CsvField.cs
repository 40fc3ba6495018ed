namespace BcfWorkflow.Domain.Rendering;

/// <summary>One field of a CSV record, quoted as RFC 4180 requires.</summary>
internal static class CsvField
{
    /// <summary>A field with any of these is quoted: the separator, and the ones another program may split on.</summary>
    private static readonly char[] NeedQuotes = [',', ';', '\t', '"', '\r', '\n'];

    /// <summary>Text from the data: neutralised against formula injection, then quoted where needed.</summary>
    public static string Text(string? value) => Quote(SpreadsheetText.Neutralise(value ?? ""));

    /// <summary>A number: written plainly, never prefixed (a negative number is not a formula).</summary>
    public static string Number(decimal? value) => value is { } v ? MoneyFormat.PlainNumber(v) : "";

    private static string Quote(string value) =>
        value.IndexOfAny(NeedQuotes) >= 0 || value.StartsWith(' ') || value.EndsWith(' ')
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;
}
