using System.Text;
using System.Text.Json.Nodes;
using BcfWorkflow.Domain.Plans;

namespace BcfWorkflow.Domain.Tests.PlanReading;

/// <summary>A valid plan.json to start from, and a way to read a changed copy.</summary>
internal static class PlanJson
{
    public const string Text = """
        {
          "area": "Leicestershire",
          "year": "2024-25",
          "lead": { "name": "BCF Lead", "email": "bcf.lead@example.gov.uk" },
          "income": { "DFG": 4850818, "Minimum NHS Contribution": 51507543, "iBCF": 17690614,
                      "Additional LA Contribution": 0, "Additional NHS Contribution": 0,
                      "Local Authority Discharge Funding": 4133661, "ICB Discharge Funding": 4355513 },
          "requiredSpend": { "nhsCommissionedOutOfHospital": 14633036, "adultSocialCare": 30774296 },
          "contributors": [
            { "id": "blaby", "name": "Blaby District Council", "email": "dfg@blaby.example.gov.uk", "schemes": ["39"] },
            { "id": "icb", "name": "LLR ICB", "email": "bcf@icb.example.nhs.uk", "schemes": ["11"] }
          ],
          "schemes": [
            { "id": "39", "name": "Blaby District Council", "description": "Integrated Blaby Planning",
              "schemeType": "DFG Related Schemes", "subType": "Adaptations, including statutory DFG grants",
              "areaOfSpend": "Social Care", "commissioner": "LA", "pctNhs": null, "pctLa": null,
              "provider": "Local Authority", "sourceOfFunding": "DFG",
              "plannedExpenditure": 603345, "plannedOutputs": 85,
              "units": "Number of adaptations funded/people supported" },
            { "id": "11", "name": "Reablement", "schemeType": "Other", "schemeTypeOther": "Reablement at home",
              "areaOfSpend": "Other", "areaOfSpendOther": "Mixed", "commissioner": "Joint", "pctNhs": 60, "pctLa": 40,
              "provider": "Local Authority", "sourceOfFunding": "Minimum NHS Contribution",
              "plannedExpenditure": 5000000.50, "plannedOutputs": null }
          ]
        }
        """;

    public static JsonObject Valid() => JsonNode.Parse(Text)!.AsObject();

    public static PlanReadResult Read(JsonNode json) => Read(json.ToJsonString());

    public static PlanReadResult Read(string json) => PlanReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "plan.json");
}
