using BcfWorkflow.Domain.Aggregation;
using BcfWorkflow.Domain.Model;
using BcfWorkflow.Domain.Rendering;
using BcfWorkflow.Domain.Rendering.Official;
using BcfWorkflow.Orchestrations.Contracts;
using BcfWorkflow.Orchestrations.Ports;

namespace BcfWorkflow.Orchestrations.Activities;

/// <summary>Renders the approved area return (xlsx with the lead's sheets and the cover, csv, json) from the approved
/// returns and the lead's approved answers, and writes it as template version n. Write-once: a retry after a successful
/// write changes nothing.</summary>
/// <param name="leadAnswers">Where the lead's answers are kept (hosts without it write the lead's sheets blank).</param>
public sealed class EmitTemplate(IPlanStore plans, IReturnStore returns, ITemplateStore templates, ILeadAnswersStore? leadAnswers = null)
    : TaskActivity<EmitTemplateInput, int>
{
    public override async Task<int> RunAsync(TaskActivityContext context, EmitTemplateInput input)
    {
        var plan = await plans.GetAsync(input.Plan.Area, input.Plan.Year)
            ?? throw new InvalidOperationException($"No plan for {input.Plan.Area} {input.Plan.Year}.");
        var (loaded, _) = await StoredReturnLoader.LoadAsync(returns, plan, input.Returns);
        var summary = AreaAggregator.Aggregate(plan, Quarter.Parse(input.Quarter), loaded);
        // The version the approval named; should the store have lost it (the local host's storage can lose its last
        // seconds in a crash), the latest it has: a template with the answers kept, rather than none ever written.
        var answers = input.AnswersVersion is { } v && leadAnswers is not null
            ? ((await leadAnswers.GetAnswersAsync(input.CycleId, v)) ?? await leadAnswers.GetAnswersAsync(input.CycleId))?.Answers
            : null;
        var cover = new TemplateCover(await SubmissionsAsync(plan, input), new SignOff(input.ApprovedBy, input.ApprovedAt), answers);

        var files = new Dictionary<string, byte[]>();
        AddFormats(files, TemplateFiles.Area, summary, cover);
        if (input.WorkbookVersion is { } workbookVersion && leadAnswers is not null)
        {
            if (await FillReportingWorkbookAsync(input.CycleId, workbookVersion, summary, cover) is { } filled)
            {
                files[TemplateFiles.ReportingWorkbook] = filled;
            }
        }
        // Each contributor's own view: its rows, the area's totals, its submission and the sign-off.
        foreach (var contributor in plan.Contributors)
        {
            var own = plan.SchemesOf(contributor).Select(s => s.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var view = summary with { Schemes = [.. summary.Schemes.Where(s => own.Contains(s.Scheme.Id))], Warnings = [] };
            var viewCover = cover with { Submissions = [.. cover.Submissions.Where(s => string.Equals(s.ContributorId, contributor.Id, StringComparison.OrdinalIgnoreCase))] };
            AddFormats(files, format => TemplateFiles.Contributor(contributor.Id, format), view, viewCover);
        }
        await templates.WriteAsync(input.CycleId, input.TemplateVersion, files);
        return input.TemplateVersion;
    }

    /// <summary>NHS England's workbook the lead attached, filled in (the version the approval named, else the latest the
    /// store has; null when the store has none: the template is written without it rather than never). It was checked
    /// against the plan, read and written whole, when attached and again at approval, so a problem filling it means the
    /// plan changed under the cycle: the activity fails and is retried rather than writing a workbook that is wrong.</summary>
    private async Task<byte[]?> FillReportingWorkbookAsync(string cycleId, int version, AreaSummary summary, TemplateCover cover)
    {
        var found = await leadAnswers!.GetWorkbookAsync(cycleId, version) ?? await leadAnswers.GetWorkbookAsync(cycleId);
        if (found is not var (attached, content))
        {
            return null;
        }
        using var blank = new MemoryStream(content, writable: false);
        using var filled = new MemoryStream();
        var problems = ReportingWorkbook.Fill(blank, attached.UploadedAs, summary, cover, filled);
        return problems.Count == 0
            ? filled.ToArray()
            : throw new InvalidOperationException($"{attached.UploadedAs} cannot be filled in: {string.Join(" ", problems.Select(p => p.Message))}");
    }

    private static void AddFormats(Dictionary<string, byte[]> files, Func<string, string> name, AreaSummary summary, TemplateCover cover)
    {
        files[name("xlsx")] = Render(s => TemplateXlsxWriter.Write(summary, cover, s));
        files[name("csv")] = Render(s => TemplateCsvWriter.Write(summary, s));
        files[name("json")] = Render(s => TemplateJsonWriter.Write(summary, cover, s));
        files[name(TemplateFiles.AnswersCsv)] = Render(s => TemplateAnswersCsvWriter.Write(summary, cover, s));
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
                records.Add(new SubmissionRecord(returnRef.ContributorId, name, returnRef.Version, stored.DisplayName, stored.SubmittedAt, stored.SubmittedBy));
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
