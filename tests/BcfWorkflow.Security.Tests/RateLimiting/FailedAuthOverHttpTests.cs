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
    public async Task Requests_AfterTooManyBadKeys_Get429WithRetryAfterUntilTheWindowEnds()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var bad = await stack.SendAsync(HttpMethod.Get, "/api/me", Keys.Bad);
            statuses.Add(bad.StatusCode);
        }
        clock.Advance(TimeSpan.FromSeconds(15));

        using var blocked = await stack.SendAsync(HttpMethod.Get, "/api/me", Keys.Bad);
        using var blockedAnonymousUpload = await stack.SendAsync(HttpMethod.Put, "/api/cycles/x/returns/blaby", null, new ByteArrayContent([1, 2, 3]));
        clock.Advance(TimeSpan.FromSeconds(45));
        using var after = await stack.SendAsync(HttpMethod.Get, "/api/me", Keys.Bad);

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized], statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, blocked.StatusCode);
        Assert.Equal("45", blocked.Headers.GetValues("Retry-After").Single());
        Assert.Equal(HttpStatusCode.TooManyRequests, blockedAnonymousUpload.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task LeadsKey_FromAnAddressThatJustFailedTenTimes_StillWorks()
    {
        // Another page in the lead's browser, or someone behind the same NAT, fails ten times from the lead's address.
        for (var i = 0; i < 10; i++)
        {
            using var bad = await stack.SendAsync(HttpMethod.Get, "/api/cycles", $"{Keys.Bad}-{i}");
        }
        using var stillBlocked = await stack.SendAsync(HttpMethod.Get, "/api/me", Keys.Bad);

        using var lead = await stack.SendAsync(HttpMethod.Get, "/api/cycles", Keys.Lead);

        Assert.Equal(HttpStatusCode.TooManyRequests, stillBlocked.StatusCode);
        Assert.Equal(HttpStatusCode.OK, lead.StatusCode);
    }

    [Fact]
    public async Task OneWrongKey_TriedFromManyAddresses_IsLimitedByItsOwnCount()
    {
        // The limiter counts the presented key as well as the address: a key sprayed from many addresses is slowed too.
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await stack.SendAsync(HttpMethod.Get, "/api/me", Keys.Bad);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
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
