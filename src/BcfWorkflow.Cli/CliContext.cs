namespace BcfWorkflow.Cli;

/// <summary>What every command writes to and reads the time from.</summary>
public sealed record CliContext(TextWriter Out, TextWriter Error, TimeProvider Clock);
