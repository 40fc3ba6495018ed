using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace BcfWorkflow.Api.Endpoints;

/// <summary>Reads a small JSON request body strictly: sent as JSON (else 415), at most 64 KB, no property twice, no
/// control characters in any text but line breaks and tabs ("Q2\u0000" is not Q2).</summary>
public static class JsonBody
{
    private const long Limit = 64 * 1024;
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
    private static readonly JsonDocumentOptions DocumentOptions = new() { AllowDuplicateProperties = false, MaxDepth = 16 };

    /// <returns>The body, or null and the 400/415 to answer.</returns>
    /// <param name="limit">The largest body taken (64 KB unless a body holds pages of text).</param>
    public static async Task<(T? Body, IResult? Problem)> ReadAsync<T>(HttpRequest request, string expected, CancellationToken cancellationToken,
        long limit = Limit) where T : class
    {
        if (!ContentTypes.AcceptsJson(request))
        {
            return (null, Problems.ApiProblems.UnsupportedMediaType($"Send JSON (Content-Type: application/json), not {request.ContentType}."));
        }
        var bytes = await UploadReader.ReadLimitedAsync(request, limit, cancellationToken);
        if (bytes is null || bytes.Length == 0)
        {
            return (null, Problems.ApiProblems.BadRequest(expected));
        }
        try
        {
            // Parsed once: the document refuses duplicate properties, is checked for control characters, then read.
            using var document = JsonDocument.Parse(bytes, DocumentOptions);
            if (FirstControlCharacter(document.RootElement) is { } where)
            {
                return (null, Problems.ApiProblems.BadRequest($"{where} holds a control character. {expected}"));
            }
            var body = document.RootElement.Deserialize<T>(Options);
            return body is null ? (null, Problems.ApiProblems.BadRequest(expected)) : (body, null);
        }
        catch (JsonException e)
        {
            return (null, Problems.ApiProblems.BadRequest($"{FirstSentence(e.Message)} {expected}"));
        }
    }

    /// <summary>The property (or "a value") whose text holds a control character other than a line break or tab.</summary>
    public static string? FirstControlCharacter(JsonElement element, string path = "the body")
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                return HasControl(element.GetString()) ? path : null;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    if (FirstControlCharacter(item, path) is { } found)
                    {
                        return found;
                    }
                }
                return null;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (HasControl(property.Name))
                    {
                        return "a property name";
                    }
                    if (FirstControlCharacter(property.Value, $"'{property.Name}'") is { } found)
                    {
                        return found;
                    }
                }
                return null;
            default:
                return null;
        }
    }

    private static bool HasControl(string? text) =>
        text is not null && text.Any(c => (c < 0x20 && c is not ('\n' or '\r' or '\t')) || c == 0x7F);

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return (end < 0 ? message : message[..(end + 1)]).Trim();
    }
}
