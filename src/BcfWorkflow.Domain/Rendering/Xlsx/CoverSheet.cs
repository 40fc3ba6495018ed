using System.Globalization;
using BcfWorkflow.Domain.Aggregation;

namespace BcfWorkflow.Domain.Rendering.Xlsx;

/// <summary>The "Cover" sheet: which return this is, who submitted what and when, the sign-off, and the lead's warnings.</summary>
internal static class CoverSheet
{
    public const string Name = "Cover";
    public const string AwaitingSignOff = "Awaiting sign-off";

    public static IReadOnlyList<double> ColumnWidths { get; } = [36, 40, 30, 24, 34];

    public static void Write(XlsxSheetWriter sheet, AreaSummary summary, TemplateCover cover)
    {
        sheet.WriteRow(XlsxCell.Of("Better Care Fund quarterly return", XlsxStyle.Bold));
        sheet.WriteRow(Header("Area"), XlsxCell.Of(summary.Area));
        sheet.WriteRow(Header("Year"), XlsxCell.Of(summary.Year));
        sheet.WriteRow(Header("Quarter"), XlsxCell.Of(summary.Quarter));
        sheet.SkipRow();

        sheet.WriteRow(Header("Submissions"));
        sheet.WriteRow(Header("Contributor"), Header("Version"), Header("File"), Header("Submitted at (UTC)"), Header("Submitted by"));
        foreach (var s in cover.Submissions)
        {
            sheet.WriteRow(
                XlsxCell.Of(string.IsNullOrWhiteSpace(s.ContributorName) ? s.ContributorId : s.ContributorName),
                XlsxCell.Of(s.Version),
                XlsxCell.Of(s.FileName),
                XlsxCell.Of(Iso(s.SubmittedAt)),
                XlsxCell.Of(s.SubmittedBy));
        }
        sheet.SkipRow();

        sheet.WriteRow(Header("Sign-off"));
        if (cover.SignOff is { } signOff)
        {
            sheet.WriteRow(Header("Approved by"), XlsxCell.Of(signOff.ApprovedBy));
            sheet.WriteRow(Header("Approved at (UTC)"), XlsxCell.Of(Iso(signOff.ApprovedAt)));
        }
        else
        {
            sheet.WriteRow(XlsxCell.Of(AwaitingSignOff));
        }

        if (summary.Warnings.Count > 0)
        {
            sheet.SkipRow();
            sheet.WriteRow(Header("Warnings"));
            foreach (var warning in summary.Warnings)
            {
                sheet.WriteRow(XlsxCell.Of(warning.Code), XlsxCell.Of(warning.Message));
            }
        }
    }

    /// <summary>ISO 8601 in UTC to the second, e.g. "2024-10-15T09:30:00Z".</summary>
    internal static string Iso(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static XlsxCell Header(string text) => XlsxCell.Of(text, XlsxStyle.Bold);
}
