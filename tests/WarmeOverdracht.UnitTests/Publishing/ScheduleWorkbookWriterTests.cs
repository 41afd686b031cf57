using ClosedXML.Excel;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using WarmeOverdracht.Infrastructure.Publishing;

namespace WarmeOverdracht.UnitTests.Publishing;

[Trait("Category", "Unit")]
public class ScheduleWorkbookWriterTests
{
    private readonly ScheduleWorkbookWriter _writer = new();

    [Fact]
    public void A_VO_workbook_has_a_title_the_VO_columns_and_one_row_per_call_in_time_order()
    {
        using var sheet = Open(_writer.Write(SchoolSchedules.Secondary()));

        Assert.Contains("Zilverreiger College", sheet.Title, StringComparison.Ordinal);
        Assert.Contains("20AB00", sheet.Title, StringComparison.Ordinal);
        Assert.Contains("2026-2027", sheet.Title, StringComparison.Ordinal);
        Assert.Contains("versie 1", sheet.Title, StringComparison.Ordinal);
        Assert.Equal(
            ["Datum", "Beller", "Begin", "Einde", "PO-school", "Contactpersoon", "Te bellen nummer", "Leerlingen",
                "Aantal"],
            sheet.Headers);
        Assert.Equal(3, sheet.CallRowCount);
        Assert.Equal(
            ["1", "08:30", "08:44", "De Regenboog", "Anna de Vries", "06-12345678",
                "Sem <Jansen>; Lotte D'Amico & Zn", "2"],
            sheet.RowTexts(3)[1..]);
        Assert.Equal("2", sheet.RowTexts(4)[1]);
        Assert.Equal("Noor Bakker", sheet.RowTexts(5)[7]);
    }

    [Fact]
    public void A_PO_workbook_has_the_PO_columns_with_the_number_to_be_reachable_on()
    {
        using var sheet = Open(_writer.Write(SchoolSchedules.Primary()));

        Assert.Equal(
            ["Datum", "Begin", "Einde", "VO-school", "Beller", "Bereikbaar op", "Contactpersoon", "Leerlingen",
                "Aantal"],
            sheet.Headers);
        Assert.Equal(2, sheet.CallRowCount);
        Assert.Equal(
            ["08:30", "08:44", "Zilverreiger College", "1", "06-12345678", "Anna de Vries",
                "Sem <Jansen>; Lotte D'Amico & Zn", "2"],
            sheet.RowTexts(3)[1..]);
    }

    [Fact]
    public void Dates_are_real_dates_shown_as_day_month_year_and_times_are_text()
    {
        using var sheet = Open(_writer.Write(SchoolSchedules.Secondary()));

        var date = sheet.Sheet.Cell(3, 1);
        Assert.Equal(XLDataType.DateTime, date.DataType);
        Assert.Equal(new DateTime(2027, 5, 18), date.GetDateTime());
        Assert.Equal("dd-mm-yyyy", date.Style.DateFormat.Format);
        Assert.Equal(XLDataType.Text, sheet.Sheet.Cell(3, 3).DataType);
        Assert.Equal("08:30", sheet.Sheet.Cell(3, 3).GetString());
        Assert.Equal(XLDataType.Number, sheet.Sheet.Cell(3, 9).DataType);
    }

    [Fact]
    public void A_pupil_name_that_looks_like_a_formula_stays_text()
    {
        using var sheet = Open(_writer.Write(SchoolSchedules.Secondary()));

        var pupils = sheet.Sheet.Cell(4, 8);
        Assert.False(pupils.HasFormula);
        Assert.Equal(XLDataType.Text, pupils.DataType);
        Assert.Equal(SchoolSchedules.FormulaLikeName, pupils.GetString());
    }

    [Theory]
    [InlineData("8-12-2026")]
    [InlineData("+31 6 12345678")]
    [InlineData("-Anna")]
    [InlineData("@Anna")]
    [InlineData("0612345678")]
    public void A_contact_name_that_looks_like_a_value_stays_the_same_text(string contactName)
    {
        var schedule = SchoolSchedules.Secondary() with
        {
            Calls = [SchoolSchedules.Secondary().Calls[0] with { ContactName = contactName }],
        };

        using var sheet = Open(_writer.Write(schedule));

        var cell = sheet.Sheet.Cell(3, 6);
        Assert.False(cell.HasFormula);
        Assert.Equal(XLDataType.Text, cell.DataType);
        Assert.Equal(contactName, cell.GetString());
    }

    [Fact]
    public void The_header_is_bold_frozen_and_repeated_on_every_printed_page_and_columns_have_widths()
    {
        using var sheet = Open(_writer.Write(SchoolSchedules.Primary()));

        Assert.True(sheet.Sheet.Cell(2, 1).Style.Font.Bold);
        Assert.Equal(2, sheet.Sheet.SheetView.SplitRow);
        Assert.Equal(2, sheet.Sheet.PageSetup.FirstRowToRepeatAtTop);
        Assert.Equal(2, sheet.Sheet.PageSetup.LastRowToRepeatAtTop);
        Assert.All(Enumerable.Range(1, 9), column => Assert.True(sheet.Sheet.Column(column).Width >= 8));
    }

