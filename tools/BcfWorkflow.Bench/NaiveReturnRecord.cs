using CsvHelper;

namespace BcfWorkflow.Bench;

/// <summary>One row of a return as CsvHelper reads it (the naive baseline).</summary>
[CsvRecord]
public sealed partial class NaiveReturnRecord
{
    [CsvColumn("Scheme ID")]
    public string SchemeId { get; set; } = "";

    [CsvColumn("Scheme Name", Optional = true)]
    public string? SchemeName { get; set; }

    [CsvColumn("Expenditure to date (£)")]
    public string Expenditure { get; set; } = "";

    [CsvColumn("Outputs delivered to date", Optional = true)]
    public string? Outputs { get; set; }

    [CsvColumn("Comments", Optional = true)]
    public string? Comments { get; set; }
}
