using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace WarmeOverdracht.Infrastructure.ElkImports;

/// <summary>
/// Reads one worksheet of an .xlsx workbook: the one the secretariat chose, or else the first visible
/// worksheet with a recognisable header row (hidden sheets and explanation sheets are passed over).
/// Numbers come out as plain digits (<c>2712345</c>, not <c>2712345.0</c>), dates keep their date, and a
/// merged cell gives its value to every cell it covers, so a merged header names each column under it.
/// The sheet XML is read forward with <see cref="OpenXmlReader"/> (no cell objects for the whole sheet),
/// which keeps a 10,000-row export well under a second.
/// </summary>
internal static class XlsxSheetReader
{
    /// <summary>The sheet, or null when the package holds no workbook (a zip file or another Office file).</summary>
    public static XlsxSheet? Read(byte[] content, ElkReadOptions options)
    {
        using var package = SpreadsheetDocument.Open(new MemoryStream(content, writable: false), false);
        var workbookPart = package.WorkbookPart;
        if (workbookPart?.Workbook is null)
        {
            return null;
        }

        var book = new XlsxBook(workbookPart);
        var visible = book.Sheets.Where(sheet => sheet.Visible).ToList();
        var names = visible.Select(sheet => sheet.Name).ToList();
        var chosen = options.SheetName is { Length: > 0 } name
            ? Chosen(book, name, names)
            : visible.FirstOrDefault(sheet => ElkHeader.Find(book.Rows(sheet), options) is not null)
                ?? visible.FirstOrDefault();
        return chosen is null
            ? new XlsxSheet(string.Empty, [], names)
            : new XlsxSheet(chosen.Name, book.Rows(chosen), names);
    }

    private static XlsxBookSheet Chosen(XlsxBook book, string name, IReadOnlyList<string> names) =>
        book.Sheets.FirstOrDefault(sheet => string.Equals(sheet.Name, name, StringComparison.Ordinal))
        ?? throw new UnreadableExportException($"Het werkblad '{name}' staat niet in dit bestand. "
            + "Werkbladen: " + string.Join(", ", names) + ".");
}

/// <summary>The worksheet that was read, its rows, and the names of all visible worksheets.</summary>
internal sealed record XlsxSheet(string Name, IReadOnlyList<SheetRow> Rows, IReadOnlyList<string> SheetNames);

/// <summary>A worksheet listed in the workbook, in workbook order.</summary>
internal sealed record XlsxBookSheet(string Name, bool Visible, WorksheetPart Part);

/// <summary>The shared strings, cell formats and worksheets of one workbook.</summary>
internal sealed class XlsxBook
{
    private readonly string[] sharedStrings;
    private readonly CellKind[] formats;
    private readonly DateTime epoch;
    private readonly Dictionary<XlsxBookSheet, List<SheetRow>> read = [];

    public XlsxBook(WorkbookPart workbook)
    {
        Sheets = workbook.Workbook.Sheets?.Elements<Sheet>()
            .Select(sheet => (Sheet: sheet, Part: Part(workbook, sheet.Id?.Value)))
            .Where(sheet => sheet.Part is not null)
            .Select(sheet => new XlsxBookSheet(sheet.Sheet.Name?.Value ?? string.Empty,
                sheet.Sheet.State is null || sheet.Sheet.State.Value == SheetStateValues.Visible, sheet.Part!))
            .ToList() ?? [];
        sharedStrings = ReadSharedStrings(workbook.SharedStringTablePart);
        formats = XlsxFormats.Read(workbook.WorkbookStylesPart);
        epoch = workbook.Workbook.WorkbookProperties?.Date1904?.Value == true
            ? new DateTime(1904, 1, 1, 0, 0, 0, DateTimeKind.Unspecified)
            : DateTime.FromOADate(0);
    }

    public IReadOnlyList<XlsxBookSheet> Sheets { get; }

