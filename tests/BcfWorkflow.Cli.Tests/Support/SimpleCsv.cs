using System.Text;

namespace BcfWorkflow.Cli.Tests.Support;

/// <summary>A small CSV reader (quotes, BOM, CRLF) so tests compute expected figures without the code under test.</summary>
public static class SimpleCsv
{
    public static IReadOnlyList<IReadOnlyList<string>> ReadFile(string path)
    {
        var text = File.ReadAllText(path, Encoding.UTF8).TrimStart('\uFEFF');
        var rows = new List<IReadOnlyList<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (ch == '"') { quoted = false; }
                else { field.Append(ch); }
            }
            else if (ch == '"') { quoted = true; }
            else if (ch == ',') { row.Add(field.ToString()); field.Clear(); }
            else if (ch == '\n')
            {
                row.Add(field.ToString().TrimEnd('\r'));
                field.Clear();
                rows.Add(row);
                row = [];
            }
            else { field.Append(ch); }
        }
        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString());
            rows.Add(row);
        }
        return rows;
    }

    /// <summary>Scheme id → expenditure to date, from a return in any of the published money formats.</summary>
    public static IReadOnlyDictionary<string, decimal> ExpenditureBySchemeId(string path)
    {
        var rows = ReadFile(path);
        var header = rows[0].Select(h => h.Trim()).ToList();
        var id = header.FindIndex(h => h.Equals("Scheme ID", StringComparison.OrdinalIgnoreCase));
        var spend = header.FindIndex(h => h.Equals("Expenditure to date (£)", StringComparison.OrdinalIgnoreCase));
        return rows.Skip(1).ToDictionary(r => r[id].Trim(), r => decimal.Parse(
            r[spend].Replace("£", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal).Trim(),
            System.Globalization.CultureInfo.InvariantCulture));
    }
}
