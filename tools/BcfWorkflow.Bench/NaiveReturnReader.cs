using System.Globalization;
using BcfWorkflow.Domain.Model;
using BcfWorkflow.Domain.Returns;
using BcfWorkflow.Domain.Validation;
using CsvHelper;

namespace BcfWorkflow.Bench;

/// <summary>The baseline the benchmarks compare <see cref="ReturnReader"/> with: what a competent developer writes
/// first. CsvHelper reads the rows into a class, LINQ looks each one up in the plan, amounts are parsed with
/// <see cref="NumberStyles.Currency"/> in pounds. It checks the same main rules (unknown, foreign, duplicate and
/// missing schemes, bad or negative amounts, bad outputs, name mismatches) and returns the same result type.</summary>
public static class NaiveReturnReader
{
    private static readonly NumberFormatInfo Pounds = PoundsFormat();

    private static readonly CsvReaderOptions Options = CsvReaderOptions.Default with { Separator = ',', TrimWhitespace = true };

    public static ReturnReadResult Read(Plan plan, string contributorId, Stream content, string fileName)
    {
        using var csv = CsvReader.Create(content, Options, leaveOpen: true);
        var records = csv.GetRecords<NaiveReturnRecord>().ToList();

        var issues = new List<ValidationIssue>();
        var contributor = plan.Contributors.FirstOrDefault(c => c.Id.Equals(contributorId, StringComparison.OrdinalIgnoreCase));
        if (contributor is null)
        {
            issues.Add(new(IssueCodes.UnknownContributor, fileName, null, null, $"'{contributorId}' is not a contributor."));
            return new(null, issues);
        }
        var rows = new List<ReturnRow>();
        for (var i = 0; i < records.Count; i++)
        {
            var record = records[i];
            var rowNumber = i + 2;
            var scheme = plan.Schemes.FirstOrDefault(s => s.Id.Equals(record.SchemeId, StringComparison.OrdinalIgnoreCase));
            if (scheme is null)
            {
                issues.Add(new(IssueCodes.UnknownScheme, fileName, rowNumber, "Scheme ID", $"Scheme {record.SchemeId} is not in the plan."));
                continue;
            }
            if (!contributor.SchemeIds.Any(id => id.Equals(scheme.Id, StringComparison.OrdinalIgnoreCase)))
            {
                issues.Add(new(IssueCodes.ForeignScheme, fileName, rowNumber, "Scheme ID", $"Scheme {scheme.Id} is not {contributor.Name}'s."));
                continue;
            }
            if (rows.Any(r => r.SchemeId == scheme.Id))
            {
                issues.Add(new(IssueCodes.DuplicateScheme, fileName, rowNumber, "Scheme ID", $"Scheme {scheme.Id} appears again."));
                continue;
            }
            if (!string.IsNullOrEmpty(record.SchemeName) && !record.SchemeName.Equals(scheme.Name, StringComparison.OrdinalIgnoreCase))
            {
                issues.Add(new(IssueCodes.NameMismatch, fileName, rowNumber, "Scheme Name", $"'{record.SchemeName}' is not the plan's name '{scheme.Name}'."));
            }
            if (!decimal.TryParse(record.Expenditure, NumberStyles.Currency, Pounds, out var spend))
            {
                issues.Add(new(IssueCodes.BadAmount, fileName, rowNumber, "Expenditure to date (£)", $"'{record.Expenditure}' is not an amount in pounds."));
                continue;
            }
            if (spend < 0)
            {
                issues.Add(new(IssueCodes.NegativeAmount, fileName, rowNumber, "Expenditure to date (£)", $"'{record.Expenditure}' is negative."));
                continue;
            }
            decimal? outputs = null;
            if (!string.IsNullOrEmpty(record.Outputs) && !record.Outputs.Equals("NA", StringComparison.OrdinalIgnoreCase))
            {
                if (!decimal.TryParse(record.Outputs, NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed) || parsed < 0)
                {
                    issues.Add(new(IssueCodes.BadOutputs, fileName, rowNumber, "Outputs delivered to date", $"'{record.Outputs}' is not a number or NA."));
                    continue;
                }
                outputs = parsed;
            }
            rows.Add(new ReturnRow(scheme.Id, spend, outputs, record.Comments ?? ""));
        }
        foreach (var missing in contributor.SchemeIds.Where(id => !rows.Any(r => r.SchemeId.Equals(id, StringComparison.OrdinalIgnoreCase))))
        {
            issues.Add(new(IssueCodes.MissingScheme, fileName, null, "Scheme ID", $"There is no row for scheme {missing}."));
        }
        if (issues.Count > 0)
        {
            return new(null, issues);
        }
        var ordered = contributor.SchemeIds.Select(id => rows.First(r => r.SchemeId.Equals(id, StringComparison.OrdinalIgnoreCase))).ToList();
        return new(new ContributorReturn(contributor.Id, fileName, ordered), issues);
    }

    private static NumberFormatInfo PoundsFormat()
    {
        var format = (NumberFormatInfo)CultureInfo.InvariantCulture.NumberFormat.Clone();
        format.CurrencySymbol = "£";
        return NumberFormatInfo.ReadOnly(format);
    }
}
