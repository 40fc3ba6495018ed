using System.Text.Json;
using BcfWorkflow.Domain.Model;
using BcfWorkflow.Domain.Validation;

namespace BcfWorkflow.Domain.Plans;

/// <summary>
/// Maps the JSON of plan.json onto a <see cref="Plan"/>, noting every missing or mistyped field and going on
/// with a placeholder so later fields are checked too. Property names match ignoring case.
/// </summary>
internal sealed class PlanJsonMapper(PlanIssues issues)
{
    private readonly JsonFields fields = new(issues);

    public Plan? Map(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            issues.Add(IssueCodes.BadField, "$", "The plan must be a JSON object.");
            return null;
        }

        return new Plan
        {
            Area = fields.RequiredString(root, "area", "area"),
            Year = MapYear(root),
            Lead = MapLead(root),
            Income = MapIncome(root),
            RequiredSpend = MapRequiredSpend(root),
            Contributors = fields.RequiredArray(root, "contributors", "contributors", MapContributor),
            Schemes = fields.RequiredArray(root, "schemes", "schemes", MapScheme),
            ShareTemplateWithContributors = MapShareTemplate(root),
        };
    }

    private Lead MapLead(JsonElement root)
    {
        if (!fields.TryRequiredObject(root, "lead", "lead", out var lead))
        {
            return new Lead("", "");
        }
        return new Lead(fields.RequiredString(lead, "name", "lead.name"), fields.RequiredEmail(lead, "email", "lead.email"));
    }

    private List<SourceIncome> MapIncome(JsonElement root)
    {
        var income = new List<SourceIncome>();
        if (!fields.TryRequiredObject(root, "income", "income", out var sources))
        {
            return income;
        }
        foreach (var source in sources.EnumerateObject())
        {
            var path = $"income[\"{source.Name}\"]";
            var name = source.Name.Trim();
            if (name.Length == 0)
            {
                issues.Add(IssueCodes.BadField, path, "A source of funding has a blank name.");
                continue;
            }
            if (income.Any(i => string.Equals(i.Source, name, StringComparison.OrdinalIgnoreCase)))
            {
                issues.Add(IssueCodes.DuplicateSource, path, $"The source '{name}' appears twice in income.");
                continue;
            }
            income.Add(new SourceIncome(name, fields.Amount(source.Value, path) ?? 0m));
        }
        if (income.Count == 0)
        {
            issues.Add(IssueCodes.MissingField, "income", "income lists no sources of funding.");
        }
        return income;
    }

    private RequiredSpend MapRequiredSpend(JsonElement root)
    {
        if (!fields.TryRequiredObject(root, "requiredSpend", "requiredSpend", out var spend))
        {
            return new RequiredSpend(0m, 0m);
        }
        return new RequiredSpend(
            fields.RequiredAmount(spend, "nhsCommissionedOutOfHospital", "requiredSpend.nhsCommissionedOutOfHospital"),
            fields.RequiredAmount(spend, "adultSocialCare", "requiredSpend.adultSocialCare"));
    }

    private Contributor? MapContributor(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            issues.Add(IssueCodes.BadField, path, "A contributor must be a JSON object.");
            return null;
        }
        var schemeIds = fields.RequiredArray(element, "schemes", $"{path}.schemes", fields.Id);
        return new Contributor(
            ContributorId(fields.RequiredId(element, "id", $"{path}.id"), $"{path}.id"),
            fields.RequiredString(element, "name", $"{path}.name"),
            fields.RequiredEmail(element, "email", $"{path}.email"),
            schemeIds);
    }

    private Scheme? MapScheme(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            issues.Add(IssueCodes.BadField, path, "A scheme must be a JSON object.");
            return null;
        }
        var (pctNhs, pctLa) = JointShares.AsPercentages(
            fields.OptionalAmount(element, "pctNhs", $"{path}.pctNhs"), fields.OptionalAmount(element, "pctLa", $"{path}.pctLa"));
        return new Scheme
        {
            Id = fields.RequiredId(element, "id", $"{path}.id"),
            Name = fields.RequiredString(element, "name", $"{path}.name"),
            Description = fields.OptionalString(element, "description", $"{path}.description"),
            SchemeType = fields.OptionalString(element, "schemeType", $"{path}.schemeType"),
            SubType = fields.OptionalString(element, "subType", $"{path}.subType"),
            SchemeTypeOther = fields.OptionalString(element, "schemeTypeOther", $"{path}.schemeTypeOther"),
            AreaOfSpend = fields.OptionalString(element, "areaOfSpend", $"{path}.areaOfSpend"),
            AreaOfSpendOther = fields.OptionalString(element, "areaOfSpendOther", $"{path}.areaOfSpendOther"),
            Commissioner = MapCommissioner(element, $"{path}.commissioner"),
            PctNhs = pctNhs,
            PctLa = pctLa,
            Provider = fields.OptionalString(element, "provider", $"{path}.provider"),
            SourceOfFunding = fields.RequiredString(element, "sourceOfFunding", $"{path}.sourceOfFunding"),
            PlannedExpenditure = fields.RequiredAmount(element, "plannedExpenditure", $"{path}.plannedExpenditure"),
            PlannedOutputs = fields.OptionalAmount(element, "plannedOutputs", $"{path}.plannedOutputs"),
            Units = fields.OptionalString(element, "units", $"{path}.units"),
        };
    }

    /// <summary>A contributor id names the contributor's workflow and its blobs: letters and digits in words joined by
    /// single hyphens ("nwleics", "hinckley-bosworth"), so no two ids ("nw leics", "nw-leics") can name one workflow.</summary>
    private string ContributorId(string id, string path)
    {
        var valid = id.Length is > 0 and <= 40 && char.IsAsciiLetterOrDigit(id[0]) && char.IsAsciiLetterOrDigit(id[^1])
                    && id.All(c => char.IsAsciiLetterOrDigit(c) || c == '-') && !id.Contains("--", StringComparison.Ordinal);
        if (id.Length > 0 && !valid)
        {
            issues.Add(IssueCodes.BadField, path,
                $"{path} '{id}' must be letters and digits, words joined by single hyphens (such as nw-leics), at most 40 characters.");
        }
        return id;
    }

    /// <summary>The optional "shareTemplateWithContributors": true or false (absent is false).</summary>
    private bool MapShareTemplate(JsonElement root)
    {
        if (!root.TryGetProperty("shareTemplateWithContributors", out var value) || value.ValueKind is JsonValueKind.Null or JsonValueKind.False)
        {
            return false;
        }
        if (value.ValueKind == JsonValueKind.True)
        {
            return true;
        }
        issues.Add(IssueCodes.BadField, "shareTemplateWithContributors", "shareTemplateWithContributors must be true or false.");
        return false;
    }

    private string MapYear(JsonElement root)
    {
        var year = fields.RequiredString(root, "year", "year");
        if (year.Length > 0 && !Model.FinancialYear.IsValid(year))
        {
            issues.Add(IssueCodes.BadField, "year", $"year '{year}' must be a financial year written as YYYY-YY, such as 2024-25.");
        }
        return year;
    }

    private Commissioner MapCommissioner(JsonElement scheme, string path)
    {
        var text = fields.RequiredString(scheme, "commissioner", path);
        if (text.Length == 0)
        {
            return Commissioner.LA;
        }
        switch (text.ToUpperInvariant())
        {
            case "LA":
                return Commissioner.LA;
            case "NHS":
                return Commissioner.NHS;
            case "JOINT":
                return Commissioner.Joint;
            default:
                issues.Add(IssueCodes.BadField, path, $"'{text}' is not a commissioner (LA, NHS or Joint).");
                return Commissioner.LA;
        }
    }
}
