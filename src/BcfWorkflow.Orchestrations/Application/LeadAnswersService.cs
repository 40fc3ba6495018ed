using BcfWorkflow.Domain.Aggregation;
using BcfWorkflow.Domain.Model;
using BcfWorkflow.Domain.Rendering.Official;
using BcfWorkflow.Domain.Reporting;
using BcfWorkflow.Domain.Returns;
using BcfWorkflow.Domain.Validation;
using BcfWorkflow.Orchestrations.Activities;
using BcfWorkflow.Orchestrations.Contracts;
using BcfWorkflow.Orchestrations.Ports;

namespace BcfWorkflow.Orchestrations.Application;

/// <summary>The lead's parts of the return (the cover, the national conditions, the metrics) and the reporting workbook
/// the lead may attach: what the sign-off page shows and saves, and the check before approval. Outcomes are values.</summary>
public sealed class LeadAnswersService(CycleService cycles, ILeadAnswersStore store, TimeProvider clock)
{
    /// <summary>The cycle's questions, the saved answers (or, before any are saved, suggestions from the plan) and what
    /// is still missing; null for an unknown cycle.</summary>
    public async Task<LeadAnswersView?> GetAsync(string cycleId, CancellationToken cancellationToken = default)
    {
        if (await cycles.GetCycleAsync(cycleId, cancellationToken) is not var (input, plan, status))
        {
            return null;
        }
        var saved = await store.GetAnswersAsync(cycleId, cancellationToken: cancellationToken);
        var workbook = await store.GetWorkbookAsync(cycleId, cancellationToken: cancellationToken);
        var summary = await cycles.AggregateStoredAsync(plan, input, cancellationToken);
        return View(input, plan, status, saved, workbook?.Workbook) with { TemplateMissing = TemplateCompleteness.Of(summary, saved?.Answers).Missing };
    }

    /// <summary>Saves the answers as the next version; refused (nothing saved) when an answer is wrong, or once the
    /// return has been approved.</summary>
    public async Task<LeadAnswersSaveResult> SaveAsync(string cycleId, LeadAnswers answers, string savedBy, CancellationToken cancellationToken = default)
    {
        if (await cycles.GetCycleAsync(cycleId, cancellationToken) is not var (input, plan, status))
        {
            return new(LeadAnswersSaveStatus.NotFound);
        }
        if (CycleStages.IsApproved(status.Stage))
        {
            return new(LeadAnswersSaveStatus.WrongStage, Problem: "The area return has been approved: its answers can no longer change.");
        }
        answers = Normalised(answers);
        var problems = LeadAnswersCheck.Problems(answers, ReportingTemplates.For(input.Year), input.Quarter);
        if (problems.Count > 0)
        {
            return new(LeadAnswersSaveStatus.Invalid, Problems: problems);
        }
        var previous = await store.GetAnswersAsync(cycleId, cancellationToken: cancellationToken);
        var saved = previous is not null && SameAnswers(previous.Answers, answers)
            ? previous // saving the same answers again keeps no second copy
            : await store.SaveAnswersAsync(cycleId, answers, savedBy, clock.GetUtcNow(), cancellationToken);
        var workbook = await store.GetWorkbookAsync(cycleId, cancellationToken: cancellationToken);
        return new(LeadAnswersSaveStatus.Saved, View(input, plan, status, saved, workbook?.Workbook), Changed: !ReferenceEquals(saved, previous));
    }

    /// <summary>Keeps the blank reporting workbook the lead attached, once it is known to fit the plan; refused, nothing
    /// kept, when it does not (every problem listed) or once the return has been approved.</summary>
    public async Task<LeadAnswersSaveResult> AttachWorkbookAsync(string cycleId, byte[] content, string fileName, string attachedBy,
        CancellationToken cancellationToken = default)
    {
        if (await cycles.GetCycleAsync(cycleId, cancellationToken) is not var (input, plan, status))
        {
            return new(LeadAnswersSaveStatus.NotFound);
        }
        if (CycleStages.IsApproved(status.Stage))
        {
            return new(LeadAnswersSaveStatus.WrongStage, Problem: "The area return has been approved: attach a workbook before approval.");
        }
        var issues = InspectWorkbook(content, fileName, plan, input.Quarter);
        if (issues.Count > 0)
        {
            return new(LeadAnswersSaveStatus.Invalid, Issues: issues);
        }
        var attached = await store.SaveWorkbookAsync(cycleId, content, fileName, attachedBy, clock.GetUtcNow(), cancellationToken);
        var saved = await store.GetAnswersAsync(cycleId, cancellationToken: cancellationToken);
        return new(LeadAnswersSaveStatus.Saved, View(input, plan, status, saved, attached), Changed: true);
    }

    /// <summary>Why the workbook cannot be filled for this plan (empty when it can).</summary>
    private static IReadOnlyList<ValidationIssue> InspectWorkbook(byte[] content, string fileName, Plan plan, string quarter)
    {
        using var stream = new MemoryStream(content, writable: false);
        return ReportingWorkbook.Inspect(stream, fileName, plan, quarter).Problems;
    }

