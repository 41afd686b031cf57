using System.Globalization;
using System.Text;
using ClosedXML.Excel;
using WarmeOverdracht.SampleExport;

// Writes the synthetic ELK export of a whole region, the same every time (fixed seed).
var outputDirectory = args.Length > 0 ? args[0] : Path.Combine(SampleRegion.RepositoryRoot(), "docs", "samples");
var rows = new SampleRegion(seed: 2027).Generate();

WriteXlsx(Path.Combine(outputDirectory, "elk-export-amstelland.xlsx"), rows);
WriteCsv(Path.Combine(outputDirectory, "elk-export-amstelland.csv"), rows);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"Wrote {rows.Count} pupils, {rows.Count(r => r[SampleRegion.FlagColumn] == "Ja")} flagged, to {outputDirectory}"));

static void WriteXlsx(string path, IReadOnlyList<string[]> rows)
{
    using var workbook = new XLWorkbook();
    var sheet = workbook.Worksheets.Add("ELK-export");
    for (var column = 0; column < SampleRegion.Headers.Length; column++)
    {
        sheet.Cell(1, column + 1).SetValue(SampleRegion.Headers[column]);
        sheet.Column(column + 1).Width = 18;
    }

    for (var row = 0; row < rows.Count; row++)
    {
        for (var column = 0; column < rows[row].Length; column++)
        {
            sheet.Cell(row + 2, column + 1).SetValue(rows[row][column]);
        }
    }

    sheet.Row(1).Style.Font.Bold = true;
    workbook.SaveAs(path);
}

static void WriteCsv(string path, IReadOnlyList<string[]> rows)
{
    var text = new StringBuilder();
    foreach (var row in rows.Prepend(SampleRegion.Headers))
    {
        text.AppendJoin(';', row.Select(Quote)).Append("\r\n");
    }

    File.WriteAllText(path, text.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
}

static string Quote(string value) => value.IndexOfAny([';', '"', '\n']) < 0
    ? value
    : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
