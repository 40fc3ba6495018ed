using Azure;
using Azure.Storage.Blobs.Models;

namespace BcfWorkflow.Adapters.Blob;

/// <summary>Write-once uploads: <c>If-None-Match: *</c>, so an existing blob is never overwritten.</summary>
public static class BlobConditions
{
    public static BlobUploadOptions CreateOnly(string contentType, IDictionary<string, string>? metadata = null) => new()
    {
        Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
        HttpHeaders = new BlobHttpHeaders { ContentType = contentType },
        Metadata = metadata,
    };

    /// <summary>The service refused a create-only upload because the blob is already there.</summary>
    public static bool AlreadyExists(RequestFailedException e) =>
        e.Status is 409 or 412 || e.ErrorCode == BlobErrorCode.BlobAlreadyExists;
}
