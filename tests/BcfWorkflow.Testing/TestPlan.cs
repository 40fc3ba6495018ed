using System.Text;
using BcfWorkflow.Domain.Model;

namespace BcfWorkflow.Testing;

/// <summary>A small area: two district councils (DFG) and the county (iBCF), one scheme each.</summary>
public static class TestPlan
{
    public const string Area = "Testshire";
    public const string Year = "2024-25";
    public const string LeadEmail = "bcf.lead@testshire.example.gov.uk";
    public const string Blaby = "blaby";
    public const string Charnwood = "charnwood";
    public const string County = "county";

    public static IReadOnlyList<string> ContributorIds { get; } = [Blaby, Charnwood, County];

    public static string EmailOf(string contributorId) => $"returns@{contributorId}.example.gov.uk";

    public static Plan Create() => new()
    {
        Area = Area,
        Year = Year,
        Lead = new Lead("BCF Lead", LeadEmail),
        Income =
        [
            new("DFG", 1_000_000m), new("Minimum NHS Contribution", 0m), new("iBCF", 2_000_000m),
            new("Additional LA Contribution", 0m), new("Additional NHS Contribution", 0m),
            new("Local Authority Discharge Funding", 0m), new("ICB Discharge Funding", 0m),
        ],
        RequiredSpend = new RequiredSpend(0m, 0m),
        Contributors =
        [
            new(Blaby, "Blaby District Council", EmailOf(Blaby), ["39"]),
            new(Charnwood, "Charnwood Borough Council", EmailOf(Charnwood), ["40"]),
            new(County, "Testshire County Council", EmailOf(County), ["50"]),
        ],
        Schemes =
        [
            Scheme("39", "Blaby DFG", "DFG", 600_000m, 85m),
            Scheme("40", "Charnwood DFG", "DFG", 400_000m, 60m),
            Scheme("50", "Reablement", "iBCF", 2_000_000m, 300m),
        ],
    };

    /// <summary>A valid CSV return: the contributor's one scheme with the given spend to date.</summary>
    public static byte[] Return(string contributorId, decimal expenditureToDate, int outputs = 10)
    {
        var schemeId = contributorId switch { Blaby => "39", Charnwood => "40", _ => "50" };
        var csv = $"Scheme ID,Expenditure to date (£),Outputs delivered to date,Comments\n{schemeId},{expenditureToDate:0},{outputs},\n";
        return Encoding.UTF8.GetBytes(csv);
    }

    private static Scheme Scheme(string id, string name, string source, decimal planned, decimal outputs) => new()
    {
        Id = id,
        Name = name,
        SchemeType = source == "DFG" ? "DFG Related Schemes" : "Home Care or Domiciliary Care",
        AreaOfSpend = "Social Care",
        Commissioner = Commissioner.LA,
        Provider = "Local Authority",
        SourceOfFunding = source,
        PlannedExpenditure = planned,
        PlannedOutputs = outputs,
        Units = "Number of people",
    };
}
