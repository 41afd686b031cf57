using System.Globalization;
using System.Net.Mail;
using WarmeOverdracht.Domain.Schools;

namespace WarmeOverdracht.Infrastructure.ElkImports;

/// <summary>Turns one data row into an <see cref="ElkRow"/>, collecting what is wrong with it in Dutch.</summary>
internal sealed class ElkRowParser(ElkHeader header, ElkTableRow row)
{
    private static readonly string[] DateFormats = ["d-M-yyyy", "dd-MM-yyyy", "yyyy-MM-dd", "d/M/yyyy", "d.M.yyyy"];
    private static readonly HashSet<string> Yes = ["ja", "j", "x", "1", "true", "waar", "yes", "y"];
    private static readonly HashSet<string> No = ["nee", "n", "0", "false", "onwaar", "no", ""];

    public List<ElkRowProblem> Problems { get; } = [];

    /// <summary>The row, or null when an error keeps it out.</summary>
    public ElkRow? Parse()
    {
        var elkNumber = Required(ElkField.ElkNumber);
        var firstName = Required(ElkField.FirstName);
        var lastName = Required(ElkField.LastName);
        var primaryName = Required(ElkField.PrimarySchoolName);
        var primaryCode = PrimaryCode();
        if (elkNumber is null || firstName is null || lastName is null || primaryName is null || primaryCode is null)
        {
            return null;
        }

        return new ElkRow(
            row.RowNumber, elkNumber, firstName, Optional(ElkField.NamePrefix), lastName, Date(),
            primaryCode, primaryName, Email(ElkField.PrimarySchoolEmail),
            SecondaryCode(), Optional(ElkField.SecondarySchoolName), Email(ElkField.SecondarySchoolEmail),
            Optional(ElkField.ContactName), Mobile(),
            YesNo(ElkField.Flagged), Optional(ElkField.FlagReason), YesNo(ElkField.ParentConsent));
    }

    private string? Value(ElkField field) =>
        header.Columns.TryGetValue(field, out var index) ? row.Cell(index) : null;

    private string? Optional(ElkField field) => string.IsNullOrWhiteSpace(Value(field)) ? null : Value(field);

    private string? Required(ElkField field)
    {
        var value = Optional(field);
        if (value is null)
        {
            Report(field, "", "Deze verplichte waarde ontbreekt; de rij is niet geïmporteerd.",
                ElkProblemSeverity.Error);
        }

        return value;
    }

    private SchoolCode? PrimaryCode()
    {
        var value = Optional(ElkField.PrimarySchoolCode);
        if (SchoolCode.TryParse(value, out var code))
        {
            return code;
        }

        Report(ElkField.PrimarySchoolCode, value ?? "",
            "Geen geldige BRIN-code (zoals 12AB of 12AB00); de rij is niet geïmporteerd.", ElkProblemSeverity.Error);
        return null;
    }

    private SchoolCode? SecondaryCode()
    {
        var value = Optional(ElkField.SecondarySchoolCode);
        if (value is null)
        {
            return null;
        }

        if (SchoolCode.TryParse(value, out var code))
        {
            return code;
        }

        Report(ElkField.SecondarySchoolCode, value,
            "Geen geldige BRIN-code; de leerling is geïmporteerd zonder VO-school.", ElkProblemSeverity.Warning);
        return null;
    }

    private DateOnly? Date()
    {
        var value = Optional(ElkField.BirthDate);
        if (value is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(value, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Report(ElkField.BirthDate, value, "Geen geldige datum (zoals 8-12-2014); de datum is leeg gelaten.",
            ElkProblemSeverity.Warning);
        return null;
    }

    private string? Email(ElkField field)
    {
        var value = Optional(field);
        if (value is null || MailAddress.TryCreate(value, out _))
        {
            return value;
        }

        Report(field, value, "Geen geldig e-mailadres; het is leeg gelaten.", ElkProblemSeverity.Warning);
        return null;
    }

    private MobileNumber? Mobile()
    {
        var value = Optional(ElkField.ContactMobile);
        if (value is null)
        {
            return null;
        }

        if (MobileNumber.TryParse(value, out var number, out var error))
        {
            return number;
        }

        Report(ElkField.ContactMobile, value, error + " Het nummer is niet overgenomen.", ElkProblemSeverity.Warning);
        return null;
    }

    private bool YesNo(ElkField field)
    {
        var value = (Value(field) ?? "").Trim().ToLowerInvariant();
        if (Yes.Contains(value) || No.Contains(value))
        {
            return Yes.Contains(value);
        }

        Report(field, value, "Geen ja of nee; gelezen als nee.", ElkProblemSeverity.Warning);
        return false;
    }

    private void Report(ElkField field, string value, string message, ElkProblemSeverity severity)
    {
        var column = ElkColumns.All.First(c => c.Field == field).Name;
        var elkNumber = field == ElkField.ElkNumber ? null : Optional(ElkField.ElkNumber);
        Problems.Add(new ElkRowProblem(row.RowNumber, column, value, message, severity, elkNumber));
    }
}
