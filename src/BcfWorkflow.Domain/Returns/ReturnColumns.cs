using BcfWorkflow.Domain.Returns.Parsing;

namespace BcfWorkflow.Domain.Returns;

/// <summary>
/// The template's column names, as it spells them (issues name columns this way), and how a header cell is matched:
/// ignoring case, surrounding and repeated spaces (non-breaking ones too), and a trailing "(£)" or "£",
/// so "expenditure to date" matches "Expenditure to date (£)".
/// </summary>
public static class ReturnColumns
{
    public const string SchemeId = "Scheme ID";
    public const string ExpenditureToDate = "Expenditure to date (£)";
    public const string OutputsDeliveredToDate = "Outputs delivered to date";
    public const string Comments = "Comments";
    public const string SchemeName = "Scheme Name";
    public const string SourceOfFunding = "Source of Funding";
    public const string Commissioner = "Commissioner";
    public const string SchemeType = "Scheme Type";
    public const string SubTypes = "Sub Types";
    public const string AreaOfSpend = "Area of Spend";
    public const string Provider = "Provider";
    public const string PlannedOutputs = "Planned Outputs for the year";
    public const string PreviouslyEnteredExpenditure = "Previously entered expenditure for the year (£)";

    /// <summary><see cref="Known"/> as an array, for loops on the hot path (no interface calls); never written.</summary>
    internal static readonly string[] KnownArray =
    [
        SchemeId, ExpenditureToDate, OutputsDeliveredToDate, Comments, SchemeName, SourceOfFunding, Commissioner,
        SchemeType, SubTypes, AreaOfSpend, Provider, PlannedOutputs, PreviouslyEnteredExpenditure,
    ];

    public static IReadOnlyList<string> Required { get; } = [SchemeId, ExpenditureToDate];

    /// <summary>Every column the reader looks at; any other column is ignored.</summary>
    public static IReadOnlyList<string> Known { get; } = Array.AsReadOnly(KnownArray);

    /// <summary>The match keys of <see cref="Known"/>, in the same order, computed once (not per header cell).</summary>
    private static readonly string[] KnownKeys = [.. KnownArray.Select(Key)];

    /// <summary>The template's spelling of a header cell, or null for a column the reader does not use.</summary>
    public static string? Match(string headerCell)
    {
        var key = Key(headerCell);
        for (var i = 0; i < KnownKeys.Length; i++)
        {
            if (KnownKeys[i] == key)
            {
                return KnownArray[i];
            }
        }
        return null;
    }

    private static string Key(string header)
    {
        var key = CellText.Normalise(header);
        foreach (var suffix in (ReadOnlySpan<string>)["(£)", "(gbp)", "£"])
        {
            if (key.EndsWith(suffix, StringComparison.Ordinal))
            {
                return key[..^suffix.Length].TrimEnd();
            }
        }
        return key;
    }
}
