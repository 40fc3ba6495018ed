namespace BcfWorkflow.Domain.Returns;

/// <summary>Ordinal equality for the template's column names with a hash that reads three characters, not the whole
/// name: every cell of every row is found through the header by name ("Previously entered expenditure for the year
/// (£)" is 48 characters), and hashing the full names was most of the cost of validating a row. Equality stays
/// ordinal, so a name never matches another column.</summary>
internal sealed class ColumnNameComparer : IEqualityComparer<string>
{
    public static readonly ColumnNameComparer Instance = new();

    public bool Equals(string? x, string? y) => string.Equals(x, y, StringComparison.Ordinal);

    public int GetHashCode(string obj) =>
        obj.Length == 0 ? 0 : HashCode.Combine(obj.Length, obj[0], obj[obj.Length / 2], obj[^1]);
}
