using BcfWorkflow.Api.Problems;
using BcfWorkflow.Domain.Model;
using BcfWorkflow.Domain.Plans;
using BcfWorkflow.Domain.Plans.Import;
using BcfWorkflow.Domain.Returns;
using BcfWorkflow.Domain.Validation;
using BcfWorkflow.Orchestrations.Ports;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace BcfWorkflow.Api.Endpoints;

/// <summary><c>POST /api/plans</c>: the lead stores an area's plan for the year, as plan.json or as a workbook (the
/// scheme table and a "Plan details" sheet, read by <see cref="PlanImporter"/>).</summary>
public sealed class PlanHandlers(RequestAuth auth, IPlanStore plans, IOptions<ApiOptions> options)
{
    public async Task<IResult> PostPlan(HttpRequest request, CancellationToken cancellationToken)
    {
        var (caller, denied) = auth.Lead(request);
        if (denied is not null)
        {
            return denied;
        }
        if (!ContentTypes.AcceptsJson(request) && !ContentTypes.AcceptsSpreadsheet(request))
        {
            return ApiProblems.UnsupportedMediaType($"Send the plan as plan.json or as a workbook, not {request.ContentType}.");
        }
        var body = await UploadReader.ReadLimitedAsync(request, options.Value.MaxPlanBytes, cancellationToken);
        if (body is null)
        {
            return ApiProblems.TooLarge(options.Value.MaxPlanBytes);
        }

        // The content decides, not the Content-Type or the name: plan.json, or a workbook (or CSV) to import.
        var (plan, issues) = IsJson(body) ? ReadJson(request, body) : Import(request, body);
        if (plan is null)
        {
            return ApiProblems.Invalid("The plan has problems; nothing was stored.", issues);
        }
        if (!caller!.CoversArea(plan.Area))
        {
            return ApiProblems.Forbidden($"Your key is for {caller.Area}, not {plan.Area}.");
        }
        await plans.SaveAsync(plan, cancellationToken);
        return Results.Created($"/api/plans/{Uri.EscapeDataString(plan.Area)}/{Uri.EscapeDataString(plan.Year)}",
            new { area = plan.Area, year = plan.Year, contributors = plan.Contributors.Count, schemes = plan.Schemes.Count });
    }

    /// <summary>Whether the body is plan.json: text whose first character, after a byte order mark and spaces, opens
    /// JSON ("{", or "[" and "/" so a mistaken array or a leading comment gets PlanReader's message). Anything else (a
    /// workbook, a CSV) is imported.</summary>
    public static bool IsJson(ReadOnlySpan<byte> body)
    {
        if (ReturnFileFormat.KindOf(body) != FileKind.Text)
        {
            return false;
        }
        var text = body.StartsWith("\uFEFF"u8) ? body[3..] : body;
        foreach (var b in text)
        {
            if (b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
            {
                continue;
            }
            return b is (byte)'{' or (byte)'[' or (byte)'/';
        }
        return false;
    }

    private static (Plan? Plan, IReadOnlyList<ValidationIssue> Issues) ReadJson(HttpRequest request, byte[] body)
    {
        using var stream = new MemoryStream(body, writable: false);
        var read = PlanReader.Read(stream, UploadReader.FileName(request, "plan.json"));
        return (read.IsValid ? read.Plan : null, read.Issues);
    }

    private static (Plan? Plan, IReadOnlyList<ValidationIssue> Issues) Import(HttpRequest request, byte[] body)
    {
        using var stream = new MemoryStream(body, writable: false);
        var imported = PlanImporter.Import(new ImportFile(stream, UploadReader.FileName(request, "plan." + ReturnFileFormat.ExtensionOf(body))));
        return (imported.IsValid ? imported.Plan : null, imported.Issues);
    }
}
