using BcfWorkflow.Api.Security;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace BcfWorkflow.Security.Tests.RateLimiting;

public sealed class FailedAuthLimiterTests
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));

    private FailedAuthLimiter Limiter(int maxFailures = 3, int maxTracked = 100) =>
        new(Options.Create(new FailedAuthOptions { MaxFailures = maxFailures, Window = TimeSpan.FromMinutes(1), MaxTrackedAddresses = maxTracked }), clock);

    [Fact]
    public void RetryAfter_BelowTheLimit_IsNull()
    {
        var limiter = Limiter();
        limiter.RecordFailure("10.0.0.1");
        limiter.RecordFailure("10.0.0.1");

        Assert.Null(limiter.RetryAfter("10.0.0.1"));
    }

    [Fact]
    public void RetryAfter_AtTheLimit_IsTheRestOfTheWindow()
    {
        var limiter = Limiter();
        limiter.RecordFailure("10.0.0.1");
        clock.Advance(TimeSpan.FromSeconds(20));
        limiter.RecordFailure("10.0.0.1");
        limiter.RecordFailure("10.0.0.1");

        Assert.Equal(TimeSpan.FromSeconds(40), limiter.RetryAfter("10.0.0.1"));
        Assert.Null(limiter.RetryAfter("10.0.0.2"));
    }

    [Fact]
    public void RetryAfter_WhenTheWindowEnds_IsNullAndCountingStartsAgain()
    {
        var limiter = Limiter();
        for (var i = 0; i < 3; i++)
        {
            limiter.RecordFailure("10.0.0.1");
        }
        clock.Advance(TimeSpan.FromMinutes(1));

        Assert.Null(limiter.RetryAfter("10.0.0.1"));
        limiter.RecordFailure("10.0.0.1");
        Assert.Null(limiter.RetryAfter("10.0.0.1"));
    }

    [Fact]
    public void RecordFailure_FromMoreAddressesThanTracked_KeepsTheNewestWithinTheBound()
    {
        var limiter = Limiter(maxFailures: 1, maxTracked: 10);
        for (var i = 0; i < 1000; i++)
        {
            limiter.RecordFailure($"10.0.{i / 256}.{i % 256}");
            clock.Advance(TimeSpan.FromMilliseconds(1));
        }

        Assert.NotNull(limiter.RetryAfter("10.0.3.231"));
        Assert.Null(limiter.RetryAfter("10.0.0.0"));
    }
}
