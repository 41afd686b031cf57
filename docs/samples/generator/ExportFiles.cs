using System.Globalization;
using System.Text;
using ClosedXML.Excel;

namespace WarmeOverdracht.SampleExport;

/// <summary>Writes the region as an ELK export: an .xlsx with title rows above the header, and the same rows as
/// a semicolon CSV in UTF-8 with BOM.</summary>
internal static class ExportFiles
{
    private static readonly DateTime ExportedAt = new(2027, 4, 24, 8, 0, 0, DateTimeKind.Unspecified);

    private static readonly (string Header, double Width)[] Columns =
    [
        ("ELK-nummer", 12), ("Voornaam", 12), ("Tussenvoegsel", 13), ("Achternaam", 16), ("Geboortedatum", 14),
        ("BRIN PO", 9), ("Naam PO-school", 36), ("E-mail PO-school", 24), ("BRIN VO", 9), ("Naam VO-school", 34),
        ("E-mail VO-school", 24), ("Contactpersoon PO", 24), ("Mobiel contactpersoon", 20),
        ("Warme overdracht", 16), ("Reden warme overdracht", 60), ("Toestemming ouders", 18),
    ];

    private static readonly string[] TitleLines =
    [
        "ELK-export warme overdracht - KP Amstelland, schooljaar 2026-2027",
        "Synthetische voorbeelddata: verzonnen leerlingen en scholen. Geëxporteerd op 24-04-2027.",
    ];

    public static void WriteWorkbook(SampleRegion region, string path)
    {
        using var workbook = new XLWorkbook();
        workbook.Properties.Author = "WarmeOverdracht.SampleExport";
        workbook.Properties.Created = ExportedAt;
        workbook.Properties.Modified = ExportedAt;
        var sheet = workbook.AddWorksheet("Leerlingen");
        for (var index = 0; index < TitleLines.Length; index++)
        {
            sheet.Cell(index + 1, 1).SetValue(TitleLines[index]);
        }

        var headerRow = TitleLines.Length + 2;
        WriteHeader(sheet, headerRow);
        var rowNumber = headerRow;
        foreach (var pupil in region.Pupils)
        {
            WritePupil(sheet.Row(++rowNumber), pupil);
        }

        sheet.SheetView.FreezeRows(headerRow);
        workbook.SaveAs(path);
    }

    public static void WriteCsv(SampleRegion region, string path)
    {
        var text = new StringBuilder();
        text.Append(string.Join(';', Columns.Select(column => column.Header))).Append("\r\n");
        foreach (var pupil in region.Pupils)
        {
            text.Append(string.Join(';', Values(pupil).Select(CsvField))).Append("\r\n");
        }

        File.WriteAllText(path, text.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
    }

    private static void WriteHeader(IXLWorksheet sheet, int rowNumber)
    {
        for (var index = 0; index < Columns.Length; index++)
        {
            sheet.Cell(rowNumber, index + 1).SetValue(Columns[index].Header);
            sheet.Column(index + 1).Width = Columns[index].Width;
        }

        sheet.Row(rowNumber).Style.Font.Bold = true;
    }

    /// <summary>The ELK number as a number and the birth date as a date, the way a spreadsheet export stores
    /// them; everything else as text, so <c>0612345678</c> keeps its zero.</summary>
    private static void WritePupil(IXLRow row, SamplePupil pupil)
    {
        var values = Values(pupil);
        for (var index = 0; index < values.Length; index++)
        {
            row.Cell(index + 1).SetValue<string>(values[index]);
        }

        row.Cell(1).SetValue(double.Parse(pupil.ElkNumber, CultureInfo.InvariantCulture));
        row.Cell(5).SetValue(pupil.BirthDate.ToDateTime(TimeOnly.MinValue)).Style.DateFormat.Format = "dd-mm-yyyy";
    }

    private static string[] Values(SamplePupil pupil) =>
    [
        pupil.ElkNumber, pupil.FirstName, pupil.NamePrefix, pupil.LastName,
        pupil.BirthDate.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture),
        pupil.PrimarySchool.Code, pupil.PrimarySchool.Name, pupil.PrimarySchool.Email,
        pupil.SecondarySchool?.Code ?? "", pupil.SecondarySchool?.Name ?? "", pupil.SecondarySchool?.Email ?? "",
        pupil.Contact.Name, pupil.Contact.Mobile,
        pupil.Flagged ? "Ja" : "Nee", pupil.FlagReason, pupil.ParentConsent ? "Ja" : "Nee",
    ];

    private static string CsvField(string value) =>
        value.IndexOfAny([';', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
}
