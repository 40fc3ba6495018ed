namespace BcfWorkflow.Domain.Returns.Parsing;

/// <summary>Caps that keep a hostile or mistaken upload (a zip bomb, a whole ledger) from eating memory or time.</summary>
internal static class TableLimits
{
    /// <summary>Largest file read, and largest uncompressed part of a zipped workbook.</summary>
    public const int MaxBytes = 20 * 1024 * 1024;

    /// <summary>Largest sum of a zipped workbook's uncompressed parts.</summary>
    public const long MaxXlsxUncompressedBytes = 50L * 1024 * 1024;

    public const int MaxXlsxEntries = 500;

    /// <summary>Most rows in one sheet (a return has one per scheme: about a hundred at most).</summary>
    public const int MaxRows = 10_000;

    public const int MaxColumns = 200;

    /// <summary>Most sheets in a workbook.</summary>
    public const int MaxSheets = 100;

    /// <summary>Most non-blank cells over every sheet of a workbook.</summary>
    public const int MaxCells = 500_000;

    /// <summary>Most characters of text over every cell of a workbook (shared strings included), so that a small
    /// file that expands into megabytes of text is refused before it is held in memory.</summary>
    public const int MaxTextCharacters = 4 * 1024 * 1024;
}
