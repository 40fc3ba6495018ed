using System.Globalization;
using System.Text;
using BcfWorkflow.Domain.Model;

namespace BcfWorkflow.Bench;

/// <summary>Made-up areas of any size for the benchmarks: contributors owning equal shares of the schemes, and
/// valid returns for them in the published "£1,108,147" format, about half spent.</summary>
public static class SyntheticArea
{
    public const string Year = "2024-25";

    private static readonly string[] Sources =
    [
        "DFG", "Minimum NHS Contribution", "iBCF", "Additional LA Contribution", "Additional NHS Contribution",
        "Local Authority Discharge Funding", "ICB Discharge Funding",
    ];

    private static readonly string[] FundedSources = ["DFG", "Minimum NHS Contribution", "iBCF", "Local Authority Discharge Funding", "ICB Discharge Funding"];
    private static readonly string[] AreasOfSpend = ["Social Care", "Community Health", "Acute", "Primary Care", "Mental Health"];

    public static string ContributorId(int n) => $"council-{n:000}";

    /// <param name="area">The area's name, e.g. "Area 001".</param>
    public static Plan Plan(string area, int contributorCount, int schemesPerContributor)
    {
        var schemes = Enumerable.Range(1, contributorCount * schemesPerContributor).Select(Scheme).ToList();
        var contributors = Enumerable.Range(1, contributorCount)
            .Select(c => new Contributor(ContributorId(c), $"Council {c:000}", $"bcf@council-{c:000}.example.gov.uk",
                schemes.Skip((c - 1) * schemesPerContributor).Take(schemesPerContributor).Select(s => s.Id).ToList()))
            .ToList();
        return new Plan
        {
            Area = area,
            Year = Year,
            Lead = new Lead("BCF Lead", $"bcf.lead@{CultureInfo.InvariantCulture.TextInfo.ToLower(area.Replace(' ', '-'))}.example.gov.uk"),
            Income = Sources.Select(s => new SourceIncome(s, schemes.Where(x => x.SourceOfFunding == s).Sum(x => x.PlannedExpenditure))).ToList(),
            RequiredSpend = new RequiredSpend(1_000_000m, 2_000_000m),
            Contributors = contributors,
            Schemes = schemes,
        };
    }

    /// <summary>A valid CSV return for every scheme of the contributor.</summary>
    public static byte[] ReturnCsv(Plan plan, string contributorId)
    {
        var csv = new StringBuilder("Scheme ID,Scheme Name,Expenditure to date (£),Outputs delivered to date,Comments\n");
        foreach (var s in plan.SchemesOf(plan.FindContributor(contributorId)!))
        {
            var outputs = s.PlannedOutputs is { } o ? Math.Round(o / 2).ToString(CultureInfo.InvariantCulture) : "NA";
            csv.Append(CultureInfo.InvariantCulture, $"{s.Id},\"{s.Name}\",\"£{Math.Round(s.PlannedExpenditure / 2):N0}\",{outputs},\n");
        }
        return Encoding.UTF8.GetBytes(csv.ToString());
    }

    private static Scheme Scheme(int n)
    {
        var commissioner = (Commissioner)(n % 3);
        return new Scheme
        {
            Id = n.ToString(CultureInfo.InvariantCulture),
            Name = $"Scheme {n}",
            Description = "Synthetic scheme for benchmarks",
            SchemeType = "Community Based Schemes",
            AreaOfSpend = AreasOfSpend[n % AreasOfSpend.Length],
            Commissioner = commissioner,
            PctNhs = commissioner == Commissioner.Joint ? 60m : null,
            PctLa = commissioner == Commissioner.Joint ? 40m : null,
            Provider = "Local Authority",
            SourceOfFunding = FundedSources[n % FundedSources.Length],
            PlannedExpenditure = 100_000m + (n * 1_000m),
            PlannedOutputs = n % 4 == 0 ? null : 50 + n,
            Units = n % 4 == 0 ? "" : "Number of beneficiaries",
        };
    }
}
