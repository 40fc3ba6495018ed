using BcfWorkflow.Domain.Returns;

namespace BcfWorkflow.Cli.Input;

/// <summary>A valid return and the path it was read from, as given on the command line.</summary>
public sealed record LoadedReturn(string Path, ContributorReturn Return);
