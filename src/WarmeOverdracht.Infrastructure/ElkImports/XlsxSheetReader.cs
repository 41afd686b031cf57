using System.Globalization;
using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;

namespace WarmeOverdracht.Infrastructure.ElkImports;

/// <summary>
/// Reads one worksheet of an .xlsx workbook: the one the secretariat chose, or else the first visible
/// worksheet with a recognisable header row (hidden sheets and explanation sheets are passed over).
/// Numbers come out as plain digits (<c>2712345</c>, not <c>2712345.0</c>), dates keep their date, and a
/// merged cell gives its value to every cell it covers, so a merged header names each column under it.
/// </summary>
internal static class XlsxSheetReader
{
    /// <summary>The sheet, or null when the package holds no workbook (a zip file or another Office file).</summary>
    public static XlsxSheet? Read(byte[] content, ElkReadOptions options)
    {
        if (!HasWorkbook(content))
        {
            return null;
        }

        using var workbook = new XLWorkbook(new MemoryStream(content, writable: false));
        var visible = workbook.Worksheets.Where(sheet => sheet.Visibility == XLWorksheetVisibility.Visible).ToList();
        var names = visible.Select(sheet => sheet.Name).ToList();
        var chosen = options.SheetName is { Length: > 0 } name
            ? Chosen(workbook, name, names)
            : visible.FirstOrDefault(sheet => ElkHeader.Find(ReadRows(sheet), options) is not null)
                ?? visible.FirstOrDefault();
        return chosen is null
            ? new XlsxSheet(string.Empty, [], names)
            : new XlsxSheet(chosen.Name, ReadRows(chosen).ToList(), names);
    }

    private static IXLWorksheet Chosen(XLWorkbook workbook, string name, IReadOnlyList<string> names) =>
        workbook.Worksheets.FirstOrDefault(sheet => string.Equals(sheet.Name, name, StringComparison.Ordinal))
        ?? throw new UnreadableExportException($"Het werkblad '{name}' staat niet in dit bestand. "
            + "Werkbladen: " + string.Join(", ", names) + ".");

    // ClosedXML 0.95 throws a NullReferenceException for a package without a workbook part.
    private static bool HasWorkbook(byte[] content)
    {
        using var package = SpreadsheetDocument.Open(new MemoryStream(content, writable: false), false);
        return package.WorkbookPart?.Workbook is not null;
    }

    private static IEnumerable<SheetRow> ReadRows(IXLWorksheet worksheet)
    {
        var width = worksheet.LastColumnUsed()?.ColumnNumber() ?? 0;
        var merged = MergedValues(worksheet);
        foreach (var row in worksheet.RowsUsed())
        {
            var cells = new SheetCell[width];
            Array.Fill(cells, SheetCell.Empty);
            foreach (var cell in row.CellsUsed())
            {
                cells[cell.Address.ColumnNumber - 1] = ToSheetCell(cell);
            }

            FillMerged(row.RowNumber(), cells, merged);
            yield return new SheetRow(row.RowNumber(), cells);
        }
    }

    private static List<(IXLRangeAddress Range, SheetCell Value)> MergedValues(IXLWorksheet worksheet) =>
        worksheet.MergedRanges
            .Select(range => (range.RangeAddress, ToSheetCell(range.FirstCell())))
            .ToList();

    private static void FillMerged(
        int rowNumber, SheetCell[] cells, List<(IXLRangeAddress Range, SheetCell Value)> merged)
    {
        foreach (var (range, value) in merged)
        {
            if (rowNumber < range.FirstAddress.RowNumber || rowNumber > range.LastAddress.RowNumber)
            {
                continue;
            }

            var last = Math.Min(range.LastAddress.ColumnNumber, cells.Length);
            for (var column = range.FirstAddress.ColumnNumber; column <= last; column++)
            {
                cells[column - 1] = value;
            }
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

/// <summary>The worksheet that was read, its rows, and the names of all visible worksheets.</summary>
internal sealed record XlsxSheet(string Name, IReadOnlyList<SheetRow> Rows, IReadOnlyList<string> SheetNames);
