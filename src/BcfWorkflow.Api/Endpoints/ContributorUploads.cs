using BcfWorkflow.Api.Auth;
using BcfWorkflow.Api.Problems;
using BcfWorkflow.Api.Security;
using BcfWorkflow.Domain.Returns;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace BcfWorkflow.Api.Endpoints;

/// <summary>The gate every file a contributor sends passes before it is read, for an upload and a check alike: the
/// caller's own return, a spreadsheet's content type, at most <see cref="UploadSlots.PerCaller"/> at once per key, and
/// within <see cref="ApiOptions.MaxUploadBytes"/> (refused before the body is held in memory).</summary>
public sealed class ContributorUploads(RequestAuth auth, UploadSlots uploads, IOptions<ApiOptions> options)
{
    /// <summary>The caller and the file's bytes, holding an upload slot until disposed; or why it was refused.</summary>
    public async Task<ContributorUpload> ReadAsync(HttpRequest request, string cycleId, string contributorId, CancellationToken cancellationToken)
    {
        var (caller, denied) = auth.Any(request, cycleId);
        if (denied is not null)
        {
            return ContributorUpload.Refuse(denied);
        }
        if (caller!.IsLead || !caller.MayActFor(contributorId))
        {
            return ContributorUpload.Refuse(ApiProblems.Forbidden($"Only {contributorId} may send its return."));
        }
        if (!ContentTypes.AcceptsSpreadsheet(request))
        {
            return ContributorUpload.Refuse(ApiProblems.UnsupportedMediaType($"Send the return as {ReturnFileFormat.Accepted}, not {request.ContentType}."));
        }
        var slot = uploads.TryTake($"{caller.Area}/{caller.Name}");
        if (slot is null)
        {
            return ContributorUpload.Refuse(ApiProblems.TooManyUploads());
        }
        var limit = options.Value.MaxUploadBytes;
        var content = await UploadReader.ReadLimitedAsync(request, limit, cancellationToken);
        if (content is null)
        {
            slot.Dispose();
            return ContributorUpload.Refuse(ApiProblems.TooLarge(limit));
        }
        return new ContributorUpload(caller, content, null, slot);
    }
}

/// <summary>A contributor's file let through <see cref="ContributorUploads"/> (<see cref="Refused"/> null), or the answer
/// that refused it. Dispose to free the upload slot.</summary>
public sealed class ContributorUpload(Caller? caller, byte[]? content, IResult? refused, IDisposable? slot) : IDisposable
{
    public Caller Caller => caller ?? throw new InvalidOperationException("The upload was refused.");

    public byte[] Content => content ?? throw new InvalidOperationException("The upload was refused.");

    public IResult? Refused => refused;

    public static ContributorUpload Refuse(IResult answer) => new(null, null, answer, null);

    public void Dispose() => slot?.Dispose();
}
