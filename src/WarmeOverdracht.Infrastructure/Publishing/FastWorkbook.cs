using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace WarmeOverdracht.Infrastructure.Publishing;

/// <summary>
/// Writes a simple .xlsx workbook forward-only: each part streamed with the Open XML SDK's
/// <see cref="OpenXmlWriter"/> straight into a zip package (System.IO.Packaging costs more per part):
/// sheets of rows, a title row merged across the columns, a bold header row that stays in view and is
/// repeated on every printed page, column widths, landscape printing one page wide. All text goes in
/// the shared string table, so text that looks like a formula, date or number stays text.
/// About a millisecond per workbook, where building the same workbook in ClosedXML takes tens.
/// </summary>
public sealed class FastWorkbook
{
    private const int MaxCellLength = 32_767;
    private const double MaxDigitWidth = 7;
    private const string SpreadsheetMl = "application/vnd.openxmlformats-officedocument.spreadsheetml";
    private const string OfficeRelationships =
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static readonly byte[] PackageRelationships = Encoding.UTF8.GetBytes(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + Relationship("rIdWorkbook", "officeDocument", "xl/workbook.xml") + "</Relationships>");

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private readonly List<FastSheet> _sheets = [];

    /// <summary>Adds a sheet; its header is on the row after the title, the rows follow the header.</summary>
    public FastSheet AddSheet(string name, string title, IReadOnlyList<FastColumn> columns)
    {
        var sheet = new FastSheet(name, title, columns);
        _sheets.Add(sheet);
        return sheet;
    }

    /// <summary>Writes the workbook and returns the bytes of the .xlsx file.</summary>
    public byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        using (var package = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            WriteEntry(package, "[Content_Types].xml", ContentTypes());
            WriteEntry(package, "_rels/.rels", PackageRelationships);
            WritePart(package, "xl/workbook.xml", writer => writer.WriteElement(WorkbookFor()));
            WriteEntry(package, "xl/_rels/workbook.xml.rels", WorkbookRelationships());
            WriteEntry(package, "xl/styles.xml", StylesXml);
            var strings = new SharedStrings();
            for (var i = 0; i < _sheets.Count; i++)
            {
                WritePart(package, SheetPath(i), writer => WriteSheet(writer, _sheets[i], strings));
            }

            WritePart(package, "xl/sharedStrings.xml", strings.Write);
        }

