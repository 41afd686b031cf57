using WarmeOverdracht.Infrastructure.ElkImports;

namespace WarmeOverdracht.UnitTests.ElkImports;

[Trait("Category", "Unit")]
public class ElkExportReaderTests
{
    [Fact]
    public void A_valid_row_is_read_with_every_value_normalised()
    {
        var result = new ElkExportBuilder().WithPupil().ReadAsCsv();

        var pupil = Assert.Single(result.Rows);
        Assert.Null(result.FileError);
        Assert.Empty(result.Problems);
        Assert.Equal(1, result.DataRowCount);
        Assert.Equal(2, pupil.RowNumber);
        Assert.Equal("2712345", pupil.ElkNumber);
        Assert.Equal(("Zoë", "van 't", "Hof"), (pupil.FirstName, pupil.NamePrefix, pupil.LastName));
        Assert.Equal(new DateOnly(2014, 3, 14), pupil.BirthDate);
        Assert.Equal("12AB00", pupil.PrimarySchoolCode.Value);
        Assert.Equal("OBS De Kwikstaart", pupil.PrimarySchoolName);
        Assert.Equal("po-12ab@example.org", pupil.PrimarySchoolEmail);
        Assert.Equal("34CD00", pupil.SecondarySchoolCode?.Value);
        Assert.Equal("Rietland College", pupil.SecondarySchoolName);
        Assert.Equal("vo-34cd@example.org", pupil.SecondarySchoolEmail);
        Assert.Equal("Marloes de Wit", pupil.ContactName);
        Assert.Equal("+31612345678", pupil.ContactMobile?.Value);
        Assert.True(pupil.Flagged);
        Assert.Equal("Faalangst bij toetsen", pupil.FlagReason);
        Assert.True(pupil.ParentConsent);
    }

    [Fact]
    public void Xlsx_and_csv_with_the_same_data_read_identically()
    {
        var builder = new ElkExportBuilder()
            .WithPupil()
            .WithPupil(("ELK-nummer", "2712346"), ("Voornaam", "Daniël"), ("Tussenvoegsel", ""),
                ("Achternaam", "Çelik"), ("BRIN VO", ""), ("Naam VO-school", ""), ("Warme overdracht", "Nee"))
            .WithPupil(("ELK-nummer", "2712347"), ("BRIN PO", "12ab"), ("Mobiel contactpersoon", "020-1234567"))
            .WithPupil(("ELK-nummer", "2712348"), ("BRIN PO", "XX"));

        var fromXlsx = builder.ReadAsXlsx();
        var fromCsv = builder.ReadAsCsv();

        Assert.Equal(3, fromXlsx.Rows.Count);
        Assert.Equal(fromCsv.Rows, fromXlsx.Rows);
        Assert.Equal(fromCsv.Problems, fromXlsx.Problems);
        Assert.Equal(fromCsv.DataRowCount, fromXlsx.DataRowCount);
    }

    [Fact]
    public void Title_rows_above_the_header_are_skipped_and_row_numbers_stay_as_in_excel()
    {
        var builder = new ElkExportBuilder()
            .WithTitles("Export warme overdracht", "Schooljaar 2026-2027", "")
            .WithPupil()
            .WithPupil(("ELK-nummer", "2712346"), ("Achternaam", ""));

        foreach (var result in new[] { builder.ReadAsXlsx(), builder.ReadAsCsv() })
        {
            Assert.Equal(5, Assert.Single(result.Rows).RowNumber);
            Assert.Equal(new ElkRowProblem(6, "Achternaam", "", "Achternaam is niet ingevuld.",
                ElkProblemSeverity.Error, "2712346"), Assert.Single(result.Problems));
            Assert.Equal(2, result.DataRowCount);
        }
    }

    [Fact]
    public void An_elk_number_stored_as_a_number_reads_as_its_digits()
    {
        var fromXlsx = new ElkExportBuilder().WithPupil(("ELK-nummer", 2712345.0)).ReadAsXlsx();
        var fromCsv = new ElkExportBuilder().WithPupil(("ELK-nummer", "2712345.0")).ReadAsCsv();

        Assert.Equal("2712345", Assert.Single(fromXlsx.Rows).ElkNumber);
        Assert.Equal("2712345", Assert.Single(fromCsv.Rows).ElkNumber);
    }

