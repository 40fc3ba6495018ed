namespace BcfWorkflow.Orchestrations.Ports;

/// <summary>The final templates, immutable and versioned: blob <c>templates/{cycleId}/v{n}/template.{xlsx,csv,json}</c>.</summary>
public interface ITemplateStore
{
    /// <summary>Writes version <paramref name="version"/> once. If that version already exists nothing is written
    /// (a retried activity is harmless).</summary>
    /// <param name="files">File (<see cref="Contracts.TemplateFiles"/>: "xlsx", "csv", "json", "contributors/{id}/xlsx"…) to content.</param>
    Task WriteAsync(string cycleId, int version, IReadOnlyDictionary<string, byte[]> files, CancellationToken cancellationToken = default);

    /// <summary>The latest version's file in that format, or null when no template has been written.</summary>
    Task<byte[]?> OpenLatestAsync(string cycleId, string format, CancellationToken cancellationToken = default);
}
