using System.Xml.Linq;

namespace BcfWorkflow.Domain.Rendering.Official;

/// <summary>What the filling needs of the workbook's cell styles (styles.xml's cellXfs): whether each style locks
/// its cells (the default) and whether its number format shows a date.</summary>
internal sealed class WorkbookStyles
{
    private readonly List<(bool Locked, bool Date)> formats;

    private WorkbookStyles(List<(bool Locked, bool Date)> formats) => this.formats = formats;

    public static WorkbookStyles None { get; } = new([]);

    public bool IsLocked(int style) => style < 0 || style >= this.formats.Count || this.formats[style].Locked;

    public bool IsDate(int style) => style >= 0 && style < this.formats.Count && this.formats[style].Date;

    public static WorkbookStyles Read(XDocument styles)
    {
        var main = PartXml.Main;
        var sheet = styles.Root!;
        var custom = sheet.Element(main + "numFmts")?.Elements(main + "numFmt")
            .Where(f => f.Attribute("numFmtId") is not null)
            .GroupBy(f => (string)f.Attribute("numFmtId")!)
            .ToDictionary(g => g.Key, g => (string?)g.First().Attribute("formatCode") ?? "") ?? [];
        var formats = (sheet.Element(main + "cellXfs")?.Elements(main + "xf") ?? []).Select(xf =>
        {
            var locked = (string?)xf.Element(main + "protection")?.Attribute("locked");
            var id = (string?)xf.Attribute("numFmtId") ?? "0";
            var date = custom.TryGetValue(id, out var code) ? IsDateFormat(code) : IsBuiltInDate(id);
            return (Locked: locked is not ("0" or "false"), Date: date);
        }).ToList();
        return new WorkbookStyles(formats);
    }

    private static bool IsBuiltInDate(string id) =>
        int.TryParse(id, System.Globalization.CultureInfo.InvariantCulture, out var n) && n is (>= 14 and <= 17) or 22;

    /// <summary>A format code shows a date when, outside quoted text and [..] sections, it has a day or year part.</summary>
    private static bool IsDateFormat(string code)
    {
        var plain = new System.Text.StringBuilder();
        var quoted = false;
        var bracket = false;
        foreach (var c in code)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c == '[')
            {
                bracket = true;
            }
            else if (!quoted && c == ']')
            {
                bracket = false;
            }
            else if (!quoted && !bracket)
            {
                plain.Append(char.ToLowerInvariant(c));
            }
        }
        var text = plain.ToString();
        return text.Contains('d', StringComparison.Ordinal) || text.Contains('y', StringComparison.Ordinal);
    }
}
