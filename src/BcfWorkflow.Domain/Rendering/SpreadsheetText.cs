using System.Text;

namespace BcfWorkflow.Domain.Rendering;

/// <summary>Text that a spreadsheet opening a CSV must not take for a formula (OWASP "CSV injection").</summary>
internal static class SpreadsheetText
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    /// <summary>Where a spreadsheet may start a new cell: a program that splits on another delimiter (Excel in a
    /// semicolon locale) or ignores quotes can start a cell after any of these.</summary>
    private static readonly char[] CellBreaks = [',', ';', '\t', '\r', '\n', '"', '|'];

    /// <summary>Prefixes a single quote to text that starts like a formula, and to every part of it that would
    /// start like one after a character a spreadsheet may split on, spaces allowed between ("a;=4+4" becomes
    /// "a;'=4+4"); other text is unchanged.</summary>
    public static string Neutralise(string text)
    {
        if (text.Length == 0)
        {
            return text;
        }
        StringBuilder? result = null;
        var atCellStart = true; // spaces after a break keep it: " =cmd" still starts like a formula
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var formula = c is '=' or '+' or '-' or '@' || (i == 0 && Array.IndexOf(FormulaStarts, c) >= 0);
            if (atCellStart && formula)
            {
                result ??= new StringBuilder(text.Length + 4).Append(text, 0, i);
                result.Append('\'');
            }
            result?.Append(c);
            atCellStart = Array.IndexOf(CellBreaks, c) >= 0 || (atCellStart && c == ' ');
        }
        return result?.ToString() ?? text;
    }
}
