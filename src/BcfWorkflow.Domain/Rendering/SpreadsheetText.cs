namespace BcfWorkflow.Domain.Rendering;

/// <summary>Text that a spreadsheet opening a CSV must not take for a formula (OWASP "CSV injection").</summary>
internal static class SpreadsheetText
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    /// <summary>Prefixes a single quote to text that starts like a formula; other text is unchanged.</summary>
    public static string Neutralise(string text) =>
        text.Length > 0 && Array.IndexOf(FormulaStarts, text[0]) >= 0 ? "'" + text : text;
}
