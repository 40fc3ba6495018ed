using System.Globalization;
using BcfWorkflow.Api.Endpoints;
using BcfWorkflow.Orchestrations.Contracts;
using Spectre.Console;

namespace BcfWorkflow.Demo;

/// <summary>The contributors table (live and at the end).</summary>
internal static class DemoTables
{
    public static Table Contributors(DemoBoard board, TableBorder border)
    {
        var table = new Table().Border(border).Title(Title(board));
        table.AddColumns("Contributor", "State", "Versions", "Reminders", "Due", "Lead told");
        var view = board.Latest;
        foreach (var contributor in board.Samples.Plan.Contributors)
        {
            var status = view?.Contributors.FirstOrDefault(c => string.Equals(c.Id, contributor.Id, StringComparison.OrdinalIgnoreCase));
            table.AddRow(
                Markup.Escape(contributor.Name),
                State(status?.State),
                status is null ? "" : status.Versions.ToString(CultureInfo.InvariantCulture),
                status is null ? "" : status.RemindersSent.ToString(CultureInfo.InvariantCulture),
                Due(board, status?.Due),
                status?.Escalated == true ? "[red]yes[/]" : "");
        }
        return table;
    }

    static string Title(DemoBoard board)
    {
        var view = board.Latest;
        var stage = view is null ? "starting" : view.Stage == CycleStages.AwaitingSignOff ? $"awaiting sign-off (round {view.SignOffRound})" : view.Stage;
        return Markup.Escape(string.Create(CultureInfo.InvariantCulture,
            $"{board.CycleId ?? "BCF demo"}: {stage}, {board.Elapsed.TotalSeconds:0}s"));
    }

    static string State(string? state) => state switch
    {
        ContributorStates.Submitted => "[green]submitted[/]",
        ContributorStates.Late => "[red]late[/]",
        ContributorStates.SentBack => "[yellow]sent back[/]",
        ContributorStates.Awaiting => "awaiting",
        null => "",
        _ => Markup.Escape(state),
    };

    /// <summary>Due dates relative to the demo's start, e.g. "+20s", as the clock is compressed.</summary>
    static string Due(DemoBoard board, DateTimeOffset? due)
    {
        if (due is null || board.OpenedAt is null || board.OpenedWallClock is null)
        {
            return "";
        }
        var at = board.OpenedAt.Value + (due.Value - board.OpenedWallClock.Value);
        return string.Create(CultureInfo.InvariantCulture, $"+{at.TotalSeconds:0}s");
    }
}
