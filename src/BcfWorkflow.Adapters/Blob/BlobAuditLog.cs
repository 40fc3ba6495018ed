using System.Text;
using System.Text.Json;
using Azure;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using BcfWorkflow.Orchestrations.Contracts;
using BcfWorkflow.Orchestrations.Ports;

namespace BcfWorkflow.Adapters.Blob;

/// <summary>The audit log as an append blob, <c>audit/{cycleId}.jsonl</c>, one JSON entry a line. An entry whose id is
/// already there is not appended again (a retried activity), and readers keep the first entry of each id, so the rare
/// race of two appends of one id between the check and the append shows one entry too. Appends are unconditional
/// (an append block is atomic): concurrent writers never wait on each other.</summary>
public sealed class BlobAuditLog(BcfContainer container) : IAuditLog
{
    public async Task AppendAsync(string cycleId, AuditEntry entry, CancellationToken cancellationToken = default)
    {
        AppendBlobClient blob = (await container.GetAsync()).GetAppendBlobClient(BlobNames.Audit(cycleId));
        await blob.CreateIfNotExistsAsync(new AppendBlobCreateOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "application/x-ndjson" } }, cancellationToken);
        if ((await ReadEntriesAsync(blob, cancellationToken)).Any(e => e.Id == entry.Id))
        {
            return;
        }

        byte[] line = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(entry, BlobJson.Options) + "\n");
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
