using System.Globalization;
using BcfWorkflow.Domain.Aggregation;

namespace BcfWorkflow.Cli.Output;

/// <summary>Prints the running balances and required spend of an aggregated return as a plain table.</summary>
public static class SummaryPrinter
{
    public static void Print(AreaSummary summary, TextWriter writer)
    {
        var c = CultureInfo.InvariantCulture;
        writer.WriteLine($"{summary.Area} {summary.Year} {summary.Quarter}: {summary.Schemes.Count(s => s.Returned)} of {summary.Schemes.Count} schemes returned");
        writer.WriteLine();
        writer.WriteLine(string.Create(c, $"{"Source of funding",-36}{"Income",14}{"To date",14}{"Spent",9}{"Balance",14}"));
        foreach (var b in summary.RunningBalances)
        {
            var percent = b.PercentageSpent is { } p ? (p * 100m).ToString("0.00", c) + "%" : "";
            writer.WriteLine(string.Create(c, $"{b.Source,-36}{b.Income,14:N0}{b.ExpenditureToDate,14:N0}{percent,9}{b.Balance,14:N0}"));
        }
        writer.WriteLine();
        foreach (var r in summary.RequiredSpend)
        {
            writer.WriteLine(string.Create(c, $"{r.Name}: minimum {r.MinimumRequired:N0}, to date {r.ExpenditureToDate:N0}, balance {r.Balance:N0}"));
        }
    }
}
