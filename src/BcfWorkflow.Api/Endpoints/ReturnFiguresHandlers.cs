using BcfWorkflow.Api.Problems;
using BcfWorkflow.Api.Security;
using BcfWorkflow.Domain.Model;
using BcfWorkflow.Domain.Returns;
using BcfWorkflow.Domain.Validation;
using BcfWorkflow.Orchestrations.Application;
using BcfWorkflow.Orchestrations.Ports;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace BcfWorkflow.Api.Endpoints;

/// <summary><c>GET .../returns/{contributorId}/figures</c> (the lead, or that contributor): the figures of the
/// contributor's latest version scheme by scheme, what changed since the version before it and since last quarter,
/// its comments and warnings. Read again from the stored files, so it is what the area return adds up.
/// <c>POST .../returns/{contributorId}/check</c> (that contributor): the same view of a file not sent yet, read exactly
/// as an upload would be and stored nowhere, so the officer checks the figures before they count.</summary>
public sealed class ReturnFiguresHandlers(RequestAuth auth, CycleService cycles, IReturnStore returns, StoredReturns stored, ContributorUploads uploads)
{
    public async Task<IResult> GetFigures(HttpRequest request, string cycleId, string contributorId, CancellationToken cancellationToken)
    {
        var (caller, denied) = auth.Any(request, cycleId);
        if (denied is not null)
        {
            return denied;
        }
        if (!caller!.MayActFor(contributorId))
        {
            return ApiProblems.Forbidden($"You may not see {contributorId}'s return.");
        }
        if (await cycles.GetCycleAsync(cycleId, cancellationToken) is not var (input, plan, _) || plan.FindContributor(contributorId) is not { } contributor)
        {
            return ApiProblems.NotFound($"No cycle {cycleId} with contributor {contributorId}.");
        }

        var versions = await returns.ListVersionsAsync(cycleId, contributor.Id, cancellationToken);
        var lastQuarter = await stored.LastQuarterAsync(plan, input, contributor.Id, cancellationToken);
        var latest = versions.Count > 0 ? await stored.ReadAsync(plan, versions[^1], lastQuarter, cancellationToken) : null;
        var previous = versions.Count > 1 ? (await stored.ReadAsync(plan, versions[^2], lastQuarter, cancellationToken)).Return : null;

        // A version that no longer reads against the plan (the plan changed since) shows why instead of figures.
        var warnings = (latest?.Issues ?? [])
            .Where(i => latest!.Return is null || i.Severity == IssueSeverity.Warning)
            .Select(Dto)
            .ToList();
        return Results.Ok(new ReturnFiguresView(contributor.Id, contributor.Name, versions.Count,
            versions.Count > 0 ? Item(versions[^1]) : null, versions.Count > 1 ? Item(versions[^2]) : null,
            lastQuarter is not null, Schemes(plan, contributor, latest?.Return, previous, lastQuarter), warnings));
    }

    /// <summary>The file read as <c>PUT .../returns/{contributorId}</c> would read it (the same reader, plan and last
    /// quarter), beside the latest version sent: 200 with the figures and warnings, or 400 with the problems. Nothing is
    /// stored or audited.</summary>
    public async Task<IResult> PostCheck(HttpRequest request, string cycleId, string contributorId, CancellationToken cancellationToken)
    {
        using var upload = await uploads.ReadAsync(request, cycleId, contributorId, cancellationToken); // reading costs what an upload does
        if (upload.Refused is { } refused)
        {
            return refused;
        }
        if (await cycles.GetCycleAsync(cycleId, cancellationToken) is not var (input, plan, _) || plan.FindContributor(contributorId) is not { } contributor)
        {
            return ApiProblems.NotFound($"No cycle {cycleId} with contributor {contributorId}.");
        }

        var fileName = UploadReader.FileName(request, ReturnHandlers.DefaultFileName(request, contributor.Id));
        var lastQuarter = await stored.LastQuarterAsync(plan, input, contributor.Id, cancellationToken);
        ReturnReadResult read;
        using (var stream = new MemoryStream(upload.Content, writable: false))
        {
            read = ReturnReader.Read(plan, contributor.Id, stream, fileName, lastQuarter);
        }
        if (!read.IsValid)
        {
            return ApiProblems.Invalid($"{fileName} would not be accepted; nothing was stored.", read.Issues);
        }
        var versions = await returns.ListVersionsAsync(cycleId, contributor.Id, cancellationToken);
        var latest = versions.Count > 0 ? (await stored.ReadAsync(plan, versions[^1], lastQuarter, cancellationToken)).Return : null;
        return Results.Ok(new ReturnCheckView(fileName, read.Sheet, versions.Count > 0 ? Item(versions[^1]) : null, lastQuarter is not null,
            Schemes(plan, contributor, read.Return, latest, lastQuarter),
            [.. read.Issues.Where(i => i.Severity == IssueSeverity.Warning).Select(Dto)]));
    }

    /// <summary>The contributor's schemes in the plan's order: its figures in <paramref name="now"/>, beside
    /// <paramref name="before"/> and last quarter's.</summary>
    private static List<SchemeFiguresItem> Schemes(Plan plan, Contributor contributor, ContributorReturn? now, ContributorReturn? before, ContributorReturn? lastQuarter) =>
        [.. plan.SchemesOf(contributor).Select(s =>
        {
            var current = Row(now, s.Id);
            var earlier = Row(before, s.Id);
            var quarter = Row(lastQuarter, s.Id);
            return new SchemeFiguresItem(s.Id, s.Name, s.SourceOfFunding, s.PlannedExpenditure, s.PlannedOutputs, s.Units,
                current?.ExpenditureToDate, current?.OutputsDeliveredToDate, current?.Comments,
                earlier?.ExpenditureToDate, earlier?.OutputsDeliveredToDate, earlier?.Comments,
                quarter?.ExpenditureToDate, quarter?.OutputsDeliveredToDate);
        })];

    private static IssueDto Dto(ValidationIssue i) =>
        new(i.File, i.Row, i.Column, i.Message, i.Code, i.Severity == IssueSeverity.Warning ? "warning" : "error");

    private static ReturnRow? Row(ContributorReturn? r, string schemeId) =>
        r?.Rows.FirstOrDefault(row => string.Equals(row.SchemeId, schemeId, StringComparison.OrdinalIgnoreCase));

    private static ReturnVersionItem Item(Orchestrations.Contracts.StoredReturn v) => new(v.Ref.Version, v.SubmittedBy, v.SubmittedAt);
}
