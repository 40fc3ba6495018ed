namespace BcfWorkflow.Orchestrations.Contracts;

/// <summary>A return version as stored: where it is, the SHA-256 (lower-case hex) of its bytes, who sent it and when.</summary>
/// <param name="UploadedAs">The name of the file as the contributor sent it ("Blaby Q2 return.xlsx"); null for versions
/// stored before it was kept. People see this name; <see cref="ReturnRef.FileName"/> is the store's own.</param>
public sealed record StoredReturn(ReturnRef Ref, string ContentSha256, string SubmittedBy, DateTimeOffset SubmittedAt, string? UploadedAs = null)
{
    /// <summary>The name to show people: the file's own name, else the store's.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string DisplayName => UploadedAs ?? Ref.FileName;
}
