using System.Globalization;
using System.Text;
using ClosedXML.Excel;
using WarmeOverdracht.Infrastructure.ElkImports;

namespace WarmeOverdracht.UnitTests.ElkImports;

/// <summary>
/// Builds a small ELK export in memory, as .xlsx or .csv, from one valid pupil that each test changes where
/// it matters. Values are strings, or a double, DateTime or bool to store a real number, date or
/// truth value in the workbook.
/// </summary>
internal sealed class ElkExportBuilder
{
    private readonly List<string> titles = [];
    private readonly List<(string Column, string Header)> columns =
        ElkColumns.All.Select(column => (column.Name, column.Name)).ToList();
    private readonly List<Dictionary<string, object?>?> rows = [];

    public static Dictionary<string, object?> ValidPupil() => new()
    {
        ["ELK-nummer"] = "2712345",
        ["Voornaam"] = "Zoë",
        ["Tussenvoegsel"] = "van 't",
        ["Achternaam"] = "Hof",
        ["Geboortedatum"] = "14-03-2014",
        ["BRIN PO"] = "12AB00",
        ["Naam PO-school"] = "OBS De Kwikstaart",
        ["E-mail PO-school"] = "po-12ab@example.org",
        ["BRIN VO"] = "34CD00",
        ["Naam VO-school"] = "Rietland College",
        ["E-mail VO-school"] = "vo-34cd@example.org",
        ["Contactpersoon PO"] = "Marloes de Wit",
        ["Mobiel contactpersoon"] = "06-12345678",
        ["Warme overdracht"] = "Ja",
        ["Reden warme overdracht"] = "Faalangst bij toetsen",
        ["Toestemming ouders"] = "Ja",
    };

    public ElkExportBuilder WithTitles(params string[] lines)
    {
        titles.AddRange(lines);
        return this;
    }

    public ElkExportBuilder WithHeader(string column, string header)
    {
        var index = columns.FindIndex(entry => entry.Column == column);
        columns[index] = (column, header);
        return this;
    }

    public ElkExportBuilder WithoutColumns(params string[] names)
    {
        columns.RemoveAll(entry => names.Contains(entry.Column));
        return this;
    }

    /// <summary>Adds the valid pupil, changed by <paramref name="changes"/> (column name, value).</summary>
    public ElkExportBuilder WithPupil(params (string Column, object? Value)[] changes)
    {
        var pupil = ValidPupil();
        foreach (var (column, value) in changes)
        {
            pupil[column] = value;
        }

        rows.Add(pupil);
        return this;
    }

    public ElkExportBuilder WithEmptyRow()
    {
        rows.Add(null);
        return this;
    }

    public ElkReadResult ReadAsXlsx() => new ElkExportReader().Read(ToXlsx(), "elk-export.xlsx");

    public ElkReadResult ReadAsCsv(char separator = ';') =>
        new ElkExportReader().Read(new MemoryStream(ToCsvBytes(separator)), "elk-export.csv");

    public MemoryStream ToXlsx()
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("Leerlingen");
        var rowNumber = 1;
        foreach (var line in titles)
        {
            sheet.Cell(rowNumber++, 1).SetValue(line);
        }

        foreach (var line in Lines())
        {
            WriteRow(sheet.Row(rowNumber++), line);
        }

        var stream = new MemoryStream();
        workbook.SaveAs(stream);
        stream.Position = 0;
        return stream;
    }

    public byte[] ToCsvBytes(char separator = ';', bool byteOrderMark = true)
    {
        var text = new StringBuilder();
        foreach (var line in titles.Select(title => new object?[] { title }).Concat(Lines()))
        {
            text.Append(string.Join(separator, line.Select(value => CsvField(value, separator)))).Append("\r\n");
        }

        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        return byteOrderMark ? [.. Encoding.UTF8.Preamble, .. bytes] : bytes;
    }

    private IEnumerable<object?[]> Lines()
    {
        yield return columns.Select(entry => (object?)entry.Header).ToArray();
        foreach (var pupil in rows)
        {
            yield return columns.Select(entry => pupil?.GetValueOrDefault(entry.Column)).ToArray();
        }
    }

    private static void WriteRow(IXLRow row, object?[] values)
    {
        for (var index = 0; index < values.Length; index++)
        {
            var cell = row.Cell(index + 1);
            switch (values[index])
            {
                case double number:
                    cell.SetValue(number);
                    break;
                case DateTime date:
                    cell.SetValue(date);
                    break;
                case bool flag:
                    cell.SetValue(flag);
                    break;
                case string text:
                    cell.SetValue<string>(text);
                    break;
            }
        }
    }

    private static string CsvField(object? value, char separator)
    {
        var text = value switch
        {
            DateTime date => date.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture),
            double number => number.ToString(CultureInfo.InvariantCulture),
            bool flag => flag ? "true" : "false",
            _ => value as string ?? string.Empty,
        };
        return text.IndexOfAny([separator, '"', '\r', '\n']) >= 0 ? "\"" + text.Replace("\"", "\"\"") + "\"" : text;
    }
}
