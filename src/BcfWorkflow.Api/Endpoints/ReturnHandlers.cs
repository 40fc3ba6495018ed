using BcfWorkflow.Api.Security;
using BcfWorkflow.Api.Problems;
using BcfWorkflow.Orchestrations.Application;
using BcfWorkflow.Orchestrations.Ports;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace BcfWorkflow.Api.Endpoints;

/// <summary>A contributor uploads its return, and lists its versions.</summary>
public sealed class ReturnHandlers(RequestAuth auth, CycleService cycles, IReturnStore returns, ContributorUploads uploads)
{
    public async Task<IResult> PutReturn(HttpRequest request, string cycleId, string contributorId, CancellationToken cancellationToken)
    {
        using var upload = await uploads.ReadAsync(request, cycleId, contributorId, cancellationToken);
        if (upload.Refused is { } refused)
        {
            return refused;
        }

        var fileName = UploadReader.FileName(request, DefaultFileName(request, contributorId));
        var result = await cycles.SubmitReturnAsync(cycleId, contributorId, fileName, upload.Content, upload.Caller.Name, cancellationToken);
        return result.Status switch
        {
            SubmitReturnStatus.Accepted => Results.Accepted(ApiRoutes.CycleLocation(cycleId), new
            {
                version = result.Stored!.Ref.Version,
                blob = result.Stored.Ref.BlobName,
                sha256 = result.Stored.ContentSha256,
                submittedAt = result.Stored.SubmittedAt,
                sheet = result.Sheet,
                warnings = result.Warnings.Select(w => new IssueDto(w.File, w.Row, w.Column, w.Message, w.Code, "warning")).ToList(),
            }),
            SubmitReturnStatus.Rejected => ApiProblems.Invalid($"{fileName} was not accepted; nothing was stored.", result.Issues),
            SubmitReturnStatus.Closed => ApiProblems.Conflict(
                "This quarter's return has been approved, so no new version can be taken. Nothing was stored. If a figure must change, tell your BCF lead."),
            SubmitReturnStatus.AfterApproval => ApiProblems.Conflict(
                $"Your file arrived just after this quarter's return was approved, so it is not part of the approved return. It has been kept (version {result.Stored!.Ref.Version}) but the approved figures have not changed. If a figure must change, tell your BCF lead."),
            SubmitReturnStatus.ApprovalPending => ApiProblems.Unavailable(
                "The lead's approval is being written just now. Please send the same file again in a minute: it will not be stored twice."),
            SubmitReturnStatus.WorkflowStopped => ApiProblems.Conflict(
                "Your return cannot be taken now: its workflow has stopped. Nothing was stored. Please tell your BCF lead."),
            _ => ApiProblems.NotFound($"No cycle {cycleId} with contributor {contributorId}."),
        };
    }

    public async Task<IResult> ListVersions(HttpRequest request, string cycleId, string contributorId, CancellationToken cancellationToken)
    {
        var (caller, denied) = auth.Any(request, cycleId);
        if (denied is not null)
        {
            return denied;
        }
        if (!caller!.MayActFor(contributorId))
        {
            return ApiProblems.Forbidden($"You may not see {contributorId}'s returns.");
        }
        // Ids match ignoring case everywhere: list under the plan's spelling, as the upload stored it.
        var status = await cycles.GetStatusAsync(cycleId, cancellationToken, withStoredVersions: false);
        var canonical = status?.Contributors.FirstOrDefault(c => string.Equals(c.Id, contributorId, StringComparison.OrdinalIgnoreCase))?.Id ?? contributorId;
        var versions = await returns.ListVersionsAsync(cycleId, canonical, cancellationToken);
        return Results.Ok(versions.Select(v => new
        {
            version = v.Ref.Version,
            fileName = v.Ref.FileName,
            uploadedAs = v.UploadedAs,
            sha256 = v.ContentSha256,
            submittedBy = v.SubmittedBy,
            submittedAt = v.SubmittedAt,
        }));
    }

    /// <summary>Names an upload sent without a file name from its content type (the content decides how it is read).</summary>
    internal static string DefaultFileName(HttpRequest request, string contributorId)
    {
        var type = request.ContentType ?? "";
        var extension = type.Contains("spreadsheetml", StringComparison.OrdinalIgnoreCase) ? "xlsx"
            : type.Contains("ms-excel", StringComparison.OrdinalIgnoreCase) ? "xls"
            : type.Contains("opendocument.spreadsheet", StringComparison.OrdinalIgnoreCase) ? "ods"
            : "csv";
        return $"{contributorId}.{extension}";
    }
}
