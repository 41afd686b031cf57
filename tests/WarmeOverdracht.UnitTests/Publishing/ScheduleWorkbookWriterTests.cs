using ClosedXML.Excel;
using WarmeOverdracht.Infrastructure.Publishing;

namespace WarmeOverdracht.UnitTests.Publishing;

[Trait("Category", "Unit")]
public sealed class ScheduleWorkbookWriterTests
{
    private readonly ScheduleWorkbookWriter writer = new();

    [Fact]
    public void A_VO_schedule_has_one_row_per_call_ordered_by_caller_and_time()
    {
        using var workbook = Open(writer.Write(SchoolScheduleExamples.Secondary()));
        var sheet = workbook.Worksheet("Rooster");

        Assert.Equal("Te bellen nummer", sheet.Cell(3, 7).GetString());
        Assert.Equal(6, sheet.LastRowUsed().RowNumber());
        Assert.Equal([1, 1, 2], Enumerable.Range(4, 3).Select(r => sheet.Cell(r, 2).GetValue<int>()));
        Assert.Equal(new DateTime(2027, 5, 18), sheet.Cell(4, 1).GetDateTime());
        Assert.Equal("08:44", sheet.Cell(4, 3).GetString());
        Assert.Equal("06-12345678", sheet.Cell(4, 7).GetString());
    }

    [Fact]
    public void Text_that_looks_like_a_formula_stays_text()
    {
        using var workbook = Open(writer.Write(SchoolScheduleExamples.Secondary()));
        var cell = workbook.Worksheet("Rooster").Cell(6, 8);

        Assert.False(cell.HasFormula);
        Assert.Equal("Zoë van 't Hof; =HYPERLINK(\"http://x\")", cell.GetString());
    }

    [Fact]
    public void The_header_row_repeats_on_every_printed_page()
    {
        using var workbook = Open(writer.Write(SchoolScheduleExamples.Primary()));
        var sheet = workbook.Worksheet("Rooster");

        Assert.Equal(3, sheet.PageSetup.FirstRowToRepeatAtTop);
        Assert.Equal("Bereikbaar op", sheet.Cell(3, 6).GetString());
        Assert.True(sheet.Column(8).Width >= 40);
    }

    private static XLWorkbook Open(byte[] content) => new(new MemoryStream(content));
}
