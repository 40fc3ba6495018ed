using System.Globalization;
using System.Text.Json;

namespace BcfWorkflow.Web.Tests.Support;

/// <summary>A small area plan (district councils with one DFG scheme each) and returns for it.</summary>
public sealed record TestArea(string Name, IReadOnlyList<string> Contributors)
{
    public const string Year = "2024-25";
    public const string Quarter = "Q2";

    public static readonly IReadOnlyDictionary<string, (string SchemeId, string Council, decimal Planned, int Outputs)> Schemes =
        new Dictionary<string, (string, string, decimal, int)>
        {
            ["blaby"] = ("39", "Blaby District Council", 603345m, 85),
            ["charnwood"] = ("40", "Charnwood Borough Council", 947908m, 120),
            ["melton"] = ("43", "Melton Borough Council", 258802m, 30),
        };

    public string CycleId => $"{Name.ToLowerInvariant()}-2024-25-q2";

    public string PlanJson()
    {
        var plan = new
        {
            area = Name,
            year = Year,
            lead = new { name = "BCF Lead", email = "bcf.lead@example.gov.uk" },
            income = new Dictionary<string, decimal>
            {
                ["DFG"] = Contributors.Sum(c => Schemes[c].Planned),
                ["Minimum NHS Contribution"] = 0m,
                ["iBCF"] = 0m,
                ["Additional LA Contribution"] = 0m,
                ["Additional NHS Contribution"] = 0m,
                ["Local Authority Discharge Funding"] = 0m,
                ["ICB Discharge Funding"] = 0m,
            },
            requiredSpend = new { nhsCommissionedOutOfHospital = 0m, adultSocialCare = 0m },
            contributors = Contributors.Select(c => new
            {
                id = c,
                name = Schemes[c].Council,
                email = $"dfg@{c}.example.gov.uk",
                schemes = new[] { Schemes[c].SchemeId },
            }),
            schemes = Contributors.Select(c => new
            {
                id = Schemes[c].SchemeId,
                name = Schemes[c].Council,
                description = "Disabled Facilities Grant adaptations",
                schemeType = "DFG Related Schemes",
                subType = "Adaptations, including statutory DFG grants",
                areaOfSpend = "Social Care",
                commissioner = "LA",
                pctNhs = (decimal?)null,
                pctLa = (decimal?)null,
                provider = "Local Authority",
                sourceOfFunding = "DFG",
                plannedExpenditure = Schemes[c].Planned,
                plannedOutputs = Schemes[c].Outputs,
                units = "Number of adaptations funded/people supported",
            }),
        };
        return JsonSerializer.Serialize(plan);
    }

    /// <summary>A valid return: the contributor's one row.</summary>
    public static string ReturnCsv(string contributorId, decimal spent, int outputs, string comments = "") =>
        "Scheme ID,Scheme Name,Expenditure to date (£),Outputs delivered to date,Comments\r\n" +
        $"{Schemes[contributorId].SchemeId},{Schemes[contributorId].Council},\"£{spent.ToString("#,##0", CultureInfo.InvariantCulture)}\",{outputs},{comments}\r\n";

    /// <summary>An invalid return: the amount on row 2 is not a number.</summary>
    public static string InvalidReturnCsv(string contributorId) =>
        "Scheme ID,Scheme Name,Expenditure to date (£),Outputs delivered to date,Comments\r\n" +
        $"{Schemes[contributorId].SchemeId},{Schemes[contributorId].Council},about a million,12,\r\n";
}
