namespace BcfWorkflow.Api.Web;

/// <summary>One file of the web pages, ready to send: its bytes and the response headers both hosts set.</summary>
/// <param name="ETag">A strong validator (quoted), from the content's SHA-256.</param>
public sealed record WebAsset(string Path, ReadOnlyMemory<byte> Content, string ContentType, string ETag, string CacheControl)
{
    /// <summary>Pages may load scripts, styles and images from this origin only; no inline script, no framing.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; " +
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public bool IsPage => ContentType.StartsWith("text/html", StringComparison.Ordinal);

    /// <summary>Every header to send with the file (Content-Type included).</summary>
    public IReadOnlyDictionary<string, string> Headers => new Dictionary<string, string>
    {
        ["Content-Type"] = ContentType,
        ["Cache-Control"] = CacheControl,
        ["ETag"] = ETag,
        ["X-Content-Type-Options"] = "nosniff",
        ["Referrer-Policy"] = "no-referrer",
        ["Content-Security-Policy"] = ContentSecurityPolicy,
    };

    /// <summary>True when an If-None-Match header already names this version (answer 304).</summary>
    public bool Matches(string? ifNoneMatch) =>
        !string.IsNullOrEmpty(ifNoneMatch)
        && ifNoneMatch.Split(',').Any(tag => tag.Trim() is var t && (t == "*" || t == ETag || t == "W/" + ETag));
}
