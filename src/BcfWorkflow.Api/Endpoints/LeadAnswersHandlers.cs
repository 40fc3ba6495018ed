using BcfWorkflow.Api.Problems;
using BcfWorkflow.Domain.Reporting;
using BcfWorkflow.Domain.Rendering;
using BcfWorkflow.Domain.Validation;
using BcfWorkflow.Orchestrations.Application;
using BcfWorkflow.Orchestrations.Contracts;
using BcfWorkflow.Orchestrations.Ports;
using Microsoft.AspNetCore.Http;

namespace BcfWorkflow.Api.Endpoints;

/// <summary>The lead's parts of the return at sign-off: <c>GET/PUT .../lead-answers</c> (the cover, national conditions
/// and metrics) and <c>PUT .../reporting-workbook</c> (NHS England's blank workbook, filled in on approval).</summary>
public sealed class LeadAnswersHandlers(RequestAuth auth, LeadAnswersService answers, IAuditLog audit, TimeProvider clock)
{
    /// <summary>The lead's answers are pages of text at most (<see cref="LeadAnswersCheck.MaxTextLength"/> a field).</summary>
    public const long AnswersBodyLimit = 256 * 1024;

    /// <summary>NHS England's workbooks are a few megabytes.</summary>
    public const long WorkbookLimit = 20 * 1024 * 1024;

    private const string Expected = "Send { cover: { healthAndWellbeingBoard, completedBy, email, phone, signedOff, signedOffBy, signedOffRole, "
        + "signedOffOn, expectedSignOffOn }, nationalConditions: [{ number, met, explanation }], metrics: [{ metric, assessment, challenges, achievements }] }.";

    public async Task<IResult> Get(HttpRequest request, string cycleId, CancellationToken cancellationToken)
    {
        var (_, denied) = auth.Lead(request, cycleId);
        if (denied is not null)
        {
            return denied;
        }
        var view = await answers.GetAsync(cycleId, cancellationToken);
        return view is null ? ApiProblems.NotFound($"No cycle {cycleId}.") : Results.Ok(LeadAnswersDto.From(view));
    }

    public async Task<IResult> Put(HttpRequest request, string cycleId, CancellationToken cancellationToken)
    {
        var (caller, denied) = auth.Lead(request, cycleId);
        if (denied is not null)
        {
            return denied;
        }
        var (body, problem) = await JsonBody.ReadAsync<LeadAnswers>(request, Expected, cancellationToken, AnswersBodyLimit);
        if (problem is not null)
        {
            return problem;
        }
        var result = await answers.SaveAsync(cycleId, body!, caller!.Name, cancellationToken);
        switch (result.Status)
        {
            case LeadAnswersSaveStatus.NotFound:
                return ApiProblems.NotFound($"No cycle {cycleId}.");
            case LeadAnswersSaveStatus.WrongStage:
                return ApiProblems.Conflict(result.Problem ?? "The answers can no longer change.");
            case LeadAnswersSaveStatus.Invalid:
                return ApiProblems.Invalid("Some answers cannot be saved as given: nothing was saved.",
                    result.Problems!.Select(p => new ValidationIssue("bad-answer", "answers", null, p.Field, p.Message)));
        }
        var view = result.View!;
        if (result.Changed)
        {
            await audit.AppendAsync(cycleId, new AuditEntry($"{cycleId}/answers/v{view.Version}", clock.GetUtcNow(), caller.Name,
                AuditActions.AnswersSaved, $"the lead's answers, version {view.Version}: {Progress(view)}", RequestAuth.From(request)), cancellationToken);
        }
        return Results.Ok(LeadAnswersDto.From(view));
    }

