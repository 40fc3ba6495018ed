using BcfWorkflow.Api.Endpoints;
using BcfWorkflow.Api.Problems;
using BcfWorkflow.Domain.Validation;
using BcfWorkflow.Orchestrations.Application;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BcfWorkflow.Functions.Incoming;

/// <summary>Submits a dropped file as its contributor's return to the area's open cycle, exactly as the API's PUT would,
/// and writes the outcome next to the file. The file itself is never moved or deleted: accepted, it is also stored as
/// a return version; otherwise it stays where it was dropped, with the reason beside it.</summary>
public sealed class IncomingReturnProcessor(
    CycleService cycles,
    IIncomingResultStore results,
    IOptions<ApiOptions> api,
    TimeProvider clock,
    ILogger<IncomingReturnProcessor> logger)
{
    /// <returns>The outcome written, or null for a file that is not a return (our own result files).</returns>
    public async Task<IncomingReturnResult?> ProcessAsync(IncomingDrop drop, byte[] content, CancellationToken cancellationToken = default)
    {
        if (drop.IsResultFile)
        {
            return null;
        }
        var result = await SubmitAsync(drop, content, cancellationToken);
        await results.WriteAsync(drop, result, cancellationToken);
        logger.LogInformation("Dropped file {Blob}: {Status} {CycleId} v{Version}", drop.BlobName, result.Status, result.CycleId, result.Version);
        return result;
    }

    private async Task<IncomingReturnResult> SubmitAsync(IncomingDrop drop, byte[] content, CancellationToken cancellationToken)
    {
        if (content.LongLength > api.Value.MaxUploadBytes)
        {
            return Result(drop, "tooLarge", null, $"Returns are limited to {api.Value.MaxUploadBytes:N0} bytes.");
        }
        var cycleId = await cycles.FindOpenCycleAsync(drop.Area, cancellationToken);
        if (cycleId is null)
        {
            return Result(drop, "noOpenCycle", null, $"No cycle of {drop.Area} is open; drop the file again when one is.");
        }

        var submitted = await cycles.SubmitReturnAsync(cycleId, drop.Contributor, drop.Name, content,
            $"{drop.Contributor} (file drop)", cancellationToken);
        return submitted.Status switch
        {
            SubmitReturnStatus.Accepted => Result(drop, "accepted", cycleId, $"Stored as version {submitted.Stored!.Ref.Version}.",
                submitted.Issues, submitted.Stored.Ref.Version, submitted.Stored.Ref.BlobName),
            SubmitReturnStatus.Rejected => Result(drop, "rejected", cycleId, "The file has problems; nothing was stored.", submitted.Issues),
            SubmitReturnStatus.Closed => Result(drop, "closed", cycleId, $"Cycle {cycleId} is closed to returns."),
            SubmitReturnStatus.AfterApproval => Result(drop, "afterApproval", cycleId,
                $"Arrived after the return was approved: kept as version {submitted.Stored!.Ref.Version}, not part of the approved return.",
                submitted.Issues, submitted.Stored.Ref.Version, submitted.Stored.Ref.BlobName),
            // Thrown, so the blob trigger runs it again shortly: the same file then gets the same version and an answer.
            SubmitReturnStatus.ApprovalPending => throw new InvalidOperationException($"{cycleId} is writing its approved template; {drop.Name} will be tried again."),
            SubmitReturnStatus.WorkflowStopped => Result(drop, "stopped", cycleId,
                $"{drop.Contributor}'s workflow in {cycleId} has stopped; nothing was stored. Tell the BCF lead."),
            _ => Result(drop, "notFound", cycleId, $"{drop.Contributor} is not a contributor to {cycleId}."),
        };
    }

    private IncomingReturnResult Result(IncomingDrop drop, string status, string? cycleId, string detail,
        IEnumerable<ValidationIssue>? issues = null, int? version = null, string? storedAs = null) =>
        new(drop.Name, drop.Area, drop.Contributor, status, cycleId, version, storedAs, detail,
            [.. (issues ?? []).Select(i => new IssueDto(i.File, i.Row, i.Column, i.Message, i.Code,
                i.Severity == IssueSeverity.Error ? "error" : "warning"))],
            clock.GetUtcNow());
}
