using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace BcfWorkflow.LocalHost.Tests.Adapters.Email;

/// <summary>A local HTTP endpoint on 127.0.0.1 standing in for GOV.UK Notify's API. Like Notify, it checks each
/// request's token (a JWT signed HS256 with the key's secret, issued by the key's service id, recent) and answers
/// 403 when it is wrong, else 201 with a notification; it records what it got.</summary>
public sealed class FakeNotifyServer : IAsyncDisposable
{
    public static readonly string ServiceId = "26785a09-ab16-4eb0-8407-a37497a57506";
    public static readonly string Secret = "3d844edf-8d35-48ac-975b-e847b4f122b0";
    public static readonly string ApiKey = $"bcf_test-{ServiceId}-{Secret}";

    readonly RecordingHttpServer server;
    readonly List<string> refusals;

    FakeNotifyServer(RecordingHttpServer server, List<string> refusals) => (this.server, this.refusals) = (server, refusals);

    public string BaseAddress => server.BaseAddress;

    public IReadOnlyList<CapturedRequest> Requests => server.Requests;

    /// <summary>Why requests were refused (empty when every token was right).</summary>
    public IReadOnlyList<string> Refusals
    {
        get
        {
            lock (refusals)
            {
                return [.. refusals];
            }
        }
    }

    public static async Task<FakeNotifyServer> StartAsync(HttpStatusCode status = HttpStatusCode.Created)
    {
        var refusals = new List<string>();
        var server = await RecordingHttpServer.StartAsync(async (captured, context) =>
        {
            string? refusal;
            try
            {
                refusal = TokenProblem(captured.Authorization ?? "");
            }
            catch (Exception e) when (e is FormatException or JsonException or KeyNotFoundException or InvalidOperationException)
            {
                refusal = $"unreadable token: {e.Message}";
            }
            if (refusal is not null)
            {
                lock (refusals)
                {
                    refusals.Add(refusal);
                }
            }

            context.Response.ContentType = "application/json";
            if (refusal is not null || status != HttpStatusCode.Created)
            {
                context.Response.StatusCode = refusal is null ? (int)status : StatusCodes.Status403Forbidden;
                await context.Response.WriteAsync($$"""{"status_code":{{context.Response.StatusCode}},"errors":[{"error":"BadRequestError","message":"{{refusal ?? "refused"}}"}]}""");
                return;
            }
            context.Response.StatusCode = StatusCodes.Status201Created;
            await context.Response.WriteAsync("""
                {"id":"740e5834-3a29-46b4-9a6f-16142fde533a","reference":null,"uri":"https://example/v2/notifications/740e5834",
                 "template":{"id":"f33517ff-2a88-4f6e-b855-c550268ce08a","version":1,"uri":"https://example/v2/template/f33517ff"},
                 "content":{"subject":"s","body":"b","from_email":"bcf@notifications.service.gov.uk"}}
                """);
        });
        return new FakeNotifyServer(server, refusals);
    }

    /// <summary>Null when the bearer token is one Notify would accept for <see cref="ApiKey"/>.</summary>
    static string? TokenProblem(string authorization)
    {
        if (!authorization.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            return "no bearer token";
        }
        string[] parts = authorization["Bearer ".Length..].Split('.');
        if (parts.Length != 3)
        {
            return "not a JWT";
        }
        using var header = JsonDocument.Parse(Base64Url(parts[0]));
        using var payload = JsonDocument.Parse(Base64Url(parts[1]));
        byte[] expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.ASCII.GetBytes($"{parts[0]}.{parts[1]}"));
        if (header.RootElement.GetProperty("alg").GetString() != "HS256" || !CryptographicOperations.FixedTimeEquals(expected, Base64Url(parts[2])))
        {
            return "bad signature";
        }
        if (payload.RootElement.GetProperty("iss").GetString() != ServiceId)
        {
            return "wrong issuer";
        }
        double issuedAt = payload.RootElement.GetProperty("iat").GetDouble();
        return Math.Abs(DateTimeOffset.UtcNow.ToUnixTimeSeconds() - issuedAt) > 30 ? "token too old" : null;
    }

    static byte[] Base64Url(string text) =>
        Convert.FromBase64String(text.Replace('-', '+').Replace('_', '/').PadRight(text.Length + (4 - text.Length % 4) % 4, '='));

    public ValueTask DisposeAsync() => server.DisposeAsync();
}
