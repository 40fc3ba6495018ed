using BcfWorkflow.Adapters.Blob;
using BcfWorkflow.LocalHost.Tests.Support;
using BcfWorkflow.Orchestrations.Contracts;
using BcfWorkflow.Testing;

namespace BcfWorkflow.LocalHost.Tests.Adapters.Blob;

[Collection(AzuriteCollection.Name)]
public sealed class BlobAuditLogTests(AzuriteFixture azurite)
{
    static readonly DateTimeOffset At = new(2024, 10, 1, 8, 0, 0, TimeSpan.Zero);

    readonly BlobAuditLog log = new(azurite.Container());

    [Fact]
    public async Task Append_ThenRead_ReturnsEntriesInOrder()
    {
        string cycle = Unique.CycleId();
        var opened = new AuditEntry("1", At, "lead", "opened", "Q2");
        var submitted = new AuditEntry("2", At.AddDays(3), "blaby", "submitted", "v1", From: $"returns/{cycle}/blaby/v1.csv");

        await log.AppendAsync(cycle, opened);
        await log.AppendAsync(cycle, submitted);

        Assert.Equal([opened, submitted], await log.ReadAsync(cycle));
    }

    [Fact]
    public async Task Append_SameIdTwice_KeepsOneEntry()
    {
        string cycle = Unique.CycleId();
        var entry = new AuditEntry("same", At, "lead", "approved", "");

        await log.AppendAsync(cycle, entry);
        await log.AppendAsync(cycle, entry with { Detail = "retried" });

        Assert.Equal([entry], await log.ReadAsync(cycle));
    }

    [Fact]
    public async Task Append_ConcurrentDistinctIds_KeepsEveryEntryOnce()
    {
        string cycle = Unique.CycleId();
        AuditEntry[] entries = [.. Enumerable.Range(1, 6).Select(i => new AuditEntry($"e{i}", At, "system", "reminded", $"#{i}"))];

        await Task.WhenAll(entries.Concat(entries).Select(e => log.AppendAsync(cycle, e)));

        Assert.Equal(entries.Select(e => e.Id).Order(), (await log.ReadAsync(cycle)).Select(e => e.Id).Order());
    }

    [Fact]
    public async Task Read_NoLog_IsEmpty() => Assert.Empty(await log.ReadAsync(Unique.CycleId()));
}
