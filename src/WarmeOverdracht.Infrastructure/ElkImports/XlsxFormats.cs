using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace WarmeOverdracht.Infrastructure.ElkImports;

/// <summary>How a number in a cell is meant: a plain number, a date or a time of day.</summary>
internal enum CellKind
{
    Number,
    Date,
    Time,
}

/// <summary>The kind of number each cell format (the <c>s</c> attribute of a cell) shows.</summary>
internal static class XlsxFormats
{
    /// <summary>Per cell format index: date, time or number, from its built-in or custom number format.</summary>
    public static CellKind[] Read(WorkbookStylesPart? styles)
    {
        var stylesheet = styles?.Stylesheet;
        if (stylesheet?.CellFormats is null)
        {
            return [];
        }

        var custom = stylesheet.NumberingFormats?.Elements<NumberingFormat>()
            .Where(format => format.NumberFormatId is not null)
            .GroupBy(format => format.NumberFormatId!.Value)
            .ToDictionary(group => group.Key, group => Kind(group.First().FormatCode?.Value ?? string.Empty))
            ?? [];
        return stylesheet.CellFormats.Elements<CellFormat>()
            .Select(format => format.NumberFormatId?.Value ?? 0)
            .Select(id => custom.TryGetValue(id, out var kind) ? kind : BuiltIn(id))
            .ToArray();
    }

    private static CellKind BuiltIn(uint id) => id switch
    {
        >= 14 and <= 17 or 22 or >= 27 and <= 36 or >= 50 and <= 58 => CellKind.Date,
        >= 18 and <= 21 or >= 45 and <= 47 => CellKind.Time,
        _ => CellKind.Number,
    };

    /// <summary>A custom format is a date when it shows a day, month or year, a time when it shows only time.</summary>
    private static CellKind Kind(string code)
    {
        var letters = Letters(code);
        if (letters.Contains('y', StringComparison.Ordinal) || letters.Contains('d', StringComparison.Ordinal))
        {
            return CellKind.Date;
        }

        if (letters.Contains('h', StringComparison.Ordinal) || letters.Contains('s', StringComparison.Ordinal))
        {
            return CellKind.Time;
        }

        return letters.Contains('m', StringComparison.Ordinal) ? CellKind.Date : CellKind.Number;
    }

    /// <summary>The format code in lower case without quoted text, escaped characters and [colour] parts.</summary>
    private static string Letters(string code)
    {
        var kept = new StringBuilder(code.Length);
        var quoted = false;
        var bracketed = false;
        for (var index = 0; index < code.Length; index++)
        {
            var character = code[index];
            if (character == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && character is '\\' or '_' or '*')
            {
                index++;
            }
            else if (!quoted && (character == '[' || character == ']'))
            {
                bracketed = character == '[';
            }
            else if (!quoted && (!bracketed || character is 'h' or 'H' or 'm' or 'M' or 's' or 'S'))
            {
                kept.Append(char.ToLowerInvariant(character));
            }
        }

        return kept.ToString();
    }
}

/// <summary>A rectangle of cells, 1-based and inclusive.</summary>
internal sealed record CellRange(int FirstRow, int FirstColumn, int LastRow, int LastColumn);

/// <summary>Cell references such as <c>B12</c> and ranges such as <c>A1:C2</c>.</summary>
internal static class CellReference
{
    /// <summary>The 1-based column of a reference, or null when it has no column letters.</summary>
    public static int? Column(string? reference)
    {
        var column = 0;
        foreach (var character in reference ?? string.Empty)
        {
            var upper = char.ToUpperInvariant(character);
            if (upper is < 'A' or > 'Z')
            {
                break;
            }

            column = (column * 26) + (upper - 'A' + 1);
        }

        return column == 0 ? null : column;
    }

    public static CellRange? Range(string reference)
    {
        var parts = reference.Split(':');
        var first = Cell(parts[0]);
        var last = Cell(parts[^1]);
        return first is null || last is null
            ? null
            : new CellRange(first.Value.Row, first.Value.Column, last.Value.Row, last.Value.Column);
    }

    private static (int Row, int Column)? Cell(string reference)
    {
        var column = Column(reference);
        var digits = reference[reference.TakeWhile(char.IsAsciiLetter).Count()..];
        return column is { } found
            && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var row) && row > 0
                ? (row, found)
                : null;
    }
}
