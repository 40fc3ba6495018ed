using System.Buffers.Binary;
using System.Text;

namespace BcfWorkflow.Domain.Returns.Parsing;

/// <summary>
/// The name of the sheet that was showing when an Excel 97-2003 (BIFF8) workbook was saved: the WINDOW1 record's
/// selected tab (itabCur), counted over the BOUNDSHEET records of the workbook globals, in order. Null when the
/// file does not say, or is not BIFF8.
/// </summary>
internal static class XlsActiveSheet
{
    private const ushort Bof = 0x0809;
    private const ushort Eof = 0x000A;
    private const ushort Window1 = 0x003D;
    private const ushort BoundSheet = 0x0085;
    private const ushort Biff8 = 0x0600;

    public static string? Of(byte[] workbookStream)
    {
        var data = workbookStream.AsSpan();
        var sheets = new List<string>();
        int? activeTab = null;
        var offset = 0;
        var first = true;
        while (offset + 4 <= data.Length)
        {
            var type = BinaryPrimitives.ReadUInt16LittleEndian(data[offset..]);
            var length = BinaryPrimitives.ReadUInt16LittleEndian(data[(offset + 2)..]);
            if (offset + 4 + length > data.Length)
            {
                return null;
            }
            var body = data.Slice(offset + 4, length);
            offset += 4 + length;
            if (first)
            {
                if (type != Bof || body.Length < 2 || BinaryPrimitives.ReadUInt16LittleEndian(body) != Biff8)
                {
                    return null;
                }
                first = false;
                continue;
            }
            switch (type)
            {
                case Window1 when body.Length >= 12 && activeTab is null:
                    activeTab = BinaryPrimitives.ReadUInt16LittleEndian(body[10..]);
                    break;
                case BoundSheet when body.Length >= 8:
                    sheets.Add(SheetName(body[6..]));
                    break;
                case Eof:
                    return activeTab is { } tab && tab < sheets.Count ? sheets[tab] : null;
            }
        }
        return null;
    }

    /// <summary>A ShortXLUnicodeString: a character count, a flag for two-byte characters, then the characters.</summary>
    private static string SheetName(ReadOnlySpan<byte> text)
    {
        var count = text[0];
        var wide = (text[1] & 1) == 1;
        var chars = text[2..];
        return wide
            ? Encoding.Unicode.GetString(chars[..Math.Min(count * 2, chars.Length & ~1)])
            : Encoding.Latin1.GetString(chars[..Math.Min(count, chars.Length)]);
    }
}
