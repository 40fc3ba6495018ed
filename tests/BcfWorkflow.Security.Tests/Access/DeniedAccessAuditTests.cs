using System.Net;
using BcfWorkflow.Api.Security;
using BcfWorkflow.Security.Tests.Support;
using BcfWorkflow.Testing;

namespace BcfWorkflow.Security.Tests.Access;

/// <summary>Refused requests are in an audit log with who, when and from where: a signed-in caller's in the cycle's own
/// log when the cycle exists; an anonymous caller's only in the access log, sampled, never in a cycle's log.</summary>
public sealed class DeniedAccessAuditTests(AccessFixture fixture) : IClassFixture<AccessFixture>
{
    [Fact]
    public async Task PutReturn_ForAnotherContributor_IsForbiddenAndAuditedInTheCyclesLog()
    {
        var before = DateTimeOffset.UtcNow;
        using var response = await fixture.Stack.PutReturnAsync(fixture.Collecting, TestPlan.Blaby, Keys.Charnwood,
            TestPlan.Return(TestPlan.Blaby, 7), "blaby.csv");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var entry = Assert.Single(await fixture.Stack.Ports.Audit.ReadAsync(fixture.Collecting),
            e => e.Action == "access-denied" && e.Detail.Contains($"PUT /api/cycles/{fixture.Collecting}/returns/blaby", StringComparison.Ordinal));
        Assert.Equal((TestPlan.Charnwood, "127.0.0.1"), (entry.Actor, entry.From));
        Assert.StartsWith("403 ", entry.Detail, StringComparison.Ordinal);
        Assert.InRange(entry.At, before, DateTimeOffset.UtcNow);
    }

    [Fact]
    public async Task GetCycle_WithoutAKeyForAGuessedId_IsAuditedInTheAccessLogOnly()
    {
        var guessed = $"guess{Guid.NewGuid():N}-2024-25-q2";
        using var response = await fixture.Stack.SendAsync(HttpMethod.Get, $"/api/cycles/{guessed}", key: null);

        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests });
        var entry = Assert.Single(await fixture.Stack.Ports.Audit.ReadAsync(AccessAudit.AccessLog),
            e => e.Detail.Contains(guessed, StringComparison.Ordinal));
        Assert.Equal(("anonymous", "access-denied", "127.0.0.1"), (entry.Actor, entry.Action, entry.From));
        Assert.Empty(await fixture.Stack.Ports.Audit.ReadAsync(guessed));
    }

    [Fact]
    public async Task AnonymousFlood_OfAnExistingCycle_LeavesItsAuditUnchangedAndTheAccessLogSmall()
    {
        var before = await fixture.Stack.Ports.Audit.ReadAsync(fixture.Collecting);
        var accessBefore = (await fixture.Stack.Ports.Audit.ReadAsync(AccessAudit.AccessLog)).Count;
        var statuses = new List<HttpStatusCode>();

        for (var i = 0; i < 200; i++)
        {
            using var response = await fixture.Stack.SendAsync(HttpMethod.Get, $"/api/cycles/{fixture.Collecting}", key: i % 2 == 0 ? null : Keys.Bad);
            statuses.Add(response.StatusCode);
        }

        Assert.All(statuses, s => Assert.Contains(s, new[] { HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests }));
        Assert.Equal(before, await fixture.Stack.Ports.Audit.ReadAsync(fixture.Collecting));
        // One entry per alike refusal (address, caller, status, path) per window: 401 and 429, not 200 lines.
        Assert.InRange((await fixture.Stack.Ports.Audit.ReadAsync(AccessAudit.AccessLog)).Count - accessBefore, 1, 2);
    }
}
