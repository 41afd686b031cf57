using System.Globalization;
using WarmeOverdracht.Domain.Schools;

namespace WarmeOverdracht.Infrastructure.ElkImports;

/// <summary>
/// Turns data rows into <see cref="ElkRow"/>s. A missing required value, an invalid BRIN PO or a repeated
/// ELK number keeps the row out (error); any other unreadable value is left empty (warning).
/// </summary>
internal sealed class ElkRowParser(ElkHeader header)
{
    private const string InvalidSchoolCode = "Dit is geen geldige BRIN-code met vestiging, zoals 12AB00.";

    private readonly List<ElkRowProblem> problems = [];

    private const int ShownValueLength = 100;

    private readonly Dictionary<string, int> rowOfElkNumber = new(StringComparer.OrdinalIgnoreCase);

    private int errorCount;

    /// <summary>Each contact's number recurs on all their pupils' rows; libphonenumber reads it once.</summary>
    private readonly Dictionary<string, (MobileNumber? Number, string Error)> parsedMobiles =
        new(StringComparer.Ordinal);

    public IReadOnlyList<ElkRowProblem> Problems => problems;

    public ElkRow? Parse(SheetRow row)
    {
        var errorsBefore = errorCount;
        var elkNumber = ElkValues.ElkNumber(Required(row, ElkField.ElkNumber));
        var name = (First: Required(row, ElkField.FirstName), Prefix: Optional(row, ElkField.NamePrefix),
            Last: Required(row, ElkField.LastName));
        var birthDate = BirthDate(row);
        var primary = (Code: PrimarySchoolCode(row), Name: Required(row, ElkField.PrimarySchoolName),
            Email: Email(row, ElkField.PrimarySchoolEmail));
        var secondary = (Code: SecondarySchoolCode(row), Name: Optional(row, ElkField.SecondarySchoolName),
            Email: Email(row, ElkField.SecondarySchoolEmail));
        var contact = (Name: Optional(row, ElkField.ContactName), Mobile: Mobile(row));
        var handover = (Flagged: YesNo(row, ElkField.Flagged), Reason: Optional(row, ElkField.FlagReason),
            Consent: YesNo(row, ElkField.ParentConsent));

        if (primary.Code is null || errorCount > errorsBefore || !IsFirstWithElkNumber(row, elkNumber))
        {
            return null;
        }

        return new ElkRow(row.RowNumber, elkNumber, name.First, name.Prefix, name.Last, birthDate,
            primary.Code, primary.Name, primary.Email, secondary.Code, secondary.Name, secondary.Email,
            contact.Name, contact.Mobile, handover.Flagged, handover.Reason, handover.Consent);
    }

    private static readonly HashSet<ElkField> NameFields =
    [
        ElkField.FirstName, ElkField.NamePrefix, ElkField.LastName, ElkField.ContactName,
        ElkField.PrimarySchoolName, ElkField.SecondarySchoolName,
    ];

    private const string Garbled = "Deze naam lijkt verminkt door een verkeerde tekencodering (zoals 'Ã«' voor "
        + "'ë', of '?' voor een letter). De naam is overgenomen zoals hij in het bestand staat; controleer hem, "
        + "of sla de export op als 'CSV UTF-8' of .xlsx.";

    private string Required(SheetRow row, ElkField field)
    {
        var text = header.Cell(row, field).Text;
        CheckEncoding(row, field, text);
        if (text.Length == 0)
        {
            Report(row, field, ElkProblemSeverity.Error, $"{ElkColumns.Get(field).Name} is niet ingevuld.");
        }
        else if (IsTooLong(field, text))
        {
            Report(row, field, ElkProblemSeverity.Error, TooLong(field, text) + " De rij is niet geïmporteerd.");
        }

        return text;
    }

    private string? Optional(SheetRow row, ElkField field)
    {
        var text = header.Cell(row, field).Text;
        CheckEncoding(row, field, text);
        if (!IsTooLong(field, text))
        {
            return text.Length > 0 ? text : null;
        }

        Report(row, field, ElkProblemSeverity.Warning, TooLong(field, text) + " De waarde is leeg gelaten.");
        return null;
    }

    private void CheckEncoding(SheetRow row, ElkField field, string text)
    {
        if (NameFields.Contains(field) && ElkValues.LooksGarbled(text))
        {
            Warn(row, field, Garbled);
        }
    }

    private static bool IsTooLong(ElkField field, string text) => text.Length > ElkColumns.MaxLength(field);

