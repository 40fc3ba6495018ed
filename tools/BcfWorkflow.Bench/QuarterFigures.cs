namespace BcfWorkflow.Bench;

/// <summary>What one simulated quarter on one engine took.</summary>
public sealed record QuarterFigures(
    string Engine,
    string Description,
    QuarterSettings Settings,
    TimeSpan Open,
    TimeSpan Submit,
    TimeSpan SignOff,
    WorkflowActions Actions,
    int EmailsSent,
    long PeakWorkingSetBytes,
    long? StoragePeakBytes,
    int Gen2Collections)
{
    public int Submissions => Settings.Areas * Settings.Contributors;
    public TimeSpan Total => Open + Submit + SignOff;
    public double SubmissionsPerSecond => Submissions / Submit.TotalSeconds;
    public double ActionsPerSecond => Actions.Total / Total.TotalSeconds;
    public double ExternalEventsPerSecond => Actions.ExternalEvents / Total.TotalSeconds;
}
