using BcfWorkflow.Domain.Reporting;

namespace BcfWorkflow.Orchestrations.Contracts;

/// <summary>A saved version of the lead's answers, who saved it and when.</summary>
public sealed record SavedLeadAnswers(int Version, LeadAnswers Answers, string SavedBy, DateTimeOffset SavedAt);

/// <summary>A saved version of the blank reporting workbook the lead attached: the name it was sent under, who attached
/// it and when, and the SHA-256 (lower-case hex) of its bytes.</summary>
public sealed record AttachedWorkbook(int Version, string UploadedAs, string SavedBy, DateTimeOffset SavedAt, string ContentSha256);
