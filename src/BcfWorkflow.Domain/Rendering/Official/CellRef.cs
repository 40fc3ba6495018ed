using System.Globalization;

namespace BcfWorkflow.Domain.Rendering.Official;

/// <summary>A cell's position, 1-based, and its A1 reference.</summary>
internal readonly record struct CellRef(int Row, int Column)
{
    public const int MaxColumn = 16_384;

    public string ColumnLetters => Letters(Column);

    public static string Letters(int column)
    {
        var letters = "";
        for (var c = column; c > 0; c = (c - 1) / 26)
        {
            letters = (char)('A' + ((c - 1) % 26)) + letters;
        }
        return letters;
    }

    /// <summary>"D7" (a $ is ignored), or null when it is not a cell reference.</summary>
    public static CellRef? TryParse(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return null;
        }
        var text = reference.Replace("$", "", StringComparison.Ordinal);
        var i = 0;
        var column = 0;
        while (i < text.Length && char.IsAsciiLetter(text[i]) && column <= MaxColumn)
        {
            column = (column * 26) + (char.ToUpperInvariant(text[i]) - 'A' + 1);
            i++;
        }
        return i > 0 && column <= MaxColumn && int.TryParse(text.AsSpan(i), NumberStyles.None, CultureInfo.InvariantCulture, out var row) && row > 0
            ? new CellRef(row, column)
            : null;
    }

    public override string ToString() => ColumnLetters + Row.ToString(CultureInfo.InvariantCulture);
}

/// <summary>A rectangle of cells, such as a merged range ("B6:C6").</summary>
internal readonly record struct CellRange(CellRef First, CellRef Last)
{
    public bool Contains(CellRef cell) =>
        cell.Row >= First.Row && cell.Row <= Last.Row && cell.Column >= First.Column && cell.Column <= Last.Column;

    public static CellRange? TryParse(string? reference)
    {
        var parts = (reference ?? "").Split(':');
        var first = CellRef.TryParse(parts[0]);
        var last = parts.Length == 2 ? CellRef.TryParse(parts[1]) : first;
        return first is { } f && last is { } l && parts.Length <= 2 ? new CellRange(f, l) : null;
    }
}
