using System.Text;
using System.Text.Json;
using Azure;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using BcfWorkflow.Orchestrations.Contracts;
using BcfWorkflow.Orchestrations.Ports;

namespace BcfWorkflow.Adapters.Blob;

/// <summary>The audit log as an append blob, <c>audit/{cycleId}.jsonl</c>, one JSON entry a line. The check for an
/// entry id already there and the append are one step: the append is conditional on the ETag that was read.</summary>
public sealed class BlobAuditLog(BcfContainer container) : IAuditLog
{
    public async Task AppendAsync(string cycleId, AuditEntry entry, CancellationToken cancellationToken = default)
    {
        AppendBlobClient blob = (await container.GetAsync()).GetAppendBlobClient(BlobNames.Audit(cycleId));
        await blob.CreateIfNotExistsAsync(new AppendBlobCreateOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "application/x-ndjson" } }, cancellationToken);
        byte[] line = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(entry, BlobJson.Options) + "\n");
        while (true)
        {
            var (entries, etag) = await ReadWithETagAsync(blob, cancellationToken);
            if (entries.Any(e => e.Id == entry.Id))
            {
                return;
            }

            try
            {
                using var stream = new MemoryStream(line);
                await blob.AppendBlockAsync(stream, new AppendBlobAppendBlockOptions { Conditions = new AppendBlobRequestConditions { IfMatch = etag } }, cancellationToken);
                return;
            }
            catch (RequestFailedException e) when (e.Status == 412)
            {
                // Someone appended meanwhile: read again and re-check the id.
            }
        }
    }

    public async Task<IReadOnlyList<AuditEntry>> ReadAsync(string cycleId, CancellationToken cancellationToken = default)
    {
        AppendBlobClient blob = (await container.GetAsync()).GetAppendBlobClient(BlobNames.Audit(cycleId));
        try
        {
            return (await ReadWithETagAsync(blob, cancellationToken)).Entries;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return [];
        }
    }

    static async Task<(IReadOnlyList<AuditEntry> Entries, ETag ETag)> ReadWithETagAsync(AppendBlobClient blob, CancellationToken cancellationToken)
    {
        var download = await blob.DownloadContentAsync(cancellationToken);
        var entries = download.Value.Content.ToString()
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => JsonSerializer.Deserialize<AuditEntry>(line, BlobJson.Options)!)
            .ToList();
        return (entries, download.Value.Details.ETag);
    }
}
