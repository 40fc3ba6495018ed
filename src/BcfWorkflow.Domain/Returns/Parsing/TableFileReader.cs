using System.Buffers;
using BcfWorkflow.Domain.Validation;

namespace BcfWorkflow.Domain.Returns.Parsing;

/// <summary>
/// Reads an uploaded table, choosing the format by content, never by name: a zip ("PK\x03\x04") is an .xlsx,
/// anything else must be text (then CSV). Empty, binary and oversized files are problems, not exceptions.
/// </summary>
internal static class TableFileReader
{
    public static TableReadResult Read(Stream content, string fileName)
    {
        if (content.CanSeek && content.Length - content.Position is > 0 and <= TableLimits.MaxBytes and var size)
        {
            // The common case (an upload buffered in memory): read into a pooled buffer, as a CSV needs the bytes
            // only until they are decoded.
            var pooled = ArrayPool<byte>.Shared.Rent((int)size);
            try
            {
                content.ReadExactly(pooled, 0, (int)size);
                return Read(pooled.AsSpan(0, (int)size), fileName);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(pooled);
            }
        }
        var bytes = ReadCapped(content);
        if (bytes is null)
        {
            return TableReadResult.Fail(IssueCodes.TooLarge, fileName, $"{fileName} is larger than {TableLimits.MaxBytes / (1024 * 1024)} MB.");
        }
        if (bytes.Length == 0)
        {
            return TableReadResult.Fail(IssueCodes.EmptyFile, fileName, $"{fileName} is empty.");
        }
        return ReturnFileFormat.IsXlsx(bytes) ? XlsxTableReader.Read(bytes, fileName) : Read(bytes, fileName);
    }

    /// <summary>Reads non-empty bytes (an .xlsx gets its own copy: its reader takes an array).</summary>
    private static TableReadResult Read(ReadOnlySpan<byte> bytes, string fileName)
    {
        if (ReturnFileFormat.IsXlsx(bytes))
        {
            return XlsxTableReader.Read(bytes.ToArray(), fileName);
        }
        var text = TextDecoder.Decode(bytes);
        return text is null
            ? TableReadResult.Fail(IssueCodes.NotATable, fileName, $"{fileName} is not a CSV or xlsx file (it holds binary data).")
            : CsvTableReader.Read(text, fileName);
    }

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