    /// <summary>What an approval now would approve, and whether it may go ahead: the answers' and workbook's versions,
    /// what the template still misses (lead's sheets and the expenditure checklist of the figures now stored).</summary>
    public async Task<ApprovalCheck?> CheckApprovalAsync(string cycleId, CancellationToken cancellationToken = default)
    {
        if (await cycles.GetCycleAsync(cycleId, cancellationToken) is not var (input, plan, _))
        {
            return null;
        }
        var saved = await store.GetAnswersAsync(cycleId, cancellationToken: cancellationToken);
        var workbook = await store.GetWorkbookAsync(cycleId, cancellationToken: cancellationToken);
        var summary = await cycles.AggregateStoredAsync(plan, input, cancellationToken);
        var completeness = TemplateCompleteness.Of(summary, saved?.Answers);
        // Checked again: the plan may have changed since the workbook was attached.
        var workbookProblems = workbook is { } attached
            ? InspectWorkbook(attached.Content, attached.Workbook.UploadedAs, plan, input.Quarter).Select(p => p.Message).ToList()
            : [];
        return new ApprovalCheck(new ApprovalBasis(saved?.Version, workbook?.Workbook.Version), completeness.Missing, workbookProblems);
    }

    private static LeadAnswersView View(CycleInput input, Plan plan, CycleStatus status, SavedLeadAnswers? saved, AttachedWorkbook? workbook)
    {
        var template = ReportingTemplates.For(input.Year);
        var answers = saved?.Answers ?? Suggested(plan);
        return new LeadAnswersView(
            input.CycleId, input.Year, input.Quarter, status.Stage, template,
            answers, saved?.Version, saved?.SavedBy, saved?.SavedAt,
            LeadAnswersCheck.Missing(saved?.Answers ?? LeadAnswers.Empty, template, input.Quarter),
            workbook);
    }

    /// <summary>Before the lead saves anything: the board and the lead's contact from the plan, for the lead to check.</summary>
    private static LeadAnswers Suggested(Plan plan) =>
        LeadAnswers.Empty with { Cover = new CoverAnswers(HealthAndWellbeingBoard: plan.Area, CompletedBy: plan.Lead.Name, Email: plan.Lead.Email) };

    /// <summary>Lists never null (nor their items), text trimmed, blanks null, conditions and metrics in a stable order,
    /// and only the sign-off details that go with the answer given (who, role and date for Yes; the expected date for
    /// No), so the template never shows both.</summary>
    private static LeadAnswers Normalised(LeadAnswers answers)
    {
        var c = answers.Cover ?? CoverAnswers.Empty;
        var signedOff = c.SignedOff != false;
        var notSignedOff = c.SignedOff != true;
        return new LeadAnswers(
            new CoverAnswers(Text(c.HealthAndWellbeingBoard), Text(c.CompletedBy), Text(c.Email), Text(c.Phone), c.SignedOff,
                signedOff ? Text(c.SignedOffBy) : null, signedOff ? Text(c.SignedOffRole) : null, signedOff ? c.SignedOffOn : null,
                notSignedOff ? c.ExpectedSignOffOn : null),
            [.. (answers.NationalConditions ?? []).OfType<ConditionAnswer>().Select(n => n with { Explanation = Text(n.Explanation) }).OrderBy(n => n.Number)],
            [.. (answers.Metrics ?? []).OfType<MetricAnswer>().Select(m => new MetricAnswer(m.Metric?.Trim() ?? "", Text(m.Assessment), Text(m.Challenges), Text(m.Achievements)))]);
    }

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static bool SameAnswers(LeadAnswers a, LeadAnswers b) =>
        a.Cover == b.Cover && a.NationalConditions.SequenceEqual(b.NationalConditions) && a.Metrics.SequenceEqual(b.Metrics);
}

/// <summary>What the sign-off page shows of the lead's parts of the return.</summary>
/// <param name="Answers">The saved answers, or suggestions from the plan while <paramref name="Version"/> is null.</param>
/// <param name="Missing">What the saved answers still miss (everything, before any are saved).</param>
public sealed record LeadAnswersView(
    string CycleId,
    string Year,
    string Quarter,
    string Stage,
    ReportingTemplate Template,
    LeadAnswers Answers,
    int? Version,
    string? SavedBy,
    DateTimeOffset? SavedAt,
    IReadOnlyList<MissingAnswer> Missing,
    AttachedWorkbook? Workbook)
{
    /// <summary>Everything an approval now would leave blank: <see cref="Missing"/> and the expenditure checklist's
    /// incomplete columns, from the returns stored now (null where not worked out).</summary>
    public IReadOnlyList<MissingAnswer>? TemplateMissing { get; init; }
}

public enum LeadAnswersSaveStatus
{
    Saved,
    NotFound,
    WrongStage,
    Invalid,
}

/// <param name="Changed">False when the answers equal the version saved last (nothing new was stored).</param>
public sealed record LeadAnswersSaveResult(
    LeadAnswersSaveStatus Status,
    LeadAnswersView? View = null,
    string? Problem = null,
    IReadOnlyList<AnswerProblem>? Problems = null,
    bool Changed = false,
    IReadOnlyList<ValidationIssue>? Issues = null);

/// <summary>The versions an approval approves: the lead's answers and the attached reporting workbook (null: none).</summary>
public sealed record ApprovalBasis(int? AnswersVersion, int? WorkbookVersion);

/// <summary>What an approval now would approve, and what the template would still miss.</summary>
/// <param name="WorkbookProblems">Why the attached workbook cannot be filled (approval waits until it is replaced).</param>
public sealed record ApprovalCheck(ApprovalBasis Basis, IReadOnlyList<MissingAnswer> Missing, IReadOnlyList<string>? WorkbookProblems = null)
{
    public bool IsComplete => Missing.Count == 0;
}
