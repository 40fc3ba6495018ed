using System.Text;

namespace BcfWorkflow.Testing;

/// <summary><see cref="TestPlan"/> as the plan.json a lead posts (docs/interfaces.md).</summary>
public static class TestPlanJson
{
    public static byte[] Create(string year = TestPlan.Year) => Encoding.UTF8.GetBytes($$"""
        {
          "area": "{{TestPlan.Area}}", "year": "{{year}}",
          "lead": { "name": "BCF Lead", "email": "{{TestPlan.LeadEmail}}" },
          "income": { "DFG": 1000000, "Minimum NHS Contribution": 0, "iBCF": 2000000, "Additional LA Contribution": 0,
                      "Additional NHS Contribution": 0, "Local Authority Discharge Funding": 0, "ICB Discharge Funding": 0 },
          "requiredSpend": { "nhsCommissionedOutOfHospital": 0, "adultSocialCare": 0 },
          "contributors": [
            { "id": "blaby", "name": "Blaby District Council", "email": "{{TestPlan.EmailOf("blaby")}}", "schemes": ["39"] },
            { "id": "charnwood", "name": "Charnwood Borough Council", "email": "{{TestPlan.EmailOf("charnwood")}}", "schemes": ["40"] },
            { "id": "county", "name": "Testshire County Council", "email": "{{TestPlan.EmailOf("county")}}", "schemes": ["50"] }
          ],
          "schemes": [
            {{Scheme("39", "Blaby DFG", "DFG", 600000, 85)}},
            {{Scheme("40", "Charnwood DFG", "DFG", 400000, 60)}},
            {{Scheme("50", "Reablement", "iBCF", 2000000, 300)}}
          ]
        }
        """);

    private static string Scheme(string id, string name, string source, decimal planned, decimal outputs) => $$"""
        { "id": "{{id}}", "name": "{{name}}", "description": "{{name}}",
          "schemeType": "{{(source == "DFG" ? "DFG Related Schemes" : "Home Care or Domiciliary Care")}}", "subType": null,
          "areaOfSpend": "Social Care", "commissioner": "LA", "pctNhs": null, "pctLa": null, "provider": "Local Authority",
          "sourceOfFunding": "{{source}}", "plannedExpenditure": {{planned}}, "plannedOutputs": {{outputs}}, "units": "Number of people" }
        """;
}
