using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace BcfWorkflow.Demo;

/// <summary>A live table of the contributors and the stage, with the latest events under it (a terminal).</summary>
internal sealed class LiveDemoView(IAnsiConsole console) : IDemoView
{
    const int EventLines = 14;
    readonly Lock gate = new();

    public async Task RunAsync(DemoBoard board, Func<Task> script)
    {
        await console.Live(Render(board)).AutoClear(false).Overflow(VerticalOverflow.Ellipsis).StartAsync(async live =>
        {
            void Refresh()
            {
                lock (gate)
                {
                    live.UpdateTarget(Render(board));
                }
            }

            board.Changed += Refresh;
            try
            {
                await script();
            }
            finally
            {
                board.Changed -= Refresh;
                Refresh();
            }
        });
    }

    static IRenderable Render(DemoBoard board)
    {
        var events = board.Events.TakeLast(EventLines).Select(Line).ToList();
        var log = new Panel(events.Count == 0 ? new Text("") : new Rows(events)).Header("Events").Expand();
        return new Rows(DemoTables.Contributors(board, TableBorder.Rounded), log);
    }

    static IRenderable Line(DemoEvent e)
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"[grey]{e.At.TotalSeconds,5:0.0}s[/] [bold]{Markup.Escape(e.Who)}[/]: {Markup.Escape(e.Text)}");
        var detail = e.Detail.Select(d => "\n        [red]" + Markup.Escape(d) + "[/]");
        return new Markup(text + string.Concat(detail));
    }
}