    /// <summary>The rows of <paramref name="sheet"/> that hold a value, merged cells filled in; read once.</summary>
    public List<SheetRow> Rows(XlsxBookSheet sheet)
    {
        if (!read.TryGetValue(sheet, out var rows))
        {
            rows = ReadRows(sheet);
            read[sheet] = rows;
        }

        return rows;
    }

    private List<SheetRow> ReadRows(XlsxBookSheet sheet)
    {
        var rows = new List<(int Row, List<(int Column, SheetCell Value)> Cells)>();
        var merged = new List<string>();
        var row = new PendingRow(0);
        var cell = new PendingCell();
        using (var reader = OpenXmlReader.Create(sheet.Part))
        {
            while (reader.Read())
            {
                if (!reader.IsStartElement)
                {
                    continue;
                }

                if (reader.ElementType == typeof(Row))
                {
                    Flush(ref cell, row);
                    AddRow(rows, row);
                    var number = int.TryParse(Attribute(reader, "r"), CultureInfo.InvariantCulture, out var r)
                        ? r
                        : row.Number + 1;
                    row = new PendingRow(number);
                }
                else if (reader.ElementType == typeof(Cell))
                {
                    Flush(ref cell, row);
                    cell = new PendingCell
                    {
                        Column = CellReference.Column(Attribute(reader, "r")) ?? row.LastColumn + 1,
                        Type = Attribute(reader, "t"),
                        Style = int.TryParse(Attribute(reader, "s"), CultureInfo.InvariantCulture, out var s)
                            ? s
                            : 0,
                        Open = true,
                    };
                    row.LastColumn = cell.Column;
                }
                else if (reader.ElementType == typeof(CellValue) && cell.Open)
                {
                    cell.Raw = reader.GetText();
                }
                else if (reader.ElementType == typeof(InlineString) && cell.Open)
                {
                    cell.Inline = ItemText((InlineString)reader.LoadCurrentElement()!);
                }
                else if (reader.ElementType == typeof(MergeCell))
                {
                    merged.Add(Attribute(reader, "ref") ?? string.Empty);
                }
            }
        }

        Flush(ref cell, row);
        AddRow(rows, row);
        return ToRows(rows, merged);
    }

    private static string? Attribute(OpenXmlReader reader, string name)
    {
        foreach (var attribute in reader.Attributes)
        {
            if (attribute.LocalName == name && attribute.NamespaceUri.Length == 0)
            {
                return attribute.Value;
            }
        }

        return null;
    }

    private void Flush(ref PendingCell cell, PendingRow row)
    {
        if (cell.Open)
        {
            var value = Value(cell);
            if (!value.IsEmpty)
            {
                row.Cells.Add((cell.Column, value));
            }
        }

        cell = default;
    }

    private static void AddRow(List<(int Row, List<(int Column, SheetCell Value)> Cells)> rows, PendingRow row)
    {
        if (row.Cells.Count > 0)
        {
            rows.Add((row.Number, row.Cells));
        }
    }

    private static List<SheetRow> ToRows(
        List<(int Row, List<(int Column, SheetCell Value)> Cells)> cells, List<string> merged)
    {
        var width = cells.Count == 0 ? 0 : cells.Max(row => row.Cells.Max(cell => cell.Column));
        var rows = new List<SheetRow>(cells.Count);
        foreach (var (number, values) in cells)
        {
            var row = new SheetCell[width];
            Array.Fill(row, SheetCell.Empty);
            values.ForEach(cell => row[cell.Column - 1] = cell.Value);
            rows.Add(new SheetRow(number, row));
        }

        FillMerged(rows, merged.Select(CellReference.Range).OfType<CellRange>().ToList());
        return rows;
    }