    private static string TooLong(ElkField field, string text) => string.Create(CultureInfo.InvariantCulture,
        $"{ElkColumns.Get(field).Name} is te lang ({text.Length} tekens; maximaal {ElkColumns.MaxLength(field)}).");

    private SchoolCode? PrimarySchoolCode(SheetRow row)
    {
        var text = Required(row, ElkField.PrimarySchoolCode);
        if (SchoolCode.TryParse(text, out var code) || text.Length == 0)
        {
            return code;
        }

        Report(row, ElkField.PrimarySchoolCode, ElkProblemSeverity.Error, InvalidSchoolCode);
        return null;
    }

    private SchoolCode? SecondarySchoolCode(SheetRow row)
    {
        var text = header.Cell(row, ElkField.SecondarySchoolCode).Text;
        if (SchoolCode.TryParse(text, out var code))
        {
            return code;
        }

        if (text.Length > 0)
        {
            Warn(row, ElkField.SecondarySchoolCode, InvalidSchoolCode + " De leerling telt als nog niet geplaatst.");
        }
        else if (!header.Cell(row, ElkField.SecondarySchoolName).IsEmpty)
        {
            Warn(row, ElkField.SecondarySchoolCode,
                "De VO-school heeft geen BRIN-code; de leerling telt als nog niet geplaatst.");
        }

        return null;
    }

    private DateOnly? BirthDate(SheetRow row)
    {
        var cell = header.Cell(row, ElkField.BirthDate);
        if (cell.IsEmpty)
        {
            return null;
        }

        if (ElkValues.TryParseDate(cell, out var date))
        {
            return date;
        }

        Warn(row, ElkField.BirthDate, "Dit is geen datum; schrijf dag-maand-jaar, zoals 14-03-2014.");
        return null;
    }

    private string? Email(SheetRow row, ElkField field)
    {
        var text = Optional(row, field);
        if (text is null || ElkValues.IsEmailAddress(text))
        {
            return text;
        }

        Warn(row, field, "Dit is geen geldig e-mailadres.");
        return null;
    }

    private MobileNumber? Mobile(SheetRow row)
    {
        var text = Optional(row, ElkField.ContactMobile);
        if (text is null)
        {
            return null;
        }

        if (!parsedMobiles.TryGetValue(text, out var parsed))
        {
            var valid = DutchMobileNumbers.TryParse(ElkValues.RestoreMobilePrefix(text), out var number, out var error);
            parsed = (valid ? number : null, error);
            parsedMobiles[text] = parsed;
        }

        if (parsed.Number is null)
        {
            Warn(row, ElkField.ContactMobile, parsed.Error);
        }

        return parsed.Number;
    }

    private bool YesNo(SheetRow row, ElkField field)
    {
        var text = header.Cell(row, field).Text;
        if (ElkValues.TryParseYesNo(text, out var value))
        {
            return value;
        }

        Warn(row, field, "Vul Ja of Nee in; de leerling wordt gelezen met Nee.");
        return false;
    }

    private bool IsFirstWithElkNumber(SheetRow row, string elkNumber)
    {
        if (rowOfElkNumber.TryAdd(elkNumber, row.RowNumber))
        {
            return true;
        }

        Report(row, ElkField.ElkNumber, ElkProblemSeverity.Conflict,
            $"Dit ELK-nummer staat ook op rij {rowOfElkNumber[elkNumber]}; die rij is aangehouden, "
            + "deze rij is niet geïmporteerd.");
        return false;
    }

    private void Warn(SheetRow row, ElkField field, string message) =>
        Report(row, field, ElkProblemSeverity.Warning, message);

    private void Report(SheetRow row, ElkField field, ElkProblemSeverity severity, string message)
    {
        var value = Shortened(header.Cell(row, field).Text);
        var elkNumber = header.Cell(row, ElkField.ElkNumber).Text.Trim();
        problems.Add(new ElkRowProblem(row.RowNumber, ElkColumns.Get(field).Name, value, message, severity,
            elkNumber.Length == 0 ? null : ElkValues.ElkNumber(elkNumber)));
        errorCount += severity == ElkProblemSeverity.Error ? 1 : 0;
    }

    /// <summary>A value as shown in the report: a huge cell is cut to its start.</summary>
    private static string Shortened(string value) => value.Length <= ShownValueLength
        ? value
        : value[..ShownValueLength] + "…";
}
