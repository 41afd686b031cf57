using System.Text;
using WarmeOverdracht.Infrastructure.ElkImports;

namespace WarmeOverdracht.UnitTests.ElkImports;

[Trait("Category", "Unit")]
public sealed class ElkExportReaderTests
{
    private readonly ElkExportReader reader = new();

    [Fact]
    public void An_xlsx_and_a_csv_of_the_same_export_read_the_same()
    {
        var builder = new ElkFileBuilder().WithPupil("2712345").WithPupil("2712346", lastName: "Çelik", prefix: "");

        var fromXlsx = reader.Read(builder.Xlsx(), "export.xlsx");
        var fromCsv = reader.Read(builder.Csv(), "export.csv");

        Assert.Null(fromXlsx.FileError);
        Assert.Equal(fromXlsx.Rows, fromCsv.Rows);
        var row = fromXlsx.Rows[0];
        Assert.Equal(("2712345", "Zoë", "van 't", "Hof"), (row.ElkNumber, row.FirstName, row.NamePrefix, row.LastName));
        Assert.Equal("11AA00", row.PrimarySchoolCode.Value);
        Assert.Equal("+31612345678", row.ContactMobile!.Value);
        Assert.Equal(new DateOnly(2014, 12, 8), row.BirthDate);
        Assert.True(row.Flagged && row.ParentConsent);
    }

    [Fact]
    public void Title_rows_above_the_header_are_skipped_and_row_numbers_are_Excel_row_numbers()
    {
        var builder = new ElkFileBuilder()
            .WithTitleRow("Export warme overdracht")
            .WithTitleRow("Aangemaakt op 1-5-2027")
            .WithPupil("1", mobile: "020-1234567");

        var result = reader.Read(builder.Xlsx(), "export.xlsx");

        var row = Assert.Single(result.Rows);
        Assert.Equal(4, row.RowNumber);
        var problem = Assert.Single(result.Problems);
        Assert.Equal((4, "Mobiel contactpersoon", "020-1234567", ElkProblemSeverity.Warning),
            (problem.RowNumber, problem.Column, problem.Value, problem.Severity));
        Assert.Null(row.ContactMobile);
    }

    [Fact]
    public void An_ELK_number_stored_as_a_number_is_the_same_pupil_as_one_stored_as_text()
    {
        var result = reader.Read(new ElkFileBuilder().WithPupil(2712345).Xlsx(), "export.xlsx");

        Assert.Equal("2712345", Assert.Single(result.Rows).ElkNumber);
    }

    [Fact]
    public void Headers_are_recognised_whatever_their_case_spacing_and_punctuation()
    {
        var builder = new ElkFileBuilder()
            .WithHeader("elk nummer", "VOORNAAM", "Achter-naam", "brin/vestiging po", "basisschool")
            .WithRow("7", "Daniël", "de Vries", "11AA00", "Het Kompas");

        var row = Assert.Single(reader.Read(builder.Csv(','), "export.csv").Rows);

        Assert.Equal(("7", "Daniël", "de Vries", "Het Kompas"), (row.ElkNumber, row.FirstName, row.LastName, row.PrimarySchoolName));
    }

