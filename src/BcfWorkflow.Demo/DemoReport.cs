using System.Globalization;
using BcfWorkflow.Domain.Rendering;
using Spectre.Console;

namespace BcfWorkflow.Demo;

/// <summary>The end of the demo: the contributors' final states, the running balances and required spend of the approved
/// template, and where everything is.</summary>
internal static class DemoReport
{
    public static void Print(IAnsiConsole console, DemoBoard board, DemoOutputs outputs, string cycleId, string outDir, TableBorder border, bool printContributors)
    {
        var c = CultureInfo.InvariantCulture;
        using var json = new MemoryStream(outputs.Files["template.json"], writable: false);
        var summary = SummaryJsonReader.Read(json);
        if (printContributors)
        {
            console.Write(DemoTables.Contributors(board, border));
        }

        var balances = new Table().Border(border).Title($"Running balances, {Markup.Escape($"{summary.Area} {summary.Year} {summary.Quarter}")}");
        balances.AddColumns("Source of funding", "Income (£)", "Spent to date (£)", "Spent", "Balance (£)");
        foreach (var b in summary.RunningBalances)
        {
            balances.AddRow(Markup.Escape(b.Source), b.Income.ToString("N0", c), b.ExpenditureToDate.ToString("N0", c),
                b.PercentageSpent is { } p ? (p * 100m).ToString("0.00", c) + "%" : "", b.Balance.ToString("N0", c));
        }
        console.Write(balances);

        var required = new Table().Border(border).Title("Required spend");
        required.AddColumns("Requirement", "Minimum (£)", "Spent to date (£)", "Balance (£)");
        foreach (var r in summary.RequiredSpend)
        {
            required.AddRow(Markup.Escape(r.Name), r.MinimumRequired.ToString("N0", c), r.ExpenditureToDate.ToString("N0", c), r.Balance.ToString("N0", c));
        }
        console.Write(required);

        var full = Path.GetFullPath(outDir);
        var version = board.Latest?.TemplateVersion ?? 1;
        console.WriteLine(string.Create(c, $"Cycle {cycleId} approved in {board.Elapsed.TotalSeconds:0} s: {outputs.Emails.Count} emails sent, {board.Events.Count} events."));
        console.WriteLine($"Template in blob storage: bcf/templates/{cycleId}/v{version}/ (template.xlsx, .csv, .json, answers.csv, reporting-workbook.xlsx)");
        console.WriteLine($"Local copies in {full}: {string.Join(", ", outputs.Files.Keys)}, emails/ ({outputs.Emails.Count} .eml)");
    }
}
