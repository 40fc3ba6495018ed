using Microsoft.AspNetCore.Http;

namespace BcfWorkflow.Api.Endpoints;

/// <summary>Reads a request body up to a limit: refused from Content-Length before reading, and cut off while reading
/// when the length was not declared, so an oversized upload never sits in memory.</summary>
public static class UploadReader
{
    public const long DefaultLimitBytes = 5 * 1024 * 1024;

    /// <returns>The bytes, or null when the body is larger than <paramref name="limit"/>. At most limit + 1 bytes are
    /// ever read from the body: each read asks for no more than what is left, plus the one byte that proves an excess.</returns>
    public static async Task<byte[]?> ReadLimitedAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[(int)Math.Min(81920, limit + 1)];
        while (true)
        {
            var wanted = (int)Math.Min(chunk.Length, limit + 1 - buffer.Length);
            var read = await request.Body.ReadAsync(chunk.AsMemory(0, wanted), cancellationToken);
            if (read == 0)
            {
                return buffer.ToArray();
            }
            if (buffer.Length + read > limit)
            {
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
    }

    /// <summary>The uploaded file's name: Content-Disposition's filename, else X-File-Name, else a default.</summary>
    /// <remarks>The name is kept with the version and shown to people, so it is cut to its last path segment, control
    /// characters are dropped and it is at most <see cref="MaxFileNameLength"/> characters.</remarks>
    public static string FileName(HttpRequest request, string fallback)
    {
        var disposition = request.Headers.ContentDisposition.ToString();
        if (Microsoft.Net.Http.Headers.ContentDispositionHeaderValue.TryParse(disposition, out var parsed))
        {
            var name = Clean(parsed.FileNameStar.Value ?? parsed.FileName.Value);
            if (name.Length > 0)
            {
                return name;
            }
        }
        var header = Clean(request.Headers["X-File-Name"].ToString());
        return header.Length == 0 ? fallback : header;
    }

    public const int MaxFileNameLength = 200;

    private static string Clean(string? name)
    {
        var last = Path.GetFileName((name ?? "").Trim().Trim('"').Replace('\\', '/'));
        var kept = new string([.. last.Where(c => !char.IsControl(c))]).Trim();
        return kept.Length <= MaxFileNameLength ? kept : kept[..MaxFileNameLength];
    }
}