    [Theory]
    [InlineData("Ja", true)]
    [InlineData(" j ", true)]
    [InlineData("X", true)]
    [InlineData("1", true)]
    [InlineData("true", true)]
    [InlineData("Nee", false)]
    [InlineData("n", false)]
    [InlineData("0", false)]
    [InlineData("", false)]
    public void Yes_and_no_are_read_in_all_common_forms(string value, bool expected)
    {
        var result = reader.Read(new ElkFileBuilder().WithPupil("1", flagged: value).Csv(), "export.csv");

        Assert.Equal(expected, Assert.Single(result.Rows).Flagged);
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void Text_dates_are_read_day_first_and_real_Excel_dates_as_they_are()
    {
        var builder = new ElkFileBuilder()
            .WithPupil("1", birthDate: "08-12-2014")
            .WithPupil("2", birthDate: "2014-12-08")
            .WithPupil("3", birthDate: new DateTime(2014, 12, 8));

        var result = reader.Read(builder.Xlsx(), "export.xlsx");

        Assert.All(result.Rows, row => Assert.Equal(new DateOnly(2014, 12, 8), row.BirthDate));
    }

    [Fact]
    public void A_row_without_a_valid_BRIN_is_kept_out_and_reported()
    {
        var builder = new ElkFileBuilder()
            .WithRow("1", "Zoë", "", "Hof", "", "XYZ", "De Regenboog", "", "", "", "", "Ja", "Ja")
            .WithPupil("2");

        var result = reader.Read(builder.Csv(), "export.csv");

        Assert.Equal("2", Assert.Single(result.Rows).ElkNumber);
        var problem = Assert.Single(result.Problems);
        Assert.Equal((2, "BRIN PO", ElkProblemSeverity.Error, "1"), (problem.RowNumber, problem.Column, problem.Severity, problem.ElkNumber));
        Assert.Equal(2, result.DataRowCount);
    }

    [Fact]
    public void A_Windows_1252_csv_keeps_its_diacritics()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var builder = new ElkFileBuilder().WithPupil("1", lastName: "Hoëlle");

        var row = Assert.Single(reader.Read(builder.Csv(';', Encoding.GetEncoding(1252)), "export.csv").Rows);

        Assert.Equal(("Zoë", "Hoëlle"), (row.FirstName, row.LastName));
    }

    [Fact]
    public void Quoted_csv_fields_keep_separators_and_line_breaks()
    {
        var builder = new ElkFileBuilder().WithRow("1", "Zoë", "", "Hof; de", "", "11AA00", "School \"De Wilg\"\nlocatie 2");

        var row = Assert.Single(reader.Read(builder.Csv(), "export.csv").Rows);

        Assert.Equal(("Hof; de", "School \"De Wilg\"\nlocatie 2"), (row.LastName, row.PrimarySchoolName));
    }

    [Theory]
    [InlineData("export.xlsx", "%PDF-1.7 renamed", "kan niet worden gelezen")]
    [InlineData("export.xlsx", "", "kan niet worden gelezen")]
    [InlineData("export.csv", "", "leeg")]
    [InlineData("export.csv", "ELK-nummer;Voornaam;Achternaam;BRIN PO;Naam PO-school\r\n", "geen leerlingen")]
    [InlineData("export.csv", "ELK-nummer;Voornaam;Achternaam\r\n1;Zoë;Hof", "BRIN PO, Naam PO-school")]
    [InlineData("export.txt", "anything", "Alleen Excel-bestanden")]
    public void An_unusable_file_gives_a_Dutch_file_error_instead_of_an_exception(string fileName, string content, string message)
    {
        var result = reader.Read(new MemoryStream(Encoding.UTF8.GetBytes(content)), fileName);

        Assert.Contains(message, result.FileError, StringComparison.Ordinal);
        Assert.Empty(result.Rows);
    }

    [Fact]
    public void The_committed_sample_reads_without_errors()
    {
        using var sample = File.OpenRead(Path.Combine(RepositoryRoot(), "docs", "samples", "elk-export-amstelland.xlsx"));

        var result = reader.Read(sample, "elk-export-amstelland.xlsx");

        Assert.Null(result.FileError);
        Assert.Empty(result.Problems);
        Assert.Equal(1499, result.Rows.Count);
        Assert.Equal(370, result.Rows.Count(r => r.Flagged));
        Assert.Equal(45, result.Rows.Select(r => r.PrimarySchoolCode).Distinct().Count());
        Assert.Equal(10, result.Rows.Select(r => r.SecondarySchoolCode).OfType<object>().Distinct().Count());
        Assert.Contains(result.Rows, r => r.NamePrefix == "van 't");
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(directory!.FullName, "WarmeOverdracht.sln")))
        {
            directory = directory.Parent;
        }

        return directory.FullName;
    }
}