        return stream.ToArray();
    }

    /// <summary>Cuts text Excel would refuse (over 32,767 characters) and drops characters XML cannot hold.</summary>
    public static string CellText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        var clean = text.All(XmlConvert.IsXmlChar) ? text : RemoveNonXmlCharacters(text);
        return clean.Length <= MaxCellLength ? clean : clean[..(MaxCellLength - 1)] + "…";
    }

    private static string SheetPath(int index) => $"xl/worksheets/sheet{index + 1}.xml";

    private static void WriteEntry(ZipArchive package, string path, byte[] content)
    {
        using var entry = package.CreateEntry(path, CompressionLevel.Fastest).Open();
        entry.Write(content);
    }

    private static void WritePart(ZipArchive package, string path, Action<OpenXmlWriter> write)
    {
        using var entry = package.CreateEntry(path, CompressionLevel.Fastest).Open();
        using var writer = OpenXmlWriter.Create(entry, Encoding.UTF8);
        writer.WriteStartDocument();
        write(writer);
    }

    private byte[] ContentTypes()
    {
        var sheets = string.Concat(_sheets.Select((_, i) =>
            $"<Override PartName=\"/{SheetPath(i)}\" ContentType=\"{SpreadsheetMl}.worksheet+xml\"/>"));
        return Encoding.UTF8.GetBytes(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + $"<Override PartName=\"/xl/workbook.xml\" ContentType=\"{SpreadsheetMl}.sheet.main+xml\"/>"
            + $"<Override PartName=\"/xl/styles.xml\" ContentType=\"{SpreadsheetMl}.styles+xml\"/>"
            + $"<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"{SpreadsheetMl}.sharedStrings+xml\"/>"
            + sheets + "</Types>");
    }

    private byte[] WorkbookRelationships()
    {
        var sheets = string.Concat(_sheets.Select((_, i) => Relationship(
            SheetRelationshipId(i), "worksheet", SheetPath(i)["xl/".Length..])));
        return Encoding.UTF8.GetBytes(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + sheets
            + Relationship("rIdStyles", "styles", "styles.xml")
            + Relationship("rIdStrings", "sharedStrings", "sharedStrings.xml")
            + "</Relationships>");
    }

    private static string SheetRelationshipId(int index) => $"rIdSheet{index + 1}";

    private static string Relationship(string id, string type, string target) =>
        $"<Relationship Id=\"{id}\" Type=\"{OfficeRelationships}/{type}\" Target=\"{target}\"/>";

    private Workbook WorkbookFor()
    {
        var sheets = new Sheets(_sheets.Select((sheet, i) => new Sheet
        {
            Name = sheet.Name, SheetId = (uint)(i + 1), Id = SheetRelationshipId(i),
        }));
        var header = FastSheet.HeaderRow.ToString(Invariant);
        var printTitles = new DefinedNames(_sheets.Select((sheet, i) => new DefinedName(
            $"'{sheet.Name.Replace("'", "''", StringComparison.Ordinal)}'!${header}:${header}")
        {
            Name = "_xlnm.Print_Titles", LocalSheetId = (uint)i,
        }));
        return new Workbook(sheets, printTitles);
    }

    private static void WriteSheet(OpenXmlWriter writer, FastSheet sheet, SharedStrings strings)
    {
        writer.WriteStartElement(new Worksheet());
        writer.WriteElement(new SheetProperties(new PageSetupProperties { FitToPage = true }));
        writer.WriteElement(FrozenHeader());
        writer.WriteElement(new SheetFormatProperties { DefaultRowHeight = 15 });
        writer.WriteElement(Columns(sheet.Columns));
        WriteRows(writer, sheet, strings);
        writer.WriteElement(new MergeCells(new MergeCell
        {
            Reference = $"A{FastSheet.TitleRow}:{ColumnName(sheet.Columns.Count)}{FastSheet.TitleRow}",
        }) { Count = 1 });
        writer.WriteElement(new PageMargins
        {
            Left = 0.5, Right = 0.5, Top = 0.75, Bottom = 0.75, Header = 0.3, Footer = 0.3,
        });
        writer.WriteElement(new PageSetup
        {
            PaperSize = 9, Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0,
        });
        writer.WriteEndElement();
    }

    private static void WriteRows(OpenXmlWriter writer, FastSheet sheet, SharedStrings strings)
    {
        writer.WriteStartElement(new SheetData());
        WriteRow(writer, FastSheet.TitleRow, [FastCell.Text(sheet.Title, FastStyle.Title)], strings);
        WriteRow(
            writer,
            FastSheet.HeaderRow,
            sheet.Columns.Select(c => FastCell.Text(c.Header, FastStyle.Header)).ToList(),
            strings);
        var number = FastSheet.HeaderRow + 1;
        foreach (var row in sheet.Rows)
        {
            WriteRow(writer, number++, row, strings);
        }

        writer.WriteEndElement();
    }

    private static void WriteRow(OpenXmlWriter writer, int number, IReadOnlyList<FastCell> cells, SharedStrings strings)
    {
        var rowNumber = number.ToString(Invariant);
        writer.WriteStartElement(new Row(), [new OpenXmlAttribute("r", string.Empty, rowNumber)]);
        for (var i = 0; i < cells.Count; i++)
        {
            WriteCell(writer, ColumnName(i + 1) + rowNumber, cells[i], strings);
        }

        writer.WriteEndElement();
    }

    private static void WriteCell(OpenXmlWriter writer, string reference, FastCell cell, SharedStrings strings)
    {
        var style = ((int)cell.Style).ToString(Invariant);
        var isText = cell.TextValue is not null;
        List<OpenXmlAttribute> attributes =
            isText
                ? [new("r", string.Empty, reference), new("s", string.Empty, style), new("t", string.Empty, "s")]
                : [new("r", string.Empty, reference), new("s", string.Empty, style)];
        var value = isText
            ? strings.IndexOf(cell.TextValue!).ToString(Invariant)
            : cell.NumberValue.ToString("R", Invariant);

        writer.WriteStartElement(new Cell(), attributes);
        writer.WriteElement(new CellValue(value));
        writer.WriteEndElement();
    }

    private static SheetViews FrozenHeader()
    {
        var topLeft = $"A{FastSheet.HeaderRow + 1}";
        return new SheetViews(new SheetView(
            new Pane
            {
                VerticalSplit = FastSheet.HeaderRow, TopLeftCell = topLeft, ActivePane = PaneValues.BottomLeft,
                State = PaneStateValues.Frozen,
            },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = topLeft, SequenceOfReferences = new([topLeft]) })
        {
            WorkbookViewId = 0,
        });
    }

    private static Columns Columns(IReadOnlyList<FastColumn> columns) =>
        new(columns.Select((column, i) => new Column
        {
            Min = (uint)(i + 1), Max = (uint)(i + 1), Width = StoredWidth(column.Width), CustomWidth = true,
        }));

    /// <summary>
    /// The stored width of a column that shows <paramref name="characters"/> digits of the default font
    /// (Calibri 11, 7 pixels a digit) with Excel's 5 pixels of padding, as the file format defines it.
    /// </summary>
    private static double StoredWidth(double characters) =>
        Math.Truncate((characters * MaxDigitWidth + 5) / MaxDigitWidth * 256) / 256;

    /// <summary>The column letters of a 1-based column number: 1 is A, 27 is AA.</summary>
    internal static string ColumnName(int column)
    {
        var name = string.Empty;
        for (var rest = column; rest > 0; rest = (rest - 1) / 26)
        {
            name = (char)('A' + ((rest - 1) % 26)) + name;
        }

        return name;
    }

    private static string RemoveNonXmlCharacters(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(text, i++, 2);
            }
            else if (XmlConvert.IsXmlChar(text[i]))
            {
                builder.Append(text[i]);
            }
        }

        return builder.ToString();
    }

    /// <summary>The styles every workbook shares, serialized once; the indexes are <see cref="FastStyle"/>.</summary>
    private static readonly byte[] StylesXml = Encoding.UTF8.GetBytes(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>" + BuildStylesheet().OuterXml);

    private static Stylesheet BuildStylesheet()
    {
        static Font Font(double size, bool bold) => bold
            ? new Font(new Bold(), new FontSize { Val = size }, new FontName { Val = "Calibri" })
            : new Font(new FontSize { Val = size }, new FontName { Val = "Calibri" });
        static Alignment Top(bool wrap = false) =>
            new() { Vertical = VerticalAlignmentValues.Top, WrapText = wrap ? true : null };

        return new Stylesheet(
            new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "dd-mm-yyyy" })
            {
                Count = 1,
            },
            new Fonts(Font(11, bold: false), Font(14, bold: true), Font(11, bold: true)) { Count = 3 },
            new Fills(
                new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
                new Fill(new PatternFill(new ForegroundColor { Rgb = "FFDDEBF7" })
                {
                    PatternType = PatternValues.Solid,
                })) { Count = 3 },
            new Borders(
                new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(),
                    new DiagonalBorder()),
                new Border(new LeftBorder(), new RightBorder(), new TopBorder(),
                    new BottomBorder { Style = BorderStyleValues.Thin }, new DiagonalBorder())) { Count = 2 },
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 })
            {
                Count = 1,
            },
            new CellFormats(
                new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
                new CellFormat { FontId = 1, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true },
                new CellFormat
                {
                    FontId = 2, FillId = 2, BorderId = 1, FormatId = 0, ApplyFont = true, ApplyFill = true,
                    ApplyBorder = true,
                },
                new CellFormat(Top())
                {
                    NumberFormatId = 164, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0,
                    ApplyNumberFormat = true, ApplyAlignment = true,
                },
                new CellFormat(Top()) { FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyAlignment = true },
                new CellFormat(Top(wrap: true))
                {
                    FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyAlignment = true,
                }) { Count = 6 },
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
    }

    /// <summary>The shared string table: each distinct text once, referred to by its index.</summary>
    private sealed class SharedStrings
    {
        private readonly Dictionary<string, int> _indexes = new(StringComparer.Ordinal);

        private int _references;

        public int IndexOf(string text)
        {
            _references++;
            if (!_indexes.TryGetValue(text, out var index))
            {
                index = _indexes.Count;
                _indexes.Add(text, index);
            }

            return index;
        }

        public void Write(OpenXmlWriter writer)
        {
            writer.WriteStartElement(
                new SharedStringTable(),
                [
                    new OpenXmlAttribute("count", string.Empty, _references.ToString(Invariant)),
                    new OpenXmlAttribute("uniqueCount", string.Empty, _indexes.Count.ToString(Invariant)),
                ]);
            foreach (var text in _indexes.Keys)
            {
                writer.WriteElement(new SharedStringItem(new Text(text)
                {
                    Space = NeedsPreserve(text) ? SpaceProcessingModeValues.Preserve : null,
                }));
            }

            writer.WriteEndElement();
        }

        private static bool NeedsPreserve(string text) =>
            text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])
                                || text.Contains('\n', StringComparison.Ordinal));
    }
}

