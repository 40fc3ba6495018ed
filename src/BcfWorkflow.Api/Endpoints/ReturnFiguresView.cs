using BcfWorkflow.Api.Problems;

namespace BcfWorkflow.Api.Endpoints;

/// <summary>What <c>GET .../returns/{contributorId}/figures</c> returns: a contributor's figures scheme by scheme from
/// its latest version, beside the version before it and last quarter's, with the latest version's warnings.</summary>
/// <param name="Versions">How many versions are stored.</param>
/// <param name="Latest">The latest version (null when none was sent).</param>
/// <param name="Previous">The version before it (null when there is none).</param>
/// <param name="HasLastQuarter">Whether last quarter's figures are known (the Last quarter fields are null otherwise).</param>
/// <param name="Warnings">The latest version's warnings (figures that need a comment), as it was checked on upload.</param>
public sealed record ReturnFiguresView(
    string ContributorId,
    string Name,
    int Versions,
    ReturnVersionItem? Latest,
    ReturnVersionItem? Previous,
    bool HasLastQuarter,
    IReadOnlyList<SchemeFiguresItem> Schemes,
    IReadOnlyList<IssueDto> Warnings);

/// <summary>What <c>POST .../returns/{contributorId}/check</c> returns: a file's figures as they would be read, beside
/// the latest version sent (the Previous fields of each scheme) and last quarter's; nothing is stored.</summary>
/// <param name="Sheet">The workbook sheet the figures were read from; null for a CSV file.</param>
/// <param name="Latest">The latest version sent (null when none was).</param>
public sealed record ReturnCheckView(
    string FileName,
    string? Sheet,
    ReturnVersionItem? Latest,
    bool HasLastQuarter,
    IReadOnlyList<SchemeFiguresItem> Schemes,
    IReadOnlyList<IssueDto> Warnings);

/// <summary>One scheme of a contributor's return: the plan's figures, and the figures of the latest version, the
/// version before it and last quarter's return (each null when that return is not there).</summary>
/// <param name="OutputsDeliveredToDate">Null in a return that is there means "NA".</param>
public sealed record SchemeFiguresItem(
    string Id,
    string Name,
    string SourceOfFunding,
    decimal PlannedExpenditure,
    decimal? PlannedOutputs,
    string Units,
    decimal? ExpenditureToDate,
    decimal? OutputsDeliveredToDate,
    string? Comments,
    decimal? PreviousExpenditureToDate,
    decimal? PreviousOutputsDeliveredToDate,
    string? PreviousComments,
    decimal? LastQuarterExpenditureToDate,
    decimal? LastQuarterOutputsDeliveredToDate);

/// <summary>One stored version of a return, as people see it (no blob name or hash).</summary>
public sealed record ReturnVersionItem(int Version, string SubmittedBy, DateTimeOffset SubmittedAt);
