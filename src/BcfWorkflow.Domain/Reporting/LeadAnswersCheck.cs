using BcfWorkflow.Domain.Model;

namespace BcfWorkflow.Domain.Reporting;

/// <summary>A lead's answer that cannot be kept as given: <see cref="Field"/> names it as the API does
/// ("cover.email", "nationalConditions.2.explanation", "metrics.1.assessment"; numbers 1-based in the year's order).</summary>
public sealed record AnswerProblem(string Field, string Message);

/// <summary>A required cell of the template still blank: the sheet as the year's template names it, the field as
/// <see cref="AnswerProblem.Field"/> names it, and what is missing in words.</summary>
public sealed record MissingAnswer(string Sheet, string Field, string Description)
{
    /// <summary>"2. Cover: Completed by:".</summary>
    public override string ToString() => $"{Sheet}: {Description}";
}

/// <summary>Checks the lead's answers against the year's template: what is wrong (refused when saved) and what is still
/// missing (allowed while the lead works; approval of an incomplete return needs the lead's explicit confirmation).</summary>
public static class LeadAnswersCheck
{
    /// <summary>The longest text answer kept: a spreadsheet cell holds 32,767 characters; a page of text is plenty.</summary>
    public const int MaxTextLength = 4000;

    /// <summary>The longest short answer (names, roles, phone numbers, the board).</summary>
    public const int MaxShortTextLength = 200;

    public static IReadOnlyList<AnswerProblem> Problems(LeadAnswers answers, ReportingTemplate template, string quarter)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(template);
        var problems = new List<AnswerProblem>();
        var cover = answers.Cover ?? CoverAnswers.Empty;
        Short(problems, "cover.healthAndWellbeingBoard", "The Health and Wellbeing Board", cover.HealthAndWellbeingBoard);
        Short(problems, "cover.completedBy", "The name of who completed the return", cover.CompletedBy);
        Short(problems, "cover.phone", "The contact number", cover.Phone);
        Short(problems, "cover.signedOffBy", "Who signed it off", cover.SignedOffBy);
        Short(problems, "cover.signedOffRole", "Their role", cover.SignedOffRole);
        if (!string.IsNullOrWhiteSpace(cover.Email) && !EmailAddress.IsSingleMailbox(cover.Email.Trim()))
        {
            problems.Add(new("cover.email", "Enter an email address in the correct format, like name@example.gov.uk."));
        }
        if (cover.Phone is { } phone && !string.IsNullOrWhiteSpace(phone) && !phone.Trim().All(c => char.IsAsciiDigit(c) || " +()-".Contains(c)))
        {
            problems.Add(new("cover.phone", "Enter a telephone number using only numbers, spaces, brackets, hyphens and +, like 0116 305 0000."));
        }

        var seenConditions = new HashSet<int>();
        foreach (var condition in answers.NationalConditions ?? [])
        {
            var field = $"nationalConditions.{condition.Number}";
            if (condition.Number < 1 || condition.Number > template.NationalConditions.Count)
            {
                problems.Add(new(field, template.NationalConditions.Count == 0
                    ? $"The national conditions of {template.Year} are not recorded in this version of BcfWorkflow."
                    : $"There is no national condition {condition.Number} in {template.Year}: they are numbered 1 to {template.NationalConditions.Count}."));
            }
            else if (!seenConditions.Add(condition.Number))
            {
                problems.Add(new(field, $"National condition {condition.Number} is answered twice."));
            }
            Long(problems, $"{field}.explanation", "The explanation", condition.Explanation);
        }

