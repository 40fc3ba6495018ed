using System.Text.Json;
using System.Text.Json.Serialization;
using BcfWorkflow.Domain.Model;

namespace BcfWorkflow.Domain.Reporting;

/// <summary>The reporting templates of the years we know, from the embedded reporting-templates.json.</summary>
public static class ReportingTemplates
{
    private const string ResourceName = "BcfWorkflow.Domain.Reporting.reporting-templates.json";

    private static readonly Lazy<IReadOnlyDictionary<string, ReportingTemplate>> Known = new(Load);

    /// <summary>The years the data holds, oldest first.</summary>
    public static IReadOnlyList<string> KnownYears => [.. Known.Value.Keys.Order(StringComparer.Ordinal)];

    /// <summary>The template of a financial year ("2024-25"). A year the data does not hold gets the latest known
    /// year before it (or the earliest, for a year before them all) for its sheet names and cover questions, with no
    /// conditions or metrics: those change from year to year and are never guessed.</summary>
    public static ReportingTemplate For(string year)
    {
        ArgumentNullException.ThrowIfNull(year);
        if (Known.Value.TryGetValue(year, out var known))
        {
            return known;
        }
        var years = KnownYears;
        var nearest = years.LastOrDefault(y => string.CompareOrdinal(y, year) < 0) ?? years[0];
        return Known.Value[nearest] with { Year = year, IsKnownYear = false, NationalConditions = [], Metrics = [], FundingSources = [] };
    }

    private static IReadOnlyDictionary<string, ReportingTemplate> Load()
    {
        using var stream = typeof(ReportingTemplates).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"{ResourceName} is not embedded in {typeof(ReportingTemplates).Assembly.GetName().Name}.");
        var file = JsonSerializer.Deserialize<TemplatesFile>(stream, Options)
            ?? throw new InvalidOperationException($"{ResourceName} is empty.");
        return file.Years.ToDictionary(y => y.Key, y => ToTemplate(y.Key, y.Value), StringComparer.Ordinal);
    }

    private static ReportingTemplate ToTemplate(string year, YearEntry entry)
    {
        if (!FinancialYear.IsValid(year))
        {
            throw new InvalidOperationException($"{ResourceName}: '{year}' is not a financial year like 2024-25.");
        }
        var s = entry.Sheets;
        return new ReportingTemplate(
            year,
            IsKnownYear: true,
            new ReportingSheets(s.Guidance, s.Cover, s.NationalConditions, s.Metrics, s.Expenditure),
            [.. entry.CoverQuestions.Select(q => CoverQuestionKeys.All.Contains(q.Key)
                ? new CoverQuestion(q.Key, q.Label)
                : throw new InvalidOperationException($"{ResourceName} {year}: '{q.Key}' is not a cover question BcfWorkflow keeps an answer to."))],
            entry.NationalConditions,
            [.. entry.Metrics.Select(m => new ReportingMetric(m.Name, m.Definition))],
            entry.Assessments.InYear,
            entry.Assessments.YearEnd,
            entry.FundingSources);
    }

    private static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
        RespectRequiredConstructorParameters = true,
    };

    private sealed record TemplatesFile(Dictionary<string, YearEntry> Years);

    private sealed record YearEntry(
        SheetsEntry Sheets, List<CoverQuestionEntry> CoverQuestions, List<string> NationalConditions, List<MetricEntry> Metrics,
        AssessmentsEntry Assessments, List<string> FundingSources);

    private sealed record CoverQuestionEntry(string Key, string Label);

    private sealed record SheetsEntry(string Guidance, string Cover, string NationalConditions, string Metrics, string Expenditure);

    private sealed record MetricEntry(string Name, string Definition);

    private sealed record AssessmentsEntry(List<string> InYear, List<string> YearEnd);
}
