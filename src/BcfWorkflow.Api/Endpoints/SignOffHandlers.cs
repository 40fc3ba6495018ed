using BcfWorkflow.Api.Problems;
using BcfWorkflow.Orchestrations.Application;
using BcfWorkflow.Orchestrations.Contracts;
using BcfWorkflow.Orchestrations.Events;
using BcfWorkflow.Orchestrations.Ports;
using Microsoft.AspNetCore.Http;

namespace BcfWorkflow.Api.Endpoints;

/// <summary>The lead's actions on a running cycle: sign-off decisions and closing collection early.</summary>
public sealed class SignOffHandlers(RequestAuth auth, CycleService cycles, LeadAnswersService leadAnswers, IAuditLog audit, TimeProvider clock)
{
    public async Task<IResult> PostDecision(HttpRequest request, string cycleId, CancellationToken cancellationToken)
    {
        var (caller, denied) = auth.Lead(request, cycleId);
        if (denied is not null)
        {
            return denied;
        }
        const string Expected = "Send { decision: \"approve\" | \"sendBack\", contributors: [...], reason }.";
        var (decision, problem) = await JsonBody.ReadAsync<SignOffDecision>(request, Expected, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }
        if (decision is null || string.IsNullOrWhiteSpace(decision.Decision))
        {
            return ApiProblems.BadRequest(Expected);
        }

        ApprovalCheck? approval = null;
        if (string.Equals(decision.Decision.Trim(), SignOffDecisions.Approve, StringComparison.OrdinalIgnoreCase))
        {
            approval = await leadAnswers.CheckApprovalAsync(cycleId, cancellationToken);
            if (approval is { WorkbookProblems.Count: > 0 })
            {
                return ApiProblems.Conflict($"The reporting workbook attached cannot be filled in: {string.Join(" ", approval.WorkbookProblems)} Attach the right workbook, then approve.");
            }
            if (approval is { IsComplete: false } && decision.ConfirmIncomplete != true)
            {
                return Incomplete(approval);
            }
        }

        var result = await cycles.DecideAsync(cycleId, decision, caller!.Name, cancellationToken, approval?.Basis);
        if (result.Status == LeadActionStatus.Accepted)
        {
            var incomplete = approval is { IsComplete: false }
                ? $"; approved with the template incomplete, as the lead confirmed: {string.Join("; ", approval.Missing.Select(m => m.ToString()))}"
                : "";
            await AuditAsync(request, cycleId, $"decision/{result.Round}", caller.Name, AuditActions.SignOffDecision,
                $"{decision.Decision} (round {result.Round}){Named(decision)}{incomplete}", cancellationToken);
        }
        return ToResult(result, cycleId);
    }

    public async Task<IResult> PostClose(HttpRequest request, string cycleId, CancellationToken cancellationToken)
    {
        var (caller, denied) = auth.Lead(request, cycleId);
        if (denied is not null)
        {
            return denied;
        }
        var result = await cycles.CloseCollectionAsync(cycleId, caller!.Name, cancellationToken);
        if (result.Status == LeadActionStatus.Accepted)
        {
            await AuditAsync(request, cycleId, $"close/{result.Round}", caller.Name, AuditActions.CloseRequested, "the lead asked to close collection", cancellationToken);
        }
        return ToResult(result, cycleId);
    }

    /// <summary><c>POST .../returns/{contributorId}/remind</c>: the lead's "Remind now".</summary>
    public async Task<IResult> PostRemind(HttpRequest request, string cycleId, string contributorId, CancellationToken cancellationToken)
    {
        var (caller, denied) = auth.Lead(request, cycleId);
        if (denied is not null)
        {
            return denied;
        }
        var result = await cycles.RemindAsync(cycleId, contributorId, caller!.Name, cancellationToken);
        if (result.Status == LeadActionStatus.Accepted)
        {
            var at = clock.GetUtcNow();
            await audit.AppendAsync(cycleId, new AuditEntry($"{cycleId}/remind/{contributorId.ToLowerInvariant()}/{at.ToUnixTimeMilliseconds()}", at, caller.Name,
                AuditActions.ReminderRequested, $"{contributorId}: the lead asked for a reminder", RequestAuth.From(request)), cancellationToken);
        }
        return result.Status == LeadActionStatus.NotFound ? ApiProblems.NotFound($"No cycle {cycleId} with contributor {contributorId}.") : ToResult(result, cycleId);
    }

    /// <summary>409 listing what the template still misses: approving it as it is needs <c>confirmIncomplete: true</c>.</summary>
    private static IResult Incomplete(ApprovalCheck approval) =>
        Results.Problem(
            statusCode: StatusCodes.Status409Conflict,
            title: "The template is incomplete",
            detail: $"{approval.Missing.Count} required answer{(approval.Missing.Count == 1 ? " is" : "s are")} still blank. Complete them, "
                + "or approve the return as it is by sending confirmIncomplete: true.",
            extensions: new Dictionary<string, object?>
            {
                ["missing"] = approval.Missing.Select(m => new MissingAnswerDto(m.Sheet, m.Field, m.Description)).ToList(),
            });

    private static IResult ToResult(LeadActionResult result, string cycleId) => result.Status switch
    {
        LeadActionStatus.Accepted => Results.Accepted(ApiRoutes.CycleLocation(cycleId), new { cycleId, round = result.Round }),
        LeadActionStatus.NotFound => ApiProblems.NotFound($"No cycle {cycleId}."),
        LeadActionStatus.WrongStage => ApiProblems.Conflict(result.Problem ?? "The cycle is not at that stage."),
        _ => ApiProblems.BadRequest(result.Problem ?? "Invalid request."),
    };

    /// <summary>One entry per round and action: a decision posted twice is audited once, as it is decided once.</summary>
    private Task AuditAsync(HttpRequest request, string cycleId, string key, string actor, string action, string detail, CancellationToken cancellationToken) =>
        audit.AppendAsync(cycleId, new AuditEntry($"{cycleId}/{key}", clock.GetUtcNow(), actor, action, detail, RequestAuth.From(request)), cancellationToken);

    private static string Named(SignOffDecision decision) =>
        decision.Contributors is { Count: > 0 } named ? $": {string.Join(", ", named)} — {decision.Reason}" : "";
}
