using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Azure;
using Azure.Storage.Blobs.Models;
using BcfWorkflow.Orchestrations.Contracts;
using BcfWorkflow.Orchestrations.Ports;

namespace BcfWorkflow.Adapters.Blob;

/// <summary>Returns as uploaded, <c>returns/{cycleId}/{contributorId}/v{n}.{ext}</c>, never overwritten; the hash, sender
/// and time travel as blob metadata.</summary>
public sealed partial class BlobReturnStore(BcfContainer container) : IReturnStore
{
    const string Sha256Key = "sha256";
    const string SubmittedByKey = "submittedby";
    const string SubmittedAtKey = "submittedat";
    const string UploadedAsKey = "uploadedas";

    public async Task<StoredReturn> SaveVersionAsync(
        string cycleId, string contributorId, string extension, byte[] content, string submittedBy, DateTimeOffset submittedAt,
        string? uploadedAs = null, CancellationToken cancellationToken = default)
    {
        string hash = Convert.ToHexStringLower(SHA256.HashData(content));
        string ext = extension.TrimStart('.').ToLowerInvariant();
        var blobs = await container.GetAsync();
        while (true)
        {
            IReadOnlyList<StoredReturn> versions = await ListVersionsAsync(cycleId, contributorId, cancellationToken);
            StoredReturn? latest = versions.Count > 0 ? versions[^1] : null;
            if (latest is not null && latest.ContentSha256 == hash)
            {
                return latest;
            }

            var stored = new StoredReturn(new ReturnRef(cycleId, contributorId, (latest?.Ref.Version ?? 0) + 1, ext), hash, submittedBy, submittedAt, uploadedAs);
            try
            {
                await blobs.GetBlobClient(stored.Ref.BlobName).UploadAsync(
                    new BinaryData(content), BlobConditions.CreateOnly(ContentType(ext), Metadata(stored)), cancellationToken);
                return stored;
            }
            catch (RequestFailedException e) when (BlobConditions.AlreadyExists(e))
            {
                // Another upload took this version number first: take the next one.
            }
        }
    }

    /// <summary>Puts back a version the storage lost (the local host's journal replay): written as it was first stored,
    /// under its own number. False when a blob is already there under that name.</summary>
    public async Task<bool> RestoreVersionAsync(StoredReturn stored, byte[] content, CancellationToken cancellationToken = default)
    {
        var blobs = await container.GetAsync();
        try
        {
            await blobs.GetBlobClient(stored.Ref.BlobName).UploadAsync(
                new BinaryData(content), BlobConditions.CreateOnly(ContentType(stored.Ref.Extension), Metadata(stored)), cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (BlobConditions.AlreadyExists(e))
        {
            return false;
        }
    }

    static Dictionary<string, string> Metadata(StoredReturn stored)
    {
        var metadata = new Dictionary<string, string>
        {
            [Sha256Key] = stored.ContentSha256,
            [SubmittedByKey] = Uri.EscapeDataString(stored.SubmittedBy),
            [SubmittedAtKey] = stored.SubmittedAt.ToString("O", CultureInfo.InvariantCulture),
        };
        if (stored.UploadedAs is { } name)
        {
            metadata[UploadedAsKey] = Uri.EscapeDataString(name); // metadata values are ASCII
        }
        return metadata;
    }

    public async Task<byte[]> ReadAsync(ReturnRef returnRef, CancellationToken cancellationToken = default)
    {
        var blobs = await container.GetAsync();
        var download = await blobs.GetBlobClient(returnRef.BlobName).DownloadContentAsync(cancellationToken);
        return download.Value.Content.ToArray();
    }

    public async Task<IReadOnlyList<StoredReturn>> ListVersionsAsync(string cycleId, string contributorId, CancellationToken cancellationToken = default)
    {
        var blobs = await container.GetAsync();
        var versions = new List<StoredReturn>();
        string prefix = BlobNames.ReturnsPrefix(cycleId, contributorId);
        await foreach (BlobItem item in blobs.GetBlobsAsync(new GetBlobsOptions { Prefix = prefix, Traits = BlobTraits.Metadata }, cancellationToken))
        {
            Match match = VersionName().Match(item.Name[prefix.Length..]);
            if (match.Success)
            {
                var returnRef = new ReturnRef(cycleId, contributorId, int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), match.Groups[2].Value);
                versions.Add(FromMetadata(returnRef, item.Metadata, item.Properties));
            }
        }

        return [.. versions.OrderBy(v => v.Ref.Version)];
    }

    /// <summary>One listing of the cycle's returns (not one per contributor): the status reads it on every view.</summary>
    public async Task<IReadOnlyDictionary<string, int>> LatestVersionsAsync(string cycleId, IEnumerable<string> contributorIds, CancellationToken cancellationToken = default)
    {
        var blobs = await container.GetAsync();
        var latest = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        string prefix = BlobNames.CycleReturnsPrefix(cycleId);
        await foreach (BlobItem item in blobs.GetBlobsAsync(new GetBlobsOptions { Prefix = prefix }, cancellationToken))
        {
            var rest = item.Name[prefix.Length..];
            var slash = rest.IndexOf('/', StringComparison.Ordinal);
            Match match = slash > 0 ? VersionName().Match(rest[(slash + 1)..]) : Match.Empty;
            if (match.Success)
            {
                var id = rest[..slash];
                var version = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
                latest[id] = Math.Max(latest.GetValueOrDefault(id), version);
            }
        }
        return latest;
    }

    static StoredReturn FromMetadata(ReturnRef returnRef, IDictionary<string, string> metadata, BlobItemProperties properties) => new(
        returnRef,
        metadata.TryGetValue(Sha256Key, out string? hash) ? hash : "",
        metadata.TryGetValue(SubmittedByKey, out string? by) ? Uri.UnescapeDataString(by) : "",
        metadata.TryGetValue(SubmittedAtKey, out string? at) ? DateTimeOffset.Parse(at, CultureInfo.InvariantCulture) : properties.CreatedOn ?? default,
        metadata.TryGetValue(UploadedAsKey, out string? name) ? Uri.UnescapeDataString(name) : null);

    static string ContentType(string extension) => extension switch
    {
        "xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "xls" => "application/vnd.ms-excel",
        "ods" => "application/vnd.oasis.opendocument.spreadsheet",
        _ => "text/csv",
    };

    [GeneratedRegex(@"^v(\d+)\.([a-z0-9]+)$")]
    private static partial Regex VersionName();
}
