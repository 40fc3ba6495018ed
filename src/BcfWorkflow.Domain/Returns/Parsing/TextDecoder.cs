using System.Buffers;
using System.Text;

namespace BcfWorkflow.Domain.Returns.Parsing;

/// <summary>
/// Turns a text file's bytes into a string: UTF-8 with or without BOM, UTF-16 with a BOM (Excel's "Unicode Text"),
/// UTF-16 without a BOM when every other byte is zero,
/// and, when the bytes are not UTF-8 but hold no control characters, Windows-1252 (Excel's plain "CSV" on a UK PC
/// writes £ as the single byte A3). NULs or other control characters mean binary data: null.
/// </summary>
internal static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The bytes <see cref="IsControl"/> refuses, searched for all at once (vectorised).</summary>
    private static readonly SearchValues<byte> ControlBytes = SearchValues.Create(
        [.. Enumerable.Range(0, 0x80).Where(b => IsControl((char)b)).Select(b => (byte)b)]);

    /// <summary>Whether the bytes mix encodings: not valid UTF-8, yet holding UTF-8 sequences (a "£" written as C2 A3
    /// beside bytes that are not UTF-8). Read as Windows-1252 its text would be garbled ("Â£"), so such a file is
    /// refused rather than read.</summary>
    public static bool IsMixedEncoding(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || Utf16WithoutBom(bytes) is not null)
        {
            return false;
        }
        int valid = 0, invalid = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            if (b < 0x80)
            {
                continue;
            }
            var length = b is >= 0xC2 and <= 0xDF ? 2 : b is >= 0xE0 and <= 0xEF ? 3 : b is >= 0xF0 and <= 0xF4 ? 4 : 0;
            var ok = length > 0 && i + length <= bytes.Length;
            for (var k = 1; ok && k < length; k++)
            {
                ok = bytes[i + k] is >= 0x80 and <= 0xBF;
            }
            if (ok)
            {
                valid++;
                i += length - 1;
            }
            else
            {
                invalid++;
            }
        }
        return valid > 0 && invalid > 0;
    }

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
        if (Utf16WithoutBom(bytes) is { } utf16)
        {
            return WithoutControls(utf16.GetString(bytes));
        }
        return DecodeUtf8(bytes);
    }

    /// <summary>UTF-16 saved without a byte order mark (some tools do): every other byte is zero for the ASCII a
    /// table is mostly made of. Judged from the first bytes: at least 90% of one half zero, none of the other.</summary>
    private static Encoding? Utf16WithoutBom(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..(Math.Min(bytes.Length, 4096) & ~1)];
        if (sample.Length < 4)
        {
            return null;
        }
        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            evenZeros += sample[i] == 0 ? 1 : 0;
            oddZeros += sample[i + 1] == 0 ? 1 : 0;
        }
        var pairs = sample.Length / 2;
        return oddZeros * 10 >= pairs * 9 && evenZeros == 0 ? Encoding.Unicode
            : evenZeros * 10 >= pairs * 9 && oddZeros == 0 ? Encoding.BigEndianUnicode
            : null;
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
            return CodePages.Windows1252.GetString(bytes);
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
