using BcfWorkflow.Domain.Aggregation;
using BcfWorkflow.Domain.Model;
using BcfWorkflow.Domain.Rendering;
using BcfWorkflow.Orchestrations.Contracts;
using BcfWorkflow.Orchestrations.Ports;

namespace BcfWorkflow.Orchestrations.Activities;

/// <summary>Renders the approved area return (xlsx with the cover, csv, json) from the latest stored returns and
/// writes it as template version n. Write-once: a retry after a successful write changes nothing.</summary>
public sealed class EmitTemplate(IPlanStore plans, IReturnStore returns, ITemplateStore templates) : TaskActivity<EmitTemplateInput, int>
{
    public override async Task<int> RunAsync(TaskActivityContext context, EmitTemplateInput input)
    {
        var plan = await plans.GetAsync(input.Plan.Area, input.Plan.Year)
            ?? throw new InvalidOperationException($"No plan for {input.Plan.Area} {input.Plan.Year}.");
        var (loaded, _) = await StoredReturnLoader.LoadAsync(returns, plan, input.Returns);
        var summary = AreaAggregator.Aggregate(plan, Quarter.Parse(input.Quarter), loaded);
        var cover = new TemplateCover(await SubmissionsAsync(plan, input), new SignOff(input.ApprovedBy, input.ApprovedAt));

        var files = new Dictionary<string, byte[]>
        {
            ["xlsx"] = Render(s => TemplateXlsxWriter.Write(summary, cover, s)),
            ["csv"] = Render(s => TemplateCsvWriter.Write(summary, s)),
            ["json"] = Render(s => SummaryJsonWriter.Write(summary, s)),
        };
        await templates.WriteAsync(input.CycleId, input.TemplateVersion, files);
        return input.TemplateVersion;
    }

    private async Task<IReadOnlyList<SubmissionRecord>> SubmissionsAsync(Plan plan, EmitTemplateInput input)
    {
        var records = new List<SubmissionRecord>();
        foreach (var returnRef in input.Returns)
        {
            var versions = await returns.ListVersionsAsync(returnRef.CycleId, returnRef.ContributorId);
            var stored = versions.FirstOrDefault(v => v.Ref == returnRef);
            if (stored is not null)
            {
                var name = plan.FindContributor(returnRef.ContributorId)?.Name ?? returnRef.ContributorId;
                records.Add(new SubmissionRecord(returnRef.ContributorId, name, returnRef.Version, returnRef.FileName, stored.SubmittedAt, stored.SubmittedBy));
            }
        }
        return records;
    }

    private static byte[] Render(Action<Stream> write)
    {
        using var buffer = new MemoryStream();
        write(buffer);
        return buffer.ToArray();
    }
}