    /// <summary>A merged range shows the value of its first cell; every covered cell gets that value.</summary>
    private static void FillMerged(List<SheetRow> rows, List<CellRange> ranges)
    {
        if (ranges.Count == 0)
        {
            return;
        }

        var byNumber = rows.ToDictionary(row => row.RowNumber);
        foreach (var range in ranges)
        {
            var value = byNumber.TryGetValue(range.FirstRow, out var first) ? first[range.FirstColumn - 1] : default;
            for (var number = range.FirstRow; number <= range.LastRow; number++)
            {
                if (!byNumber.TryGetValue(number, out var row))
                {
                    continue;
                }

                var cells = (SheetCell[])row.Cells;
                for (var column = range.FirstColumn; column <= Math.Min(range.LastColumn, cells.Length); column++)
                {
                    cells[column - 1] = value.Text is null ? SheetCell.Empty : value;
                }
            }
        }
    }

    private SheetCell Value(PendingCell cell)
    {
        var raw = cell.Raw;
        var type = cell.Type;
        if (type == "inlineStr")
        {
            return Text(cell.Inline ?? raw);
        }

        if (raw is null)
        {
            return SheetCell.Empty;
        }

        if (type == "s")
        {
            return int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var index)
                && index >= 0 && index < sharedStrings.Length
                ? Text(sharedStrings[index])
                : SheetCell.Empty;
        }

        if (type == "b")
        {
            var isTrue = raw == "1" || raw.Equals("true", StringComparison.OrdinalIgnoreCase);
            return new SheetCell(isTrue ? "true" : "false");
        }

        if (type == "d")
        {
            return DateTime.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? DateCell(date)
                : Text(raw);
        }

        return type is null or "n" ? Number(cell.Style, raw) : Text(raw);
    }

    private SheetCell Number(int style, string raw)
    {
        if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return Text(raw);
        }

        var kind = style >= 0 && style < formats.Length ? formats[style] : CellKind.Number;
        return kind switch
        {
            // Bounds keep a nonsense value in a date or time column from overflowing DateTime or TimeSpan.
            CellKind.Date when number is >= 0 and < 2_950_000 => DateCell(epoch.AddDays(number)),
            CellKind.Time when Math.Abs(number) < 1_000_000 =>
                new SheetCell(TimeSpan.FromDays(number).ToString("c", CultureInfo.InvariantCulture)),
            _ => new SheetCell(FormatNumber(number)),
        };
    }

    private static SheetCell DateCell(DateTime date) =>
        new(date.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture), DateOnly.FromDateTime(date));

    private static SheetCell Text(string? text) => new(text?.Trim() ?? string.Empty);

    /// <summary>Whole numbers without a decimal part, so an ELK number stored as a number reads as typed.</summary>
    private static string FormatNumber(double number) =>
        Math.Abs(number) < 1e15 && number == Math.Floor(number)
            ? ((long)number).ToString(CultureInfo.InvariantCulture)
            : number.ToString(CultureInfo.InvariantCulture);

    private static WorksheetPart? Part(WorkbookPart workbook, string? id) =>
        id is not null && workbook.TryGetPartById(id, out var part) ? part as WorksheetPart : null;

    private static string[] ReadSharedStrings(SharedStringTablePart? part)
    {
        if (part is null)
        {
            return [];
        }

        var strings = new List<string>();
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
            {
                strings.Add(ItemText((SharedStringItem)reader.LoadCurrentElement()!));
            }
        }

        return [.. strings];
    }

    /// <summary>The text of a string item: plain, or its rich-text runs together (phonetic hints left out).</summary>
    private static string ItemText(OpenXmlCompositeElement item) =>
        item.GetFirstChild<Text>()?.Text
        ?? string.Concat(item.Elements<Run>().Select(run => run.Text?.Text));
}

/// <summary>The row being read: its number, the last column seen and its non-empty cells.</summary>
internal sealed class PendingRow(int number)
{
    public int Number { get; } = number;

    public int LastColumn { get; set; }

    public List<(int Column, SheetCell Value)> Cells { get; } = [];
}

/// <summary>The cell being read: its column, type (<c>t</c>), format (<c>s</c>) and value so far.</summary>
internal struct PendingCell
{
    public bool Open { get; set; }

    public int Column { get; set; }

    public string? Type { get; set; }

    public int Style { get; set; }

    public string? Raw { get; set; }

    public string? Inline { get; set; }
}