    [Fact]
    public void Each_handover_day_has_its_own_sheet_with_the_header_repeated_when_printed()
    {
        using var sheet = Open(_writer.Write(SchoolSchedules.Secondary()));

        Assert.Equal(["di 18-05-2027", "wo 19-05-2027"], sheet.SheetNames);
        Assert.Equal(2, sheet.Sheet.LastRowUsed().RowNumber() - 2);
        Assert.All(
            sheet.SheetNames,
            name => Assert.Equal(2, sheet.Sheet.Workbook.Worksheet(name).PageSetup.FirstRowToRepeatAtTop));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_workbook_is_valid_Open_XML_for_Excel(bool secondary)
    {
        var schedule = secondary ? SchoolSchedules.Secondary() : SchoolSchedules.Primary();
        using var document = SpreadsheetDocument.Open(new MemoryStream(_writer.Write(schedule)), isEditable: false);

        var errors = new OpenXmlValidator(FileFormatVersions.Office2010).Validate(document)
            .Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();

        Assert.Empty(errors);
        Assert.Equal(2, document.WorkbookPart!.WorksheetParts.Count());
    }

    [Fact]
    public void The_title_is_merged_across_the_columns_and_pages_print_landscape_one_page_wide()
    {
        using var sheet = Open(_writer.Write(SchoolSchedules.Secondary()));

        Assert.Equal("A1:I1", sheet.Sheet.MergedRanges.Single().RangeAddress.ToString());
        Assert.True(sheet.Sheet.Cell(1, 1).Style.Font.Bold);
        Assert.Equal(14, sheet.Sheet.Cell(1, 1).Style.Font.FontSize);
        Assert.Equal(XLPageOrientation.Landscape, sheet.Sheet.PageSetup.PageOrientation);
        Assert.Equal(1, sheet.Sheet.PageSetup.PagesWide);
        Assert.Equal(0, sheet.Sheet.PageSetup.PagesTall);
        Assert.True(sheet.Sheet.Cell(3, 8).Style.Alignment.WrapText);
        Assert.Equal(60, sheet.Sheet.Column(8).Width, precision: 0);
    }

    [Fact]
    public void Text_keeps_surrounding_spaces_loses_characters_XML_cannot_hold_and_is_cut_at_Excels_limit()
    {
        var call = SchoolSchedules.Secondary().Calls[0];
        var schedule = SchoolSchedules.Secondary() with
        {
            Calls =
            [
                call with { ContactName = " Anna\u0001 de Vries ", PupilNames = [new string('x', 40_000)] },
            ],
        };

        using var sheet = Open(_writer.Write(schedule));

        Assert.Equal(" Anna de Vries ", sheet.Sheet.Cell(3, 6).GetString());
        var pupils = sheet.Sheet.Cell(3, 8).GetString();
        Assert.Equal(32_767, pupils.Length);
        Assert.EndsWith("x…", pupils, StringComparison.Ordinal);
    }

    [Fact]
    public void A_school_without_calls_gets_a_workbook_with_only_title_and_header()
    {
        var schedule = SchoolSchedules.Primary() with { Calls = [] };

        using var sheet = Open(_writer.Write(schedule));

        Assert.Equal(9, sheet.Headers.Count);
        Assert.Equal(0, sheet.CallRowCount);
    }

    [Fact]
    public void The_file_name_names_year_school_and_version_without_unsafe_characters()
    {
        var schedule = SchoolSchedules.Primary(version: 2) with { SchoolName = "Zon/Maan: \"Één\"" };

        var fileName = ScheduleWorkbookWriter.FileNameFor(schedule);

        Assert.Equal("Rooster warme overdracht 2026-2027 - Zon_Maan_ _Één_ (versie 2).xlsx", fileName);
    }

    private static OpenedSheet Open(byte[] workbook)
    {
        var stream = new MemoryStream(workbook);
        return new OpenedSheet(new XLWorkbook(stream));
    }

    private sealed class OpenedSheet(XLWorkbook workbook) : IDisposable
    {
        public IXLWorksheet Sheet { get; } = workbook.Worksheet(1);

        public IReadOnlyList<string> SheetNames => workbook.Worksheets.Select(w => w.Name).ToList();

        public string Title => Sheet.Cell(1, 1).GetString();

        public List<string> Headers =>
            Sheet.Row(2).CellsUsed().Select(c => c.GetString()).ToList();

        /// <summary>Call rows of every day's sheet, counted on from row 3 as if on one sheet.</summary>
        public int CallRowCount => workbook.Worksheets.Sum(w => w.LastRowUsed().RowNumber() - 2);

        public string[] RowTexts(int row)
        {
            var cells = workbook.Worksheets
                .SelectMany(w => Enumerable.Range(3, w.LastRowUsed().RowNumber() - 2).Select(r => w.Row(r)))
                .ElementAt(row - 3);
            return Enumerable.Range(1, 9).Select(column => cells.Cell(column).GetString()).ToArray();
        }

        public void Dispose() => workbook.Dispose();
    }
}
