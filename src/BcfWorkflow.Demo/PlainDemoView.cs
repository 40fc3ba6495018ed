using System.Globalization;

namespace BcfWorkflow.Demo;

/// <summary>One line per event, for redirected output (tests, CI, logs).</summary>
internal sealed class PlainDemoView(TextWriter writer) : IDemoView
{
    readonly Lock gate = new();

    public async Task RunAsync(DemoBoard board, Func<Task> script)
    {
        board.Logged += Write;
        try
        {
            await script();
        }
        finally
        {
            board.Logged -= Write;
        }
    }

    void Write(DemoEvent e)
    {
        lock (gate)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{e.At.TotalSeconds,5:0.0}s] {e.Who}: {e.Text}"));
            foreach (var line in e.Detail)
            {
                writer.WriteLine($"           {line}");
            }
            writer.Flush();
        }
    }
}