/// <summary>One sheet of a <see cref="FastWorkbook"/>: title, header and rows.</summary>
public sealed class FastSheet
{
    internal const int TitleRow = 1;
    internal const int HeaderRow = 2;

    private readonly List<IReadOnlyList<FastCell>> _rows = [];

    internal FastSheet(string name, string title, IReadOnlyList<FastColumn> columns)
    {
        Name = name;
        Title = FastWorkbook.CellText(title);
        Columns = columns;
    }

    public string Name { get; }

    public string Title { get; }

    public IReadOnlyList<FastColumn> Columns { get; }

    internal IReadOnlyList<IReadOnlyList<FastCell>> Rows => _rows;

    public void AddRow(IReadOnlyList<FastCell> cells) => _rows.Add(cells);
}

/// <summary>A column's header text and width in characters.</summary>
public sealed record FastColumn(string Header, double Width);

/// <summary>The cell styles of a <see cref="FastWorkbook"/>; the values are indexes into its cell formats.</summary>
public enum FastStyle
{
    Title = 1,
    Header = 2,
    Date = 3,
    Top = 4,
    WrappedTop = 5,
}

/// <summary>A cell value: text (always stored as text) or a number; a date is a number shown as a date.</summary>
public readonly record struct FastCell(string? TextValue, double NumberValue, FastStyle Style)
{
    public static FastCell Text(string text, FastStyle style = FastStyle.Top) =>
        new(FastWorkbook.CellText(text), 0, style);

    public static FastCell Number(double number) => new(null, number, FastStyle.Top);

    public static FastCell Date(DateOnly date) =>
        new(null, date.ToDateTime(TimeOnly.MinValue).ToOADate(), FastStyle.Date);
}
