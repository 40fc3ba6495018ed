namespace BcfWorkflow.Domain.Reporting;

/// <summary>The lead's parts of the quarterly return: the cover's questions, each national condition of the year and
/// each metric of the year. Every answer may be blank while the lead works on it; <see cref="LeadAnswersCheck"/> says
/// what is still missing and what is wrong.</summary>
public sealed record LeadAnswers(CoverAnswers Cover, IReadOnlyList<ConditionAnswer> NationalConditions, IReadOnlyList<MetricAnswer> Metrics)
{
    public static LeadAnswers Empty { get; } = new(CoverAnswers.Empty, [], []);

    /// <summary>The answer for the condition numbered <paramref name="number"/> (1-based, in the year's order), if any.</summary>
    public ConditionAnswer? Condition(int number) => NationalConditions.FirstOrDefault(c => c.Number == number);

    /// <summary>The answer for a metric of the year, by its name (ignoring case), if any.</summary>
    public MetricAnswer? Metric(string name) =>
        Metrics.FirstOrDefault(m => string.Equals(m.Metric?.Trim(), name, StringComparison.OrdinalIgnoreCase));
}

/// <summary>The cover's answers (the keys of the year's cover questions are <see cref="CoverQuestionKeys"/>).</summary>
/// <param name="HealthAndWellbeingBoard">The Health and Wellbeing Board the return is for, as the template names it.</param>
/// <param name="SignedOff">Has the return been signed off by (or on behalf of) the HWB at the time of submission?</param>
/// <param name="SignedOffBy">Who signed it off (under delegation: the person) …</param>
/// <param name="SignedOffRole">… and their role.</param>
/// <param name="SignedOffOn">The date it was signed off (when <paramref name="SignedOff"/> is true).</param>
/// <param name="ExpectedSignOffOn">The date it is expected to be signed off (when <paramref name="SignedOff"/> is false).</param>
public sealed record CoverAnswers(
    string? HealthAndWellbeingBoard = null,
    string? CompletedBy = null,
    string? Email = null,
    string? Phone = null,
    bool? SignedOff = null,
    string? SignedOffBy = null,
    string? SignedOffRole = null,
    DateOnly? SignedOffOn = null,
    DateOnly? ExpectedSignOffOn = null)
{
    public static CoverAnswers Empty { get; } = new();
}

/// <summary>A national condition's confirmation: met (Yes) or not (No, with the explanation why).</summary>
/// <param name="Number">The condition's number, 1-based in the year's order.</param>
public sealed record ConditionAnswer(int Number, bool? Met = null, string? Explanation = null);

/// <summary>A metric's assessment of progress (one of the year's values for the quarter), challenges and support needs,
/// and achievements.</summary>
public sealed record MetricAnswer(string Metric, string? Assessment = null, string? Challenges = null, string? Achievements = null);

/// <summary>The keys of the cover's questions in reporting-templates.json, each an answer of <see cref="CoverAnswers"/>.</summary>
public static class CoverQuestionKeys
{
    public const string HealthAndWellbeingBoard = "healthAndWellbeingBoard";
    public const string CompletedBy = "completedBy";
    public const string Email = "email";
    public const string Phone = "phone";
    public const string SignedOff = "signedOff";
    public const string SignedOffBy = "signedOffBy";
    public const string SignedOffRole = "signedOffRole";
    public const string SignedOffOn = "signedOffOn";
    public const string ExpectedSignOffOn = "expectedSignOffOn";

    public static IReadOnlyList<string> All { get; } =
        [HealthAndWellbeingBoard, CompletedBy, Email, Phone, SignedOff, SignedOffBy, SignedOffRole, SignedOffOn, ExpectedSignOffOn];

    /// <summary>The answer to a cover question as the template's cell shows it: text as given, Yes/No, dates as
    /// "31/10/2024" (the template's UK date); null when blank.</summary>
    public static string? Answer(CoverAnswers cover, string key) => key switch
    {
        HealthAndWellbeingBoard => Text(cover.HealthAndWellbeingBoard),
        CompletedBy => Text(cover.CompletedBy),
        Email => Text(cover.Email),
        Phone => Text(cover.Phone),
        SignedOff => YesNo(cover.SignedOff),
        SignedOffBy => Text(cover.SignedOffBy),
        SignedOffRole => Text(cover.SignedOffRole),
        SignedOffOn => cover.SignedOffOn?.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture),
        ExpectedSignOffOn => cover.ExpectedSignOffOn?.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture),
        _ => throw new ArgumentOutOfRangeException(nameof(key), key, "Not a cover question's key."),
    };

    /// <summary>"Yes", "No" or null.</summary>
    public static string? YesNo(bool? value) => value switch { true => "Yes", false => "No", null => null };

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
