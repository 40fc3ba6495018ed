using System.Text.Json;

namespace BcfWorkflow.Cli.Tests.Support;

/// <summary>The running balances and required spend worked out directly from plan.json and the return CSVs.</summary>
public sealed class ExpectedFigures
{
    private ExpectedFigures(IReadOnlyDictionary<string, decimal> income, IReadOnlyDictionary<string, decimal> spendBySource,
        decimal outOfHospital, decimal adultSocialCare, decimal outOfHospitalMinimum, decimal adultSocialCareMinimum)
    {
        Income = income;
        SpendBySource = spendBySource;
        OutOfHospital = outOfHospital;
        AdultSocialCare = adultSocialCare;
        OutOfHospitalMinimum = outOfHospitalMinimum;
        AdultSocialCareMinimum = adultSocialCareMinimum;
    }

    public IReadOnlyDictionary<string, decimal> Income { get; }
    public IReadOnlyDictionary<string, decimal> SpendBySource { get; }
    public decimal OutOfHospital { get; }
    public decimal AdultSocialCare { get; }
    public decimal OutOfHospitalMinimum { get; }
    public decimal AdultSocialCareMinimum { get; }

    public static ExpectedFigures From(string planPath, IEnumerable<string> returnPaths)
    {
        using var plan = JsonDocument.Parse(File.ReadAllText(planPath));
        var root = plan.RootElement;
        var income = root.GetProperty("income").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDecimal());
        var schemes = root.GetProperty("schemes").EnumerateArray().ToDictionary(s => s.GetProperty("id").GetString()!, s => s.Clone());
        var spend = returnPaths.SelectMany(p => SimpleCsv.ExpenditureBySchemeId(p)).ToList();

        var bySource = income.Keys.ToDictionary(k => k, _ => 0m);
        decimal outOfHospital = 0, adultSocialCare = 0;
        foreach (var (id, amount) in spend)
        {
            var scheme = schemes[id];
            var source = scheme.GetProperty("sourceOfFunding").GetString()!;
            bySource[source] += amount;
            if (source != "Minimum NHS Contribution")
            {
                continue;
            }
            var area = scheme.GetProperty("areaOfSpend").GetString();
            var nhsShare = scheme.GetProperty("commissioner").GetString() switch
            {
                "NHS" => 1m,
                "Joint" => scheme.GetProperty("pctNhs").GetDecimal() / 100m,
                _ => 0m,
            };
            if (area != "Acute")
            {
                outOfHospital += amount * nhsShare;
            }
            if (area == "Social Care")
            {
                adultSocialCare += amount;
            }
        }
        var required = root.GetProperty("requiredSpend");
        return new ExpectedFigures(income, bySource, outOfHospital, adultSocialCare,
            required.GetProperty("nhsCommissionedOutOfHospital").GetDecimal(), required.GetProperty("adultSocialCare").GetDecimal());
    }
}
