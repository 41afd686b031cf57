using System.IO.Compression;
using System.Text;
using ClosedXML.Excel;
using WarmeOverdracht.Infrastructure.ElkImports;

namespace WarmeOverdracht.UnitTests.ElkImports;

/// <summary>Exports as they come from the field: re-saved by Excel, odd encodings, damaged or hostile files.</summary>
[Trait("Category", "Unit")]
public class ElkRealWorldExportTests
{
    private const string Header = "ELK-nummer;Voornaam;Tussenvoegsel;Achternaam;BRIN PO;Naam PO-school;"
        + "Contactpersoon PO;Mobiel contactpersoon;Warme overdracht;Toestemming ouders";

    [Theory]
    [InlineData("0031612345678")]
    [InlineData("+31 (0)6 12345678")]
    [InlineData("06 - 1234 5678")]
    public void Libphonenumber_normalises_every_dutch_way_of_writing_a_mobile(string written)
    {
        Assert.True(DutchMobileNumbers.TryParse(written, out var number, out _));
        Assert.Equal("+31612345678", number.Value);
    }

    [Fact]
    public void A_mobile_number_that_is_too_short_is_reported_on_its_row()
    {
        var result = Csv("100;Zoë;;Hof;12AB;OBS A;Marloes;06-1234567;Ja;Ja");

        Assert.Null(Assert.Single(result.Rows).ContactMobile);
        var problem = Assert.Single(result.Problems);
        Assert.Equal((2, "Mobiel contactpersoon", "06-1234567"), (problem.RowNumber, problem.Column, problem.Value));
        Assert.Contains("te kort", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Yes_no_with_stray_spaces_and_brin_in_any_case_are_normalised()
    {
        var result = Csv("100;Zoë;;Hof; 12 ab ;OBS A;Marloes;06-12345678;  X ; j ",
            "101;Noël;;Hof;12ab-01;OBS B;Marloes;06-12345678; nee ;0");

        Assert.Empty(result.Problems);
        Assert.Equal([(true, true, "12AB00"), (false, false, "12AB01")],
            result.Rows.Select(r => (r.Flagged, r.ParentConsent, r.PrimarySchoolCode.Value)));
    }

    [Fact]
    public void Names_with_diacritics_apostrophes_and_hyphens_are_kept_exactly()
    {
        var result = Csv("100;Zoë-Anne;van 't;Nguyễn-D'Souza;12AB;OBS A;Marloes;06-12345678;Ja;Ja");

        var pupil = Assert.Single(result.Rows);
        Assert.Equal(("Zoë-Anne", "van 't", "Nguyễn-D'Souza"), (pupil.FirstName, pupil.NamePrefix, pupil.LastName));
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void Utf8_without_byte_order_mark_keeps_vietnamese_letters()
    {
        var bytes = Encoding.UTF8.GetBytes(Header + "\r\n100;Thị;;Nguyễn;12AB;OBS A;Marloes;06-12345678;Ja;Ja");

        var result = Read(bytes, "export.csv");

        Assert.Equal("Nguyễn", Assert.Single(result.Rows).LastName);
        Assert.Equal("UTF-8", result.Encoding);
    }

    [Fact]
    public void Windows_1252_keeps_zoe_and_reports_a_letter_excel_could_not_store()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var text = Header + "\r\n100;Zoë;;Hof;12AB;OBS A;Marloes;06-12345678;Ja;Ja\r\n"
            + "101;Thi;;Nguyễn;12AB;OBS A;Marloes;06-12345678;Ja;Ja";

        var result = Read(Encoding.GetEncoding(1252).GetBytes(text), "export.csv");

        Assert.Equal("Windows-1252", result.Encoding);
        Assert.Equal(["Zoë", "Thi"], result.Rows.Select(r => r.FirstName));
        Assert.Equal("Nguy?n", result.Rows[1].LastName);
        var problem = Assert.Single(result.Problems);
        Assert.Equal((3, "Achternaam", "Nguy?n"), (problem.RowNumber, problem.Column, problem.Value));
        Assert.Contains("tekencodering", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf8_that_was_once_read_as_windows_1252_is_reported_not_silently_kept()
    {
        var result = Csv("100;ZoÃ«;;Hof;12AB;OBS A;Marloes;06-12345678;Ja;Ja");

        var problem = Assert.Single(result.Problems);
        Assert.Equal((2, "Voornaam", "ZoÃ«"), (problem.RowNumber, problem.Column, problem.Value));
    }

    [Fact]
    public void Text_in_an_encoding_that_is_neither_utf8_nor_windows_1252_is_refused()
    {
        var bytes = Encoding.ASCII.GetBytes(Header + "\r\n100;Zo").Concat(new byte[] { 0x81, 0x8D })
            .Concat(Encoding.ASCII.GetBytes(";;Hof;12AB;OBS A;M;06-12345678;Ja;Ja")).ToArray();

        var result = Read(bytes, "export.csv");

        Assert.StartsWith("De tekens in dit CSV-bestand kunnen niet betrouwbaar worden gelezen", result.FileError);
        Assert.Empty(result.Rows);
    }

    [Fact]
    public void Tab_separated_csv_with_quoted_separators_and_line_breaks_is_read()
    {
        var text = Header.Replace(';', '\t') + "\r\n"
            + "100\t\"Zoë\tAnne\"\t\t\"Hof\r\nvan Dam\"\t12AB\t\"OBS \"\"De Ster\"\"\"\tM\t06-12345678\tJa\tJa";

        var result = Read(Encoding.UTF8.GetBytes(text), "export.csv");

        var pupil = Assert.Single(result.Rows);
        Assert.Equal(("Zoë\tAnne", "Hof\r\nvan Dam", "OBS \"De Ster\""),
            (pupil.FirstName, pupil.LastName, pupil.PrimarySchoolName));
    }

    [Fact]
    public void Random_bytes_are_refused_as_csv_and_as_xlsx()
    {
        var bytes = new byte[4096];
        new Random(3).NextBytes(bytes);

        Assert.StartsWith("Dit is geen tekstbestand", Read(bytes, "export.csv").FileError);
        Assert.StartsWith("Het bestand kan niet als Excel-bestand", Read(bytes, "export.xlsx").FileError);
    }

    [Fact]
    public void A_password_protected_workbook_is_refused_with_its_reason()
    {
        byte[] compoundFile = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[2048]];

        var result = Read(compoundFile, "export.xlsx");

        Assert.Contains("beveiligd met een wachtwoord", result.FileError, StringComparison.Ordinal);
    }

    [Fact]
    public void A_zip_bomb_posing_as_xlsx_is_refused_before_it_is_unpacked()
    {
        using var zipped = new MemoryStream();
        using (var zip = new ZipArchive(zipped, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Optimal).Open();
            var block = new byte[1024 * 1024];
            for (var i = 0; i < 64; i++)
            {
                entry.Write(block);
            }
        }

        var result = Read(zipped.ToArray(), "export.xlsx");

        Assert.True(zipped.Length < 1024 * 1024);
        Assert.StartsWith("Dit bestand pakt uit tot veel meer gegevens", result.FileError);
    }

    [Fact]
    public void A_cell_of_two_megabytes_rejects_only_its_own_row()
    {
        var huge = new string('a', 2 * 1024 * 1024);
        var result = Csv($"100;Zoë;;{huge};12AB;OBS A;M;06-12345678;Ja;Ja", "101;Noël;;Hof;12AB;OBS A;M;;Ja;Ja");

        Assert.Equal("101", Assert.Single(result.Rows).ElkNumber);
        var problem = Assert.Single(result.Problems);
        Assert.Equal((2, "Achternaam", ElkProblemSeverity.Error),
            (problem.RowNumber, problem.Column, problem.Severity));
        Assert.Equal(101, problem.Value.Length);
        Assert.Contains("te lang (2097152 tekens", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Formula_looking_values_are_kept_as_text()
    {
        var result = Csv("100;=HYPERLINK(\"http://x\");@SUM(A1);-Hof;12AB;+OBS;M;06-12345678;Ja;Ja");

        var pupil = Assert.Single(result.Rows);
        Assert.Equal(("=HYPERLINK(\"http://x\")", "@SUM(A1)", "-Hof", "+OBS"),
            (pupil.FirstName, pupil.NamePrefix, pupil.LastName, pupil.PrimarySchoolName));
    }

    [Fact]
    public void A_hidden_sheet_and_an_explanation_sheet_are_passed_over()
    {
        using var workbook = new XLWorkbook();
        workbook.AddWorksheet("Uitleg").Cell(1, 1).SetValue("Deze export bevat de leerlingen van groep 8.");
        var hidden = workbook.AddWorksheet("Oud");
        WriteExport(hidden, "999", "Verborgen");
        hidden.Visibility = XLWorksheetVisibility.Hidden;
        WriteExport(workbook.AddWorksheet("Leerlingen"), "100", "Zoë");

        var result = Read(Save(workbook), "export.xlsx");

        Assert.Equal("Leerlingen", result.SheetName);
        Assert.Equal(["Uitleg", "Leerlingen"], result.SheetNames);
        Assert.Equal("Zoë", Assert.Single(result.Rows).FirstName);
    }

    [Fact]
    public void The_sheet_the_secretariat_chose_is_read()
    {
        using var workbook = new XLWorkbook();
        WriteExport(workbook.AddWorksheet("2025"), "100", "Oud");
        WriteExport(workbook.AddWorksheet("2026"), "200", "Nieuw");
        var bytes = Save(workbook);

        var chosen = new ElkExportReader().Read(new MemoryStream(bytes), "export.xlsx", new ElkReadOptions("2026"));
        var missing = new ElkExportReader().Read(new MemoryStream(bytes), "export.xlsx", new ElkReadOptions("2027"));

        Assert.Equal("Nieuw", Assert.Single(chosen.Rows).FirstName);
        Assert.Equal("Het werkblad '2027' staat niet in dit bestand. Werkbladen: 2025, 2026.", missing.FileError);
    }

    [Fact]
    public void Merged_header_cells_name_every_column_under_them()
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("Export");
        sheet.Cell(1, 1).SetValue("Overzicht warme overdracht 2026");
        sheet.Range(1, 1, 1, 6).Merge();
        sheet.Cell(2, 1).SetValue("ELK-nummer");
        sheet.Range(2, 1, 3, 1).Merge();
        sheet.Cell(2, 2).SetValue("Leerling");
        sheet.Range(2, 2, 2, 3).Merge();
        sheet.Cell(3, 2).SetValue("Voornaam");
        sheet.Cell(3, 3).SetValue("Achternaam");
        sheet.Cell(2, 4).SetValue("BRIN PO");
        sheet.Range(2, 4, 3, 4).Merge();
        sheet.Cell(2, 5).SetValue("Naam PO-school");
        sheet.Range(2, 5, 3, 5).Merge();
        sheet.Cell(4, 1).SetValue(2712345);
        sheet.Cell(4, 2).SetValue("Zoë");
        sheet.Cell(4, 3).SetValue("Hof");
        sheet.Cell(4, 4).SetValue("12ab");
        sheet.Cell(4, 5).SetValue("OBS A");

        var result = Read(Save(workbook), "export.xlsx");

        Assert.Equal(3, result.HeaderRowNumber);
        var pupil = Assert.Single(result.Rows);
        Assert.Equal((4, "2712345", "Zoë", "Hof", "12AB00"),
            (pupil.RowNumber, pupil.ElkNumber, pupil.FirstName, pupil.LastName, pupil.PrimarySchoolCode.Value));
    }

    [Fact]
    public void A_missing_required_column_can_be_mapped_and_the_mapping_is_used()
    {
        var bytes = Encoding.UTF8.GetBytes(
            "Lln-nr.;Voornaam;Achternaam;BRIN PO;Naam PO-school\r\n100;Zoë;Hof;12AB;OBS A");

        var unmapped = Read(bytes, "export.csv");
        var mapping = new Dictionary<string, ElkField> { ["lln nr"] = ElkField.ElkNumber };
        var mapped = new ElkExportReader()
            .Read(new MemoryStream(bytes), "export.csv", new ElkReadOptions(null, mapping));

        Assert.Equal([ElkField.ElkNumber], unmapped.MissingFields);
        Assert.Equal(["Lln-nr.", "Voornaam", "Achternaam", "BRIN PO", "Naam PO-school"], unmapped.HeaderCells);
        Assert.Null(mapped.FileError);
        Assert.Equal("100", Assert.Single(mapped.Rows).ElkNumber);
    }

    private static ElkReadResult Csv(params string[] rows) =>
        Read(Encoding.UTF8.GetBytes(string.Join("\r\n", rows.Prepend(Header))), "export.csv");

    private static ElkReadResult Read(byte[] bytes, string fileName) =>
        new ElkExportReader().Read(new MemoryStream(bytes), fileName);

    private static void WriteExport(IXLWorksheet sheet, string elkNumber, string firstName)
    {
        string[] header = ["ELK-nummer", "Voornaam", "Achternaam", "BRIN PO", "Naam PO-school"];
        string[] values = [elkNumber, firstName, "Hof", "12AB00", "OBS A"];
        for (var i = 0; i < header.Length; i++)
        {
            sheet.Cell(1, i + 1).SetValue(header[i]);
            sheet.Cell(2, i + 1).SetValue(values[i]);
        }
    }

    private static byte[] Save(XLWorkbook workbook)
    {
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }
}
