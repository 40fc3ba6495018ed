using BcfWorkflow.Domain.Model;
using BcfWorkflow.Domain.Reporting;

namespace BcfWorkflow.Demo;

/// <summary>What the demo's lead answers on the template's own sheets: the cover (signed off under delegation, to be
/// ratified at the next board), every national condition met, and an assessment of each metric of the year.</summary>
internal static class DemoLeadAnswers
{
    public static LeadAnswers For(Plan plan, string quarter)
    {
        var template = ReportingTemplates.For(plan.Year);
        var assessment = template.AssessmentsFor(quarter)[0];
        return new LeadAnswers(
            new CoverAnswers(
                HealthAndWellbeingBoard: plan.Area,
                CompletedBy: plan.Lead.Name,
                Email: plan.Lead.Email,
                Phone: "0116 305 0000",
                SignedOff: true,
                SignedOffBy: "Chair of the Health and Wellbeing Board",
                SignedOffRole: "Under delegation, to be ratified at the next board meeting",
                SignedOffOn: new DateOnly(2024, 10, 30)),
            [.. template.NationalConditions.Select((_, i) => new ConditionAnswer(i + 1, Met: true))],
            [.. template.Metrics.Select(m => new MetricAnswer(m.Name, assessment,
                Challenges: $"Winter pressure on {m.Name.ToLowerInvariant()}; no support needed from the national team.",
                Achievements: $"{m.Name}: the quarter's plan was met through the integrated community teams."))]);
    }
}
