using Azure;
using BcfWorkflow.Adapters.Email;
using BcfWorkflow.Orchestrations.Contracts;
using BcfWorkflow.Orchestrations.Ports;

namespace BcfWorkflow.Adapters.Blob;

/// <summary>Every email a cycle sent, as the RFC 5322 message, <c>emails/{cycleId}/{messageId-sanitised}.eml</c>;
/// the blob's existence is the "already sent" mark.</summary>
public sealed class BlobSentEmailLog(BcfContainer container, MimeMessageFactory messages) : ISentEmailLog
{
    public async Task<bool> HasSentAsync(string cycleId, string messageId, CancellationToken cancellationToken = default)
    {
        var blobs = await container.GetAsync();
        return await blobs.GetBlobClient(BlobNames.Email(cycleId, messageId)).ExistsAsync(cancellationToken);
    }

    public async Task RecordAsync(string cycleId, EmailMessage message, CancellationToken cancellationToken = default)
    {
        var blobs = await container.GetAsync();
        try
        {
            await blobs.GetBlobClient(BlobNames.Email(cycleId, message.MessageId)).UploadAsync(
                new BinaryData(messages.ToRfc5322(message)), BlobConditions.CreateOnly("message/rfc822"), cancellationToken);
        }
        catch (RequestFailedException e) when (BlobConditions.AlreadyExists(e))
        {
            // Recorded before: harmless.
        }
    }
}
