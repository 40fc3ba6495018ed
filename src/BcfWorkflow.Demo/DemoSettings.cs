namespace BcfWorkflow.Demo;

/// <summary>The options of <c>bcf demo</c>.</summary>
/// <param name="DataDir">Where the demo's stack keeps its data; null: a fresh temporary folder, removed afterwards.</param>
/// <param name="Plain">One line per event even on a terminal (no live table).</param>
/// <param name="SamplesRoot">The Leicestershire sample's folder (<see cref="DefaultSamplesRoot"/>: the copy next to bcf).</param>
public sealed record DemoSettings(string OutDir, string? DataDir, bool Plain, string SamplesRoot)
{
    public static string DefaultSamplesRoot => DemoSamples.DefaultRoot;
}