    [Fact]
    public void A_missing_required_column_is_a_file_error_that_names_it()
    {
        var result = new ElkExportBuilder().WithoutColumns("Voornaam", "BRIN PO").WithPupil().ReadAsXlsx();

        Assert.Equal(
            "In de kopregel (rij 1) ontbreken de verplichte kolommen: Voornaam, BRIN PO.",
            result.FileError);
        Assert.Empty(result.Rows);
    }

    [Fact]
    public void A_missing_optional_column_leaves_its_value_empty_without_problems()
    {
        var result = new ElkExportBuilder().WithoutColumns("Geboortedatum", "Mobiel contactpersoon").WithPupil()
            .ReadAsCsv();

        var pupil = Assert.Single(result.Rows);
        Assert.Empty(result.Problems);
        Assert.Null(pupil.BirthDate);
        Assert.Null(pupil.ContactMobile);
    }

    [Fact]
    public void A_row_with_an_invalid_brin_po_is_an_error_with_its_row_number()
    {
        var result = new ElkExportBuilder()
            .WithPupil()
            .WithPupil(("ELK-nummer", "2712346"), ("BRIN PO", "12AB0"))
            .ReadAsXlsx();

        Assert.Equal("2712345", Assert.Single(result.Rows).ElkNumber);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(new ElkRowProblem(3, "BRIN PO", "12AB0",
            "Dit is geen geldige BRIN-code met vestiging, zoals 12AB00.", ElkProblemSeverity.Error, "2712346"),
            problem);
        Assert.Equal(2, result.DataRowCount);
    }

    [Fact]
    public void A_row_without_a_required_value_is_kept_out_and_its_warnings_are_still_reported()
    {
        var result = new ElkExportBuilder()
            .WithPupil(("Voornaam", " "), ("E-mail PO-school", "geen adres"))
            .ReadAsCsv();

        Assert.Empty(result.Rows);
        Assert.Collection(result.Problems,
            error => Assert.Equal(("Voornaam", ElkProblemSeverity.Error), (error.Column, error.Severity)),
            warning => Assert.Equal(("E-mail PO-school", ElkProblemSeverity.Warning),
                (warning.Column, warning.Severity)));
    }

    [Fact]
    public void A_value_longer_than_the_database_keeps_is_reported_not_cut()
    {
        var result = new ElkExportBuilder()
            .WithPupil(("Voornaam", new string('a', 200_000)), ("Contactpersoon PO", new string('b', 300)))
            .ReadAsCsv();

        Assert.Empty(result.Rows);
        Assert.Collection(result.Problems,
            error =>
            {
                Assert.Equal(("Voornaam", ElkProblemSeverity.Error), (error.Column, error.Severity));
                Assert.Contains("te lang (200000 tekens; maximaal 100)", error.Message, StringComparison.Ordinal);
                Assert.Equal(101, error.Value.Length);
            },
            warning => Assert.Equal(
                ("Contactpersoon PO", ElkProblemSeverity.Warning), (warning.Column, warning.Severity)));
    }

    [Fact]
    public void A_landline_number_is_a_warning_and_leaves_the_mobile_empty()
    {
        var result = new ElkExportBuilder().WithPupil(("Mobiel contactpersoon", "020-1234567")).ReadAsXlsx();

        var pupil = Assert.Single(result.Rows);
        Assert.Null(pupil.ContactMobile);
        Assert.Equal("Marloes de Wit", pupil.ContactName);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(new ElkRowProblem(2, "Mobiel contactpersoon", "020-1234567",
            "Dit is geen mobiel nummer (06-nummer); vaste nummers kunnen niet.", ElkProblemSeverity.Warning,
            "2712345"), problem);
    }

