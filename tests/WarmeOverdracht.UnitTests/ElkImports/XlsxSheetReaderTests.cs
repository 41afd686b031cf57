using ClosedXML.Excel;
using WarmeOverdracht.Infrastructure.ElkImports;

namespace WarmeOverdracht.UnitTests.ElkImports;

/// <summary>Cell forms the forward-only .xlsx reader must understand as Excel shows them.</summary>
[Trait("Category", "Unit")]
public class XlsxSheetReaderTests
{
    [Fact]
    public void Rich_text_and_a_custom_date_format_read_as_excel_shows_them()
    {
        var file = Edited(new ElkExportBuilder().WithPupil(), (sheet, column) =>
        {
            var name = sheet.Cell(2, column("Voornaam"));
            name.Value = string.Empty;
            name.RichText.AddText("Zo");
            name.RichText.AddText("ë").SetBold();
            var birth = sheet.Cell(2, column("Geboortedatum"));
            birth.SetValue(41981.0);
            birth.Style.NumberFormat.Format = "d/m/yyyy";
        });

        var pupil = Assert.Single(new ElkExportReader().Read(file, "elk-export.xlsx").Rows);

        Assert.Equal("Zoë", pupil.FirstName);
        Assert.Equal(new DateOnly(2014, 12, 8), pupil.BirthDate);
    }

    [Fact]
    public void A_number_too_large_for_a_date_in_a_date_cell_is_reported_not_thrown()
    {
        var file = Edited(new ElkExportBuilder().WithPupil(), (sheet, column) =>
        {
            var birth = sheet.Cell(2, column("Geboortedatum"));
            birth.SetValue(9.9e9);
            birth.Style.NumberFormat.Format = "dd-mm-yyyy";
        });

        var result = new ElkExportReader().Read(file, "elk-export.xlsx");

        Assert.Null(result.FileError);
        Assert.Null(Assert.Single(result.Rows).BirthDate);
        Assert.Contains(result.Problems, problem => problem.Column == "Geboortedatum" && problem.Value == "9900000000");
    }

    private static MemoryStream Edited(ElkExportBuilder builder, Action<IXLWorksheet, Func<string, int>> edit)
    {
        using var workbook = new XLWorkbook(builder.ToXlsx());
        var sheet = workbook.Worksheet(1);
        edit(sheet, header => sheet.Row(1).CellsUsed().Single(cell => cell.GetString() == header).Address.ColumnNumber);
        var stream = new MemoryStream();
        workbook.SaveAs(stream);
        stream.Position = 0;
        return stream;
    }
}
