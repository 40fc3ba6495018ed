using BcfWorkflow.Domain.Returns.Parsing;

namespace BcfWorkflow.Domain.Plans.Import;

/// <summary>One sheet read for the import (a CSV file is one unnamed sheet) and the file it came from.</summary>
internal sealed record ImportSheet(string FileName, string? SheetName, bool IsText, IReadOnlyList<TableRow> Rows)
{
    /// <summary>What a message starts with so a person finds the sheet: "Sheet 'Plan details': ", or nothing for a CSV.</summary>
    public string Prefix => SheetName is null ? "" : $"Sheet '{SheetName}': ";
}