    [Theory]
    [InlineData("06-12345678")]
    [InlineData("+31 6 1234 5678")]
    [InlineData("0612345678")]
    [InlineData("+31 (0)6 12345678")]
    [InlineData("612345678")]
    public void Mobile_numbers_in_the_usual_ways_of_writing_are_normalised(string written)
    {
        var result = new ElkExportBuilder().WithPupil(("Mobiel contactpersoon", written)).ReadAsCsv();

        Assert.Equal("+31612345678", Assert.Single(result.Rows).ContactMobile?.Value);
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void A_mobile_number_stored_as_a_number_gets_its_leading_zero_back()
    {
        var result = new ElkExportBuilder().WithPupil(("Mobiel contactpersoon", 612345678.0)).ReadAsXlsx();

        Assert.Equal("+31612345678", Assert.Single(result.Rows).ContactMobile?.Value);
    }

    [Theory]
    [InlineData("Ja", true)]
    [InlineData("ja", true)]
    [InlineData("J", true)]
    [InlineData("x", true)]
    [InlineData("1", true)]
    [InlineData("TRUE", true)]
    [InlineData("Nee", false)]
    [InlineData("n", false)]
    [InlineData("0", false)]
    [InlineData("false", false)]
    [InlineData("", false)]
    public void Yes_and_no_are_read_in_their_usual_forms(string written, bool expected)
    {
        var result = new ElkExportBuilder()
            .WithPupil(("Warme overdracht", written), ("Toestemming ouders", written))
            .ReadAsCsv();

        var pupil = Assert.Single(result.Rows);
        Assert.Equal((expected, expected), (pupil.Flagged, pupil.ParentConsent));
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void Excel_truth_values_and_numbers_are_read_as_yes_or_no()
    {
        var builder = new ElkExportBuilder().WithPupil(("Warme overdracht", true), ("Toestemming ouders", false));
        var numbers = new ElkExportBuilder().WithPupil(("Warme overdracht", 1.0), ("Toestemming ouders", 0.0));

        var pupil = Assert.Single(builder.ReadAsXlsx().Rows);
        var fromNumbers = Assert.Single(numbers.ReadAsXlsx().Rows);

        Assert.Equal((true, false), (pupil.Flagged, pupil.ParentConsent));
        Assert.Equal((true, false), (fromNumbers.Flagged, fromNumbers.ParentConsent));
    }

    [Fact]
    public void An_unknown_yes_no_value_is_a_warning_and_reads_as_no()
    {
        var result = new ElkExportBuilder().WithPupil(("Toestemming ouders", "misschien")).ReadAsCsv();

        Assert.False(Assert.Single(result.Rows).ParentConsent);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(("Toestemming ouders", "misschien", ElkProblemSeverity.Warning),
            (problem.Column, problem.Value, problem.Severity));
    }

    [Theory]
    [InlineData("1-2-2014")]
    [InlineData("01-02-2014")]
    [InlineData("01/02/2014")]
    [InlineData("1.2.2014")]
    [InlineData("2014-02-01")]
    [InlineData("01-02-2014 00:00:00")]
    public void Text_dates_are_read_day_first(string written)
    {
        var result = new ElkExportBuilder().WithPupil(("Geboortedatum", written)).ReadAsCsv();

        Assert.Equal(new DateOnly(2014, 2, 1), Assert.Single(result.Rows).BirthDate);
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void A_real_excel_date_is_read_as_that_date()
    {
        var result = new ElkExportBuilder().WithPupil(("Geboortedatum", new DateTime(2014, 12, 8))).ReadAsXlsx();

        Assert.Equal(new DateOnly(2014, 12, 8), Assert.Single(result.Rows).BirthDate);
    }

    [Fact]
    public void A_date_typed_as_text_in_excel_is_read_day_first()
    {
        var result = new ElkExportBuilder().WithPupil(("Geboortedatum", "8-12-2014")).ReadAsXlsx();

        Assert.Equal(new DateOnly(2014, 12, 8), Assert.Single(result.Rows).BirthDate);
    }

    [Fact]
    public void An_unreadable_date_is_a_warning_and_leaves_the_date_empty()
    {
        var result = new ElkExportBuilder().WithPupil(("Geboortedatum", "31-02-2014")).ReadAsCsv();

        Assert.Null(Assert.Single(result.Rows).BirthDate);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(("Geboortedatum", "31-02-2014", ElkProblemSeverity.Warning),
            (problem.Column, problem.Value, problem.Severity));
    }

    [Fact]
    public void An_invalid_brin_vo_is_a_warning_and_the_pupil_counts_as_not_placed()
    {
        var result = new ElkExportBuilder().WithPupil(("BRIN VO", "onbekend")).ReadAsCsv();

        var pupil = Assert.Single(result.Rows);
        Assert.Null(pupil.SecondarySchoolCode);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(("BRIN VO", "onbekend", ElkProblemSeverity.Warning),
            (problem.Column, problem.Value, problem.Severity));
    }

    [Fact]
    public void A_pupil_not_yet_placed_is_read_without_problems()
    {
        var result = new ElkExportBuilder()
            .WithPupil(("BRIN VO", ""), ("Naam VO-school", ""), ("E-mail VO-school", ""))
            .ReadAsXlsx();

        var pupil = Assert.Single(result.Rows);
        Assert.Equal((null, null, null),
            (pupil.SecondarySchoolCode, pupil.SecondarySchoolName, pupil.SecondarySchoolEmail));
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void A_vo_school_name_without_brin_is_a_warning()
    {
        var result = new ElkExportBuilder().WithPupil(("BRIN VO", "")).ReadAsCsv();

        Assert.Null(Assert.Single(result.Rows).SecondarySchoolCode);
        Assert.Equal(("BRIN VO", ElkProblemSeverity.Warning),
            (Assert.Single(result.Problems).Column, result.Problems[0].Severity));
    }

    [Fact]
    public void An_invalid_email_address_is_a_warning_and_left_empty()
    {
        var result = new ElkExportBuilder().WithPupil(("E-mail VO-school", "vo-34cd@example")).ReadAsCsv();

        Assert.Null(Assert.Single(result.Rows).SecondarySchoolEmail);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(new ElkRowProblem(2, "E-mail VO-school", "vo-34cd@example", "Dit is geen geldig e-mailadres.",
            ElkProblemSeverity.Warning, "2712345"), problem);
    }

    [Fact]
    public void Headers_are_recognised_whatever_their_case_and_spacing()
    {
        var result = new ElkExportBuilder()
            .WithHeader("ELK-nummer", "elk nummer")
            .WithHeader("Voornaam", "VOORNAAM")
            .WithHeader("BRIN PO", " Brin-PO ")
            .WithHeader("Naam PO-school", "naam_po_school")
            .WithHeader("E-mail PO-school", "Email PO school")
            .WithPupil()
            .ReadAsXlsx();

        var pupil = Assert.Single(result.Rows);
        Assert.Equal(("2712345", "Zoë", "12AB00"), (pupil.ElkNumber, pupil.FirstName, pupil.PrimarySchoolCode.Value));
        Assert.Equal("po-12ab@example.org", pupil.PrimarySchoolEmail);
    }

    [Fact]
    public void Alternative_header_names_are_recognised()
    {
        var result = new ElkExportBuilder()
            .WithHeader("ELK-nummer", "Leerlingnummer")
            .WithHeader("Voornaam", "Roepnaam")
            .WithHeader("BRIN PO", "BRIN/vestiging PO")
            .WithHeader("Naam PO-school", "Basisschool")
            .WithHeader("BRIN VO", "BRIN school van plaatsing")
            .WithHeader("Mobiel contactpersoon", "Mobiel nummer")
            .WithHeader("Toestemming ouders", "Toestemming")
            .WithPupil()
            .ReadAsCsv();

        var pupil = Assert.Single(result.Rows);
        Assert.Equal(("2712345", "Zoë", "12AB00", "34CD00"),
            (pupil.ElkNumber, pupil.FirstName, pupil.PrimarySchoolCode.Value, pupil.SecondarySchoolCode?.Value));
        Assert.Equal(("+31612345678", true), (pupil.ContactMobile?.Value, pupil.ParentConsent));
    }

    [Fact]
    public void Names_are_kept_as_written_apart_from_surrounding_spaces()
    {
        var result = new ElkExportBuilder()
            .WithPupil(("Voornaam", "  Ayşe "), ("Tussenvoegsel", "van 't"), ("Achternaam", "Nguyễn-de Wit"))
            .ReadAsXlsx();

        var pupil = Assert.Single(result.Rows);
        Assert.Equal(("Ayşe", "van 't", "Nguyễn-de Wit"), (pupil.FirstName, pupil.NamePrefix, pupil.LastName));
    }

    [Fact]
    public void Completely_empty_rows_are_skipped_silently_and_not_counted()
    {
        var builder = new ElkExportBuilder()
            .WithPupil()
            .WithEmptyRow()
            .WithEmptyRow()
            .WithPupil(("ELK-nummer", "2712346"));

        foreach (var result in new[] { builder.ReadAsXlsx(), builder.ReadAsCsv() })
        {
            Assert.Equal(new[] { 2, 5 }, result.Rows.Select(row => row.RowNumber));
            Assert.Equal(2, result.DataRowCount);
            Assert.Empty(result.Problems);
        }
    }

    [Fact]
    public void A_repeated_elk_number_is_a_conflict_that_keeps_the_first_row()
    {
        var result = new ElkExportBuilder().WithPupil().WithPupil(("Voornaam", "Noël")).ReadAsCsv();

        Assert.Equal("Zoë", Assert.Single(result.Rows).FirstName);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(new ElkRowProblem(3, "ELK-nummer", "2712345",
            "Dit ELK-nummer staat ook op rij 2; die rij is aangehouden, deze rij is niet geïmporteerd.",
            ElkProblemSeverity.Conflict, "2712345"),
            problem);
    }

    [Fact]
    public void Csv_with_commas_and_quoted_fields_is_read()
    {
        var result = new ElkExportBuilder()
            .WithPupil(("Naam PO-school", "OBS \"De Kwikstaart\", locatie Noord"),
                ("Reden warme overdracht", "Faalangst;\r\nextra tijd bij toetsen"))
            .WithPupil(("ELK-nummer", "2712346"), ("Achternaam", ""))
            .ReadAsCsv(',');

        var pupil = Assert.Single(result.Rows);
        Assert.Equal("OBS \"De Kwikstaart\", locatie Noord", pupil.PrimarySchoolName);
        Assert.Equal("Faalangst;\r\nextra tijd bij toetsen", pupil.FlagReason);
        Assert.Equal(3, Assert.Single(result.Problems).RowNumber);
    }

    [Fact]
    public void Csv_reads_the_same_with_or_without_byte_order_mark()
    {
        var builder = new ElkExportBuilder().WithPupil(("Voornaam", "Zoë"), ("Achternaam", "Çelik"));
        var reader = new ElkExportReader();

        var withMark = reader.Read(new MemoryStream(builder.ToCsvBytes(';', byteOrderMark: true)), "a.csv");
        var withoutMark = reader.Read(new MemoryStream(builder.ToCsvBytes(';', byteOrderMark: false)), "a.csv");

        Assert.Equal(("Zoë", "Çelik"), (withoutMark.Rows[0].FirstName, withoutMark.Rows[0].LastName));
        Assert.Equal(withMark.Rows, withoutMark.Rows);
    }

    [Fact]
    public void Csv_saved_by_a_dutch_excel_in_windows_1252_keeps_its_accents()
    {
        var text = "ELK-nummer;Voornaam;Achternaam;BRIN PO;Naam PO-school\r\n2712345;Zoë;Çelik;12AB00;OBS Één\r\n";
        var bytes = System.Text.CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(text);

        var result = new ElkExportReader().Read(new MemoryStream(bytes), "export.csv");

        var pupil = Assert.Single(result.Rows);
        Assert.Equal(("Zoë", "Çelik", "OBS Één"), (pupil.FirstName, pupil.LastName, pupil.PrimarySchoolName));
    }

    [Fact]
    public void The_header_is_found_on_a_later_worksheet()
    {
        using var workbook = new ClosedXML.Excel.XLWorkbook(new ElkExportBuilder().WithPupil().ToXlsx());
        var notes = workbook.AddWorksheet("Toelichting");
        notes.Cell(1, 1).SetValue("Deze export bevat de leerlingen van groep 8.");
        notes.Position = 1;
        var stream = new MemoryStream();
        workbook.SaveAs(stream);

        var result = new ElkExportReader().Read(new MemoryStream(stream.ToArray()), "export.xlsx");

        using var saved = new ClosedXML.Excel.XLWorkbook(new MemoryStream(stream.ToArray()));
        Assert.Equal("Toelichting", saved.Worksheet(1).Name);
        Assert.Equal("2712345", Assert.Single(result.Rows).ElkNumber);
    }

    [Fact]
    public void Pdf_bytes_named_xlsx_give_a_file_error_not_an_exception()
    {
        var pdf = "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"u8.ToArray();

        var result = new ElkExportReader().Read(new MemoryStream(pdf), "elk-export.xlsx");

        Assert.StartsWith("Dit is een PDF-bestand met de extensie .xlsx.", result.FileError);
        Assert.Empty(result.Rows);
    }

    [Fact]
    public void A_zip_file_that_is_no_workbook_gives_a_file_error()
    {
        var zip = new MemoryStream();
        using (var archive = new System.IO.Compression.ZipArchive(zip, System.IO.Compression.ZipArchiveMode.Create,
            leaveOpen: true))
        {
            using var writer = new StreamWriter(archive.CreateEntry("leerlingen.txt").Open());
            writer.Write("2712345;Zoë");
        }

        var result = new ElkExportReader().Read(new MemoryStream(zip.ToArray()), "elk-export.xlsx");

        Assert.StartsWith("Het bestand kan niet als Excel-bestand (.xlsx) worden gelezen.", result.FileError);
    }

    [Fact]
    public void A_truncated_workbook_gives_a_file_error()
    {
        var bytes = new ElkExportBuilder().WithPupil().ToXlsx().ToArray();

        var result = new ElkExportReader().Read(new MemoryStream(bytes[..(bytes.Length / 2)]), "elk-export.xlsx");

        Assert.StartsWith("Het bestand kan niet als Excel-bestand (.xlsx) worden gelezen.", result.FileError);
    }

    [Theory]
    [InlineData("elk-export.pdf", "Een bestand van het type .pdf kan niet worden gelezen.")]
    [InlineData("elk-export.xls", "Een bestand van het type .xls kan niet worden gelezen.")]
    [InlineData("elk-export", "Het bestand heeft geen extensie.")]
    public void A_file_of_another_type_is_a_file_error(string fileName, string start)
    {
        var result = new ElkExportReader().Read(new MemoryStream(new ElkExportBuilder().ToCsvBytes()), fileName);

        Assert.Equal(start + " Upload de ELK-export als Excel-bestand (.xlsx) of als CSV-bestand (.csv).",
            result.FileError);
    }

    [Fact]
    public void The_extension_is_recognised_whatever_its_case()
    {
        var result = new ElkExportReader().Read(new ElkExportBuilder().WithPupil().ToXlsx(), "EXPORT.XLSX");

        Assert.Single(result.Rows);
    }

    [Theory]
    [InlineData("elk-export.csv")]
    [InlineData("elk-export.xlsx")]
    public void An_empty_file_has_no_pupils(string fileName)
    {
        var result = new ElkExportReader().Read(new MemoryStream(), fileName);

        Assert.Equal("Het bestand bevat geen leerlingen.", result.FileError);
    }

    [Fact]
    public void A_file_with_only_a_header_has_no_pupils()
    {
        var builder = new ElkExportBuilder().WithEmptyRow();

        Assert.Equal("Het bestand bevat geen leerlingen.", builder.ReadAsXlsx().FileError);
        Assert.Equal("Het bestand bevat geen leerlingen.", builder.ReadAsCsv().FileError);
    }

    [Fact]
    public void A_file_without_a_header_row_is_a_file_error()
    {
        var csv = "Leerlingen groep 8\r\n2712345;Zoë;Hof\r\n"u8.ToArray();

        var result = new ElkExportReader().Read(new MemoryStream(csv), "export.csv");

        Assert.Equal("In de eerste 10 rijen staat geen kopregel met de kolommen van een ELK-export. Verwacht "
            + "worden kolommen als ELK-nummer, Voornaam, Achternaam, BRIN PO, Naam PO-school.", result.FileError);
    }
}
