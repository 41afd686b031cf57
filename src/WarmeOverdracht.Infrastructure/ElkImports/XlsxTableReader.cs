using System.Globalization;
using ClosedXML.Excel;

namespace WarmeOverdracht.Infrastructure.ElkImports;

/// <summary>Reads the visible worksheets of an .xlsx file as text tables.</summary>
internal static class XlsxTableReader
{
    public static IReadOnlyList<ElkTable> Read(Stream content)
    {
        using var workbook = new XLWorkbook(content);
        return workbook.Worksheets
            .Where(sheet => sheet.Visibility == XLWorksheetVisibility.Visible)
            .Select(ReadSheet)
            .ToList();
    }

    private static ElkTable ReadSheet(IXLWorksheet sheet)
    {
        var used = sheet.RangeUsed();
        if (used is null)
        {
            return new ElkTable([]);
        }

        var lastColumn = used.LastColumn().ColumnNumber();
        var rows = sheet.RowsUsed().Select(row => new ElkTableRow(
                row.RowNumber(),
                Enumerable.Range(1, lastColumn).Select(column => Text(row.Cell(column))).ToList()))
            .ToList();
        return new ElkTable(rows);
    }

    private static string Text(IXLCell cell) => cell.DataType switch
    {
        XLDataType.Number => cell.GetDouble().ToString("0.##########", CultureInfo.InvariantCulture),
        XLDataType.DateTime => cell.GetDateTime().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        XLDataType.Boolean => cell.GetBoolean() ? "ja" : "nee",
        _ => cell.GetString(),
    };
}
