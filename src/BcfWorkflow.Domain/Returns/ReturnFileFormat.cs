namespace BcfWorkflow.Domain.Returns;

/// <summary>What kind of file a return is, judged by its content, never its name: a zip is an .xlsx workbook,
/// anything else is read as CSV text.</summary>
public static class ReturnFileFormat
{
    public const string Csv = "csv";
    public const string Xlsx = "xlsx";

    public static bool IsXlsx(ReadOnlySpan<byte> content) => content.StartsWith("PK\x03\x04"u8);

    /// <summary>The extension a file with this content is stored under ("xlsx" or "csv").</summary>
    public static string ExtensionOf(ReadOnlySpan<byte> content) => IsXlsx(content) ? Xlsx : Csv;
}
