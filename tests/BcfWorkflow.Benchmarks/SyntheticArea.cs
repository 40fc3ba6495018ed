using System.Globalization;
using System.Text;
using BcfWorkflow.Domain.Model;

namespace BcfWorkflow.Benchmarks;

/// <summary>A made-up area of any size: one contributor owning every scheme, and its return as CSV bytes.</summary>
public static class SyntheticArea
{
    public const string ContributorId = "synthetic";

    private static readonly string[] Sources =
    [
        "DFG", "Minimum NHS Contribution", "iBCF", "Additional LA Contribution", "Additional NHS Contribution",
        "Local Authority Discharge Funding", "ICB Discharge Funding",
    ];

    private static readonly string[] FundedSources = ["DFG", "Minimum NHS Contribution", "iBCF", "Local Authority Discharge Funding", "ICB Discharge Funding"];
    private static readonly string[] AreasOfSpend = ["Social Care", "Community Health", "Acute", "Primary Care", "Mental Health"];

    public static Plan Plan(int schemeCount)
    {
        var schemes = Enumerable.Range(1, schemeCount).Select(Scheme).ToList();
        return new Plan
        {
            Area = "Synthetic",
            Year = "2024-25",
            Lead = new Lead("BCF Lead", "bcf.lead@example.gov.uk"),
            Income = Sources.Select(s => new SourceIncome(s, schemes.Where(x => x.SourceOfFunding == s).Sum(x => x.PlannedExpenditure))).ToList(),
            RequiredSpend = new RequiredSpend(1_000_000m, 2_000_000m),
            Contributors = [new Contributor(ContributorId, "Synthetic Council", "bcf@synthetic.example.gov.uk", schemes.Select(s => s.Id).ToList())],
            Schemes = schemes,
        };
    }

    /// <summary>A valid return for every scheme of the plan, in the published "£1,108,147" format, about half spent.</summary>
    public static byte[] ReturnCsv(Plan plan)
    {
        var csv = new StringBuilder("Scheme ID,Scheme Name,Expenditure to date (£),Outputs delivered to date,Comments\n");
        foreach (var s in plan.Schemes)
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
