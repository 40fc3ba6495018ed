using System.Globalization;

namespace BcfWorkflow.Domain.Plans.Import;

/// <summary>
/// A contributor's "Scheme IDs" cell: ids separated by commas or semicolons, where "1-19" (or "1–19") stands for every
/// whole number from 1 to 19. Only two whole numbers joined by a dash make a range, so an id such as "DFG-1" is an
/// id. Ranges run upwards, without leading zeros, over at most <see cref="MaxRange"/> ids.
/// </summary>
internal static class SchemeIdList
{
    public const int MaxRange = 1000;

    /// <returns>The ids in the order written, or null with <paramref name="problem"/> saying what to type instead.</returns>
    public static List<string>? Parse(string text, out string? problem)
    {
        problem = null;
        var ids = new List<string>();
        foreach (var part in text.Split([',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var dash = part.IndexOfAny(['-', '\u2013']);
            if (dash <= 0 || !IsNumber(part[..dash].TrimEnd()) || !IsNumber(part[(dash + 1)..].TrimStart()))
            {
                ids.Add(part);
                continue;
            }
            var fromText = part[..dash].TrimEnd();
            var toText = part[(dash + 1)..].TrimStart();
            if (HasLeadingZero(fromText) || HasLeadingZero(toText))
            {
                problem = $"The range '{part}' has leading zeros: list those ids one by one, separated by commas.";
                return null;
            }
            var from = long.Parse(fromText, CultureInfo.InvariantCulture);
            var to = long.Parse(toText, CultureInfo.InvariantCulture);
            if (to < from)
            {
                problem = $"The range '{part}' runs backwards: write it from the lower id to the higher, as {to}-{from}.";
                return null;
            }
            if (to - from >= MaxRange)
            {
                problem = $"The range '{part}' covers more than {MaxRange} ids: check it, and write the ids a contributor returns.";
                return null;
            }
            for (var id = from; id <= to; id++)
            {
                ids.Add(id.ToString(CultureInfo.InvariantCulture));
            }
        }
        if (ids.Count == 0)
        {
            problem = "The cell lists no scheme ids: type the ids of the schemes this contributor returns, such as 1-19, 31, 59.";
            return null;
        }
        return ids;
    }

    private static bool IsNumber(string text) => text.Length is > 0 and <= 12 && text.All(char.IsAsciiDigit);

    private static bool HasLeadingZero(string text) => text.Length > 1 && text[0] == '0';
}
