namespace BcfWorkflow.Domain.Returns.Parsing;

/// <summary>Caps that keep a hostile or mistaken upload (a zip bomb, a whole ledger) from eating memory or time.</summary>
internal static class TableLimits
{
    /// <summary>Largest file read, and largest uncompressed part of an .xlsx.</summary>
    public const int MaxBytes = 20 * 1024 * 1024;

    /// <summary>Largest sum of an .xlsx's uncompressed parts.</summary>
    public const long MaxXlsxUncompressedBytes = 50L * 1024 * 1024;

    public const int MaxXlsxEntries = 500;

    public const int MaxRows = 10_000;

    public const int MaxColumns = 200;
}
