namespace BcfWorkflow.Cli.Demo;

/// <summary>The options of <c>bcf demo</c>.</summary>
/// <param name="DataDir">Where the demo's stack keeps its data; null: a fresh temporary folder, removed afterwards.</param>
/// <param name="Plain">One line per event even on a terminal (no live table).</param>
internal sealed record DemoSettings(string OutDir, string? DataDir, bool Plain, string SamplesRoot);
