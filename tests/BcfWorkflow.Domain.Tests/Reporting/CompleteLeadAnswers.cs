using BcfWorkflow.Domain.Reporting;

namespace BcfWorkflow.Domain.Tests.Reporting;

/// <summary>Every answer of a year's template given, as a lead who has finished would give them.</summary>
internal static class CompleteLeadAnswers
{
    public static LeadAnswers For(string year, string quarter = "Q2")
    {
        var template = ReportingTemplates.For(year);
        return new LeadAnswers(
            new CoverAnswers("Leicestershire", "Jo Lead", "jo.lead@leics.gov.uk", "0116 305 0000", SignedOff: true,
                SignedOffBy: "Mike Sandys", SignedOffRole: "Director of Public Health", SignedOffOn: new DateOnly(2024, 10, 30)),
            [.. template.NationalConditions.Select((_, i) => new ConditionAnswer(i + 1, Met: true))],
            [.. template.Metrics.Select(m => new MetricAnswer(m.Name, template.AssessmentsFor(quarter)[0], $"Challenges for {m.Name}", $"Achievements for {m.Name}"))]);
    }
}
