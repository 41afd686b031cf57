using System.Globalization;
using System.Text.RegularExpressions;

namespace WarmeOverdracht.Infrastructure.ElkImports;

/// <summary>How the values of an export are written, and how each kind is read.</summary>
internal static partial class ElkValues
{
    private static readonly string[] DateFormats =
    [
        "d-M-yyyy", "d/M/yyyy", "d.M.yyyy", "yyyy-M-d",
        "d-M-yyyy H:mm", "d-M-yyyy H:mm:ss", "d/M/yyyy H:mm:ss", "yyyy-M-d H:mm:ss", "yyyy-M-d'T'H:mm:ss",
    ];

    private static readonly HashSet<string> Yes = new(["ja", "j", "x", "1", "true", "waar", "yes", "y"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> No = new(["nee", "n", "0", "false", "onwaar", "no", "-"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>An ELK number as typed: a number that went through a spreadsheet as <c>2712345.0</c>
    /// loses the decimal part again.</summary>
    public static string ElkNumber(string text) =>
        WholeNumberWithZeroDecimals().IsMatch(text) ? text[..text.IndexOfAny(['.', ','])] : text;

    /// <summary>Ja/J/X/1/true and Nee/N/0/false, any case; empty is no.</summary>
    public static bool TryParseYesNo(string text, out bool value)
    {
        value = Yes.Contains(text);
        return value || text.Length == 0 || No.Contains(text);
    }

    /// <summary>A real spreadsheet date, or text written day first (<c>14-3-2014</c>) or as
    /// <c>2014-03-14</c>.</summary>
    public static bool TryParseDate(SheetCell cell, out DateOnly date)
    {
        if (cell.Date is { } stored)
        {
            date = stored;
            return true;
        }

        var parsed = DateTime.TryParseExact(cell.Text, DateFormats, CultureInfo.InvariantCulture,
            DateTimeStyles.AllowWhiteSpaces, out var dateTime);
        date = DateOnly.FromDateTime(dateTime);
        return parsed;
    }

    public static bool IsEmailAddress(string text) => EmailPattern().IsMatch(text);

    /// <summary>
    /// A mobile number that a spreadsheet stored as a number lost its leading zero (<c>612345678</c>)
    /// or its plus (<c>31612345678</c>); this puts it back so the number can be read.
    /// </summary>
    public static string RestoreMobilePrefix(string text) => text switch
    {
        { Length: 9 } when text[0] == '6' && text.All(char.IsAsciiDigit) => "0" + text,
        { Length: 11 } when text.StartsWith("316", StringComparison.Ordinal) && text.All(char.IsAsciiDigit)
            => "+" + text,
        _ => text,
    };

    /// <summary>
    /// True when a name shows the marks of a wrong encoding: UTF-8 read as Windows-1252 (<c>ZoÃ«</c>), a
    /// replacement character, or a question mark where a spreadsheet could not store a letter
    /// (<c>Nguy?n</c>).
    /// </summary>
    public static bool LooksGarbled(string text) =>
        text.Contains('\uFFFD', StringComparison.Ordinal) || text.Contains('?', StringComparison.Ordinal)
        || Utf8ReadAsWindows1252().IsMatch(text);

    [GeneratedRegex("[ÂÃÄÅÆ][\u0080-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6"
        + "\u02DC\u2013-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122]")]
    private static partial Regex Utf8ReadAsWindows1252();

    [GeneratedRegex(@"^[0-9]+[.,]0+$")]
    private static partial Regex WholeNumberWithZeroDecimals();

    [GeneratedRegex(@"^[^@\s;,<>]+@[^@\s;,<>]+\.[^@\s;,<>]+$")]
    private static partial Regex EmailPattern();
}
