using System.Net;
using BcfWorkflow.Security.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace BcfWorkflow.Security.Tests.RateLimiting;

/// <summary>The limiter wired through RequestAuth, over HTTP on 127.0.0.1 with a fake clock.</summary>
public sealed class FailedAuthOverHttpTests : IAsyncLifetime
{
    private readonly FakeTimeProvider clock = new(DateTimeOffset.UtcNow);
    private ApiStack stack = null!;

    public async Task InitializeAsync() => stack = await ApiStack.StartAsync(
        [new("Auth:FailedAttempts:MaxFailures", "3"), new("Auth:FailedAttempts:Window", "00:01:00")],
        services => services.AddSingleton<TimeProvider>(clock));

    public async Task DisposeAsync() => await stack.DisposeAsync();

    [Fact]
    public async Task Requests_AfterTooManyBadKeys_Get429WithRetryAfterEvenWithAGoodKeyUntilTheWindowEnds()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var bad = await stack.SendAsync(HttpMethod.Get, "/api/me", Keys.Bad);
            statuses.Add(bad.StatusCode);
        }
        clock.Advance(TimeSpan.FromSeconds(15));

        using var blocked = await stack.SendAsync(HttpMethod.Get, "/api/me", Keys.Bad);
        using var blockedGoodKey = await stack.SendAsync(HttpMethod.Get, "/api/me", Keys.Lead);
        using var blockedAnonymousUpload = await stack.SendAsync(HttpMethod.Put, "/api/cycles/x/returns/blaby", null, new ByteArrayContent([1, 2, 3]));
        clock.Advance(TimeSpan.FromSeconds(45));
        using var after = await stack.SendAsync(HttpMethod.Get, "/api/me", Keys.Lead);

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized], statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, blocked.StatusCode);
        Assert.Equal("45", blocked.Headers.GetValues("Retry-After").Single());
        Assert.Equal(HttpStatusCode.TooManyRequests, blockedGoodKey.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, blockedAnonymousUpload.StatusCode);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task Requests_WithGoodKeys_AreNeverLimited()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 20; i++)
        {
            using var response = await stack.SendAsync(HttpMethod.Get, "/api/me", Keys.Blaby);
            statuses.Add(response.StatusCode);
        }

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
    }
}
