using System.Text;
using ClosedXML.Excel;

namespace WarmeOverdracht.UnitTests.ElkImports;

/// <summary>Builds small ELK exports, as .xlsx or .csv, from rows of cells.</summary>
public sealed class ElkFileBuilder
{
    public static readonly string[] StandardHeader =
    [
        "ELK-nummer", "Voornaam", "Tussenvoegsel", "Achternaam", "Geboortedatum", "BRIN PO", "Naam PO-school", "BRIN VO",
        "Naam VO-school", "Contactpersoon PO", "Mobiel contactpersoon", "Warme overdracht", "Toestemming ouders",
    ];

    private readonly List<object[]> titleRows = [];
    private readonly List<object[]> rows = [];
    private string[] header = StandardHeader;

    public ElkFileBuilder WithHeader(params string[] names)
    {
        header = names;
        return this;
    }

    public ElkFileBuilder WithTitleRow(params object[] cells)
    {
        titleRows.Add(cells);
        return this;
    }

    public ElkFileBuilder WithRow(params object[] cells)
    {
        rows.Add(cells);
        return this;
    }

    /// <summary>A well-formed pupil row for the standard header.</summary>
    public ElkFileBuilder WithPupil(
        object elkNumber, string lastName = "Hof", string prefix = "van 't", string mobile = "06-12345678",
        string flagged = "Ja", object? birthDate = null) =>
        WithRow(elkNumber, "Zoë", prefix, lastName, birthDate ?? "8-12-2014", "11aa", "De Regenboog", "22BB00",
            "Zilverreiger College", "Marieke de Boer", mobile, flagged, "Ja");

    public MemoryStream Xlsx()
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add("Export");
        var rowNumber = 1;
        foreach (var cells in titleRows.Append(header.Cast<object>().ToArray()).Concat(rows))
        {
            for (var i = 0; i < cells.Length; i++)
            {
                SetCell(sheet.Cell(rowNumber, i + 1), cells[i]);
            }

            rowNumber++;
        }

        var stream = new MemoryStream();
        workbook.SaveAs(stream);
        stream.Position = 0;
        return stream;
    }

    public MemoryStream Csv(char separator = ';', Encoding? encoding = null)
    {
        var lines = titleRows.Append(header.Cast<object>().ToArray()).Concat(rows)
            .Select(cells => string.Join(separator, cells.Select(c => Quote(Convert.ToString(c, System.Globalization.CultureInfo.InvariantCulture) ?? "", separator))));
        return new MemoryStream((encoding ?? new UTF8Encoding(true)).GetPreamble()
            .Concat((encoding ?? Encoding.UTF8).GetBytes(string.Join("\r\n", lines))).ToArray());
    }

    private static void SetCell(IXLCell cell, object value)
    {
        switch (value)
        {
            case int number:
                cell.SetValue(number);
                break;
            case DateTime date:
                cell.SetValue(date);
                break;
            default:
                cell.SetValue(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "");
                break;
        }
    }

    private static string Quote(string value, char separator) =>
        value.Contains(separator) || value.Contains('"') || value.Contains('\n')
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;
}
