using System.IO.Compression;
using BcfWorkflow.Domain.Validation;

namespace BcfWorkflow.Domain.Returns.Parsing;

/// <summary>Checks a zipped workbook's declared sizes before any part is opened, so a zip bomb is refused unread.</summary>
internal static class ZipLimits
{
    public static (string Code, string Message)? Check(byte[] bytes)
    {
        const string TooLarge = "The workbook is too large to be a return";
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > TableLimits.MaxXlsxEntries)
            {
                return (IssueCodes.TooLarge, $"{TooLarge}: it has more than {TableLimits.MaxXlsxEntries} parts.");
            }
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                if (entry.Length > TableLimits.MaxBytes)
                {
                    return (IssueCodes.TooLarge, $"{TooLarge}: its part {entry.FullName} is over {TableLimits.MaxBytes / (1024 * 1024)} MB uncompressed.");
                }
                total += entry.Length;
            }
            return total > TableLimits.MaxXlsxUncompressedBytes
                ? (IssueCodes.TooLarge, $"{TooLarge}: over {TableLimits.MaxXlsxUncompressedBytes / (1024 * 1024)} MB uncompressed.")
                : null;
        }
        catch (InvalidDataException)
        {
            return (IssueCodes.NotATable, "The file is a damaged zip file. Open the workbook in Excel or LibreOffice and save it again, as .xlsx or .csv.");
        }
    }
}
