using System.Text;

namespace BcfWorkflow.Domain.Returns.Parsing;

/// <summary>Text comparisons that forgive what spreadsheets do to text: case, stray and non-breaking spaces.</summary>
internal static class CellText
{
    public static bool IsSpace(char c) => char.IsWhiteSpace(c) || c is '\u00A0' or '\u2007' or '\u202F' or '\uFEFF';

    public static bool IsBlank(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!IsSpace(c))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Trims every kind of space, including non-breaking ones.</summary>
    public static string Trim(string text)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && IsSpace(text[start]))
        {
            start++;
        }
        while (end > start && IsSpace(text[end - 1]))
        {
            end--;
        }
        return start == 0 && end == text.Length ? text : text[start..end];
    }

    /// <summary>Trims every kind of space, including non-breaking ones.</summary>
    public static ReadOnlySpan<char> Trim(ReadOnlySpan<char> text)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && IsSpace(text[start]))
        {
            start++;
        }
        while (end > start && IsSpace(text[end - 1]))
        {
            end--;
        }
        return text[start..end];
    }

    /// <summary>Trimmed, every run of spaces made one plain space, lower case.</summary>
    public static string Normalise(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (IsSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }
            builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }

    /// <summary>Equal ignoring case and any whitespace (so "Blaby  District Council" matches "blaby district council").</summary>
    public static bool SameIgnoringCaseAndSpaces(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.SequenceEqual(b))
        {
            return true; // the usual case, checked vectorised
        }
        int i = 0, j = 0;
        while (true)
        {
            while (i < a.Length && IsSpace(a[i]))
            {
                i++;
            }
            while (j < b.Length && IsSpace(b[j]))
            {
                j++;
            }
            if (i == a.Length || j == b.Length)
            {
                return i == a.Length && j == b.Length;
            }
            if (char.ToLowerInvariant(a[i]) != char.ToLowerInvariant(b[j]))
            {
                return false;
            }
            i++;
            j++;
        }
    }
}