        var seenMetrics = new HashSet<int>();
        var assessments = template.AssessmentsFor(quarter);
        foreach (var metric in answers.Metrics ?? [])
        {
            var index = IndexOfMetric(template, metric.Metric);
            var field = index > 0 ? $"metrics.{index}" : "metrics";
            if (index == 0)
            {
                problems.Add(new(field, template.Metrics.Count == 0
                    ? $"The metrics of {template.Year} are not recorded in this version of BcfWorkflow."
                    : $"'{metric.Metric}' is not a metric of {template.Year}: the metrics are {string.Join(", ", template.Metrics.Select(m => m.Name))}."));
                continue;
            }
            if (!seenMetrics.Add(index))
            {
                problems.Add(new(field, $"The metric '{template.Metrics[index - 1].Name}' is answered twice."));
            }
            if (!string.IsNullOrWhiteSpace(metric.Assessment) && !assessments.Contains(metric.Assessment.Trim(), StringComparer.OrdinalIgnoreCase))
            {
                problems.Add(new($"{field}.assessment", $"Choose one of: {string.Join("; ", assessments)}."));
            }
            Long(problems, $"{field}.challenges", "Challenges and support needs", metric.Challenges);
            Long(problems, $"{field}.achievements", "Achievements", metric.Achievements);
        }
        return problems;
    }

    /// <summary>Every required answer still blank, in the template's order: the cover's questions the year asks (the
    /// sign-off's who, role and date when it has been signed off; the expected date when not), each condition's Yes/No
    /// and the explanation of a No, and each metric's assessment, challenges and achievements.</summary>
    public static IReadOnlyList<MissingAnswer> Missing(LeadAnswers answers, ReportingTemplate template, string quarter)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(template);
        _ = quarter;
        var missing = new List<MissingAnswer>();
        var cover = answers.Cover ?? CoverAnswers.Empty;
        foreach (var question in template.CoverQuestions)
        {
            if (IsRequired(question.Key, cover) && CoverQuestionKeys.Answer(cover, question.Key) is null)
            {
                missing.Add(new(template.Sheets.Cover, $"cover.{question.Key}", question.Label));
            }
        }

        if (!template.IsKnownYear)
        {
            missing.Add(new(template.Sheets.NationalConditions, "nationalConditions",
                $"The national conditions and metrics of {template.Year} are not recorded in this version of BcfWorkflow: answer them in NHS England's workbook."));
            return missing;
        }
        for (var number = 1; number <= template.NationalConditions.Count; number++)
        {
            var answer = answers.Condition(number);
            if (answer?.Met is null)
            {
                missing.Add(new(template.Sheets.NationalConditions, $"nationalConditions.{number}.met", $"Condition {number}: met, Yes or No"));
            }
            else if (answer.Met == false && string.IsNullOrWhiteSpace(answer.Explanation))
            {
                missing.Add(new(template.Sheets.NationalConditions, $"nationalConditions.{number}.explanation", $"Condition {number}: why it was not met"));
            }
        }
        for (var index = 1; index <= template.Metrics.Count; index++)
        {
            var name = template.Metrics[index - 1].Name;
            var answer = answers.Metric(name);
            if (string.IsNullOrWhiteSpace(answer?.Assessment))
            {
                missing.Add(new(template.Sheets.Metrics, $"metrics.{index}.assessment", $"{name}: assessment of progress"));
            }
            if (string.IsNullOrWhiteSpace(answer?.Challenges))
            {
                missing.Add(new(template.Sheets.Metrics, $"metrics.{index}.challenges", $"{name}: challenges and any support needs"));
            }
            if (string.IsNullOrWhiteSpace(answer?.Achievements))
            {
                missing.Add(new(template.Sheets.Metrics, $"metrics.{index}.achievements", $"{name}: achievements"));
            }
        }
        return missing;
    }

    /// <summary>The metric's 1-based position in the year's list (by name, ignoring case and surrounding spaces), or 0.</summary>
    public static int IndexOfMetric(ReportingTemplate template, string? name)
    {
        for (var i = 0; i < template.Metrics.Count; i++)
        {
            if (string.Equals(template.Metrics[i].Name, name?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return i + 1;
            }
        }
        return 0;
    }

    private static bool IsRequired(string key, CoverAnswers cover) => key switch
    {
        CoverQuestionKeys.SignedOffBy or CoverQuestionKeys.SignedOffRole or CoverQuestionKeys.SignedOffOn => cover.SignedOff == true,
        CoverQuestionKeys.ExpectedSignOffOn => cover.SignedOff == false,
        _ => true,
    };

    private static void Short(List<AnswerProblem> problems, string field, string what, string? value)
    {
        if (value is { Length: > MaxShortTextLength })
        {
            problems.Add(new(field, $"{what} must be {MaxShortTextLength} characters or fewer."));
        }
        else if (value is not null && value.Any(char.IsControl))
        {
            problems.Add(new(field, $"{what} must be on one line."));
        }
    }

    private static void Long(List<AnswerProblem> problems, string field, string what, string? value)
    {
        if (value is { Length: > MaxTextLength })
        {
            problems.Add(new(field, $"{what} must be {MaxTextLength:N0} characters or fewer."));
        }
    }
}
