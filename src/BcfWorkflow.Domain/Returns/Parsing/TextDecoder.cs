using System.Buffers;
using System.Text;

namespace BcfWorkflow.Domain.Returns.Parsing;

/// <summary>
/// Turns a text file's bytes into a string: UTF-8 with or without BOM, UTF-16 with a BOM (Excel's "Unicode Text"),
/// and, when the bytes are not UTF-8 but hold no control characters, Windows-1252 (Excel's plain "CSV" on a UK PC
/// writes £ as the single byte A3). NULs or other control characters mean binary data: null.
/// </summary>
internal static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The bytes <see cref="IsControl"/> refuses, searched for all at once (vectorised).</summary>
    private static readonly SearchValues<byte> ControlBytes = SearchValues.Create(
        [.. Enumerable.Range(0, 0x80).Where(b => IsControl((char)b)).Select(b => (byte)b)]);

    private static readonly Lazy<Encoding> Windows1252 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    });

    public static string? Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return DecodeUtf8(bytes[3..]);
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return WithoutControls(Encoding.Unicode.GetString(bytes[2..]));
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return WithoutControls(Encoding.BigEndianUnicode.GetString(bytes[2..]));
        }
        return DecodeUtf8(bytes);
    }

    private static string? DecodeUtf8(ReadOnlySpan<byte> bytes)
    {
        if (HasControlBytes(bytes))
        {
            return null;
        }
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Windows1252.Value.GetString(bytes);
        }
    }

    private static string? WithoutControls(string text)
    {
        foreach (var c in text)
        {
            if (IsControl(c))
            {
                return null;
            }
        }
        return text;
    }

    private static bool HasControlBytes(ReadOnlySpan<byte> bytes) => bytes.ContainsAny(ControlBytes);

    private static bool IsControl(char c) => (c < 0x20 && c is not ('\t' or '\r' or '\n' or '\f')) || c == 0x7F;
}
