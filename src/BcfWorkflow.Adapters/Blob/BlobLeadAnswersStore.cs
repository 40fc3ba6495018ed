using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using BcfWorkflow.Domain.Reporting;
using BcfWorkflow.Orchestrations.Contracts;
using BcfWorkflow.Orchestrations.Ports;

namespace BcfWorkflow.Adapters.Blob;

/// <summary>The lead's answers, <c>answers/{cycleId}/v{n}.json</c>, and the attached reporting workbook,
/// <c>reporting-workbooks/{cycleId}/v{n}.xlsx</c>: every version kept, none overwritten (create-only uploads; a
/// concurrent save takes the next number).</summary>
public sealed class BlobLeadAnswersStore(BcfContainer container) : ILeadAnswersStore
{
    const string SavedByKey = "savedby";
    const string SavedAtKey = "savedat";
    const string UploadedAsKey = "uploadedas";
    const string Sha256Key = "sha256";
    const string WorkbookContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public async Task<SavedLeadAnswers> SaveAnswersAsync(string cycleId, LeadAnswers answers, string savedBy, DateTimeOffset savedAt,
        CancellationToken cancellationToken = default)
    {
        var blobs = await container.GetAsync();
        while (true)
        {
            var version = await LatestVersionAsync(blobs, BlobNames.AnswersPrefix(cycleId), cancellationToken) + 1;
            var saved = new SavedLeadAnswers(version, answers, savedBy, savedAt);
            try
            {
                await blobs.GetBlobClient(BlobNames.Answers(cycleId, version)).UploadAsync(
                    BinaryData.FromObjectAsJson(saved, BlobJson.Options), BlobConditions.CreateOnly("application/json"), cancellationToken);
                return saved;
            }
            catch (RequestFailedException e) when (BlobConditions.AlreadyExists(e))
            {
                // Another save took this number first: take the next one.
            }
        }
    }

    public async Task<SavedLeadAnswers?> GetAnswersAsync(string cycleId, int? version = null, CancellationToken cancellationToken = default)
    {
        var blobs = await container.GetAsync();
        var wanted = version ?? await LatestVersionAsync(blobs, BlobNames.AnswersPrefix(cycleId), cancellationToken);
        if (wanted <= 0)
        {
            return null;
        }
        try
        {
            var download = await blobs.GetBlobClient(BlobNames.Answers(cycleId, wanted)).DownloadContentAsync(cancellationToken);
            return JsonSerializer.Deserialize<SavedLeadAnswers>(download.Value.Content.ToStream(), BlobJson.Options);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    public async Task<AttachedWorkbook> SaveWorkbookAsync(string cycleId, byte[] content, string uploadedAs, string savedBy, DateTimeOffset savedAt,
        CancellationToken cancellationToken = default)
    {
        var blobs = await container.GetAsync();
        var hash = Convert.ToHexStringLower(SHA256.HashData(content));
        while (true)
        {
            var version = await LatestVersionAsync(blobs, BlobNames.ReportingWorkbooksPrefix(cycleId), cancellationToken) + 1;
            var attached = new AttachedWorkbook(version, uploadedAs, savedBy, savedAt, hash);
            var metadata = new Dictionary<string, string>
            {
                [UploadedAsKey] = Uri.EscapeDataString(uploadedAs), // metadata values are ASCII
                [SavedByKey] = Uri.EscapeDataString(savedBy),
                [SavedAtKey] = savedAt.ToString("O", CultureInfo.InvariantCulture),
                [Sha256Key] = hash,
            };
            try
            {
                await blobs.GetBlobClient(BlobNames.ReportingWorkbook(cycleId, version)).UploadAsync(
                    new BinaryData(content), BlobConditions.CreateOnly(WorkbookContentType, metadata), cancellationToken);
                return attached;
            }
            catch (RequestFailedException e) when (BlobConditions.AlreadyExists(e))
            {
            }
        }
    }

    public async Task<(AttachedWorkbook Workbook, byte[] Content)?> GetWorkbookAsync(string cycleId, int? version = null, CancellationToken cancellationToken = default)
    {
        var blobs = await container.GetAsync();
        var wanted = version ?? await LatestVersionAsync(blobs, BlobNames.ReportingWorkbooksPrefix(cycleId), cancellationToken);
        if (wanted <= 0)
        {
            return null;
        }
        try
        {
            var download = await blobs.GetBlobClient(BlobNames.ReportingWorkbook(cycleId, wanted)).DownloadContentAsync(cancellationToken);
            var metadata = download.Value.Details.Metadata;
            var attached = new AttachedWorkbook(
                wanted,
                metadata.TryGetValue(UploadedAsKey, out var name) ? Uri.UnescapeDataString(name) : $"v{wanted}.xlsx",
                metadata.TryGetValue(SavedByKey, out var by) ? Uri.UnescapeDataString(by) : "",
                metadata.TryGetValue(SavedAtKey, out var at) ? DateTimeOffset.Parse(at, CultureInfo.InvariantCulture) : download.Value.Details.CreatedOn,
                metadata.TryGetValue(Sha256Key, out var hash) ? hash : "");
            return (attached, download.Value.Content.ToArray());
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    /// <summary>The highest <c>v{n}</c> under the prefix, or 0.</summary>
    static async Task<int> LatestVersionAsync(BlobContainerClient blobs, string prefix, CancellationToken cancellationToken)
    {
        var latest = 0;
        await foreach (BlobItem item in blobs.GetBlobsAsync(new GetBlobsOptions { Prefix = prefix }, cancellationToken))
        {
            var name = item.Name[prefix.Length..];
            var dot = name.IndexOf('.', StringComparison.Ordinal);
            if (name.StartsWith('v') && dot > 1 && int.TryParse(name.AsSpan(1, dot - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var version))
            {
                latest = Math.Max(latest, version);
            }
        }
        return latest;
    }
}
