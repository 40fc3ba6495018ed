using BcfWorkflow.Domain.Aggregation;
using BcfWorkflow.Domain.Model;
using BcfWorkflow.Domain.Plans;
using BcfWorkflow.Domain.Returns;

namespace BcfWorkflow.Domain.Tests.Rendering;

/// <summary>A 90-scheme area, Leicestershire's size in 2024-25: the sample plan's 59 schemes and 31 more like them
/// (the county's), every contributor returning, amounts in pounds and pence, some NA outputs, and comments from none to
/// long ones (and one that starts like a formula). Seeded: the same area every run.</summary>
internal sealed record NinetySchemeArea(Plan Plan, AreaSummary Summary)
{
    public const int Schemes = 90;
    private const string County = "leicestershire-cc";

    private static readonly string[] Comments =
    [
        "", "", "", "In line with plan",
        "Includes £12,500 carried over from last year, and a refund from the provider of £3,200",
        "Spend is behind plan: recruitment to the team started late and two posts are still vacant; we expect to catch up by Q4.",
        "=SUM(A1:A9)",
        "Outputs counted from the case management system on 30 September",
    ];

    public static NinetySchemeArea Create()
    {
        var sample = ReadSamplePlan();
        var extra = Enumerable.Range(0, Schemes - sample.Schemes.Count)
            .Select(i => sample.Schemes[i % sample.Schemes.Count] with { Id = (101 + i).ToString(System.Globalization.CultureInfo.InvariantCulture) })
            .Select(s => s with { Name = s.Name + " (second site)" })
            .ToList();
        var plan = sample with
        {
            Schemes = [.. sample.Schemes, .. extra],
            Contributors = [.. sample.Contributors.Select(c => c.Id == County ? c with { SchemeIds = [.. c.SchemeIds, .. extra.Select(s => s.Id)] } : c)],
        };
        var random = new Random(2024);
        var returns = plan.Contributors.Select(c => new ContributorReturn(c.Id, $"{c.Id}.csv",
        [
            .. plan.SchemesOf(c).Select(s => new ReturnRow(
                s.Id,
                Math.Round(s.PlannedExpenditure * (decimal)(0.3 + (random.NextDouble() * 0.4)), 2),
                s.PlannedOutputs is { } planned ? Math.Round(planned * (decimal)random.NextDouble()) : null,
                Comments[random.Next(Comments.Length)])),
        ])).ToList();
        return new NinetySchemeArea(plan, AreaAggregator.Aggregate(plan, new Quarter(2), returns));
    }

    private static Plan ReadSamplePlan()
    {
        using var json = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "RealWorld", "samples", "leicestershire", "plan.json"));
        return PlanReader.Read(json, "plan.json").Plan!;
    }
}
