using BcfWorkflow.Domain.Aggregation;
using BcfWorkflow.Domain.Returns.Parsing;

namespace BcfWorkflow.Domain.Returns;

/// <summary>
/// The columns a return may carry, spelled as the template spells them (one source: <see cref="TemplateColumns"/>),
/// and how a header cell is matched:
/// ignoring case, surrounding and repeated spaces (non-breaking ones too), and a trailing "(£)" or "£",
/// so "expenditure to date" matches "Expenditure to date (£)".
/// </summary>
public static class ReturnColumns
{
    public const string SchemeId = TemplateColumns.SchemeId;
    public const string ExpenditureToDate = TemplateColumns.ExpenditureToDate;
    public const string OutputsDeliveredToDate = TemplateColumns.OutputsDeliveredToDate;
    public const string Comments = TemplateColumns.Comments;
    public const string SchemeName = TemplateColumns.SchemeName;
    public const string SourceOfFunding = TemplateColumns.SourceOfFunding;
    public const string Commissioner = TemplateColumns.Commissioner;
    public const string SchemeType = TemplateColumns.SchemeType;
    public const string SubTypes = TemplateColumns.SubTypes;
    public const string AreaOfSpend = TemplateColumns.AreaOfSpend;
    public const string Provider = TemplateColumns.Provider;
    public const string PlannedOutputs = TemplateColumns.PlannedOutputs;
    public const string PreviouslyEnteredExpenditure = TemplateColumns.PreviouslyEnteredExpenditure;

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

    /// <summary>"£" as UTF-8 bytes read as Windows-1252, lower-cased.</summary>
    private const string MangledPound = "\u00E2\u00A3";

    /// <summary>The UTF-8 byte order mark read as Windows-1252 ("ï»¿"), as the first header cell keeps it when a UTF-8 CSV
    /// is opened with the wrong character set and saved as a workbook.</summary>
    private const string MangledByteOrderMark = "\u00EF\u00BB\u00BF";

    /// <summary>The match key of a header cell: normalised (<see cref="CellText.Normalise"/>), without a trailing "(£)" or "£".
    /// Text that a program mangled by reading UTF-8 as Windows-1252 (LibreOffice or Excel opening a CSV with the wrong
    /// character set) still matches: "Â£" is a "£", and a leading "ï»¿" is the byte order mark, not part of the name.</summary>
    internal static string Key(string header)
    {
        var key = CellText.Normalise(header).Replace(MangledPound, "£", StringComparison.Ordinal);
        if (key.StartsWith(MangledByteOrderMark, StringComparison.Ordinal))
        {
            key = key[MangledByteOrderMark.Length..].TrimStart();
        }
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
