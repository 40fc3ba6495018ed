using BcfWorkflow.Api.Problems;
using BcfWorkflow.Orchestrations.Application;
using BcfWorkflow.Orchestrations.Contracts;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace BcfWorkflow.Api.Endpoints;

/// <summary>Opening a cycle and reading its status.</summary>
public sealed class CycleHandlers(RequestAuth auth, CycleService cycles, IOptions<ApiOptions> options)
{
    public async Task<IResult> OpenCycle(HttpRequest request, CancellationToken cancellationToken)
    {
        var (caller, denied) = auth.Lead(request);
        if (denied is not null)
        {
            return denied;
        }
        const string Expected = "Send { area, year, quarter, contributorsDue, submissionDue } (dates in ISO 8601).";
        var (body, problem) = await JsonBody.ReadAsync<OpenCycleRequest>(request, Expected, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }
        if (body is null || string.IsNullOrWhiteSpace(body.Area) || string.IsNullOrWhiteSpace(body.Year)
            || string.IsNullOrWhiteSpace(body.Quarter) || body.ContributorsDue is null || body.SubmissionDue is null)
        {
            return ApiProblems.BadRequest(Expected);
        }
        if (!Domain.Model.FinancialYear.IsValid(body.Year))
        {
            return ApiProblems.BadRequest($"The year '{body.Year}' must be a financial year written as YYYY-YY, such as 2024-25.");
        }

        if (!caller!.CoversArea(body.Area))
        {
            return ApiProblems.Forbidden($"Your key is for {caller.Area}, not {body.Area}.");
        }

        var opened = await cycles.OpenCycleAsync(body.Area, body.Year, body.Quarter, body.ContributorsDue.Value,
            body.SubmissionDue.Value, options.Value.Schedule, cancellationToken);
        return opened.Status switch
        {
            OpenCycleStatus.Opened => Results.Accepted(ApiRoutes.CycleLocation(opened.CycleId!), new { cycleId = opened.CycleId }),
            OpenCycleStatus.AlreadyExists => ApiProblems.Conflict($"Cycle {opened.CycleId} is already open."),
            OpenCycleStatus.PlanNotFound => ApiProblems.NotFound(opened.Problem ?? "No plan for that area and year."),
            _ => ApiProblems.BadRequest(opened.Problem ?? "Invalid request."),
        };
    }

    /// <summary>The lead sees every contributor; a contributor sees only its own part.</summary>
    public async Task<IResult> GetCycle(HttpRequest request, string cycleId, CancellationToken cancellationToken)
    {
        var (caller, denied) = auth.Any(request, cycleId);
        if (denied is not null)
        {
            return denied;
        }
        var status = await cycles.GetStatusAsync(cycleId, cancellationToken);
        if (status is null)
        {
            return ApiProblems.NotFound($"No cycle {cycleId}.");
        }
        if (caller!.IsLead)
        {
            return Results.Ok(new CycleView(cycleId, status.Stage, status.SignOffRound, status.Contributors, status.Warnings,
                status.SignOffRemindersSent, status.TemplateVersion, Math.Max(status.WarningCount, status.Warnings.Count), status.ApprovedAt));
        }

        var own = status.Contributors.Where(c => caller.MayActFor(c.Id)).ToList();
        if (own.Count == 0 && status.Contributors.Count == 0
            && (await cycles.GetPlanAsync(cycleId, cancellationToken))?.FindContributor(caller.ContributorId ?? "") is { } contributor)
        {
            // Opened a moment ago: the cycle has not loaded its roster yet, but the plan names this contributor.
            own = [new ContributorStatus(contributor.Id, ContributorStates.Awaiting, 0, null, 0, null)];
        }
        if (own.Count == 0)
        {
            return ApiProblems.Forbidden("You are not a contributor to this cycle.");
        }
        return Results.Ok(new CycleView(cycleId, status.Stage, status.SignOffRound, own, [], 0, status.TemplateVersion, ApprovedAt: status.ApprovedAt));
    }
}
