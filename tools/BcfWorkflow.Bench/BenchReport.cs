using System.Globalization;
using System.Runtime.InteropServices;

namespace BcfWorkflow.Bench;

/// <summary>Prints the figures, one labelled line each (the smoke test looks for the labels).</summary>
internal sealed class BenchReport(TextWriter output)
{
    /// <summary>The published anchor: Durable Functions' performance targets for the Azure Storage backend.</summary>
    public const string AnchorEventsPerSecond = "50";
    public const string AnchorSource = "https://learn.microsoft.com/azure/azure-functions/durable/durable-functions-perf-and-scale (performance targets)";

    public void Machine(BenchSettings settings) =>
        Line($"bcf bench{(settings.Quick ? " --quick" : "")}: {Environment.ProcessorCount} cores, {RuntimeInformation.FrameworkDescription}, " +
            $"{RuntimeInformation.OSDescription}, server GC {System.Runtime.GCSettings.IsServerGC}");

    public void Domain(DomainFigures f)
    {
        Line($"domain: a {f.Rows}-row return against a {f.Rows}-scheme plan, median of {f.Parse.Iterations} runs after warm-up");
        Line($"  parse+validate 100-row return: {Time(f.Parse)} ({PerRow(f.Parse.MedianMicroseconds, f.Rows)} us/row), " +
            $"{Bytes(f.Parse.AllocatedBytes)} allocated ({PerRow(f.Parse.AllocatedBytes, f.Rows)} B/row)");
        Line($"  naive CsvHelper+LINQ baseline: {Time(f.NaiveParse)} ({PerRow(f.NaiveParse.MedianMicroseconds, f.Rows)} us/row), " +
            $"{Bytes(f.NaiveParse.AllocatedBytes)} allocated ({PerRow(f.NaiveParse.AllocatedBytes, f.Rows)} B/row)");
        Line($"  ratio naive/ours: {f.SpeedUp.ToString("0.0", CultureInfo.InvariantCulture)}x faster, " +
            $"{f.AllocationRatio.ToString("0.0", CultureInfo.InvariantCulture)}x less allocated");
        Line($"  aggregate an area (100 schemes): {Time(f.Aggregate)}, {Bytes(f.Aggregate.AllocatedBytes)} allocated");
        Line($"  render xlsx: {Time(f.Xlsx)}, {Bytes(f.Xlsx.AllocatedBytes)} allocated");
        Line($"  render csv: {Time(f.Csv)}, {Bytes(f.Csv.AllocatedBytes)} allocated");
    }

    public void Quarter(QuarterFigures f)
    {
        var s = f.Settings;
        var a = f.Actions;
        Line($"engine {f.Engine}: {f.Description}");
        Line($"  quarter: {s.Areas} areas x {s.Contributors} contributors = {f.Submissions} submissions, driver {s.Parallelism} calls at once, " +
            $"due in {s.ContributorsDue.TotalSeconds:0} s");
        Line($"  total time: {Seconds(f.Total)} (open {Seconds(f.Open)}, submit {Seconds(f.Submit)}, sign-off to completion {Seconds(f.SignOff)})");
        Line($"  submissions accepted per second: {Rate(f.SubmissionsPerSecond)}");
        Line($"  orchestration actions per second: {Rate(f.ActionsPerSecond)} ({a.Total} actions: {a.Orchestrations} orchestrations, " +
            $"{a.Activities} activities, {a.ExternalEvents} external events, {a.InternalEvents} events between orchestrations)");
        Line($"  external events per second: {Rate(f.ExternalEventsPerSecond)} (client-raised: submissions and decisions)");
        var expected = WorkflowActions.ExpectedEmails(s.Areas, s.Contributors);
        Line($"  emails sent: {f.EmailsSent} (happy path {expected}{(f.EmailsSent == expected ? "" : "; reminders fired: the clock was too short")})");
        Line($"  peak memory: bcf {Megabytes(f.PeakWorkingSetBytes)}" +
            (f.StoragePeakBytes is { } storage ? $", azurite {Megabytes(storage)}" : "") + $"; gen2 collections {f.Gen2Collections}");
    }

    public void Anchor() =>
        Line($"anchor: Durable Functions' Azure Storage backend publishes about {AnchorEventsPerSecond} external events per second per instance ({AnchorSource})");

    private void Line(string text) => output.WriteLine(text);

    private static string Time(Measurement m) => m.MedianMicroseconds.ToString("0.0", CultureInfo.InvariantCulture) + " us";

    private static string PerRow(double value, int rows) => (value / rows).ToString("0.00", CultureInfo.InvariantCulture);

    private static string Bytes(double bytes) => (bytes / 1024).ToString("0.0", CultureInfo.InvariantCulture) + " KB";

    private static string Megabytes(long bytes) => (bytes / (1024.0 * 1024)).ToString("0", CultureInfo.InvariantCulture) + " MB";

    private static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) + " s";

    private static string Rate(double perSecond) => perSecond.ToString("0.0", CultureInfo.InvariantCulture);
}
