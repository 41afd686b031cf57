using System.Globalization;
using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;

namespace WarmeOverdracht.Infrastructure.ElkImports;

/// <summary>
/// Reads the first worksheet of an .xlsx workbook that has a recognisable header row. Numbers come out
/// as plain digits (<c>2712345</c>, not <c>2712345.0</c>) and dates keep their date.
/// </summary>
internal static class XlsxSheetReader
{
    /// <summary>The rows, or null when the package holds no workbook (a zip file or another Office file).</summary>
    public static IReadOnlyList<SheetRow>? Read(byte[] content)
    {
        if (!HasWorkbook(content))
        {
            return null;
        }

        using var workbook = new XLWorkbook(new MemoryStream(content, writable: false));
        var withHeader = workbook.Worksheets.FirstOrDefault(sheet => ElkHeader.Find(ReadRows(sheet)) is not null)
            ?? workbook.Worksheets.FirstOrDefault();
        return withHeader is null ? [] : ReadRows(withHeader).ToList();
    }

    // ClosedXML 0.95 throws a NullReferenceException for a package without a workbook part.
    private static bool HasWorkbook(byte[] content)
    {
        using var package = SpreadsheetDocument.Open(new MemoryStream(content, writable: false), false);
        return package.WorkbookPart?.Workbook is not null;
    }

    private static IEnumerable<SheetRow> ReadRows(IXLWorksheet worksheet)
    {
        var width = worksheet.LastColumnUsed()?.ColumnNumber() ?? 0;
        foreach (var row in worksheet.RowsUsed())
        {
            var cells = new SheetCell[width];
            Array.Fill(cells, SheetCell.Empty);
            foreach (var cell in row.CellsUsed())
            {
                cells[cell.Address.ColumnNumber - 1] = ToSheetCell(cell);
            }

            yield return new SheetRow(row.RowNumber(), cells);
        }
    }

    private static SheetCell ToSheetCell(IXLCell cell) =>
        (cell.HasFormula ? cell.CachedValue : cell.Value) switch
        {
            DateTime date => new SheetCell(date.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture),
                DateOnly.FromDateTime(date)),
            double number => new SheetCell(FormatNumber(number)),
            bool flag => new SheetCell(flag ? "true" : "false"),
            TimeSpan time => new SheetCell(time.ToString("c", CultureInfo.InvariantCulture)),
            var other => new SheetCell(Convert.ToString(other, CultureInfo.InvariantCulture)?.Trim() ?? ""),
        };

    /// <summary>Whole numbers without a decimal part, so an ELK number stored as a number reads as typed.</summary>
    private static string FormatNumber(double number) =>
        Math.Abs(number) < 1e15 && number == Math.Floor(number)
            ? ((long)number).ToString(CultureInfo.InvariantCulture)
            : number.ToString(CultureInfo.InvariantCulture);
}
