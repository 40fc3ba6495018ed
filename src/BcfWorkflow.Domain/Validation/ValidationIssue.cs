namespace BcfWorkflow.Domain.Validation;

/// <summary>One problem found in an input file. Row is the 1-based line/row in the file (the header is row 1).</summary>
public sealed record ValidationIssue(
    string Code,
    string File,
    int? Row,
    string? Column,
    string Message,
    IssueSeverity Severity = IssueSeverity.Error)
{
    /// <summary>The line the CLI prints: <c>FILE:ROW:COLUMN: message</c> (row or column empty when not known), or
    /// <c>FILE: message</c> for a problem with the whole file.</summary>
    public override string ToString() => Row is null && Column is null
        ? $"{File}: {Message}"
        : $"{File}:{Row?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? ""}:{Column ?? ""}: {Message}";
}
