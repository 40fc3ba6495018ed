using BcfWorkflow.Domain.Validation;

namespace BcfWorkflow.Domain.Returns.Parsing;

/// <summary>
/// Reads an uploaded file as a workbook, choosing the format by content, never by name (<see cref="ReturnFileFormat.KindOf"/>):
/// .xlsx/.xlsm, .ods, .xls, or text read as CSV. A PDF, a Word document, an empty, binary or oversized file is a
/// problem that says what to upload instead, never an exception.
/// </summary>
internal static class TableFileReader
{
    public static WorkbookReadResult Read(Stream content, string fileName)
    {
        var bytes = ReadCapped(content);
        if (bytes is null)
        {
            return WorkbookReadResult.Fail(IssueCodes.TooLarge, fileName,
                $"The file is larger than {TableLimits.MaxBytes / (1024 * 1024)} MB, far more than a return needs. Upload only the return's sheet, as .xlsx or .csv.");
        }
        if (bytes.Length == 0)
        {
            return WorkbookReadResult.Fail(IssueCodes.EmptyFile, fileName, "The file is empty. Upload the return you filled in, as .xlsx or .csv.");
        }
        return ReturnFileFormat.KindOf(bytes) switch
        {
            FileKind.Xlsx => XlsxWorkbookReader.Read(bytes, fileName),
            FileKind.Ods => OdsWorkbookReader.Read(bytes, fileName),
            FileKind.Xls => XlsWorkbookReader.Read(bytes, fileName),
            FileKind.Pdf => WrongKind(fileName, "a PDF"),
            FileKind.WordDocument => WrongKind(fileName, "a Word document"),
            FileKind.OtherZip => WrongKind(fileName, "a zip file that holds no spreadsheet"),
            _ => ReadText(bytes, fileName),
        };
    }

    private static WorkbookReadResult ReadText(byte[] bytes, string fileName)
    {
        if (TextDecoder.IsMixedEncoding(bytes))
        {
            return WorkbookReadResult.Fail(IssueCodes.NotATable, fileName,
                "The file mixes text encodings (some of its characters are UTF-8 and some are not), so its text cannot be read for sure. "
                + "Save it again from Excel as \"CSV UTF-8\" (or from LibreOffice as UTF-8), or as .xlsx, and upload it again.");
        }
        var text = TextDecoder.Decode(bytes);
        if (text is null)
        {
            return WrongKind(fileName, "not a spreadsheet (it holds binary data)");
        }
        var table = CsvTableReader.Read(text, fileName);
        return table.Problem is { } problem ? new WorkbookReadResult(null, problem) : WorkbookReadResult.Of(Workbook.OfText(table.Rows));
    }

    private static WorkbookReadResult WrongKind(string fileName, string what) =>
        WorkbookReadResult.Fail(IssueCodes.NotATable, fileName,
            $"The file is {what}, not a return. Upload {ReturnFileFormat.Accepted}: open the workbook you filled in and save it as .xlsx or .csv.");

    /// <summary>The stream's bytes, or null when there are more than <see cref="TableLimits.MaxBytes"/>.</summary>
    private static byte[]? ReadCapped(Stream content)
    {
        if (content.CanSeek)
        {
            var remaining = content.Length - content.Position;
            if (remaining > TableLimits.MaxBytes)
            {
                return null;
            }
            var all = new byte[remaining];
            content.ReadExactly(all);
            return all;
        }
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = content.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, n);
            if (buffer.Length > TableLimits.MaxBytes)
            {
                return null;
            }
        }
        return buffer.ToArray();
    }
}
