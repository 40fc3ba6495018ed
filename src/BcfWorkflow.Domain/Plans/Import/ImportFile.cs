namespace BcfWorkflow.Domain.Plans.Import;

/// <summary>A file given to <see cref="PlanImporter"/>: its content and the name its problems are reported under.</summary>
public sealed record ImportFile(Stream Content, string FileName);
