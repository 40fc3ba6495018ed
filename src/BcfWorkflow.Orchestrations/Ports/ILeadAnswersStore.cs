using BcfWorkflow.Domain.Reporting;
using BcfWorkflow.Orchestrations.Contracts;

namespace BcfWorkflow.Orchestrations.Ports;

/// <summary>The lead's parts of a cycle's return, every save kept: the answers (cover, national conditions, metrics),
/// blob <c>answers/{cycleId}/v{n}.json</c>, and the blank reporting workbook NHS England distributed, blob
/// <c>reporting-workbooks/{cycleId}/v{n}.xlsx</c>. The approval names the versions it used.</summary>
public interface ILeadAnswersStore
{
    /// <summary>Stores the answers as the next version (1, 2, …), never overwriting one.</summary>
    Task<SavedLeadAnswers> SaveAnswersAsync(string cycleId, LeadAnswers answers, string savedBy, DateTimeOffset savedAt,
        CancellationToken cancellationToken = default);

    /// <summary>Version <paramref name="version"/> of the answers, or the latest when null; null when there is none.</summary>
    Task<SavedLeadAnswers?> GetAnswersAsync(string cycleId, int? version = null, CancellationToken cancellationToken = default);

    /// <summary>Stores the attached workbook as the next version, never overwriting one.</summary>
    Task<AttachedWorkbook> SaveWorkbookAsync(string cycleId, byte[] content, string uploadedAs, string savedBy, DateTimeOffset savedAt,
        CancellationToken cancellationToken = default);

    /// <summary>Version <paramref name="version"/> of the attached workbook, or the latest when null, with its bytes;
    /// null when none is attached.</summary>
    Task<(AttachedWorkbook Workbook, byte[] Content)?> GetWorkbookAsync(string cycleId, int? version = null, CancellationToken cancellationToken = default);
}
