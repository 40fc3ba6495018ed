namespace BcfWorkflow.Cli.Output;

/// <summary>A file to write into the output directory: its name and how to fill it.</summary>
public sealed record OutputFile(string Name, Action<Stream> Write);
