using ClosedXML.Excel;
using WarmeOverdracht.Infrastructure.ElkImports;

namespace WarmeOverdracht.UnitTests.ElkImports;

[Trait("Category", "Unit")]
public class ElkImportReportWriterTests
{
    [Fact]
    public void The_report_lists_every_row_and_every_problem_with_formula_looking_values_as_text()
    {
        var outcome = new ImportOutcome { DataRowCount = 2 };
        outcome.Rows.Add(new ElkRowOutcome(2, "100", ElkRowStatus.Created));
        outcome.Rows.Add(new ElkRowOutcome(3, "=1+1", ElkRowStatus.Rejected));
        outcome.Problems.Add(new ElkRowProblem(3, "Voornaam", "=HYPERLINK(\"http://x\",\"klik\")",
            "Voornaam is te lang.", ElkProblemSeverity.Error, "=1+1"));

        using var workbook = new XLWorkbook(new MemoryStream(ElkImportReportWriter.Write("export.csv", outcome)));

        var rows = workbook.Worksheet("Rijen");
        Assert.Equal(("100", "Nieuw"), (rows.Cell(4, 2).GetString(), rows.Cell(4, 3).GetString()));
        Assert.Equal(("=1+1", "Niet geïmporteerd", 1.0),
            (rows.Cell(5, 2).GetString(), rows.Cell(5, 3).GetString(), rows.Cell(5, 4).GetDouble()));
        var problems = workbook.Worksheet("Meldingen");
        var value = problems.Cell(2, 5);
        Assert.False(value.HasFormula);
        Assert.Equal("=HYPERLINK(\"http://x\",\"klik\")", value.GetString());
        Assert.Equal(("Fout: rij niet geïmporteerd", "Voornaam is te lang."),
            (problems.Cell(2, 3).GetString(), problems.Cell(2, 6).GetString()));
    }
}
