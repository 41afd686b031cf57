using System.Globalization;
using System.Text;
using ClosedXML.Excel;

namespace WarmeOverdracht.Bench.Import;

/// <summary>
/// Writes a seeded synthetic ELK export of any size: about 30 pupils per PO school, one or two PO contacts
/// per school, 60 VO schools; 15 % flagged, most placed and with consent.
/// </summary>
internal sealed class ExportGenerator(int seed)
{
    private static readonly string[] Header =
    [
        "ELK-nummer", "Voornaam", "Tussenvoegsel", "Achternaam", "Geboortedatum", "BRIN PO", "Naam PO-school",
        "E-mail PO-school", "BRIN VO", "Naam VO-school", "E-mail VO-school", "Contactpersoon PO",
        "Mobiel contactpersoon", "Warme overdracht", "Reden warme overdracht", "Toestemming ouders",
    ];

    private static readonly string[] FirstNames =
        ["Zoë", "Daniël", "Noël", "Anaïs", "Sem", "Lotte", "Mohamed", "Fatima", "Thị", "Jesse", "Chloë", "Bram"];

    private static readonly (string Prefix, string Name)[] Surnames =
    [
        ("", "Jansen"), ("de", "Vries"), ("van 't", "Hof"), ("", "Nguyễn"), ("van der", "Berg"), ("", "Çelik"),
        ("", "El Amrani"), ("", "Bakker-Smit"), ("", "O'Neill"), ("van", "Dijk"), ("", "Yılmaz"), ("de", "Jong"),
    ];

    private const int PupilsPerPrimarySchool = 30;
    private const int SecondarySchoolCount = 60;

    public IEnumerable<string[]> Rows(int pupilCount)
    {
        var random = new Random(seed);
        for (var i = 0; i < pupilCount; i++)
        {
            yield return Row(random, i);
        }
    }

    public void WriteXlsx(string path, int pupilCount)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("Leerlingen");
        sheet.Cell(1, 1).SetValue("Export warme overdracht KP Amstelland");
        WriteRow(sheet, 3, Header);
        var rowNumber = 4;
        foreach (var row in Rows(pupilCount))
        {
            WriteRow(sheet, rowNumber++, row);
        }

        workbook.SaveAs(path);
    }

    public void WriteCsv(string path, int pupilCount)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(true));
        writer.Write(string.Join(';', Header) + "\r\n");
        foreach (var row in Rows(pupilCount))
        {
            writer.Write(string.Join(';', row) + "\r\n");
        }
    }

    private static void WriteRow(IXLWorksheet sheet, int rowNumber, string[] values)
    {
        for (var column = 0; column < values.Length; column++)
        {
            sheet.Cell(rowNumber, column + 1).SetValue<string>(values[column]);
        }
    }

    private static string[] Row(Random random, int index)
    {
        var school = index / PupilsPerPrimarySchool;
        var contact = school % 4 == 0 && random.Next(2) == 0 ? 1 : 0;
        var secondary = random.Next(SecondarySchoolCount);
        var placed = random.Next(100) < 95;
        var flagged = random.Next(100) < 15;
        var surname = Surnames[random.Next(Surnames.Length)];
        return
        [
            (2_700_000 + index).ToString(CultureInfo.InvariantCulture),
            FirstNames[random.Next(FirstNames.Length)],
            surname.Prefix,
            surname.Name,
            new DateOnly(2014, 1, 1).AddDays(random.Next(365)).ToString("dd-MM-yyyy", CultureInfo.InvariantCulture),
            Code("1", school),
            $"Basisschool {school}",
            $"po{school}@example.org",
            placed ? Code("9", secondary) : "",
            placed ? $"College {secondary}" : "",
            placed ? $"vo{secondary}@example.org" : "",
            $"Contact {school}-{contact}",
            string.Create(CultureInfo.InvariantCulture, $"06-1{school % 1000:000}{contact}{school / 1000:000}"),
            flagged ? "Ja" : "Nee",
            flagged ? "Faalangst" : "",
            random.Next(100) < 85 ? "Ja" : "Nee",
        ];
    }

    /// <summary>A BRIN with vestiging: two digits, two letters from the number, 00.</summary>
    private static string Code(string prefix, int number) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{prefix}{number / 676 % 10}{(char)('A' + number / 26 % 26)}{(char)('A' + number % 26)}00");
}
