using System.Text;
using System.Text.Json;
using Azure;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using BcfWorkflow.Orchestrations.Contracts;
using BcfWorkflow.Orchestrations.Ports;

namespace BcfWorkflow.Adapters.Blob;

/// <summary>The audit log as an append blob, <c>audit/{cycleId}.jsonl</c>, one JSON entry a line. An append costs the
/// same however long the log is (it never reads the log): a retried activity may append its entry again, and readers
/// keep the first entry of each id, so every view shows it once. Appends are unconditional (an append block is
/// atomic): concurrent writers never wait on each other.</summary>
public sealed class BlobAuditLog(BcfContainer container) : IAuditLog
{
    public async Task AppendAsync(string cycleId, AuditEntry entry, CancellationToken cancellationToken = default)
    {
        AppendBlobClient blob = (await container.GetAsync()).GetAppendBlobClient(BlobNames.Audit(cycleId));
        byte[] line = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(entry, BlobJson.Options) + "\n");
        try
        {
            await AppendAsync(blob, line, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // The log's first entry: create the blob (another writer may just have) and append again.
            await blob.CreateIfNotExistsAsync(new AppendBlobCreateOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "application/x-ndjson" } }, cancellationToken);
            await AppendAsync(blob, line, cancellationToken);
        }
    }

    static async Task AppendAsync(AppendBlobClient blob, byte[] line, CancellationToken cancellationToken)
    {
        using var stream = new MemoryStream(line);
        await blob.AppendBlockAsync(stream, cancellationToken: cancellationToken);
    }

    public async Task<IReadOnlyList<AuditEntry>> ReadAsync(string cycleId, CancellationToken cancellationToken = default)
    {
        AppendBlobClient blob = (await container.GetAsync()).GetAppendBlobClient(BlobNames.Audit(cycleId));
        try
        {
            return await ReadEntriesAsync(blob, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return [];
        }
    }

    static async Task<IReadOnlyList<AuditEntry>> ReadEntriesAsync(AppendBlobClient blob, CancellationToken cancellationToken)
    {
        var download = await blob.DownloadContentAsync(cancellationToken);
        return download.Value.Content.ToString()
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => JsonSerializer.Deserialize<AuditEntry>(line, BlobJson.Options)!)
            .DistinctBy(e => e.Id)
            .ToList();
    }
}
