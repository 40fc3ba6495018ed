using BcfWorkflow.Api.Problems;
using BcfWorkflow.Orchestrations.Application;
using BcfWorkflow.Orchestrations.Contracts;
using BcfWorkflow.Orchestrations.Ports;
using Microsoft.AspNetCore.Http;

namespace BcfWorkflow.Api.Endpoints;

/// <summary>The final template (once approved) and the audit trail.</summary>
public sealed class TemplateHandlers(RequestAuth auth, CycleService cycles, ITemplateStore templates, IAuditLog audit)
{
    public async Task<IResult> GetTemplate(HttpRequest request, string cycleId, string format, CancellationToken cancellationToken)
    {
        var (caller, denied) = auth.Any(request, cycleId);
        if (denied is not null)
        {
            return denied;
        }
        if (!TemplateFormats.ContentTypes.TryGetValue(format, out var contentType))
        {
            return ApiProblems.NotFound("The template is published as template.xlsx, template.csv, template.json, template.answers.csv "
                + "and, when the lead attached NHS England's workbook, template.reporting-workbook.xlsx.");
        }
        var status = await cycles.GetStatusAsync(cycleId, cancellationToken, withStoredVersions: false);
        if (status is null)
        {
            return ApiProblems.NotFound($"No cycle {cycleId}.");
        }
        format = format.ToLowerInvariant();
        var file = TemplateFiles.Area(format);
        var downloadName = format.Contains('.', StringComparison.Ordinal) ? $"{cycleId}-{format}" : $"{cycleId}-template.{format}";
        if (!caller!.IsLead)
        {
            if (format == TemplateFiles.ReportingWorkbook)
            {
                return ApiProblems.Forbidden("NHS England's reporting workbook, filled in, is for the lead.");
            }
            var own = status.Contributors.FirstOrDefault(c => caller.MayActFor(c.Id));
            if (own is null)
            {
                return ApiProblems.Forbidden("You are not a contributor to this cycle.");
            }
            // A contributor sees its own rows and the area's totals, unless the plan shares the whole template.
            if ((await cycles.GetPlanAsync(cycleId, cancellationToken))?.ShareTemplateWithContributors != true)
            {
                file = TemplateFiles.Contributor(own.Id, format);
                downloadName = format.Contains('.', StringComparison.Ordinal) ? $"{cycleId}-{own.Id}-{format}" : $"{cycleId}-{own.Id}-template.{format}";
            }
        }

        var bytes = await templates.OpenLatestAsync(cycleId, file, cancellationToken);
        return bytes is null
            ? ApiProblems.NotFound(format == TemplateFiles.ReportingWorkbook && status.Stage == CycleStages.Completed
                ? $"No reporting workbook was attached to {cycleId} before approval."
                : $"Cycle {cycleId} has no approved template yet.")
            : Results.File(bytes, contentType, downloadName);
    }

    public async Task<IResult> GetAudit(HttpRequest request, string cycleId, CancellationToken cancellationToken)
    {
        var (_, denied) = auth.Lead(request, cycleId);
        if (denied is not null)
        {
            return denied;
        }
        return Results.Ok(await audit.ReadAsync(cycleId, cancellationToken));
    }
}
