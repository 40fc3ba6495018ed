using System.Collections.Concurrent;
using System.Security.Cryptography;
using BcfWorkflow.Domain.Reporting;
using BcfWorkflow.Orchestrations.Contracts;
using BcfWorkflow.Orchestrations.Ports;

namespace BcfWorkflow.Testing.Ports;

public sealed class InMemoryLeadAnswersStore : ILeadAnswersStore
{
    private readonly ConcurrentDictionary<string, List<SavedLeadAnswers>> answers = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, List<(AttachedWorkbook Workbook, byte[] Content)>> workbooks = new(StringComparer.OrdinalIgnoreCase);

    public Task<SavedLeadAnswers> SaveAnswersAsync(string cycleId, LeadAnswers answers, string savedBy, DateTimeOffset savedAt, CancellationToken cancellationToken = default)
    {
        var versions = this.answers.GetOrAdd(cycleId, _ => []);
        lock (versions)
        {
            var saved = new SavedLeadAnswers(versions.Count + 1, answers, savedBy, savedAt);
            versions.Add(saved);
            return Task.FromResult(saved);
        }
    }

    public Task<SavedLeadAnswers?> GetAnswersAsync(string cycleId, int? version = null, CancellationToken cancellationToken = default)
    {
        if (!answers.TryGetValue(cycleId, out var versions))
        {
            return Task.FromResult<SavedLeadAnswers?>(null);
        }
        lock (versions)
        {
            return Task.FromResult(version is { } v ? versions.FirstOrDefault(s => s.Version == v) : versions.LastOrDefault());
        }
    }

    public Task<AttachedWorkbook> SaveWorkbookAsync(string cycleId, byte[] content, string uploadedAs, string savedBy, DateTimeOffset savedAt, CancellationToken cancellationToken = default)
    {
        var versions = workbooks.GetOrAdd(cycleId, _ => []);
        lock (versions)
        {
            var attached = new AttachedWorkbook(versions.Count + 1, uploadedAs, savedBy, savedAt, Convert.ToHexStringLower(SHA256.HashData(content)));
            versions.Add((attached, [.. content]));
            return Task.FromResult(attached);
        }
    }

    public Task<(AttachedWorkbook Workbook, byte[] Content)?> GetWorkbookAsync(string cycleId, int? version = null, CancellationToken cancellationToken = default)
    {
        if (!workbooks.TryGetValue(cycleId, out var versions))
        {
            return Task.FromResult<(AttachedWorkbook, byte[])?>(null);
        }
        lock (versions)
        {
            var found = version is { } v ? versions.FirstOrDefault(w => w.Workbook.Version == v) : versions.LastOrDefault();
            return Task.FromResult<(AttachedWorkbook, byte[])?>(found.Workbook is null ? null : found);
        }
    }
}
