using System.Globalization;

namespace BcfWorkflow.Domain.Returns.Parsing;

/// <summary>Dates as spreadsheets store them (a serial number of days, shown through a date format) and as a person
/// in England saw them: 30/09/2024, with the time only when it has one.</summary>
internal static class SpreadsheetDates
{
    /// <summary>UK order is spelled out in the patterns; the invariant culture gives "/" and ":" as separators.</summary>
    private static readonly CultureInfo UkCulture = CultureInfo.InvariantCulture;

    /// <summary>The built-in number formats (ECMA-376 18.8.30) that show a date or time.</summary>
    public static bool IsBuiltInDateFormat(int id) => id is (>= 14 and <= 22) or (>= 27 and <= 36) or (>= 45 and <= 47) or (>= 50 and <= 58);

    /// <summary>Whether a custom format code shows a date or time: it has d, m, y, h or s outside quoted text,
    /// bracketed colours and escaped characters ("£#,##0" does not; "dd/mm/yyyy" and "[h]:mm" do).</summary>
    public static bool IsDateFormatCode(string code)
    {
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            switch (c)
            {
                case '"':
                    i = code.IndexOf('"', i + 1) is var close and >= 0 ? close : code.Length;
                    break;
                case '\\' or '_' or '*':
                    i++; // an escaped literal, a space the width of the next character, or a fill character
                    break;
                case '[':
                    var end = code.IndexOf(']', i + 1);
                    var inside = end < 0 ? "" : code[(i + 1)..end];
                    if (inside.Length > 0 && inside.All(ch => ch is 'h' or 'H' or 'm' or 'M' or 's' or 'S'))
                    {
                        return true; // elapsed time, [h]:mm
                    }
                    i = end < 0 ? code.Length : end;
                    break;
                case 'd' or 'D' or 'm' or 'M' or 'y' or 'Y' or 'h' or 'H' or 's' or 'S':
                    return true;
            }
        }
        return false;
    }

    /// <summary>A serial date (1900 system unless <paramref name="date1904"/>) as a UK date; null when out of range.</summary>
    public static string? FromSerial(double serial, bool date1904)
    {
        if (date1904)
        {
            serial += 1462;
        }
        if (serial is < 0 or > 2958465 || double.IsNaN(serial))
        {
            return null;
        }
        var value = DateTime.FromOADate(serial);
        return serial < 1 ? value.ToString("HH:mm", UkCulture) : Show(value);
    }

    /// <summary>A date as a UK date, with the time (24-hour) only when it is not midnight.</summary>
    public static string Show(DateTime value) => value.TimeOfDay == TimeSpan.Zero
            ? value.ToString("dd/MM/yyyy", UkCulture)
            : value.ToString("dd/MM/yyyy HH:mm", UkCulture);
}
