using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace BcfWorkflow.Api.Web;

/// <summary>The web pages, embedded in this assembly (Web/Assets), by the path they are served at: "/", "/contributor",
/// "/lead" and "/static/…". Both hosts serve them through <see cref="Find"/>.</summary>
/// <remarks>Pages are revalidated on every load (no-cache + ETag); they link static files with "?v={version}" (the
/// hash of all files), so those can be cached for a day without a deploy ever mixing old scripts with new pages.</remarks>
public static class WebAssets
{
    private const string ResourcePrefix = "BcfWeb/";
    private const string VersionToken = "{{version}}";
    private const string PageCaching = "no-cache";
    private const string StaticCaching = "public, max-age=86400";

    private static readonly IReadOnlyDictionary<string, string> PageFiles = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["/"] = "index.html",
        ["/contributor"] = "contributor.html",
        ["/lead"] = "lead.html",
    };

    private static readonly Lazy<IReadOnlyDictionary<string, WebAsset>> All = new(Load);

    /// <summary>The page paths ("/", "/contributor", "/lead").</summary>
    public static IReadOnlyCollection<string> PagePaths => [.. PageFiles.Keys];

    /// <summary>Every path served (pages and static files).</summary>
    public static IReadOnlyCollection<string> Paths => [.. All.Value.Keys];

    /// <param name="path">The request path, e.g. "/lead" or "/static/app.css" (no query string).</param>
    /// <returns>The file, or null when nothing is served there.</returns>
    public static WebAsset? Find(string path)
    {
        var key = path.Length > 1 ? path.TrimEnd('/') : path;
        return All.Value.GetValueOrDefault(key.Length == 0 ? "/" : key);
    }

    private static Dictionary<string, WebAsset> Load()
    {
        var assembly = typeof(WebAssets).Assembly;
        var files = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .ToDictionary(n => n[ResourcePrefix.Length..].Replace('\\', '/'), n => Read(assembly, n), StringComparer.Ordinal);
        var version = Version(files);

        var assets = new Dictionary<string, WebAsset>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, content) in files.Where(f => f.Key.StartsWith("static/", StringComparison.Ordinal)))
        {
            assets["/" + name] = Asset("/" + name, content, StaticCaching);
        }
        foreach (var (path, file) in PageFiles)
        {
            var html = Encoding.UTF8.GetString(files[file]).Replace(VersionToken, version, StringComparison.Ordinal);
            assets[path] = Asset(path, Encoding.UTF8.GetBytes(html), PageCaching, file);
        }
        return assets;
    }

    private static WebAsset Asset(string path, byte[] content, string caching, string? fileName = null) =>
        new(path, content, ContentTypeOf(fileName ?? path), $"\"{Convert.ToHexStringLower(SHA256.HashData(content))[..32]}\"", caching);

    private static string Version(Dictionary<string, byte[]> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (name, content) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(name));
            hash.AppendData(content);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..12];
    }

    private static byte[] Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static string ContentTypeOf(string name) => Path.GetExtension(name).ToLowerInvariant() switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        ".ico" => "image/x-icon",
        ".json" => "application/json; charset=utf-8",
        ".csv" => "text/csv; charset=utf-8",
        _ => "application/octet-stream",
    };
}