    /// <summary><c>PUT .../reporting-workbook</c>: the blank workbook NHS England distributed for the quarter, checked
    /// against the plan (sheets, labels, every Scheme ID both ways) and kept; refused, nothing kept, when it does not fit.</summary>
    public async Task<IResult> PutWorkbook(HttpRequest request, string cycleId, CancellationToken cancellationToken)
    {
        var (caller, denied) = auth.Lead(request, cycleId);
        if (denied is not null)
        {
            return denied;
        }
        var content = await UploadReader.ReadLimitedAsync(request, WorkbookLimit, cancellationToken);
        if (content is null)
        {
            return ApiProblems.TooLarge(WorkbookLimit);
        }
        var fileName = UploadReader.FileName(request, $"{cycleId}-reporting-workbook.xlsx");
        var result = await answers.AttachWorkbookAsync(cycleId, content, fileName, caller!.Name, cancellationToken);
        switch (result.Status)
        {
            case LeadAnswersSaveStatus.NotFound:
                return ApiProblems.NotFound($"No cycle {cycleId}.");
            case LeadAnswersSaveStatus.WrongStage:
                return ApiProblems.Conflict(result.Problem ?? "The workbook can no longer change.");
            case LeadAnswersSaveStatus.Invalid:
                return ApiProblems.Invalid($"{fileName} cannot be filled in as it is: nothing was kept.", result.Issues!);
        }
        var view = result.View!;
        await audit.AppendAsync(cycleId, new AuditEntry($"{cycleId}/reporting-workbook/v{view.Workbook!.Version}", clock.GetUtcNow(), caller.Name,
            AuditActions.WorkbookAttached, $"reporting workbook {fileName}, version {view.Workbook.Version}, sha256 {view.Workbook.ContentSha256}",
            RequestAuth.From(request)), cancellationToken);
        return Results.Created(ApiRoutes.CycleLocation(cycleId) + "/lead-answers", LeadAnswersDto.From(view));
    }

    private static string Progress(LeadAnswersView view) =>
        view.Missing.Count == 0 ? "every answer given" : $"{view.Missing.Count} answer{(view.Missing.Count == 1 ? "" : "s")} still to give";
}

/// <summary>What <c>GET .../lead-answers</c> answers: the year's questions, the answers, what the lead's sheets still
/// miss, and (on GET) everything an approval now would leave blank, the expenditure checklist included.</summary>
public sealed record LeadAnswersDto(
    string CycleId,
    string Year,
    string Quarter,
    string Stage,
    bool Editable,
    LeadQuestionsDto Questions,
    LeadAnswers Answers,
    SavedDto? Saved,
    IReadOnlyList<MissingAnswerDto> Missing,
    IReadOnlyList<MissingAnswerDto>? TemplateMissing,
    WorkbookDto? Workbook)
{
    public static LeadAnswersDto From(LeadAnswersView view)
    {
        var t = view.Template;
        return new LeadAnswersDto(
            view.CycleId, view.Year, view.Quarter, view.Stage,
            Editable: !CycleStages.IsApproved(view.Stage),
            new LeadQuestionsDto(
                t.IsKnownYear,
                t.Title(view.Quarter),
                new SheetNamesDto(t.Sheets.Cover, t.Sheets.NationalConditions, t.Sheets.Metrics),
                [.. t.CoverQuestions.Select(q => new CoverQuestionDto(q.Key, q.Label))],
                [.. t.NationalConditions.Select((text, i) => new ConditionDto(i + 1, text))],
                [.. t.Metrics.Select((m, i) => new MetricDto(i + 1, m.Name, m.Definition))],
                t.AssessmentsFor(view.Quarter)),
            view.Answers,
            view.Version is { } version ? new SavedDto(version, view.SavedBy ?? "", view.SavedAt!.Value, UkTime.Describe(view.SavedAt.Value)) : null,
            [.. view.Missing.Select(m => new MissingAnswerDto(m.Sheet, m.Field, m.Description))],
            view.TemplateMissing?.Select(m => new MissingAnswerDto(m.Sheet, m.Field, m.Description)).ToList(),
            view.Workbook is { } w ? new WorkbookDto(w.Version, w.UploadedAs, w.SavedBy, w.SavedAt, UkTime.Describe(w.SavedAt)) : null);
    }
}

public sealed record LeadQuestionsDto(
    bool KnownYear,
    string Title,
    SheetNamesDto Sheets,
    IReadOnlyList<CoverQuestionDto> Cover,
    IReadOnlyList<ConditionDto> NationalConditions,
    IReadOnlyList<MetricDto> Metrics,
    IReadOnlyList<string> Assessments);

public sealed record SheetNamesDto(string Cover, string NationalConditions, string Metrics);

public sealed record CoverQuestionDto(string Key, string Label);

public sealed record ConditionDto(int Number, string Text);

public sealed record MetricDto(int Number, string Name, string Definition);

/// <param name="SavedAtText">UK local time with the day, for people.</param>
public sealed record SavedDto(int Version, string SavedBy, DateTimeOffset SavedAt, string SavedAtText);

public sealed record MissingAnswerDto(string Sheet, string Field, string Description);

public sealed record WorkbookDto(int Version, string FileName, string AttachedBy, DateTimeOffset AttachedAt, string AttachedAtText);
