using BcfWorkflow.Api.Endpoints;
using BcfWorkflow.Orchestrations.Application;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BcfWorkflow.Functions.Cycles;

/// <summary>Opens the cycle of the quarter that just ended for every area (configured, or with a plan for the year).
/// Idempotent: an area whose cycle exists is left alone, so a re-run or a second instance changes nothing.</summary>
public sealed class QuarterCycleOpener(
    CycleService cycles,
    IPlanAreas planAreas,
    IOptions<CycleOpeningOptions> options,
    IOptions<ApiOptions> api,
    TimeProvider clock,
    ILogger<QuarterCycleOpener> logger)
{
    public async Task<IReadOnlyList<CycleOpening>> OpenLastEndedQuarterAsync(CancellationToken cancellationToken = default)
    {
        var quarter = FinancialQuarter.LastEndedAt(clock.GetUtcNow());
        var settings = options.Value;
        var areas = settings.Areas.Count > 0 ? settings.Areas : await planAreas.ListAsync(quarter.Year, cancellationToken);
        var contributorsDue = quarter.EndsAt + settings.ContributorsDueAfter;
        var submissionDue = quarter.EndsAt + settings.SubmissionDueAfter;

        var openings = new List<CycleOpening>();
        var failures = new List<Exception>();
        foreach (var area in areas.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            try
            {
                var opened = await cycles.OpenCycleAsync(area, quarter.Year, quarter.Quarter, contributorsDue, submissionDue,
                    api.Value.Schedule, cancellationToken);
                openings.Add(new CycleOpening(area, opened.Status, opened.CycleId, opened.Problem));
                logger.LogInformation("{Area} {Year} {Quarter}: {Status} {CycleId} {Problem}",
                    area, quarter.Year, quarter.Quarter, opened.Status, opened.CycleId, opened.Problem);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One area's failure must not stop the others; the invocation still fails below so it is seen.
                logger.LogError(e, "Opening the {Year} {Quarter} cycle of {Area} failed", quarter.Year, quarter.Quarter, area);
                failures.Add(e);
            }
        }
        if (failures.Count > 0)
        {
            throw new AggregateException($"{failures.Count} of {areas.Count} cycles could not be opened.", failures);
        }
        return openings;
    }
}
