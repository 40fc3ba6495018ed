namespace BcfWorkflow.Demo;

/// <summary>One line of the demo's event log, <paramref name="At"/> from the start of the demo.</summary>
/// <param name="Detail">Extra lines shown under it (e.g. the problems of a rejected upload).</param>
internal sealed record DemoEvent(TimeSpan At, string Who, string Text, IReadOnlyList<string> Detail);
